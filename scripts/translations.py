"""Translations: scripts/translations.py build | update [MODULE ...] | check | todo | fill FILE.

The catalogue of a language is one ``.ts`` file per source module that has strings for people:
``resources/i18n/<language>/<module>.ts`` (``ui.main_window.ts`` holds the strings of
agora_token_gui/ui/main_window.py, ``core.diagnose.ts`` those of agora_token_gui/core/diagnose.py).
One file per module rather than one per language so that whoever changes a module's strings
changes that module's catalogue only: parallel work on different modules never conflicts in a
shared file, and a review sees the English and the translation change together.

* build   compile each language's .ts files into the one .qm file the app loads,
          resources/i18n/agora_token_gui_<language>.qm (pyside6-lrelease); run by `make run`,
          `make test`, `make screenshots` and the bundle build (build_app.spec). Beside it,
          agora_token_gui_<language>.json: the entries of the empty context (the core's and the
          CLI's msg() templates) for the CLI, which cannot load a .qm without Qt (read by
          agora_token_gui/core/text.py: translate; git-ignored like the .qm).
* update  re-read the sources (all, or the MODULEs given as paths or dotted names) into their .ts
          files (pyside6-lupdate), dropping vanished entries and the files of modules that no
          longer have strings; then translate what is new (`.venv/bin/pyside6-linguist FILE.ts`,
          an editor, or `fill`).
* check   fail, listing them, when the sources have strings the .ts files do not translate yet,
          or the .ts files keep entries (or whole files) the sources no longer have
          (run by `make test`).
* todo    list the entries still untranslated, module by module.
* fill    FILE is a JSON object {English source: translation} (or {context: {source:
          translation}}); every untranslated entry with that source gets the translation.

The sources are the agora_token_gui package: the GUI's self.tr()/QCoreApplication.translate()
and the core's msg() (agora_token_gui/core/text.py), which lupdate reads as QT_TR_NOOP.
Locations are left out of the .ts files so that moving code inside a module does not change them.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "resources" / "i18n"
PACKAGE = ROOT / "agora_token_gui"
CATALOGUE = "agora_token_gui"
LUPDATE_OPTIONS = ["-tr-function-alias", "QT_TR_NOOP+=msg", "-locations", "none", "-silent"]
# A module is read by lupdate only when it could hold a string for people.
MARKED = re.compile(r"\b(?:tr|translate|msg|QT_TR_NOOP|QT_TRANSLATE_NOOP)\(")


def tool(name: str) -> str:
    """pyside6-lupdate/-lrelease next to this Python (the venv), else on PATH."""
    here = Path(sys.executable).parent / name
    found = str(here) if here.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: it comes with PySide6-Essentials (make venv)")
    return found


def languages() -> list[str]:
    return sorted(p.name for p in FOLDER.iterdir() if p.is_dir() and not p.name.startswith("."))


def module_name(source: Path) -> str:
    """agora_token_gui/ui/main_window.py -> ui.main_window."""
    return ".".join(source.relative_to(PACKAGE).with_suffix("").parts)


def source_of(name: str) -> Path:
    return PACKAGE.joinpath(*name.split(".")).with_suffix(".py")


def marked_sources() -> list[Path]:
    return [p for p in sorted(PACKAGE.rglob("*.py")) if MARKED.search(p.read_text("utf-8"))]


def ts_path(language: str, name: str) -> Path:
    return FOLDER / language / f"{name}.ts"


def messages(ts: Path) -> Iterable[tuple[str, ET.Element]]:
    """(context name, <message>) of a .ts file."""
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message


def lupdate(source: Path, ts: Path, language: str, *extra: str) -> None:
    """Read one module's strings into ``ts`` (created if new)."""
    subprocess.run(
        [
            tool("pyside6-lupdate"),
            *LUPDATE_OPTIONS,
            *("-target-language", language, *extra, str(source), "-ts", str(ts)),
        ],
        check=True,
        cwd=ROOT,
    )


def _parallel(work: Iterable[tuple[object, ...]], function: object) -> list[object]:
    with ThreadPoolExecutor(max_workers=max(2, os.cpu_count() or 2)) as pool:
        return list(pool.map(lambda args: function(*args), work))  # type: ignore[operator]


# --- build ----------------------------------------------------------------------------------


