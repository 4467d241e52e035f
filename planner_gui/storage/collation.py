"""Names in Danish order in SQL, the same on both databases (issue 14): æ, ø, å after z, "aa" as "å", case second.

``ORDER BY danish(Citizen.last_name)`` compiles to

- on PostgreSQL: ``(citizens.last_name) COLLATE public.planner_danish``, ICU's ``da-DK`` (migration 0011), whatever
  the server's own locale (a database created with ``C`` or ``en_US`` would put Å before Æ, and every capital first);
- on SQLite: ``planner_danish(citizens.last_name)``, a function registered on every connection
  (:func:`register_sqlite`) that gives :func:`planner_gui.domain.collation.danish_key`, a byte key SQLite compares as
  a BLOB (one call per row, not one per comparison as a ``COLLATE`` function would cost).

On SQLite NULL sorts as empty text (first when ascending, as before); on PostgreSQL NULL stays last.

On SQLite the citizens' names have an index on this key (migration 0013), so a search walks the names in Danish
order and stops after one page, as the plain order did; a sort by another column pays one key per row it sorts.
SQLite needs the function to write ``citizens`` or check that index, so every connection the app opens registers it
(also the bare ones of the backups and the integrity check); a plain ``sqlite3`` shell cannot."""

from __future__ import annotations

from typing import Any

from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import FunctionElement

from planner_gui.storage.precheck import DANISH_FUNCTION, register_sqlite

NAME = DANISH_FUNCTION  # PostgreSQL's collation (schema public) and SQLite's function


class danish(FunctionElement[Any]):  # noqa: N801 (an SQL function's name, as sqlalchemy.func's)
    """A text expression in Danish order, for ``ORDER BY`` (not for comparisons: on SQLite it is a byte key)."""

    name = NAME
    inherit_cache = True


@compiles(danish)
def _plain(element: danish, compiler: SQLCompiler, **kw: Any) -> str:
    return str(compiler.process(element.clauses, **kw))  # any other database: its own order


@compiles(danish, "postgresql")
def _postgresql(element: danish, compiler: SQLCompiler, **kw: Any) -> str:
    return f"({compiler.process(element.clauses, **kw)}) COLLATE public.{NAME}"


@compiles(danish, "sqlite")
def _sqlite(element: danish, compiler: SQLCompiler, **kw: Any) -> str:
    return f"{NAME}({compiler.process(element.clauses, **kw)})"


__all__ = ["NAME", "danish", "register_sqlite"]
