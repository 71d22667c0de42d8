"""CA certificates read before a context's first connection, not as aiohttp is imported; https still verified."""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import ssl
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from monitor.config import FetchConfig
from monitor.fetch.http import FetchError, HttpClient
from monitor.fetch.tls import certificates_at_first_connection


def _cas(context: ssl.SSLContext) -> int:
    return context.cert_store_stats()["x509_ca"]


def _connect(context: ssl.SSLContext) -> ssl.SSLObject:
    return context.wrap_bio(ssl.MemoryBIO(), ssl.MemoryBIO(), server_hostname="example.org")


def test_a_context_made_in_the_block_reads_the_certificates_before_its_first_connection() -> None:
    eager = ssl.create_default_context()
    with certificates_at_first_connection():
        lazy = ssl.create_default_context()
        with certificates_at_first_connection():  # nested: the outer block's patch stays in place
            also = ssl.create_default_context()
    assert _cas(lazy) == 0 and _cas(also) == 0
    _connect(lazy)
    assert _cas(lazy) == _cas(eager) and lazy.verify_mode == ssl.CERT_REQUIRED and lazy.check_hostname
    assert not vars(lazy)  # the class's own methods from then on
    _connect(lazy)
    assert _cas(lazy) == _cas(eager)
    assert "set_default_verify_paths" not in vars(ssl.SSLContext)
    assert _cas(ssl.create_default_context()) == _cas(eager)  # made after the block: read at once, as always


def test_importing_the_http_client_reads_no_certificates() -> None:
    code = (
        "import json, ssl\nimport monitor.fetch.http\nfrom aiohttp import connector\n"
        "contexts = (connector._SSL_CONTEXT_VERIFIED, connector._SSL_CONTEXT_UNVERIFIED)\n"
        "before = [c.cert_store_stats()['x509_ca'] for c in contexts]\n"
        "for c in contexts:\n    c.wrap_bio(ssl.MemoryBIO(), ssl.MemoryBIO(), server_hostname='example.org')\n"
        "after = [c.cert_store_stats()['x509_ca'] for c in contexts]\n"
        "eager = ssl.create_default_context().cert_store_stats()['x509_ca']\n"
        "assert 'set_default_verify_paths' not in vars(ssl.SSLContext)\n"
        "print(json.dumps([before, after, eager]))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    before, after, eager = json.loads(out)
    assert before == [0, 0]  # neither of aiohttp's contexts has read the CA bundle as the client was imported
    assert after == [eager, eager]


class _Hello(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        self.send_response(200)
        self.send_header("content-length", "5")
        self.end_headers()
        self.wfile.write(b"hello")

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def https_server(tmp_path: Path) -> Iterator[str]:
    """An https server on 127.0.0.1 with a self-signed certificate (tmp_path/cert.pem), which no CA vouches for."""
    if shutil.which("openssl") is None:
        pytest.skip("openssl is not installed")
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=127.0.0.1",
                    "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", str(key), "-out", str(cert)],
                   check=True, capture_output=True)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Hello)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"https://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


def test_an_https_certificate_no_ca_vouches_for_is_refused(https_server: str) -> None:
    async def get() -> None:
        async with HttpClient(FetchConfig(timeout=5.0, connect_timeout=5.0), concurrency=2, per_host=2) as client:
            await client.get(https_server, max_bytes=1024, trusted=True)

    with pytest.raises(FetchError) as info:
        asyncio.run(get())
    assert "certificate" in info.value.message.lower()


def test_the_certificates_read_at_the_first_connection_are_the_default_ones(https_server: str, tmp_path: Path) -> None:
    """With the server's certificate as the default CA file (SSL_CERT_FILE), the client trusts it: the default
    paths are read, as the connection starts, in a process whose client was imported without reading them."""
    code = (
        "import asyncio, sys\nfrom monitor.config import FetchConfig\nfrom monitor.fetch.http import HttpClient\n"
        "async def get():\n"
        "    async with HttpClient(FetchConfig(timeout=5.0, connect_timeout=5.0), concurrency=2, per_host=2) as c:\n"
        "        return await c.get(sys.argv[1], max_bytes=1024, trusted=True)\n"
        "r = asyncio.run(get())\nprint(r.status, r.body.decode())"
    )
    env = {**os.environ, "SSL_CERT_FILE": str(tmp_path / "cert.pem")}
    out = subprocess.run([sys.executable, "-c", code, https_server], capture_output=True, text=True, env=env,
                         check=True)
    assert out.stdout.split() == ["200", "hello"]
