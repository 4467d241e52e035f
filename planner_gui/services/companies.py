"""Companies (virksomheder): register one with a validated CVR number, list and search them.

Companies are not personal data, so reading them writes no audit row; registering one does.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from itertools import islice

from sqlalchemy import select

from planner_gui.domain import cvr as cvrmod
from planner_gui.domain import text as textrule
from planner_gui.domain.i18n import QT_TRANSLATE_NOOP, message_of
from planner_gui.errors import ValidationError
from planner_gui.services.auth import Actor
from planner_gui.services.permissions import Permission, require
from planner_gui.storage import audit
from planner_gui.storage.collation import danish
from planner_gui.storage.db import Database
from planner_gui.storage.tables import Company

MAX_NAME = 200


@dataclass(frozen=True)
class CompanyRow:
    id: uuid.UUID
    cvr: str
    name: str
    social_economy: bool

    @property
    def label(self) -> str:
        return f"{self.name} (CVR {self.cvr})"


def _row(c: Company) -> CompanyRow:
    return CompanyRow(c.id, c.cvr, c.name, bool(c.social_economy))


def register_company(db: Database, actor: Actor, cvr: str, name: str, social_economy: bool = False) -> CompanyRow:
    """Register a company. The CVR number must pass the modulus-11 check and must not be registered already."""
    require(actor, Permission.MANAGE_COMPANIES)
    digits = cvrmod.normalize(cvr)  # raises CvrError (a UserError) with a Danish message
    try:  # no control or bidi characters, not only invisible ones; NFC (domain/text.py)
        name = " ".join(textrule.clean_name(name).split())
    except textrule.TextError as err:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Meddelelser", "virksomhedens navn {err}").format(err=message_of(err))
        ) from None
    if len(name) > MAX_NAME:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Meddelelser", "virksomhedens navn må højst have {max_name} tegn").format(
                max_name=MAX_NAME
            )
        )
    with db.write() as s:
        existing = s.scalar(select(Company).where(Company.cvr == digits))
        if existing is not None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Meddelelser", "CVR-nummeret {digits} er allerede registreret som {name!r}").format(
                    digits=digits, name=existing.name
                )
            )
        company = Company(cvr=digits, name=name, social_economy=social_economy, updated_by=actor.initials)
        s.add(company)
        s.flush()
        audit.record(
            s,
            actor.initials,
            "create",
            entity="company",
            entity_id=company.id,
            details={"cvr": digits, "navn": name, "socialoekonomisk": social_economy},
        )
        return _row(company)


def get_company(db: Database, company_id: uuid.UUID) -> CompanyRow | None:
    with db.read() as s:
        c = s.get(Company, company_id)
        return _row(c) if c is not None else None


def search_companies(db: Database, text: str = "", limit: int = 50) -> tuple[CompanyRow, ...]:
    """Companies whose name contains ``text`` in any case (``øster`` finds ``Østerbro Auto``) or whose CVR number
    starts with its digits, by name.

    The name is matched here, not in SQL: SQLite's ``lower()`` and ``LIKE`` fold ASCII letters only, so the laptop
    found fewer companies than the team server for the same text. A job centre has hundreds of companies."""
    text = text.strip()
    q = select(Company).order_by(danish(Company.name), Company.cvr)
    with db.read() as s:
        if not text:
            return tuple(_row(c) for c in s.scalars(q.limit(limit)))
        needle = text.casefold()
        digits = "".join(ch for ch in text if ch.isdigit())
        hits = (c for c in s.scalars(q) if needle in c.name.casefold() or (digits and c.cvr.startswith(digits)))
        return tuple(_row(c) for c in islice(hits, limit))


def list_companies(db: Database) -> tuple[CompanyRow, ...]:
    """Every company, by name (a job centre works with hundreds, not millions)."""
    with db.read() as s:
        return tuple(_row(c) for c in s.scalars(select(Company).order_by(danish(Company.name), Company.cvr)))
