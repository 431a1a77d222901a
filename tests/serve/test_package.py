"""The server package is standard library only (keyring on demand) and never loads Qt."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import agora_token_gui.serve
from tests.test_architecture import imports_of

SERVE_DIR = Path(agora_token_gui.serve.__file__).parent


@pytest.mark.parametrize("path", sorted(SERVE_DIR.glob("*.py")), ids=lambda p: p.name)
def test_the_server_imports_only_the_standard_library_and_the_core(path: Path) -> None:
    for level, module, nested in imports_of(path):
        if level == 0 and nested and module == "keyring":
            continue  # profile_store: the keychain, only for --profile (the gui extra)
        if level == 0:
            assert module.split(".")[0] in sys.stdlib_module_names, f"{path.name}: {module}"
        elif level == 2:
            assert module.startswith("core"), f"{path.name} imports ..{module}"
        else:
            assert level == 1, f"{path.name} imports {'.' * level}{module}"


def test_importing_the_server_leaves_qt_out() -> None:
    code = (
        "import sys, agora_token_gui.serve.server, agora_token_gui.serve.log, "
        "agora_token_gui.serve.config\n"
        "sys.exit(1 if [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))] else 0)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
