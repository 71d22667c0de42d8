"""The HTTP client every fetch goes through: limits, deadlines, byte caps and address checks.

Feeds and pages come from servers we do not control, so each request has a
total wall-clock deadline, a cap on the decoded body (a gzip bomb stops at the
cap, not at the end of memory), redirects followed one hop at a time, and, for
links taken from feed content, a check that the destination is a public address.
"""

from __future__ import annotations

import asyncio
import contextlib
import ipaddress
import re
import socket
import zlib
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from http import HTTPStatus
from types import TracebackType
from urllib.parse import urlsplit

import httpx

from monitor.config import FetchConfig
from monitor.fetch.schedule import parse_retry_after

#: Redirect hops followed before a request fails with "too many redirects".
MAX_REDIRECTS = 5

REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})

#: Largest piece the decompressor may produce at once, so memory stays near the cap.
_INFLATE_CHUNK = 64 * 1024

_IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


class FetchError(Exception):
    """A request that gave no usable response; the message is one line fit for the user.

    ``status`` is the HTTP status when the server answered with an error, and
    ``retry_after`` the seconds its Retry-After header asked for, if any.
    """

    def __init__(self, message: str, *, status: int | None = None, retry_after: float | None = None) -> None:
        super().__init__(one_line(message))
        self.message = one_line(message)
        self.status = status
        self.retry_after = retry_after


@dataclass(frozen=True)
class Response:
    """A finished response: final URL, status, headers with lower-case names, and the decoded body."""

    url: str
    status: int
    headers: dict[str, str]
    body: bytes


_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]+")


