"""Measurement sessions and instruments: validation, one audited transaction per action, permissions, reminders."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from pathlib import Path

import pytest
from sqlalchemy import func, select

from planner_gui.domain.instrument_files import shipped_instrument_files
from planner_gui.domain.progression import OccasionEntry
from planner_gui.errors import NotFound, PermissionDenied, ValidationError
from planner_gui.services import instruments as inst_svc
from planner_gui.services import measurements as svc
from planner_gui.services.auth import Actor
from planner_gui.services.permissions import ReasonRequired
from planner_gui.storage import audit
from planner_gui.storage.tables import Assignment, AuditEntry, Citizen, Instrument, Measurement, Staff
from tests.conftest import PASSWORD, copy_db


def today() -> dt.date:
    """Today, asked when a test runs, not when the module is collected (a run may pass midnight); the access rule
    looks at today's caseload."""
    return dt.date.today()


ADMIN = Actor("admin", "administrator")


class World:
    def __init__(self, db) -> None:
        self.db = db
        with db.write() as s:
            kw = Staff(initials="kw", name="Kim Worker", role="sagsbehandler")
            other = Staff(initials="ow", name="Ole Other", role="sagsbehandler")
            lead = Staff(initials="tl", name="Tina Lead", role="teamleder")
            s.add_all([kw, other, lead])
            c1 = Citizen(cpr="0101901234", first_name="Anne", last_name="Andersen")
            c2 = Citizen(cpr="0202851234", first_name="Bo", last_name="Berg")
            s.add_all([c1, c2])
            s.flush()
            s.add(Assignment(citizen_id=c1.id, staff_id=kw.id, role="primaer", start=dt.date(2020, 1, 1)))
            s.add(Assignment(citizen_id=c2.id, staff_id=kw.id, role="primaer", start=dt.date(2020, 1, 1)))
            self.kw = Actor("kw", "sagsbehandler", kw.id)
            self.other = Actor("ow", "sagsbehandler", other.id)
            self.lead = Actor("tl", "teamleder", lead.id)
            self.c1, self.c2 = c1.id, c2.id
        self.bip = next(i for i in inst_svc.list_instruments(db) if i.code == "bip")
        self.ung = next(i for i in inst_svc.list_instruments(db) if i.code == "ung")


@pytest.fixture(scope="module")
def _template(tmp_path_factory: pytest.TempPathFactory):
    """One migrated database with the staff and citizens, built once; each test gets a copy (fast)."""
    from planner_gui.services.setup import create_database

    path = tmp_path_factory.mktemp("meas") / "template.db"
    db = create_database(path, PASSWORD)
    world = World(db)
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.dispose()
    return path, world


@pytest.fixture
def w(db_backend: str, request: pytest.FixtureRequest, tmp_path: Path):
    if db_backend == "postgresql":  # a copy of an empty database on the server (tests/conftest.py), then the world
        yield World(request.getfixturevalue("empty_db"))
        return
    from planner_gui.storage.migrate import open_database

    path, world = request.getfixturevalue("_template")
    db = open_database(copy_db(path, tmp_path / "m.db"))
    copy = object.__new__(World)
    copy.__dict__.update({**world.__dict__, "db": db})
    yield copy
    db.dispose()


def _audit(db, action: str | None = None) -> list:
    cols = (AuditEntry.user, AuditEntry.action, AuditEntry.citizen_ref, AuditEntry.reason, AuditEntry.details)
    with db.read() as s:
        q = select(*cols).where(AuditEntry.entity == "measurement").order_by(AuditEntry.seq)
        if action:
            q = q.where(AuditEntry.action == action)
        return list(s.execute(q).all())


def _count(db) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(Measurement)) or 0


def _entries() -> list[OccasionEntry]:
    return [
        OccasionEntry("jobsoegning", 4, 6, "Har søgt to job"),
        OccasionEntry("helbred", 7, None),
        OccasionEntry("tro_paa_job", None, 3),
        OccasionEntry("hverdag"),  # left empty: ignored
    ]


