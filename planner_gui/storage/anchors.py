"""Anchors of the audit chain kept outside the database: tamper evidence against someone who holds the key.

The hash chain (:mod:`planner_gui.storage.audit`) has no secret: whoever can write the raw file (a user with their
password and the key file, an administrator with the recovery key) can edit an entry and recompute every hash after
it, or cut entries off the end, and the chain alone still verifies. So the chain's head (sequence number, hash and the
entry's time) is appended, as one JSON line, to an **anchor file** that lives apart from the database:

- always in the user's data folder: ``<data>/audit-anchors/<id>.jsonl`` (folder 0700, file 0600);
- and in every folder named in the environment variable :data:`ANCHOR_DIR_ENV` (``PLANNER_AUDIT_ANCHOR_DIR``,
  several separated by ``os.pathsep``), e.g. a share an administrator chooses where users may add files but not
  change them.

``<id>`` is the first 32 hex digits of the SHA-256 of the database's identity: the absolute, resolved path of a
SQLite file, or the URL (without password) of a server database. The head is anchored after the commit of every
transaction that wrote an export, print, report, import, login, logout or purge entry, or that passed a multiple of
:data:`EVERY` entries (:func:`planner_gui.storage.audit.record` schedules it). An anchor that cannot be written
(read-only folder, full disk) is logged as a warning and never undoes the user's committed action.

``audit verify`` (:func:`planner_gui.storage.audit.check_anchors`) reads every anchor line of every anchor file
and checks it against the chain: an anchored entry that is missing (the log was cut off) or whose hash differs (the
log was rewritten) breaks the check, naming the last anchor that still matches.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import os
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import URL, make_url

from planner_gui.domain.i18n import QT_TRANSLATE_NOOP

ANCHOR_DIR_ENV = "PLANNER_AUDIT_ANCHOR_DIR"
FOLDER = "audit-anchors"
EVERY = 100  # the head is anchored at least every EVERY entries
ANCHOR_ACTIONS = frozenset({"export", "print", "report", "import", "login", "logout", "purge"})

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Anchor:
    seq: int
    hash: str
    entry_ts: str  # the anchored entry's own time (ISO), as stored in the chain
    written: str  # when the anchor was written (local ISO time, for the report)
    why: str
    source: Path
    line: int


def identity(url: str | URL) -> str:
    """What names a database for its anchors: the resolved path of a SQLite file, else the URL without password."""
    u = make_url(url) if isinstance(url, str) else url
    if u.get_backend_name() == "sqlite" and u.database and u.database != ":memory:":
        return str(Path(u.database).expanduser().resolve())
    return u.render_as_string(hide_password=True)


def anchor_name(ident: str) -> str:
    return hashlib.sha256(ident.encode("utf-8")).hexdigest()[:32] + ".jsonl"


def anchor_dirs() -> list[Path]:
    """The folders anchors go to: the data folder's ``audit-anchors`` and those of ``PLANNER_AUDIT_ANCHOR_DIR``."""
    from planner_gui.config import data_dir

    dirs = [data_dir() / FOLDER]
    extra = os.environ.get(ANCHOR_DIR_ENV, "")
    dirs.extend(Path(p).expanduser() for p in extra.split(os.pathsep) if p.strip())
    return dirs


def anchor_files(ident: str) -> list[Path]:
    name = anchor_name(ident)
    return [d / name for d in anchor_dirs()]


def append(ident: str, seq: int, hash_: str, entry_ts: dt.datetime, why: str) -> int:
    """Append the head to every anchor file; returns how many were written (failures are logged, not raised)."""
    line = (
        json.dumps(
            {
                "seq": seq,
                "hash": hash_,
                "ts": entry_ts.isoformat(timespec="microseconds"),
                "skrevet": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
                "hvorfor": why,
                "database": ident,
            },
            ensure_ascii=False,
            sort_keys=True,
        )
        + "\n"
    ).encode("utf-8")
    written = 0
    try:
        files = anchor_files(ident)
    except OSError as err:
        log.warning("audit anchor not written: data folder unusable (%s)", err.strerror or err)
        return 0
    for path in files:
        try:
            if not path.parent.is_dir():
                path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
            try:
                os.write(fd, line)
                os.fsync(fd)
            finally:
                os.close(fd)
            written += 1
        except OSError as err:
            log.warning("audit anchor not written to %s (%s)", path.parent, err.strerror or err)
    return written


def read(ident: str) -> tuple[list[Anchor], list[str]]:
    """Every anchor of the database, in the order written per file; and the problems met (unreadable lines)."""
    anchors: list[Anchor] = []
    problems: list[str] = []
    for path in anchor_files(ident):
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            continue
        except UnicodeDecodeError:
            problems.append(
                QT_TRANSLATE_NOOP("Meddelelser", "{path}: kan ikke læses (ikke tekst i UTF-8)").format(path=str(path))
            )
            continue
        except OSError as err:
            problems.append(
                QT_TRANSLATE_NOOP("Meddelelser", "{path}: kan ikke læses ({reason})").format(
                    path=str(path), reason=err.strerror or type(err).__name__
                )
            )
            continue
        for number, raw in enumerate(text.splitlines(), start=1):
            if not raw.strip():
                continue
            try:
                data = json.loads(raw)
                anchors.append(
                    Anchor(
                        int(data["seq"]),
                        str(data["hash"]),
                        str(data.get("ts", "")),
                        str(data.get("skrevet", "")),
                        str(data.get("hvorfor", "")),
                        path,
                        number,
                    )
                )
            except (ValueError, KeyError, TypeError):
                problems.append(
                    QT_TRANSLATE_NOOP("Meddelelser", "{path} linje {number}: ikke et gyldigt anker").format(
                        path=str(path), number=number
                    )
                )
    return anchors, problems
