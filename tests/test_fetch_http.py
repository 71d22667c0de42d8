"""HttpClient against a real server on 127.0.0.1: deadlines, caps, redirects, statuses, address checks."""

from __future__ import annotations

import asyncio
import gzip
import ipaddress
import resource
import threading
import time
import zlib
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, ClassVar

import pytest
from localserver import LocalServer

from monitor.config import FetchConfig
from monitor.fetch import http
from monitor.fetch.http import FetchError, HttpClient, Response, _address_kind, _Decoder, check_scheme

FAST = FetchConfig(timeout=1.0, connect_timeout=1.0)
MB = 1024 * 1024


async def _get(url: str, *, trusted: bool = True, config: FetchConfig = FAST, max_bytes: int = MB,
               allow_private: bool | None = None, headers: dict[str, str] | None = None) -> Response:
    async with HttpClient(config, concurrency=4, per_host=2) as client:
        return await client.get(url, headers=headers, max_bytes=max_bytes, trusted=trusted,
                                allow_private=allow_private)


def get(url: str, **kwargs: Any) -> Response:
    return asyncio.run(_get(url, **kwargs))


def error_of(url: str, **kwargs: Any) -> FetchError:
    with pytest.raises(FetchError) as info:
        get(url, **kwargs)
    assert "\n" not in info.value.message
    return info.value


def test_plain_get(server: LocalServer) -> None:
    response = get(server.url("/files/static/feed.xml"))
    assert response.status == 200
    assert response.headers["content-type"] == "application/xml"
    assert b"Static feed" in response.body
    assert response.url == server.url("/files/static/feed.xml")


def test_sends_user_agent_and_accept_encoding(server: LocalServer) -> None:
    get(server.url("/files/static/feed.xml?ua"))
    seen = server.requests_to("/files/static/feed.xml")[-1].headers
    assert seen["user-agent"] == FAST.user_agent
    assert seen["accept-encoding"] == "gzip, deflate"


@pytest.mark.parametrize("encoding", ["gzip", "deflate"])
def test_compressed_bodies_are_decoded(server: LocalServer, encoding: str) -> None:
    plain = get(server.url("/files/static/feed.xml")).body
    response = get(server.url(f"/{encoding}/static/feed.xml"))
    assert response.body == plain


def test_http_errors_carry_status_and_message(server: LocalServer) -> None:
    err = error_of(server.url("/status/404"))
    assert (err.message, err.status, err.retry_after) == ("HTTP 404 Not Found", 404, None)
    err = error_of(server.url("/status/500"))
    assert (err.message, err.status) == ("HTTP 500 Internal Server Error", 500)


def test_retry_after_seconds(server: LocalServer) -> None:
    err = error_of(server.url("/429/seconds"))
    assert (err.message, err.status, err.retry_after) == ("HTTP 429 Too Many Requests", 429, 120.0)


def test_retry_after_http_date(server: LocalServer) -> None:
    err = error_of(server.url("/429/date"))
    assert err.status == 429
    assert err.retry_after is not None and 500 < err.retry_after <= 600


def test_total_deadline_stops_a_drip(server: LocalServer) -> None:
    """Each read gets a byte within 0.2 s, so only a deadline on the whole request can stop it."""
    start = time.monotonic()
    err = error_of(server.url("/drip?seconds=4"))
    elapsed = time.monotonic() - start
    assert err.message == "timed out after 1s"
    assert elapsed < 2.5


def test_byte_cap_on_plain_body(server: LocalServer) -> None:
    err = error_of(server.url("/big"), max_bytes=MB)
    assert err.message == "body exceeds 1 MB cap"


def test_gzip_bomb_stops_at_the_cap_without_growing_memory(server: LocalServer) -> None:
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    err = error_of(server.url("/gzip-bomb?gib=2"), max_bytes=10 * MB, config=FetchConfig(timeout=20))
    after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    assert err.message == "body exceeds 10 MB cap"
    # ru_maxrss is in KiB on Linux; inflating even one network read at once would add ~64 MB.
    assert (after - before) * 1024 < 60 * MB


