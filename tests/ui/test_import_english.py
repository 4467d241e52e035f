"""The import engine's messages in English (issue 16): with the English translator installed, a workbook with bad rows
is refused with every problem in English, each still ``sheet!row column: reason``; the Danish text (what the command
line prints) is unchanged. The goal file's and the storage layer's messages follow the language too."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from sqlalchemy import func, select

from planner_gui.interchange.read import ImportErrors
from planner_gui.services.interchange import import_workbook
from planner_gui.ui.app import install_translation
from planner_gui.ui.i18n import error_text, translated
from tests.interchange.wb import GOOD, make_workbook

# words of the Danish messages that no English one holds
DANISH = re.compile(r"\b(ikke|er|mangler|findes|hverken|ligger|tegn|timer er|dato|måned|arket|intet)\b|[æøå]")


@pytest.fixture
def english(qapp):
    install_translation(qapp, "en")
    yield qapp
    install_translation(qapp, "da")


def _bad_workbook(tmp_path: Path) -> Path:
    sheets = dict(GOOD)
    sheets["borgere"] = [*GOOD["borgere"], ["3213901234", "Ole", "Olsen"], ["1111111118", "Ole\u202e", "Olsen"]]
    sheets["ydelser"] = [*GOOD["ydelser"], ["010190-1234", "kontanthjaelp_jobparat", "2018-05-01", "2018-04-01"]]
    sheets["ordinaere_timer"] = [["010190-1234", "2018-13", 12.5], ["010190-1234", "2018-05", 800]]
    sheets["afgange"] = [["0202854321", "2019-09-01", "pension"], ["0303030303", "2019-09-01", "job"]]
    return make_workbook(tmp_path / "fejl.xlsx", sheets)


def test_an_import_with_bad_rows_reads_in_english(english, empty_db, admin, tmp_path: Path) -> None:
    with pytest.raises(ImportErrors) as caught:
        import_workbook(empty_db, admin, _bad_workbook(tmp_path))
    danish = str(caught.value).splitlines()  # what the command line prints: Danish, as before
    assert "ordinaere_timer!2 maaned: '2018-13' er ikke en måned (brug ÅÅÅÅ-MM)" in danish
    assert "ordinaere_timer!3 timer: 800 timer er flere end en måned har" in danish
    assert "ydelser!4 til: 2018-04-01 ligger før fra (2018-05-01)" in danish

    english_lines = error_text(caught.value).splitlines()
    assert len(english_lines) == len(danish)
    assert "ordinaere_timer!2 maaned: '2018-13' is not a month (use YYYY-MM)" in english_lines
    assert "ordinaere_timer!3 timer: 800 hours is more than a month has" in english_lines
    assert "ydelser!4 til: 2018-04-01 lies before fra (2018-05-01)" in english_lines
    assert any(line.startswith("afgange!2 type: unknown code 'pension' (allowed: ") for line in english_lines)
    assert "afgange!3 cpr: the citizen 030303-0303 is neither in the sheet borgere nor in the database" in english_lines
    assert any(line.startswith("borgere!4 cpr: ") and "CPR number" in line for line in english_lines), english_lines
    assert any(
        line.startswith("borgere!5 fornavn: contains a character that reverses the writing direction (U+202E")
        for line in english_lines
    ), english_lines
    for line in english_lines:  # the sheet and column names are the contract's, the rest English
        reason = line.split(": ", 1)[1]
        assert not DANISH.search(reason.replace("borgere", "")), line


def test_a_file_that_is_no_workbook_is_refused_in_english(english, empty_db, admin, tmp_path: Path) -> None:
    path = tmp_path / "noter.xlsx"
    path.write_text("ikke en projektmappe", encoding="utf-8")
    with pytest.raises(Exception) as caught:
        import_workbook(empty_db, admin, path)
    assert str(caught.value) == f"{path}: filen er ikke en Excel-projektmappe (.xlsx); intet blev importeret"
    assert error_text(caught.value) == f"{path}: the file is not an Excel workbook (.xlsx); nothing was imported"


def test_goal_file_errors_read_in_english(english) -> None:
    from planner_gui.domain.goals import GoalFileError, parse_goal_text

    text = "kommune: Testby\nplan: p\ngoals:\n  - {id: a, titel: t, maal: {type: andel_i_job}, maalvaerdi: 1}\n"
    with pytest.raises(GoalFileError) as caught:
        parse_goal_text(text, "plan.yaml")
    assert caught.value.errors[0] == "plan.yaml:4: mål a: den påkrævede nøgle 'retning' mangler"
    english_lines = error_text(caught.value).splitlines()
    assert english_lines[0] == "plan.yaml:4: goal a: missing required key 'retning'"
    assert english_lines[1].startswith("plan.yaml:4: goal a.maal.type: unknown measure type 'andel_i_job' (known: ")


def test_a_storage_message_reads_in_english(english, tmp_path: Path) -> None:
    from planner_gui.storage.db import describe_storage_error
    from planner_gui.storage.files import os_error

    err = describe_storage_error(PermissionError(13, "Permission denied"), "sager.db")
    assert err is not None and str(err) == "sager.db: ingen adgang til at skrive filen (Permission denied)"
    assert error_text(err) == "sager.db: no permission to write the file (Permission denied)"
    full = os_error(OSError(28, "No space left on device"), "rapport.xlsx")
    assert (
        error_text(full)
        == "rapport.xlsx: could not write the file (there is no space left on the disk); nothing was saved"
    )
    assert translated("Jens Hansen") == "Jens Hansen"


def test_a_broken_audit_chain_is_explained_in_english(english, empty_db) -> None:
    """The audit view's "Kontrollér kæden" shows why the chain is broken; in the English UI in English (the command
    line's ``audit verify`` keeps the Danish text)."""
    import sqlite3

    from planner_gui.storage import audit
    from planner_gui.storage.tables import AuditEntry

    with empty_db.write() as s:
        for _ in range(3):
            audit.record(s, "admin", "view", entity="test")
        last = s.scalar(select(func.max(AuditEntry.seq)))
    con = sqlite3.connect(empty_db.path)  # behind the app's back: an entry's content changed
    with con:
        con.execute("DROP TRIGGER audit_log_no_update")
        con.execute("UPDATE audit_log SET reason = 'skjult' WHERE seq = ?", (last,))
    con.close()
    with empty_db.read() as s:
        broken = audit.verify(s)
    assert broken is not None
    assert str(broken.why) == "indholdet er ændret efter det blev skrevet"
    assert translated(broken.why) == "the content was changed after it was written"