def qm_path(language: str) -> Path:
    return FOLDER / f"{CATALOGUE}_{language}.qm"


def json_path(language: str) -> Path:
    return FOLDER / f"{CATALOGUE}_{language}.json"


def write_json(language: str, sources: list[Path]) -> None:
    """The CLI's catalogue: {"messages": {template: translation}} of the empty context.

    Finished translations only, as lrelease compiles them; when two modules translate the same
    template differently, the first module (by name) wins and the clash is printed.
    """
    found: dict[str, str] = {}
    origin: dict[str, str] = {}
    for ts in sources:
        for context, message in messages(ts):
            translation = message.find("translation")
            source = message.findtext("source") or ""
            if context or translation is None or translation.get("type") or not translation.text:
                continue
            if source in found and found[source] != translation.text:
                print(f"{ts.name}: {source!r} is translated differently in {origin[source]}")
                continue
            found.setdefault(source, translation.text)
            origin.setdefault(source, ts.name)
    document = {"language": language, "messages": dict(sorted(found.items()))}
    text = json.dumps(document, ensure_ascii=False, separators=(",", ":"))
    json_path(language).write_text(text + "\n", encoding="utf-8")


def build() -> int:
    for language in languages():
        folder = FOLDER / language
        sources = sorted(folder.glob("*.ts"))
        qm = qm_path(language)
        newest = max([folder.stat().st_mtime, *(ts.stat().st_mtime for ts in sources)])
        built = [path for path in (qm, json_path(language)) if path.exists()]
        if len(built) == 2 and min(path.stat().st_mtime for path in built) >= newest:
            continue
        subprocess.run(
            [tool("pyside6-lrelease"), "-silent", *map(str, sources), "-qm", str(qm)],
            check=True,
            cwd=ROOT,
        )
        write_json(language, sources)
        print(f"built {qm.relative_to(ROOT)} and its .json from {len(sources)} .ts files")
    return 0


# --- update ---------------------------------------------------------------------------------


def _update_one(source: Path, language: str) -> str:
    ts = ts_path(language, module_name(source))
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / ts.name
        if ts.exists():
            shutil.copyfile(ts, copy)
        lupdate(source, copy, language, "-no-obsolete")
        has_messages = any(True for _ in messages(copy))
        if has_messages:
            if not ts.exists() or ts.read_bytes() != copy.read_bytes():
                shutil.copyfile(copy, ts)
                return f"updated {ts.relative_to(ROOT)}"
        elif ts.exists():
            ts.unlink()
            return f"removed {ts.relative_to(ROOT)} (no strings left)"
    return ""


def selected(names: list[str]) -> list[Path]:
    if not names:
        return marked_sources()
    chosen = []
    for name in names:
        path = Path(name)
        source = (ROOT / path).resolve() if path.suffix == ".py" else source_of(name)
        if not source.exists():
            raise SystemExit(f"no module {name} (give agora_token_gui/x/y.py or x.y)")
        chosen.append(source)
    return chosen


def update(names: list[str]) -> int:
    sources = selected(names)
    for language in languages():
        lines = _parallel([(s, language) for s in sources], _update_one)
        for line in lines:
            if line:
                print(line)
        if not names:  # a whole update also drops the files of modules that are gone
            known = {module_name(s) for s in sources}
            for ts in sorted((FOLDER / language).glob("*.ts")):
                if ts.stem not in known:
                    ts.unlink()
                    print(f"removed {ts.relative_to(ROOT)} (its module has no strings)")
    return 0


# --- check and todo ---------------------------------------------------------------------------


def _entry_problems(ts: Path) -> list[str]:
    found = []
    for context, message in messages(ts):
        translation = message.find("translation")
        kind = "" if translation is None else translation.get("type", "")
        text = "" if translation is None else (translation.text or "")
        plural = translation is not None and len(translation) > 0
        if kind in ("unfinished", "obsolete", "vanished") or (not text and not plural):
            source = message.findtext("source") or ""
            found.append(f"{kind or 'empty'}: [{context}] {source!r}")
    return found


def _check_one(source: Path, language: str) -> list[str]:
    ts = ts_path(language, module_name(source))
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / ts.name
        if ts.exists():
            shutil.copyfile(ts, copy)
        lupdate(source, copy, language)
        if not ts.exists():
            listed = _entry_problems(copy)
            return [f"missing file, {len(listed)} strings"] if listed else []
        return _entry_problems(copy)


