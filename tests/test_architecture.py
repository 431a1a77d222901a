"""The core and the CLI stay pure: no Qt on import, standard library only, import contracts kept."""

from __future__ import annotations

import ast
import importlib
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


PACKAGE_DIR = CORE_DIR.parent
ALL_MODULES = sorted(
    m.name for m in pkgutil.walk_packages([str(PACKAGE_DIR)], prefix="agora_token_gui.")
)


def _module_file(name: str) -> Path:
    path = PACKAGE_DIR.parent.joinpath(*name.split("."))
    return path / "__init__.py" if path.is_dir() else path.with_suffix(".py")


def _runtime_nodes(tree: ast.AST) -> list[ast.AST]:
    """Every node but those under ``if TYPE_CHECKING:`` (imports for the type checker only)."""
    nodes: list[ast.AST] = []
    pending = [tree]
    while pending:
        node = pending.pop()
        nodes.append(node)
        for child in ast.iter_child_nodes(node):
            if (
                isinstance(child, ast.If)
                and isinstance(child.test, ast.Name)
                and child.test.id == "TYPE_CHECKING"
            ):
                pending.extend(child.orelse)
                continue
            pending.append(child)
    return nodes


def _imported_modules(name: str) -> set[str]:
    """The project's modules ``name`` imports anywhere in it (function-level imports too)."""
    path = _module_file(name)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in _runtime_nodes(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parent = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                base = f"{parent}.{base}" if base else parent
            # "from package import module" imports the module; "from module import name" not.
            targets = [base, *(f"{base}.{alias.name}" for alias in node.names)]
        else:
            continue
        found.update(t for t in targets if t in ALL_MODULES or t == "agora_token_gui")
    found.discard(name)
    return found


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph.get(node, ())):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_every_module_imports_and_no_two_import_each_other() -> None:
    assert len(ALL_MODULES) > 60
    for name in ALL_MODULES:
        importlib.import_module(name)
    # A package importing its own modules (cli/__init__ registering its commands) is no cycle:
    # only imports between modules, and from a module to a package other than its own, count.
    graph: dict[str, set[str]] = {}
    for name in ALL_MODULES:
        own = name if _module_file(name).name == "__init__.py" else name.rpartition(".")[0]
        graph[name] = {
            target
            for target in _imported_modules(name)
            if not (own.startswith(target) and _module_file(target).name == "__init__.py")
        }
    assert _cycles(graph) == []


def test_the_cycle_finder_finds_a_cycle() -> None:
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
