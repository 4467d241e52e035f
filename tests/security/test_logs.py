"""Log files hold no CPR number and no name: the scrubber rewrites CPR-shaped text in messages and tracebacks, and
database errors never carry their SQL parameters (names, CPR numbers) into an exception's text."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from planner_gui import logs
from planner_gui.storage.db import Database
from planner_gui.storage.tables import Citizen

CPRS = ("010190-1234", "0101901234", "010190 1234")


@pytest.fixture
def log_file(monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setattr(logs, "_installed", {})
    root = logging.getLogger()
    before = list(root.handlers)
    path = logs.install_file_logging()
    yield path
    for h in root.handlers[:]:
        if h not in before:
            h.close()
            root.removeHandler(h)


def _text(path: Path) -> str:
    for h in logging.getLogger().handlers:
        h.flush()
    return path.read_text(encoding="utf-8")


def test_cpr_numbers_never_reach_the_log_file(log_file: Path) -> None:
    log = logging.getLogger("planner_gui.test")
    for cpr in CPRS:
        log.warning("åbnede borger %s", cpr)
        log.error(f"direkte i teksten: {cpr}")
    try:
        raise ValueError(f"ugyldigt CPR-nummer {CPRS[0]} i rækken")
    except ValueError as err:
        log.exception("fejl under import")
        logs.log_exception(err)
    text = _text(log_file)
    assert "<cpr>" in text and "ValueError" in text and "Traceback" in text
    for cpr in CPRS:
        assert cpr not in text
    assert "1234" not in text.replace("<cpr>", "")


def test_control_without_the_scrubber_the_cpr_would_be_there(tmp_path: Path) -> None:
    path = tmp_path / "raw.log"
    handler = logging.FileHandler(path, encoding="utf-8")
    log = logging.getLogger("planner_gui.raw")
    log.addHandler(handler)
    log.warning("åbnede borger %s", CPRS[0])
    handler.close()
    log.removeHandler(handler)
    assert CPRS[0] in path.read_text(encoding="utf-8")


def test_database_errors_carry_no_names_or_cpr(empty_db: Database, log_file: Path, db_backend: str) -> None:
    with empty_db.write() as s:
        s.add(Citizen(id=uuid.uuid4(), cpr="0101901234", first_name="Sørine", last_name="Hemmeligsen", updated_by="t"))
    with pytest.raises(Exception) as info, empty_db.write() as s:  # a duplicate CPR: IntegrityError
        s.add(Citizen(id=uuid.uuid4(), cpr="0101901234", first_name="Sørine", last_name="Hemmeligsen", updated_by="t"))
    err = info.value
    logs.log_exception(err)
    text = _text(log_file)
    assert "Hemmeligsen" not in text and "Sørine" not in text and "0101901234" not in text
    assert "Hemmeligsen" not in str(err) and "Sørine" not in str(err)
    # PostgreSQL's own message names the duplicate key ('DETAIL: Key (cpr)=(0101901234) already exists.'): the
    # storage layer keeps only its first line (storage/db.py _drop_server_detail)
    assert "0101901234" not in str(err) and "0101901234" not in str(getattr(err, "orig", ""))
    assert "duplicate key" in str(err) or "UNIQUE" in str(err)


def test_the_log_rotates_as_the_standard_librarys_handler_and_every_file_stays_private(tmp_path: Path) -> None:
    """Same rotation as ``logging.handlers.RotatingFileHandler`` (which start-up no longer imports): the same
    records in the same files, the oldest dropped, each file 0600."""
    import logging.handlers
    import stat

    ours_path, theirs_path = tmp_path / "ours.log", tmp_path / "theirs.log"
    ours = logs.PrivateRotatingFileHandler(ours_path, max_bytes=300, backup_count=3)
    theirs = logging.handlers.RotatingFileHandler(theirs_path, maxBytes=300, backupCount=3, encoding="utf-8")
    for handler in (ours, theirs):
        handler.setFormatter(logging.Formatter("%(message)s"))
    try:
        for i in range(60):
            record = logging.LogRecord("t", logging.INFO, __file__, 1, "linje %d æøå " + "x" * (i % 17), (i,), None)
            ours.handle(record)
            theirs.handle(record)
    finally:
        ours.close()
        theirs.close()
    for suffix in ("", ".1", ".2", ".3"):
        assert Path(f"{ours_path}{suffix}").read_text("utf-8") == Path(f"{theirs_path}{suffix}").read_text("utf-8")
        assert stat.S_IMODE(Path(f"{ours_path}{suffix}").stat().st_mode) == 0o600
    assert not Path(f"{ours_path}.4").exists()
    assert "linje 59" in ours_path.read_text("utf-8")
