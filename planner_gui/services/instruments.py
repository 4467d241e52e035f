"""Progression instruments as data: seeded from ``resources/instruments/*.yaml`` into the database."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from planner_gui.config import resources_dir
from planner_gui.errors import ValidationError
from planner_gui.storage.tables import Instrument, InstrumentDimension


def shipped_instrument_files() -> list[Path]:
    return sorted((resources_dir() / "instruments").glob("*.yaml"))


def load_instrument_file(path: Path) -> dict[str, Any]:
    import yaml

    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as err:
        raise ValidationError(f"{path}: kan ikke læses ({err})") from err
    errors = []
    for key in ("code", "name", "scale", "dimensions"):
        if not isinstance(data, dict) or key not in data:
            errors.append(f"{path}: nøglen {key!r} mangler")
    if errors:
        raise ValidationError(errors)
    return dict(data)


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
            code=data["code"], instrument_version=version, name=data["name"],
            description=data.get("description", ""), scale_min=int(lo), scale_max=int(hi), updated_by=actor,
        )
        session.add(inst)
        session.flush()
        for pos, dim in enumerate(data["dimensions"]):
            session.add(
                InstrumentDimension(
                    instrument_id=inst.id, code=dim["code"], position=pos, label=dim["label"],
                    low_text=dim.get("low", ""), high_text=dim.get("high", ""), updated_by=actor,
                )
            )
        added += 1
    session.flush()
    return added
