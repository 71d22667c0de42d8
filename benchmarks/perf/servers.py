"""The farm's HTTP server: nginx run as the current user from a generated config, or a Python fallback.

Either serves the farm's directory on 127.0.0.1 with keep-alive, ETag and
Last-Modified, and answers conditional GETs with 304.
"""

from __future__ import annotations

import contextlib
import email.utils
import http.server
import io
import os
import pwd
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

NGINX_CANDIDATES = ("/usr/sbin/nginx", "/usr/local/sbin/nginx")

NGINX_CONF = """\
{user}worker_processes {workers};
daemon off;
pid {tmp}/nginx.pid;
error_log {tmp}/error.log warn;
events {{ worker_connections 4096; }}
http {{
    log_format status '$status';
    access_log {tmp}/access.log status;
    client_body_temp_path {tmp}/body;
    proxy_temp_path {tmp}/proxy;
    fastcgi_temp_path {tmp}/fastcgi;
    uwsgi_temp_path {tmp}/uwsgi;
    scgi_temp_path {tmp}/scgi;
    types {{ application/rss+xml xml; text/html html; }}
    default_type application/octet-stream;
    charset utf-8;
    charset_types application/rss+xml text/html;
    sendfile on;
    tcp_nopush on;
    tcp_nodelay on;
    keepalive_timeout 65;
    keepalive_requests 1000000;
    etag on;
    if_modified_since exact;
    open_file_cache max=20000 inactive=60s;
    server {{
        listen 127.0.0.1:{port} backlog=4096;
        root {root};
    }}
}}
"""


@dataclass
class Served:
    """A running farm server: what it is, and its access log of statuses when it keeps one."""

    description: str
    access_log: Path | None = None

    def statuses_after(self, offset: int) -> dict[str, int]:
        """How many of each status the server logged after byte `offset` of its access log."""
        if self.access_log is None:
            return {}
        counts: dict[str, int] = {}
        with self.access_log.open("rb") as f:
            f.seek(offset)
            for line in f.read().decode().split():
                counts[line] = counts.get(line, 0) + 1
        return counts

    def log_size(self) -> int:
        """The access log's current size, to count what a later run adds."""
        return self.access_log.stat().st_size if self.access_log and self.access_log.exists() else 0


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nobody listens on right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def find_nginx() -> str | None:
    """The nginx binary, or None when it is not installed."""
    found = shutil.which("nginx")
    if found:
        return found
    return next((c for c in NGINX_CANDIDATES if Path(c).exists()), None)


def _wait_up(port: int, timeout: float = 10.0) -> None:
    """Block until something answers HTTP on `port`."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=1):
                return
        except urllib.error.HTTPError:
            return
        except OSError:
            if time.monotonic() > deadline:
                raise RuntimeError(f"server on port {port} did not start") from None
            time.sleep(0.05)


@contextlib.contextmanager
def nginx(binary: str, root: Path, tmp: Path, port: int, workers: str = "1") -> Iterator[Served]:
    """Run nginx in the foreground serving `root`; yields a description and stops it on exit."""
    tmp.mkdir(parents=True, exist_ok=True)
    conf = tmp / "nginx.conf"
    # As root nginx would drop its workers to "nobody", who cannot read a private temp dir.
    user = f"user {pwd.getpwuid(os.geteuid()).pw_name};\n" if os.geteuid() == 0 else ""
    conf.write_text(NGINX_CONF.format(user=user, workers=workers, tmp=tmp, port=port, root=root), encoding="utf-8")
    proc = subprocess.Popen([binary, "-p", str(tmp), "-e", str(tmp / "error.log"), "-c", str(conf)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        try:
            _wait_up(port)
        except RuntimeError:
            proc.kill()
            _, err = proc.communicate(timeout=5)
            raise RuntimeError(f"nginx failed to start: {err.decode(errors='replace').strip()}") from None
        version = subprocess.run([binary, "-v"], capture_output=True, text=True).stderr.strip()
        yield Served(f"{version} (worker_processes {workers}, keep-alive, etag, if_modified_since exact, sendfile)",
                     tmp / "access.log")
    finally:
        _stop(proc)


class _Handler(http.server.SimpleHTTPRequestHandler):
    """Static files over HTTP/1.1 keep-alive with ETag and Last-Modified, 304 on a match."""

    protocol_version = "HTTP/1.1"
    _etag: str | None = None  # the ETag of the file being sent, for end_headers
    extensions_map = {  # noqa: RUF012 - the base class declares it an instance variable
        ".xml": "application/rss+xml", ".html": "text/html; charset=utf-8", "": "application/octet-stream",
    }

    def log_message(self, format: str, *args: object) -> None:
        """Keep quiet."""

    def send_head(self) -> io.BytesIO | BinaryIO | None:
        """Answer a conditional GET with 304 when the validators match, else as the base class does."""
        path = Path(self.translate_path(self.path))
        if path.is_file():
            st = path.stat()
            etag = f'"{st.st_mtime_ns:x}-{st.st_size:x}"'
            modified = email.utils.formatdate(st.st_mtime, usegmt=True)
            if self.headers.get("If-None-Match") == etag or self.headers.get("If-Modified-Since") == modified:
                self.send_response(304)
                self.send_header("ETag", etag)
                self.send_header("Last-Modified", modified)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return None
            self._etag = etag
        return super().send_head()

    def end_headers(self) -> None:
        """Add the ETag to 200 responses."""
        etag = self._etag
        if etag:
            self.send_header("ETag", etag)
            self._etag = None
        super().end_headers()


def serve(root: Path, port: int) -> None:
    """Serve `root` on `port` until killed (the fallback server's own process)."""

    def handler(*args: object) -> _Handler:
        return _Handler(*args, directory=str(root))  # type: ignore[arg-type]

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    httpd.daemon_threads = True
    httpd.request_queue_size = 1024
    httpd.serve_forever()


@contextlib.contextmanager
def python_server(root: Path, port: int) -> Iterator[Served]:
    """A threaded Python HTTP/1.1 server serving `root` in its own process; stopped on exit."""
    proc = subprocess.Popen([sys.executable, "-m", "benchmarks.perf.servers", str(root), str(port)],
                            cwd=Path(__file__).resolve().parents[2])
    try:
        _wait_up(port)
        yield Served("Python http.server (ThreadingHTTPServer, HTTP/1.1, ETag/Last-Modified) in its own process")
    finally:
        _stop(proc)


if __name__ == "__main__":
    serve(Path(sys.argv[1]), int(sys.argv[2]))


def _stop(proc: subprocess.Popen[bytes]) -> None:
    """Stop a server process: SIGTERM, then SIGKILL if it has not exited within 10 s."""
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
