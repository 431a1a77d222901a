"""Core benchmarks: codec hot paths against the cost of their primitives, and batch streaming.

Usage: ``python benchmarks/core.py [--quick] [--skip-batch] [--skip-node]``

The last section times whole processes on the same JSON Lines file: ``agora-token batch``
(default jobs and --jobs 1) against a small Node script over npm's ``agora-token`` package (what
a JavaScript team would use), installed by the benchmark into a temporary folder; it is skipped
with a message when Node.js or npm is missing.

Each row times one operation and, in the same rounds (interleaved, so a noisy machine slows both
alike), the "floor": only the HMAC, zlib, CRC-32 and Base64 calls that operation cannot avoid,
on the same bytes, through their C entry points, with every other input (keys, messages, Base64
text) prepared in advance. The ratio is the median of the per-round ratios. Targets: builds
within 1.2x of the floor, decode+verify within 1.5x.

Floors, per row:
- 007 build: HMAC x3 (K1, K2, signature over the signed bytes) + zlib.compress + Base64 encoding.
- 007 decode+verify: Base64 decoding + zlib.decompress + HMAC x3. The decoder uses a
  decompressobj (to cap the output at 1 MiB and to report bytes after the stream), which costs a
  little more than zlib.decompress; the floor keeps the cheaper call.
- 006 build: HMAC + CRC-32 x2 (channel, uid) + Base64 encoding.
- 006 decode: Base64 decoding only. No target: a decode is no decode+verify, and a Python parse
  cannot come within 1.5x of one 0.3 us C call; shown for information.
- 006 decode+verify, codec: Base64 decoding + HMAC (access_token.verify computes no CRC-32).
- 006 decode+verify, public API: Base64 decoding + CRC-32 x2 + HMAC (it compares the CRCs).

The 007 signer caches the last K1 = HMAC(issue_ts, certificate) (a batch signs many tokens with one
certificate in the same second). Rows marked "K1 hit" reuse it, so they skip one of the three HMACs
that the floor counts: those ratios flatter the code and are shown for information only.
"""

from __future__ import annotations

import argparse
import binascii
import itertools
import json
import os
import shutil
import statistics
import struct
import subprocess
import sys
import tempfile
import time
import zlib
from collections.abc import Callable, Iterator, Sequence
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the project importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from agora_token_gui.core import access_token, access_token2, detect
from agora_token_gui.core.access_token2 import Service
from agora_token_gui.core.build import build
from agora_token_gui.core.request import parse_request
from agora_token_gui.core.verification import VerifyInputs, verify

hmac_digest: Callable[[bytes, bytes, str], bytes]
try:
    import _hashlib
except ImportError:  # pragma: no cover
    import hmac

    hmac_digest = hmac.digest
else:
    hmac_digest = _hashlib.hmac_digest

APP = "970CA35de60c44645bbae8a215061b33"
CERT = "5CFd2fd1755d40ecb72977518be15d3b"
CHANNEL = "7d72365eb983485397e3e3f9d460bdda"
UID = 2882341273
RTC_REQUEST: dict[str, object] = {
    "format": "007",
    "builder": "rtc_uid",
    "app_id": APP,
    "app_certificate": CERT,
    "channel_name": CHANNEL,
    "uid": UID,
    "role": 1,
    "token_expire": 3600,
    "privilege_expire": 3600,
    "issue_ts": 1_700_000_000,
    "salt": 12345,
}
REQUEST_006: dict[str, object] = {
    "format": "006",
    "builder": "rtc_uid",
    "app_id": APP,
    "app_certificate": CERT,
    "channel_name": CHANNEL,
    "uid": UID,
    "role": 1,
    "privilege_expired_ts": 1_700_003_600,
    "ts": 1_700_086_400,
    "salt": 12345,
}
RTC_PRIVILEGES = {1: 3600, 2: 3600, 3: 3600, 4: 3600}


# --- timing -------------------------------------------------------------------------------------


def per_call(fn: Callable[[], object], number: int) -> float:
    start = time.perf_counter()
    for _ in range(number):
        fn()
    return (time.perf_counter() - start) / number


