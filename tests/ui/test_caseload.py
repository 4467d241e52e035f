"""The caseload and search table: a lazily fetched, SQL-sorted model (checked with qtmodeltester) and the pages."""

from __future__ import annotations

import datetime as dt
import json
import uuid

import pytest
from PySide6.QtCore import QModelIndex, Qt
from sqlalchemy import select

from planner_gui.services import citizens as svc
from planner_gui.services.auth import Actor
from planner_gui.storage.tables import AuditEntry, Citizen
from planner_gui.ui.caseload.model import (
    COL_CPR,
    COL_GROUP,
    COL_MEASURED,
    COL_MEETING,
    COL_NAME,
    ID_ROLE,
    STALE_ROLE,
    CitizenTableModel,
    format_date,
)
from tests.conftest import TODAY, staff_actor

ADMIN = Actor("admin", "administrator")


def _row(**kw) -> svc.CitizenRow:
    base = dict(
        id=uuid.uuid4(),
        cpr="0101901235",
        first_name="Ida",
        last_name="Testesen",
        target_group=None,
        coordinator=None,
        next_meeting=None,
        last_measurement=None,
    )
    return svc.CitizenRow(**(base | kw))


def _search_source(db, text: str, calls: list[tuple[int, int, str, bool]] | None = None):
    def fetch(offset: int, limit: int, sort: str, descending: bool):
        if calls is not None:
            calls.append((offset, limit, sort, descending))
        return svc.search(db, ADMIN, text, offset=offset, limit=limit, sort=sort, descending=descending, today=TODAY)

    return fetch


def test_model_passes_qtmodeltester(qtmodeltester, demo_db) -> None:
    model = CitizenTableModel(_search_source(demo_db, "e"), today=TODAY, page_size=25)
    qtmodeltester.check(model, force_py=True)
    model.fetchMore(QModelIndex())
    qtmodeltester.check(model, force_py=True)


def test_model_fetches_lazily_page_by_page(demo_db) -> None:
    calls: list[tuple[int, int, str, bool]] = []
    model = CitizenTableModel(today=TODAY, page_size=20)
    model.set_source(_search_source(demo_db, "e", calls))
    total = svc.count_search(demo_db, ADMIN, "e")
    assert total > 60
    assert model.rowCount() == 20 and model.canFetchMore(QModelIndex())
    assert calls == [(0, 20, "name", False)]
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 40 and calls[-1] == (20, 20, "name", False)
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == total
    ids = [model.index(i, 0).data(ID_ROLE) for i in range(model.rowCount())]
    assert len(set(ids)) == total


def test_model_sorts_in_sql(demo_db) -> None:
    calls: list[tuple[int, int, str, bool]] = []
    model = CitizenTableModel(_search_source(demo_db, "a", calls), today=TODAY, page_size=30)
    model.reload()
    model.sort(COL_CPR, Qt.SortOrder.DescendingOrder)
    assert calls[-1] == (0, 30, "cpr", True)
    cprs = [model.index(i, COL_CPR).data() for i in range(model.rowCount())]
    assert cprs == sorted(cprs, reverse=True)
    model.sort(COL_MEASURED, Qt.SortOrder.AscendingOrder)
    assert calls[-1][2] == "last_measurement"


def test_model_display_dates_and_stale_marking() -> None:
    today = dt.date(2026, 11, 23)
    rows = [
        _row(
            last_name="Ab",  # not "Aa": in Danish order that is "Å", after "Dd" (tests/ui/test_danish_order.py)
            last_measurement=today - dt.timedelta(days=10),
            next_meeting=dt.date(2026, 12, 3),
            target_group="kontanthjaelp_aktivitetsparat",
            coordinator="Kasper Lind (kali)",
        ),
        _row(last_name="Bb", last_measurement=today - dt.timedelta(days=91), target_group="sygedagpenge"),
        _row(last_name="Cc", last_measurement=None, target_group="sygedagpenge"),
        _row(last_name="Dd", last_measurement=None),  # no ongoing case: not marked
    ]
    model = CitizenTableModel(lambda o, n, s, d: rows[o : o + n], today=today, page_size=10)
    model.reload()
    assert model.index(0, COL_NAME).data() == "Ab, Ida"
    assert model.index(0, COL_CPR).data() == "010190-1235"
    assert model.index(0, COL_GROUP).data() == "Kontanthjælp, aktivitetsparat"
    assert model.index(0, COL_MEETING).data() == "03-12-2026"
    assert model.index(1, COL_MEETING).data() == "–"
    assert [model.index(i, COL_MEASURED).data() for i in range(4)] == ["10", "91", "ingen", "ingen"]
    assert [model.index(i, 0).data(STALE_ROLE) for i in range(4)] == [False, True, True, False]
    assert model.index(1, COL_MEASURED).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert model.index(0, COL_MEASURED).data(Qt.ItemDataRole.BackgroundRole) is None
    assert model.headerData(COL_MEASURED, Qt.Orientation.Horizontal) == "Dage siden måling"
    model.set_stale_days(5)  # the threshold is a setting
    assert model.index(0, 0).data(STALE_ROLE) is True
    assert not model.canFetchMore(QModelIndex())
    assert format_date(dt.date(2026, 1, 2)) == "02-01-2026"


def _ctx(db, actor):
    from planner_gui.ui.context import AppContext

    return AppContext(db, actor)


