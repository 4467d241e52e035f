"""The names the demo gives people and companies: data in ``resources/demo/names.json``, not code."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache

from planner_gui.config import resources_dir


@dataclass(frozen=True)
class Names:
    first_names: tuple[str, ...]
    last_names: tuple[str, ...]
    company_words: tuple[str, ...]  # the first word of an ordinary company's name
    company_trades: tuple[str, ...]  # its trade
    company_forms: tuple[str, ...]  # ApS, A/S, …, or nothing
    social_names: tuple[str, ...]  # social-economy enterprises


@lru_cache(maxsize=1)
def load_names() -> Names:
    data = json.loads((resources_dir() / "demo" / "names.json").read_text(encoding="utf-8"))
    return Names(**{key: tuple(str(v) for v in values) for key, values in data.items()})
