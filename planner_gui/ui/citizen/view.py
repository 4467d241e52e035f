"""The citizen screen ("én samlet plan"): Plan, Forløb, Historik and Progression on one screen."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from html import escape as esc
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMenuBar,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from planner_gui.domain.codes import EXIT_TYPE_LABELS, TARGET_GROUP_LABELS
from planner_gui.domain.dates import format_date
from planner_gui.domain.plan import BenefitRow, CitizenOverview, ExitRow, PlanDraft, diff
from planner_gui.errors import ConcurrentEdit, UserError
from planner_gui.services import citizens, plans
from planner_gui.services.permissions import Permission, ReasonRequired, can
from planner_gui.ui.caseload.reason import ReasonDialog
from planner_gui.ui.citizen.commands import DraftCommand, DraftHolder
from planner_gui.ui.citizen.common import sentence
from planner_gui.ui.citizen.course_tab import CourseTab
from planner_gui.ui.citizen.dialogs import BenefitDialog, DeleteRowDialog, ExitDialog, HandoverDialog, NoteDialog
from planner_gui.ui.citizen.history_tab import HistoryTab
from planner_gui.ui.citizen.plan_tab import PlanTab
from planner_gui.ui.colors import MUTED, ON_LIGHT, WARNING, text_color
from planner_gui.ui.context import AppContext
from planner_gui.ui.file_dialogs import danish_dates
from planner_gui.ui.i18n import error_text, translated
from planner_gui.ui.paths import in_documents
from planner_gui.ui.printout import ProgressPart
from planner_gui.ui.workers import run_and_wait, run_in_background

DRAFT_DELAY_MS = 3000
T = TypeVar("T")


class CitizenView(QWidget):
    """One citizen's whole picture, with the plan editable through an undo stack.

    Construct it with ``overview=`` an already loaded :class:`CitizenOverview` (from
    :func:`planner_gui.services.plans.open_citizen`, which writes the ``view`` audit row), or without, and it loads
    itself with ``reason``. Loading raises :class:`planner_gui.services.permissions.ReasonRequired` when the citizen is
    outside the user's caseload and no reason was given: callers either call ``open_citizen`` first (recommended:
    ask for a reason, call again, then pass ``overview=``) or construct inside ``try/except ReasonRequired``.

    Edits are held until Save (Ctrl+S), which writes them in one service call (one transaction). Unsaved edits are
    kept as a draft in the database every few seconds and offered back when the citizen is opened again.
    Before removing the widget, call :meth:`maybe_close` (asks Gem / Kassér / Annullér when there are unsaved edits);
    ``closeEvent`` does it when the view is a window of its own.
    """

    saved = Signal(object)  # CitizenOverview
    dirty_changed = Signal(bool)
    title_changed = Signal(str)

    def __init__(
        self,
        ctx: AppContext,
        citizen_id: uuid.UUID,
        reason: str = "",
        parent: QWidget | None = None,
        *,
        overview: CitizenOverview | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("citizenView")
        self.ctx = ctx
        self.citizen_id = citizen_id
        self.overview = (
            overview
            if overview is not None
            else run_and_wait(lambda: plans.open_citizen(ctx.db, ctx.actor, citizen_id, reason))
        )
        self.reason = self.overview.reason
        self.holder = DraftHolder(self.overview.draft(), self)
        self.undo_stack = QUndoStack(self)
        self._was_dirty = False
        self._draft_kept = False  # a copy of the unsaved edits is in the database
        self._progress_loaded = False
        self.last_error: str = ""

        self._build_actions()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        if parent is None:
            bar = QMenuBar(self)
            bar.addMenu(self.edit_menu)
            bar.addMenu(self.citizen_menu)
            layout.setMenuBar(bar)
        layout.addWidget(self.toolbar)
        self.header = QLabel()
        self.header.setObjectName("citizenHeader")
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.header.setWordWrap(True)  # a narrow window (a laptop at 150-200 %) wraps the line instead of widening
        self.header.setContentsMargins(12, 6, 12, 6)
        layout.addWidget(self.header)
        self.banner = self._make_banner()
        layout.addWidget(self.banner)
        self.draft_banner = self._make_draft_banner()
        layout.addWidget(self.draft_banner)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("citizenTabs")
        self.tabs.setAccessibleName(self.tr("Borgerens sag"))
        self.plan_tab = PlanTab(
            ctx,
            self.holder,
            self.push_edit,
            self.overview.coordinator,
            self.overview.today,
            self.overview.can_edit,
        )
        self.course_tab = CourseTab(can_edit=self.overview.can_edit)
        self.course_tab.new_benefit_requested.connect(self.new_benefit)
        self.course_tab.exit_requested.connect(self.register_exit)
        self.course_tab.edit_benefit_requested.connect(self.edit_benefit)
        self.course_tab.delete_benefit_requested.connect(self.delete_benefit)
        self.course_tab.edit_exit_requested.connect(self.edit_exit)
        self.course_tab.delete_exit_requested.connect(self.delete_exit)
        self.history_tab = HistoryTab()
        self.progress_holder = QWidget()
        self.progress_holder.setObjectName("progressHolder")
        QVBoxLayout(self.progress_holder).setContentsMargins(0, 0, 0, 0)
        self.tabs.addTab(self.plan_tab, self.tr("&Plan"))
        self.tabs.addTab(self.course_tab, self.tr("F&orløb"))
        self.tabs.addTab(self.progress_holder, self.tr("Progr&ession"))
        self.tabs.addTab(self.history_tab, self.tr("His&torik"))
        self.tabs.currentChanged.connect(self._tab_changed)
        layout.addWidget(self.tabs, 1)

        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(self.keep_draft)
        self.holder.changed.connect(self._draft_changed)
        self.undo_stack.cleanChanged.connect(lambda _c: self._update_state())

        self._show_overview(self.overview)
        self._offer_kept_draft()
        self.setTabOrder(self.tabs, self.plan_tab.own_goal)
        self._focused_once = False
        self.focus_first()

    def focus_first(self) -> None:
        """Put the keyboard focus in the view (the handover button for its receiver, else the own-goal field), so the
        citizen's shortcuts work at once; the main window calls it when it opens the citizen's tab."""
        if self.overview.handover is not None and self.overview.handover.for_me and self.ack_button.isVisibleTo(self):
            self.ack_button.setFocus(Qt.FocusReason.OtherFocusReason)  # the receiver reads the handover note first
        else:
            self.plan_tab.own_goal.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- building

    def _build_actions(self) -> None:
        ws = Qt.ShortcutContext.WidgetWithChildrenShortcut
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("Fortryd"))
        self.undo_action.setObjectName("undoAction")
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("Gentag"))
        self.redo_action.setObjectName("redoAction")
        self._own_undo_keys = (
            [QKeySequence(QKeySequence.StandardKey.Undo)],
            [QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")],
        )
        self.save_action = QAction(self.tr("&Gem"), self)
        self.save_action.setObjectName("saveAction")
        self.save_action.setShortcut(QKeySequence.StandardKey.Save)
        self.save_action.triggered.connect(self.save)
        self.handover_action = QAction(self.tr("&Overdrag…"), self)
        self.handover_action.setObjectName("handoverAction")
        self.handover_action.setShortcut(QKeySequence("Ctrl+Shift+O"))
        self.handover_action.triggered.connect(self.handover)
        self.note_action = QAction(self.tr("Nyt &notat…"), self)
        self.note_action.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.note_action.triggered.connect(self.add_note)
        self.pdf_action = QAction(self.tr("Min plan som &PDF…"), self)
        self.pdf_action.setObjectName("pdfAction")
        self.pdf_action.setShortcut(QKeySequence("Ctrl+Shift+P"))
        self.pdf_action.triggered.connect(self.save_pdf)
        self.print_action = QAction(self.tr("&Udskriv Min plan…"), self)
        self.print_action.setObjectName("printAction")
        self.print_action.setShortcut(QKeySequence.StandardKey.Print)
        self.print_action.triggered.connect(self.print_plan)
        self.access_action = QAction(self.tr("&Aktindsigt…"), self)
        self.access_action.setObjectName("accessRequestAction")
        self.access_action.setToolTip(self.tr("Gem alt, hvad der er registreret om borgeren, i en mappe"))
        self.access_action.setEnabled(can(self.ctx.actor, Permission.CITIZEN_ACCESS_REQUEST))
        self.access_action.triggered.connect(self.access_request)
        self.access_job: QObject | None = None
        for a in (
            self.undo_action,
            self.redo_action,
            self.save_action,
            self.handover_action,
            self.note_action,
            self.pdf_action,
            self.print_action,
        ):
            a.setShortcutContext(ws)
            self.addAction(a)
        self._set_own_undo_shortcuts(True)
        self.edit_menu = QMenu(self.tr("&Redigér"), self)
        self.edit_menu.addAction(self.undo_action)
        self.edit_menu.addAction(self.redo_action)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.save_action)
        self.citizen_menu = QMenu(self.tr("&Borger"), self)
        for a in (self.handover_action, self.note_action, self.pdf_action, self.print_action):
            self.citizen_menu.addAction(a)
        # "Min plan" can carry the progression chart and table, when the caseworker chooses (remembered)
        self.include_progress_action = QAction(self.tr("Medtag progression i Min plan"), self)
        self.include_progress_action.setCheckable(True)
        self.include_progress_action.setChecked(
            QSettings().value("print/include_progress", True, type=bool)  # type: ignore[call-overload]
        )
        self.include_progress_action.toggled.connect(lambda on: QSettings().setValue("print/include_progress", on))
        self.citizen_menu.addAction(self.include_progress_action)
        self.citizen_menu.addSeparator()
        self.citizen_menu.addAction(self.access_action)
        self.toolbar = QToolBar()
        self.toolbar.setObjectName("citizenToolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        # the toolbar's undo and redo keep a short label; what they undo is in the tooltip and the Edit menu
        self.undo_button = QAction(self.tr("Fortryd"), self)
        self.undo_button.setObjectName("undoButton")
        self.redo_button = QAction(self.tr("Gentag"), self)
        self.redo_button.setObjectName("redoButton")
        self.undo_button.triggered.connect(self.undo_stack.undo)
        self.redo_button.triggered.connect(self.undo_stack.redo)
        for signal in (self.undo_stack.canUndoChanged, self.undo_stack.canRedoChanged):
            signal.connect(self._sync_undo_buttons)
        for signal in (self.undo_stack.undoTextChanged, self.undo_stack.redoTextChanged):
            signal.connect(self._sync_undo_buttons)
        self._sync_undo_buttons()
        for a in (self.save_action, self.undo_button, self.redo_button):
            self.toolbar.addAction(a)
        self.toolbar.addSeparator()
        for a in (self.handover_action, self.note_action, self.pdf_action, self.print_action):
            self.toolbar.addAction(a)
        for a in (self.save_action, self.handover_action, self.pdf_action, self.print_action, self.note_action):
            if not a.shortcut().isEmpty():
                a.setToolTip(
                    f"{a.text().replace('&', '')} ({a.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})"
                )

    def _sync_undo_buttons(self, *_args: object) -> None:
        try:
            self.undo_button.setEnabled(self.undo_stack.canUndo())
            self.redo_button.setEnabled(self.undo_stack.canRedo())
            self.undo_button.setToolTip(self.undo_action.text())
            self.redo_button.setToolTip(self.redo_action.text())
        except RuntimeError:
            pass  # the view is being destroyed

    def _set_own_undo_shortcuts(self, own: bool) -> None:
        undo_keys, redo_keys = self._own_undo_keys
        self.undo_action.setShortcuts(undo_keys if own else [])
        self.redo_action.setShortcuts(redo_keys if own else [])

    def _make_banner(self) -> QFrame:
        frame = QFrame()
        frame.setObjectName("handoverBanner")
        frame.setStyleSheet(
            "#handoverBanner { background: #fcf3cf; border: 1px solid #d4ac0d; }"
            f"#handoverBanner QLabel {{ color: {ON_LIGHT}; }}"
        )
        row = QHBoxLayout(frame)
        self.banner_text = QLabel()
        self.banner_text.setObjectName("handoverBannerText")
        self.banner_text.setWordWrap(True)
        self.banner_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.ack_button = QPushButton(self.tr("Jeg har &læst notatet"))
        self.ack_button.setObjectName("acknowledgeHandover")
        self.ack_button.clicked.connect(self.acknowledge_handover)
        row.addWidget(self.banner_text, 1)
        row.addWidget(self.ack_button, 0, Qt.AlignmentFlag.AlignTop)
        frame.hide()
        return frame

    def _make_draft_banner(self) -> QFrame:
        frame = QFrame()
        frame.setObjectName("draftBanner")
        frame.setStyleSheet(
            "#draftBanner { background: #ebf5fb; border: 1px solid #5dade2; }"
            f"#draftBanner QLabel {{ color: {ON_LIGHT}; }}"
        )
        row = QHBoxLayout(frame)
        text = QLabel(self.tr("Du har ændringer i planen fra sidst, som ikke blev gemt."))
        text.setWordWrap(True)
        self.restore_button = QPushButton(self.tr("&Genskab ændringerne"))
        self.restore_button.setObjectName("restoreDraft")
        self.restore_button.clicked.connect(self.restore_draft)
        self.discard_draft_button = QPushButton(self.tr("Kassér dem"))
        self.discard_draft_button.setObjectName("discardDraft")
        self.discard_draft_button.clicked.connect(self.discard_kept_draft)
        row.addWidget(text, 1)
        row.addWidget(self.restore_button)
        row.addWidget(self.discard_draft_button)
        frame.hide()
        self._kept_draft: PlanDraft | None = None
        return frame

    # -- showing

    def _show_overview(self, ov: CitizenOverview) -> None:
        self.overview = ov
        group = (
            TARGET_GROUP_LABELS.get(ov.target_group, ov.target_group) if ov.target_group else self.tr("ingen ydelse")
        )
        who = ov.primary.name if ov.primary else self.tr("ingen")
        coord = ov.coordinator.name if ov.coordinator else self.tr("ingen")
        # texts outside the f-strings: lupdate finds no tr() inside one
        primary_label, coordinator_label = self.tr("Sagsbehandler"), self.tr("Koordinerende")
        outside_label = self.tr("Åbnet uden for din sagsstamme. Begrundelse")
        self.header.setText(
            f"<span style='font-size: 15pt; font-weight: 600;'>{esc(ov.name)}</span>&nbsp;&nbsp;"
            f"<span style='color: {text_color(MUTED, self)};'>{ov.cpr} &middot; {translated(group)} &middot; "
            f"{primary_label}: {esc(who)} &middot; {coordinator_label}: {esc(coord)}</span>"
            + (
                f"<br/><span style='color: {text_color(WARNING, self)};'>{outside_label}: {esc(ov.reason)}</span>"
                if ov.reason
                else ""
            )
        )
        if ov.handover is not None:
            h = ov.handover
            self.banner_text.setText(
                self.tr("<b>Overdragelse fra {giver}</b> til {receiver}:<br/>{note}").format(
                    giver=esc(h.from_name),
                    receiver=esc(h.to_name or self.tr("ny sagsbehandler")),
                    note=esc(h.note).replace("\n", "<br/>"),
                )
            )
            self.ack_button.setVisible(h.for_me)
            self.banner.show()
        else:
            self.banner.hide()
        self._stale = {self.course_tab, self.history_tab}  # filled when first shown: opening stays fast
        self._fill_current_tab()
        self.handover_action.setEnabled(can(self.ctx.actor, Permission.HANDOVER))
        self.note_action.setEnabled(ov.can_edit)
        self._update_state()
        self.title_changed.emit(self.title())

    def title(self) -> str:
        """The citizen's name, with " *" while there are unsaved edits (the same form before and after editing)."""
        return self.overview.name + (" *" if self.is_dirty() else "")

    def _fill_current_tab(self) -> None:
        widget = self.tabs.currentWidget() if hasattr(self, "tabs") else None
        if widget in self._stale:
            self._stale.discard(widget)
            if widget is self.course_tab:
                self.course_tab.set_course(self.overview.course, self.overview.today, self.overview.notes)
            elif widget is self.history_tab:
                self.history_tab.set_history(self.overview.history)

    def _tab_changed(self, index: int) -> None:
        self._fill_current_tab()
        if self.tabs.widget(index) is self.progress_holder and not self._progress_loaded:
            self._progress_loaded = True
            self.progress_holder.layout().addWidget(self._make_progress_panel())

    def _make_progress_panel(self) -> QWidget:
        from planner_gui.ui.progress.panel import ProgressPanel  # pyqtgraph loads when the tab is first built

        return ProgressPanel(self.ctx, self.citizen_id, reason=self.reason or None)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._focused_once:  # opened from the search box or the caseload: the focus moves to the citizen
            self._focused_once = False
            self.focus_first()
        group = getattr(self.window(), "undo_group", None)
        if group is not None and self.window() is not self:
            if self.undo_stack not in group.stacks():
                group.addStack(self.undo_stack)
            group.setActiveStack(self.undo_stack)
            self._set_own_undo_shortcuts(False)  # the main window's Edit menu owns Ctrl+Z there
            # and its Filer > Gem owns Ctrl+S, wherever the focus is in the window (the search field, after a menu)
            self.save_action.setShortcut(QKeySequence())
        else:
            self._set_own_undo_shortcuts(True)
            self.save_action.setShortcut(QKeySequence.StandardKey.Save)

    # -- editing

    def push_edit(self, after: PlanDraft, what: str, text: str, merge: bool) -> None:
        self.undo_stack.push(DraftCommand(self.holder, self.holder.draft, after, what, text, merge))

    def is_dirty(self) -> bool:
        return not diff(self.overview, self.holder.draft).empty

    def _draft_changed(self, _what: str) -> None:
        self._update_state()
        if self.is_dirty() or self._draft_kept:
            self._draft_timer.start()

    def _update_state(self) -> None:
        dirty = self.is_dirty()
        self.save_action.setEnabled(dirty and self.overview.can_edit)
        if dirty != self._was_dirty:
            self._was_dirty = dirty
            self.dirty_changed.emit(dirty)
            self.title_changed.emit(self.title())
            if self.window() is self:
                self.setWindowTitle(self.title())

    def keep_draft(self) -> None:
        """Keep the unsaved edits in the database (offered back after a crash or a forced close)."""
        if not self.overview.can_edit:
            return
        db, actor, cid = self.ctx.db, self.ctx.actor, self.citizen_id
        if self.is_dirty():
            draft = self.holder.draft
            run_in_background(lambda _p: plans.save_draft(db, actor, cid, draft), on_error=_draft_not_kept)
            self._draft_kept = True
        elif self._draft_kept:  # undone back to the saved plan: nothing to keep
            self._discard_draft()

    def _offer_kept_draft(self) -> None:
        if not self.overview.can_edit:
            return
        kept = self.overview.kept_draft
        if kept is not None and not diff(self.overview, kept).empty:
            self._kept_draft = kept
            self.draft_banner.show()

    def restore_draft(self) -> None:
        if self._kept_draft is not None:
            self.push_edit(self._kept_draft, "all", self.tr("genskabelse af ikke-gemte ændringer"), False)
        self._kept_draft = None
        self.draft_banner.hide()

    def discard_kept_draft(self) -> None:
        self._kept_draft = None
        self.draft_banner.hide()
        self._discard_draft()

    def _discard_draft(self) -> None:
        """Remove the kept copy of unsaved edits, in the background (queued after any copy being written)."""
        db, actor, cid = self.ctx.db, self.ctx.actor, self.citizen_id
        run_in_background(lambda _p: plans.discard_draft(db, actor, cid), on_error=_draft_not_kept)
        self._draft_kept = False

    def save(self) -> bool:
        """Write every pending edit in one service call. True when there is nothing left unsaved."""
        self.plan_tab.flush_pending()
        edits = diff(self.overview, self.holder.draft)
        if edits.empty:
            return True
        db, actor, cid = self.ctx.db, self.ctx.actor, self.citizen_id
        try:
            ov = self._with_reason(lambda reason: plans.save_plan(db, actor, cid, edits, reason))
        except ConcurrentEdit as err:
            self.keep_draft()
            self._error(self.tr("Planen blev ikke gemt"), error_text(err))
            return False
        except UserError as err:
            self._error(self.tr("Planen blev ikke gemt"), error_text(err))
            return False
        if ov is None:  # no reason given: the edits stay on screen
            self.keep_draft()
            return False
        self._draft_timer.stop()
        self._draft_kept = False  # save_plan removed the kept draft in the same transaction
        self.undo_stack.clear()
        self.holder.set(ov.draft(), "all")
        self._show_overview(ov)
        self.ctx.signals.status_message.emit(self.tr("Planen er gemt"))
        self.ctx.citizen_changed(self.citizen_id)
        self.saved.emit(ov)
        return True

    def ask_reason(self) -> str | None:
        """The main window's reason dialog (need-to-know); None when cancelled."""
        dialog = ReasonDialog(self.overview.name, self)
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).setText(self.tr("Fortsæt"))
        return dialog.text() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def _with_reason(self, action: Callable[[str], T]) -> T | None:
        """Run ``action(reason)``, a service call, on the background thread (:func:`run_and_wait`; it must not touch
        widgets: read them before). When the citizen has left the user's caseload since the view opened (after a
        handover, say), the service asks for a reason: ask the user, run it again with it, and keep the reason for
        the view's next actions. None when the user cancels."""
        given = self.reason
        try:
            return run_and_wait(lambda: action(given))
        except ReasonRequired:
            reason = self.ask_reason()
            if reason is None:
                return None
            result = run_and_wait(lambda: action(reason))
            self.reason = reason
            return result

    def _reason_ready(self) -> bool:
        """Before something that cannot be undone (a print): when a reason is now needed and none was given, ask
        for it first. False when the user cancels."""
        if self.reason:
            return True
        try:
            db, actor, cid = self.ctx.db, self.ctx.actor, self.citizen_id
            needed = run_and_wait(lambda: citizens.needs_reason(db, actor, cid))
        except UserError as err:
            self._error(self.tr("Det lykkedes ikke"), error_text(err))
            return False
        if not needed:
            return True
        reason = self.ask_reason()
        if reason is None:
            return False
        self.reason = reason
        return True

    def _error(self, title: str, text: str) -> None:
        text = sentence(text)
        self.last_error = text
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, self)
        box.setObjectName("citizenErrorBox")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def _rebase(self, ov: CitizenOverview) -> None:
        """Show ``ov`` (after an action that saved something else); unsaved plan edits stay pending."""
        if not self.is_dirty():
            self.undo_stack.clear()
            self.holder.set(ov.draft(), "all")
        self._show_overview(ov)
        self.ctx.citizen_changed(self.citizen_id)

    # -- closing

    def ask_unsaved(self) -> QMessageBox.StandardButton:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Ikke gemte ændringer"),
            self.tr("Du har ændringer i planen for {name}, som ikke er gemt.").format(name=self.overview.name),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("unsavedBox")
        box.button(QMessageBox.StandardButton.Save).setText(self.tr("&Gem"))
        box.button(QMessageBox.StandardButton.Discard).setText(self.tr("&Kassér"))
        box.button(QMessageBox.StandardButton.Cancel).setText(self.tr("&Annullér"))
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        box.setEscapeButton(QMessageBox.StandardButton.Cancel)
        return QMessageBox.StandardButton(box.exec())

    def maybe_close(self) -> bool:
        """True when the view may go: no unsaved edits, or the user saved or discarded them."""
        self.plan_tab.flush_pending()
        if not self.is_dirty():
            return True
        answer = self.ask_unsaved()
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        if answer == QMessageBox.StandardButton.Discard:
            self._draft_timer.stop()
            self._discard_draft()
            self.undo_stack.clear()
            self.holder.set(self.overview.draft(), "all")
            return True
        return False

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.maybe_close():
            self._detach_stack()
            event.accept()
        else:
            event.ignore()

    def _detach_stack(self) -> None:
        group = getattr(self.window(), "undo_group", None)
        if group is not None and self.undo_stack in group.stacks():
            group.removeStack(self.undo_stack)

    # -- actions that save at once

    def handover(self) -> None:
        if self.is_dirty():
            self._error(self.tr("Gem først"), self.tr("Gem eller fortryd dine ændringer i planen, før du overdrager."))
            return
        ov = self.overview
        coordinator_is_current = ov.coordinator is None or (
            ov.primary is not None and ov.coordinator.id == ov.primary.id
        )
        db = self.ctx.db
        try:
            staff = run_and_wait(lambda: plans.list_caseworkers(db))
        except UserError as err:
            self._error(self.tr("Overdragelsen lykkedes ikke"), error_text(err))
            return
        dialog = HandoverDialog(staff, ov.primary, coordinator_is_current, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        receiver = dialog.selected()
        assert receiver is not None
        self.do_handover(receiver.id, dialog.note.toPlainText(), dialog.move_coordinator.isChecked())

    def do_handover(self, to_staff_id: uuid.UUID, note: str, move_coordinator: bool) -> bool:
        db, actor, cid, reason = self.ctx.db, self.ctx.actor, self.citizen_id, self.reason
        try:
            ov = run_and_wait(
                lambda: plans.handover(db, actor, cid, to_staff_id, note, reason, move_coordinator=move_coordinator)
            )
        except UserError as err:
            self._error(self.tr("Overdragelsen lykkedes ikke"), error_text(err))
            return False
        self._rebase(ov)
        self.ctx.signals.caseload_changed.emit()
        self.ctx.signals.status_message.emit(
            self.tr("Borgeren er overdraget til {name}").format(name=ov.primary.name if ov.primary else "")
        )
        return True

    def acknowledge_handover(self) -> None:
        try:
            db, actor, cid, reason = self.ctx.db, self.ctx.actor, self.citizen_id, self.reason
            ov = run_and_wait(lambda: plans.acknowledge_handover(db, actor, cid, reason))
        except UserError as err:
            self._error(self.tr("Det lykkedes ikke"), error_text(err))
            return
        self._rebase(ov)
        self.plan_tab.own_goal.setFocus()

    def add_note(self) -> None:
        dialog = NoteDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        db, actor, cid = self.ctx.db, self.ctx.actor, self.citizen_id
        text, kind = dialog.text.toPlainText(), dialog.kind.currentData()
        try:
            ov = self._with_reason(lambda reason: plans.add_note(db, actor, cid, text, kind, reason))
        except UserError as err:
            self._error(self.tr("Notatet blev ikke gemt"), error_text(err))
            return
        if ov is not None:
            self._rebase(ov)

    def new_benefit(self) -> None:
        """Ny ydelse: a benefit period (target group, from, optional to), saved at once."""
        current = next((b for b in reversed(self.overview.course.benefits) if b.end is None), None)

        def save(d: BenefitDialog) -> CitizenOverview | None:
            start, end = d.dates()
            db, actor, cid = self.ctx.db, self.ctx.actor, self.citizen_id
            group, end_current = d.target_group.currentData(), d.end_current.isChecked()
            return self._with_reason(
                lambda reason: plans.add_benefit_period(
                    db, actor, cid, group, start, end, reason, end_current=end_current
                )
            )

        dialog = BenefitDialog(current, self.overview.today, save, self)
        self.benefit_dialog = dialog  # for tests
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.overview is not None:
            self._rebase(dialog.overview)
            self.tabs.setCurrentWidget(self.course_tab)
            self.ctx.signals.status_message.emit(self.tr("Ydelsen er registreret"))

    def register_exit(self) -> None:
        """Registrér afgang: exit date and type; open benefit periods end that day. Saved at once."""

        def save(d: ExitDialog) -> CitizenOverview | None:
            date, kind = d.exit_date(), d.kind.currentData()
            db, actor, cid = self.ctx.db, self.ctx.actor, self.citizen_id
            return self._with_reason(lambda reason: plans.register_exit(db, actor, cid, date, kind, reason))

        dialog = ExitDialog(self.overview.today, save, self)
        self.exit_dialog = dialog  # for tests
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.overview is not None:
            self._rebase(dialog.overview)
            self.tabs.setCurrentWidget(self.course_tab)
            self.ctx.signals.status_message.emit(self.tr("Afgangen er registreret"))

    def _course_saved(self, ov: CitizenOverview, message: str) -> None:
        self._rebase(ov)
        self.tabs.setCurrentWidget(self.course_tab)
        self.ctx.signals.status_message.emit(message)

    def edit_benefit(self, row: BenefitRow) -> None:
        """Ret ydelse: correct the selected benefit period (the add dialog with its values). Saved at once."""
        assert row.id is not None

        def save(d: BenefitDialog) -> CitizenOverview | None:
            start, end = d.dates()
            db, actor, cid, group = self.ctx.db, self.ctx.actor, self.citizen_id, d.target_group.currentData()
            return self._with_reason(
                lambda reason: plans.update_benefit_period(
                    db, actor, cid, row.id, row.version, group, start, end, reason
                )
            )

        dialog = BenefitDialog(None, self.overview.today, save, self, editing=row)
        self.benefit_dialog = dialog  # for tests
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.overview is not None:
            self._course_saved(dialog.overview, self.tr("Ydelsen er rettet"))

    def delete_benefit(self, row: BenefitRow) -> None:
        """Slet ydelse: delete the selected benefit period, with a reason for the audit log. Saved at once."""
        assert row.id is not None
        what = self.tr("Ydelsen {group} fra {start} slettes. Skriv hvorfor; begrundelsen gemmes i loggen.").format(
            group=translated(TARGET_GROUP_LABELS.get(row.target_group, row.target_group)), start=format_date(row.start)
        )

        def save(d: DeleteRowDialog) -> CitizenOverview | None:
            db, actor, cid, why = self.ctx.db, self.ctx.actor, self.citizen_id, d.reason.text()
            return self._with_reason(
                lambda reason: plans.delete_benefit_period(db, actor, cid, row.id, row.version, why, reason)
            )

        dialog = DeleteRowDialog(self.tr("Slet ydelse"), what, save, self)
        self.delete_dialog = dialog  # for tests
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.overview is not None:
            self._course_saved(dialog.overview, self.tr("Ydelsen er slettet"))

    def edit_exit(self, row: ExitRow) -> None:
        """Ret afgang: correct the selected exit's date and type. Saved at once."""
        assert row.id is not None

        def save(d: ExitDialog) -> CitizenOverview | None:
            date, kind = d.exit_date(), d.kind.currentData()
            db, actor, cid = self.ctx.db, self.ctx.actor, self.citizen_id
            return self._with_reason(
                lambda reason: plans.update_exit(db, actor, cid, row.id, row.version, date, kind, reason)
            )

        dialog = ExitDialog(self.overview.today, save, self, editing=row)
        self.exit_dialog = dialog  # for tests
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.overview is not None:
            self._course_saved(dialog.overview, self.tr("Afgangen er rettet"))

    def delete_exit(self, row: ExitRow) -> None:
        """Slet afgang: delete the selected exit, with a reason for the audit log. Saved at once."""
        assert row.id is not None
        what = self.tr(
            "Afgangen {date} ({kind}) slettes. Ydelser, den afsluttede, forbliver afsluttede (ret dem bagefter, "
            "hvis de skal fortsætte). Skriv hvorfor; begrundelsen gemmes i loggen."
        ).format(date=format_date(row.date), kind=translated(EXIT_TYPE_LABELS.get(row.type, row.type)))

        def save(d: DeleteRowDialog) -> CitizenOverview | None:
            db, actor, cid, why = self.ctx.db, self.ctx.actor, self.citizen_id, d.reason.text()
            return self._with_reason(lambda reason: plans.delete_exit(db, actor, cid, row.id, row.version, why, reason))

        dialog = DeleteRowDialog(self.tr("Slet afgang"), what, save, self)
        self.delete_dialog = dialog  # for tests
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.overview is not None:
            self._course_saved(dialog.overview, self.tr("Afgangen er slettet"))

    def _saved_before_print(self) -> bool:
        self.plan_tab.flush_pending()
        if not self.is_dirty():
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Gem først"),
            self.tr("Min plan viser den gemte plan. Vil du gemme dine ændringer først?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Save and self.save()

    def _progress_part(self) -> ProgressPart | None:
        """The progression chart and table for "Min plan", when chosen and the citizen has been measured."""
        if not self.include_progress_action.isChecked():
            return None
        from planner_gui.services.measurements import progression_for_printout
        from planner_gui.ui.progress.chart import progress_summary_html, render_progress_png

        # access to the citizen was checked (and a reason logged) when the view was opened
        db, cid = self.ctx.db, self.citizen_id
        progression = run_and_wait(lambda: progression_for_printout(db, cid))
        png = render_progress_png(progression, 900, 420)
        if not png:
            return None
        return ProgressPart(png, progress_summary_html(progression))

    def write_pdf(self, path: Path) -> Path:
        """Audit the print, then write "Min plan" (the saved plan) to ``path`` (the entry is committed before the
        PDF touches the disk, so a killed app still leaves its trace)."""
        from planner_gui.ui.printout import write_pdf

        db, actor, cid = self.ctx.db, self.ctx.actor, self.citizen_id

        def record(reason: str) -> bool:
            plans.record_print(db, actor, cid, reason, "pdf")
            return True

        if not self._with_reason(record):
            raise UserError(self.tr("Ingen begrundelse: PDF'en blev ikke gemt."))
        return write_pdf(self.overview, path, self._progress_part())

    def save_pdf(self) -> None:
        if not self._saved_before_print() or not self._reason_ready():
            return
        name = f"Min plan {self.overview.first_name} {self.overview.last_name}.pdf"
        with danish_dates():  # Qt's own dialog shows dates as dd-mm-åååå
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Gem Min plan som PDF"), in_documents(name), self.tr("PDF (*.pdf)")
            )
        if not path:
            return
        try:
            self.write_pdf(Path(path))
        except (UserError, OSError) as err:
            self._error(self.tr("PDF'en blev ikke gemt"), error_text(err))
            return
        self.ctx.signals.status_message.emit(self.tr("Min plan er gemt som {path}").format(path=path))

    def print_plan(self) -> None:
        from planner_gui.ui.printout import print_with_dialog

        if not self._saved_before_print() or not self._reason_ready():
            return
        if print_with_dialog(self.overview, self, self._progress_part()):
            db, actor, cid = self.ctx.db, self.ctx.actor, self.citizen_id
            try:
                self._with_reason(lambda reason: plans.record_print(db, actor, cid, reason, "printer"))
            except UserError as err:
                self._error(self.tr("Det lykkedes ikke"), error_text(err))

    def access_request(self) -> None:
        """Aktindsigt: everything held about the citizen (workbook, audit entries, the saved plan as PDF) into a new
        folder, in the background; the service logs the request."""
        from planner_gui.ui.privacy_dialogs import AccessRequestJob, ask_access_folder

        if self.access_job is not None:
            return
        folder = ask_access_folder(self, self.overview.name)
        if folder is None:
            return
        job = AccessRequestJob(self.ctx, self.overview, self.reason, self)
        self.access_job = job
        job.done.connect(self._access_done)
        job.failed.connect(self._access_failed)
        job.start(folder)

    def _access_done(self, result: object) -> None:
        self.access_job = None
        folder = getattr(result, "folder", "")
        self.ctx.signals.status_message.emit(self.tr("Aktindsigten er gemt i {folder}").format(folder=folder))

    def _access_failed(self, text: str) -> None:
        self.access_job = None
        self._error(self.tr("Aktindsigten blev ikke gemt"), text)


def _draft_not_kept(err: BaseException) -> None:
    """Keeping a copy of unsaved edits is best effort (they are still on screen); a bug is still a bug."""
    if isinstance(err, UserError):
        import logging

        logging.getLogger(__name__).warning("unsaved edits not kept: %s", err)
        return
    from planner_gui.ui.errors import show_exception

    show_exception(err)
