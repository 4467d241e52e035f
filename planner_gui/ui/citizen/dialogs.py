"""Dialogs of the citizen screen: sub-goal, effort (with company by CVR), company, handover, note, benefit period,
exit."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner_gui.domain.codes import (
    EFFORT_CATEGORIES,
    EFFORT_CATEGORY_LABELS,
    EXIT_TYPE_LABELS,
    EXIT_TYPES,
    RESPONSIBLE_UNIT_LABELS,
    RESPONSIBLE_UNITS,
    SUBGOAL_STATUS_LABELS,
    SUBGOAL_STATUSES,
    TARGET_GROUP_LABELS,
    TARGET_GROUPS,
)
from planner_gui.domain.dates import format_date
from planner_gui.domain.plan import BenefitRow, CitizenOverview, EffortRow, ExitRow, StaffRef, SubGoalRow
from planner_gui.errors import UserError
from planner_gui.services import companies as companies_service
from planner_gui.services.companies import CompanyRow
from planner_gui.ui.citizen.common import DateField, parse_date, sentence
from planner_gui.ui.collation import sorted_danish
from planner_gui.ui.context import AppContext
from planner_gui.ui.i18n import error_text, translated
from planner_gui.ui.workers import run_and_wait


def _buttons(dialog: QDialog, ok_text: str) -> QDialogButtonBox:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    box.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    box.button(QDialogButtonBox.StandardButton.Cancel).setText(dialog.tr("Annullér"))
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


class _FormDialog(QDialog):
    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.error = QLabel()
        self.error.setObjectName("dialogError")
        self.error.setStyleSheet("color: #a93226;")
        self.error.setWordWrap(True)
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)

    def show_error(self, text: str) -> None:
        self.error.setText(sentence(text))
        self.error.show()


class SubGoalDialog(_FormDialog):
    """A sub-goal: text, status, start and deadline."""

    def __init__(self, row: SubGoalRow | None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Delmål") if row is None else self.tr("Redigér delmål"), parent)
        self.setObjectName("subGoalDialog")
        self.row = row
        self.text = QLineEdit(row.text if row else "")
        self.text.setObjectName("subGoalText")
        self.text.setMinimumWidth(380)
        self.status = QComboBox()
        self.status.setObjectName("subGoalStatus")
        for code in SUBGOAL_STATUSES:
            self.status.addItem(translated(SUBGOAL_STATUS_LABELS[code]), code)
        self.status.setCurrentIndex(SUBGOAL_STATUSES.index(row.status) if row else 0)
        self.start = DateField()
        self.start.setObjectName("subGoalStart")
        self.start.set_value(row.start if row else None)
        self.deadline = DateField()
        self.deadline.setObjectName("subGoalDeadline")
        self.deadline.set_value(row.deadline if row else None)
        self.form.addRow(self.tr("&Delmål:"), self.text)
        self.form.addRow(self.tr("&Status:"), self.status)
        self.form.addRow(self.tr("S&tart:"), self.start)
        self.form.addRow(self.tr("&Frist:"), self.deadline)
        self.layout().addWidget(_buttons(self, self.tr("OK")))

    def result_row(self) -> SubGoalRow:
        """The edited sub-goal (raises ValueError with a Danish message when a field is wrong)."""
        text = " ".join(self.text.text().split())
        if not text:
            raise ValueError(self.tr("Skriv delmålet."))
        start = parse_date(self.start.text())
        deadline = parse_date(self.deadline.text())
        if start and deadline and deadline < start:
            raise ValueError(self.tr("Fristen ligger før start."))
        status = self.status.currentData()
        if self.row is None:
            return SubGoalRow(uuid.uuid4(), text, status, start, deadline)
        return replace(self.row, text=text, status=status, start=start, deadline=deadline)

    def accept(self) -> None:
        try:
            self.result_row()
        except ValueError as err:
            self.show_error(error_text(err))
            return
        super().accept()


class CompanyDialog(_FormDialog):
    """Register a company: CVR (validated, modulus 11) and name. Registering is its own saved action."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, cvr: str = "") -> None:
        super().__init__(self.tr("Registrér virksomhed"), parent)
        self.setObjectName("companyDialog")
        self.ctx = ctx
        self.company: CompanyRow | None = None
        self.cvr = QLineEdit(cvr)
        self.cvr.setObjectName("companyCvr")
        self.cvr.setPlaceholderText(self.tr("8 cifre"))
        self.cvr.setMaxLength(12)
        self.name = QLineEdit()
        self.name.setObjectName("companyName")
        self.name.setMinimumWidth(300)
        self.social = QCheckBox(self.tr("Socialøkonomisk virksomhed"))
        self.social.setObjectName("companySocial")
        self.form.addRow(self.tr("&CVR-nummer:"), self.cvr)
        self.form.addRow(self.tr("&Navn:"), self.name)
        self.form.addRow("", self.social)
        self.layout().addWidget(_buttons(self, self.tr("Registrér")))

    def accept(self) -> None:
        try:
            db, actor = self.ctx.db, self.ctx.actor
            cvr, name, social = self.cvr.text(), self.name.text(), self.social.isChecked()
            self.company = run_and_wait(lambda: companies_service.register_company(db, actor, cvr, name, social))
        except UserError as err:
            self.show_error(error_text(err))
            return
        super().accept()


