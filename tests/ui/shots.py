"""Screenshots for a person to look at: saved to ``$PLANNER_SHOTS`` when that is set, else nothing."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtWidgets import QWidget


def shot(widget: QWidget, name: str) -> None:
    folder = os.environ.get("PLANNER_SHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(folder) / f"{name}.png"))
