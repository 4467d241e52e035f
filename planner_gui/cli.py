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
from typing import TYPE_CHECKING, cast

from planner_gui import __version__
from planner_gui.errors import PlannerError, UserError

if TYPE_CHECKING:
    from planner_gui.services.auth import Actor
    from planner_gui.storage.db import Database

PROG = "planner-gui"
EXIT_OK, EXIT_INTERNAL, EXIT_BAD_INPUT, EXIT_AUDIT_BROKEN = 0, 1, 2, 3
EXIT_CONFLICT = 4  # sync/checkin: a field changed on both sides (CONTRACT.md section 1.1)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        raise UserError(f"{message} (se '{PROG} --help')")


class _NotTheApp(Exception):
    pass


class _QuietParser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise _NotTheApp(message)


def _db_arg(p: argparse.ArgumentParser, required: bool = True) -> None:
    p.add_argument(
        "--db", dest="sub_db", metavar="PATH", required=required, help="databasefil (eller en SQLAlchemy-URL)"
    )


DEMO_PASSWORD = "demo-kode-123"
ADMIN_PASSWORD_HELP = (
    "ADVARSEL: en adgangskode på kommandolinjen kan ses af andre brugere på computeren (fx med ps); "
    "brug hellere miljøvariablen PLANNER_NEW_PASSWORD eller svar på spørgsmålet i terminalen"
)
NO_ENCRYPT_WARNING = (
    "advarsel: databasen oprettes UKRYPTERET (--no-encrypt): alle, der får fat i filen eller diskens indhold "
    "(en stjålen bærbar, en kopi, en backup), kan læse alle borgeres oplysninger"
)


def _new_admin_password(args: argparse.Namespace, default: str | None = None) -> str:
    """The administrator's password for init/demo: --admin-password, PLANNER_NEW_PASSWORD, a prompt on a terminal,
    or (demo) the default; checked against the password rule before anything is created."""
    from planner_gui.services.auth import check_password

    password = args.admin_password or os.environ.get("PLANNER_NEW_PASSWORD", "")
    if not password and default is not None:
        password = default
    if not password:
        if not sys.stdin.isatty():
            raise UserError(
                "angiv administratorens adgangskode i miljøvariablen PLANNER_NEW_PASSWORD (eller --admin-password)"
            )
        import getpass

        password = getpass.getpass("Ny adgangskode til admin: ")
        if getpass.getpass("Gentag adgangskoden: ") != password:
            raise UserError("de to adgangskoder er ikke ens; intet blev oprettet")
    check_password(password, "admin")
    return password


def _app_options(parser: argparse.ArgumentParser) -> None:
    """The options of the desktop app itself (no command)."""
    parser.add_argument("--db", metavar="PATH", help="databasefil (standard: i brugerens datamappe)")
    parser.add_argument(
        "--smoke", action="store_true", help="start appen, afslut så snart første vindue er vist, og skriv dets titel"
    )
    parser.add_argument("--lang", choices=("da", "en"), help="sprog i brugerfladen (standard: dansk)")


