"""Build the one-folder bundle ``dist/planner-gui/`` with PyInstaller (CONTRACT.md section 5).

    python3 -m pip install -e ".[package]"
    python3 packaging/build.py [--dist DIR] [--work DIR]

The bundle runs on a computer without Python: ``dist/planner-gui/planner-gui`` (``planner-gui.exe`` on Windows) is
the desktop app and every subcommand. Build on the system you ship to (Windows for Windows, Linux for Linux).
Exit 0 when built, 2 when PyInstaller is missing, 1 when the build failed.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "planner-gui.spec"
NAME = "planner-gui"


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def build(dist: Path, work: Path, first_on_path: Path | None = None) -> Path:
    """Run PyInstaller on the spec; returns the bundle folder ``dist/planner-gui``. ``first_on_path``: a folder of
    packages that go into the bundle instead of the installed ones (NumPy without BLAS)."""
    import PyInstaller.__main__

    if first_on_path is not None:
        # PyInstaller looks modules up on sys.path (its pathex comes after site-packages) and hands sys.path to the
        # processes that run the hooks
        sys.path.insert(0, str(first_on_path))
    PyInstaller.__main__.run(
        [str(SPEC), "--noconfirm", "--clean", "--log-level", "WARN", "--distpath", str(dist), "--workpath", str(work)]
    )
    return dist / NAME


# -- NumPy without BLAS ----------------------------------------------------------------------------------------------
# NumPy's wheels carry OpenBLAS and its gfortran (28 MB on Linux, about 20 MB on Windows), and NumPy's core links them.
# The app never calls BLAS or LAPACK: pyqtgraph draws with element-wise NumPy (counted with breakpoints while a chart
# was drawn in both modes, rendered for Min plan and printed: no call besides NumPy's own check at import). NumPy built
# from its source with ``-Dblas=none -Dlapack=none`` uses its own loops and its bundled lapack_lite instead, and links
# nothing. The same NumPy version as installed is built once (about 7 minutes on 2 cores; pip fetches the source and
# the build tools from PyPI) into a cache folder and reused; a C and a C++ compiler are needed. Without them, or when
# the build fails, the installed NumPy goes in (the bundle works either way, 28 MB larger). ``--numpy-wheel`` takes a
# wheel built so elsewhere (how to build one: docs/installation.md).
NUMPY_BUILD_OPTIONS = ("-Dblas=none", "-Dlapack=none", "-Dallow-noblas=true")


def numpy_cache() -> Path:
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or base)
    return base / "planner-gui-build" / "numpy-without-blas"


def _compilers() -> bool:
    if sys.platform == "win32":
        return shutil.which("cl") is not None
    return bool((shutil.which("cc") or shutil.which("gcc")) and (shutil.which("c++") or shutil.which("g++")))


def numpy_wheel_without_blas(cache: Path) -> Path | None:
    """The cached wheel of the installed NumPy version built without BLAS; built first when missing. None when no
    compiler is found or the build fails (reported on stderr)."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        wanted = version("numpy")
    except PackageNotFoundError:
        return None
    found = sorted(cache.glob(f"numpy-{wanted}-*.whl"))
    if found:
        return found[-1]
    if not _compilers():
        print("build.py: NumPy goes in with its OpenBLAS (no C/C++ compiler to build it without BLAS)")
        return None
    print(f"build.py: building NumPy {wanted} without BLAS, once (several minutes; cached in {cache}) ...", flush=True)
    cache.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        cmd = [sys.executable, "-m", "pip", "wheel", f"numpy=={wanted}", "--no-binary", "numpy", "--no-deps"]
        cmd += ["--quiet", "--wheel-dir", tmp, *(f"-Csetup-args={o}" for o in NUMPY_BUILD_OPTIONS)]
        proc = subprocess.run(cmd, capture_output=True, text=True)
        wheels = list(Path(tmp).glob("numpy-*.whl"))
        if proc.returncode != 0 or len(wheels) != 1:
            print(f"build.py: NumPy without BLAS could not be built, the installed one goes in:\n{proc.stderr[-2000:]}")
            return None
        shutil.copyfile(wheels[0], cache / wheels[0].name)
    return cache / wheels[0].name


