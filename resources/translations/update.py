"""Refresh the translations: extract every tr() string of planner_gui/ui, and every QT_TRANSLATE_NOOP text of the
Qt-free layers the desktop shows (services, engines, domain, storage: ``planner_gui.domain.i18n``), into the .ts
files, then compile .qm.

    python resources/translations/update.py

Danish is the source language (the strings in the code). Translate new or changed entries in Qt Linguist
(``pyside6-linguist resources/translations/planner_en.ts``) or by editing the XML, then run this again to compile.
Uses ``pyside6-lupdate`` / ``pyside6-lrelease`` from the PySide6-Essentials wheel.

Modules outside a QObject class translate through a small helper, ``def tr(text): return
QCoreApplication.translate("SomeContext", text)``. lupdate cannot see that context and files those strings under the
empty context, where Qt never looks them up at run time. The .ts keeps them as lupdate writes them (so Linguist and
the next lupdate run see the same file), but the .qm is compiled from a copy in which each such message is also filed
under the context its module's helper uses.

``planner_qt_<lang>.ts`` are written by hand: Qt's own texts that the wheel's ``qtbase_<lang>.qm`` lacks (the file
dialog's newer labels). lupdate never touches them; this script compiles them to ``planner_qt_<lang>.qm``.
"""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
LANGUAGES = {"en": "en_GB"}


def helper_context(source: Path) -> str | None:
    """The context a module's own ``def tr(...)`` passes to ``QCoreApplication.translate``, or None."""
    try:
        text = source.read_text(encoding="utf-8")
    except OSError:
        return None
    start = re.search(r"^def tr\(", text, re.MULTILINE)
    if start is None:
        return None
    body = text[start.start() :].split("\n\n", 1)[0]
    found = re.search(r'(?:context: str = |translate\(\s*)"(\w+)"', body)
    return found.group(1) if found else None


def release(ts: Path, qm: Path) -> None:
    """lrelease ``ts`` into ``qm``, with the empty-context messages also under their helpers' contexts."""
    tree = ET.parse(ts)
    root = tree.getroot()
    contexts = {(c.findtext("name") or ""): c for c in root.findall("context")}
    loose = contexts.get("")
    if loose is not None:
        for message in loose.findall("message"):
            targets = {
                helper_context((ts.parent / loc.get("filename", "")).resolve()) for loc in message.findall("location")
            }
            for target in sorted(t for t in targets if t):
                ctx = contexts.get(target)
                if ctx is None:
                    ctx = ET.SubElement(root, "context")
                    ET.SubElement(ctx, "name").text = target
                    contexts[target] = ctx
                source = message.findtext("source")
                if not any(m.findtext("source") == source for m in ctx.findall("message")):
                    ctx.append(message)
    with tempfile.TemporaryDirectory() as tmp:
        compiled = Path(tmp) / ts.name
        tree.write(compiled, encoding="utf-8", xml_declaration=True)
        subprocess.run(["pyside6-lrelease", str(compiled), "-qm", str(qm)], cwd=ROOT, check=True)


#: where lupdate looks: the ui (tr) and the Qt-free layers whose texts the ui shows (QT_TRANSLATE_NOOP); the command
#: line (cli.py) and the demo data stay Danish
SOURCE_FOLDERS = ("ui", "services", "domain", "interchange", "reports", "storage")
SOURCE_FILES = ("errors.py",)


def sources() -> list[str]:
    """The Python files lupdate reads, relative to the repository."""
    package = ROOT / "planner_gui"
    found = [p for folder in SOURCE_FOLDERS for p in (package / folder).rglob("*.py")]
    found += [package / name for name in SOURCE_FILES]
    return sorted(str(p.relative_to(ROOT)) for p in found)


def release_plain(ts: Path, qm: Path) -> None:
    """lrelease a hand-written ``ts`` (``planner_qt_<lang>.ts``) into ``qm`` as it is."""
    subprocess.run(["pyside6-lrelease", str(ts), "-qm", str(qm)], cwd=ROOT, check=True)


def main() -> int:
    for ts in sorted(HERE.glob("planner_qt_*.ts")):
        release_plain(ts, ts.with_suffix(".qm"))
    files = sources()
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
                *files,
                "-ts",
                str(ts),
            ],
            cwd=ROOT,
            check=True,
        )
        release(ts, HERE / f"planner_{code}.qm")
    return 0


if __name__ == "__main__":
    sys.exit(main())
