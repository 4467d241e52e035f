"""Citizens: the caseload, search over all citizens, and creating a citizen.

The list queries are built for a windowed table model over 100,000 citizens: each call returns one page of plain
rows (:class:`CitizenRow`), computed with one set-based query (the page's ids first, then the row values for just
those ids), never a query per row and never every row at once. Search text is matched by name (every word, anywhere
in the first or last name) or by CPR (digits with or without the dash, partial).

Searching is a read; :func:`record_search` writes the audit row for a finished search, with the query's kind and
length, never its text (it may hold CPR digits).
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from dataclasses import dataclass
from typing import Any, Literal

from sqlalchemy import ColumnElement, Select, and_, func, literal, or_, select
from sqlalchemy.orm import Session

from planner_gui.domain import cpr as cprmod
from planner_gui.domain import text as textrule
from planner_gui.domain.collation import danish_key
from planner_gui.domain.i18n import QT_TRANSLATE_NOOP, message_of
from planner_gui.errors import ValidationError
from planner_gui.services.auth import Actor
from planner_gui.services.permissions import Permission, ReasonRequired, check_citizen_access, require
from planner_gui.storage import audit, postgres
from planner_gui.storage.collation import danish
from planner_gui.storage.db import Database
from planner_gui.storage.tables import Assignment, BenefitPeriod, Citizen, Measurement, Plan, Staff

PAGE_SIZE = 100
MAX_NAME_LENGTH = 100
SORT_KEYS = ("name", "cpr", "target_group", "coordinator", "next_meeting", "last_measurement")
SortKey = Literal["name", "cpr", "target_group", "coordinator", "next_meeting", "last_measurement"]


@dataclass(frozen=True)
class CitizenRow:
    """One line of the caseload or search table (plain values, no ORM)."""

    id: uuid.UUID
    cpr: str  # ten digits
    first_name: str
    last_name: str
    target_group: str | None  # code of the current benefit period, None when none runs today
    coordinator: str | None  # "Name (initials)" of the current coordinating caseworker
    next_meeting: dt.date | None
    last_measurement: dt.date | None

    @property
    def name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()

    @property
    def cpr_formatted(self) -> str:
        return f"{self.cpr[:6]}-{self.cpr[6:]}" if len(self.cpr) == 10 else self.cpr

    def days_since_measurement(self, today: dt.date) -> int | None:
        return None if self.last_measurement is None else (today - self.last_measurement).days


@dataclass(frozen=True)
class SearchQuery:
    """A parsed search text: name words and/or a CPR pattern (SQL LIKE, on the ten stored digits)."""

    kind: Literal["empty", "name", "cpr", "mixed"]
    words: tuple[str, ...] = ()
    cpr_pattern: str | None = None

    @property
    def is_empty(self) -> bool:
        return self.kind == "empty"


_CPR_TOKEN = re.compile(r"^\d{1,6}-\d{0,4}$|^-\d{1,4}$|^\d+$")


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _cpr_pattern(token: str) -> str | None:
    """A LIKE pattern for a CPR fragment. With a dash, the dash fixes the position (``89-12`` = digits 5-8);
    without, the digits may stand anywhere. None when the token cannot be part of a CPR number."""
    if "-" in token:
        before, after = token.split("-", 1)
        if len(before) > 6 or len(after) > 4:
            return None
        return "_" * (6 - len(before)) + before + after + "%"
    if len(token) > 10:
        return None
    return f"%{token}%"


MAX_SEARCH_WORDS = 8


def parse_query(text: str) -> SearchQuery:
    """Split search text into name words and at most one CPR fragment."""
    # a search is a few words: the first MAX_SEARCH_WORDS are used (hundreds of words would make one SQL expression
    # too large for the database, "Expression tree is too large")
    tokens = [t for t in text.strip().split() if t][:MAX_SEARCH_WORDS]
    if len(tokens) > 1 and all(re.fullmatch(r"[\d-]+", t) for t in tokens):
        tokens = ["".join(tokens)]  # "120389 1234": a CPR number typed with a space
    words: list[str] = []
    pattern: str | None = None
    for tok in tokens:
        if _CPR_TOKEN.match(tok) and pattern is None:
            pattern = _cpr_pattern(tok)
            if pattern is None:
                pattern = "\x00"  # matches nothing: too many digits for a CPR number
        else:
            words.append(tok[:MAX_NAME_LENGTH])
    if pattern is None and not words:
        return SearchQuery("empty")
    kind: Literal["name", "cpr", "mixed"] = "mixed" if pattern and words else ("cpr" if pattern else "name")
    return SearchQuery(kind, tuple(words), pattern)


def _case_variants(word: str) -> list[str]:
    """SQLite's LIKE folds ASCII case only. Names are stored capitalised ("Søren", "Østergaard"), so a word is tried
    in lower case (matches inside a name) and, when its first letter is not ASCII, also capitalised (matches at the
    start of a name part). One or two LIKEs instead of one per case combination keeps the scan fast; names stored
    in capitals with non-ASCII letters inside ("SØREN") are the price."""
    lower = word.lower()
    variants = [lower]
    if lower and ord(lower[0]) > 127 and lower[0].upper() != lower[0]:
        variants.append(lower[0].upper() + lower[1:])
    return variants


def _name_condition(word: str, dialect: str) -> ColumnElement[bool]:
    """The word anywhere in the first or the last name. Two plain LIKEs per variant: about three times faster on
    SQLite than one LIKE on the concatenated name (no string built per row)."""
    pattern = f"%{_escape_like(word)}%"
    if dialect != "sqlite":
        return or_(Citizen.first_name.ilike(pattern, escape="\\"), Citizen.last_name.ilike(pattern, escape="\\"))
    variants = [f"%{_escape_like(v)}%" for v in _case_variants(word)]
    return or_(*(col.like(v, escape="\\") for v in variants for col in (Citizen.first_name, Citizen.last_name)))


def _where(query: SearchQuery, dialect: str) -> list[ColumnElement[bool]]:
    # the longest word first: it rules out most rows, so SQLite rarely evaluates the others
    words = sorted(query.words, key=len, reverse=True)
    conds: list[ColumnElement[bool]] = [_name_condition(w, dialect) for w in words]
    if query.cpr_pattern is not None:
        conds.append(Citizen.cpr.like(query.cpr_pattern))
    return conds


def _caseload_condition(actor: Actor, today: dt.date) -> ColumnElement[bool]:
    mine = select(Assignment.citizen_id).where(
        Assignment.staff_id == actor.staff_id,
        Assignment.start <= today,
        or_(Assignment.end.is_(None), Assignment.end >= today),
    )
    return Citizen.id.in_(mine)


# -- the row values, as correlated scalar subqueries evaluated only for one page of ids


def _current_target_group(today: dt.date) -> Any:
    return (
        select(BenefitPeriod.target_group)
        .where(
            BenefitPeriod.citizen_id == Citizen.id,
            BenefitPeriod.start <= today,
            or_(BenefitPeriod.end.is_(None), BenefitPeriod.end >= today),
        )
        .order_by(BenefitPeriod.start.desc())
        .limit(1)
        .scalar_subquery()
    )


def _coordinator(today: dt.date) -> Any:
    return (
        select(Staff.name + literal(" (") + Staff.initials + literal(")"))
        .join(Assignment, Assignment.staff_id == Staff.id)
        .where(
            Assignment.citizen_id == Citizen.id,
            Assignment.role == "koordinerende",
            Assignment.start <= today,
            or_(Assignment.end.is_(None), Assignment.end >= today),
        )
        .order_by(Assignment.start.desc())
        .limit(1)
        .scalar_subquery()
    )


def _next_meeting() -> Any:
    return select(Plan.next_meeting).where(Plan.citizen_id == Citizen.id).limit(1).scalar_subquery()


def _last_measurement() -> Any:
    return select(func.max(Measurement.date)).where(Measurement.citizen_id == Citizen.id).scalar_subquery()


def _order(sort: SortKey, descending: bool, today: dt.date) -> list[Any]:
    # names in Danish order on both databases (storage/collation.py: æ, ø, å after z, "aa" as "å")
    by_name = [danish(Citizen.last_name), danish(Citizen.first_name)]
    keys: dict[str, list[Any]] = {
        "name": by_name,
        "cpr": [Citizen.cpr],
        "target_group": [_current_target_group(today)],
        "coordinator": [danish(_coordinator(today))],
        "next_meeting": [_next_meeting()],
        "last_measurement": [_last_measurement()],
    }
    if sort not in keys:
        raise ValueError(f"unknown sort key {sort!r}")
    cols = [k.desc() if descending else k.asc() for k in keys[sort]]
    if sort != "name":
        cols += by_name
    return [*cols, Citizen.cpr]


def _page(
    session: Session,
    conds: list[ColumnElement[bool]],
    *,
    offset: int,
    limit: int,
    sort: SortKey,
    descending: bool,
    today: dt.date,
) -> list[CitizenRow]:
    # one statement: the page's ids (ordered, limited) in a subquery, the row values computed for just those
    ids: Select[Any] = (
        select(Citizen.id).where(and_(*conds)).order_by(*_order(sort, descending, today)).offset(offset).limit(limit)
    )
    rows = session.execute(
        select(
            Citizen.id,
            Citizen.cpr,
            Citizen.first_name,
            Citizen.last_name,
            _current_target_group(today).label("tg"),
            _coordinator(today).label("coordinator"),
            _next_meeting().label("next_meeting"),
            _last_measurement().label("last_measurement"),
        )
        .where(Citizen.id.in_(ids.scalar_subquery()))
        .order_by(*_order(sort, descending, today))
    ).all()
    return [
        CitizenRow(r.id, r.cpr, r.first_name, r.last_name, r.tg, r.coordinator, r.next_meeting, r.last_measurement)
        for r in rows
    ]


def _dialect(db: Database) -> str:
    return db.engine.dialect.name


def _on_server_search(db: Database, actor: Actor, text: str) -> bool:
    """Does this search go through the server's ``planner_search_citizens``? On the team database row-level security
    shows a caseworker or team lead only the caseload and grants; the server's search finds anyone (id, CPR, name)
    and logs the search itself. Administrators see every row and search as on SQLite."""
    return (
        _dialect(db) == "postgresql"
        and actor.role != "administrator"
        and len(text.strip()) >= postgres.MIN_SEARCH
        and not parse_query(text).is_empty
    )


def _sorted_rows(rows: list[CitizenRow], sort: SortKey, descending: bool) -> list[CitizenRow]:
    by_name = sorted(rows, key=lambda r: (danish_key(r.last_name), danish_key(r.first_name), r.cpr))
    if sort == "name":
        return by_name[::-1] if descending else by_name
    if sort not in SORT_KEYS:
        raise ValueError(f"unknown sort key {sort!r}")
    present = [r for r in by_name if getattr(r, sort) is not None]
    absent = [r for r in by_name if getattr(r, sort) is None]
    key = (lambda r: danish_key(r.coordinator)) if sort == "coordinator" else (lambda r: getattr(r, sort))
    return sorted(present, key=key, reverse=descending) + absent


def _server_hits(s: Session, text: str, sort: SortKey, descending: bool, today: dt.date) -> list[CitizenRow]:
    """Every hit of the server's search (at most 50), sorted. A hit the user may read (caseload, grant) gets its
    whole row; any other has only what the server's hit list gives (id, CPR, name)."""
    hits = postgres.search_citizens(s, " ".join(text.split()))
    if not hits:
        return []
    ids = [h.citizen_id for h in hits]
    readable = {
        r.id: r
        for r in _page(s, [Citizen.id.in_(ids)], offset=0, limit=len(ids), sort="name", descending=False, today=today)
    }
    rows = [
        readable.get(h.citizen_id) or CitizenRow(h.citizen_id, h.cpr, h.first_name, h.last_name, None, None, None, None)
        for h in hits
    ]
    return _sorted_rows(rows, sort, descending)


