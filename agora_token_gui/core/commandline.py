"""The ``agora-token`` command line for a request: flag names shared by the CLI and "Copy as…"."""

from __future__ import annotations

import json
import shlex
from collections.abc import Mapping

from .catalog import FieldKind, FieldSpec, KeyKind
from .request import TokenRequest, value_to_json

JSON_KINDS = (FieldKind.PRIVILEGES, FieldKind.PERMISSIONS, FieldKind.SERVICES)


def flag(name: str) -> str:
    return "--" + name.replace("_", "-")


def build_argv(kind: KeyKind) -> list[str]:
    argv = ["agora-token", "build", kind.format]
    if not kind.implicit_builder:
        argv.append(kind.builder)
    return argv


def flag_value(spec: FieldSpec, value: object) -> str:
    if spec.kind in JSON_KINDS:
        return json.dumps(value_to_json(value), ensure_ascii=False, separators=(",", ":"))
    return str(value)


def command_line(request: TokenRequest, pinned: Mapping[str, int] | None = None) -> str:
    """A shell command that rebuilds the token; the certificate comes from the environment."""
    argv = build_argv(request.kind)
    argv += ["--app-id", request.app_id]
    for spec in request.kind.fields:
        value = request.values.get(spec.name)
        if value is None and pinned is not None:
            value = pinned.get(spec.name)
        if value is None:
            continue
        text = flag_value(spec, value)
        # argparse would read "--user-id -abc" as a missing value: glue such values on.
        argv += [f"{flag(spec.name)}={text}"] if text.startswith("-") else [flag(spec.name), text]
    return "AGORA_APP_CERTIFICATE=… " + shlex.join(argv).replace("'…'", "…")
