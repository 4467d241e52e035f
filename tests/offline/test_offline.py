"""Offline work (issue 15): checkout, sync, resolve, checkin against a real PostgreSQL and two laptop databases.

Caseworkers kb and lb each take citizens out to their own laptop; the tests edit the laptops and the server (as the
administrator, playing a colleague at the office) and check the end state field by field.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import func, select

from planner_gui.cli import main
from planner_gui.services.auth import Actor, create_user
from planner_gui.services.unlock import open_for_user
from planner_gui.storage.db import Database
from planner_gui.storage.tables import Assignment, BenefitPeriod, Checkout, Citizen, Note, Plan, Staff, SyncConflict
from tests.conftest import PASSWORD

ADMIN = Actor("admin", "administrator")
KB_PW, LB_PW = "kb-kode-lang-123", "lb-kode-lang-123"
CPR_A, CPR_B, CPR_C = "0101801234", "0202801234", "0303801234"


@dataclass
class Team:
    url: str  # the server URL without credentials (as a user types it)
    db: Database  # the server, as its owner (the office side of the tests)
    ids: dict[str, uuid.UUID]


@pytest.fixture
def team(pg_url: str) -> Iterator[Team]:
    """kb has A and B in her caseload, lb has A (as primary caseworker) and C."""
    from sqlalchemy.engine import make_url

    from planner_gui.services.setup import create_database

    db = create_database(pg_url, PASSWORD)
    create_user(db, ADMIN, "kb", "Karin Bach", "sagsbehandler", KB_PW, team="Team Aktiv")
    create_user(db, ADMIN, "lb", "Lars Berg", "sagsbehandler", LB_PW, team="Team Aktiv")
    ids: dict[str, uuid.UUID] = {}
    with db.write() as s:
        kb = s.scalar(select(Staff.id).where(Staff.initials == "kb"))
        lb = s.scalar(select(Staff.id).where(Staff.initials == "lb"))
        for label, cpr in (("A", CPR_A), ("B", CPR_B), ("C", CPR_C)):
            c = Citizen(cpr=cpr, first_name=f"Borger{label}", last_name="Test", updated_by="admin")
            s.add(c)
            s.flush()
            ids[label] = c.id
            s.add(BenefitPeriod(citizen_id=c.id, target_group="sygedagpenge", start=dt.date(2024, 1, 1), end=None))
            s.add(Plan(citizen_id=c.id, own_goal=f"mål {label}", job_goal="lager", next_step="cv"))
            s.add(Note(citizen_id=c.id, date=dt.date(2024, 2, 1), kind="note", text=f"note om {label}"))
        for label, who, role in (
            ("A", kb, "koordinerende"),
            ("B", kb, "koordinerende"),
            ("A", lb, "primaer"),
            ("C", lb, "koordinerende"),
        ):
            s.add(Assignment(citizen_id=ids[label], staff_id=who, role=role, start=dt.date(2024, 1, 1), end=None))
    url = make_url(pg_url).set(username=None, password=None).render_as_string(hide_password=False)
    yield Team(url, db, ids)
    db.dispose()


def cli(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, user: str, pw: str, *args: str):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("PLANNER_USER", user)
    monkeypatch.setenv("PLANNER_PASSWORD", pw)
    capsys.readouterr()
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def laptop_citizen(path: Path, user: str, pw: str, cpr: str) -> tuple[Database, Citizen]:
    db, _ = open_for_user(path, user, pw)
    with db.read() as s:
        c = s.scalars(select(Citizen).where(Citizen.cpr == cpr)).one()
    return db, c


def edit_laptop(path: Path, user: str, pw: str, cpr: str, **fields: object) -> None:
    db, _ = open_for_user(path, user, pw)
    try:
        with db.write() as s:
            c = s.scalars(select(Citizen).where(Citizen.cpr == cpr)).one()
            plan = s.scalars(select(Plan).where(Plan.citizen_id == c.id)).one()
            for key, value in fields.items():
                target = plan if key.startswith("plan_") else c
                setattr(target, key.removeprefix("plan_"), value)
            target.updated_by = user
    finally:
        db.dispose()


def edit_server(team: Team, cpr: str, who: str = "lb", **fields: object) -> None:
    with team.db.write() as s:
        c = s.scalars(select(Citizen).where(Citizen.cpr == cpr)).one()
        plan = s.scalars(select(Plan).where(Plan.citizen_id == c.id)).one()
        for key, value in fields.items():
            target = plan if key.startswith("plan_") else c
            setattr(target, key.removeprefix("plan_"), value)
            target.updated_by = who


def server_value(team: Team, cpr: str, attr: str) -> object:
    with team.db.read() as s:
        c = s.scalars(select(Citizen).where(Citizen.cpr == cpr)).one()
        if attr.startswith("plan_"):
            return getattr(s.scalars(select(Plan).where(Plan.citizen_id == c.id)).one(), attr[5:])
        return getattr(c, attr)


def laptop_value(path: Path, user: str, pw: str, cpr: str, attr: str) -> object:
    db, _ = open_for_user(path, user, pw)
    try:
        with db.read() as s:
            c = s.scalars(select(Citizen).where(Citizen.cpr == cpr)).one()
            if attr.startswith("plan_"):
                return getattr(s.scalars(select(Plan).where(Plan.citizen_id == c.id)).one(), attr[5:])
            return getattr(c, attr)
    finally:
        db.dispose()


LINE = re.compile(
    r"^(?P<cpr>\d{6}-\d{4}) (?P<felt>[a-z_]+\.[a-z_]+): her=(?P<her>.*) server=(?P<server>.*) "
    r"\(ændret af (?P<who>\S+) (?P<when>\d{2}-\d{2}-\d{4} \d{2}:\d{2})\)$"
)


def test_checkout_sync_merge_conflict_resolve_checkin(
    team: Team, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    kb_laptop, lb_laptop = tmp_path / "kb.db", tmp_path / "lb.db"
    code, out, err = cli(capsys, monkeypatch, "kb", KB_PW, "checkout", "--db", team.url, "--to", str(kb_laptop))
    assert code == 0, err
    assert "Tog 2 borger(e) med ud" in out
    assert (kb_laptop.parent / "kb.db.keys").exists()  # encrypted, with kb's key slot
    # lb takes A out too: allowed, with a warning naming kb and since when
    code, out, err = cli(
        capsys, monkeypatch, "lb", LB_PW, "checkout", "--db", team.url, "--to", str(lb_laptop), "--cpr", "010180-1234"
    )
    assert code == 0, err
    assert re.search(r"010180-1234 er allerede taget med ud af kb siden \d{2}-\d{2}-\d{4} \d{2}:\d{2}", err)
    with team.db.read() as s:
        out_rows = s.execute(select(Checkout.initials, Checkout.citizen_id).where(Checkout.released_at.is_(None))).all()
    assert sorted((i, str(c)) for i, c in out_rows) == sorted(
        [("kb", str(team.ids["A"])), ("kb", str(team.ids["B"])), ("lb", str(team.ids["A"]))]
    )
    db, _c = laptop_citizen(kb_laptop, "kb", KB_PW, CPR_A)  # the laptop holds only what was taken out
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Citizen)) == 2
    db.dispose()

    # different fields on the laptop and on the server: merged both ways
    edit_laptop(kb_laptop, "kb", KB_PW, CPR_A, last_name="Hansen", plan_next_step="ring til virksomheden")
    edit_server(team, CPR_A, first_name="Anne", plan_job_goal="butik")
    code, out, err = cli(capsys, monkeypatch, "kb", KB_PW, "sync", "--db", str(kb_laptop))
    assert code == 0, out + err
    for where in ("server", "laptop"):
        get = (
            (lambda a: server_value(team, CPR_A, a))
            if where == "server"
            else (lambda a: laptop_value(kb_laptop, "kb", KB_PW, CPR_A, a))
        )
        assert (get("first_name"), get("last_name")) == ("Anne", "Hansen"), where
        assert (get("plan_job_goal"), get("plan_next_step")) == ("butik", "ring til virksomheden"), where

    # the same field on both sides: a conflict, exit 4, the exact line; everything else applied
    edit_laptop(kb_laptop, "kb", KB_PW, CPR_A, last_name="Holm", plan_own_goal="eget mål fra mødet")
    edit_server(team, CPR_A, last_name="Hald", plan_next_meeting=dt.date(2026, 12, 24))
    code, out, err = cli(capsys, monkeypatch, "kb", KB_PW, "sync", "--db", str(kb_laptop))
    assert code == 4
    lines = out.strip().splitlines()
    assert len(lines) == 1, out
    m = LINE.match(lines[0])
    assert m, lines[0]
    assert (m["cpr"], m["felt"], m["her"], m["server"], m["who"]) == (
        "010180-1234",
        "borgere.efternavn",
        "Holm",
        "Hald",
        "lb",
    )
    assert server_value(team, CPR_A, "plan_own_goal") == "eget mål fra mødet"
    assert laptop_value(kb_laptop, "kb", KB_PW, CPR_A, "plan_next_meeting") == dt.date(2026, 12, 24)
    assert server_value(team, CPR_A, "last_name") == "Hald"  # both values kept
    assert laptop_value(kb_laptop, "kb", KB_PW, CPR_A, "last_name") == "Holm"

    # a second sync changes nothing until resolved
    before = (snapshot_server(team), snapshot_laptop(kb_laptop))
    code, out2, err = cli(capsys, monkeypatch, "kb", KB_PW, "sync", "--db", str(kb_laptop))
    assert code == 4 and out2 == out
    assert (snapshot_server(team), snapshot_laptop(kb_laptop)) == before

    # checkin is refused while the conflict is open: nothing released, nothing removed
    code, out, err = cli(capsys, monkeypatch, "kb", KB_PW, "checkin", "--db", str(kb_laptop))
    assert code == 4 and "intet blev tjekket ind" in err
    assert snapshot_laptop(kb_laptop)["citizens"]

    code, out, err = cli(
        capsys,
        monkeypatch,
        "kb",
        KB_PW,
        "resolve",
        "--db",
        str(kb_laptop),
        "--keep",
        "her",
        "--cpr",
        "010180-1234",
        "--felt",
        "borgere.efternavn",
    )
    assert code == 0, err
    code, out, err = cli(capsys, monkeypatch, "kb", KB_PW, "sync", "--db", str(kb_laptop))
    assert code == 0, out + err
    assert server_value(team, CPR_A, "last_name") == "Holm"
    assert laptop_value(kb_laptop, "kb", KB_PW, CPR_A, "last_name") == "Holm"

    # lb's laptop had A out since before all that: lb's sync brings it all, lb's own change goes up
    edit_laptop(lb_laptop, "lb", LB_PW, CPR_A, plan_handover_note="overdrages til kb")
    code, out, err = cli(capsys, monkeypatch, "lb", LB_PW, "sync", "--db", str(lb_laptop))
    assert code == 0, out + err
    assert laptop_value(lb_laptop, "lb", LB_PW, CPR_A, "last_name") == "Holm"
    assert server_value(team, CPR_A, "plan_handover_note") == "overdrages til kb"

    # checkin: sync, release on the server, the citizens gone from the laptop
    code, out, err = cli(capsys, monkeypatch, "kb", KB_PW, "checkin", "--db", str(kb_laptop))
    assert code == 0, out + err
    assert server_value(team, CPR_A, "plan_handover_note") == "overdrages til kb"
    snap = snapshot_laptop(kb_laptop)
    assert all(not v for v in snap.values()), snap
    with team.db.read() as s:
        still = s.execute(select(Checkout.initials).where(Checkout.released_at.is_(None))).scalars().all()
    assert still == ["lb"]


def test_new_rows_on_both_sides_and_offline_citizen(
    team: Team, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    laptop = tmp_path / "kb.db"
    assert cli(capsys, monkeypatch, "kb", KB_PW, "checkout", "--db", team.url, "--to", str(laptop))[0] == 0
    db, _ = open_for_user(laptop, "kb", KB_PW)
    with db.write() as s:
        kb = s.scalar(select(Staff.id).where(Staff.initials == "kb"))
        a = s.scalar(select(Citizen.id).where(Citizen.cpr == CPR_A))
        s.add(Note(citizen_id=a, date=dt.date(2026, 11, 20), kind="moede", text="møde på biblioteket", author="kb"))
        new = Citizen(cpr="0404801234", first_name="Ny", last_name="Offline", updated_by="kb")
        s.add(new)
        s.flush()
        s.add(Assignment(citizen_id=new.id, staff_id=kb, role="koordinerende", start=dt.date(2026, 1, 1)))
        s.add(Note(citizen_id=new.id, date=dt.date(2026, 11, 20), kind="note", text="første møde"))
    db.dispose()
    with team.db.write() as s:
        s.add(BenefitPeriod(citizen_id=team.ids["A"], target_group="ressourceforloeb", start=dt.date(2026, 6, 1)))
    code, out, err = cli(capsys, monkeypatch, "kb", KB_PW, "sync", "--db", str(laptop))
    assert code == 0, out + err
    server, lap = snapshot_server(team), snapshot_laptop(laptop)
    for table in ("notes", "benefit_periods", "citizens", "assignments"):
        mine = {k: v for k, v in server[table].items() if k in lap[table]}
        assert mine == lap[table], table
    assert "møde på biblioteket" in {r["text"] for r in server["notes"].values()}
    assert "første møde" in {r["text"] for r in server["notes"].values()}
    assert "ressourceforloeb" in {r["target_group"] for r in lap["benefit_periods"].values()}
    # the second sync changes nothing
    code, _, _ = cli(capsys, monkeypatch, "kb", KB_PW, "sync", "--db", str(laptop))
    assert code == 0 and (snapshot_server(team), snapshot_laptop(laptop)) == (server, lap)


def snapshot_server(team: Team) -> dict[str, dict[str, dict[str, object]]]:
    return _snapshot(team.db)


def snapshot_laptop(path: Path, user: str = "kb", pw: str = KB_PW) -> dict[str, dict[str, dict[str, object]]]:
    db, _ = open_for_user(path, user, pw)
    try:
        return _snapshot(db)
    finally:
        db.dispose()


def _snapshot(db: Database) -> dict[str, dict[str, dict[str, object]]]:
    from planner_gui.storage import sync as rows

    out: dict[str, dict[str, dict[str, object]]] = {}
    with db.read() as s:
        for name in rows.CASE_TABLES:
            tbl = rows.table(name)
            out[name] = {
                str(r["id"]): {k: rows.encode(v) for k, v in r.items() if k not in ("created_at", "updated_at")}
                for r in s.execute(select(tbl)).mappings()
            }
    return out


def conflicts(path: Path) -> list[SyncConflict]:
    db, _ = open_for_user(path, "kb", KB_PW)
    try:
        with db.read() as s:
            return list(s.scalars(select(SyncConflict)))
    finally:
        db.dispose()
