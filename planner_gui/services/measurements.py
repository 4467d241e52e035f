"""Progression measurements: record, edit and delete a session, and read a citizen's progression.

A session is every score of one instrument version on one date for one citizen (the table has one row per score,
dimension and rater; the session is identified by citizen, instrument version and date). A note per dimension is kept
on each score row of that dimension.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import delete, func, insert, literal, select
from sqlalchemy.orm import Session

from planner_gui.domain.codes import RATERS
from planner_gui.domain.dates import format_date
from planner_gui.domain.i18n import QT_TRANSLATE_NOOP
from planner_gui.domain.progression import (
    DimensionSpec,
    OccasionEntry,
    Progression,
    Score,
    validate_occasion,
)
from planner_gui.errors import NotFound, ValidationError
from planner_gui.services.auth import Actor
from planner_gui.services.instruments import InstrumentInfo, instrument_info
from planner_gui.services.permissions import Permission, ReasonRequired, check_citizen_access, require
from planner_gui.storage import audit
from planner_gui.storage.db import Database
from planner_gui.storage.postgres import free_text_withheld
from planner_gui.storage.tables import (
    AuditEntry,
    Citizen,
    Instrument,
    InstrumentDimension,
    Measurement,
    Setting,
    utcnow,
)

REMINDER_SETTING = "measurement_reminder_days"
DEFAULT_REMINDER_DAYS = 90
#: A reason stated when opening a citizen outside one's caseload covers the rest of the working day.
REASON_VALID_HOURS = 12


@dataclass(frozen=True)
class OccasionKey:
    citizen_id: uuid.UUID
    instrument_id: uuid.UUID
    date: dt.date


@dataclass(frozen=True)
class MeasurementOccasion:
    """One occasion as the UI lists it."""

    citizen_id: uuid.UUID
    instrument_id: uuid.UUID
    instrument_code: str
    instrument_version: int
    date: dt.date
    entries: tuple[OccasionEntry, ...]
    updated_by: str | None

    @property
    def key(self) -> OccasionKey:
        return OccasionKey(self.citizen_id, self.instrument_id, self.date)

    @property
    def score_count(self) -> int:
        return sum((e.citizen is not None) + (e.caseworker is not None) for e in self.entries)


@dataclass(frozen=True)
class InstrumentProgression:
    """A citizen's progression on one instrument (all versions of its code, joined on dimension codes)."""

    instrument: InstrumentInfo  # the newest version the citizen was measured with
    labels: dict[str, str]  # dimension code -> label
    progression: Progression


@dataclass(frozen=True)
class CitizenProgression:
    citizen_id: uuid.UUID
    instruments: tuple[InstrumentProgression, ...]  # most recently used first
    sessions: tuple[MeasurementOccasion, ...]  # newest first

    def for_code(self, code: str | None) -> InstrumentProgression | None:
        if code is None:
            return self.instruments[0] if self.instruments else None
        return next((p for p in self.instruments if p.instrument.code == code), None)


# --------------------------------------------------------------------------------------------------------- access


def _reason_given_recently(s: Session, actor: Actor, citizen_id: uuid.UUID) -> bool:
    since = utcnow() - dt.timedelta(hours=REASON_VALID_HOURS)
    q = select(AuditEntry.seq).where(
        AuditEntry.citizen_ref == str(citizen_id),
        AuditEntry.user == actor.initials,
        AuditEntry.reason != "",
        AuditEntry.ts >= since,
    )
    return s.scalar(q.limit(1)) is not None


def _check(s: Session, actor: Actor, citizen_id: uuid.UUID, reason: str | None, permission: Permission) -> str:
    """The access rule of :mod:`.access`; a reason the actor already gave for this citizen today also counts."""
    if s.get(Citizen, citizen_id) is None:
        raise NotFound(QT_TRANSLATE_NOOP("Meddelelser", "borgeren findes ikke"))
    try:
        return check_citizen_access(s, actor, citizen_id, reason, permission)
    except ReasonRequired:
        if _reason_given_recently(s, actor, citizen_id):
            return ""
        raise