class EffortDialog(_FormDialog):
    """An effort: category, responsible department, company (by CVR or name), dates, hours per week, note."""

    def __init__(self, ctx: AppContext, row: EffortRow | None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Ny indsats") if row is None else self.tr("Redigér indsats"), parent)
        self.setObjectName("effortDialog")
        self.ctx = ctx
        self.row = row
        self.category = QComboBox()
        self.category.setObjectName("effortCategory")
        for code in EFFORT_CATEGORIES:
            self.category.addItem(translated(EFFORT_CATEGORY_LABELS[code]), code)
        self.responsible = QComboBox()
        self.responsible.setObjectName("effortResponsible")
        for code in RESPONSIBLE_UNITS:
            self.responsible.addItem(translated(RESPONSIBLE_UNIT_LABELS[code]), code)
        self.company = QComboBox()
        self.company.setObjectName("effortCompany")
        self.company.setEditable(True)
        self.company.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.company.setMinimumWidth(320)
        self.company.lineEdit().setPlaceholderText(self.tr("Skriv navn eller CVR"))
        self._load_companies()
        new_company = QPushButton(self.tr("Ny &virksomhed…"))
        new_company.setObjectName("newCompany")
        new_company.clicked.connect(self.register_company)
        company_row = QHBoxLayout()
        company_row.addWidget(self.company, 1)
        company_row.addWidget(new_company)
        self.start = DateField(optional=False)
        self.start.setObjectName("effortStart")
        self.end = DateField()
        self.end.setObjectName("effortEnd")
        self.hours = QDoubleSpinBox()
        self.hours.setObjectName("effortHours")
        self.hours.setRange(0, 80)
        self.hours.setDecimals(1)
        self.hours.setSpecialValueText(self.tr("ikke angivet"))
        self.hours.setSuffix(self.tr(" t/uge"))
        self.note = QLineEdit()
        self.note.setObjectName("effortNote")
        if row is not None:
            self.category.setCurrentIndex(max(0, self.category.findData(row.category)))
            self.responsible.setCurrentIndex(max(0, self.responsible.findData(row.responsible)))
            self._select_company(row.company_id)
            self.start.set_value(row.start)
            self.end.set_value(row.end)
            self.hours.setValue(row.hours_per_week or 0)
            self.note.setText(row.note)
        else:
            self.company.setCurrentIndex(0)
        self.form.addRow(self.tr("&Kategori:"), self.category)
        self.form.addRow(self.tr("&Ansvarlig:"), self.responsible)
        company_label = QLabel(self.tr("V&irksomhed:"))
        company_label.setBuddy(self.company)
        self.form.addRow(company_label, company_row)
        self.form.addRow(self.tr("&Start:"), self.start)
        self.form.addRow(self.tr("S&lut:"), self.end)
        self.form.addRow(self.tr("&Timer pr. uge:"), self.hours)
        self.form.addRow(self.tr("&Bemærkning:"), self.note)
        self.layout().addWidget(_buttons(self, self.tr("OK")))

    def _load_companies(self, select: uuid.UUID | None = None) -> None:
        self.company.clear()
        self.company.addItem(self.tr("(ingen virksomhed)"), None)
        db = self.ctx.db
        known = run_and_wait(lambda: companies_service.list_companies(db))
        for c in sorted_danish(known, lambda c: f"{c.name} ({c.cvr})"):
            self.company.addItem(f"{c.name} ({c.cvr})", c)
        completer = QCompleter(self.company.model(), self.company)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.company.setCompleter(completer)
        if select is not None:
            self._select_company(select)

    def _select_company(self, company_id: uuid.UUID | None) -> None:
        for i in range(self.company.count()):
            c = self.company.itemData(i)
            if (c is None and company_id is None) or (c is not None and c.id == company_id):
                self.company.setCurrentIndex(i)
                return

    def selected_company(self) -> CompanyRow | None:
        text = self.company.currentText().strip()
        i = self.company.findText(text)
        if i < 0:
            digits = "".join(ch for ch in text if ch.isdigit())
            for j in range(1, self.company.count()):
                c = self.company.itemData(j)
                if digits and c.cvr == digits:
                    return c
            if text:
                raise ValueError(self.tr("Virksomheden {text!r} er ikke registreret.").format(text=text))
            return None
        return self.company.itemData(i)

    def register_company(self) -> None:
        text = self.company.currentText().strip()
        digits = "".join(ch for ch in text if ch.isdigit())
        dialog = CompanyDialog(self.ctx, self, cvr=digits if len(digits) == 8 else "")
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.company is not None:
            self._load_companies(select=dialog.company.id)

    def result_row(self) -> EffortRow:
        start = parse_date(self.start.text())
        if start is None:
            raise ValueError(self.tr("Startdatoen skal udfyldes."))
        end = parse_date(self.end.text())
        if end is not None and end < start:
            raise ValueError(self.tr("Slutdatoen ligger før start."))
        company = self.selected_company()
        hours = self.hours.value() or None
        values = dict(
            category=self.category.currentData(),
            responsible=self.responsible.currentData(),
            start=start,
            end=end,
            hours_per_week=hours,
            company_id=company.id if company else None,
            company_cvr=company.cvr if company else "",
            company_name=company.name if company else "",
            note=self.note.text().strip(),
        )
        if self.row is None:
            return EffortRow(uuid.uuid4(), **values)
        return replace(self.row, **values)

    def accept(self) -> None:
        try:
            self.result_row()
        except ValueError as err:
            self.show_error(error_text(err))
            return
        super().accept()


class HandoverDialog(_FormDialog):
    """Overdragelse: the receiving caseworker and the note they will see first."""

    def __init__(
        self,
        staff: tuple[StaffRef, ...],
        current: StaffRef | None,
        coordinator_is_current: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Overdrag borgeren"), parent)
        self.setObjectName("handoverDialog")
        intro = QLabel(
            self.tr(
                "Borgeren flyttes til en ny sagsbehandler fra i dag. Skriv det vigtigste, den nye sagsbehandler skal "
                "vide: notatet vises øverst, første gang sagen åbnes. Overdragelsen tæller som et sagsbehandlerskift."
            )
        )
        intro.setWordWrap(True)
        self.form.addRow(intro)
        self.receiver = QComboBox()
        self.receiver.setObjectName("handoverReceiver")
        self.receiver.setEditable(True)
        self.receiver.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for st in sorted_danish(staff, lambda st: st.label):  # æ, ø, å after z
            if current is None or st.id != current.id:
                self.receiver.addItem(st.label, st)
        self.receiver.setCurrentIndex(-1)
        completer = self.receiver.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.note = QPlainTextEdit()
        self.note.setObjectName("handoverNote")
        self.note.setTabChangesFocus(True)
        self.note.setPlaceholderText(
            self.tr("Fx: hvor borgeren er i forløbet, aftaler, hvad der virker, og hvad borgeren er bekymret for.")
        )
        self.move_coordinator = QCheckBox(self.tr("Overdrag også rollen som koordinerende sagsbehandler"))
        self.move_coordinator.setObjectName("handoverMoveCoordinator")
        self.move_coordinator.setChecked(coordinator_is_current)
        self.form.addRow(self.tr("&Ny sagsbehandler:"), self.receiver)
        self.form.addRow(self.tr("Overdragelses&notat:"), self.note)
        self.form.addRow("", self.move_coordinator)
        self.layout().addWidget(_buttons(self, self.tr("Overdrag")))
        self.resize(560, 380)

    def selected(self) -> StaffRef | None:
        i = self.receiver.findText(self.receiver.currentText())
        return self.receiver.itemData(i) if i >= 0 else None

    def accept(self) -> None:
        if self.selected() is None:
            self.show_error(self.tr("Vælg den nye sagsbehandler på listen."))
            return
        if not self.note.toPlainText().strip():
            self.show_error(self.tr("Skriv et overdragelsesnotat."))
            return
        super().accept()


class NoteDialog(_FormDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Nyt notat"), parent)
        self.setObjectName("noteDialog")
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Notat"), "note")
        self.kind.addItem(self.tr("Møde"), "moede")
        self.text = QPlainTextEdit()
        self.text.setObjectName("noteText")
        self.text.setTabChangesFocus(True)
        self.form.addRow(self.tr("&Type:"), self.kind)
        self.form.addRow(self.tr("&Notat:"), self.text)
        self.layout().addWidget(_buttons(self, self.tr("Gem notat")))
        self.resize(480, 300)

    def accept(self) -> None:
        if not self.text.toPlainText().strip():
            self.show_error(self.tr("Notatet er tomt."))
            return
        super().accept()


class BenefitDialog(_FormDialog):
    """Ny ydelse: target group, from and (optional) to. By default the open period ends the day before.

    With ``editing`` it is "Ret ydelse": the registered period's values, to correct them."""

    def __init__(
        self,
        current: BenefitRow | None,
        today: dt.date,
        save: Callable[[BenefitDialog], CitizenOverview | None],
        parent: QWidget | None = None,
        *,
        editing: BenefitRow | None = None,
    ) -> None:
        super().__init__(self.tr("Ny ydelse") if editing is None else self.tr("Ret ydelse"), parent)
        self.setObjectName("benefitDialog")
        self._save = save
        self.editing = editing
        self.overview: CitizenOverview | None = None
        self.target_group = QComboBox()
        self.target_group.setObjectName("benefitTargetGroup")
        for code in TARGET_GROUPS:
            self.target_group.addItem(translated(TARGET_GROUP_LABELS[code]), code)
        self.start = DateField(optional=False)
        self.start.setObjectName("benefitStart")
        self.start.set_value(today if editing is None else editing.start)
        self.end = DateField()
        self.end.setObjectName("benefitEnd")
        self.end_current = QCheckBox()
        self.end_current.setObjectName("benefitEndCurrent")
        if editing is not None:
            self.target_group.setCurrentIndex(max(0, self.target_group.findData(editing.target_group)))
            self.end.set_value(editing.end)
            self.end_current.setChecked(False)
            self.end_current.hide()
        elif current is not None:
            label = translated(TARGET_GROUP_LABELS.get(current.target_group, current.target_group))
            self.end_current.setText(
                self.tr("Afslut {group} (fra {start}) dagen før den nye ydelse starter").format(
                    group=label, start=format_date(current.start)
                )
            )
            self.end_current.setChecked(True)
        else:
            self.end_current.setText(self.tr("Borgeren har ingen igangværende ydelse"))
            self.end_current.setChecked(False)
            self.end_current.setEnabled(False)
        self.form.addRow(self.tr("&Målgruppe:"), self.target_group)
        self.form.addRow(self.tr("&Fra:"), self.start)
        self.form.addRow(self.tr("&Til (kan være tom):"), self.end)
        if editing is None:
            self.form.addRow("", self.end_current)
        ok = self.tr("Registrér ydelse") if editing is None else self.tr("Gem rettelsen")
        self.layout().addWidget(_buttons(self, ok))

    def dates(self) -> tuple[dt.date, dt.date | None]:
        """From and to (raises ValueError with a Danish sentence when a date is wrong)."""
        try:
            start = parse_date(self.start.text())
            end = parse_date(self.end.text())
        except ValueError as err:
            raise ValueError(sentence(error_text(err))) from None
        if start is None:
            raise ValueError(self.tr("Fra-datoen skal udfyldes."))
        if end is not None and end < start:
            raise ValueError(self.tr("Til-datoen ligger før fra-datoen."))
        return start, end

    def accept(self) -> None:
        try:
            self.dates()
            overview = self._save(self)
        except (ValueError, UserError) as err:
            self.show_error(error_text(err))
            return
        if overview is None:
            return  # no reason given: nothing saved, the dialog stays
        self.overview = overview
        super().accept()


class ExitDialog(_FormDialog):
    """Registrér afgang: the date and the type. Open benefit periods end that day.

    With ``editing`` it is "Ret afgang": the registered exit's date and type, to correct them."""

    def __init__(
        self,
        today: dt.date,
        save: Callable[[ExitDialog], CitizenOverview | None],
        parent: QWidget | None = None,
        *,
        editing: ExitRow | None = None,
    ) -> None:
        super().__init__(self.tr("Registrér afgang") if editing is None else self.tr("Ret afgang"), parent)
        self.setObjectName("exitDialog")
        self._save = save
        self.editing = editing
        self.overview: CitizenOverview | None = None
        if editing is None:
            intro = QLabel(self.tr("Borgerens igangværende ydelser afsluttes på afgangsdatoen."))
        else:
            intro = QLabel(self.tr("Ydelser, der sluttede på den gamle afgangsdato, flyttes med til den nye."))
        intro.setWordWrap(True)
        self.form.addRow(intro)
        self.date = DateField(optional=False)
        self.date.setObjectName("exitDate")
        self.date.set_value(today if editing is None else editing.date)
        self.kind = QComboBox()
        self.kind.setObjectName("exitType")
        for code in EXIT_TYPES:
            self.kind.addItem(translated(EXIT_TYPE_LABELS[code]), code)
        if editing is not None:
            self.kind.setCurrentIndex(max(0, self.kind.findData(editing.type)))
        self.form.addRow(self.tr("&Dato:"), self.date)
        self.form.addRow(self.tr("&Type:"), self.kind)
        ok = self.tr("Registrér afgang") if editing is None else self.tr("Gem rettelsen")
        self.layout().addWidget(_buttons(self, ok))

    def exit_date(self) -> dt.date:
        try:
            date = parse_date(self.date.text())
        except ValueError as err:
            raise ValueError(sentence(error_text(err))) from None
        if date is None:
            raise ValueError(self.tr("Datoen skal udfyldes."))
        return date

    def accept(self) -> None:
        try:
            self.exit_date()
            overview = self._save(self)
        except (ValueError, UserError) as err:
            self.show_error(error_text(err))
            return
        if overview is None:
            return
        self.overview = overview
        super().accept()


class DeleteRowDialog(_FormDialog):
    """Slet ydelse / Slet afgang: what is deleted, and the reason (required; it goes to the audit log)."""

    def __init__(
        self,
        title: str,
        what: str,
        save: Callable[[DeleteRowDialog], CitizenOverview | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(title, parent)
        self.setObjectName("deleteRowDialog")
        self._save = save
        self.overview: CitizenOverview | None = None
        intro = QLabel(what)
        intro.setObjectName("deleteWhat")
        intro.setWordWrap(True)
        self.form.addRow(intro)
        self.reason = QLineEdit()
        self.reason.setObjectName("deleteReason")
        self.reason.setMinimumWidth(380)
        self.reason.setPlaceholderText(self.tr("Fx: registreret på den forkerte borger"))
        self.form.addRow(self.tr("&Begrundelse:"), self.reason)
        self.layout().addWidget(_buttons(self, self.tr("Slet")))

    def accept(self) -> None:
        if not self.reason.text().strip():
            self.show_error(self.tr("Skriv en begrundelse for sletningen."))
            return
        try:
            overview = self._save(self)
        except UserError as err:
            self.show_error(error_text(err))
            return
        if overview is None:
            return
        self.overview = overview
        super().accept()


def confirm(parent: QWidget, title: str, text: str) -> bool:
    return (
        QMessageBox.question(parent, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        == QMessageBox.StandardButton.Yes
    )
