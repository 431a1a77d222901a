"""`agora-token serve` under load, against an Express server on npm's agora-token, same run.

Usage: ``python benchmarks/serve.py [--duration 10] [--rounds 2] [--connections 64]``

Both servers answer ``GET /rtc/test/publisher/uid/1234/`` with ``{"rtcToken": …}`` (a 007
publisher token for one hour). The load generator is Debian's ``wrk`` (2 threads, 64 keep-alive
connections) against 127.0.0.1 only; each round runs Express, then ours, each for ``--duration``
seconds after a 2-second warm-up, and the medians over the rounds are compared.

Targets (issue #10): at least Express's requests/s, a p99 latency no worse than Express's, no
request lost (no socket error, no non-2xx answer, every answer counted), and the server's memory
flat over 100,000 requests (its RSS after a warm-up compared with the RSS after 100,000 more).

What it needs and finds itself: ``node`` and ``npm`` (the Express app and ``npm install express
agora-token`` go into a temporary folder), and ``wrk`` (installed with ``apt-get install -y wrk``
when missing and running as root on Debian/Ubuntu). Without them it says what is missing and exits
0 without measuring.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the project importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

APP_ID = "970CA35de60c44645bbae8a215061b33"
CERTIFICATE = "5CFd2fd1755d40ecb72977518be15d3b"
PATH = "/rtc/test/publisher/uid/1234/"

EXPRESS_APP = """\
// The shape of the community's Node token servers, on npm's agora-token (007 tokens).
const express = require('express');
const { RtcTokenBuilder, RtcRole } = require('agora-token');
const APP_ID = process.env.APP_ID, APP_CERTIFICATE = process.env.APP_CERTIFICATE;
const app = express();
app.get('/rtc/:channel/:role/:tokentype/:uid/', (req, res) => {
  res.header('Cache-Control', 'private, no-cache, no-store, must-revalidate');
  res.header('Expires', '-1');
  res.header('Pragma', 'no-cache');
  const expiry = req.query.expiry ? parseInt(req.query.expiry, 10) : 3600;
  const role = req.params.role === 'publisher' ? RtcRole.PUBLISHER : RtcRole.SUBSCRIBER;
  const token = req.params.tokentype === 'userAccount'
    ? RtcTokenBuilder.buildTokenWithUserAccount(
        APP_ID, APP_CERTIFICATE, req.params.channel, req.params.uid, role, expiry, expiry)
    : RtcTokenBuilder.buildTokenWithUid(
        APP_ID, APP_CERTIFICATE, req.params.channel, parseInt(req.params.uid, 10), role,
        expiry, expiry);
  res.json({ rtcToken: token });
});
app.listen(parseInt(process.env.PORT, 10), '127.0.0.1', () => console.log('listening'));
"""


@dataclass
class Run:
    requests: int
    seconds: float
    per_second: float
    p50_ms: float
    p99_ms: float
    errors: int  # socket errors (connect, read, write, timeout)
    non_2xx: int


def find_wrk() -> str | None:
    """wrk on PATH, else Debian's package installed (as root), else None."""
    found = shutil.which("wrk")
    if found or os.geteuid() != 0 or not shutil.which("apt-get"):
        return found
    print("serve benchmark: wrk is missing; installing Debian's package (apt-get install -y wrk)")
    install = ["apt-get", "install", "-y", "-qq", "wrk"]
    if subprocess.run(install, check=False, capture_output=True, timeout=600).returncode != 0:
        subprocess.run(["apt-get", "update", "-qq"], check=False, capture_output=True, timeout=600)
        subprocess.run(install, check=False, capture_output=True, timeout=600)
    return shutil.which("wrk")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_for(port: int, process: subprocess.Popen[bytes], what: str) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"serve benchmark: {what} exited with status {process.returncode}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.1)
    raise SystemExit(f"serve benchmark: {what} did not listen on port {port} within 30 s")


