"""Where ``agora-token serve`` finds its App ID, certificate, port and CORS setting.

Credentials, first found wins, each of App ID and certificate on its own:
  1. ``--app-id`` / ``--app-certificate``;
  2. ``--profile NAME``: a profile saved in the desktop app (App ID from its settings, certificate
     from the system keychain);
  3. the environment: ``APP_ID`` / ``APP_CERTIFICATE`` (as the community server reads them), then
     the project's ``AGORA_APP_ID`` / ``AGORA_APP_CERTIFICATE``;
  4. a ``.env`` file (``--env-file``, default ``./.env`` when present), the same names; as with
     the community server, a variable already in the environment wins over the file.

Port: ``--port``, else ``SERVER_PORT``, else ``PORT``, else 8080. CORS: ``--cors-allow-origin``,
else ``CORS_ALLOW_ORIGIN``. Unlike the community server, a certificate that is not 32 hexadecimal
characters stops the start (the original would start and then fail every request).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Final

from ..core.encoding import is_hex
from ..core.errors import InvalidInputError

DEFAULT_PORT: Final = 8080
APP_ID_NAMES: Final = ("APP_ID", "AGORA_APP_ID")
CERTIFICATE_NAMES: Final = ("APP_CERTIFICATE", "AGORA_APP_CERTIFICATE")
MAX_ENV_FILE: Final = 256 * 1024


@dataclass(frozen=True, slots=True)
class Credentials:
    app_id: str
    app_certificate: str = field(repr=False)
    app_id_source: str = ""
    certificate_source: str = ""


def read_env_file(path: Path) -> dict[str, str]:
    """``KEY=value`` lines of a .env file (``export``, quotes and ``#`` comments allowed).

    Raises:
        InvalidInputError: the file cannot be read, is too large or is not UTF-8 text.
    """
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_ENV_FILE + 1)
    except OSError as exc:
        raise InvalidInputError(f"Cannot read {path} ({exc.strerror}).", "env_file") from exc
    if len(data) > MAX_ENV_FILE:
        raise InvalidInputError(
            f"{path} is larger than {MAX_ENV_FILE // 1024} KiB; is it really a .env file?",
            "env_file",
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InvalidInputError(
            f"{path} is not UTF-8 text (byte {exc.start + 1}).", "env_file"
        ) from exc
    values: dict[str, str] = {}
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("export "):
            line = line[len("export ") :].lstrip()
        name, sep, value = line.partition("=")
        name = name.strip()
        if not sep or not name.replace("_", "").isalnum():
            continue
        value = value.strip()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
            value = value[1:-1]
        elif " #" in value:
            value = value.split(" #", 1)[0].rstrip()
        values[name] = value
    return values


def settings(
    environ: Mapping[str, str] | None = None,
    env_file: Path | None = None,
    *,
    explicit_env_file: bool = False,
) -> dict[str, str]:
    """The environment merged over the .env file (the environment wins); empty values dropped."""
    env = dict(os.environ if environ is None else environ)
    merged: dict[str, str] = {}
    if env_file is not None and (explicit_env_file or env_file.is_file()):
        merged.update(read_env_file(env_file))
        merged = {k: v for k, v in merged.items() if v}
        for key in list(merged):
            merged[key + "\0source"] = str(env_file)
    for key, value in env.items():
        if value:
            merged[key] = value
            merged.pop(key + "\0source", None)
    return merged


def _source(values: Mapping[str, str], name: str) -> str:
    where = values.get(name + "\0source")
    return f"{name} in {where}" if where else f"${name}"


def resolve_credentials(
    values: Mapping[str, str],
    *,
    app_id: str | None = None,
    app_certificate: str | None = None,
    profile: tuple[str, str | None] | None = None,
) -> Credentials:
    """Pick the App ID and certificate (see the module's docstring) and check them.

    ``profile`` is (App ID, certificate or None) of a saved profile the caller has looked up.

    Raises:
        InvalidInputError: one is missing or not 32 hexadecimal characters (the message never
            contains the certificate).
    """
    found_id, id_source = app_id or "", "--app-id" if app_id else ""
    found_cert, cert_source = app_certificate or "", "--app-certificate" if app_certificate else ""
    if profile is not None:
        if not found_id and profile[0]:
            found_id, id_source = profile[0], "the profile"
        if not found_cert and profile[1]:
            found_cert, cert_source = profile[1], "the profile's keychain entry"
    for name in APP_ID_NAMES:
        if not found_id and values.get(name):
            found_id, id_source = values[name].strip(), _source(values, name)
    for name in CERTIFICATE_NAMES:
        if not found_cert and values.get(name):
            found_cert, cert_source = values[name].strip(), _source(values, name)
    if not found_id:
        raise InvalidInputError(
            "No App ID: pass --app-id, --profile, or set APP_ID (or AGORA_APP_ID) in the "
            "environment or a .env file.",
            "app_id",
        )
    if not found_cert:
        raise InvalidInputError(
            "No App Certificate: pass --app-certificate or --profile, or set APP_CERTIFICATE (or "
            "AGORA_APP_CERTIFICATE) in the environment or a .env file.",
            "app_certificate",
        )
    if len(found_id) != 32 or not is_hex(found_id):
        raise InvalidInputError(
            f"The App ID from {id_source} must be 32 hexadecimal characters; it has "
            f"{len(found_id)} characters{'' if is_hex(found_id) else ', not all hexadecimal'}.",
            "app_id",
        )
    if len(found_cert) != 32 or not is_hex(found_cert):
        raise InvalidInputError(
            f"The App Certificate from {cert_source} must be 32 hexadecimal characters; it has "
            f"{len(found_cert)} characters{'' if is_hex(found_cert) else ', not all hexadecimal'}"
            " (the community server would start and then refuse every request).",
            "app_certificate",
        )
    return Credentials(found_id, found_cert, id_source, cert_source)


def resolve_port(values: Mapping[str, str], flag: int | None = None) -> int:
    """``--port``, else ``SERVER_PORT``, else ``PORT``, else 8080.

    Raises:
        InvalidInputError: the chosen value is not a port number (0 = any free port).
    """
    if flag is not None:
        text, source = str(flag), "--port"
    elif values.get("SERVER_PORT"):
        text, source = values["SERVER_PORT"], _source(values, "SERVER_PORT")
    elif values.get("PORT"):
        text, source = values["PORT"], _source(values, "PORT")
    else:
        return DEFAULT_PORT
    text = text.strip()
    if not text.isdecimal() or not text.isascii() or int(text) > 65535:
        raise InvalidInputError(
            f"The port from {source} must be a whole number from 0 to 65535; got {text!r}.",
            "port",
        )
    return int(text)


def base_urls(addresses: list[tuple[str, int]], lan: list[str] | None = None) -> list[str]:
    """The base URLs a test build can use: every local address when listening on all of them."""
    found: list[str] = []
    for address, port in addresses:
        if address in ("0.0.0.0", "::"):
            names = ["127.0.0.1", *(lan or [])] if address == "0.0.0.0" else ["::1"]
        else:
            names = [address]
        for name in names:
            shown = f"[{name}]" if ":" in name else name
            url = f"http://{shown}:{port}"
            if url not in found:
                found.append(url)
    return found


def exposed(host: str) -> bool:
    """Whether a listening address reaches beyond this machine."""
    return host not in ("127.0.0.1", "localhost", "::1") and not host.startswith("127.")


LAN_WARNING: Final = (
    "listening on {host}: anyone who can reach this machine on the network can mint "
    "tokens for App ID {app_id} with its certificate, for any channel and user unless you set "
    "limits (--allow-channel, --allow-user, --max-lifetime, --bearer-secret). Use this only on "
    "a network you trust, and stop the server when the test is done."
)
