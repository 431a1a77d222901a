"""Fuzz the decoder, the verifier and the report with random and mutated tokens.

Usage: ``python tests/fuzz.py [N] [--seed S]`` (default 100000 inputs, seed 1).

Every input goes to ``detect.decode``; when that succeeds, also to ``detect.to_json``,
``report.explain`` and ``verification.verify`` with random inputs. Nothing but a ``TokenError``
may escape, and every error message must be one sentence (a capital first, a full stop last).
Prints inputs per second and how often each kind of error message was seen.

Mutations start from real tokens (the official vectors when ``../shared`` is there, plus tokens
built for every key kind) and work at three levels: the text, the compressed bytes, and the
decoded payload, which is compressed and Base64-encoded again so the parser's deep paths run.
"""

from __future__ import annotations

import argparse
import base64
import binascii
import collections
import datetime as _dt
import json
import os
import random
import re
import string
import sys
import time
import traceback
import urllib.parse
import zlib
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the project importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from agora_token_gui.core import detect, report, verification
from agora_token_gui.core.access_token2 import SERVICE_FIELDS
from agora_token_gui.core.build import build
from agora_token_gui.core.catalog import KINDS, FieldKind, FieldSpec, KeyKind, Pin
from agora_token_gui.core.errors import TokenError
from agora_token_gui.core.request import check

_ROOT = Path(__file__).resolve().parent.parent
# The official vectors: $AGORA_VECTORS, else the shared spec beside the checkout, else the copy in
# tests/data (tests/core/test_vectors.py checks that the copy equals the shared file).
SHARED_VECTORS = _ROOT.parent / "shared" / "spec" / "vectors.json"
VENDORED_VECTORS = _ROOT / "tests" / "data" / "vectors.json"
VECTORS = Path(
    os.environ.get(
        "AGORA_VECTORS", SHARED_VECTORS if SHARED_VECTORS.is_file() else VENDORED_VECTORS
    )
)
APP_ID = "970CA35de60c44645bbae8a215061b33"
CERT = "5CFd2fd1755d40ecb72977518be15d3b"
MAX_U32 = 0xFFFF_FFFF
B64_ALPHABET = string.ascii_letters + string.digits + "+/"
HEX = "0123456789abcdef"
# Text a person (or a broken pipe) might produce: ASCII, multi-byte UTF-8, emoji, controls,
# and lone surrogates, which is what Python makes of undecodable bytes in argv.
_ALPHABETS = (
    string.ascii_letters + string.digits,
    string.printable,
    "éüß漢字😀\u0301\u200b\ufeff",
    "\x00\x7f\r\n\t :%+/=",
    "\udc80\udcff\ud800",
)


class FuzzFailure(AssertionError):
    """An input made the core raise something other than a TokenError, or a bad message."""

    def __init__(self, text: str, stage: str, detail: str) -> None:
        super().__init__(f"{stage} failed for {text!r}: {detail}")
        self.text = text
        self.stage = stage


# --- random values -------------------------------------------------------------------------------


def random_text(rng: random.Random, max_len: int = 12, *, unicode_only: bool = False) -> str:
    alphabets = _ALPHABETS[:3] if unicode_only else _ALPHABETS
    alphabet = rng.choice(alphabets)
    return "".join(rng.choice(alphabet) for _ in range(rng.randint(0, max_len)))


def random_u32(rng: random.Random) -> int:
    return rng.choice((0, 1, MAX_U32, rng.randrange(1 << 32), rng.randrange(1 << 31)))


def sample_value(spec: FieldSpec, rng: random.Random) -> object:
    """A random valid JSON value for one request field."""
    kind = spec.kind
    if kind is FieldKind.TEXT:
        return random_text(rng, unicode_only=True)
    if spec.name in ("expires_after", "now"):  # a stream key's expiry must stay below 2^32
        return rng.choice((0, 1, 86_400, 1_700_000_000, rng.randrange(1 << 31)))
    if kind in (FieldKind.UINT32, FieldKind.UID, FieldKind.DURATION, FieldKind.TIMESTAMP):
        return random_u32(rng)
    if kind is FieldKind.INT16:
        return rng.choice((-32768, -1, 0, 1, 32767, rng.randint(-32768, 32767)))
    if kind is FieldKind.CHOICE:
        return rng.choice(spec.choices).value
    if kind is FieldKind.MILLISECONDS:
        return rng.choice((0, 1, 1000, 3_600_000, rng.randrange(1 << 41)))
    if kind is FieldKind.TEXT_OR_NUMBER:
        return rng.choice((random_text(rng, unicode_only=True), random_u32(rng)))
    if spec.pin is Pin.IV:
        return "".join(rng.choice(HEX + HEX.upper()) for _ in range(32))
    if kind is FieldKind.PRIVILEGES:
        ids = (1, 2, 3, 4, 1000, rng.randrange(1 << 16))
        return {str(rng.choice(ids)): random_u32(rng) for _ in range(rng.randint(0, 4))}
    if kind is FieldKind.PERMISSIONS:
        return sample_permissions(rng)
    return [sample_service(rng) for _ in range(rng.randint(1, 4))]


