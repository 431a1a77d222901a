"""Translations: python scripts/translations.py build | update | check.

* build   compile every resources/i18n/*.ts into the .qm file the app loads (pyside6-lrelease);
          run by `make run`, `make test`, `make screenshots` and the bundle build (build_app.spec).
* update  re-read the sources into the .ts files (pyside6-lupdate), dropping vanished entries;
          then translate what is new (Qt Linguist: `.venv/bin/pyside6-linguist FILE.ts`, or edit).
* check   fail, listing them, when the sources have strings the .ts files do not translate yet,
          or the .ts files keep entries the sources no longer have (run by `make test`).

The sources are the agora_token_gui package: the GUI's self.tr()/QCoreApplication.translate()
and the core's msg() (agora_token_gui/core/text.py), which lupdate reads as QT_TR_NOOP.
Locations are left out of the .ts files so that moving code does not change them.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "resources" / "i18n"
SOURCES = ROOT / "agora_token_gui"
LUPDATE_OPTIONS = ["-tr-function-alias", "QT_TR_NOOP+=msg", "-locations", "none", "-silent"]


def tool(name: str) -> str:
    """pyside6-lupdate/-lrelease next to this Python (the venv), else on PATH."""
    here = Path(sys.executable).parent / name
    found = str(here) if here.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: it comes with PySide6-Essentials (make venv)")
    return found


def ts_files() -> list[Path]:
    return sorted(FOLDER.glob("*.ts"))


def source_files() -> list[str]:
    return [str(p) for p in sorted(SOURCES.rglob("*.py"))]


def lupdate(ts: Path, *extra: str) -> None:
    subprocess.run(
        [tool("pyside6-lupdate"), *LUPDATE_OPTIONS, *extra, *source_files(), "-ts", str(ts)],
        check=True,
        cwd=ROOT,
    )


def build() -> int:
    for ts in ts_files():
        qm = ts.with_suffix(".qm")
        if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        subprocess.run(
            [tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True, cwd=ROOT
        )
        print(f"built {qm.relative_to(ROOT)}")
    return 0


def update() -> int:
    for ts in ts_files():
        lupdate(ts, "-no-obsolete")
        print(f"updated {ts.relative_to(ROOT)}")
    return 0


def problems(ts: Path) -> list[str]:
    """What is untranslated or obsolete in ``ts`` once the sources are read into a copy of it."""
    found: list[str] = []
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / ts.name
        shutil.copyfile(ts, copy)
        lupdate(copy)
        for context in ET.parse(copy).getroot().iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                translation = message.find("translation")
                kind = "" if translation is None else translation.get("type", "")
                text = "" if translation is None else (translation.text or "")
                plural = translation is not None and len(translation) > 0
                if kind in ("unfinished", "obsolete", "vanished") or (not text and not plural):
                    source = message.findtext("source") or ""
                    found.append(f"{kind or 'empty'}: [{name}] {source!r}")
    return found


def check() -> int:
    failed = False
    for ts in ts_files():
        listed = problems(ts)
        if listed:
            failed = True
            print(f"{ts.relative_to(ROOT)}: {len(listed)} entries need work", file=sys.stderr)
            for line in listed:
                print(f"  {line}", file=sys.stderr)
    if failed:
        print(
            "Run `make translations-update`, translate the new entries (pyside6-linguist or an "
            "editor), and commit the .ts file.",
            file=sys.stderr,
        )
        return 1
    print(f"translations complete: {', '.join(p.name for p in ts_files())}")
    return 0


def main(argv: list[str]) -> int:
    commands = {"build": build, "update": update, "check": check}
    if len(argv) != 2 or argv[1] not in commands:
        print(__doc__, file=sys.stderr)
        return 2
    return commands[argv[1]]()


if __name__ == "__main__":
    sys.exit(main(sys.argv))