def test_instruments_shipped(w: World) -> None:
    assert [d.code for d in w.bip.dimensions] == ["jobsoegning", "arbejdsmarked", "hverdag", "helbred", "tro_paa_job"]
    assert w.bip.scale == (1, 10) and w.ung.scale == (1, 5)
    assert all(d.low and d.high for d in w.bip.dimensions + w.ung.dimensions)


def test_record_session_one_transaction_one_audit_row(w: World) -> None:
    day = today() - dt.timedelta(days=3)
    key = svc.record_occasion(w.db, w.kw, w.c1, w.bip.id, _entries(), day)
    assert key == svc.OccasionKey(w.c1, w.bip.id, day)
    with w.db.read() as s:
        rows = s.execute(select(Measurement).order_by(Measurement.score)).scalars().all()
        assert [(r.rater, r.score) for r in rows] == [
            ("sagsbehandler", 3),
            ("borger", 4),
            ("sagsbehandler", 6),
            ("borger", 7),
        ]
        assert {r.note for r in rows if r.score in (4, 6)} == {"Har søgt to job"}
        assert all(r.date == day and r.citizen_id == w.c1 and r.updated_by == "kw" for r in rows)
    entries = _audit(w.db)
    assert len(entries) == 1
    e = entries[0]
    assert (e.user, e.action, e.citizen_ref) == ("kw", "create", str(w.c1))
    details = json.loads(e.details)
    assert details["scores"]["jobsoegning"] == [4, 6] and details["antal"] == 4


def test_date_defaults_to_today(w: World) -> None:
    key = svc.record_occasion(w.db, w.kw, w.c1, w.bip.id, [OccasionEntry("helbred", 5)])
    assert key.date == dt.date.today()


def test_validation_lists_every_problem_and_writes_nothing(w: World) -> None:
    with pytest.raises(ValidationError) as err:
        svc.record_occasion(
            w.db,
            w.kw,
            w.c1,
            w.bip.id,
            [OccasionEntry("jobsoegning", 11, 0), OccasionEntry("nope", 3)],
            today() + dt.timedelta(days=1),
            today=today(),
        )
    errors = err.value.errors
    assert len(errors) == 4
    assert any("fremtiden" in e for e in errors)
    assert "Jobsøgningsadfærd: borgerens score 11 ligger uden for skalaen 1-10" in errors
    assert "Jobsøgningsadfærd: sagsbehandlerens score 0 ligger uden for skalaen 1-10" in errors
    assert any("'nope'" in e for e in errors)
    assert _count(w.db) == 0 and _audit(w.db) == []


def test_scale_is_the_instruments_own(w: World) -> None:
    with pytest.raises(ValidationError, match="uden for skalaen 1-5"):
        svc.record_occasion(w.db, w.kw, w.c1, w.ung.id, [OccasionEntry("trivsel", 6)], today())
    svc.record_occasion(w.db, w.kw, w.c1, w.ung.id, [OccasionEntry("trivsel", 5)], today())


def test_at_least_one_score(w: World) -> None:
    with pytest.raises(ValidationError, match="ingen scores"):
        svc.record_occasion(w.db, w.kw, w.c1, w.bip.id, [OccasionEntry("helbred")], today())


def test_one_instrument_version_per_session(w: World) -> None:
    # a dimension of another instrument is not part of this session's instrument
    with pytest.raises(ValidationError, match="ingen dimension 'trivsel'"):
        svc.record_occasion(w.db, w.kw, w.c1, w.bip.id, [OccasionEntry("helbred", 5), OccasionEntry("trivsel", 3)])
    svc.record_occasion(w.db, w.kw, w.c1, w.bip.id, [OccasionEntry("helbred", 5)], today())
    with pytest.raises(ValidationError, match="allerede en måling"):
        svc.record_occasion(w.db, w.kw, w.c1, w.bip.id, [OccasionEntry("jobsoegning", 5)], today())
    # another instrument on the same day is another session
    svc.record_occasion(w.db, w.kw, w.c1, w.ung.id, [OccasionEntry("trivsel", 3)], today())
    prog = svc.citizen_progression(w.db, w.kw, w.c1)
    assert len(prog.sessions) == 2 and {p.instrument.code for p in prog.instruments} == {"bip", "ung"}


