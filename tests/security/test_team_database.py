"""The team database (PostgreSQL) enforces what the app promises, for psql as much as for the app (issue 14).

Each test connects directly as a user's own login role ``planner_<initialer>`` with psycopg, as a curious user with
their own password would, and tries what the app forbids.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from planner_gui.services.auth import Actor, create_user
from planner_gui.storage import audit
from planner_gui.storage.db import Database
from planner_gui.storage.tables import Assignment, AuditEntry, BenefitPeriod, Citizen, Effort, Note, Staff
from tests.conftest import PASSWORD

ADMIN = Actor("admin", "administrator")
KB_PW, TL_PW = "kb-kode-lang-123", "tl-kode-lang-123"


@pytest.fixture
def team(pg_url: str) -> Iterator[tuple[str, Database, dict[str, uuid.UUID]]]:
    """A team database: admin, caseworker kb (citizen A in her caseload), team lead tl; citizen B is nobody's."""
    from planner_gui.services.setup import create_database

    db = create_database(pg_url, PASSWORD)
    create_user(db, ADMIN, "kb", "Karin Bach", "sagsbehandler", KB_PW, team="Team Aktiv")
    create_user(db, ADMIN, "tl", "Tue Leth", "teamleder", TL_PW, team="Team Aktiv")
    ids: dict[str, uuid.UUID] = {}
    with db.write() as s:
        kb = s.scalar(select(Staff.id).where(Staff.initials == "kb"))
        for label, cpr in (("A", "0101801234"), ("B", "0202801234")):
            c = Citizen(cpr=cpr, first_name=f"Borger{label}", last_name="Test")
            s.add(c)
            s.flush()
            ids[label] = c.id
            s.add(BenefitPeriod(citizen_id=c.id, target_group="sygedagpenge", start=dt.date(2024, 1, 1), end=None))
            s.add(Note(citizen_id=c.id, date=dt.date(2024, 2, 1), kind="note", text=f"fortroligt om {label}"))
            if label == "B":
                s.add(
                    Effort(
                        citizen_id=c.id,
                        category="virksomhedspraktik",
                        responsible="jobcenter",
                        start=dt.date(2024, 3, 1),
                        note="fortrolig bemærkning",
                    )
                )
        s.add(Assignment(citizen_id=ids["A"], staff_id=kb, role="koordinerende", start=dt.date(2024, 1, 1), end=None))
        audit.record(s, "admin", "create", entity="test")
    yield pg_url, db, ids
    db.dispose()


def server_url(url: str) -> str:
    """The server's URL as users are given it: without a user or password."""
    from sqlalchemy.engine import make_url

    u = make_url(url)
    return f"postgresql+psycopg://{u.host}:{u.port}/{u.database}"


def connect(url: str, initials: str, password: str):  # type: ignore[no-untyped-def]
    import psycopg
    from sqlalchemy.engine import make_url

    u = make_url(url)
    return psycopg.connect(
        host=u.host, port=u.port, dbname=u.database, user=f"planner_{initials}", password=password, autocommit=True
    )


def refused(conn, sql: str, params: tuple[object, ...] = ()) -> bool:  # type: ignore[no-untyped-def]
    import psycopg

    try:
        conn.execute(sql, params)
    except psycopg.errors.InsufficientPrivilege:
        return True
    except psycopg.Error as err:  # a trigger's refusal (append-only) counts as refused too
        return "append-only" in str(err) or "own" in str(err)
    return False


def test_a_caseworker_reads_only_her_caseload(team: tuple[str, Database, dict[str, uuid.UUID]]) -> None:
    url, _db, ids = team
    with connect(url, "kb", KB_PW) as conn:
        assert [r[0] for r in conn.execute("SELECT cpr FROM citizens")] == ["0101801234"]
        assert [r[0] for r in conn.execute("SELECT text FROM notes")] == ["fortroligt om A"]
        assert conn.execute("SELECT count(*) FROM benefit_periods").fetchone()[0] == 1
        # writing to a citizen outside the caseload changes nothing (row-level security hides the row)
        cur = conn.execute("UPDATE citizens SET last_name = 'X' WHERE id = %s", (ids["B"],))
        assert cur.rowcount == 0
        assert refused(conn, "SELECT password_hash FROM staff")