# ------------------------------------------------------------------------------------------------------- writing


def _instrument_for_write(s: Session, instrument_id: uuid.UUID, *, new: bool) -> InstrumentInfo:
    inst = s.get(Instrument, instrument_id)
    if inst is None:
        raise NotFound(QT_TRANSLATE_NOOP("Meddelelser", "instrumentet findes ikke"))
    if new and inst.retired:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Meddelelser", "{name} (version {instrument_version}) er udgået; brug den nyeste version"
            ).format(name=inst.name, instrument_version=inst.instrument_version)
        )
    return instrument_info(s, inst, counts={})


def _validated(info: InstrumentInfo, entries: Sequence[OccasionEntry], date: dt.date, today: dt.date) -> None:
    specs = [DimensionSpec(d.code, d.label) for d in info.dimensions]
    problems = validate_occasion(entries, specs, info.scale, date, today)
    if problems:
        raise ValidationError(problems)


def _occasion_rows(s: Session, key: OccasionKey) -> list[Measurement]:
    q = (
        select(Measurement)
        .join(InstrumentDimension, InstrumentDimension.id == Measurement.dimension_id)
        .where(
            Measurement.citizen_id == key.citizen_id,
            Measurement.date == key.date,
            InstrumentDimension.instrument_id == key.instrument_id,
        )
    )
    return list(s.execute(q).scalars())


def _insert_rows(
    s: Session,
    actor: Actor,
    info: InstrumentInfo,
    citizen_id: uuid.UUID,
    date: dt.date,
    entries: Sequence[OccasionEntry],
) -> int:
    now = utcnow()
    rows = []
    for e in entries:
        dim = info.dimension(e.dimension)
        assert dim is not None  # validated
        for rater in RATERS:
            value = e.score_of(rater)
            if value is not None:
                rows.append(
                    {
                        "id": uuid.uuid4(),
                        "citizen_id": citizen_id,
                        "dimension_id": dim.id,
                        "date": date,
                        "score": value,
                        "rater": rater,
                        "note": e.note.strip(),
                        "version": 1,
                        "created_at": now,
                        "updated_at": now,
                        "updated_by": actor.initials,
                    }
                )
    if rows:
        s.execute(insert(Measurement), rows)
    return len(rows)


def _details(info: InstrumentInfo, date: dt.date, entries: Sequence[OccasionEntry]) -> dict[str, object]:
    return {
        "instrument": info.code,
        "version": info.version,
        "dato": date.isoformat(),
        "scores": {
            e.dimension: [e.citizen, e.caseworker] for e in entries if (e.citizen, e.caseworker) != (None, None)
        },
    }


def _clean(entries: Iterable[OccasionEntry]) -> list[OccasionEntry]:
    """Drop dimensions left completely empty (no score, no note)."""
    return [e for e in entries if e.citizen is not None or e.caseworker is not None or e.note.strip()]


def record_occasion(
    db: Database,
    actor: Actor,
    citizen_id: uuid.UUID,
    instrument_id: uuid.UUID,
    entries: Sequence[OccasionEntry],
    date: dt.date | None = None,
    *,
    reason: str | None = None,
    today: dt.date | None = None,
) -> OccasionKey:
    """Save a new measurement occasion (both raters, a note per dimension) in one transaction with one audit row."""
    today = today or dt.date.today()
    date = date or today
    entries = _clean(entries)
    with db.write() as s:
        why = _check(s, actor, citizen_id, reason, Permission.MEASURE)
        info = _instrument_for_write(s, instrument_id, new=True)
        _validated(info, entries, date, today)
        key = OccasionKey(citizen_id, instrument_id, date)
        if _occasion_rows(s, key):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Meddelelser", "Der er allerede en måling med {name} den {date}; ret den i stedet for at lave en ny"
                ).format(name=info.name, date=format_date(date))
            )
        n = _insert_rows(s, actor, info, citizen_id, date, entries)
        audit.record(
            s,
            actor.initials,
            "create",
            entity="measurement",
            entity_id=f"{info.code}:{date.isoformat()}",
            citizen_ref=citizen_id,
            reason=why,
            details={**_details(info, date, entries), "antal": n},
        )
        return key


