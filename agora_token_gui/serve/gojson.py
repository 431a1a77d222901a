r"""JSON as the community token server's Go code writes and reads it (token-server.md §2.4, §8).

Writing: keys sorted, no spaces, ``<``, ``>`` and ``&`` escaped as ``\u003c``-style codes, other
non-ASCII text left as UTF-8 (Go's ``encoding/json``).

Reading ``POST /getToken``: Go's ``json.Decoder`` reads the first JSON value and ignores what
follows; its messages (``EOF``, ``unexpected EOF``, ``invalid character 'x' looking for beginning
of value``, ``json: cannot unmarshal …``) are the error bodies clients see, so this module
reproduces them. It scans without recursion, so no body can exhaust the Python stack, and it keeps
only the top-level members of an object (nested values are checked for syntax and skipped).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Final

MAX_DEPTH: Final = 10_000  # Go's encoding/json nesting limit
_SPACE: Final = frozenset(b" \t\r\n")
_DIGITS: Final = frozenset(b"0123456789")
_HEX: Final = frozenset(b"0123456789abcdefABCDEF")
_ESCAPES: Final = frozenset(b'"\\/bfnrtu')
_LITERALS: Final = {ord("t"): b"true", ord("f"): b"false", ord("n"): b"null"}
_encode_basic: Final = json.encoder.encode_basestring


class GoJSONError(Exception):
    """The message Go's decoder gives for this body (``str(exc)``)."""


def _quote_char(c: int) -> str:
    """Go's ``quoteChar``: the byte as a quoted rune (``'x'``, ``'"'``, ``'Ã'`` for 0xC3)."""
    if c == 0x27:
        return "'\\''"
    if c == 0x22:
        return "'\"'"
    return "'" + go_quote(chr(c))[1:-1] + "'"


def go_quote(text: str) -> str:
    """Go's ``strconv.Quote``: double quotes, backslash escapes for what is not printable."""
    out = ['"']
    for ch in text:
        code = ord(ch)
        if ch in ('"', "\\"):
            out.append("\\" + ch)
        elif ch.isprintable() and not 0xD800 <= code <= 0xDFFF:
            out.append(ch)
        elif ch in _GO_SHORT:
            out.append(_GO_SHORT[ch])
        elif code < 0x80 or (0x80 <= code < 0x100 and not ch.isprintable() and code < 0xA0):
            out.append(f"\\x{code:02x}")
        elif code <= 0xFFFF:
            out.append(f"\\u{code:04x}")
        else:
            out.append(f"\\U{code:08x}")
    out.append('"')
    return "".join(out)


_GO_SHORT: Final = {
    "\a": "\\a",
    "\b": "\\b",
    "\f": "\\f",
    "\n": "\\n",
    "\r": "\\r",
    "\t": "\\t",
    "\v": "\\v",
}


def go_string(text: str) -> str:
    """A JSON string as Go's encoding/json writes it (HTML characters escaped, UTF-8 kept)."""
    encoded: str = _encode_basic(text)
    if "<" in encoded or ">" in encoded or "&" in encoded or "\u2028" in encoded:
        encoded = (
            encoded.replace("<", "\\u003c")
            .replace(">", "\\u003e")
            .replace("&", "\\u0026")
            .replace("\u2028", "\\u2028")
            .replace("\u2029", "\\u2029")
        )
    elif "\u2029" in encoded:
        encoded = encoded.replace("\u2029", "\\u2029")
    return encoded


def go_object(members: Mapping[str, str | int]) -> bytes:
    """``{"a":…,"b":…}`` with keys in Go's (sorted) order, no spaces, no newline."""
    parts = []
    for key in sorted(members):
        value = members[key]
        shown = str(value) if isinstance(value, int) else go_string(value)
        parts.append(f"{go_string(key)}:{shown}")
    return ("{" + ",".join(parts) + "}").encode("utf-8")


# --- reading ---------------------------------------------------------------------------------

# A member of the top-level object: (key, kind, value text). kind is "string", "number", "bool",
# "null", "array" or "object"; the text is the literal's bytes decoded (for strings: the JSON
# source including quotes).
Member = tuple[str, str, str]


def _syntax(c: int, context: str) -> GoJSONError:
    return GoJSONError(f"invalid character {_quote_char(c)} {context}")


_VALUE, _VALUE_OR_CLOSE, _KEY, _KEY_OR_CLOSE, _END = range(5)
_OBJECT, _ARRAY = 0, 1