def parse_app_args(argv: Sequence[str]) -> argparse.Namespace | None:
    """The desktop app's own options (``--db``, ``--smoke``, ``--lang``) without building every command's parser
    (about 9 ms of the login window's start-up, issue 17); None when ``argv`` holds anything else (a command, help,
    the version, a mistake): then :func:`build_parser` parses it and says what is wrong. Gives the same namespace as
    :func:`build_parser` for the same arguments."""
    if any(arg in COMMANDS or arg.startswith(("-h", "--h", "--v")) for arg in argv):
        return None
    parser = _QuietParser(prog=PROG, add_help=False)
    _app_options(parser)
    try:
        args, rest = parser.parse_known_args(argv)
    except _NotTheApp:
        return None
    if rest:
        return None
    args.command = None
    return args


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog=PROG, description="Planlægningsværktøj til jobcentre: én samlet plan pr. borger.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    _app_options(parser)
    sub = parser.add_subparsers(dest="command", metavar="KOMMANDO", parser_class=_Parser)

    p = sub.add_parser("init", help="opret en tom database med én administrator (admin)")
    _db_arg(p)
    p.add_argument("--admin-password", metavar="PW", help=ADMIN_PASSWORD_HELP)
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
        metavar="PW",
        help=f"adgangskode til admin og demo-brugerne (standard: PLANNER_NEW_PASSWORD, ellers {DEMO_PASSWORD}); "
        + ADMIN_PASSWORD_HELP,
    )
    p.add_argument("--no-encrypt", action="store_true", help="opret databasen ukrypteret (standard: krypteret)")

    p = sub.add_parser("import", help="importér en udvekslingsprojektmappe (alt eller intet)")
    _db_arg(p)
    p.add_argument("file", metavar="FILE.xlsx")

    p = sub.add_parser("export", help="eksportér databasen, eller én borger, til en udvekslingsprojektmappe")
    _db_arg(p)
    p.add_argument("file", metavar="FILE.xlsx")
    p.add_argument("--cpr", metavar="CPR", help="kun denne borger (borgerens ret til indsigt); kræver --begrundelse")
    _reason_arg(p)

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

    p = sub.add_parser(
        "migrate",
        help="opdatér teamserverens database til programmets version (med databasens ejer i URL'en)",
    )
    _db_arg(p)

    p = sub.add_parser("aktindsigt", help="skriv alt om én borger i en ny mappe (borgerens ret til indsigt)")
    _db_arg(p)
    p.add_argument("folder", metavar="MAPPE")
    p.add_argument("--cpr", required=True, metavar="CPR")
    _reason_arg(p, "--reason")

    p = sub.add_parser("user", help="opret brugere og sæt adgangskoder (kun administratorer)")
    user_sub = p.add_subparsers(dest="user_command", metavar="add|password", parser_class=_Parser, required=True)
    pa = user_sub.add_parser("add", help="opret en bruger; adgangskoden fra PLANNER_NEW_PASSWORD eller en prompt")
    _db_arg(pa)
    pa.add_argument("--initialer", required=True, metavar="X")
    pa.add_argument("--navn", required=True, metavar="N")
    pa.add_argument("--rolle", required=True, metavar="R", help="sagsbehandler, teamleder eller administrator")
    pa.add_argument("--team", default="", metavar="T")
    pa.add_argument("--telefon", default="", metavar="NR", help="8 cifre, evt. med +45 (vises på borgerens Min plan)")
    pa.add_argument("--email", default="", metavar="ADR", help="e-mailadresse (vises på borgerens Min plan)")
    pw = user_sub.add_parser(
        "password", help="sæt en brugers adgangskode, fra PLANNER_NEW_PASSWORD eller en prompt (kun administratorer)"
    )
    _db_arg(pw)
    pw.add_argument("--initialer", required=True, metavar="X")
    pw.add_argument(
        "--recovery-key",
        action="store_true",
        help="lås en krypteret database op med gendannelsesnøglen (fra PLANNER_RECOVERY_KEY eller en prompt) i "
        "stedet for et login, og sæt en administrators adgangskode",
    )
    _offline_parsers(sub)
    return parser


def _offline_parsers(sub: argparse._SubParsersAction[_Parser]) -> None:
    """Offline work (CONTRACT.md section 1.1, issue 15): checkout, sync, resolve, checkin."""
    p = sub.add_parser("checkout", help="tag borgere med ud på den bærbare (til arbejde uden netværk)")
    _db_arg(p)
    p.add_argument("--to", required=True, metavar="LAPTOP.db", help="den bærbare database (oprettes eller udvides)")
    p.add_argument(
        "--cpr", action="append", default=[], metavar="CPR", help="borgeren (kan gentages); uden: sagsstammen"
    )
    p = sub.add_parser("sync", help="synkroniser den bærbare database med serveren, felt for felt")
    _db_arg(p)
    p = sub.add_parser("resolve", help="afgør åbne konflikter fra sync")
    _db_arg(p)
    p.add_argument("--keep", required=True, choices=("her", "server"))
    p.add_argument("--cpr", metavar="CPR")
    p.add_argument("--felt", metavar="FELT", help="fx borgere.efternavn eller plan.eget_maal")
    p = sub.add_parser("checkin", help="synkroniser, frigiv borgerne på serveren og fjern dem fra den bærbare")
    _db_arg(p)


