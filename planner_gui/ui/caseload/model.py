"""The citizen table model: a SQL-backed, lazily fetched QAbstractTableModel over plain rows.

The model never holds every citizen. It asks a *source* for one page at a time (``fetch(offset, limit, sort, desc)``,
one set-based query per page, see :mod:`planner_gui.services.citizens`) and Qt's views call :meth:`fetchMore` as the
user scrolls towards the end. Sorting by a column re-queries in SQL. Rows are frozen
:class:`~planner_gui.services.citizens.CitizenRow` values, never ORM objects.
"""

from __future__ import annotations

import datetime as dt
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from planner_gui.domain.codes import TARGET_GROUP_LABELS
from planner_gui.domain.dates import format_date
from planner_gui.services.citizens import PAGE_SIZE, SORT_KEYS, CitizenRow
from planner_gui.ui.collation import sort_key
from planner_gui.ui.colors import ON_LIGHT
from planner_gui.ui.i18n import translated

Fetch = Callable[[int, int, str, bool], list[CitizenRow]]

COL_NAME, COL_CPR, COL_GROUP, COL_COORDINATOR, COL_MEETING, COL_MEASURED = range(6)
ID_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
STALE_ROLE = Qt.ItemDataRole.UserRole + 3
DEFAULT_STALE_DAYS = 90
DANISH_SORTED = ("name", "target_group", "coordinator")  # text columns: sorted in Danish order when all are loaded
STALE_BRUSH = QBrush(QColor(255, 236, 204))  # light amber: readable in light themes, not alarming
ON_LIGHT_BRUSH = QBrush(QColor(ON_LIGHT))


@dataclass
class _Empty:
    """A source that returns nothing (the model before a query is set)."""

    def __call__(self, offset: int, limit: int, sort: str, descending: bool) -> list[CitizenRow]:
        return []


