"""Logging to a rotating file in the user's data folder, scrubbed of CPR numbers.

Log records pass through :class:`Scrubber`, which replaces anything shaped like a CPR number with ``<cpr>``; the code
logs ids, never names. Tracebacks of internal errors go here, never to the user's screen.
"""

from __future__ import annotations

import io
import logging
import os
import re
import traceback
from pathlib import Path

CPR_PATTERN = re.compile(r"(?<!\d)(\d{6})[-\s]?(\d{4})(?!\d)")
LOG_NAME = "planner-gui.log"
_installed: dict[str, Path] = {}


def scrub(text: str) -> str:
    return CPR_PATTERN.sub("<cpr>", text)


class Scrubber(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        record.msg = scrub(message)
        record.args = None
        if record.exc_info:
            record.exc_text = scrub("".join(traceback.format_exception(*record.exc_info)))
            record.exc_info = None
        return True


class ScrubbingFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return scrub(super().format(record))


class PrivateRotatingFileHandler(logging.FileHandler):
    """The log file and its rotated copies are the user's alone (0600): they name files, users and ids.

    Rotates as the standard library's ``RotatingFileHandler`` does (``planner-gui.log`` → ``.1`` → … →
    ``.<backup_count>``, the oldest dropped, before a record would take the file past ``max_bytes``); written on
    :class:`logging.FileHandler` because ``logging.handlers`` imports sockets and pickling, about 8 ms of the login
    window's start-up (issue 17)."""

    def __init__(self, filename: Path, *, max_bytes: int, backup_count: int) -> None:
        self.max_bytes = max_bytes
        self.backup_count = backup_count
        super().__init__(filename, mode="a", encoding="utf-8")

    def _open(self) -> io.TextIOWrapper:
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        try:
            if hasattr(os, "fchmod") and os.fstat(fd).st_size == 0:
                os.fchmod(fd, 0o600)  # a new (or just rotated) file: the mode given to open passes through the umask
        except OSError:
            pass
        return os.fdopen(fd, "a", encoding=self.encoding, errors=self.errors)

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self._full(record):
                self.rotate()
            super().emit(record)
        except Exception:
            self.handleError(record)

    def _full(self, record: logging.LogRecord) -> bool:
        if self.stream is None:
            self.stream = self._open()
        if self.max_bytes <= 0 or (os.path.exists(self.baseFilename) and not os.path.isfile(self.baseFilename)):
            return False  # not a plain file (a device): never rotated
        self.stream.seek(0, 2)  # the end, where another process may have written since (as the stdlib's handler)
        return bool(self.stream.tell() + len(f"{self.format(record)}{self.terminator}") >= self.max_bytes)

    def rotate(self) -> None:
        if self.stream is not None:
            self.stream.close()
            self.stream = None
        if self.backup_count > 0:
            for i in range(self.backup_count - 1, 0, -1):
                older = f"{self.baseFilename}.{i}"
                if os.path.exists(older):
                    os.replace(older, f"{self.baseFilename}.{i + 1}")
            if os.path.exists(self.baseFilename):  # removed meanwhile (by hand, or another process's rotation)
                os.replace(self.baseFilename, f"{self.baseFilename}.1")
        elif os.path.exists(self.baseFilename):
            os.truncate(self.baseFilename, 0)
        self.stream = self._open()


class ConsoleWarnings(logging.Handler):
    """On the command line: warnings about files (modes, leftovers) as one line each on stderr."""

    def emit(self, record: logging.LogRecord) -> None:
        import sys

        try:
            print(f"planner-gui: advarsel: {record.getMessage()}", file=sys.stderr)
        except Exception:
            self.handleError(record)


def install_file_logging(*, console: bool = False, level: int = logging.INFO) -> Path:
    """Log to the rotating file in the data folder; ``OSError`` when the folder cannot be written (the caller says
    so in one line). With ``console``, warnings about files also go to stderr."""
    if "file" in _installed:
        return _installed["file"]
    from planner_gui.config import log_dir

    files_log = logging.getLogger("planner_gui.files")
    if console and not any(isinstance(h, ConsoleWarnings) for h in files_log.handlers):
        warn = ConsoleWarnings(logging.WARNING)
        warn.addFilter(Scrubber())
        files_log.addHandler(warn)
    path = log_dir() / LOG_NAME
    from planner_gui.storage.files import warn_if_open

    warn_if_open(path, 0o600)
    handler = PrivateRotatingFileHandler(path, max_bytes=2_000_000, backup_count=5)
    handler.setFormatter(ScrubbingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(Scrubber())
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(level)
    for noisy in ("alembic", "sqlalchemy"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    _installed["file"] = path
    return path


def log_exception(err: BaseException) -> Path | str:
    """Write the traceback to the log file; returns where (or why not: the data folder cannot be written)."""
    try:
        path = install_file_logging()
    except OSError as why:
        return f"ingen logfil: {why.strerror or why}"
    logging.getLogger("planner_gui").error(
        "unhandled error: %s", type(err).__name__, exc_info=(type(err), err, err.__traceback__)
    )
    return path
