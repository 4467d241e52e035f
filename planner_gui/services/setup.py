"""Creating databases: ``init`` (empty, with an administrator) and ``demo`` (a synthetic job centre)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import func, select

from planner_gui.demo.generator import DemoResult, generate
from planner_gui.domain.i18n import QT_TRANSLATE_NOOP
from planner_gui.errors import UserError
from planner_gui.services import auth
from planner_gui.services.instruments import seed_instruments
from planner_gui.storage import audit, keys
from planner_gui.storage.db import Database, is_url
from planner_gui.storage.migrate import open_database
from planner_gui.storage.postgres import is_postgres, put_login
from planner_gui.storage.tables import Citizen, Staff


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
) -> DemoResult:
    """Fill an (empty) database with demo data in one transaction."""
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
        result = generate(s, citizens, seed, today or dt.date.today(), auth.hasher().hash(admin_password), on_progress)
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
    database = create_database(db, admin_password, key=key)
    try:
        result = fill_demo(
            database, citizens=citizens, seed=seed, admin_password=admin_password, today=today, on_progress=on_progress
        )
    except BaseException:
        database.dispose()
        if not is_url(str(db)):
            for suffix in ("", "-wal", "-shm"):
                Path(f"{db}{suffix}").unlink(missing_ok=True)
        raise
    return database, result


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
    kf = keys.create_keyfile(path, key, [("admin", admin_password)], recovery)
    try:
        database, result = create_demo_database(
            path, admin_password, citizens=citizens, seed=seed, today=today, key=key, on_progress=on_progress
        )
        for initials, _role in result.logins:
            kf.set_password(key, initials, admin_password)
        kf.save()
    except BaseException:
        _remove_files(path)
        raise
    return database, result, recovery
