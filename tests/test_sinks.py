"""The apprise and desktop sinks, each against a real receiver: a POST server on 127.0.0.1 and a notify-send on PATH."""

from __future__ import annotations

import json
import os
import stat
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from monitor.alerts.sinks import SinkError, send_apprise, send_desktop

PAYLOAD: dict[str, Any] = {
    "type": "alert",
    "kind": "new",
    "rule": "large attack",
    "uid": "u-1",
    "message": "[large attack] Russian attack on Lviv: 574 drones launched\n\x1b[31m“Russia launched 574 drones.”",
}


class Receiver(ThreadingHTTPServer):
    """Keeps the body of every POST it is sent; answers with `status`."""

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.bodies: list[bytes] = []
        self.status = 200

    @property
    def port(self) -> int:
        return self.server_address[1]


class _Handler(BaseHTTPRequestHandler):
    server: Receiver

    def do_POST(self) -> None:
        self.server.bodies.append(self.rfile.read(int(self.headers.get("content-length", "0"))))
        self.send_response(self.server.status)
        self.send_header("content-length", "0")
        self.end_headers()

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    server = Receiver()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


def test_apprise_posts_the_alert_without_escape_sequences(receiver: Receiver) -> None:
    pytest.importorskip("apprise", reason="apprise is an optional extra: pip install 'monitor[apprise]'")
    send_apprise((f"json://127.0.0.1:{receiver.port}/hook",), PAYLOAD)
    (body,) = receiver.bodies
    sent = json.loads(body)
    assert sent["title"] == "monitor: large attack"
    assert "574 drones launched" in sent["message"] and "\x1b" not in sent["message"]


def test_apprise_failures_are_one_line_sink_errors(receiver: Receiver) -> None:
    pytest.importorskip("apprise", reason="apprise is an optional extra: pip install 'monitor[apprise]'")
    receiver.status = 500
    with pytest.raises(SinkError, match="could not deliver"):
        send_apprise((f"json://127.0.0.1:{receiver.port}/hook",), PAYLOAD)
    with pytest.raises(SinkError, match=r"does not understand the URL nope://"):
        send_apprise(("nope://somewhere",), PAYLOAD)


def _fake_notify_send(directory: Path, log: Path, exit_code: int = 0) -> None:
    script = directory / "notify-send"
    script.write_text(
        "#!/bin/sh\n"
        f"for arg in \"$@\"; do printf '%s\\0' \"$arg\" >> '{log}'; done\n"
        f"[ {exit_code} -eq 0 ] || echo 'no notification daemon' >&2\n"
        f"exit {exit_code}\n"
    )
    script.chmod(script.stat().st_mode | stat.S_IEXEC)


def test_desktop_passes_title_and_text_as_plain_arguments(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    log = tmp_path / "argv"
    _fake_notify_send(tmp_path, log)
    monkeypatch.setenv("PATH", f"{tmp_path}{os.pathsep}{os.environ['PATH']}")
    send_desktop(PAYLOAD, timeout=5)
    argv = log.read_bytes().split(b"\0")[:-1]
    assert argv[:3] == [b"--app-name=monitor", b"--", b"monitor: large attack"]
    assert b"574 drones launched" in argv[3] and b"\x1b" not in argv[3]


def test_desktop_failure_names_the_reason(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _fake_notify_send(tmp_path, tmp_path / "argv", exit_code=1)
    monkeypatch.setenv("PATH", f"{tmp_path}{os.pathsep}{os.environ['PATH']}")
    with pytest.raises(SinkError, match="no notification daemon"):
        send_desktop(PAYLOAD, timeout=5)
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    with pytest.raises(SinkError, match="no desktop notifier found"):
        send_desktop(PAYLOAD, timeout=5)
