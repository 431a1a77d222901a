"""``agora-token diff A B``: two tokens field by field (exit 0 equivalent, 1 different)."""

from __future__ import annotations

import argparse
import json
import sys

from ..core.compare import Comparison, compare
from ..core.errors import MalformedTokenError
from .common import EXIT_FAIL, EXIT_OK, EXIT_USAGE, SubParsers, command, error


@command
def register(sub: SubParsers) -> None:
    """Add ``diff``."""
    parser = sub.add_parser(
        "diff",
        help="compare two tokens field by field",
        description="List every difference between two tokens and whether it can explain a "
        "failure. Exit 0 equivalent, 1 different, 2 unusable input.",
    )
    parser.add_argument("a", help="The token that works (for example the console's).")
    parser.add_argument("b", help="The token that does not.")
    parser.add_argument("--json", action="store_true", help="Print the comparison as JSON.")
    parser.set_defaults(handler=run)


def render_comparison(comparison: Comparison) -> str:
    """The human form: a headline, then each difference with both values and its note."""
    if comparison.equivalent:
        head = "Equivalent: no difference that can change whether Agora accepts them."
    else:
        count = sum(d.can_explain_failure for d in comparison.differences)
        head = f"Different: {count} difference(s) can explain a failure."
    lines = [head, f"Formats: A {comparison.format_a}, B {comparison.format_b}"]
    for difference in comparison.differences:
        mark = "✖ can explain" if difference.can_explain_failure else "· harmless   "
        lines.append(f"{mark}  {difference.field}")
        lines.append(f"{'':15}A: {difference.a}")
        lines.append(f"{'':15}B: {difference.b}")
        lines.append(f"{'':15}{difference.note}")
    if not comparison.differences:
        lines.append("The two tokens are identical.")
    lines += [f"Note: {note}" for note in comparison.notes]
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    """Compare the two tokens and print the differences."""
    try:
        comparison = compare(args.a, args.b)
    except MalformedTokenError as exc:
        error(str(exc))
        return EXIT_USAGE
    if args.json:
        sys.stdout.write(json.dumps(comparison.to_json(), ensure_ascii=False) + "\n")
    else:
        print(render_comparison(comparison))
    return EXIT_OK if comparison.equivalent else EXIT_FAIL
