"""Paths and defaults. No Qt here: the GUI keeps its own preferences in QSettings."""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "planner-gui"
APP_AUTHOR = "Jobcenter"


def data_dir() -> Path:
    """The user's data folder (created on demand). ``PLANNER_DATA_DIR`` overrides it (tests, portable installs)."""
    override = os.environ.get("PLANNER_DATA_DIR")
    if override:
        path = Path(override)
    else:
        from platformdirs import user_data_path

        path = user_data_path(APP_NAME, APP_AUTHOR)
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_database_path() -> Path:
    return data_dir() / "planner.db"


def log_dir() -> Path:
    path = data_dir() / "logs"
    path.mkdir(parents=True, exist_ok=True)
    return path


def repo_root() -> Path:
    return Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    return repo_root() / "resources"


def migrations_dir() -> Path:
    return repo_root() / "db"
