"""Progression arithmetic: series over time, means of dimensions, and the "distance travelled".

A *measurement occasion* is every score of one instrument on one date for one citizen. Within an occasion each dimension
may be rated by the citizen (``borger``), by the caseworker (``sagsbehandler``), by both or by neither.

Rules used throughout (and by the charts and printouts):

- A series (one dimension, one rater) holds one point per date on which that rater scored that dimension.
- The *combined* value of a dimension on a date is the mean of the raters' scores on that date.
- The *mean of dimensions* on a date is the mean of all scores on that date (of one rater, or of both raters when no
  rater is given). A dimension not scored on a date simply does not count on that date: it neither lowers the mean nor
  counts as zero. This is the same rule as the goal measure ``gns_progression`` in the contract.
- The *distance travelled* of a dimension is its value on the latest date it was scored minus its value on the first
  date it was scored (per rater, or combined). Combined, only the raters who scored it on both of those dates count,
  so like is compared with like. With a single scored date the change is 0.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from planner_gui.domain.codes import RATERS
from planner_gui.domain.dates import format_date
from planner_gui.domain.i18n import QT_TRANSLATE_NOOP

RATER_LABELS: dict[str, str] = {
    "borger": QT_TRANSLATE_NOOP("Koder", "Borgeren"),
    "sagsbehandler": QT_TRANSLATE_NOOP("Koder", "Sagsbehandleren"),
}


@dataclass(frozen=True)
class Score:
    """One score: a dimension (by code), rated by ``rater`` on ``date``."""

    date: dt.date
    dimension: str
    rater: str
    score: int

    def __post_init__(self) -> None:
        if self.rater not in RATERS:
            raise ValueError(f"ukendt bedømmer {self.rater!r}")


@dataclass(frozen=True)
class Point:
    date: dt.date
    value: float


@dataclass(frozen=True)
class Change:
    """The distance travelled on one dimension (``None``: the mean of dimensions) by one rater (``None``: combined)."""

    dimension: str | None
    rater: str | None
    first_date: dt.date
    first: float
    last_date: dt.date
    last: float

    @property
    def change(self) -> float:
        return self.last - self.first

    @property
    def single(self) -> bool:
        """Only one date: there is a baseline but no change yet."""
        return self.first_date == self.last_date


def _mean(values: Iterable[float]) -> float:
    vals = list(values)
    return sum(vals) / len(vals)


def _change(dimension: str | None, rater: str | None, points: tuple[Point, ...]) -> Change | None:
    if not points:
        return None
    return Change(dimension, rater, points[0].date, points[0].value, points[-1].date, points[-1].value)


@dataclass(frozen=True)
class Progression:
    """All scores of one citizen on one instrument, and what follows from them.

    ``dimensions`` gives the instrument's dimension codes in display order; scores on codes not listed are still
    counted (they are appended in the order they first appear).
    """

    scores: tuple[Score, ...]
    dimensions: tuple[str, ...] = ()
    _by_key: dict[tuple[str, str], dict[dt.date, int]] = field(init=False, repr=False, compare=False, hash=False)

    def __post_init__(self) -> None:
        by_key: dict[tuple[str, str], dict[dt.date, int]] = defaultdict(dict)
        dims = list(self.dimensions)
        for s in self.scores:
            by_key[(s.dimension, s.rater)][s.date] = s.score
            if s.dimension not in dims:
                dims.append(s.dimension)
        object.__setattr__(self, "_by_key", dict(by_key))
        object.__setattr__(self, "dimensions", tuple(dims))

    # -- dates
    @property
    def dates(self) -> tuple[dt.date, ...]:
        """Every date with at least one score, oldest first (the sessions)."""
        return tuple(sorted({s.date for s in self.scores}))

    @property
    def first_date(self) -> dt.date | None:
        d = self.dates
        return d[0] if d else None

    @property
    def last_date(self) -> dt.date | None:
        d = self.dates
        return d[-1] if d else None

    @property
    def empty(self) -> bool:
        return not self.scores

    # -- series
    def series(self, dimension: str, rater: str | None = None) -> tuple[Point, ...]:
        """The scores of one dimension over time: of one rater, or combined (mean of the raters on each date)."""
        if rater is not None:
            pts = self._by_key.get((dimension, rater), {})
            return tuple(Point(d, float(v)) for d, v in sorted(pts.items()))
        per_date: dict[dt.date, list[int]] = defaultdict(list)
        for r in RATERS:
            for d, v in self._by_key.get((dimension, r), {}).items():
                per_date[d].append(v)
        return tuple(Point(d, _mean(vs)) for d, vs in sorted(per_date.items()))

    def mean_series(self, rater: str | None = None) -> tuple[Point, ...]:
        """Mean of all scores on each date (of one rater, or of both); missing dimensions don't count."""
        per_date: dict[dt.date, list[int]] = defaultdict(list)
        for s in self.scores:
            if rater is None or s.rater == rater:
                per_date[s.date].append(s.score)
        return tuple(Point(d, _mean(vs)) for d, vs in sorted(per_date.items()))

    # -- distance travelled
    def distance(self, dimension: str, rater: str | None = None) -> Change | None:
        """Latest minus first score of one dimension (per rater or combined); ``None`` when never scored.

        Combined (``rater is None``) compares like with like: the first and the latest date the dimension was scored
        by anyone, and the mean over only the raters who scored it on *both* dates. (A citizen without a first rating
        thus does not lift the latest value above a caseworker-only baseline.) ``None`` when no rater scored the
        dimension on both dates.
        """
        if rater is not None:
            return _change(dimension, rater, self.series(dimension, rater))
        per_rater = [self._by_key.get((dimension, r), {}) for r in RATERS]
        dates = sorted({d for pts in per_rater for d in pts})
        if not dates:
            return None
        first_date, last_date = dates[0], dates[-1]
        both = [pts for pts in per_rater if first_date in pts and last_date in pts]
        if not both:
            return None
        first = _mean(pts[first_date] for pts in both)
        last = _mean(pts[last_date] for pts in both)
        return Change(dimension, None, first_date, first, last_date, last)

    def mean_distance(self, rater: str | None = None) -> Change | None:
        """Latest minus first mean of dimensions."""
        return _change(None, rater, self.mean_series(rater))

    def distances(self) -> tuple[DimensionChange, ...]:
        """One row per dimension, in display order: the change per rater and combined."""
        return tuple(
            DimensionChange(d, self.distance(d, "borger"), self.distance(d, "sagsbehandler"), self.distance(d, None))
            for d in self.dimensions
        )


