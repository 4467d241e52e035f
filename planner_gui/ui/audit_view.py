"""The administrator's audit viewer ("Revisionsspor"): filters, a lazily paged table, export and a chain check.

The table model holds plain :class:`~planner_gui.services.audit_log.AuditRow` values and fetches 200 entries at a
time (newest first, keyset paging on ``seq``) as the view scrolls: the log is never loaded whole. Each "Vis" is one
service call (:func:`~planner_gui.services.audit_log.search_audit`) that counts the matches and logs the viewing.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QDate, QLocale, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from planner_gui.domain.audit_text import ACTION_LABELS, ACTIONS, ENTITY_LABELS, describe
from planner_gui.domain.dates import format_date, format_date_time, local
from planner_gui.domain.i18n import QT_TRANSLATE_NOOP
from planner_gui.errors import UserError
from planner_gui.services import audit_log as svc
from planner_gui.ui.context import AppContext
from planner_gui.ui.errors import message_text
from planner_gui.ui.file_dialogs import danish_dates
from planner_gui.ui.i18n import translated
from planner_gui.ui.paths import in_documents
from planner_gui.ui.workers import run_and_wait

PAGE = 200
NO_DATE = QDate(2000, 1, 1)  # the date edits' "no limit" value, shown as "–"


def local_time(ts: dt.datetime) -> str:
    """A stored (naive UTC) time in the user's time zone, dd-mm-åååå tt:mm:ss."""
    return format_date_time(local(ts), seconds=True)


def utc_start(day: dt.date) -> dt.datetime:
    """The start of a local calendar day as naive UTC (how the log stores times)."""
    return dt.datetime.combine(day, dt.time()).astimezone(dt.UTC).replace(tzinfo=None)


