"""The goal report as user actions: permission check, computation in one read snapshot, audit, atomic write.

:func:`compute_report` (the "Rapporter" screen) and :func:`export_report` (the screen's export and ``planner-gui
report``) take ``(db, actor, ...)``, enforce :data:`Permission.RUN_REPORTS` and write an audit row for every run; the
engine in :mod:`planner_gui.reports` only computes (:mod:`~planner_gui.reports.indicators`) and renders
(:mod:`~planner_gui.reports.workbook`). The values a caller needs to ask for a report and to show its results
(:class:`Period`, :class:`GoalResult`, the status colours, the screen's series and warnings) are offered here, so the
ui reaches the engine only through this module.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from planner_gui import collector
from planner_gui.domain.goals import GoalFile
from planner_gui.domain.i18n import QT_TRANSLATE_NOOP
from planner_gui.errors import UserError
from planner_gui.reports.indicators import MIN_COUNT, GoalResult, Period, ReportCancelled, compute_goals, parse_period
from planner_gui.reports.workbook import STATUS_FILLS, BackgroundRenderer, report_warnings, series_for_screen
from planner_gui.services.auth import Actor
from planner_gui.services.files import place_with_entry
from planner_gui.services.permissions import Permission, require
from planner_gui.storage import audit, files
from planner_gui.storage.db import Database

__all__ = [
    "MIN_COUNT",
    "STATUS_FILLS",
    "GoalResult",
    "Period",
    "ReportCancelled",
    "ReportFile",
    "check_output_path",
    "compute_report",
    "export_report",
    "parse_period",
    "report_warnings",
    "series_for_screen",
]

Progress = Callable[[int, int, str], None]
Cancelled = Callable[[], bool]


@dataclass(frozen=True)
class ReportFile:
    path: Path
    goals: int
    results: tuple[GoalResult, ...]
    warnings: tuple[str, ...] = ()


def _details(goal_file: GoalFile, period: Period, **extra: object) -> dict[str, object]:
    source = goal_file.path.name if goal_file.path is not None else ""
    return {
        "kommune": goal_file.kommune,
        "plan": goal_file.plan,
        "maalfil": source,
        "fra": period.start.isoformat(),
        "til": period.end.isoformat(),
        "maal": len(goal_file.goals),
        **extra,
    }


def compute_report(
    db: Database,
    actor: Actor,
    goal_file: GoalFile,
    period: Period,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> tuple[GoalResult, ...]:
    """Compute every goal (for the screen); audited as a report view, in the same transaction (a cancelled or failed
    report leaves no row; a shown one always has its row). The desktop runs it on its one background thread, so
    holding the write transaction while computing delays no other action of the same user."""
    require(actor, Permission.RUN_REPORTS)
    with db.write() as s:
        results = tuple(compute_goals(s, goal_file, period, progress=progress, cancelled=cancelled))
        audit.record(s, actor.initials, "report", entity="goal_file", details=_details(goal_file, period, visning=True))
    return results


def check_output_path(out: Path) -> Path:
    """A clear error before any work when the workbook cannot be written there."""
    if out.suffix.lower() != ".xlsx":
        raise UserError(QT_TRANSLATE_NOOP("Meddelelser", "{out}: rapporten skal gemmes som .xlsx").format(out=out))
    if out.is_dir():
        raise UserError(
            QT_TRANSLATE_NOOP("Meddelelser", "{out}: er en mappe; angiv et filnavn, fx rapport.xlsx").format(out=out)
        )
    parent = out.parent if str(out.parent) else Path(".")
    if not parent.is_dir():
        raise UserError(
            QT_TRANSLATE_NOOP("Meddelelser", "{out}: mappen {parent} findes ikke").format(out=out, parent=parent)
        )
    if not os.access(parent, os.W_OK):
        raise UserError(
            QT_TRANSLATE_NOOP("Meddelelser", "{out}: der må ikke skrives i mappen {parent}").format(
                out=out, parent=parent
            )
        )
    return out


def export_report(
    db: Database,
    actor: Actor,
    goal_file: GoalFile,
    period: Period,
    out: Path,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ReportFile:
    """Compute and write the report workbook to ``out``; all or nothing, audited.

    An audit row "begun" is committed first; the workbook is saved in the private scratch folder (never beside
    ``out``); the completion row is written and the file moved into place in one database transaction, so there is
    never a report without its audit row, nor a half-written file.
    """
    require(actor, Permission.RUN_REPORTS)
    check_output_path(out)
    # the workbook's cells are many objects that live until it is saved: the cycle collector is paused meanwhile,
    # or its full collections walk them again and again
    with collector.paused():
        results = _compute_and_write(db, actor, goal_file, period, out, progress, cancelled)
    return ReportFile(out, len(results), results, tuple(report_warnings(goal_file, period)))


def _compute_and_write(
    db: Database,
    actor: Actor,
    goal_file: GoalFile,
    period: Period,
    out: Path,
    progress: Progress | None,
    cancelled: Cancelled | None,
) -> tuple[GoalResult, ...]:
    # each goal's sheet is made on a second thread while the next goal is computed (all of them in one read
    # transaction: one consistent snapshot, as before)
    renderer = BackgroundRenderer(goal_file, period)
    try:
        with db.read() as s:
            results = tuple(
                compute_goals(s, goal_file, period, progress=progress, cancelled=cancelled, on_result=renderer.add)
            )
        wb = renderer.finish()
    finally:
        renderer.close()
    if cancelled is not None and cancelled():
        raise ReportCancelled(QT_TRANSLATE_NOOP("Meddelelser", "rapporten blev annulleret; intet blev skrevet"))
    with db.write() as s:  # committed before the workbook touches the disk
        audit.record(
            s,
            actor.initials,
            "report",
            entity="goal_file",
            details=_details(goal_file, period, fil=out.name, mappe=str(out.resolve().parent), status="begyndt"),
        )
    tmp = files.scratch_path(out.name)  # the private 0700 folder in the data folder, never beside the target
    try:
        try:
            wb.save(tmp)
        except OSError as err:
            raise files.os_error(err, out, QT_TRANSLATE_NOOP("Meddelelser", "rapporten kunne ikke skrives")) from err
        place_with_entry(
            db,
            tmp,
            out,
            lambda s: audit.record(
                s,
                actor.initials,
                "report",
                entity="goal_file",
                details=_details(goal_file, period, fil=out.name, status="fuldført"),
            ),
            "rapporten kunne ikke gemmes",
        )
    finally:
        tmp.unlink(missing_ok=True)
    return results
