"""Dates and times as Danes write them: dd-mm-åååå and tt:mm. The one place that knows the format.

Every screen, message, workbook and printout that shows a date to a person goes through :func:`format_date`
(machine formats such as ISO dates in files and ``%Y%m%d`` in file names are not meant for people and stay where they
are).
"""

from __future__ import annotations

import datetime as dt


def format_date(d: dt.date | None) -> str:
    """dd-mm-åååå (``24-12-2026``), or '' for no date."""
    return f"{d.day:02d}-{d.month:02d}-{d.year:04d}" if d is not None else ""


def format_time(ts: dt.datetime | dt.time, *, seconds: bool = False) -> str:
    """tt:mm (``09:05``), or tt:mm:ss with ``seconds``."""
    return f"{ts.hour:02d}:{ts.minute:02d}" + (f":{ts.second:02d}" if seconds else "")


def format_date_time(ts: dt.datetime | None, *, seconds: bool = False, kl: bool = False) -> str:
    """dd-mm-åååå tt:mm (``kl``: dd-mm-åååå kl. tt:mm, as in a sentence), or '' for no time.

    The time is shown as given: convert a stored UTC time to local time first (:func:`local`)."""
    if ts is None:
        return ""
    return f"{format_date(ts)} {'kl. ' if kl else ''}{format_time(ts, seconds=seconds)}"


def local(ts: dt.datetime) -> dt.datetime:
    """A stored time (naive UTC) in the computer's time zone."""
    return ts.replace(tzinfo=dt.UTC).astimezone() if ts.tzinfo is None else ts.astimezone()


def format_period(start: dt.date, end: dt.date) -> str:
    """dd-mm-åååå – dd-mm-åååå."""
    return f"{format_date(start)} – {format_date(end)}"


def iso_date(d: dt.date | None) -> str | None:
    """åååå-mm-dd for files and the audit log (not for people), or None for no date."""
    return d.isoformat() if d is not None else None
