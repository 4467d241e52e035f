"""Offline work at an outreach meeting (issue 15): check out, sync, resolve, check in (CONTRACT.md section 1.1).

The laptop holds an encrypted SQLite database with the citizens taken out, the staff, companies and instruments they
refer to, and the base copy of every row (``sync_base``). ``sync`` merges each row field by field against that base
(:func:`planner_gui.storage.sync.merge_row`), in one server transaction and then one laptop transaction under one
sync id. The merge is a function of (base, laptop, server) that sets values, never adds to them, so a sync killed at
any point and run again applies nothing twice: a server commit whose laptop commit was lost is recognised by its sync
id, and the re-run finds the laptop's changes already on the server (mine == theirs) and only completes the laptop.
Design and limits: ``docs/offline.md``.
"""

from __future__ import annotations

import datetime as dt
import json
import time
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Uuid, delete, select, text, update
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from planner_gui.domain import cpr as cprmod
from planner_gui.domain.codes import AUDIT_ACTIONS as ACTIONS
from planner_gui.domain.i18n import QT_TRANSLATE_NOOP, message_of
from planner_gui.errors import AuthenticationFailed, PermissionDenied, StorageError, UserError
from planner_gui.services import auth
from planner_gui.services.auth import Actor
from planner_gui.services.laptop import SERVER, local_time
from planner_gui.storage import audit, keys
from planner_gui.storage import sync as rows
from planner_gui.storage.db import Database
from planner_gui.storage.migrate import open_database
from planner_gui.storage.postgres import is_postgres, user_url
from planner_gui.storage.tables import (
    Assignment,
    AuditEntry,
    Base,
    Checkout,
    Citizen,
    Company,
    Instrument,
    InstrumentDimension,
    Setting,
    Staff,
    SyncBase,
    SyncConflict,
    SyncQuarantine,
    SyncRun,
    utcnow,
)

LAPTOP_ID = "offline.laptop_id"
PENDING = "offline.pending_sync"
AUDIT_SENT = "offline.audit_sent_seq"
#: In the server's ``sync_runs.details`` (JSON): the last laptop audit seq that sync appended to the server's chain,
#: written in the server transaction that appended it, so a re-run after a kill never sends an entry twice.
SENT_KEY = "bærbar_seq_sendt"
#: How far the laptop's clock may be from the server's before a sync is refused (merge order and audit times).
CLOCK_TOLERANCE = dt.timedelta(minutes=5)
TZ = ZoneInfo("Europe/Copenhagen")
#: Stored as the base of a field that was new on both sides with different values: equals neither side, so the
#: field stays a conflict until resolved.
NO_BASE = "\x00ingen-fælles-udgave"
STAFF_COLUMNS = (
    "id",
    "version",
    "created_at",
    "updated_at",
    "updated_by",
    "initials",
    "name",
    "team",
    "role",
    "active",
    "phone",  # Min plan printed at the meeting gives the caseworker's number and address
    "email",
)


def cpr_text(cpr: str) -> str:
    return f"{cpr[:6]}-{cpr[6:]}" if len(cpr) == 10 else cpr


def show(value: Any) -> str:
    return "" if value is None else str(value)


def laptop_clock() -> dt.datetime:
    """The laptop's clock, as an aware UTC time (one function, so a test can set the laptop's clock)."""
    return dt.datetime.now(dt.UTC)


def _clock_text(value: dt.datetime) -> str:
    return value.astimezone(TZ).strftime("%d-%m-%Y %H:%M:%S")


def check_clock(s: Session) -> None:
    """Refuse (:class:`UserError`) when the laptop's clock is more than :data:`CLOCK_TOLERANCE` from the server's.

    Which side changed a field last and the times of the laptop's audit entries depend on the laptop's clock."""
    server_now = s.scalar(text("SELECT now()"))
    mine = laptop_clock()
    if not isinstance(server_now, dt.datetime):
        return
    if server_now.tzinfo is None:
        server_now = server_now.replace(tzinfo=dt.UTC)
    off = mine - server_now
    if abs(off) <= CLOCK_TOLERANCE:
        return
    minutes = round(abs(off).total_seconds() / 60)
    way = "foran" if off > dt.timedelta(0) else "bagud"
    raise UserError(
        QT_TRANSLATE_NOOP(
            "Meddelelser",
            "den bærbares ur går {minutes} minutter {way}: den bærbare siger {mine}, serveren "
            "{server_now}. Synkroniseringen er ikke kørt, fordi rækkefølgen af ændringer og tiderne i "
            "loggen afhænger af uret; ret uret på den bærbare (dato, tid og tidszone) og synkroniser "
            "igen. Intet er ændret, og den bærbare kan bruges videre offline",
        ).format(minutes=minutes, way=way, mine=_clock_text(mine), server_now=_clock_text(server_now))
    )


# ------------------------------------------------------------------------------------------------ opening


def server_address(url: str) -> str:
    """The server URL as the laptop remembers it: no user, no password."""
    return make_url(url).set(username=None, password=None).render_as_string(hide_password=True)


def open_server(url: str, initials: str, password: str) -> tuple[Database, Actor]:
    if not is_postgres(url):
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Meddelelser", "{url}: checkout og sync kræver teamdatabasen (en postgresql+psycopg://-URL)"
            ).format(url=url)
        )
    where = server_address(url)
    try:
        db = open_database(user_url(url, initials, password))
    except StorageError as err:
        text_ = str(err).lower()
        if "password" in text_ or "authentication" in text_:
            raise AuthenticationFailed(
                QT_TRANSLATE_NOOP("Meddelelser", "{where}: forkerte initialer eller adgangskode til serveren").format(
                    where=where
                )
            ) from None
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Meddelelser",
                "{where}: serveren kan ikke nås eller bruges ({err}); den bærbare database er uændret og "
                "kan bruges videre offline",
            ).format(where=where, err=err)
        ) from None
    try:
        actor = auth.login(db, initials, password)
    except BaseException:
        db.dispose()
        raise
    return db, actor


