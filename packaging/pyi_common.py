"""The PyInstaller recipe shared by build_app.spec and packaging/bare.spec.

Both specs call build_bundles(), so the app and the bare-Qt baseline that benchmarks/bundle.py
compares it with are packaged with the same excludes, trimming and EXE options. In short (the
effect of each step was measured; the resulting sizes and start-up times: benchmarks/bundle.py):

- only QtCore, QtGui and QtWidgets from PySide6, and none of the standard library's extras;
- no Qt translations (except qtbase in the app's languages, KEEP_QT_TRANSLATIONS), and only
  the Qt plugins named in KEEP_QT_PLUGINS;
- on Linux, then every shared library that nothing kept links to (Qt's other plugins pull in GTK,
  Wayland, ...); on Windows and macOS that step is skipped until a tagged build has proven it there;
- stripped binaries on Linux, never UPX.

AGORA_BUNDLE picks the output: "onedir" (default), "onefile" or "both".
"""

from __future__ import annotations

import ast
import fnmatch
import importlib.metadata
import importlib.util
import os
import re
import shutil
import subprocess
import sys
import sysconfig
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from PyInstaller.building.api import COLLECT, EXE, PYZ
from PyInstaller.building.build_main import Analysis
from PyInstaller.building.osx import BUNDLE
from PyInstaller.config import CONF
from PyInstaller.depend import bindepend
from PyInstaller.log import logger

TocEntry = tuple[str, str, str]  # (destination in the bundle, source, typecode)

IS_LINUX = sys.platform.startswith("linux")
IS_WIN = sys.platform == "win32"
IS_MAC = sys.platform == "darwin"

BUNDLE_MODES = {"onedir": (True, False), "onefile": (False, True), "both": (True, True)}

# The PySide6 modules the app imports. Every other PySide6.Qt* module is excluded, so that its hook
# never runs and its libraries and plugins stay out.
QT_MODULES = frozenset({"QtCore", "QtGui", "QtWidgets"})

# Standard-library packages that neither the app nor keyring needs. The stdlib imports the optional
# ones (_hashlib, ssl, bz2, lzma, readline, _pydecimal) inside try/except: hashlib and hmac then use
# their built-in sha256, which is all the token codecs need, and the bundle loses libcrypto and
# libssl. asyncio comes in only through function-level imports in typing_extensions and
# more_itertools (keyring's dependencies) for features keyring does not use. concurrent.futures and
# multiprocessing stay: `agora-token batch --jobs N` runs worker processes.
STDLIB_EXCLUDES = (
    "tkinter",
    "_tkinter",
    "turtle",
    "turtledemo",
    "idlelib",
    "unittest",
    "doctest",
    "pdb",
    "pydoc",
    "pydoc_data",
    "lib2to3",
    "ensurepip",
    "venv",
    "distutils",
    "test",
    "sqlite3",
    "curses",
    "readline",
    "xmlrpc",
    "ssl",
    "_ssl",
    "_hashlib",
    "bz2",
    "_bz2",
    "lzma",
    "_lzma",
    "_pydecimal",
)

# keyring's Linux backend, SecretStorage, needs cryptography, a 12 MB Rust library. The bundles
# carry cryptography anyway for Media Gateway stream keys (AES, core/stream_key.py), so Linux
# bundles keep the Secret Service too and the certificate can be remembered in the keychain; the
# one-file budget is 50 MB for it (benchmarks/bundle.py). AGORA_BUNDLE_SECRET_SERVICE=0 leaves all
# of it out again: keyring then keeps the certificate for the session only, and stream keys fail
# with one sentence naming the extra. Windows and macOS use keyring's native backends.
SECRET_SERVICE_EXCLUDES = ("secretstorage", "cryptography", "cffi", "_cffi_backend")

# One Qt binding per bundle (PyInstaller >= 6.5 aborts on a mix anyway), and build tools that a
# development environment may have importable.
OTHER_EXCLUDES = ("PyQt5", "PyQt6", "PySide2", "setuptools", "pkg_resources", "pip")