def update_occasion(
    db: Database,
    actor: Actor,
    key: OccasionKey,
    entries: Sequence[OccasionEntry],
    date: dt.date | None = None,
    *,
    reason: str | None = None,
    today: dt.date | None = None,
) -> OccasionKey:
    """Replace the scores of a session (and move it to ``date``), in one audited transaction."""
    today = today or dt.date.today()
    date = date or key.date
    entries = _clean(entries)
    with db.write() as s:
        why = _check(s, actor, key.citizen_id, reason, Permission.MEASURE)
        info = _instrument_for_write(s, key.instrument_id, new=False)
        old = _occasion_rows(s, key)
        if not old:
            raise NotFound(
                QT_TRANSLATE_NOOP("Meddelelser", "målingen findes ikke længere (er den slettet af en anden?)")
            )
        _validated(info, entries, date, today)
        new_key = OccasionKey(key.citizen_id, key.instrument_id, date)
        if date != key.date and _occasion_rows(s, new_key):
            raise ValidationError(
                QT_TRANSLATE_NOOP("Meddelelser", "Der er allerede en måling med {name} den {date}").format(
                    name=info.name, date=format_date(date)
                )
            )
        before = _entries_from_rows(info, old)
        s.execute(delete(Measurement).where(Measurement.id.in_([m.id for m in old])))
        _insert_rows(s, actor, info, key.citizen_id, date, entries)
        audit.record(
            s,
            actor.initials,
            "update",
            entity="measurement",
            entity_id=f"{info.code}:{key.date.isoformat()}",
            citizen_ref=key.citizen_id,
            reason=why,
            details={"før": _details(info, key.date, before), "efter": _details(info, date, entries)},
        )
        return new_key


def delete_occasion(db: Database, actor: Actor, key: OccasionKey, *, reason: str | None = None) -> int:
    """Delete every score of a session; returns how many were deleted."""
    with db.write() as s:
        why = _check(s, actor, key.citizen_id, reason, Permission.MEASURE)
        info = _instrument_for_write(s, key.instrument_id, new=False)
        old = _occasion_rows(s, key)
        if not old:
            raise NotFound(
                QT_TRANSLATE_NOOP("Meddelelser", "målingen findes ikke længere (er den slettet af en anden?)")
            )
        before = _entries_from_rows(info, old)
        s.execute(delete(Measurement).where(Measurement.id.in_([m.id for m in old])))
        audit.record(
            s,
            actor.initials,
            "delete",
            entity="measurement",
            entity_id=f"{info.code}:{key.date.isoformat()}",
            citizen_ref=key.citizen_id,
            reason=why,
            details=_details(info, key.date, before),
        )
        return len(old)


def _entries_from_rows(info: InstrumentInfo, rows: Iterable[Measurement]) -> list[OccasionEntry]:
    by_dim: dict[uuid.UUID, dict[str, object]] = defaultdict(dict)
    for m in rows:
        by_dim[m.dimension_id][m.rater] = m.score
        if m.note:
            by_dim[m.dimension_id]["note"] = m.note
    out = []
    for d in info.dimensions:
        got = by_dim.get(d.id)
        if got:
            cit, cw, note = got.get("borger"), got.get("sagsbehandler"), got.get("note", "")
            out.append(
                OccasionEntry(
                    d.code, cit if isinstance(cit, int) else None, cw if isinstance(cw, int) else None, str(note)
                )
            )
    return out


# ------------------------------------------------------------------------------------------------------- reading


