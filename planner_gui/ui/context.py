"""What every window needs: the open database, the logged-in user, and app-wide signals."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, Signal

from planner_gui.services.auth import Actor


class AppSignals(QObject):
    """App-wide notifications, so views refresh only what changed (as Anki's operation_did_execute)."""

    citizen_changed = Signal(object)  # citizen id (uuid.UUID)
    caseload_changed = Signal()
    measurements_changed = Signal(object)  # citizen id
    status_message = Signal(str)


@dataclass
class AppContext:
    db: Any  # the open database as services.session opened it: the ui only hands it to services, never queries it
    actor: Actor
    signals: AppSignals = field(default_factory=AppSignals)

    def citizen_changed(self, citizen_id: uuid.UUID) -> None:
        self.signals.citizen_changed.emit(citizen_id)
