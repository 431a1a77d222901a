"""Messages for people that a user interface can translate, without the core importing Qt.

The core speaks English. Every sentence it produces for a person is built with :func:`msg`::

    msg("The token expired {ago}.", ago=timefmt.relative(expires, now))

which returns a :class:`Text`: a ``str`` holding the English sentence (so every existing caller,
the CLI, JSON output and the tests keep working unchanged) that also remembers its *template*
and *parameters*. A user interface that speaks another language translates the template and
formats the parameters again, translating those that are :class:`Text` themselves (time words
such as "in 3 h") and showing :class:`Moment` values (instants) in its locale's date format.

Why not message ids, and why not gettext:

* The English template is the key, as in Qt's own ``tr()``: ``pyside6-lupdate`` extracts every
  ``msg("…")`` call into the same ``.ts`` catalogue as the GUI's ``self.tr("…")`` strings (``msg``
  is declared to it as an alias of ``QT_TR_NOOP``), so one file, one tool and one check in
  ``make test`` cover the core's sentences and the widgets' labels, and a translator sees the
  English sentence rather than an invented id.
* gettext would need a second toolchain (xgettext, msgfmt, ``.po``/``.mo``) beside Qt's, a
  second "is everything translated" check, and a global ``_()`` that would translate at the
  moment the core builds the sentence, in the process-wide language, which is wrong for a GUI that
  switches language live while a report stays on screen. A Text is translated when it is *shown*.
* Ids plus parameters without an English text would change every caller that prints or
  compares a message today; a ``str`` subclass changes none of them.

Rules for templates: ``str.format`` syntax with named fields only; literal braces doubled. Build a
sentence from whole templates (pass a Text as a parameter) rather than by ``+`` or f-strings:
those give a plain ``str`` that no interface can translate.

Without Qt (the ``agora-token`` CLI), :func:`translate` shows a Text in another language from a
catalogue that ``scripts/translations.py build`` writes beside the GUI's ``.qm``:
``resources/i18n/agora_token_gui_<language>.json``, ``{"messages": {template: translation}}``,
holding the entries of the empty context, the same entries the GUI's ``localise`` looks up in the
``.qm``. JSON rather than reading the ``.ts`` files here: one ``json.loads`` of one file (~0.3 ms
for the whole catalogue; the CLI imports ``json`` anyway) against ~5 ms for importing
ElementTree and parsing every ``.ts`` file, a figure that grows with each translated module.
:func:`system_language` picks the language from the environment as gettext does.
"""

from __future__ import annotations

import datetime as _dt
import re
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Final

__all__ = [
    "CONTEXT",
    "LANGUAGES",
    "Moment",
    "Text",
    "catalogue",
    "catalogue_path",
    "format_spaced",
    "language_of",
    "msg",
    "system_language",
    "translate",
]

# The translation context of the core's templates: lupdate files QT_TR_NOOP aliases outside any
# class under the empty context.
CONTEXT: Final = ""


class Text(str):
    """An English sentence that remembers the template and parameters it was made from."""

    template: str
    params: Mapping[str, object]

    def __new__(cls, template: str, params: Mapping[str, object] | None = None) -> Text:
        """The English sentence of ``template`` with ``params``, keeping both for translation."""
        values = dict(params or {})
        self = super().__new__(cls, template.format_map(values))
        self.template = template
        self.params = values
        return self

    def __reduce__(self) -> tuple[object, ...]:  # pickles (batch --jobs) keep the template
        return (Text, (self.template, dict(self.params)))


def msg(template: str, /, **params: object) -> Text:
    """The English sentence ``template.format(**params)``, translatable later (see the module)."""
    return Text(template, params)


