"""The database schema as SQLAlchemy 2 typed ORM classes.

Every table has a UUID primary key (records made on two laptops never collide). Every row a user edits carries a
version counter (optimistic locking through SQLAlchemy's ``version_id_col``) and ``updated_at``/``updated_by``.
The audit log is the exception: an append-only chain with an integer sequence.

ORM classes never leave :mod:`planner_gui.storage` and :mod:`planner_gui.services`; the UI sees plain rows.
"""

# No ``from __future__ import annotations`` here: SQLAlchemy would then evaluate every ``Mapped[...]`` annotation from
# its text (424 of them, about 10 ms of the login, issue 17). A class named before it is defined is written as text.
import datetime as dt
import uuid
from typing import Any

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    Uuid,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column, relationship

from planner_gui.domain.lockout import utcnow as utcnow  # now in UTC without a time zone, without SQLAlchemy

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Tracked:
    """Columns every user-edited row carries: UUID key, version counter, who changed it and when."""

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False, default=utcnow, onupdate=utcnow)
    updated_by: Mapped[str | None] = mapped_column(String(16))

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        return {"version_id_col": cls.__table__.c.version}  # type: ignore[attr-defined]


class Staff(Tracked, Base):
    """A member of staff (medarbejder) and, when a password is set, a user of the app."""

    __tablename__ = "staff"
    initials: Mapped[str] = mapped_column(String(16), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    team: Mapped[str] = mapped_column(String(100), default="")
    role: Mapped[str] = mapped_column(String(20))
    # contact details for "Min plan" (alembic 0009): '' when unknown; the shapes are domain/contact.py's
    phone: Mapped[str] = mapped_column(String(20), default="", server_default="")
    email: Mapped[str] = mapped_column(String(254), default="", server_default="")
    # deferred: loaded only when read (the login), so a Staff row loads on the team database, where only
    # administrators may read this column (column privileges)
    password_hash: Mapped[str | None] = mapped_column(String(200), deferred=True)
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[dt.datetime | None] = mapped_column(DateTime)
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    __table_args__ = (CheckConstraint("role IN ('sagsbehandler','teamleder','administrator')", name="role"),)


class Company(Tracked, Base):
    __tablename__ = "companies"
    cvr: Mapped[str] = mapped_column(String(8), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    social_economy: Mapped[bool] = mapped_column(Boolean, default=False)


class Citizen(Tracked, Base):
    __tablename__ = "citizens"
    cpr: Mapped[str] = mapped_column(String(10), unique=True)
    first_name: Mapped[str] = mapped_column(String(100))
    last_name: Mapped[str] = mapped_column(String(100), index=True)

    plan: Mapped["Plan | None"] = relationship(back_populates="citizen", uselist=False)

    # covering index for the search (alembic 0002): name order without table lookups
    __table_args__ = (Index("ix_citizens_search", "last_name", "first_name", "cpr", "id"),)


class Plan(Tracked, Base):
    """The one coherent plan (én samlet plan): the citizen's own goal first."""

    __tablename__ = "plans"
    citizen_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("citizens.id", ondelete="CASCADE"), unique=True)
    own_goal: Mapped[str] = mapped_column(Text, default="")
    job_goal: Mapped[str] = mapped_column(Text, default="")
    next_step: Mapped[str] = mapped_column(Text, default="")
    next_meeting: Mapped[dt.date | None] = mapped_column(Date)
    handover_note: Mapped[str] = mapped_column(Text, default="")
    handover_from: Mapped[str | None] = mapped_column(String(16))

    citizen: Mapped[Citizen] = relationship(back_populates="plan")


class SubGoal(Tracked, Base):
    __tablename__ = "sub_goals"
    citizen_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("citizens.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(20), default="ikke_startet")
    start: Mapped[dt.date | None] = mapped_column(Date)
    deadline: Mapped[dt.date | None] = mapped_column(Date)


class BenefitPeriod(Tracked, Base):
    __tablename__ = "benefit_periods"
    citizen_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("citizens.id", ondelete="CASCADE"))
    target_group: Mapped[str] = mapped_column(String(40))
    start: Mapped[dt.date] = mapped_column(Date)
    end: Mapped[dt.date | None] = mapped_column(Date)

    __table_args__ = (
        Index("ix_benefit_periods_citizen", "citizen_id", "start"),
        Index("ix_benefit_periods_group", "target_group", "start"),
        CheckConstraint('"end" IS NULL OR "end" >= start', name="dates"),
    )


class Assignment(Tracked, Base):
    """A caseworker assigned to a citizen (koordinerende or primaer) over an interval."""

    __tablename__ = "assignments"
    citizen_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("citizens.id", ondelete="CASCADE"))
    staff_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("staff.id"), index=True)
    role: Mapped[str] = mapped_column(String(20))
    start: Mapped[dt.date] = mapped_column(Date)
    end: Mapped[dt.date | None] = mapped_column(Date)

    __table_args__ = (
        Index("ix_assignments_citizen", "citizen_id", "start"),
        CheckConstraint('"end" IS NULL OR "end" >= start', name="dates"),
    )


