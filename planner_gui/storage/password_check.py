"""A login's Argon2id check started before the login's own transaction, beside the opening of a plain file.

When the user presses Enter before the database file is open (the desktop opens it while the user types), the
opening (SQLAlchemy, the schema, the file's checks) and the password's Argon2id are both on the login's path, one
after the other. Argon2id needs none of the opening: it needs the stored hash, which the standard library's SQLite
reads in a millisecond. :class:`EarlyPasswordCheck` reads it and runs the Argon2id check on a thread of its own
(Argon2 lets go of Python's lock), while the opening runs; :func:`planner_gui.services.auth.login` then takes its
verdict instead of checking again, only for exactly the same initials, password and stored hash that it reads in its
own transaction, after its own lock-out rules. Anything else (the file changed, locked, damaged, another password)
leaves the verdict unused and the login checks as before. Still one Argon2id per login; an unknown user's check is
made against :data:`DUMMY_HASH` here too, so the time to answer does not tell which initials exist (issue 17).

No SQLAlchemy here: it starts before SQLAlchemy is imported.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import threading
from pathlib import Path

#: An unknown (or inactive, or password-less) user's password is checked against this hash, with the parameters of
#: :func:`planner_gui.services.auth.hasher` (a test holds them equal), so the check costs the same work as a real one.
DUMMY_HASH = "$argon2id$v=19$m=65536,t=3,p=2$1nM+LteQklwNl1oBbUf3JA$B9CAUwi0ks+AkseMaD+r9jinjKpqCUNC2XfJ5gkio5Q"

_KEY = secrets.token_bytes(32)  # per process: the check keeps a keyed digest of the password, never the password


def _digest(password: str) -> bytes:
    return hmac.new(_KEY, password.encode("utf-8"), hashlib.sha256).digest()


class EarlyPasswordCheck:
    """Check ``password`` against the hash stored for ``initials`` in the plain SQLite file ``path``, on a thread,
    from now; :meth:`verdict` gives the result to the login that asks about the same initials, password and hash."""

    def __init__(self, path: Path, initials: str, password: str) -> None:
        self.initials = initials.strip().lower()
        self._digest: bytes | None = _digest(password)
        self._checked: str | None = None  # the stored hash checked (None: nothing checked, or a dummy check)
        self._unknown = False  # no active user with a password: the dummy was checked (never a match)
        self._matches = False
        self._done = threading.Event()
        threading.Thread(
            target=self._run, args=(Path(path), password), name="planner-password-check", daemon=True
        ).start()

    def _run(self, path: Path, password: str) -> None:
        try:
            from argon2 import PasswordHasher
            from argon2.exceptions import InvalidHashError, VerifyMismatchError

            from planner_gui.storage.backup import connect

            with connect(path, timeout=0) as conn:  # read-only; a locked or damaged file: no verdict
                row = conn.execute(
                    "SELECT password_hash, active FROM staff WHERE initials = ?", (self.initials,)
                ).fetchone()
            if row is None or row[0] is None or not row[1]:
                try:  # the same work as a real check, so the time to answer does not tell; never a match
                    PasswordHasher().verify(DUMMY_HASH, password)
                except (VerifyMismatchError, InvalidHashError):
                    pass
                self._unknown = True
                return
            stored = str(row[0])
            try:
                self._matches = bool(PasswordHasher().verify(stored, password))
            except (VerifyMismatchError, InvalidHashError):  # a wrong password, or a hash that is not one: no
                self._matches = False
            self._checked = stored
        except Exception:  # anything else (Argon2 out of memory, a locked file): the login checks it itself
            self._checked, self._unknown = None, False
        finally:
            del password
            self._done.set()

    def verdict(self, initials: str, stored_hash: str | None, password: str, *, timeout: float = 60) -> bool | None:
        """Whether ``password`` matches ``stored_hash`` (None: the login found no active user with a password, and
        the early check made the dummy check for it: False), waiting for the check to end; None when the early
        check did not check exactly these initials, this password and this hash, or did not end in ``timeout``
        seconds (then the caller checks it itself). Once only: the check then forgets the password's digest."""
        digest, self._digest = self._digest, None
        if digest is None or initials.strip().lower() != self.initials:
            return None
        if not hmac.compare_digest(digest, _digest(password)) or not self._done.wait(timeout):
            return None
        if stored_hash is None:
            return False if self._unknown else None
        if self._unknown or self._checked is None or self._checked != stored_hash:
            return None
        return self._matches
