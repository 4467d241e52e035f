"""Names in Danish order, the same on SQLite and on PostgreSQL (issue 14): æ, ø, å after z, "aa" as "å" (Aaberg
among the å's, before Åse), case only when all else is equal. SQLite orders by the app's own key
(``planner_gui/domain/collation.py``, registered as the SQL function ``planner_danish``), PostgreSQL by ICU's
``da-DK`` (the collation ``public.planner_danish``, migration 0011) whatever the server's own locale."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import text

from planner_gui.domain.collation import danish_key
from planner_gui.services import citizens as svc
from planner_gui.services import companies
from planner_gui.services.auth import Actor
from tests.conftest import PASSWORD, TODAY, as_user, staff_actor

ADMIN = Actor("admin", "administrator")
SHUFFLED = ["Åse", "Aase", "Ærø", "Øster", "Zacho", "Ole", "Aaberg", "Bo"]
DANISH = ["Bo", "Ole", "Zacho", "Ærø", "Øster", "Aaberg", "Åse", "Aase"]  # Aaberg: "åb" before "ås"; Å before Aa
FIRST = "Sortéa"  # a first name no demo citizen has: a search for it finds exactly ours

# names that tell orders apart: case, accents, "aa" inside a name, hyphens and spaces, letters other rules sort
# elsewhere (ä, ö, ü, ð, ß); the app's key must put them where ICU's da-DK does
HARD = [
    *SHUFFLED,
    *("åse", "aase", "AASE", "ÅSE", "Ase", "ase", "aa", "Aagaard", "Abildgaard", "abildgaard", "Andersen"),
    *("Hansen", "hansen", "HANSEN", "Hansen-Berg", "Hansen Berg", "Hansenberg", "O'Neil", "Oneil", "Olsen"),
    *("Baagø", "Bågø", "Bagø", "Kaas", "Kås", "Kas", "Vestergaard", "Vestergård", "Østergaard", "Ørsted"),
    *("Eric", "Éric", "Erik", "Møller", "Möller", "Moller", "Müller", "Muller", "Yde", "Ydesen", "Über", "Zahl"),
    *("Ærø", "Ærøe", "Æbelø", "Ägir", "Öberg", "David", "Ðavid", "Strauss", "Strauß", "Straus", "Al-Hassan"),
    *("Al Hassan", "Alhassan", "Şahin", "Sahin", "Çelik", "Celik", "Nguyễn", "Nguyen", "St. Clair", "Stclair"),
]


def _names(rows: list[svc.CitizenRow]) -> list[str]:
    return [r.last_name for r in rows if r.first_name == FIRST]


@pytest.fixture
def ours(demo_db: Any) -> tuple[Any, Actor]:
    """The demo database with eight citizens of the demo's first caseworker, created in :data:`SHUFFLED` order."""
    worker = staff_actor(demo_db)
    with as_user(demo_db, worker) as mine:  # on the server a caseworker's new citizen goes through their own role
        for i, last in enumerate(SHUFFLED):
            svc.create_citizen(mine, worker, f"030390{1001 + i}", FIRST, last, today=TODAY)
    return demo_db, worker


def test_the_caseload_and_the_search_sort_names_the_danish_way(ours: tuple[Any, Actor]) -> None:
    db, worker = ours
    caseload = svc.caseload(db, worker, limit=1000, sort="name", today=TODAY)
    assert _names(caseload) == DANISH
    assert _names(svc.caseload(db, worker, limit=1000, sort="name", descending=True, today=TODAY)) == DANISH[::-1]
    # the order of the whole caseload is the database's, page by page (the screen re-sorts one page only)
    paged = [r for offset in range(0, len(caseload), 7) for r in svc.caseload(db, worker, offset=offset, limit=7)]
    assert [r.id for r in paged] == [r.id for r in caseload]
    keys = [(danish_key(r.last_name), danish_key(r.first_name)) for r in caseload]
    assert keys == sorted(keys)  # every demo citizen too, not only ours
    # an administrator's search, three at a time: the SQL's order, not one page sorted afterwards
    found = [r for offset in (0, 3, 6) for r in svc.search(db, ADMIN, FIRST, offset=offset, limit=3, today=TODAY)]
    assert _names(found) == DANISH
    # a caseworker's search (on the team server: its planner_search_citizens, then the app's own sorting)
    with as_user(db, worker) as mine:
        assert _names(svc.search(mine, worker, FIRST, limit=50, today=TODAY)) == DANISH
        by_coordinator = svc.caseload(mine, worker, limit=1000, sort="coordinator", today=TODAY)
    coordinators = [danish_key(r.coordinator) for r in by_coordinator if r.coordinator is not None]
    assert coordinators == sorted(coordinators)


