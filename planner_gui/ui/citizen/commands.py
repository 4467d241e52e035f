"""The plan being edited, and the undo commands that change it.

The screen holds the plan as an immutable :class:`~planner_gui.domain.plan.PlanDraft`. Every edit is a
:class:`DraftCommand` on the screen's ``QUndoStack`` that swaps one draft for another, so undo and redo are exact and
cheap. Typing in one field merges into one command (one undo step per field, until another field is edited).
Saving sends the difference between the draft and the saved plan to the service in one call.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand

from planner_gui.domain.plan import PlanDraft

_MERGE_BASE = 4000
MERGEABLE_FIELDS = ("own_goal", "job_goal", "next_step")


class DraftHolder(QObject):
    """The draft the screen shows; ``changed(what)`` fires after every swap (what: a field name, 'subgoals', ...)."""

    changed = Signal(str)

    def __init__(self, draft: PlanDraft, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.draft = draft

    def set(self, draft: PlanDraft, what: str) -> None:
        self.draft = draft
        self.changed.emit(what)


class DraftCommand(QUndoCommand):
    """Swap the draft ``before`` for ``after``. ``what`` names the part that changed (for the screen to refresh)."""

    def __init__(
        self, holder: DraftHolder, before: PlanDraft, after: PlanDraft, what: str, text: str, merge: bool = False
    ) -> None:
        super().__init__(text)
        self.holder = holder
        self.before = before
        self.after = after
        self.what = what
        self.merge = merge and what in MERGEABLE_FIELDS

    def redo(self) -> None:
        self.holder.set(self.after, self.what)

    def undo(self) -> None:
        self.holder.set(self.before, self.what)

    def id(self) -> int:
        return _MERGE_BASE + MERGEABLE_FIELDS.index(self.what) if self.merge else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, DraftCommand) or not other.merge or other.what != self.what:
            return False
        self.after = other.after
        if self.after == self.before:
            self.setObsolete(True)
        return True
