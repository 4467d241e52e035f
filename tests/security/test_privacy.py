"""The citizen's rights: aktindsigt (everything held about one citizen, in one logged action) and deletion after the
retention period (every personal field gone, the file overwritten, an audit entry under a pseudonym)."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import Table, Uuid, func, select
from sqlalchemy.orm import Session

from planner_gui.domain import cpr as cprmod
from planner_gui.errors import PermissionDenied, UserError
from planner_gui.services import privacy
from planner_gui.services.auth import Actor
from planner_gui.services.interchange import export_workbook, import_workbook
from planner_gui.storage.db import Database
from planner_gui.storage.tables import (
    AccessGrant,
    Assignment,
    AuditEntry,
    BenefitPeriod,
    Checkout,
    Citizen,
    Draft,
    Effort,
    Exit,
    InstrumentDimension,
    Measurement,
    Note,
    OrdinaryHours,
    Plan,
    Staff,
    SubGoal,
    SyncBase,
    SyncConflict,
    SyncQuarantine,
)
from planner_gui.xlsx import decode_text
from tests.conftest import PASSWORD, TODAY, app_entries

# why the tests marked so run on SQLite only (tests/conftest.py: sqlite_only)
FILE_BYTES = "reads the database file's bytes (SQLite's secure_delete); a server's pages are its own"

ADMIN = Actor("admin", "administrator")
OLD = "0203551234"  # last activity 2019: due
RECENT = "0405661234"  # last activity 2024: kept
ONGOING = "0607771234"  # benefit open since 2015: kept
LATE_EFFORT = "0809881234"  # exit 2018 but an effort ended 2023: kept
SECRET_TEXT = "Drømmer om at blive tømrer i Roskilde"


def _citizen(s, cpr: str, first: str, last: str) -> uuid.UUID:  # type: ignore[no-untyped-def]
    c = Citizen(id=uuid.uuid4(), cpr=cpr, first_name=first, last_name=last, updated_by="t")
    s.add(c)
    s.flush()
    return c.id


@pytest.fixture
def people(empty_db: Database) -> dict[str, uuid.UUID]:
    d = dt.date
    with empty_db.write() as s:
        staff_id = s.scalar(select(Staff.id).where(Staff.initials == "admin"))
        ids = {
            OLD: _citizen(s, OLD, "Gertrud", "Mikkelsen"),
            RECENT: _citizen(s, RECENT, "Hans", "Olsen"),
            ONGOING: _citizen(s, ONGOING, "Ida", "Berg"),
            LATE_EFFORT: _citizen(s, LATE_EFFORT, "Jonas", "Krog"),
        }
        old = ids[OLD]
        s.add(BenefitPeriod(citizen_id=old, target_group="sygedagpenge", start=d(2017, 1, 1), end=d(2019, 6, 30)))
        s.add(
            Effort(
                citizen_id=old,
                category="mentor",
                responsible="jobcenter",
                start=d(2018, 1, 1),
                end=d(2019, 3, 1),
                note="Mentor hos Gertrud",
            )
        )
        s.add(
            Assignment(citizen_id=old, staff_id=staff_id, role="koordinerende", start=d(2017, 1, 1), end=d(2019, 6, 30))
        )
        s.add(Plan(citizen_id=old, own_goal=SECRET_TEXT, job_goal="tømrer", next_step="", handover_note=""))
        s.add(Note(citizen_id=old, date=d(2019, 5, 1), kind="note", text="Gertrud fortalte om sin ryg", author="admin"))
        s.add(BenefitPeriod(citizen_id=ids[RECENT], target_group="a_dagpenge", start=d(2023, 1, 1), end=d(2024, 2, 1)))
        s.add(BenefitPeriod(citizen_id=ids[ONGOING], target_group="ledighedsydelse", start=d(2015, 1, 1), end=None))
        for cpr in (RECENT, ONGOING, LATE_EFFORT):  # neighbours on the same pages as the deleted rows
            s.add(Plan(citizen_id=ids[cpr], own_goal="Vil gerne arbejde", job_goal="", next_step="", handover_note=""))
            s.add(Note(citizen_id=ids[cpr], date=d(2024, 1, 1), kind="note", text="Samtale", author="admin"))
        s.add(Exit(citizen_id=ids[LATE_EFFORT], date=d(2018, 1, 1), type="job"))
        s.add(
            Effort(
                citizen_id=ids[LATE_EFFORT],
                category="ips",
                responsible="psykiatri",
                start=d(2022, 1, 1),
                end=d(2023, 1, 1),
                note="",
            )
        )
    return ids


# ------------------------------------------------------------------------------------------------ retention


def test_lists_only_citizens_past_the_retention_period(empty_db: Database, people: dict[str, uuid.UUID]) -> None:
    due = privacy.citizens_due_for_deletion(empty_db, ADMIN, today=TODAY)
    assert [d.cpr for d in due] == [cprmod.Cpr(OLD).formatted()]
    assert due[0].last_activity == dt.date(2019, 6, 30)
    # configurable: with 2 years the 2024 citizen is not yet due, with 1 year he is
    privacy.set_retention_years(empty_db, ADMIN, 1)
    due = privacy.citizens_due_for_deletion(empty_db, ADMIN, today=TODAY)
    assert {d.cpr for d in due} == {
        cprmod.Cpr(OLD).formatted(),
        cprmod.Cpr(RECENT).formatted(),
        cprmod.Cpr(LATE_EFFORT).formatted(),
    }
    with pytest.raises(UserError):
        privacy.set_retention_years(empty_db, ADMIN, 0)


def _key(table: Table, cid: uuid.UUID) -> uuid.UUID | str:
    """The citizen's id as ``table`` keeps it: a uuid, or its text in the sync tables (``sync_base``,
    ``sync_conflicts``, ``sync_quarantine``). Compared with a uuid, a text column matches nothing on SQLite (a row
    left behind would count 0) and is refused by PostgreSQL (no ``varchar = uuid``)."""
    return cid if isinstance(table.c.citizen_id.type, Uuid) else str(cid)


def _rows_about(s: Session, cid: uuid.UUID) -> dict[str, int]:
    """Per table that holds rows about a citizen: how many are this citizen's."""
    return {
        t.name: int(s.scalar(select(func.count()).select_from(t).where(t.c.citizen_id == _key(t, cid))) or 0)
        for t in privacy._citizen_tables()
    }