# Qt plugins to keep, as glob patterns relative to the plugins folder. Everything else in it goes:
# image formats beyond the built-in PNG, SVG icon engine, Wayland, GTK theme, EGL/GL integrations,
# the virtual keyboard, ...
KEEP_QT_PLUGINS: tuple[str, ...]
if IS_WIN:
    KEEP_QT_PLUGINS = ("platforms/qwindows.dll", "platforms/qoffscreen.dll", "styles/*")
elif IS_MAC:
    KEEP_QT_PLUGINS = ("platforms/libqcocoa.dylib", "platforms/libqoffscreen.dylib", "styles/*")
else:
    KEEP_QT_PLUGINS = (
        "platforms/libqxcb.so",
        "platforms/libqoffscreen.so",
        "platforminputcontexts/libcomposeplatforminputcontextplugin.so",
        "platforminputcontexts/libibusplatforminputcontextplugin.so",
        "platformthemes/libqxdgdesktopportal.so",
    )

# Qt plugins live in PySide6/Qt/plugins on Linux and macOS, PySide6/plugins on Windows.
_QT_PLUGIN = re.compile(r"^PySide6/(?:Qt/)?plugins/(?P<rel>.+)$")
_QT_TRANSLATIONS = re.compile(r"^PySide6/(?:Qt/)?translations/")
# ...except Qt's own strings (standard buttons, dialogs) in the languages the app speaks.
KEEP_QT_TRANSLATIONS = ("qtbase_zh_CN.qm",)

# Dropping libraries nothing links to is verified on Linux only; see the module docstring.
PRUNE_UNREFERENCED_LIBRARIES = IS_LINUX
STRIP = IS_LINUX

# Where the notices for the bundled third-party code go, inside the bundle's resources/ folder
# (next to the texts committed in resources/licenses/), so that the app finds both with one path.
THIRD_PARTY_LICENCES = "resources/licenses/third-party"
# Distributions that ship no licence files of their own: the Qt notice in resources/licenses/
# covers them.
_COVERED_BY_QT_NOTICE = frozenset({"pyside6-essentials", "pyside6", "shiboken6"})
_LICENCE_FILE = re.compile(r"^(LICEN[CS]E|COPYING|NOTICE|AUTHORS)", re.IGNORECASE)


def bundle_mode() -> tuple[bool, bool]:
    """Return (one-folder, one-file) as asked for by the AGORA_BUNDLE environment variable."""
    mode = os.environ.get("AGORA_BUNDLE", "").strip().lower() or "onedir"
    if mode not in BUNDLE_MODES:
        raise SystemExit(
            f"AGORA_BUNDLE={mode!r} is not one of {', '.join(BUNDLE_MODES)} (default: onedir)."
        )
    return BUNDLE_MODES[mode]


def read_version(init_py: str | os.PathLike[str]) -> str:
    """Read __version__ from a module without importing it (as setuptools' attr: does)."""
    tree = ast.parse(Path(init_py).read_text(encoding="utf-8"))
    for node in tree.body:
        if (
            isinstance(node, ast.Assign)
            and any(isinstance(t, ast.Name) and t.id == "__version__" for t in node.targets)
            and isinstance(node.value, ast.Constant)
            and isinstance(node.value.value, str)
        ):
            return node.value.value
    raise SystemExit(f"No __version__ = '...' found in {init_py}.")


def excludes() -> list[str]:
    """Every module name to keep out of the bundle."""
    spec = importlib.util.find_spec("PySide6")
    unused_qt: set[str] = set()
    if spec is not None and spec.submodule_search_locations:
        for folder in spec.submodule_search_locations:
            for entry in os.listdir(folder):
                match = re.match(r"^(Qt\w+)\.", entry)
                if match and match.group(1) not in QT_MODULES:
                    unused_qt.add(f"PySide6.{match.group(1)}")
    names = sorted(unused_qt) + list(STDLIB_EXCLUDES) + list(OTHER_EXCLUDES)
    if IS_LINUX and os.environ.get("AGORA_BUNDLE_SECRET_SERVICE") == "0":
        names += SECRET_SERVICE_EXCLUDES
    return names


