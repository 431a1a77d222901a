"""``agora-token build FORMAT [BUILDER] ...``: one token, with one flag per catalogue field."""

from __future__ import annotations

import argparse
import re
from typing import Final

from ..core import catalog, timefmt
from ..core.build import build
from ..core.catalog import FieldKind, KeyKind
from ..core.commandline import JSON_KINDS, NUMBER_PREFIX, flag
from ..core.errors import InvalidInputError
from ..core.reading import decode_text, loads
from ..core.request import ERROR, check, request_to_json
from ..core.text import msg
from .common import (
    EXIT_OK,
    EXIT_USAGE,
    SECRET_ENV,
    SubParsers,
    about,
    command,
    error,
    language,
    now,
    print_json,
    reason,
    say,
    secret,
    warning,
)

_PIN_HELP: Final = {
    catalog.Pin.NOW: msg("now"),
    catalog.Pin.NOW_PLUS_DAY: msg("now + 24 h"),
    catalog.Pin.SALT: msg("random 1..99999999"),
    catalog.Pin.RANDOM_U32: msg("random 32-bit number"),
    catalog.Pin.NOW_MS: msg("now, in milliseconds"),
    catalog.Pin.UUID: msg("a new random UUID"),
    catalog.Pin.IV: msg("16 random bytes"),
}
# The hint after a field's help, by the kind of value it takes (how to write it on a flag).
_KIND_HINT: Final = {
    FieldKind.DURATION: msg("(also 90s, 30m, 2h, 1d)"),
    FieldKind.TIMESTAMP: msg(
        "(also ISO 8601 such as 2026-11-28T19:00:00Z, or +2h / -30m from now)"
    ),
}


_DURATION_MS: Final = re.compile(r"([0-9]+)([smhd])\Z")  # whiteboard lifespans: to milliseconds


def _kind_help(kind: KeyKind) -> str:
    return say(msg("{title}: {description}", title=kind.title, description=kind.description))


def _field_help(spec: catalog.FieldSpec) -> str:
    """The help of one field's flag: the catalogue's help, then how to write the value."""
    parts: list[object] = [spec.help]
    if spec.unit:
        parts.append(f"[{say(spec.unit)}]")
    if spec.choices:
        choices = ", ".join(f"{c.value} = {say(c.label)}" for c in spec.choices)
        parts.append(msg("choices: {choices}", choices=choices))
    if spec.kind in JSON_KINDS:
        parts.append(msg("(JSON; @FILE reads it from a file)"))
    elif spec.kind is FieldKind.TEXT_OR_NUMBER:
        parts.append(msg("(text; {prefix}1001 gives the integer form)", prefix=NUMBER_PREFIX))
    elif spec.kind is FieldKind.MILLISECONDS and spec.pin is None:
        parts.append(msg("(also 90s, 30m, 2h, 1d, converted to milliseconds)"))
    else:
        parts.append(_KIND_HINT.get(spec.kind, ""))
    if spec.pin is not None:
        parts.append(msg("(optional; default: {default})", default=_PIN_HELP[spec.pin]))
    elif spec.default is not None:
        parts.append(msg("(default {value})", value=repr(spec.default)))
    else:
        parts.append(msg("(required)"))
    # Chinese sentences end in full-width punctuation and need no space between them.
    joiner = " " if language() == "en" else ""
    return joiner.join(said for said in map(say, parts) if said).replace("%", "%%")


