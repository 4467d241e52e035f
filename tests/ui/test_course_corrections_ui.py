"""The citizen screen's Forløb tab corrects and deletes a benefit period and an exit; the plan tab moves sub-goals
(buttons, Ctrl+Up/Down, undo); the audit viewer reads in Danish; Filer > Log ud is audited (issues 16 and 12)."""

from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtCore import Qt
from sqlalchemy import select

from planner_gui.services import plans
from planner_gui.services.citizens import create_citizen
from planner_gui.storage.tables import AuditEntry
from planner_gui.ui.context import AppContext
from tests.conftest import TODAY
from tests.ui.test_citizen_view import _close_views_quietly, _on_modal, _view  # noqa: F401
from tests.ui.test_citizen_view import ctx as ctx  # a fixture (cid comes from tests/ui/conftest.py)

CTRL = Qt.KeyboardModifier.ControlModifier


def test_correct_and_delete_a_benefit_period_and_an_exit(qtbot, ctx: AppContext, demo_db) -> None:
    new_id = create_citizen(demo_db, ctx.actor, "220964-3954", "Bente", "Bertelsen")
    plans.add_benefit_period(demo_db, ctx.actor, new_id, "a_dagpenge", dt.date(2026, 1, 5))
    plans.register_exit(demo_db, ctx.actor, new_id, dt.date(2026, 9, 1), "job")
    view = _view(qtbot, ctx, new_id)
    view.tabs.setCurrentWidget(view.course_tab)
    tab = view.course_tab
    assert tab.benefits.rowCount() == 1 and tab.exits.rowCount() == 1 and tab.exits.isVisibleTo(tab)
    assert tab.edit_benefit_button.isEnabled() and tab.delete_exit_button.isEnabled()

    def correct(dlg) -> None:
        assert dlg.objectName() == "benefitDialog" and dlg.windowTitle() == "Ret ydelse"
        assert dlg.target_group.currentData() == "a_dagpenge" and dlg.start.text() == "05-01-2026"
        assert not dlg.end_current.isVisible()
        dlg.target_group.setCurrentIndex(dlg.target_group.findData("sygedagpenge"))
        dlg.start.setText("12-01-2026")
        dlg.accept()

    errors = _on_modal(correct)
    qtbot.mouseClick(tab.edit_benefit_button, Qt.MouseButton.LeftButton)
    assert not errors, errors
    b = view.overview.course.benefits[0]
    assert (b.target_group, b.start, b.end) == ("sygedagpenge", dt.date(2026, 1, 12), dt.date(2026, 9, 1))

    def correct_exit(dlg) -> None:
        assert dlg.objectName() == "exitDialog" and dlg.windowTitle() == "Ret afgang"
        assert dlg.date.text() == "01-09-2026" and dlg.kind.currentData() == "job"
        dlg.date.setText("15-08-2026")
        dlg.kind.setCurrentIndex(dlg.kind.findData("uddannelse"))
        dlg.accept()

    errors = _on_modal(correct_exit)
    qtbot.mouseClick(view.course_tab.edit_exit_button, Qt.MouseButton.LeftButton)
    assert not errors, errors
    x = view.overview.course.exits[0]
    assert (x.date, x.type) == (dt.date(2026, 8, 15), "uddannelse")
    assert view.overview.course.benefits[0].end == dt.date(2026, 8, 15)

    def delete_exit(dlg) -> None:
        assert (
            dlg.objectName() == "deleteRowDialog"
            and "15-08-2026" in dlg.findChild(type(dlg.error), "deleteWhat").text()
        )
        dlg.accept()
        assert dlg.isVisible() and dlg.error.text() == "Skriv en begrundelse for sletningen."
        dlg.reason.setText("Registreret ved en fejl")
        dlg.accept()

    errors = _on_modal(delete_exit)
    qtbot.mouseClick(view.course_tab.delete_exit_button, Qt.MouseButton.LeftButton)
    assert not errors, errors
    assert view.overview.course.exits == ()
    assert not view.course_tab.exits.isVisibleTo(view.course_tab) and not view.course_tab.edit_exit_button.isEnabled()

    def delete_benefit(dlg) -> None:
        dlg.reason.setText("Forkert borger")
        dlg.accept()

    errors = _on_modal(delete_benefit)
    view.activateWindow()
    view.course_tab.benefits.setFocus()
    qtbot.waitUntil(view.course_tab.benefits.hasFocus)
    qtbot.keyClick(view.course_tab.benefits, Qt.Key.Key_Delete)
    assert not errors, errors
    assert view.overview.course.benefits == ()
    with demo_db.read() as s:
        rows = s.execute(
            select(AuditEntry.action, AuditEntry.entity)
            .where(AuditEntry.citizen_ref == str(new_id), AuditEntry.action.in_(("update", "delete")))
            .order_by(AuditEntry.seq)
        ).all()
    assert [tuple(r) for r in rows][-2:] == [("delete", "exit"), ("delete", "benefit_period")]


