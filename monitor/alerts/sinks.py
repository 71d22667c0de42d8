"""Send one alert to one sink: a JSON-lines file, a command, apprise URLs, or a desktop notification.

Each sender raises SinkError with a one-line reason on failure; the outbox turns
that into a retry. Alert text comes from the network, so it is passed as data
only: on stdin or as one argv item, never through a shell.
"""

from __future__ import annotations

import fcntl
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

from monitor.rules_config import SinkConfig
from monitor.safetext import clean_text

#: How much of the end of a file sink is searched for an alert a crash may have written already.
_TAIL_BYTES = 4 * 1024 * 1024


class SinkError(Exception):
    """A sink could not take an alert; the message says why in one line."""


def title_of(payload: dict[str, Any]) -> str:
    """A short title for notifications: "monitor: large attack (update)"."""
    kind = " (update)" if payload.get("kind") == "update" else ""
    return clean_text(f"monitor: {payload.get('rule', 'alert')}{kind}", single_line=True)


def send(sink: SinkConfig, payload: dict[str, Any]) -> None:
    """Deliver `payload` (the alert's JSON object) to `sink`; SinkError when it cannot."""
    if sink.type == "file":
        send_file(Path(sink.path), payload)
    elif sink.type == "exec":
        send_exec(sink.argv, payload, sink.timeout)
    elif sink.type == "apprise":
        send_apprise(sink.urls, payload)
    elif sink.type == "desktop":
        send_desktop(payload, sink.timeout)
    else:
        raise SinkError(f"unknown sink type {sink.type!r}")


def send_file(path: Path, payload: dict[str, Any]) -> None:
    """Append the alert as one JSON line, unless the file already has it (a resend after a crash).

    The check and the append happen under an exclusive lock, and the line is
    flushed to disk before returning, so the file holds each alert exactly once.
    """
    line = (json.dumps(payload, ensure_ascii=False) + "\n").encode("utf-8")
    uid = payload.get("uid")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_APPEND, 0o644)
    except OSError as exc:
        raise SinkError(f"cannot open {path}: {exc.strerror or exc}") from None
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        if uid and _file_has(fd, f'"uid": "{uid}"'.encode()):
            return
        os.write(fd, line)
        os.fsync(fd)
    except OSError as exc:
        raise SinkError(f"cannot write {path}: {exc.strerror or exc}") from None
    finally:
        os.close(fd)


def _file_has(fd: int, needle: bytes) -> bool:
    size = os.fstat(fd).st_size
    start = max(0, size - _TAIL_BYTES)
    return needle in os.pread(fd, size - start, start)


def send_exec(argv: tuple[str, ...], payload: dict[str, Any], timeout: float) -> None:
    """Run a command with the alert's JSON on stdin, no shell; a non-zero exit is a failure.

    MONITOR_ALERT_UID is set to the alert's uid, which stays the same if a crash
    makes monitor send the alert again, so the command can tell.
    """
    env = dict(os.environ, MONITOR_ALERT_UID=str(payload.get("uid", "")), MONITOR_ALERT_ID=str(payload.get("id", "")))
    try:
        done = subprocess.run(
            list(argv), input=json.dumps(payload, ensure_ascii=False).encode("utf-8"), capture_output=True,
            timeout=timeout, env=env, check=False,
        )
    except FileNotFoundError:
        raise SinkError(f"no such command: {argv[0]}") from None
    except subprocess.TimeoutExpired:
        raise SinkError(f"{argv[0]} took longer than {timeout:g} s") from None
    except OSError as exc:
        raise SinkError(f"cannot run {argv[0]}: {exc.strerror or exc}") from None
    if done.returncode != 0:
        err = clean_text(done.stderr.decode("utf-8", "replace"), single_line=True)[-300:]
        raise SinkError(f"{argv[0]} exited with {done.returncode}" + (f": {err}" if err else ""))


def send_apprise(urls: tuple[str, ...], payload: dict[str, Any]) -> None:
    """Notify through the apprise library (email, ntfy, Slack, Telegram ...), an optional extra."""
    try:
        import apprise
    except ImportError:
        raise SinkError("the apprise sink needs the apprise library: pip install 'monitor[apprise]'") from None
    notifier = apprise.Apprise()
    for url in urls:
        if not notifier.add(url):
            raise SinkError(f"apprise does not understand the URL {url.split('://')[0]}://...")
    body = clean_text(str(payload.get("message", "")))
    if not notifier.notify(title=title_of(payload), body=body):
        raise SinkError("apprise could not deliver to every URL")


def desktop_command(title: str, body: str) -> list[str] | None:
    """The argv that shows a desktop notification on this system, or None where there is none."""
    if sys.platform == "darwin" and shutil.which("osascript"):
        script = "on run argv\ndisplay notification (item 2 of argv) with title (item 1 of argv)\nend run"
        return ["osascript", "-e", script, title, body]
    if shutil.which("notify-send"):
        return ["notify-send", "--app-name=monitor", "--", title, body]
    return None


def send_desktop(payload: dict[str, Any], timeout: float) -> None:
    """Show a desktop notification (notify-send, or osascript on macOS)."""
    body = clean_text(str(payload.get("message", "")))[:1000]
    argv = desktop_command(title_of(payload), body)
    if argv is None:
        raise SinkError("no desktop notifier found (notify-send or osascript)")
    try:
        done = subprocess.run(argv, capture_output=True, timeout=timeout, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise SinkError(f"desktop notification failed: {exc}") from None
    if done.returncode != 0:
        err = clean_text(done.stderr.decode("utf-8", "replace"), single_line=True)[-200:]
        raise SinkError(f"{argv[0]} exited with {done.returncode}: {err}")