class Moment(str):
    """An instant written for people: local time (or UTC) in English ISO form.

    ``str(moment)`` is what the CLI prints; a GUI shows ``instant`` in its locale's date format
    instead, converting it to ``tz`` (None: the computer's time zone) or keeping UTC.
    """

    instant: int
    tz: _dt.tzinfo | None
    utc: bool

    def __new__(cls, text: str, instant: int, *, utc: bool, tz: _dt.tzinfo | None = None) -> Moment:
        """The text of an instant, keeping the instant and its zone."""
        self = super().__new__(cls, text)
        self.instant = instant
        self.utc = utc
        self.tz = tz
        return self

    def __reduce__(self) -> tuple[object, ...]:
        return (_moment, (str(self), self.instant, self.utc, self.tz))


def _moment(text: str, instant: int, utc: bool, tz: _dt.tzinfo | None) -> Moment:
    return Moment(text, instant, utc=utc, tz=tz)


# --- spacing between Chinese and Latin text ---------------------------------------------------

# Chinese typesetting, as Agora's Chinese docs follow it, puts one space between Han characters
# and Latin letters or digits ("加入 RTC 频道", "1 小时"). A translator writes a template without
# knowing whether a value will be Latin ("App ID", "007") or Chinese ("频道名"), so the seams
# between a translated template and its values are fixed when the sentence is made: a space where
# Han meets Latin, none where Han meets Han. Only at those seams: the inside of a value (a channel
# name the user typed) and English sentences are never touched.
_OPEN: Final = "\ue000"  # private-use characters marking where a value starts and ends
_CLOSE: Final = "\ue001"
# Han ideographs only: after Chinese punctuation (、。：（) no space is wanted.
_HAN: Final = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_LATIN: Final = "A-Za-z0-9"
_HAS_HAN: Final = re.compile(f"[{_HAN}]")
_SEAMS: Final = (
    (re.compile(f"(?<=[{_HAN}]){_OPEN}(?=[{_LATIN}])"), f" {_OPEN}"),
    (re.compile(f"(?<=[{_LATIN}]){_CLOSE}(?=[{_HAN}])"), f"{_CLOSE} "),
    (re.compile(f"(?<=[{_HAN}]) {_OPEN}(?=[{_HAN}])"), _OPEN),
    (re.compile(f"(?<=[{_HAN}]){_CLOSE} (?=[{_HAN}])"), _CLOSE),
)


class _Marked:
    """A value that formats (``{x}``, ``{x:,}``, ``{x!r}``, ``{x!s}``) between the markers."""

    __slots__ = ("value",)

    def __init__(self, value: object) -> None:
        self.value = value

    def __format__(self, spec: str) -> str:
        return f"{_OPEN}{format(self.value, spec)}{_CLOSE}"

    def __str__(self) -> str:
        return f"{_OPEN}{self.value}{_CLOSE}"

    def __repr__(self) -> str:
        return f"{_OPEN}{self.value!r}{_CLOSE}"


def format_spaced(template: str, params: Mapping[str, object]) -> str:
    """``template.format_map(params)``, spaced at the seams when the template is Chinese.

    Raises what ``str.format_map`` raises for a template whose fields do not match.
    """
    if not _HAS_HAN.search(template):
        return template.format_map(params)
    if any(_OPEN in str(v) or _CLOSE in str(v) for v in params.values()):
        return template.format_map(params)  # a value holding a marker: no seams to trust
    text = template.format_map({name: _Marked(value) for name, value in params.items()})
    for seam, replacement in _SEAMS:
        text = seam.sub(replacement, text)
    return text.replace(_OPEN, "").replace(_CLOSE, "")


# --- translation without Qt (the CLI) --------------------------------------------------------

# The languages with a catalogue; English is the source and needs none.
LANGUAGES: Final = ("en", "zh_CN")
CATALOGUE: Final = "agora_token_gui"
# Locale names (lower case, "-" as "_", without encoding and modifier) that mean Simplified
# Chinese. zh_TW, zh_HK, zh_MO and zh_Hant are Traditional Chinese: no catalogue yet.
_SIMPLIFIED: Final = frozenset(
    {"zh", "zh_cn", "zh_sg", "zh_my", "zh_hans", "zh_hans_cn", "zh_hans_sg"}
)
_ENVIRONMENT: Final = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")

