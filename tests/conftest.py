"""Shared fixtures. Every test gets its own data folder and, where it asks, a fresh database migrated by Alembic."""

from __future__ import annotations

import datetime as dt
import gc
import os
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
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
    # a screen's database work runs on the background worker, never on the GUI thread (tests/gui_thread_guard.py)
    from tests import gui_thread_guard

    gui_thread_guard.install()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_setup(item: pytest.Item) -> Iterator[None]:
    from tests import gui_thread_guard

    gui_thread_guard.seen.clear()
    _windows_before[:] = _top_level_windows()
    return (yield)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item: pytest.Item) -> Iterator[None]:
    from tests import gui_thread_guard

    result = yield
    if gui_thread_guard.seen and not os.environ.get("PLANNER_GUI_THREAD_RECORD"):
        raise gui_thread_guard.DatabaseOnGuiThread("; ".join(dict.fromkeys(gui_thread_guard.seen)))
    return result


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


# ------------------------------------------------------------------------------------------ both databases
# The domain, service, interchange, CLI, report and security tests run on SQLite and PostgreSQL (issue 14): in the
# folders below, every test that uses ``empty_db`` or ``demo_db`` (or a fixture built on them: ``admin``,
# ``caseworker``) is collected twice, ``[sqlite]`` and ``[postgresql]``, through the one fixture ``db_backend``.
# Elsewhere (the UI, the SQLite file's reliability) they stay SQLite. A test that is SQLite by nature is marked
# ``@pytest.mark.sqlite_only("why")`` and collected once. Without PostgreSQL's server the ``[postgresql]`` variants
# skip (pg_cluster).

BOTH_DATABASES = frozenset({"domain", "services", "interchange", "cli", "reports", "security"})
_TESTS = Path(__file__).resolve().parent


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "db_backend" not in metafunc.fixturenames:
        return
    path = Path(metafunc.definition.path).resolve()
    folder = path.relative_to(_TESTS).parts[0] if path.is_relative_to(_TESTS) else ""
    if folder in BOTH_DATABASES and metafunc.definition.get_closest_marker("sqlite_only") is None:
        metafunc.parametrize(
            "db_backend", ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgresql)], indirect=True
        )


@pytest.fixture
def db_backend(request: pytest.FixtureRequest) -> str:
    """Which database ``empty_db`` and ``demo_db`` are: ``sqlite``, or ``postgresql`` for a test's second variant
    (see :data:`BOTH_DATABASES`)."""
    return str(getattr(request, "param", "sqlite"))