def test_break_the_glass_is_a_logged_grant(team: tuple[str, Database, dict[str, uuid.UUID]]) -> None:
    url, db, ids = team
    with connect(url, "kb", KB_PW) as conn:
        import psycopg

        with pytest.raises(psycopg.Error):
            conn.execute("SELECT planner_grant_access(%s, %s)", (ids["B"], ""))  # no reason, no grant
        conn.execute("SELECT planner_grant_access(%s, %s)", (ids["B"], "borgeren ringede om sin sag"))
        assert sorted(r[0] for r in conn.execute("SELECT cpr FROM citizens")) == ["0101801234", "0202801234"]
    with db.read() as s:
        entry = s.execute(select(AuditEntry).where(AuditEntry.reason == "borgeren ringede om sin sag")).scalar_one()
        assert entry.user == "kb" and entry.citizen_ref == str(ids["B"])
        assert audit.verify(s) is None  # the server extended the same hash chain the app checks


def test_a_team_lead_reads_case_facts_but_no_identities_and_changes_nothing(
    team: tuple[str, Database, dict[str, uuid.UUID]],
) -> None:
    url, _db, _ids = team
    with connect(url, "tl", TL_PW) as conn:
        assert conn.execute("SELECT count(*) FROM citizens").fetchone()[0] == 0  # no CPR, no names
        assert conn.execute("SELECT count(*) FROM notes").fetchone()[0] == 0  # no free text
        assert conn.execute("SELECT count(*) FROM benefit_periods").fetchone()[0] == 2  # what reports count
        assert conn.execute("SELECT count(*) FROM citizen_birth").fetchone()[0] == 2  # ages, without the CPR
        # the facts' free text (an effort's remark, a measurement's note) is withheld; the facts themselves are not
        assert conn.execute("SELECT count(id), count(category), count(start) FROM efforts").fetchone()[0] == 1
        assert conn.execute("SELECT count(score) FROM measurements").fetchone() is not None
        assert refused(conn, "SELECT note FROM efforts")
        assert refused(conn, "SELECT note FROM measurements")
        assert refused(conn, "SELECT * FROM efforts")
        assert refused(conn, "UPDATE benefit_periods SET target_group = 'fleksjob'")
        assert refused(conn, "DELETE FROM benefit_periods")
        assert refused(
            conn,
            "INSERT INTO citizens (id, version, created_at, updated_at, cpr, first_name, last_name) "
            "VALUES (gen_random_uuid(), 1, now(), now(), '0303801234', 'X', 'Y')",
        )


@pytest.mark.parametrize(("initials", "password"), [("kb", KB_PW), ("tl", TL_PW), ("admin", PASSWORD)])
def test_nobody_rewrites_the_audit_log_or_their_own_role(
    team: tuple[str, Database, dict[str, uuid.UUID]], initials: str, password: str
) -> None:
    url, db, _ids = team
    with connect(url, initials, password) as conn:
        assert refused(conn, "UPDATE audit_log SET reason = 'skjult'")
        assert refused(conn, "DELETE FROM audit_log")
        assert refused(conn, "TRUNCATE audit_log")
        assert refused(
            conn,
            'INSERT INTO audit_log (seq, ts, "user", action, entity, entity_id, reason, details, prev_hash, hash) '
            "VALUES (9999, now(), 'x', 'view', '', '', '', '', '', '')",
        )
        # appending is only in one's own name
        assert refused(conn, "SELECT planner_audit_append('someone', 'view', '', '', NULL, '', '{}')")
        if initials != "admin":
            assert refused(conn, "UPDATE staff SET role = 'administrator' WHERE initials = %s", (initials,))
            assert refused(conn, "SELECT planner_user_put(%s, NULL, 'administrator')", (initials,))
            assert refused(conn, "ALTER ROLE planner_" + initials + " SUPERUSER")
        else:  # an administrator manages others, but not their own role
            assert refused(conn, "UPDATE staff SET role = 'sagsbehandler' WHERE initials = 'admin'")
    with db.read() as s:
        assert audit.verify(s) is None


