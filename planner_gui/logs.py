"""Logging to a rotating file in the user's data folder, scrubbed of CPR numbers.

Log records pass through :class:`Scrubber`, which replaces anything shaped like a CPR number with ``<cpr>``; the code
logs ids, never names. Tracebacks of internal errors go here, never to the user's screen.
"""

from __future__ import annotations

import logging
import logging.handlers
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


def install_file_logging(*, console: bool = False, level: int = logging.INFO) -> Path:
    if "file" in _installed:
        return _installed["file"]
    from planner_gui.config import log_dir

    path = log_dir() / LOG_NAME
    handler = logging.handlers.RotatingFileHandler(path, maxBytes=2_000_000, backupCount=5, encoding="utf-8")
    handler.setFormatter(ScrubbingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(Scrubber())
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(level)
    for noisy in ("alembic", "sqlalchemy"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    del console
    _installed["file"] = path
    return path


def log_exception(err: BaseException) -> Path:
    path = install_file_logging()
    logging.getLogger("planner_gui").error(
        "unhandled error: %s", type(err).__name__, exc_info=(type(err), err, err.__traceback__)
    )
    return path