def sample_permissions(rng: random.Random) -> dict[str, dict[str, list[str]]]:
    return {
        str(rng.choice((0, 1, 2, 3, 4, rng.randrange(1 << 16)))): {
            str(rng.choice((0, 1, rng.randrange(1 << 16)))): [
                random_text(rng, 8, unicode_only=True) for _ in range(rng.randint(0, 3))
            ]
            for _ in range(rng.randint(0, 2))
        }
        for _ in range(rng.randint(0, 3))
    }


def sample_service(rng: random.Random) -> dict[str, object]:
    service_type = rng.choice((*range(1, 11), rng.randint(11, 0xFFFF)))
    service: dict[str, object] = {
        "type": service_type,
        "privileges": {
            str(rng.choice((1, 2, 3, 4, rng.randrange(1 << 16)))): random_u32(rng)
            for _ in range(rng.randint(0, 3))
        },
    }
    for name in SERVICE_FIELDS.get(service_type, ()):
        if name == "role":
            service[name] = rng.randint(-32768, 32767)
        elif name == "permissions":
            service[name] = sample_permissions(rng)
        else:
            service[name] = random_text(rng, unicode_only=True)
    return service


def sample_request(kind: KeyKind, rng: random.Random) -> dict[str, object]:
    """A random valid request for ``kind``; optional fields and pins are left out at random."""
    while True:
        data: dict[str, object] = {"format": kind.format, "builder": kind.builder}
        for key in kind.credentials.keys:
            if key in ("app_id", "app_certificate"):
                data[key] = "".join(rng.choice(HEX + HEX.upper()) for _ in range(32))
            else:  # the whiteboard's Access Key and Secret Access Key: any non-empty text
                data[key] = "".join(rng.choice(string.ascii_letters) for _ in range(20))
        for spec in kind.fields:
            if spec.required or rng.random() < 0.7:
                data[spec.name] = sample_value(spec, rng)
        # kinds with rules between fields (whiteboard, stream key): draw again until valid
        if kind.check is None or check(data)[0] is not None:
            return data


# --- token surgery ---------------------------------------------------------------------------


def split_body(token: str) -> tuple[str, str, bytes] | None:
    """(format, text before the Base64 body, decoded body) for 007 (inflated), 006 and 005."""
    try:
        if token.startswith("007"):
            return "007", "007", zlib.decompress(base64.b64decode(token[3:], validate=True))
        if token.startswith("006") and len(token) > 35:
            return "006", token[:35], base64.b64decode(token[35:], validate=True)
        if token.startswith("005"):
            return "005", "005", base64.b64decode(token[3:], validate=True)
    except (binascii.Error, zlib.error, ValueError):
        return None
    return None


def join_body(format_: str, head: str, body: bytes) -> str:
    """Inverse of ``split_body``: a well-formed Base64 (and zlib, for 007) wrapping of ``body``."""
    if format_ == "007":
        body = zlib.compress(body)
    return head + base64.b64encode(body).decode("ascii")


def mutate_bytes(data: bytes, rng: random.Random) -> bytes:
    buf = bytearray(data)
    op = rng.randrange(8)
    pos = rng.randrange(len(buf) + 1)
    if op == 0 and buf:  # flip one bit
        i = rng.randrange(len(buf))
        buf[i] ^= 1 << rng.randrange(8)
    elif op == 1 and buf:  # one random byte
        buf[rng.randrange(len(buf))] = rng.randrange(256)
    elif op == 2:  # insert
        buf[pos:pos] = rng.randbytes(rng.randint(1, 8))
    elif op == 3:  # delete a range
        del buf[pos : pos + rng.randint(1, 8)]
    elif op == 4:  # truncate
        del buf[pos:]
    elif op == 5 and len(buf) >= 2:  # a lying u16 length or count
        i = rng.randrange(len(buf) - 1)
        buf[i : i + 2] = rng.choice((b"\xff\xff", b"\x00\x00", b"\x01\x00", b"\x00\x01"))
    elif op == 6:  # duplicate a range
        end = min(len(buf), pos + rng.randint(1, 40))
        buf[pos:pos] = buf[pos:end]
    else:  # junk after the end
        buf += rng.randbytes(rng.randint(1, 6))
    return bytes(buf)


