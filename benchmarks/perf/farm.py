"""The feed farm: N RSS 2.0 feeds of M items each, every item linking a real article page, in a temp dir.

The feeds' titles and descriptions are synthetic, written here at run time; the
pages are the real ones from ../shared/fixtures/real/articles/, decompressed
into the farm, so no third-party text is copied into the repository.
"""

from __future__ import annotations

import gzip
import os
import random
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path
from xml.sax.saxutils import escape

_PLACES = ("Kyiv", "Kharkiv", "Odesa", "Lviv", "Dnipro", "Zaporizhzhia", "Sumy", "Poltava", "Mykolaiv", "Lutsk")
_TOPICS = ("grain exports", "the central bank", "energy prices", "a football final", "rail timetables",
           "a film festival", "school repairs", "the harvest", "a bridge opening", "port traffic")


def shared_dir() -> Path | None:
    """The shared fixtures: $MONITOR_SHARED, else the checkout's sibling ../shared; None when absent."""
    env = os.environ.get("MONITOR_SHARED")
    candidates = [Path(env)] if env else []
    candidates.append(Path(__file__).resolve().parents[3] / "shared")
    for path in candidates:
        if (path / "fixtures" / "real" / "articles").is_dir():
            return path
    return None


def article_pages(shared: Path) -> list[bytes]:
    """The real article pages (HTML bytes), in a fixed order."""
    folder = shared / "fixtures" / "real" / "articles"
    return [gzip.decompress(p.read_bytes()) for p in sorted(folder.glob("*.html.gz"))]


def _description(rng: random.Random, i: int) -> str:
    """A synthetic item description: one in five reads like an attack report, the rest like other news."""
    place = rng.choice(_PLACES)
    if i % 5 == 0:
        drones = rng.randrange(40, 600)
        return (f"Russia launched {drones} drones and {rng.randrange(0, 40)} missiles at Ukraine overnight, "
                f"the air force said. Air defences shot down {drones - rng.randrange(5, 40)} drones. "
                f"{rng.randrange(1, 9)} people were injured in {place}, officials said.")
    return (f"Officials in {place} said on Tuesday that work on {rng.choice(_TOPICS)} would go on "
            f"through the autumn, with {rng.randrange(2, 90)} projects planned and a review due next month.")


def rss(feed: int, items: int, base: str, when: datetime, rng: random.Random) -> str:
    """One RSS 2.0 feed whose items link the farm's pages under /a/<feed>/<item>.html."""
    parts = [
        '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>',
        f"<title>Farm feed {feed}</title><link>{base}/</link><description>Synthetic benchmark feed</description>",
    ]
    for item in range(items):
        pub = format_datetime(when - timedelta(minutes=7 * item + feed), usegmt=True)
        parts.append(
            f"<item><title>Report {item} of feed {feed}: {escape(rng.choice(_PLACES))}</title>"
            f"<link>{base}/a/{feed}/{item}.html</link><guid isPermaLink=\"false\">farm-{feed}-{item}</guid>"
            f"<pubDate>{pub}</pubDate><description>{escape(_description(rng, item))}</description></item>"
        )
    parts.append("</channel></rss>\n")
    return "".join(parts)


@dataclass
class Farm:
    """A generated farm on disk: its root (served as the document root) and what it holds."""

    root: Path
    feeds: int
    items: int
    pages: int
    base: str = ""
    feed_paths: list[str] = field(default_factory=list)

    def feed_urls(self, count: int | None = None) -> list[str]:
        """Absolute URLs of the first `count` feeds (all by default)."""
        return [self.base + p for p in self.feed_paths[: count if count is not None else self.feeds]]

    def article_urls(self, feeds: int | None = None) -> list[str]:
        """Absolute URLs of the pages the items of the first `feeds` feeds link."""
        n = self.feeds if feeds is None else feeds
        return [f"{self.base}/a/{f}/{i}.html" for f in range(n) for i in range(self.items)]


def build(root: Path, shared: Path, feeds: int, items: int, base: str) -> Farm:
    """Write pages, per-item links (symlinks to pages) and feeds under `root` for a server at `base`."""
    pages = article_pages(shared)
    (root / "p").mkdir(parents=True)
    for k, html in enumerate(pages):
        (root / "p" / f"{k}.html").write_bytes(html)
    rng = random.Random(6)
    when = datetime(2025, 8, 21, 6, 0, tzinfo=UTC)
    farm = Farm(root=root, feeds=feeds, items=items, pages=len(pages), base=base)
    (root / "f").mkdir()
    for f in range(feeds):
        folder = root / "a" / str(f)
        folder.mkdir(parents=True)
        for i in range(items):
            (folder / f"{i}.html").symlink_to(Path("..", "..", "p", f"{(f * items + i) % len(pages)}.html"))
        path = f"/f/{f}.xml"
        (root / path.lstrip("/")).write_text(rss(f, items, base, when, rng), encoding="utf-8")
        farm.feed_paths.append(path)
    return farm
