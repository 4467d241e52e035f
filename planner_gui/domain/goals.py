"""Goal files: a municipality's employment plan as data (CONTRACT.md section 3).

Pure Python: no Qt, no database. :func:`load_goal_file` and :func:`parse_goal_text` read a YAML goal file
with a safe loader that remembers the line of every key and list item, validate all of it, and either return
a :class:`GoalFile` or raise one :class:`GoalFileError` that lists *every* problem found, each as
``file:line: reason``.

Validation beyond the contract's wording (documented here so the README can point to it):

- ``id``, ``titel``, ``kilde``, ``instrument``, ``dimension`` and ``naevner_kilde`` must be non-empty text
  (quote an id such as ``"2"`` that YAML would read as a number).
- ``baseline`` and ``maalvaerdi`` of a share measure (``andel_*``) must lie within 0..1 (write 32 % as 0.32);
  counts, durations and caseworker changes must not be negative. ``gns_progression`` may be negative.
- Code lists must not be empty and must not repeat a code; a key may not appear twice in one mapping.
- The file must hold at least one goal.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any, Final

import yaml

from planner_gui.domain.codes import (
    COMPANY_BASED_CATEGORIES,
    EFFORT_CATEGORIES,
    EXIT_TYPES,
    TARGET_GROUPS,
)
from planner_gui.domain.i18n import QT_TRANSLATE_NOOP, shape
from planner_gui.errors import ValidationError

__all__ = [
    "COMPANY_BASED_ALIAS",
    "COUNTINGS",
    "DIRECTIONS",
    "FULLTIME_MEASURES",
    "MEASURE_TYPES",
    "Goal",
    "GoalFile",
    "GoalFileError",
    "Measure",
    "Population",
    "expand_categories",
    "list_shipped_goal_files",
    "load_goal_file",
    "parse_goal_text",
    "plan_years",
    "resolve_goal_file",
    "shipped_goals_dir",
]

#: In ``kategorier``, this word stands for the seven company-based effort categories.
COMPANY_BASED_ALIAS: Final = "virksomhedsrettet"

DIRECTIONS: Final = ("op", "ned")

_TOP_REQUIRED: Final = ("kommune", "plan", "goals")
_GOAL_REQUIRED: Final = ("id", "titel", "maal", "maalvaerdi", "retning")
_GOAL_OPTIONAL: Final = ("population", "baseline", "kilde", "antagelse")
_POPULATION_KEYS: Final = ("maalgrupper", "alder", "langtidsforsoerget", "opgoerelse")

#: How a population is counted (``population.opgoerelse``, CONTRACT.md section 3): distinct persons over the period
#: (the default), the stock on the period's last day, or full-time persons (days covered / days of the period).
COUNTINGS: Final = ("personer", "bestand", "fuldtid")
#: The measures that may be counted in full-time persons: their value is the full-time figure itself.
FULLTIME_MEASURES: Final = frozenset({"antal_borgere", "andel_af_naevner"})

# Parameter kinds for measure parameters.
_CATEGORIES: Final = "categories"
_EXITS: Final = "exits"
_TEXT: Final = "text"
_BOOL: Final = "bool"
_POSITIVE: Final = "positive number"


@dataclass(frozen=True)
class _ParamSpec:
    kind: str
    required: bool


#: Measure types and their parameters (CONTRACT.md section 3). Order is the contract's.
MEASURE_TYPES: Final[Mapping[str, Mapping[str, _ParamSpec]]] = MappingProxyType(
    {
        "antal_borgere": {},
        "andel_med_indsats": {"kategorier": _ParamSpec(_CATEGORIES, True)},
        "antal_indsatser": {"kategorier": _ParamSpec(_CATEGORIES, True)},
        "andel_afgang": {"typer": _ParamSpec(_EXITS, True)},
        "gns_sagsbehandlerskift": {},
        "andel_med_maaling": {"instrument": _ParamSpec(_TEXT, True)},
        "gns_progression": {
            "instrument": _ParamSpec(_TEXT, True),
            "dimension": _ParamSpec(_TEXT, False),
        },
        "gns_varighed_uger": {},
        "andel_ordinaere_timer": {"min_timer": _ParamSpec(_POSITIVE, True)},
        "antal_virksomheder": {"socialoekonomisk": _ParamSpec(_BOOL, False)},
        "andel_koordinerende": {},
        "andel_af_naevner": {
            "naevner": _ParamSpec(_POSITIVE, True),
            "naevner_kilde": _ParamSpec(_TEXT, True),
        },
    }
)

#: Measures whose value may be negative (everything else is a share, count, duration or mean of counts).
_SIGNED_MEASURES: Final = frozenset({"gns_progression"})


# ----------------------------------------------------------------------------------------------------
# Values
# ----------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Population:
    """Who a goal is about. ``None`` means "no restriction"."""

    maalgrupper: tuple[str, ...] | None = None
    alder: tuple[int, int] | None = None
    langtidsforsoerget: bool = False
    opgoerelse: str = "personer"  # one of COUNTINGS

    @property
    def fulltime(self) -> bool:
        return self.opgoerelse == "fuldtid"

    @property
    def stock(self) -> bool:
        return self.opgoerelse == "bestand"


@dataclass(frozen=True)
class Measure:
    """What is measured: ``type`` is a key of :data:`MEASURE_TYPES`; ``params`` its parameters, read-only.

    List parameters are tuples, numbers floats. The properties give typed access to each known parameter.
    """

    type: str
    params: Mapping[str, object] = field(default_factory=lambda: MappingProxyType({}))

    def __hash__(self) -> int:
        return hash((self.type, tuple(sorted(self.params.items()))))

    def _tuple(self, key: str) -> tuple[str, ...] | None:
        value = self.params.get(key)
        return value if isinstance(value, tuple) else None

    def _text(self, key: str) -> str | None:
        value = self.params.get(key)
        return value if isinstance(value, str) else None

    @property
    def kategorier(self) -> tuple[str, ...] | None:
        """The categories as written (may include ``virksomhedsrettet``); see :meth:`effort_categories`."""
        return self._tuple("kategorier")

    @property
    def typer(self) -> tuple[str, ...] | None:
        return self._tuple("typer")

    @property
    def instrument(self) -> str | None:
        return self._text("instrument")

    @property
    def dimension(self) -> str | None:
        return self._text("dimension")

    @property
    def naevner_kilde(self) -> str | None:
        return self._text("naevner_kilde")

    @property
    def min_timer(self) -> float | None:
        value = self.params.get("min_timer")
        return value if isinstance(value, float) else None

    @property
    def naevner(self) -> float | None:
        value = self.params.get("naevner")
        return value if isinstance(value, float) else None

    @property
    def socialoekonomisk(self) -> bool | None:
        value = self.params.get("socialoekonomisk")
        return value if isinstance(value, bool) else None

    def effort_categories(self) -> tuple[str, ...]:
        """``kategorier`` with ``virksomhedsrettet`` expanded, without repeats, in contract order."""
        return expand_categories(self.kategorier or ())


@dataclass(frozen=True)
class Goal:
    id: str
    titel: str
    population: Population
    maal: Measure
    baseline: float | None
    maalvaerdi: float
    retning: str  # "op" | "ned"
    kilde: str | None
    line: int  # line of the goal's first key in its file
    antagelse: str | None = None  # set when the target is assumed, not stated by the plan

    @property
    def target_source(self) -> str:
        """``plan`` when the plan states the target, ``antagelse`` when the goal file marks it as assumed."""
        return "antagelse" if self.antagelse else "plan"

    @property
    def is_share(self) -> bool:
        """True when the value is a fraction 0..1 (show it as a percentage)."""
        return self.maal.type.startswith("andel_")


@dataclass(frozen=True)
class GoalFile:
    kommune: str
    plan: str
    goals: tuple[Goal, ...]
    path: Path | None  # None when parsed from text

    def goal(self, goal_id: str) -> Goal:
        for goal in self.goals:
            if goal.id == goal_id:
                return goal
        raise KeyError(goal_id)


class GoalFileError(ValidationError):
    """A goal file that cannot be used. ``errors`` holds every problem, each ``file:line: reason``."""


def expand_categories(kategorier: Sequence[str]) -> tuple[str, ...]:
    """Expand ``virksomhedsrettet`` into the company-based categories; no repeats, contract order."""
    wanted: set[str] = set()
    for code in kategorier:
        if code == COMPANY_BASED_ALIAS:
            wanted.update(COMPANY_BASED_CATEGORIES)
        else:
            wanted.add(code)
    return tuple(code for code in EFFORT_CATEGORIES if code in wanted)


# ----------------------------------------------------------------------------------------------------
# YAML with line numbers
# ----------------------------------------------------------------------------------------------------


class _LineDict(dict[Any, Any]):
    """A mapping that knows its own line and the line of each key (1-based)."""

    line: int
    key_lines: dict[Any, int]
    duplicate_keys: list[tuple[Any, int]]


class _LineList(list[Any]):
    """A sequence that knows its own line and the line of each item (1-based)."""

    line: int
    item_lines: list[int]


class _LineLoader(yaml.SafeLoader):
    """``yaml.SafeLoader`` whose mappings and sequences record ``node.start_mark.line + 1``."""


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode) -> Iterator[_LineDict]:
    data = _LineDict()
    data.line = node.start_mark.line + 1
    data.key_lines = {}
    data.duplicate_keys = []
    yield data
    loader.flatten_mapping(node)
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=False)
        try:
            hash(key)
        except TypeError:
            raise yaml.constructor.ConstructorError(
                "while constructing a mapping",
                node.start_mark,
                "found a key that is not text",
                key_node.start_mark,
            ) from None
        key_line = key_node.start_mark.line + 1
        if key in data:
            data.duplicate_keys.append((key, key_line))
        data[key] = loader.construct_object(value_node, deep=False)
        data.key_lines[key] = key_line


def _construct_sequence(loader: _LineLoader, node: yaml.SequenceNode) -> Iterator[_LineList]:
    data = _LineList()
    data.line = node.start_mark.line + 1
    data.item_lines = [child.start_mark.line + 1 for child in node.value]
    yield data
    data.extend(loader.construct_object(child, deep=False) for child in node.value)


_LineLoader.add_constructor("tag:yaml.org,2002:map", _construct_mapping)
_LineLoader.add_constructor("tag:yaml.org,2002:seq", _construct_sequence)


# ----------------------------------------------------------------------------------------------------
# Validation
# ----------------------------------------------------------------------------------------------------


class _Collector:
    def __init__(self, source: str) -> None:
        self.source = source
        self.items: list[tuple[int, str]] = []

    def add(self, line: int, reason: str) -> None:
        self.items.append((line, reason))

    def messages(self) -> list[str]:
        ordered = sorted(enumerate(self.items), key=lambda pair: (pair[1][0], pair[0]))
        return [_at(self.source, line, reason) for _, (line, reason) in ordered]


def _at(source: str, line: int, reason: str) -> str:
    """``file:line: reason``, the reason still translatable (``planner_gui.domain.i18n.shape``)."""
    return shape("{source}:{line}: {reason}", source=source, line=line, reason=reason)


def _dot(where: str, key: str) -> str:
    """``where.key``, a key's path (``mål a.population``), ``where`` still translatable."""
    return shape("{where}.{key}", where=where, key=key)