def load_progression(s: Session, citizen_id: uuid.UUID) -> CitizenProgression:
    """A citizen's measurements, without access checks (for callers that checked access, such as printouts).

    One query for the scores (keyed by instrument code and version, plain values only) and one per instrument
    version used; the grouping is plain Python over at most a few thousand rows.
    """
    q = (
        select(
            Measurement.date,
            Measurement.score,
            Measurement.rater,
            literal(None).label("note") if free_text_withheld(s) else Measurement.note,  # see free_text_withheld
            Measurement.updated_by,
            InstrumentDimension.code,
            Instrument.code,
            Instrument.instrument_version,
        )
        .join(InstrumentDimension, InstrumentDimension.id == Measurement.dimension_id)
        .join(Instrument, Instrument.id == InstrumentDimension.instrument_id)
        .where(Measurement.citizen_id == citizen_id)
        .order_by(Measurement.date)
    )
    rows = s.execute(q).all()
    used = {(r[6], r[7]) for r in rows}
    infos: dict[tuple[str, int], InstrumentInfo] = {}
    for code, version in used:
        inst = s.scalar(select(Instrument).where(Instrument.code == code, Instrument.instrument_version == version))
        assert inst is not None
        infos[(code, version)] = instrument_info(s, inst, counts={})

    # sessions: (instrument code, version, date) -> dimension code -> {rater: score, "note": text}
    grouped: dict[tuple[str, int, dt.date], dict[str, dict[str, object]]] = defaultdict(lambda: defaultdict(dict))
    who: dict[tuple[str, int, dt.date], str | None] = {}
    by_code: dict[str, list[Score]] = defaultdict(list)
    last_used: dict[str, dt.date] = {}
    for date, score, rater, note, updated_by, dcode, icode, iversion in rows:
        key = (icode, iversion, date)
        g = grouped[key][dcode]
        g[rater] = score
        if note:
            g["note"] = note
        who[key] = updated_by
        by_code[icode].append(Score(date, dcode, rater, score))
        last_used[icode] = date  # rows come oldest first
    orders = {k: {d.code: i for i, d in enumerate(info.dimensions)} for k, info in infos.items()}
    sessions = []
    for (icode, iversion, date), dims in grouped.items():
        info = infos[(icode, iversion)]
        order = orders[(icode, iversion)]
        entries = tuple(
            OccasionEntry(code, _int(v.get("borger")), _int(v.get("sagsbehandler")), str(v.get("note", "")))
            for code, v in sorted(dims.items(), key=lambda kv: order.get(kv[0], 999))
        )
        sessions.append(
            MeasurementOccasion(citizen_id, info.id, icode, iversion, date, entries, who[(icode, iversion, date)])
        )
    sessions.sort(key=lambda m: (m.date, m.instrument_code), reverse=True)

    # progression per instrument code (all versions joined on dimension codes)
    progs = []
    for code in sorted(by_code, key=lambda c: last_used[c], reverse=True):
        versions = sorted((i for i in infos.values() if i.code == code), key=lambda i: i.version)
        labels: dict[str, str] = {}
        order_codes: list[str] = []
        for v in reversed(versions):  # the newest version's labels and order win
            for d in v.dimensions:
                if d.code not in labels:
                    labels[d.code] = d.label
                    order_codes.append(d.code)
        progs.append(InstrumentProgression(versions[-1], labels, Progression(tuple(by_code[code]), tuple(order_codes))))
    return CitizenProgression(citizen_id, tuple(progs), tuple(sessions))


def _int(value: object) -> int | None:
    return value if isinstance(value, int) else None


def citizen_progression(
    db: Database, actor: Actor, citizen_id: uuid.UUID, *, reason: str | None = None
) -> CitizenProgression:
    """The progression of one citizen (for the chart, the table and the list of sessions)."""
    with db.read() as s:
        _check(s, actor, citizen_id, reason, Permission.VIEW_CITIZEN)
        return load_progression(s, citizen_id)