def unpack_numpy(wheel: Path, folder: Path) -> Path:
    """Unpack ``wheel`` into ``folder`` (emptied first) and check that it is NumPy built without BLAS; returns the
    folder. Raises ValueError otherwise."""
    import zipfile

    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    with zipfile.ZipFile(wheel) as zf:
        zf.extractall(folder)
    probe = "import numpy; print(numpy.__config__.CONFIG['Build Dependencies']['blas']['name'])"
    env = {**os.environ, "PYTHONPATH": str(folder)}
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env, cwd=folder)
    if out.returncode != 0 or out.stdout.strip() != "none":
        raise ValueError(f"{wheel.name} is not a NumPy built without BLAS ({(out.stdout + out.stderr).strip()[-300:]})")
    return folder


# -- ICU's data, cut to Danish and English ---------------------------------------------------------------------------
# Qt Core on Linux links ICU, whose data library (libicudata, 31 MB) holds every language's locale names, collation,
# calendars and character sets. The app needs Danish and English (QCollator sorts names the Danish way: æ, ø, å
# last, "aa" as "å"), and Qt's own locale data does the rest. ICU's tools (icupkg and genccode, Debian's icu-devtools)
# and a C compiler rebuild the library with the language-neutral items plus da* and en* only (~4 MB). Without the
# tools the full library stays (the bundle works either way). Windows' Qt uses the ICU of Windows: nothing to do.
_LOCALE_ITEM = re.compile(r"^[a-z]{2,3}(_[A-Za-z0-9]*)*$")  # af, de_, sr_Latn_BA, yue_Hant; not root/pool/zoneinfo64
KEEP_LANGUAGES = ("da", "en")
# What Qt asks ICU for (the ICU functions libQt6Core imports): case mapping (u_strToUpper/Lower), collation (ucol_*),
# character-set conversion (ucnv_*) and time-zone ids and names (ucal_*). Never word/line breaking (Qt breaks text
# itself), transliteration, character names, spoof checks or spelled-out numbers: their data goes too (~4.9 MB,
# 3.4 MB of it the dictionaries for breaking Chinese, Japanese, Thai, Lao, Khmer and Burmese text into words).
_UNUSED_SERVICE = re.compile(r"^(brkitr|translit|rbnf)/|^(unames\.icu|confusables[^/]*\.cfu)$")


def icu_items_to_remove(items: list[str]) -> list[str]:
    """Of the items of an ICU data package (``coll/de.res``, ``ibm-1047_P100-1995.cnv``, ...): the locale bundles of
    other languages than Danish and English (in every tree: names, currencies, units, zones, collation), the legacy
    character-set converters and the data of the ICU services Qt never calls (:data:`_UNUSED_SERVICE`).
    Language-neutral items Qt's calls use (root, pool, supplemental data, the Unicode properties, normalisation,
    collation, time zones) stay."""
    out = []
    for item in items:
        stem, _, ext = item.rsplit("/", 1)[-1].rpartition(".")
        other_language = _LOCALE_ITEM.match(stem) and stem.split("_")[0] not in ("root", "pool", *KEEP_LANGUAGES)
        path = item.split("/", 1)[1] if item.startswith("icudt") else item  # "icudt73l/coll/da.res" -> "coll/da.res"
        if ext == "cnv" or (ext == "res" and other_language) or _UNUSED_SERVICE.search(path):
            out.append(item)
    return out


def _elf_symbol(lib: Path, name: str) -> tuple[int, int]:
    """(file offset, size) of a data symbol of a shared library, from ``readelf``'s symbol and section tables."""
    syms = subprocess.run(["readelf", "-sW", "--dyn-syms", str(lib)], capture_output=True, text=True, check=True)
    for line in syms.stdout.splitlines():
        f = line.split()
        if len(f) >= 8 and f[7] == name and f[6].isdigit():
            value, size, section = int(f[1], 16), int(f[2], 0), int(f[6])
            break
    else:
        raise ValueError(f"{lib.name}: no symbol {name}")
    sections = subprocess.run(["readelf", "-SW", str(lib)], capture_output=True, text=True, check=True)
    for line in sections.stdout.splitlines():
        m = re.match(r"\s*\[\s*(\d+)\]\s+\S+\s+\S+\s+([0-9a-f]+)\s+([0-9a-f]+)", line)
        if m and int(m[1]) == section:
            return value - int(m[2], 16) + int(m[3], 16), size
    raise ValueError(f"{lib.name}: no section {section}")


