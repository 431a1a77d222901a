"""Any bytes from a client: the connection answers with an HTTP response or waits, never raises."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from agora_token_gui.serve.contract import TokenService
from agora_token_gui.serve.server import ServerOptions, TokenServer, _Connection
from tests.serve.helpers import APP, CERT


class FakeTransport(asyncio.Transport):
    def __init__(self) -> None:
        super().__init__()
        self.written = bytearray()
        self.closing = False

    def write(self, data: Any) -> None:
        self.written += data

    def is_closing(self) -> bool:
        return self.closing

    def close(self) -> None:
        self.closing = True

    def abort(self) -> None:
        self.closing = True

    def can_write_eof(self) -> bool:
        return True

    def write_eof(self) -> None:
        self.closing = True

    def get_extra_info(self, name: str, default: Any = None) -> Any:
        return ("127.0.0.1", 5555) if name == "peername" else default

    def pause_reading(self) -> None:
        pass

    def resume_reading(self) -> None:
        pass


SERVER = TokenServer(TokenService(APP, CERT), ServerOptions(port=0, max_body=1024, max_head=2048))
PIECES = st.sampled_from(
    [
        b"GET ",
        b"POST ",
        b"/rtc/a/publisher/uid/1/",
        b"/getToken",
        b" HTTP/1.1\r\n",
        b" HTTP/1.0\r\n",
        b"Content-Length: 5\r\n",
        b"Content-Length: 99999999999999999999999\r\n",
        b"Transfer-Encoding: chunked\r\n",
        b"Expect: 100-continue\r\n",
        b"Connection: close\r\n",
        b"Origin: x\r\n",
        b"\r\n",
        b"\n",
        b"5\r\nhello\r\n0\r\n\r\n",
        b'{"tokenType":"rtc","channel":"c","uid":"1"}',
        b"%",
        b"\xff",
        b":",
        b" ",
    ]
)


# Hypothesis's own example cache compares choice sequences that hold an int (a sampled piece) where
# another holds bytes (a binary draw); under `python -b` that is a BytesWarning raised inside
# hypothesis.internal.cache, about one run in three. Only that module's warning is ignored: a
# bytes/str mix-up in the server code still fails the test.
@pytest.mark.filterwarnings("ignore::BytesWarning:hypothesis.internal.cache")
@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(PIECES, st.binary(max_size=40)), max_size=12))
def test_any_bytes_get_http_answers_or_nothing(chunks: list[bytes]) -> None:
    connection = _Connection(SERVER)
    transport = FakeTransport()
    connection.connection_made(transport)
    for chunk in chunks:
        connection.data_received(chunk)  # must not raise
    connection.eof_received()
    connection.connection_lost(None)
    written = bytes(transport.written)
    if written:
        assert written.startswith(b"HTTP/1.1 "), written[:80]
        assert b"HTTP/1.1 500" not in written, written
    assert not SERVER.connections
