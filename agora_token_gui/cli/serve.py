"""``agora-token serve``: a local token server that test builds can fetch tokens from.

A drop-in for the community token service (``../shared/spec/token-server.md``): same routes,
parameters, answers, CORS and no-cache headers. It listens on 127.0.0.1 unless told otherwise,
prints one line per request, and stops cleanly on Ctrl+C (or SIGTERM).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import signal
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from ..core.errors import InvalidInputError
from ..core.text import msg
from .common import (
    CERT_LABEL,
    EXIT_OK,
    EXIT_USAGE,
    PROG,
    SubParsers,
    ask_secret,
    command,
    error,
    language,
    say,
    warning,
)

if TYPE_CHECKING:
    from ..serve.config import Credentials
    from ..serve.contract import Limits

BEARER_ENV = "AGORA_SERVE_BEARER_SECRET"


@command
def register(sub: SubParsers) -> None:
    """Add ``serve``."""
    parser = sub.add_parser(
        "serve",
        help=say(msg("run a local token server for test builds")),
        description=say(
            msg(
                "Serve tokens over HTTP like the community token server "
                "(GET /rtc/CHANNEL/ROLE/uid|userAccount/UID/, /rtm/USER/, /rte/…, /chat/…, "
                "POST /getToken, GET /ping). Credentials: flags, --profile, "
                "$APP_ID/$APP_CERTIFICATE, $AGORA_APP_ID/$AGORA_APP_CERTIFICATE, or a .env file. "
                "Ctrl+C stops it."
            )
        ),
    )
    parser.add_argument(
        "--app-id", help=say(msg("App ID (default: --profile, $APP_ID, $AGORA_APP_ID)."))
    )
    parser.add_argument(
        "--app-certificate",
        help=say(
            msg(
                "App Certificate; better: $APP_CERTIFICATE, $AGORA_APP_CERTIFICATE, a .env file or "
                "--profile, so it stays out of the process list and shell history."
            )
        ),
    )
    parser.add_argument(
        "--profile", metavar="NAME", help=say(msg("A profile saved in the desktop app."))
    )
    parser.add_argument(
        "--env-file",
        metavar="FILE",
        help=say(
            msg(
                "Read KEY=value settings from FILE (default: ./.env when present); variables "
                "already in the environment win."
            )
        ),
    )
    parser.add_argument(
        "--host",
        default="127.0.0.1",
        help=say(
            msg(
                "Address to listen on (default 127.0.0.1, this machine only). 0.0.0.0 lets phones "
                "on the LAN connect - and anyone else on that network."
            )
        ),
    )
    parser.add_argument(
        "--port",
        type=int,
        metavar="N",
        help=say(
            msg("TCP port (default: $SERVER_PORT, else $PORT, else 8080; 0 = any free port).")
        ),
    )
    parser.add_argument(
        "--cors-allow-origin",
        metavar="ORIGINS",
        help=say(
            msg(
                "'*' or comma-separated exact origins that browsers may call from (default: "
                "$CORS_ALLOW_ORIGIN; unset = only requests without an Origin header, as the "
                "original)."
            )
        ),
    )
    limits = parser.add_argument_group(
        say(msg("limits (none by default, as the community server)"))
    )
    limits.add_argument(
        "--allow-channel",
        action="append",
        default=[],
        metavar="GLOB",
        help=say(msg("Only issue tokens for channels matching GLOB (repeatable), e.g. 'qa-*'.")),
    )
    limits.add_argument(
        "--allow-user",
        action="append",
        default=[],
        metavar="GLOB",
        help=say(
            msg(
                "Only issue tokens for these uids, accounts or user ids (repeatable; uid 0 = any "
                "user must be listed to be allowed)."
            )
        ),
    )
    limits.add_argument(
        "--max-lifetime",
        metavar="SECONDS",
        help=say(msg("Refuse lifetimes longer than this (seconds, or 30m, 2h, 1d).")),
    )
    limits.add_argument(
        "--bearer-secret",
        metavar="SECRET",
        help=say(
            msg(
                "Require 'Authorization: Bearer SECRET' on token requests (or ${env}).",
                env=BEARER_ENV,
            )
        ),
    )
    log = parser.add_argument_group(say(msg("logging")))
    log.add_argument(
        "--log", metavar="FILE", help=say(msg("Also append each request to FILE as JSON Lines."))
    )
    log.add_argument(
        "--log-tokens",
        action="store_true",
        help=say(
            msg(
                "Write whole tokens (and the request that rebuilds each) to --log; default: "
                "shortened."
            )
        ),
    )
    log.add_argument(
        "--quiet", action="store_true", help=say(msg("No line per request on the console."))
    )
    parser.set_defaults(handler=run)


def _duration(text: str) -> int:
    units = {"s": 1, "m": 60, "h": 3600, "d": 86_400}
    value = text.strip()
    factor = units.get(value[-1:], 1) if value else 1
    number = value[:-1] if value[-1:] in units else value
    if not number.isdecimal() or not number.isascii():
        raise InvalidInputError(
            msg(
                "--max-lifetime must be seconds or a duration such as 30m, 2h, 1d; got {value}.",
                value=repr(text),
            ),
            "max_lifetime",
        )
    return int(number) * factor


def run(args: argparse.Namespace) -> int:
    """Start the server and serve until Ctrl+C."""
    from ..serve import config, profile_store
    from ..serve.contract import Limits, TokenService
    from ..serve.log import LineSink, console_line, json_line
    from ..serve.server import Record, ServerOptions, TokenServer, local_addresses

    env_file = Path(args.env_file) if args.env_file else Path(".env")
    values = config.settings(None, env_file, explicit_env_file=bool(args.env_file))
    profile = profile_store.load(args.profile) if args.profile else None
    certificate = args.app_certificate
    found_elsewhere = any(values.get(n) for n in config.CERTIFICATE_NAMES) or (
        profile is not None and profile[1]
    )
    if not certificate and not found_elsewhere and sys.stdin is not None and sys.stdin.isatty():
        certificate = ask_secret(CERT_LABEL)
    credentials = config.resolve_credentials(
        values, app_id=args.app_id, app_certificate=certificate, profile=profile
    )
    port = config.resolve_port(values, args.port)
    cors = args.cors_allow_origin
    if cors is None:
        cors = values.get("CORS_ALLOW_ORIGIN")
    bearer = args.bearer_secret or values.get(BEARER_ENV) or None
    limits = Limits(
        channels=tuple(args.allow_channel),
        identities=tuple(args.allow_user),
        max_lifetime=_duration(args.max_lifetime) if args.max_lifetime else None,
        bearer=bearer,
    )
    service = TokenService(
        credentials.app_id, credentials.app_certificate, cors_allow_origin=cors, limits=limits
    )
    redact = service.redact

    sinks: list[LineSink] = []
    console = None if args.quiet else LineSink(sys.stdout)
    log_file: TextIO | None = None
    if args.log:
        try:
            log_file = open(args.log, "a", encoding="utf-8")  # noqa: SIM115 (closed below)
        except OSError as exc:
            error(
                msg(
                    "cannot open --log {file} ({reason}).", file=repr(args.log), reason=exc.strerror
                )
            )
            return EXIT_USAGE
        sinks.append(LineSink(log_file, interval=1.0))
    if console is not None:
        sinks.append(console)
    log_sink = sinks[0] if log_file is not None else None
    counts = {"requests": 0, "tokens": 0}

    def on_request(record: Record) -> None:
        counts["requests"] += 1
        counts["tokens"] += len(record.answer.issued)
        if console is not None:
            console.write(console_line(record, redact))
        if log_sink is not None:
            log_sink.write(json_line(record, redact, full_tokens=args.log_tokens))

    server = TokenServer(service, ServerOptions(host=args.host, port=port), listeners=(on_request,))
    server.ticks.extend(sink.flush for sink in sinks)

    async def serve() -> None:
        stop = asyncio.Event()
        try:
            await server.start()
        except OSError as exc:
            raise InvalidInputError(
                f"Cannot listen on {args.host} port {port}: {exc.strerror or exc}.", "port"
            ) from exc
        with contextlib.suppress(NotImplementedError, AttributeError, ValueError):
            asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, stop.set)
        _banner(server.addresses, credentials, args.host, limits, cors, local_addresses)
        try:
            await stop.wait()
        finally:
            await server.close()

    try:
        asyncio.run(serve())
    except KeyboardInterrupt:
        pass
    finally:
        for sink in sinks:
            with contextlib.suppress(OSError, ValueError):
                sink.flush()
        if log_file is not None:
            log_file.close()
    stopped = msg(
        "{prog} serve: stopped after {requests} request(s), {tokens} token(s) issued.",
        prog=PROG,
        requests=counts["requests"],
        tokens=counts["tokens"],
    )
    print(say(stopped), file=sys.stderr)
    return EXIT_OK


def _banner(
    addresses: list[tuple[str, int]],
    credentials: Credentials,
    host: str,
    limits: Limits,
    cors: str | None,
    local_addresses: Callable[[], list[str]],
) -> None:
    from ..serve import config

    exposed = config.exposed(host)
    if exposed:
        warning(config.LAN_WARNING.format(host=host, app_id=credentials.app_id))
    out = sys.stderr
    source = msg(
        "{prog} serve: App ID {app_id} (from {app_id_source}), certificate from "
        "{certificate_source}.",
        prog=PROG,
        app_id=credentials.app_id,
        app_id_source=credentials.app_id_source,
        certificate_source=credentials.certificate_source,
    )
    print(say(source), file=out)
    found = config.base_urls(addresses, local_addresses() if exposed else [])
    where = msg(
        "{prog} serve: token server at {urls} (process {pid}; Ctrl+C stops it)",
        prog=PROG,
        urls=", ".join(found),
        pid=os.getpid(),
    )
    print(say(where), file=out)
    print(
        "  " + say(msg("try: {command}", command=f"curl {found[0]}/rtc/test/publisher/uid/1234/")),
        file=out,
    )
    details = []
    if limits.channels:
        details.append(say(msg("channels {names}", names=", ".join(limits.channels))))
    if limits.identities:
        details.append(say(msg("users {names}", names=", ".join(limits.identities))))
    if limits.max_lifetime is not None:
        details.append(say(msg("lifetime <= {seconds} s", seconds=limits.max_lifetime)))
    if limits.bearer:
        details.append(say(msg("bearer secret required")))
    if details:
        separator = "; " if language() == "en" else "；"
        print("  " + say(msg("limits: {details}", details=separator.join(details))), file=out)
    allowed = cors or msg("requests without an Origin header only")
    print("  " + say(msg("CORS: {allowed}", allowed=allowed)), file=out)
    out.flush()