def check_no_excluded_import(analysis: Analysis, package: str) -> None:
    """Fail the build if our own package needs something the excludes dropped.

    Without this the mistake shows up only at run time, as an ImportError in the bundle. Imports
    inside try/except are allowed: they have a fallback, which is what the bundle then uses.
    """
    offenders, fallbacks = [], []
    for name, _path, status in analysis.graph.make_missing_toc():
        if status != "excluded":
            continue
        for importer, info in analysis.graph.get_importers(name):
            if importer != package and not importer.startswith(package + "."):
                continue
            if getattr(info, "tryexcept", False):
                fallbacks.append(f"{name} (in {importer})")
            else:
                offenders.append(f"  {name} (imported by {importer})")
    for fallback in fallbacks:
        logger.info("excludes: the bundle uses the fallback for the excluded %s", fallback)
    if offenders:
        raise SystemExit(
            "These modules are excluded from the bundle (packaging/pyi_common.py) but imported by "
            f"{package}:\n" + "\n".join(offenders) + "\nUse another module, import it inside "
            "try/except ImportError with a fallback, or keep it in the bundle."
        )


def _keep_entry(dest: str) -> bool:
    dest = dest.replace("\\", "/")
    if _QT_TRANSLATIONS.match(dest):
        return dest.endswith(KEEP_QT_TRANSLATIONS)
    plugin = _QT_PLUGIN.match(dest)
    if plugin:
        return any(fnmatch.fnmatchcase(plugin.group("rel"), pat) for pat in KEEP_QT_PLUGINS)
    return True


def _is_root(entry: TocEntry) -> bool:
    """Binaries that are loaded on purpose: Python extensions, Qt plugins, libpython itself."""
    dest, _src, typecode = entry
    return (
        typecode == "EXTENSION"
        or _QT_PLUGIN.match(dest.replace("\\", "/")) is not None
        or os.path.basename(dest).startswith("libpython")
    )


def _symlink_target(entry: TocEntry) -> str:
    dest, src, _typecode = entry  # a SYMLINK's src is its target, relative to the link's folder
    return os.path.normpath(os.path.join(os.path.dirname(dest), src))


def _linked_closure(binaries: list[TocEntry]) -> list[TocEntry]:
    """Keep the roots and every collected library they link to, directly or not."""
    by_basename: dict[str, list[TocEntry]] = {}
    by_dest: dict[str, TocEntry] = {}
    for entry in binaries:
        by_basename.setdefault(os.path.basename(entry[0]), []).append(entry)
        by_dest[entry[0]] = entry
    kept: set[str] = set()
    todo = [entry for entry in binaries if _is_root(entry)]
    while todo:
        dest, src, typecode = todo.pop()
        if dest in kept:
            continue
        kept.add(dest)
        if typecode == "SYMLINK":
            target = _symlink_target((dest, src, typecode))
            if target in by_dest:
                todo.append(by_dest[target])
            continue
        for name, _path in bindepend.get_imports(src):
            todo.extend(by_basename.get(os.path.basename(name), ()))
    return [entry for entry in binaries if entry[0] in kept]


def _size(entries: Iterable[TocEntry]) -> float:
    total = 0
    for _dest, src, typecode in entries:
        if typecode != "SYMLINK" and os.path.isfile(src):
            total += os.path.getsize(src)
    return total / 1e6


