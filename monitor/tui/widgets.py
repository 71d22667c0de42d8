"""The main screen's panes: a paged entry list, the figures, the alerts and the status line.

Widgets hold what they were given and say what they need with messages; the
app's workers run the queries.
"""

from __future__ import annotations

from typing import ClassVar

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual.binding import Binding, BindingType
from textual.geometry import Region, Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from monitor.models import Alert
from monitor.store.views import PAGE_SIZE, EntryListRow
from monitor.tui.render import alert_line, entry_line


class EntryList(ScrollView, can_focus=True):
    """The Feed pane: a virtual list over the filtered entries, fetched a page at a time as it scrolls into view."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j,down", "cursor_down", "Down", show=False, id="down"),
        Binding("k,up", "cursor_up", "Up", show=False, id="up"),
        Binding("pagedown", "page_down", "Page down", show=False),
        Binding("pageup", "page_up", "Page up", show=False),
        Binding("home", "first", "First", show=False),
        Binding("end", "last", "Last", show=False),
    ]
    COMPONENT_CLASSES: ClassVar[set[str]] = {"entry-list--cursor", "entry-list--placeholder"}

    cursor: reactive[int] = reactive(0, always_update=True, init=False, repaint=False)

    class PageWanted(Message):
        """A page of rows is needed to draw the list."""

        def __init__(self, generation: int, page: int) -> None:
            super().__init__()
            self.generation = generation
            self.page = page

    class Highlighted(Message):
        """The cursor moved onto a row (None: the list is empty)."""

        def __init__(self, row: EntryListRow | None) -> None:
            super().__init__()
            self.row = row

    class Chosen(Message):
        """Enter on a row: open it in the reader."""

        def __init__(self, row: EntryListRow) -> None:
            super().__init__()
            self.row = row

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.total = 0
        self.generation = 0
        self._pages: dict[int, list[EntryListRow]] = {}
        self._pending: set[int] = set()
        self._last_highlight: int | None = None
        self._strips: dict[int, tuple[EntryListRow, int, bool, Strip]] = {}  # by entry id: row, width, cursor
        self._line_styles: tuple[Style, Style, Style] | None = None

    # ---------------------------------------------------------------- data in

    def reset(self, total: int, cursor: int | None = None, pages: dict[int, list[EntryListRow]] | None = None) -> int:
        """Take the list anew, as the list behind has changed, with any pages already read; returns the new generation.

        Drawn rows are kept: a row that comes back unchanged is not drawn again.
        """
        self.generation += 1
        self._pages = dict(pages or {})
        self._pending.clear()
        self.total = total
        self.virtual_size = Size(0, total)
        target = self.cursor if cursor is None else cursor
        self.cursor = max(0, min(target, total - 1)) if total else 0
        self.refresh()
        return self.generation

    def add_page(self, generation: int, page: int, rows: list[EntryListRow]) -> None:
        """Take a page fetched by a worker, unless the list has changed since it was asked for."""
        if generation != self.generation:
            return
        self._pages[page] = rows
        self._pending.discard(page)
        self.refresh()
        if self.cursor // PAGE_SIZE == page:
            self._announce()

    def replace_row(self, row: EntryListRow) -> None:
        """Swap in a fresh copy of a cached row (after read, star or wrong changed)."""
        for rows in self._pages.values():
            for i, old in enumerate(rows):
                if old.id == row.id:
                    rows[i] = row
                    self.refresh()
                    if self.selected and self.selected.id == row.id:
                        self._last_highlight = None
                        self._announce()
                    return

    def row_at(self, index: int) -> EntryListRow | None:
        """The row at an index if its page is loaded; asks for the page otherwise."""
        if not 0 <= index < self.total:
            return None
        page, offset = divmod(index, PAGE_SIZE)
        rows = self._pages.get(page)
        if rows is None:
            if page not in self._pending:
                self._pending.add(page)
                self.post_message(self.PageWanted(self.generation, page))
            return None
        return rows[offset] if offset < len(rows) else None

    @property
    def selected(self) -> EntryListRow | None:
        """The row under the cursor, when loaded."""
        return self.row_at(self.cursor) if self.total else None

    # ---------------------------------------------------------------- drawing

    def render_lines(self, crop: Region) -> list[Strip]:
        """Draw the lines in `crop`, with the styles looked up once for all of them."""
        self._line_styles = None
        return super().render_lines(crop)

    def notify_style_update(self) -> None:
        """Styles changed (focus, theme): the drawn lines are stale."""
        super().notify_style_update()
        self._strips.clear()
        self._line_styles = None

    def _styles(self) -> tuple[Style, Style, Style]:
        """The base, cursor and placeholder styles of this drawing."""
        if self._line_styles is None:
            self._line_styles = (self.rich_style, self.get_component_rich_style("entry-list--cursor"),
                                 self.get_component_rich_style("entry-list--placeholder"))
        return self._line_styles

    def render_line(self, y: int) -> Strip:
        """Draw one visible line from the cached pages; a row drawn before is not drawn again."""
        _scroll_x, scroll_y = self.scroll_offset
        index = scroll_y + y
        width = self.size.width
        base, cursor_style, placeholder = self._styles()
        if index >= self.total:
            return Strip.blank(width, base)
        row = self.row_at(index)
        if row is None:
            return Strip([Segment("…".ljust(width), base + placeholder)], width)
        is_cursor = index == self.cursor
        cached = self._strips.get(row.id)
        if cached is not None and cached[1] == width and cached[2] == is_cursor and cached[0] == row:
            return cached[3]
        text = entry_line(row, width)
        if is_cursor:
            text.stylize(cursor_style)
        strip = Strip(list(text.render(self.app.console)), text.cell_len)
        strip = strip.crop_extend(0, width, base).apply_style(Style() if is_cursor else base)
        if len(self._strips) > 4 * PAGE_SIZE:
            self._strips.clear()
        self._strips[row.id] = (row, width, is_cursor, strip)
        return strip

    # ---------------------------------------------------------------- cursor

    def watch_cursor(self, old: int, new: int) -> None:
        """Keep the cursor in view, redraw the two rows it left and reached, and tell the app which row is selected.

        The scroll is immediate, so that a key that scrolls is drawn in one frame, not two.
        """
        scrolled = self.scroll_to_region(Region(0, new, 1, 1), animate=False, force=True, immediate=True)
        if not scrolled:  # a scroll redraws the whole list by itself
            self.refresh_line(old)
            self.refresh_line(new)
        self._announce()

    def _announce(self) -> None:
        row = self.selected
        key = row.id if row else None
        if row is None and self.total:
            return
        if key != self._last_highlight or row is None:
            self._last_highlight = key
            self.post_message(self.Highlighted(row))

    def on_resize(self) -> None:
        """Keep the virtual size in step with the width."""
        self.virtual_size = Size(0, self.total)

    def action_cursor_down(self) -> None:
        """Next entry."""
        if self.cursor < self.total - 1:
            self.cursor += 1

    def action_cursor_up(self) -> None:
        """Previous entry."""
        if self.cursor > 0:
            self.cursor -= 1

    def action_page_down(self) -> None:
        """One screen down."""
        self.cursor = min(self.cursor + max(self.size.height - 1, 1), max(self.total - 1, 0))

    def action_page_up(self) -> None:
        """One screen up."""
        self.cursor = max(self.cursor - max(self.size.height - 1, 1), 0)

    def action_first(self) -> None:
        """Newest entry."""
        self.cursor = 0

    def action_last(self) -> None:
        """Oldest entry."""
        self.cursor = max(self.total - 1, 0)

    def on_click(self, event: object) -> None:
        """Select the clicked row."""
        offset = getattr(event, "y", None)
        if offset is not None:
            index = self.scroll_offset.y + int(offset)
            if 0 <= index < self.total:
                self.cursor = index

    def action_choose(self) -> None:
        """Open the selected row."""
        row = self.selected
        if row is not None:
            self.post_message(self.Chosen(row))


class AlertsList(OptionList):
    """The Alerts pane: newest first, unacknowledged ones marked and bold."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j,down", "cursor_down", "Down", show=False, id="down"),
        Binding("k,up", "cursor_up", "Up", show=False, id="up"),
    ]

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.alerts: list[Alert] = []

    def show(self, alerts: list[Alert]) -> None:
        """Replace the list, keeping the highlighted alert where it still exists."""
        keep = self.current_alert.id if self.current_alert else None
        self.alerts = alerts
        self.clear_options()
        if not alerts:
            self.add_option(Option(Text("No alerts yet.", style="dim"), disabled=True))
            return
        self.add_options([Option(alert_line(a), id=str(a.id)) for a in alerts])
        ids = [a.id for a in alerts]
        self.highlighted = ids.index(keep) if keep in ids else 0

    @property
    def current_alert(self) -> Alert | None:
        """The highlighted alert."""
        if self.highlighted is None or not self.alerts or self.highlighted >= len(self.alerts):
            return None
        return self.alerts[self.highlighted]


class StatusLine(Static):
    """The status line: last cycle, feeds ok and failing, next poll, progress, key hints."""