def mutate_text(text: str, rng: random.Random) -> str:
    op = rng.randrange(7)
    pos = rng.randrange(len(text) + 1)
    alphabet = rng.choice((B64_ALPHABET, HEX, string.printable, "=:% \n\"'", "é\udcff\x00"))
    if op == 0 and text:  # replace a character
        i = rng.randrange(len(text))
        return text[:i] + rng.choice(alphabet) + text[i + 1 :]
    if op == 1:  # insert
        return (
            text[:pos]
            + "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 4)))
            + text[pos:]
        )
    if op == 2:  # delete
        return text[:pos] + text[pos + rng.randint(1, 4) :]
    if op == 3:  # truncate
        return text[:pos]
    if op == 4 and text:  # swap case of one character
        i = rng.randrange(len(text))
        return text[:i] + text[i].swapcase() + text[i + 1 :]
    if op == 5:  # another prefix
        return rng.choice(("007", "006", "005", "004", "003", "1:", "")) + text[3:]
    return text + text[: rng.randint(0, len(text))]  # two tokens pasted together


def wrap(text: str, rng: random.Random) -> str:
    """What copying, e-mail and URLs do to tokens (the decoder's repair paths)."""
    op = rng.randrange(6)
    if op == 0:
        return rng.choice((" ", "\n", "\t", "\r\n")) + text + rng.choice(("", " ", "\n"))
    if op == 1:
        left, right = rng.choice((('"', '"'), ("'", "'"), ("\u201c", "\u201d"), ("`", "`")))
        return left + text + right
    if op == 2:
        step = rng.randint(10, 76)
        return "\n".join(text[i : i + step] for i in range(0, len(text), step))
    if op == 3:
        return urllib.parse.quote(text, safe="")
    if op == 4:
        return text.replace("+", " ")
    return urllib.parse.quote(text, safe="") + rng.choice(("%", "%2", "%zz", "%C3"))


# --- generated inputs ------------------------------------------------------------------------


def _u16(n: int) -> bytes:
    return (n & 0xFFFF).to_bytes(2, "little")


def _u32(n: int) -> bytes:
    return (n & MAX_U32).to_bytes(4, "little")


def _str(data: bytes, rng: random.Random) -> bytes:
    length = len(data) if rng.random() < 0.9 else rng.randrange(1 << 16)
    return _u16(length) + data


def structured_007(rng: random.Random) -> str:
    """A plausible 007 payload with random services, sometimes lying about lengths."""
    parts = [
        _str(rng.randbytes(32), rng),
        _str(random_text(rng, 40).encode("utf-8", "replace"), rng),
    ]
    parts += [_u32(random_u32(rng)) for _ in range(3)]
    count = rng.randint(0, 6)
    parts.append(_u16(count if rng.random() < 0.9 else rng.randrange(1 << 16)))
    for _ in range(count):
        service_type = rng.choice((*range(0, 12), rng.randrange(1 << 16)))
        parts.append(_u16(service_type))
        privileges = rng.randint(0, 4)
        parts.append(_u16(privileges))
        parts += [_u16(rng.randrange(1 << 16)) + _u32(random_u32(rng)) for _ in range(privileges)]
        for name in SERVICE_FIELDS.get(service_type, ("junk",)):
            if name == "role":
                parts.append(_u16(rng.randrange(1 << 16)))
            elif name == "permissions":
                resources = rng.randint(0, 3)
                parts.append(_u16(resources))
                for _ in range(resources):
                    perms = rng.randint(0, 2)
                    parts.append(_u16(rng.randrange(6)) + _u16(perms))
                    for _ in range(perms):
                        names = rng.randint(0, 3)
                        parts.append(_u16(rng.randrange(3)) + _u16(names))
                        parts += [_str(rng.randbytes(rng.randint(0, 6)), rng) for _ in range(names)]
            elif name == "junk":
                parts.append(rng.randbytes(rng.randint(0, 8)))
            else:
                parts.append(_str(random_text(rng, 10).encode("utf-8", "replace"), rng))
    if rng.random() < 0.1:
        parts.append(rng.randbytes(rng.randint(1, 5)))
    return join_body("007", "007", b"".join(parts))


