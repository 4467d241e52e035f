"""Offline work and the audit log (issue 15): the laptop's entries join the server's chain once, with their original
times; and a laptop clock that is off refuses the sync and changes nothing."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from planner_gui.domain.plan import PlanEdits
from planner_gui.services import offline, plans
from planner_gui.services.unlock import open_for_user
from planner_gui.storage import audit
from planner_gui.storage.db import Database
from planner_gui.storage.tables import AuditEntry, Citizen, Plan, Setting, SyncRun
from tests.conftest import PASSWORD
from tests.offline.test_offline import CPR_A, KB_PW, Team, cli, snapshot_laptop, snapshot_server, team

__all__ = ["team"]  # the fixture


def _plain(s: Session) -> list[Any]:
    """The whole audit log as plain values (attribute access like the ORM rows, usable after the session)."""
    return [SimpleNamespace(**r) for r in s.execute(select(AuditEntry.__table__).order_by(AuditEntry.seq)).mappings()]


def _laptop_entries(path: Path) -> tuple[str, list[Any]]:
    db, _ = open_for_user(path, "kb", KB_PW)
    try:
        with db.read() as s:
            laptop_id = s.scalar(select(Setting.value).where(Setting.key == offline.LAPTOP_ID))
            entries = _plain(s)
            assert audit.verify(s) is None  # the laptop's own chain holds
    finally:
        db.dispose()
    assert laptop_id
    return laptop_id, entries


def _server_copies(db: Database, laptop_id: str) -> dict[int, list[Any]]:
    """The server's entries copied from the laptop, by laptop seq (a list: more than one would be a double)."""
    out: dict[int, list[Any]] = {}
    with db.read() as s:
        assert audit.verify(s) is None  # the server's chain holds
        for e in _plain(s):
            data = json.loads(e.details) if e.details.startswith("{") else {}
            if data.get("bærbar") == laptop_id and "tid_på_bærbar" in data:
                out.setdefault(int(data["bærbar_seq"]), []).append(e)
    return out


def _work_offline(path: Path) -> None:
    """At the meeting: citizen A opened (a view) and the plan's next step saved (an edit), through the services."""
    db, me = open_for_user(path, "kb", KB_PW)
    try:
        with db.read() as s:
            cid = s.scalars(select(Citizen.id).where(Citizen.cpr == CPR_A)).one()
            version = s.scalars(select(Plan.version).where(Plan.citizen_id == cid)).one()
        plans.open_citizen(db, me, cid)
        plans.save_plan(db, me, cid, PlanEdits(plan_version=version, plan=(("next_step", "møde på lageret"),)))
    finally:
        db.dispose()


def _check_copies(
    team: Team, laptop: Path, remapped: dict[str, str] | None = None
) -> tuple[str, list[Any], dict[int, list[Any]]]:
    """Every laptop entry the server has acknowledged is on the server exactly once, with its original time
    (``remapped``: laptop citizen id -> the server's, for a citizen created offline and matched by CPR)."""
    ids = remapped or {}
    laptop_id, entries = _laptop_entries(laptop)
    copies = _server_copies(team.db, laptop_id)
    with team.db.read() as s:
        marks = [json.loads(d) for d in s.scalars(select(SyncRun.details).where(SyncRun.laptop_id == laptop_id))]
    sent = max(int(m[offline.SENT_KEY]) for m in marks)
    assert sent >= 1
    assert set(copies) == {e.seq for e in entries if e.seq <= sent}  # none lost, none invented
    assert all(len(found) == 1 for found in copies.values()), {k: len(v) for k, v in copies.items()}  # none twice
    for e in entries:
        if e.seq > sent:
            continue
        (copy,) = copies[e.seq]
        data = json.loads(copy.details)
        assert data["tid_på_bærbar"] == e.ts.replace(tzinfo=dt.UTC).isoformat(timespec="microseconds")
        assert (copy.user, copy.action, copy.entity, copy.entity_id, copy.citizen_ref, copy.reason) == (
            "kb",
            e.action,
            e.entity,
            ids.get(e.entity_id, e.entity_id),
            ids.get(e.citizen_ref, e.citizen_ref),
            e.reason,
        )
        original = json.loads(e.details) if e.details.startswith("{") else {}
        assert {k: data[k] for k in original if k != "bærbar"} == {k: v for k, v in original.items() if k != "bærbar"}
    # the copies keep the laptop's order in the server's chain
    order = [copies[seq][0].seq for seq in sorted(copies)]
    assert order == sorted(order)
    return laptop_id, entries, copies


