"""The bundled demo corpus: invented outlets and the reports they publish over the demo's first minutes."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from datetime import datetime, timedelta
from importlib import resources


@dataclass(frozen=True)
class Outlet:
    """A demo news outlet, served as one RSS feed."""

    id: str
    name: str


@dataclass(frozen=True)
class Item:
    """One report: when it appears in its outlet's feed, and its text."""

    outlet: str
    slug: str
    title: str
    body: str
    delay: float
    days_ago: float

    @property
    def paragraphs(self) -> list[str]:
        """The body's paragraphs, one a line in the corpus."""
        return [p.strip() for p in self.body.strip().splitlines() if p.strip()]


@dataclass(frozen=True)
class Corpus:
    """Every outlet and item of the demo."""

    outlets: tuple[Outlet, ...]
    items: tuple[Item, ...]

    @property
    def duration(self) -> float:
        """Seconds from the start until the last item appears."""
        return max((i.delay for i in self.items), default=0.0)


def corpus_anchor(now: datetime) -> datetime:
    """The moment the items' `days_ago` count back from: the latest Sunday 18:00 (UTC) not after `now`.

    The reports name days of the week ("said on Thursday"), so their dates must
    fall on those days, or the attack would be placed in the wrong week.
    """
    anchor = now.replace(hour=18, minute=0, second=0, microsecond=0) - timedelta(days=(now.weekday() - 6) % 7)
    return anchor - timedelta(days=7) if anchor > now else anchor


def load_corpus() -> Corpus:
    """Read the corpus shipped as package data."""
    text = resources.files("monitor.demo").joinpath("corpus/corpus.toml").read_text(encoding="utf-8")
    data = tomllib.loads(text)
    outlets = tuple(Outlet(id=o["id"], name=o["name"]) for o in data["outlet"])
    items = tuple(
        Item(outlet=i["outlet"], slug=i["slug"], title=i["title"], body=i["body"], delay=float(i["delay"]),
             days_ago=float(i["days_ago"]))
        for i in data["item"]
    )
    return Corpus(outlets=outlets, items=items)
