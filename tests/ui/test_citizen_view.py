"""The citizen screen, driven through its real widgets: edit, undo, redo, save, reopen, close with unsaved edits,
handover with the receiver's banner, concurrent edits, drafts, efforts with a newly registered company."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QUndoGroup
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox
from sqlalchemy import select

from planner_gui.domain.dates import format_date
from planner_gui.services import plans
from planner_gui.services.auth import Actor
from planner_gui.services.permissions import ReasonRequired
from planner_gui.storage.tables import AuditEntry, Citizen, Company, Exit
from planner_gui.ui.caseload.reason import ReasonDialog
from planner_gui.ui.citizen.dialogs import CompanyDialog
from planner_gui.ui.citizen.view import CitizenView
from planner_gui.ui.context import AppContext
from tests.conftest import staff_actor

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def ctx(demo_db, caseworker) -> AppContext:
    return AppContext(demo_db, caseworker)


_open_views: list[CitizenView] = []


@pytest.fixture(autouse=True)
def _close_views_quietly():
    """A failed test must not hang on the "unsaved edits" question when its views are closed."""
    yield
    while _open_views:
        view = _open_views.pop()
        try:
            view.undo_stack.clear()
            view.holder.set(view.overview.draft(), "all")
            view.close()
            view.deleteLater()
        except RuntimeError:
            pass  # already deleted


def _view(qtbot, ctx: AppContext, cid: uuid.UUID, reason: str = "") -> CitizenView:
    view = CitizenView(ctx, cid, reason)
    _open_views.append(view)
    view.resize(1000, 760)
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view)
    return view


def _on_modal(action) -> list[BaseException]:
    """Run ``action(dialog)`` on the next modal dialog (a QMessageBox or one of ours); never leave it hanging."""
    errors: list[BaseException] = []

    def step() -> None:
        dlg = QApplication.activeModalWidget()
        if dlg is None:
            QTimer.singleShot(20, step)
            return
        try:
            action(dlg)
        except BaseException as err:
            errors.append(err)
        finally:
            if dlg.isVisible():
                dlg.reject()

    QTimer.singleShot(0, step)
    return errors


def _answer(button: QMessageBox.StandardButton) -> list[BaseException]:
    def click(box) -> None:
        assert isinstance(box, QMessageBox), type(box)
        assert box.objectName() == "unsavedBox"
        box.button(button).click()

    return _on_modal(click)


def test_edit_undo_redo_save_close_and_reopen(qtbot, ctx, cid) -> None:
    view = _view(qtbot, ctx, cid)
    goal = view.plan_tab.own_goal
    original = goal.toPlainText()
    assert original  # the citizen's own goal comes first, filled in
    assert not view.save_action.isEnabled()

    goal.setFocus()
    goal.moveCursor(goal.textCursor().MoveOperation.End)
    qtbot.keyClicks(goal, " Og tjene mine egne penge.")
    assert goal.toPlainText() == original + " Og tjene mine egne penge."
    assert view.is_dirty() and view.save_action.isEnabled()
    assert view.undo_stack.count() == 1  # typing in one field is one undo step
    assert view.undo_action.text() == "Fortryd eget mål"
    assert view.undo_button.isEnabled() and view.undo_button.toolTip() == "Fortryd eget mål"
    assert not view.redo_button.isEnabled()
    assert view.windowTitle().endswith("*")

    qtbot.keyClicks(view.plan_tab.job_goal, "Kok")
    view.plan_tab.next_meeting.setText("3-2-2027")
    view.plan_tab.next_meeting.editingFinished.emit()
    assert view.plan_tab.next_meeting.text() == "03-02-2027"
    assert view.undo_stack.count() == 3

    # Ctrl+Z from inside a text field goes to the screen's stack (not the field's own undo)
    qtbot.keyClick(view.plan_tab.job_goal, Qt.Key.Key_Z, CTRL)
    assert view.holder.draft.plan.next_meeting == view.overview.plan.next_meeting
    assert view.plan_tab.next_meeting.text() == format_date(view.overview.plan.next_meeting)
    qtbot.keyClick(view.plan_tab.job_goal, Qt.Key.Key_Z, CTRL)
    assert view.plan_tab.job_goal.text() == view.overview.plan.job_goal
    qtbot.keyClick(goal, Qt.Key.Key_Z, CTRL)
    assert goal.toPlainText() == original
    assert not view.is_dirty()
    # and Ctrl+Shift+Z redoes
    qtbot.keyClick(goal, Qt.Key.Key_Z, CTRL | SHIFT)
    assert goal.toPlainText() == original + " Og tjene mine egne penge."
    assert view.redo_action.text() == "Gentag job- og uddannelsesmål"

    # Ctrl+S saves: one service call, audited with old and new value
    qtbot.keyClick(goal, Qt.Key.Key_S, CTRL)
    assert not view.is_dirty() and view.undo_stack.count() == 0
    assert not view.windowTitle().endswith("*")
    history = view.overview.history
    assert history[0].field == "Borgerens eget mål" and history[0].old == original
    view.tabs.setCurrentWidget(view.history_tab)
    assert view.history_tab.table.item(0, 6).text() == original + " Og tjene mine egne penge."

    view.close()
    assert not view.isVisible()
    again = _view(qtbot, ctx, cid)
    assert again.plan_tab.own_goal.toPlainText() == original + " Og tjene mine egne penge."
    assert again.plan_tab.job_goal.text() == view.overview.plan.job_goal


def test_closing_with_unsaved_edits_asks(qtbot, ctx, cid, demo_db) -> None:
    view = _view(qtbot, ctx, cid)
    qtbot.keyClicks(view.plan_tab.job_goal, " (deltid)")
    typed = view.plan_tab.job_goal.text()

    errors = _answer(QMessageBox.StandardButton.Cancel)
    assert not view.close()  # Annullér: stays open, nothing lost
    assert not errors
    assert view.isVisible() and view.plan_tab.job_goal.text() == typed

    errors = _answer(QMessageBox.StandardButton.Save)
    assert view.close()  # Gem: saved, then closed
    assert not errors
    assert plans.open_citizen(demo_db, ctx.actor, cid).plan.job_goal == typed

    view2 = _view(qtbot, ctx, cid)
    qtbot.keyClicks(view2.plan_tab.job_goal, " og mere")
    errors = _answer(QMessageBox.StandardButton.Discard)
    assert view2.close()  # Kassér: closed, not saved
    assert not errors
    assert plans.open_citizen(demo_db, ctx.actor, cid).plan.job_goal == typed


def test_sub_goal_and_effort_with_a_new_company_through_the_dialogs(qtbot, ctx, cid, demo_db) -> None:
    view = _view(qtbot, ctx, cid)
    n_goals = len(view.overview.subgoals)

    def fill_subgoal(dlg) -> None:
        assert dlg.objectName() == "subGoalDialog"
        qtbot.keyClicks(dlg.text, "Tage bussen selv til praktikken")
        dlg.status.setCurrentIndex(dlg.status.findData("i_gang"))
        dlg.deadline.setText("01-03-2027")
        dlg.accept()

    errors = _on_modal(fill_subgoal)
    qtbot.mouseClick(view.plan_tab.add_subgoal_btn, Qt.MouseButton.LeftButton)
    assert not errors
    assert view.plan_tab.subgoals.rowCount() == n_goals + 1
    assert view.plan_tab.subgoals.item(n_goals, 1).text() == "I gang"
    assert view.undo_action.text() == "Fortryd nyt delmål"

    def fill_effort(dlg) -> None:
        assert dlg.objectName() == "effortDialog"
        dlg.category.setCurrentIndex(dlg.category.findData("virksomhedspraktik"))
        dlg.responsible.setCurrentIndex(dlg.responsible.findData("virksomhed"))
        dlg.company.setEditText("2918 9730")

        def register(cdlg) -> None:
            assert isinstance(cdlg, CompanyDialog)
            cdlg.cvr.setText("29189731")  # wrong check digit first
            cdlg.accept()
            assert cdlg.isVisible() and "kontrolsum" in cdlg.error.text()
            cdlg.cvr.setText("29189730")
            cdlg.name.setText("Bageriet Kringlen ApS")
            cdlg.accept()

        inner = _on_modal(register)
        dlg.register_company()
        assert not inner, inner
        assert dlg.company.currentText() == "Bageriet Kringlen ApS (29189730)"
        dlg.hours.setValue(15)
        dlg.end.setText("1-1-2020")  # before start: refused with a message
        dlg.accept()
        assert dlg.isVisible() and "før start" in dlg.error.text()
        dlg.end.setText("")
        dlg.accept()

    errors = _on_modal(fill_effort)
    view.plan_tab.add_effort()
    assert not errors, errors
    assert view.plan_tab.efforts.item(0, 2).text() == "Bageriet Kringlen ApS (29189730)"
    assert view.plan_tab.efforts.item(0, 6).text() == "I gang"

    assert view.save()
    saved = view.overview
    assert saved.subgoals[-1].text == "Tage bussen selv til praktikken"
    assert saved.efforts[0].company_cvr == "29189730" and saved.efforts[0].hours_per_week == 15
    with demo_db.read() as s:
        assert s.scalar(select(Company.name).where(Company.cvr == "29189730")) == "Bageriet Kringlen ApS"
    # undo after save is gone (the saved change is in the history instead)
    assert not view.undo_action.isEnabled()
    assert {h.field for h in saved.history[:2]} == {"Delmål", "Indsats"}


def test_handover_and_the_banner_for_the_receiver(qtbot, ctx, cid, demo_db) -> None:
    receiver = staff_actor(demo_db, with_password=False, not_id=ctx.actor.staff_id)
    view = _view(qtbot, ctx, cid)
    changes_before = view.overview.course.caseworker_changes

    def fill(dlg) -> None:
        assert dlg.objectName() == "handoverDialog"
        dlg.accept()  # nothing chosen yet: refused
        assert dlg.isVisible() and dlg.error.text() == "Vælg den nye sagsbehandler på listen."
        i = next(i for i in range(dlg.receiver.count()) if dlg.receiver.itemData(i).id == receiver.staff_id)
        dlg.receiver.setCurrentIndex(i)
        qtbot.keyClicks(dlg.note, "Borgeren er startet i praktik. Ring til mentor om fredagen.")
        dlg.move_coordinator.setChecked(True)
        dlg.accept()

    errors = _on_modal(fill)
    view.handover_action.trigger()
    assert not errors, errors
    assert view.overview.primary is not None and view.overview.primary.id == receiver.staff_id
    assert view.overview.course.caseworker_changes > changes_before
    assert view.banner.isVisible() and not view.ack_button.isVisible()  # the giver sees it, cannot acknowledge
    view.close()

    # the receiver opens the citizen: the note is the first thing on the screen
    rctx = AppContext(demo_db, receiver)
    rview = _view(qtbot, rctx, cid)
    assert rview.banner.isVisible()
    assert "Ring til mentor om fredagen" in rview.banner_text.text()
    assert rview.ack_button.isVisible() and rview.ack_button.hasFocus()
    assert rview.banner.geometry().top() < rview.tabs.geometry().top()
    qtbot.mouseClick(rview.ack_button, Qt.MouseButton.LeftButton)
    assert not rview.banner.isVisible()
    rview.close()
    again = _view(qtbot, rctx, cid)
    assert not again.banner.isVisible()
    # the giver now needs a reason
    with pytest.raises(ReasonRequired):
        CitizenView(ctx, cid)


def test_concurrent_edit_gives_a_clear_message_and_keeps_the_edits(qtbot, ctx, cid) -> None:
    first = _view(qtbot, ctx, cid)
    second = _view(qtbot, ctx, cid)
    qtbot.keyClicks(first.plan_tab.job_goal, " A")
    assert first.save()
    qtbot.keyClicks(second.plan_tab.job_goal, " B")
    assert not second.save()
    assert second.last_error.startswith(f"Planen blev ændret af {ctx.actor.initials} ") and second.last_error.endswith(
        "."
    )
    assert " B», gemt udgave «" in second.last_error and " A»" in second.last_error  # both values shown
    box = second.findChild(QMessageBox, "citizenErrorBox")
    assert box is not None and box.text() == second.last_error
    box.close()
    assert second.is_dirty() and second.plan_tab.job_goal.text().endswith(" B")
    # the copy of the edits is written by the background worker
    qtbot.waitUntil(lambda: plans.load_draft(ctx.db, ctx.actor, cid) is not None, timeout=10000)
    kept = plans.load_draft(ctx.db, ctx.actor, cid)
    assert kept is not None and kept.plan.job_goal.endswith(" B")


def test_unsaved_edits_are_offered_back_after_a_crash(qtbot, ctx, cid) -> None:
    view = _view(qtbot, ctx, cid)
    assert view._draft_timer.interval() == 3000  # kept every few seconds while typing
    view._draft_timer.setInterval(50)
    qtbot.keyClicks(view.plan_tab.own_goal, " Halvt skrevet")
    qtbot.waitUntil(lambda: plans.load_draft(ctx.db, ctx.actor, cid) is not None, timeout=10000)
    view.undo_stack.setClean()
    view.hide()  # the app dies here: no save, no question
    reopened = _view(qtbot, ctx, cid)
    assert reopened.draft_banner.isVisible()
    assert not reopened.plan_tab.own_goal.toPlainText().endswith("Halvt skrevet")
    qtbot.mouseClick(reopened.restore_button, Qt.MouseButton.LeftButton)
    assert reopened.plan_tab.own_goal.toPlainText().endswith(" Halvt skrevet")
    assert reopened.is_dirty() and not reopened.draft_banner.isVisible()
    assert reopened.save()
    assert plans.load_draft(ctx.db, ctx.actor, cid) is None


def test_team_lead_sees_the_plan_read_only_and_the_view_is_audited(qtbot, demo_db, cid) -> None:
    lead = staff_actor(demo_db, "teamleder")
    lctx = AppContext(demo_db, lead)
    with pytest.raises(ReasonRequired):
        CitizenView(lctx, cid)
    view = _view(qtbot, lctx, cid, "Opfølgning som teamleder")
    assert view.plan_tab.own_goal.isReadOnly() and not view.plan_tab.add_effort_btn.isEnabled()
    qtbot.keyClicks(view.plan_tab.own_goal, "xyz")
    assert not view.is_dirty() and not view.save_action.isEnabled()
    assert "Opfølgning som teamleder" in view.header.text()
    with demo_db.read() as s:
        reasons = s.scalars(
            select(AuditEntry.reason).where(
                AuditEntry.citizen_ref == str(cid), AuditEntry.action == "view", AuditEntry.user == lead.initials
            )
        ).all()
    assert reasons == ["Opfølgning som teamleder"]


def test_tabs_show_course_history_and_progression(qtbot, ctx, cid) -> None:
    view = _view(qtbot, ctx, cid)
    names = [view.tabs.tabText(i).replace("&", "") for i in range(view.tabs.count())]
    assert names == ["Plan", "Forløb", "Progression", "Historik"]
    course = view.overview.course
    view.tabs.setCurrentWidget(view.course_tab)
    assert view.course_tab.benefits.rowCount() == len(course.benefits)
    assert view.course_tab.assignments.rowCount() == len(course.assignments)
    assert str(course.caseworker_changes) in view.course_tab.changes_label.text()
    assert view.course_tab.hours.rowCount() == len(course.hours)
    assert view.overview.notes and view.course_tab.notes.rowCount() == len(view.overview.notes)
    assert view.course_tab.notes.item(0, 3).text() == view.overview.notes[0].text
    view.tabs.setCurrentWidget(view.progress_holder)
    assert view.progress_holder.layout().count() == 1
    view.tabs.setCurrentWidget(view.history_tab)
    assert view.history_tab.table.rowCount() == 0 and not view.history_tab.empty.isHidden()  # no changes yet


def test_the_main_windows_undo_group_gets_the_stack(qtbot, ctx, cid) -> None:
    window = QMainWindow()
    window.undo_group = QUndoGroup(window)  # what part A's main window exposes
    qtbot.addWidget(window)
    view = CitizenView(ctx, cid, parent=window)
    window.setCentralWidget(view)
    window.show()
    qtbot.waitExposed(window)
    assert window.undo_group.activeStack() is view.undo_stack
    assert view.undo_action.shortcuts() == []  # the window's Edit menu owns Ctrl+Z there
    qtbot.keyClicks(view.plan_tab.job_goal, "x")
    assert window.undo_group.canUndo()
    window.undo_group.undo()
    assert not view.is_dirty()


def test_choose_the_coordinating_caseworker(qtbot, ctx, cid, demo_db) -> None:
    other = staff_actor(demo_db, with_password=False, not_id=ctx.actor.staff_id)
    view = _view(qtbot, ctx, cid)
    combo = view.plan_tab.coordinator
    assert not combo.loaded and combo.count() <= 2  # the staff list is only read when the choice is opened
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # typing in it loads the caseworkers
    assert combo.loaded and combo.count() > 3
    i = combo.findData(str(other.staff_id))
    combo.setCurrentIndex(i)
    combo.activated.emit(i)
    assert view.holder.draft.coordinator_id == other.staff_id
    assert view.undo_action.text() == "Fortryd koordinerende sagsbehandler"
    assert view.save()
    assert view.overview.coordinator is not None and view.overview.coordinator.id == other.staff_id
    assert combo.currentData() == str(other.staff_id)
    assert any(
        a.role == "koordinerende" and a.initials == other.initials and a.start == view.overview.today
        for a in view.overview.course.assignments
    )


def test_undoing_back_to_the_saved_plan_forgets_the_kept_draft(qtbot, ctx, cid) -> None:
    view = _view(qtbot, ctx, cid)
    view._draft_timer.setInterval(50)
    qtbot.keyClicks(view.plan_tab.job_goal, " mm.")
    qtbot.waitUntil(lambda: plans.load_draft(ctx.db, ctx.actor, cid) is not None, timeout=10000)
    qtbot.keyClick(view.plan_tab.job_goal, Qt.Key.Key_Z, CTRL)
    assert not view.is_dirty()
    qtbot.waitUntil(lambda: plans.load_draft(ctx.db, ctx.actor, cid) is None, timeout=10000)
    assert _view(qtbot, ctx, cid).draft_banner.isHidden()  # nothing to offer next time


def _handover_away(qtbot, view: CitizenView, demo_db) -> Actor:
    receiver = staff_actor(demo_db, with_password=False, not_id=view.ctx.actor.staff_id)
    assert view.do_handover(receiver.staff_id, "Overdraget, mens fanen var åben.", True)
    return receiver


def test_saving_after_the_citizen_left_the_caseload_asks_for_a_reason(qtbot, ctx, cid, demo_db, monkeypatch) -> None:
    view = _view(qtbot, ctx, cid)
    _handover_away(qtbot, view, demo_db)
    qtbot.keyClicks(view.plan_tab.job_goal, " efter overdragelsen")
    assert view.is_dirty()
    asked: list[str] = []

    def cancel(dialog: ReasonDialog) -> int:
        asked.append(dialog.objectName())
        return int(ReasonDialog.DialogCode.Rejected)

    monkeypatch.setattr(ReasonDialog, "exec", cancel)
    assert not view.save()  # cancelled: nothing saved, the edits stay on screen, no raw service text
    assert asked == ["reasonDialog"] and view.is_dirty() and not view.last_error
    assert view.plan_tab.job_goal.text().endswith(" efter overdragelsen")

    def give_reason(dialog: ReasonDialog) -> int:
        dialog.reason.setEditText("Afslutter mine noter efter overdragelsen")
        return int(ReasonDialog.DialogCode.Accepted)

    monkeypatch.setattr(ReasonDialog, "exec", give_reason)
    qtbot.keyClick(view.plan_tab.job_goal, Qt.Key.Key_S, CTRL)
    assert not view.is_dirty() and not view.last_error
    assert view.reason == "Afslutter mine noter efter overdragelsen"
    assert "Afslutter mine noter" in view.header.text()
    assert plans.open_citizen(demo_db, ctx.actor, cid, "kontrol").plan.job_goal.endswith(" efter overdragelsen")
    with demo_db.read() as s:
        row = s.execute(
            select(AuditEntry.action, AuditEntry.reason, AuditEntry.details)
            .where(AuditEntry.citizen_ref == str(cid), AuditEntry.action == "update", AuditEntry.entity == "plan")
            .order_by(AuditEntry.seq.desc())
            .limit(1)
        ).one()
    assert row.reason == "Afslutter mine noter efter overdragelsen" and "job_goal" in row.details
    # the next save in the same tab uses the reason given, without asking again
    monkeypatch.setattr(ReasonDialog, "exec", cancel)
    qtbot.keyClicks(view.plan_tab.job_goal, "!")
    assert view.save() and len(asked) == 1


def test_new_benefit_and_exit_through_the_dialogs(qtbot, ctx, demo_db) -> None:
    from planner_gui.services.citizens import create_citizen

    created = create_citizen(demo_db, ctx.actor, "220964-3954", "Bente", "Bertelsen")
    new_id = getattr(created, "id", created)
    view = _view(qtbot, ctx, new_id)
    assert view.overview.target_group is None
    view.tabs.setCurrentWidget(view.course_tab)
    tab = view.course_tab
    assert tab.new_benefit_button.isEnabled() and tab.exit_button.isEnabled()

    def first(dlg) -> None:
        assert dlg.objectName() == "benefitDialog"
        assert not dlg.end_current.isEnabled()  # nothing to end yet
        dlg.target_group.setCurrentIndex(dlg.target_group.findData("kontanthjaelp_jobparat"))
        dlg.start.setText("01-10-2026")
        dlg.end.setText("30-09-2026")
        dlg.accept()
        assert dlg.isVisible() and dlg.error.text() == "Til-datoen ligger før fra-datoen."
        dlg.end.setText("")
        dlg.accept()

    errors = _on_modal(first)
    qtbot.mouseClick(tab.new_benefit_button, Qt.MouseButton.LeftButton)
    assert not errors, errors
    assert [(b.target_group, b.start, b.end) for b in view.overview.course.benefits] == [
        ("kontanthjaelp_jobparat", dt.date(2026, 10, 1), None)
    ]
    assert view.course_tab.benefits.rowCount() == 1

    def second(dlg) -> None:
        assert dlg.end_current.isChecked() and "dagen før" in dlg.end_current.text()
        dlg.target_group.setCurrentIndex(dlg.target_group.findData("sygedagpenge"))
        dlg.start.setText("15-11-2026")
        dlg.accept()

    errors = _on_modal(second)
    qtbot.mouseClick(view.course_tab.new_benefit_button, Qt.MouseButton.LeftButton)
    assert not errors, errors
    benefits = [(b.target_group, b.start, b.end) for b in view.overview.course.benefits]
    assert benefits == [
        ("kontanthjaelp_jobparat", dt.date(2026, 10, 1), dt.date(2026, 11, 14)),
        ("sygedagpenge", dt.date(2026, 11, 15), None),
    ]

    def leave(dlg) -> None:
        assert dlg.objectName() == "exitDialog"
        dlg.date.setText("20-11-2026")
        dlg.kind.setCurrentIndex(dlg.kind.findData("job"))
        dlg.accept()

    errors = _on_modal(leave)
    qtbot.mouseClick(view.course_tab.exit_button, Qt.MouseButton.LeftButton)
    assert not errors, errors
    assert view.overview.course.exits[-1].date == dt.date(2026, 11, 20)
    assert view.overview.course.benefits[-1].end == dt.date(2026, 11, 20)
    assert "Job" in view.course_tab.findChild(type(view.header), "exitsLabel").text()
    with demo_db.read() as s:
        assert s.scalar(select(Exit.type).where(Exit.citizen_id == new_id)) == "job"
        actions = s.execute(
            select(AuditEntry.action, AuditEntry.entity)
            .where(AuditEntry.citizen_ref == str(new_id), AuditEntry.entity.in_(("benefit_period", "exit")))
            .order_by(AuditEntry.seq)
        ).all()
    assert [tuple(a) for a in actions] == [
        ("create", "benefit_period"),
        ("update", "benefit_period"),
        ("create", "benefit_period"),
        ("create", "exit"),
        ("update", "benefit_period"),
    ]


def test_opening_a_citizen_from_the_main_window_moves_the_focus_there(qtbot, demo_db, caseworker, cid) -> None:
    from planner_gui.ui.main_window import MainWindow
    from tests.conftest import TODAY

    win = MainWindow(AppContext(demo_db, caseworker), today=TODAY)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    win.search.setFocus()
    qtbot.waitUntil(lambda: win.search.hasFocus())
    with demo_db.read() as s:
        c = s.get(Citizen, cid)
        name = f"{c.first_name} {c.last_name}"
    view = win.open_citizen(cid, name, reason="")
    assert isinstance(view, CitizenView)
    _open_views.append(view)
    qtbot.waitUntil(lambda: view.plan_tab.own_goal.hasFocus())
    assert win.tabs.tabText(win.tabs.indexOf(view)) == name
    qtbot.keyClicks(QApplication.focusWidget(), " mere")
    assert win.tabs.tabText(win.tabs.indexOf(view)) == view.overview.name + " *"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_S, CTRL)  # the citizen's shortcut works at once
    assert not view.is_dirty()
    assert win.tabs.tabText(win.tabs.indexOf(view)) == view.overview.name


def test_printing_after_the_citizen_left_the_caseload_asks_for_the_reason_first(
    qtbot, ctx, cid, demo_db, monkeypatch, tmp_path
) -> None:
    from PySide6.QtWidgets import QFileDialog

    view = _view(qtbot, ctx, cid)
    _handover_away(qtbot, view, demo_db)
    target = tmp_path / "min plan.pdf"
    picked: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (picked.append("x") or str(target), ""))
    monkeypatch.setattr(ReasonDialog, "exec", lambda dialog: int(ReasonDialog.DialogCode.Rejected))
    view.save_pdf()
    assert not picked and not target.exists()  # cancelled before anything was written

    def give_reason(dialog: ReasonDialog) -> int:
        dialog.reason.setEditText("Borgeren har henvendt sig")
        return int(ReasonDialog.DialogCode.Accepted)

    monkeypatch.setattr(ReasonDialog, "exec", give_reason)
    view.save_pdf()
    assert picked and target.exists()
    with demo_db.read() as s:
        reason = s.scalar(
            select(AuditEntry.reason)
            .where(AuditEntry.citizen_ref == str(cid), AuditEntry.action == "print")
            .order_by(AuditEntry.seq.desc())
            .limit(1)
        )
    assert reason == "Borgeren har henvendt sig"
