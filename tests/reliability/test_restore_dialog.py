"""The "Gendan fra sikkerhedskopi" dialog, through the real widgets: list, contents, restore."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import crashkit
import pytest
from PySide6.QtCore import Qt

from planner_gui.storage import backup, recovery
from tests.conftest import PASSWORD


def _citizens(path: Path) -> int:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return int(conn.execute("SELECT count(*) FROM citizens").fetchone()[0])
    finally:
        conn.close()


@pytest.fixture
def two_backups(empty_db: object, db_path: Path) -> tuple[Path, Path]:
    db = empty_db
    crashkit.save_one(db)  # type: ignore[arg-type]
    older = backup.make_backup(db_path, "daglig", now=dt.datetime(2026, 11, 20, 8, 0))
    for _ in range(2):
        crashkit.save_one(db)  # type: ignore[arg-type]
    newer = backup.make_backup(db_path, "manuel")
    for _ in range(2):
        crashkit.save_one(db)  # type: ignore[arg-type]
    db.dispose()  # type: ignore[attr-defined]
    assert older is not None and newer is not None
    return older, newer


def test_dialog_lists_shows_contents_and_restores(qtbot, two_backups: tuple[Path, Path], db_path: Path) -> None:
    from planner_gui.ui.restore_dialog import RestoreDialog

    older, _newer = two_backups
    closed: list[bool] = []
    dialog = RestoreDialog(db_path, who="admin", before_restore=lambda: closed.append(True))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "Gendan fra sikkerhedskopi"
    table = dialog.table
    assert table.rowCount() == 2
    assert table.item(1, 0).text() == "20-11-2026 08:00:00"  # date
    assert table.item(1, 2).text() == "daglig"
    assert table.item(0, 1).text().endswith("kB")  # size
    qtbot.waitUntil(lambda: "3 borgere" in dialog.details.text(), timeout=10_000)  # the newest, read in the background
    assert "Nyeste ændring" in dialog.details.text()

    rect = table.visualItemRect(table.item(1, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: "1 borgere" in dialog.details.text(), timeout=10_000)
    assert dialog.restore_button.isEnabled()

    asked: list[str] = []
    dialog.confirm = lambda text: asked.append(text) or False  # type: ignore[method-assign]
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert asked and "20-11-2026" in asked[0] and _citizens(db_path) == 5  # said no: nothing changed

    dialog.confirm = lambda text: True  # type: ignore[method-assign]
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert closed == [True]
    assert dialog.restored is not None and dialog.restored.backup == older
    assert _citizens(db_path) == 1
    assert dialog.restored.kept is not None and _citizens(dialog.restored.kept) == 5


def test_dialog_for_a_damaged_file_offers_the_newest_and_refuses_a_broken_backup(
    qtbot, two_backups: tuple[Path, Path], db_path: Path
) -> None:
    from planner_gui.ui.restore_dialog import RestoreDialog

    older, newer = two_backups
    db_path.write_bytes(b"\0" * 8192)
    damage = recovery.diagnose(db_path)
    assert damage is not None and damage.backup is not None and damage.backup.path == newer
    older.write_bytes(b"ikke en database")
    dialog = RestoreDialog(db_path, damage_text=damage.message)
    qtbot.addWidget(dialog)
    dialog.show()
    assert str(db_path) in dialog.findChild(type(dialog.details), "damageLabel").text()
    assert table_selected_path(dialog) == newer
    dialog.table.selectRow(1)
    qtbot.waitUntil(lambda: "beskadiget" in dialog.details.text(), timeout=10_000)
    assert not dialog.restore_button.isEnabled()
    dialog.table.selectRow(0)
    qtbot.waitUntil(dialog.restore_button.isEnabled, timeout=10_000)
    dialog.confirm = lambda text: True  # type: ignore[method-assign]
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert _citizens(db_path) == 3
    assert dialog.restored is not None and dialog.restored.kept is not None
    assert dialog.restored.kept.name.startswith("planner.db.damaged-")
    assert dialog.restored.kept.read_bytes() == b"\0" * 8192


def table_selected_path(dialog: object) -> Path | None:
    row = dialog.selected()  # type: ignore[attr-defined]
    return row.path if row is not None else None


def test_app_start_offers_the_backup_of_a_damaged_file_and_takes_the_daily_backup(
    qtbot, two_backups: tuple[Path, Path], db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QApplication

    from planner_gui.ui import restore_dialog
    from planner_gui.ui.app import AppController

    _older, newer = two_backups
    db_path.write_bytes(b"")  # a copy that stopped at 0 bytes
    shown: list[str] = []

    def choose_newest(self: restore_dialog.RestoreDialog) -> int:  # the user clicks "Gendan" on the newest
        shown.append(self.findChild(type(self.details), "damageLabel").text())
        assert self.selected() is not None and self.selected().path == newer
        self.confirm = lambda text: True  # type: ignore[method-assign]
        qtbot.waitUntil(self.restore_button.isEnabled, timeout=10_000)
        self.restore_button.click()
        return int(self.result())

    monkeypatch.setattr(restore_dialog.RestoreDialog, "exec", choose_newest)
    controller = AppController(QApplication.instance(), str(db_path))  # type: ignore[arg-type]
    controller.start()
    qtbot.waitUntil(lambda: controller.database is not None and controller.login_window is not None, timeout=20_000)
    try:
        assert shown and str(db_path) in shown[0] and "tom (0 byte)" in shown[0]
        assert _citizens(db_path) == 3
        kept = list(db_path.parent.glob("planner.db.damaged-*"))
        assert len(kept) == 1 and kept[0].stat().st_size == 0

        # the day's backup is taken in the background once the user is in, never delaying the login
        def todays() -> bool:
            taken = backup.list_backups(db_path)
            return any(b.label == backup.DAILY_LABEL and b.created.date() == dt.date.today() for b in taken)

        assert not todays()
        controller.login_window.initials.setText("admin")
        controller.login_window.password.setText(PASSWORD)
        controller.login_window.submit()
        qtbot.waitUntil(lambda: controller.main_window is not None, timeout=20_000)
        qtbot.waitUntil(todays, timeout=20_000)
    finally:
        if controller.main_window is not None:
            controller.main_window.close()
        controller.login_window.close()
        controller.shutdown()


def test_smoke_on_a_damaged_file_names_it_and_the_backup(
    two_backups: tuple[Path, Path], db_path: Path, tmp_path: Path
) -> None:
    import os
    import subprocess
    import sys

    with db_path.open("r+b") as fh:
        fh.truncate(db_path.stat().st_size // 2 + 100)
    before = db_path.read_bytes()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PLANNER_DATA_DIR=str(tmp_path / "data"))
    proc = subprocess.run(
        [sys.executable, "-m", "planner_gui", "--smoke", "--db", str(db_path)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert proc.returncode == 2
    assert str(db_path) in proc.stderr and "afkortet" in proc.stderr and "sikkerhedskopi" in proc.stderr
    assert "Traceback" not in proc.stderr
    assert db_path.read_bytes() == before