def trim_icu_data(lib: Path) -> int | None:
    """Rebuild ``libicudata.so.NN`` in place with only the items :func:`icu_items_to_remove` keeps; returns the bytes
    saved, or None when the tools are missing (the library is left as it is)."""
    cc = shutil.which("cc") or shutil.which("gcc")
    if not (cc and shutil.which("icupkg") and shutil.which("genccode") and shutil.which("readelf")):
        return None
    version = lib.name.split(".so.")[-1].split(".")[0]
    entry = f"icudt{version}"
    offset, size = _elf_symbol(lib, f"{entry}_dat")
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        with lib.open("rb") as f:
            f.seek(offset)
            data = f.read(size)
        if struct.unpack_from("<H", data, 2)[0] != 0x27DA:  # an ICU data header's magic bytes
            raise ValueError(f"{lib.name}: {entry}_dat is not ICU data")
        full, small = work / f"{entry}l.dat", work / "small.dat"
        full.write_bytes(data)
        listed = subprocess.run(["icupkg", "-l", str(full)], capture_output=True, text=True, check=True)
        remove = icu_items_to_remove([line.strip() for line in listed.stdout.splitlines() if line.strip()])
        (work / "remove.txt").write_text("\n".join(remove) + "\n", encoding="utf-8")
        # --auto_toc_prefix: keep the items' "icudtNNl/" prefix (ICU finds nothing without it)
        subprocess.run(
            ["icupkg", "--auto_toc_prefix", "-r", str(work / "remove.txt"), str(full), str(small)],
            capture_output=True,
            check=True,
        )
        subprocess.run(
            ["genccode", "-q", "-a", "gcc", "-e", entry, "-d", str(work), "-f", f"{entry}_dat", str(small)],
            capture_output=True,
            check=True,
        )
        built = work / lib.name
        source = work / f"{entry}_dat.S"
        subprocess.run(
            [
                cc,
                "-shared",
                "-nostdlib",
                f"-Wl,-soname,{lib.name}",
                "-Wl,-z,noexecstack",
                "-o",
                str(built),
                str(source),
            ],
            capture_output=True,
            check=True,
        )
        before = lib.stat().st_size
        shutil.copyfile(built, lib)
        return before - lib.stat().st_size


# -- libraries that strip made unloadable ----------------------------------------------------------------------------
# The spec strips the Linux binaries (strip=True). GNU strip rewrites some libraries that auditwheel's patchelf had
# edited into files whose loadable segments no longer sit at their alignment: the loader refuses them ("ELF load
# command address/offset not page-aligned"). NumPy's OpenBLAS and gfortran were such files, so NumPy, and with it
# every chart (pyqtgraph), failed to import in the bundle. Such a file is copied back from the installed package,
# unstripped (the wheels' libraries carry no debug symbols anyway: ~2 MB more for these two).
def misaligned_elf(path: Path) -> bool:
    """Whether ``path`` is an ELF file with a loadable segment whose file offset and address disagree modulo its
    alignment (what the dynamic loader checks before it maps the segment)."""
    with path.open("rb") as f:
        data = f.read()
    if data[:4] != b"\x7fELF":
        return False
    end = "<" if data[5] == 1 else ">"
    if data[4] == 2:  # ELFCLASS64: e_phoff at 0x20, e_phentsize and e_phnum at 0x36
        (phoff,) = struct.unpack_from(end + "Q", data, 0x20)
        phentsize, phnum = struct.unpack_from(end + "HH", data, 0x36)
        fields = [struct.unpack_from(end + "IIQQQQQQ", data, phoff + i * phentsize) for i in range(phnum)]
        segments = [(t, off, vaddr, align) for t, _flags, off, vaddr, _pa, _fs, _ms, align in fields]
    else:  # ELFCLASS32: e_phoff at 0x1C, e_phentsize and e_phnum at 0x2A
        (phoff,) = struct.unpack_from(end + "I", data, 0x1C)
        phentsize, phnum = struct.unpack_from(end + "HH", data, 0x2A)
        fields = [struct.unpack_from(end + "IIIIIIII", data, phoff + i * phentsize) for i in range(phnum)]
        segments = [(t, off, vaddr, align) for t, off, vaddr, _pa, _fs, _ms, _flags, align in fields]
    return any(t == 1 and align > 1 and off % align != vaddr % align for t, off, vaddr, align in segments)