def _everything_else_about(s: Session, cid: uuid.UUID, cpr: str) -> None:
    """Rows about the citizen in the tables the ``people`` fixture leaves empty, all older than the last activity
    (2019-06-30): sub-goals, hours, a measurement, an exit, a draft, a grant, a checkout and the sync's state, whose
    ``sync_conflicts`` and ``sync_quarantine`` also hold the CPR number."""
    d = dt.date
    text_id = str(cid)
    staff_id = s.scalar(select(Staff.id).where(Staff.initials == "admin"))
    dimension = s.scalar(select(InstrumentDimension.id).limit(1))
    assert staff_id is not None and dimension is not None
    s.add_all(
        [
            SubGoal(citizen_id=cid, position=0, text="Truckcertifikat til Gertrud", status="i_gang"),
            OrdinaryHours(citizen_id=cid, month=d(2018, 3, 1), hours=12.5),
            Measurement(citizen_id=cid, dimension_id=dimension, date=d(2018, 6, 1), score=2, rater="borger"),
            Exit(citizen_id=cid, date=d(2019, 1, 2), type="job"),
            Draft(citizen_id=cid, user="admin", kind="plan", payload=SECRET_TEXT),
            AccessGrant(staff_id=staff_id, citizen_id=cid, reason="opfølgning", expires_at=dt.datetime(2019, 7, 1)),
            Checkout(citizen_id=cid, initials="admin", laptop_id="baerbar-1", since=dt.datetime(2019, 1, 2)),
            SyncBase(table_name="notes", row_id=str(uuid.uuid4()), citizen_id=text_id, data='{"text": "Gertrud"}'),
            SyncConflict(
                citizen_id=text_id,
                cpr=cpr,
                table_name="plans",
                row_id=str(uuid.uuid4()),
                column="own_goal",
                field="Eget mål",
                mine='"Gertrud vil være tømrer"',
                theirs='"tømrer"',
            ),
            SyncQuarantine(citizen_id=text_id, cpr=cpr, reason="Gertrud Mikkelsen kunne ikke flettes"),
        ]
    )


def test_deletion_removes_every_personal_field(empty_db: Database, people: dict[str, uuid.UUID]) -> None:
    cid = people[OLD]
    with empty_db.write() as s:
        _everything_else_about(s, cid, OLD)
    with empty_db.read() as s:
        before = _rows_about(s, cid)
    # every table about citizens holds a row of this one: a table added later without one here fails at once,
    # instead of the check below counting 0 rows in it whatever the deletion does
    assert all(before.values()), [name for name, n in before.items() if not n]
    pseudonym = privacy.delete_citizen(empty_db, ADMIN, cid, reason="opbevaringstid udløbet", today=TODAY)
    assert pseudonym.startswith("X") and len(pseudonym) == 10
    assert not cprmod.is_valid(pseudonym)
    with empty_db.read() as s:
        c = s.get(Citizen, cid)
        assert c is not None and (c.cpr, c.first_name, c.last_name) == (pseudonym, "", "")
        assert _rows_about(s, cid) == dict.fromkeys(before, 0)
        for model in (SyncConflict, SyncQuarantine):  # the CPR number is nowhere else either
            assert not s.scalar(select(func.count()).select_from(model).where(model.cpr == OLD)), model
        last = s.execute(select(AuditEntry).where(app_entries()).order_by(AuditEntry.seq.desc()).limit(1)).scalar_one()
        assert (last.action, last.entity, last.entity_id, last.citizen_ref) == (
            "delete",
            "citizen",
            pseudonym,
            str(cid),
        )
        assert "Gertrud" not in last.details and OLD not in last.details
        assert json.loads(last.details)["slettet"] == before  # what went, table by table
        # the others are untouched
        assert s.scalar(select(func.count()).select_from(BenefitPeriod)) == 2
    # not due any more, and not listed again
    assert privacy.citizens_due_for_deletion(empty_db, ADMIN, today=TODAY) == ()


