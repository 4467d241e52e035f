"""Names in Danish alphabetical order on the screens (issue 16): æ, ø, å after z, "Aa" as "Å", case ignored, in the
caseload table, the choice of coordinating caseworker and the handover receiver. Python and the database compare code
points (Å before Æ before Ø, every capital before every small letter)."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt

from planner_gui.domain.plan import StaffRef
from planner_gui.services import citizens as svc
from planner_gui.ui.caseload.model import COL_NAME
from planner_gui.ui.context import AppContext
from tests.conftest import TODAY, staff_actor

DANISH = ["abildgaard", "Andersen", "Olsen", "Zahl", "Ærø", "Østergaard", "Åberg", "Aagaard"]


def test_sorted_danish_puts_ae_oe_aa_after_z() -> None:
    from planner_gui.ui.collation import sort_key, sorted_danish

    shuffled = ["Åberg", "Zahl", "Aagaard", "Østergaard", "abildgaard", "Ærø", "Olsen", "Andersen"]
    assert sorted(shuffled) != DANISH  # code points put Å before Æ and capitals first
    assert sorted_danish(shuffled) == DANISH
    assert sorted_danish(shuffled, reverse=True) == DANISH[::-1]
    # keys compare inside tuples (last name, then first name)
    people = [("Hansen", "Åse"), ("Hansen", "Ærø"), ("Hansen", "Bo"), ("Ebbesen", "Ø")]
    people.sort(key=lambda p: (sort_key(p[0]), sort_key(p[1])))
    assert people == [("Ebbesen", "Ø"), ("Hansen", "Bo"), ("Hansen", "Ærø"), ("Hansen", "Åse")]


def test_the_caseload_table_sorts_names_the_danish_way(qtbot, demo_db) -> None:
    from planner_gui.ui.caseload.view import CaseloadPage

    worker = staff_actor(demo_db)
    for i, last in enumerate(["Åberg", "Zahl", "Aagaard", "Østergaard", "abildgaard", "Ærø", "Olsen", "Andersen"]):
        svc.create_citizen(demo_db, worker, f"030390{1001 + i}", "Test", last, today=TODAY)
    page = CaseloadPage(AppContext(demo_db, worker), today=TODAY)
    qtbot.addWidget(page)
    page.show()

    def shown() -> list[str]:
        names = [page.model.row_at(i).last_name for i in range(page.model.rowCount())]
        return [n for n in names if n in DANISH]

    assert not page.model.canFetchMore()  # the whole caseload is loaded
    assert shown() == DANISH
    page.table.sortByColumn(COL_NAME, Qt.SortOrder.DescendingOrder)
    assert shown() == DANISH[::-1]
    page.table.sortByColumn(COL_NAME, Qt.SortOrder.AscendingOrder)
    assert shown() == DANISH
    # the coordinator column: every citizen here is coordinated by the same caseworker or by none; ties by name
    page.table.sortByColumn(3, Qt.SortOrder.AscendingOrder)
    coordinated = [page.model.row_at(i) for i in range(page.model.rowCount())]
    firsts = [r.coordinator or "" for r in coordinated]
    from planner_gui.ui.collation import sort_key

    assert [sort_key(f) for f in firsts] == sorted(sort_key(f) for f in firsts)
    same = [r.last_name for r in coordinated if r.last_name in DANISH]
    assert same == DANISH  # the new citizens share a coordinator (none): by name within it


def _staff(names: list[str]) -> tuple[StaffRef, ...]:
    return tuple(StaffRef(uuid.uuid4(), n[:2].lower(), n, "Team Aktiv") for n in names)


def test_the_coordinator_and_handover_choices_are_in_danish_order(qtbot) -> None:
    from planner_gui.ui.citizen.dialogs import HandoverDialog
    from planner_gui.ui.citizen.plan_tab import StaffCombo

    staff = _staff(["Åse Berg", "Zenia Holm", "Aage Lund", "Ørjan Dahl", "anna Kok", "Æbel Mo"])
    expected = ["anna Kok", "Zenia Holm", "Æbel Mo", "Ørjan Dahl", "Aage Lund", "Åse Berg"]  # Aage as Åge
    combo = StaffCombo(lambda: staff)
    qtbot.addWidget(combo)
    combo.addItem("(ingen)", None)
    combo.ensure_loaded()
    assert [combo.itemText(i).split(" (")[0] for i in range(1, combo.count())] == expected
    dialog = HandoverDialog(staff, staff[1], False)  # the current caseworker (Zenia) is not offered
    qtbot.addWidget(dialog)
    receivers = [dialog.receiver.itemText(i).split(" (")[0] for i in range(dialog.receiver.count())]
    assert receivers == [n for n in expected if n != "Zenia Holm"]


def _cvr(n: int) -> str:
    """A CVR number that passes the modulus-11 check (weights 2 7 6 5 4 3 2 1), from seven digits ``n``."""
    for last in range(10):
        digits = f"{n:07d}{last}"
        if sum(int(d) * w for d, w in zip(digits, (2, 7, 6, 5, 4, 3, 2, 1), strict=True)) % 11 == 0:
            return digits
    return _cvr(n + 1)


def test_the_company_choice_of_an_effort_is_in_danish_order(qtbot, demo_db) -> None:
    from planner_gui.services.auth import Actor
    from planner_gui.services.companies import register_company
    from planner_gui.ui.citizen.dialogs import EffortDialog

    admin = Actor("admin", "administrator")
    for i, name in enumerate(["Åbyhøj Tømrer", "Zealand Vask", "Ærø Rengøring", "aalborg Lager", "Østerbro Bageri"]):
        register_company(demo_db, admin, _cvr(3141590 + i * 7), name)
    dialog = EffortDialog(AppContext(demo_db, staff_actor(demo_db)), None)
    qtbot.addWidget(dialog)
    names = [dialog.company.itemText(i).rsplit(" (", 1)[0] for i in range(1, dialog.company.count())]
    ours = [
        n for n in names if n in {"Åbyhøj Tømrer", "Zealand Vask", "Ærø Rengøring", "aalborg Lager", "Østerbro Bageri"}
    ]
    assert ours == ["Zealand Vask", "Ærø Rengøring", "Østerbro Bageri", "Åbyhøj Tømrer", "aalborg Lager"]  # aa = å
    from planner_gui.ui.collation import sort_key

    assert [sort_key(n) for n in names] == sorted(sort_key(n) for n in names)  # every company, not only ours
