"""Crash safety: a writer process is killed with SIGKILL at random moments, at least 50 times.

After every kill the file passes ``PRAGMA integrity_check``, every save the writer reported after its commit is
there, no save is half there (citizen, plan and audit row come together or not at all), the audit chain is intact, and
the app's ``open_database`` opens the file. The writer alternates new citizens with plan edits made through the
citizen screen's services (``plans.open_citizen`` + ``plans.save_plan``); every reported edit must be held (or a later
one), and the goal held must be the newest in the audit log.
"""

from __future__ import annotations

import random
import signal
from pathlib import Path

import crashkit
import pytest

KILLS = 50


@pytest.mark.slow
def test_sigkill_at_random_moments_loses_nothing(empty_db: object, db_path: Path) -> None:
    empty_db.dispose()  # type: ignore[attr-defined]
    rng = random.Random(20261123)
    zygote = crashkit.Zygote(db_path)
    reported: set[str] = set()
    edits: dict[str, int] = {}
    mid_run = 0
    try:
        for i in range(KILLS):
            if i % 10 == 0:  # some kills while the writer starts up
                cycle = zygote.cycle(rng.uniform(0.0, 0.03))
            else:  # the others after 1-4 saves, at a random moment of the next one
                cycle = zygote.cycle(rng.uniform(0.0, 0.04), after_saves=rng.randint(1, 4))
            assert cycle.signal == signal.SIGKILL, f"kill {i}: the writer ended on its own"
            mid_run += bool(cycle.created)
            reported |= cycle.created
            for cid, n in cycle.edits.items():
                edits[cid] = max(edits.get(cid, -1), n)
            check = crashkit.verify(db_path, reported, edits=edits)
            assert check.problems == [], f"after kill {i + 1}: {check.problems}"
    finally:
        zygote.close()
    assert len(reported) >= KILLS, "the writer hardly saved anything; the kills tested nothing"
    assert len(edits) >= KILLS // 4 and check.plan_edits >= len(edits)
    assert mid_run >= KILLS // 2