@dataclass
class Row:
    name: str
    operation: Callable[[], object]
    floor: Callable[[], object]
    target: float | None  # None: information only
    note: str = ""


@dataclass
class Result:
    row: Row
    seconds: float  # median per call
    floor_seconds: float
    ratio: float  # median of per-round ratios


def measure(rows: Sequence[Row], rounds: int, number: int) -> list[Result]:
    times: dict[int, list[float]] = {i: [] for i in range(len(rows))}
    floors: dict[int, list[float]] = {i: [] for i in range(len(rows))}
    for row in rows:  # warm up caches and allocators
        per_call(row.operation, number // 10 or 1)
        per_call(row.floor, number // 10 or 1)
    for _ in range(rounds):
        for i, row in enumerate(rows):
            times[i].append(per_call(row.operation, number))
            floors[i].append(per_call(row.floor, number))
    return [
        Result(
            row,
            statistics.median(times[i]),
            statistics.median(floors[i]),
            statistics.median(t / f for t, f in zip(times[i], floors[i], strict=True)),
        )
        for i, row in enumerate(rows)
    ]


# --- the rows -----------------------------------------------------------------------------------


RING = 64  # operations cycle through this many different tokens; so do their floors


def rtc_services() -> list[Service]:
    return [Service(1, RTC_PRIVILEGES, channel_name=CHANNEL, uid=str(UID))]


@dataclass
class Sample007:
    issue_ts: int
    token: str
    body: str  # the Base64 text after "007"
    payload: bytes  # inflated
    signing: bytes  # the signed bytes: the payload after Str(signature)
    k1_key: bytes
    k2_key: bytes


def samples_007(first_issue_ts: int, count: int) -> list[Sample007]:
    out = []
    pack = struct.Struct("<I").pack
    for issue_ts in range(first_issue_ts, first_issue_ts + count):
        token = access_token2.encode(
            APP, CERT, rtc_services(), issue_ts=issue_ts, expire=3600, salt=12345
        )
        payload = zlib.decompress(binascii.a2b_base64(token[3:]))
        signing = payload[34:]
        out.append(
            Sample007(issue_ts, token, token[3:], payload, signing, pack(issue_ts), pack(12345))
        )
    return out


def floor_007_build(samples: list[Sample007]) -> Callable[[], object]:
    """3 HMAC-SHA256 + zlib.compress + Base64 encoding of the same tokens' bytes, in turn."""
    turn = itertools.cycle([(s.k1_key, s.k2_key, s.signing, s.payload) for s in samples])
    cert = CERT.encode()

    def floor() -> object:
        k1_key, k2_key, signing, payload = next(turn)
        k1 = hmac_digest(k1_key, cert, "sha256")
        k2 = hmac_digest(k2_key, k1, "sha256")
        hmac_digest(k2, signing, "sha256")
        return binascii.b2a_base64(zlib.compress(payload), newline=False)

    return floor


def floor_007_decode_verify(samples: list[Sample007]) -> Callable[[], object]:
    """Base64 decoding + zlib.decompress + 3 HMAC-SHA256 of the same tokens, in turn."""
    turn = itertools.cycle([(s.body, s.k1_key, s.k2_key, s.signing) for s in samples])
    cert = CERT.encode()

    def floor() -> object:
        body, k1_key, k2_key, signing = next(turn)
        zlib.decompress(binascii.a2b_base64(body))
        k1 = hmac_digest(k1_key, cert, "sha256")
        k2 = hmac_digest(k2_key, k1, "sha256")
        return hmac_digest(k2, signing, "sha256")

    return floor


def tokens_006(count: int) -> list[str]:
    return [build({**REQUEST_006, "salt": salt}).token for salt in range(1, count + 1)]


def floor_006(
    tokens: list[str], *, build: bool, crcs: bool = True, hmac: bool = True
) -> Callable[[], object]:
    """006 build: HMAC + 2 CRC-32 + Base64 encoding; decode: Base64 decoding, then the HMAC
    and, when verification compares them, the 2 CRC-32s of channel and uid."""
    prefix = (APP + CHANNEL + str(UID)).encode()
    cert, channel, uid = CERT.encode(), CHANNEL.encode(), str(UID).encode()
    parts = []
    for token in tokens:
        content = binascii.a2b_base64(token[35:])
        parts.append((token[35:], content, prefix + content[44:]))
    turn = itertools.cycle(parts)

    def build_floor() -> object:
        _, content, signed = next(turn)
        hmac_digest(cert, signed, "sha256")
        zlib.crc32(channel)
        zlib.crc32(uid)
        return binascii.b2a_base64(content, newline=False)

    def decode_floor() -> object:
        return binascii.a2b_base64(next(turn)[0])

    def decode_hmac_floor() -> object:
        body, _, signed = next(turn)
        binascii.a2b_base64(body)
        return hmac_digest(cert, signed, "sha256")

    def decode_crcs_hmac_floor() -> object:
        body, _, signed = next(turn)
        binascii.a2b_base64(body)
        zlib.crc32(channel)
        zlib.crc32(uid)
        return hmac_digest(cert, signed, "sha256")

    if build:
        return build_floor
    if not hmac:
        return decode_floor
    return decode_crcs_hmac_floor if crcs else decode_hmac_floor


def rows() -> list[Row]:
    services = rtc_services()
    ring = samples_007(1_600_000_000, RING)
    fixed = samples_007(1_700_000_000, 1)
    request = parse_request(RTC_REQUEST)
    inputs = VerifyInputs(CERT)
    ring_006 = tokens_006(RING)
    inputs_006 = VerifyInputs(CERT, CHANNEL, UID)
    build_turn = itertools.cycle(ring)
    read_turn = itertools.cycle(ring)
    public_turn = itertools.cycle(ring)
    salts = itertools.cycle(range(1, RING + 1))
    read_006 = itertools.cycle(ring_006)
    verify_006 = itertools.cycle(ring_006)
    public_006 = itertools.cycle(ring_006)

    def encode_miss() -> object:
        issue_ts = next(build_turn).issue_ts
        return access_token2.encode(APP, CERT, services, issue_ts=issue_ts, expire=3600, salt=12345)

    def encode_hit() -> object:
        return access_token2.encode(
            APP, CERT, services, issue_ts=1_700_000_000, expire=3600, salt=12345
        )

    def codec_decode_verify() -> object:
        return access_token2.verify(access_token2.decode(next(read_turn).token), CERT)

    def public_decode_verify() -> object:
        return verify(detect.decode(next(public_turn).token), inputs)

    def encode_006() -> object:
        return access_token.encode(
            APP, CERT, CHANNEL, str(UID), RTC_PRIVILEGES, salt=next(salts), ts=1_700_086_400
        )

    return [
        Row(
            "007 RTC build: access_token2.encode",
            encode_miss,
            floor_007_build(ring),
            1.2,
            "codec; issue_ts differs each call (K1 miss)",
        ),
        Row(
            "007 RTC build: access_token2.encode, K1 hit",
            encode_hit,
            floor_007_build(fixed),
            None,
            "same issue_ts: skips 1 of the floor's 3 HMACs",
        ),
        Row(
            "007 RTC build: build(TokenRequest)",
            lambda: build(request),
            floor_007_build(fixed),
            None,
            "validated request in, pins given; K1 hit",
        ),
        Row(
            "007 RTC build: build(dict)",
            lambda: build(RTC_REQUEST),
            floor_007_build(fixed),
            None,
            "what batch does per line: validation + build; K1 hit",
        ),
        Row(
            "007 decode+verify: access_token2",
            codec_decode_verify,
            floor_007_decode_verify(ring),
            1.5,
            "codec; K1 miss",
        ),
        Row(
            "007 decode+verify: detect + verification",
            public_decode_verify,
            floor_007_decode_verify(ring),
            1.5,
            "public API: detection, repair check, inputs check; K1 miss",
        ),
        Row(
            "007 decode+verify: detect + verification, K1 hit",
            lambda: verify(detect.decode(fixed[0].token), inputs),
            floor_007_decode_verify(fixed),
            None,
            "same token again: skips 1 of 3 HMACs",
        ),
        Row(
            "006 build: access_token.encode",
            encode_006,
            floor_006(ring_006, build=True),
            1.2,
            "codec",
        ),
        Row(
            "006 build: build(dict)",
            lambda: build(REQUEST_006),
            floor_006(ring_006[:1], build=True),
            None,
            "validation + build",
        ),
        Row(
            "006 decode: access_token.decode",
            lambda: access_token.decode(next(read_006)),
            floor_006(ring_006, build=False, crcs=False, hmac=False),
            None,
            "codec, no verify; the floor is one Base64 call",
        ),
        Row(
            "006 decode+verify: access_token",
            lambda: access_token.verify(
                access_token.decode(next(verify_006)), CERT, CHANNEL, str(UID)
            ),
            floor_006(ring_006, build=False, crcs=False),
            1.5,
            "codec; HMAC, no CRC-32",
        ),
        Row(
            "006 decode+verify: detect + verification",
            lambda: verify(detect.decode(next(public_006)), inputs_006),
            floor_006(ring_006, build=False),
            1.5,
            "public API; CRC pre-checks with messages",
        ),
    ]


def print_codec_table(results: Sequence[Result]) -> None:
    print(f"{'operation':<50} {'tokens/s':>10} {'us/op':>7} {'floor us':>9} {'ratio':>6}  target")
    for r in results:
        target = "-"
        if r.row.target is not None:
            verdict = "met" if r.ratio <= r.row.target else "NOT met"
            target = f"<= {r.row.target:.1f}x {verdict}"
        print(
            f"{r.row.name:<50} {1 / r.seconds:>10,.0f} {r.seconds * 1e6:>7.2f} "
            f"{r.floor_seconds * 1e6:>9.2f} {r.ratio:>5.2f}x  {target}  ({r.row.note})"
        )


# --- batch streaming ----------------------------------------------------------------------------


def batch_requests(count: int) -> Iterator[dict[str, object]]:
    base = {k: v for k, v in RTC_REQUEST.items() if k not in ("issue_ts", "salt")}
    for i in range(count):
        yield {**base, "uid": i + 1, "id": f"r{i}"}


def write_jsonl(path: Path, count: int) -> None:
    with path.open("w", encoding="utf-8") as handle:
        for data in batch_requests(count):
            handle.write(json.dumps(data) + "\n")


def agora_token() -> list[str]:
    exe = Path(sys.executable).with_name("agora-token")
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "agora_token_gui.cli"]


def run_child(argv: Sequence[str], stdin_path: Path | None = None) -> tuple[float, int, int]:
    """(wall seconds, peak RSS in KiB, exit status) of one child, output to /dev/null.

    The peak is VmHWM from /proc, polled while the child runs: getrusage's ru_maxrss would report
    the RSS the child inherited from this (large) benchmark process across fork and exec.
    """
    with open(os.devnull, "wb") as sink, ExitStack() as stack:
        stdin = stack.enter_context(stdin_path.open("rb")) if stdin_path else subprocess.DEVNULL
        start = time.perf_counter()
        child = subprocess.Popen(argv, stdin=stdin, stdout=sink)
        status = Path(f"/proc/{child.pid}/status")
        peak = 0
        while child.poll() is None:
            try:
                for line in status.read_text().splitlines():
                    if line.startswith("VmHWM:"):
                        peak = max(peak, int(line.split()[1]))
            except (OSError, ValueError):
                pass
            time.sleep(0.005)
        seconds = time.perf_counter() - start
    return seconds, peak, child.returncode


def in_process(count: int) -> tuple[float, float]:
    """(build loop, access_token2.encode loop) seconds for the same requests."""
    dicts = list(batch_requests(count))
    start = time.perf_counter()
    for data in dicts:
        build(data)
    build_seconds = time.perf_counter() - start
    service_lists = [
        [Service(1, RTC_PRIVILEGES, channel_name=CHANNEL, uid=str(d["uid"]))] for d in dicts
    ]
    now = int(time.time())
    start = time.perf_counter()
    for salt, services in enumerate(service_lists, 1):
        access_token2.encode(APP, CERT, services, issue_ts=now, expire=3600, salt=salt)
    return build_seconds, time.perf_counter() - start


def batch_section(rounds: int, big: int) -> None:
    small = big // 10
    with tempfile.TemporaryDirectory() as tmp:
        paths = {n: Path(tmp) / f"requests-{n}.jsonl" for n in (small, big)}
        for n, path in paths.items():
            write_jsonl(path, n)
        empty = Path(tmp) / "empty.jsonl"
        empty.write_text("", encoding="utf-8")
        command = agora_token()
        walls: dict[str, list[float]] = {}
        rss: dict[str, list[int]] = {}

        def record(key: str, seconds: float, kib: int = 0) -> None:
            walls.setdefault(key, []).append(seconds)
            rss.setdefault(key, []).append(kib)

        for _ in range(rounds):
            record("startup", *run_child([*command, "batch", str(empty)])[:2])
            for n, path in paths.items():
                seconds, kib, status = run_child([*command, "batch", str(path)])
                assert status == 0, status
                record(f"batch {n}", seconds, kib)
            seconds, kib, status = run_child([*command, "batch", "-"], paths[big])
            record(f"batch {big} stdin", seconds, kib)
            seconds, kib, status = run_child([*command, "batch", "--jobs", "2", str(paths[big])])
            assert status == 0, status
            record("jobs 2", seconds, kib)
            build_s, encode_s = in_process(big)
            record("build loop", build_s)
            record("encode loop", encode_s)

    med = {k: statistics.median(v) for k, v in walls.items()}
    peak = {k: max(v) for k, v in rss.items()}
    loop = med["build loop"]
    print(f"\nBatch streaming ({big:,} rtc_uid requests, default pins; medians of {rounds} rounds)")
    print(
        "Child processes, output to /dev/null, startup included; 'vs loop': time over that of "
        "build\ncalled in this process on the same requests (as dicts: no JSON to read)."
    )
    print(f"{'run':<44} {'seconds':>8} {'tokens/s':>9} {'vs loop':>8} {'peak RSS':>10}")

    def line(label: str, key: str, n: int, show_rss: bool = True) -> None:
        mem = f"{peak[key] / 1024:>7.1f} MiB" if show_rss and peak[key] else ""
        rate = f"{n / med[key]:>9,.0f}" if n else f"{'':>9}"
        print(f"{label:<44} {med[key]:>8.2f} {rate} {med[key] / loop:>7.2f}x {mem:>10}")

    line("agora-token batch, empty input (startup)", "startup", 0)
    line(f"agora-token batch FILE, {small:,} lines", f"batch {small}", small)
    line(f"agora-token batch FILE, {big:,} lines", f"batch {big}", big)
    line(f"agora-token batch - (stdin), {big:,} lines", f"batch {big} stdin", big)
    line("in-process build loop (same dicts)", "build loop", big, False)
    line("in-process access_token2.encode loop", "encode loop", big, False)
    line(f"agora-token batch --jobs 2 FILE, {big:,}", "jobs 2", big)
    ratio = med[f"batch {big}"] / loop
    growth = peak[f"batch {big}"] / peak[f"batch {small}"]
    print(
        f"Target batch <= 1.2x the in-process loop: {ratio:.2f}x "
        f"({'met' if ratio <= 1.2 else 'NOT met'}); memory {small:,} -> {big:,} lines: "
        f"x{growth:.2f} ({'flat' if growth < 1.1 else 'GROWS'})."
    )
    gain = med[f"batch {big}"] / med["jobs 2"]
    print(f"--jobs 2 vs plain batch: {gain:.2f}x as fast on {os.cpu_count()} CPUs.")


# --- against a JavaScript team's tool: npm's agora-token, whole process, same requests -----------

NPM_PACKAGE = "agora-token@2.0.6"
# Reads the same JSON Lines file and writes one {"id", "token"} line per request, as
# `agora-token batch` does; written for this benchmark over the package's public builder.
NODE_BATCH = r"""
const fs = require("fs");
const readline = require("readline");
const { RtcTokenBuilder, RtcRole } = require("agora-token");
const input = readline.createInterface({ input: fs.createReadStream(process.argv[2]) });
const out = [];
input.on("line", (line) => {
  if (!line.trim()) return;
  const r = JSON.parse(line);
  const role = r.role === 1 ? RtcRole.PUBLISHER : RtcRole.SUBSCRIBER;
  const token = RtcTokenBuilder.buildTokenWithUid(
    r.app_id, r.app_certificate, r.channel_name, r.uid, role, r.token_expire, r.privilege_expire
  );
  out.push(JSON.stringify({ id: r.id, token: token }));
  if (out.length >= 1000) process.stdout.write(out.splice(0).join("\n") + "\n");
});
input.on("close", () => {
  if (out.length) process.stdout.write(out.join("\n") + "\n");
});
"""


def node_section(rounds: int, count: int) -> None:
    """Whole-process tokens/s: agora-token batch against Node over npm's agora-token."""
    print(f"\nagora-token batch against Node.js + npm {NPM_PACKAGE} ({count:,} rtc_uid requests)")
    node, npm = shutil.which("node"), shutil.which("npm")
    if node is None or npm is None:
        print("  skipped: node and npm are not installed (install Node.js to see this row)")
        return
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        installed = subprocess.run(
            [npm, "install", "--no-audit", "--no-fund", "--silent", "--prefix", tmp, NPM_PACKAGE],
            capture_output=True,
            text=True,
            check=False,
        )
        if installed.returncode != 0:
            print(f"  skipped: npm could not install {NPM_PACKAGE}: {installed.stderr.strip()}")
            return
        script = folder / "batch.js"
        script.write_text(NODE_BATCH, encoding="utf-8")
        path = folder / "requests.jsonl"
        write_jsonl(path, count)
        runs = {
            "agora-token batch FILE (default: every core)": [*agora_token(), "batch", str(path)],
            "agora-token batch --jobs 1 FILE": [*agora_token(), "batch", "--jobs", "1", str(path)],
            "node batch.js FILE (npm agora-token)": [node, str(script), str(path)],
        }
        check = subprocess.run(
            [node, str(script), str(path)], capture_output=True, text=True, check=True
        )
        tokens = [json.loads(line)["token"] for line in check.stdout.splitlines()]
        assert len(tokens) == count
        assert all(t.startswith("007") for t in tokens)
        for number, token in enumerate(tokens[:50], 1):  # Node's tokens: the same requests
            decoded = detect.decode(token)
            assert verify(decoded, VerifyInputs(CERT)).valid
            assert isinstance(decoded.token, access_token2.AccessToken2)
            assert decoded.token.services[0].uid == str(number)
        seconds: dict[str, list[float]] = {label: [] for label in runs}
        for _ in range(rounds):
            for label, argv in runs.items():
                wall, _, status = run_child(argv)
                assert status == 0, (label, status)
                seconds[label].append(wall)
    node_label = "node batch.js FILE (npm agora-token)"
    node_median = statistics.median(seconds[node_label])
    print(f"{'run':<48} {'seconds':>8} {'tokens/s':>9} {'vs node':>8}")
    for label, values in seconds.items():
        median = statistics.median(values)
        print(f"{label:<48} {median:>8.2f} {count / median:>9,.0f} {node_median / median:>7.2f}x")
    cpus = os.cpu_count()
    print(f"(medians of {rounds} rounds, output to /dev/null, start-up included; {cpus} CPUs)")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--quick", action="store_true", help="fewer rounds and requests")
    parser.add_argument("--skip-batch", action="store_true")
    parser.add_argument("--skip-node", action="store_true", help="no Node.js comparison")
    args = parser.parse_args(argv)
    print(
        f"Python {sys.version.split()[0]}, zlib {zlib.ZLIB_RUNTIME_VERSION}, {os.cpu_count()} CPUs"
    )
    rounds, number = (5, 2000) if args.quick else (15, 10000)
    print_codec_table(measure(rows(), rounds, number))
    if not args.skip_batch:
        batch_section(1 if args.quick else 3, 10_000 if args.quick else 100_000)
    if not args.skip_node:
        node_section(1 if args.quick else 3, 10_000 if args.quick else 100_000)
    return 0


if __name__ == "__main__":
    sys.exit(main())