def test_audit_anchor_problems_and_sync_conflicts_read_in_english(english, empty_db, admin, qtbot) -> None:
    """The last messages of the storage layer that were Danish in the English UI: an audit anchor file that cannot
    be read (shown by the audit view's "Kontrollér kæden" and printed by ``audit verify``) and a row changed by
    someone else during a synchronisation."""
    from planner_gui.errors import ConcurrentEdit
    from planner_gui.services import audit_log
    from planner_gui.storage import anchors, audit, sync
    from planner_gui.ui.audit_view import AuditView
    from planner_gui.ui.context import AppContext

    with empty_db.write() as s:
        audit.record(s, "admin", "view", entity="test")
    files = anchors.anchor_files(anchors.identity(empty_db.url))
    files[0].parent.mkdir(parents=True, exist_ok=True)
    with files[0].open("a", encoding="utf-8") as f:
        f.write("this is no anchor\n")
    result = audit_log.verify_all(empty_db, admin)
    danish = [p for p in result.problems if "linje" in p]
    assert danish == [f"{files[0]} linje {files[0].read_text().count(chr(10))}: ikke et gyldigt anker"]
    assert translated(danish[0]).endswith(": not a valid anchor") and " line " in translated(danish[0])

    page = AuditView(AppContext(db=empty_db, actor=admin))
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.verified, timeout=30_000) as verified:
        page.verify()
    assert verified.args[0] is None
    text = page.chain.text()
    assert "Warning: " in text and "not a valid anchor" in text and not DANISH.search(text.replace(str(files[0]), ""))

    with empty_db.write() as s, pytest.raises(ConcurrentEdit) as caught:
        sync.update_row(s, "citizens", "00000000-0000-0000-0000-000000000000", {}, seen_version=1)
    assert "rækken blev ændret af en anden" in str(caught.value)
    assert translated(caught.value.args[0]) == (
        "citizens 00000000-0000-0000-0000-000000000000: the row was changed by someone else during the synchronisation"
    )