def one_line(text: str, limit: int = 300) -> str:
    """Text squeezed onto one line without control characters, cut to `limit` characters."""
    flat = " ".join(_CONTROL.sub(" ", text).split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def format_seconds(seconds: float) -> str:
    """A duration for messages: 20 -> "20s", 0.5 -> "0.5s"."""
    return f"{seconds:g}s"


def format_size(size: int) -> str:
    """A byte count for messages: 10485760 -> "10 MB", 2048 -> "2 KB"."""
    for unit, factor in (("GB", 1024**3), ("MB", 1024**2), ("KB", 1024)):
        if size >= factor:
            value = size / factor
            return f"{value:.0f} {unit}" if size % factor == 0 else f"{value:.1f} {unit}"
    return f"{size} bytes"


def _address_kind(ip: _IPAddress) -> str | None:
    """Why `ip` is not a public address ("loopback", "private" ...), or None when it is public."""
    if isinstance(ip, ipaddress.IPv6Address):
        embedded = ip.ipv4_mapped or ip.sixtofour
        if embedded is not None:
            return _address_kind(embedded)
    checks = (
        ("unspecified", ip.is_unspecified),
        ("loopback", ip.is_loopback),
        ("link-local", ip.is_link_local),
        ("multicast", ip.is_multicast),
        ("reserved", ip.is_reserved),
        ("private", ip.is_private),
    )
    for kind, flag in checks:
        if flag:
            return kind
    return None if ip.is_global else "non-public"


def check_scheme(url: str) -> httpx.URL:
    """`url` as an httpx.URL if it is an absolute http(s) URL; otherwise a FetchError saying why."""
    try:
        parts = urlsplit(url.strip())
    except ValueError as exc:
        raise FetchError(f"invalid URL: {exc}") from None
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        shown = f"{scheme}:" if scheme else "(none)"
        raise FetchError(f"unsupported URL scheme {shown} (only http and https are fetched)")
    try:
        parsed = httpx.URL(url.strip())
    except (httpx.InvalidURL, ValueError) as exc:
        raise FetchError(f"invalid URL: {exc}") from None
    if not parsed.host:
        raise FetchError("invalid URL: no host")
    return parsed


async def check_public(url: httpx.URL) -> None:
    """Raise FetchError unless every address `url`'s host resolves to is public.

    Any one private address is enough to refuse: a name that resolves to both a
    public and an internal address must not be a way in.
    """
    host = url.host
    try:
        literal: _IPAddress | None = ipaddress.ip_address(host)
    except ValueError:
        literal = None
    if literal is not None:
        kind = _address_kind(literal)
        if kind:
            raise FetchError(f"blocked address: {literal} is {_article(kind)} {kind} address")
        return
    port = url.port or (443 if url.scheme == "https" else 80)
    loop = asyncio.get_running_loop()
    try:
        infos = await loop.getaddrinfo(url.raw_host.decode("ascii"), port, type=socket.SOCK_STREAM)
    except (OSError, UnicodeError) as exc:
        reason = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
        raise FetchError(f"cannot resolve {host}: {reason}") from None
    if not infos:
        raise FetchError(f"cannot resolve {host}: no addresses")
    for info in infos:
        text = str(info[4][0]).split("%", 1)[0]
        ip = ipaddress.ip_address(text)
        kind = _address_kind(ip)
        if kind:
            raise FetchError(f"blocked address: {host} resolves to {ip}, {_article(kind)} {kind} address")


def _article(word: str) -> str:
    """The indefinite article for `word`, so messages read "an unspecified", "a private"."""
    return "an" if word[0] in "aeiou" else "a"


def _check_peer(response: httpx.Response) -> None:
    """Refuse a response whose connected peer is not public, which a DNS rebind could cause."""
    stream = response.extensions.get("network_stream")
    if stream is None:
        return
    addr = stream.get_extra_info("server_addr")
    if not addr:
        return
    ip = ipaddress.ip_address(str(addr[0]).split("%", 1)[0])
    kind = _address_kind(ip)
    if kind:
        raise FetchError(f"blocked address: connected to {ip}, {_article(kind)} {kind} address")


class _Decoder:
    """Undo a Content-Encoding a piece at a time, never producing more than a chunk per step.

    httpx's own decoder inflates each network read in one go, so a 64 KB read of
    a gzip bomb would become 64 MB before any cap could be checked.
    """

    def __init__(self, encoding: str) -> None:
        codings = [c.strip().lower() for c in encoding.split(",") if c.strip()]
        codings = [c for c in codings if c != "identity"]
        if len(codings) > 1:
            raise FetchError(f"unsupported content-encoding: {encoding}")
        self.coding = codings[0] if codings else ""
        if self.coding in ("gzip", "x-gzip"):
            self._wbits = 16 + zlib.MAX_WBITS
        elif self.coding == "deflate":
            self._wbits = zlib.MAX_WBITS
        elif self.coding:
            raise FetchError(f"unsupported content-encoding: {self.coding}")
        self._inflater = zlib.decompressobj(self._wbits) if self.coding else None
        self._started = False
        self._done = False

    def feed(self, data: bytes) -> Iterator[bytes]:
        """Decoded pieces of the next raw bytes, each at most one chunk long."""
        if self._inflater is None:
            if data:
                yield data
            return
        buf = data
        while not self._done:
            try:
                out = self._inflater.decompress(buf, _INFLATE_CHUNK)
            except zlib.error as exc:
                if self.coding == "deflate" and not self._started:
                    # Some servers send raw deflate without the zlib wrapper.
                    self._started = True
                    self._inflater = zlib.decompressobj(-zlib.MAX_WBITS)
                    continue
                raise FetchError(f"bad {self.coding} body: {exc}") from None
            self._started = self._started or bool(buf)
            if out:
                yield out
            if self._inflater.eof:
                rest = self._inflater.unused_data
                if self._wbits > zlib.MAX_WBITS and rest.strip(b"\0"):
                    self._inflater = zlib.decompressobj(self._wbits)
                    buf = rest
                    continue
                self._done = True
                return
            buf = self._inflater.unconsumed_tail
            if not buf and len(out) < _INFLATE_CHUNK:
                return

    def finish(self) -> Iterator[bytes]:
        """The last decoded bytes; a FetchError if a gzip stream ended early."""
        if self._inflater is None or self._done:
            return
        tail = self._inflater.flush()
        if tail:
            yield tail
        if self._wbits > zlib.MAX_WBITS and not self._inflater.eof and self._started:
            raise FetchError("truncated gzip body")


class HttpClient:
    """One httpx.AsyncClient with global and per-host concurrency limits; use as an async context manager.

    Every fetch of monitor goes through ``get``, which applies the limits of
    FetchConfig and turns every failure into a one-line FetchError.
    """

    def __init__(
        self,
        fetch: FetchConfig,
        *,
        concurrency: int,
        per_host: int,
        transport: httpx.AsyncBaseTransport | None = None,
        trust_env: bool = False,
    ) -> None:
        self.fetch = fetch
        self.concurrency = concurrency
        self.per_host = per_host
        self._transport = transport
        self._trust_env = trust_env
        self._client: httpx.AsyncClient | None = None
        self._slots: asyncio.Semaphore | None = None
        self._hosts: dict[str, asyncio.Semaphore] = {}

    async def __aenter__(self) -> HttpClient:
        self._client = httpx.AsyncClient(
            follow_redirects=False,
            timeout=httpx.Timeout(self.fetch.timeout, connect=self.fetch.connect_timeout, pool=None),
            limits=httpx.Limits(
                max_connections=self.concurrency, max_keepalive_connections=min(self.concurrency, 32)
            ),
            headers={"user-agent": self.fetch.user_agent, "accept-encoding": "gzip, deflate"},
            transport=self._transport,
            trust_env=self._trust_env,
        )
        self._slots = asyncio.Semaphore(self.concurrency)
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        """Close the connections."""
        if self._client is not None:
            await self._client.aclose()
            self._client = None

    async def get(
        self,
        url: str,
        *,
        headers: dict[str, str] | None = None,
        max_bytes: int,
        trusted: bool,
        allow_private: bool | None = None,
    ) -> Response:
        """GET `url`, following up to 5 redirects; a 304 is returned, every failure raised as FetchError.

        `trusted` URLs (configured feeds) may point anywhere, and so may their
        redirects while they stay on the same host name; any other hop must resolve
        only to public addresses unless `allow_private` (default: the config's
        allow_private_addresses) is on. The deadline covers the whole request,
        redirects and body included, but not the wait for a free connection slot.
        """
        if self._client is None:
            raise RuntimeError("HttpClient used outside 'async with'")
        allow = self.fetch.allow_private_addresses if allow_private is None else allow_private
        target = check_scheme(url)
        origin = target.host
        remaining = self.fetch.timeout
        for _hop in range(MAX_REDIRECTS + 1):
            # An http -> https upgrade or a move on the same host stays trusted; another host does not.
            hop_trusted = trusted and target.host == origin
            guard = not hop_trusted and not allow
            response, spent = await self._hop(target, headers or {}, max_bytes, guard, remaining)
            remaining -= spent
            if response.status not in REDIRECT_STATUSES:
                return response
            location = response.headers.get("location", "").strip()
            if not location:
                raise FetchError(f"HTTP {response.status} redirect without a Location", status=response.status)
            try:
                next_url = str(target.join(location))
            except (httpx.InvalidURL, ValueError) as exc:
                raise FetchError(f"bad redirect Location: {exc}") from None
            target = check_scheme(next_url)
            if remaining <= 0:
                raise FetchError(f"timed out after {format_seconds(self.fetch.timeout)}")
        raise FetchError(f"too many redirects (more than {MAX_REDIRECTS})")

    @contextlib.asynccontextmanager
    async def _slot(self, url: httpx.URL) -> AsyncIterator[None]:
        """Hold a connection slot for `url`'s host, then one of the global slots.

        The host slot comes first so that a queue for one busy host does not
        keep global slots from other hosts.
        """
        assert self._slots is not None
        key = f"{url.host}:{url.port or ''}"
        host = self._hosts.get(key)
        if host is None:
            host = self._hosts[key] = asyncio.Semaphore(self.per_host)
        async with host, self._slots:
            yield

    async def _hop(
        self, url: httpx.URL, headers: dict[str, str], max_bytes: int, guard: bool, remaining: float
    ) -> tuple[Response, float]:
        """One request without redirects, within `remaining` seconds; the response and the time spent."""
        loop = asyncio.get_running_loop()
        async with self._slot(url):
            start = loop.time()
            try:
                async with asyncio.timeout(max(remaining, 0.0)):
                    if guard:
                        await check_public(url)
                    response = await self._send(url, headers, max_bytes, guard)
            except TimeoutError:
                raise FetchError(f"timed out after {format_seconds(self.fetch.timeout)}") from None
            return response, loop.time() - start

    async def _send(self, url: httpx.URL, headers: dict[str, str], max_bytes: int, guard: bool) -> Response:
        """Send one request and read its body; redirects and 304s come back without a body."""
        assert self._client is not None
        request = self._client.build_request("GET", url, headers=headers)
        try:
            raw = await self._client.send(request, stream=True)
        except httpx.HTTPError as exc:
            raise self._transport_error(exc) from None
        try:
            if guard:
                _check_peer(raw)
            head = {key: raw.headers[key] for key in raw.headers}
            status = raw.status_code
            if status in REDIRECT_STATUSES or status == 304:
                return Response(url=str(url), status=status, headers=head, body=b"")
            if status >= 300:
                raise self._status_error(status, raw.reason_phrase, head)
            body = await self._read_body(raw, head, max_bytes)
            return Response(url=str(url), status=status, headers=head, body=body)
        except httpx.HTTPError as exc:
            raise self._transport_error(exc) from None
        finally:
            await raw.aclose()

    async def _read_body(self, raw: httpx.Response, head: dict[str, str], max_bytes: int) -> bytes:
        """The decoded body, stopped with a FetchError as soon as it passes `max_bytes`."""
        decoder = _Decoder(head.get("content-encoding", ""))
        too_big = FetchError(f"body exceeds {format_size(max_bytes)} cap")
        length = head.get("content-length", "").strip()
        if not decoder.coding and length.isdigit() and int(length) > max_bytes:
            raise too_big
        if raw.is_stream_consumed:
            # A response built in memory (httpx.MockTransport in tests) was read and decoded by httpx.
            if len(raw.content) > max_bytes:
                raise too_big
            return raw.content
        parts: list[bytes] = []
        total = 0
        async for chunk in raw.aiter_raw():
            for piece in decoder.feed(chunk):
                total += len(piece)
                if total > max_bytes:
                    raise too_big
                parts.append(piece)
        for piece in decoder.finish():
            total += len(piece)
            if total > max_bytes:
                raise too_big
            parts.append(piece)
        return b"".join(parts)

    def _status_error(self, status: int, reason: str, head: dict[str, str]) -> FetchError:
        """The FetchError for an error status, such as "HTTP 404 Not Found", with any Retry-After."""
        try:
            phrase = HTTPStatus(status).phrase
        except ValueError:
            phrase = reason or "error"
        retry_after = None
        if "retry-after" in head:
            retry_after = parse_retry_after(head["retry-after"], datetime.now(UTC))
        return FetchError(f"HTTP {status} {phrase}", status=status, retry_after=retry_after)

    def _transport_error(self, exc: httpx.HTTPError) -> FetchError:
        """The one-line FetchError for an httpx exception."""
        detail = str(exc) or type(exc).__name__
        if isinstance(exc, httpx.ConnectTimeout):
            return FetchError(f"connect timed out after {format_seconds(self.fetch.connect_timeout)}")
        if isinstance(exc, httpx.TimeoutException):
            return FetchError(f"timed out after {format_seconds(self.fetch.timeout)}")
        if isinstance(exc, httpx.ConnectError):
            return FetchError(f"cannot connect: {detail}")
        if isinstance(exc, httpx.RemoteProtocolError):
            return FetchError(f"protocol error: {detail}")
        if isinstance(exc, httpx.UnsupportedProtocol | httpx.InvalidURL):
            return FetchError(f"invalid URL: {detail}")
        return FetchError(f"{type(exc).__name__}: {detail}")
