"""Every message the request, build, reading and codec modules give a person is translatable.

Hostile inputs (the decoder fuzzer's, every field of every key kind given wrong values, the
hostile batch lines, broken CSV files, bad whiteboard and stream-key requests, bad ConvoAI
bodies) drive the core; each error raised by one of those modules and each warning or
validation problem they return must be a :class:`~agora_token_gui.core.text.Text` whose template
(and every template inside it) the zh_CN catalogue translates. Rendered as the GUI renders it
(translated template, translated parameters), the Chinese sentence may keep only identifiers in
Latin letters: the allow-list of the walk tests (tests/ui/words.py) plus the technical names
below.
"""

from __future__ import annotations

import json
import random
import re
import string
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path
from types import TracebackType

import pytest

from agora_token_gui.core import (
    batch,
    detect,
    presets,
    reading,
    request,
    stream_key,
    uid,
    whiteboard,
)
from agora_token_gui.core.build import build
from agora_token_gui.core.catalog import KINDS, FieldKind, KeyKind
from agora_token_gui.core.errors import TokenError, message_of
from agora_token_gui.core.text import Moment, Text
from tests import fuzz
from tests.catalogue import core_translations
from tests.cli.test_hostile_batch import HOSTILE
from tests.tokens import APP, CERT
from tests.ui.words import untranslated

ROOT = Path(__file__).resolve().parents[2]
CORE = ROOT / "agora_token_gui" / "core"
# The modules of this lane: their errors and warnings are checked wherever they are raised.
_LANE = """request build batch reading uid token_builders errors catalog presets secrets
commandline access_token access_token2 dynamic_key signaling packing encoding crypto whiteboard
stream_key"""
OWN = {f"{name}.py" for name in _LANE.split()}
NOW = 1_700_000_000
# Technical names kept in Chinese sentences besides the walk tests' identifiers.
_NAMES = sorted({k.format for k in KINDS} | {k.builder for k in KINDS}, key=len, reverse=True)
TECHNICAL = re.compile(
    r"\w+/\w+|0x[0-9a-fA-F]+|[a-z0-9]+(?:_[a-z0-9]+)+|/join|[\w-]+\.(?:csv|jsonl)|"
    r"(?<![A-Za-z0-9_])(?:" + "|".join(map(re.escape, _NAMES)) + r")(?![A-Za-z0-9_])|"
    r"(?<![A-Za-z0-9_])(?:Base64|base64url|zlib|Unicode|UTF-8|utf-8-sig|BOM|MessagePack|"
    r"msgpack-lite|JavaScript|REST|MAC|NETLESS(?:SDK|ROOM|TASK)_|C#|pip install|agora-token-gui|"
    r"streamkey|cryptography|ConvoAI|Basic|JSON Lines|float64|uint32|sig|expireAt|"
    r"lifespan|now|expires_after|sdk|room|task|admin|writer|reader|signaling|type|privileges|"
    r"format|builder|id|true|false|null|properties|channel|fixstr|str8|str16|str32|bin8|bin16|"
    r"bin32|uint8|uint16|uint64|int8|int16|int32|int64|float32|fixmap|map16|map32|"
    r"positive_fixint|negative_fixint|nil|bool|C|U|E|T|N|ak|nonce|role|uuid|read|write|"
    r"True|False|None|NaN|Infinity|Streaming|FCDN|STT|ConvoAI|extra|expire|account|users|"
    r"services|permissions|messageChannels|streamChannels|groupChannels|serverGroups)"
    r"(?![A-Za-z0-9_])"
)


CATALOGUE = core_translations()
_FIELD = re.compile(r"(?<!\{)\{(\w+)\}(?!\})")


def _has_words(template: str) -> bool:
    return re.search(r"[A-Za-z]", _FIELD.sub("", template)) is not None


def render(value: object) -> str:
    """A value as the GUI shows it in Chinese (ui/i18n.localise without Qt)."""
    if isinstance(value, Text):
        params = {
            k: render(v) if isinstance(v, (Text, Moment)) else v for k, v in value.params.items()
        }
        return CATALOGUE.get(value.template, value.template).format_map(params)
    return str(value)


