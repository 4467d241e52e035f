"""Refresh the translations: extract every tr() string of planner_gui/ui into the .ts files, then compile .qm.

    python resources/translations/update.py

Danish is the source language (the strings in the code). Translate new or changed entries in Qt Linguist
(``pyside6-linguist resources/translations/planner_en.ts``) or by editing the XML, then run this again to compile.
Uses ``pyside6-lupdate`` / ``pyside6-lrelease`` from the PySide6-Essentials wheel.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
LANGUAGES = {"en": "en_GB"}


def main() -> int:
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "planner_gui" / "ui").rglob("*.py"))
    for code, locale in LANGUAGES.items():
        ts = HERE / f"planner_{code}.ts"
        subprocess.run(
            [
                "pyside6-lupdate",
                "-no-obsolete",
                "-source-language",
                "da_DK",
                "-target-language",
                locale,
                *sources,
                "-ts",
                str(ts),
            ],
            cwd=ROOT,
            check=True,
        )
        subprocess.run(["pyside6-lrelease", str(ts), "-qm", str(HERE / f"planner_{code}.qm")], cwd=ROOT, check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
