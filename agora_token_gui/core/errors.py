"""Exceptions raised by the core; every message is one sentence a person can act on."""

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
