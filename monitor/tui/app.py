"""The Textual app: Feed, Figures and Alerts panes over the store, with the poller in a child process.

A thread waits on each pipeline cycle, which runs in a child process (see
poller.py) and reports progress by message; panes read the store in short
worker threads a page at a time, so the event loop only ever draws and answers keys.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any, ClassVar, Literal
from urllib.parse import urlsplit

from rich.text import Text
from textual import on
from textual.app import App, ComposeResult, SystemCommand
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.message import Message
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Footer, Static

from monitor.config import Config
from monitor.keys_config import ACTIONS, keys_from_config
from monitor.models import Alert
from monitor.store import Store
from monitor.store.store import FeedRow
from monitor.store.views import PAGE_SIZE, EntryFilter, EntryListRow
from monitor.tui.data import DataSource, Detail, Status
from monitor.tui.poller import CycleFailed, ProcessRunner
from monitor.tui.render import figures_view, safe, when
from monitor.tui.screens import (
    AlertScreen,
    ChartScreen,
    FilterScreen,
    HealthScreen,
    HelpScreen,
    ReaderScreen,
    SearchScreen,
)
from monitor.tui.widgets import AlertsList, EntryList, StatusLine

#: Runs one pipeline cycle: (config, store, all_feeds, progress) -> summary. The seam tests replace.
CycleRunner = Callable[..., Any]


def pipeline_runner(cfg: Config, store: Store, *, all_feeds: bool, progress: Callable[[str, dict], None]) -> Any:
    """One cycle of the real pipeline."""
    from monitor.pipeline import run_once

    return run_once(cfg, store, all_feeds=all_feeds, progress=progress)


# ------------------------------------------------------------------ messages from workers
# Dataclasses only for their __init__: eq=False and repr=False keep Message's own equality, hashing and repr.


@dataclass(eq=False, repr=False)
class ListReady(Message):
    """The filtered list has `total` rows; put the cursor at `cursor`, with the pages around it already read.

    `asked_at` is where the cursor stood when the reload was asked for, so that
    keys pressed meanwhile still count.
    """

    flt: EntryFilter
    total: int
    cursor: int | None
    asked_at: int
    pages: dict[int, list[EntryListRow]]


@dataclass(eq=False, repr=False)
class PageLoaded(Message):
    """A page of the entry list."""

    generation: int
    page: int
    rows: list[EntryListRow]


@dataclass(eq=False, repr=False)
class DetailLoaded(Message):
    """What the Figures pane shows for the selected entry."""

    entry_id: int
    detail: Detail | None


@dataclass(eq=False, repr=False)
class AlertsLoaded(Message):
    """The Alerts pane's list."""

    alerts: list[Alert]
    unacknowledged: int


@dataclass(eq=False, repr=False)
class StatusLoaded(Message):
    """Feed counts and times."""

    status: Status


@dataclass(eq=False, repr=False)
class CycleProgress(Message):
    """A progress event of the running cycle ("feed", "article", "report", "cycle")."""

    name: str
    details: dict[str, Any]


@dataclass(eq=False, repr=False)
class CycleDone(Message):
    """The cycle ended, with its summary or the error that stopped it."""

    summary: Any
    error: str = ""


@dataclass(eq=False, repr=False)
class OpenReader(Message):
    """A detail loaded for the reader."""

    detail: Detail


@dataclass(eq=False, repr=False)
class Notice(Message):
    """Something for the user to read in a toast."""

    text: str
    severity: str = "information"


@dataclass(eq=False, repr=False)
class RowChanged(Message):
    """An entry's marks changed; redraw its row."""

    row: EntryListRow


@dataclass(eq=False, repr=False)
class FeedsForFilter(Message):
    """The feeds to offer in the filter screen."""

    feeds: list[FeedRow]


def _binding(action_id: str, action: str, show: bool = False) -> Binding:
    spec = next(a for a in ACTIONS if a.id == action_id)
    return Binding(spec.keys, action, spec.description, show=show, id=action_id)


