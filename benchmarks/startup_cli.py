"""CPU time of short ``agora-token`` runs, in English and in Chinese, against a bare Python.

Usage: python benchmarks/startup_cli.py [-n RUNS]

Each case runs RUNS times (after one discarded warm-up run that writes the bytecode caches), in
alternation with the others, as ``python -m agora_token_gui.cli ...`` from the project's venv; the
figure is the median CPU time (user + system, from the kernel's accounting of the child) in
milliseconds. The baseline is ``python -c pass`` with the same interpreter, measured in the same
run, so the ratios hold across machines. The Chinese cases (LANG=zh_CN.UTF-8) add the cost of
reading the catalogue and translating the output; ``--version`` in Chinese shows the fixed cost,
since it translates nothing.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _token() -> str:
    """A valid 007 token, built by the CLI itself (fixed inputs, so every run decodes the same)."""
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "agora_token_gui.cli",
            "build",
            "007",
            "rtc_uid",
            "--app-id",
            "970CA35de60c44645bbae8a215061b33",
            "--app-certificate",
            "5CFd2fd1755d40ecb72977518be15d3b",
            "--channel-name",
            "7d72365eb983485397e3e3f9d460bdda",
            "--uid",
            "2882341273",
            "--role",
            "1",
            "--now",
            "1700000000",
            "--salt",
            "12345",
            "--token-expire",
            "3600",
            "--privilege-expire",
            "3600",
        ],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    return out.stdout.strip()


def cpu_ms(command: list[str], env: dict[str, str]) -> float:
    """The CPU time (user + system) one run of ``command`` took, in milliseconds."""
    process = subprocess.Popen(
        command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    _pid, status, usage = os.wait4(process.pid, 0)
    if os.waitstatus_to_exitcode(status) not in (0, 1):
        raise SystemExit(f"{' '.join(command)} failed")
    return (usage.ru_utime + usage.ru_stime) * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-n", "--runs", type=int, default=30)
    args = parser.parse_args()
    token = _token()
    english = {**os.environ, "LANG": "C.UTF-8", "LC_ALL": "", "LANGUAGE": ""}
    chinese = {**os.environ, "LANG": "zh_CN.UTF-8", "LC_ALL": "", "LANGUAGE": ""}
    english.pop("AGORA_TOKEN_LANG", None)
    chinese.pop("AGORA_TOKEN_LANG", None)
    cli = [sys.executable, "-m", "agora_token_gui.cli"]
    cases = {
        "python -c pass": ([sys.executable, "-c", "pass"], english),
        "--version (en)": ([*cli, "--version"], english),
        "--version (zh_CN)": ([*cli, "--version"], chinese),
        "decode TOKEN (en)": ([*cli, "decode", token, "--at", "1700000600"], english),
        "decode TOKEN (zh_CN)": ([*cli, "decode", token, "--at", "1700000600"], chinese),
    }
    times: dict[str, list[float]] = {name: [] for name in cases}
    for command, env in cases.values():  # warm-up: bytecode caches
        cpu_ms(command, env)
    for _ in range(args.runs):
        for name, (command, env) in cases.items():
            times[name].append(cpu_ms(command, env))
    base = statistics.median(times["python -c pass"])
    print(f"median CPU time of {args.runs} runs each (user + system), ms; ratio to bare python")
    for name, values in times.items():
        median = statistics.median(values)
        print(f"  {name:<22} {median:7.1f} ms  {median / base:5.2f}x")
    for what in ("--version", "decode TOKEN"):
        en = statistics.median(times[f"{what} (en)"])
        zh = statistics.median(times[f"{what} (zh_CN)"])
        print(f"  Chinese costs {zh - en:+.1f} ms on {what} ({zh / en:.2f}x English)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