def problems_of(value: object, where: str) -> list[str]:
    """What keeps ``value`` (a message) from being shown in Chinese; [] when nothing."""
    if not isinstance(value, Text):
        return [f"{where}: not a Text: {value!r}"]
    found = []
    stack: list[Text] = [value]
    while stack:
        text = stack.pop()
        if _has_words(text.template) and not CATALOGUE.get(text.template):
            found.append(f"{where}: template not translated: {text.template!r}")
        stack += [p for p in text.params.values() if isinstance(p, Text)]
    if not found:
        left = untranslated(TECHNICAL.sub(" ", render(value)))
        if left:
            found.append(f"{where}: {render(value)!r} keeps English: {left}")
    return found


def raised_here(exc: BaseException) -> bool:
    """Whether the innermost frame that raised ``exc`` is one of this lane's modules."""
    tb: TracebackType | None = exc.__traceback__
    last = None
    while tb is not None:
        last = tb
        tb = tb.tb_next
    if last is None:
        return True  # made, not raised (a ReadError yielded for a line): by its caller here
    filename = Path(last.tb_frame.f_code.co_filename)
    return filename.parent == CORE and filename.name in OWN


class Collector:
    """Every message seen, with where it came from, and the problems found in them."""

    def __init__(self) -> None:
        self.problems: set[str] = set()
        self.seen = 0
        self.templates: set[str] = set()

    def message(self, value: object, where: str) -> None:
        self.seen += 1
        if isinstance(value, Text):
            self.templates.add(value.template)
        self.problems.update(problems_of(value, where))

    def error(self, exc: BaseException, where: str) -> None:
        if raised_here(exc):
            self.message(message_of(exc), f"{where} ({type(exc).__name__})")

    def run(self, where: str, action: Callable[[], object]) -> object:
        try:
            return action()
        except TokenError as exc:
            self.error(exc, where)
            return None


# --- inputs ------------------------------------------------------------------------------------

_BAD_VALUES: tuple[object, ...] = (
    "",
    " 42",
    "0042",
    "-0",
    "+7",
    "²",
    "٣",
    "x" * 70,
    "room/#1 *",
    "房" * 30,
    "\ud800",
    "not a number",
    "99999999999999999999",
    -1,
    1 << 40,
    10**5000,
    1.5,
    True,
    [],
    [1, 2],
    {},
    {"a": 1},
    {"1": "x"},
    {"kJoinChannel": 1, "1": 2},
    {"99": {"0": ["a"]}},
    {"0": {"read": "a"}},
    {"0": {"0": ["a"], "read": ["b"]}},
    [{"type": "RTC"}],
    [{"type": 1, "channel_name": 5}],
    [{"type": 1, "colour": "x"}],
    [{"type": 1, "privileges": {"9": 1}, "role": 99999}],
    [{"type": 1, "privileges": {"1": 2_000_000_000}}],
    [{"type": "nope"}],
    [{}],
    ["x"],
    100_000,
    90_000,
    1_800_000_000,
    "2d",
    "90x",
)


def base_request(kind: KeyKind) -> dict[str, object]:
    data: dict[str, object] = {"format": kind.format}
    if not kind.implicit_builder:
        data["builder"] = kind.builder
    credentials = kind.credentials
    if credentials.identity is not None:
        data[credentials.identity] = APP if credentials.identity == "app_id" else "AKexample"
    data[credentials.secret] = CERT if credentials.secret == "app_certificate" else "SKsecret"
    return data


def hostile_requests() -> Iterator[tuple[str, dict[str, object]]]:
    """Each field of each kind with each bad value, plus broken request shapes."""
    rng = random.Random(13)
    for kind in KINDS:
        good = {**base_request(kind), **fuzz.sample_request(kind, rng)}
        yield f"{kind.key} sample", good
        for spec in kind.fields:
            for value in _BAD_VALUES:
                shown = uid.shown(value)
                yield f"{kind.key} {spec.name}={shown}", {**good, spec.name: value}
            if spec.kind is FieldKind.CHOICE:
                yield f"{kind.key} {spec.name}=7", {**good, spec.name: 7}
        for key in kind.credentials.keys:
            for value in ("", "abc", "g" * 32, "A" * 31, 5, None):
                yield f"{kind.key} {key}={value!r}", {**good, key: value}
        yield f"{kind.key} typo", {**good, "chanel_name": "x", "zzz": 1}
        yield f"{kind.key} bad id", {**good, "id": 5}
        yield f"{kind.key} nothing", base_request(kind)
    yield "no format", {}
    yield "bad format", {"format": "008"}
    yield "bad builder", {"format": "007", "builder": "nope"}
    yield "builder not text", {"format": "007", "builder": 5}
    yield "no builder", {"format": "007"}


