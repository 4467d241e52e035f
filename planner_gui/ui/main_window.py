"""The main window: "Mine borgere", search over all citizens, citizens in tabs, reports for team leads.

For the citizen screen (part B): every citizen opens in a tab of :attr:`MainWindow.tabs`. The Edit menu shows undo and
redo of :attr:`MainWindow.undo_group` (a ``QUndoGroup``). A citizen view attaches its ``QUndoStack`` with
``self.window().undo_group.addStack(stack)`` and ``setActiveStack(stack)``; when a view exposes its stack as the
attribute ``undo_stack``, the main window also makes it the active stack whenever its tab is selected. Closing a tab
calls the view's ``close()``; a view that ignores the close event (unsaved edits it asked about) keeps its tab.
"""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QIcon, QKeyEvent, QKeySequence, QUndoGroup
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from planner_gui.errors import UserError
from planner_gui.services.permissions import Permission, ReasonRequired, can
from planner_gui.ui.caseload.model import DEFAULT_STALE_DAYS
from planner_gui.ui.caseload.reason import ReasonDialog
from planner_gui.ui.caseload.view import CaseloadPage, SearchPage
from planner_gui.ui.context import AppContext
from planner_gui.ui.login import APP_NAME, window_title
from planner_gui.ui.screens import fit_to_screen


def icon(name: str) -> QIcon:
    from planner_gui.ui.app import icon_path

    return QIcon(str(icon_path(name)))


