"""Hjælp > Brugervejledning (F1): the guide the app ships opens in a window of its own, with its headings and its
screenshots; the shipped copy is the one in docs/ (``docs/make_screenshots.py`` makes it)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QTextDocument

from planner_gui.config import repo_root
from planner_gui.ui.context import AppContext
from planner_gui.ui.help import GUIDE_NAME, MAX_IMAGE_WIDTH, HelpDialog, guide_path
from tests.conftest import TODAY, staff_actor

HEADINGS = (
    "Brugervejledning",
    "1. Første start og login",
    "2. Mine borgere og søgning",
    "3. Borgerens plan",
    "4. Progressionsmålinger og grafen",
    "5. Min plan og borgerens ret til aktindsigt",
    "6. Arbejde uden net: Tag med ud, Synkroniser, Tjek ind",
    "7. Skærmlås og log ud",
    "10. Rapporter (for teamledere)",
    "11. Genveje på tastaturet",
    "12. Hvor ligger dine data og loggen?",
    "English summary",
)


@pytest.fixture
def window(qtbot, demo_db):
    from planner_gui.ui.main_window import MainWindow

    win = MainWindow(AppContext(demo_db, staff_actor(demo_db)), today=TODAY)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    return win


def _check_guide(dialog: HelpDialog) -> None:
    headings = dialog.headings()
    for heading in HEADINGS:
        assert heading in headings
    text = dialog.browser.toPlainText()
    assert "Ctrl+S" in text and "Tag med ud" in text and "aktindsigt" in text.lower()
    names = dialog.image_names()
    assert "login.png" in names and len(names) >= 8
    for name in names:  # every screenshot resolves against the guide's folder
        assert not dialog.image(name).isNull(), name
    document = dialog.browser.document()
    shown = document.resource(QTextDocument.ResourceType.ImageResource, QUrl(names[1]))  # as the window painted it
    assert shown is not None and not shown.isNull()
    for fmt in dialog.image_formats():  # a wide screenshot is scaled down to fit the window
        assert 0 < (fmt.width() or dialog.image(fmt.name()).width()) <= MAX_IMAGE_WIDTH


def test_f1_opens_the_guide_with_its_headings_and_images(qtbot, window) -> None:
    qtbot.keyClick(window, Qt.Key.Key_F1)
    dialog = window.help_dialog
    assert isinstance(dialog, HelpDialog)
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle() == "Brugervejledning" and not dialog.isModal()
    _check_guide(dialog)
    dialog.close()
    window.guide_action.trigger()  # the menu's action opens the same window again
    assert window.help_dialog is dialog and dialog.isVisible()
    dialog.close()


def test_the_help_menu_has_the_guide_on_f1(window) -> None:
    help_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Hjælp")
    actions = [a for a in help_menu.actions() if not a.isSeparator()]
    assert actions[0] is window.guide_action and actions[0].text() == "&Brugervejledning"
    assert window.guide_action.shortcut().toString() == "F1"
    assert window.about_action in actions


def test_the_shipped_guide_is_the_one_in_docs() -> None:
    """resources/help/ (shipped as planner_gui.resources) holds docs/brugervejledning.md with its image paths made
    local, and every PNG the guide shows; run ``python3 docs/make_screenshots.py --copy-only`` after editing it."""
    spec = importlib.util.spec_from_file_location("make_screenshots", repo_root() / "docs" / "make_screenshots.py")
    assert spec is not None and spec.loader is not None
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    docs = repo_root() / "docs" / GUIDE_NAME
    shipped = guide_path()
    assert shipped.read_text(encoding="utf-8") == script.help_text(docs.read_text(encoding="utf-8"))
    images = sorted(p.name for p in (repo_root() / "docs" / "screenshots" / "guide").glob("*.png"))
    assert images and sorted(p.name for p in shipped.parent.glob("*.png")) == images
    assert sum((shipped.parent / name).stat().st_size for name in images) < 1_000_000


def test_a_missing_guide_says_so(qtbot, tmp_path: Path) -> None:
    dialog = HelpDialog(path=tmp_path / "mangler" / GUIDE_NAME)
    qtbot.addWidget(dialog)
    assert "kunne ikke åbnes" in dialog.browser.toPlainText()


def test_in_english_the_guide_opens_at_the_english_summary(qtbot, window) -> None:
    from PySide6.QtWidgets import QApplication

    from planner_gui.ui.app import install_translation

    app = QApplication.instance()
    try:
        assert install_translation(app, "en") == "en"
        dialog = HelpDialog()
        qtbot.addWidget(dialog)
        assert dialog.windowTitle() == "User guide"
        assert dialog.browser.textCursor().block().text() == "English summary"
    finally:
        install_translation(app, "da")
    dialog = HelpDialog()  # in Danish: from the top
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Brugervejledning" and dialog.browser.textCursor().position() == 0
    assert dialog.show_section("12. Hvor ligger dine data og loggen?") and not dialog.show_section("Findes ikke")
