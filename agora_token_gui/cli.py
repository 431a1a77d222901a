"""``agora-token``: build, decode, verify and batch-build Agora tokens from the command line.

Standard library only; never imports Qt. Every command goes through the same core functions as
the desktop app.
"""

from __future__ import annotations

import argparse
import collections
import getpass
import itertools
import json
import os
import re
import sys
import time
from collections.abc import Iterator, Sequence
from typing import TextIO

from . import __version__
from .core import catalog, detect, report, requests, timefmt
from .core import verification as verifying
from .core.catalog import FieldKind, KeyKind
from .core.commandline import JSON_KINDS, flag
from .core.errors import InvalidInputError, MalformedTokenError, TokenError

PROG = "agora-token"
CERT_ENV = "AGORA_APP_CERTIFICATE"

EXIT_OK = 0
EXIT_FAIL = 1
EXIT_USAGE = 2


class _Parser(argparse.ArgumentParser):
    """argparse with our exit status for usage errors (2, which argparse uses too)."""


def _kind_help(kind: KeyKind) -> str:
    return f"{kind.title}: {kind.description}"


def _field_help(spec: catalog.FieldSpec) -> str:
    parts = [spec.help]
    if spec.unit:
        parts.append(f"[{spec.unit}]")
    if spec.choices:
        parts.append("choices: " + ", ".join(f"{c.value} = {c.label}" for c in spec.choices))
    if spec.kind in JSON_KINDS:
        parts.append("(JSON; @FILE reads it from a file)")
    elif spec.kind is FieldKind.DURATION:
        parts.append("(also 90s, 30m, 2h, 1d)")
    elif spec.kind is FieldKind.TIMESTAMP:
        parts.append("(also ISO 8601 such as 2026-11-28T19:00:00Z, or +2h / -30m from now)")
    if spec.pin is not None:
        parts.append(f"(optional; default: {_PIN_HELP[spec.pin]})")
    elif spec.default is not None:
        parts.append(f"(default {spec.default!r})")
    else:
        parts.append("(required)")
    return " ".join(p for p in parts if p).replace("%", "%%")


_PIN_HELP = {
    catalog.Pin.NOW: "now",
    catalog.Pin.NOW_PLUS_DAY: "now + 24 h",
    catalog.Pin.SALT: "random 1..99999999",
    catalog.Pin.RANDOM_U32: "random 32-bit number",
}
_METAVAR = {
    FieldKind.TEXT: "TEXT",
    FieldKind.UINT32: "N",
    FieldKind.UID: "UID",
    FieldKind.INT16: "N",
    FieldKind.DURATION: "SECONDS",
    FieldKind.TIMESTAMP: "TIME",
    FieldKind.CHOICE: "CHOICE",
    FieldKind.PRIVILEGES: "JSON",
    FieldKind.SERVICES: "JSON",
    FieldKind.PERMISSIONS: "JSON",
}
_DURATION = re.compile(r"([0-9]+)([smhd])\Z")


