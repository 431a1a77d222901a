"""The ``agora-token`` command line for a request: flag names shared by the CLI and "Copy as…"."""

from __future__ import annotations

import json
import shlex
from collections.abc import Mapping
from typing import Final

from .catalog import FieldKind, FieldSpec, KeyKind
from .request import TokenRequest, value_to_json

JSON_KINDS = (FieldKind.PRIVILEGES, FieldKind.PERMISSIONS, FieldKind.SERVICES)
# A text-or-number flag (the stream key's uid) is text; this prefix asks for the number.
NUMBER_PREFIX: Final = "number:"
# The environment variable the CLI reads each kind of secret from (never a command-line word).
SECRET_ENV: Final[Mapping[str, str]] = {
    "app_certificate": "AGORA_APP_CERTIFICATE",
    "secret_access_key": "AGORA_WHITEBOARD_SK",
}


def flag(name: str) -> str:
    """The CLI flag of a request key: uid -> --uid, channel_name -> --channel-name."""
    return "--" + name.replace("_", "-")


def build_argv(kind: KeyKind) -> list[str]:
    """``agora-token build FORMAT [BUILDER]`` for a key kind."""
    argv = ["agora-token", "build", kind.format]
    if not kind.implicit_builder:
        argv.append(kind.builder)
    return argv


def flag_value(spec: FieldSpec, value: object) -> str:
    """A request value as the text of its CLI flag (JSON for the JSON fields)."""
    if spec.kind is FieldKind.TEXT_OR_NUMBER and isinstance(value, int):
        return f"{NUMBER_PREFIX}{value}"
    if spec.kind in JSON_KINDS:
        return json.dumps(value_to_json(value), ensure_ascii=False, separators=(",", ":"))
    return str(value)


def command_line(request: TokenRequest, pinned: Mapping[str, int | str] | None = None) -> str:
    """A shell command that rebuilds the token; the secret comes from the environment.

    It does not begin with ``AGORA_APP_CERTIFICATE=…``: such a prefix would override the
    variable the user exported (with the text "…"), so the variable is named only in the message
    beside the copy, and the command reads whatever the shell has set.
    """
    argv = build_argv(request.kind)
    credentials = request.kind.credentials
    if credentials.identity is not None:
        argv += [flag(credentials.identity), request.app_id]
    for spec in request.kind.fields:
        value = request.values.get(spec.name)
        if value is None and pinned is not None:
            value = pinned.get(spec.name)
        if value is None or spec.name == "now":  # the stream key's creation time is --now
            continue
        text = flag_value(spec, value)
        # argparse would read "--user-id -abc" as a missing value: glue such values on.
        argv += [f"{flag(spec.name)}={text}"] if text.startswith("-") else [flag(spec.name), text]
    now = request.values.get("now", (pinned or {}).get("now"))
    if now is not None and any(spec.name == "now" for spec in request.kind.fields):
        argv += ["--now", str(now)]
    return shlex.join(argv)
