"""A throwaway PostgreSQL cluster for the tests: Debian's server binaries, on 127.0.0.1 only, in a temporary folder.

PostgreSQL refuses to run as root, and CI and the development sessions run as root: the cluster then runs as the
``postgres`` user that Debian's package creates (``runuser -u postgres -- …``). Local socket connections trust the
cluster's own user; TCP connections on 127.0.0.1 need a SCRAM password, as a job centre's server would. Without the
server binaries the PostgreSQL variants of the tests are skipped (CI installs them).
"""

from __future__ import annotations

import glob
import os
import secrets
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

SUPERUSER = "postgres"


def server_bin() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(p.split("/")[4]))
    return Path(found[-1]).parent if found else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _as_cluster_user(args: list[str]) -> list[str]:
    if os.geteuid() == 0:
        return ["runuser", "-u", SUPERUSER, "--", *args]
    return args


@dataclass
class Cluster:
    folder: Path
    port: int
    password: str
    bin: Path

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://{SUPERUSER}:{self.password}@127.0.0.1:{self.port}/{database}"

    def dsn(self, database: str = "postgres") -> str:
        return f"postgresql://{SUPERUSER}:{self.password}@127.0.0.1:{self.port}/{database}"

    def execute(self, sql: str, database: str = "postgres") -> None:
        import psycopg

        with psycopg.connect(self.dsn(database), autocommit=True) as conn:
            conn.execute(sql)  # type: ignore[arg-type]

    def stop(self) -> None:
        subprocess.run(
            _as_cluster_user([str(self.bin / "pg_ctl"), "-D", str(self.folder / "data"), "-m", "immediate", "stop"]),
            capture_output=True,
            check=False,
            timeout=60,
        )
        shutil.rmtree(self.folder, ignore_errors=True)


def start_cluster(*, timezone: str | None = None) -> Cluster | None:
    """Start a new cluster, or None when PostgreSQL's server is not installed. ``timezone``: the server's own time
    zone (``TimeZone``), e.g. a Danish job centre's ``Europe/Copenhagen``; initdb's default is the machine's."""
    bin_dir = server_bin()
    if bin_dir is None:
        return None
    folder = Path(tempfile.mkdtemp(prefix="planner-pg-"))
    password = secrets.token_urlsafe(16)
    (folder / "pw").write_text(password + "\n", encoding="utf-8")
    if os.geteuid() == 0:
        shutil.chown(folder, SUPERUSER)
        shutil.chown(folder / "pw", SUPERUSER)
    subprocess.run(
        _as_cluster_user(
            [
                str(bin_dir / "initdb"),
                "-D",
                str(folder / "data"),
                "-U",
                SUPERUSER,
                f"--pwfile={folder / 'pw'}",
                "--auth-local=trust",
                "--auth-host=scram-sha-256",
                "-E",
                "UTF8",
                "--locale=C.UTF-8",
                "--no-sync",
            ]
        ),
        capture_output=True,
        check=True,
        timeout=120,
    )
    port = _free_port()
    options = f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off"
    if timezone is not None:
        options += f" -c timezone={timezone}"
    subprocess.run(
        _as_cluster_user(
            [
                str(bin_dir / "pg_ctl"),
                "-D",
                str(folder / "data"),
                "-o",
                options,
                "-l",
                str(folder / "log"),
                "-w",
                "start",
            ]
        ),
        capture_output=True,
        check=True,
        timeout=120,
    )
    return Cluster(folder, port, password, bin_dir)


def drop_planner_roles(cluster: Cluster) -> None:
    """Remove the login and group roles the app made (roles belong to the whole cluster, not one database)."""
    import psycopg

    with psycopg.connect(cluster.dsn(), autocommit=True) as conn:
        names = [r[0] for r in conn.execute("SELECT rolname FROM pg_roles WHERE rolname LIKE 'planner\\_%'")]
        for name in names:
            conn.execute(f'DROP ROLE IF EXISTS "{name}"')  # type: ignore[arg-type]
