"""Malformed, huge, slow and half-open requests get a JSON 4xx and the server keeps serving."""

from __future__ import annotations

import json
import socket
import time
from concurrent.futures import ThreadPoolExecutor

from agora_token_gui.serve.server import ServerOptions
from tests.serve.helpers import Running, running


def status_and_json(raw: bytes) -> tuple[int, dict[str, object]]:
    head, _, body = raw.partition(b"\r\n\r\n")
    status = int(head.split(b" ", 2)[1])
    data = json.loads(body)
    assert isinstance(data, dict)
    assert b"Content-Type: application/json; charset=utf-8" in head
    assert b"Connection: close" in head
    return status, data


MALFORMED = [
    (b"GARBAGE\r\n\r\n", 400, "request line"),
    (b"GET /ping HTTP/2.0\r\n\r\n", 505, "version"),
    (b"GET /ping FTP/1.1\r\n\r\n", 400, "request line"),
    (b"G(T /ping HTTP/1.1\r\n\r\n", 400, "method"),
    (b"GET /ping HTTP/1.1\r\nNoColon\r\n\r\n", 400, "header line"),
    (b"GET /ping HTTP/1.1\r\nBad : x\r\n\r\n", 400, "header line"),
    (b"GET /ping HTTP/1.1\r\n folded\r\n\r\n", 400, "header line"),
    (b"POST /getToken HTTP/1.1\r\nContent-Length: -1\r\n\r\n", 400, "Content-Length"),
    (
        b"POST /getToken HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n",
        400,
        "Content-Length",
    ),
    (b"POST /getToken HTTP/1.1\r\nTransfer-Encoding: gzip\r\n\r\n", 501, "chunked"),
    (b"POST /getToken HTTP/1.1\r\nContent-Length: 99999999\r\n\r\n", 413, "larger"),
    (b"GET /rtm/%FF/ HTTP/1.1\r\nConnection: close\r\n\r\n", 400, "UTF-8"),
    (b"GET /rtm/%zz/ HTTP/1.1\r\nConnection: close\r\n\r\n", 400, "percent"),
    (b"GET /rtm/\xff/ HTTP/1.1\r\n\r\n", 400, "UTF-8"),
    (b"GET /ping HTTP/1.1\r\nX: " + b"a" * 20000 + b"\r\n\r\n", 431, "too large"),
    (b"GET /ping HTTP/1.1\r\n" + b"X: a\r\n" * 101 + b"\r\n", 431, "header lines"),
    (
        b"POST /getToken HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n",
        400,
        "chunk",
    ),
]


def test_malformed_requests_get_a_json_error_and_the_server_keeps_serving(server: Running) -> None:
    for data, status, words in MALFORMED:
        got, body = status_and_json(server.raw(data))
        assert got == status, data[:60]
        assert body["status"] == status
        assert words in str(body["error"]), (data[:60], body)
    assert server.get("/ping").status == 200


def test_chunked_body_pipelining_and_100_continue(server: Running) -> None:
    body = b'{"tokenType":"chat","uid":"u"}'
    chunked = b"%x\r\n%s\r\n0\r\n\r\n" % (len(body), body)
    raw = server.raw(
        b"POST /getToken HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n"
        + chunked
        + b"GET /ping HTTP/1.1\r\n\r\n"
        + b"GET /ping HTTP/1.0\r\n\r\n"
    )
    assert raw.count(b"HTTP/1.1 200 OK") == 3
    assert b'{"token":"007' in raw
    assert raw.endswith(b'{"message":"pong"}')
    with socket.create_connection((server.host, server.port), timeout=5) as sock:
        sock.sendall(
            b"POST /getToken HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: %d\r\n\r\n"
            % len(body)
        )
        assert sock.recv(100) == b"HTTP/1.1 100 Continue\r\n\r\n"
        sock.sendall(body)
        assert sock.recv(4096).startswith(b"HTTP/1.1 200 OK")


def test_slow_requests_time_out_with_408() -> None:
    options = ServerOptions(
        port=0, header_timeout=0.3, body_timeout=0.3, idle_timeout=0.3, sweep_interval=0.05
    )
    with running(options=options) as server:
        with socket.create_connection((server.host, server.port), timeout=5) as sock:
            sock.sendall(b"GET /ping HTTP/1.1\r\nX-Slow: ")
            status, body = status_and_json(sock.recv(4096))
        assert status == 408
        assert "in time" in str(body["error"])
        with socket.create_connection((server.host, server.port), timeout=5) as sock:
            sock.sendall(b"POST /getToken HTTP/1.1\r\nContent-Length: 10\r\n\r\n{")
            assert status_and_json(sock.recv(4096))[0] == 408
        with socket.create_connection((server.host, server.port), timeout=5) as sock:
            started = time.monotonic()
            assert sock.recv(4096) == b""  # an idle connection is closed without a word
            assert time.monotonic() - started < 3
        assert server.get("/ping").status == 200


def test_connection_limit_answers_503() -> None:
    with running(options=ServerOptions(port=0, max_connections=3)) as server:
        held = [socket.create_connection((server.host, server.port)) for _ in range(3)]
        try:
            time.sleep(0.1)
            status, body = status_and_json(server.raw(b"GET /ping HTTP/1.1\r\n\r\n"))
            assert status == 503
            assert "too many" in str(body["error"])
        finally:
            for sock in held:
                sock.close()
        deadline = time.monotonic() + 5
        while server.get("/ping").status != 200 and time.monotonic() < deadline:
            time.sleep(0.05)


def test_500_slow_or_half_open_connections_do_not_stop_normal_clients() -> None:
    """Fault test: 500 bad sockets (silent, half-closed, trickling headers), 200 normal requests."""
    with running() as server:
        address = (server.host, server.port)
        bad: list[socket.socket] = []
        try:
            for index in range(500):
                sock = socket.create_connection(address, timeout=5)
                if index % 3 == 0:
                    sock.sendall(b"GET /rtc/slow/publisher/uid/1/ HTTP/1.1\r\nX-A: ")
                elif index % 3 == 1:
                    sock.shutdown(socket.SHUT_WR)  # half-closed mid-nothing
                # else: connected and silent, as a client that vanished without closing
                bad.append(sock)
            for sock in bad[::3]:
                sock.sendall(b"a")  # still trickling
            started = time.monotonic()

            def fetch(uid: int) -> int:
                return server.get(f"/rtc/ok/publisher/uid/{uid}/").status

            with ThreadPoolExecutor(8) as pool:
                statuses = list(pool.map(fetch, range(200)))
            elapsed = time.monotonic() - started
            assert statuses == [200] * 200
            assert elapsed < 10, elapsed  # generous: served at normal speed, not after time-outs
        finally:
            for sock in bad:
                sock.close()


def test_a_client_that_never_reads_does_not_grow_the_server(server: Running) -> None:
    """Pipelined requests from a client that does not read: reading stops, memory stays bounded."""
    request = b"GET /rtc/c/publisher/uid/1/ HTTP/1.1\r\n\r\n"
    with socket.create_connection((server.host, server.port), timeout=5) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
        sock.setblocking(False)
        sent = 0
        deadline = time.monotonic() + 3
        while time.monotonic() < deadline and sent < 50_000_000:
            try:
                sent += sock.send(request * 100)
            except BlockingIOError:
                time.sleep(0.01)
                if time.monotonic() > deadline - 2.5:
                    break
        # the server stopped reading long before 50 MB: its buffers stay small
        assert sent < 20_000_000
        connections = list(server.thread.server.connections)
        assert all(len(c.buffer) <= 300_000 for c in connections)
    assert server.get("/ping").status == 200
