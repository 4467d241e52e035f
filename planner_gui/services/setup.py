"""Creating databases: ``init`` (empty, with an administrator) and ``demo`` (a synthetic job centre)."""

from __future__ import annotations

import datetime as dt
import logging
import os
import shutil
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import func, select

from planner_gui.demo.generator import DemoResult, generate
from planner_gui.domain.i18n import QT_TRANSLATE_NOOP
from planner_gui.errors import StorageError, UserError
from planner_gui.services import auth
from planner_gui.services.instruments import seed_instruments
from planner_gui.storage import audit, keys
from planner_gui.storage.db import Database, is_url, make_engine, url_for
from planner_gui.storage.migrate import open_database
from planner_gui.storage.postgres import is_postgres, put_login
from planner_gui.storage.tables import Citizen, Staff

# A demo database file is built in ``<name>.unfinished/`` beside the target and committed there every this many
# citizens, then moved into place when complete (see :func:`_built_aside`).
DEMO_COMMIT_EVERY = 50_000
UNFINISHED = ".unfinished"
_LOCK = ".lock"

log = logging.getLogger("planner_gui.files")


def _refuse_existing(db: str | Path) -> None:
    if not is_url(str(db)):
        path = Path(db)
        if path.exists() and path.stat().st_size > 0:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Meddelelser", "{path}: filen findes allerede; vælg et nyt filnavn (intet blev ændret)"
                ).format(path=path)
            )


def create_database(db: str | Path, admin_password: str, *, key: bytes | None = None) -> Database:
    """A new database with the schema, the shipped instruments and the administrator ``admin``."""
    _refuse_existing(db)
    pw_hash = auth.hash_password(admin_password)
    database = open_database(db, create=True, key=key)
    try:
        with database.write() as s:
            if s.scalar(select(func.count()).select_from(Staff)):
                raise UserError(
                    QT_TRANSLATE_NOOP("Meddelelser", "{where}: databasen har allerede brugere").format(
                        where=database.where
                    )
                )
            seed_instruments(s)
            admin = Staff(
                initials="admin",
                name="Administrator",
                team="",
                role="administrator",
                password_hash=pw_hash,
                updated_by="system",
            )
            s.add(admin)
            s.flush()
            if is_postgres(database.url):  # the team database: admin's own login role (planner_admin)
                put_login(s, "admin", admin_password, "administrator")
            audit.record(s, "system", "create", entity="database", details={"administrator": "admin"})
    except BaseException:
        database.dispose()
        raise
    return database


def fill_demo(
    database: Database,
    *,
    citizens: int,
    seed: int,
    admin_password: str,
    today: dt.date | None = None,
    on_progress: Callable[[str], None] | None = None,
    commit_every: int | None = None,
) -> DemoResult:
    """Fill an (empty) database with demo data; the audit entry (and on the team database the demo logins' roles) in
    the last transaction.

    In one transaction (all or nothing), unless ``commit_every``: then a commit after about every that many citizens,
    so that SQLite's WAL is checkpointed and reused instead of holding the whole demo (6.3 GB, and ~28× the time, at
    1,000,000 citizens in one transaction). Only for a file no one else opens before it is complete: a failure or a
    kill then leaves part of a demo behind, which :func:`create_demo_database` builds aside and removes.
    """
    if citizens < 0:
        raise UserError(QT_TRANSLATE_NOOP("Meddelelser", "antal borgere kan ikke være negativt"))
    with database.write() as s:
        if s.scalar(select(func.count()).select_from(Citizen)):
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Meddelelser", "{where}: databasen har allerede borgere; demodata lægges kun i en tom database"
                ).format(where=database.where)
            )
        seed_instruments(s)
        admin_hash = auth.hasher().hash(admin_password)
        result = generate(
            s, citizens, seed, today or dt.date.today(), admin_hash, on_progress, commit_every=commit_every
        )
        if is_postgres(database.url):  # the team database: each demo login gets its own login role
            for initials, role in result.logins:
                put_login(s, initials, admin_password, role)
        audit.record(s, "system", "create", entity="demo", details={"borgere": citizens, "seed": seed})
    return result