@pytest.fixture
def empty_db(db_backend: str, db_path: Path, request: pytest.FixtureRequest) -> Iterator[object]:
    """A new database (schema by Alembic) with the administrator ``admin`` / :data:`PASSWORD`; on PostgreSQL a
    copy of a session-wide empty database (``pg_empty_template``)."""
    if db_backend == "postgresql":
        yield from _pg_copy(request, "pg_empty_template")
        return
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
def demo_db(db_backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[object]:
    """A private copy of the demo database, opened (admin password :data:`PASSWORD`); on PostgreSQL a copy of
    ``pg_demo_template`` (the same seed, size and day), opened as the cluster's superuser."""
    if db_backend == "postgresql":
        yield from _pg_copy(request, "pg_demo_template")
        return
    from planner_gui.storage.migrate import open_database

    demo_template = request.getfixturevalue("demo_template")
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


# The PostgreSQL variants of empty_db and demo_db: a second cluster holds a session-wide empty database and demo
# database, and each test gets a copy (CREATE DATABASE … TEMPLATE, ~0.1 s against ~2 s to build one). Login and group
# roles belong to a whole cluster and every copy shares the templates' (planner_admin, the demo logins, the groups),
# so this cluster is not pg_url's, whose teardown drops every planner role after each test: here roles live until
# the cluster stops at the end of the session. Tests that make users or change roles and passwords keep their own
# database on pg_url. The copies are opened as the cluster's superuser (the database's owner, as ``init`` and
# ``migrate`` connect); what each user's own role may do is tests/security/test_team_database.py's. The server is a
# Danish job centre's: its time zone is Copenhagen's, not UTC, and its databases sort text the Danish way (ICU
# da-DK), so a timestamp or an order that depends on the server shows.


@pytest.fixture(scope="session")
def pg_copies_cluster() -> Iterator[object]:
    from tests.pg import start_cluster

    cluster = start_cluster(timezone="Europe/Copenhagen")
    if cluster is None:
        pytest.skip("PostgreSQL's server is not installed (Debian package postgresql)")
    yield cluster
    cluster.stop()


@pytest.fixture(scope="session")
def pg_empty_template(pg_copies_cluster: object) -> str:
    """An empty database (schema, instruments, ``admin``) on the copies' cluster, built once; its name."""
    from planner_gui.services.setup import create_database
    from tests.pg import Cluster

    assert isinstance(pg_copies_cluster, Cluster)
    _create_danish_database(pg_copies_cluster, "tpl_empty")
    create_database(pg_copies_cluster.url("tpl_empty"), PASSWORD).dispose()
    return "tpl_empty"


@pytest.fixture(scope="session")
def pg_demo_template(pg_copies_cluster: object) -> str:
    """The demo database of :func:`demo_template` (300 citizens, seed 7, :data:`TODAY`) on the copies' cluster."""
    from planner_gui.services.setup import create_demo_database
    from tests.pg import Cluster

    assert isinstance(pg_copies_cluster, Cluster)
    _create_danish_database(pg_copies_cluster, "tpl_demo")
    db, _ = create_demo_database(pg_copies_cluster.url("tpl_demo"), PASSWORD, citizens=300, seed=7, today=TODAY)
    db.dispose()
    return "tpl_demo"


def _create_danish_database(cluster: Any, name: str) -> None:
    """A database that sorts and compares text as a Danish server does (ICU's da-DK: "Aa" after "Ø", with "Å");
    plain when the server has no ICU."""
    try:
        cluster.execute(
            f"CREATE DATABASE {name} TEMPLATE template0 LOCALE_PROVIDER icu ICU_LOCALE 'da-DK' LOCALE 'C.UTF-8'"
        )
    except Exception:  # PostgreSQL before 15, or built without ICU
        cluster.execute(f"CREATE DATABASE {name}")


def _pg_copy(request: pytest.FixtureRequest, template_fixture: str) -> Iterator[object]:
    """A new database copied from a template database, opened as the superuser; dropped after the test."""
    import uuid

    from planner_gui.storage.migrate import open_database
    from tests.pg import Cluster

    template = request.getfixturevalue(template_fixture)
    cluster = request.getfixturevalue("pg_copies_cluster")
    assert isinstance(cluster, Cluster)
    name = f"t_{uuid.uuid4().hex[:12]}"
    cluster.execute(f"CREATE DATABASE {name} TEMPLATE {template}")
    try:
        db = open_database(cluster.url(name))
        try:
            yield db
        finally:
            db.dispose()
    finally:
        cluster.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def server_url(db: Any) -> str:
    """The URL of a PostgreSQL test database as the CLI and the app take it: no user, no password (they log in as
    ``PLANNER_USER``'s own role)."""
    from sqlalchemy.engine import make_url

    return make_url(db.url).set(username=None, password=None).render_as_string(hide_password=False)


@contextmanager
def as_user(db: Any, actor: Any) -> Iterator[Any]:
    """``db`` as the actor's own connection, for an action the team server does through the user's own role (a
    caseworker's new citizen: ``planner_create_citizen`` takes the caller from the login role). On SQLite ``db``
    itself; on PostgreSQL the database opened as ``planner_<initialer>`` with :data:`PASSWORD`, as the app connects
    after the login (the demo's logins have that password)."""
    if not str(db.url).startswith("postgresql"):
        yield db
        return
    from planner_gui.services.unlock import connect_server

    mine = connect_server(server_url(db), actor.initials, PASSWORD)
    try:
        yield mine
    finally:
        mine.dispose()


def app_entries() -> Any:
    """A condition on ``AuditEntry``: the entries the app writes. On the team server the triggers also append one
    entry per table a transaction changed (details ``"kilde": "databasen"``, docs/team-database.md: a change made
    outside the app is logged too); SQLite has none, so a test that counts the app's entries leaves them out."""
    from planner_gui.storage.tables import AuditEntry

    return AuditEntry.details.not_like('%"kilde": "databasen"%')
