"""The screens beside the main one: reader, feed health, chart, help, alert, search and filter."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.message import Message
from textual.screen import ModalScreen, Screen
from textual.widgets import DataTable, Footer, Input, OptionList, Static
from textual.widgets.option_list import Option

from monitor.keys_config import ACTIONS
from monitor.models import Alert
from monitor.store.store import FeedRow
from monitor.store.views import DayTotals, EntryFilter
from monitor.tui.data import Detail
from monitor.tui.render import chart, evidence_legend, feed_status, headline, local_time, reader_text, safe, when

if TYPE_CHECKING:
    from monitor.tui.app import MonitorApp

_BACK: list[BindingType] = [Binding("escape", "app.pop_screen", "Back", id="back")]


class ReaderScreen(Screen[None]):
    """The article text of one entry, with the evidence of each figure highlighted."""

    BINDINGS: ClassVar[list[BindingType]] = [
        *_BACK,
        Binding("j,down", "scroll('down')", "Down", show=False, id="down"),
        Binding("k,up", "scroll('up')", "Up", show=False, id="up"),
    ]

    def __init__(self, detail: Detail) -> None:
        super().__init__()
        self.detail = detail

    def compose(self) -> ComposeResult:
        """Header, legend, then the scrollable text."""
        row = self.detail.row
        head = Text()
        head.append(safe(row.title) or "(no title)", style="bold")
        head.append("\n")
        head.append(f"{safe(row.source)} · {local_time(row.sort_time, '%Y-%m-%d %H:%M')}", style="dim")
        if row.link:
            head.append("\n")
            head.append(safe(row.link), style="underline")
        figures = headline(row.drones, row.missiles, row.killed, row.injured) if row.is_attack_report else ""
        if figures:
            head.append("\n")
            head.append(figures + (" (marked wrong)" if row.wrong else ""), style="bold red")
        yield Static(head, id="reader-head")
        yield Static(evidence_legend(self.detail.report, self.detail.document), id="reader-legend")
        with VerticalScroll(id="reader-scroll"):
            body = reader_text(self.detail.document, self.detail.report)
            yield Static(body if body.plain.strip() else Text("No text was fetched for this entry.", style="dim"),
                         id="reader-body")
        yield Footer()

    def on_mount(self) -> None:
        """Scroll keys go to the text."""
        self.query_one("#reader-scroll").focus()
        self.query_one("#reader-scroll").border_title = "Reader"

    def action_scroll(self, direction: str) -> None:
        """Scroll the text a line."""
        scroll = self.query_one("#reader-scroll", VerticalScroll)
        if direction == "down":
            scroll.scroll_down(animate=False)
        else:
            scroll.scroll_up(animate=False)


class FeedsLoaded(Message):
    """The feed list for the health screen or the filter."""

    def __init__(self, feeds: list[FeedRow]) -> None:
        super().__init__()
        self.feeds = feeds


class HealthScreen(Screen[None]):
    """Per feed: last status, failures, last error, next poll and entries."""

    BINDINGS: ClassVar[list[BindingType]] = [*_BACK]

    def compose(self) -> ComposeResult:
        """A table of the feeds."""
        table: DataTable[Text] = DataTable(id="health", cursor_type="row", zebra_stripes=True)
        table.border_title = "Feed health"
        yield table
        yield Footer()

    def on_mount(self) -> None:
        """Load the feeds off the event loop."""
        table = self.query_one(DataTable)
        for label in ("Feed", "Status", "Last error", "Next poll", "Entries", "Fails", "Last poll"):
            table.add_column(Text(label), key=label)
        table.focus()
        app: MonitorApp = self.app  # type: ignore[assignment]
        self.run_worker(lambda: self.post_message(FeedsLoaded(app.data.feeds())), thread=True)

    def on_feeds_loaded(self, message: FeedsLoaded) -> None:
        """Fill the table."""
        table = self.query_one(DataTable)
        table.clear()
        for row in message.feeds:
            table.add_row(
                Text(safe(row.label)[:28]), feed_status(row), Text(safe(row.last_error)[:60], style="red"),
                Text(local_time(row.next_poll_at, "%m-%d %H:%M:%S")), Text(str(row.entries)),
                Text(str(row.consecutive_failures)), Text(local_time(row.last_polled_at, "%m-%d %H:%M:%S")),
                key=row.url,
            )


class ChartLoaded(Message):
    """The per-day totals for the chart."""

    def __init__(self, days: list[DayTotals]) -> None:
        super().__init__()
        self.days = days


class ChartView(Static):
    """Bars redrawn to fit whatever width the terminal gives."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.days: list[DayTotals] | None = None

    def render(self) -> Text:
        """The chart at the current width."""
        if self.days is None:
            return Text("Loading…", style="dim")
        return chart(self.days, self.size.width)