def _describe(value: object) -> str:
    if value is None:
        return QT_TRANSLATE_NOOP("Meddelelser", "intet")
    if isinstance(value, bool):
        return QT_TRANSLATE_NOOP("Meddelelser", "{value} (ja/nej)").format(value=str(value).lower())
    if isinstance(value, dict):
        return QT_TRANSLATE_NOOP("Meddelelser", "en tabel med nøgler")
    if isinstance(value, list):
        return QT_TRANSLATE_NOOP("Meddelelser", "en liste")
    return repr(value)


def _key_line(mapping: _LineDict, key: str) -> int:
    return mapping.key_lines.get(key, mapping.line)


def _check_keys(
    mapping: _LineDict, where: str, required: Sequence[str], optional: Sequence[str], out: _Collector
) -> None:
    allowed = (*required, *optional)
    where = where or QT_TRANSLATE_NOOP("Meddelelser", "øverste niveau")
    for key, line in mapping.duplicate_keys:
        out.add(line, _twice(where, key))
    for key in mapping:
        if key not in allowed:
            out.add(
                _key_line(mapping, key),
                QT_TRANSLATE_NOOP("Meddelelser", "{where}: ukendt nøgle {key!r} (tilladt: {allowed})").format(
                    where=where, key=key, allowed=", ".join(allowed)
                ),
            )
    for key in required:
        if key not in mapping:
            out.add(
                mapping.line,
                QT_TRANSLATE_NOOP("Meddelelser", "{where}: den påkrævede nøgle {key!r} mangler").format(
                    where=where, key=key
                ),
            )


