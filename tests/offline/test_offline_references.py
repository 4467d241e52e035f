"""A conflict on a reference names it as people know it (issue 15): a caseworker by initials, a company by CVR number,
an instrument's dimension by its code and instrument, not by the row's UUID; the choice still settles it."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from sqlalchemy import select

from planner_gui.services.auth import create_user
from planner_gui.services.unlock import open_for_user
from planner_gui.storage.tables import Assignment, Company, Effort, Instrument, InstrumentDimension, Measurement, Staff
from tests.offline.test_offline import ADMIN, KB_PW, Team, cli, team

__all__ = ["team"]  # the fixture

UUID_TEXT = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def test_conflicts_on_references_show_initials_cvr_and_dimension(
    team: Team, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    create_user(team.db, ADMIN, "mb", "Mette Bo", "sagsbehandler", "mb-kode-lang-123", team="Team Aktiv")
    a = team.ids["A"]
    with team.db.write() as s:
        staff = {i: s.scalar(select(Staff.id).where(Staff.initials == i)) for i in ("kb", "lb", "mb")}
        s.add(Assignment(citizen_id=team.ids["B"], staff_id=staff["mb"], role="primaer", start=dt.date(2024, 1, 1)))
        firms = [Company(cvr=cvr, name=f"Firma {cvr}") for cvr in ("11111111", "22222222", "33333333")]
        s.add_all(firms)
        s.flush()
        efforts = [
            Effort(citizen_id=a, category="virksomhedspraktik", responsible="jobcenter", company_id=f.id, start=d)
            for f, d in zip(firms, (dt.date(2026, 1, 5), dt.date(2026, 2, 2), dt.date(2026, 3, 2)), strict=True)
        ]
        s.add_all(efforts)
        dims = s.execute(
            select(InstrumentDimension.id, InstrumentDimension.code, Instrument.code)
            .join(Instrument, Instrument.id == InstrumentDimension.instrument_id)
            .order_by(Instrument.code, InstrumentDimension.position)
        ).all()
        dims = [d for d in dims if d[2] == dims[0][2]][:3]  # three dimensions of one instrument
        assert len(dims) == 3
        m = Measurement(citizen_id=a, dimension_id=dims[0][0], date=dt.date(2026, 11, 1), score=3, rater="borger")
        s.add(m)
        s.flush()
        effort_id, measurement_id = efforts[0].id, m.id
        lb_row = s.scalar(select(Assignment.id).where(Assignment.citizen_id == a, Assignment.staff_id == staff["lb"]))
    laptop = tmp_path / "kb.db"
    assert cli(capsys, monkeypatch, "kb", KB_PW, "checkout", "--db", team.url, "--to", str(laptop))[0] == 0

    # the same three references changed on both sides, to different rows the laptop also holds
    db, _ = open_for_user(laptop, "kb", KB_PW)
    try:
        with db.write() as s:
            s.get(Assignment, lb_row).staff_id = staff["mb"]  # type: ignore[union-attr]
            s.get(Effort, effort_id).company_id = firms[1].id  # type: ignore[union-attr]
            s.get(Measurement, measurement_id).dimension_id = dims[1][0]  # type: ignore[union-attr]
    finally:
        db.dispose()
    with team.db.write() as s:
        s.get(Assignment, lb_row).staff_id = staff["kb"]  # type: ignore[union-attr]
        s.get(Effort, effort_id).company_id = firms[2].id  # type: ignore[union-attr]
        s.get(Measurement, measurement_id).dimension_id = dims[2][0]  # type: ignore[union-attr]

    code, out, err = cli(capsys, monkeypatch, "kb", KB_PW, "sync", "--db", str(laptop))
    assert code == 4, out + err
    lines = sorted(line.split(" (ændret af")[0] for line in out.strip().splitlines())
    assert lines == [
        "010180-1234 indsatser.cvr: her=22222222 server=33333333",
        f"010180-1234 maalinger.dimension: her={dims[1][1]} ({dims[1][2]}) server={dims[2][1]} ({dims[2][2]})",
        "010180-1234 sagsbehandlere.initialer: her=mb server=kb",
    ], out
    assert not UUID_TEXT.search(out)

    # the choice is still matched by the stored values: keeping "her" sends the laptop's rows
    for felt in ("indsatser.cvr", "maalinger.dimension", "sagsbehandlere.initialer"):
        args = ("resolve", "--db", str(laptop), "--keep", "her", "--cpr", "010180-1234", "--felt", felt)
        assert cli(capsys, monkeypatch, "kb", KB_PW, *args)[0] == 0
    code, out, err = cli(capsys, monkeypatch, "kb", KB_PW, "sync", "--db", str(laptop))
    assert code == 0, out + err
    with team.db.read() as s:
        assert s.get(Assignment, lb_row).staff_id == staff["mb"]  # type: ignore[union-attr]
        assert s.get(Effort, effort_id).company_id == firms[1].id  # type: ignore[union-attr]
        assert s.get(Measurement, measurement_id).dimension_id == dims[1][0]  # type: ignore[union-attr]