class ChartScreen(Screen[None]):
    """Attacks over time: drones and missiles launched per day."""

    BINDINGS: ClassVar[list[BindingType]] = [*_BACK]

    def compose(self) -> ComposeResult:
        """The chart in a scrollable frame."""
        with VerticalScroll(id="chart-scroll"):
            yield ChartView(id="chart")
        yield Footer()

    def on_mount(self) -> None:
        """Load the totals off the event loop."""
        self.query_one("#chart-scroll").border_title = "Drones and missiles launched per day"
        app: MonitorApp = self.app  # type: ignore[assignment]
        self.run_worker(lambda: self.post_message(ChartLoaded(app.data.daily_totals())), thread=True)

    def on_chart_loaded(self, message: ChartLoaded) -> None:
        """Draw."""
        view = self.query_one(ChartView)
        view.days = message.days
        view.refresh(layout=True)


def key_label(keys: str) -> str:
    """Keys as a person types them: "question_mark" as "?", "slash" as "/"."""
    names = {"question_mark": "?", "slash": "/", "escape": "Esc", "enter": "Enter", "down": "↓", "up": "↑"}
    return ", ".join(names.get(k, k) for k in keys.split(","))


class HelpScreen(ModalScreen[None]):
    """Every command with its current key."""

    BINDINGS: ClassVar[list[BindingType]] = [*_BACK, Binding("question_mark", "app.pop_screen", show=False)]

    def __init__(self, keys: dict[str, str]) -> None:
        super().__init__()
        self.keys = keys

    def compose(self) -> ComposeResult:
        """A key table."""
        table = Table(box=None, show_header=True, header_style="bold", pad_edge=False)
        table.add_column(Text("Key"), style="bold cyan", no_wrap=True)
        table.add_column(Text("Command"), style="bold")
        table.add_column(Text("What it does"))
        for action in ACTIONS:
            table.add_row(Text(key_label(self.keys[action.id])), Text(action.description), Text(action.help))
        table.add_row(Text("Tab"), Text("Next pane"), Text("move between the Feed and Alerts panes"))
        table.add_row(Text("Enter"), Text("Alert"), Text("in the Alerts pane: the alert in full, evidence and sources"))
        table.add_row(Text("ctrl+p"), Text("Palette"), Text("the command palette: every command by name"))
        with VerticalScroll(id="help"):
            yield Static(table)

    def on_mount(self) -> None:
        """Title the frame."""
        self.query_one("#help").border_title = Text("Keys (remap them in the [keys] table of config.toml)")


class AlertScreen(ModalScreen[None]):
    """One alert in full: what happened, what changed, the evidence sentence and the sources' links."""

    BINDINGS: ClassVar[list[BindingType]] = [*_BACK, Binding("enter", "app.pop_screen", show=False)]

    def __init__(self, alert: Alert) -> None:
        super().__init__()
        self.alert = alert

    def compose(self) -> ComposeResult:
        """The message, a line of text each, styled by what the line holds."""
        text = Text()
        lines = [safe(line) for line in self.alert.message.splitlines()]
        for n, line in enumerate(lines):
            style = "bold" if n == 0 else "italic" if line.startswith("“") else "dim" if line.startswith("- ") else ""
            text.append(line + "\n", style=style)
        with VerticalScroll(id="alert"):
            yield Static(text)

    def on_mount(self) -> None:
        """Title the frame with the rule and when it fired."""
        frame = self.query_one("#alert")
        frame.border_title = Text(f"{safe(self.alert.rule)} · {self.alert.severity} · "
                                  f"{when(self.alert.created_at, '%Y-%m-%d %H:%M')}")
        frame.border_subtitle = Text("Esc back")


class SearchScreen(ModalScreen[str | None]):
    """A one-line prompt for the full-text search."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "Cancel", id="back")]

    def __init__(self, query: str = "") -> None:
        super().__init__()
        self.query_text = query

    def compose(self) -> ComposeResult:
        """The input."""
        with Vertical(id="search-box"):
            yield Input(value=self.query_text, placeholder="words to find in titles and article text",
                        id="search-input")

    def on_mount(self) -> None:
        """Title the box."""
        self.query_one("#search-box").border_title = "Search"

    def on_input_submitted(self, event: Input.Submitted) -> None:
        """Search for what was typed."""
        self.dismiss(event.value.strip())

    def action_cancel(self) -> None:
        """Close without searching."""
        self.dismiss(None)


class FilterScreen(ModalScreen[EntryFilter | None]):
    """Choose what the Feed pane shows: everything, attack reports, unread, starred or one feed."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "Cancel", id="back")]

    CHOICES: ClassVar[list[tuple[str, EntryFilter]]] = [
        ("All entries", EntryFilter()),
        ("Attack reports", EntryFilter(attack_only=True)),
        ("Unread", EntryFilter(unread_only=True)),
        ("Starred", EntryFilter(starred_only=True)),
    ]

    def __init__(self, feeds: list[FeedRow]) -> None:
        super().__init__()
        self.choices = list(self.CHOICES)
        self.choices += [(f"Feed: {safe(f.label)[:50]}", EntryFilter(feed_url=f.url)) for f in feeds]

    def compose(self) -> ComposeResult:
        """The choices."""
        options = OptionList(*(Option(Text(label)) for label, _ in self.choices), id="filter-list")
        options.border_title = "Filter"
        yield options

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        """Apply the chosen filter."""
        self.dismiss(self.choices[event.option_index][1])

    def action_cancel(self) -> None:
        """Close without changing the filter."""
        self.dismiss(None)