def _twice(where: str, key: Any) -> str:
    return QT_TRANSLATE_NOOP("Meddelelser", "{where}: nøglen {key!r} står to gange").format(where=where, key=key)


def _text(mapping: _LineDict, key: str, where: str, out: _Collector) -> str | None:
    value = mapping.get(key)
    if isinstance(value, str) and value.strip():
        return value.strip()
    out.add(
        _key_line(mapping, key),
        QT_TRANSLATE_NOOP("Meddelelser", "{name}: skal være tekst, der ikke er tom, ikke {value}").format(
            name=_dot(where, key) if where else key, value=_describe(value)
        ),
    )
    return None


def _number(mapping: _LineDict, key: str, where: str, out: _Collector) -> float | None:
    value = mapping.get(key)
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        if isinstance(value, str) and "%" in value:
            why = QT_TRANSLATE_NOOP(
                "Meddelelser", "{where}.{key}: skal være et tal, ikke {value} (skriv en brøk som 0.32, uden %)"
            )
        else:
            why = QT_TRANSLATE_NOOP("Meddelelser", "{where}.{key}: skal være et tal, ikke {value}")
        out.add(_key_line(mapping, key), why.format(where=where, key=key, value=_describe(value)))
        return None
    number = float(value)
    if not math.isfinite(number):
        out.add(
            _key_line(mapping, key),
            QT_TRANSLATE_NOOP("Meddelelser", "{where}.{key}: skal være et endeligt tal, ikke {value!r}").format(
                where=where, key=key, value=value
            ),
        )
        return None
    return number