def open_laptop(path: Path, initials: str, password: str) -> tuple[Database, Actor]:
    from planner_gui.services.unlock import open_for_user

    if not path.exists():
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Meddelelser", "{path}: den bærbare database findes ikke (tag borgere med ud med checkout først)"
            ).format(path=path)
        )
    return open_for_user(path, initials, password)


def _setting(s: Session, key: str) -> str | None:
    return s.scalar(select(Setting.value).where(Setting.key == key))


def _put_setting(s: Session, key: str, value: str | None) -> None:
    if value is None:
        s.execute(delete(Setting).where(Setting.key == key))
    else:
        s.merge(Setting(key=key, value=value))


def _create_laptop(path: Path, initials: str, password: str) -> tuple[Database, str]:
    """A new encrypted laptop database whose one key slot is the user's password (and a recovery key)."""
    key, recovery = keys.new_database_key(), keys.new_recovery_key()
    keys.create_keyfile(path, key, [(initials, password)], recovery)
    try:
        return open_database(path, create=True, key=key), recovery
    except BaseException:
        for suffix in ("", "-wal", "-shm", ".keys"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        raise


# ------------------------------------------------------------------------------------------------ checkout


@dataclass
class CheckoutResult:
    citizens: int
    skipped: int
    warnings: list[str] = field(default_factory=list)
    recovery: str | None = None
    seconds: float = 0.0


def _select_citizens(s: Session, actor: Actor, cprs: Sequence[str]) -> list[uuid.UUID]:
    if cprs:
        wanted = [cprmod.normalize(c) for c in cprs]
        found: dict[str, uuid.UUID] = {
            cpr: cid for cpr, cid in s.execute(select(Citizen.cpr, Citizen.id).where(Citizen.cpr.in_(wanted)))
        }
        missing = [cpr_text(c) for c in wanted if c not in found]
        if missing:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Meddelelser",
                    "borger(e) {missing} findes ikke på serveren eller er ikke i din sagsstamme; intet blev "
                    "taget med ud",
                ).format(missing=", ".join(missing))
            )
        return [found[c] for c in dict.fromkeys(wanted)]
    today = dt.date.today()
    q = (
        select(Assignment.citizen_id)
        .where(Assignment.staff_id == actor.staff_id, Assignment.start <= today)
        .where((Assignment.end.is_(None)) | (Assignment.end >= today))
        .distinct()
    )
    return list(s.scalars(q))


def _references(
    server: Session, case: dict[str, dict[str, rows.Row]], me: uuid.UUID | None
) -> dict[str, list[rows.Row]]:
    """The staff, companies and instruments the rows refer to (all instruments: new measurements need them)."""
    staff_ids = {uuid.UUID(r["staff_id"]) for r in case.get("assignments", {}).values()}
    if me is not None:
        staff_ids.add(me)
    company_ids = {uuid.UUID(r["company_id"]) for r in case.get("efforts", {}).values() if r.get("company_id")}
    staff_tbl = rows.table("staff")
    out: dict[str, list[rows.Row]] = {"staff": [], "companies": [], "instruments": [], "instrument_dimensions": []}
    if staff_ids:
        cols = [staff_tbl.c[c] for c in STAFF_COLUMNS]
        out["staff"] = [
            rows.as_row(r) for r in server.execute(select(*cols).where(staff_tbl.c.id.in_(staff_ids))).mappings()
        ]
    if company_ids:
        out["companies"] = [
            rows.as_row(r)
            for r in server.execute(
                select(rows.table("companies")).where(rows.table("companies").c.id.in_(company_ids))
            ).mappings()
        ]
    out["instruments"] = [rows.as_row(r) for r in server.execute(select(rows.table("instruments"))).mappings()]
    out["instrument_dimensions"] = [
        rows.as_row(r) for r in server.execute(select(rows.table("instrument_dimensions"))).mappings()
    ]
    return out


def _insert_missing(s: Session, name: str, items: Iterable[rows.Row]) -> int:
    tbl = rows.table(name)
    items = list(items)
    if not items:
        return 0
    have = {str(i) for i in s.scalars(select(tbl.c.id).where(tbl.c.id.in_([uuid.UUID(r["id"]) for r in items])))}
    n = 0
    for r in items:
        if r["id"] not in have:
            rows.insert_row(s, name, r)
            n += 1
    return n