class _SearchKeys(QObject):
    """Down arrow in the search field moves into the results; Escape clears the field; undo and redo (Ctrl+Z,
    Ctrl+Shift+Z, Ctrl+Y) undo the field's own text without moving to the search results' tab."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() == Qt.Key.Key_Down:
                self.window.search_page.run_now()
                self.window.search_page.table.focus_first_row()
                return True
            if event.key() == Qt.Key.Key_Escape and self.window.search.text():
                self.window.search.clear()
                return True
            undo = event.matches(QKeySequence.StandardKey.Undo)
            if undo or event.matches(QKeySequence.StandardKey.Redo) or _is_redo_key(event):
                self.window.undo_search_text(redo=not undo)
                return True
        return False


def _is_redo_key(event: QKeyEvent) -> bool:
    mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    ctrl, shift = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
    return (event.key() == Qt.Key.Key_Z and mods == ctrl | shift) or (event.key() == Qt.Key.Key_Y and mods == ctrl)


class MainWindow(QMainWindow):
    logout_requested = Signal()
    database_replaced = Signal()  # a backup was restored from the menu: open the database again and log in
    language_requested = Signal(str)  # Indstillinger > Sprog: "da" or "en"

    def __init__(
        self, ctx: AppContext, *, today: dt.date | None = None, settings: Any = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.today = today
        self.settings = settings
        self.setObjectName("mainWindow")
        actor = ctx.actor
        who = f"{actor.name} ({actor.initials})" if actor.name else actor.initials
        self.setWindowTitle(window_title(who))
        self.setWindowIcon(icon("app"))
        self.undo_group = QUndoGroup(self)  # part B: citizen views add their QUndoStack here (see module docstring)
        self.citizen_tabs: dict[uuid.UUID, QWidget] = {}
        self._closing = False
        self._undoing_search = False  # Ctrl+Z in the search field: its text changes, the tab stays
        self._citizen_menu_action: QAction | None = None
        stale_days = self.stale_days()

        # -- search field (toolbar)
        self.search = QLineEdit()
        self.search.setObjectName("searchField")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Søg borger: navn eller CPR-nummer (Ctrl+F)"))
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 34)
        self.search.setAccessibleName(self.tr("Søg borger"))
        toolbar = QToolBar(self.tr("Søgning"))
        toolbar.setObjectName("searchToolbar")
        toolbar.setMovable(False)
        toolbar.addWidget(self.search)
        self.addToolBar(toolbar)
        self.toolbar = toolbar

        # -- pages
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName(self.tr("Sider"))
        self.nav.setFixedWidth(self.fontMetrics().horizontalAdvance("M") * 13)
        self.pages = QStackedWidget()
        self.caseload_page: CaseloadPage | None = None
        if actor.role == "sagsbehandler":
            self.caseload_page = CaseloadPage(ctx, today=today, stale_days=stale_days)
            self.caseload_page.open_requested.connect(self.open_citizen)
            self._add_page(self.caseload_page, self.tr("Mine borgere"), "caseload")
        self.search_page = SearchPage(ctx, today=today, stale_days=stale_days)
        self.search_page.open_requested.connect(self.open_citizen)
        self._add_page(self.search_page, self.tr("Søg"), "search")
        self.reports_page: QWidget | None = None
        if can(actor, Permission.RUN_REPORTS):
            self.reports_page = QWidget()
            self.reports_page.setObjectName("reportsPage")
            QVBoxLayout(self.reports_page)
            self._add_page(self.reports_page, self.tr("Rapporter"), "reports")
        self.users_page: QWidget | None = None
        if can(actor, Permission.MANAGE_USERS):
            from planner_gui.ui.users_page import UsersPage

            self.users_page = UsersPage(ctx)
            self._add_page(self.users_page, self.tr("Brugere"), "users")
        self.audit_page: QWidget | None = None
        if can(actor, Permission.VIEW_AUDIT):
            from planner_gui.ui.audit_view import AuditView

            self.audit_page = AuditView(ctx)
            self._add_page(self.audit_page, self.tr("Revisionsspor"), "audit")
        self.nav.currentRowChanged.connect(self._page_changed)
        overview = QWidget()
        overview.setObjectName("overview")
        row = QHBoxLayout(overview)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.nav)
        row.addWidget(self.pages, 1)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("tabs")
        self.tabs.setDocumentMode(True)
        self.tabs.setTabsClosable(True)
        self.tabs.tabBar().setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes search → pages; Ctrl+Tab switches tabs
        self.tabs.addTab(overview, icon("caseload"), self.tr("Oversigt"))
        self.tabs.tabBar().setTabButton(0, self.tabs.tabBar().ButtonPosition.RightSide, None)
        self.tabs.tabCloseRequested.connect(self.close_tab)
        self.tabs.currentChanged.connect(self._tab_changed)
        self.setCentralWidget(self.tabs)

        from planner_gui.ui.idle_lock import IdleLock, idle_minutes

        self.idle_lock = IdleLock(self, ctx, idle_minutes(settings))
        self._build_menus()
        self.search.textEdited.connect(self._search_edited)
        self.search.returnPressed.connect(self._search_return)
        self.search.installEventFilter(_SearchKeys(self))
        self.nav.setCurrentRow(0)
        roles = {
            "sagsbehandler": self.tr("sagsbehandler"),
            "teamleder": self.tr("teamleder"),
            "administrator": self.tr("administrator"),
        }
        role = roles.get(actor.role, actor.role)
        where = str(ctx.db.where)
        short = where if "://" in where else Path(where).name  # the file's name; the whole path in the tooltip
        status = QLabel(self.tr("Logget ind som {who}, {role}  ·  {db}").format(who=who, role=role, db=short))
        status.setObjectName("statusLabel")
        status.setToolTip(where)
        status.setContentsMargins(12, 0, 6, 0)
        self.status_label = status
        self.statusBar().addPermanentWidget(status)
        ctx.signals.status_message.connect(self.show_status)
        self.setTabOrder(self.search, self.nav)
        fit_to_screen(self, 1180, 720)  # within a laptop screen at 150 % too
        self._restore_geometry()

    def show_status(self, text: str, timeout: int = 5000) -> None:
        """A passing message in the status bar, shortened in the middle (a file's name stays readable) so it never
        runs into the "Logget ind som" label; the whole text is in the status bar's tooltip."""
        bar = self.statusBar()
        room = bar.width() - (self.status_label.width() if self.status_label.isVisible() else 0) - 36
        shown = bar.fontMetrics().elidedText(text, Qt.TextElideMode.ElideMiddle, max(room, 80))
        bar.setToolTip(text if shown != text else "")
        bar.showMessage(shown, timeout)

    # -- construction helpers

    def _add_page(self, page: QWidget, title: str, icon_name: str) -> None:
        item = QListWidgetItem(icon(icon_name), title)
        item.setData(Qt.ItemDataRole.UserRole, page.objectName())
        self.nav.addItem(item)
        self.pages.addWidget(page)

    def _action(self, text: str, slot: Any, shortcut: Any = None, icon_name: str | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        if icon_name:
            action.setIcon(icon(icon_name))
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&Filer"))
        self.new_citizen_action = self._action(
            self.tr("&Ny borger …"), self.new_citizen, QKeySequence.StandardKey.New, "new-citizen"
        )
        self.new_citizen_action.setObjectName("newCitizenAction")
        self.new_citizen_action.setEnabled(can(self.ctx.actor, Permission.CREATE_CITIZEN))
        self.new_citizen_action.setToolTip(self.tr("Opret en ny borger (Ctrl+N)"))
        file_menu.addAction(self.new_citizen_action)
        if self.new_citizen_action.isEnabled():
            self.toolbar.addSeparator()
            self.toolbar.addAction(self.new_citizen_action)
            self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.save_action = self._action(self.tr("&Gem"), self.save_current, QKeySequence.StandardKey.Save)
        self.save_action.setObjectName("saveAction")
        self.save_action.setToolTip(self.tr("Gem ændringerne i borgerens plan (Ctrl+S)"))
        self.save_action.setEnabled(False)
        file_menu.addAction(self.save_action)
        from planner_gui.ui.offline import OfflineController

        self.offline = OfflineController(self, self.ctx, file_menu)  # Tag med ud / Synkroniser (issue 15)
        file_menu.addSeparator()
        self.close_tab_action = self._action(self.tr("&Luk fane"), self.close_current_tab, QKeySequence("Ctrl+W"))
        file_menu.addAction(self.close_tab_action)
        self.lock_action = self._action(self.tr("&Lås skærmen"), self.idle_lock.lock, QKeySequence("Ctrl+L"))
        self.lock_action.setObjectName("lockAction")
        file_menu.addAction(self.lock_action)
        self.logout_action = self._action(self.tr("Log &ud"), self.logout, None, "logout")
        file_menu.addAction(self.logout_action)
        self.quit_action = self._action(self.tr("&Afslut"), self.close, QKeySequence("Ctrl+Q"))
        file_menu.addAction(self.quit_action)

        edit_menu = bar.addMenu(self.tr("&Rediger"))
        self.edit_menu = edit_menu
        self.undo_action = self.undo_group.createUndoAction(self, self.tr("&Fortryd"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_group.createRedoAction(self, self.tr("&Gentag"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        self.find_action = self._action(self.tr("&Søg borger"), self.focus_search, QKeySequence("Ctrl+F"), "search")
        edit_menu.addAction(self.find_action)

        view_menu = bar.addMenu(self.tr("&Vis"))
        self.view_menu = view_menu
        if self.caseload_page is not None:
            go = self._action(self.tr("&Mine borgere"), lambda: self.show_page("caseloadPage"), QKeySequence("Ctrl+1"))
            view_menu.addAction(go)
        view_menu.addAction(
            self._action(self.tr("Sø&geresultater"), lambda: self.show_page("searchPage"), QKeySequence("Ctrl+2"))
        )
        if self.reports_page is not None:
            view_menu.addAction(
                self._action(self.tr("&Rapporter"), lambda: self.show_page("reportsPage"), QKeySequence("Ctrl+3"))
            )
        view_menu.addSeparator()
        view_menu.addAction(self._action(self.tr("Opdatér"), self.refresh, QKeySequence.StandardKey.Refresh))

        settings_menu = bar.addMenu(self.tr("&Indstillinger"))
        settings_menu.addAction(self._action(self.tr("Markér manglende måling efter …"), self.ask_stale_days))
        settings_menu.addAction(self._action(self.tr("Lås skærmen efter inaktivitet …"), self.ask_idle_minutes))
        language = settings_menu.addMenu(self.tr("Sprog"))
        group = QActionGroup(self)
        current = self._setting("language", "da")
        for code, label in (("da", "Dansk"), ("en", "English")):
            act = QAction(label, self, checkable=True)
            act.setChecked(code == current)
            act.triggered.connect(lambda _checked=False, c=code: self.set_language(c))
            group.addAction(act)
            language.addAction(act)

        actor = self.ctx.actor
        admin_items = (
            can(actor, Permission.VIEW_AUDIT),
            can(actor, Permission.RETENTION),
            can(actor, Permission.MANAGE_INSTRUMENTS),
            can(actor, Permission.RESTORE_BACKUP),
        )
        self.admin_menu: QMenu | None = None
        if any(admin_items):
            admin = bar.addMenu(self.tr("&Administration"))
            self.admin_menu = admin
            if self.audit_page is not None:
                audit_action = self._action(self.tr("&Revisionsspor"), lambda: self.show_page("auditPage"))
                audit_action.setObjectName("auditAction")
                admin.addAction(audit_action)
            if can(actor, Permission.RETENTION):
                self.retention_action = self._action(self.tr("&Sletning efter opbevaringsregler …"), self.retention)
                self.retention_action.setObjectName("retentionAction")
                admin.addAction(self.retention_action)
            if can(actor, Permission.MANAGE_INSTRUMENTS):
                self.instruments_action = self._action(self.tr("&Måleinstrumenter …"), self.instruments)
                self.instruments_action.setObjectName("instrumentsAction")
                admin.addAction(self.instruments_action)
            if can(actor, Permission.RESTORE_BACKUP):
                admin.addSeparator()
                self.restore_action = self._action(self.tr("&Gendan fra sikkerhedskopi …"), self.restore_backup)
                self.restore_action.setObjectName("restoreAction")
                self.restore_action.setEnabled(getattr(self.ctx.db, "path", None) is not None)
                admin.addAction(self.restore_action)

        help_menu = bar.addMenu(self.tr("&Hjælp"))
        self.guide_action = self._action(
            self.tr("&Brugervejledning"), self.show_guide, QKeySequence.StandardKey.HelpContents
        )
        self.guide_action.setObjectName("guideAction")
        self.guide_action.setToolTip(self.tr("Vejledning til sagsbehandlere og teamledere (F1)"))
        help_menu.addAction(self.guide_action)
        help_menu.addSeparator()
        self.about_action = self._action(self.tr("&Om {app}").format(app=APP_NAME), self.about)
        self.about_action.setObjectName("aboutAction")
        help_menu.addAction(self.about_action)

    # -- settings

    def _setting(self, key: str, default: Any) -> Any:
        if self.settings is None:
            return default
        return self.settings.value(key, default)

    def stale_days(self) -> int:
        try:
            return max(1, int(self._setting("caseload/stale_days", DEFAULT_STALE_DAYS)))
        except (TypeError, ValueError):
            return DEFAULT_STALE_DAYS

    def set_stale_days(self, days: int) -> None:
        if self.settings is not None:
            self.settings.setValue("caseload/stale_days", int(days))
        for page in (self.caseload_page, self.search_page):
            if page is not None:
                page.set_stale_days(days)

    def ask_stale_days(self) -> None:
        days, ok = QInputDialog.getInt(
            self,
            self.tr("Markering af målinger"),
            self.tr("Markér borgere, der ikke er målt i mere end dette antal dage:"),
            self.stale_days(),
            1,
            3650,
        )
        if ok:
            self.set_stale_days(days)

    def set_idle_minutes(self, minutes: int) -> None:
        from planner_gui.ui.idle_lock import SETTING_KEY

        if self.settings is not None:
            self.settings.setValue(SETTING_KEY, int(minutes))
        self.idle_lock.set_minutes(minutes)

    def ask_idle_minutes(self) -> None:
        from planner_gui.ui.idle_lock import MAX_MINUTES, MIN_MINUTES, idle_minutes

        minutes, ok = QInputDialog.getInt(
            self,
            self.tr("Lås skærmen"),
            self.tr("Lås skærmen, når programmet ikke er brugt i dette antal minutter:"),
            idle_minutes(self.settings),
            MIN_MINUTES,
            MAX_MINUTES,
        )
        if ok:
            self.set_idle_minutes(minutes)

    def set_language(self, code: str) -> None:
        """Indstillinger > Sprog: remembered for the next start, and switched at once by the app
        (``AppController.switch_language`` rebuilds this window in the new language, ``ui/language.py``)."""
        if self.settings is not None:
            self.settings.setValue("language", code)
        self.language_requested.emit(code)

    def _restore_geometry(self) -> None:
        geometry = self._setting("window/geometry", None)
        if isinstance(geometry, QByteArray | bytes) and geometry:
            self.restoreGeometry(geometry)

    # -- pages and tabs

    def show_page(self, name: str) -> None:
        for i in range(self.nav.count()):
            if self.nav.item(i).data(Qt.ItemDataRole.UserRole) == name:
                self.nav.setCurrentRow(i)
                self.tabs.setCurrentIndex(0)
                return

    def current_page(self) -> QWidget:
        return self.pages.currentWidget()

    def _page_changed(self, row: int) -> None:
        self.pages.setCurrentIndex(row)
        if self.pages.currentWidget() is self.reports_page:
            self._mount_reports()

    def _mount_reports(self) -> None:
        page = self.reports_page
        if page is None or page.property("mounted"):
            return
        page.setProperty("mounted", True)
        layout = page.layout()
        from planner_gui.ui.reports_view import (
            ReportsView,
        )  # imported when the page is first shown: start-up stays fast

        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(ReportsView(self.ctx, page))

    def focus_search(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def undo_search_text(self, *, redo: bool = False) -> None:
        """Undo (or redo) the search field's own text; the results follow, the current tab stays."""
        self._undoing_search = True
        try:
            if redo:
                self.search.redo()
            else:
                self.search.undo()
        finally:
            self._undoing_search = False

    def _search_edited(self, text: str) -> None:
        if self._undoing_search:
            self.search_page.set_query(text)
            return
        if text.strip():
            self.show_page("searchPage")
            self.search.setFocus()
        self.search_page.set_query(text)

    def _search_return(self) -> None:
        self.search_page.run_now()
        self.show_page("searchPage")
        if self.search_page.model.rowCount() == 1:
            self.search_page.table.open_current()
        else:
            self.search_page.table.focus_first_row()

    def refresh(self) -> None:
        if self.caseload_page is not None:
            self.caseload_page.refresh()
        if self.search_page.text:
            self.search_page.model.reload()

    def _unsaved_views(self) -> list[QWidget]:
        views = [self.tabs.widget(i) for i in range(1, self.tabs.count())]
        return [v for v in views if callable(getattr(v, "is_dirty", None)) and v.is_dirty()]

    def _save_targets(self) -> list[QWidget]:
        """What Gem saves: the current citizen's plan (a date still being typed counts, so it is offered whenever the
        plan can be edited); on the overview tab, every citizen's unsaved plan."""
        current = self.tabs.currentWidget()
        if self.tabs.currentIndex() > 0:
            overview = getattr(current, "overview", None)
            return (
                [current] if callable(getattr(current, "save", None)) and getattr(overview, "can_edit", False) else []
            )
        return self._unsaved_views()

    def update_save_action(self, *_args: object) -> None:
        try:
            self.save_action.setEnabled(bool(self._save_targets()))
        except RuntimeError:
            pass  # the window is being destroyed

    def save_current(self) -> bool:
        """Gem (Ctrl+S, wherever the focus is): save the current citizen's plan, or on the overview every unsaved one.
        True when nothing is left unsaved there."""
        ok = True
        for view in self._save_targets():
            ok = bool(view.save()) and ok
        self.update_save_action()
        return ok

    def _tab_changed(self, index: int) -> None:
        self.update_save_action()
        widget = self.tabs.widget(index)
        stack = getattr(widget, "undo_stack", None)
        if stack is not None:
            if stack not in self.undo_group.stacks():
                self.undo_group.addStack(stack)
            self.undo_group.setActiveStack(stack)
        elif index == 0:
            self.undo_group.setActiveStack(None)
        # the active citizen's own menu (if it has one) sits in the menu bar beside Rediger
        if self._citizen_menu_action is not None:
            self.menuBar().removeAction(self._citizen_menu_action)
            self._citizen_menu_action = None
        menu = getattr(widget, "citizen_menu", None)
        if menu is not None and index > 0:
            self._citizen_menu_action = menu.menuAction()
            self.menuBar().insertAction(self.view_menu.menuAction(), self._citizen_menu_action)

    def close_current_tab(self) -> None:
        index = self.tabs.currentIndex()
        if index > 0:
            self.close_tab(index)

    def close_tab(self, index: int) -> bool:
        if index <= 0:
            return False
        widget = self.tabs.widget(index)
        if not widget.close():
            return False
        self.tabs.removeTab(index)
        for cid, w in list(self.citizen_tabs.items()):
            if w is widget:
                del self.citizen_tabs[cid]
        stack = getattr(widget, "undo_stack", None)
        if stack is not None:
            self.undo_group.removeStack(stack)
        widget.deleteLater()
        self.update_save_action()
        return True

    # -- citizens

    def open_citizen(
        self, citizen_id: uuid.UUID, name: str = "", reason: str | None = None, *, overview: Any = None
    ) -> QWidget | None:
        """Open a citizen in a tab (or show the tab already open). Outside the caseload, ask for a reason first.
        ``overview``: the citizen as already opened (a window rebuilt in another language): nothing is read again."""
        existing = self.citizen_tabs.get(citizen_id)
        if existing is not None:
            self.tabs.setCurrentWidget(existing)
            return existing
        from planner_gui.services import plans
        from planner_gui.ui.citizen.view import CitizenView
        from planner_gui.ui.workers import run_and_wait

        db, actor, given = self.ctx.db, self.ctx.actor, reason or ""
        try:  # one access check, the service's: outside the caseload it asks for a reason and nothing is read
            if overview is None:
                overview = run_and_wait(lambda: plans.open_citizen(db, actor, citizen_id, given))
        except ReasonRequired:
            reason = self.ask_reason(name)
            if reason is None:
                return None
            return self.open_citizen(citizen_id, name, reason)
        except UserError as err:
            from planner_gui.ui.errors import show_user_error

            show_user_error(err, self)
            return None
        existing = self.citizen_tabs.get(citizen_id)  # opened meanwhile (a double click while it loaded)
        if existing is not None:
            self.tabs.setCurrentWidget(existing)
            return existing
        view = CitizenView(self.ctx, citizen_id, given, self, overview=overview)  # a parent: the view uses our menus
        self.citizen_tabs[citizen_id] = view
        index = self.tabs.addTab(view, icon("citizen"), name or self.tr("Borger"))
        self.tabs.setTabToolTip(index, name)
        title_changed = getattr(view, "title_changed", None)
        if title_changed is not None:
            title_changed.connect(lambda text, v=view: self._retitle(v, text))
        dirty_changed = getattr(view, "dirty_changed", None)
        if dirty_changed is not None:
            dirty_changed.connect(self.update_save_action)
        self.tabs.setCurrentIndex(index)
        return view

    def _retitle(self, view: QWidget, text: str) -> None:
        index = self.tabs.indexOf(view)
        if index > 0:
            self.tabs.setTabText(index, text)
            self.tabs.setTabToolTip(index, text)

    def ask_reason(self, name: str) -> str | None:
        """The reason dialog (modal). Returns None when cancelled."""
        dialog = ReasonDialog(name, self)
        return dialog.text() if dialog.exec() == ReasonDialog.DialogCode.Accepted else None

    def new_citizen(self) -> None:
        from planner_gui.ui.create_citizen import CreateCitizenDialog

        if not can(self.ctx.actor, Permission.CREATE_CITIZEN):
            return
        dialog = CreateCitizenDialog(self.ctx, self, today=self.today)
        self.create_dialog = dialog  # for tests and for focus
        if dialog.exec() == CreateCitizenDialog.DialogCode.Accepted and dialog.created_id is not None:
            name = f"{dialog.first.text().strip()} {dialog.last.text().strip()}"
            self.statusBar().showMessage(self.tr("Oprettede {name}.").format(name=name), 5000)
            self.open_citizen(dialog.created_id, name, reason="" if self.ctx.actor.role == "sagsbehandler" else None)

    # -- administration

    def retention(self) -> None:
        from planner_gui.ui.privacy_dialogs import RetentionDialog

        dialog = RetentionDialog(self.ctx, self, today=self.today)
        self.retention_dialog = dialog  # for tests
        dialog.exec()
        self.retention_dialog = None
        self.refresh()

    def instruments(self) -> None:
        from planner_gui.ui.progress.instruments_dialog import InstrumentsDialog

        InstrumentsDialog(self.ctx, self).exec()

    def restore_backup(self) -> None:
        """Gendan fra sikkerhedskopi: close every citizen, close the database, restore, then open it again."""
        from pathlib import Path

        from planner_gui.ui.restore_dialog import RestoreDialog

        path = getattr(self.ctx.db, "path", None)
        if path is None or not self.close_all_tabs():
            return
        dialog = RestoreDialog(
            Path(path),
            key=getattr(self.ctx.db, "key", None),
            who=self.ctx.actor.initials,
            before_restore=self.ctx.db.dispose,
            parent=self,
        )
        if dialog.exec() != RestoreDialog.DialogCode.Accepted:
            return
        QMessageBox.information(
            self,
            self.tr("Gendan fra sikkerhedskopi"),
            self.tr("Databasen er gendannet. Programmet åbner den igen; log ind for at fortsætte."),
        )
        self._closing = True
        self.database_replaced.emit()
        self.close()

    # -- leaving

    def show_guide(self) -> None:
        """Hjælp > Brugervejledning (F1): the user guide in a window beside this one (one at a time)."""
        from planner_gui.ui.help import HelpDialog

        dialog = getattr(self, "help_dialog", None)
        if dialog is None:
            dialog = HelpDialog(self)
            dialog.destroyed.connect(lambda *_: setattr(self, "help_dialog", None))
            self.help_dialog = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

    def about(self) -> None:
        """Hjælp > Om: version, database, log file and licence."""
        from planner_gui.ui.about import AboutDialog, database_is_encrypted

        dialog = AboutDialog(self.ctx.db.where, self, encrypted=database_is_encrypted(self.ctx.db))
        self.about_dialog = dialog  # for tests
        dialog.exec()
        self.about_dialog = None

    def close_all_tabs(self) -> bool:
        while self.tabs.count() > 1:
            if not self.close_tab(self.tabs.count() - 1):
                return False
        return True

    def logout(self) -> None:
        if self.close_all_tabs():
            from planner_gui.services import auth
            from planner_gui.ui.workers import run_and_wait

            db, actor = self.ctx.db, self.ctx.actor
            try:  # the logout's audit row (and an anchor of the log)
                run_and_wait(lambda: auth.logout(db, actor))
            except UserError as err:  # the user is logged out all the same; the log file says why it went unrecorded
                import logging

                logging.getLogger(__name__).warning("logout not audited: %s", err)
            self._closing = True
            self.logout_requested.emit()
            if self.close():
                self._release()

    def _release(self) -> None:
        """After a logout nothing may keep this window, and the citizens and plans it showed, alive: the next user
        logs in to the same process. The idle lock's application-wide event filter is removed (while installed it
        kept the lock, and through it this window, referenced) and the window is deleted once control returns to
        the event loop."""
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.idle_lock)
        self.deleteLater()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.idle_lock.locked:  # unlock first: the questions about unsaved edits need the screen
            event.ignore()
            return
        if not self.close_all_tabs():
            event.ignore()
            return
        if self.settings is not None:
            self.settings.setValue("window/geometry", self.saveGeometry())
        self.idle_lock.timer.stop()
        event.accept()
