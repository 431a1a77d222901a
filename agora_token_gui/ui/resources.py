"""Find bundled resources (icons, licences) in a checkout or a PyInstaller bundle."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # imported by app_icon(): creating QIcon takes ~1.5 ms, after the first frame
    from PySide6.QtGui import QIcon

# The window icon's sizes. Qt's X11 backend turns every size into _NET_WM_ICON data, and the icon
# keeps each decoded pixmap for good: 512x512 alone is 1 MiB (idle RSS under xcb went from 72.4 to
# 70.5 MiB without it). Window managers draw window icons far smaller, and launchers take the big
# one from the desktop entry. On macOS the window icon becomes the Dock icon: that one needs 512.
_ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, *((512,) if sys.platform == "darwin" else ()))


def resource_path(name: str) -> Path:
    """Return ``resources/<name>``: from the PyInstaller bundle when frozen, else the checkout."""
    bundle = getattr(sys, "_MEIPASS", None)
    if isinstance(bundle, str):
        candidate = Path(bundle) / "resources" / name
        if candidate.exists():
            return candidate
    return Path(__file__).resolve().parents[2] / "resources" / name


def app_icon() -> QIcon:
    """The window icon from the PNG sizes above that exist (else the SVG); empty if neither is."""
    from PySide6.QtGui import QIcon

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