@pytest.mark.sqlite_only(FILE_BYTES)
def test_the_deleted_citizen_is_gone_from_the_file(
    empty_db: Database, db_path: Path, people: dict[str, uuid.UUID]
) -> None:
    with empty_db.write() as s:
        _everything_else_about(s, people[OLD], OLD)
    privacy.delete_citizen(empty_db, ADMIN, people[OLD], reason="opbevaringstid udløbet", today=TODAY)
    # the file itself no longer holds the deleted text (secure_delete), once the WAL is checkpointed
    with empty_db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    data = db_path.read_bytes()
    for secret in (OLD.encode(), b"Gertrud", b"Mikkelsen", SECRET_TEXT.encode(), b"fortalte om sin ryg"):
        assert secret not in data, secret


def test_deletion_refuses_citizens_not_due(empty_db: Database, people: dict[str, uuid.UUID]) -> None:
    for cpr in (RECENT, ONGOING, LATE_EFFORT):
        with pytest.raises(PermissionDenied):
            privacy.delete_citizen(empty_db, ADMIN, people[cpr], reason="fejl", today=TODAY)
    with pytest.raises(UserError, match="begrundelse"):
        privacy.delete_citizen(empty_db, ADMIN, people[OLD], reason=" ", today=TODAY)


def test_export_after_deletion_still_imports(empty_db: Database, people: dict[str, uuid.UUID], tmp_path: Path) -> None:
    privacy.delete_due_citizens(empty_db, ADMIN, reason="opbevaringstid udløbet", today=TODAY)
    path = tmp_path / "alt.xlsx"
    counts = export_workbook(empty_db, ADMIN, path)
    assert counts["borgere"] == 3
    from planner_gui.services.setup import create_database

    other = create_database(tmp_path / "other.db", PASSWORD)
    try:
        import_workbook(other, ADMIN, path)
    finally:
        other.dispose()


# ------------------------------------------------------------------------------------------------ aktindsigt


def test_access_request_exports_everything_about_one_citizen(
    empty_db: Database, people: dict[str, uuid.UUID], tmp_path: Path
) -> None:
    caseworker = Actor("admin", "administrator")
    pdf_calls: list[Path] = []

    def fake_pdf(path: Path) -> None:
        pdf_calls.append(path)
        path.write_bytes(b"%PDF-1.4 min plan")

    with empty_db.write() as s:
        s.add(SubGoal(citizen_id=people[OLD], position=0, text="Tage truckcertifikat", status="i_gang"))
        s.add(
            Note(
                citizen_id=people[OLD],
                date=dt.date(2019, 6, 1),
                kind="overdragelse",
                text="=Overdraget til ny rådgiver",  # looks like a formula: must stay text
                author="admin",
            )
        )
    folder = tmp_path / "aktindsigt-gertrud"
    result = privacy.access_request(
        empty_db,
        caseworker,
        OLD,
        folder,
        reason="borgeren bad om aktindsigt",
        plan_pdf=fake_pdf,
    )
    assert set(result.files) == {
        "borgerens-data.xlsx",
        "plan-og-notater.xlsx",
        "logbog.xlsx",
        "min-plan.pdf",
        "LÆS MIG.txt",
    }
    # the plan, sub-goals and notes (incl. handover notes) are in their own workbook, as safe text cells
    plan_wb = load_workbook(folder / "plan-og-notater.xlsx")
    plan_rows = {r[0]: r[1] for r in plan_wb["plan"].iter_rows(min_row=2, values_only=True)}
    assert plan_rows["Eget mål"] == SECRET_TEXT and plan_rows["Jobmål"] == "tømrer"
    assert [r[1] for r in plan_wb["delmaal"].iter_rows(min_row=2, values_only=True)] == ["Tage truckcertifikat"]
    notes = [r for r in plan_wb["noter"].iter_rows(min_row=2)]
    assert [(n[0].value, n[1].value, n[2].value) for n in notes] == [
        ("01-05-2019", "Note", "Gertrud fortalte om sin ryg"),
        ("01-06-2019", "Overdragelse", "=Overdraget til ny rådgiver"),
    ]
    assert notes[1][2].data_type == "s" and notes[1][2].quotePrefix
    assert "Samtale" not in str([n[2].value for n in notes])  # nobody else's notes
    readme = (folder / "LÆS MIG.txt").read_text(encoding="utf-8")
    assert "plan-og-notater.xlsx" in readme and "delmål" in readme
    assert sorted(p.name for p in folder.iterdir()) == sorted(result.files)
    assert len(pdf_calls) == 1
    wb = load_workbook(folder / "borgerens-data.xlsx")
    cprs = [r[0] for r in wb["borgere"].iter_rows(min_row=2, values_only=True)]
    assert cprs == [cprmod.Cpr(OLD).formatted()]
    assert len(list(wb["ydelser"].iter_rows(min_row=2))) == 1
    log = load_workbook(folder / "logbog.xlsx").worksheets[0]
    refs = {decode_text(r[5]) for r in log.iter_rows(min_row=2, values_only=True)}
    assert refs == {str(people[OLD])}
    with empty_db.read() as s:
        last = s.execute(select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(1)).scalar_one()
        assert (last.action, last.entity, last.citizen_ref) == ("export", "aktindsigt", str(people[OLD]))
        assert last.reason == "borgeren bad om aktindsigt"