def create_demo_database(
    db: str | Path,
    admin_password: str,
    *,
    citizens: int = 2000,
    seed: int = 1,
    today: dt.date | None = None,
    key: bytes | None = None,
    on_progress: Callable[[str], None] | None = None,
) -> tuple[Database, DemoResult]:
    """A new database with demo data. A file is built aside and appears under its name only when complete
    (:func:`_built_aside`); a server database (``db`` a URL) is filled in one transaction."""
    if is_url(str(db)):
        database = create_database(db, admin_password, key=key)
        try:
            result = fill_demo(
                database,
                citizens=citizens,
                seed=seed,
                admin_password=admin_password,
                today=today,
                on_progress=on_progress,
            )
        except BaseException:
            database.dispose()
            raise
        return database, result
    _refuse_existing(db)
    path = Path(db).expanduser().resolve()
    auth.hash_password(admin_password)  # the password rule, before any file is written
    with _built_aside(path) as work:
        result = _fill_file(work, admin_password, key, citizens, seed, today, on_progress)
    return _opened(path, key), result


def _fill_file(
    work: Path,
    admin_password: str,
    key: bytes | None,
    citizens: int,
    seed: int,
    today: dt.date | None,
    on_progress: Callable[[str], None] | None,
) -> DemoResult:
    """The demo database at ``work`` (see :func:`_built_aside`), committed as it goes, closed at the end."""
    database = create_database(work, admin_password, key=key)
    try:
        return fill_demo(
            database,
            citizens=citizens,
            seed=seed,
            admin_password=admin_password,
            today=today,
            on_progress=on_progress,
            commit_every=DEMO_COMMIT_EVERY,
        )
    finally:
        database.dispose()


def _opened(path: Path, key: bytes | None) -> Database:
    """The finished demo file, moved into place, open again (it was made by this schema just now)."""
    return Database(url=url_for(path), engine=make_engine(url_for(path), key=key), path=path, key=key)


@contextmanager
def _built_aside(path: Path) -> Iterator[Path]:
    """Where to build a new database file for ``path`` (``<name>.unfinished/<name>``, with its key file beside it);
    when the block ends, the files are moved to ``path`` (the database file last) and the folder goes; on any
    error, or Ctrl-C, the folder goes with everything in it.

    The demo commits as it goes (:func:`fill_demo`), so the database file is never seen half-filled under its own
    name: a demo killed outright (SIGKILL, power cut) leaves only the folder, whose name says what it is. The next
    demo into the same file removes it, unless the demo that made it still runs (it holds an ``flock`` on the
    folder's lock file; without ``flock``, on Windows, the files of a running demo cannot be deleted): then it is
    refused and nothing is changed.
    """
    folder = path.with_name(path.name + UNFINISHED)
    if not path.parent.is_dir():
        raise StorageError(
            QT_TRANSLATE_NOOP("Meddelelser", "{path}: mappen {parent} findes ikke").format(
                path=path, parent=path.parent
            ),
            path=str(path),
            kind="missing",
        )
    if folder.exists():
        _remove_unfinished(folder)
    try:
        folder.mkdir(mode=0o700)
        os.chmod(folder, 0o700)
    except FileExistsError as err:  # another demo began here just now
        raise _busy(folder) from err
    except OSError as err:
        from planner_gui.storage.files import os_error

        raise os_error(err, folder, QT_TRANSLATE_NOOP("Meddelelser", "demodatabasen kan ikke oprettes")) from err
    lock_fd = _hold_lock(folder)
    work = folder / path.name
    try:
        yield work
        _move_into_place(work, path)
    except BaseException:
        _close(lock_fd)
        shutil.rmtree(folder, ignore_errors=True)
        raise
    _close(lock_fd)
    shutil.rmtree(folder, ignore_errors=True)


def _busy(folder: Path) -> UserError:
    return UserError(
        QT_TRANSLATE_NOOP(
            "Meddelelser",
            "{folder}: en anden demo bliver lavet til samme fil lige nu; vent, til den er færdig, eller vælg et "
            "andet filnavn (intet blev ændret)",
        ).format(folder=folder)
    )


