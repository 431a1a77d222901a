"""The interface language: Qt translators, live switching, the core's Text, dates and fonts.

* ``install_language(key)`` loads the app's catalogue (``resources/i18n/agora_token_gui_<lang>.qm``,
  built from the ``.ts`` source by ``make translations`` / the bundle build) and Qt's own (standard
  buttons and dialogs) for "system" (the desktop's locale), "en" or "zh_CN". Installing a
  translator makes Qt send every widget a LanguageChange event (Qt's own widgets retranslate
  themselves); the main window then calls :func:`retranslate`, so the switch is live
  and nothing typed is lost. (No changeEvent override: a Python event handler would make PySide6
  create its ~58 QEvent classes at start-up, see tests/ui/test_main_window.py.)
* ``retranslatable(obj, apply)`` runs ``apply`` now and again after every language change, for as
  long as ``obj`` lives: the ``retranslateUi`` of a widget written in code. ``apply`` sets the
  texts with ``self.tr(...)`` (or ``QCoreApplication.translate``) so that lupdate finds them.
* ``localise(value)`` shows a core message (:class:`~agora_token_gui.core.text.Text`) in the
  current language, and instants (:class:`~agora_token_gui.core.text.Moment`) in the locale's
  date format (UTC stays UTC and is still shown beside local times).
* ``missing_font(language)`` says, once, when no installed font can show the language's script.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Final

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator

from agora_token_gui.ui.resources import resource_path

if TYPE_CHECKING:  # the core is imported after the first frame (tests/ui/test_main_window.py)
    from agora_token_gui.core.text import Moment

# The languages the app speaks, each with its name in its own language ("system" is translated).
LANGUAGES: Final = ("system", "en", "zh_CN")
NATIVE_NAMES: Final = {"en": "English", "zh_CN": "简体中文"}
TRANSLATED: Final = ("zh_CN",)  # the languages with a catalogue (English is the source)
CATALOGUE: Final = "agora_token_gui"

_installed: list[QTranslator] = []
# id(obj) -> (obj, its retranslate functions); an entry goes when obj's C++ object is destroyed.
_registry: dict[int, tuple[QObject, list[Callable[[], None]]]] = {}
_current = "en"
_font_warned: set[str] = set()


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for lupdate in ``context``; translated later (PySide6's returns ``object``)."""
    return text


def catalogue_path(language: str) -> str:
    return str(resource_path(f"i18n/{CATALOGUE}_{language}.qm"))


def system_language(locale: QLocale | None = None) -> str:
    """The translated language closest to the desktop's locale, else "en"."""
    locale = locale or QLocale.system()
    if locale.language() == QLocale.Language.Chinese:
        # Traditional Chinese (Taiwan, Hong Kong, Macao) has no catalogue yet: English.
        simplified = locale.script() != QLocale.Script.TraditionalHanScript
        return "zh_CN" if simplified else "en"
    return "en"


def resolve(key: str) -> str:
    """The language a key means today: "system" is resolved, unknown keys are "en"."""
    if key == "system":
        return system_language()
    return key if key in LANGUAGES else "en"


def _qt_translation_folders() -> list[str]:
    folders = [QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)]
    bundle = getattr(sys, "_MEIPASS", None)
    if isinstance(bundle, str):  # PyInstaller keeps PySide6's folder layout
        folders.append(str(Path(bundle) / "PySide6" / "Qt" / "translations"))
    return folders


def current_language() -> str:
    return _current


def install_language(key: str) -> str:
    """Switch the app to ``key`` ("system", "en", "zh_CN"); returns the language in use.

    Raises ``FileNotFoundError`` if a translated language's catalogue was not built (run ``make
    translations``); the app then stays in English.
    """
    global _current
    language = resolve(key)
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install_language needs a QApplication")
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    chinese = QLocale(QLocale.Language.Chinese, QLocale.Country.China)
    QLocale.setDefault(chinese if language == "zh_CN" else QLocale.system())
    _current = language
    if language in TRANSLATED:
        own = QTranslator(app)
        if not own.load(catalogue_path(language)):
            _current = "en"
            QLocale.setDefault(QLocale.system())
            raise FileNotFoundError(catalogue_path(language))
        qt = QTranslator(app)
        if any(qt.load(f"qtbase_{language}", folder) for folder in _qt_translation_folders()):
            QCoreApplication.installTranslator(qt)
            _installed.append(qt)
        # Installing (and removing, above) a translator makes Qt send LanguageChange to every
        # widget; the main window then calls retranslate().
        QCoreApplication.installTranslator(own)
        _installed.append(own)
    return language