class CitizenTableModel(QAbstractTableModel):
    """Columns: name, CPR, current target group, coordinating caseworker, next meeting, days since measured."""

    loaded = Signal(int)  # number of rows now loaded, after a reset or a page
    query_time_ms = Signal(float)

    def __init__(
        self,
        fetch: Fetch | None = None,
        *,
        today: dt.date | None = None,
        stale_days: int = DEFAULT_STALE_DAYS,
        page_size: int = PAGE_SIZE,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._fetch: Fetch = fetch or _Empty()
        self._rows: list[CitizenRow] = []
        self._more = False
        self._sort = "name"
        self._descending = False
        self._page_size = page_size
        self._today = today
        self.stale_days = stale_days
        self.last_query_ms = 0.0
        self._fetching = False

    # -- configuration

    @property
    def today(self) -> dt.date:
        return self._today or dt.date.today()

    def headers(self) -> list[str]:
        return [
            self.tr("Navn"),
            self.tr("CPR-nummer"),
            self.tr("Målgruppe"),
            self.tr("Koordinerende sagsbehandler"),
            self.tr("Næste møde"),
            self.tr("Dage siden måling"),
        ]

    def set_source(self, fetch: Fetch | None) -> None:
        """Point the model at another query (a new search text, or the caseload) and load its first page."""
        self._fetch = fetch or _Empty()
        self.reload()

    def set_stale_days(self, days: int) -> None:
        self.stale_days = max(1, int(days))
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, self.columnCount() - 1))

    def reload(self) -> None:
        """Drop the loaded rows and fetch the first page again (after a change or a new query)."""
        page = self._load(0)  # before the reset: the view keeps painting the old rows while the query runs
        self.beginResetModel()
        self._more = len(page) == self._page_size
        self._rows = page if self._more else self._danish_order(page)
        self.endResetModel()
        self.loaded.emit(len(self._rows))

    def _danish_order(self, rows: list[CitizenRow]) -> list[CitizenRow]:
        """All the rows (they fit one page, as a caseload does) sorted by a text column in Danish order: æ, ø, å after
        z, "Aa" as "Å". The database compares code points (Å before Æ); a result of several pages keeps its order,
        one page at a time."""
        if self._sort not in DANISH_SORTED:
            return rows
        if self._sort == "name":
            return sorted(rows, key=lambda r: (sort_key(r.last_name), sort_key(r.first_name)), reverse=self._descending)
        by_name = sorted(rows, key=lambda r: (sort_key(r.last_name), sort_key(r.first_name)))  # the ties' order
        col = COL_GROUP if self._sort == "target_group" else COL_COORDINATOR
        keys = {id(r): (self._display(r, col) != "–", sort_key(self._display(r, col))) for r in rows}  # "–" first
        return sorted(by_name, key=lambda r: keys[id(r)], reverse=self._descending)

    def _load(self, offset: int) -> list[CitizenRow]:
        """One page from the source, queried on the background thread (the view keeps painting meanwhile)."""
        from planner_gui.ui.workers import run_and_wait

        fetch, size, sort, descending = self._fetch, self._page_size, self._sort, self._descending
        if isinstance(fetch, _Empty):
            return []
        started = time.perf_counter()
        self._fetching = True  # the view may ask for more while this page is on its way
        try:
            page = run_and_wait(lambda: fetch(offset, size, sort, descending))
        finally:
            self._fetching = False
        self.last_query_ms = (time.perf_counter() - started) * 1000
        self.query_time_ms.emit(self.last_query_ms)
        return page

    # -- lazy fetching

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more and not self._fetching

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or not self._more or self._fetching:
            return
        page = self._load(len(self._rows))
        self._more = len(page) == self._page_size
        if page:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()
            self.loaded.emit(len(self._rows))

    # -- the table

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < 6:
            if role == Qt.ItemDataRole.DisplayRole:
                return self.headers()[section]
            if role == Qt.ItemDataRole.ToolTipRole and section == COL_MEASURED:
                return self.tr("Dage siden seneste progressionsmåling; over {days} dage er markeret").format(
                    days=self.stale_days
                )
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole and section >= 0:
            return section + 1
        return None

    def row_at(self, row: int) -> CitizenRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def is_stale(self, r: CitizenRow) -> bool:
        """Due a progression measurement: in an ongoing benefit period and not measured within the threshold."""
        if r.target_group is None:
            return False  # no ongoing case (exited, or not started): nothing to follow up
        days = r.days_since_measurement(self.today)
        return days is None or days > self.stale_days

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        r = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(r, col)
        if role == ID_ROLE:
            return r.id
        if role == ROW_ROLE:
            return r
        if role == STALE_ROLE:
            return self.is_stale(r)
        if role == Qt.ItemDataRole.BackgroundRole and col == COL_MEASURED and self.is_stale(r):
            return STALE_BRUSH
        if role == Qt.ItemDataRole.ForegroundRole and col == COL_MEASURED and self.is_stale(r):
            return ON_LIGHT_BRUSH  # dark text on the light amber, in a dark palette too
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_MEASURED:
            if r.last_measurement is None:
                return self.tr("Ingen progressionsmåling endnu")
            return self.tr("Seneste måling {date}").format(date=format_date(r.last_measurement))
        if role == Qt.ItemDataRole.TextAlignmentRole and col == COL_MEASURED:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._display(r, col)
        return None

    def _display(self, r: CitizenRow, col: int) -> str:
        if col == COL_NAME:
            return f"{r.last_name}, {r.first_name}"
        if col == COL_CPR:
            return r.cpr_formatted
        if col == COL_GROUP:
            return translated(TARGET_GROUP_LABELS.get(r.target_group, r.target_group)) if r.target_group else "–"
        if col == COL_COORDINATOR:
            return r.coordinator or "–"
        if col == COL_MEETING:
            return format_date(r.next_meeting) or "–"
        if col == COL_MEASURED:
            days = r.days_since_measurement(self.today)
            return self.tr("ingen") if days is None else str(days)
        return ""

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(SORT_KEYS):
            return
        self._sort = SORT_KEYS[column]
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

    def find_row(self, citizen_id: uuid.UUID) -> int:
        for i, r in enumerate(self._rows):
            if r.id == citizen_id:
                return i
        return -1