def _add_credentials(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--app-id", required=True, help="App ID: 32 hexadecimal characters.")
    parser.add_argument(
        "--app-certificate",
        help=f"App Certificate; better: set ${CERT_ENV} or type it at the prompt, so it stays "
        "out of shell history.",
    )


def _add_build(sub: argparse._SubParsersAction[_Parser]) -> None:
    build = sub.add_parser(
        "build",
        help="build one token",
        description="Build one token. FORMAT and BUILDER come from the catalogue below; each "
        "builder has its own flags (agora-token build FORMAT BUILDER --help).",
        epilog="\n".join(
            f"  {k.format:<9} {'' if k.implicit_builder else k.builder:<24} {k.title}"
            for k in catalog.KINDS
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    formats = build.add_subparsers(dest="format", metavar="FORMAT", required=True)
    for format_ in catalog.FORMATS:
        kinds = catalog.builders(format_)
        if len(kinds) == 1 and kinds[0].implicit_builder:
            parser = formats.add_parser(
                format_, help=kinds[0].title, description=_kind_help(kinds[0])
            )
            _add_kind_flags(parser, kinds[0])
            continue
        fmt_parser = formats.add_parser(format_, help=f"{kinds[0].group} builders")
        builders = fmt_parser.add_subparsers(dest="builder", metavar="BUILDER", required=True)
        for kind in kinds:
            parser = builders.add_parser(
                kind.builder, help=kind.title, description=_kind_help(kind)
            )
            _add_kind_flags(parser, kind)


def _add_kind_flags(parser: argparse.ArgumentParser, kind: KeyKind) -> None:
    _add_credentials(parser)
    for spec in kind.fields:
        parser.add_argument(
            flag(spec.name), dest=f"field_{spec.name}", metavar="VALUE", help=_field_help(spec)
        )
    parser.add_argument("--id", help="An id echoed in --json output.")
    parser.add_argument(
        "--json", action="store_true", help="Print token, pinned values and warnings as JSON."
    )
    parser.add_argument(
        "--now",
        help="Pretend the current time is this (unix seconds or ISO "
        "8601); pins issue time defaults.",
    )
    parser.set_defaults(kind=kind)


def _add_verify_inputs(parser: argparse.ArgumentParser, cert_help: str) -> None:
    parser.add_argument("--app-certificate", help=cert_help)
    parser.add_argument("--channel-name", help="Channel name (006, 005, 004, 003, 002, 001).")
    who = parser.add_mutually_exclusive_group()
    who.add_argument("--uid", help="Numeric uid (0 = any user).")
    who.add_argument("--account", help="String account (006 accounts, signaling).")


def make_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog=PROG,
        description="Build, decode and verify Agora tokens (007, 006) and dynamic keys "
        "(005, 004, 003, 002, v1, signaling). No network access.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(
        dest="command", metavar="COMMAND", required=True, parser_class=_Parser
    )
    _add_build(sub)

    dec = sub.add_parser(
        "decode",
        help="show what is inside a token",
        description="Decode a token; '-' reads one token per line from standard input.",
    )
    dec.add_argument("token", help="The token, or - for one token per line on stdin.")
    dec.add_argument("--json", action="store_true", help="Print requests.md JSON.")
    dec.add_argument("--at", help="Show times relative to this moment instead of now.")
    _add_verify_inputs(dec, "Also check the signature with this certificate.")

    ver = sub.add_parser(
        "verify",
        help="check a token's signature",
        description="Exit 0 valid, 1 not valid, 2 unusable input.",
    )
    ver.add_argument("token")
    _add_verify_inputs(ver, f"The App Certificate (or ${CERT_ENV}, or a prompt).")
    ver.add_argument("--json", action="store_true")

    bat = sub.add_parser(
        "batch",
        help="build many tokens from JSON Lines",
        description="Read requests (requests.md) one per line, write one result "
        "per line in order. A bad line is reported and skipped.",
    )
    bat.add_argument("file", nargs="?", default="-", help="JSON Lines file, or - for stdin.")
    bat.add_argument(
        "-j",
        "--jobs",
        type=int,
        default=1,
        metavar="N",
        help="Build in N worker processes (default 1). Output keeps the input order and memory "
        "stays flat; on 2 cores, --jobs 2 is about 1.8x as fast for large files.",
    )
    from .cli_diagnose import add_commands

    add_commands(sub)
    return parser


# --- helpers --------------------------------------------------------------------------------


def _error(message: str) -> None:
    print(f"{PROG}: error: {message}", file=sys.stderr)


def _certificate(value: str | None, *, required: bool) -> str | None:
    if value:
        return value
    env = os.environ.get(CERT_ENV)
    if env:
        return env.strip()
    if not required:
        return None
    if sys.stdin is not None and sys.stdin.isatty():
        return getpass.getpass("App Certificate (not echoed): ").strip()
    raise InvalidInputError(
        f"The App Certificate is missing: pass --app-certificate, set ${CERT_ENV}, or run "
        "in a terminal to be prompted.",
        "app_certificate",
    )


def _now(text: str | None) -> int:
    current = int(time.time())
    return current if text is None else timefmt.parse_instant(text, current)


def _flag_value(spec: catalog.FieldSpec, text: str, now: int) -> object:
    """Flag text -> request value: JSON fields parsed, friendly durations and times converted."""
    if spec.kind is FieldKind.DURATION:
        match = _DURATION.match(text)
        if match:
            return int(match.group(1)) * {"s": 1, "m": 60, "h": 3600, "d": 86_400}[match.group(2)]
        return text
    if spec.kind is FieldKind.TIMESTAMP:
        if re.fullmatch(r"[0-9]+", text):
            return text
        try:
            return timefmt.parse_instant(text, now)
        except InvalidInputError as exc:
            raise InvalidInputError(f"{spec.label}: {exc}", spec.name) from exc
    if spec.kind not in JSON_KINDS:
        return text
    if text.startswith("@"):
        try:
            with open(text[1:], encoding="utf-8") as handle:
                text = handle.read()
        except OSError as exc:
            raise InvalidInputError(
                f"{spec.label}: cannot read {text[1:]!r} ({exc.strerror}).", spec.name
            ) from exc
    try:
        value: object = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InvalidInputError(
            f"{spec.label} must be JSON ({exc.msg} at column {exc.colno}).", spec.name
        ) from exc
    return value


def _print_json(value: object, out: TextIO | None = None) -> None:
    (out or sys.stdout).write(json.dumps(value, ensure_ascii=False) + "\n")


# --- commands -------------------------------------------------------------------------------


def _cmd_build(args: argparse.Namespace) -> int:
    kind: KeyKind = args.kind
    data: dict[str, object] = {
        "format": kind.format,
        "builder": kind.builder,
        "app_id": args.app_id,
    }
    now = _now(args.now)
    for spec in kind.fields:
        text = getattr(args, f"field_{spec.name}")
        if text is not None:
            data[spec.name] = _flag_value(spec, text, now)
    if args.id is not None:
        data["id"] = args.id
    # Check everything but the certificate first, so a typo is reported before any prompt.
    problems = [
        p
        for p in requests.check({**data, "app_certificate": "0" * 32}, now=now)[1]
        if p.severity == requests.ERROR
    ]
    if problems:
        for problem in problems:
            _error(f"{flag(problem.field) + ': ' if problem.field else ''}{problem.message}")
        return EXIT_USAGE
    data["app_certificate"] = _certificate(args.app_certificate, required=True)
    result = requests.build(data, now=now)
    for warning in result.warnings:
        print(f"{PROG}: warning: {warning.message}", file=sys.stderr)
    if args.json:
        _print_json(
            {
                "id": result.request.id,
                "token": result.token,
                "pinned": dict(result.pinned),
                "warnings": [w.message for w in result.warnings],
                "request": requests.request_to_json(result.request, pinned=result.pinned),
            }
        )
    else:
        print(result.token)
    return EXIT_OK


def _verify_inputs(args: argparse.Namespace, cert: str) -> verifying.VerifyInputs:
    uid: int | None = None
    if args.uid is not None:
        if not re.fullmatch(r"[0-9]+", args.uid) or int(args.uid) > 0xFFFF_FFFF:
            raise InvalidInputError(
                f"--uid must be a whole number from 0 to 4294967295; got {args.uid!r}.", "uid"
            )
        uid = int(args.uid)
    return verifying.VerifyInputs(cert, args.channel_name, uid, args.account)


def _decode_one(
    text: str, args: argparse.Namespace, now: int, cert: str | None
) -> tuple[dict[str, object], str]:
    decoded = detect.decode(text)
    data: dict[str, object] = dict(detect.to_json(decoded))
    lines = report.render_text(report.explain(decoded, now))
    if cert is not None:
        result = verifying.verify(decoded, _verify_inputs(args, cert))
        data["signature"] = "valid" if result.valid else "invalid"
        data["signature_message"] = result.message
        lines += f"\n{'Verification':<24} {result.message}"
        lines += "".join(f"\n  {check}" for check in result.checks)
    return data, lines


def _cmd_decode(args: argparse.Namespace) -> int:
    now = _now(args.at)
    cert = args.app_certificate
    if args.token != "-":
        data, text = _decode_one(args.token, args, now, cert)
        if args.json:
            _print_json(data)
        else:
            print(text)
        return EXIT_OK
    status = EXIT_OK
    for line in sys.stdin:
        try:
            data, text = _decode_one(line.rstrip("\r\n"), args, now, cert)
        except TokenError as exc:
            status = EXIT_FAIL
            if args.json:
                _print_json({"error": str(exc)})
            else:
                print(f"error: {exc}\n")
            continue
        if args.json:
            _print_json(data)
        else:
            print(text + "\n")
    return status


def _cmd_verify(args: argparse.Namespace) -> int:
    decoded = detect.decode(args.token)
    cert = _certificate(args.app_certificate, required=True)
    assert cert is not None
    result = verifying.verify(decoded, _verify_inputs(args, cert))
    if args.json:
        _print_json(
            {
                "format": decoded.format,
                "signature": "valid" if result.valid else "invalid",
                "message": result.message,
                "checks": list(result.checks),
            }
        )
    else:
        print(result.message)
        for check in result.checks:
            print(f"  {check}")
    return EXIT_OK if result.valid else EXIT_FAIL


def _lines(path: str) -> Iterator[str]:
    if path == "-":
        yield from sys.stdin
        return
    with open(path, encoding="utf-8") as handle:
        yield from handle


_BATCH_CHUNK = 2000  # lines per task for --jobs: large enough to hide the pickling


def _batch_chunk(task: tuple[int, list[str]]) -> tuple[str, bool]:
    """Worker side of --jobs: build one chunk, return its output text and whether all succeeded."""
    first_line, lines = task
    out: list[str] = []
    ok = requests.write_batch(lines, out.append, first_line=first_line)
    return "".join(out), ok


def _chunks(lines: Iterator[str], size: int) -> Iterator[tuple[int, list[str]]]:
    first = 1
    while True:
        chunk = list(itertools.islice(lines, size))
        if not chunk:
            return
        yield first, chunk
        first += len(chunk)


def _batch_parallel(lines: Iterator[str], jobs: int) -> Iterator[tuple[str, bool]]:
    """Chunks to a process pool, results in input order, at most 2 x jobs chunks in flight."""
    import concurrent.futures
    import multiprocessing

    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    with concurrent.futures.ProcessPoolExecutor(jobs, mp_context=context) as pool:
        pending: collections.deque[concurrent.futures.Future[tuple[str, bool]]] = (
            collections.deque()
        )
        for task in _chunks(lines, _BATCH_CHUNK):
            pending.append(pool.submit(_batch_chunk, task))
            if len(pending) >= 2 * jobs:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()


def _cmd_batch(args: argparse.Namespace) -> int:
    if args.jobs < 1:
        raise InvalidInputError(f"--jobs must be 1 or more; got {args.jobs}.")
    status = EXIT_OK
    write = sys.stdout.write
    try:
        if args.jobs > 1:
            for text, ok in _batch_parallel(iter(_lines(args.file)), args.jobs):
                if not ok:
                    status = EXIT_FAIL
                write(text)
            return status
        if not requests.write_batch(_lines(args.file), write):
            status = EXIT_FAIL
    except OSError as exc:
        _error(f"cannot read {args.file!r}: {exc.strerror}.")
        return EXIT_USAGE
    except UnicodeDecodeError as exc:
        _error(f"{args.file!r} is not UTF-8 text ({exc.reason} at byte {exc.start}).")
        return EXIT_USAGE
    return status


# Sub-commands defined in other modules set ``handler`` in their parser's defaults instead.
COMMANDS = {
    "build": _cmd_build,
    "decode": _cmd_decode,
    "verify": _cmd_verify,
    "batch": _cmd_batch,
}


def main(argv: Sequence[str] | None = None) -> int:
    parser = make_parser()
    args = parser.parse_args(argv)
    handler = getattr(args, "handler", None) or COMMANDS[args.command]
    try:
        return int(handler(args))
    except InvalidInputError as exc:
        where = f"{flag(exc.field)}: " if exc.field and args.command == "build" else ""
        _error(where + str(exc))
        return EXIT_USAGE
    except MalformedTokenError as exc:
        _error(str(exc))
        return EXIT_USAGE if args.command == "verify" else EXIT_FAIL
    except TokenError as exc:
        _error(str(exc))
        return EXIT_FAIL
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # `agora-token batch big.jsonl | head`: the reader went away; that is not an error.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