def _reason_arg(p: argparse.ArgumentParser, *aliases: str) -> None:
    p.add_argument(
        "--begrundelse",
        *aliases,
        dest="begrundelse",
        default="",
        metavar="TEKST",
        help="hvorfor du udleverer borgerens oplysninger (skrives i revisionssporet; påkrævet)",
    )


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
    from planner_gui.services.unlock import is_encrypted, open_unlocked
    from planner_gui.storage.migrate import open_database
    from planner_gui.storage.postgres import is_postgres

    if is_postgres(path):  # the team database: as the user's own login role (CONTRACT.md section 1.1)
        return open_unlocked(path, *_env_credentials())
    if not is_encrypted(path):
        return open_database(path)
    return open_unlocked(path, *_env_credentials())  # earlier failed unlocks are audited now


def _login(db: Database) -> Actor:
    from planner_gui.services.auth import login_from_env

    actor = login_from_env(db)
    _LOGGED_IN["db"], _LOGGED_IN["actor"] = db, actor  # so that a refused command can be audited (see main)
    return actor


_LOGGED_IN: dict[str, object] = {}


def _audit_refusal(args: argparse.Namespace | None, err: UserError) -> None:
    """A command refused for a logged-in user (permission denied, no reason stated) leaves an audit row ``refused``."""
    from planner_gui.errors import PermissionDenied
    from planner_gui.services.permissions import ReasonRequired

    db = cast("Database | None", _LOGGED_IN.get("db"))
    actor = cast("Actor | None", _LOGGED_IN.get("actor"))
    if args is None or db is None or actor is None or not isinstance(err, PermissionDenied | ReasonRequired):
        return
    from planner_gui.services.audit_log import record_refusal

    command = " ".join(
        str(c) for c in (args.command, getattr(args, "audit_command", None), getattr(args, "user_command", None)) if c
    )
    try:
        record_refusal(db, actor, command, f"{PROG} {command}", str(err), cpr=getattr(args, "cpr", None))
    except Exception as audit_err:  # the refusal itself is what the user must see
        from planner_gui.logs import log_exception

        log_exception(audit_err)
    finally:
        db.dispose()


def _secret_from_env_or_prompt(variable: str, prompt: str, *, confirm: bool) -> str:
    """A password or key from the environment, or typed at a terminal prompt (never a command-line argument)."""
    value = os.environ.get(variable, "")
    if value:
        return value
    if not sys.stdin.isatty():
        raise UserError(f"sæt {variable} (eller kør kommandoen i en terminal, så den kan spørge)")
    import getpass

    value = getpass.getpass(f"{prompt}: ")
    if confirm and getpass.getpass(f"{prompt} (igen): ") != value:
        raise UserError("de to indtastninger er ikke ens; intet blev ændret")
    if not value:
        raise UserError(f"{prompt.lower()} mangler; intet blev ændret")
    return value


def _require_reason(args: argparse.Namespace, what: str) -> str:
    from planner_gui.services.permissions import ReasonRequired

    reason = str(args.begrundelse or "").strip()
    if not reason:
        raise ReasonRequired(
            f"{what}: angiv --begrundelse TEKST (hvorfor borgerens oplysninger udleveres); "
            "den skrives i revisionssporet"
        )
    return reason


RECOVERY_NOTE = (
    "Databasen er krypteret. GENDANNELSESNØGLE (vises kun denne ene gang; skriv den ned og gem den sikkert, "
    "adskilt fra computeren):"
)