# -- the public functions


def search(
    db: Database,
    actor: Actor,
    text: str,
    *,
    offset: int = 0,
    limit: int = PAGE_SIZE,
    sort: SortKey = "name",
    descending: bool = False,
    today: dt.date | None = None,
) -> list[CitizenRow]:
    """One page of all citizens matching ``text`` (a read; see :func:`record_search` for the audit row)."""
    require(actor, Permission.SEARCH_CITIZENS)
    query = parse_query(text)
    if query.is_empty:
        return []
    today = today or dt.date.today()
    if _on_server_search(db, actor, text):
        with db.write() as s:  # the server appends the search to the audit log
            return _server_hits(s, text, sort, descending, today)[offset : offset + limit]
    with db.read() as s:
        return _page(
            s,
            _where(query, _dialect(db)),
            offset=offset,
            limit=limit,
            sort=sort,
            descending=descending,
            today=today,
        )


def count_search(db: Database, actor: Actor, text: str) -> int:
    require(actor, Permission.SEARCH_CITIZENS)
    query = parse_query(text)
    if query.is_empty:
        return 0
    if _on_server_search(db, actor, text):
        with db.write() as s:
            return len(postgres.search_citizens(s, " ".join(text.split())))
    with db.read() as s:
        return int(s.scalar(select(func.count()).select_from(Citizen).where(and_(*_where(query, _dialect(db))))) or 0)


