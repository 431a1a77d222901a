"""Find bundled resources (icons, licences) in a checkout or a PyInstaller bundle."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtGui import QIcon

_ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def resource_path(name: str) -> Path:
    """Return ``resources/<name>``: from the PyInstaller bundle when frozen, else the checkout."""
    bundle = getattr(sys, "_MEIPASS", None)
    if isinstance(bundle, str):
        candidate = Path(bundle) / "resources" / name
        if candidate.exists():
            return candidate
    return Path(__file__).resolve().parents[2] / "resources" / name


def app_icon() -> QIcon:
    """The window icon from every PNG size that exists (and the SVG); empty if none is found."""
    icon = QIcon()
    for size in _ICON_SIZES:
        path = resource_path(f"icons/app-{size}.png")
        if path.is_file():
            icon.addFile(str(path))
    if icon.isNull():
        svg = resource_path("icons/app.svg")
        if svg.is_file():
            icon.addFile(str(svg))
    return icon