def random_legacy(rng: random.Random) -> str:
    length = rng.choice((89, 90, 91, 102, 103, 104, 109, 110, 111, 112, 113, 114))
    alphabet = rng.choice((HEX, HEX.upper(), "0123456789", HEX + "g"))
    text = "".join(rng.choice(alphabet) for _ in range(length))
    if rng.random() < 0.5:
        text = rng.choice(("003", "004", "005", "006", "007")) + text[3:]
    return text


def random_signaling(rng: random.Random) -> str:
    app = rng.choice((APP_ID, random_text(rng, 40), "", "a:b"))
    expiry = rng.choice(
        ("1514219634", "", "0", "0001", "9" * rng.randint(1, 30), "9" * 5000, "-1", "12a", "١٢٣")
    )
    digest = "".join(
        rng.choice(rng.choice((HEX, HEX.upper()))) for _ in range(rng.choice((31, 32, 33)))
    )
    return rng.choice(("1:", "1:", "2:", "1::")) + app + ":" + expiry + ":" + digest


def random_b64(rng: random.Random) -> str:
    body = rng.randbytes(rng.randint(0, 300))
    if rng.random() < 0.5:
        body = zlib.compress(body, rng.randint(0, 9))
    text = base64.b64encode(body).decode("ascii")
    if rng.random() < 0.2:
        text = text.rstrip("=")
    return rng.choice(("007", "006" + APP_ID, "006", "005", "")) + text


def random_string(rng: random.Random) -> str:
    return rng.choice(("", " ", "\n", "007", "006", "005", "1:", "%2B")) + random_text(rng, 120)


class Generator:
    """An endless, seeded stream of (strategy, text) fuzz inputs."""

    def __init__(self, seed: int, corpus: Sequence[str] | None = None) -> None:
        self.rng = random.Random(seed)
        self.corpus = list(corpus) if corpus is not None else seed_corpus(seed)
        self.binary = [t for t in self.corpus if split_body(t) is not None]
        self.strategies: list[tuple[str, float, Callable[[], str]]] = [
            ("vector", 0.02, lambda: self.rng.choice(self.corpus)),
            ("text mutation", 0.22, self._text_mutation),
            ("payload mutation", 0.30, self._payload_mutation),
            ("zlib mutation", 0.05, self._zlib_mutation),
            ("structured 007", 0.08, lambda: structured_007(self.rng)),
            ("random base64", 0.05, lambda: random_b64(self.rng)),
            ("random hex", 0.08, lambda: random_legacy(self.rng)),
            ("random 1:", 0.05, lambda: random_signaling(self.rng)),
            ("random string", 0.07, lambda: random_string(self.rng)),
            ("wrapped", 0.08, lambda: wrap(self.rng.choice(self.corpus), self.rng)),
        ]
        self._names = [s[0] for s in self.strategies]
        self._weights = [s[1] for s in self.strategies]
        self._makers = {s[0]: s[2] for s in self.strategies}

    def __iter__(self) -> Iterator[tuple[str, str]]:
        while True:
            name = self.rng.choices(self._names, self._weights)[0]
            yield name, self._makers[name]()

    def _text_mutation(self) -> str:
        text = self.rng.choice(self.corpus)
        for _ in range(self.rng.choice((1, 1, 1, 2, 3))):
            text = mutate_text(text, self.rng)
        return text

    def _payload_mutation(self) -> str:
        parts = split_body(self.rng.choice(self.binary))
        assert parts is not None
        format_, head, body = parts
        for _ in range(self.rng.choice((1, 1, 1, 2, 3))):
            body = mutate_bytes(body, self.rng)
        return join_body(format_, head, body)

    def _zlib_mutation(self) -> str:
        token = self.rng.choice([t for t in self.binary if t.startswith("007")])
        raw = base64.b64decode(token[3:])
        return "007" + base64.b64encode(mutate_bytes(raw, self.rng)).decode("ascii")


def vector_tokens() -> list[str]:
    if not VECTORS.exists():
        return []
    data = json.loads(VECTORS.read_text(encoding="utf-8"))
    return [str(v["expected_token"]) for v in data["vectors"]]