def test_the_catalogue_keeps_every_field_of_every_template() -> None:
    """A translation with a missing or extra {field} would fall back to English (or fail)."""
    wrong = [
        source
        for source, translation in CATALOGUE.items()
        if set(_FIELD.findall(source)) != set(_FIELD.findall(translation))
    ]
    assert wrong == []


def test_request_checks_and_build_warnings_are_translated() -> None:
    seen = Collector()
    for where, data in hostile_requests():
        try:
            _, problems = request.check(data, now=NOW)
        except TokenError as exc:  # check() returns problems; it raises nothing itself
            pytest.fail(f"{where}: check raised {exc!r}")
        for problem in problems:
            seen.message(problem.message, f"{where}: {problem.field}")
        result = seen.run(where, partial(build, data, now=NOW, randint=min))
        for warning in getattr(result, "warnings", ()):
            seen.message(warning.message, f"{where} build warning")
    assert seen.seen > 2_000
    assert sorted(seen.problems) == []
    # The catalogue's variety was reached: many distinct sentences, not one repeated.
    assert len(seen.templates) > 50


def test_uid_rule_messages_are_translated() -> None:
    seen = Collector()
    for value in ("0042", "-0", " 42", "²", "abc", "", -5, 1 << 32, 10**30, None, 1.5):
        seen.run(repr(value), partial(uid.parse_uid, value))
    assert seen.seen >= 10
    assert sorted(seen.problems) == []


def test_decoder_errors_of_the_codecs_are_translated() -> None:
    """The decoder fuzzer's inputs: every error a codec module raises is translated."""
    seen = Collector()
    for _, (_strategy, text) in zip(range(4_000), fuzz.Generator(20_261_206), strict=False):
        seen.run(text[:40], partial(detect.decode, text))
    for text in (
        "007eJxTYBBb",  # truncated 007
        "007" + "A" * 10 + "*",  # not Base64
        "007abc",  # a length no Base64 has
        "007AAAA====",  # padding inside
        "006" + APP + "@@@@",
        "006" + APP,
        "005AAAA",
        "NETLESSROOM_",
        "NETLESSROOM_YWs9MQ",
        "NETLESSROOM_" + "YWs9MSZub25jZT0yJnJvbGU9MSZzaWc9eA",
        "1:" + APP + ":" + "9" * 30 + ":" + "a" * 32,
    ):
        seen.run(text, partial(detect.decode, text))
    assert seen.seen > 200
    assert sorted(seen.problems) == []


def test_codec_decoders_called_directly_are_translated() -> None:
    from agora_token_gui.core import access_token, access_token2, dynamic_key, signaling

    seen = Collector()
    rng = random.Random(7)
    decoders: list[Callable[[str], object]] = [
        access_token2.decode,
        access_token.decode,
        dynamic_key.decode5,
        dynamic_key.decode4,
        dynamic_key.decode3,
        dynamic_key.decode2,
        dynamic_key.decode1,
        signaling.decode,
        whiteboard.decode,
        stream_key.decode,
    ]
    corpus = fuzz.seed_corpus(3)
    for _ in range(3_000):
        text = fuzz.mutate_text(rng.choice(corpus), rng)
        for decoder in decoders:
            seen.run(
                f"{decoder.__module__}.{decoder.__name__}({text[:30]!r})", partial(decoder, text)
            )
    assert seen.seen > 1_000
    assert sorted(seen.problems) == []


