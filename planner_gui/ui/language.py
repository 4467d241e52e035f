"""Switch the language without a restart (issue 16): install the new translators, then rebuild the main window.

Why a rebuild and not ``changeEvent(LanguageChange)`` → ``retranslate()`` in every widget: the screens are built in
code, and their texts are set once, often with values filled in (``"Logget ind som {who}"``, a citizen's header,
tables filled from a service's rows, code labels, a model's headers). A ``retranslate()`` per widget would repeat every
``tr()`` of every constructor in a second place (about a thousand strings over some thirty modules), and each string
later forgotten there would silently stay in the old language. Building the window again runs the very code that built
it, so everything on screen is in the new language by construction, and the same test that checks one screen checks
them all.

What the user had open is carried over to the new window:

* geometry and window state, the page (Mine borgere, Søg, Rapporter, …), the search text, the current tab;
* every open citizen, in the same order, from the data already loaded (``open_citizen(..., overview=)``: no second
  read and no second ``view`` row in the audit log), with the reason given for it and its current sub-tab;
* unsaved plan edits: the draft is moved into the new view as one undoable step ("ændringer før sprogskiftet"), so it
  stays unsaved (the title keeps its ``*``), Gem saves it and the kept copy in the database goes on as before; the
  offer to restore a kept draft stays offered only if the user had not yet answered it;
* the user guide window, when it was open.

Lost (said in the report of issue 16): the finer undo history of a citizen (one step remains), a report computed on
the Rapporter page (computed again with one click), and the filters typed on the audit page. No modal dialog can be
open, since the language is chosen from the main window's own menu.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QByteArray, QCoreApplication, Qt
from PySide6.QtWidgets import QMainWindow, QWidget


@dataclass
class _Citizen:
    citizen_id: Any
    name: str
    reason: str
    overview: Any
    draft: Any  # the unsaved PlanDraft, or None
    draft_kept: bool
    kept_offer: Any  # a kept draft still offered in the banner, or None
    sub_tab: int


@dataclass
class WindowState:
    """What the user had open in a main window."""

    geometry: QByteArray
    window_state: Qt.WindowState
    page: str
    search: str
    current_tab: int
    citizens: list[_Citizen] = field(default_factory=list)
    guide_open: bool = False


def capture(window: Any) -> WindowState:
    """The state of ``window`` (a ``MainWindow``) worth keeping across a rebuild."""
    item = window.nav.currentItem()
    state = WindowState(
        geometry=window.saveGeometry(),
        window_state=window.windowState(),
        page=str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else "",
        search=window.search.text(),
        current_tab=window.tabs.currentIndex(),
        guide_open=bool(getattr(window, "help_dialog", None) is not None and window.help_dialog.isVisible()),
    )
    for i in range(1, window.tabs.count()):
        view = window.tabs.widget(i)
        if getattr(view, "overview", None) is None:
            continue
        flush = getattr(getattr(view, "plan_tab", None), "flush_pending", None)
        if callable(flush):
            flush()  # a date still being typed becomes part of the draft
        name = view.overview.name
        state.citizens.append(
            _Citizen(
                citizen_id=view.citizen_id,
                name=name,
                reason=view.reason,
                overview=view.overview,
                draft=view.holder.draft if view.is_dirty() else None,
                draft_kept=bool(getattr(view, "_draft_kept", False)),
                kept_offer=getattr(view, "_kept_draft", None) if view.draft_banner.isVisibleTo(view) else None,
                sub_tab=view.tabs.currentIndex(),
            )
        )
    return state


def restore(window: Any, state: WindowState) -> None:
    """Open in ``window`` (a new ``MainWindow``) what ``state`` says, citizens with their unsaved edits."""
    if state.geometry:
        window.restoreGeometry(state.geometry)
    for c in state.citizens:
        view = window.open_citizen(c.citizen_id, c.name, c.reason, overview=c.overview)
        if view is None:
            continue
        if c.kept_offer is None:  # answered (restored or discarded) before the switch: not offered again
            view._kept_draft = None
            view.draft_banner.hide()
        if c.draft is not None:
            text = QCoreApplication.translate("Language", "ændringer før sprogskiftet")
            view.push_edit(c.draft, "all", text, False)
        view._draft_kept = c.draft_kept
        view.tabs.setCurrentIndex(c.sub_tab)
    if state.search:
        window.search.setText(state.search)
        window.search_page.set_query(state.search)
    if state.page:
        window.show_page(state.page)
    window.tabs.setCurrentIndex(min(state.current_tab, window.tabs.count() - 1))
    if state.guide_open:
        window.show_guide()


def rebuild(old: QMainWindow, make: Callable[[], Any]) -> Any:
    """A new main window from ``make()`` in place of ``old``, with what the user had open; ``old`` is removed without
    its close questions (its unsaved edits now live in the new window)."""
    state = capture(old)
    new = make()
    restore(new, state)
    if state.window_state & Qt.WindowState.WindowMaximized:
        new.showMaximized()
    elif state.window_state & Qt.WindowState.WindowFullScreen:
        new.showFullScreen()
    else:
        new.show()
    _retire(old)
    return new


def _retire(old: Any) -> None:
    """Take the old window away quietly: no questions about unsaved edits (they moved), no more drafts written."""
    old.idle_lock.timer.stop()
    for i in range(1, old.tabs.count()):
        view: QWidget = old.tabs.widget(i)
        timer = getattr(view, "_draft_timer", None)
        if timer is not None:
            timer.stop()
    old.hide()
    old.deleteLater()