def test_the_cli_works_on_the_team_database_as_the_users_own_role(
    team: tuple[str, Database, dict[str, uuid.UUID]], tmp_path: Path
) -> None:
    url, _db, _ids = team

    def cli(*args: str, user: str, password: str) -> subprocess.CompletedProcess[str]:
        env = {**os.environ, "PLANNER_USER": user, "PLANNER_PASSWORD": password}
        return subprocess.run(
            [sys.executable, "-m", "planner_gui", *args], capture_output=True, text=True, env=env, cwd=tmp_path
        )

    server = server_url(url)  # no credentials in the URL
    out = tmp_path / "r.xlsx"
    args = ["report", "--db", server, "--goals", "ballerup_2019-2020", "--from", "2024-01-01", "--to", "2024-12-31"]
    done = cli(*args, "--out", str(out), user="tl", password=TL_PW)
    assert done.returncode == 0, done.stderr
    assert out.exists()
    wrong = cli(*args, "--out", str(tmp_path / "x.xlsx"), user="tl", password="forkert-kode-123")
    assert wrong.returncode == 2 and "Traceback" not in wrong.stderr
    assert TL_PW not in wrong.stderr and "forkert-kode-123" not in wrong.stderr
    # a caseworker may not make reports: refused by the app (the database would not give her the facts either)
    denied = cli(*args, "--out", str(tmp_path / "y.xlsx"), user="kb", password=KB_PW)
    assert denied.returncode == 2