def cmd_init(args: argparse.Namespace) -> int:
    from planner_gui.services.setup import create_database, create_encrypted_database
    from planner_gui.storage.postgres import is_postgres, public_url

    password = _new_admin_password(args)
    if is_postgres(args.sub_db):
        # the team database: encryption at rest is the server's own (disk or tablespace encryption)
        db = create_database(args.sub_db, password)
        recovery = None
    elif args.no_encrypt:
        print(f"{PROG}: {NO_ENCRYPT_WARNING}", file=sys.stderr)
        db = create_database(args.sub_db, password)
        recovery = None
    else:
        db, recovery = create_encrypted_database(args.sub_db, password)
    db.dispose()
    if is_postgres(args.sub_db):
        print(f"Oprettede {public_url(args.sub_db)} med administratoren 'admin' (login-rollen planner_admin).")
    else:
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
    password = _new_admin_password(args, DEMO_PASSWORD)
    from planner_gui.storage.postgres import is_postgres, public_url

    if is_postgres(args.sub_db):  # the team database: encryption at rest is the server's own
        db, result = create_demo_database(args.sub_db, password, citizens=args.citizens, seed=args.seed)
    elif args.no_encrypt:
        print(f"{PROG}: {NO_ENCRYPT_WARNING}", file=sys.stderr)
        db, result = create_demo_database(args.sub_db, password, citizens=args.citizens, seed=args.seed)
    else:
        db, result, recovery = create_encrypted_demo_database(
            args.sub_db, password, citizens=args.citizens, seed=args.seed
        )
    db.dispose()
    counts = ", ".join(f"{TABLE_WORDS.get(k, k)}: {v}" for k, v in result.counts.items())
    print(f"Oprettede demodatabasen {public_url(args.sub_db)} ({counts}).")
    logins = ", ".join(f"{ini} ({role})" for ini, role in [("admin", "administrator"), *result.logins])
    given = (
        "fra --admin-password"
        if args.admin_password
        else ("fra PLANNER_NEW_PASSWORD" if os.environ.get("PLANNER_NEW_PASSWORD") else f"'{DEMO_PASSWORD}'")
    )
    print(f"Log ind som {logins} med adgangskoden {given}.")
    if recovery:
        print(RECOVERY_NOTE)
        print(f"  {recovery}")
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    from planner_gui.services.interchange import import_workbook

    db = _open(args.sub_db)
    try:
        actor = _login(db)
        result = import_workbook(db, actor, Path(args.file))
    finally:
        db.dispose()
    print(f"Importerede {args.file}: {result.summary()}.")
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from planner_gui.services.interchange import export_workbook

    db = _open(args.sub_db)
    try:
        actor = _login(db)
        reason = _require_reason(args, "export --cpr") if args.cpr else ""
        counts = export_workbook(db, actor, Path(args.file), cpr=args.cpr, reason=reason)
    finally:
        db.dispose()
    print(f"Skrev {args.file}: " + ", ".join(f"{k} {v}" for k, v in counts.items()) + ".")
    return EXIT_OK


def cmd_report(args: argparse.Namespace) -> int:
    from planner_gui.domain.goals import resolve_goal_file
    from planner_gui.services.reports import check_output_path, export_report, parse_period

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
            from planner_gui.services.audit_log import verify_all

            result = verify_all(db, actor)
            for problem in result.problems:
                print(f"{PROG}: advarsel: {problem}", file=sys.stderr)
            broken = result.broken
            if broken is None:
                if result.newest is not None:
                    print(
                        f"Revisionssporet er intakt og passer med {result.anchor_count} ankre uden for databasen "
                        f"(nyeste: post {result.newest.seq}, skrevet {result.newest.written})."
                    )
                else:
                    print("Revisionssporet er intakt (ingen ankre uden for databasen fundet for denne fil).")
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
    from planner_gui.services.privacy import access_request

    db = _open(args.sub_db)
    try:
        actor = _login(db)
        reason = _require_reason(args, "aktindsigt")
        result = access_request(db, actor, args.cpr, Path(args.folder), reason=reason)
    finally:
        db.dispose()
    print(f"Skrev aktindsigten i {result.folder}: {', '.join(result.files)}.")
    return EXIT_OK


