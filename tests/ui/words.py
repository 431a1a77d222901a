"""What counts as untranslated on screen: the identifier allow-list and the text collectors.

Used by the Chinese walk tests (tests/ui/test_i18n_walk*.py) and by the window walk
(tests/ui/window_walk.py) when it runs in Simplified Chinese. Identifiers (token formats, Agora's
product, API, role and field names, units, keys and examples) stay in every language; any other
Latin word left in a visible text, tooltip, placeholder or accessible name is untranslated.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QPlainTextEdit,
    QTabWidget,
    QTreeWidget,
    QWidget,
)

from agora_token_gui.core.diagnose import TITLES

# Identifiers that stay in every language: token formats and Agora's product, API and field
# names, units and examples. Nothing else may be left in Latin letters.
# Identifiers that stay in every language: token formats, Agora's product, API, role and field
# names, units, keys and examples. Nothing else may be left in Latin letters.
_WORDS = [
    "AccessToken2",
    "AccessToken",
    "DynamicKey5",
    "DynamicKey4",
    "DynamicKey3",
    "DynamicKey2",
    "DynamicKey",
    "Dynamic",
    "Key",
    "v1",
    "001",
    "002",
    "003",
    "004",
    "005",
    "006",
    "007",
    "SDK",
    "RTC",
    "RTM",
    "RTM2",
    "APaaS",
    "FPA",
    "Chat",
    "OBS",
    "RTMP",
    "SRT",
    "CDN",
    "AES",
    "MD5",
    "JSON",
    "CSV",
    "UUID",
    "uuid",
    "uid",
    "Unix",
    "ISO",
    "User",
    "Account",
    "Token",
    "Key",
    "App",
    "ID",
    "Salt",
    "salt",
    "Nonce",
    "IV",
    "ts",
    "AK",
    "SK",
    "Access",
    "Secret",
    "API",
    "roomUser",
    "Publisher",
    "Subscriber",
    "Attendee",
    "Admin",
    "Writer",
    "Reader",
    "Education",
    "APSS",
    "ACS",
    "ARS",
    "MiB",
    "KB",
    "ms",
    "Ctrl",
    "Enter",
    "Shift",
    "export",
    "agora-token",
    "netless-token",
    "createToken",
    "npm",
    "Node.js",
    "Perl",
    "UTC",
    "generate",
    "SignalingToken",
    "CET",
    "GMT",
    "Agora",
    "Token",
    "GUI",
    "Language",
    "English",
    # Algorithms, encodings, protocols and HTTP names, written so in Chinese technical text too.
    "HMAC",
    "SHA1",
    "SHA256",
    "SHA",
    "CRC",
    "zlib",
    "Base64",
    "AES",
    "CTR",
    "GCM",
    "TCP",
    "HTTP",
    "HTTPS",
    "URL",
    "Authorization",
    "Bearer",
    "Basic",
    "curl",
    "RESTful",
    "REST",
    "QR",
    "MAC",
    "AI",
    "JSON Lines",
    # Agora's product, service and SDK names as the Chinese docs write them
    "ConvoAI",
    "FCDN",
    "STT",
    "Streaming",
    "Netless",
    "Fastboard",
    "NETLESSSDK_",
    "Media Gateway",
    # field and type names of the formats (whiteboard's sig, MessagePack's types)
    "sig",
    "signaling",
    "msgpack",
    "fixstr",
    "uint8",
    "uint16",
    "uint32",
    "uint64",
    # the About dialog's licence names
    "Qt for Python",
    "Qt",
    "PySide6",
    "shiboken6",
    "GNU",
    "LGPL",
    "LGPLv3",
    "GPL",
    "MIT",
    # the examples placeholders give (user data)
    "alice",
    "demo",
    "qa",
    # Diagnose's finding codes (shown beside their translated titles)
    *TITLES,
]
IDENTIFIERS = re.compile(
    r"(?<![A-Za-z0-9_])(?:"
    + "|".join(re.escape(w) for w in sorted(_WORDS, key=len, reverse=True))
    + r"|AGORA_\w+|k[A-Z]\w+|[A-Z]\w*Builder\d?(?:\.\w+)*|build_\w+|\w+_token\w*|"
    r"[0-9a-fA-F]{32}|[a-z]+_[a-z_]+|[a-z]+[A-Z]\w*|https?://\S+|"
    # file names (requests.md), example domains, action names (rtc-join), request keys before
    # their values (nonce = ...), constants (AES_128_GCM2) and URL paths (/join, /rtc/CHANNEL/...)
    r"[\w-]+\.(?:md|json|jsonl|csv|ini|txt)|[a-z]+(?:\.[a-z]+)+\.com|(?:rtc|rtm|chat|fpa)-[a-z]+|"
    r"[a-z_]+(?= = )|[A-Z0-9]+(?:_[A-Z0-9]+)+|(?<![\w/])/[\w{}.-]+(?:/[\w{}.-]*)*)(?![A-Za-z0-9_])"
)
LATIN_WORD = re.compile(r"[A-Za-z]{2,}")


def untranslated(text: str, extra: re.Pattern[str] | None = None) -> str:
    """What is left of ``text`` in Latin words once identifiers are taken out ("" if none).

    ``extra``: more identifiers, for a part of the window that shows names of its own.
    """
    plain = re.sub(r"<[^>]+>", " ", text if extra is None else extra.sub(" ", text))
    plain = plain.replace("&", "")
    plain = re.sub(r"'[^']*'", " ", plain)  # what the user typed, quoted
    plain = re.sub(r"`[^`]*`", " ", plain)  # names and values in code quotes
    plain = re.sub(r"(?m)^(?:原始值：|Raw value: ).*$", " ", plain)  # the raw value of a field
    if plain.strip().startswith("{") and plain.strip().endswith("}"):
        return ""  # a JSON example
    rest = IDENTIFIERS.sub(" ", plain)
    return " ".join(LATIN_WORD.findall(rest))


def texts(root: QWidget, *, items: bool = False) -> Iterator[tuple[str, str]]:
    """(where, text) for every visible text, tooltip, placeholder and accessible name.

    With ``items``, also the header sections of visible item views and the first column (the
    labels: the other columns hold values, often the user's own) of tree and list widgets.
    """
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        where = f"{type(widget).__name__} {widget.objectName()!r}"
        yield where + " tooltip", widget.toolTip()
        yield where + " accessible name", widget.accessibleName()
        yield where + " accessible description", widget.accessibleDescription()
        if isinstance(widget, (QLabel, QAbstractButton)):
            yield where + " text", widget.text()
        if isinstance(widget, (QLineEdit, QPlainTextEdit)):
            yield where + " placeholder", widget.placeholderText()
        if isinstance(widget, QGroupBox):
            yield where + " title", widget.title()
        if isinstance(widget, QTabWidget):
            for index in range(widget.count()):
                yield where + " tab", widget.tabText(index)
        if isinstance(widget, QComboBox):
            for index in range(widget.count()):
                yield where + " item", widget.itemText(index)
                tip = widget.itemData(index, 3)  # Qt.ItemDataRole.ToolTipRole
                yield where + " item tooltip", tip if isinstance(tip, str) else ""
        if isinstance(widget, QMenu):
            yield where + " title", widget.title()
            for action in widget.actions():
                yield where + " action", action.text()
        if items and isinstance(widget, QAbstractItemView):
            yield from _item_texts(widget, where)


def _item_texts(view: QAbstractItemView, where: str) -> Iterator[tuple[str, str]]:
    model = view.model()
    header = getattr(view, "horizontalHeader", None) or getattr(view, "header", None)
    if header is not None and header().isVisible():
        for section in range(model.columnCount()):
            label = model.headerData(section, Qt.Orientation.Horizontal)
            yield where + " header", label if isinstance(label, str) else ""
    if isinstance(view, QTreeWidget):
        pending = [view.topLevelItem(i) for i in range(view.topLevelItemCount())]
        while pending:
            item = pending.pop()
            if item is None or item.isHidden():
                continue
            yield where + " row", item.text(0)
            for column in range(item.columnCount()):
                # A value's tooltip repeats the value (the user's own data) before any words.
                tip = item.toolTip(column).removeprefix(item.text(column) if column else "")
                yield where + " row tooltip", tip
            pending += [item.child(i) for i in range(item.childCount())]
    elif isinstance(view, QListWidget):
        for index in range(view.count()):
            entry = view.item(index)
            if entry is not None and not entry.isHidden():
                yield where + " item", entry.text()
                yield where + " item tooltip", entry.toolTip()


def problems(
    root: QWidget, *, items: bool = False, extra: re.Pattern[str] | None = None
) -> list[str]:
    """Where ``root`` shows untranslated words, one sentence each (see :func:`texts`)."""
    found = []
    for where, text in texts(root, items=items):
        left = untranslated(text, extra)
        if left:
            found.append(f"{where}: {text!r} (left: {left})")
    return sorted(set(found))