def _code_list(
    mapping: _LineDict, key: str, where: str, allowed: Sequence[str], what: str, out: _Collector
) -> tuple[str, ...] | None:
    value = mapping.get(key)
    line = _key_line(mapping, key)
    if not isinstance(value, _LineList):
        out.add(
            line,
            QT_TRANSLATE_NOOP("Meddelelser", "{where}.{key}: skal være en liste af {what}-koder, ikke {value}").format(
                where=where, key=key, what=what, value=_describe(value)
            ),
        )
        return None
    if not value:
        out.add(
            line,
            QT_TRANSLATE_NOOP("Meddelelser", "{where}.{key}: skal nævne mindst én {what}-kode").format(
                where=where, key=key, what=what
            ),
        )
        return None
    codes: list[str] = []
    ok = True
    for index, (item, item_line) in enumerate(zip(value, value.item_lines, strict=True)):
        if not isinstance(item, str) or item not in allowed:
            out.add(
                item_line,
                QT_TRANSLATE_NOOP(
                    "Meddelelser", "{where}.{key}[{index}]: ukendt {what}-kode {item!r} (kendte: {known})"
                ).format(where=where, key=key, index=index, what=what, item=item, known=", ".join(allowed)),
            )
            ok = False
        elif item in codes:
            out.add(
                item_line,
                QT_TRANSLATE_NOOP("Meddelelser", "{where}.{key}[{index}]: {what}-koden {item!r} står to gange").format(
                    where=where, key=key, index=index, what=what, item=item
                ),
            )
            ok = False
        else:
            codes.append(item)
    return tuple(codes) if ok else None