def trim(analysis: Analysis) -> None:
    """Drop Qt translations, unused Qt plugins and (Linux) libraries nothing kept links to."""
    before_binaries = list(analysis.binaries)
    before_datas = list(analysis.datas)
    analysis.datas = [entry for entry in before_datas if _keep_entry(entry[0])]
    binaries = [entry for entry in before_binaries if _keep_entry(entry[0])]
    if PRUNE_UNREFERENCED_LIBRARIES:
        binaries = _linked_closure(binaries)
    analysis.binaries = binaries
    # PyInstaller files the top-level symlinks to libraries in subfolders under datas; drop the
    # ones whose target was dropped, or the bundle ends up with dangling links.
    kept = {entry[0] for entry in binaries} | {entry[0] for entry in analysis.datas}
    analysis.datas = [
        entry for entry in analysis.datas if entry[2] != "SYMLINK" or _symlink_target(entry) in kept
    ]

    dropped = [e for e in before_binaries if e not in binaries]
    dropped_data = [e for e in before_datas if e not in analysis.datas]
    logger.info(
        "trim: dropped %d binaries (%.1f MB) and %d data files (%.1f MB)",
        len(dropped),
        _size(dropped),
        len(dropped_data),
        _size(dropped_data),
    )
    for dest, _src, _typecode in sorted(dropped):
        logger.debug("trim: dropped %s", dest)


def third_party_licences(analysis: Analysis, own_distribution: str | None) -> list[TocEntry]:
    """Licence files of the third-party code that the analysis put in the bundle.

    - every installed Python distribution with modules or binaries in the bundle: the licence files
      in its dist-info (PySide6 and shiboken6 wheels ship none; THIRD-PARTY-NOTICES.txt and the
      committed LGPL/GPL texts cover them);
    - Python's own licence, from the interpreter's installation;
    - on Debian and Ubuntu, the copyright file of each package that supplied a system library;
    - VERSIONS.txt: which version of each of these went in.
    """
    top_levels = {name.split(".")[0] for name, _src, _typecode in analysis.pure}
    top_levels |= {dest.replace("\\", "/").split("/")[0] for dest, _s, _t in analysis.binaries}
    packages = importlib.metadata.packages_distributions()
    distributions = sorted({d for top in top_levels for d in packages.get(top, ())})

    entries: list[TocEntry] = []
    versions = [f"Python {sys.version.split()[0]}"]
    for dist_name in distributions:
        dist = importlib.metadata.distribution(dist_name)
        name = dist.metadata["Name"]
        key = name.lower().replace("_", "-")
        if own_distribution and key == own_distribution.lower():
            continue
        versions.append(f"{name} {dist.version}")
        files = [
            f
            for f in dist.files or ()
            if f.parts[0].endswith(".dist-info")
            and ((len(f.parts) > 2 and f.parts[1] == "licenses") or _LICENCE_FILE.match(f.name))
        ]
        if not files and key not in _COVERED_BY_QT_NOTICE:
            logger.warning("licences: %s ships no licence file; add its notice by hand", name)
        for f in files:
            rel = Path(*f.parts[2:]) if f.parts[1] == "licenses" else Path(f.name)
            entries.append(
                (
                    f"{THIRD_PARTY_LICENCES}/{name}/{rel.as_posix()}",
                    str(dist.locate_file(f)),
                    "DATA",
                )
            )

    for candidate in (
        Path(sysconfig.get_paths()["stdlib"]) / "LICENSE.txt",  # Linux, macOS
        Path(sys.base_prefix) / "LICENSE.txt",  # Windows
    ):
        if candidate.is_file():
            entries.append((f"{THIRD_PARTY_LICENCES}/Python/LICENSE.txt", str(candidate), "DATA"))
            break
    else:
        logger.warning("licences: Python's LICENSE.txt not found; add it by hand")

    system_entries, system_versions = _system_library_notices(analysis)
    entries += system_entries
    versions += system_versions

    listing = Path(CONF["workpath"]) / "third-party-versions.txt"
    listing.write_text(
        "Third-party software in this bundle, with the version that was built in:\n\n"
        + "\n".join(versions)
        + "\n",
        encoding="utf-8",
    )
    entries.append((f"{THIRD_PARTY_LICENCES}/VERSIONS.txt", str(listing), "DATA"))
    return entries


