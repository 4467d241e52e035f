"""The English translation is complete and the shipped .qm is what the .ts compiles to (issue 16).

``pyside6-lupdate`` (from the PySide6-Essentials wheel) extracts every ``tr()`` string of ``planner_gui/ui`` into a
copy of ``planner_en.ts``: a string it marks unfinished (new or changed in the code, no translation yet) or
obsolete/vanished (gone from the code, still in the file) fails the test. Then ``resources/translations/update.py``'s
own ``release`` compiles the shipped .ts, and the result must be byte for byte the shipped .qm. To fix either, run
``python resources/translations/update.py``, translate what it marks unfinished, and run it again."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = {"en": "en_GB"}


def _tool(name: str) -> str:
    """``pyside6-<name>`` on PATH, or the ``<name>`` binary inside the PySide6 package."""
    found = shutil.which(f"pyside6-{name}")
    if found:
        return found
    import PySide6

    for candidate in (Path(PySide6.__file__).parent / name, Path(PySide6.__file__).parent / f"{name}.exe"):
        if candidate.exists():
            return str(candidate)
    pytest.fail(f"pyside6-{name} is missing: it comes with the PySide6-Essentials wheel")


def _update_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("translations_update", TRANSLATIONS / "update.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _not_done(ts: Path) -> list[str]:
    """Every message of ``ts`` whose translation is unfinished, obsolete or vanished (or empty)."""
    problems = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "missing"
            forms = [] if translation is None else [translation.text or ""] + [f.text or "" for f in translation]
            if kind or not any(f.strip() for f in forms):
                problems.append(f"{kind or 'empty'}: {name}: {message.findtext('source')!r}")
    return problems


@pytest.mark.parametrize("code", sorted(LANGUAGES))
def test_lupdate_finds_every_string_translated_and_none_left_over(tmp_path: Path, code: str) -> None:
    shipped = TRANSLATIONS / f"planner_{code}.ts"
    ts = tmp_path / shipped.name
    shutil.copyfile(shipped, ts)
    sources = _update_script().sources()  # the ui and the Qt-free layers' QT_TRANSLATE_NOOP texts
    assert len(sources) > 20 and "planner_gui/domain/codes.py" in sources
    # without -no-obsolete: a string that left the code stays in the copy, marked vanished, and fails below
    proc = subprocess.run(
        [_tool("lupdate"), "-source-language", "da_DK", "-target-language", LANGUAGES[code], *sources, "-ts", str(ts)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env=dict(os.environ, LC_ALL="C.UTF-8"),
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    messages = sum(1 for _ in ET.parse(ts).getroot().iter("message"))
    assert messages > 500, proc.stdout
    problems = _not_done(ts)
    assert not problems, (
        f"{len(problems)} of {messages} messages are not done in {shipped.name} (run resources/translations/update.py"
        f" and translate them): {problems}"
    )


@pytest.mark.parametrize("code", sorted(LANGUAGES))
def test_the_shipped_qm_is_what_the_ts_compiles_to(tmp_path: Path, code: str, monkeypatch) -> None:
    update = _update_script()
    lrelease = _tool("lrelease")
    real_run = subprocess.run

    def run(cmd, *args, **kwargs):  # update.py calls pyside6-lrelease by name: the one found here
        if cmd and cmd[0] == "pyside6-lrelease":
            cmd = [lrelease, *cmd[1:]]
            kwargs["capture_output"] = True
        return real_run(cmd, *args, **kwargs)

    monkeypatch.setattr(update.subprocess, "run", run)
    fresh = tmp_path / f"planner_{code}.qm"
    update.release(TRANSLATIONS / f"planner_{code}.ts", fresh)
    shipped = TRANSLATIONS / f"planner_{code}.qm"
    assert fresh.read_bytes() == shipped.read_bytes(), (
        f"{shipped.name} is not what {shipped.with_suffix('.ts').name} compiles to: "
        "run resources/translations/update.py"
    )


def test_our_additions_to_qts_danish_are_complete_and_compiled(tmp_path: Path, monkeypatch) -> None:
    """``planner_qt_da.ts`` (Qt's file-dialog texts the wheel's qtbase_da lacks) is finished and its .qm is current."""
    update = _update_script()
    lrelease = _tool("lrelease")
    real_run = subprocess.run

    def run(cmd, *args, **kwargs):
        if cmd and cmd[0] == "pyside6-lrelease":
            cmd = [lrelease, *cmd[1:]]
            kwargs["capture_output"] = True
        return real_run(cmd, *args, **kwargs)

    monkeypatch.setattr(update.subprocess, "run", run)
    for ts in sorted(TRANSLATIONS.glob("planner_qt_*.ts")):
        assert not _not_done(ts), _not_done(ts)
        fresh = tmp_path / ts.with_suffix(".qm").name
        update.release_plain(ts, fresh)
        assert fresh.read_bytes() == ts.with_suffix(".qm").read_bytes(), "run resources/translations/update.py"
    assert (TRANSLATIONS / "planner_qt_da.qm").is_file()