class Effort(Tracked, Base):
    """An effort (indsats) from any department."""

    __tablename__ = "efforts"
    citizen_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("citizens.id", ondelete="CASCADE"))
    category: Mapped[str] = mapped_column(String(40))
    responsible: Mapped[str] = mapped_column(String(40))
    company_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("companies.id"), index=True)
    start: Mapped[dt.date] = mapped_column(Date)
    end: Mapped[dt.date | None] = mapped_column(Date)
    hours_per_week: Mapped[float | None] = mapped_column(Float)
    note: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (
        Index("ix_efforts_citizen", "citizen_id", "start"),
        Index("ix_efforts_category", "category", "start"),
        CheckConstraint('"end" IS NULL OR "end" >= start', name="dates"),
        CheckConstraint("hours_per_week IS NULL OR hours_per_week >= 0", name="hours"),
    )


class OrdinaryHours(Tracked, Base):
    """Paid ordinary hours in one month (``month`` is the first day of that month)."""

    __tablename__ = "ordinary_hours"
    citizen_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("citizens.id", ondelete="CASCADE"))
    month: Mapped[dt.date] = mapped_column(Date)
    hours: Mapped[float] = mapped_column(Float)

    __table_args__ = (
        Index("ix_ordinary_hours_citizen", "citizen_id", "month"),
        CheckConstraint("hours >= 0", name="hours"),
    )


class Instrument(Tracked, Base):
    """A progression instrument: a named, versioned set of dimensions. Data, not code."""

    __tablename__ = "instruments"
    code: Mapped[str] = mapped_column(String(40))
    instrument_version: Mapped[int] = mapped_column(Integer, default=1)
    name: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    scale_min: Mapped[int] = mapped_column(Integer, default=1)
    scale_max: Mapped[int] = mapped_column(Integer, default=10)
    retired: Mapped[bool] = mapped_column(Boolean, default=False)

    dimensions: Mapped[list["InstrumentDimension"]] = relationship(
        back_populates="instrument", order_by="InstrumentDimension.position"
    )
    __table_args__ = (UniqueConstraint("code", "instrument_version", name="code_version"),)


class InstrumentDimension(Tracked, Base):
    __tablename__ = "instrument_dimensions"
    instrument_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("instruments.id", ondelete="CASCADE"))
    code: Mapped[str] = mapped_column(String(40))
    position: Mapped[int] = mapped_column(Integer, default=0)
    label: Mapped[str] = mapped_column(String(200))
    low_text: Mapped[str] = mapped_column(Text, default="")
    high_text: Mapped[str] = mapped_column(Text, default="")

    instrument: Mapped[Instrument] = relationship(back_populates="dimensions")
    __table_args__ = (UniqueConstraint("instrument_id", "code", name="instrument_code"),)


class Measurement(Tracked, Base):
    """One score on one dimension, on one date, by one rater (borger or sagsbehandler)."""

    __tablename__ = "measurements"
    citizen_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("citizens.id", ondelete="CASCADE"))
    dimension_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("instrument_dimensions.id"), index=True)
    date: Mapped[dt.date] = mapped_column(Date)
    score: Mapped[int] = mapped_column(Integer)
    rater: Mapped[str] = mapped_column(String(20))
    note: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (
        Index("ix_measurements_citizen", "citizen_id", "date"),
        CheckConstraint("rater IN ('borger','sagsbehandler')", name="rater"),
    )


class Exit(Tracked, Base):
    """An exit (afgang) from the job centre's caseload."""

    __tablename__ = "exits"
    citizen_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("citizens.id", ondelete="CASCADE"))
    date: Mapped[dt.date] = mapped_column(Date)
    type: Mapped[str] = mapped_column(String(20))

    __table_args__ = (Index("ix_exits_citizen", "citizen_id", "date"),)


class Note(Tracked, Base):
    """A meeting or journal note on a citizen's case."""

    __tablename__ = "notes"
    citizen_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("citizens.id", ondelete="CASCADE"), index=True)
    date: Mapped[dt.date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(20), default="note")  # note | moede | overdragelse
    text: Mapped[str] = mapped_column(Text, default="")
    author: Mapped[str | None] = mapped_column(String(16))


class Draft(Base):
    """Unsaved text a caseworker is typing (kept every few seconds), offered back after a crash."""

    __tablename__ = "drafts"
    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    citizen_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("citizens.id", ondelete="CASCADE"))
    user: Mapped[str] = mapped_column(String(16))
    kind: Mapped[str] = mapped_column(String(40), default="plan")
    payload: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    __table_args__ = (UniqueConstraint("citizen_id", "user", "kind", name="owner"),)


class AuditEntry(Base):
    """The append-only audit log. Each entry carries the hash of the previous one (a tamper-evident chain).

    ``citizen_ref`` is the citizen's UUID (never the CPR number), so that deleting a citizen's personal fields leaves
    the audit trail pseudonymous but intact.
    """

    __tablename__ = "audit_log"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    ts: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    user: Mapped[str] = mapped_column(String(16))
    action: Mapped[str] = mapped_column(String(20))
    entity: Mapped[str] = mapped_column(String(40), default="")
    entity_id: Mapped[str] = mapped_column(String(40), default="")
    citizen_ref: Mapped[str | None] = mapped_column(String(40), index=True)
    reason: Mapped[str] = mapped_column(Text, default="")
    details: Mapped[str] = mapped_column(Text, default="")
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))

    __table_args__ = (Index("ix_audit_log_ts", "ts"),)


