"""Shared fixtures. Every test gets its own data folder and, where it asks, a fresh database migrated by Alembic."""

from __future__ import annotations

import datetime as dt
import gc
import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # pytest-qt aborts without a display otherwise
# session fixtures run before the per-test data folder below: keep their audit anchors and logs out of the real one
os.environ.setdefault("PLANNER_DATA_DIR", tempfile.mkdtemp(prefix="planner-test-data-"))

PASSWORD = "test-kode-123"
TODAY = dt.date(2026, 11, 23)


def pytest_configure(config: pytest.Config) -> None:
    # As the app does (planner_gui.ui.app.collect_garbage_in_gui_thread): no automatic cycle collection, which may
    # run in a background task's thread and delete a window's Qt objects there (a segmentation fault, seen in CI).
    # Cycles are collected after each test instead, in the main thread, once its background tasks are done.
    gc.disable()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_setup(item: pytest.Item) -> Iterator[None]:
    _windows_before[:] = _top_level_windows()
    return (yield)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item: pytest.Item, nextitem: pytest.Item | None) -> Iterator[None]:
    try:
        return (yield)  # every fixture of the test is torn down here
    finally:
        _collect_between_tests()


def _top_level_windows() -> list[Any]:
    if "PySide6.QtWidgets" not in sys.modules:
        return []
    from PySide6.QtWidgets import QApplication

    return list(QApplication.topLevelWidgets()) if QApplication.instance() is not None else []


def _collect_between_tests() -> None:
    if "PySide6.QtCore" in sys.modules:
        from PySide6.QtCore import QCoreApplication, QEvent

        from planner_gui.ui.workers import deliver_finished, wait_for_idle

        wait_for_idle(60.0)
        if QCoreApplication.instance() is not None:
            deliver_finished()
            # the test's windows are deleted by Qt, children with their parent, before the GC sees their wrappers
            before = {id(w) for w in _windows_before}
            for window in _top_level_windows():
                if id(window) not in before:
                    window.deleteLater()
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        _windows_before.clear()
    _collections[0] += 1
    if _collections[0] % 25 == 1:  # a whole pass now and then; the young generations (cheap) after every test
        gc.collect()
        gc.freeze()  # what survived a whole pass (modules, session fixtures) is not looked at again
    else:
        gc.collect(1)


_collections = [0]
_windows_before: list[Any] = []


@pytest.fixture(autouse=True)
def _data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path_factory.mktemp("userdata")
    monkeypatch.setenv("PLANNER_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "planner.db"


@pytest.fixture
def empty_db(db_path: Path) -> Iterator[object]:
    """A new database (schema by Alembic) with the administrator ``admin`` / :data:`PASSWORD`."""
    from planner_gui.services.setup import create_database

    db = create_database(db_path, PASSWORD)
    yield db
    db.dispose()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small demo database, built once per session; copy it with :func:`copy_db` before changing it."""
    from planner_gui.services.setup import create_demo_database

    path = tmp_path_factory.mktemp("demo") / "demo.db"
    db, _ = create_demo_database(path, PASSWORD, citizens=300, seed=7, today=TODAY)
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.dispose()
    return path


@pytest.fixture(scope="session")
def encrypted_demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The default a user gets: a demo database encrypted at rest (SQLCipher, key slots in ``<db>.keys``), as
    ``planner-gui demo`` makes it; logins ``admin`` and the demo staff, all with :data:`PASSWORD`. Copy it with
    :func:`copy_encrypted` before changing it."""
    from planner_gui.services.setup import create_encrypted_demo_database

    path = tmp_path_factory.mktemp("encrypted-demo") / "demo.db"
    db, _, _ = create_encrypted_demo_database(path, PASSWORD, citizens=300, seed=7, today=TODAY)
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.dispose()
    return path


def copy_encrypted(src: Path, dst: Path) -> Path:
    """Copy an encrypted database with its key file (and any write-ahead log) to ``dst``."""
    import shutil

    for suffix in ("", "-wal", ".keys"):
        if Path(f"{src}{suffix}").exists():
            shutil.copyfile(f"{src}{suffix}", f"{dst}{suffix}")
    return dst


def copy_db(src: Path, dst: Path) -> Path:
    import sqlite3

    s = sqlite3.connect(src)
    d = sqlite3.connect(dst)
    s.backup(d)
    d.close()
    s.close()
    return dst


@pytest.fixture
def demo_db(demo_template: Path, tmp_path: Path) -> Iterator[object]:
    """A private copy of the demo database, opened (admin password :data:`PASSWORD`)."""
    from planner_gui.storage.migrate import open_database

    path = copy_db(demo_template, tmp_path / "demo.db")
    db = open_database(path)
    yield db
    db.dispose()


@pytest.fixture
def admin(empty_db: object) -> object:
    from planner_gui.services.auth import Actor

    return Actor("admin", "administrator")


def staff_actor(db: Any, role: str = "sagsbehandler", *, with_password: bool = True, not_id: Any = None) -> Any:
    """The first member of staff with ``role`` (by initials) as the :class:`Actor` a login gives, without logging in.

    ``with_password``: only someone who can log in (in the demo database with :data:`PASSWORD`); ``not_id``: someone
    else than this staff id (a colleague, a receiver of a handover)."""
    from sqlalchemy import select

    from planner_gui.services.auth import Actor
    from planner_gui.storage.tables import Staff

    with db.read() as s:
        q = select(Staff.initials, Staff.role, Staff.id, Staff.name).where(Staff.role == role, Staff.active.is_(True))
        if with_password:
            q = q.where(Staff.password_hash.is_not(None))
        if not_id is not None:
            q = q.where(Staff.id != not_id)
        r = s.execute(q.order_by(Staff.initials).limit(1)).one()
    return Actor(r.initials, r.role, r.id, r.name)


@pytest.fixture
def caseworker(demo_db: object) -> Any:
    """The demo database's caseworker who can log in (password :data:`PASSWORD`): the "me" of most tests."""
    return staff_actor(demo_db)


# ------------------------------------------------------------------------------------------------ PostgreSQL


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[object]:
    """A throwaway PostgreSQL cluster on 127.0.0.1 (see tests/pg.py); skips when the server is not installed."""
    from tests.pg import start_cluster

    cluster = start_cluster()
    if cluster is None:
        pytest.skip("PostgreSQL's server is not installed (Debian package postgresql)")
    yield cluster
    cluster.stop()


@pytest.fixture
def pg_url(pg_cluster: object) -> Iterator[str]:
    """A new, empty database on the test cluster; its URL carries the cluster's superuser (as ``init`` takes it)."""
    import uuid

    from tests.pg import Cluster, drop_planner_roles

    assert isinstance(pg_cluster, Cluster)
    name = f"t_{uuid.uuid4().hex[:12]}"
    pg_cluster.execute(f"CREATE DATABASE {name}")
    yield pg_cluster.url(name)
    pg_cluster.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
    drop_planner_roles(pg_cluster)