class _Scanner:
    """Validates one JSON value the way Go's scanner does and collects top-level members."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.pos = 0

    def _eof(self) -> GoJSONError:
        return GoJSONError("unexpected EOF")

    def _peek(self) -> int:
        if self.pos >= len(self.data):
            raise self._eof()
        return self.data[self.pos]

    def _skip_space(self) -> None:
        data, pos, size = self.data, self.pos, len(self.data)
        while pos < size and data[pos] in _SPACE:
            pos += 1
        self.pos = pos

    def _string(self) -> None:
        """At a '"': move past the closing quote."""
        data, size = self.data, len(self.data)
        pos = self.pos + 1
        while True:
            if pos >= size:
                raise self._eof()
            c = data[pos]
            if c == 0x22:
                self.pos = pos + 1
                return
            if c == 0x5C:
                pos += 1
                if pos >= size:
                    raise self._eof()
                e = data[pos]
                if e not in _ESCAPES:
                    raise _syntax(e, "in string escape code")
                if e == 0x75:
                    for _ in range(4):
                        pos += 1
                        if pos >= size:
                            raise self._eof()
                        if data[pos] not in _HEX:
                            raise _syntax(data[pos], "in \\u hexadecimal character escape")
            elif c < 0x20:
                raise _syntax(c, "in string literal")
            pos += 1

    def _number(self) -> None:
        data, size = self.data, len(self.data)
        pos = self.pos
        if data[pos] == 0x2D:  # '-'
            pos += 1
            if pos >= size:
                raise self._eof()
            if data[pos] not in _DIGITS:
                raise _syntax(data[pos], "in numeric literal")
        if data[pos] == 0x30:
            pos += 1
        else:
            while pos < size and data[pos] in _DIGITS:
                pos += 1
        if pos < size and data[pos] == 0x2E:  # '.'
            pos += 1
            if pos >= size:
                raise self._eof()
            if data[pos] not in _DIGITS:
                raise _syntax(data[pos], "after decimal point in numeric literal")
            while pos < size and data[pos] in _DIGITS:
                pos += 1
        if pos < size and data[pos] in (0x65, 0x45):  # 'e', 'E'
            pos += 1
            if pos < size and data[pos] in (0x2B, 0x2D):
                pos += 1
            if pos >= size:
                raise self._eof()
            if data[pos] not in _DIGITS:
                raise _syntax(data[pos], "in exponent of numeric literal")
            while pos < size and data[pos] in _DIGITS:
                pos += 1
        self.pos = pos

    def _literal(self, word: bytes) -> None:
        data, size = self.data, len(self.data)
        pos = self.pos + 1
        for expected in word[1:]:
            if pos >= size:
                raise self._eof()
            if data[pos] != expected:
                raise _syntax(
                    data[pos], f"in literal {word.decode()} (expecting {_quote_char(expected)})"
                )
            pos += 1
        self.pos = pos

    def _scalar_or_open(self, context: str) -> str:
        """Scan a scalar (returning its kind) or consume an opening bracket ('[' or '{')."""
        c = self._peek()
        if c == 0x22:
            self._string()
            return "string"
        if c == 0x2D or c in _DIGITS:
            self._number()
            return "number"
        word = _LITERALS.get(c)
        if word is not None:
            self._literal(word)
            return "null" if c == 0x6E else "bool"
        if c == 0x7B:
            self.pos += 1
            return "{"
        if c == 0x5B:
            self.pos += 1
            return "["
        raise _syntax(c, context)

    def value(self) -> tuple[str, list[Member]]:
        """Scan the first value; its kind and, for an object, its top-level members."""
        self._skip_space()
        if self.pos >= len(self.data):
            raise GoJSONError("EOF")
        members: list[Member] = []
        stack: list[int] = []  # open containers: _OBJECT or _ARRAY
        state = _VALUE
        key = ""
        first = self.data[self.pos]
        while True:
            if state <= _VALUE_OR_CLOSE:
                self._skip_space()
                c = self._peek()
                if state == _VALUE_OR_CLOSE and c == 0x5D:
                    self.pos += 1
                    stack.pop()
                    state = _END
                    continue
                start = self.pos
                kind = self._scalar_or_open("looking for beginning of value")
                member = len(stack) == 1 and stack[0] == _OBJECT
                if kind in ("{", "["):
                    if len(stack) >= MAX_DEPTH:
                        raise GoJSONError("exceeded max depth")
                    if member:
                        members.append((key, "object" if kind == "{" else "array", ""))
                    stack.append(_OBJECT if kind == "{" else _ARRAY)
                    state = _KEY_OR_CLOSE if kind == "{" else _VALUE_OR_CLOSE
                    continue
                if member:
                    members.append((key, kind, self._text(start, self.pos)))
                state = _END
            elif state <= _KEY_OR_CLOSE:
                self._skip_space()
                c = self._peek()
                if state == _KEY_OR_CLOSE and c == 0x7D:
                    self.pos += 1
                    stack.pop()
                    state = _END
                    continue
                if c != 0x22:
                    raise _syntax(c, "looking for beginning of object key string")
                start = self.pos
                self._string()
                if len(stack) == 1:
                    key = self._text(start, self.pos)
                self._skip_space()
                c = self._peek()
                if c != 0x3A:
                    raise _syntax(c, "after object key")
                self.pos += 1
                state = _VALUE
            else:  # _END: a value is complete
                if not stack:
                    break
                self._skip_space()
                c = self._peek()
                if stack[-1] == _OBJECT:
                    if c == 0x2C:
                        state = _KEY
                    elif c == 0x7D:
                        stack.pop()
                    else:
                        raise _syntax(c, "after object key:value pair")
                elif c == 0x2C:
                    state = _VALUE
                elif c == 0x5D:
                    stack.pop()
                else:
                    raise _syntax(c, "after array element")
                self.pos += 1
        if first == 0x7B:
            return "object", members
        if first == 0x5B:
            return "array", []
        return kind, []

    def _text(self, start: int, end: int) -> str:
        return self.data[start:end].decode("utf-8", errors="replace")


def scan(data: bytes) -> tuple[str, list[Member]]:
    """Kind of the first JSON value in ``data`` and its top-level members (for an object).

    Raises:
        GoJSONError: with the message Go's ``json.Decoder.Decode`` gives.
    """
    scanner = _Scanner(data)
    return scanner.value()


# The fields of the community server's TokenRequest: JSON name -> Go type.
_FIELDS: Final = {
    "tokenType": "string",
    "channel": "string",
    "role": "string",
    "uid": "string",
    "expire": "int",
}
_FOLDED: Final = {name.casefold(): name for name in _FIELDS}
_INT64: Final = (-(2**63), 2**63 - 1)


def _field(key: str) -> str | None:
    """Go's field matching: the exact name first, else a case-insensitive match."""
    if key in _FIELDS:
        return key
    return _FOLDED.get(key.casefold())