def _system_library_notices(analysis: Analysis) -> tuple[list[TocEntry], list[str]]:
    """Debian/Ubuntu copyright files of the packages that supplied bundled system libraries."""
    if not IS_LINUX or shutil.which("dpkg-query") is None:
        return [], []
    paths = set()
    for _dest, src, typecode in analysis.binaries:
        if typecode == "SYMLINK" or not src.startswith(("/lib", "/usr/lib")):
            continue
        real = os.path.realpath(src)
        # With merged /usr, dpkg may know a file under either /lib or /usr/lib.
        paths |= {
            src,
            real,
            re.sub(r"^/usr/lib/", "/lib/", real),
            re.sub(r"^/lib/", "/usr/lib/", real),
        }
    if not paths:
        return [], []
    found = subprocess.run(
        ["dpkg-query", "-S", *sorted(paths)], capture_output=True, text=True, check=False
    ).stdout
    packages = sorted({line.split(":")[0] for line in found.splitlines() if ": /" in line})
    listed = subprocess.run(
        ["dpkg-query", "-W", "-f=${Package} ${Version}\n", *packages],
        capture_output=True,
        text=True,
        check=False,
    ).stdout.splitlines()

    entries: list[TocEntry] = []
    common: set[str] = set()
    for package in packages:
        copyright_file = Path("/usr/share/doc") / package / "copyright"
        if not copyright_file.is_file():
            logger.warning("licences: %s has no copyright file on this machine", copyright_file)
            continue
        entries.append(
            (f"{THIRD_PARTY_LICENCES}/system/{package}.copyright.txt", str(copyright_file), "DATA")
        )
        text = copyright_file.read_text(encoding="utf-8", errors="replace")
        common |= {
            m.rstrip(".") for m in re.findall(r"/usr/share/common-licenses/([\w.+-]+)", text)
        }
    for name in sorted(common):
        path = Path("/usr/share/common-licenses") / name
        if path.is_file():
            entries.append(
                (f"{THIRD_PARTY_LICENCES}/system/common-licenses/{name}", str(path), "DATA")
            )
    return entries, [f"{line} (Debian/Ubuntu package)" for line in listed]


def _numeric_version(version: str) -> tuple[int, int, int, int]:
    release = re.match(r"\d+(?:\.\d+)*", version)
    parts = [int(p) for p in release.group(0).split(".")] if release else []
    padded = [*parts, 0, 0, 0, 0][:4]
    return (padded[0], padded[1], padded[2], padded[3])


def windows_version_info(
    version: str, *, product: str, description: str, filename: str, copyright: str
) -> object:
    """A VERSIONINFO resource, shown in Explorer's Properties -> Details (Windows only)."""
    from PyInstaller.utils.win32 import versioninfo as vi

    numbers = _numeric_version(version)
    strings = {
        "CompanyName": copyright.removeprefix("Copyright (c) "),
        "FileDescription": description,
        "FileVersion": version,
        "InternalName": os.path.splitext(filename)[0],
        "LegalCopyright": copyright,
        "OriginalFilename": filename,
        "ProductName": product,
        "ProductVersion": version,
    }
    return vi.VSVersionInfo(
        ffi=vi.FixedFileInfo(filevers=numbers, prodvers=numbers),
        kids=[
            vi.StringFileInfo(
                [vi.StringTable("040904B0", [vi.StringStruct(k, v) for k, v in strings.items()])]
            ),
            vi.VarFileInfo([vi.VarStruct("Translation", [0x0409, 1200])]),  # en-US, Unicode
        ],
    )


