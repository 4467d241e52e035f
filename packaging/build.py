"""Build the one-folder bundle ``dist/planner-gui/`` with PyInstaller (CONTRACT.md section 5).

    python3 -m pip install -e ".[package]"
    python3 packaging/build.py [--dist DIR] [--work DIR]

The bundle runs on a computer without Python: ``dist/planner-gui/planner-gui`` (``planner-gui.exe`` on Windows) is
the desktop app and every subcommand. Build on the system you ship to (Windows for Windows, Linux for Linux).
Exit 0 when built, 2 when PyInstaller is missing, 1 when the build failed.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "planner-gui.spec"
NAME = "planner-gui"


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def build(dist: Path, work: Path) -> Path:
    """Run PyInstaller on the spec; returns the bundle folder ``dist/planner-gui``."""
    import PyInstaller.__main__

    PyInstaller.__main__.run(
        [str(SPEC), "--noconfirm", "--clean", "--log-level", "WARN", "--distpath", str(dist), "--workpath", str(work)]
    )
    return dist / NAME


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder (default: dist/)")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller", help="PyInstaller's work folder")
    args = parser.parse_args(argv)
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        print("build.py: PyInstaller is not installed: python3 -m pip install -e '.[package]'", file=sys.stderr)
        return 2
    started = time.monotonic()
    try:
        bundle = build(args.dist.resolve(), args.work.resolve())
    except SystemExit as exc:  # PyInstaller exits on errors
        print(f"build.py: PyInstaller failed ({exc.code})", file=sys.stderr)
        return 1
    exe = bundle / (f"{NAME}.exe" if sys.platform == "win32" else NAME)
    if not exe.is_file():
        print(f"build.py: {exe} was not built", file=sys.stderr)
        return 1
    size = folder_size(bundle) / 1e6
    print(f"Built {bundle} ({size:.0f} MB) in {time.monotonic() - started:.0f} s; run {exe}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