def _cvr(n: int) -> str:
    """A CVR number that passes the modulus-11 check (weights 2 7 6 5 4 3 2 1), from seven digits ``n``."""
    for last in range(10):
        digits = f"{n:07d}{last}"
        if sum(int(d) * w for d, w in zip(digits, (2, 7, 6, 5, 4, 3, 2, 1), strict=True)) % 11 == 0:
            return digits
    return _cvr(n + 1)


def test_companies_are_listed_in_danish_order(empty_db: Any) -> None:
    for i, name in enumerate(["Åbyhøj Tømrer", "Zealand Vask", "Ærø Rengøring", "aalborg Lager", "Østerbro Bageri"]):
        companies.register_company(empty_db, ADMIN, _cvr(3141590 + i * 7), name)
    expected = ["Zealand Vask", "Ærø Rengøring", "Østerbro Bageri", "Åbyhøj Tømrer", "aalborg Lager"]  # aa = å
    assert [c.name for c in companies.list_companies(empty_db)] == expected
    assert [c.name for c in companies.search_companies(empty_db, "", limit=3)] == expected[:3]


def test_the_apps_danish_key_orders_as_icu_does(empty_db: Any, db_backend: str) -> None:
    """The database's own order of :data:`HARD` (SQLite: the app's key; PostgreSQL: ICU) is Qt's QCollator's (ICU,
    as the screens sort) and PostgreSQL's ICU's, one list for both."""
    from planner_gui.ui.collation import sorted_danish

    order = "planner_danish(n)" if db_backend == "sqlite" else "n COLLATE public.planner_danish"
    values = ", ".join(f"(CAST(:n{i} AS TEXT))" for i in range(len(HARD)))
    with empty_db.read() as s:
        rows = s.execute(
            text(f"WITH v(n) AS (VALUES {values}) SELECT n FROM v ORDER BY {order}"),
            {f"n{i}": n for i, n in enumerate(HARD)},
        )
        in_sql = [r[0] for r in rows]
    assert in_sql == sorted(HARD, key=danish_key) == sorted_danish(HARD)


@pytest.mark.postgresql
def test_a_server_whose_locale_is_not_danish_still_sorts_names_the_danish_way(pg_url: str) -> None:
    """The copies' cluster sorts Danish by itself (``tests/conftest.py``); this one is ``C.UTF-8``, as a server set
    up in English or by default is: there the plain order puts Å first and the app's order must still be Danish."""
    from planner_gui.services.setup import create_database
    from planner_gui.storage import postgres

    db = create_database(pg_url, PASSWORD)
    try:
        for i, last in enumerate(SHUFFLED):
            svc.create_citizen(db, ADMIN, f"030390{1001 + i}", FIRST, last, today=TODAY)
        with db.read() as s:
            plain = [r[0] for r in s.execute(text("SELECT last_name FROM citizens ORDER BY last_name"))]
        assert plain != DANISH  # the server's own order is not Danish: the app's collation does it
        found = [r for offset in (0, 4) for r in svc.search(db, ADMIN, FIRST, offset=offset, limit=4, today=TODAY)]
        assert _names(found) == DANISH
        with db.write() as s:  # the server's search (as the owner) picks and returns its hits in Danish order
            assert [h.last_name for h in postgres.search_citizens(s, FIRST)] == DANISH
            s.execute(text("SET LOCAL enable_seqscan = off"))  # eight rows: only an index that orders avoids a sort
            s.execute(text("SET LOCAL enable_sort = off"))
            plan = "\n".join(
                r[0]
                for r in s.execute(
                    text(
                        "EXPLAIN SELECT id FROM citizens ORDER BY (last_name) COLLATE public.planner_danish, "
                        "(first_name) COLLATE public.planner_danish, cpr LIMIT 100"
                    )
                )
            )
        assert "ix_citizens_search_danish" in plan  # a page of a large search walks the Danish index
    finally:
        db.dispose()


@pytest.mark.sqlite_only("the team server's Danish index is checked in the test above (its own query plan)")
def test_a_search_on_the_file_walks_the_danish_name_index(empty_db: Any) -> None:
    """Migration 0013: a search's first page reads the names in Danish order from an index and stops, rather than
    computing the key of every hit and sorting them (a one-letter search over 100,000 citizens: ~20 ms, not ~0.1 s)."""
    from planner_gui.services.citizens import _order

    with empty_db.read() as s:
        order = ", ".join(str(c.compile(s.bind)) for c in _order("name", False, TODAY))
        plan = " ".join(
            str(r[-1])
            for r in s.execute(
                text(
                    f"EXPLAIN QUERY PLAN SELECT id FROM citizens WHERE last_name LIKE '%a%' ORDER BY {order} LIMIT 100"
                )
            )
        )
    assert "ix_citizens_danish" in plan and "TEMP B-TREE" not in plan, plan