def checkout(
    server_url: str, laptop_path: Path, initials: str, password: str, cprs: Sequence[str] = ()
) -> CheckoutResult:
    """Take citizens out to the laptop database (created, or extended); see CONTRACT.md section 1.1."""
    started = time.perf_counter()
    laptop_path = laptop_path.expanduser().resolve()
    server, actor = open_server(server_url, initials, password)
    try:
        if actor.role not in ("sagsbehandler", "administrator"):
            raise PermissionDenied(
                QT_TRANSLATE_NOOP("Meddelelser", "kun sagsbehandlere og administratorer kan tage borgere med ud")
            )
        laptop: Database | None = None
        recovery: str | None = None
        if laptop_path.exists():
            laptop, _ = open_laptop(laptop_path, initials, password)
        try:
            laptop_id = str(uuid.uuid4())
            if laptop is not None:
                with laptop.read() as ls:
                    known = _setting(ls, SERVER)
                    laptop_id = _setting(ls, LAPTOP_ID) or laptop_id
                    on_laptop = {str(i) for i in ls.scalars(select(Citizen.id))}
                if known is not None and known != server_address(server_url):
                    raise UserError(
                        QT_TRANSLATE_NOOP(
                            "Meddelelser", "{laptop_path}: den bærbare database hører til serveren {known}, ikke denne"
                        ).format(laptop_path=laptop_path, known=known)
                    )
            else:
                on_laptop = set()
            result = CheckoutResult(0, 0)
            now = utcnow()
            with server.write() as s:
                ids = _select_citizens(s, actor, cprs)
                if not ids:
                    raise UserError(
                        QT_TRANSLATE_NOOP(
                            "Meddelelser", "ingen borgere at tage med ud (din sagsstamme er tom); angiv --cpr"
                        )
                    )
                fresh = [i for i in ids if str(i) not in on_laptop]
                result.skipped = len(ids) - len(fresh)
                out = s.execute(
                    select(Checkout.citizen_id, Checkout.initials, Checkout.since, Checkout.laptop_id).where(
                        Checkout.citizen_id.in_(fresh), Checkout.released_at.is_(None)
                    )
                ).all()
                cprs_by_id: dict[uuid.UUID, str] = {
                    i: c for i, c in s.execute(select(Citizen.id, Citizen.cpr).where(Citizen.id.in_(fresh)))
                }
                for cid, who, since, lap in out:
                    if lap != laptop_id:
                        result.warnings.append(
                            QT_TRANSLATE_NOOP(
                                "Meddelelser",
                                "{cpr} er allerede taget med ud af {who} siden {since}; jeres ændringer mødes ved "
                                "synkroniseringen",
                            ).format(cpr=cpr_text(cprs_by_id.get(cid, "?")), who=who, since=local_time(since))
                        )
                case = {name: rows.read_rows(s, name, fresh) for name in rows.CASE_TABLES}
                refs = _references(s, case, actor.staff_id)
                checkouts = [
                    {
                        "id": str(uuid.uuid4()),
                        "citizen_id": str(c),
                        "initials": actor.initials,
                        "laptop_id": laptop_id,
                        "since": rows.encode(now),
                        "released_at": None,
                    }
                    for c in fresh
                ]
                for c in checkouts:
                    rows.insert_row(s, "checkouts", c)
                    audit.record(
                        s,
                        actor.initials,
                        "export",
                        entity="udtagning",
                        entity_id=laptop_id,
                        citizen_ref=c["citizen_id"],
                        details={"bærbar": laptop_id},
                    )
            result.citizens = len(fresh)
            try:
                if laptop is None:
                    laptop, recovery = _create_laptop(laptop_path, initials, password)
                with laptop.write() as ls:
                    _put_setting(ls, SERVER, server_address(server_url))
                    _put_setting(ls, LAPTOP_ID, laptop_id)
                    for name in ("staff", "companies", "instruments", "instrument_dimensions"):
                        _insert_missing(ls, name, refs[name])
                    if recovery is not None:  # a new laptop: the user logs in to it with the same password
                        ls.execute(
                            update(Staff)
                            .where(Staff.initials == actor.initials)
                            .values(password_hash=auth.hasher().hash(password))
                        )
                    for name in rows.CASE_TABLES:
                        for row in case[name].values():
                            rows.insert_row(ls, name, row)
                            _put_base(ls, name, row)
                    for c in checkouts:
                        rows.insert_row(ls, "checkouts", c)
                        audit.record(
                            ls,
                            actor.initials,
                            "import",
                            entity="udtagning",
                            entity_id=laptop_id,
                            citizen_ref=c["citizen_id"],
                            details={"server": server_address(server_url)},
                        )
            except BaseException:
                with server.write() as s:  # the laptop did not get them: they are not out after all
                    s.execute(
                        update(Checkout)
                        .where(Checkout.id.in_([uuid.UUID(c["id"]) for c in checkouts]))
                        .values(released_at=utcnow())
                    )
                raise
        finally:
            if laptop is not None:
                laptop.dispose()
    finally:
        server.dispose()
    result.recovery = recovery
    result.seconds = time.perf_counter() - started
    return result


def _put_base(ls: Session, name: str, row: rows.Row, data: rows.Row | None = None) -> None:
    from sqlalchemy.dialects.sqlite import insert as sqlite_insert

    payload = {c: (data if data is not None else row).get(c) for c in rows.data_columns(name)}
    values = {
        "table_name": name,
        "row_id": str(row["id"]),
        "citizen_id": str(row["id"] if name == "citizens" else row["citizen_id"]),
        "version": int(row.get("version") or 1),
        "data": rows.dumps(payload),
    }
    q = sqlite_insert(rows.table("sync_base")).values(values)
    ls.execute(q.on_conflict_do_update(index_elements=["table_name", "row_id"], set_=values))


# ------------------------------------------------------------------------------------------------ sync


@dataclass
class ConflictLine:
    cpr: str
    field: str
    mine: Any
    theirs: Any
    changed_by: str
    changed_at: dt.datetime | None

    def __str__(self) -> str:
        return (
            f"{cpr_text(self.cpr)} {self.field}: her={show(self.mine)} server={show(self.theirs)} "
            f"(ændret af {self.changed_by} {local_time(self.changed_at)})"
        )