def progression_for_printout(db: Database, citizen_id: uuid.UUID) -> CitizenProgression:
    """A citizen's progression for the "Min plan" printout, in one read snapshot and without an access check of its
    own: the caller has the citizen open (:func:`planner_gui.services.plans.open_citizen` checked access and logged
    the view), and the print itself is logged by :func:`planner_gui.services.plans.record_print`."""
    with db.read() as s:
        return load_progression(s, citizen_id)


# ----------------------------------------------------------------------------------------------------- reminders


def reminder_days(session_or_db: Session | Database) -> int:
    """The configurable threshold (setting ``measurement_reminder_days``), default 90 days."""
    if isinstance(session_or_db, Database):
        with session_or_db.read() as s:
            return reminder_days(s)
    value = session_or_db.scalar(select(Setting.value).where(Setting.key == REMINDER_SETTING))
    try:
        days = int(value) if value is not None else DEFAULT_REMINDER_DAYS
    except ValueError:
        return DEFAULT_REMINDER_DAYS
    return days if days > 0 else DEFAULT_REMINDER_DAYS


def set_reminder_days(db: Database, actor: Actor, days: int) -> None:
    """Change the threshold (administrators)."""
    require(actor, Permission.SET_MEASURE_REMINDER)
    if not 1 <= days <= 3650:
        raise ValidationError(QT_TRANSLATE_NOOP("Meddelelser", "antal dage skal være mellem 1 og 3650"))
    with db.write() as s:
        row = s.get(Setting, REMINDER_SETTING)
        if row is None:
            s.add(Setting(key=REMINDER_SETTING, value=str(days)))
        else:
            row.value = str(days)
        audit.record(s, actor.initials, "update", entity="setting", entity_id=REMINDER_SETTING, details={"dage": days})


def last_measurement_dates(
    session_or_db: Session | Database, citizen_ids: Iterable[uuid.UUID]
) -> dict[uuid.UUID, dt.date | None]:
    """The date of each citizen's latest measurement (``None``: never measured). One grouped query per 900 ids."""
    ids = list(dict.fromkeys(citizen_ids))
    if isinstance(session_or_db, Database):
        with session_or_db.read() as s:
            return last_measurement_dates(s, ids)
    out: dict[uuid.UUID, dt.date | None] = dict.fromkeys(ids)
    for i in range(0, len(ids), 900):
        part = ids[i : i + 900]
        q = (
            select(Measurement.citizen_id, func.max(Measurement.date))
            .where(Measurement.citizen_id.in_(part))
            .group_by(Measurement.citizen_id)
        )
        for cid, last in session_or_db.execute(q):
            out[cid] = last
    return out


def days_since_last_measurement(
    session_or_db: Session | Database, citizen_ids: Iterable[uuid.UUID], today: dt.date | None = None
) -> dict[uuid.UUID, int | None]:
    """Days since each citizen's latest measurement (``None``: never measured), set-based for the caseload list.

    Compare with :func:`reminder_days` (or use :func:`needs_measurement`) to mark citizens due for a measurement.
    """
    today = today or dt.date.today()
    return {
        cid: (today - d).days if d is not None else None
        for cid, d in last_measurement_dates(session_or_db, citizen_ids).items()
    }


def needs_measurement(days: int | None, threshold: int = DEFAULT_REMINDER_DAYS) -> bool:
    """Due for a measurement: never measured, or the latest is more than ``threshold`` days old."""
    return days is None or days > threshold


__all__ = [
    "CitizenProgression",
    "InstrumentProgression",
    "MeasurementOccasion",
    "OccasionEntry",
    "OccasionKey",
    "citizen_progression",
    "days_since_last_measurement",
    "delete_occasion",
    "load_progression",
    "needs_measurement",
    "record_occasion",
    "reminder_days",
    "update_occasion",
]
