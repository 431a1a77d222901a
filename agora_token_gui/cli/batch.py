"""``agora-token batch [FILE]``: JSON Lines of requests in, one result line each out, in order."""

from __future__ import annotations

import argparse
import collections
import itertools
import os
import sys
from collections.abc import Iterator
from typing import Final, TypeAlias

from ..core.batch import write_batch
from ..core.errors import InvalidInputError
from ..core.reading import ReadError, decode_lines
from ..core.text import msg
from .common import (
    EXIT_FAIL,
    EXIT_OK,
    EXIT_USAGE,
    SubParsers,
    certificate,
    command,
    error,
    say,
    stdin_bytes,
)

_BATCH_CHUNK: Final = 2000  # lines per task for --jobs: large enough to hide the pickling
AUTO_LINES: Final = 4000  # without --jobs, inputs of this many lines use every core


@command
def register(sub: SubParsers) -> None:
    """Add ``batch``."""
    parser = sub.add_parser(
        "batch",
        help=say(msg("build many tokens from JSON Lines")),
        description=say(
            msg(
                "Read requests (requests.md) one per line, write one result "
                "per line in order. A bad line is reported and skipped. A request without "
                "app_certificate uses $AGORA_APP_CERTIFICATE (or asks for it in a terminal), so "
                "request files need not hold the certificate."
            )
        ),
    )
    parser.add_argument(
        "file", nargs="?", default="-", help=say(msg("JSON Lines file, or - for stdin."))
    )
    parser.add_argument(
        "-j",
        "--jobs",
        type=int,
        default=None,
        metavar="N",
        help=say(
            msg(
                "Build in N worker processes. Default: one for up to {lines} lines, one per core "
                "for more. Output is the same, in the same order, and memory stays flat.",
                lines=f"{AUTO_LINES:,}",
            )
        ),
    )
    parser.set_defaults(handler=run)


def _lines(path: str) -> Iterator[str | ReadError]:
    """The file (or stdin) as bytes, line by line: text, or the ReadError of a line not UTF-8."""
    if path == "-":
        for line in decode_lines(stdin_bytes()):
            yield line.text if line.text is not None else line.error or ReadError("?")
        return
    with open(path, "rb") as handle:
        for line in decode_lines(handle):
            yield line.text if line.text is not None else line.error or ReadError("?")


def _default_certificate() -> str:
    """$AGORA_APP_CERTIFICATE, else a prompt, for lines without a certificate (the one lookup)."""
    found = certificate(None, required=True)
    assert found is not None  # required=True: a certificate or an InvalidInputError
    return found


# The certificate for lines without one, as the parent looked it up: (certificate, None), or
# (None, the sentence saying why there is none).
_Default: TypeAlias = tuple[str | None, str | None]


def _batch_chunk(task: tuple[int, list[str | ReadError], _Default]) -> tuple[str, bool]:
    """Worker side of --jobs: build one chunk, return its output text and whether all succeeded."""
    first_line, lines, (default, missing) = task

    def lookup() -> str:
        if default is None:
            raise InvalidInputError(missing or "The App Certificate is missing.", "app_certificate")
        return default

    out: list[str] = []
    ok = write_batch(lines, out.append, first_line=first_line, certificate=lookup)
    return "".join(out), ok


def _chunks(
    lines: Iterator[str | ReadError], size: int, default: _Default
) -> Iterator[tuple[int, list[str | ReadError], _Default]]:
    first = 1
    while True:
        chunk = list(itertools.islice(lines, size))
        if not chunk:
            return
        yield first, chunk, default
        first += len(chunk)


def _batch_parallel(
    lines: Iterator[str | ReadError], jobs: int, default: _Default
) -> Iterator[tuple[str, bool]]:
    """Chunks to a process pool, results in input order, at most 2 x jobs chunks in flight."""
    import concurrent.futures
    import multiprocessing

    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    with concurrent.futures.ProcessPoolExecutor(jobs, mp_context=context) as pool:
        pending: collections.deque[concurrent.futures.Future[tuple[str, bool]]] = (
            collections.deque()
        )
        for task in _chunks(lines, _BATCH_CHUNK, default):
            pending.append(pool.submit(_batch_chunk, task))
            if len(pending) >= 2 * jobs:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()


def default_jobs() -> int:
    """The cores this process may use (what --jobs is for inputs of AUTO_LINES lines or more)."""
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # not on every system
        return os.cpu_count() or 1


def run(args: argparse.Namespace) -> int:
    """Build every line; exit 1 when any line could not be built (or read)."""
    if args.jobs is not None and args.jobs < 1:
        raise InvalidInputError(msg("--jobs must be 1 or more; got {jobs}.", jobs=args.jobs))
    status = EXIT_OK
    write = sys.stdout.write
    try:
        lines: Iterator[str | ReadError] = iter(_lines(args.file))
        jobs = args.jobs
        if jobs is None:  # one process for a short input, every core for a long one
            head = list(itertools.islice(lines, AUTO_LINES))
            jobs = default_jobs() if len(head) == AUTO_LINES else 1
            lines = itertools.chain(head, lines)
        if jobs > 1:
            # Workers cannot prompt: the certificate for lines without one is looked up first.
            default: _Default
            try:
                default = (_default_certificate(), None)
            except InvalidInputError as exc:
                default = (None, str(exc))
            for text, ok in _batch_parallel(lines, jobs, default):
                if not ok:
                    status = EXIT_FAIL
                write(text)
            return status
        if not write_batch(lines, write, certificate=_default_certificate):
            status = EXIT_FAIL
    except OSError as exc:
        error(msg("cannot read {file}: {reason}.", file=repr(args.file), reason=exc.strerror))
        return EXIT_USAGE
    return status
