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
import socket
import zlib
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from http import HTTPStatus
from types import TracebackType
from typing import Any
from urllib.parse import urlsplit

from monitor.config import FetchConfig
from monitor.fetch.schedule import parse_retry_after
from monitor.fetch.tls import certificates_at_first_connection
from monitor.fetch.wording import format_seconds, format_size, one_line

with certificates_at_first_connection():  # aiohttp's SSL contexts, made as it is imported
    import aiohttp
    from aiohttp.abc import AbstractResolver, ResolveResult
    from yarl import URL

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


def check_scheme(url: str) -> URL:
    """`url` as a yarl URL if it is an absolute http(s) URL; otherwise a FetchError saying why."""
    try:
        parts = urlsplit(url.strip())
    except ValueError as exc:
        raise FetchError(f"invalid URL: {exc}") from None
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        shown = f"{scheme}:" if scheme else "(none)"
        raise FetchError(f"unsupported URL scheme {shown} (only http and https are fetched)")
    try:
        parsed = URL(url.strip())
        host = parsed.raw_host
        parsed.port  # noqa: B018 - a bad port raises only when it is read
    except (ValueError, TypeError, UnicodeError) as exc:
        raise FetchError(f"invalid URL: {exc}") from None
    if not host:
        raise FetchError("invalid URL: no host")
    return parsed


async def check_public(url: URL) -> None:
    """Raise FetchError unless every address `url`'s host resolves to is public.

    Any one private address is enough to refuse: a name that resolves to both a
    public and an internal address must not be a way in.
    """
    host = url.host or ""
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
        infos = await loop.getaddrinfo(url.raw_host, port, type=socket.SOCK_STREAM)
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


class _BlockedAddress(OSError):
    """The guarded resolver's refusal, carried through aiohttp's connection errors to HttpClient."""


class _PublicOnlyResolver(AbstractResolver):
    """A resolver that refuses any name with a non-public address, at the moment of connecting.

    ``check_public`` looks before the request; this looks at the very answer the
    connection uses, so a name that resolves to a public address for the check and
    to a private one a moment later (a DNS rebind) is still refused. ``_public_socket``
    checks the dialled address once more.
    """

    def __init__(self) -> None:
        self._inner = aiohttp.ThreadedResolver()

    async def resolve(
        self, host: str, port: int = 0, family: socket.AddressFamily = socket.AF_INET
    ) -> list[ResolveResult]:
        """The addresses of `host`, or _BlockedAddress when any of them is not public."""
        results = await self._inner.resolve(host, port, family)
        for result in results:
            ip = ipaddress.ip_address(str(result["host"]).split("%", 1)[0])
            kind = _address_kind(ip)
            if kind:
                raise _BlockedAddress(f"blocked address: {host} resolves to {ip}, {_article(kind)} {kind} address")
        return results

    async def close(self) -> None:
        """Release the inner resolver."""
        await self._inner.close()


def _public_socket(addr_info: tuple[Any, ...]) -> socket.socket:
    """A socket for a connection to a public address; _BlockedAddress for any other, before connecting.

    The guarded session's socket factory: it sees the address actually dialled,
    literal IPs included, which the resolver never sees.
    """
    family, type_, proto, _, sockaddr = addr_info
    ip = ipaddress.ip_address(str(sockaddr[0]).split("%", 1)[0])
    kind = _address_kind(ip)
    if kind:
        raise _BlockedAddress(f"blocked address: connecting to {ip}, {_article(kind)} {kind} address")
    return socket.socket(family=family, type=type_, proto=proto)


def _headers(raw: Any) -> dict[str, str]:
    """Response headers with lower-case names; a repeated header's values joined by ", " as HTTP allows."""
    out: dict[str, str] = {}
    for key, value in raw.items():
        name = key.lower()
        out[name] = f"{out[name]}, {value}" if name in out else value
    return out