def record_search(db: Database, actor: Actor, text: str, hits: int) -> None:
    """Audit a finished search: its kind, length and number of hits, never the text (it may hold CPR digits).

    A search through the server's ``planner_search_citizens`` was logged by the server: no second entry."""
    require(actor, Permission.SEARCH_CITIZENS)
    if _on_server_search(db, actor, text):
        return
    query = parse_query(text)
    with db.write() as s:
        audit.record(
            s,
            actor.initials,
            "search",
            entity="citizen",
            details={"art": query.kind, "laengde": len(text.strip()), "ord": len(query.words), "fund": hits},
        )


def caseload(
    db: Database,
    actor: Actor,
    *,
    offset: int = 0,
    limit: int = PAGE_SIZE,
    sort: SortKey = "name",
    descending: bool = False,
    today: dt.date | None = None,
) -> list[CitizenRow]:
    """One page of the actor's own caseload: citizens with a current (primary or coordinating) assignment to them."""
    if actor.staff_id is None:
        return []
    today = today or dt.date.today()
    with db.read() as s:
        return _page(
            s,
            [_caseload_condition(actor, today)],
            offset=offset,
            limit=limit,
            sort=sort,
            descending=descending,
            today=today,
        )


def count_caseload(db: Database, actor: Actor, *, today: dt.date | None = None) -> int:
    if actor.staff_id is None:
        return 0
    today = today or dt.date.today()
    with db.read() as s:
        stmt = select(func.count()).select_from(Citizen).where(_caseload_condition(actor, today))
        return int(s.scalar(stmt) or 0)