def cmd_user(args: argparse.Namespace) -> int:
    from planner_gui.services import auth, users

    if args.user_command == "password" and args.recovery_key:
        from planner_gui.services.unlock import is_encrypted, open_with_recovery_key

        if not is_encrypted(args.sub_db):
            raise UserError(f"{args.sub_db}: databasen er ikke krypteret og har ingen gendannelsesnøgle")
        recovery = _secret_from_env_or_prompt("PLANNER_RECOVERY_KEY", "Gendannelsesnøgle", confirm=False)
        db = open_with_recovery_key(args.sub_db, recovery)
        try:
            password = _secret_from_env_or_prompt("PLANNER_NEW_PASSWORD", "Ny adgangskode", confirm=True)
            users.recover_administrator(db, args.initialer, password)
        finally:
            db.dispose()
        print(f"Satte en ny adgangskode for administratoren {args.initialer.strip().lower()} med gendannelsesnøglen.")
        return EXIT_OK
    db = _open(args.sub_db)
    try:
        actor = _login(db)
        if args.user_command == "add":
            from planner_gui.services.permissions import Permission, require

            require(actor, Permission.MANAGE_USERS)  # refused before any password is asked for
            auth.clean_contact(args.telefon, args.email)  # a mistyped number too
            password = _secret_from_env_or_prompt(
                "PLANNER_NEW_PASSWORD", "Adgangskode til den nye bruger", confirm=True
            )
            users.add_user(
                db,
                actor,
                args.initialer,
                args.navn,
                args.rolle,
                password,
                team=args.team,
                phone=args.telefon,
                email=args.email,
            )
            print(f"Oprettede brugeren {args.initialer.strip().lower()} ({args.rolle}).")
        else:
            from planner_gui.services.permissions import Permission, require

            require(actor, Permission.MANAGE_USERS)
            password = _secret_from_env_or_prompt("PLANNER_NEW_PASSWORD", "Ny adgangskode", confirm=True)
            users.change_password(db, actor, args.initialer, password)
            print(f"Satte en ny adgangskode for {args.initialer.strip().lower()}.")
    finally:
        db.dispose()
    return EXIT_OK


def cmd_migrate(args: argparse.Namespace) -> int:
    """The team server's upgrade: an administrator's explicit step, as the database owner (whose user and password
    are in the URL, as for ``init``). A laptop's file migrates itself when it is opened (after a backup)."""
    from planner_gui.storage.migrate import current_revision, head_revision, open_database
    from planner_gui.storage.postgres import is_postgres, public_url

    # a file migrates itself when it is opened (after a backup); the server as the owner in the URL
    db = open_database(args.sub_db) if is_postgres(args.sub_db) else _open(args.sub_db)
    try:
        version = current_revision(db)
    finally:
        db.dispose()
    where = public_url(args.sub_db)
    print(f"{where} har databaseversion {version} (programmets: {head_revision()}).")
    return EXIT_OK


def cmd_checkout(args: argparse.Namespace) -> int:
    from planner_gui.services.offline import checkout

    result = checkout(args.sub_db, Path(args.to), *_env_credentials(), cprs=args.cpr)
    for warning in result.warnings:
        print(f"{PROG}: advarsel: {warning}", file=sys.stderr)
    extra = f" ({result.skipped} var der allerede)" if result.skipped else ""
    print(f"Tog {result.citizens} borger(e) med ud til {args.to}{extra}.")
    if result.recovery:
        print(RECOVERY_NOTE)
        print(f"  {result.recovery}")
    return EXIT_OK


def _sync_report(result: object) -> int:
    from planner_gui.services.offline import SyncResult

    assert isinstance(result, SyncResult)
    if result.resumed:
        print(f"{PROG}: den forrige, afbrudte synkronisering nåede serveren; den er gjort færdig nu", file=sys.stderr)
    for warning in result.warnings:
        print(f"{PROG}: advarsel: {warning}", file=sys.stderr)
    for line in result.quarantined:
        print(f"{PROG}: {line}", file=sys.stderr)
    for conflict in result.conflicts:
        print(conflict)
    if result.conflicts or result.quarantined:
        return EXIT_CONFLICT
    return EXIT_OK