def test_caseload_page_lists_own_citizens(qtbot, demo_db) -> None:
    from planner_gui.ui.caseload.view import CaseloadPage

    actor = staff_actor(demo_db)
    page = CaseloadPage(_ctx(demo_db, actor), today=TODAY)
    qtbot.addWidget(page)
    expected = {r.id for r in svc.caseload(demo_db, actor, limit=1000, today=TODAY)}
    shown = {page.model.index(i, 0).data(ID_ROLE) for i in range(page.model.rowCount())}
    assert shown == expected and expected
    assert page.status.text().startswith(f"{len(expected)} borgere.")
    opened: list[tuple[uuid.UUID, str]] = []
    page.open_requested.connect(lambda cid, name: opened.append((cid, name)))
    page.show()
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(1, 2))
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert opened and opened[0][0] == page.model.index(1, 0).data(ID_ROLE)
    # a new citizen of this caseworker appears after caseload_changed
    svc.create_citizen(demo_db, actor, "010190-1235", "Ida", "Aaberg", today=TODAY)
    page.ctx.signals.caseload_changed.emit()
    assert page.model.rowCount() == len(expected) + 1


def _search(qtbot, page, text: str) -> int:
    with qtbot.waitSignal(page.searched, timeout=5_000) as sig:
        page.set_query(text)
    return sig.args[1]


@pytest.fixture
def search_page(qtbot, demo_db):
    from planner_gui.ui.caseload.view import SearchPage

    page = SearchPage(_ctx(demo_db, staff_actor(demo_db)), today=TODAY)
    qtbot.addWidget(page)
    page.show()
    return page


def _citizen(db):
    with db.read() as s:
        return s.execute(
            select(Citizen.id, Citizen.cpr, Citizen.first_name, Citizen.last_name).order_by(Citizen.cpr).limit(1)
        ).one()


def test_search_page_by_name(qtbot, search_page, demo_db) -> None:
    c = _citizen(demo_db)
    hits = _search(qtbot, search_page, f"{c.first_name[:3].lower()} {c.last_name}")
    ids = [search_page.model.index(i, 0).data(ID_ROLE) for i in range(search_page.model.rowCount())]
    assert c.id in ids and hits == len(ids)
    assert "fundet" in search_page.status.text() or hits == 1


@pytest.mark.parametrize("shape", ["with_dash", "without_dash", "partial_start", "partial_dash"])
def test_search_page_by_cpr(qtbot, search_page, demo_db, shape: str) -> None:
    c = _citizen(demo_db)
    text = {
        "with_dash": f"{c.cpr[:6]}-{c.cpr[6:]}",
        "without_dash": c.cpr,
        "partial_start": c.cpr[:5],
        "partial_dash": f"{c.cpr[3:6]}-{c.cpr[6:8]}",
    }[shape]
    hits = _search(qtbot, search_page, text)
    ids = [search_page.model.index(i, 0).data(ID_ROLE) for i in range(search_page.model.rowCount())]
    assert c.id in ids
    if shape in ("with_dash", "without_dash"):
        assert hits == 1 and ids == [c.id]
        assert search_page.model.index(0, COL_CPR).data() == f"{c.cpr[:6]}-{c.cpr[6:]}"


def test_search_audits_without_the_text(qtbot, search_page, demo_db) -> None:
    c = _citizen(demo_db)
    _search(qtbot, search_page, f"{c.cpr[:6]}-{c.cpr[6:]}")
    with demo_db.read() as s:
        entry = s.execute(
            select(AuditEntry.user, AuditEntry.details)
            .where(AuditEntry.action == "search")
            .order_by(AuditEntry.seq.desc())
            .limit(1)
        ).one()
    assert entry.user == search_page.ctx.actor.initials
    assert c.cpr[:6] not in entry.details and c.cpr[6:] not in entry.details
    assert json.loads(entry.details)["art"] == "cpr"


def test_search_merges_fast_keystrokes_and_clears(qtbot, search_page, demo_db) -> None:
    c = _citizen(demo_db)
    searches: list[str] = []
    search_page.searched.connect(lambda text, _n: searches.append(text))
    for i in range(1, len(c.last_name) + 1):
        search_page.set_query(c.last_name[:i])  # typed faster than the pause: one query
    qtbot.waitUntil(lambda: searches == [c.last_name], timeout=5_000)
    assert search_page.model.rowCount() > 0
    search_page.set_query("")
    qtbot.waitUntil(search_page.is_idle, timeout=2_000)
    assert search_page.model.rowCount() == 0
    assert "Skriv et navn" in search_page.status.text()
    assert _search(qtbot, search_page, "zzzqqq") == 0
    assert search_page.status.text() == "Ingen borgere passer på søgningen."


def test_reason_dialog_needs_a_reason(qtbot) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    from planner_gui.ui.caseload.reason import ReasonDialog

    dlg = ReasonDialog("Ida Testesen")
    qtbot.addWidget(dlg)
    ok = dlg.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    dlg.accept()
    assert dlg.result() != ReasonDialog.DialogCode.Accepted
    qtbot.keyClicks(dlg.reason.lineEdit(), "  ")
    assert not ok.isEnabled()
    dlg.reason.setCurrentIndex(1)
    assert ok.isEnabled() and dlg.text() == "Kollega er fraværende (sygdom/ferie)"
    dlg.reason.setEditText("Borgeren ringede om sin ydelse")
    dlg.accept()
    assert dlg.result() == ReasonDialog.DialogCode.Accepted and dlg.text() == "Borgeren ringede om sin ydelse"


def test_double_click_opens(qtbot, search_page, demo_db) -> None:
    c = _citizen(demo_db)
    _search(qtbot, search_page, c.cpr)
    opened: list[uuid.UUID] = []
    search_page.open_requested.connect(lambda cid, _name: opened.append(cid))
    table = search_page.table
    qtbot.waitExposed(search_page)
    rect = table.visualRect(search_page.model.index(0, COL_GROUP))
    assert rect.isValid(), (rect, table.isVisible(), table.size())
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened == []  # a single click selects
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened == [c.id]
