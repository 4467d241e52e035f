"""A value per distinct value, computed once: the import's and the export's columns repeat the same CPR numbers, dates
and codes on every row, so each is converted on its first look-up only, and a look-up that hits is a dict look-up in
C (issue 17)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any


class Memo(dict[Any, Any]):
    """``memo[value]`` is ``fn(value)``, computed on the first look-up. At most ``kept`` values are remembered (then
    the memory starts afresh, so a column of values that never repeat costs bounded memory); ``fixed`` entries are
    always there (``{None: None}``: None is never given to ``fn``)."""

    def __init__(self, fn: Callable[[Any], Any], kept: int, fixed: Mapping[Any, Any] | None = None) -> None:
        self._fixed = dict(fixed or {})
        super().__init__(self._fixed)
        self.fn = fn
        self._kept = kept

    def __missing__(self, key: Any) -> Any:
        value = self.fn(key)
        if len(self) >= self._kept:
            self.clear()
            self.update(self._fixed)
        self[key] = value
        return value