def _hold_lock(folder: Path) -> int | None:
    """An ``flock`` on the folder's lock file, held while the demo is built (None where there is no ``flock``)."""
    try:
        import fcntl
    except ImportError:
        return None
    fd = os.open(folder / _LOCK, os.O_CREAT | os.O_RDWR, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as err:
        os.close(fd)
        raise _busy(folder) from err
    return fd


def _close(fd: int | None) -> None:
    if fd is not None:
        try:
            os.close(fd)
        except OSError:
            pass


def _remove_unfinished(folder: Path) -> None:
    """Remove what a killed demo left, or refuse when the demo that is building it still runs."""
    try:
        import fcntl
    except ImportError:
        fcntl = None  # type: ignore[assignment]
    if fcntl is not None and (folder / _LOCK).exists():
        fd = os.open(folder / _LOCK, os.O_RDWR)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as err:
            raise _busy(folder) from err
        finally:
            os.close(fd)
    try:
        shutil.rmtree(folder)
    except FileNotFoundError:
        pass
    except OSError as err:  # Windows: a running demo's open files cannot be deleted
        raise _busy(folder) from err
    log.warning("fjernede %s: en demodatabase, der blev afbrudt, før den var færdig", folder)


def _move_into_place(work: Path, path: Path) -> None:
    """Move the finished (closed) database file and its companions to ``path``; the database file last, so that
    the name holds a complete database or nothing."""
    from planner_gui.storage.files import os_error

    if path.exists() and path.stat().st_size > 0:
        _refuse_existing(path)  # made meanwhile by someone else: never overwritten
    moved: list[Path] = []
    try:
        for suffix in (".keys", "-wal", "-shm"):  # -wal/-shm only if the last close left them (a checkpoint failed)
            companion = Path(f"{work}{suffix}")
            if companion.exists():
                os.replace(companion, Path(f"{path}{suffix}"))
                moved.append(Path(f"{path}{suffix}"))
        with open(work, "rb") as fh:
            os.fsync(fh.fileno())
        os.replace(work, path)
        if hasattr(os, "O_DIRECTORY"):
            fd = os.open(path.parent, os.O_RDONLY | os.O_DIRECTORY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
    except OSError as err:
        for companion in moved:
            companion.unlink(missing_ok=True)
        raise os_error(err, path, QT_TRANSLATE_NOOP("Meddelelser", "demodatabasen kan ikke flyttes på plads")) from err


# ---------------------------------------------------------------------------------------------------- encrypted


def _encrypted_path(db: str | Path) -> Path:
    if is_url(str(db)):
        raise UserError(
            QT_TRANSLATE_NOOP("Meddelelser", "kun en databasefil kan krypteres (ikke en URL); brug --no-encrypt")
        )
    _refuse_existing(db)
    path = Path(db).expanduser().resolve()
    if keys.keyfile_for(path).exists():
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Meddelelser", "{path}: nøglefilen findes allerede; vælg et nyt filnavn (intet blev ændret)"
            ).format(path=keys.keyfile_for(path))
        )
    return path


def _remove_files(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", ".keys"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def create_encrypted_database(db: str | Path, admin_password: str) -> tuple[Database, str]:
    """A new database encrypted at rest; returns it and the recovery key (to be shown once, never stored).

    A random 256-bit database key is wrapped for ``admin``'s password and for the recovery key in ``<db>.keys``.
    """
    path = _encrypted_path(db)
    auth.hash_password(admin_password)  # the length rule, before any file is written
    key, recovery = keys.new_database_key(), keys.new_recovery_key()
    keys.create_keyfile(path, key, [("admin", admin_password)], recovery)
    try:
        database = create_database(path, admin_password, key=key)
    except BaseException:
        _remove_files(path)
        raise
    return database, recovery


def create_encrypted_demo_database(
    db: str | Path,
    admin_password: str,
    *,
    citizens: int = 2000,
    seed: int = 1,
    today: dt.date | None = None,
    on_progress: Callable[[str], None] | None = None,
) -> tuple[Database, DemoResult, str]:
    """The demo database, encrypted at rest: every demo login gets a key slot for ``admin_password``."""
    path = _encrypted_path(db)
    auth.hash_password(admin_password)
    key, recovery = keys.new_database_key(), keys.new_recovery_key()
    with _built_aside(path) as work:  # the key file too: it is moved into place before the database file
        kf = keys.create_keyfile(work, key, [("admin", admin_password)], recovery)
        result = _fill_file(work, admin_password, key, citizens, seed, today, on_progress)
        for initials, _role in result.logins:
            kf.set_password(key, initials, admin_password)
        kf.save()
    return _opened(path, key), result, recovery