@dataclass
class SyncResult:
    sync_id: str
    citizens: int = 0
    to_server: int = 0
    to_laptop: int = 0
    conflicts: list[ConflictLine] = field(default_factory=list)
    quarantined: list[str] = field(default_factory=list)  # "CPR: why"
    warnings: list[str] = field(default_factory=list)
    resumed: bool = False
    audit_sent: int = 0  # laptop audit entries appended to the server's chain by this sync
    seconds: float = 0.0


@dataclass
class _Plan:
    """What the laptop transaction must do for one citizen (worked out while the server transaction runs)."""

    citizen: str
    cpr: str
    remap: tuple[str, str] | None = None
    plan_remap: tuple[str, str] | None = None
    inserts: list[tuple[str, rows.Row]] = field(default_factory=list)
    updates: list[tuple[str, str, rows.Row]] = field(default_factory=list)
    deletes: list[tuple[str, str]] = field(default_factory=list)
    bases: list[tuple[str, rows.Row, rows.Row]] = field(default_factory=list)  # (table, row meta, agreed data)
    base_deletes: list[tuple[str, str]] = field(default_factory=list)
    conflicts: dict[tuple[str, str, str], dict[str, Any]] = field(default_factory=dict)
    checkout: rows.Row | None = None


def _laptop_state(ls: Session) -> tuple[list[str], dict[str, dict[str, rows.Row]], dict[str, dict[str, rows.Row]]]:
    """The laptop's citizens (taken out, or created offline), their rows, and the base rows."""
    citizens = [str(i) for i in ls.scalars(select(Citizen.id))]
    ids = [uuid.UUID(c) for c in citizens]
    mine = {name: rows.read_rows(ls, name, ids) for name in rows.CASE_TABLES}
    base: dict[str, dict[str, rows.Row]] = {name: {} for name in rows.CASE_TABLES}
    for b in ls.scalars(select(SyncBase)):
        if b.table_name in base:
            data = json.loads(b.data)
            data.update({"id": b.row_id, "version": b.version, "citizen_id": b.citizen_id})
            base[b.table_name][b.row_id] = data
    return citizens, mine, base


def _of(citizen: str, table_rows: dict[str, rows.Row], name: str) -> dict[str, rows.Row]:
    key = "id" if name == "citizens" else "citizen_id"
    return {k: r for k, r in table_rows.items() if str(r.get(key)) == citizen}


def sync(laptop_path: Path, initials: str, password: str) -> SyncResult:
    """Merge the laptop's citizens with the server, field by field; see the module's docstring."""
    started = time.perf_counter()
    laptop, _me = open_laptop(laptop_path.expanduser().resolve(), initials, password)
    try:
        with laptop.read() as ls:
            server_url = _setting(ls, SERVER)
            laptop_id = _setting(ls, LAPTOP_ID) or ""
            pending = _setting(ls, PENDING)
        if server_url is None:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Meddelelser", "{laptop_path}: er ikke en bærbar database fra checkout (ingen server husket)"
                ).format(laptop_path=laptop_path)
            )
        server, actor = open_server(server_url, initials, password)
        try:
            result = SyncResult(str(uuid.uuid4()))
            with server.read() as s:
                check_clock(s)  # before anything is written on either side
                if pending:
                    result.resumed = s.get(SyncRun, pending) is not None
            with laptop.write() as ls:
                _put_setting(ls, PENDING, result.sync_id)
            _sync(server, laptop, actor, laptop_id, result)
        finally:
            server.dispose()
    finally:
        laptop.dispose()
    result.seconds = time.perf_counter() - started
    return result