def retranslatable(obj: QObject, apply: Callable[[], None]) -> None:
    """Run ``apply`` now and after every language change, until ``obj`` is destroyed."""
    key = id(obj)
    entry = _registry.get(key)
    if entry is None or entry[0] is not obj:
        entry = (obj, [])
        _registry[key] = entry
        obj.destroyed.connect(lambda *_: _forget(key, obj))
    entry[1].append(apply)
    apply()


def _forget(key: int, obj: QObject) -> None:
    entry = _registry.get(key)
    if entry is not None and entry[0] is obj:
        del _registry[key]


def retranslate(root: QObject) -> None:
    """Run again the ``retranslatable`` functions of ``root`` and the objects under it.

    A registry rather than a walk over ``findChildren``: that would wrap every QObject of the
    window in Python, QStyle included, which costs memory the start-up tests guard.
    """
    for key, (obj, applies) in list(_registry.items()):
        try:
            inside = _inside(obj, root)
        except RuntimeError:  # its C++ object is gone without a destroyed signal yet
            _registry.pop(key, None)
            continue
        if inside:
            for apply in applies:
                apply()


def _inside(obj: QObject | None, root: QObject) -> bool:
    while obj is not None:
        if obj is root:
            return True
        obj = obj.parent()
    return False


# --- the core's messages ---------------------------------------------------------------------


def translate_core(template: str) -> str:
    from agora_token_gui.core.text import CONTEXT

    return QCoreApplication.translate(CONTEXT, template)


def localise(value: object) -> str:
    """A core message or value in the current language (English text stays as it is)."""
    from agora_token_gui.core.text import Moment, Text

    if isinstance(value, Moment):
        return format_moment(value)
    if isinstance(value, Text):
        params = {name: _param(v) for name, v in value.params.items()}
        template = translate_core(value.template)
        from agora_token_gui.core.text import format_spaced

        try:
            return format_spaced(template, params)
        except (KeyError, IndexError, ValueError):  # a broken translation: show the English
            return str(value)
    if isinstance(value, BaseException) and value.args and isinstance(value.args[0], Text):
        return localise(value.args[0])
    return str(value)


def message_of(exc: BaseException) -> str:
    """An exception's message, kept translatable (``str(exc)`` would lose the template)."""
    first = exc.args[0] if len(exc.args) == 1 else None
    return first if isinstance(first, str) else str(exc)


def _param(value: object) -> object:
    from agora_token_gui.core.text import Moment, Text

    return localise(value) if isinstance(value, (Text, Moment)) else value


def format_moment(moment: Moment, locale: QLocale | None = None) -> str:
    """An instant in the locale's date and time format ("C" and English: ISO 8601 as the core)."""
    locale = locale or QLocale()
    if locale.language() in (QLocale.Language.C, QLocale.Language.English) or not moment:
        return str(moment)
    import datetime as _dt  # here, not at the top: ~7 ms the window's first frame does not need

    when = _dt.datetime.fromtimestamp(moment.instant, _dt.timezone.utc)
    zone = "UTC"
    if not moment.utc:
        when = when.astimezone(moment.tz)
        zone = when.strftime("%Z")
    date_format = locale.dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in date_format:
        date_format = date_format.replace("yy", "yyyy")
    time_format = "HH:mm:ss"
    from PySide6.QtCore import QDate, QTime

    date_text = locale.toString(QDate(when.year, when.month, when.day), date_format)
    time_text = locale.toString(QTime(when.hour, when.minute, when.second), time_format)
    return f"{date_text} {time_text} {zone}".strip()


# --- fonts -------------------------------------------------------------------------------------


def missing_font(language: str) -> bool:
    """True, once per language and run, when no installed font has the language's script."""
    if language != "zh_CN" or language in _font_warned:
        return False
    _font_warned.add(language)
    from PySide6.QtGui import QFontDatabase

    families = QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
    return not families
