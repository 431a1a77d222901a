"""The core's finished Simplified Chinese translations, read from the committed .ts sources.

The core's msg() templates have the empty context (core/text.py); a translation is finished when
it is neither unfinished, obsolete nor vanished and not empty. Read from the .ts files rather than
the built .qm or JSON, so that a quick `pytest tests/core` needs no `make translations`.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from agora_token_gui.core.text import CONTEXT

FOLDER = Path(__file__).resolve().parents[1] / "resources" / "i18n" / "zh_CN"


def core_translations() -> dict[str, str]:
    """{English template: Chinese} for every finished entry of the core's context."""
    found: dict[str, str] = {}
    for ts in sorted(FOLDER.glob("*.ts")):
        for context in ET.parse(ts).getroot().iter("context"):
            if (context.findtext("name") or "") != CONTEXT:
                continue
            for message in context.iter("message"):
                translation = message.find("translation")
                if translation is None or translation.get("type") is not None:
                    continue
                if translation.text:
                    found[message.findtext("source") or ""] = translation.text
    return found
