"""Files that hold personal data: private modes, a private scratch folder, atomic placement, plain errors.

- Everything the app creates is the user's alone: files 0600, folders 0700 (:data:`PRIVATE_FILE`,
  :data:`PRIVATE_DIR`). An existing file or folder that is more open is reported (:func:`warn_if_open`: a warning on
  the ``planner_gui.files`` logger, which the command line shows on stderr and the desktop app writes to its log);
  it is not changed behind the user's back.
- Exports, reports, audit extracts and PDFs are written first into a private scratch folder inside the user's data
  folder (``<data>/tmp/<pid>-…``, 0700; :func:`scratch_path`), never beside the target, and moved into place only when
  complete (:func:`place`). When the target lies on another filesystem, the finished file is copied to a temporary name
  in the target folder at the very end and renamed there; that name is noted in the scratch folder, so a kill during
  the copy leaves nothing behind either.
- A process that dies (SIGKILL, power cut) leaves its scratch folder; :func:`remove_leftovers` deletes the folders of
  processes that no longer run (each live process holds an ``flock`` on its folder's lock file). The command line and
  the desktop app call it at start.
- :func:`os_error` turns ``OSError`` (disk full, read-only folder, no permission) into one plain :class:`UserError`.
"""

from __future__ import annotations

import errno
import logging
import os
import shutil
import stat
import tempfile
import time
from pathlib import Path

from planner_gui.domain.i18n import QT_TRANSLATE_NOOP
from planner_gui.errors import UserError

PRIVATE_FILE = 0o600
PRIVATE_DIR = 0o700
SCRATCH = "tmp"
PLACING = ".placing"
_LOCK = ".lock"
_YOUNG_SECONDS = 60

log = logging.getLogger("planner_gui.files")
_scratch: dict[str, tuple[Path, int]] = {}  # data folder -> (this process's scratch folder, its locked fd)


def os_error(err: OSError, where: str | Path, what: str | None = None) -> UserError:
    """One plain line for a failed write or read: disk full, read-only, no permission, or the system's words.
    ``what`` says what failed (a ``QT_TRANSLATE_NOOP`` text; by default "kunne ikke skrive filen")."""
    code = err.errno
    why: str
    if code in (errno.ENOSPC, errno.EDQUOT):
        why = QT_TRANSLATE_NOOP("Meddelelser", "der er ikke plads på disken")
    elif code == errno.EROFS:
        why = QT_TRANSLATE_NOOP("Meddelelser", "filsystemet er skrivebeskyttet")
    elif code in (errno.EACCES, errno.EPERM):
        why = QT_TRANSLATE_NOOP("Meddelelser", "ingen skriveadgang")
    else:
        why = err.strerror or str(err)
    if what is None:
        what = QT_TRANSLATE_NOOP("Meddelelser", "kunne ikke skrive filen")
    return UserError(
        QT_TRANSLATE_NOOP("Meddelelser", "{where}: {what} ({why}); intet blev gemt").format(
            where=where, what=what, why=why
        )
    )


def is_more_open(path: Path, allowed: int) -> bool:
    try:
        return bool(stat.S_IMODE(path.stat().st_mode) & ~allowed & 0o777)
    except OSError:
        return False


def warn_if_open(path: Path, allowed: int | None = None) -> bool:
    """Warn (once per call) when ``path`` exists and others than the owner may read or write it."""
    if os.name != "posix" or not path.exists():
        return False
    if allowed is None:
        allowed = PRIVATE_DIR if path.is_dir() else PRIVATE_FILE
    if not is_more_open(path, allowed):
        return False
    mode = stat.S_IMODE(path.stat().st_mode)
    log.warning(
        "%s har rettighederne %04o: andre brugere på computeren kan læse den; ret det med 'chmod %o %s'",
        path,
        mode,
        allowed,
        path,
    )
    return True


def private_dir(path: Path) -> Path:
    """Create ``path`` (and parents) with mode 0700 for the last part; warn when an existing one is more open."""
    if path.is_dir():
        warn_if_open(path, PRIVATE_DIR)
        return path
    path.mkdir(mode=PRIVATE_DIR, parents=True, exist_ok=True)
    os.chmod(path, PRIVATE_DIR)  # mkdir's mode passes through the umask
    return path


def create_private_file(path: Path) -> None:
    """Create an empty file readable by the owner alone (before anything is written to it); fails if it exists."""
    fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, PRIVATE_FILE)
    try:
        if hasattr(os, "fchmod"):
            os.fchmod(fd, PRIVATE_FILE)  # the mode given to open passes through the umask
    finally:
        os.close(fd)


# ----------------------------------------------------------------------------------------------- scratch folder