def _population(goal: _LineDict, where: str, out: _Collector) -> Population | None:
    if "population" not in goal:
        return Population()
    where = _dot(where, "population")
    raw = goal["population"]
    if raw is None:  # "population:" with nothing after it
        return Population()
    if not isinstance(raw, _LineDict):
        out.add(
            _key_line(goal, "population"),
            QT_TRANSLATE_NOOP("Meddelelser", "{where}: skal være en tabel med nøgler, ikke {value}").format(
                where=where, value=_describe(raw)
            ),
        )
        return None
    ok = True
    _check_keys(raw, where, (), _POPULATION_KEYS, out)
    if any(key not in _POPULATION_KEYS for key in raw) or raw.duplicate_keys:
        ok = False

    maalgrupper: tuple[str, ...] | None = None
    if "maalgrupper" in raw:
        maalgrupper = _code_list(
            raw, "maalgrupper", where, TARGET_GROUPS, QT_TRANSLATE_NOOP("Meddelelser", "målgruppe"), out
        )
        ok = ok and maalgrupper is not None

    alder: tuple[int, int] | None = None
    if "alder" in raw:
        alder = _age_band(raw, where, out)
        ok = ok and alder is not None

    langtid = raw.get("langtidsforsoerget", False)
    if not isinstance(langtid, bool):
        out.add(
            _key_line(raw, "langtidsforsoerget"),
            _not_bool(where, "langtidsforsoerget", langtid),
        )
        ok = False
    counting = raw.get("opgoerelse", "personer")
    if counting not in COUNTINGS:
        out.add(
            _key_line(raw, "opgoerelse"),
            QT_TRANSLATE_NOOP("Meddelelser", "{where}.opgoerelse: skal være en af {allowed}, ikke {value}").format(
                where=where, allowed=", ".join(COUNTINGS), value=_describe(counting)
            ),
        )
        ok = False
    return Population(maalgrupper, alder, bool(langtid), str(counting)) if ok else None


def _age_band(population: _LineDict, where: str, out: _Collector) -> tuple[int, int] | None:
    value = population["alder"]
    line = _key_line(population, "alder")
    if (
        not isinstance(value, list)
        or len(value) != 2
        or not all(isinstance(age, int) and not isinstance(age, bool) for age in value)
    ):
        out.add(
            line,
            QT_TRANSLATE_NOOP(
                "Meddelelser", "{where}.alder: skal være [fra, til], to hele antal år, ikke {value}"
            ).format(where=where, value=_describe(value)),
        )
        return None
    low, high = int(value[0]), int(value[1])
    if low < 0 or high > 130:
        out.add(
            line,
            QT_TRANSLATE_NOOP(
                "Meddelelser", "{where}.alder: alderen skal ligge inden for 0..130, ikke [{low}, {high}]"
            ).format(where=where, low=low, high=high),
        )
        return None
    if low > high:
        out.add(
            line,
            QT_TRANSLATE_NOOP(
                "Meddelelser", "{where}.alder: den første alder må ikke være større end den anden, ikke [{low}, {high}]"
            ).format(where=where, low=low, high=high),
        )
        return None
    return low, high


def _measure(goal: _LineDict, where: str, out: _Collector) -> Measure | None:
    where = _dot(where, "maal")
    raw = goal.get("maal")
    if not isinstance(raw, _LineDict):
        out.add(
            _key_line(goal, "maal"),
            QT_TRANSLATE_NOOP("Meddelelser", "{where}: skal være en tabel med nøglen 'type', ikke {value}").format(
                where=where, value=_describe(raw)
            ),
        )
        return None
    for key, line in raw.duplicate_keys:
        out.add(line, _twice(where, key))
    kind = raw.get("type")
    if "type" not in raw:
        out.add(
            raw.line,
            QT_TRANSLATE_NOOP("Meddelelser", "{where}: den påkrævede nøgle 'type' mangler (en af: {types})").format(
                where=where, types=", ".join(MEASURE_TYPES)
            ),
        )
        return None
    if not isinstance(kind, str) or kind not in MEASURE_TYPES:
        out.add(
            _key_line(raw, "type"),
            QT_TRANSLATE_NOOP("Meddelelser", "{where}.type: ukendt måltype {value} (kendte: {types})").format(
                where=where, value=_describe(kind), types=", ".join(MEASURE_TYPES)
            ),
        )
        return None
    spec = MEASURE_TYPES[kind]
    ok = not raw.duplicate_keys
    for key in raw:
        if key != "type" and key not in spec:
            expected = ", ".join(spec) if spec else QT_TRANSLATE_NOOP("Meddelelser", "ingen")
            out.add(
                _key_line(raw, key),
                QT_TRANSLATE_NOOP(
                    "Meddelelser", "{where}: ukendt parameter {key!r} for måltypen {kind} (parametre: {expected})"
                ).format(where=where, key=key, kind=kind, expected=expected),
            )
            ok = False
    params: dict[str, object] = {}
    for name, param in spec.items():
        if name not in raw:
            if param.required:
                out.add(
                    raw.line,
                    QT_TRANSLATE_NOOP("Meddelelser", "{where}: måltypen {kind} kræver parameteren {name!r}").format(
                        where=where, kind=kind, name=name
                    ),
                )
                ok = False
            continue
        value = _param(raw, name, param.kind, where, out)
        if value is None:
            ok = False
        else:
            params[name] = value
    return Measure(kind, MappingProxyType(params)) if ok else None


