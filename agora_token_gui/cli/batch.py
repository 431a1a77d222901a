"""``agora-token batch [FILE]``: JSON Lines of requests in, one result line each out, in order."""

from __future__ import annotations

import argparse
import collections
import itertools
import sys
from collections.abc import Iterator
from typing import Final

from ..core.batch import write_batch
from ..core.errors import InvalidInputError
from .common import EXIT_FAIL, EXIT_OK, EXIT_USAGE, SubParsers, command, error

_BATCH_CHUNK: Final = 2000  # lines per task for --jobs: large enough to hide the pickling


@command
def register(sub: SubParsers) -> None:
    """Add ``batch``."""
    parser = sub.add_parser(
        "batch",
        help="build many tokens from JSON Lines",
        description="Read requests (requests.md) one per line, write one result "
        "per line in order. A bad line is reported and skipped.",
    )
    parser.add_argument("file", nargs="?", default="-", help="JSON Lines file, or - for stdin.")
    parser.add_argument(
        "-j",
        "--jobs",
        type=int,
        default=1,
        metavar="N",
        help="Build in N worker processes (default 1). Output keeps the input order and memory "
        "stays flat; on 2 cores, --jobs 2 is about 1.8x as fast for large files.",
    )
    parser.set_defaults(handler=run)


def _lines(path: str) -> Iterator[str]:
    if path == "-":
        yield from sys.stdin
        return
    with open(path, encoding="utf-8") as handle:
        yield from handle


def _batch_chunk(task: tuple[int, list[str]]) -> tuple[str, bool]:
    """Worker side of --jobs: build one chunk, return its output text and whether all succeeded."""
    first_line, lines = task
    out: list[str] = []
    ok = write_batch(lines, out.append, first_line=first_line)
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


def run(args: argparse.Namespace) -> int:
    """Build every line; exit 1 when any line could not be built."""
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
        if not write_batch(_lines(args.file), write):
            status = EXIT_FAIL
    except OSError as exc:
        error(f"cannot read {args.file!r}: {exc.strerror}.")
        return EXIT_USAGE
    except UnicodeDecodeError as exc:
        error(f"{args.file!r} is not UTF-8 text ({exc.reason} at byte {exc.start}).")
        return EXIT_USAGE
    return status
