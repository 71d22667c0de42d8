"""newsboat on the same farm: `newsboat -x reload` with reload-threads equal to our concurrency.

newsboat keeps a feed's validators only from its second reload on, so its cold
figure is a reload on a fresh cache and its warm figure is the third reload.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from benchmarks.perf.proc import Measured, measure


def find() -> str | None:
    """The newsboat binary, or None when it is not installed."""
    return shutil.which("newsboat")


def version(binary: str) -> str:
    """newsboat's version line."""
    out = subprocess.run([binary, "--version"], capture_output=True, text=True, check=False).stdout
    return out.splitlines()[0] if out else "newsboat"


class Newsboat:
    """A newsboat set-up in its own directory (HOME included), fed the farm's feed URLs."""

    def __init__(self, binary: str, folder: Path, urls: list[str], threads: int) -> None:
        self.binary = binary
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "home").mkdir(exist_ok=True)
        self.urls = folder / "urls"
        self.urls.write_text("\n".join(urls) + "\n", encoding="utf-8")
        self.config = folder / "config"
        self.config.write_text(f"reload-threads {threads}\ndownload-timeout 120\nshow-read-feeds yes\n",
                               encoding="utf-8")
        self.cache = folder / "cache.db"

    def fresh(self) -> None:
        """Forget the cache, as for a first start."""
        for path in self.folder.glob("cache.db*"):
            path.unlink()

    def reload(self) -> Measured:
        """One `newsboat -x reload` on the current cache; RuntimeError when it fails."""
        env = dict(os.environ, HOME=str(self.folder / "home"), XDG_CONFIG_HOME=str(self.folder / "home"),
                   XDG_DATA_HOME=str(self.folder / "home"), TERM=os.environ.get("TERM", "xterm"))
        env.pop("http_proxy", None)
        env.pop("https_proxy", None)
        run = measure([self.binary, "-u", str(self.urls), "-c", str(self.cache), "-C", str(self.config),
                       "-x", "reload"], env=env, cwd=self.folder)
        if run.returncode != 0:
            raise RuntimeError(f"newsboat failed (exit {run.returncode}): {run.stderr.strip()[-1000:]}")
        return run

    def items(self) -> int:
        """Items in the cache, to check that the reload read every feed."""
        import sqlite3

        with sqlite3.connect(self.cache) as db:
            return int(db.execute("SELECT count(*) FROM rss_item").fetchone()[0])