def test_access_request_writes_nothing_on_failure(
    empty_db: Database, people: dict[str, uuid.UUID], tmp_path: Path
) -> None:
    def broken_pdf(path: Path) -> None:
        raise OSError(28, "No space left on device")

    out = tmp_path / "ud"
    out.mkdir()
    folder = out / "aktindsigt"
    with empty_db.read() as s:
        before = s.scalar(select(func.count()).select_from(AuditEntry).where(AuditEntry.entity == "aktindsigt"))
    with pytest.raises(UserError, match="intet blev gemt"):
        privacy.access_request(empty_db, ADMIN, OLD, folder, plan_pdf=broken_pdf)
    assert list(out.iterdir()) == []
    with empty_db.read() as s:
        after = s.scalar(select(func.count()).select_from(AuditEntry).where(AuditEntry.entity == "aktindsigt"))
        newest = s.scalar(
            select(AuditEntry.details).where(AuditEntry.entity == "aktindsigt").order_by(AuditEntry.seq.desc()).limit(1)
        )
    # only the "begun" entry, committed before any data touched the disk (issue 12 item 7); no completion
    assert after == before + 1 and newest is not None and '"status": "begyndt"' in newest
    folder.mkdir()
    with pytest.raises(UserError, match="findes allerede"):
        privacy.access_request(empty_db, ADMIN, OLD, folder)


def test_aktindsigt_and_audit_purge_from_the_cli(
    cli_db: str,
    people: dict[str, uuid.UUID],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from planner_gui.cli import main

    monkeypatch.setenv("PLANNER_USER", "admin")
    monkeypatch.setenv("PLANNER_PASSWORD", PASSWORD)
    folder = tmp_path / "ud"
    args = ["aktindsigt", "--db", cli_db, str(folder), "--cpr", "020355-1234", "--begrundelse", "borgerens ønske"]
    assert main(args) == 0, capsys.readouterr()
    assert (folder / "borgerens-data.xlsx").exists() and (folder / "logbog.xlsx").exists()
    assert main(args) == 2
    assert "findes allerede" in capsys.readouterr().err
    assert main(["audit", "purge", "--db", cli_db]) == 0
    assert "Slettede 0 logposter" in capsys.readouterr().out


@pytest.mark.sqlite_only(FILE_BYTES)
def test_deleted_text_is_overwritten_in_the_file(empty_db: Database, db_path: Path) -> None:
    """``secure_delete``: a deleted row's bytes are zeroed, not left in the page's free space.

    The app sets the pragma on every connection because SQLite builds differ in their default (this machine's stdlib
    SQLite and SQLCipher on a keyed file both default to on, so removing the pragma does not fail this test here)."""
    from sqlalchemy import delete, update

    with empty_db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA secure_delete").scalar() == 1

    with empty_db.write() as s:
        ids = []
        for i in range(200):
            cid = _citizen(s, f"0101{70 + i // 100:02d}{1000 + i % 100:04d}", f"Navn{i:03d}", "Efternavn")
            s.add(Note(citizen_id=cid, date=dt.date(2020, 1, 1), kind="note", text=f"Fortrolig note {i:03d}"))
            ids.append(cid)
    with empty_db.write() as s:
        s.execute(delete(Note).where(Note.citizen_id == ids[100]))
        s.execute(update(Citizen).where(Citizen.id == ids[100]).values(first_name="", last_name="", cpr="XABCDEF123"))
    with empty_db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    data = db_path.read_bytes()
    assert b"Fortrolig note 099" in data  # the neighbours are there
    assert b"Fortrolig note 100" not in data and b"Navn100" not in data