def test_permissions(w: World) -> None:
    with pytest.raises(PermissionDenied):
        svc.record_occasion(w.db, w.lead, w.c1, w.bip.id, _entries(), today(), reason="test")
    with pytest.raises(PermissionDenied):
        svc.record_occasion(w.db, ADMIN, w.c1, w.bip.id, _entries(), today(), reason="test")
    with pytest.raises(ReasonRequired):
        svc.record_occasion(w.db, w.other, w.c1, w.bip.id, _entries(), today())
    assert _count(w.db) == 0
    svc.record_occasion(w.db, w.other, w.c1, w.bip.id, _entries(), today(), reason="Vikar for kw")
    assert _audit(w.db)[0].reason == "Vikar for kw"
    # reading: the team lead needs a reason, unless one was given for this citizen earlier today
    with pytest.raises(ReasonRequired):
        svc.citizen_progression(w.db, w.lead, w.c1)
    assert svc.citizen_progression(w.db, w.lead, w.c1, reason="opfølgning").sessions
    with w.db.write() as s:
        audit.record(s, "tl", "view", entity="citizen", entity_id=w.c1, citizen_ref=w.c1, reason="opfølgning")
    assert svc.citizen_progression(w.db, w.lead, w.c1).sessions
    with pytest.raises(ReasonRequired):
        svc.citizen_progression(w.db, w.lead, w.c2)  # the reason covers that citizen only


def test_unknown_citizen(w: World) -> None:
    with pytest.raises(NotFound):
        svc.record_occasion(w.db, w.kw, uuid.uuid4(), w.bip.id, _entries(), today())


def test_update_session_replaces_scores_and_moves_date(w: World) -> None:
    d1 = today() - dt.timedelta(days=10)
    key = svc.record_occasion(w.db, w.kw, w.c1, w.bip.id, _entries(), d1)
    d2 = today() - dt.timedelta(days=9)
    new_key = svc.update_occasion(w.db, w.kw, key, [OccasionEntry("jobsoegning", 5, 5, "ny note")], d2)
    assert new_key.date == d2
    prog = svc.citizen_progression(w.db, w.kw, w.c1)
    (m,) = prog.sessions
    assert m.date == d2 and m.entries == (OccasionEntry("jobsoegning", 5, 5, "ny note"),)
    (e,) = _audit(w.db, "update")
    details = json.loads(e.details)
    assert details["før"]["scores"]["helbred"] == [7, None] and details["efter"]["dato"] == d2.isoformat()
    # invalid edit changes nothing
    with pytest.raises(ValidationError):
        svc.update_occasion(w.db, w.kw, new_key, [OccasionEntry("jobsoegning", 12)])
    assert svc.citizen_progression(w.db, w.kw, w.c1).sessions[0].entries[0].citizen == 5
    with pytest.raises(NotFound):
        svc.update_occasion(w.db, w.kw, key, [OccasionEntry("jobsoegning", 5)])  # the old key is gone


def test_edit_cannot_move_onto_another_session(w: World) -> None:
    a = svc.record_occasion(w.db, w.kw, w.c1, w.bip.id, [OccasionEntry("helbred", 3)], today() - dt.timedelta(days=2))
    svc.record_occasion(w.db, w.kw, w.c1, w.bip.id, [OccasionEntry("helbred", 4)], today() - dt.timedelta(days=1))
    with pytest.raises(ValidationError, match="allerede en måling"):
        svc.update_occasion(w.db, w.kw, a, [OccasionEntry("helbred", 3)], today() - dt.timedelta(days=1))


def test_delete_session(w: World) -> None:
    key = svc.record_occasion(w.db, w.kw, w.c1, w.bip.id, _entries(), today())
    svc.record_occasion(w.db, w.kw, w.c2, w.bip.id, _entries(), today())
    with pytest.raises(PermissionDenied):
        svc.delete_occasion(w.db, w.lead, key, reason="x")
    assert svc.delete_occasion(w.db, w.kw, key) == 4
    assert _count(w.db) == 4  # c2's session is untouched
    (e,) = _audit(w.db, "delete")
    assert e.citizen_ref == str(w.c1) and json.loads(e.details)["scores"]["jobsoegning"] == [4, 6]
    with pytest.raises(NotFound):
        svc.delete_occasion(w.db, w.kw, key)