def decode_token_request(body: bytes) -> dict[str, str | int]:
    """The fields that Go's decoder would set from this ``POST /getToken`` body.

    Raises:
        GoJSONError: the body is empty, not JSON, or has a value of the wrong type; the message
            is Go's.
    """
    kind, members = scan(body)
    if kind == "null":
        return {}
    if kind != "object":
        raise GoJSONError(
            f"json: cannot unmarshal {kind} into Go value of type service.TokenRequest"
        )
    fields: dict[str, str | int] = {}
    first_error: str | None = None
    for raw_key, value_kind, text in members:
        name = _field(_unquote(raw_key))
        if name is None or value_kind == "null":
            continue
        go_type = _FIELDS[name]
        problem: str | None = None
        if go_type == "string":
            if value_kind == "string":
                fields[name] = _unquote(text)
            else:
                problem = value_kind
        elif value_kind == "number":
            number = _int_literal(text)
            if number is None:
                problem = f"number {text}"
            else:
                fields[name] = number
        else:
            problem = value_kind
        if problem is not None and first_error is None:
            first_error = (
                f"json: cannot unmarshal {problem} into Go struct field TokenRequest.{name} "
                f"of type {go_type}"
            )
    if first_error is not None:
        raise GoJSONError(first_error)
    return fields


def _int_literal(text: str) -> int | None:
    if "." in text or "e" in text or "E" in text:
        return None
    value = int(text)
    return value if _INT64[0] <= value <= _INT64[1] else None


def _unquote(source: str) -> str:
    """A scanned JSON string literal's text; lone surrogates become U+FFFD, as in Go."""
    text: str = json.loads(source)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        text = "".join("\ufffd" if 0xD800 <= ord(ch) <= 0xDFFF else ch for ch in text)
    return text