def seed_corpus(seed: int = 0) -> list[str]:
    """The official vector tokens plus two freshly built tokens of every key kind."""
    rng = random.Random(seed)
    tokens = vector_tokens()
    for kind in KINDS:
        for _ in range(2):
            data = sample_request(kind, rng)
            result = build(data, now=rng.randrange(1 << 31), randint=rng.randint)
            tokens.append(result.token)
    return tokens


# --- the harness -----------------------------------------------------------------------------

_QUOTED = re.compile(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"")
_NUMBER = re.compile(r"\b\d+\b")
_UTC = _dt.timezone.utc


def message_kind(message: str) -> str:
    """The message with quoted values and numbers blanked, so like errors count together."""
    return _NUMBER.sub("N", _QUOTED.sub("…", message))


def check_message(text: str, stage: str, exc: BaseException) -> str:
    message = str(exc)
    if not (message and message[0].isupper() and message.endswith(".")):
        raise FuzzFailure(text, stage, f"not a sentence: {message!r}")
    if "\n" in message:
        raise FuzzFailure(text, stage, f"more than one line: {message!r}")
    return message


def random_inputs(rng: random.Random) -> verification.VerifyInputs:
    cert = rng.choice(
        (
            CERT,
            CERT.lower(),
            "".join(rng.choice(HEX) for _ in range(32)),
            "",
            "x" * 32,
            "\udcff" * 32,
        )
    )
    channel = rng.choice((None, "7d72365eb983485397e3e3f9d460bdda", random_text(rng), "\udc80"))
    uid = rng.choice((None, 0, 2882341273, MAX_U32, -1, 1 << 32, rng.randrange(1 << 32)))
    account = rng.choice((None, None, "", "0", random_text(rng), "\udcff"))
    return verification.VerifyInputs(cert, channel, uid, account)


def exercise(text: str, rng: random.Random) -> str:
    """Run one input through every entry point; returns the outcome ("ok: 007" or the error)."""
    stage = "decode"
    try:
        decoded = detect.decode(text)
        stage = "to_json"
        json.dumps(detect.to_json(decoded), ensure_ascii=False).encode("utf-8")
        stage = "explain"
        now = rng.choice((0, 1_700_000_000, MAX_U32, 1 << 40))
        tz = rng.choice((None, _UTC, _dt.timezone(_dt.timedelta(hours=-11))))
        rows = report.explain(decoded, now, tz)
        report.render_text(rows).encode("utf-8")
        stage = "verify"
        inputs = random_inputs(rng)
        result = verification.verify(decoded, inputs)
        if not (result.message[:1].isupper() and result.message.endswith(".")):
            raise FuzzFailure(text, stage, f"verification message {result.message!r}")
    except TokenError as exc:
        return f"{stage}: {message_kind(check_message(text, stage, exc))}"
    except FuzzFailure:
        raise
    except Exception as exc:
        detail = "".join(traceback.format_exception_only(type(exc), exc)).strip()
        raise FuzzFailure(text, stage, detail) from exc
    return f"ok: {decoded.format}" + (" (repaired)" if decoded.repairs else "")


def run(
    count: int, seed: int, corpus: Sequence[str] | None = None
) -> tuple[collections.Counter[str], collections.Counter[str], float]:
    """Fuzz ``count`` inputs; returns (outcomes, strategies, seconds). Raises FuzzFailure."""
    generator = Generator(seed, corpus)
    outcomes: collections.Counter[str] = collections.Counter()
    strategies: collections.Counter[str] = collections.Counter()
    check_rng = random.Random(seed + 1)
    start = time.perf_counter()
    for _, (strategy, text) in zip(range(count), generator, strict=False):
        strategies[strategy] += 1
        outcomes[exercise(text, check_rng)] += 1
    return outcomes, strategies, time.perf_counter() - start


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("count", nargs="?", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    try:
        outcomes, strategies, seconds = run(args.count, args.seed)
    except FuzzFailure as failure:
        print(f"FAILURE: {failure}", file=sys.stderr)
        traceback.print_exc()
        return 1
    print(
        f"{args.count} inputs in {seconds:.2f} s: {args.count / seconds:,.0f} inputs/s "
        f"(seed {args.seed})"
    )
    print("\nInputs by strategy:")
    for name, n in strategies.most_common():
        print(f"  {n:>8}  {name}")
    print("\nOutcomes (error messages with quoted values and numbers blanked):")
    for name, n in outcomes.most_common():
        print(f"  {n:>8}  {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