def needs_reason(db: Database, actor: Actor, citizen_id: uuid.UUID) -> bool:
    """Must the actor state a reason to open this citizen (outside their caseload, or not a caseworker)?"""
    with db.read() as s:
        try:
            check_citizen_access(s, actor, citizen_id, None)
        except ReasonRequired:
            return True
    return False


def get_row(db: Database, actor: Actor, citizen_id: uuid.UUID, *, today: dt.date | None = None) -> CitizenRow:
    """The table row of one citizen (for showing a citizen just created)."""
    require(actor, Permission.SEARCH_CITIZENS)
    with db.read() as s:
        rows = _page(
            s,
            [Citizen.id == citizen_id],
            offset=0,
            limit=1,
            sort="name",
            descending=False,
            today=today or dt.date.today(),
        )
    if not rows:
        from planner_gui.errors import NotFound

        raise NotFound(QT_TRANSLATE_NOOP("Meddelelser", "borgeren findes ikke"))
    return rows[0]


def _clean_name(value: str, label: str, errors: list[str]) -> str:
    try:  # no control or bidi characters, not only invisible ones; NFC (domain/text.py)
        value = " ".join(textrule.clean_name(value).split())
    except textrule.TextError as err:
        errors.append(QT_TRANSLATE_NOOP("Meddelelser", "{label} {err}").format(label=label, err=message_of(err)))
        return value
    if len(value) > MAX_NAME_LENGTH:
        errors.append(
            QT_TRANSLATE_NOOP("Meddelelser", "{label} må højst have {max_name_length} tegn").format(
                label=label, max_name_length=MAX_NAME_LENGTH
            )
        )
    return value