def _sync(server: Database, laptop: Database, actor: Actor, laptop_id: str, result: SyncResult) -> None:
    with laptop.read() as ls:
        citizens, mine, base = _laptop_state(ls)
        conflicts = {(c.table_name, c.row_id, c.column): c for c in ls.scalars(select(SyncConflict))}
        conflict_rows = {k: _conflict_dict(c) for k, c in conflicts.items()}
        open_checkouts = {str(c) for c in ls.scalars(select(Checkout.citizen_id).where(Checkout.released_at.is_(None)))}
    plans: list[_Plan] = []
    quarantine: dict[str, tuple[str, str]] = {}
    result.citizens = len(citizens)
    with server.write() as s:
        # the laptop's audit entries the server has not got yet: the server's own record (sync_runs) says which,
        # read under a lock per laptop, and the new mark is written in this transaction with the entries it covers
        sent = _audit_sent_on_server(s, laptop_id)
        with laptop.read() as ls:
            head = ls.execute(select(AuditEntry.seq, AuditEntry.hash).order_by(AuditEntry.seq.desc()).limit(1)).first()
            entries = [_LaptopEntry(*e) for e in ls.execute(select(*_ENTRY_COLUMNS).where(AuditEntry.seq > sent))]
        entries.sort(key=lambda e: e.seq)
        sent_now = entries[-1].seq if entries else sent
        rows.insert_row(
            s,
            "sync_runs",
            {
                "sync_id": result.sync_id,
                "at": rows.encode(utcnow()),
                "initials": actor.initials,
                "laptop_id": laptop_id,
                "details": json.dumps({SENT_KEY: sent_now}, ensure_ascii=False),
            },
        )
        for cid in citizens:
            cpr = str(mine["citizens"][cid]["cpr"])
            plan = _Plan(cid, cpr)
            try:
                with s.begin_nested():
                    _merge_citizen(s, actor, laptop_id, cid, mine, base, conflict_rows, open_checkouts, plan, result)
                plans.append(plan)
            except UserError as err:
                quarantine[cid] = (cpr, message_of(err))
            except Exception as err:  # one citizen's failure never blocks the rest
                quarantine[cid] = (cpr, f"{type(err).__name__}: {str(err).splitlines()[0][:200]}")
        remapped = {p.remap[0]: p.remap[1] for p in plans if p.remap is not None}
        for entry in entries:
            _append_laptop_entry(s, actor, laptop_id, entry, remapped)
        result.audit_sent = len(entries)
        audit.record(
            s,
            actor.initials,
            "update",
            entity="synkronisering",
            entity_id=result.sync_id,
            details={
                "bærbar": laptop_id,
                "borgere": len(citizens),
                "til_server": result.to_server,
                "sat_til_side": len(quarantine),
                "bærbar_logposter": len(entries),
                SENT_KEY: sent_now,
                "bærbar_kædehoved": head.hash if head else audit.GENESIS,
                "bærbar_seq": head.seq if head else 0,
            },
        )
    # the server has committed (with the sync id): now the laptop, in one transaction
    with laptop.write() as ls:
        for plan in plans:
            try:
                with ls.begin_nested():
                    _apply_laptop(ls, plan, result)
            except Exception as err:
                quarantine[plan.citizen] = (
                    plan.cpr,
                    QT_TRANSLATE_NOOP("Meddelelser", "den bærbare: {kind}").format(kind=type(err).__name__),
                )
        ls.execute(delete(SyncQuarantine))
        for cid, (cpr, why) in quarantine.items():
            ls.add(SyncQuarantine(citizen_id=cid, cpr=cpr, reason=str(why), at=utcnow()))
        ls.add(
            SyncRun(
                sync_id=result.sync_id,
                at=utcnow(),
                initials=actor.initials,
                laptop_id=laptop_id,
                details=json.dumps({"til_server": result.to_server, "til_bærbar": result.to_laptop}),
            )
        )
        audit.record(
            ls,
            actor.initials,
            "update",
            entity="synkronisering",
            entity_id=result.sync_id,
            details={"til_server": result.to_server, "til_bærbar": result.to_laptop, "sat_til_side": len(quarantine)},
        )
        _put_setting(ls, PENDING, None)
        _put_setting(ls, AUDIT_SENT, str(sent_now))  # for reading only: the server's record decides what is sent
    result.quarantined = [
        QT_TRANSLATE_NOOP("Meddelelser", "{cpr}: sat til side: {why}").format(cpr=cpr_text(cpr), why=why)
        for cpr, why in quarantine.values()
    ]
    result.conflicts = open_conflicts(laptop)


_ENTRY_COLUMNS = (
    AuditEntry.seq,
    AuditEntry.ts,
    AuditEntry.user,
    AuditEntry.action,
    AuditEntry.entity,
    AuditEntry.entity_id,
    AuditEntry.citizen_ref,
    AuditEntry.reason,
    AuditEntry.details,
)


@dataclass(frozen=True)
class _LaptopEntry:
    seq: int
    ts: dt.datetime
    user: str
    action: str
    entity: str
    entity_id: str
    citizen_ref: str | None
    reason: str
    details: str


def _audit_sent_on_server(s: Session, laptop_id: str) -> int:
    """The last laptop audit seq the server's chain holds from this laptop (0: none), under a lock per laptop so two
    syncs of one laptop file never both send the same entries."""
    s.execute(text("SELECT pg_advisory_xact_lock(hashtext(:key))"), {"key": f"planner_sync_audit:{laptop_id}"})
    sent = 0
    for details in s.scalars(select(SyncRun.details).where(SyncRun.laptop_id == laptop_id)):
        try:
            sent = max(sent, int(json.loads(details)[SENT_KEY]))
        except (ValueError, KeyError, TypeError):
            continue  # a sync from before the laptop's entries were sent (empty details)
    return sent


def _append_laptop_entry(s: Session, actor: Actor, laptop_id: str, e: _LaptopEntry, remapped: dict[str, str]) -> None:
    """One laptop audit entry appended to the server's chain through the normal append path: the server gives it its
    place and time in the chain; the time it was made on the laptop, the laptop and its seq there go in the details.
    Entries are appended in the syncing user's name (the server takes no other); another name is kept in the details.
    A citizen created offline and matched by CPR in this sync is referred to by the server's id."""
    try:
        data = json.loads(e.details) if e.details else {}
    except ValueError:
        data = None
    if not isinstance(data, dict):
        data = {"detaljer": e.details}
    data.update(
        {
            "tid_på_bærbar": e.ts.replace(tzinfo=dt.UTC).isoformat(timespec="microseconds"),
            "bærbar": laptop_id,
            "bærbar_seq": e.seq,
        }
    )
    if e.user.lower() != actor.initials.lower():
        data["bruger_på_bærbar"] = e.user
    action = e.action
    # a laptop of another version (an unknown action) is kept, never dropped; a laptop's purge entry would be read
    # by the server's ``audit verify`` as an anchor of the server's own chain, so it travels as "system" too
    if action not in ACTIONS or action == "purge":
        data["handling_på_bærbar"] = action
        action = "system"
    audit.record(
        s,
        actor.initials,
        action,
        entity=e.entity,
        entity_id=remapped.get(e.entity_id, e.entity_id),
        citizen_ref=remapped.get(e.citizen_ref, e.citizen_ref) if e.citizen_ref is not None else None,
        reason=e.reason,
        details=data,
    )


def _conflict_dict(c: SyncConflict) -> dict[str, Any]:
    return {
        "mine": json.loads(c.mine),
        "theirs": json.loads(c.theirs),
        "base": json.loads(c.base),
        "resolution": c.resolution,
        "changed_by": c.changed_by,
        "changed_at": c.changed_at,
        "field": c.field,
        "cpr": c.cpr,
        "citizen_id": c.citizen_id,
    }