def test_citizen_progression_series(w: World) -> None:
    d1, d2 = today() - dt.timedelta(days=100), today() - dt.timedelta(days=10)
    svc.record_occasion(w.db, w.kw, w.c1, w.bip.id, [OccasionEntry("jobsoegning", 2, 3)], d1)
    svc.record_occasion(
        w.db, w.kw, w.c1, w.bip.id, [OccasionEntry("jobsoegning", 6, 5), OccasionEntry("helbred", 4)], d2
    )
    prog = svc.citizen_progression(w.db, w.kw, w.c1)
    ip = prog.for_code("bip")
    assert ip is not None and ip.labels["jobsoegning"] == "Jobsøgningsadfærd"
    assert ip.progression.distance("jobsoegning", "borger").change == 4  # type: ignore[union-attr]
    assert ip.progression.distance("jobsoegning").change == 3  # (2+3)/2=2.5 -> (6+5)/2=5.5
    assert [m.date for m in prog.sessions] == [d2, d1]  # newest first
    assert svc.citizen_progression(w.db, w.kw, w.c2).instruments == ()


def test_days_since_last_measurement_set_based(w: World) -> None:
    svc.record_occasion(w.db, w.kw, w.c1, w.bip.id, [OccasionEntry("helbred", 3)], today() - dt.timedelta(days=120))
    svc.record_occasion(w.db, w.kw, w.c1, w.ung.id, [OccasionEntry("trivsel", 3)], today() - dt.timedelta(days=30))
    stranger = uuid.uuid4()
    days = svc.days_since_last_measurement(w.db, [w.c1, w.c2, stranger], today=today())
    assert days == {w.c1: 30, w.c2: None, stranger: None}
    with w.db.read() as s:  # also inside the caller's session
        assert svc.days_since_last_measurement(s, [w.c1], today=today() + dt.timedelta(days=70)) == {w.c1: 100}
    assert svc.reminder_days(w.db) == 90
    assert svc.needs_measurement(None) and svc.needs_measurement(91) and not svc.needs_measurement(90)
    with pytest.raises(PermissionDenied):
        svc.set_reminder_days(w.db, w.kw, 30)
    svc.set_reminder_days(w.db, ADMIN, 30)
    assert svc.reminder_days(w.db) == 30


def test_days_since_many_citizens_chunks(w: World) -> None:
    ids = [uuid.uuid4() for _ in range(2000)] + [w.c1]
    svc.record_occasion(w.db, w.kw, w.c1, w.bip.id, [OccasionEntry("helbred", 3)], today())
    days = svc.days_since_last_measurement(w.db, ids, today=today())
    assert len(days) == 2001 and days[w.c1] == 0 and sum(v is not None for v in days.values()) == 1


# ------------------------------------------------------------------------------------------------ instruments

NEW = {
    "code": "motivation",
    "name": "Motivation",
    "scale": [1, 5],
    "dimensions": [
        {"code": "lyst", "label": "Lyst til job", "low": "Ingen", "high": "Stor"},
        {"code": "energi", "label": "Energi", "low": "Lav", "high": "Høj"},
    ],
}


