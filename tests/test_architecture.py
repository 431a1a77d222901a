"""The core and the CLI stay pure: no Qt on import, standard library only, import contracts kept."""

from __future__ import annotations

import ast
import pkgutil
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import agora_token_gui.core

CORE_DIR = Path(agora_token_gui.core.__file__).parent
CORE_MODULES = sorted(
    f"agora_token_gui.core.{m.name}" for m in pkgutil.iter_modules([str(CORE_DIR)])
)
QT = ("PySide6", "shiboken6")
# Optional extras: imported only inside functions of the one module that needs them (lazily), so
# importing the core or the CLI never loads them.
OPTIONAL = {"cryptography": {"stream_key.py"}}
NEVER_ON_IMPORT = (*QT, "cryptography", "msgpack")


def test_core_modules_are_found() -> None:
    assert {"agora_token_gui.core.request", "agora_token_gui.core.detect"} <= set(CORE_MODULES)


@pytest.mark.parametrize(
    "modules",
    [["agora_token_gui.core", *CORE_MODULES, "agora_token_gui.cli"], ["agora_token_gui.cli"]],
    ids=["core and cli", "cli alone"],
)
def test_importing_the_core_and_the_cli_leaves_qt_out(modules: list[str]) -> None:
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        f"loaded = sorted(m for m in sys.modules if m.split('.')[0] in {NEVER_ON_IMPORT!r})\n"
        "print(','.join(loaded))\n"
        "sys.exit(1 if loaded else 0)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr


def imports_of(path: Path) -> list[tuple[int, str, bool]]:
    """(relative level, module, inside a function) for every import statement in a file."""
    found: list[tuple[int, str, bool]] = []
    tree = ast.parse(path.read_text(encoding="utf-8"))
    nested = {
        id(inner)
        for node in ast.walk(tree)
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
        for inner in ast.walk(node)
    }
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(0, alias.name, id(node) in nested) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            found.append((node.level, node.module or "", id(node) in nested))
    return found


@pytest.mark.parametrize("path", sorted(CORE_DIR.glob("*.py")), ids=lambda p: p.name)
def test_the_core_imports_only_the_standard_library(path: Path) -> None:
    for level, module, in_function in imports_of(path):
        if level == 0:
            top = module.split(".")[0]
            if path.name in OPTIONAL.get(top, ()) and in_function:
                continue  # an optional extra, imported on first use
            assert top in sys.stdlib_module_names, f"{path.name} imports {module}"
        else:  # relative imports must stay inside agora_token_gui.core
            assert level == 1, f"{path.name} imports {'.' * level}{module}"


def test_import_linter_contracts_are_kept() -> None:
    exe = Path(sys.executable).with_name("lint-imports")
    command = str(exe) if exe.exists() else shutil.which("lint-imports")
    if command is None:
        pytest.skip("import-linter is not installed")
    root = Path(__file__).resolve().parent.parent
    done = subprocess.run(
        [command, "--no-cache"], cwd=root, capture_output=True, text=True, check=False, timeout=300
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    assert "0 broken" in done.stdout
