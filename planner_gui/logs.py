"""Logging to a rotating file in the user's data folder, scrubbed of CPR numbers.

Log records pass through :class:`Scrubber`, which replaces anything shaped like a CPR number with ``<cpr>``; the code
logs ids, never names. Tracebacks of internal errors go here, never to the user's screen.
"""

from __future__ import annotations

import logging
import logging.handlers
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


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """The log file and its rotated copies are the user's alone (0600): they name files, users and ids."""

    def _open(self):  # type: ignore[no-untyped-def]
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        try:
            if hasattr(os, "fchmod") and os.fstat(fd).st_size == 0:
                os.fchmod(fd, 0o600)  # a new (or just rotated) file: the mode given to open passes through the umask
        except OSError:
            pass
        return os.fdopen(fd, "a", encoding=self.encoding, errors=self.errors)


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
    handler = PrivateRotatingFileHandler(path, maxBytes=2_000_000, backupCount=5, encoding="utf-8")
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
