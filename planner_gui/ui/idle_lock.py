"""The idle lock: after a configurable time without keyboard or mouse input the app covers its windows and asks for
the logged-in user's password (``services.auth.login``: audited, with the growing delay after wrong passwords).

An application-wide event filter restarts a single-shot timer on every key or mouse event. Locking covers every visible
window with an opaque panel and hides the main window's contents; nothing is closed, so a citizen's unsaved plan
edits stay in their (hidden) tab and are there again after the unlock. While locked the same filter swallows key,
mouse and shortcut events for everything but the unlock panel, so no menu shortcut reaches the hidden screens.
When a modal dialog is open, the unlock panel goes on that dialog (it is the only window that takes input).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QWindow
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner_gui.errors import AuthenticationFailed, UserError
from planner_gui.ui.errors import message_text

SETTING_KEY = "security/idle_minutes"
DEFAULT_MINUTES = 10
MIN_MINUTES, MAX_MINUTES = 1, 120

_E = QEvent.Type
ACTIVITY = frozenset(
    {
        _E.KeyPress,
        _E.MouseButtonPress,
        _E.MouseButtonDblClick,
        _E.MouseMove,
        _E.Wheel,
        _E.TouchBegin,
        _E.TabletPress,
    }
)
BLOCKED_WHILE_LOCKED = frozenset(
    {
        _E.KeyPress,
        _E.KeyRelease,
        _E.ShortcutOverride,
        _E.Shortcut,
        _E.MouseButtonPress,
        _E.MouseButtonRelease,
        _E.MouseButtonDblClick,
        _E.Wheel,
        _E.ContextMenu,
        _E.TouchBegin,
        _E.TabletPress,
    }
)


def idle_minutes(settings: Any) -> int:
    """The configured idle time in minutes (QSettings key :data:`SETTING_KEY`), within the allowed range."""
    if settings is None:
        return DEFAULT_MINUTES
    try:
        value = int(settings.value(SETTING_KEY, DEFAULT_MINUTES))
    except (TypeError, ValueError):
        return DEFAULT_MINUTES
    return min(MAX_MINUTES, max(MIN_MINUTES, value))


class UnlockPanel(QFrame):
    """The password prompt on the lock screen."""

    submitted = Signal(str)

    def __init__(self, who: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unlockPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#unlockPanel { background: palette(base); border: 1px solid #aab7b8; border-radius: 6px; }")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        heading = QLabel(self.tr("Planner er låst"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        heading.setFont(font)
        layout.addWidget(heading)
        text = QLabel(
            self.tr("Skærmen blev låst, så ingen kan se borgernes oplysninger. Logget ind som {who}.").format(who=who)
        )
        text.setWordWrap(True)
        layout.addWidget(text)
        layout.addSpacing(8)
        prompt = QLabel(self.tr("Skriv din &adgangskode for at låse op:"))
        layout.addWidget(prompt)
        self.password = QLineEdit()
        self.password.setObjectName("unlockPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Adgangskode"))
        prompt.setBuddy(self.password)
        layout.addWidget(self.password)
        self.message = QLabel()
        self.message.setObjectName("unlockMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #a40000;")
        self.message.setMinimumHeight(self.fontMetrics().height() * 2)
        layout.addWidget(self.message)
        row = QHBoxLayout()
        row.addStretch(1)
        self.button = QPushButton(self.tr("Lås &op"))
        self.button.setObjectName("unlockButton")
        self.button.setDefault(True)
        row.addWidget(self.button)
        layout.addLayout(row)
        self.button.clicked.connect(self._submit)
        self.password.returnPressed.connect(self._submit)
        self.setFixedWidth(self.fontMetrics().horizontalAdvance("M") * 30)

    def _submit(self) -> None:
        if not self.password.text():
            self.show_message(self.tr("Skriv din adgangskode."))
            return
        self.submitted.emit(self.password.text())

    def show_message(self, text: str) -> None:
        self.message.setText(text)

    def set_busy(self, busy: bool) -> None:
        self.button.setEnabled(not busy)
        self.password.setReadOnly(busy)


class _Cover(QWidget):
    """An opaque widget over the whole of a window; with the unlock panel in its middle on the host window."""

    def __init__(self, host: QWidget, panel: UnlockPanel | None) -> None:
        super().__init__(host)
        self.setObjectName("lockCover")
        self.setAutoFillBackground(True)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet("#lockCover { background: #34495e; }")
        layout = QVBoxLayout(self)
        if panel is not None:
            layout.addWidget(panel, 0, Qt.AlignmentFlag.AlignCenter)
        self.setGeometry(host.rect())
        self.raise_()
        self.show()


class IdleLock(QObject):
    """Locks ``window`` (a main window with ``ctx``) after ``minutes`` without input, or at once with :meth:`lock`."""

    locked_changed = Signal(bool)
    unlock_failed = Signal(str)

    def __init__(self, window: QMainWindow, ctx: Any, minutes: int = DEFAULT_MINUTES) -> None:
        super().__init__(window)
        self.window = window
        self.ctx = ctx
        self._locked = False
        self._covers: dict[QWidget, _Cover] = {}
        self._hidden: QWidget | None = None
        self._focus: QWidget | None = None
        self._worker: Any = None
        self.panel: UnlockPanel | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._timed_out)
        self.set_minutes(minutes)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    # -- the timer

    def set_minutes(self, minutes: int) -> None:
        self.set_interval_ms(min(MAX_MINUTES, max(MIN_MINUTES, int(minutes))) * 60_000)

    def set_interval_ms(self, ms: int) -> None:
        self.timer.setInterval(max(1, int(ms)))
        self.timer.start()

    @property
    def locked(self) -> bool:
        return self._locked

    def _timed_out(self) -> None:
        if self.window.isVisible():
            self.lock()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        kind = event.type()
        if self._locked:
            if kind == _E.Resize and obj in self._covers:
                self._covers[obj].setGeometry(obj.rect())  # type: ignore[attr-defined]
            return kind in BLOCKED_WHILE_LOCKED and not self._allowed(obj)
        if kind in ACTIVITY:
            self.timer.start()
        return False

    def _allowed(self, obj: QObject) -> bool:
        if isinstance(obj, QWindow):
            return True  # the window forwards the event to a widget, which is checked then
        panel = self.panel
        if panel is None or not self.window.isVisible():
            return True
        return isinstance(obj, QWidget) and (obj is panel or panel.isAncestorOf(obj))

    # -- locking

    def lock(self) -> None:
        if self._locked or not self.window.isVisible():
            return
        self._locked = True
        self.timer.stop()
        app = QApplication.instance()
        self._focus = QApplication.focusWidget()
        popup = QApplication.activePopupWidget()
        if popup is not None:
            popup.close()  # an open menu or completer
        modal = QApplication.activeModalWidget()
        host: QWidget = modal if modal is not None and modal.isVisible() else self.window
        who = self.ctx.actor.name or self.ctx.actor.initials
        if self.ctx.actor.name:
            who = f"{self.ctx.actor.name} ({self.ctx.actor.initials})"
        self.panel = UnlockPanel(who)
        self.panel.submitted.connect(self._try_unlock)
        central = self.window.centralWidget()
        if central is not None and central.isVisible():
            central.hide()  # the content is hidden, not closed: unsaved edits stay in their widgets
            self._hidden = central
        windows = [w for w in QApplication.topLevelWidgets() if w.isVisible() and not w.isHidden()]
        if isinstance(app, QApplication):
            for w in windows:
                if w.isWindow() and w.windowType() not in (Qt.WindowType.ToolTip, Qt.WindowType.Popup):
                    self._covers[w] = _Cover(w, self.panel if w is host else None)
        if host is not self.window:
            hint = self.panel.sizeHint()
            host.resize(max(host.width(), hint.width() + 40), max(host.height(), hint.height() + 40))
        self.panel.password.setFocus(Qt.FocusReason.OtherFocusReason)
        self.locked_changed.emit(True)

    def _try_unlock(self, password: str) -> None:
        if self._worker is not None or self.panel is None:
            return
        from planner_gui.services.auth import login
        from planner_gui.ui.workers import run_in_background

        db, initials = self.ctx.db, self.ctx.actor.initials
        self.panel.set_busy(True)
        self.panel.show_message(self.tr("Kontrollerer adgangskoden …"))
        self._worker = run_in_background(
            lambda _p: login(db, initials, password), on_done=self._unlock_done, on_error=self._unlock_error
        )

    def _unlock_done(self, actor: Any) -> None:
        self._worker = None
        if actor.initials != self.ctx.actor.initials:  # cannot happen (login checks these initials); be safe
            self._unlock_error(AuthenticationFailed("forkert bruger"))
            return
        self.unlock()

    def _unlock_error(self, err: BaseException) -> None:
        self._worker = None
        if self.panel is None:
            return
        self.panel.set_busy(False)
        self.panel.password.clear()
        self.panel.password.setFocus()
        if isinstance(err, UserError):
            text = message_text(err)
            self.panel.show_message(text if text.endswith(".") else text + ".")
            self.unlock_failed.emit(self.panel.message.text())
            return
        from planner_gui.ui.errors import show_exception

        self.panel.show_message("")
        show_exception(err, self.window)

    def unlock(self) -> None:
        """Remove the covers and show the contents again (called after a good password)."""
        if not self._locked:
            return
        for cover in self._covers.values():
            cover.hide()
            cover.deleteLater()
        self._covers.clear()
        self.panel = None
        if self._hidden is not None:
            self._hidden.show()
            self._hidden = None
        self._locked = False
        focus, self._focus = self._focus, None
        if focus is not None:
            try:
                focus.setFocus(Qt.FocusReason.OtherFocusReason)
            except RuntimeError:
                pass  # that widget is gone
        self.timer.start()
        self.locked_changed.emit(False)
