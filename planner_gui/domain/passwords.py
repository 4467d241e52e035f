"""The password rule, for every password a user chooses (``init``, ``demo``, first start, a new user, a new password).

A password must have at least :data:`MIN_LENGTH` characters, not all blank, must not be in the shipped list of common
passwords (``resources/security/common-passwords.txt``, compared case-insensitively) and, when the ``zxcvbn``
estimator is installed (a dependency), must score at least :data:`MIN_ZXCVBN_SCORE` of 4 ("safely unguessable" for
an attacker who guesses online or against a slow hash), given the user's initials and name as known words.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

MIN_LENGTH = 10
MIN_ZXCVBN_SCORE = 3
LIST_PATH = ("security", "common-passwords.txt")
_CONTEXT = ("planner", "jobcenter", "kommune", "borger", "admin", "administrator", "demo", "kode", "adgangskode")


@lru_cache(maxsize=1)
def common_passwords() -> frozenset[str]:
    from planner_gui.config import resources_dir

    path = Path(resources_dir(), *LIST_PATH)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError:
        return frozenset()
    return frozenset(line.strip().lower() for line in lines if line.strip() and not line.startswith("#"))


def problem(password: str, user_inputs: Iterable[str] = ()) -> str | None:
    """Why ``password`` is refused (one Danish sentence), or None when it is acceptable."""
    if len(password) < MIN_LENGTH:
        return f"adgangskoden skal have mindst {MIN_LENGTH} tegn"
    if not password.strip():
        return "adgangskoden må ikke kun bestå af mellemrum"
    if password.strip().lower() in common_passwords():
        return "adgangskoden er en af de mest brugte adgangskoder; vælg en anden"
    try:
        from zxcvbn import zxcvbn
    except ImportError:  # pragma: no cover - a dependency; the length and list rules still hold
        return None
    inputs = [*_CONTEXT, *(u for u in user_inputs if u)]
    result = zxcvbn(password[:100], user_inputs=inputs)
    if int(result["score"]) < MIN_ZXCVBN_SCORE:
        return (
            "adgangskoden er for let at gætte (fx et ord med tal efter, gentagelser eller tastaturmønstre); "
            "vælg en længere eller mere tilfældig"
        )
    return None
