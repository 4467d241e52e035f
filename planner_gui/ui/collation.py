"""Danish alphabetical order for names and other text the screens sort: æ, ø, å after z (and "aa" as å, as in
Aagaard), upper and lower case together. Python's ``sorted`` and SQL's default order compare code points, which puts
Å before Æ and every capital before every small letter.

The order is Danish whatever the language of the screens: the names are Danish names."""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable
from typing import TypeVar

from PySide6.QtCore import QCollator, QCollatorSortKey, QLocale

T = TypeVar("T")

_collator: QCollator | None = None


def danish_collator() -> QCollator:
    """One collator for the process (QCollator is costly to make): Danish, case-insensitive first, digits as
    numbers ("Team 2" before "Team 10")."""
    global _collator
    if _collator is None:
        _collator = QCollator(QLocale(QLocale.Language.Danish, QLocale.Country.Denmark))
        _collator.setNumericMode(True)
    return _collator


@functools.total_ordering
class SortKey:
    """A text's Danish sort key that also compares equal (``QCollatorSortKey`` has no ``==``, so a tuple of them
    would never look at its second item)."""

    __slots__ = ("key",)

    def __init__(self, key: QCollatorSortKey) -> None:
        self.key = key

    def __eq__(self, other: object) -> bool:
        return isinstance(other, SortKey) and self.key.compare(other.key) == 0

    def __lt__(self, other: SortKey) -> bool:
        return self.key.compare(other.key) < 0

    __hash__ = None  # type: ignore[assignment]


def sort_key(text: str | None) -> SortKey:
    """A key for ``sorted``/``list.sort`` that orders text the Danish way (``None`` as empty text); keys compare
    inside tuples too."""
    return SortKey(danish_collator().sortKey(text or ""))


def sorted_danish(items: Iterable[T], text: Callable[[T], str | None] = str, *, reverse: bool = False) -> list[T]:
    """``items`` in Danish alphabetical order of ``text(item)``; equal texts keep their order."""
    return sorted(items, key=lambda item: sort_key(text(item)), reverse=reverse)


__all__ = ["SortKey", "danish_collator", "sort_key", "sorted_danish"]
