"""The progression tab: record a measurement through the real dialog (mouse and keys) and find it in the chart."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from planner_gui.domain.progression import OccasionEntry
from planner_gui.services import measurements as svc
from planner_gui.services.auth import Actor
from planner_gui.services.instruments import list_instruments
from planner_gui.storage.tables import Assignment, Citizen, Staff
from planner_gui.ui.context import AppContext
from planner_gui.ui.progress.chart import MEAN, THEN_NOW, progress_summary_html, render_progress_png, x_of
from planner_gui.ui.progress.measure_dialog import MeasureDialog
from planner_gui.ui.progress.panel import ProgressPanel
from tests.conftest import PASSWORD, copy_db


def today() -> dt.date:
    """Today, asked when a test runs (not when the module is collected: a run may pass midnight)."""
    return dt.date.today()


@pytest.fixture(scope="module")
def _template(tmp_path_factory: pytest.TempPathFactory):
    from planner_gui.services.setup import create_database

    path = tmp_path_factory.mktemp("progress_ui") / "template.db"
    db = create_database(path, PASSWORD)
    with db.write() as s:
        kw = Staff(initials="kw", name="Kim Worker", role="sagsbehandler")
        c = Citizen(cpr="0101901234", first_name="Anne", last_name="Andersen")
        s.add_all([kw, c])
        s.flush()
        s.add(Assignment(citizen_id=c.id, staff_id=kw.id, role="koordinerende", start=dt.date(2020, 1, 1)))
        ids = (kw.id, c.id)
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.dispose()
    return path, ids


@pytest.fixture
def ctx(_template, tmp_path: Path):
    from planner_gui.storage.migrate import open_database

    path, (staff_id, citizen_id) = _template
    db = open_database(copy_db(path, tmp_path / "ui.db"))
    context = AppContext(db, Actor("kw", "sagsbehandler", staff_id))
    context.citizen_id = citizen_id  # type: ignore[attr-defined]
    yield context
    db.dispose()


def _bip(ctx):
    return next(i for i in list_instruments(ctx.db) if i.code == "bip")


def _run_modal(action) -> list[BaseException]:
    """Run ``action(dialog)`` on the next modal dialog; never leave it hanging when the action fails."""
    errors: list[BaseException] = []

    def step() -> None:
        dlg = QApplication.activeModalWidget()
        if dlg is None:
            QTimer.singleShot(20, step)
            return
        try:
            action(dlg)
        except BaseException as err:  # reported by the test after exec() returns
            errors.append(err)
        finally:
            if dlg.isVisible():
                dlg.reject()

    QTimer.singleShot(0, step)
    return errors


def test_record_through_the_real_dialog_and_find_it_in_the_chart(qtbot, ctx) -> None:
    panel = ProgressPanel(ctx, ctx.citizen_id)
    qtbot.addWidget(panel)
    panel.show()
    assert panel.chart.curves == {} and panel.sessions.rowCount() == 0
    changed: list[object] = []
    ctx.signals.measurements_changed.connect(changed.append)

    def measure(dlg: MeasureDialog) -> None:
        assert isinstance(dlg, MeasureDialog)
        assert dlg.date_edit.date().toPython() == today() and dlg.date_edit.maximumDate().toPython() == today()
        b0, b1 = dlg.blocks[0], dlg.blocks[1]
        assert b0.code == "jobsoegning"
        # mouse: the citizen's 6 on job-search behaviour
        qtbot.mouseClick(b0.citizen.buttons[6], Qt.MouseButton.LeftButton)
        # keyboard: the caseworker's row takes the digit 4, then Right makes it 5
        b0.caseworker.setFocus()
        qtbot.keyClick(b0.caseworker, Qt.Key.Key_4)
        qtbot.keyClick(b0.caseworker, Qt.Key.Key_Right)
        qtbot.keyClicks(b0.note, "Har søgt tre job")
        # 0 means 10; Delete clears; then 3
        qtbot.keyClick(b1.citizen, Qt.Key.Key_0)
        assert b1.citizen.value() == 10
        qtbot.keyClick(b1.citizen, Qt.Key.Key_Delete)
        assert b1.citizen.value() is None
        qtbot.keyClick(b1.citizen, Qt.Key.Key_3)
        # clicking a chosen score again clears it
        qtbot.mouseClick(dlg.blocks[3].caseworker.buttons[7], Qt.MouseButton.LeftButton)
        qtbot.mouseClick(dlg.blocks[3].caseworker.buttons[7], Qt.MouseButton.LeftButton)
        assert dlg.blocks[3].caseworker.value() is None
        assert b0.citizen.buttons[6].isChecked() and b0.caseworker.buttons[5].isChecked()
        qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)

    errors = _run_modal(measure)
    qtbot.mouseClick(panel.new_button, Qt.MouseButton.LeftButton)
    assert not errors, errors
    assert changed == [ctx.citizen_id]

    x, y = panel.chart.curves[("jobsoegning", "borger")].getData()
    assert list(x) == [x_of(today())] and list(y) == [6]
    _x, y = panel.chart.curves[("jobsoegning", "sagsbehandler")].getData()
    assert list(y) == [5]
    _x, y = panel.chart.curves[("arbejdsmarked", "borger")].getData()
    assert list(y) == [3]
    assert ("helbred", "sagsbehandler") not in panel.chart.curves
    _x, y = panel.chart.curves[(MEAN, "borger")].getData()
    assert list(y) == [4.5]  # (6 + 3) / 2
    assert panel.chart.baseline is not None and panel.chart.baseline.value() == x_of(today())
    assert panel.sessions.rowCount() == 1
    # one measurement: a single date label on the x axis (no overlapping day ticks)
    ticks = panel.chart.plot.getAxis("bottom")._tickLevels
    assert ticks == [[(x_of(today()), f"{today():%d-%m-%Y}")]]
    # the citizen's dots are drawn above the caseworker's markers
    cit, cw = panel.chart.curves[("jobsoegning", "borger")], panel.chart.curves[("jobsoegning", "sagsbehandler")]
    assert cit.zValue() > cw.zValue()
    (m,) = svc.citizen_progression(ctx.db, ctx.actor, ctx.citizen_id).sessions
    assert m.entries[0] == OccasionEntry("jobsoegning", 6, 5, "Har søgt tre job")


def test_citizen_does_not_rate_the_caseworkers_belief(qtbot, ctx) -> None:
    dlg = MeasureDialog(ctx, ctx.citizen_id, instrument_code="bip")
    qtbot.addWidget(dlg)
    dlg.show()
    belief = dlg.blocks[4]
    assert belief.code == "tro_paa_job" and belief.citizen.isHidden() and not belief.caseworker.isHidden()
    assert not any(b.citizen.isHidden() for b in dlg.blocks[:4])
    dlg.blocks[3].note.setFocus()
    qtbot.keyClick(dlg.blocks[3].note, Qt.Key.Key_Tab)
    assert dlg.focusWidget() is belief.caseworker  # Tab skips the hidden citizen row


def test_dialog_shows_all_problems_and_stays_open(qtbot, ctx) -> None:
    dlg = MeasureDialog(ctx, ctx.citizen_id, instrument_code="bip")
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.mouseClick(dlg.blocks[0].note, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dlg.blocks[0].note, "note uden score")
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    assert dlg.isVisible() and dlg.errors.isVisible()
    text = dlg.errors.text()
    assert "en note kræver mindst én score" in text and "ingen scores" in text
    assert svc.citizen_progression(ctx.db, ctx.actor, ctx.citizen_id).sessions == ()


def test_keyboard_only_with_tab_and_ctrl_s(qtbot, ctx) -> None:
    dlg = MeasureDialog(ctx, ctx.citizen_id, instrument_code="ung")
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.activateWindow()
    qtbot.waitUntil(lambda: dlg.isActiveWindow(), timeout=2000)
    qtbot.waitUntil(lambda: dlg.focusWidget() is dlg.blocks[0].citizen)  # the first score has the focus at once
    qtbot.keyClick(dlg.focusWidget(), Qt.Key.Key_2)  # citizen: 2
    qtbot.keyClick(dlg.focusWidget(), Qt.Key.Key_Tab)
    assert dlg.focusWidget() is dlg.blocks[0].caseworker
    qtbot.keyClick(dlg.focusWidget(), Qt.Key.Key_End)  # caseworker: top of the 1-5 scale
    qtbot.keyClick(dlg.focusWidget(), Qt.Key.Key_9)  # outside the scale: ignored
    qtbot.keyClick(dlg.focusWidget(), Qt.Key.Key_Tab)
    assert dlg.focusWidget() is dlg.blocks[0].note
    qtbot.keyClicks(dlg.focusWidget(), "ok")
    qtbot.keyClick(dlg.focusWidget(), Qt.Key.Key_Return)  # Enter in a note: on to the next dimension
    assert dlg.focusWidget() is dlg.blocks[1].citizen
    qtbot.keyClick(dlg, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert dlg.result() == MeasureDialog.DialogCode.Accepted and dlg.saved_key is not None
    ip = svc.citizen_progression(ctx.db, ctx.actor, ctx.citizen_id).for_code("ung")
    assert ip is not None
    assert sorted((s.dimension, s.rater, s.score) for s in ip.progression.scores) == [
        ("uddannelsesmaal", "borger", 2),
        ("uddannelsesmaal", "sagsbehandler", 5),
    ]
    (m,) = svc.citizen_progression(ctx.db, ctx.actor, ctx.citizen_id).sessions
    assert m.entries[0].note == "ok"


def test_one_dimension_at_a_time(qtbot, ctx) -> None:
    dlg = MeasureDialog(ctx, ctx.citizen_id, instrument_code="bip")
    qtbot.addWidget(dlg)
    dlg.show()
    assert all(b.isVisible() for b in dlg.blocks) and not dlg.nav.isVisible()
    qtbot.mouseClick(dlg.one_at_a_time, Qt.MouseButton.LeftButton)
    assert [b.isVisible() for b in dlg.blocks] == [True, False, False, False, False]
    qtbot.mouseClick(dlg.next_button, Qt.MouseButton.LeftButton)
    assert [b.isVisible() for b in dlg.blocks] == [False, True, False, False, False]
    assert dlg.page_label.text() == "Dimension 2 af 5"
    qtbot.mouseClick(dlg.prev_button, Qt.MouseButton.LeftButton)
    assert dlg.blocks[0].isVisible() and not dlg.prev_button.isEnabled()


def _two_sessions(ctx) -> None:
    bip = _bip(ctx)
    svc.record_occasion(
        ctx.db,
        ctx.actor,
        ctx.citizen_id,
        bip.id,
        [OccasionEntry("jobsoegning", 2, 3), OccasionEntry("helbred", 5, 5)],
        today() - dt.timedelta(days=200),
    )
    svc.record_occasion(
        ctx.db,
        ctx.actor,
        ctx.citizen_id,
        bip.id,
        [OccasionEntry("jobsoegning", 6, 7), OccasionEntry("helbred", 4, None)],
        today() - dt.timedelta(days=20),
    )


def test_then_now_table_hover_and_printout(qtbot, ctx) -> None:
    _two_sessions(ctx)
    panel = ProgressPanel(ctx, ctx.citizen_id)
    qtbot.addWidget(panel)
    panel.resize(1100, 700)
    panel.show()
    qtbot.waitExposed(panel)
    # change table: jobsoegning citizen +4, caseworker +4; helbred citizen -1, caseworker 0
    t = panel.change_table
    assert [t.item(r, 0).text() for r in range(t.rowCount())][:2] == [
        "Jobsøgningsadfærd",
        "Kendskab til arbejdsmarkedet",
    ]
    assert (t.item(0, 1).text(), t.item(0, 2).text()) == ("+4", "+4")
    # helbred: the caseworker scored it on the first date only, so there is no change to show
    assert (t.item(3, 1).text(), t.item(3, 2).text()) == ("-1", "–")
    assert t.item(1, 1).text() == "–"
    # hover over the citizen's latest job-search point shows its value
    chart = panel.chart
    x, y = x_of(today() - dt.timedelta(days=20)), 6.0
    chart._mouse_moved((chart.plot.vb.mapViewToScene(QPointF(x, y)),))
    assert chart.tip.isVisible() and "6" in chart.tip.toPlainText() and "Jobsøgningsadfærd" in chart.tip.toPlainText()
    # then vs now: paired bars, first and latest (both raters combined)
    qtbot.mouseClick(panel.view_then_now, Qt.MouseButton.LeftButton)
    assert chart.mode == THEN_NOW
    then, now = chart.bars
    assert (then.opts["height"][0], now.opts["height"][0]) == (2.5, 6.5)
    # the citizen's ratings only
    panel.rater_combo.setCurrentIndex(panel.rater_combo.findData("borger"))
    then, now = chart.bars
    assert list(then.opts["height"])[:2] == [2, 5] and list(now.opts["height"])[:2] == [6, 4]
    # the printout's functions
    progression = svc.progression_for_printout(ctx.db, ctx.citizen_id)
    png = render_progress_png(progression, 800, 400)
    assert png.startswith(b"\x89PNG") and len(png) > 5000
    assert render_progress_png(progression, 800, 400, mode=THEN_NOW).startswith(b"\x89PNG")
    html = progress_summary_html(progression)
    assert "Jobsøgningsadfærd" in html and "(+4)" in html and "<table" in html


def test_then_now_compares_like_with_like_and_chart_agrees_with_table(qtbot, ctx) -> None:
    """Hand-worked: the citizen gave no first rating of job search, so combined only the caseworker's 4 -> 5 counts.

    d1: jobsoegning caseworker 4 (citizen none); helbred citizen 3, caseworker 3
    d2: jobsoegning citizen 6, caseworker 5;      helbred citizen 5, caseworker 5
    citizen:    jobsoegning –  (no baseline); helbred 3 -> 5 = +2;            mean over helbred = +2
    caseworker: jobsoegning 4 -> 5 = +1;      helbred 3 -> 5 = +2;            mean 3,5 -> 5 = +1,5
    both:       jobsoegning 4 -> 5 = +1 (not 4 -> 5,5); helbred 3 -> 5 = +2;  mean 3,5 -> 5 = +1,5
    """
    bip = _bip(ctx)
    d1, d2 = today() - dt.timedelta(days=100), today() - dt.timedelta(days=10)
    entries1 = [OccasionEntry("jobsoegning", None, 4), OccasionEntry("helbred", 3, 3)]
    svc.record_occasion(ctx.db, ctx.actor, ctx.citizen_id, bip.id, entries1, d1)
    entries2 = [OccasionEntry("jobsoegning", 6, 5), OccasionEntry("helbred", 5, 5)]
    svc.record_occasion(ctx.db, ctx.actor, ctx.citizen_id, bip.id, entries2, d2)
    panel = ProgressPanel(ctx, ctx.citizen_id)
    qtbot.addWidget(panel)
    panel.show()
    t = panel.change_table
    row = {t.item(r, 0).text(): tuple(t.item(r, c).text() for c in (1, 2, 3)) for r in range(t.rowCount())}
    assert row["Jobsøgningsadfærd"] == ("–", "+1", "+1")
    assert row["Helbred"] == ("+2", "+2", "+2")
    assert row["Gennemsnit"] == ("+2", "+1,5", "+1,5")
    assert row["Kendskab til arbejdsmarkedet"] == ("–", "–", "–")
    qtbot.mouseClick(panel.view_then_now, Qt.MouseButton.LeftButton)
    then, now = panel.chart.bars  # jobsoegning, helbred, mean
    assert list(then.opts["height"]) == [4, 3, 3.5] and list(now.opts["height"]) == [5, 5, 5]
    panel.rater_combo.setCurrentIndex(panel.rater_combo.findData("borger"))
    then, now = panel.chart.bars  # helbred, mean: the job search without a baseline is left out
    assert list(then.opts["height"]) == [3, 3] and list(now.opts["height"]) == [5, 5]
    html = progress_summary_html(svc.progression_for_printout(ctx.db, ctx.citizen_id))
    assert "(+1,5)" in html and "(+0" not in html


def test_edit_and_delete_from_the_list(qtbot, ctx, monkeypatch) -> None:
    _two_sessions(ctx)
    panel = ProgressPanel(ctx, ctx.citizen_id)
    qtbot.addWidget(panel)
    panel.show()
    assert panel.sessions.rowCount() == 2 and not panel.edit_button.isEnabled()
    panel.sessions.selectRow(0)  # newest first
    assert panel.edit_button.isEnabled()

    def edit(dlg: MeasureDialog) -> None:
        assert dlg.session is not None and dlg.blocks[0].citizen.value() == 6
        qtbot.keyClick(dlg.blocks[0].citizen, Qt.Key.Key_8)
        qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)

    errors = _run_modal(edit)
    qtbot.mouseClick(panel.edit_button, Qt.MouseButton.LeftButton)
    assert not errors, errors
    _x, y = panel.chart.curves[("jobsoegning", "borger")].getData()
    assert list(y) == [2, 8]

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    panel.sessions.selectRow(0)
    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    assert panel.sessions.rowCount() == 1
    _x, y = panel.chart.curves[("jobsoegning", "borger")].getData()
    assert list(y) == [2]


def test_reminder_when_never_or_long_ago_measured(qtbot, ctx) -> None:
    panel = ProgressPanel(ctx, ctx.citizen_id)
    qtbot.addWidget(panel)
    assert not panel.reminder.isHidden() and "ingen progressionsmålinger" in panel.reminder.text()
    bip = _bip(ctx)
    key = svc.record_occasion(
        ctx.db, ctx.actor, ctx.citizen_id, bip.id, [OccasionEntry("helbred", 5)], today() - dt.timedelta(days=91)
    )
    ctx.signals.measurements_changed.emit(ctx.citizen_id)
    assert not panel.reminder.isHidden() and "91 dage" in panel.reminder.text()
    svc.update_occasion(ctx.db, ctx.actor, key, [OccasionEntry("helbred", 5)], today() - dt.timedelta(days=90))
    ctx.signals.measurements_changed.emit(ctx.citizen_id)
    assert panel.reminder.isHidden()


def test_team_lead_sees_no_measure_buttons(qtbot, ctx) -> None:
    lead = AppContext(ctx.db, Actor("tl", "teamleder"))
    panel = ProgressPanel(lead, ctx.citizen_id, reason="opfølgning")
    qtbot.addWidget(panel)
    assert panel.new_button.isHidden() and panel.message.isHidden()
    denied = ProgressPanel(lead, ctx.citizen_id)
    qtbot.addWidget(denied)
    assert not denied.message.isHidden() and "begrundelse" in denied.message.text()


def test_none_true_false_cannot_run_out() -> None:
    """PySide6 6.12 on Python 3.11 loses a reference to None/True per call of e.g. QObject.parent() or emit(); 300,000
    such calls (pyqtgraph makes them on every redraw) abort the process (none_dealloc) with a leaking build, which
    pyproject.toml keeps out."""
    import subprocess
    import sys

    script = (
        "import planner_gui.ui.progress.chart\n"
        "from PySide6.QtCore import QObject, Signal\n"
        "class P(QObject):\n    sig = Signal()\n"
        "p = P()\n"
        "for _ in range(300_000):\n    p.parent(); p.sig.emit()\n"
        "print('ok')\n"
    )
    env = {**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0 and done.stdout.strip() == "ok", done.stderr[-500:]


def test_instruments_dialog_adds_versions_and_retires(qtbot, ctx, tmp_path: Path) -> None:
    from planner_gui.ui.progress.instruments_dialog import InstrumentsDialog

    admin = AppContext(ctx.db, Actor("admin", "administrator"))
    dlg = InstrumentsDialog(admin)
    qtbot.addWidget(dlg)
    assert [dlg.table.item(r, 0).text() for r in range(dlg.table.rowCount())] == ["bip", "ung"]
    path = tmp_path / "bip2.yaml"
    bip = (Path(__file__).resolve().parents[2] / "resources" / "instruments" / "bip.yaml").read_text(encoding="utf-8")
    # nobody measured with bip yet: a changed name updates it in place
    path.write_text(bip.replace("name: Beskæftigelsesindikatorer (BIP)", "name: BIP-indikatorer"), encoding="utf-8")
    assert dlg.add_from_file(path) and "opdateret" in dlg.message.text()
    svc.record_occasion(ctx.db, ctx.actor, ctx.citizen_id, _bip(ctx).id, [OccasionEntry("helbred", 5)], today())
    path.write_text(bip.replace("name: Beskæftigelsesindikatorer (BIP)", "name: BIP 2"), encoding="utf-8")
    assert dlg.add_from_file(path) and "version 2" in dlg.message.text()
    rows = [
        (dlg.table.item(r, 0).text(), dlg.table.item(r, 2).text(), dlg.table.item(r, 5).text())
        for r in range(dlg.table.rowCount())
    ]
    assert rows == [("bip", "1", "udgået"), ("bip", "2", "i brug"), ("ung", "1", "i brug")]
    (tmp_path / "bad.yaml").write_text("code: Bad\n", encoding="utf-8")
    assert not dlg.add_from_file(tmp_path / "bad.yaml") and "mangler" in dlg.message.text()
    dlg.table.selectRow(2)
    qtbot.mouseClick(dlg.retire_button, Qt.MouseButton.LeftButton)
    assert dlg.table.item(2, 5).text() == "udgået"
    caseworker = InstrumentsDialog(ctx)
    qtbot.addWidget(caseworker)
    assert caseworker.add_button.isHidden() and caseworker.retire_button.isHidden()


def test_the_installed_pyside_keeps_its_references() -> None:
    """The pin in pyproject.toml (PySide6 below 6.12 on Python 3.11) holds: no reference to None or True is lost.
    Fails if a PySide6 that leaks (6.12 on Python 3.11: a crash after enough calls, issue 13 item 9) comes back."""
    import sys

    from PySide6.QtCore import QObject, Signal

    if sys.version_info >= (3, 12):
        pytest.skip("None and True are immortal on Python 3.12+ (PEP 683)")

    class Probe(QObject):
        sig = Signal()

    probe = Probe()
    before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(1000):
        probe.parent()  # returns None
        probe.sig.emit()  # returns True
    after = sys.getrefcount(None), sys.getrefcount(True)
    assert after[0] > before[0] - 1000 and after[1] > before[1] - 1000, (before, after)
