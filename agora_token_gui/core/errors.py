"""Exceptions raised by the core; every message is one sentence a person can act on.

The sentence is the first argument, a translatable Text (``raise TokenError(msg("..."))``, see
core/text.py), so that ``message_of(exc)`` (here and in ui/i18n.py) returns it for translation.
"""

from __future__ import annotations


class TokenError(Exception):
    """Base class for every error the core raises on bad input."""


class InvalidInputError(TokenError):
    """A request field or a verification input is missing, out of range or badly formatted.

    ``field`` names the request key the message is about (``None`` for the request as a whole),
    so the GUI can show the message under that field.
    """

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class MalformedTokenError(TokenError):
    """The text is not a well-formed token of any known format."""


class UnknownFormatError(MalformedTokenError):
    """The text does not look like any Agora token or dynamic key."""


def message_of(exc: BaseException) -> str:
    """An exception's sentence, still the translatable Text (core/text.py) it was raised with.

    ``str(exc)`` gives the English sentence as a plain ``str``, which no interface can translate.
    """
    first = exc.args[0] if len(exc.args) == 1 else None
    return first if isinstance(first, str) else str(exc)
