"""Workbook bombs without bounds (issue 12, item 8): each is read within seconds and a bounded amount of memory, or
refused with a clear message and exit 2. Every file here is a few kilobytes at most.

The reading runs in a child process with its address space capped (``RLIMIT_AS``) and a timeout, so a file that
would run for minutes or grow to gigabytes fails the test instead of hanging it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from planner_gui.errors import UserError
from planner_gui.interchange import fastread, guard
from planner_gui.interchange.read import read_rows
from tests.conftest import PASSWORD
from tests.security import bombs

LIMIT_BYTES = 1024**3  # the bound: any workbook is read within 1 GB ...
TIMEOUT = 30  # ... and 60 s; these files are tiny, so half that is plenty

_CHILD = """
import json, resource, sys
resource.setrlimit(resource.RLIMIT_AS, ({limit}, {limit}))
from pathlib import Path
from planner_gui.errors import UserError
from planner_gui.interchange.read import read_rows
errors = []
try:
    rows = read_rows(Path(sys.argv[1]), errors)
except UserError as err:
    print(json.dumps({{"refused": str(err)}}))
else:
    found = {{k: [[r.number, dict(r.values)] for r in v] for k, v in rows.items()}}
    print(json.dumps({{"rows": found, "errors": errors}}, default=str))
print("peak_kb", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr)
"""


def read_in_child(path: Path) -> tuple[dict[str, object], float]:
    """Read ``path`` with the importer's reader in a child process capped at 1 GB of address space and 30 s."""
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-c", _CHILD.format(limit=LIMIT_BYTES), str(path)],
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        cwd=Path(__file__).resolve().parents[2],
    )
    elapsed = time.monotonic() - started
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout), elapsed


def write(tmp_path: Path, data: bytes, name: str = "bombe.xlsx") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_a_declared_dimension_of_the_whole_sheet_costs_nothing(tmp_path: Path) -> None:
    data = bombs.dimension_bomb()
    assert len(data) < 2048
    result, elapsed = read_in_child(write(tmp_path, data))
    assert result["errors"] == []
    assert result["rows"] == {"borgere": [[2, {"cpr": "010190-1234", "fornavn": "Jens", "efternavn": "Hansen"}]]}
    assert elapsed < TIMEOUT


def test_a_row_past_excels_last_row_is_refused_without_allocating_the_gap(tmp_path: Path) -> None:
    data = bombs.far_row(1_000_000_000)
    assert len(data) < 2048
    result, _ = read_in_child(write(tmp_path, data))
    errors = result["errors"]
    assert isinstance(errors, list) and len(errors) == 1, result
    assert errors[0].startswith("borgere!1000000000: rækkenummer 1000000000 ligger uden for Excels grænse")


def test_the_last_row_excel_allows_is_read_without_the_rows_before_it(tmp_path: Path) -> None:
    result, _ = read_in_child(write(tmp_path, bombs.far_row(1_048_576)))
    assert result["errors"] == []
    assert result["rows"] == {
        "borgere": [[1_048_576, {"cpr": "010190-1234", "fornavn": "Jens", "efternavn": "Hansen"}]]
    }


def test_row_numbers_that_go_backwards_are_refused(tmp_path: Path) -> None:
    body = f"<sheetData>{bombs.BORGERE_HEADER}{bombs.borger_row(5)}{bombs.borger_row(3)}</sheetData>"
    errors: list[str] = []
    read_rows(write(tmp_path, bombs.xlsx([("borgere", body)])), errors)
    assert errors == ["borgere!3: rækkenummer 3 står efter række 5; rækkerne skal stå i orden"]


