"""The command line (CONTRACT.md section 1). Headless: never imports Qt unless the desktop app is started.

Exit codes: 0 success, 2 bad input (one clear line on stderr: what, where, why), 1 internal error (the traceback
goes to the log file in the user's data folder, never to the user).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from planner_gui import __version__
from planner_gui.errors import PlannerError, UserError

if TYPE_CHECKING:
    from planner_gui.services.auth import Actor
    from planner_gui.storage.db import Database

PROG = "planner-gui"
EXIT_OK, EXIT_INTERNAL, EXIT_BAD_INPUT, EXIT_AUDIT_BROKEN = 0, 1, 2, 3


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        raise UserError(f"{message} (se '{PROG} --help')")


def _db_arg(p: argparse.ArgumentParser, required: bool = True) -> None:
    p.add_argument(
        "--db", dest="sub_db", metavar="PATH", required=required, help="databasefil (eller en SQLAlchemy-URL)"
    )


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog=PROG, description="Planlægningsværktøj til jobcentre: én samlet plan pr. borger.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--db", metavar="PATH", help="databasefil (standard: i brugerens datamappe)")
    parser.add_argument(
        "--smoke", action="store_true", help="start appen, afslut så snart første vindue er vist, og skriv dets titel"
    )
    parser.add_argument("--lang", choices=("da", "en"), help="sprog i brugerfladen (standard: dansk)")
    sub = parser.add_subparsers(dest="command", metavar="KOMMANDO", parser_class=_Parser)

    p = sub.add_parser("init", help="opret en tom database med én administrator (admin)")
    _db_arg(p)
    p.add_argument("--admin-password", required=True, metavar="PW")
    p.add_argument(
        "--no-encrypt",
        action="store_true",
        help="opret databasen ukrypteret (standard: krypteret med SQLCipher og en gendannelsesnøgle)",
    )

    p = sub.add_parser("demo", help="opret en database med realistiske syntetiske data")
    _db_arg(p)
    p.add_argument("--citizens", type=int, default=2000, metavar="N")
    p.add_argument("--seed", type=int, default=1, metavar="S")
    p.add_argument(
        "--admin-password",
        default="demo-kode",
        metavar="PW",
        help="adgangskode til admin og demo-brugerne (standard: demo-kode)",
    )
    p.add_argument("--no-encrypt", action="store_true", help="opret databasen ukrypteret (standard: krypteret)")

    p = sub.add_parser("import", help="importér en udvekslingsprojektmappe (alt eller intet)")
    _db_arg(p)
    p.add_argument("file", metavar="FILE.xlsx")

    p = sub.add_parser("export", help="eksportér databasen, eller én borger, til en udvekslingsprojektmappe")
    _db_arg(p)
    p.add_argument("file", metavar="FILE.xlsx")
    p.add_argument("--cpr", metavar="CPR", help="kun denne borger (borgerens ret til indsigt)")

    p = sub.add_parser("report", help="skriv målrapporten for en beskæftigelsesplan")
    _db_arg(p)
    p.add_argument(
        "--goals",
        required=True,
        metavar="GOALS.yaml",
        help="målfil: en sti, eller navnet på en medfølgende målfil (fx broendby_2018-2019)",
    )
    p.add_argument("--from", dest="date_from", required=True, metavar="YYYY-MM-DD")
    p.add_argument("--to", dest="date_to", required=True, metavar="YYYY-MM-DD")
    p.add_argument("--out", required=True, metavar="FILE.xlsx")

    p = sub.add_parser("audit", help="kontrollér eller eksportér revisionssporet (loggen)")
    audit_sub = p.add_subparsers(
        dest="audit_command", metavar="verify|export|purge", parser_class=_Parser, required=True
    )
    pv = audit_sub.add_parser("verify", help="kontrollér loggens hash-kæde")
    _db_arg(pv)
    pe = audit_sub.add_parser("export", help="eksportér logposter til Excel")
    _db_arg(pe)
    pe.add_argument("file", metavar="FILE.xlsx")
    pe.add_argument("--cpr", metavar="CPR")
    pe.add_argument("--from", dest="date_from", metavar="DATE")
    pe.add_argument("--to", dest="date_to", metavar="DATE")
    pp = audit_sub.add_parser("purge", help="slet logposter ældre end opbevaringstiden (mindst 6 måneder)")
    _db_arg(pp)

    p = sub.add_parser("aktindsigt", help="skriv alt om én borger i en ny mappe (borgerens ret til indsigt)")
    _db_arg(p)
    p.add_argument("folder", metavar="MAPPE")
    p.add_argument("--cpr", required=True, metavar="CPR")
    p.add_argument("--reason", default="", metavar="TEKST", help="begrundelse (standard: aktindsigt)")
    return parser


# ------------------------------------------------------------------------------------------------ commands


def _env_credentials() -> tuple[str, str]:
    from planner_gui.errors import AuthenticationFailed

    user = os.environ.get("PLANNER_USER", "")
    password = os.environ.get("PLANNER_PASSWORD", "")
    if not user or not password:
        raise AuthenticationFailed(
            "databasen kræver login: sæt PLANNER_USER (initialer) og PLANNER_PASSWORD (adgangskode)"
        )
    return user, password


def _open(path: str) -> Database:
    """Open a database; an encrypted one is unlocked with the key slot of ``PLANNER_USER``/``PLANNER_PASSWORD``."""
    from planner_gui.services.session import is_encrypted, unlock_key
    from planner_gui.storage.migrate import open_database

    key = unlock_key(path, *_env_credentials()) if is_encrypted(path) else None
    return open_database(path, key=key)


def _login(db: Database) -> Actor:
    from planner_gui.services.auth import login_from_env

    return login_from_env(db)


RECOVERY_NOTE = (
    "Databasen er krypteret. GENDANNELSESNØGLE (vises kun denne ene gang; skriv den ned og gem den sikkert, "
    "adskilt fra computeren):"
)


def cmd_init(args: argparse.Namespace) -> int:
    from planner_gui.services.setup import create_database, create_encrypted_database

    if args.no_encrypt:
        db = create_database(args.sub_db, args.admin_password)
        recovery = None
    else:
        db, recovery = create_encrypted_database(args.sub_db, args.admin_password)
    db.dispose()
    print(f"Oprettede {args.sub_db} med administratoren 'admin'.")
    if recovery:
        print(RECOVERY_NOTE)
        print(f"  {recovery}")
    return EXIT_OK


TABLE_WORDS = {
    "staff": "medarbejdere",
    "companies": "virksomheder",
    "citizens": "borgere",
    "benefit_periods": "ydelsesperioder",
    "assignments": "sagsbehandlerforløb",
    "efforts": "indsatser",
    "ordinary_hours": "måneder med ordinære timer",
    "measurements": "målinger",
    "exits": "afgange",
    "plans": "planer",
    "sub_goals": "delmål",
    "notes": "notater",
}


def cmd_demo(args: argparse.Namespace) -> int:
    from planner_gui.services.setup import create_demo_database, create_encrypted_demo_database

    if args.citizens < 0:
        raise UserError("--citizens skal være 0 eller flere")
    recovery = None
    if args.no_encrypt:
        db, result = create_demo_database(args.sub_db, args.admin_password, citizens=args.citizens, seed=args.seed)
    else:
        db, result, recovery = create_encrypted_demo_database(
            args.sub_db, args.admin_password, citizens=args.citizens, seed=args.seed
        )
    db.dispose()
    counts = ", ".join(f"{TABLE_WORDS.get(k, k)}: {v}" for k, v in result.counts.items())
    print(f"Oprettede demodatabasen {args.sub_db} ({counts}).")
    logins = ", ".join(f"{ini} ({role})" for ini, role in [("admin", "administrator"), *result.logins])
    print(f"Log ind som {logins} med adgangskoden fra --admin-password.")
    if recovery:
        print(RECOVERY_NOTE)
        print(f"  {recovery}")
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    from planner_gui.interchange.read import import_workbook

    db = _open(args.sub_db)
    try:
        actor = _login(db)
        result = import_workbook(db, actor, Path(args.file))
    finally:
        db.dispose()
    print(f"Importerede {args.file}: {result.summary()}.")
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from planner_gui.interchange.write import export_workbook

    db = _open(args.sub_db)
    try:
        actor = _login(db)
        counts = export_workbook(
            db, actor, Path(args.file), cpr=args.cpr, reason="borgerens indsigt (CLI)" if args.cpr else ""
        )
    finally:
        db.dispose()
    print(f"Skrev {args.file}: " + ", ".join(f"{k} {v}" for k, v in counts.items()) + ".")
    return EXIT_OK


def cmd_report(args: argparse.Namespace) -> int:
    from planner_gui.domain.goals import resolve_goal_file
    from planner_gui.reports.export import check_output_path, export_report
    from planner_gui.reports.indicators import parse_period

    # bad input is reported before the database is opened or any work is done
    period = parse_period(args.date_from, args.date_to)
    goal_file = resolve_goal_file(args.goals)
    out = check_output_path(Path(args.out))
    db = _open(args.sub_db)
    try:
        actor = _login(db)
        report = export_report(db, actor, goal_file, period, out)
    finally:
        db.dispose()
    counts: dict[str, int] = {}
    for r in report.results:
        counts[r.status] = counts.get(r.status, 0) + 1
    summary = ", ".join(f"{k} {v}" for k, v in counts.items())
    print(f"Skrev {out}: {report.goals} mål for {goal_file.kommune}, {period.label} ({summary}).")
    for warning in report.warnings:
        print(f"Bemærk: {warning}")
    return EXIT_OK


def cmd_audit(args: argparse.Namespace) -> int:
    db = _open(args.sub_db)
    try:
        actor = _login(db)
        if args.audit_command == "verify":
            from planner_gui.services.audit_log import verify_chain

            broken = verify_chain(db, actor)
            if broken is None:
                print("Revisionssporet er intakt.")
                return EXIT_OK
            print(f"Revisionssporet er brudt ved post {broken.seq}: {broken.why}", file=sys.stderr)
            return EXIT_AUDIT_BROKEN
        if args.audit_command == "purge":
            from planner_gui.services.audit_log import purge_expired, retention_months

            n = purge_expired(db, actor)
            print(f"Slettede {n} logposter ældre end {retention_months(db)} måneder (sletningen er logget).")
            return EXIT_OK
        from planner_gui.services.audit_log import export_audit

        n = export_audit(db, actor, Path(args.file), cpr=args.cpr, date_from=args.date_from, date_to=args.date_to)
        print(f"Skrev {n} logposter til {args.file}.")
        return EXIT_OK
    finally:
        db.dispose()


def cmd_aktindsigt(args: argparse.Namespace) -> int:
    from planner_gui.interchange.write import export_workbook
    from planner_gui.services.privacy import access_request

    db = _open(args.sub_db)
    try:
        actor = _login(db)
        result = access_request(
            db, actor, args.cpr, Path(args.folder), write_workbook=export_workbook, reason=args.reason
        )
    finally:
        db.dispose()
    print(f"Skrev aktindsigten i {result.folder}: {', '.join(result.files)}.")
    return EXIT_OK


def cmd_gui(args: argparse.Namespace) -> int:
    from planner_gui.ui.app import run

    return int(run(db=args.db, smoke=args.smoke, lang=args.lang))


COMMANDS: dict[str | None, Callable[[argparse.Namespace], int]] = {
    None: cmd_gui,
    "init": cmd_init,
    "demo": cmd_demo,
    "import": cmd_import,
    "export": cmd_export,
    "report": cmd_report,
    "audit": cmd_audit,
    "aktindsigt": cmd_aktindsigt,
}


def main(argv: Sequence[str] | None = None) -> int:
    from planner_gui.logs import install_file_logging, log_exception

    try:
        args = build_parser().parse_args(argv)
        if args.command is not None and args.db and not getattr(args, "sub_db", None):
            args.sub_db = args.db
        install_file_logging(console=args.command is not None)
        return COMMANDS[args.command](args)
    except UserError as err:
        print(f"{PROG}: {err}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except PlannerError as err:
        where = log_exception(err)
        print(f"{PROG}: intern fejl: {err} (detaljer i {where})", file=sys.stderr)
        return EXIT_INTERNAL
    except KeyboardInterrupt:
        print(f"{PROG}: afbrudt; intet halvt skrevet blev gemt", file=sys.stderr)
        return 130
    except Exception as err:
        where = log_exception(err)
        print(f"{PROG}: intern fejl ({type(err).__name__}); detaljer i {where}", file=sys.stderr)
        return EXIT_INTERNAL


def entry() -> None:
    if os.environ.get("PLANNER_FAULTHANDLER"):
        import faulthandler

        faulthandler.enable()
    sys.exit(main())
