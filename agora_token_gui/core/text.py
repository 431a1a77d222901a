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
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Mapping
from typing import Final

__all__ = ["CONTEXT", "Moment", "Text", "msg"]

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