def test_team_lead_cannot_correct_the_course(qtbot, demo_db, cid) -> None:
    from tests.conftest import staff_actor

    lead = AppContext(demo_db, staff_actor(demo_db, "teamleder"))
    view = _view(qtbot, lead, cid, reason="Tilsyn")
    view.tabs.setCurrentWidget(view.course_tab)
    tab = view.course_tab
    assert not tab.edit_benefit_button.isEnabled() and not tab.delete_benefit_button.isEnabled()
    assert not tab.edit_exit_button.isEnabled() and not tab.delete_exit_button.isEnabled()


def test_move_sub_goals_with_buttons_and_keys_undo_and_save(qtbot, ctx: AppContext, demo_db) -> None:
    from planner_gui.domain.plan import SubGoalRow, diff

    new_id = create_citizen(demo_db, ctx.actor, "220964-3954", "Bente", "Bertelsen")
    ov = plans.open_citizen(demo_db, ctx.actor, new_id)
    draft = ov.draft()
    rows = tuple(SubGoalRow(uuid.uuid4(), t) for t in ("Cykel", "Cv", "Praktik"))
    plans.save_plan(demo_db, ctx.actor, new_id, diff(ov, type(draft)(draft.plan, rows, (), None)))
    view = _view(qtbot, ctx, new_id)
    tab = view.plan_tab

    def texts() -> list[str]:
        return [g.text for g in view.holder.draft.subgoals]

    tab.subgoals.selectRow(2)
    qtbot.mouseClick(tab.subgoal_up_btn, Qt.MouseButton.LeftButton)
    assert texts() == ["Cykel", "Praktik", "Cv"] and tab.subgoals.currentRow() == 1
    assert view.is_dirty() and view.undo_action.text() == "Fortryd flytning af delmål"
    tab.subgoals.setFocus()
    qtbot.keyClick(tab.subgoals, Qt.Key.Key_Up, CTRL)
    assert texts() == ["Praktik", "Cykel", "Cv"] and tab.subgoals.currentRow() == 0
    qtbot.keyClick(tab.subgoals, Qt.Key.Key_Up, CTRL)  # already first: nothing happens
    assert texts() == ["Praktik", "Cykel", "Cv"] and view.undo_stack.count() == 2
    view.undo_stack.undo()
    assert texts() == ["Cykel", "Praktik", "Cv"]
    tab.subgoals.selectRow(1)
    qtbot.keyClick(tab.subgoals, Qt.Key.Key_Down, CTRL)
    assert texts() == ["Cykel", "Cv", "Praktik"] and not view.is_dirty()  # back in the saved order
    tab.subgoals.selectRow(0)
    qtbot.mouseClick(tab.subgoal_down_btn, Qt.MouseButton.LeftButton)
    assert texts() == ["Cv", "Cykel", "Praktik"] and view.is_dirty()
    assert view.save()
    assert [g.text for g in view.overview.subgoals] == texts()
    assert not view.is_dirty()
    reopened = plans.open_citizen(demo_db, ctx.actor, new_id)
    assert [g.text for g in reopened.subgoals] == texts()


def test_audit_viewer_shows_danish_sentences(qtbot, demo_db, caseworker) -> None:
    from planner_gui.services.auth import Actor
    from planner_gui.ui.audit_view import AuditView

    new_id = create_citizen(demo_db, caseworker, "220964-3954", "Bente", "Bertelsen", today=TODAY)
    plans.open_citizen(demo_db, caseworker, new_id)
    plans.record_print(demo_db, caseworker, new_id)
    admin = AppContext(demo_db, Actor("admin", "administrator"))
    page = AuditView(admin)
    qtbot.addWidget(page)
    page.cpr.setText("220964-3954")
    page.apply()
    model = page.model
    shown = [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]
    texts = [row[6] for row in shown]
    assert "Åbnede borgeren" in texts and "Gemte Min plan som PDF" in texts
    assert {row[3] for row in shown} <= {"Borger", "Plan"}
    for row in shown:
        for cell in row:
            assert not any(bad in str(cell) for bad in ("{", "min_plan", "None", "field", "citizen", "sub_goal")), row


def test_logout_from_the_menu_is_audited(qtbot, demo_db, caseworker) -> None:
    from planner_gui.ui.main_window import MainWindow

    win = MainWindow(AppContext(demo_db, caseworker))
    qtbot.addWidget(win)
    win.show()
    with qtbot.waitSignal(win.logout_requested):
        win.logout_action.trigger()
    with demo_db.read() as s:
        e = s.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(1)).one()
        assert (e.action, e.user) == ("logout", caseworker.initials)
