"""The caseload page ("Mine borgere"), the search page (all citizens, as you type) and their table view."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from planner_gui.services import citizens as svc
from planner_gui.ui.caseload.model import (
    COL_COORDINATOR,
    COL_CPR,
    COL_GROUP,
    COL_MEASURED,
    COL_MEETING,
    COL_NAME,
    ID_ROLE,
    ROW_ROLE,
    CitizenTableModel,
)
from planner_gui.ui.context import AppContext
from planner_gui.ui.workers import run_and_wait

CASELOAD_PAGE_SIZE = 500  # a caseload is 50-150 citizens: load it whole, so the status line counts all of it

SEARCH_DELAY_MS = 120  # wait for a pause in typing before querying (keystrokes within it are merged)
SETTLE_MS = 600  # typing has settled: write the audit row and count the hits


class CitizenTable(QTableView):
    """A table of citizens: Enter or double-click opens the selected one."""

    open_requested = Signal(object, str)  # citizen id, display name

    def __init__(self, model: CitizenTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setSortingEnabled(True)
        self.horizontalHeader().setSortIndicator(COL_NAME, Qt.SortOrder.AscendingOrder)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)  # Tab leaves the table, as a fast typist expects
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        fm = self.fontMetrics()
        widths = {
            COL_NAME: fm.horizontalAdvance("Abdi-Christiansen, Mohammad Ali") + 24,
            COL_CPR: fm.horizontalAdvance("000000-0000") + 24,
            COL_GROUP: fm.horizontalAdvance("Uddannelseshjælp, uddannelsesparat") + 24,
            COL_MEETING: max(fm.horizontalAdvance("00-00-0000"), fm.horizontalAdvance(model.headers()[COL_MEETING]))
            + 32,
            COL_MEASURED: fm.horizontalAdvance(model.headers()[COL_MEASURED]) + 32,
        }
        for col, width in widths.items():
            self.setColumnWidth(col, width)
        self._widths = widths
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(fm.horizontalAdvance("0000") + 16)
        self.doubleClicked.connect(self._open_index)
        self.setObjectName("citizenTable")

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self.fit_columns()

    def fit_columns(self) -> None:
        """Keep "Koordinerende sagsbehandler" (the stretched column) readable in a narrow window: the name and target
        group columns give up width first, down to what their own headings need."""
        hfm = self.horizontalHeader().fontMetrics()
        headers = self.citizen_model().headers()
        need = hfm.horizontalAdvance(headers[COL_COORDINATOR]) + 40  # margins and the sort arrow
        fixed = sum(self._widths.values())
        deficit = need - (self.viewport().width() - fixed)
        for col in (COL_GROUP, COL_NAME):
            width = self._widths[col]
            floor = hfm.horizontalAdvance(headers[col]) + 40
            give = max(0, min(deficit, width - floor))
            self.setColumnWidth(col, width - give)
            deficit -= give

    def citizen_model(self) -> CitizenTableModel:
        model = self.model()
        assert isinstance(model, CitizenTableModel)
        return model

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.open_current()
            return
        super().keyPressEvent(event)

    def open_current(self) -> bool:
        index = self.currentIndex()
        if not index.isValid() and self.model().rowCount() > 0:
            index = self.model().index(0, 0)
        if not index.isValid():
            return False
        self._open_index(index)
        return True

    def _open_index(self, index: QModelIndex) -> None:
        row = index.siblingAtColumn(0)
        citizen_id = row.data(ID_ROLE)
        r = row.data(ROW_ROLE)
        if citizen_id is not None:
            self.open_requested.emit(citizen_id, r.name if r is not None else "")

    def focus_first_row(self) -> None:
        if self.model().rowCount() > 0:
            self.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.setCurrentIndex(self.model().index(0, 0))


class _Page(QWidget):
    open_requested = Signal(object, str)

    def __init__(
        self,
        ctx: AppContext,
        title: str,
        today: dt.date | None,
        stale_days: int,
        parent: QWidget | None = None,
        page_size: int = svc.PAGE_SIZE,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.today = today
        self.title = QLabel(title)
        self.title.setObjectName("pageTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.title.setFont(font)
        self.status = QLabel()
        self.status.setObjectName("pageStatus")
        self.status.setWordWrap(True)
        self.model = CitizenTableModel(today=today, stale_days=stale_days, page_size=page_size, parent=self)
        self.table = CitizenTable(self.model, self)
        self.table.open_requested.connect(self.open_requested)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(self.title)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)

    def set_stale_days(self, days: int) -> None:
        self.model.set_stale_days(days)


class CaseloadPage(_Page):
    """'Mine borgere': the citizens the logged-in caseworker currently holds."""

    def __init__(
        self, ctx: AppContext, *, today: dt.date | None = None, stale_days: int = 90, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, "", today, stale_days, parent, CASELOAD_PAGE_SIZE)
        self.title.setText(self.tr("Mine borgere"))
        self.table.setAccessibleName(self.title.text())
        self.setObjectName("caseloadPage")
        self.total = 0
        self._db, self._actor, self._today = ctx.db, ctx.actor, self.today
        self.model.set_source(self._fetch)
        self._update_status()
        ctx.signals.caseload_changed.connect(self.refresh)
        ctx.signals.citizen_changed.connect(lambda _id: self.refresh())

    def _fetch(self, offset: int, limit: int, sort: str, descending: bool) -> list[svc.CitizenRow]:
        """Runs on the background thread (the model's pages): no widgets here."""
        return svc.caseload(
            self._db,
            self._actor,
            offset=offset,
            limit=limit,
            sort=sort,  # type: ignore[arg-type]
            descending=descending,
            today=self._today,
        )

    def refresh(self) -> None:
        self.model.reload()
        self._update_status()

    def _update_status(self) -> None:
        db, actor, today = self.ctx.db, self.ctx.actor, self.today
        self.total = run_and_wait(lambda: svc.count_caseload(db, actor, today=today))
        stale = sum(1 for i in range(self.model.rowCount()) if self.model.is_stale(self.model.row_at(i)))  # type: ignore[arg-type]
        if self.total == 0:
            self.status.setText(
                self.tr(
                    "Du har ingen borgere i din sagsstamme endnu. Søg efter en borger, eller opret en ny med Ctrl+N."
                )
            )
        else:
            self.status.setText(
                self.tr("{n} borgere. {stale} er ikke målt i over {days} dage (markeret).").format(
                    n=self.total, stale=stale, days=self.model.stale_days
                )
            )

    def set_stale_days(self, days: int) -> None:
        super().set_stale_days(days)
        self._update_status()


class SearchPage(_Page):
    """Search all citizens by name or CPR as the user types.

    Every keystroke (after a short pause, :data:`SEARCH_DELAY_MS`) loads the first page of results at once. When
    typing settles (:data:`SETTLE_MS`), one audit row is written for the search, and the number of hits is counted
    in the background when the first page did not already hold them all.
    """

    searched = Signal(str, int)  # text, hits: after the search settled and its audit row was written

    def __init__(
        self,
        ctx: AppContext,
        *,
        today: dt.date | None = None,
        stale_days: int = 90,
        run_background: Callable[..., Any] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, "", today, stale_days, parent)
        self.title.setText(self.tr("Søg i alle borgere"))
        self.table.setAccessibleName(self.title.text())
        self.setObjectName("searchPage")
        self.text = ""
        self.hits: int | None = None
        self._generation = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.run_now)
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self._settled)
        self._pending = ""
        if run_background is None:
            from planner_gui.ui.workers import run_in_background

            run_background = run_in_background
        self._run_background = run_background
        self._show_hint()

    def _show_hint(self) -> None:
        self.status.setText(self.tr("Skriv et navn eller et CPR-nummer (med eller uden bindestreg, gerne kun en del)."))

    def set_query(self, text: str) -> None:
        """Called on every keystroke: queries after a short pause."""
        self._pending = text
        self._timer.start()

    def run_now(self) -> None:
        """Query at once for the pending text (Enter in the search field, or the timer)."""
        self._timer.stop()
        text = self._pending
        if text.strip() == self.text.strip() and self.model.rowCount() > 0:
            return
        self.text = text
        self.hits = None
        self._generation += 1
        if svc.parse_query(text).is_empty:
            self._settle.stop()
            self.model.set_source(None)
            self._show_hint()
            return
        db, actor, today = self.ctx.db, self.ctx.actor, self.today

        def fetch(offset: int, limit: int, sort: str, descending: bool) -> list[svc.CitizenRow]:
            return svc.search(
                db,
                actor,
                text,
                offset=offset,
                limit=limit,
                sort=sort,  # type: ignore[arg-type]
                descending=descending,
                today=today,
            )

        self.model.set_source(fetch)
        if not self.model.canFetchMore():
            self.hits = self.model.rowCount()  # the first page holds every hit: no count needed
            self._show_hits(self.hits)
        else:
            self.status.setText(self.tr("Mindst {n} borgere fundet …").format(n=self.model.rowCount()))
        self._settle.start()

    def _settled(self) -> None:
        generation, text, known = self._generation, self.text, self.hits
        db, actor = self.ctx.db, self.ctx.actor

        def count_and_audit(_progress: Any) -> tuple[int, str, int]:
            hits = known if known is not None else svc.count_search(db, actor, text)
            svc.record_search(db, actor, text, hits)
            return generation, text, hits

        # a bound method of this widget: Qt drops the connection if the page is gone before the worker ends
        self._run_background(count_and_audit, on_done=self._count_arrived)

    def _count_arrived(self, result: tuple[int, str, int]) -> None:
        if shiboken6.isValid(self) and shiboken6.isValid(self.status):
            self._counted(*result)

    def _show_hits(self, hits: int) -> None:
        if hits == 0:
            self.status.setText(self.tr("Ingen borgere passer på søgningen."))
        elif hits == 1:
            self.status.setText(self.tr("1 borger fundet. Tryk Enter for at åbne."))
        else:
            self.status.setText(self.tr("{n} borgere fundet.").format(n=hits))

    def _counted(self, generation: int, text: str, hits: int) -> None:
        if generation == self._generation:
            self.hits = hits
            self._show_hits(hits)
        self.searched.emit(text, hits)

    def is_idle(self) -> bool:
        return not self._timer.isActive()
