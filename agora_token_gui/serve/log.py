"""What the server tells people: one console line per request, and a JSON Lines log.

Neither ever holds the App Certificate: every line passes through ``Redactor`` (which also catches a
certificate that a client typed into a URL). Tokens are shortened in the JSON Lines log unless
asked for in full (``--log-tokens``); the console shows no token at all.
"""

from __future__ import annotations

import json
import time
from typing import IO

from .contract import Redactor
from .server import Record


def shorten(token: str) -> str:
    """Enough of a token to tell tokens apart in a log, too little to use one."""
    return token if len(token) <= 24 else f"{token[:12]}…{token[-6:]}"


def identity_text(record: Record) -> str:
    answer = record.answer
    parts = []
    if answer.channel is not None:
        parts.append(f"channel={json.dumps(answer.channel, ensure_ascii=False)}")
    if answer.identity is not None:
        kind = answer.identity_kind or "user"
        shown = answer.identity
        if kind == "uid":
            shown += " (any user)" if shown == "0" else ""
        else:
            shown = json.dumps(shown, ensure_ascii=False)
        parts.append(f"{kind}={shown}")
    if answer.role is not None:
        parts.append(answer.role)
    if answer.lifetime is not None and answer.status == 200:
        parts.append(f"{answer.lifetime}s")
    return " ".join(parts)


def console_line(record: Record, redact: Redactor) -> str:
    """``HH:MM:SS client METHOD target status route identity… lifetime [error]``."""
    answer = record.answer
    stamp = time.strftime("%H:%M:%S", time.localtime(record.time))
    line = f"{stamp} {record.client} {record.method} {record.target} {answer.status}"
    if answer.route:
        line += f" {answer.route}"
    detail = identity_text(record)
    if detail:
        line += f" {detail}"
    if answer.error and answer.status != 404:
        line += f" - {answer.error}"
    warnings = answer.warnings
    if warnings:
        more = f" (+{len(warnings) - 1} more)" if len(warnings) > 1 else ""
        line += f" ⚠ {warnings[0]}{more}"
    return redact(_printable(line))


def json_line(record: Record, redact: Redactor, *, full_tokens: bool = False) -> str:
    answer = record.answer
    data: dict[str, object] = {
        "time": time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(record.time))
        + f".{int(record.time % 1 * 1000):03d}Z",
        "client": record.client,
        "method": record.method,
        "target": record.target,
        "status": answer.status,
        "route": answer.route or None,
        "channel": answer.channel,
        answer.identity_kind or "user": answer.identity,
        "role": answer.role,
        "lifetime": answer.lifetime,
    }
    if answer.issued:
        data["tokens"] = {
            issued.key: issued.token if full_tokens else shorten(issued.token)
            for issued in answer.issued
        }
        if full_tokens:
            data["requests"] = {issued.key: issued.request for issued in answer.issued}
    if answer.error:
        data["error"] = answer.error
    if answer.issued and answer.warnings:
        data["warnings"] = answer.warnings
    return redact(json.dumps(data, ensure_ascii=False, separators=(",", ":")))


def _printable(text: str) -> str:
    """No control characters from a client reach the terminal."""
    if text.isprintable():
        return text
    return "".join(c if c.isprintable() else f"\\x{ord(c):02x}" for c in text)


class LineSink:
    """Writes lines to a stream; flushes at most every ``interval`` seconds and on ``flush()``."""

    def __init__(self, stream: IO[str], interval: float = 0.2) -> None:
        self.stream = stream
        self.interval = interval
        self._last = 0.0

    def write(self, line: str) -> None:
        self.stream.write(line + "\n")
        now = time.monotonic()
        if now - self._last >= self.interval:
            self._last = now
            self.stream.flush()

    def flush(self) -> None:
        self._last = time.monotonic()
        self.stream.flush()