def test_shared_strings_under_another_name_are_bounded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The workbook names its shared-strings part through a relationship; the limit follows that, not the name.
    The real limit is 128 MB; the test lowers it to 1 MB and sends 1.5 MB of distinct strings."""
    monkeypatch.setattr(fastread, "MAX_SHARED_STRINGS", 1024**2)
    data = bombs.strings_elsewhere(60_000)
    with zipfile.ZipFile(write(tmp_path, data)) as zf:
        info = zf.getinfo("xl/tekster/noget_andet.xml")
        assert info.file_size > 1.5 * 1024**2 and "xl/sharedStrings.xml" not in zf.namelist()
    with pytest.raises(UserError, match=r"sharedStrings.*xl/tekster/noget_andet.xml.*over grænsen"):
        read_rows(tmp_path / "bombe.xlsx", [])


def test_every_part_is_guarded_by_ratio_whatever_its_name(tmp_path: Path) -> None:
    """A part nobody reads (an 'image') that inflates 1000-fold is refused before anything is parsed."""
    good = bombs.xlsx([("borgere", f"<sheetData>{bombs.BORGERE_HEADER}</sheetData>")])
    path = write(tmp_path, good)
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("xl/media/billede.png", b"\0" * (24 * 1024**2))
    assert path.stat().st_size < 100 * 1024
    with pytest.raises(UserError, match=r"xl/media/billede.png pakker ud til 24 MB.*zip-bombe"):
        read_rows(path, [])


def test_a_row_wider_than_excel_is_refused(tmp_path: Path) -> None:
    errors: list[str] = []
    read_rows(write(tmp_path, bombs.wide_row(20_000)), errors)
    assert errors == ["borgere!2: kolonne 16385 ligger uden for Excels grænse på 16384 kolonner"]
    errors = []
    same_cell = '<c r="B2"/>' * 16_385
    body = f"<sheetData>{bombs.BORGERE_HEADER}<row r='2'>{same_cell}</row></sheetData>"
    read_rows(write(tmp_path, bombs.xlsx([("borgere", body)])), errors)
    assert errors == ["borgere!2: rækken har flere end 16384 celler"]


def test_a_text_longer_than_excel_allows_is_refused_at_its_cell(tmp_path: Path) -> None:
    errors: list[str] = []
    read_rows(write(tmp_path, bombs.long_text(40_000)), errors)
    assert errors == ["borgere!2 fornavn: cellen er længere end Excels grænse på 32767 tegn"]


def test_sheets_sharing_one_part_are_refused(tmp_path: Path) -> None:
    """Ten thousand sheet entries on one part would read that part ten thousand times."""
    with pytest.raises(UserError, match="samme del"):
        read_rows(write(tmp_path, bombs.two_sheets_one_part(10_000)), [])


# ---------------------------------------------------------------------------------------------------- not files


def run_cli_import(db_path: Path | str, target: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PLANNER_USER="admin", PLANNER_PASSWORD=PASSWORD)
    return subprocess.run(
        [sys.executable, "-m", "planner_gui", "import", "--db", str(db_path), target],
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        env=env,
        cwd=Path(__file__).resolve().parents[2],
    )


@pytest.mark.parametrize("kind", ["fifo", "dev_zero", "folder"])
def test_anything_but_a_regular_file_is_refused_at_once(kind: str, cli_db: str, tmp_path: Path) -> None:
    if kind == "fifo":
        target = tmp_path / "data.xlsx"
        os.mkfifo(target)  # nobody ever writes: opening it for reading would wait for ever
        words = "FIFO"
    elif kind == "dev_zero":
        if not Path("/dev/zero").exists():
            pytest.skip("no /dev/zero")
        target, words = Path("/dev/zero"), "enhed"
    else:
        target = tmp_path / "mappe.xlsx"
        target.mkdir()
        words = "mappe"
    started = time.monotonic()
    done = run_cli_import(cli_db, str(target))
    assert done.returncode == 2, done.stderr
    assert words in done.stderr and str(target) in done.stderr
    assert "Traceback" not in done.stderr
    assert time.monotonic() - started < TIMEOUT


def test_the_guard_refuses_a_fifo_without_waiting(tmp_path: Path) -> None:
    target = tmp_path / "pipe.xlsx"
    os.mkfifo(target)
    with pytest.raises(UserError, match=r"navngiven pipe \(FIFO\)"):
        guard.check_workbook_file(target)
    with pytest.raises(fastread.FastReadError, match="FIFO"):
        fastread.open_workbook(target)


def test_a_workbook_with_more_cells_than_one_import_reads_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The real budget is 6 million cells (about 1 GB kept, 30 s); the test lowers it to 10."""
    monkeypatch.setattr(fastread, "MAX_CELLS", 10)
    rows = "".join(bombs.borger_row(n) for n in range(2, 6))
    path = write(tmp_path, bombs.xlsx([("borgere", f"<sheetData>{bombs.BORGERE_HEADER}{rows}</sheetData>")]))
    with pytest.raises(UserError, match=r"flere end 10 celler.*del den op"):
        read_rows(path, [])
