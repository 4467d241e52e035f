"""Paths and defaults. No Qt here: the GUI keeps its own preferences in QSettings."""

from __future__ import annotations

import functools
import os
from pathlib import Path

APP_NAME = "planner-gui"
APP_AUTHOR = "Jobcenter"


def data_dir_path() -> Path:
    """Where the data folder is (without creating it)."""
    override = os.environ.get("PLANNER_DATA_DIR")
    if override:
        return Path(override)
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, APP_AUTHOR)


def data_dir() -> Path:
    """The user's data folder (created on demand, 0700: the user's alone). ``PLANNER_DATA_DIR`` overrides it (tests,
    portable installs). An existing folder that others may read is reported (see :mod:`planner_gui.storage.files`)."""
    path = data_dir_path()
    _private_dir(path)
    return path


def _private_dir(path: Path) -> None:
    if path.is_dir():
        if str(path) not in _checked:
            _checked.add(str(path))
            mode = path.stat().st_mode & 0o777
            if os.name == "posix" and mode & 0o077:  # as planner_gui.storage.files.warn_if_open (no import: layers)
                import logging

                logging.getLogger("planner_gui.files").warning(
                    "%s har rettighederne %04o: andre brugere på computeren kan læse den; ret det med 'chmod 700 %s'",
                    path,
                    path.stat().st_mode & 0o7777,
                    path,
                )
        return
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    os.chmod(path, 0o700)  # mkdir's mode passes through the umask


_checked: set[str] = set()


def default_database_path() -> Path:
    return data_dir() / "planner.db"


def is_postgres(db: object) -> bool:
    """Whether ``db`` (a database argument or URL) names the team database on a PostgreSQL server, not a file."""
    return str(db).startswith(("postgresql:", "postgresql+"))


def log_dir() -> Path:
    path = data_dir() / "logs"
    _private_dir(path)
    return path


@functools.cache
def repo_root() -> Path:
    """The source tree (a checkout). An installed wheel or a bundle has no ``resources/`` or ``db/`` here."""
    return Path(__file__).resolve().parent.parent


@functools.cache  # asked for at start-up several times (icons, translations, the migrations' revision)
def _shipped(package: str, folder: str) -> Path:
    """A folder the app ships: the package data ``package`` of an installed wheel (or of the PyInstaller bundle),
    read through importlib.resources; in a source tree that is not installed as that package, ``<repo>/<folder>``.

    pyproject.toml maps ``resources/`` to ``planner_gui.resources`` and ``db/`` to ``planner_gui.migrations``, so an
    editable install finds the checkout's folders through the same package names."""
    local = repo_root() / folder
    if (repo_root() / "pyproject.toml").is_file() and local.is_dir():
        # a source tree reads its own folders, also when another checkout is the installed one (a copy of an older
        # commit run beside it, as the benchmarks' before-and-after runs do, must not get the newer migrations)
        return local
    from importlib.resources import files

    try:
        found = files(package)
    except ModuleNotFoundError:
        return repo_root() / folder
    # Alembic needs a real folder; wheels install as files and the bundle unpacks its data beside the executable
    return Path(str(found))


def resources_dir() -> Path:
    """``resources/``: goal files, progression instruments, translations, icons."""
    return _shipped("planner_gui.resources", "resources")


def migrations_dir() -> Path:
    """``db/``: the Alembic ``env.py`` and ``versions/`` applied when a database is opened."""
    return _shipped("planner_gui.migrations", "db")
