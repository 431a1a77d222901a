"""``agora-token diff A B``: two tokens field by field (exit 0 equivalent, 1 different)."""

from __future__ import annotations

import argparse
import json
import sys

from ..core.compare import Comparison, compare
from ..core.errors import MalformedTokenError
from ..core.text import msg
from .common import (
    EXIT_FAIL,
    EXIT_OK,
    EXIT_USAGE,
    SubParsers,
    command,
    error,
    noted,
    now,
    reason,
    say,
)


@command
def register(sub: SubParsers) -> None:
    """Add ``diff``."""
    parser = sub.add_parser(
        "diff",
        help=say(msg("compare two tokens field by field")),
        description=say(
            msg(
                "List every difference between two tokens and whether it can explain a "
                "failure. Exit 0 equivalent, 1 different, 2 unusable input."
            )
        ),
    )
    parser.add_argument("a", help=say(msg("The token that works (for example the console's).")))
    parser.add_argument("b", help=say(msg("The token that does not.")))
    parser.add_argument(
        "--json", action="store_true", help=say(msg("Print the comparison as JSON."))
    )
    parser.add_argument(
        "--at",
        help=say(
            msg(
                "The moment of the failure (unix seconds, ISO 8601 or -2h); default now. Times "
                "that differ explain a failure only when one token works then and the other not."
            )
        ),
    )
    parser.set_defaults(handler=run)


def render_comparison(comparison: Comparison) -> str:
    """The human form: a headline, the differences that can explain a failure, then the rest."""
    explaining, harmless = comparison.explaining, comparison.no_effect
    if comparison.equivalent:
        head = msg("Equivalent: no difference that can change whether Agora accepts them.")
    else:
        head = msg("Different: {count} difference(s) can explain a failure.", count=len(explaining))
    lines = [
        say(head),
        say(msg("Formats: A {a}, B {b}", a=comparison.format_a, b=comparison.format_b)),
    ]
    groups = ((msg("Can explain a failure"), explaining), (msg("No effect"), harmless))
    for title, group in groups:
        if not group:
            continue
        lines.append(say(msg("{title} ({count}):", title=title, count=len(group))))
        for difference in group:
            lines.append(f"  {say(difference.field)}")
            lines.append(f"{'':6}A: {say(difference.a)}")
            lines.append(f"{'':6}B: {say(difference.b)}")
            lines.append(f"{'':6}{say(difference.note)}")
    if not comparison.differences:
        lines.append(say(msg("The two tokens are identical.")))
    lines += [say(noted(note)) for note in comparison.notes]
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    """Compare the two tokens and print the differences."""
    try:
        comparison = compare(args.a, args.b, now=now(args.at))
    except MalformedTokenError as exc:
        error(reason(exc))
        return EXIT_USAGE
    if args.json:
        sys.stdout.write(json.dumps(comparison.to_json(), ensure_ascii=False) + "\n")
    else:
        print(render_comparison(comparison))
    return EXIT_OK if comparison.equivalent else EXIT_FAIL