def _param(raw: _LineDict, name: str, kind: str, where: str, out: _Collector) -> object | None:
    if kind == _CATEGORIES:
        categories = (*EFFORT_CATEGORIES, COMPANY_BASED_ALIAS)
        return _code_list(raw, name, where, categories, QT_TRANSLATE_NOOP("Meddelelser", "kategori"), out)
    if kind == _EXITS:
        return _code_list(raw, name, where, EXIT_TYPES, QT_TRANSLATE_NOOP("Meddelelser", "afgangstype"), out)
    if kind == _TEXT:
        return _text(raw, name, where, out)
    if kind == _BOOL:
        value = raw[name]
        if isinstance(value, bool):
            return value
        out.add(_key_line(raw, name), _not_bool(where, name, value))
        return None
    number = _number(raw, name, where, out)
    if number is not None and number <= 0:
        out.add(
            _key_line(raw, name),
            QT_TRANSLATE_NOOP("Meddelelser", "{where}.{key}: skal være et positivt tal, ikke {value!r}").format(
                where=where, key=name, value=raw[name]
            ),
        )
        return None
    return number


def _not_bool(where: str, key: str, value: object) -> str:
    return QT_TRANSLATE_NOOP("Meddelelser", "{where}.{key}: skal være true eller false, ikke {value}").format(
        where=where, key=key, value=_describe(value)
    )


def _check_range(goal: _LineDict, key: str, value: float, measure: str, where: str, out: _Collector) -> None:
    if measure.startswith("andel_") and not 0.0 <= value <= 1.0:
        out.add(
            _key_line(goal, key),
            QT_TRANSLATE_NOOP(
                "Meddelelser", "{where}.{key}: en andel skal ligge inden for 0..1 (skriv 32 % som 0.32), ikke {value!r}"
            ).format(where=where, key=key, value=goal[key]),
        )
    elif measure not in _SIGNED_MEASURES and value < 0:
        out.add(
            _key_line(goal, key),
            QT_TRANSLATE_NOOP(
                "Meddelelser", "{where}.{key}: må ikke være negativ for {measure}, ikke {value!r}"
            ).format(where=where, key=key, measure=measure, value=goal[key]),
        )


