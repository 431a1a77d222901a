"""The one typed wrapper over QSettings. The app certificate is never written here.

QSettings keeps plain text (an ini file, the registry or a plist), so only non-secret values are
stored: window layout, the last tab and key kind, form values per key kind (without pinned
values), and profiles as name -> App ID. Certificates go to the system keychain (ui/profiles.py)
or nowhere.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings

from agora_token_gui.ui.i18n import message_of

if TYPE_CHECKING:  # the window's first frame needs no core import
    from agora_token_gui.core.detect import JSONValue

_GEOMETRY = "window/geometry"
_STATE = "window/state"
_SPLITTER = "window/splitter"
_DECODER_VISIBLE = "window/decoder_visible"
_COLOUR_SCHEME = "window/colour_scheme"
_LANGUAGE = "window/language"
_LAST_TAB = "generator/last_tab"
_LAST_KINDS = "generator/last_kinds"
_FIELDS = "fields/"
_PROFILES = "profiles/app_ids"
_REMEMBERED = "profiles/remembered_certificates"
_LAST_PROFILE = "profiles/last"
_APP_ID = "credentials/app_id"

COLOUR_SCHEMES = ("system", "light", "dark")
LANGUAGES = ("system", "en", "zh_CN")  # ui/i18n.py


class Settings:
    """Typed access to every stored value, with its default beside it."""

    def __init__(self, store: QSettings | None = None) -> None:
        self._store = store if store is not None else QSettings()
        # Sentences about stored values that could not be read and were ignored (shown once).
        self.problems: list[str] = []

    @property
    def store(self) -> QSettings:
        return self._store

    # --- primitive helpers ----------------------------------------------------------------------

    def _bytes(self, key: str) -> QByteArray:
        value = self._store.value(key, QByteArray())
        return value if isinstance(value, QByteArray) else QByteArray()

    def _str(self, key: str, default: str = "") -> str:
        value = self._store.value(key, default)
        return value if isinstance(value, str) else default

    def _json(self, key: str) -> JSONValue:
        """The JSON stored under ``key``, or None when it cannot be read (said in ``problems``).

        Read by core.reading (depth, duplicate keys, number size): a corrupted or hostile file
        makes this setting fall back to its default, never stops the app.
        """
        from agora_token_gui.core.reading import ReadError, loads

        text = self._str(key, "null")
        try:
            loaded = loads(text, subject=_subject(key), field=key)
        except ReadError as exc:
            self._report(_ignored(message_of(exc)))
            return None
        return loaded  # type: ignore[return-value]  # loads gives only JSON values

    def _report(self, message: str) -> None:
        if message not in self.problems:
            self.problems.append(message)

    def _set_json(self, key: str, value: JSONValue) -> None:
        import json

        self._store.setValue(key, json.dumps(value, ensure_ascii=False, sort_keys=True))

    def _str_map(self, key: str) -> dict[str, str]:
        loaded = self._json(key)
        if not isinstance(loaded, dict):
            return {}
        return {k: v for k, v in loaded.items() if isinstance(v, str)}

    # --- window -----------------------------------------------------------------------------------

    @property
    def window_geometry(self) -> QByteArray:
        return self._bytes(_GEOMETRY)

    @window_geometry.setter
    def window_geometry(self, value: QByteArray) -> None:
        self._store.setValue(_GEOMETRY, value)

    @property
    def window_state(self) -> QByteArray:
        return self._bytes(_STATE)

    @window_state.setter
    def window_state(self, value: QByteArray) -> None:
        self._store.setValue(_STATE, value)

    @property
    def splitter_state(self) -> QByteArray:
        return self._bytes(_SPLITTER)

    @splitter_state.setter
    def splitter_state(self, value: QByteArray) -> None:
        self._store.setValue(_SPLITTER, value)

    @property
    def decoder_visible(self) -> bool:
        return self._str(_DECODER_VISIBLE, "true") == "true"

    @decoder_visible.setter
    def decoder_visible(self, value: bool) -> None:
        self._store.setValue(_DECODER_VISIBLE, "true" if value else "false")

    @property
    def colour_scheme(self) -> str:
        value = self._str(_COLOUR_SCHEME, "system")
        return value if value in COLOUR_SCHEMES else "system"

    @colour_scheme.setter
    def colour_scheme(self, value: str) -> None:
        self._store.setValue(_COLOUR_SCHEME, value if value in COLOUR_SCHEMES else "system")

    @property
    def language(self) -> str:
        value = self._str(_LANGUAGE, "system")
        return value if value in LANGUAGES else "system"

    @language.setter
    def language(self, value: str) -> None:
        self._store.setValue(_LANGUAGE, value if value in LANGUAGES else "system")

    # --- generator --------------------------------------------------------------------------------

    @property
    def last_tab(self) -> str:
        return self._str(_LAST_TAB)

    @last_tab.setter
    def last_tab(self, value: str) -> None:
        self._store.setValue(_LAST_TAB, value)

    def last_kind(self, group: str) -> str:
        """The key (``format/builder``) last chosen in a generator tab, or ""."""
        return self._str_map(_LAST_KINDS).get(group, "")

    def set_last_kind(self, group: str, key: str) -> None:
        kinds: dict[str, JSONValue] = dict(self._str_map(_LAST_KINDS))
        kinds[group] = key
        self._set_json(_LAST_KINDS, kinds)

    def field_values(self, kind_key: str) -> dict[str, JSONValue]:
        """The non-secret form values saved for one key kind (request keys -> JSON values)."""
        loaded = self._json(_FIELDS + kind_key)
        return dict(loaded) if isinstance(loaded, dict) else {}

    def set_field_values(self, kind_key: str, values: Mapping[str, JSONValue]) -> None:
        secret = {"app_certificate"} & set(values)
        if secret:
            raise ValueError("The app certificate must never be written to QSettings.")
        self._set_json(_FIELDS + kind_key, dict(values))

    # --- credentials and profiles -----------------------------------------------------------------

    @property
    def app_id(self) -> str:
        """The App ID last typed (an identifier, not a secret)."""
        return self._str(_APP_ID)

    @app_id.setter
    def app_id(self, value: str) -> None:
        self._store.setValue(_APP_ID, value)

    def profiles(self) -> dict[str, str]:
        """Profile name -> App ID."""
        return self._str_map(_PROFILES)

    def set_profile(self, name: str, app_id: str) -> None:
        profiles: dict[str, JSONValue] = dict(self.profiles())
        profiles[name] = app_id
        self._set_json(_PROFILES, profiles)

    def remove_profile(self, name: str) -> None:
        profiles: dict[str, JSONValue] = dict(self.profiles())
        profiles.pop(name, None)
        self._set_json(_PROFILES, profiles)
        self.set_certificate_remembered(name, False)

    def certificate_remembered(self, name: str) -> bool:
        """Whether the keychain holds a certificate for this profile (the flag, not the secret)."""
        return name in self._remembered()

    def set_certificate_remembered(self, name: str, remembered: bool) -> None:
        names = self._remembered() - {name}
        if remembered:
            names.add(name)
        listed: list[JSONValue] = [n for n in sorted(names)]
        self._set_json(_REMEMBERED, listed)

    def remembered_names(self) -> set[str]:
        """Every keychain entry the app made: profiles' certificates and other secrets."""
        return self._remembered()

    def _remembered(self) -> set[str]:
        loaded = self._json(_REMEMBERED)
        if not isinstance(loaded, list):
            return set()
        return {n for n in loaded if isinstance(n, str)}

    @property
    def last_profile(self) -> str:
        return self._str(_LAST_PROFILE)

    @last_profile.setter
    def last_profile(self, value: str) -> None:
        self._store.setValue(_LAST_PROFILE, value)

    # --- everything ---------------------------------------------------------------------------

    def clear(self) -> None:
        """Forget every stored value (the caller deletes keychain entries first)."""
        self._store.clear()
        self._store.sync()

    def sync(self) -> None:
        self._store.sync()


# Module-level, so that lupdate files them under the core's context (they are core Texts, shown
# with localise() by the window; the CLI never reads settings).
def _subject(key: str) -> str:
    from agora_token_gui.core.text import msg

    return msg("The saved setting {key}", key=key)


def _ignored(problem: str) -> str:
    from agora_token_gui.core.text import msg

    return msg("{problem} It was ignored.", problem=problem)