def test_five_redirects_are_followed(server: LocalServer) -> None:
    response = get(server.url("/redirect/chain/4"))
    assert response.status == 200
    assert response.url == server.url("/files/static/feed.xml")


def test_six_redirects_are_too_many(server: LocalServer) -> None:
    assert error_of(server.url("/redirect/chain/5")).message == "too many redirects (more than 5)"


def test_redirect_loop(server: LocalServer) -> None:
    assert error_of(server.url("/redirect/loop")).message.startswith("too many redirects")


def test_redirect_from_trusted_feed_to_metadata_address_is_blocked(server: LocalServer) -> None:
    err = error_of(server.url("/redirect/private"))
    assert "blocked address" in err.message and "169.254.169.254" in err.message


def test_redirect_to_file_url_is_refused(server: LocalServer) -> None:
    err = error_of(server.url("/redirect/to?url=file:///etc/passwd"))
    assert err.message == "unsupported URL scheme file: (only http and https are fetched)"


def test_trusted_redirect_on_the_same_host_stays_trusted(server: LocalServer) -> None:
    target = server.url("/files/static/feed.xml")
    assert get(server.url(f"/redirect/to?url={target}")).status == 200


def test_untrusted_loopback_is_blocked(server: LocalServer) -> None:
    err = error_of(server.url("/article.html"), trusted=False, allow_private=False)
    assert err.message == "blocked address: 127.0.0.1 is a loopback address"


def test_untrusted_name_resolving_to_loopback_is_blocked(server: LocalServer) -> None:
    port = server.server_address[1]
    err = error_of(f"http://localhost:{port}/article.html", trusted=False, allow_private=False)
    assert err.message.startswith("blocked address: localhost resolves to ")


def test_allow_private_lets_untrusted_links_reach_loopback(server: LocalServer) -> None:
    response = get(server.url("/article.html"), trusted=False, allow_private=True)
    assert response.status == 200


def test_config_default_for_private_addresses(server: LocalServer) -> None:
    config = FetchConfig(timeout=1.0, allow_private_addresses=True)
    assert get(server.url("/article.html"), trusted=False, config=config).status == 200


@pytest.mark.parametrize(
    ("url", "scheme"),
    [("file:///etc/passwd", "file:"), ("javascript:alert(1)", "javascript:"),
     ("data:text/html,<b>x</b>", "data:"), ("ftp://example.com/x", "ftp:"), ("/relative", "(none)")],
)
def test_non_http_schemes_are_refused(url: str, scheme: str) -> None:
    with pytest.raises(FetchError) as info:
        check_scheme(url)
    assert info.value.message == f"unsupported URL scheme {scheme} (only http and https are fetched)"


@pytest.mark.parametrize(
    ("address", "kind"),
    [
        ("127.0.0.1", "loopback"), ("10.1.2.3", "private"), ("192.168.0.1", "private"),
        ("172.16.5.4", "private"), ("169.254.169.254", "link-local"), ("224.0.0.1", "multicast"),
        ("240.0.0.1", "reserved"), ("0.0.0.0", "unspecified"), ("100.64.0.1", "non-public"),
        ("::1", "loopback"), ("fe80::1", "link-local"), ("fc00::1", "private"),
        ("::ffff:127.0.0.1", "loopback"), ("2002:7f00:1::", "loopback"),
        ("93.184.216.34", None), ("2606:2800:220:1:248:1893:25c8:1946", None),
    ],
)
def test_address_kinds(address: str, kind: str | None) -> None:
    assert _address_kind(ipaddress.ip_address(address)) == kind


def test_connection_refused_is_one_line() -> None:
    err = error_of("http://127.0.0.1:9/feed.xml")
    assert err.message.startswith("cannot connect:")


class _Counting(BaseHTTPRequestHandler):
    """Answers every GET after a short pause, counting the requests in flight per server and in all."""

    protocol_version = "HTTP/1.1"
    lock = threading.Lock()
    active: ClassVar[dict[int, int]] = {}
    peak: ClassVar[dict[int, int]] = {}
    total: ClassVar[dict[str, int]] = {"now": 0, "peak": 0}

    def log_message(self, format: str, *args: object) -> None:
        """Stay quiet."""

    def do_GET(self) -> None:
        port = self.server.server_address[1]
        with self.lock:
            self.active[port] = self.active.get(port, 0) + 1
            self.peak[port] = max(self.peak.get(port, 0), self.active[port])
            self.total["now"] += 1
            self.total["peak"] = max(self.total["peak"], self.total["now"])
        time.sleep(0.03)
        with self.lock:
            self.active[port] -= 1
            self.total["now"] -= 1
        self.send_response(200)
        self.send_header("Content-Length", "2")
        self.end_headers()
        self.wfile.write(b"ok")


