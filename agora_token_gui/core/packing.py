"""Little-endian readers and writers shared by the binary codecs (007, 006, 005)."""

from __future__ import annotations

import struct
from collections.abc import Iterable, Mapping
from typing import Final

from .errors import InvalidInputError, MalformedTokenError
from .text import msg

_U16: Final = struct.Struct("<H")
_I16: Final = struct.Struct("<h")
_U32: Final = struct.Struct("<I")

MAX_U16: Final = 0xFFFF
MAX_U32: Final = 0xFFFF_FFFF


def u16(value: int) -> bytes:
    """A little-endian unsigned 16-bit number."""
    return _U16.pack(value)


def i16(value: int) -> bytes:
    """A little-endian signed 16-bit number."""
    return _I16.pack(value)


def u32(value: int) -> bytes:
    """A little-endian unsigned 32-bit number."""
    return _U32.pack(value)


def pack_bytes(data: bytes) -> bytes:
    """``Str``: a u16 byte length then the bytes."""
    if len(data) > MAX_U16:
        raise InvalidInputError(
            msg(
                "A text field is {size} bytes long; tokens can hold at most 65535 bytes.",
                size=len(data),
            )
        )
    return _U16.pack(len(data)) + data


def pack_str(text: str) -> bytes:
    """Str: the UTF-8 bytes after their 16-bit length."""
    return pack_bytes(text.encode("utf-8"))


def pack_priv_map(privileges: Mapping[int, int]) -> bytes:
    """``PrivMap``: a u16 count, then u16 key + u32 value in ascending key order."""
    parts = [_U16.pack(len(privileges))]
    for key in sorted(privileges):
        parts.append(_U16.pack(key))
        parts.append(_U32.pack(privileges[key]))
    return b"".join(parts)


def pack_str_map(entries: Mapping[int, str]) -> bytes:
    """A map of 16-bit keys to Str values, keys ascending."""
    parts = [_U16.pack(len(entries))]
    for key in sorted(entries):
        parts.append(_U16.pack(key))
        parts.append(pack_str(entries[key]))
    return b"".join(parts)


def pack_str_list(items: Iterable[str]) -> bytes:
    """A 16-bit count, then each Str."""
    encoded = [pack_str(item) for item in items]
    return _U16.pack(len(encoded)) + b"".join(encoded)


class Reader:
    """Reads a buffer front to back; every read checks the length first.

    ``what`` names the structure being read, so a short buffer gives a message such as
    "The AccessToken2 payload ends early: 4 bytes needed at offset 70 for issue_ts, 2 left."
    """

    __slots__ = ("_data", "_pos", "_what")

    def __init__(self, data: bytes, what: str) -> None:
        self._data = data
        self._pos = 0
        self._what = what

    @property
    def pos(self) -> int:
        """The offset of the next byte to read."""
        return self._pos

    @property
    def remaining(self) -> int:
        """How many bytes are left."""
        return len(self._data) - self._pos

    def rest(self) -> bytes:
        """The bytes not read yet (the reader does not move)."""
        chunk = self._data[self._pos :]
        self._pos = len(self._data)
        return chunk

    def take(self, size: int, field: str) -> bytes:
        """The next ``size`` bytes; MalformedTokenError naming ``field`` if they are not there."""
        end = self._pos + size
        if end > len(self._data):
            raise MalformedTokenError(
                msg(
                    "The {what} ends early: {size} bytes needed at offset {offset} for {field}, "
                    "{left} left; the token is probably cut off.",
                    what=self._what,
                    size=size,
                    offset=self._pos,
                    field=field,
                    left=len(self._data) - self._pos,
                )
            )
        chunk = self._data[self._pos : end]
        self._pos = end
        return chunk

    def u16(self, field: str) -> int:
        """A little-endian unsigned 16-bit number."""
        value: int = _U16.unpack(self.take(2, field))[0]
        return value

    def i16(self, field: str) -> int:
        """A little-endian signed 16-bit number."""
        value: int = _I16.unpack(self.take(2, field))[0]
        return value

    def u32(self, field: str) -> int:
        """A little-endian unsigned 32-bit number."""
        value: int = _U32.unpack(self.take(4, field))[0]
        return value

    def raw_str(self, field: str) -> bytes:
        """The bytes of the next Str (16-bit length, then the bytes)."""
        return self.take(self.u16(field), field)

    def text(self, field: str) -> str:
        """A ``Str`` decoded as UTF-8; bytes that are not UTF-8 are shown as U+FFFD."""
        return self.raw_str(field).decode("utf-8", errors="replace")

    def priv_map(self, field: str) -> dict[int, int]:
        """The next PrivMap: a 16-bit count of 16-bit id -> 32-bit value pairs."""
        count = self.u16(field)
        result: dict[int, int] = {}
        for _ in range(count):
            key = self.u16(field)
            result[key] = self.u32(field)
        return result

    def str_map(self, field: str) -> dict[int, str]:
        """The next map of 16-bit keys to Str values, as text."""
        count = self.u16(field)
        result: dict[int, str] = {}
        for _ in range(count):
            key = self.u16(field)
            result[key] = self.text(field)
        return result
