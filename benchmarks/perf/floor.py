"""The floor: the same URLs fetched with no parsing, by the fastest client at hand, 32 at a time.

It proves the server is not the bottleneck (requests a second) and is the
least time any client could take for a cycle's HTTP on this machine.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

import httpx


@dataclass
class FloorRun:
    """One pass over the URLs."""

    client: str
    seconds: float
    requests: int
    statuses: dict[int, int]
    bytes: int

    @property
    def per_second(self) -> float:
        """Requests a second."""
        return self.requests / self.seconds if self.seconds else 0.0


def _conditional(url: str, validators: dict[str, tuple[str, str]] | None) -> dict[str, str]:
    """The If-None-Match and If-Modified-Since headers for `url`, when its validators are known."""
    if not validators or url not in validators:
        return {}
    etag, modified = validators[url]
    return {"If-None-Match": etag, "If-Modified-Since": modified}


#: Fetches one URL with the given headers: (status, body).
_Get = Callable[[str, dict[str, str]], Awaitable[tuple[int, bytes]]]


async def _timed(client: str, get: _Get, urls: list[str], concurrency: int,
                 validators: dict[str, tuple[str, str]] | None) -> FloorRun:
    """Run `get` over every URL, `concurrency` at a time, and time it, counting statuses and body bytes."""
    statuses: dict[int, int] = {}
    size = 0
    sem = asyncio.Semaphore(concurrency)

    async def one(url: str) -> None:
        nonlocal size
        headers = _conditional(url, validators)
        async with sem:
            status, body = await get(url, headers)
            statuses[status] = statuses.get(status, 0) + 1
            size += len(body)

    started = time.perf_counter()
    await asyncio.gather(*(one(u) for u in urls))
    seconds = time.perf_counter() - started
    return FloorRun(client, seconds, len(urls), statuses, size)


async def _aiohttp(urls: list[str], concurrency: int, validators: dict[str, tuple[str, str]] | None) -> FloorRun:
    import aiohttp

    connector = aiohttp.TCPConnector(limit=concurrency, limit_per_host=concurrency)
    async with aiohttp.ClientSession(connector=connector, auto_decompress=False) as session:

        async def get(url: str, headers: dict[str, str]) -> tuple[int, bytes]:
            async with session.get(url, headers=headers) as resp:
                return resp.status, await resp.read()

        return await _timed("aiohttp", get, urls, concurrency, validators)


async def _httpx(urls: list[str], concurrency: int, validators: dict[str, tuple[str, str]] | None) -> FloorRun:
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(limits=limits, trust_env=False) as client:

        async def get(url: str, headers: dict[str, str]) -> tuple[int, bytes]:
            resp = await client.get(url, headers=headers)
            return resp.status_code, resp.content

        return await _timed("httpx", get, urls, concurrency, validators)


def validators_of(urls: list[str]) -> dict[str, tuple[str, str]]:
    """Each URL's ETag and Last-Modified, for the conditional (304) floor."""

    async def go() -> dict[str, tuple[str, str]]:
        async with httpx.AsyncClient(trust_env=False) as client:
            out = {}
            for url in urls:
                resp = await client.head(url)
                out[url] = (resp.headers.get("etag", ""), resp.headers.get("last-modified", ""))
            return out

    return asyncio.run(go())


def fetch_all(urls: list[str], *, client: str = "aiohttp", concurrency: int = 32,
              validators: dict[str, tuple[str, str]] | None = None) -> FloorRun:
    """Fetch every URL once (conditionally when validators are given) and time it."""
    runner = _aiohttp if client == "aiohttp" else _httpx
    return asyncio.run(runner(urls, concurrency, validators))
