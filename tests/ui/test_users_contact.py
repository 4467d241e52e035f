"""The users page: an administrator sets a user's phone and e-mail (issue 16); a bad number is explained in Danish."""

from __future__ import annotations

from planner_gui.services import users
from planner_gui.services.auth import Actor
from planner_gui.ui.context import AppContext
from planner_gui.ui.users_page import ContactDialog, UsersPage


def test_contact_details_are_edited_on_the_users_page(qtbot, empty_db, monkeypatch) -> None:
    admin = Actor("admin", "administrator")
    users.add_user(empty_db, admin, "ab", "Anne Berg", "sagsbehandler", "god-kode-123")
    page = UsersPage(AppContext(empty_db, admin))
    qtbot.addWidget(page)
    headers = [page.table.horizontalHeaderItem(c).text() for c in range(page.table.columnCount())]
    assert headers[-2:] == ["Telefon", "E-mail"]

    def fill(self: ContactDialog) -> int:
        assert self.contact.phone.text() == "" and "Anne Berg" in self.findChildren(type(self.error))[0].text()
        self.contact.phone.setText("4321 12")
        self.contact.email.setText("anne@jobcenter.example")
        self.accept()
        assert self.error.text().startswith("Telefonnummeret '4321 12' skal have 8 cifre")
        self.contact.phone.setText("+45 43 21 12 34")
        self.accept()
        return self.result()

    monkeypatch.setattr(ContactDialog, "exec", fill)
    page.table.selectRow(0)  # ab before admin
    page.contact_button.click()
    assert page.table.item(0, 5).text() == "43 21 12 34" and page.table.item(0, 6).text() == "anne@jobcenter.example"
