"""Open a database: check the file, back it up, bring its schema to the newest Alembic revision.

Migrations are applied automatically when a database is opened; a backup copy of the file is taken first.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import exc, inspect

from planner_gui.config import migrations_dir
from planner_gui.domain.i18n import QT_TRANSLATE_NOOP
from planner_gui.errors import StorageError
from planner_gui.storage.db import Database, check_sqlite_file, describe_storage_error, is_url, make_engine, url_for
from planner_gui.storage.precheck import check_existing_file, head_from_files, warn_if_open


def _alembic_config(connection: object) -> object:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    cfg.attributes["connection"] = connection
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory(str(migrations_dir()))
    head = script.get_current_head()
    assert head is not None
    return head


def current_revision(db: Database) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with db.engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def open_database(db: str | Path, *, create: bool = False, key: bytes | None = None) -> Database:
    """Open (and, with ``create``, create) a database and migrate it to the newest schema.

    Raises :class:`StorageError` with a plain message for a missing, locked, foreign or damaged file.
    """
    text = str(db)
    path: Path | None = None
    if not is_url(text):
        path = Path(text).expanduser().resolve()
        if path.exists() and not create:
            # A damaged file: a clear message, the newest backup offered, file untouched; then the header and the
            # files' permissions. The desktop runs the same checks before its login window is ready
            # (storage.precheck.check_before_login), then these again.
            check_existing_file(path, key)
        elif path.exists() or not create:
            check_sqlite_file(path, encrypted=key is not None)
            _warn_if_open(path)
        elif not path.parent.exists():
            raise StorageError(
                QT_TRANSLATE_NOOP("Meddelelser", "{path}: mappen {parent} findes ikke").format(
                    path=path, parent=path.parent
                ),
                path=str(path),
                kind="missing",
            )
        else:
            _create_private(path)
    database = Database(url=url_for(text), engine=make_engine(url_for(text), key=key), path=path, key=key)
    try:
        migrate(database)
    except exc.DBAPIError as err:
        database.dispose()
        known = describe_storage_error(err, database.where)
        if known is None:
            raise  # not a condition we know: a bug
        raise known from err
    except BaseException:
        database.dispose()
        raise
    return database


def _create_private(path: Path) -> None:
    """Create the new database file empty and 0600 before SQLite writes to it; SQLite gives its WAL and SHM files
    the database file's mode, so they are the user's alone too."""
    from planner_gui.storage.files import create_private_file, os_error

    try:
        create_private_file(path)
    except FileExistsError:
        pass
    except OSError as err:
        raise StorageError(
            str(os_error(err, path, "databasen kan ikke oprettes")), path=str(path), kind="readonly"
        ) from err


def _warn_if_open(path: Path) -> None:
    warn_if_open(path)


_head_from_files = head_from_files  # the single head, without importing Alembic (storage/precheck.py)


def _current_revision_light(database: Database) -> str | None:
    from sqlalchemy import text

    try:
        with database.engine.connect() as conn:
            rows = conn.execute(text("SELECT version_num FROM alembic_version")).all()
    except exc.DBAPIError:
        return None
    return str(rows[0][0]) if len(rows) == 1 else None


def migrate(database: Database) -> bool:
    """Upgrade the schema to head; back up a non-empty SQLite file first. Returns True when anything ran."""
    light = _current_revision_light(database)
    if light is not None and light == _head_from_files():
        return False  # the common case at start-up: current, decided without importing Alembic
    from alembic import command

    head = head_revision()
    current = current_revision(database)
    if current == head:
        return False
    if current is None and database.path is not None:
        with database.engine.connect() as conn:
            tables = inspect(conn).get_table_names()
        if tables:
            raise StorageError(
                QT_TRANSLATE_NOOP(
                    "Meddelelser", "{where}: filen er en SQLite-database, men ikke en planner-database"
                ).format(where=database.where),
                path=database.where,
                kind="not_a_database",
            )
    if current is not None and database.path is None:
        _check_server_schema(database, current, head)
    if current is not None and database.path is not None:
        if current not in _known_revisions():  # made by a newer version of the app: never touched by this one
            raise StorageError(
                QT_TRANSLATE_NOOP(
                    "Meddelelser",
                    "{where}: filen er lavet af en nyere version af programmet ({current}); opdatér programmet "
                    "for at åbne den (filen er ikke ændret)",
                ).format(where=database.where, current=current),
                path=database.where,
                kind="version",
            )
        from planner_gui.storage import backup

        backup.make_backup(database.path, f"foer-{head}", key=database.key)
    with database.engine.begin() as conn:
        command.upgrade(_alembic_config(conn), "head")  # type: ignore[arg-type]
    return True


def _known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {rev.revision for rev in ScriptDirectory(str(migrations_dir())).walk_revisions()}


def _check_server_schema(database: Database, current: str, head: str) -> None:
    """The team server migrates only by an administrator's explicit step (``planner-gui init`` / ``migrate`` with the
    database owner's URL): a user's connection meeting another schema version says what to do instead of failing."""
    if current not in _known_revisions():
        raise StorageError(
            QT_TRANSLATE_NOOP(
                "Meddelelser",
                "{where}: serverens database er nyere ({current}) end dette program kender; opdatér "
                "programmet til den version, jobcentret bruger",
            ).format(where=database.where, current=current),
            path=database.where,
            kind="version",
        )
    with database.engine.connect() as conn:
        owner = conn.exec_driver_sql(
            "SELECT pg_has_role(session_user, (SELECT tableowner FROM pg_tables WHERE schemaname = 'public' "
            "AND tablename = 'alembic_version'), 'USAGE')"
        ).scalar()
    if not owner:
        raise StorageError(
            QT_TRANSLATE_NOOP(
                "Meddelelser",
                "{where}: serverens database har en ældre version ({current}) end programmet ({head}); en "
                "administrator skal opdatere den med databasens ejer (planner-gui migrate --db URL med "
                "ejerens brugernavn og adgangskode)",
            ).format(where=database.where, current=current, head=head),
            path=database.where,
            kind="version",
        )