@command
def register(sub: SubParsers) -> None:
    """Add ``build`` with one sub-command per format and builder of the catalogue."""
    parser = sub.add_parser(
        "build",
        help=say(msg("build one token")),
        description=say(
            msg(
                "Build one token. FORMAT and BUILDER come from the catalogue below; each "
                "builder has its own flags (agora-token build FORMAT BUILDER --help)."
            )
        ),
        epilog="\n".join(
            f"  {k.format:<9} {'' if k.implicit_builder else k.builder:<24} {say(k.title)}"
            for k in catalog.KINDS
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    formats = parser.add_subparsers(dest="format", metavar="FORMAT", required=True)
    for format_ in catalog.FORMATS:
        kinds = catalog.builders(format_)
        if len(kinds) == 1 and kinds[0].implicit_builder:
            kind_parser = formats.add_parser(
                format_, help=say(kinds[0].title), description=_kind_help(kinds[0])
            )
            _add_kind_flags(kind_parser, kinds[0])
            continue
        fmt_parser = formats.add_parser(
            format_, help=say(msg("{group} builders", group=kinds[0].group))
        )
        builders = fmt_parser.add_subparsers(dest="builder", metavar="BUILDER", required=True)
        for kind in kinds:
            kind_parser = builders.add_parser(
                kind.builder, help=say(kind.title), description=_kind_help(kind)
            )
            _add_kind_flags(kind_parser, kind)
    parser.set_defaults(handler=run)


def _add_kind_flags(parser: argparse.ArgumentParser, kind: KeyKind) -> None:
    credentials = kind.credentials
    if credentials.identity == "app_id":
        parser.add_argument(
            "--app-id", required=True, help=say(msg("App ID: 32 hexadecimal characters."))
        )
    elif credentials.identity is not None:
        parser.add_argument(
            flag(credentials.identity),
            dest="identity",
            required=True,
            help=say(msg("{label}; not secret.", label=credentials.identity_label)),
        )
    env = SECRET_ENV[credentials.secret]
    parser.add_argument(
        flag(credentials.secret),
        dest="secret",
        help=say(
            msg(
                "{label}; better: set ${env} or type it at the prompt, so it stays out of shell "
                "history.",
                label=credentials.secret_label,
                env=env,
            )
        ),
    )
    for spec in kind.fields:
        if spec.name == "now":  # the stream key's creation time is what --now already pins
            continue
        parser.add_argument(
            flag(spec.name), dest=f"field_{spec.name}", metavar="VALUE", help=_field_help(spec)
        )
    parser.add_argument("--id", help=say(msg("An id echoed in --json output.")))
    parser.add_argument(
        "--json",
        action="store_true",
        help=say(msg("Print token, pinned values and warnings as JSON.")),
    )
    parser.add_argument(
        "--now",
        help=say(
            msg(
                "Pretend the current time is this (unix seconds or ISO "
                "8601); pins issue time defaults."
            )
        ),
    )
    parser.set_defaults(kind=kind)


def flag_value(spec: catalog.FieldSpec, text: str, now: int) -> object:
    """Flag text -> request value: JSON parsed, friendly times converted (durations: the core)."""
    if spec.kind is FieldKind.TEXT_OR_NUMBER and text.startswith(NUMBER_PREFIX):
        digits = text[len(NUMBER_PREFIX) :]
        return int(digits) if re.fullmatch(r"[0-9]{1,10}", digits) else text
    if spec.kind is FieldKind.MILLISECONDS:
        match = _DURATION_MS.match(text)
        if match and spec.pin is None:
            unit = {"s": 1000, "m": 60_000, "h": 3_600_000, "d": 86_400_000}[match.group(2)]
            return int(match.group(1)) * unit
        return text
    if spec.kind is FieldKind.TIMESTAMP:
        if re.fullmatch(r"[0-9]+", text):
            return text
        try:
            return timefmt.parse_instant(text, now)
        except InvalidInputError as exc:
            raise InvalidInputError(
                msg("{label}: {message}", label=spec.label, message=reason(exc)), spec.name
            ) from exc
    if spec.kind not in JSON_KINDS:
        return text
    subject = msg("The {label} value", label=spec.label)
    if text.startswith("@"):
        try:
            with open(text[1:], "rb") as handle:
                text = decode_text(
                    handle.read(), subject=msg("The file {file}", file=repr(text[1:]))
                )
        except OSError as exc:
            raise InvalidInputError(
                msg(
                    "{label}: cannot read {file} ({reason}).",
                    label=spec.label,
                    file=repr(text[1:]),
                    reason=exc.strerror,
                ),
                spec.name,
            ) from exc
    # The guarded reader: deep nesting, a key given twice or a number of thousands of digits is
    # a sentence about this flag, never a traceback (issue 14 item 5).
    return loads(text, subject=subject, field=spec.name)


def run(args: argparse.Namespace) -> int:
    """Build the token the flags describe and print it (or its JSON)."""
    kind: KeyKind = args.kind
    credentials = kind.credentials
    data: dict[str, object] = {"format": kind.format, "builder": kind.builder}
    if credentials.identity == "app_id":
        data["app_id"] = args.app_id
    elif credentials.identity is not None:
        data[credentials.identity] = args.identity
    current = now(args.now)
    for spec in kind.fields:
        text = getattr(args, f"field_{spec.name}", None)
        if text is not None:
            data[spec.name] = flag_value(spec, text, current)
    if args.id is not None:
        data["id"] = args.id
    # Check everything but the certificate first, so a typo is reported before any prompt.
    problems = [
        p
        for p in check({**data, credentials.secret: "0" * 32}, now=current)[1]
        if p.severity == ERROR
    ]
    if problems:
        for problem in problems:
            if problem.field:
                error(about(flag(problem.field), problem.message))
            else:
                error(problem.message)
        return EXIT_USAGE
    data[credentials.secret] = secret(
        args.secret,
        required=True,
        env=SECRET_ENV[credentials.secret],
        label=credentials.secret_label,
    )
    result = build(data, now=current)
    for problem in result.warnings:
        warning(problem.message)
    if args.json:
        print_json(
            {
                "id": result.request.id,
                "token": result.token,
                "pinned": dict(result.pinned),
                "warnings": [w.message for w in result.warnings],
                "request": request_to_json(result.request, pinned=result.pinned),
            }
        )
    else:
        print(result.token)
    return EXIT_OK
