"""The shipped instrument files (``resources/instruments/*.yaml``): reading them, and who rates each dimension.

Plain file reading and rules, no database: the instrument services (``services.instruments``) install and validate
them, the demo generator and the measuring dialog follow ``vurderes_af``.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

from planner_gui.config import resources_dir
from planner_gui.domain.codes import RATERS
from planner_gui.domain.i18n import QT_TRANSLATE_NOOP
from planner_gui.errors import ValidationError


def shipped_instrument_files() -> list[Path]:
    return sorted((resources_dir() / "instruments").glob("*.yaml"))


def load_instrument_file(path: Path) -> dict[str, Any]:
    import yaml

    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as err:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Meddelelser", "{path}: kan ikke læses ({err})").format(path=path, err=err)
        ) from err
    errors = []
    for key in ("code", "name", "scale", "dimensions"):
        if not isinstance(data, dict) or key not in data:
            errors.append(QT_TRANSLATE_NOOP("Meddelelser", "{path}: nøglen {key!r} mangler").format(path=path, key=key))
    if errors:
        raise ValidationError(errors)
    return dict(data)


def parse_raters(value: object) -> tuple[str, ...] | None:
    """A ``vurderes_af`` value as raters in :data:`RATERS` order; None when it is not a non-empty list of raters."""
    if not isinstance(value, list) or not value or not all(isinstance(v, str) and v in RATERS for v in value):
        return None
    return tuple(r for r in RATERS if r in value)


@lru_cache(maxsize=1)
def _shipped_raters() -> dict[tuple[str, int], dict[str, tuple[str, ...]]]:
    out: dict[tuple[str, int], dict[str, tuple[str, ...]]] = {}
    for path in shipped_instrument_files():
        data = load_instrument_file(path)
        raters = {}
        for dim in data["dimensions"]:
            if isinstance(dim, dict) and "vurderes_af" in dim:
                raters[str(dim.get("code"))] = parse_raters(dim["vurderes_af"]) or RATERS
        out[(str(data["code"]), int(data.get("version", 1)))] = raters
    return out


def dimension_raters(instrument_code: str, version: int, dimension_code: str) -> tuple[str, ...]:
    """Who rates a dimension: from the shipped instrument file of that code and version, else both raters."""
    return _shipped_raters().get((instrument_code, version), {}).get(dimension_code, RATERS)