def test_laptop_audit_entries_join_the_server_chain_once_with_their_times(
    team: Team, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    laptop = tmp_path / "kb.db"
    assert cli(capsys, monkeypatch, "kb", KB_PW, "checkout", "--db", team.url, "--to", str(laptop))[0] == 0
    _work_offline(laptop)
    _, before = _laptop_entries(laptop)
    offline_made = [e for e in before if e.action in ("view", "update") and e.citizen_ref is not None]
    assert {e.action for e in offline_made} >= {"view", "update"}

    code, out, err = cli(capsys, monkeypatch, "kb", KB_PW, "sync", "--db", str(laptop))
    assert code == 0, out + err
    _, _, copies = _check_copies(team, laptop)
    for e in offline_made:  # the view and the edit made offline are on the server, with the time they were made
        (copy,) = copies[e.seq]
        assert copy.action == e.action and copy.citizen_ref == e.citizen_ref
        assert dt.datetime.fromisoformat(json.loads(copy.details)["tid_på_bærbar"]) == e.ts.replace(tzinfo=dt.UTC)
        assert copy.ts >= e.ts  # its place in the server's chain is the sync's; its own time is in the details
    with team.db.read() as s:
        data = json.loads(
            s.scalars(
                select(AuditEntry.details).where(
                    AuditEntry.entity == "synkronisering", AuditEntry.citizen_ref.is_(None)
                )
            ).one()
        )
    assert data["bærbar_logposter"] == len(copies) and data[offline.SENT_KEY] == max(copies)

    # a re-run sends nothing twice: only what the laptop wrote since (its record of that sync, its logins)
    code, out, err = cli(capsys, monkeypatch, "kb", KB_PW, "sync", "--db", str(laptop))
    assert code == 0, out + err
    _, _, again = _check_copies(team, laptop)
    assert set(again) > set(copies)
    assert all(again[seq][0].seq == copies[seq][0].seq for seq in copies)  # the old copies untouched
    code, out, err = cli(capsys, monkeypatch, "admin", PASSWORD, "audit", "verify", "--db", team.url)
    assert code == 0, out + err
    assert "intakt" in out


def test_a_sync_lost_between_the_commits_sends_the_audit_entries_once(
    team: Team, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The server committed the entries and its mark; the laptop's transaction died: the re-run sends none again."""
    laptop = tmp_path / "kb.db"
    assert cli(capsys, monkeypatch, "kb", KB_PW, "checkout", "--db", team.url, "--to", str(laptop))[0] == 0
    _work_offline(laptop)
    real = offline._apply_laptop

    def killed(*args: object) -> None:
        raise KeyboardInterrupt  # the process dies inside the laptop's transaction: it rolls back

    monkeypatch.setattr(offline, "_apply_laptop", killed)
    assert cli(capsys, monkeypatch, "kb", KB_PW, "sync", "--db", str(laptop))[0] == 130
    monkeypatch.setattr(offline, "_apply_laptop", real)
    laptop_id, _ = _laptop_entries(laptop)
    first = _server_copies(team.db, laptop_id)
    assert first and all(len(v) == 1 for v in first.values())
    code, out, err = cli(capsys, monkeypatch, "kb", KB_PW, "sync", "--db", str(laptop))
    assert code == 0, out + err
    assert "afbrudte synkronisering nåede serveren" in err
    _, _, copies = _check_copies(team, laptop)
    assert set(copies) >= set(first)


@pytest.mark.parametrize("off", [dt.timedelta(minutes=20), -dt.timedelta(hours=2)])
def test_a_laptop_clock_that_is_off_refuses_the_sync_and_changes_nothing(
    team: Team,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    off: dt.timedelta,
) -> None:
    laptop = tmp_path / "kb.db"
    assert cli(capsys, monkeypatch, "kb", KB_PW, "checkout", "--db", team.url, "--to", str(laptop))[0] == 0
    _work_offline(laptop)
    with team.db.read() as s:
        runs = s.scalar(select(func.count()).select_from(SyncRun))
    before = (snapshot_server(team), snapshot_laptop(laptop))
    wrong = dt.datetime.now(dt.UTC) + off
    monkeypatch.setattr(offline, "laptop_clock", lambda: wrong)
    code, out, err = cli(capsys, monkeypatch, "kb", KB_PW, "sync", "--db", str(laptop))
    assert code == 2, out + err
    assert "den bærbares ur går" in err and ("foran" if off > dt.timedelta(0) else "bagud") in err
    shown = wrong.astimezone(offline.TZ).strftime("%d-%m-%Y %H:%M")
    assert f"den bærbare siger {shown}" in err  # both times, in Danish local time
    assert "serveren " in err and "Intet er ændret" in err
    assert (snapshot_server(team), snapshot_laptop(laptop)) == before
    with team.db.read() as s:
        assert s.scalar(select(func.count()).select_from(SyncRun)) == runs  # no sync began on the server
    db, _ = open_for_user(laptop, "kb", KB_PW)
    try:
        with db.read() as s:
            assert s.scalar(select(Setting.value).where(Setting.key == offline.PENDING)) is None
    finally:
        db.dispose()
    # within the tolerance the sync runs
    monkeypatch.setattr(offline, "laptop_clock", lambda: dt.datetime.now(dt.UTC) + dt.timedelta(minutes=2))
    code, out, err = cli(capsys, monkeypatch, "kb", KB_PW, "sync", "--db", str(laptop))
    assert code == 0, out + err


def test_an_offline_citizen_matched_by_cpr_is_logged_under_the_server_id(
    team: Team, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """B is on the server (in kb's caseload) but not taken out; kb creates B offline: the sync matches it by CPR, and
    the laptop's entry of the creation refers to the server's B, not to the id the laptop gave it."""
    from planner_gui.services import citizens

    laptop = tmp_path / "kb.db"
    args = ("checkout", "--db", team.url, "--to", str(laptop), "--cpr", "010180-1234")
    assert cli(capsys, monkeypatch, "kb", KB_PW, *args)[0] == 0
    db, me = open_for_user(laptop, "kb", KB_PW)
    try:
        offline_id = citizens.create_citizen(db, me, "020280-1234", "Borger", "Offline")
    finally:
        db.dispose()
    assert offline_id != team.ids["B"]
    code, out, err = cli(capsys, monkeypatch, "kb", KB_PW, "sync", "--db", str(laptop))
    assert code == 4 and "020280-1234 borgere.fornavn: her=Borger server=BorgerB" in out, out + err  # no common base
    _, entries, copies = _check_copies(team, laptop, {str(offline_id): str(team.ids["B"])})
    (created,) = [e for e in entries if e.action == "create" and e.citizen_ref == str(offline_id)]
    assert copies[created.seq][0].citizen_ref == str(team.ids["B"])