def rss_kib(pid: int) -> int:
    """Resident memory of a process in KiB (Linux /proc)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def _ms(text: str) -> float:
    number, unit = re.fullmatch(r"([0-9.]+)(us|ms|s|m)", text).groups()  # type: ignore[union-attr]
    return float(number) * {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60_000.0}[unit]


def wrk(binary: str, port: int, seconds: int, connections: int) -> Run:
    done = subprocess.run(
        [
            binary,
            "-t2",
            f"-c{connections}",
            f"-d{seconds}s",
            "--timeout",
            "5s",
            "--latency",
            f"http://127.0.0.1:{port}{PATH}",
        ],
        capture_output=True,
        text=True,
        check=True,
        timeout=seconds + 60,
    )
    out = done.stdout
    total = re.search(r"(\d+) requests in ([0-9.]+)(m?s)", out)
    assert total is not None, out
    elapsed = float(total.group(2)) * (1.0 if total.group(3) == "s" else 0.001)
    p50 = re.search(r"^\s+50%\s+(\S+)", out, re.MULTILINE)
    p99 = re.search(r"^\s+99%\s+(\S+)", out, re.MULTILINE)
    assert p50 is not None, out
    assert p99 is not None, out
    errors = 0
    socket_errors = re.search(
        r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out
    )
    if socket_errors:
        errors = sum(int(n) for n in socket_errors.groups())
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    requests = int(total.group(1))
    return Run(
        requests,
        elapsed,
        requests / elapsed,
        _ms(p50.group(1)),
        _ms(p99.group(1)),
        errors,
        int(non_2xx.group(1)) if non_2xx else 0,
    )


def start_express(folder: Path, port: int) -> subprocess.Popen[bytes]:
    env = {**os.environ, "APP_ID": APP_ID, "APP_CERTIFICATE": CERTIFICATE, "PORT": str(port)}
    return subprocess.Popen(["node", "app.js"], cwd=folder, env=env, stdout=subprocess.DEVNULL)


def start_ours(port: int) -> subprocess.Popen[bytes]:
    env = {**os.environ, "APP_ID": APP_ID, "APP_CERTIFICATE": CERTIFICATE}
    # The console log stays on (one line per request, as a tester runs it), sent to /dev/null.
    return subprocess.Popen(
        [sys.executable, "-m", "agora_token_gui.cli", "serve", "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def stop(process: subprocess.Popen[bytes]) -> None:
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--duration", type=int, default=10, help="seconds per measured run")
    parser.add_argument("--rounds", type=int, default=2, help="Express/ours pairs to run")
    parser.add_argument("--connections", type=int, default=64)
    args = parser.parse_args(argv)

    missing = [tool for tool in ("node", "npm") if shutil.which(tool) is None]
    if missing:
        print(f"serve benchmark: skipped, {' and '.join(missing)} not found (needed for Express)")
        return 0
    binary = find_wrk()
    if binary is None:
        print("serve benchmark: skipped, wrk not found (Debian: apt-get install wrk)")
        return 0

    with tempfile.TemporaryDirectory(prefix="serve-bench-") as temp:
        folder = Path(temp)
        (folder / "app.js").write_text(EXPRESS_APP, encoding="utf-8")
        (folder / "package.json").write_text('{"private": true}\n', encoding="utf-8")
        print("serve benchmark: npm install express agora-token (temporary folder)")
        installed = subprocess.run(
            ["npm", "install", "--no-audit", "--no-fund", "--silent", "express", "agora-token"],
            cwd=folder,
            capture_output=True,
            text=True,
            timeout=600,
            check=False,
        )
        if installed.returncode != 0:
            print(f"serve benchmark: skipped, npm install failed: {installed.stderr[-500:]}")
            return 0
        versions = subprocess.run(
            [
                "node",
                "-e",
                "for (const p of ['express','agora-token']) "
                "console.log(p + ' ' + require(p + '/package.json').version)",
            ],
            cwd=folder,
            capture_output=True,
            text=True,
            check=False,
        ).stdout.split("\n")
        print(
            f"serve benchmark: node {subprocess.getoutput('node --version')}, "
            f"{', '.join(v for v in versions if v)}, "
            f"{subprocess.getoutput(binary + ' -v 2>&1 | head -1')}"
        )

        results: dict[str, list[Run]] = {"express": [], "ours": []}
        memory: list[tuple[int, int]] = []  # (requests served so far, RSS KiB) of our server
        express_rss: list[int] = []
        for _round in range(args.rounds):
            for name in ("express", "ours"):
                port = free_port()
                process = start_express(folder, port) if name == "express" else start_ours(port)
                try:
                    wait_for(port, process, name)
                    served = wrk(binary, port, 2, args.connections).requests  # warm-up
                    track = name == "ours" and not memory  # memory: the first server only
                    if track:
                        memory.append((served, rss_kib(process.pid)))
                    run = wrk(binary, port, args.duration, args.connections)
                    served += run.requests
                    results[name].append(run)
                    if track:
                        memory.append((served, rss_kib(process.pid)))
                        while served - memory[0][0] < 100_000:  # 100,000 after the warm-up
                            served += wrk(binary, port, 5, args.connections).requests
                            memory.append((served, rss_kib(process.pid)))
                    if name == "express":
                        express_rss.append(rss_kib(process.pid))
                finally:
                    stop(process)

    def med(name: str, attribute: str) -> float:
        return float(statistics.median(getattr(r, attribute) for r in results[name]))

    print()
    print(f"{'server':<10}{'req/s':>10}{'p50 ms':>10}{'p99 ms':>10}{'lost':>8}  runs")
    for name in ("express", "ours"):
        lost = sum(r.errors + r.non_2xx for r in results[name])
        runs = ", ".join(f"{r.per_second:,.0f}" for r in results[name])
        print(
            f"{name:<10}{med(name, 'per_second'):>10,.0f}{med(name, 'p50_ms'):>10.1f}"
            f"{med(name, 'p99_ms'):>10.1f}{lost:>8}  {runs}"
        )
    speed = med("ours", "per_second") / med("express", "per_second")
    p99 = med("ours", "p99_ms") / med("express", "p99_ms")
    lost = sum(r.errors + r.non_2xx for r in results["ours"])
    first, last = memory[0], memory[-1]
    growth = (last[1] - first[1]) / 1024
    print()
    print(f"requests/s, ours / Express: {speed:.2f}x (target >= 1.00x)")
    print(f"p99 latency, ours / Express: {p99:.2f}x (target <= 1.00x)")
    print(f"requests lost by ours: {lost} (target 0)")
    print(
        "our server's RSS: "
        + ", ".join(f"{kib / 1024:.1f} MiB after {count:,}" for count, kib in memory)
        + f"; growth over {last[0] - first[0]:,} requests: {growth:+.1f} MiB "
        "(target: flat, within 2 MiB)"
    )
    if express_rss:
        print(f"Express RSS after its runs: {statistics.median(express_rss) / 1024:.1f} MiB")
    met = speed >= 1.0 and p99 <= 1.0 and lost == 0 and abs(growth) <= 2.0
    print("all targets met" if met else "TARGET MISSED")
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