@dataclass(frozen=True)
class App:
    """What differs between the app and the baseline; everything else is build_bundles()."""

    name: str  # one-folder bundle, its GUI executable, and the macOS .app
    gui_script: str
    onefile_name: str  # the one-file GUI executable
    version: str = "0.0.0"
    product: str = ""
    copyright: str = ""
    package: str | None = None  # our import package: checked against the excludes
    distribution: str | None = None  # our own distribution: its licence is committed already
    cli_script: str | None = None  # a console executable shipped next to the GUI
    cli_name: str = ""
    pathex: Sequence[str] = ()
    datas: Sequence[tuple[str, str]] = ()
    ico: str | None = None  # Windows
    icns: str | None = None  # macOS
    bundle_identifier: str | None = None  # macOS
    info_plist: dict[str, object] = field(default_factory=dict)


def _analyse(app: App, script: str) -> tuple[Analysis, PYZ]:
    analysis = Analysis(
        [script],
        pathex=list(app.pathex),
        datas=list(app.datas),
        excludes=excludes(),
        noarchive=False,
        optimize=0,  # keep docstrings and asserts, as a pip install has them
    )
    if app.package:
        check_no_excluded_import(analysis, app.package)
    trim(analysis)
    return analysis, PYZ(analysis.pure)


def build_bundles(app: App) -> None:
    """Build the one-folder bundle, the one-file executables, or both (AGORA_BUNDLE)."""
    onedir, onefile = bundle_mode()
    gui, gui_pyz = _analyse(app, app.gui_script)
    gui.datas += third_party_licences(gui, app.distribution)
    cli = cli_pyz = None
    if app.cli_script:
        cli, cli_pyz = _analyse(app, app.cli_script)

    def exe_options(filename: str, description: str) -> dict[str, object]:
        options: dict[str, object] = {"strip": STRIP, "upx": False}
        if IS_WIN:
            options["icon"] = app.ico
            options["version"] = windows_version_info(
                app.version,
                product=app.product or app.name,
                description=description,
                filename=filename + ".exe",
                copyright=app.copyright,
            )
        elif IS_MAC:
            options["icon"] = app.icns
        return options

    gui_desc = app.product or app.name
    cli_desc = f"{gui_desc} command line"
    if onedir:
        targets: list[object] = [
            EXE(
                gui_pyz,
                gui.scripts,
                exclude_binaries=True,
                name=app.name,
                console=False,
                **exe_options(app.name, gui_desc),
            ),
            gui.binaries,
            gui.datas,
        ]
        if cli is not None:
            # A second executable in the same folder shares the Qt-free part of the bundle.
            targets += [
                EXE(
                    cli_pyz,
                    cli.scripts,
                    exclude_binaries=True,
                    name=app.cli_name,
                    console=True,
                    **exe_options(app.cli_name, cli_desc),
                ),
                cli.binaries,
                cli.datas,
            ]
        coll = COLLECT(*targets, strip=STRIP, upx=False, name=app.name)
        if IS_MAC:
            BUNDLE(
                coll,
                name=f"{app.name}.app",
                icon=app.icns,
                bundle_identifier=app.bundle_identifier,
                version=app.version,
                info_plist={
                    "CFBundleName": app.product or app.name,
                    "CFBundleDisplayName": app.product or app.name,
                    "CFBundleShortVersionString": app.version,
                    "CFBundleVersion": app.version,
                    "NSHumanReadableCopyright": app.copyright,
                    "NSHighResolutionCapable": True,
                    **app.info_plist,
                },
            )
    if onefile:
        # macOS GUIs ship as the .app above; a one-file GUI there would be a bare Unix binary.
        if not IS_MAC:
            EXE(
                gui_pyz,
                gui.scripts,
                gui.binaries,
                gui.datas,
                name=app.onefile_name,
                console=False,
                **exe_options(app.onefile_name, gui_desc),
            )
        if cli is not None:
            EXE(
                cli_pyz,
                cli.scripts,
                cli.binaries,
                cli.datas,
                name=app.cli_name,
                console=True,
                **exe_options(app.cli_name, cli_desc),
            )