def test_whiteboard_and_stream_key_rules_are_translated() -> None:
    seen = Collector()
    for builder in ("sdk", "room", "task", "board", 5):
        for role in (0, "writer", 7, None):
            for lifespan in (0, 500, -1, 1.5, 2**60, "x"):
                for room in (None, "", "ABC", "a" * 32):
                    for nonce in (None, ""):
                        result = seen.run(
                            f"whiteboard {builder} {role} {lifespan} {room}",
                            partial(
                                whiteboard.check_request,
                                *(builder, "AK", "SK", role, lifespan, room),
                                nonce=nonce,
                                now_ms=2**53,
                            ),
                        )
                        for name, warning in getattr(result, "warnings", ()):
                            seen.message(warning, f"whiteboard warning {name}")
    for channel in ("", "0", "x" * 70, "a b*", 5):
        for user in ("", "0", 0, "99999999999", "u" * 300, 1.5, -1):
            for after in (0, 60, -1, 2**33):
                result = seen.run(
                    f"stream key {channel!r} {user!r} {after}",
                    partial(
                        stream_key.check_request,
                        *(CERT, channel, user, after, ""),
                        iv="00",
                        now=2**32 - 5,
                    ),
                )
                for name, warning in getattr(result, "warnings", ()):
                    seen.message(warning, f"stream key warning {name}")
    for certificate in ("", "x" * 32, "a" * 31):
        seen.run("stream key certificate", partial(stream_key.certificate_key, certificate))
    token = whiteboard.decode(
        "NETLESSROOM_"
        + __import__("base64")
        .urlsafe_b64encode(b"ak=1&nonce=&role=9&sig=ABC&extra=1")
        .decode()
        .rstrip("=")
    )
    for warning in token.warnings:
        seen.message(warning, "whiteboard decode warning")
    assert seen.seen > 300
    assert sorted(seen.problems) == []


def test_stream_key_openings_and_the_missing_extra_are_translated() -> None:
    seen = Collector()
    seen.message(message_of(stream_key.CryptographyMissingError()), "no cryptography")
    if stream_key.aes_available():
        key = stream_key.build(CERT, "room", "1001", 600, now=NOW)
        decoded = stream_key.decode(key)
        for certificate in ("0" * 32, "1" * 32, "f" * 32, CERT.lower()[::-1]):
            opening = stream_key.open_key(decoded, certificate)
            if not opening.valid:
                seen.message(opening.reason, "wrong certificate")
        for data in (b"", b"\x81", b"\x80", b"\xde\x00\x09", b"\x81\xa1C\x05", b"\x83\xa1C\xa1x"):
            seen.run(repr(data), partial(stream_key.unpack_key_map, data))
    assert sorted(seen.problems) == []


def test_hostile_batch_lines_and_files_are_translated() -> None:
    seen = Collector()
    for name, data in HOSTILE.items():
        for line in reading.decode_lines(data):
            if line.error is not None:
                seen.message(message_of(line.error), f"{name}: decoding")
                continue
            assert line.text is not None
            if not line.text.strip():
                continue
            found = batch.read_request(line.number, line.text)
            if isinstance(found, reading.ReadError):
                seen.message(message_of(found), f"{name}: reading")
                continue
            _, problems = request.check(found, now=NOW)
            for problem in problems:
                seen.message(problem.message, f"{name}: {problem.field}")
    csv_files = {
        "empty.csv": b"",
        "blank-header.csv": b" , \n1,2\n",
        "quote.csv": b'format,uid\n007,"1\n',
        "long-cell.csv": b"format,services\n007," + b"x" * 300_000 + b"\n",
        "extra-cells.csv": b"format,uid\n007,1,2,3\n",
        "bad-json-cell.csv": b"format,services\n007,[{\n",
        "not-utf-8.csv": b"format,uid\n\xff\xfe,1\n",
    }
    for name, data in csv_files.items():
        try:
            loaded = batch.load_requests(name, data)
        except TokenError as exc:
            seen.error(exc, name)
            continue
        for _, item in loaded.iter_items():
            if isinstance(item, str):
                seen.message(item, f"{name} row")
    jsonl = b'{"format": "007"\n[1]\n\xff\n{"a": 1, "a": 2}\n'
    for _, item in batch.load_requests("x.jsonl", jsonl).iter_items():
        if isinstance(item, str):
            seen.message(item, "x.jsonl row")
    plan = batch.GridPlan.for_kind(next(k for k in KINDS if k.key == "007/rtc_uid"))
    for action in (
        lambda: batch.parse_list("1\n9-3\n", "用户"),  # the caller's word, translated there
        lambda: batch.grid_size(plan, [], ["a"]),
        lambda: batch.grid_size(plan, ["1"], []),
        lambda: batch.grid_size(plan, [range(10**6)], [range(10)]),
        lambda: batch.parse_template("[1]"),
        lambda: batch.parse_template("{"),
        lambda: reading.parse_int("x", subject="数值"),
        lambda: reading.parse_int("9" * 40, subject="数值"),
        lambda: reading.parse_int("5", subject="数值", low=6, high=9),
        lambda: reading.decode_text(b"ok\n\xff"),
        lambda: reading.loads("[" * 300),
        lambda: reading.loads('{"a": NaN}'),
        lambda: reading.loads('{"a": 1e999}'),
        lambda: reading.loads("1" * 5000),
        lambda: reading.loads("\ufeff{}"),
        lambda: reading.loads('{"a" 1}'),
        lambda: reading.loads('{"a": 1,}'),
        lambda: reading.loads('"abc'),
        lambda: reading.loads("{}\n{}"),
    ):
        seen.run("batch sources", action)
    assert seen.seen > 40
    assert sorted(seen.problems) == []


