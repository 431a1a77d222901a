"""Where the public vectors of more-formats.md live: $AGORA_MORE_VECTORS, the shared spec beside
the checkout, else the copy in tests/data (checked equal to the shared file when both exist)."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "spec" / "more-vectors.json"
VENDORED = ROOT / "tests" / "data" / "more-vectors.json"
PATH = Path(os.environ.get("AGORA_MORE_VECTORS", SHARED if SHARED.is_file() else VENDORED))

ALL: list[dict[str, Any]] = json.loads(PATH.read_text(encoding="utf-8"))["vectors"]
WHITEBOARD = [v for v in ALL if v["format"] == "whiteboard"]
STREAM_KEY = [v for v in ALL if v["format"] == "stream_key"]
BUILD = [v for v in ALL if v["kind"] == "build"]


def ids(vectors: list[dict[str, Any]]) -> list[str]:
    return [v["id"] for v in vectors]