def write_private_atomic(path: Path, text: str) -> None:
    """Replace ``path`` with ``text`` all or nothing, readable by the owner only: a temporary file beside it
    (mkstemp makes it 0600), flushed and fsynced, then renamed over the old one; nothing is left on failure."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o600)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def scratch_root() -> Path:
    from planner_gui.config import data_dir

    return data_dir() / SCRATCH


def scratch_dir() -> Path:
    """This process's private scratch folder (created on first use, 0700, locked while the process lives)."""
    from planner_gui.config import data_dir

    home = str(data_dir())
    held = _scratch.get(home)
    if held is not None and held[0].is_dir():
        return held[0]
    root = scratch_root()
    try:
        private_dir(root)
        folder = Path(tempfile.mkdtemp(prefix=f"{os.getpid()}-", dir=root))  # 0700
        fd = os.open(folder / _LOCK, os.O_CREAT | os.O_RDWR, PRIVATE_FILE)
    except OSError as err:
        raise os_error(err, root, "den private mappe til midlertidige filer kan ikke oprettes i datamappen") from err
    try:
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except (ImportError, OSError):
        pass
    _scratch[home] = (folder, fd)
    if len(_scratch) == 1:
        import atexit

        atexit.register(_remove_own)
    return folder


def _remove_own() -> None:
    """At a normal exit: this process's scratch folders go (a kill leaves them for :func:`remove_leftovers`)."""
    for folder, fd in list(_scratch.values()):
        shutil.rmtree(folder, ignore_errors=True)
        try:
            os.close(fd)
        except OSError:
            pass
    _scratch.clear()


def scratch_path(name: str) -> Path:
    """A new, empty private file (0600) in the scratch folder whose name ends like ``name`` (e.g. ``.xlsx``)."""
    folder = scratch_dir()
    try:
        fd, tmp = tempfile.mkstemp(prefix="w-", suffix=Path(name).suffix, dir=folder)
    except OSError as err:
        raise os_error(err, folder) from err
    os.close(fd)
    return Path(tmp)


def scratch_folder(name: str) -> Path:
    """A new private folder (0700) in the scratch folder (for a folder that is built up and then moved into place)."""
    folder = scratch_dir()
    try:
        return Path(tempfile.mkdtemp(prefix="d-", suffix=f"-{Path(name).name}", dir=folder))
    except OSError as err:
        raise os_error(err, folder) from err


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    else:
        path.unlink(missing_ok=True)


def _fsync(path: Path) -> None:
    if path.is_dir():
        for child in path.iterdir():
            _fsync(child)
        return
    with open(path, "rb") as fh:
        os.fsync(fh.fileno())


def place(tmp: Path, target: Path) -> None:
    """Move the finished ``tmp`` (a file or a folder) to ``target``; all or nothing.

    A rename within one filesystem. Across filesystems: copied to a temporary name in the target folder (noted in
    the scratch folder, so :func:`remove_leftovers` can delete it after a kill), fsynced, then renamed.
    Raises ``OSError``; ``tmp`` is left for the caller to remove.
    """
    _fsync(tmp)
    try:
        os.replace(tmp, target)
        return
    except OSError as err:
        if err.errno != errno.EXDEV:
            raise
    is_dir = tmp.is_dir()
    if is_dir:
        staged = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent))
    else:
        fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
        os.close(fd)
        staged = Path(name)
    note = tmp.parent / f"{PLACING}-{tmp.name}"
    note.write_text(str(staged), encoding="utf-8")
    try:
        if is_dir:
            _copy_tree(tmp, staged)
        else:
            shutil.copyfile(tmp, staged)
        _fsync(staged)
        os.replace(staged, target)
    except BaseException:
        _remove(staged)
        raise
    finally:
        note.unlink(missing_ok=True)
    _remove(tmp)


def _copy_tree(source: Path, target: Path) -> None:
    """Copy a folder's files one by one (so a full disk raises its own ``OSError``, not ``shutil.Error``)."""
    for child in source.iterdir():
        if child.is_dir():
            (target / child.name).mkdir(mode=PRIVATE_DIR)
            _copy_tree(child, target / child.name)
        else:
            shutil.copyfile(child, target / child.name)


def remove_leftovers() -> int:
    """Delete the scratch folders of processes that no longer run (a killed export); returns how many."""
    root = scratch_root()
    if not root.is_dir():
        return 0
    mine = {str(held[0]) for held in _scratch.values()}
    removed = 0
    for child in root.iterdir():
        if str(child) in mine:
            continue
        if not child.is_dir():
            child.unlink(missing_ok=True)
            removed += 1
            continue
        if not _abandoned(child):
            continue
        for note in child.glob(f"{PLACING}-*"):
            try:
                _remove(Path(note.read_text(encoding="utf-8").strip()))
            except OSError:
                pass
        if any(p.name != _LOCK for p in child.iterdir()):
            removed += 1
        shutil.rmtree(child, ignore_errors=True)
    if removed:
        log.warning("fjernede %d midlertidig(e) fil(er) efterladt af en afbrudt eksport i %s", removed, root)
    return removed


def _abandoned(folder: Path) -> bool:
    lock = folder / _LOCK
    try:
        import fcntl
    except ImportError:  # no flock (Windows): a folder untouched for a day is abandoned
        try:
            return time.time() - folder.stat().st_mtime > 86400
        except OSError:
            return False
    if not lock.exists():  # a process between mkdtemp and taking its lock, or one that died there
        try:
            return time.time() - folder.stat().st_mtime > _YOUNG_SECONDS
        except OSError:
            return False
    try:
        fd = os.open(lock, os.O_RDWR)
    except OSError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False  # a live process holds it
    finally:
        os.close(fd)
    return True
