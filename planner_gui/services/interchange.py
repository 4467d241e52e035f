"""The interchange workbook (CONTRACT.md section 2) as user actions: import and export.

:func:`import_workbook` validates every row of every sheet first and then writes everything in one transaction with
its audit row (all or nothing); :func:`export_workbook` writes the whole database, or one citizen (right of access),
atomically. An audit entry "export begun" (what, where, by whom) is committed before any personal data touches the
disk; the file is written in the private scratch folder in the user's data folder (0700,
:mod:`planner_gui.storage.files`), never beside the target, and moved into place with the completion entry only when
complete: never a half-written file. The reading, validating and writing of the sheets is the engine's
(:mod:`planner_gui.interchange.read`, :mod:`planner_gui.interchange.write`), which takes a session and never opens a
transaction or writes an audit row.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from sqlalchemy import select

from planner_gui.collector import paused as collection_paused
from planner_gui.domain import cpr as cprmod
from planner_gui.domain.i18n import QT_TRANSLATE_NOOP
from planner_gui.errors import NotFound, UserError
from planner_gui.interchange.read import MAX_ERRORS_KEPT, ImportErrors, ImportResult, read_rows, validate, write
from planner_gui.interchange.schema import MAX_SHEET_ROWS
from planner_gui.interchange.write import write_workbook_file
from planner_gui.services.auth import Actor
from planner_gui.services.files import place_with_entry
from planner_gui.services.permissions import Permission, check_citizen_access, require
from planner_gui.storage import audit, files
from planner_gui.storage.db import Database
from planner_gui.storage.tables import Citizen

__all__ = ["ImportErrors", "ImportResult", "export_workbook", "import_workbook"]


def import_workbook(
    db: Database, actor: Actor, path: str | Path, *, on_progress: Callable[[str], None] | None = None
) -> ImportResult:
    """Validate everything, then write everything in one transaction (with its audit row). All or nothing."""
    require(actor, Permission.IMPORT_WORKBOOK)  # need-to-know: administrators only
    # Python's cycle collector is paused while the workbook is read, checked and written (planner_gui.collector):
    # the import holds millions of rows, and each full collection would walk them all again.
    with collection_paused():
        return _import(db, actor, Path(path), on_progress)


def _import(db: Database, actor: Actor, path: Path, on_progress: Callable[[str], None] | None) -> ImportResult:
    errors: list[str] = []
    if on_progress:
        on_progress("læser")
    rows = read_rows(path, errors)
    with db.write() as session:
        if on_progress:
            on_progress("kontrollerer")
        parsed = validate(rows, session, errors)
        if errors:
            if len(errors) >= MAX_ERRORS_KEPT:
                errors.append(
                    QT_TRANSLATE_NOOP("Meddelelser", "... flere end {max_errors_kept} fejl; de første er vist").format(
                        max_errors_kept=MAX_ERRORS_KEPT
                    )
                )
            raise ImportErrors(errors)
        if on_progress:
            on_progress("skriver")
        result = write(session, parsed, actor.initials)
        audit.record(
            session,
            actor.initials,
            "import",
            entity="workbook",
            entity_id=path.name,
            details={"fil": path.name, "nye": result.inserted, "opdateret": result.updated}
            | ({"roller": result.roles} if result.roles else {}),
        )
    return result


def export_workbook(
    db: Database,
    actor: Actor,
    path: str | Path,
    *,
    cpr: str | None = None,
    reason: str = "",
    on_progress: Callable[[str], None] | None = None,
    max_rows: int = MAX_SHEET_ROWS,
) -> dict[str, int]:
    """Write the workbook atomically; audit the export (per citizen when ``cpr`` is given). Returns rows per sheet."""
    path = Path(path)
    if not path.parent.exists():
        raise UserError(
            QT_TRANSLATE_NOOP("Meddelelser", "{path}: mappen {parent} findes ikke").format(
                path=path, parent=path.parent
            )
        )
    citizen_id = None
    if cpr is None:
        require(actor, Permission.EXPORT_DATABASE)  # need-to-know: the whole database only for administrators
    with db.read() as session:  # a consistent snapshot; writers are not blocked while the file is written
        if cpr is not None:
            digits = cprmod.normalize(cpr)
            citizen_id = session.scalar(select(Citizen.id).where(Citizen.cpr == digits))
            if citizen_id is None:
                raise NotFound(
                    QT_TRANSLATE_NOOP("Meddelelser", "ingen borger med CPR-nummer {digits} i databasen").format(
                        digits=cprmod.Cpr(digits)
                    )
                )
            # a one-citizen export is the citizen's right of access: that is its logged purpose unless one is given
            reason = (
                check_citizen_access(
                    session, actor, citizen_id, reason or "borgerens ret til indsigt", Permission.CITIZEN_ACCESS_REQUEST
                )
                or reason.strip()
            )  # a reason given for one's own caseload is logged too
        entity = "citizen" if citizen_id else "database"
        # committed before any personal data touches the disk: a killed export still leaves its trace
        with db.write() as ws:
            audit.record(
                ws,
                actor.initials,
                "export",
                entity=entity,
                entity_id=citizen_id or "",
                citizen_ref=citizen_id,
                reason=reason,
                details={"status": "begyndt", "fil": path.name, "mappe": str(path.resolve().parent)},
            )
        tmp = files.scratch_path(path.name)  # in the private 0700 folder in the data folder, never beside the target
        try:
            counts = write_workbook_file(session, tmp, citizen_id, on_progress=on_progress, max_rows=max_rows)
        except OSError as err:
            tmp.unlink(missing_ok=True)
            raise files.os_error(err, path) from err
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
    try:
        place_with_entry(
            db,
            tmp,
            path,
            lambda session: audit.record(
                session,
                actor.initials,
                "export",
                entity=entity,
                entity_id=citizen_id or "",
                citizen_ref=citizen_id,
                reason=reason,
                details={"status": "fuldført", "fil": path.name, "rækker": counts},
            ),
        )
    finally:
        tmp.unlink(missing_ok=True)
    return counts