def test_admin_adds_changes_and_versions_an_instrument(w: World) -> None:
    with pytest.raises(PermissionDenied):
        inst_svc.save_instrument(w.db, w.kw, NEW)
    r = inst_svc.save_instrument(w.db, ADMIN, NEW)
    assert r.outcome == "ny" and r.instrument.version == 1 and len(r.instrument.dimensions) == 2
    assert inst_svc.save_instrument(w.db, ADMIN, NEW).outcome == "uaendret"
    # unused: changed in place
    changed = {**NEW, "name": "Motivation og energi"}
    r2 = inst_svc.save_instrument(w.db, ADMIN, changed)
    assert r2.outcome == "opdateret" and r2.instrument.id == r.instrument.id and r2.instrument.version == 1
    # with measurements: never changed, a new version instead
    svc.record_occasion(w.db, w.kw, w.c1, r.instrument.id, [OccasionEntry("lyst", 2)], today() - dt.timedelta(days=5))
    changed2 = {**changed, "dimensions": [*NEW["dimensions"], {"code": "netvaerk", "label": "Netværk"}]}
    r3 = inst_svc.save_instrument(w.db, ADMIN, changed2)
    assert r3.outcome == "ny_version" and r3.instrument.version == 2 and r3.instrument.id != r.instrument.id
    old = inst_svc.get_instrument(w.db, r.instrument.id)
    assert old.retired and len(old.dimensions) == 2 and old.name == "Motivation og energi" and old.measurements == 1
    listed = {i.code: i for i in inst_svc.list_instruments(w.db)}
    assert listed["motivation"].version == 2
    assert (
        len(
            [
                i
                for i in inst_svc.list_instruments(w.db, all_versions=True, include_retired=True)
                if i.code == "motivation"
            ]
        )
        == 2
    )
    # the retired version takes no new sessions, but its session can still be edited
    with pytest.raises(ValidationError, match="udgået"):
        svc.record_occasion(w.db, w.kw, w.c1, r.instrument.id, [OccasionEntry("lyst", 3)], today())
    svc.record_occasion(w.db, w.kw, w.c1, r3.instrument.id, [OccasionEntry("lyst", 4)], today())
    ip = svc.citizen_progression(w.db, w.kw, w.c1).for_code("motivation")
    assert ip is not None and ip.progression.distance("lyst", "borger").change == 2  # type: ignore[union-attr]
    with w.db.read() as s:
        actions = (
            s.execute(select(AuditEntry.action).where(AuditEntry.entity == "instrument").order_by(AuditEntry.seq))
            .scalars()
            .all()
        )
    assert actions == ["create", "update", "create"]


def test_instrument_validation_lists_problems(w: World) -> None:
    bad = {"code": "Bad Code", "scale": [5, 1], "dimensions": [{"code": "a"}, {"code": "a", "label": "A"}], "x": 1}
    with pytest.raises(ValidationError) as err:
        inst_svc.save_instrument(w.db, ADMIN, bad)
    text = "\n".join(err.value.errors)
    for part in (
        "ukendt nøgle 'x'",
        "'name' mangler",
        "code 'Bad Code'",
        "scale",
        "dimension 1: label mangler",
        "'a' står to gange",
    ):
        assert part in text
    with w.db.read() as s:
        assert s.scalar(select(func.count()).select_from(Instrument)) == 2


def test_add_instrument_from_file_and_retire(w: World, tmp_path: Path) -> None:
    import yaml

    path = tmp_path / "motivation.yaml"
    path.write_text(yaml.safe_dump(NEW, allow_unicode=True), encoding="utf-8")
    r = inst_svc.add_instrument_from_file(w.db, ADMIN, path)
    assert r.instrument.code == "motivation"
    (tmp_path / "broken.yaml").write_text("code: [", encoding="utf-8")
    with pytest.raises(ValidationError, match=r"broken\.yaml"):
        inst_svc.add_instrument_from_file(w.db, ADMIN, tmp_path / "broken.yaml")
    with pytest.raises(PermissionDenied):
        inst_svc.set_retired(w.db, w.kw, r.instrument.id)
    assert inst_svc.set_retired(w.db, ADMIN, r.instrument.id).retired
    assert "motivation" not in {i.code for i in inst_svc.list_instruments(w.db)}
    assert "motivation" in {i.code for i in inst_svc.list_instruments(w.db, include_retired=True)}
    assert not inst_svc.set_retired(w.db, ADMIN, r.instrument.id, retired=False).retired


def test_shipped_files_are_valid() -> None:
    import yaml

    paths = shipped_instrument_files()
    assert {p.name for p in paths} >= {"bip.yaml", "ung.yaml"}, paths  # an empty glob must not pass
    for path in paths:
        inst_svc.validate_instrument_data(yaml.safe_load(path.read_text(encoding="utf-8")), path.name)