class AuditPurge(Base):
    """A permit for one purge of the audit log: entries up to ``up_to_seq`` may be deleted (append-only).

    ``anchor_hash`` is the hash of the last purged entry, which the first remaining entry's ``prev_hash`` must equal.
    """

    __tablename__ = "audit_purges"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    ts: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    user: Mapped[str] = mapped_column(String(16))
    up_to_seq: Mapped[int] = mapped_column(Integer)
    anchor_hash: Mapped[str] = mapped_column(String(64))


class Setting(Base):
    """Database-wide settings (retention, reminder days, lock-out), as text."""

    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class AccessGrant(Base):
    """Break-the-glass: a member of staff may see a citizen outside their caseload for a stated, logged reason.

    On the team database (PostgreSQL) the row-level security of every table with personal data lets a user see the
    citizens of their current caseload plus those they hold an unexpired grant for; a grant is made only by the
    ``SECURITY DEFINER`` function ``planner_grant_access``, which writes the audit entry in the same transaction.
    """

    __tablename__ = "access_grants"
    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    staff_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("staff.id"), index=True)
    citizen_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("citizens.id", ondelete="CASCADE"), index=True)
    reason: Mapped[str] = mapped_column(Text)
    granted_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    expires_at: Mapped[dt.datetime] = mapped_column(DateTime)


#: Views (not tables): kept out of ``Base.metadata`` so that nothing ever tries to create them as tables.
views = MetaData()
#: ``citizen_birth``: each citizen's birth date as the integer YYYYMMDD, worked out from the CPR number (century from
#: the 7th digit, DOMAIN.md). Reports filter on age through it, so a team lead's report never reads a CPR number: on
#: the team database the view is the only way a team lead reaches anything of the ``citizens`` table beyond their
#: grants.
CITIZEN_BIRTH = Table(
    "citizen_birth",
    views,
    Column("citizen_id", Uuid, primary_key=True),
    Column("birth_key", Integer),
)


# ---------------------------------------------------------------------------------------- offline work (issue 15)


class Checkout(Base):
    """A citizen taken out to a laptop for offline work (``planner-gui checkout``), until checked in.

    On the server it tells colleagues who has the citizen out, to which laptop and since when; the laptop keeps the
    same row for its own citizens. ``released_at`` is set at check-in."""

    __tablename__ = "checkouts"
    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    citizen_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("citizens.id", ondelete="CASCADE"), index=True)
    initials: Mapped[str] = mapped_column(String(16))
    laptop_id: Mapped[str] = mapped_column(String(40))
    since: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    released_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class SyncBase(Base):
    """The laptop's untouched copy of a row as last agreed with the server (the base of the three-way merge)."""

    __tablename__ = "sync_base"
    table_name: Mapped[str] = mapped_column(String(40), primary_key=True)
    row_id: Mapped[str] = mapped_column(String(40), primary_key=True)
    citizen_id: Mapped[str] = mapped_column(String(40), index=True)
    version: Mapped[int] = mapped_column(Integer, default=1)
    data: Mapped[str] = mapped_column(Text)


class SyncConflict(Base):
    """A field changed on the laptop and on the server to different values: both kept until ``resolve``."""

    __tablename__ = "sync_conflicts"
    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    citizen_id: Mapped[str] = mapped_column(String(40), index=True)
    cpr: Mapped[str] = mapped_column(String(10))
    table_name: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[str] = mapped_column(String(40))
    column: Mapped[str] = mapped_column(String(40))
    field: Mapped[str] = mapped_column(String(60))
    base: Mapped[str] = mapped_column(Text, default="null")
    mine: Mapped[str] = mapped_column(Text, default="null")
    theirs: Mapped[str] = mapped_column(Text, default="null")
    changed_by: Mapped[str] = mapped_column(String(16), default="")
    changed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    resolution: Mapped[str | None] = mapped_column(String(10))  # None (open) | her | server
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    __table_args__ = (UniqueConstraint("table_name", "row_id", "column", name="cell"),)


class SyncRun(Base):
    """One sync, recorded on both sides under the same id: an interrupted sync is recognised when run again."""

    __tablename__ = "sync_runs"
    sync_id: Mapped[str] = mapped_column(String(40), primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    initials: Mapped[str] = mapped_column(String(16))
    laptop_id: Mapped[str] = mapped_column(String(40))
    details: Mapped[str] = mapped_column(Text, default="")


class SyncQuarantine(Base):
    """A citizen the last sync could not merge (an error, or no longer visible on the server): kept, reported."""

    __tablename__ = "sync_quarantine"
    citizen_id: Mapped[str] = mapped_column(String(40), primary_key=True)
    cpr: Mapped[str] = mapped_column(String(10))
    reason: Mapped[str] = mapped_column(Text)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