def test_init_on_a_server_needs_no_no_encrypt_and_never_prints_the_password(pg_url: str, tmp_path: Path) -> None:
    env = {**os.environ, "PLANNER_NEW_PASSWORD": "admin-kode-lang-123"}
    done = subprocess.run(
        [sys.executable, "-m", "planner_gui", "init", "--db", pg_url],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr
    from sqlalchemy.engine import make_url

    secret = make_url(pg_url).password
    assert secret and secret not in done.stdout and secret not in done.stderr
    assert "planner_admin" in done.stdout


def test_a_change_made_outside_the_app_is_audited_by_the_database(
    team: tuple[str, Database, dict[str, uuid.UUID]],
) -> None:
    url, db, ids = team
    with connect(url, "kb", KB_PW) as conn:
        conn.execute("UPDATE citizens SET last_name = 'Ændret' WHERE id = %s", (ids["A"],))
        conn.execute("UPDATE notes SET text = 'rettet i psql' WHERE citizen_id = %s", (ids["A"],))
    with db.read() as s:
        rows = s.execute(
            select(AuditEntry.user, AuditEntry.entity, AuditEntry.citizen_ref, AuditEntry.details)
            .where(AuditEntry.details.like('%"kilde": "databasen"%'), AuditEntry.user == "kb")
            .order_by(AuditEntry.seq)
        ).all()
        assert [(r.entity, r.citizen_ref) for r in rows] == [("citizens", str(ids["A"])), ("notes", str(ids["A"]))]
        assert audit.verify(s) is None


def test_a_caseworker_finds_anyone_but_reads_no_one_and_the_search_is_logged(
    team: tuple[str, Database, dict[str, uuid.UUID]],
) -> None:
    url, db, ids = team
    with connect(url, "kb", KB_PW) as conn:
        hits = conn.execute("SELECT citizen_id, cpr FROM planner_search_citizens(%s)", ("BorgerB",)).fetchall()
        assert [(h[0], h[1]) for h in hits] == [(ids["B"], "0202801234")]
        assert conn.execute("SELECT count(*) FROM citizens WHERE id = %s", (ids["B"],)).fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM notes WHERE citizen_id = %s", (ids["B"],)).fetchone()[0] == 0
        import psycopg

        # word by word, in any order and case, as the app's own search; a CPR fragment from 6 digits
        for text in ("test borgerb", "BORGERB  Test", "020280", "020280-1234 test", "020280 1234"):
            hits = conn.execute("SELECT citizen_id FROM planner_search_citizens(%s)", (text,)).fetchall()
            assert [h[0] for h in hits] == [ids["B"]], text
        for text in ("0202", "borgerb nobody", "borger%b", "020280 anna"):  # too short to fish; every word counts
            assert conn.execute("SELECT count(*) FROM planner_search_citizens(%s)", (text,)).fetchone()[0] == 0, text
        with pytest.raises(psycopg.Error):  # a search needs at least 3 characters
            conn.execute("SELECT * FROM planner_search_citizens('ab')")
    with db.read() as s:
        logged = list(
            s.scalars(select(AuditEntry.details).where(AuditEntry.action == "search", AuditEntry.user == "kb"))
        )
        assert len(logged) == 10 and all('"kilde": "server"' in d for d in logged)
        # what was searched for is logged by its kind and size, never as text (it may be a CPR number)
        assert not any("BorgerB" in d or "borgerb" in d.lower() or "020280" in d for d in logged)
        assert '"art": "mixed"' in logged[4] and '"fund": 1' in logged[4] and '"ord": 1' in logged[4]


def test_a_client_meeting_another_server_version_explains_instead_of_failing(
    team: tuple[str, Database, dict[str, uuid.UUID]], tmp_path: Path
) -> None:
    url, _db, _ids = team
    from sqlalchemy.engine import make_url

    server = server_url(url)
    env = {**os.environ, "PLANNER_USER": "tl", "PLANNER_PASSWORD": TL_PW}
    args = [sys.executable, "-m", "planner_gui", "audit", "verify", "--db", server]
    import psycopg

    owner = make_url(url)
    dsn = f"postgresql://{owner.username}:{owner.password}@{owner.host}:{owner.port}/{owner.database}"
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_fremtid'")
    newer = subprocess.run(args, capture_output=True, text=True, env=env, cwd=tmp_path)
    assert newer.returncode == 2 and "nyere" in newer.stderr and "opdatér programmet" in newer.stderr
    assert "Traceback" not in newer.stderr


def test_the_desktop_logs_in_to_the_server_as_the_users_own_role(
    team: tuple[str, Database, dict[str, uuid.UUID]],
) -> None:
    """The login window's path (services.session): nothing opens before the password; then the user's own role."""
    from sqlalchemy.engine import make_url

    from planner_gui.errors import AuthenticationFailed, StorageError
    from planner_gui.services.unlock import ServerDatabase, login_or_unlock, open_or_lock

    url, _db, _ids = team
    server = server_url(url)
    held = open_or_lock(server)
    assert isinstance(held, ServerDatabase) and "***" not in held.where and "@" not in held.where
    with pytest.raises(AuthenticationFailed):
        login_or_unlock(held, "kb", "forkert-kode-123")
    with pytest.raises(AuthenticationFailed):
        login_or_unlock(held, "nobody", KB_PW)
    db, actor = login_or_unlock(held, "kb", KB_PW)
    try:
        assert actor.initials == "kb" and actor.role == "sagsbehandler"
        assert db.engine.url.username == "planner_kb"
        with db.read() as s:
            assert [c.cpr for c in s.scalars(select(Citizen))] == ["0101801234"]
    finally:
        db.dispose()
    unreachable = server.replace(f":{make_url(server).port}/", ":1/")
    with pytest.raises(StorageError, match="svarer ikke"):
        login_or_unlock(open_or_lock(unreachable), "kb", KB_PW)


def test_a_wrong_password_at_the_idle_lock_on_the_server_is_logged_and_delayed(
    team: tuple[str, Database, dict[str, uuid.UUID]],
) -> None:
    """The idle lock asks for the password of a connection already open: checked against the password the server
    accepted, and a wrong one is audited and delayed as on a database file (1, 2, 4, 8 s, then locked)."""
    from planner_gui.errors import AuthenticationFailed
    from planner_gui.services import auth
    from planner_gui.services.unlock import login_or_unlock, open_or_lock

    url, owner_db, _ids = team
    db, _actor = login_or_unlock(open_or_lock(server_url(url)), "kb", KB_PW)
    t0 = dt.datetime(2026, 12, 6, 10, 0, 0)
    try:
        with pytest.raises(AuthenticationFailed, match="forkerte initialer eller adgangskode"):
            auth.login(db, "kb", "forkert-kode-123", now=t0)
        with pytest.raises(AuthenticationFailed, match="vent 1 sekund"):  # even the right one, too soon
            auth.login(db, "kb", KB_PW, now=t0 + dt.timedelta(milliseconds=500))
        for n in range(2, 6):  # the delays grow: 2, 4, 8 s, then the fifth locks the account here
            with pytest.raises(AuthenticationFailed, match="forkerte"):
                auth.login(db, "kb", "forkert-kode-123", now=t0 + dt.timedelta(minutes=n))
        with pytest.raises(AuthenticationFailed, match="spærret"):
            auth.login(db, "kb", KB_PW, now=t0 + dt.timedelta(minutes=6))
        assert auth.login(db, "kb", KB_PW, now=t0 + dt.timedelta(minutes=30)).initials == "kb"  # after the lock
    finally:
        db.dispose()
    with owner_db.read() as s:
        failed = s.scalars(
            select(AuditEntry.reason).where(AuditEntry.action == "login_failed", AuditEntry.user == "kb")
        ).all()
        assert failed == [
            "forkert adgangskode (1)",
            "for tidligt efter forkert adgangskode",
            *[f"forkert adgangskode ({n})" for n in range(2, 6)],
            "spærret",
        ]
        assert audit.verify(s) is None


@pytest.mark.parametrize(("initials", "password"), [("kb", KB_PW), ("tl", TL_PW)])
def test_the_desktop_finds_anyone_and_opens_a_citizen_outside_the_caseload_with_a_reason(
    team: tuple[str, Database, dict[str, uuid.UUID]], initials: str, password: str
) -> None:
    """Through the services, as the user's own role: the search goes through planner_search_citizens, and opening
    a citizen outside the caseload with a reason calls planner_grant_access before the rows are read."""
    from planner_gui.services import citizens, plans
    from planner_gui.services.permissions import ReasonRequired
    from planner_gui.services.unlock import login_or_unlock, open_or_lock
    from planner_gui.storage.tables import Plan

    url, db, ids = team
    with db.write() as s:
        s.add(Plan(citizen_id=ids["B"], own_goal="B's eget mål"))
    user_db, actor = login_or_unlock(open_or_lock(server_url(url)), initials, password)
    try:
        hits = citizens.search(user_db, actor, "borgerb")
        assert [(h.id, h.cpr, h.name, h.coordinator, h.target_group) for h in hits] == [
            (ids["B"], "0202801234", "BorgerB Test", None, None)  # the hit list only: nothing else is readable
        ]
        assert citizens.count_search(user_db, actor, "borgerb") == 1
        citizens.record_search(user_db, actor, "borgerb", 1)  # the server logged it: no second entry
        assert {h.cpr for h in citizens.search(user_db, actor, "Test", sort="cpr", descending=True)} == {
            "0101801234",
            "0202801234",
        }
        if initials == "kb":  # her own citizen's row is whole
            (a,) = citizens.search(user_db, actor, "BorgerA")
            assert a.coordinator == "Karin Bach (kb)" and a.target_group == "sygedagpenge"
        assert citizens.needs_reason(user_db, actor, ids["B"])
        with pytest.raises(ReasonRequired):
            plans.open_citizen(user_db, actor, ids["B"])
        with pytest.raises(ReasonRequired, match="mindst 3 tegn"):  # the server's rule, said before it refuses
            plans.open_citizen(user_db, actor, ids["B"], reason="ok")
        with user_db.read() as s:  # no grant without a reason
            assert s.get(Citizen, ids["B"]) is None
            assert s.scalar(select(Note.text).where(Note.citizen_id == ids["B"])) is None
        overview = plans.open_citizen(user_db, actor, ids["B"], reason="borgeren ringede om sin sag")
        assert overview.cpr.replace("-", "") == "0202801234" and overview.plan.own_goal == "B's eget mål"
        assert [n.text for n in overview.notes] == ["fortroligt om B"]
        # an effort's remark: the caseworker with a reason reads it; a team lead never does (column privilege)
        assert [e.note for e in overview.efforts] == ["fortrolig bemærkning" if initials == "kb" else ""]
        again = plans.open_citizen(user_db, actor, ids["B"], reason="opfølgning på opkaldet")  # the grant holds
        assert again.reason == "opfølgning på opkaldet"
        with user_db.read() as s:
            assert s.scalar(select(Note.text).where(Note.citizen_id == ids["B"])) == "fortroligt om B"
    finally:
        user_db.dispose()
    with db.read() as s:
        views = s.scalars(
            select(AuditEntry).where(AuditEntry.action == "view", AuditEntry.citizen_ref == str(ids["B"]))
        ).all()
        # one entry per opening: the server's with the grant, then the app's while the grant holds
        assert [(v.user, v.reason) for v in views] == [
            (initials, "borgeren ringede om sin sag"),
            (initials, "opfølgning på opkaldet"),
        ]
        assert "databasen" in views[0].details
        searches = s.scalars(select(AuditEntry.details).where(AuditEntry.action == "search")).all()
        assert all('"kilde": "server"' in d for d in searches)  # the server's entries only (no second one by the app)
        assert len(searches) == (4 if initials == "kb" else 3)  # the searches and the count
        assert audit.verify(s) is None


def test_a_caseworker_creates_a_citizen_on_the_server_and_a_duplicate_cpr_is_refused(
    team: tuple[str, Database, dict[str, uuid.UUID]],
) -> None:
    """Row-level security refuses a new citizen without an assignment and hides other caseloads' CPR numbers:
    planner_create_citizen (SECURITY DEFINER) checks the CPR number everywhere and makes the caller primary."""
    from planner_gui.errors import PermissionDenied, ValidationError
    from planner_gui.services import citizens
    from planner_gui.services.unlock import login_or_unlock, open_or_lock

    url, db, ids = team
    user_db, kb = login_or_unlock(open_or_lock(server_url(url)), "kb", KB_PW)
    try:
        new = citizens.create_citizen(user_db, kb, "111280-1232", "Ny", "Borger", today=dt.date(2026, 12, 1))
        with user_db.read() as s:  # hers now: readable, primary from the given day, with an empty plan
            assert s.get(Citizen, new) is not None
            assert s.execute(select(Assignment.role, Assignment.start).where(Assignment.citizen_id == new)).all() == [
                ("primaer", dt.date(2026, 12, 1))
            ]
        with pytest.raises(ValidationError, match="findes allerede"):  # B is in nobody's caseload, yet found
            citizens.create_citizen(user_db, kb, "020280-1234", "Andet", "Navn")
        with pytest.raises(ValidationError, match="findes allerede"):
            citizens.create_citizen(user_db, kb, "111280-1232", "Igen", "Borger")
    finally:
        user_db.dispose()
    with db.read() as s:  # exactly one new citizen, and the database logged the inserts under kb's name
        assert s.scalar(select(func.count()).select_from(Citizen)) == 3  # A, B and the new one
        kinds = {
            (e.user, e.action, e.entity)
            for e in s.scalars(select(AuditEntry).where(AuditEntry.citizen_ref == str(new)))
        }
        assert ("kb", "create", "citizen") in kinds and ("kb", "create", "citizens") in kinds
    with connect(url, "tl", TL_PW) as conn:  # nobody else calls the function
        assert refused(conn, "SELECT planner_create_citizen(gen_random_uuid(), '1212801234', 'X', 'Y', current_date)")
    with connect(url, "kb", KB_PW) as conn:  # nobody claims an existing citizen by assigning them to themselves
        assignment = (
            "INSERT INTO assignments (id, version, created_at, updated_at, citizen_id, staff_id, role, start) "
            "VALUES (gen_random_uuid(), 1, now(), now(), %s, (SELECT staff_id FROM planner_me()), 'primaer', "
            "current_date)"
        )
        assert refused(conn, assignment, (ids["B"],)) or _policy_refused(conn, assignment, (ids["B"],))
        assert conn.execute("SELECT count(*) FROM citizens WHERE id = %s", (ids["B"],)).fetchone()[0] == 0
        fresh = uuid.uuid4()
        with conn.transaction():  # a citizen made in the same transaction (offline work arriving) may be assigned
            conn.execute(
                "INSERT INTO citizens (id, version, created_at, updated_at, cpr, first_name, last_name) "
                "VALUES (%s, 1, now(), now(), '1212801234', 'Fra', 'Bærbar')",
                (fresh,),
            )
            conn.execute(assignment, (fresh,))
        assert conn.execute("SELECT count(*) FROM citizens WHERE id = %s", (fresh,)).fetchone()[0] == 1
    tl_db, tl = login_or_unlock(open_or_lock(server_url(url)), "tl", TL_PW)
    try:
        with pytest.raises(PermissionDenied):
            citizens.create_citizen(tl_db, tl, "121280-1230", "Team", "Leder")
    finally:
        tl_db.dispose()


def _policy_refused(conn, sql: str, params: tuple[object, ...]) -> bool:  # type: ignore[no-untyped-def]
    import psycopg

    try:
        conn.execute(sql, params)
    except psycopg.Error as err:
        return "row-level security" in str(err)
    return False


def test_the_history_tab_on_the_server_shows_a_visible_citizens_changes_only(
    team: tuple[str, Database, dict[str, uuid.UUID]],
) -> None:
    """Only administrators read the audit log on the server; planner_citizen_history gives the Historik of a citizen
    the caller may see (nothing otherwise), with an effort's remark blanked for team leads (migration 0008)."""
    from planner_gui.services import plans
    from planner_gui.services.unlock import login_or_unlock, open_or_lock

    url, db, ids = team
    with db.write() as s:
        audit.record(
            s,
            "admin",
            "update",
            entity="effort",
            citizen_ref=ids["B"],
            details={"field": "note", "old": "", "new": "hemmelig"},
        )
        audit.record(
            s,
            "admin",
            "update",
            entity="plan",
            citizen_ref=ids["B"],
            details={"field": "next_step", "old": "", "new": "Møde"},
        )
    with connect(url, "kb", KB_PW) as conn:  # no assignment, no grant: nothing, and no error that tells anything
        assert conn.execute("SELECT count(*) FROM planner_citizen_history(%s, 100)", (ids["B"],)).fetchone()[0] == 0
        assert refused(conn, "SELECT count(*) FROM audit_log")
    for initials, password in (("kb", KB_PW), ("tl", TL_PW)):
        user_db, actor = login_or_unlock(open_or_lock(server_url(url)), initials, password)
        try:
            overview = plans.open_citizen(user_db, actor, ids["B"], reason="borgeren ringede om sin sag")
            shown = {(h.field, h.new) for h in overview.history}
            assert ("Næste skridt", "Møde") in shown
            remark = "hemmelig" if initials == "kb" else ""
            assert ("Bemærkning", remark) in shown, shown
        finally:
            user_db.dispose()


def test_everyone_reads_staff_contact_details_and_only_administrators_change_them(
    team: tuple[str, Database, dict[str, uuid.UUID]],
) -> None:
    """Migration 0009: phone and e-mail are granted per column like the rest of who is who (Min plan prints a
    colleague's number); writing them stays the administrators' (and the app's service, audited)."""
    from planner_gui.services.users import set_contact

    url, db, _ids = team
    set_contact(db, ADMIN, "kb", "+45 43 21 12 34", "kb@jobcenter.example")
    for who, pw in (("kb", KB_PW), ("tl", TL_PW)):
        with connect(url, who, pw) as conn:
            row = conn.execute("SELECT phone, email FROM staff WHERE initials = 'kb'").fetchone()
            assert tuple(row) == ("43 21 12 34", "kb@jobcenter.example")
            assert refused(conn, "UPDATE staff SET phone = '11111111' WHERE initials = 'kb'")


def test_no_function_is_executable_by_public_nor_by_a_role_outside_the_app(
    team: tuple[str, Database, dict[str, uuid.UUID]], pg_cluster: object
) -> None:
    """PostgreSQL gives EXECUTE on a new function to PUBLIC; migration 0012 takes it back. A login role on the same
    cluster that is no planner user can call none of the app's functions, SECURITY DEFINER or not."""
    from sqlalchemy import text

    from tests.pg import Cluster

    url, db, _ids = team
    with db.read() as s:
        open_to_public = s.execute(
            text(
                "SELECT p.proname FROM pg_proc p, aclexplode(coalesce(p.proacl, acldefault('f', p.proowner))) a "
                "WHERE p.pronamespace = 'public'::regnamespace AND a.grantee = 0 AND a.privilege_type = 'EXECUTE'"
            )
        ).all()
    assert open_to_public == []
    assert isinstance(pg_cluster, Cluster)
    import psycopg
    from sqlalchemy.engine import make_url

    u = make_url(url)
    outsider = f"outsider_{uuid.uuid4().hex[:8]}"
    pg_cluster.execute(f"CREATE ROLE {outsider} LOGIN PASSWORD 'udenfor-kode-123'")
    try:  # even given the database and the schema, which PUBLIC does not have either (migration 0004)
        pg_cluster.execute(f"GRANT CONNECT ON DATABASE {u.database} TO {outsider}")
        pg_cluster.execute(f"GRANT USAGE ON SCHEMA public TO {outsider}", database=str(u.database))
        with psycopg.connect(
            host=u.host, port=u.port, dbname=u.database, user=outsider, password="udenfor-kode-123", autocommit=True
        ) as conn:
            for call in (
                "SELECT * FROM planner_search_citizens('test')",
                "SELECT planner_grant_access('00000000-0000-0000-0000-000000000000'::uuid, 'nysgerrig', 1)",
                "SELECT * FROM planner_me()",
            ):
                with pytest.raises(psycopg.errors.InsufficientPrivilege):
                    conn.execute(call)  # type: ignore[arg-type]
    finally:
        pg_cluster.execute(f"DROP OWNED BY {outsider}", database=str(u.database))
        pg_cluster.execute(f"DROP ROLE {outsider}")