def _goal(raw: object, index: int, line: int, seen: dict[str, int], out: _Collector) -> Goal | None:
    where = f"goals[{index}]"
    if not isinstance(raw, _LineDict):
        out.add(
            line,
            QT_TRANSLATE_NOOP("Meddelelser", "{where}: skal være en tabel med nøglerne {keys}, ikke {value}").format(
                where=where, keys=", ".join(_GOAL_REQUIRED), value=_describe(raw)
            ),
        )
        return None
    goal_id = raw.get("id")
    if isinstance(goal_id, str) and goal_id.strip():
        where = QT_TRANSLATE_NOOP("Meddelelser", "mål {id}").format(id=goal_id.strip())
    before = len(out.items)
    _check_keys(raw, where, _GOAL_REQUIRED, _GOAL_OPTIONAL, out)

    gid = _text(raw, "id", where, out) if "id" in raw else None
    if gid is not None:
        if gid in seen:
            out.add(
                _key_line(raw, "id"),
                QT_TRANSLATE_NOOP(
                    "Meddelelser", "{where}: målets id {id!r} står to gange (først brugt i linje {line})"
                ).format(where=where, id=gid, line=seen[gid]),
            )
        else:
            seen[gid] = _key_line(raw, "id")
    titel = _text(raw, "titel", where, out) if "titel" in raw else None
    kilde = _text(raw, "kilde", where, out) if "kilde" in raw else None
    antagelse = _text(raw, "antagelse", where, out) if "antagelse" in raw else None
    population = _population(raw, where, out)
    measure = _measure(raw, where, out) if "maal" in raw else None
    if population is not None and measure is not None and population.fulltime and measure.type not in FULLTIME_MEASURES:
        out.add(
            _key_line(raw["population"], "opgoerelse"),
            QT_TRANSLATE_NOOP(
                "Meddelelser",
                "{where}.population.opgoerelse: fuldtid er kun tilladt med målene {measures}, ikke {measure}",
            ).format(where=where, measures=", ".join(sorted(FULLTIME_MEASURES)), measure=measure.type),
        )
    maalvaerdi = _number(raw, "maalvaerdi", where, out) if "maalvaerdi" in raw else None
    baseline = _number(raw, "baseline", where, out) if "baseline" in raw else None
    retning = raw.get("retning")
    if "retning" in raw and retning not in DIRECTIONS:
        out.add(
            _key_line(raw, "retning"),
            QT_TRANSLATE_NOOP("Meddelelser", "{where}.retning: skal være op eller ned, ikke {value}").format(
                where=where, value=_describe(retning)
            ),
        )
    if measure is not None:
        for key, value in (("baseline", baseline), ("maalvaerdi", maalvaerdi)):
            if value is not None:
                _check_range(raw, key, value, measure.type, where, out)

    if len(out.items) != before or gid is None or titel is None or population is None:
        return None
    if measure is None or maalvaerdi is None or not isinstance(retning, str):
        return None
    return Goal(gid, titel, population, measure, baseline, maalvaerdi, retning, kilde, raw.line, antagelse)


def _build(data: object, source: str, path: Path | None, out: _Collector) -> GoalFile | None:
    if data is None:
        out.add(
            1,
            QT_TRANSLATE_NOOP("Meddelelser", "filen er tom; forventede nøglerne {keys}").format(
                keys=", ".join(_TOP_REQUIRED)
            ),
        )
        return None
    if not isinstance(data, _LineDict):
        out.add(
            1,
            QT_TRANSLATE_NOOP("Meddelelser", "filen skal være en tabel med nøglerne {keys}, ikke {value}").format(
                keys=", ".join(_TOP_REQUIRED), value=_describe(data)
            ),
        )
        return None
    _check_keys(data, "", _TOP_REQUIRED, (), out)
    kommune = _text(data, "kommune", "", out) if "kommune" in data else None
    plan = _text(data, "plan", "", out) if "plan" in data else None
    goals: list[Goal] = []
    if "goals" in data:
        raw_goals = data["goals"]
        line = _key_line(data, "goals")
        if not isinstance(raw_goals, _LineList):
            out.add(
                line,
                QT_TRANSLATE_NOOP("Meddelelser", "goals: skal være en liste af mål, ikke {value}").format(
                    value=_describe(raw_goals)
                ),
            )
        elif not raw_goals:
            out.add(line, QT_TRANSLATE_NOOP("Meddelelser", "goals: listen er tom; en målfil skal have mindst ét mål"))
        else:
            seen: dict[str, int] = {}
            for index, (raw, item_line) in enumerate(zip(raw_goals, raw_goals.item_lines, strict=True)):
                goal = _goal(raw, index, item_line, seen, out)
                if goal is not None:
                    goals.append(goal)
    if out.items or kommune is None or plan is None:
        return None
    return GoalFile(kommune, plan, tuple(goals), path)