def open_conflicts(laptop: Database) -> list[ConflictLine]:
    """The open conflicts as shown to people: a reference (a caseworker, a company, an instrument's dimension) as
    initials, CVR number or ``dimension (instrument)``, not as the row's UUID (that stays in ``sync_conflicts``)."""
    with laptop.read() as ls:
        found = ls.scalars(
            select(SyncConflict).where(SyncConflict.resolution.is_(None)).order_by(SyncConflict.cpr, SyncConflict.field)
        ).all()
        return [
            ConflictLine(
                c.cpr,
                c.field,
                _readable(ls, c.table_name, c.column, json.loads(c.mine)),
                _readable(ls, c.table_name, c.column, json.loads(c.theirs)),
                c.changed_by,
                c.changed_at,
            )
            for c in found
        ]


#: (table, column) of the references a conflict can hold, read as people know them
REFERENCES = frozenset({("assignments", "staff_id"), ("efforts", "company_id"), ("measurements", "dimension_id")})


def _readable(ls: Session, table_name: str, column: str, value: Any) -> Any:
    """A reference's initials, CVR number or ``dimension (instrument)``; the value itself when it is no reference or
    the laptop does not hold the row it refers to (a row only the server has)."""
    if value is None or (table_name, column) not in REFERENCES:
        return value
    try:
        key = uuid.UUID(str(value))
    except ValueError:
        return value
    found: Any
    if column == "staff_id":
        found = ls.scalar(select(Staff.initials).where(Staff.id == key))
    elif column == "company_id":
        found = ls.scalar(select(Company.cvr).where(Company.id == key))
    else:
        dim = ls.execute(
            select(InstrumentDimension.code, Instrument.code)
            .join(Instrument, Instrument.id == InstrumentDimension.instrument_id)
            .where(InstrumentDimension.id == key)
        ).first()
        found = f"{dim[0]} ({dim[1]})" if dim is not None else None
    return value if found is None else found


def _merge_citizen(
    s: Session,
    actor: Actor,
    laptop_id: str,
    cid: str,
    mine_all: dict[str, dict[str, rows.Row]],
    base_all: dict[str, dict[str, rows.Row]],
    conflicts: dict[tuple[str, str, str], dict[str, Any]],
    open_checkouts: set[str],
    plan: _Plan,
    result: SyncResult,
) -> None:
    mine = {name: _of(cid, mine_all[name], name) for name in rows.CASE_TABLES}
    base = {name: _of(cid, base_all[name], name) for name in rows.CASE_TABLES}
    target = uuid.UUID(cid)
    theirs = {name: rows.read_rows(s, name, [target], lock=True) for name in rows.CASE_TABLES}
    is_new = cid not in base["citizens"]
    if not is_new and cid not in theirs["citizens"]:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Meddelelser", "borgeren er ikke længere synlig for dig på serveren (eller slettet); intet er ændret"
            )
        )
    if is_new and cid not in theirs["citizens"]:
        # created offline: the same CPR on the server (and visible) is the same person (matched by CPR)
        found = s.scalar(select(Citizen.id).where(Citizen.cpr == plan.cpr))
        if found is not None:
            new = str(found)
            plan.remap = (cid, new)
            cid, target = new, found
            mine = {name: _rekey(name, tbl, new) for name, tbl in mine.items()}
            theirs = {name: rows.read_rows(s, name, [target], lock=True) for name in rows.CASE_TABLES}
            lp, sp = list(mine["plans"].values()), list(theirs["plans"].values())
            if lp and sp and lp[0]["id"] != sp[0]["id"] and lp[0]["id"] not in base["plans"]:
                plan.plan_remap = (lp[0]["id"], sp[0]["id"])
                mine["plans"] = {sp[0]["id"]: {**lp[0], "id": sp[0]["id"]}}
    _push_references(s, mine)
    changed = 0
    for name in rows.CASE_TABLES:
        l_rows, s_rows, b_rows = mine[name], theirs[name], base[name]
        for rid in sorted(set(l_rows) | set(s_rows) | set(b_rows)):
            lr, sr, br = l_rows.get(rid), s_rows.get(rid), b_rows.get(rid)
            if lr is not None and sr is not None:
                changed += _merge_both(s, actor, name, rid, br, lr, sr, conflicts, plan, result)
            elif lr is not None:
                if br is not None and _same(name, lr, br):  # deleted on the server, untouched here
                    plan.deletes.append((name, rid))
                    plan.base_deletes.append((name, rid))
                    continue
                if br is not None:
                    result.warnings.append(
                        QT_TRANSLATE_NOOP(
                            "Meddelelser", "{cpr} {table}: slettet på serveren, ændret her; sendt igen"
                        ).format(cpr=cpr_text(plan.cpr), table=name)
                    )
                rows.insert_row(s, name, lr)
                plan.bases.append((name, lr, lr))
                result.to_server += 1
                changed += 1
            elif sr is not None:
                if br is not None and _same(name, sr, br):  # deleted here, untouched on the server
                    rows.delete_row(s, name, rid)
                    plan.base_deletes.append((name, rid))
                    result.to_server += 1
                    changed += 1
                    continue
                plan.inserts.append((name, sr))
                plan.bases.append((name, sr, sr))
            else:
                plan.base_deletes.append((name, rid))
    if cid not in open_checkouts or is_new:
        have = s.scalar(
            select(Checkout.id).where(
                Checkout.citizen_id == target, Checkout.laptop_id == laptop_id, Checkout.released_at.is_(None)
            )
        )
        if have is None:
            row = {
                "id": str(uuid.uuid4()),
                "citizen_id": cid,
                "initials": actor.initials,
                "laptop_id": laptop_id,
                "since": rows.encode(utcnow()),
                "released_at": None,
            }
            rows.insert_row(s, "checkouts", row)
            plan.checkout = row
        elif cid not in open_checkouts:
            row = rows.as_row(s.execute(select(rows.table("checkouts")).where(Checkout.id == have)).mappings().one())
            plan.checkout = row
    if changed:
        audit.record(
            s,
            actor.initials,
            "update",
            entity="synkronisering",
            entity_id=result.sync_id,
            citizen_ref=cid,
            details={"ændringer": changed, "bærbar": laptop_id},
        )