def cmd_sync(args: argparse.Namespace) -> int:
    from planner_gui.services.offline import sync

    result = sync(Path(args.sub_db), *_env_credentials())
    code = _sync_report(result)
    if code == EXIT_OK:
        print(
            f"Synkroniseret: {result.citizens} borger(e), {result.to_server} ændring(er) til serveren, "
            f"{result.to_laptop} til den bærbare."
        )
    return code


def cmd_resolve(args: argparse.Namespace) -> int:
    from planner_gui.services.offline import resolve

    n = resolve(Path(args.sub_db), *_env_credentials(), keep=args.keep, cpr=args.cpr, felt=args.felt)
    print(f"Afgjorde {n} konflikt(er) (behold: {args.keep}); kør sync for at sende valget.")
    return EXIT_OK


def cmd_checkin(args: argparse.Namespace) -> int:
    from planner_gui.services.offline import checkin

    result = checkin(Path(args.sub_db), *_env_credentials())
    code = _sync_report(result.sync)
    if code != EXIT_OK:
        print(f"{PROG}: intet blev tjekket ind: afgør konflikterne (resolve) og prøv igen", file=sys.stderr)
        return code
    print(f"Tjekkede {result.released} borger(e) ind; de er fjernet fra {args.sub_db}.")
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
    "migrate": cmd_migrate,
    "user": cmd_user,
    "checkout": cmd_checkout,
    "sync": cmd_sync,
    "resolve": cmd_resolve,
    "checkin": cmd_checkin,
}


def main(argv: Sequence[str] | None = None) -> int:
    from planner_gui.logs import install_file_logging, log_exception

    args: argparse.Namespace | None = None
    _LOGGED_IN.clear()
    try:
        given = sys.argv[1:] if argv is None else list(argv)
        args = parse_app_args(given) or build_parser().parse_args(given)
        if args.command is not None and args.db and not getattr(args, "sub_db", None):
            args.sub_db = args.db
        _start(args, install_file_logging)
        return COMMANDS[args.command](args)
    except UserError as err:
        _audit_refusal(args, err)
        print(f"{PROG}: {err}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except PlannerError as err:
        where = log_exception(err)
        print(f"{PROG}: intern fejl: {err} (detaljer i {where})", file=sys.stderr)
        return EXIT_INTERNAL
    except KeyboardInterrupt:
        print(f"{PROG}: afbrudt; intet halvt skrevet blev gemt", file=sys.stderr)
        return 130
    except OSError as err:  # the disk or a folder refused (full, read-only, no permission): not a bug
        from planner_gui.storage.files import os_error

        print(f"{PROG}: {os_error(err, err.filename or '?', 'kunne ikke skrive eller læse')}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except Exception as err:
        where = log_exception(err)
        print(f"{PROG}: intern fejl ({type(err).__name__}); detaljer i {where}", file=sys.stderr)
        return EXIT_INTERNAL


def _start(args: argparse.Namespace, install_file_logging: Callable[..., Path]) -> None:
    """Logging in the data folder (a folder that cannot be written is one plain line, exit 2), leftovers of a killed
    export removed, and SIGTERM turned into an orderly stop (temporary files are removed on the way out)."""
    from planner_gui.storage.files import remove_leftovers

    try:
        install_file_logging(console=args.command is not None)
        remove_leftovers()
    except OSError as err:
        from planner_gui.config import data_dir_path

        raise UserError(
            f"datamappen {data_dir_path()} kan ikke skrives ({err.strerror or err}); "
            "den skal kunne skrives af brugeren (eller sæt PLANNER_DATA_DIR)"
        ) from None
    if args.command is not None:
        import signal

        def stop(signum: int, _frame: object) -> None:
            raise KeyboardInterrupt

        signal.signal(signal.SIGTERM, stop)


def entry() -> None:
    if os.environ.get("PLANNER_FAULTHANDLER"):
        import faulthandler

        faulthandler.enable()
    sys.exit(main())