# ----------------------------------------------------------------------------------------------------
# Public entry points
# ----------------------------------------------------------------------------------------------------


def _parse(text: str, source: str, path: Path | None) -> GoalFile:
    out = _Collector(source)
    loader = _LineLoader(text)  # a yaml.SafeLoader: builds only plain data, never Python objects
    try:
        data = loader.get_single_data()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else 1
        reason = " ".join(part for part in (exc.context, exc.problem) if part)
        raise GoalFileError([_at(source, line, _invalid_yaml(reason or exc))]) from None
    except yaml.YAMLError as exc:
        raise GoalFileError([_at(source, 1, _invalid_yaml(exc))]) from None
    finally:
        loader.dispose()
    result = _build(data, source, path, out)
    if result is None:
        raise GoalFileError(
            out.messages() or [_at(source, 1, QT_TRANSLATE_NOOP("Meddelelser", "ikke en gyldig målfil"))]
        )
    return result


def _invalid_yaml(reason: object) -> str:
    return QT_TRANSLATE_NOOP("Meddelelser", "ugyldig YAML: {reason}").format(reason=reason)


def parse_goal_text(text: str, source_name: str = "<text>") -> GoalFile:
    """Parse and validate goal-file text; errors name ``source_name`` as the file. ``path`` is ``None``."""
    return _parse(text, source_name, None)


def load_goal_file(path: str | Path) -> GoalFile:
    """Read, parse and validate a goal file (UTF-8). Raises :class:`GoalFileError` on any problem."""
    file = Path(path)
    source = str(path)
    try:
        raw = file.read_bytes()
    except OSError as exc:
        why = QT_TRANSLATE_NOOP("Meddelelser", "filen kan ikke læses: {error}").format(error=exc.strerror or exc)
        raise GoalFileError([_at(source, 1, why)]) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        why = QT_TRANSLATE_NOOP("Meddelelser", "filen er ikke UTF-8-tekst (gem den som UTF-8)")
        raise GoalFileError([_at(source, line, why)]) from None
    return _parse(text, source, file)


def shipped_goals_dir() -> Path:
    """The folder of goal files shipped with the project: ``resources/goals``."""
    from planner_gui.config import resources_dir

    return resources_dir() / "goals"


def list_shipped_goal_files() -> list[Path]:
    """The shipped goal files (``resources/goals/*.yaml``), sorted by name."""
    folder = shipped_goals_dir()
    return sorted(folder.glob("*.yaml")) if folder.is_dir() else []


def resolve_goal_file(name_or_path: str | Path) -> GoalFile:
    """Load a goal file given as a path, or as the name of a shipped one (``broendby_2018-2019``, with or without
    ``.yaml``), from any folder (CONTRACT.md section 1.1). A path that exists wins over a shipped name."""
    text = str(name_or_path).strip()
    path = Path(text).expanduser()
    if path.is_file():
        return load_goal_file(path)
    if text and "/" not in text and "\\" not in text:
        # the files are named in ASCII; a name typed with Danish letters (rødovre_2021-2022) finds them too
        stem = text.removesuffix(".yaml").removesuffix(".yml").lower()
        stem = stem.replace("ø", "oe").replace("æ", "ae").replace("å", "aa")
        for shipped in list_shipped_goal_files():
            if shipped.stem.lower() == stem:
                return load_goal_file(shipped)
        if not path.suffix:
            known = ", ".join(p.stem for p in list_shipped_goal_files()) or QT_TRANSLATE_NOOP("Meddelelser", "ingen")
            why = QT_TRANSLATE_NOOP(
                "Meddelelser",
                "målfilen findes ikke, og programmet har ingen målfil med det navn (medfølgende: {known})",
            ).format(known=known)
            raise GoalFileError([_at(text, 1, why)])
    return load_goal_file(path)


def plan_years(goal_file: GoalFile) -> tuple[int, int] | None:
    """The calendar years the plan covers, read from its name ("Beskæftigelsesplan 2018-2019" -> (2018, 2019))."""
    years = [int(y) for y in re.findall(r"(?<!\d)(?:19|20)\d\d(?!\d)", goal_file.plan)]
    return (min(years), max(years)) if years else None
