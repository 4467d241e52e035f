"""Time and peak memory of reading each workbook bomb of issue 12 (item 8), beside a normal small workbook.

Each file is read by the importer's reader (``interchange.read.read_rows``: guard, then the streaming reader) in a
fresh child process with its address space capped at 1 GiB and a 60 s timeout; the child reports its own wall time
and peak resident memory (``resource.getrusage(RUSAGE_SELF).ru_maxrss``, including the interpreter and imports, so
the baseline shows what the bombs add). Run from the repository root::

    python benchmarks/bench_bombs.py
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.security import bombs  # noqa: E402

LIMIT = 1024**3
TIMEOUT = 60

CHILD = """
import json, resource, sys, time
resource.setrlimit(resource.RLIMIT_AS, ({limit}, {limit}))
from pathlib import Path
from planner_gui.errors import UserError
from planner_gui.interchange.read import read_rows
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
start = time.perf_counter()
errors = []
try:
    rows = read_rows(Path(sys.argv[1]), errors)
    outcome = "read: %d rows, %d errors" % (sum(len(v) for v in rows.values()), len(errors))
    if errors:
        outcome += " (" + errors[0][:70] + ")"
except UserError as err:
    outcome = "refused: " + str(err).split(": ", 1)[-1][:80]
elapsed = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({{"seconds": elapsed, "peak_kb": peak, "imports_kb": before, "outcome": outcome}}))
"""


def normal() -> bytes:
    rows = "".join(bombs.borger_row(n, cpr=f"{(n % 28) + 1:02d}0190-{n % 10000:04d}") for n in range(2, 202))
    return bombs.xlsx([("borgere", f"<sheetData>{bombs.BORGERE_HEADER}{rows}</sheetData>")])


def shared_strings_under_limit() -> bytes:
    """2 million distinct shared strings (52 MB unpacked) under another name: under the 64 MB limit, read."""
    return bombs.strings_elsewhere(2_000_000)


def shared_strings_over_limit() -> bytes:
    """3 million distinct shared strings (78 MB unpacked) under ``xl/tekster/noget_andet.xml``: refused."""
    return bombs.strings_elsewhere(3_000_000)


def million_citizens() -> bytes:
    """A large honest workbook: 1,000,000 citizens with distinct names, inline strings (22 MB packed)."""
    rows = "".join(
        bombs.borger_row(i, f"{i % 28 + 1:02d}{(i // 28) % 12 + 1:02d}90-{i % 10000:04d}", f"Navn{i % 5000}", f"E{i}")
        for i in range(2, 1_000_002)
    )
    return bombs.xlsx([("borgere", f"<sheetData>{bombs.BORGERE_HEADER}{rows}</sheetData>")])


CASES: list[tuple[str, Callable[[], bytes] | str]] = [
    ("baseline: 200 citizens", normal),
    ('<dimension ref="A1:XFD1048576">', bombs.dimension_bomb),
    ('<row r="1000000000">', lambda: bombs.far_row(1_000_000_000)),
    ('<row r="1048576"> (last row Excel allows)', lambda: bombs.far_row(1_048_576)),
    ("shared strings, 52 MB, other name", shared_strings_under_limit),
    ("shared strings, 78 MB, other name", shared_strings_over_limit),
    ("1,000,000 citizens (268 MB of sheet XML)", million_citizens),
    ("20,000 cells in one row", bombs.wide_row),
    ("40,000-character cell", bombs.long_text),
    ("10,000 sheets on one part", lambda: bombs.two_sheets_one_part(10_000)),
    ("password-protected (OLE2)", bombs.encrypted_xlsx),
    ("FIFO", "fifo"),
    ("/dev/zero", "/dev/zero"),
]


def run(path: Path) -> dict[str, object]:
    started = time.monotonic()
    try:
        done = subprocess.run(
            [sys.executable, "-c", CHILD.format(limit=LIMIT), str(path)],
            capture_output=True,
            text=True,
            timeout=TIMEOUT,
            cwd=ROOT,
        )
    except subprocess.TimeoutExpired:
        return {"seconds": time.monotonic() - started, "peak_kb": 0, "outcome": f"TIMEOUT after {TIMEOUT} s"}
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or ["?"])[-1]
        return {"seconds": time.monotonic() - started, "peak_kb": 0, "outcome": f"CRASH: {last[:90]}"}
    result: dict[str, object] = json.loads(done.stdout)
    return result


def make_file(index: int, path: Path) -> None:
    """Build case ``index`` in its own process, so that the memory spent building it never shows in the readers'
    figures (a child's ``ru_maxrss`` starts from its parent's)."""
    make = CASES[index][1]
    assert callable(make)
    path.write_bytes(make())


def main() -> None:
    if len(sys.argv) == 4 and sys.argv[1] == "--make":
        make_file(int(sys.argv[2]), Path(sys.argv[3]))
        return
    print(f"{'workbook':44} {'bytes':>11} {'seconds':>8} {'peak MB':>8} {'imports':>8}  outcome")
    with tempfile.TemporaryDirectory() as tmp:
        for index, (label, make) in enumerate(CASES):
            if make == "fifo":
                path = Path(tmp) / "fifo.xlsx"
                os.mkfifo(path)
                size = "-"
            elif isinstance(make, str):
                path, size = Path(make), "-"
            else:
                path = Path(tmp) / "bomb.xlsx"
                subprocess.run([sys.executable, __file__, "--make", str(index), str(path)], check=True)
                size = f"{path.stat().st_size:,}"
            r = run(path)
            peak = int(str(r["peak_kb"])) / 1024
            imports = int(str(r.get("imports_kb", 0))) / 1024
            seconds = float(str(r["seconds"]))
            print(f"{label:44} {size:>11} {seconds:8.2f} {peak:8.0f} {imports:8.0f}  {r['outcome']}")
            if path.exists() and path.parent == Path(tmp):
                path.unlink()


if __name__ == "__main__":
    main()