def create_citizen(
    db: Database, actor: Actor, cpr: str, first_name: str, last_name: str, *, today: dt.date | None = None
) -> uuid.UUID:
    """Create a citizen with an empty plan. A caseworker who creates a citizen becomes the primary caseworker
    from today. A CPR number already held is an error (nothing is written)."""
    require(actor, Permission.CREATE_CITIZEN)
    errors: list[str] = []
    digits = ""
    try:
        digits = cprmod.normalize(cpr)
    except cprmod.CprError as err:
        errors.append(QT_TRANSLATE_NOOP("Meddelelser", "CPR-nummer: {err}").format(err=message_of(err)))
    first = _clean_name(first_name, QT_TRANSLATE_NOOP("Meddelelser", "Fornavn"), errors)
    last = _clean_name(last_name, QT_TRANSLATE_NOOP("Meddelelser", "Efternavn"), errors)
    if errors:
        raise ValidationError(errors)
    today = today or dt.date.today()
    duplicate = ValidationError(
        QT_TRANSLATE_NOOP("Meddelelser", "CPR-nummer: der findes allerede en borger med CPR-nummeret {cpr}").format(
            cpr=f"{digits[:6]}-{digits[6:]}"
        )
    )
    with db.write() as s:  # BEGIN IMMEDIATE: no other writer can insert the same CPR between check and insert
        assigned = None
        if postgres.on_server(s) and actor.role == "sagsbehandler":
            # row-level security hides other caseloads and would refuse the new row: the server's function checks
            # the CPR number everywhere and makes the caller the primary caseworker (migration 0007)
            citizen_id = uuid.uuid4()
            if not postgres.create_citizen(s, citizen_id, digits, first, last, today):
                raise duplicate
            assigned = actor.initials
        else:
            if s.scalar(select(Citizen.id).where(Citizen.cpr == digits)) is not None:
                raise duplicate
            citizen = Citizen(cpr=digits, first_name=first, last_name=last, updated_by=actor.initials)
            s.add(citizen)
            s.flush()
            citizen_id = citizen.id
            if actor.role == "sagsbehandler" and actor.staff_id is not None:
                s.add(
                    Assignment(
                        citizen_id=citizen_id,
                        staff_id=actor.staff_id,
                        role="primaer",
                        start=today,
                        updated_by=actor.initials,
                    )
                )
                assigned = actor.initials
        s.add(Plan(citizen_id=citizen_id, updated_by=actor.initials))
        audit.record(
            s,
            actor.initials,
            "create",
            entity="citizen",
            entity_id=citizen_id,
            citizen_ref=citizen_id,
            details={"primaer": assigned} if assigned else {},
        )
        return citizen_id