_catalogues: dict[str, Mapping[str, str] | None] = {}


def language_of(locale: str) -> str | None:
    """The language of one locale name: "en", "zh_CN", or None when there is no catalogue for it.

    ``zh_CN.UTF-8``, ``zh_SG``, ``zh_Hans``, ``zh-CN`` and plain ``zh`` are Simplified Chinese;
    ``C``, ``POSIX`` and every ``en…`` are English; ``zh_TW``/``zh_HK`` (Traditional) and any
    other language have no catalogue (None: the caller goes on to its next choice).
    """
    name = locale.split(".", 1)[0].split("@", 1)[0].strip().replace("-", "_").lower()
    if name in ("c", "posix") or name == "en" or name.startswith("en_"):
        return "en"
    if name in _SIMPLIFIED:
        return "zh_CN"
    return None


def system_language(environ: Mapping[str, str]) -> str:
    """The language the environment asks for, as gettext reads it: "en" or "zh_CN".

    The first variable that is set and not empty among LANGUAGE, LC_ALL, LC_MESSAGES and LANG
    decides (Python's gettext order). LANGUAGE may list several, ``zh_TW:zh_CN:en``: the first
    one with a catalogue (or English) wins. Nothing set, or nothing known: English.
    """
    for variable in _ENVIRONMENT:
        value = environ.get(variable, "")
        if value:
            for locale in value.split(":"):
                language = language_of(locale) if locale else None
                if language is not None:
                    return language
            return "en"
    return "en"


def catalogue_path(language: str) -> Path:
    """Where the CLI's catalogue of ``language`` is: in the PyInstaller bundle, else the checkout.

    The same places as ``ui/resources.resource_path`` (the core cannot import ``ui``).
    """
    name = f"i18n/{CATALOGUE}_{language}.json"
    bundle = getattr(sys, "_MEIPASS", None)
    if isinstance(bundle, str):
        candidate = Path(bundle) / "resources" / name
        if candidate.exists():
            return candidate
    return Path(__file__).resolve().parents[2] / "resources" / name


def catalogue(language: str) -> Mapping[str, str] | None:
    """The templates of ``language`` with their translations, read once; None when not built.

    English has an empty catalogue (the templates are English). A file that cannot be read or
    is not a catalogue counts as missing.
    """
    if language == "en":
        return {}
    if language not in _catalogues:
        found: Mapping[str, str] | None = None
        try:
            import json

            data = json.loads(catalogue_path(language).read_bytes())
            messages = data.get("messages") if isinstance(data, dict) else None
            if isinstance(messages, dict):
                found = messages
        except (OSError, ValueError):
            found = None
        _catalogues[language] = found
    return _catalogues[language]


def translate(value: object, language: str) -> str:
    """``value`` for a person reading ``language``: a Text translated, anything else as ``str``.

    The parameters of a Text that are Texts themselves ("in 3 h") are translated too; instants
    (:class:`Moment`) stay in their ISO form, which reads the same in Chinese. A template the
    catalogue lacks, or a translation whose fields do not match the template, gives the English.
    An exception whose message is a Text is translated as that Text.
    """
    if isinstance(value, BaseException):
        first = value.args[0] if len(value.args) == 1 else None
        return translate(first, language) if isinstance(first, Text) else str(value)
    if not isinstance(value, Text) or language == "en":
        return str(value)
    messages = catalogue(language)
    template = messages.get(value.template) if messages else None
    params = {
        name: translate(v, language) if isinstance(v, Text) else v
        for name, v in value.params.items()
    }
    if template is None:
        if not any(isinstance(v, Text) for v in value.params.values()):
            return str(value)
        template = value.template  # English, with its translated parts
    try:
        return format_spaced(template, params)
    except (KeyError, IndexError, ValueError):  # a broken translation: the English sentence
        return str(value)
