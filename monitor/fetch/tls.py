"""TLS contexts that read the system's CA certificates before their first handshake rather than when made.

aiohttp makes two SSL contexts as it is imported (one verifying, one not), and
each reads and parses the whole CA bundle: ~0.1 s of CPU at every start of a
cycle, spent even when every feed is plain http, and twice when once would do.
Around that import, a context that asks for the default certificates gets them
just before its first connection (``wrap_bio``, ``wrap_socket``), so what it
verifies against is the same and a cycle that makes no https connection never
reads them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

try:
    import ssl
except ImportError:  # a Python built without ssl, where aiohttp makes no SSL context either
    ssl = None  # type: ignore[assignment]

#: The methods that start a connection on a context: the certificates are read before either runs.
_CONNECTING = ("wrap_bio", "wrap_socket")


@contextmanager
def certificates_at_first_connection() -> Iterator[None]:
    """While the block runs, SSL contexts read the default CA certificates only before their first connection."""
    if ssl is None or "set_default_verify_paths" in vars(ssl.SSLContext):  # patched already (a nested block)
        yield
        return
    cls = ssl.SSLContext
    read_now: Callable[[ssl.SSLContext], None] = cls.set_default_verify_paths

    def read_later(context: ssl.SSLContext) -> None:
        def connecting(name: str) -> Callable[..., Any]:
            def first(*args: Any, **kwargs: Any) -> Any:
                for method in _CONNECTING:  # from now on the class's own methods, unwrapped
                    vars(context).pop(method, None)
                read_now(context)
                return getattr(context, name)(*args, **kwargs)
            return first

        for name in _CONNECTING:
            setattr(context, name, connecting(name))

    cls.set_default_verify_paths = read_later  # type: ignore[method-assign, assignment]
    try:
        yield
    finally:
        del cls.set_default_verify_paths  # the inherited method again