def test_the_batch_template_description_is_translated() -> None:
    kind = next(k for k in KINDS if k.key == "007/rtc_uid")
    text = batch.describe_template(kind, {"role": 2, "token_expire": 600, "unknown": 1})
    assert problems_of(text, "describe_template") == []
    assert "Role: 2" in text  # English unchanged
    assert "角色：2" in render(text)


def test_convoai_checks_and_rest_credentials_are_translated() -> None:
    seen = Collector()
    token = build(presets.convoai_request(APP, CERT, "room", 1001, 600), now=NOW, randint=min).token
    bodies = [
        "{",
        "[1]",
        '{"properties": 5}',
        json.dumps({"properties": {"token": "other"}}),
        json.dumps(
            {"properties": {"channel": "other", "agent_rtc_uid": "7", "idle_timeout": 9999}}
        ),
        json.dumps({"properties": {"channel": "room", "agent_rtc_uid": "1001"}}),
    ]
    for body in bodies:
        for now in (NOW, NOW + 10_000):
            # (a text that is no token at all is detect's sentence, not one of these modules')
            for checked in (token, "007AAAA", "006" + APP + "AAAA"):
                result = seen.run(body, partial(presets.check_join_body, body, checked, now))
                for line in result or ():  # type: ignore[attr-defined]
                    seen.message(line.message, f"join check {body[:20]}")
    for customer, secret in (("", "s"), ("a:b", "s"), ("a", ""), (" a", "s"), ("a", "s ")):
        seen.run("basic auth", partial(presets.basic_authorization, customer, secret))
    for uid_value, expire in ((True, 600), ("", 600), (1, 0), (1, 10**6)):
        seen.run("convoai", partial(presets.convoai_request, APP, CERT, "r", uid_value, expire))
    assert seen.seen > 30
    assert sorted(seen.problems) == []


def test_english_is_unchanged_for_the_cli() -> None:
    """The English sentences read as before (a sample the CLI and JSON output print)."""
    _, problems = request.check({"format": "007", "builder": "rtc_uid", "app_id": "xyz"}, now=NOW)
    messages = {p.field: p.message for p in problems}
    assert messages["app_id"] == (
        "The App ID must be exactly 32 hexadecimal characters; this one has 3 characters, "
        "including 'x' which is not hexadecimal."
    )
    assert messages["channel_name"].startswith("Channel name is required. Up to 64 bytes")
    assert messages["channel_name"].endswith("with a warning).")
    with pytest.raises(TokenError) as caught:
        uid.parse_uid("0042")
    assert str(caught.value) == (
        "The uid is the text '0042', which is not a plain number: write the number 42, or use "
        "an account builder to sign the text as written."
    )
    assert all(c in string.printable or ord(c) > 127 for c in str(caught.value))


def test_a_message_pickles_with_its_template() -> None:
    """batch --jobs sends results between processes: the Text survives, its help included."""
    import pickle

    _, problems = request.check({"format": "007", "builder": "rtc_uid", "app_id": APP}, now=NOW)
    for problem in problems:
        again = pickle.loads(pickle.dumps(problem.message))
        assert again == problem.message
        assert isinstance(again, Text)
        assert problems_of(again, "pickled") == []
