"""An attacker on the report's disclosure control: what can be worked out about a hidden cell from what is shown?

The attacker reads only what a reader of the workbook sees: the shown populations and values of a breakdown, the
total row, and the goal's definition (which says which figures add up). For each line of a breakdown it sets up
the integer unknowns behind the hidden cells (a hidden population is at least 1, since its row is listed; a share's
hidden numerator lies within 0..population; counts and sums of caseworker changes are at least 0), the sums they
must meet (the population and every additive figure add up to the total), and enumerates, by an exact search, the
values each unknown can still take. A hidden cell that can take exactly one value is a disclosure.

The search is a small constraint solver over integer intervals: bounds propagation over the sum and ``x <= y``
constraints, then splitting the widest domain in two, so it is exact and fast for lines of a few dozen rows.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field


class Var(int):
    """An unknown's index, told apart from an integer constant."""


@dataclass
class Problem:
    lo: list[int] = field(default_factory=list)
    hi: list[int] = field(default_factory=list)
    names: list[str] = field(default_factory=list)
    sums: list[tuple[list[int], int]] = field(default_factory=list)  # sum of unknowns == total
    les: list[tuple[int, int | None, int]] = field(default_factory=list)  # x <= y + offset (y None: x <= offset)

    def var(self, name: str, lo: int, hi: int) -> Var:
        self.lo.append(lo)
        self.hi.append(hi)
        self.names.append(name)
        return Var(len(self.lo) - 1)


def _propagate(p: Problem, lo: list[int], hi: list[int]) -> bool:
    changed = True
    while changed:
        changed = False
        for vars_, total in p.sums:
            slo = sum(lo[v] for v in vars_)
            shi = sum(hi[v] for v in vars_)
            for v in vars_:
                new_lo = max(lo[v], total - (shi - hi[v]))
                new_hi = min(hi[v], total - (slo - lo[v]))
                if new_lo > new_hi:
                    return False
                if (new_lo, new_hi) != (lo[v], hi[v]):
                    slo += new_lo - lo[v]
                    shi += new_hi - hi[v]
                    lo[v], hi[v] = new_lo, new_hi
                    changed = True
        for x, y, off in p.les:
            cap = (hi[y] if y is not None else 0) + off
            if hi[x] > cap:
                hi[x] = cap
                changed = True
            if y is not None and lo[y] < lo[x] - off:
                lo[y] = lo[x] - off
                changed = True
            if lo[x] > hi[x] or (y is not None and lo[y] > hi[y]):
                return False
    return True


def _solve(p: Problem, lo: list[int], hi: list[int]) -> list[int] | None:
    lo, hi = list(lo), list(hi)
    if not _propagate(p, lo, hi):
        return None
    open_ = [v for v in range(len(lo)) if lo[v] < hi[v]]
    if not open_:
        return lo
    v = max(open_, key=lambda i: hi[i] - lo[i])
    mid = (lo[v] + hi[v]) // 2
    for a, b in ((lo[v], mid), (mid + 1, hi[v])):
        lo2, hi2 = list(lo), list(hi)
        lo2[v], hi2[v] = a, b
        found = _solve(p, lo2, hi2)
        if found is not None:
            return found
    return None


def pinned(p: Problem) -> list[str]:
    """The names of the unknowns that can take exactly one value (an infeasible problem is an error)."""
    base = _solve(p, p.lo, p.hi)
    assert base is not None, "the shown figures contradict each other"
    out = []
    for v in range(len(p.lo)):
        if not p.names[v]:
            continue
        x = base[v]
        below = _solve(p, p.lo, [*p.hi[:v], x - 1, *p.hi[v + 1 :]]) if x - 1 >= p.lo[v] else None
        above = _solve(p, [*p.lo[:v], x + 1, *p.lo[v + 1 :]], p.hi) if x + 1 <= p.hi[v] else None
        if below is None and above is None:
            out.append(p.names[v])
    return out


@dataclass(frozen=True)
class Row:
    label: str
    population: float | None
    value: float | None


SHARE, COUNT, CHANGES, POPULATION_VALUE, OTHER = "share", "count", "changes", "population", "other"


def measure_kind(measure_type: str) -> str:
    if measure_type == "andel_af_naevner" or measure_type == "antal_borgere":
        return POPULATION_VALUE
    if measure_type.startswith("andel_"):
        return SHARE
    if measure_type == "antal_indsatser":
        return COUNT
    if measure_type == "gns_sagsbehandlerskift":
        return CHANGES
    return OTHER


def attack_line(
    rows: Sequence[Row],
    total: Row,
    kind: str,
    *,
    partition: bool,
    scale: float = 1.0,
    naevner: float = 1.0,
) -> list[str]:
    """The hidden cells of one breakdown line that the attacker pins down (``line label: what``).

    ``scale`` turns a shown population into an integer (the period's days for full-time persons); ``naevner``
    turns an ``andel_af_naevner`` value back into a population.
    """
    p = Problem()
    if total.population is None:
        return []
    big = round(total.population * scale)
    pops: list[int] = []
    for r in rows:
        if r.population is not None:
            pops.append(round(r.population * scale))
        elif kind == POPULATION_VALUE and r.value is not None:  # the value is the population in disguise
            pops.append(round(r.value * naevner * scale))
        else:
            pops.append(p.var(f"{r.label}: population", 1, big))
    if partition:
        _add_sum(p, pops, big)
    total_value_known = total.value is not None
    if total_value_known and kind in (SHARE, CHANGES, COUNT) and (partition or kind == COUNT):
        assert total.value is not None
        t = round(total.value * total.population) if kind in (SHARE, CHANGES) else round(total.value)
        parts: list[int] = []
        for r, pop in zip(rows, pops, strict=True):
            if r.value is not None and r.population is not None:
                parts.append(round(r.value * r.population) if kind != COUNT else round(r.value))
                continue
            if r.value is not None and kind == COUNT:
                parts.append(round(r.value))
                continue
            if r.value is not None and kind == SHARE and r.value in (0.0, 1.0):  # 0 % or 100 % of a hidden population
                if r.value == 0.0:
                    parts.append(0)
                    continue
                parts.append(pop)
                continue
            v = p.var(f"{r.label}: {kind}", 0, max(t, 0))
            if kind == SHARE:  # a numerator never exceeds its population
                if isinstance(pop, Var):
                    p.les.append((v, pop, 0))
                else:
                    p.les.append((v, None, pop))
            parts.append(v)
        # years are not a partition of the efforts: a member of the whole period's population who is not in a
        # year's population adds to the total only, so the years add up to at most the total
        _add_sum(p, parts, t, at_most=not partition)
    if not p.lo:
        return []
    return pinned(p)


def _add_sum(p: Problem, parts: Sequence[int], total: int, *, at_most: bool = False) -> None:
    """Constants are folded into the total; :class:`Var` parts are the unknowns. ``at_most``: sum <= total."""
    const = sum(x for x in parts if not isinstance(x, Var))
    unknowns = [int(x) for x in parts if isinstance(x, Var)]
    if at_most:
        assert const <= total, "the shown figures exceed the total"
        unknowns.append(p.var("", 0, total - const))  # slack: not a cell of the workbook
    if unknowns:
        p.sums.append((unknowns, total - const))
    else:
        assert const == total, "the shown figures do not add up to the total"
