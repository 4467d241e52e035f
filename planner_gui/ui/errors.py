"""One presenter for every error the user can meet (as Anki's ``show_exception``).

- A :class:`planner_gui.errors.UserError` (bad input, locked database, missing permission) gets a plain message box
  with its Danish text.
- Anything else is a bug: the traceback goes to the log file (scrubbed of CPR numbers) and the user sees a friendly
  dialog with a copyable report; the app keeps running.

:func:`install` hooks ``sys.excepthook`` (exceptions escaping Qt slots and event handlers) and
``threading.excepthook`` (exceptions in plain threads); the latter hands over to the GUI thread through a queued
signal, because only the GUI thread may create widgets.
"""

from __future__ import annotations

import sys
import threading
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot

from planner_gui.errors import UserError
from planner_gui.logs import log_exception
from planner_gui.ui.i18n import error_text, translated

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

# The dialogs (planner_gui.ui.crash_dialog, QMessageBox) and Qt's ``Qt`` namespace (93 enums, ~20 ms) are imported
# when an error is shown, not when the hooks are installed: this module is part of the login window's start-up.

_open_dialogs: list[QWidget] = []  # keep non-modal dialogs alive
_shown_count = 0


def message_text(message: BaseException | str) -> str:
    """The one place a service's message becomes screen text: in the user's language, with a capital first letter.

    The services write their messages in Danish and in lower case (they are also used inside other sentences, in the
    CLI's ``planner-gui: …`` lines and in the log); every dialog, label and status line that shows one goes through
    here, which translates the ones marked for it (``planner_gui.domain.i18n``)."""
    text = (error_text(message) if isinstance(message, BaseException) else translated(message)).strip()
    if text.startswith(("/", "~", "\\")) or "://" in text.split(" ", 1)[0] or text[1:3] == ":\\":
        return text  # it starts with a path or an address, which is spelt as it is
    return text[:1].upper() + text[1:]


def _active_parent() -> QWidget | None:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    return app.activeWindow() if isinstance(app, QApplication) else None


def show_user_error(err: UserError, parent: QWidget | None = None, title: str | None = None) -> None:
    """A plain message for an error the user can act on (non-blocking)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(parent or _active_parent())
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title or QCoreApplication.translate("ErrorDialog", "Det lykkedes ikke"))
    box.setText(message_text(err))
    box.setObjectName("userErrorBox")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    _open_dialogs.append(box)
    box.finished.connect(lambda _r, b=box: _open_dialogs.remove(b) if b in _open_dialogs else None)
    box.open()


def show_exception(err: BaseException, parent: QWidget | None = None) -> None:
    """Present any exception: a message for user errors, the crash dialog (and a log entry) for bugs."""
    global _shown_count
    app = QCoreApplication.instance()
    if app is None:  # no window can be shown: the log has it
        log_exception(err)
        return
    if QThread.currentThread() is not app.thread():
        _bridge().exception.emit(err)  # queued to the GUI thread (the bridge lives there)
        return
    if isinstance(err, UserError):
        show_user_error(err, parent)
        return
    from PySide6.QtCore import Qt

    from planner_gui.ui.crash_dialog import CrashDialog

    path = log_exception(err)
    _shown_count += 1
    dialog = CrashDialog(err, str(path), parent or _active_parent())
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    _open_dialogs.append(dialog)
    dialog.finished.connect(lambda _r, d=dialog: _open_dialogs.remove(d) if d in _open_dialogs else None)
    dialog.show()


def shown_count() -> int:
    """How many crash dialogs were shown (for tests)."""
    return _shown_count


class _Bridge(QObject):
    exception = Signal(object)

    @Slot(object)
    def present(self, err: BaseException) -> None:
        show_exception(err)


_bridge_instance: _Bridge | None = None


def _bridge() -> _Bridge:
    global _bridge_instance
    if _bridge_instance is None:
        _bridge_instance = _Bridge()
        app = QCoreApplication.instance()
        if app is not None:
            _bridge_instance.moveToThread(app.thread())
        # emitted only outside the GUI thread (show_exception, _thread_excepthook), so Qt's automatic connection
        # queues it to the GUI thread (without naming Qt.ConnectionType, see above)
        _bridge_instance.exception.connect(_bridge_instance.present)
    return _bridge_instance


def _excepthook(kind: type[BaseException], err: BaseException, tb: TracebackType | None) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, err, tb)
        return
    if err.__traceback__ is None and tb is not None:
        err = err.with_traceback(tb)
    try:
        show_exception(err)
    except Exception:  # the presenter itself failed: at least log both
        log_exception(err)


def _thread_excepthook(args: threading.ExceptHookArgs) -> None:
    if args.exc_value is None or issubclass(args.exc_type, SystemExit):
        return
    err = args.exc_value
    if QCoreApplication.instance() is None:
        log_exception(err)
        return
    _bridge().exception.emit(err)


def install() -> None:
    """Hook ``sys.excepthook`` and ``threading.excepthook``. Call once, in the GUI thread, after QApplication."""
    _bridge()
    sys.excepthook = _excepthook
    threading.excepthook = _thread_excepthook
