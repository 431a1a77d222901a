"""A real token server on 127.0.0.1 (ephemeral port) and a small HTTP client for the tests."""

from __future__ import annotations

import http.client
import json
import socket
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from agora_token_gui.core import decode, to_json, verify
from agora_token_gui.core.verification import VerifyInputs
from agora_token_gui.serve.contract import Limits, TokenService
from agora_token_gui.serve.server import Record, ServerOptions, ServerThread
from tests.tokens import APP as APP
from tests.tokens import CERT as CERT


@dataclass
class Reply:
    status: int
    headers: dict[str, str]  # lower-case names
    body: bytes

    def json(self) -> object:
        return json.loads(self.body)


@dataclass
class Running:
    host: str
    port: int
    records: list[Record]
    thread: ServerThread

    def request(
        self,
        method: str,
        target: str,
        body: bytes | None = None,
        headers: dict[str, str] | None = None,
    ) -> Reply:
        connection = http.client.HTTPConnection(self.host, self.port, timeout=10)
        try:
            connection.request(method, target, body=body, headers=headers or {})
            response = connection.getresponse()
            data = response.read()
            found = {name.lower(): value for name, value in response.getheaders()}
            return Reply(response.status, found, data)
        finally:
            connection.close()

    def get(self, target: str, **headers: str) -> Reply:
        return self.request("GET", target, headers=headers)

    def post(self, body: bytes | str, **headers: str) -> Reply:
        data = body.encode() if isinstance(body, str) else body
        return self.request("POST", "/getToken", data, headers)

    def raw(self, data: bytes, *, timeout: float = 5.0) -> bytes:
        """Send bytes on a fresh connection, read until the server closes it (or a timeout)."""
        with socket.create_connection((self.host, self.port), timeout=timeout) as sock:
            sock.sendall(data)
            chunks = []
            try:
                while chunk := sock.recv(65536):
                    chunks.append(chunk)
            except TimeoutError:
                pass
            return b"".join(chunks)


@contextmanager
def running(
    *,
    limits: Limits | None = None,
    cors: str | None = None,
    options: ServerOptions | None = None,
    clock: object = None,
) -> Iterator[Running]:
    service = TokenService(APP, CERT, cors_allow_origin=cors, limits=limits)
    records: list[Record] = []
    thread = ServerThread(service, options or ServerOptions(port=0), listeners=(records.append,))
    host, port = thread.start()[0]
    try:
        yield Running(host, port, records, thread)
    finally:
        thread.stop()


def decoded(token: str) -> dict[str, object]:
    """The token decoded to requests.md JSON, after checking its signature with CERT."""
    value = decode(token)
    assert verify(value, VerifyInputs(CERT)).valid, token
    data: dict[str, object] = dict(to_json(value))
    assert data["app_id"] == APP
    return data


def services(token: str) -> list[dict[str, object]]:
    found = decoded(token)["services"]
    assert isinstance(found, list)
    return found