def _rekey(name: str, table_rows: dict[str, rows.Row], new: str) -> dict[str, rows.Row]:
    """A citizen's laptop rows as they will be once the citizen takes the server's id ``new``."""
    if name == "citizens":
        return {new: {**r, "id": new} for r in table_rows.values()}  # noqa: B035 (one row: the citizen)
    return {k: {**r, "citizen_id": new} for k, r in table_rows.items()}


def _same(name: str, a: rows.Row, b: rows.Row) -> bool:
    return all(a.get(c) == b.get(c) for c in rows.data_columns(name))


def _push_references(s: Session, mine: dict[str, dict[str, rows.Row]]) -> None:
    """Companies made offline go to the server; staff and instruments must already be there."""
    company_ids = {r["company_id"] for r in mine["efforts"].values() if r.get("company_id")}
    if company_ids:
        have = {
            str(i) for i in s.scalars(select(Company.id).where(Company.id.in_([uuid.UUID(c) for c in company_ids])))
        }
        missing = company_ids - have
        if missing:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Meddelelser", "en virksomhed oprettet offline skal først oprettes på serveren (ikke bygget endnu)"
                )
            )
    staff_ids = {r["staff_id"] for r in mine["assignments"].values()}
    if staff_ids:
        have = {str(i) for i in s.scalars(select(Staff.id).where(Staff.id.in_([uuid.UUID(x) for x in staff_ids])))}
        if staff_ids - have:
            raise UserError(QT_TRANSLATE_NOOP("Meddelelser", "en sagsbehandler på den bærbare findes ikke på serveren"))


def _merge_both(
    s: Session,
    actor: Actor,
    name: str,
    rid: str,
    br: rows.Row | None,
    lr: rows.Row,
    sr: rows.Row,
    conflicts: dict[tuple[str, str, str], dict[str, Any]],
    plan: _Plan,
    result: SyncResult,
) -> int:
    chosen: dict[str, Any] = {}
    for col in rows.data_columns(name):
        c = conflicts.get((name, rid, col))
        if c is not None and c["resolution"] and c["mine"] == lr.get(col) and c["theirs"] == sr.get(col):
            chosen[col] = lr.get(col) if c["resolution"] == "her" else sr.get(col)
    merged = rows.merge_row(name, br, lr, sr, chosen)
    final = dict(sr)
    if merged.to_server:
        stamp = rows.stamp(actor.initials)
        rows.update_row(s, name, rid, {**merged.to_server, **stamp}, seen_version=int(sr["version"]))
        final.update(merged.to_server)
        final.update(stamp)
        final["version"] = int(sr["version"]) + 1
        result.to_server += len(merged.to_server)
    stamp_columns = ("version", "updated_at", "updated_by")
    # the laptop's copy takes the server's stamp also when the data already agree: a sync whose laptop commit was
    # lost left the laptop with its own edit and the server with the same edit stamped (who, when, version)
    if merged.to_laptop or merged.to_server or any(lr.get(k) != final.get(k) for k in stamp_columns):
        values = dict(merged.to_laptop)
        values.update({k: final[k] for k in stamp_columns})
        plan.updates.append((name, rid, values))
    agreed = dict(merged.agreed)
    for cell in merged.conflicts:
        if br is None:
            agreed[cell.column] = NO_BASE
        plan.conflicts[(name, rid, cell.column)] = {
            "citizen_id": plan.citizen,
            "cpr": plan.cpr,
            "table_name": name,
            "row_id": rid,
            "column": cell.column,
            "field": rows.field_name(name, cell.column),
            "base": json.dumps(cell.base),
            "mine": json.dumps(cell.mine),
            "theirs": json.dumps(cell.theirs),
            "changed_by": str(sr.get("updated_by") or "?"),
            "changed_at": rows.decode(rows.table(name), "updated_at", sr.get("updated_at")),
        }
    for col in rows.data_columns(name):
        if (name, rid, col) in conflicts and (name, rid, col) not in plan.conflicts:
            plan.conflicts[(name, rid, col)] = {}  # settled: remove
    plan.bases.append((name, final, agreed))
    return 1 if merged.to_server else 0