class AuditModel(QAbstractTableModel):
    """The matching entries, fetched page by page as the view asks for more."""

    COLUMNS = (
        QT_TRANSLATE_NOOP("AuditModel", "Tidspunkt"),
        QT_TRANSLATE_NOOP("AuditModel", "Bruger"),
        QT_TRANSLATE_NOOP("AuditModel", "Handling"),
        QT_TRANSLATE_NOOP("AuditModel", "Emne"),
        QT_TRANSLATE_NOOP("AuditModel", "Borger"),
        QT_TRANSLATE_NOOP("AuditModel", "Begrundelse"),
        QT_TRANSLATE_NOOP("AuditModel", "Hvad skete der"),
    )

    def __init__(self, ctx: AppContext, parent: Any = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.filter = svc.AuditFilter()
        self.rows: list[svc.AuditRow] = []
        self.total = 0
        self._more = False
        self._fetching = False

    def search(self, f: svc.AuditFilter) -> int:
        """Apply a filter (one logged search) and show its first page. Raises UserError for a bad filter."""
        db, actor = self.ctx.db, self.ctx.actor
        total, first = run_and_wait(lambda: (svc.search_audit(db, actor, f), svc.audit_page(db, actor, f, limit=PAGE)))
        self.beginResetModel()
        self.filter, self.total, self.rows = f, total, first
        self._more = len(first) == PAGE
        self.endResetModel()
        return total

    # -- Qt model

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more and not self._fetching

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or not self._more or not self.rows or self._fetching:
            return
        db, actor, f, before = self.ctx.db, self.ctx.actor, self.filter, self.rows[-1].seq
        self._fetching = True  # the view may ask again while the page is on its way
        try:
            page = run_and_wait(lambda: svc.audit_page(db, actor, f, before_seq=before, limit=PAGE))
        finally:
            self._fetching = False
        self._more = len(page) == PAGE
        if page:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(page) - 1)
            self.rows.extend(page)
            self.endInsertRows()

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.COLUMNS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self.rows[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if col == 0:
                return local_time(r.ts)
            if col == 1:
                return r.user
            if col == 2:
                return translated(ACTION_LABELS.get(r.action, r.action))
            if col == 3:
                return translated(ENTITY_LABELS.get(r.entity, r.entity))
            if col == 4:
                return r.citizen
            if col == 5:
                return r.reason
            if col == 6:
                return readable_details(r)
        if role == Qt.ItemDataRole.UserRole:
            return r
        if role == Qt.ItemDataRole.ForegroundRole and r.action == "login_failed":
            from PySide6.QtGui import QColor, QGuiApplication

            from planner_gui.ui.colors import ERROR, readable

            return QColor(readable(ERROR, QGuiApplication.palette().base().color()))  # red that reads in dark too
        return None


def readable_details(r: svc.AuditRow) -> str:
    """The entry as a sentence in the chosen language ("Åbnede borgeren", "Ændrede planens eget mål fra …")."""
    return translated(describe(r.action, r.entity, r.details))


def _date_edit(name: str) -> QDateEdit:
    edit = QDateEdit()
    edit.setObjectName(name)
    edit.setDisplayFormat("dd-MM-yyyy")
    edit.setCalendarPopup(True)
    edit.setMinimumDate(NO_DATE)
    edit.setSpecialValueText("–")
    edit.setDate(NO_DATE)
    return edit


class AuditView(QWidget):
    """The "Revisionsspor" page (administrators)."""

    exported = Signal(int)
    verified = Signal(object)  # audit.Broken | None

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("auditPage")
        self.ctx = ctx
        self._worker: Any = None
        self._loaded = False
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Revisionsspor"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        heading.setFont(font)
        layout.addWidget(heading)

        filters = QHBoxLayout()
        self.user = QLineEdit()
        self.user.setObjectName("auditUser")
        self.user.setPlaceholderText(self.tr("initialer"))
        self.user.setMaximumWidth(self.fontMetrics().horizontalAdvance("M") * 8)
        self.action = QComboBox()
        self.action.setObjectName("auditAction")
        self.action.addItem(self.tr("Alle handlinger"), "")
        for code in ACTIONS:
            self.action.addItem(translated(ACTION_LABELS.get(code, code)), code)
        self.cpr = QLineEdit()
        self.cpr.setObjectName("auditCpr")
        self.cpr.setPlaceholderText(self.tr("CPR-nummer"))
        self.cpr.setMaximumWidth(self.fontMetrics().horizontalAdvance("M") * 10)
        self.date_from = _date_edit("auditFrom")
        self.date_to = _date_edit("auditTo")
        self.show_button = QPushButton(self.tr("&Vis"))
        self.show_button.setObjectName("auditShow")
        for label, widget in (
            (self.tr("&Bruger:"), self.user),
            (self.tr("&Handling:"), self.action),
            (self.tr("B&orger:"), self.cpr),
            (self.tr("&Fra:"), self.date_from),
            (self.tr("&Til:"), self.date_to),
        ):
            lab = QLabel(label)
            lab.setBuddy(widget)
            filters.addWidget(lab)
            filters.addWidget(widget)
        filters.addWidget(self.show_button)
        filters.addStretch(1)
        layout.addLayout(filters)

        self.model = AuditModel(ctx, self)
        self.table = QTableView()
        self.table.setObjectName("auditTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        m = self.fontMetrics().horizontalAdvance("M")
        for col, width in enumerate((13, 6, 13, 8, 9, 16)):
            self.table.setColumnWidth(col, m * width)
        self.table.setColumnWidth(0, self.fontMetrics().horizontalAdvance("00-00-0000 00:00:00") + 20)
        layout.addWidget(self.table, 1)

        bottom = QHBoxLayout()
        self.count = QLabel()
        self.count.setObjectName("auditCount")
        bottom.addWidget(self.count)
        self.chain = QLabel()
        self.chain.setObjectName("chainResult")
        self.chain.setWordWrap(True)
        bottom.addWidget(self.chain, 1)
        self.verify_button = QPushButton(self.tr("&Kontrollér kæden"))
        self.verify_button.setObjectName("verifyChain")
        self.verify_button.setToolTip(self.tr("Kontrollér, at ingen post er ændret eller slettet bag om programmet"))
        self.export_button = QPushButton(self.tr("&Eksportér…"))
        self.export_button.setObjectName("exportAudit")
        self.export_button.setToolTip(
            self.tr("Gem posterne som regneark (filtreret på borger og datoer; bruger og handling indgår ikke)")
        )
        bottom.addWidget(self.verify_button)
        bottom.addWidget(self.export_button)
        layout.addLayout(bottom)

        self.show_button.clicked.connect(self.apply)
        self.user.returnPressed.connect(self.apply)
        self.cpr.returnPressed.connect(self.apply)
        self.verify_button.clicked.connect(self.verify)
        self.export_button.clicked.connect(self.ask_export)

    # -- filters

    def _day(self, edit: QDateEdit) -> dt.date | None:
        d = edit.date()
        return None if d == NO_DATE else dt.date(d.year(), d.month(), d.day())

    def current_filter(self) -> svc.AuditFilter:
        since, until = self._day(self.date_from), self._day(self.date_to)
        return svc.AuditFilter(
            user=self.user.text().strip(),
            action=str(self.action.currentData() or ""),
            cpr=self.cpr.text().strip(),
            since=utc_start(since) if since else None,
            before=utc_start(until + dt.timedelta(days=1)) if until else None,
        )

    def apply(self) -> None:
        try:
            total = self.model.search(self.current_filter())
        except UserError as err:
            self.count.setText(message_text(err))
            self.count.setStyleSheet("color: #a40000;")
            return
        self.count.setStyleSheet("")
        self.count.setText(self.tr("{n} poster").format(n=QLocale().toString(total)))

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if not self._loaded:
            self._loaded = True
            self.apply()

    # -- export and chain check (background: both read the whole log)

    def ask_export(self) -> None:
        name = f"revisionsspor-{format_date(dt.date.today())}.xlsx"
        with danish_dates():  # Qt's own dialog shows dates as dd-mm-åååå
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Eksportér revisionsspor"), in_documents(name), self.tr("Regneark (*.xlsx)")
            )
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        from planner_gui.ui.workers import run_in_background

        since, until = self._day(self.date_from), self._day(self.date_to)
        cpr = self.cpr.text().strip() or None
        db, actor = self.ctx.db, self.ctx.actor
        self.export_button.setEnabled(False)
        self.chain.setText(self.tr("Eksporterer …"))
        self._worker = run_in_background(
            lambda _p: svc.export_audit(
                db,
                actor,
                path,
                cpr=cpr,
                date_from=since.isoformat() if since else None,
                date_to=until.isoformat() if until else None,
            ),
            on_done=lambda n: self._exported(path, n),
            on_error=self._failed,
        )

    def _exported(self, path: Path, n: int) -> None:
        self._worker = None
        self.export_button.setEnabled(True)
        self.chain.setStyleSheet("")
        self.chain.setText(self.tr("{n} poster gemt i {file}").format(n=n, file=path.name))
        self.exported.emit(n)

    def verify(self) -> None:
        from planner_gui.ui.workers import run_in_background

        db, actor = self.ctx.db, self.ctx.actor
        self.verify_button.setEnabled(False)
        self.chain.setStyleSheet("")
        self.chain.setText(self.tr("Kontrollerer kæden …"))
        self._worker = run_in_background(
            lambda _p: svc.verify_all(db, actor), on_done=self._verified, on_error=self._failed
        )

    def _verified(self, result: svc.Verification) -> None:
        self._worker = None
        self.verify_button.setEnabled(True)
        broken = result.broken
        if broken is None:
            self.chain.setStyleSheet("color: #1e8449;")
            text = self.tr("Kæden er intakt: ingen post er ændret eller slettet.")
            if result.newest is not None:
                text += " " + self.tr("Den passer med {n} ankre uden for databasen (nyeste: post {seq}).").format(
                    n=result.anchor_count, seq=result.newest.seq
                )
        else:
            self.chain.setStyleSheet("color: #a40000; font-weight: 600;")
            text = self.tr("Kæden er brudt ved post {seq}: {why}").format(seq=broken.seq, why=translated(broken.why))
        # an anchor file that could not be read is worth knowing, whatever the chain says (amber when it is intact)
        problems = [translated(p) for p in result.problems]
        if problems:
            text += "\n" + self.tr("Advarsel: {problem}").format(problem="; ".join(problems))
            if broken is None:
                self.chain.setStyleSheet("color: #8a4b00;")
        self.chain.setText(text)
        self.verified.emit(broken)

    def _failed(self, err: BaseException) -> None:
        self._worker = None
        self.verify_button.setEnabled(True)
        self.export_button.setEnabled(True)
        if isinstance(err, UserError):
            self.chain.setStyleSheet("color: #a40000;")
            self.chain.setText(message_text(err))
            return
        from planner_gui.ui.errors import show_exception

        self.chain.clear()
        show_exception(err, self)
