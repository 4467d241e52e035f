"""The "Historik" tab: who changed what in the plan, and when, with old and new values (from the audit log)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner_gui.domain.dates import format_date_time, local
from planner_gui.domain.i18n import QT_TRANSLATE_NOOP
from planner_gui.domain.plan import HistoryRow
from planner_gui.ui.i18n import translated

ACTION_LABELS = {
    "create": QT_TRANSLATE_NOOP("HistoryTab", "Oprettet"),
    "update": QT_TRANSLATE_NOOP("HistoryTab", "Ændret"),
    "delete": QT_TRANSLATE_NOOP("HistoryTab", "Slettet"),
    "print": QT_TRANSLATE_NOOP("HistoryTab", "Udskrevet"),
}
ENTITY_LABELS = {
    "plan": QT_TRANSLATE_NOOP("HistoryTab", "Plan"),
    "sub_goal": QT_TRANSLATE_NOOP("HistoryTab", "Delmål"),
    "effort": QT_TRANSLATE_NOOP("HistoryTab", "Indsats"),
    "assignment": QT_TRANSLATE_NOOP("HistoryTab", "Sagsbehandler"),
    "note": QT_TRANSLATE_NOOP("HistoryTab", "Notat"),
    "citizen": QT_TRANSLATE_NOOP("HistoryTab", "Borger"),
}


def local_time(ts: dt.datetime) -> str:
    return format_date_time(local(ts))


class HistoryTab(QWidget):
    HEADERS = (
        QT_TRANSLATE_NOOP("HistoryTab", "Tidspunkt"),
        QT_TRANSLATE_NOOP("HistoryTab", "Hvem"),
        QT_TRANSLATE_NOOP("HistoryTab", "Handling"),
        QT_TRANSLATE_NOOP("HistoryTab", "Hvad"),
        QT_TRANSLATE_NOOP("HistoryTab", "Felt"),
        QT_TRANSLATE_NOOP("HistoryTab", "Før"),
        QT_TRANSLATE_NOOP("HistoryTab", "Efter"),
        QT_TRANSLATE_NOOP("HistoryTab", "Begrundelse"),
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyTab")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 12)
        hint = QLabel(self.tr("Alle ændringer i planen, nyeste først. Før og efter viser den gamle og den nye værdi."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.table = QTableWidget(0, len(self.HEADERS))
        self.table.setObjectName("historyTable")
        self.table.setHorizontalHeaderLabels([self.tr(h) for h in self.HEADERS])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for col in (5, 6):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table)
        self.empty = QLabel(self.tr("Ingen ændringer i planen endnu."))
        self.empty.setObjectName("historyEmpty")
        self.empty.setStyleSheet("color: #566573;")
        layout.addWidget(self.empty)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.table.resizeRowsToContents()  # the stretched columns have their real width now

    def set_history(self, rows: tuple[HistoryRow, ...]) -> None:
        self.table.setRowCount(len(rows))
        self.empty.setVisible(not rows)
        for i, h in enumerate(rows):
            cells = (
                local_time(h.ts),
                f"{h.user_name} ({h.user})" if h.user_name != h.user else h.user,
                self.tr(ACTION_LABELS.get(h.action, h.action)),
                self.tr(ENTITY_LABELS.get(h.entity, h.entity)),
                translated(h.field),
                translated(h.old),
                translated(h.new),
                h.reason,
            )
            for j, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if j in (5, 6) and len(text) > 60:
                    item.setToolTip(text)
                self.table.setItem(i, j, item)
        self.table.resizeRowsToContents()