class MonitorApp(App[int]):
    """monitor's terminal UI."""

    TITLE = "monitor"
    CSS_PATH = "app.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [
        _binding("open", "open", show=True),
        _binding("back", "back"),
        _binding("read", "toggle_read", show=True),
        _binding("star", "toggle_star", show=True),
        _binding("acknowledge", "acknowledge"),
        _binding("wrong", "mark_wrong"),
        _binding("search", "search", show=True),
        _binding("filter", "filter", show=True),
        _binding("poll", "poll_now", show=True),
        _binding("open_link", "open_link"),
        _binding("chart", "chart"),
        _binding("health", "health"),
        _binding("help", "help", show=True),
        _binding("quit", "quit", show=True),
    ]

    def __init__(self, cfg: Config, *, runner: CycleRunner | Literal["default"] | None = "default",
                 autopoll: bool = True, keys: dict[str, str] | None = None) -> None:
        super().__init__()
        self.cfg = cfg
        if runner == "default":
            # A config read from a file can be handed to a child process; one built in memory cannot.
            runner = ProcessRunner() if cfg.source is not None else pipeline_runner
        self.runner = runner
        self.autopoll = autopoll
        self.keys = keys if keys is not None else keys_from_config(cfg.raw)
        self.data: DataSource = DataSource(cfg.storage.path)
        self.filter = EntryFilter()
        self.selected_id: int | None = None
        self.detail: Detail | None = None
        self.status: Status | None = None
        self.alerts: list[Alert] = []
        self.unacknowledged = 0
        self.cycle_thread: threading.Thread | None = None
        self.cycle_feeds_done = 0
        self.last_summary: Any = None
        self.last_error = ""
        self._list_dirty = False
        self._status_dirty = False
        self._poll_timer: Timer | None = None
        self._frozen = False

    # ------------------------------------------------------------------ layout

    def compose(self) -> ComposeResult:
        """Feed on top (left when wide), Figures and Alerts below (right), then status and footer."""
        with Horizontal(id="body"):
            yield EntryList(id="feed")
            with Vertical(id="side"):
                with VerticalScroll(id="figures"):
                    yield Static(Text("No entry selected.", style="dim"), id="figures-body")
                yield AlertsList(id="alerts")
        yield StatusLine(id="status")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        """Apply the key map, title the panes, load the first page and start polling."""
        changed = {a.id: self.keys[a.id] for a in ACTIONS if self.keys[a.id] != a.keys}
        if changed:
            self.set_keymap(changed)
        self.query_one("#feed").border_title = "Feed"
        self.query_one("#figures").border_title = "Figures"
        self.query_one("#alerts").border_title = "Alerts"
        self.query_one("#figures").can_focus = False
        self.query_one(EntryList).focus()
        self._apply_layout()
        self.reload_list()
        self.reload_alerts()
        self.reload_status()
        self.set_interval(0.5, self._flush_dirty)
        if self.autopoll and self.runner is not None:
            self.start_cycle(all_feeds=False)

    def on_resize(self) -> None:
        """Side by side in a wide terminal, stacked in a narrow one."""
        self._apply_layout()

    def _apply_layout(self) -> None:
        self.screen.set_class(self.size.width >= 120, "wide")

    def on_unmount(self) -> None:
        """Stop a running cycle's process and close the app's connection."""
        stop = getattr(self.runner, "stop", None)
        if stop is not None:
            stop()
        self.data.close()

    # ------------------------------------------------------------------ workers

    def _thread(self, work: Callable[[], object], group: str) -> None:
        self.run_worker(work, thread=True, group=group, exit_on_error=False)

    def reload_list(self, keep_id: int | None = None) -> None:
        """Recount the filtered list, find the selected entry again and read the pages around it, off the event loop.

        The list swaps in the new pages at once, so the rows on screen are never
        blanks waiting for a page while the list refreshes.
        """
        flt = self.filter
        keep = keep_id if keep_id is not None else self.selected_id
        feed = self.query_one(EntryList)
        asked_at, reach = feed.cursor, max(feed.size.height, 1)

        def work() -> None:
            total = self.data.count(flt)
            cursor = self.data.position(flt, keep)
            at = asked_at if cursor is None else cursor
            wanted = range(max(at - reach, 0) // PAGE_SIZE, min(at + reach, max(total - 1, 0)) // PAGE_SIZE + 1)
            pages = {page: self.data.page(flt, page) for page in wanted} if total else {}
            self.post_message(ListReady(flt, total, cursor, asked_at, pages))

        self._thread(work, "list")

    def reload_alerts(self) -> None:
        """Reload the Alerts pane off the event loop."""

        def work() -> None:
            alerts, unack = self.data.alerts()
            self.post_message(AlertsLoaded(alerts, unack))

        self._thread(work, "alerts")

    def reload_status(self) -> None:
        """Reload the status line's figures off the event loop."""
        self._thread(lambda: self.post_message(StatusLoaded(self.data.status())), "status")

    def reload_detail(self, entry_id: int) -> None:
        """Load the selected entry's figures off the event loop."""
        self._thread(lambda: self.post_message(DetailLoaded(entry_id, self.data.detail(entry_id))), "detail")

    def _flush_dirty(self) -> None:
        """Show what the running cycle changed, twice a second, so that its progress costs few frames."""
        if self._status_dirty:
            self._status_dirty = False
            self._render_status()
        if self._list_dirty:
            self._list_dirty = False
            self.reload_list()

    # ------------------------------------------------------------------ list

    @on(ListReady)
    def _list_ready(self, message: ListReady) -> None:
        if message.flt != self.filter:
            return
        feed = self.query_one(EntryList)
        cursor = message.cursor
        if cursor is not None and feed.cursor != message.asked_at:
            cursor += feed.cursor - message.asked_at  # keys pressed while the list was read
        feed.reset(message.total, cursor, message.pages)
        if not self._frozen:
            self._frozen = True
            self.call_after_refresh(_freeze_heap)
        title = Text("Feed")
        if self.filter.label:
            title.append(f" ({safe(self.filter.label)})")
        title.append(f" {message.total}", style="dim")
        feed.border_title = title
        if message.total == 0:
            self.selected_id = None
            self._show_detail(None)

    @on(EntryList.PageWanted)
    def _page_wanted(self, message: EntryList.PageWanted) -> None:
        flt = self.filter
        self._thread(lambda: self.post_message(
            PageLoaded(message.generation, message.page, self.data.page(flt, message.page))), "page")

    @on(PageLoaded)
    def _page_loaded(self, message: PageLoaded) -> None:
        self.query_one(EntryList).add_page(message.generation, message.page, message.rows)

    @on(EntryList.Highlighted)
    def _highlighted(self, message: EntryList.Highlighted) -> None:
        row = message.row
        self.selected_id = row.id if row else None
        if row is None:
            self._show_detail(None)
            return
        self.reload_detail(row.id)

    @on(DetailLoaded)
    def _detail_loaded(self, message: DetailLoaded) -> None:
        if message.entry_id == self.selected_id:
            self._show_detail(message.detail)

    def _show_detail(self, detail: Detail | None) -> None:
        if detail is not None and detail == self.detail:
            return
        self.detail = detail
        body = self.query_one("#figures-body", Static)
        if detail is None:
            body.update(figures_view(None, None, None))
        else:
            body.update(figures_view(detail.row, detail.report, detail.event, detail.feed_names))

    @property
    def selected_row(self) -> EntryListRow | None:
        """The entry the commands act on: the reader's, else the Feed pane's selection."""
        if isinstance(self.screen, ReaderScreen):
            return self.screen.detail.row
        return self.query_one(EntryList).selected

    # ------------------------------------------------------------------ alerts and status

    @on(AlertsLoaded)
    def _alerts_loaded(self, message: AlertsLoaded) -> None:
        self.alerts, self.unacknowledged = message.alerts, message.unacknowledged
        pane = self.query_one(AlertsList)
        pane.show(message.alerts)
        title = Text("Alerts")
        if message.unacknowledged:
            title.append(f" {message.unacknowledged} new", style="bold red")
        pane.border_title = title
        pane.set_class(message.unacknowledged > 0, "unacknowledged")

    @on(AlertsList.OptionSelected, "#alerts")
    def _alert_selected(self, event: AlertsList.OptionSelected) -> None:
        event.stop()
        alert = self.query_one(AlertsList).current_alert
        if alert is not None:
            self.push_screen(AlertScreen(alert))

    @on(StatusLoaded)
    def _status_loaded(self, message: StatusLoaded) -> None:
        self.status = message.status
        self._render_status()

    def _render_status(self) -> None:
        status = self.status
        text = Text(no_wrap=True, overflow="ellipsis")
        if self.cycle_thread is not None:
            text.append(f"polling… {self.cycle_feeds_done} feeds done", style="bold yellow")
        elif self.last_error:
            text.append(f"cycle failed: {safe(self.last_error)[:50]}", style="bold red")
        elif status is not None:
            text.append(f"last cycle {when(status.last_cycle)}")
        if status is not None:
            text.append(" · ")
            text.append(f"{status.ok} ok", style="green")
            text.append(", ")
            text.append(f"{status.failing} failing", style="bold red" if status.failing else "")
            text.append(f" of {status.feeds} feeds · next poll {when(status.next_due)}")
        text.append("  ? help", style="dim")
        self.query_one(StatusLine).update(text, layout=False)  # one line, as wide as the screen

    # ------------------------------------------------------------------ poller

    def start_cycle(self, *, all_feeds: bool) -> bool:
        """Run one pipeline cycle on its own thread and connection; False when one is already running.

        A daemon thread rather than a worker so that quitting never waits for a
        slow feed to time out.
        """
        if self.cycle_thread is not None or self.runner is None:
            return False
        if self._poll_timer is not None:
            self._poll_timer.stop()
            self._poll_timer = None
        self.cycle_feeds_done = 0
        runner, cfg = self.runner, self.cfg

        def progress(name: str, details: dict[str, Any]) -> None:
            self.post_message(CycleProgress(name, dict(details)))

        def work() -> None:
            try:
                with Store(cfg.storage.path) as store:
                    summary = runner(cfg, store, all_feeds=all_feeds, progress=progress)
            except CycleFailed as exc:
                self.post_message(CycleDone(None, str(exc)))
            except Exception as exc:  # the UI must outlive a failed cycle; the error is shown
                self.post_message(CycleDone(None, f"{type(exc).__name__}: {exc}"))
            else:
                self.post_message(CycleDone(summary))

        self.cycle_thread = threading.Thread(target=work, name="monitor-cycle", daemon=True)
        self.cycle_thread.start()
        self._render_status()
        return True

    @on(CycleProgress)
    def _cycle_progress(self, message: CycleProgress) -> None:
        if message.name == "feed":
            self.cycle_feeds_done += 1
            if message.details.get("new_entries"):
                self._list_dirty = True
            self._status_dirty = True
        elif message.name == "report":
            self._list_dirty = True
            if message.details.get("entry_id") == self.selected_id and self.selected_id is not None:
                self.reload_detail(self.selected_id)
        elif message.name == "cycle":
            self._list_dirty = True
            self.reload_alerts()

    @on(CycleDone)
    def _cycle_done(self, message: CycleDone) -> None:
        self.cycle_thread = None
        self.last_summary = message.summary
        self.last_error = message.error
        if message.error:
            self.notify(safe(message.error), title="Cycle failed", severity="error", markup=False)
        self._list_dirty = False
        self.reload_list()
        self.reload_alerts()
        self.reload_status()
        if self.selected_id is not None:
            self.reload_detail(self.selected_id)
        if self.autopoll:
            self._schedule_next()

    def _schedule_next(self) -> None:
        def work() -> None:
            self.post_message(StatusLoaded(self.data.status()))

        self._thread(work, "status")
        wait = self.cfg.poll.interval
        status = self.status
        if status is not None and status.next_due is not None:
            wait = (status.next_due - datetime.now(UTC)).total_seconds()
        wait = min(max(wait, 1.0), self.cfg.poll.interval)
        self._poll_timer = self.set_timer(wait, lambda: self.start_cycle(all_feeds=False))

    # ------------------------------------------------------------------ actions

    def action_open(self) -> None:
        """Open the reader on the selected entry (and mark it read)."""
        row = self.query_one(EntryList).selected
        if row is None or not isinstance(self.screen, Screen) or self.screen is not self.screen_stack[0]:
            return
        entry_id = row.id

        def work() -> None:
            if not row.read:
                self.data.set_read(entry_id, True)
            detail = self.data.detail(entry_id)
            if detail is not None:
                self.post_message(OpenReader(detail))

        self._thread(work, "reader")

    @on(OpenReader)
    def _open_reader(self, message: OpenReader) -> None:
        self.push_screen(ReaderScreen(message.detail))
        self.query_one(EntryList).replace_row(message.detail.row)

    @on(EntryList.Chosen)
    def _chosen(self, message: EntryList.Chosen) -> None:
        self.action_open()

    async def action_back(self) -> None:
        """Leave a screen; on the main screen, clear the search and filter."""
        if len(self.screen_stack) > 1:
            self.pop_screen()
        elif self.filter != EntryFilter():
            self.set_filter(EntryFilter())

    def set_filter(self, flt: EntryFilter) -> None:
        """Show the entries a filter lets through."""
        self.filter = flt
        self.reload_list()

    def _change_row(self, change: Callable[[EntryListRow], str | None]) -> None:
        """Apply a write to the selected entry in a worker, then refresh its row everywhere."""
        row = self.selected_row
        if row is None:
            return

        def work() -> None:
            problem = change(row)
            if problem:
                self.post_message(Notice(problem, "warning"))
            detail = self.data.detail(row.id)
            if detail is not None:
                self.post_message(DetailLoaded(row.id, detail))
                self.post_message(RowChanged(detail.row))

        self._thread(work, "write")

    def action_toggle_read(self) -> None:
        """Mark the selected entry read or unread."""
        self._change_row(lambda row: self.data.set_read(row.id, not row.read))

    def action_toggle_star(self) -> None:
        """Star or unstar the selected entry."""
        self._change_row(lambda row: self.data.set_starred(row.id, not row.starred))

    def action_mark_wrong(self) -> None:
        """Flag (or unflag) the selected report's figures as wrong."""

        def change(row: EntryListRow) -> str | None:
            if not self.data.set_wrong(row.id, not row.wrong):
                return "Only an extracted report can be marked wrong."
            return None

        self._change_row(change)

    @on(Notice)
    def _notice(self, message: Notice) -> None:
        self.notify(message.text, severity=message.severity, markup=False)  # type: ignore[arg-type]

    def action_acknowledge(self) -> None:
        """Acknowledge the highlighted alert in the Alerts pane, else the newest unacknowledged one."""
        pane = self.query_one(AlertsList)
        alert = pane.current_alert if pane.has_focus else None
        if alert is None or alert.acknowledged:
            alert = next((a for a in self.alerts if not a.acknowledged), None)
        if alert is None or alert.id is None:
            self.notify("No alert to acknowledge.", markup=False)
            return
        alert_id = alert.id

        def work() -> None:
            self.data.acknowledge(alert_id)
            alerts, unack = self.data.alerts()
            self.post_message(AlertsLoaded(alerts, unack))

        self._thread(work, "alerts")

    def action_search(self) -> None:
        """Ask for words and show the entries that contain them."""

        def done(query: str | None) -> None:
            if query is not None:
                self.set_filter(replace(self.filter, search=query or None))

        self.push_screen(SearchScreen(self.filter.search or ""), done)

    def action_filter(self) -> None:
        """Choose a filter: attack reports, unread, starred or one feed."""

        def work() -> None:
            self.post_message(FeedsForFilter(self.data.feeds()))

        self._thread(work, "feeds")

    @on(RowChanged)
    def _row_changed(self, message: RowChanged) -> None:
        self.query_one(EntryList).replace_row(message.row)

    @on(FeedsForFilter)
    def _feeds_for_filter(self, message: FeedsForFilter) -> None:
        def done(flt: EntryFilter | None) -> None:
            if flt is not None:
                self.set_filter(flt)

        self.push_screen(FilterScreen(message.feeds), done)

    def action_poll_now(self) -> None:
        """Poll every feed now."""
        if not self.start_cycle(all_feeds=True):
            self.notify("A cycle is already running.", markup=False)

    def action_open_link(self) -> None:
        """Open the entry's link in the browser, only when it is http or https."""
        row = self.selected_row
        if row is None:
            return
        link = safe(row.link)
        if urlsplit(link).scheme.lower() not in ("http", "https") or not urlsplit(link).netloc:
            self.notify("Only http and https links are opened.", severity="warning", markup=False)
            return
        self.open_url(link)

    def action_chart(self) -> None:
        """Show drones and missiles launched per day."""
        if not isinstance(self.screen, ChartScreen):
            self.push_screen(ChartScreen())

    def action_health(self) -> None:
        """Show the state of every feed."""
        if not isinstance(self.screen, HealthScreen):
            self.push_screen(HealthScreen())

    def action_help(self) -> None:
        """Show every key."""
        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.keys))

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        """The command palette: Textual's own commands and every monitor command by name."""
        yield from super().get_system_commands(screen)
        for action in ACTIONS:
            method = getattr(self, f"action_{_ACTION_METHODS.get(action.id, '')}", None)
            if method is not None:
                yield SystemCommand(action.description, action.help, method)


def _freeze_heap() -> None:
    """Leave the objects of start-up (modules, classes, the widgets) out of every later garbage collection.

    A full collection walked all of them, some 40 ms of CPU every few seconds
    while a cycle's progress kept the TUI allocating: a key pressed then waited.
    """
    gc.collect()
    gc.freeze()


_ACTION_METHODS = {
    "open": "open", "read": "toggle_read", "star": "toggle_star", "acknowledge": "acknowledge",
    "wrong": "mark_wrong", "search": "search", "filter": "filter", "poll": "poll_now", "open_link": "open_link",
    "chart": "chart", "health": "health", "help": "help", "quit": "quit",
}


def run_app(cfg: Config, **kwargs: Any) -> int:
    """Open the TUI on the configured feeds and database; returns the exit code."""
    from monitor.fetch.workers import ensure_worker_support

    ensure_worker_support()  # while sys.stderr is still the terminal, not Textual's capture
    app = MonitorApp(cfg, **kwargs)
    result = app.run()
    return int(result or 0)