def test_per_host_and_global_limits() -> None:
    """Three servers (three hosts to the client) behind limits of 2 per host and 3 in all."""
    servers = [ThreadingHTTPServer(("127.0.0.1", 0), _Counting) for _ in range(3)]
    for srv in servers:
        srv.daemon_threads = True
        threading.Thread(target=srv.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()

    async def main() -> None:
        async with HttpClient(FAST, concurrency=3, per_host=2) as c:
            urls = [f"http://127.0.0.1:{s.server_address[1]}/{i}" for s in servers for i in range(8)]
            await asyncio.gather(*(c.get(u, max_bytes=100, trusted=True) for u in urls))

    try:
        asyncio.run(main())
    finally:
        for srv in servers:
            srv.shutdown()
            srv.server_close()
    assert max(_Counting.peak.values()) == 2
    assert _Counting.total["peak"] == 3


def test_rebound_name_is_refused_when_connecting(server: LocalServer, monkeypatch: pytest.MonkeyPatch) -> None:
    """A name that passed the look-up check but resolves to loopback when connecting (a DNS rebind) is refused."""

    async def looks_public(url: object) -> None:
        return None

    monkeypatch.setattr(http, "check_public", looks_public)
    port = server.server_address[1]
    err = error_of(f"http://localhost:{port}/article.html", trusted=False, allow_private=False)
    assert err.message.startswith("blocked address: localhost resolves to ")
    assert not [s for s in server.requests_to("/article.html") if s.headers.get("host", "").startswith("localhost")]


def test_guarded_requests_do_not_reuse_trusted_connections(
    server: LocalServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A connection a trusted feed opened to 127.0.0.1 is never lent to a link that must stay public."""

    async def looks_public(url: object) -> None:
        return None

    monkeypatch.setattr(http, "check_public", looks_public)

    async def main() -> FetchError:
        async with HttpClient(FAST, concurrency=4, per_host=4) as client:
            url = server.url("/article.html")
            assert (await client.get(url, max_bytes=MB, trusted=True)).status == 200
            with pytest.raises(FetchError) as info:
                await client.get(url, max_bytes=MB, trusted=False, allow_private=False)
            return info.value

    assert asyncio.run(main()).message == "blocked address: connecting to 127.0.0.1, a loopback address"


def test_decoder_handles_concatenated_gzip_members() -> None:
    data = gzip.compress(b"one ") + gzip.compress(b"two")
    decoder = _Decoder("gzip")
    out = b"".join(decoder.feed(data[:7])) + b"".join(decoder.feed(data[7:])) + b"".join(decoder.finish())
    assert out == b"one two"


def test_decoder_handles_raw_deflate() -> None:
    compressor = zlib.compressobj(6, zlib.DEFLATED, -zlib.MAX_WBITS)
    data = compressor.compress(b"raw deflate body") + compressor.flush()
    decoder = _Decoder("deflate")
    assert b"".join([*decoder.feed(data), *decoder.finish()]) == b"raw deflate body"


def test_decoder_pieces_are_bounded() -> None:
    data = gzip.compress(b"\0" * (8 * MB))
    pieces = list(_Decoder("gzip").feed(data))
    assert sum(map(len, pieces)) == 8 * MB
    assert max(map(len, pieces)) <= 64 * 1024


def test_decoder_refuses_unknown_encodings_and_truncation() -> None:
    with pytest.raises(FetchError, match="unsupported content-encoding: br"):
        _Decoder("br")
    decoder = _Decoder("gzip")
    list(decoder.feed(gzip.compress(b"x" * 1000)[:-12]))
    with pytest.raises(FetchError, match="truncated gzip body"):
        list(decoder.finish())
