"""The error hierarchy: what the user can act on (a clear message, exit 2) versus bugs (exit 1, crash report).

Messages of :class:`UserError` are written for the person in front of the screen: what went wrong, where, and why.
"""

from __future__ import annotations


class PlannerError(Exception):
    """Base of the project's own errors."""


class UserError(PlannerError):
    """Bad input or an environment problem the user can fix. CLI exit code 2."""

    exit_code = 2


class NotFound(UserError):
    """A citizen, user or record that does not exist."""


class ValidationError(UserError):
    """Input that breaks a domain rule; ``errors`` lists every problem found (``where: reason``)."""

    def __init__(self, errors: list[str] | str) -> None:
        self.errors = [errors] if isinstance(errors, str) else list(errors)
        super().__init__("\n".join(self.errors))


class PermissionDenied(UserError):
    """The user's role does not allow the action."""


class AuthenticationFailed(UserError):
    """Wrong initials or password, or a locked account."""


class StorageError(UserError):
    """The database file cannot be used: missing, locked, not a database, damaged, or the disk is full."""

    def __init__(self, message: str, *, path: str | None = None, kind: str = "other") -> None:
        super().__init__(message)
        self.path = path
        self.kind = kind  # missing | locked | not_a_database | corrupt | full | readonly | encrypted | other


class ConcurrentEdit(UserError):
    """Someone else saved the same record after it was opened (version counter mismatch)."""


class InternalError(PlannerError):
    """A bug. CLI exit code 1."""

    exit_code = 1