@dataclass(frozen=True)
class DimensionChange:
    """A row of the "distance travelled" table."""

    dimension: str
    citizen: Change | None
    caseworker: Change | None
    combined: Change | None


def format_change(value: float | None) -> str:
    """``+2``, ``-1,5``, ``0`` (Danish decimal comma); an en dash for no value."""
    if value is None:
        return "–"
    text = f"{value:+.1f}".replace(".", ",")
    if text.endswith(",0"):
        text = text[:-2]
    return "0" if text in ("+0", "-0") else text


def format_score(value: float | None) -> str:
    if value is None:
        return "–"
    text = f"{value:.1f}".replace(".", ",")
    return text[:-2] if text.endswith(",0") else text


@dataclass(frozen=True)
class OccasionEntry:
    """One dimension of a measurement occasion: the citizen's and the caseworker's score and a note."""

    dimension: str
    citizen: int | None = None
    caseworker: int | None = None
    note: str = ""

    def score_of(self, rater: str) -> int | None:
        return self.citizen if rater == "borger" else self.caseworker


@dataclass(frozen=True)
class DimensionSpec:
    """What validation needs to know of a dimension."""

    code: str
    label: str


def validate_occasion(
    entries: Iterable[OccasionEntry],
    dimensions: Iterable[DimensionSpec],
    scale: tuple[int, int],
    date: dt.date,
    today: dt.date,
) -> list[str]:
    """Every problem with a session, in Danish, one per line (empty when it is valid)."""
    dims = {d.code: d.label for d in dimensions}
    lo, hi = scale
    problems: list[str] = []
    if date > today:
        problems.append(
            QT_TRANSLATE_NOOP(
                "Meddelelser", "Datoen {date} ligger i fremtiden; en måling kan højst dateres i dag"
            ).format(date=format_date(date))
        )
    seen: set[str] = set()
    scores = 0
    for e in entries:
        label = dims.get(e.dimension)
        if label is None:
            problems.append(
                QT_TRANSLATE_NOOP("Meddelelser", "Instrumentet har ingen dimension {dimension!r}").format(
                    dimension=e.dimension
                )
            )
            continue
        if e.dimension in seen:
            problems.append(QT_TRANSLATE_NOOP("Meddelelser", "{label}: dimensionen står to gange").format(label=label))
            continue
        seen.add(e.dimension)
        for rater in RATERS:
            value = e.score_of(rater)
            if value is None:
                continue
            if isinstance(value, bool) or not isinstance(value, int) or not lo <= value <= hi:
                problems.append(
                    QT_TRANSLATE_NOOP(
                        "Meddelelser", "{label}: {lower}s score {value!r} ligger uden for skalaen {lo}-{hi}"
                    ).format(label=label, lower=RATER_LABELS[rater].lower(), value=value, lo=lo, hi=hi)
                )
            else:
                scores += 1
        if e.note.strip() and e.citizen is None and e.caseworker is None:
            problems.append(
                QT_TRANSLATE_NOOP("Meddelelser", "{label}: en note kræver mindst én score på dimensionen").format(
                    label=label
                )
            )
    if scores == 0 and not any("uden for skalaen" in p for p in problems):
        problems.append(QT_TRANSLATE_NOOP("Meddelelser", "Målingen har ingen scores; giv mindst én dimension en score"))
    return problems