class _Decoder:
    """Undo a Content-Encoding a piece at a time, never producing more than a chunk per step.

    An HTTP client's own decoder inflates each network read in one go, so a 64 KB read of
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
    """aiohttp sessions with global and per-host concurrency limits; use as an async context manager.

    Every fetch of monitor goes through ``get``, which applies the limits of
    FetchConfig and turns every failure into a one-line FetchError. Requests that
    must reach public addresses only go through a session of their own whose
    resolver refuses private ones, so they never reuse a connection that a
    trusted request opened to an internal host. aiohttp's own decompression is
    off: ``_Decoder`` inflates within the byte cap.
    """

    def __init__(self, fetch: FetchConfig, *, concurrency: int, per_host: int) -> None:
        self.fetch = fetch
        self.concurrency = concurrency
        self.per_host = per_host
        self._open: aiohttp.ClientSession | None = None
        self._guarded: aiohttp.ClientSession | None = None
        self._slots: asyncio.Semaphore | None = None
        self._hosts: dict[str, asyncio.Semaphore] = {}

    def _session(self, guard: bool) -> aiohttp.ClientSession:
        """A session whose pool matches the concurrency, keeps connections alive and never decompresses.

        A guarded session resolves and dials public addresses only.
        """
        connector = aiohttp.TCPConnector(
            limit=self.concurrency, limit_per_host=self.per_host, ttl_dns_cache=60,
            resolver=_PublicOnlyResolver() if guard else None, socket_factory=_public_socket if guard else None,
        )
        return aiohttp.ClientSession(
            connector=connector,
            auto_decompress=False,
            trust_env=False,
            timeout=aiohttp.ClientTimeout(total=None, sock_connect=self.fetch.connect_timeout),
            headers={"user-agent": self.fetch.user_agent, "accept-encoding": "gzip, deflate"},
            max_line_size=16 * 1024,
            max_field_size=16 * 1024,
        )

    async def __aenter__(self) -> HttpClient:
        self._slots = asyncio.Semaphore(self.concurrency)
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        """Close the connections."""
        sessions = [s for s in (self._open, self._guarded) if s is not None]
        self._open = self._guarded = None
        for session in sessions:
            await session.close()

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
        if self._slots is None:
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
                next_url = str(target.join(URL(location)))
            except (ValueError, TypeError, UnicodeError) as exc:
                raise FetchError(f"bad redirect Location: {exc}") from None
            target = check_scheme(next_url)
            if remaining <= 0:
                raise FetchError(f"timed out after {format_seconds(self.fetch.timeout)}")
        raise FetchError(f"too many redirects (more than {MAX_REDIRECTS})")

    @contextlib.asynccontextmanager
    async def _slot(self, url: URL) -> AsyncIterator[None]:
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
        self, url: URL, headers: dict[str, str], max_bytes: int, guard: bool, remaining: float
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

    def _session_for(self, guard: bool) -> aiohttp.ClientSession:
        """The guarded session for links that must stay public, else the open one; made on first use."""
        if guard:
            if self._guarded is None:
                self._guarded = self._session(True)
            return self._guarded
        if self._open is None:
            self._open = self._session(False)
        return self._open

    async def _send(self, url: URL, headers: dict[str, str], max_bytes: int, guard: bool) -> Response:
        """Send one request and read its body; redirects and 304s come back without a body."""
        session = self._session_for(guard)
        try:
            raw = await session.get(url, headers=headers, allow_redirects=False)
        except aiohttp.ClientError as exc:
            raise self._transport_error(exc) from None
        try:
            head = _headers(raw.headers)
            status = raw.status
            if status in REDIRECT_STATUSES or status == 304:
                return Response(url=str(url), status=status, headers=head, body=b"")
            if status >= 300:
                raise self._status_error(status, raw.reason or "", head)
            body = await self._read_body(raw, head, max_bytes)
            return Response(url=str(url), status=status, headers=head, body=body)
        except aiohttp.ClientError as exc:
            raw.close()
            raise self._transport_error(exc) from None
        except BaseException:
            raw.close()
            raise
        finally:
            raw.release()

    async def _read_body(self, raw: aiohttp.ClientResponse, head: dict[str, str], max_bytes: int) -> bytes:
        """The decoded body, stopped with a FetchError as soon as it passes `max_bytes`."""
        decoder = _Decoder(head.get("content-encoding", ""))
        too_big = FetchError(f"body exceeds {format_size(max_bytes)} cap")
        length = head.get("content-length", "").strip()
        if not decoder.coding and length.isdigit() and int(length) > max_bytes:
            raise too_big
        parts: list[bytes] = []
        total = 0
        async for chunk in raw.content.iter_any():
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
        return parts[0] if len(parts) == 1 else b"".join(parts)

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

    def _transport_error(self, exc: aiohttp.ClientError) -> FetchError:
        """The one-line FetchError for an aiohttp exception."""
        detail = str(exc) or type(exc).__name__
        if isinstance(exc, aiohttp.ClientConnectorError) and isinstance(exc.os_error, _BlockedAddress):
            return FetchError(str(exc.os_error))
        if isinstance(exc, aiohttp.ConnectionTimeoutError):
            return FetchError(f"connect timed out after {format_seconds(self.fetch.connect_timeout)}")
        if isinstance(exc, aiohttp.ServerTimeoutError):
            return FetchError(f"timed out after {format_seconds(self.fetch.timeout)}")
        if isinstance(exc, aiohttp.ClientConnectorDNSError):
            return FetchError(f"cannot resolve {exc.host}: {exc.os_error.strerror or exc.os_error}")
        if isinstance(exc, aiohttp.ClientConnectorError):
            return FetchError(f"cannot connect: {detail}")
        if isinstance(exc, aiohttp.ServerDisconnectedError | aiohttp.ClientPayloadError | aiohttp.ClientResponseError):
            return FetchError(f"protocol error: {detail}")
        if isinstance(exc, aiohttp.ClientOSError):
            return FetchError(f"connection error: {detail}")
        if isinstance(exc, aiohttp.InvalidURL | aiohttp.NonHttpUrlClientError):
            return FetchError(f"invalid URL: {detail}")
        return FetchError(f"{type(exc).__name__}: {detail}")
