"""Read a profile saved by the desktop app without Qt, for ``agora-token serve --profile NAME``.

The app keeps profiles in QSettings (``profiles/app_ids``: a JSON object name -> App ID;
``profiles/remembered_certificates``: a JSON list of the names whose certificate is in the system
keychain) and the certificates in the keychain under the service ``agora-token-gui``
(``ui/settings.py``, ``ui/profiles.py``). QSettings is an INI file on Linux and the BSDs, the
registry on Windows and a property list on macOS; this module reads each with the standard library
and the certificate with ``keyring`` (the ``gui`` extra), imported only when asked for.
tests/serve/test_profile_store.py checks the names and the INI escaping against files that Qt
itself wrote through ``ui.settings.Settings``.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Final

from ..core.errors import InvalidInputError

ORGANIZATION: Final = "agora-token-gui"  # ui/app.py ORGANIZATION and APPLICATION
APPLICATION: Final = "agora-token-gui"
KEYCHAIN_SERVICE: Final = "agora-token-gui"  # ui/profiles.py SERVICE
GROUP: Final = "profiles"
APP_IDS: Final = "app_ids"
REMEMBERED: Final = "remembered_certificates"
MAX_SETTINGS: Final = 4 * 1024 * 1024


def ini_path() -> Path:
    """Where QSettings keeps the app's INI file (Linux and other XDG systems)."""
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / ORGANIZATION / f"{APPLICATION}.conf"


def unescape_ini(value: str) -> str:
    """A QSettings INI string value as Qt reads it (quotes removed, backslash escapes undone)."""
    out: list[str] = []
    index, size = 0, len(value)
    while index < size:
        ch = value[index]
        if ch == '"':
            index += 1
            continue
        if ch == "\\" and index + 1 < size:
            nxt = value[index + 1]
            simple = {"n": "\n", "t": "\t", "r": "\r", "a": "\a", "b": "\b", "f": "\f", "v": "\v"}
            if nxt == "x":
                end = index + 2
                while end < size and value[end] in "0123456789abcdefABCDEF":
                    end += 1
                out.append(chr(int(value[index + 2 : end], 16)) if end > index + 2 else "x")
                index = end
                continue
            out.append(simple.get(nxt, nxt))
            index += 2
            continue
        out.append(ch)
        index += 1
    return "".join(out).strip() if not value.startswith('"') else "".join(out)


def read_ini(path: Path) -> dict[str, str]:
    """``key -> raw value`` of the ``[profiles]`` group of a QSettings INI file ({} if none)."""
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_SETTINGS + 1)
    except FileNotFoundError:
        return {}
    except OSError as exc:
        raise InvalidInputError(
            f"Cannot read the app's settings {path} ({exc.strerror}).", "profile"
        ) from exc
    text = data[:MAX_SETTINGS].decode("utf-8", errors="replace")
    group = ""
    found: dict[str, str] = {}
    for raw in text.splitlines():
        line = raw.strip()
        if line.startswith("[") and line.endswith("]"):
            group = line[1:-1]
            continue
        if group != GROUP or "=" not in line:
            continue
        key, _, value = line.partition("=")
        found[key.strip()] = value.strip()
    return found


def _stored_values() -> tuple[str | None, str | None, str]:
    """(app_ids JSON, remembered JSON, where) from this platform's QSettings store."""
    if sys.platform == "win32":
        import winreg

        where = rf"HKEY_CURRENT_USER\Software\{ORGANIZATION}\{APPLICATION}\{GROUP}"
        try:
            with winreg.OpenKey(
                winreg.HKEY_CURRENT_USER, rf"Software\{ORGANIZATION}\{APPLICATION}\{GROUP}"
            ) as key:
                values = []
                for name in (APP_IDS, REMEMBERED):
                    try:
                        values.append(str(winreg.QueryValueEx(key, name)[0]))
                    except OSError:
                        values.append("")
                return values[0] or None, values[1] or None, where
        except OSError:
            return None, None, where
    if sys.platform == "darwin":
        import plistlib

        path = Path.home() / "Library" / "Preferences" / f"com.{ORGANIZATION}.{APPLICATION}.plist"
        try:
            with path.open("rb") as handle:
                stored = plistlib.load(handle)
        except (OSError, plistlib.InvalidFileException, ValueError):
            return None, None, str(path)
        app_ids = stored.get(f"{GROUP}.{APP_IDS}")
        remembered = stored.get(f"{GROUP}.{REMEMBERED}")
        return (
            app_ids if isinstance(app_ids, str) else None,
            remembered if isinstance(remembered, str) else None,
            str(path),
        )
    path = ini_path()
    raw = read_ini(path)
    app_ids = raw.get(APP_IDS)
    remembered = raw.get(REMEMBERED)
    return (
        unescape_ini(app_ids) if app_ids is not None else None,
        unescape_ini(remembered) if remembered is not None else None,
        str(path),
    )


def _json(text: str | None) -> object:
    if text is None:
        return None
    try:
        return json.loads(text)
    except ValueError:
        return None


def load(name: str) -> tuple[str, str | None]:
    """(App ID, certificate or None) of the profile ``name`` saved in the desktop app.

    The certificate is None when the profile does not remember one.

    Raises:
        InvalidInputError: no such profile, or its certificate cannot be read from the keychain.
    """
    app_ids_text, remembered_text, where = _stored_values()
    app_ids = _json(app_ids_text)
    profiles = app_ids if isinstance(app_ids, dict) else {}
    app_id = profiles.get(name)
    if not isinstance(app_id, str):
        known = ", ".join(repr(n) for n in sorted(profiles, key=str.casefold)) or "none"
        raise InvalidInputError(
            f"No profile {name!r} in the desktop app's settings ({where}); saved profiles: "
            f"{known}.",
            "profile",
        )
    remembered = _json(remembered_text)
    if not isinstance(remembered, list) or name not in remembered:
        return app_id, None
    return app_id, keychain_certificate(name)


def keychain_certificate(name: str) -> str | None:
    """The certificate stored for profile ``name`` in the system keychain.

    Raises:
        InvalidInputError: keyring is not installed or the keychain cannot be read.
    """
    try:
        import keyring
    except ImportError as exc:
        raise InvalidInputError(
            f"Profile {name!r} keeps its certificate in the system keychain, but the keyring "
            "package is not installed (pip install 'agora-token-gui[gui]'); pass "
            "--app-certificate or set APP_CERTIFICATE instead.",
            "profile",
        ) from exc
    try:
        value = keyring.get_password(KEYCHAIN_SERVICE, name)
    except Exception as exc:  # keyring backends raise their own errors (locked, no D-Bus)
        raise InvalidInputError(
            f"The system keychain could not be read for profile {name!r} "
            f"({type(exc).__name__}); pass --app-certificate or set APP_CERTIFICATE instead.",
            "profile",
        ) from exc
    return value if isinstance(value, str) and value else None