def restore_unloadable(bundle: Path) -> list[str]:
    """Copy back, from the installed packages (``sys.path``), each library of the bundle that :func:`misaligned_elf`
    finds broken; returns their paths in the bundle. Raises ValueError when a broken file has no intact original."""
    internal = bundle / "_internal"
    restored = []
    for lib in sorted(internal.rglob("*.so*")):
        if lib.is_symlink() or not lib.is_file() or not misaligned_elf(lib):
            continue
        rel = lib.relative_to(internal)
        originals = [Path(entry) / rel for entry in sys.path if entry and (Path(entry) / rel).is_file()]
        original = next((o for o in originals if not misaligned_elf(o)), None)
        if original is None:
            raise ValueError(f"{rel} cannot be loaded after strip, and no intact copy of it was found")
        shutil.copyfile(original, lib)
        restored.append(rel.as_posix())
    return restored


def trim_bundle(bundle: Path) -> None:
    """Size cuts that PyInstaller's spec cannot make: ICU's data (Linux)."""
    for lib in bundle.rglob("libicudata.so.*"):
        if lib.is_symlink():
            continue
        try:
            saved = trim_icu_data(lib)
        except (OSError, ValueError, subprocess.CalledProcessError) as err:
            print(f"build.py: ICU's data left whole ({err})", file=sys.stderr)
            continue
        if saved is None:
            print("build.py: ICU's data left whole (icupkg/genccode from icu-devtools, or a C compiler, missing)")
        else:
            print(f"build.py: ICU's data cut to Danish and English: {saved / 1e6:.0f} MB less")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder (default: dist/)")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller", help="PyInstaller's work folder")
    numpy = parser.add_mutually_exclusive_group()
    numpy.add_argument("--numpy-wheel", type=Path, help="a NumPy wheel built without BLAS to bundle (default: built)")
    numpy.add_argument(
        "--numpy-as-installed", action="store_true", help="bundle the installed NumPy with its OpenBLAS (28 MB more)"
    )
    args = parser.parse_args(argv)
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        print("build.py: PyInstaller is not installed: python3 -m pip install -e '.[package]'", file=sys.stderr)
        return 2
    started = time.monotonic()
    first_on_path = None
    if not args.numpy_as_installed:
        wheel = args.numpy_wheel or numpy_wheel_without_blas(numpy_cache())
        if wheel is not None:
            try:
                first_on_path = unpack_numpy(wheel, args.work.resolve() / "numpy-without-blas")
            except (OSError, ValueError) as err:
                print(f"build.py: {err}", file=sys.stderr)
                return 1
            print(f"build.py: NumPy without BLAS ({wheel.name})")
    try:
        bundle = build(args.dist.resolve(), args.work.resolve(), first_on_path)
    except SystemExit as exc:  # PyInstaller exits on errors
        print(f"build.py: PyInstaller failed ({exc.code})", file=sys.stderr)
        return 1
    exe = bundle / (f"{NAME}.exe" if sys.platform == "win32" else NAME)
    if not exe.is_file():
        print(f"build.py: {exe} was not built", file=sys.stderr)
        return 1
    try:
        restored = restore_unloadable(bundle)
    except ValueError as err:
        print(f"build.py: {err}", file=sys.stderr)
        return 1
    if restored:
        print(f"build.py: left unstripped (strip made them unloadable): {', '.join(restored)}")
    trim_bundle(bundle)
    size = folder_size(bundle) / 1e6
    print(f"Built {bundle} ({size:.0f} MB) in {time.monotonic() - started:.0f} s; run {exe}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
