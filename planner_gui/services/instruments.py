"""Progression instruments as data: seeded from ``resources/instruments/*.yaml`` into the database.

An administrator can add an instrument (from a file or from data), change one nobody has measured with, and retire
one. An instrument with measurements is never changed: a changed definition becomes its next version.

Who rates a dimension: ``vurderes_af: [sagsbehandler]`` on a dimension in the file means only the caseworker scores it
(the default is both, ``[borger, sagsbehandler]``). The database has no column for it (``instrument_dimensions`` holds
code, position, label and the two end texts), so it is not stored: :func:`dimension_raters` reads it from the shipped
file of the same code and version, which is the definition the rows were seeded from. An instrument an administrator
added from another file or from data gets the default (both); this needs a migration adding the column before it can
be kept for those. The dialog, the demo and anything else that asks goes through :attr:`DimensionInfo.raters`.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from planner_gui.domain.codes import RATERS
from planner_gui.domain.i18n import QT_TRANSLATE_NOOP
from planner_gui.domain.instrument_files import (
    dimension_raters,
    load_instrument_file,
    parse_raters,
    shipped_instrument_files,
)
from planner_gui.errors import NotFound, ValidationError
from planner_gui.services.auth import Actor
from planner_gui.services.permissions import Permission, require
from planner_gui.storage import audit
from planner_gui.storage.db import Database
from planner_gui.storage.tables import Instrument, InstrumentDimension, Measurement


def seed_instruments(session: Session, actor: str = "system") -> int:
    """Add shipped instruments the database does not hold yet (by code and version). Returns how many were added."""
    added = 0
    for path in shipped_instrument_files():
        data = load_instrument_file(path)
        version = int(data.get("version", 1))
        exists = session.scalar(
            select(Instrument.id).where(Instrument.code == data["code"], Instrument.instrument_version == version)
        )
        if exists is not None:
            continue
        lo, hi = data["scale"]
        inst = Instrument(
            code=data["code"],
            instrument_version=version,
            name=data["name"],
            description=data.get("description", ""),
            scale_min=int(lo),
            scale_max=int(hi),
            updated_by=actor,
        )
        session.add(inst)
        session.flush()
        for pos, dim in enumerate(data["dimensions"]):
            session.add(
                InstrumentDimension(
                    instrument_id=inst.id,
                    code=dim["code"],
                    position=pos,
                    label=dim["label"],
                    low_text=dim.get("low", ""),
                    high_text=dim.get("high", ""),
                    updated_by=actor,
                )
            )
        added += 1
    session.flush()
    return added


# ---------------------------------------------------------------------------------------------- reading and managing


@dataclass(frozen=True)
class DimensionInfo:
    id: uuid.UUID
    code: str
    label: str
    low: str
    high: str
    raters: tuple[str, ...] = RATERS  # who rates it: "borger" and/or "sagsbehandler" (see the module docstring)


@dataclass(frozen=True)
class InstrumentInfo:
    """An instrument version as the UI and the other services see it."""

    id: uuid.UUID
    code: str
    version: int
    name: str
    description: str
    scale_min: int
    scale_max: int
    retired: bool
    dimensions: tuple[DimensionInfo, ...]
    measurements: int = 0

    @property
    def scale(self) -> tuple[int, int]:
        return (self.scale_min, self.scale_max)

    @property
    def title(self) -> str:
        return f"{self.name} (version {self.version})" if self.version > 1 else self.name

    def dimension(self, code: str) -> DimensionInfo | None:
        return next((d for d in self.dimensions if d.code == code), None)


def instrument_info(session: Session, inst: Instrument, counts: dict[uuid.UUID, int] | None = None) -> InstrumentInfo:
    """The plain value of an instrument row (for services); ``counts`` of measurements per instrument when known."""
    dims = session.execute(
        select(InstrumentDimension)
        .where(InstrumentDimension.instrument_id == inst.id)
        .order_by(InstrumentDimension.position, InstrumentDimension.code)
    ).scalars()
    if counts is None:
        counts = _measurement_counts(session, [inst.id])
    return InstrumentInfo(
        id=inst.id,
        code=inst.code,
        version=inst.instrument_version,
        name=inst.name,
        description=inst.description,
        scale_min=inst.scale_min,
        scale_max=inst.scale_max,
        retired=inst.retired,
        dimensions=tuple(
            DimensionInfo(
                d.id,
                d.code,
                d.label,
                d.low_text,
                d.high_text,
                dimension_raters(inst.code, inst.instrument_version, d.code),
            )
            for d in dims
        ),
        measurements=counts.get(inst.id, 0),
    )


def _measurement_counts(session: Session, instrument_ids: list[uuid.UUID]) -> dict[uuid.UUID, int]:
    if not instrument_ids:
        return {}
    q = (
        select(InstrumentDimension.instrument_id, func.count(Measurement.id))
        .join(Measurement, Measurement.dimension_id == InstrumentDimension.id)
        .where(InstrumentDimension.instrument_id.in_(instrument_ids))
        .group_by(InstrumentDimension.instrument_id)
    )
    return {iid: int(n) for iid, n in session.execute(q)}


def list_instruments(
    db: Database, *, include_retired: bool = False, all_versions: bool = False
) -> list[InstrumentInfo]:
    """Instruments by code; by default only the newest version of each code that is not retired."""
    with db.read() as s:
        rows = list(s.execute(select(Instrument).order_by(Instrument.code, Instrument.instrument_version)).scalars())
        if not all_versions:
            newest: dict[str, Instrument] = {}
            for inst in rows:
                newest[inst.code] = inst
            rows = list(newest.values())
        if not include_retired:
            rows = [r for r in rows if not r.retired]
        counts = _measurement_counts(s, [r.id for r in rows])
        return [instrument_info(s, r, counts) for r in rows]


def get_instrument(db: Database, instrument_id: uuid.UUID) -> InstrumentInfo:
    with db.read() as s:
        inst = s.get(Instrument, instrument_id)
        if inst is None:
            raise NotFound(QT_TRANSLATE_NOOP("Meddelelser", "instrumentet findes ikke"))
        return instrument_info(s, inst)


_CODE = re.compile(r"^[a-z][a-z0-9_]{0,39}$")


def validate_instrument_data(data: object, where: str = "instrumentet") -> dict[str, Any]:
    """Check an instrument definition (as in ``resources/instruments/*.yaml``); every problem is listed."""
    errors: list[str] = []
    if not isinstance(data, dict):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Meddelelser", "{where}: skal være en tabel med nøglerne code, name, scale og dimensions"
            ).format(where=where)
        )
    known = {"code", "version", "name", "description", "scale", "dimensions"}
    for key in sorted(set(map(str, data)) - known):
        errors.append(QT_TRANSLATE_NOOP("Meddelelser", "{where}: ukendt nøgle {key!r}").format(where=where, key=key))
    for key in ("code", "name", "dimensions"):
        if key not in data:
            errors.append(
                QT_TRANSLATE_NOOP("Meddelelser", "{where}: nøglen {key!r} mangler").format(where=where, key=key)
            )
    code = data.get("code")
    if "code" in data and (not isinstance(code, str) or not _CODE.match(code)):
        errors.append(
            QT_TRANSLATE_NOOP(
                "Meddelelser", "{where}: code {code!r} skal være små bogstaver, tal og _ (højst 40 tegn)"
            ).format(where=where, code=code)
        )
    name = data.get("name")
    if "name" in data and (not isinstance(name, str) or not name.strip()):
        errors.append(QT_TRANSLATE_NOOP("Meddelelser", "{where}: name skal være en tekst").format(where=where))
    scale = data.get("scale", [1, 10])
    if not (
        isinstance(scale, list | tuple)
        and len(scale) == 2
        and all(type(x) is int for x in scale)
        and scale[0] < scale[1]
        and scale[1] - scale[0] <= 20
    ):
        errors.append(
            QT_TRANSLATE_NOOP(
                "Meddelelser", "{where}: scale skal være [laveste, højeste], hele tal, fx [1, 10]"
            ).format(where=where)
        )
    dims = data.get("dimensions")
    if "dimensions" in data and (not isinstance(dims, list) or not dims):
        errors.append(
            QT_TRANSLATE_NOOP("Meddelelser", "{where}: dimensions skal være en liste med mindst én dimension").format(
                where=where
            )
        )
        dims = []
    seen: set[str] = set()
    for i, dim in enumerate(dims or [], start=1):
        here = f"{where}: dimension {i}"
        if not isinstance(dim, dict):
            errors.append(
                QT_TRANSLATE_NOOP("Meddelelser", "{here}: skal have code, label, low og high").format(here=here)
            )
            continue
        for key in sorted(set(map(str, dim)) - {"code", "label", "low", "high", "vurderes_af"}):
            errors.append(QT_TRANSLATE_NOOP("Meddelelser", "{here}: ukendt nøgle {key!r}").format(here=here, key=key))
        if "vurderes_af" in dim and parse_raters(dim["vurderes_af"]) is None:
            errors.append(
                QT_TRANSLATE_NOOP(
                    "Meddelelser", "{here}: vurderes_af skal være en liste med borger og/eller sagsbehandler"
                ).format(here=here)
            )
        dcode = dim.get("code")
        if not isinstance(dcode, str) or not _CODE.match(dcode):
            errors.append(
                QT_TRANSLATE_NOOP("Meddelelser", "{here}: code {dcode!r} skal være små bogstaver, tal og _").format(
                    here=here, dcode=dcode
                )
            )
        elif dcode in seen:
            errors.append(
                QT_TRANSLATE_NOOP("Meddelelser", "{here}: code {dcode!r} står to gange").format(here=here, dcode=dcode)
            )
        else:
            seen.add(dcode)
        if not isinstance(dim.get("label"), str) or not dim["label"].strip():
            errors.append(QT_TRANSLATE_NOOP("Meddelelser", "{here}: label mangler").format(here=here))
        for key in ("low", "high"):
            if key in dim and not isinstance(dim[key], str):
                errors.append(
                    QT_TRANSLATE_NOOP("Meddelelser", "{here}: {key} skal være en tekst").format(here=here, key=key)
                )
    version = data.get("version", 1)
    if type(version) is not int or version < 1:
        errors.append(
            QT_TRANSLATE_NOOP("Meddelelser", "{where}: version skal være et helt tal, 1 eller højere").format(
                where=where
            )
        )
    if errors:
        raise ValidationError(errors)
    return dict(data)


def _content(data: dict[str, Any]) -> tuple[object, ...]:
    scale = data.get("scale", [1, 10])
    return (
        data["name"].strip(),
        str(data.get("description", "")).strip(),
        int(scale[0]),
        int(scale[1]),
        tuple(
            (d["code"], d["label"].strip(), d.get("low", "").strip(), d.get("high", "").strip())
            for d in data["dimensions"]
        ),
    )


def _info_content(info: InstrumentInfo) -> tuple[object, ...]:
    return (
        info.name,
        info.description.strip(),
        info.scale_min,
        info.scale_max,
        tuple((d.code, d.label, d.low, d.high) for d in info.dimensions),
    )


def _add_dimensions(session: Session, inst: Instrument, data: dict[str, Any], actor: str) -> None:
    for pos, dim in enumerate(data["dimensions"]):
        session.add(
            InstrumentDimension(
                instrument_id=inst.id,
                code=dim["code"],
                position=pos,
                label=dim["label"].strip(),
                low_text=dim.get("low", "").strip(),
                high_text=dim.get("high", "").strip(),
                updated_by=actor,
            )
        )


@dataclass(frozen=True)
class SaveResult:
    instrument: InstrumentInfo
    outcome: str  # "ny" (a new instrument), "ny_version" (the old one had measurements), "opdateret", "uaendret"


def save_instrument(db: Database, actor: Actor, data: object, *, where: str = "instrumentet") -> SaveResult:
    """Add an instrument, or change one (administrators only).

    An instrument nobody has measured with is changed in place. One with measurements is never changed: the new
    definition becomes the next version, and the old version is retired (its measurements keep pointing at it).
    """
    require(actor, Permission.MANAGE_INSTRUMENTS)
    clean = validate_instrument_data(data, where)
    with db.write() as s:
        versions = list(
            s.execute(
                select(Instrument).where(Instrument.code == clean["code"]).order_by(Instrument.instrument_version)
            ).scalars()
        )
        scale = clean.get("scale", [1, 10])
        if not versions:
            inst = Instrument(
                code=clean["code"],
                instrument_version=int(clean.get("version", 1)),
                name=clean["name"].strip(),
                description=str(clean.get("description", "")).strip(),
                scale_min=scale[0],
                scale_max=scale[1],
                updated_by=actor.initials,
            )
            s.add(inst)
            s.flush()
            _add_dimensions(s, inst, clean, actor.initials)
            outcome = "ny"
        else:
            newest = versions[-1]
            current = instrument_info(s, newest)
            if _info_content(current) == _content(clean) and not newest.retired:
                return SaveResult(current, "uaendret")
            if current.measurements == 0:
                newest.name = clean["name"].strip()
                newest.description = str(clean.get("description", "")).strip()
                newest.scale_min, newest.scale_max = scale[0], scale[1]
                newest.retired = False
                newest.updated_by = actor.initials
                s.execute(delete(InstrumentDimension).where(InstrumentDimension.instrument_id == newest.id))
                s.flush()
                _add_dimensions(s, newest, clean, actor.initials)
                inst, outcome = newest, "opdateret"
            else:
                for old in versions:
                    old.retired = True
                    old.updated_by = actor.initials
                inst = Instrument(
                    code=clean["code"],
                    instrument_version=newest.instrument_version + 1,
                    name=clean["name"].strip(),
                    description=str(clean.get("description", "")).strip(),
                    scale_min=scale[0],
                    scale_max=scale[1],
                    updated_by=actor.initials,
                )
                s.add(inst)
                s.flush()
                _add_dimensions(s, inst, clean, actor.initials)
                outcome = "ny_version"
        s.flush()
        info = instrument_info(s, inst)
        audit.record(
            s,
            actor.initials,
            "create" if outcome != "opdateret" else "update",
            entity="instrument",
            entity_id=inst.id,
            details={
                "kode": inst.code,
                "version": inst.instrument_version,
                "udfald": outcome,
                "dimensioner": len(info.dimensions),
            },
        )
        return SaveResult(info, outcome)


def add_instrument_from_file(db: Database, actor: Actor, path: str | Path) -> SaveResult:
    """:func:`save_instrument` with a YAML file in the format of ``resources/instruments``."""
    import yaml

    path = Path(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as err:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Meddelelser", "{path}: kan ikke læses ({err})").format(path=path, err=err)
        ) from err
    return save_instrument(db, actor, data, where=path.name)


def set_retired(db: Database, actor: Actor, instrument_id: uuid.UUID, retired: bool = True) -> InstrumentInfo:
    """Retire an instrument (no new measurements; old ones are kept and still shown), or bring it back."""
    require(actor, Permission.MANAGE_INSTRUMENTS)
    with db.write() as s:
        inst = s.get(Instrument, instrument_id)
        if inst is None:
            raise NotFound(QT_TRANSLATE_NOOP("Meddelelser", "instrumentet findes ikke"))
        if not retired:
            newer = s.scalar(
                select(Instrument.id).where(
                    Instrument.code == inst.code, Instrument.instrument_version > inst.instrument_version
                )
            )
            if newer is not None:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Meddelelser", "{name}: der findes en nyere version; den gamle kan ikke tages i brug igen"
                    ).format(name=inst.name)
                )
        inst.retired = retired
        inst.updated_by = actor.initials
        audit.record(
            s,
            actor.initials,
            "update",
            entity="instrument",
            entity_id=inst.id,
            details={"kode": inst.code, "version": inst.instrument_version, "udgaaet": retired},
        )
        s.flush()
        return instrument_info(s, inst)