def check() -> int:
    failed = False
    sources = marked_sources()
    known = {module_name(s) for s in sources}
    for language in languages():
        results = _parallel([(s, language) for s in sources], _check_one)
        for source, listed in zip(sources, results, strict=True):
            if listed:
                failed = True
                ts = ts_path(language, module_name(source))
                print(f"{ts.relative_to(ROOT)}: {len(listed)} entries need work", file=sys.stderr)
                for line in listed:  # type: ignore[attr-defined]
                    print(f"  {line}", file=sys.stderr)
        for ts in sorted((FOLDER / language).glob("*.ts")):
            if ts.stem not in known:
                failed = True
                print(f"{ts.relative_to(ROOT)}: no module {ts.stem} has strings", file=sys.stderr)
        for line in clashes(language):
            failed = True
            print(line, file=sys.stderr)
    if failed:
        print(
            "Run `make translations-update`, translate the new entries (pyside6-linguist, an "
            "editor, or `scripts/translations.py fill`), and commit the .ts files.",
            file=sys.stderr,
        )
        return 1
    counts = {lang: len(list((FOLDER / lang).glob("*.ts"))) for lang in languages()}
    print("translations complete: " + ", ".join(f"{k} ({n} modules)" for k, n in counts.items()))
    return 0


def clashes(language: str) -> list[str]:
    """The same source in the same context translated differently by two modules' files.

    lrelease merges the files into one .qm and keeps only one of the translations, without saying
    which: the modules sharing a sentence (the core's context is shared) must agree on it.
    """
    seen: dict[tuple[str, str], dict[str, list[str]]] = {}
    for ts in sorted((FOLDER / language).glob("*.ts")):
        for context, message in messages(ts):
            source = message.findtext("source") or ""
            translation = message.findtext("translation") or ""
            seen.setdefault((context, source), {}).setdefault(translation, []).append(ts.stem)
    found = []
    for (context, source), translations in sorted(seen.items()):
        if len(translations) > 1:
            ways = "; ".join(f"{t!r} in {', '.join(m)}" for t, m in translations.items())
            found.append(f"{language}: [{context}] {source!r} is translated two ways: {ways}")
    return found


def todo() -> int:
    total = 0
    for language in languages():
        for ts in sorted((FOLDER / language).glob("*.ts")):
            listed = _entry_problems(ts)
            total += len(listed)
            for line in listed:
                print(f"{ts.relative_to(ROOT)}: {line}")
    print(f"{total} entries untranslated", file=sys.stderr)
    return 0


# --- fill -----------------------------------------------------------------------------------


def fill(path: str) -> int:
    data = json.loads(Path(path).read_text("utf-8"))
    if not isinstance(data, dict):
        raise SystemExit(f"{path}: expected a JSON object")
    flat: dict[str, str] = {}
    by_context: dict[tuple[str, str], str] = {}
    for key, value in data.items():
        if isinstance(value, dict):
            by_context.update({(key, s): t for s, t in value.items()})
        else:
            flat[key] = value
    filled = 0
    for language in languages():
        for ts in sorted((FOLDER / language).glob("*.ts")):
            tree = ET.parse(ts)
            changed = False
            for context in tree.getroot().iter("context"):
                name = context.findtext("name") or ""
                for message in context.iter("message"):
                    translation = message.find("translation")
                    source = message.findtext("source") or ""
                    if translation is None or translation.get("type") != "unfinished":
                        continue
                    text = by_context.get((name, source), flat.get(source))
                    if text:
                        translation.text = text
                        del translation.attrib["type"]
                        changed = True
                        filled += 1
            if changed:
                tree.write(ts, encoding="utf-8", xml_declaration=True)
                source_file = source_of(ts.stem)
                if source_file.exists():  # lupdate writes the file back in its own layout
                    lupdate(source_file, ts, language, "-no-obsolete")
    print(f"filled {filled} entries")
    return 0


def main(argv: list[str]) -> int:
    command = argv[1] if len(argv) > 1 else ""
    if command in ("build", "check", "todo") and len(argv) == 2:
        return {"build": build, "check": check, "todo": todo}[command]()
    if command == "update":
        return update(argv[2:])
    if command == "fill" and len(argv) == 3:
        return fill(argv[2])
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