def _apply_laptop(ls: Session, plan: _Plan, result: SyncResult) -> None:
    if plan.remap is not None:
        old, new = plan.remap
        ls.execute(text("PRAGMA defer_foreign_keys = ON"))
        for tbl in Base.metadata.sorted_tables:
            if "citizen_id" in tbl.c and tbl.name not in ("citizens",):
                ref = tbl.c.citizen_id
                is_uuid = isinstance(ref.type, Uuid)
                ls.execute(
                    update(tbl)
                    .where(ref == (uuid.UUID(old) if is_uuid else old))
                    .values(citizen_id=uuid.UUID(new) if is_uuid else new)
                )
        ls.execute(update(Citizen).where(Citizen.id == uuid.UUID(old)).values(id=uuid.UUID(new)))
    if plan.plan_remap is not None:
        old_plan, new_plan = plan.plan_remap
        ls.execute(
            update(rows.table("plans"))
            .where(rows.table("plans").c.id == uuid.UUID(old_plan))
            .values(id=uuid.UUID(new_plan))
        )
    for name, rid in reversed(plan.deletes):
        rows.delete_row(ls, name, rid)
        result.to_laptop += 1
    for name, row in plan.inserts:
        rows.insert_row(ls, name, row)
        result.to_laptop += 1
    for name, rid, values in plan.updates:
        rows.update_row(ls, name, rid, values, seen_version=None)
        result.to_laptop += len([k for k in values if k not in ("version", "updated_at", "updated_by")])
    for name, rid in plan.base_deletes:
        ls.execute(delete(SyncBase).where(SyncBase.table_name == name, SyncBase.row_id == rid))
    for name, row, agreed in plan.bases:
        _put_base(ls, name, row, agreed)
    for (name, rid, col), values in plan.conflicts.items():
        existing = ls.scalar(
            select(SyncConflict).where(
                SyncConflict.table_name == name, SyncConflict.row_id == rid, SyncConflict.column == col
            )
        )
        if not values:
            if existing is not None:
                ls.delete(existing)
            continue
        if existing is None:
            ls.add(SyncConflict(**values))
        elif (existing.mine, existing.theirs) != (values["mine"], values["theirs"]):
            for k, v in values.items():
                setattr(existing, k, v)
            existing.resolution = None
    if plan.checkout is not None:
        have = ls.get(Checkout, uuid.UUID(plan.checkout["id"]))
        if have is None:
            ls.execute(delete(Checkout).where(Checkout.citizen_id == uuid.UUID(plan.checkout["citizen_id"])))
            rows.insert_row(ls, "checkouts", plan.checkout)
    ls.flush()


# ------------------------------------------------------------------------------------------------ resolve, checkin


def resolve(laptop_path: Path, initials: str, password: str, keep: str, cpr: str | None, felt: str | None) -> int:
    """Settle open conflicts (all, or those of one citizen and/or field); the next sync sends the choice."""
    if keep not in ("her", "server"):
        raise UserError(QT_TRANSLATE_NOOP("Meddelelser", "--keep skal være her eller server"))
    laptop, actor = open_laptop(laptop_path.expanduser().resolve(), initials, password)
    try:
        with laptop.write() as ls:
            q = select(SyncConflict).where(SyncConflict.resolution.is_(None))
            if cpr:
                q = q.where(SyncConflict.cpr == cprmod.normalize(cpr))
            if felt:
                q = q.where(SyncConflict.field == felt.strip())
            found = ls.scalars(q).all()
            if not found:
                raise UserError(QT_TRANSLATE_NOOP("Meddelelser", "ingen åbne konflikter passer (se dem med sync)"))
            for c in found:
                c.resolution = keep
                audit.record(
                    ls,
                    actor.initials,
                    "update",
                    entity="konflikt",
                    entity_id=c.field,
                    citizen_ref=c.citizen_id,
                    details={"behold": keep},
                )
            return len(found)
    finally:
        laptop.dispose()


@dataclass
class CheckinResult:
    sync: SyncResult
    released: int = 0
    cprs: list[str] = field(default_factory=list)  # the citizens checked in (released and removed)


def checkin(laptop_path: Path, initials: str, password: str) -> CheckinResult:
    """Sync; then, with no conflict open and nothing set aside, release the citizens and remove them from the laptop."""
    laptop_path = laptop_path.expanduser().resolve()
    result = CheckinResult(sync(laptop_path, initials, password))
    if result.sync.conflicts or result.sync.quarantined:
        return result
    laptop, me = open_laptop(laptop_path, initials, password)
    try:
        with laptop.read() as ls:
            server_url = _setting(ls, SERVER) or ""
            laptop_id = _setting(ls, LAPTOP_ID) or ""
            found = ls.execute(select(Citizen.id, Citizen.cpr).order_by(Citizen.cpr)).all()
            ids = [cid for cid, _ in found]
        server, actor = open_server(server_url, initials, password)
        try:
            with server.write() as s:
                for cid in ids:
                    s.execute(
                        update(Checkout)
                        .where(
                            Checkout.citizen_id == cid, Checkout.laptop_id == laptop_id, Checkout.released_at.is_(None)
                        )
                        .values(released_at=utcnow())
                    )
                    audit.record(
                        s, actor.initials, "update", entity="indtjekning", entity_id=laptop_id, citizen_ref=cid
                    )
        finally:
            server.dispose()
        with laptop.write() as ls:  # secure_delete is on: the pages are overwritten, not just unlinked
            for name in reversed(rows.CASE_TABLES):
                tbl = rows.table(name)
                key = tbl.c.id if name == "citizens" else tbl.c.citizen_id
                ls.execute(tbl.delete().where(key.in_(ids)))
            for model in (SyncBase, SyncConflict, SyncQuarantine):
                ls.execute(delete(model))
            ls.execute(delete(Checkout))
            for cid in ids:
                audit.record(ls, me.initials, "delete", entity="indtjekning", entity_id=laptop_id, citizen_ref=cid)
        with laptop.engine.connect() as conn:  # no copy of the deleted pages left in the write-ahead log
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        result.released = len(ids)
        result.cprs = [str(cpr) for _, cpr in found]
    finally:
        laptop.dispose()
    return result
