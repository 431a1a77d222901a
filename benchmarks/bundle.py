"""Size and start-up of the PyInstaller bundles: the app against a bare PySide6 window.

Usage: .venv/bin/python benchmarks/bundle.py [--runs N] [--no-build] [--check]

Builds build_app.spec and packaging/bare.spec (the same options through packaging/pyi_common.py)
one-folder and one-file into build/bench/, then prints their sizes, build times and the time from
process start to window shown (offscreen, median of N runs), and the app/bare ratios against the
targets: one-folder size <= 1.15x bare, start-up <= 1.2x bare, one-file app < 50 MB.

Start-up is measured from outside: the clock starts before the process is spawned and stops when
the program prints a line starting with "shown", which both programs do once their window is up
when AGORA_TOKEN_GUI_EXIT_AFTER_SHOWN=1 (then they quit with status 0). Runs are paired: each round
runs the app and the baseline back to back, alternating which goes first, because these machines
drift by tens of percent over a minute. Linux only (select() on a pipe).
"""

from __future__ import annotations

import argparse
import os
import selectors
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT / "build" / "bench"
SHOWN_ENV = "AGORA_TOKEN_GUI_EXIT_AFTER_SHOWN"
MODES = ("onedir", "onefile")
RUN_TIMEOUT = 60.0

SIZE_RATIO_MAX = 1.15
STARTUP_RATIO_MAX = 1.2
ONEFILE_MAX_MB = 50.0  # 45 before cryptography (stream keys, keyring Secret Service)


@dataclass(frozen=True)
class Variant:
    label: str
    spec: Path
    folder: str  # the one-folder bundle, and its executable
    onefile: str  # the one-file executable

    def dist(self) -> Path:
        return BENCH / self.label / "dist"

    def executable(self, mode: str) -> Path:
        if mode == "onedir":
            return self.dist() / self.folder / self.folder
        return self.dist() / self.onefile


APP = Variant("app", ROOT / "build_app.spec", "AgoraTokenGUI", "agora-token-gui")
BARE = Variant("bare", ROOT / "packaging" / "bare.spec", "BareQt", "bare-qt")


def build(variant: Variant, mode: str) -> float:
    """Build one variant in one mode; return the wall-clock seconds it took."""
    env = dict(os.environ, AGORA_BUNDLE=mode)
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--clean",
        "--log-level",
        "WARN",
        "--distpath",
        str(variant.dist()),
        "--workpath",
        str(BENCH / variant.label / f"work-{mode}"),
        str(variant.spec),
    ]
    log = BENCH / f"{variant.label}-{mode}.log"
    started = time.perf_counter()
    with log.open("w", encoding="utf-8") as out:
        result = subprocess.run(command, env=env, stdout=out, stderr=subprocess.STDOUT, check=False)
    elapsed = time.perf_counter() - started
    if result.returncode != 0:
        raise SystemExit(f"building {variant.label} ({mode}) failed; see {log}")
    return elapsed


def folder_size(folder: Path) -> tuple[int, int]:
    """Bytes and number of regular files under folder (symlinks not followed or counted)."""
    total = count = 0
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            total += path.stat().st_size
            count += 1
    return total, count


def run_environment(scratch: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    runtime = scratch / "runtime"
    runtime.mkdir(mode=0o700, exist_ok=True)
    env.update(
        {
            "QT_QPA_PLATFORM": "offscreen",
            SHOWN_ENV: "1",
            "HOME": str(scratch),  # QSettings and caches go here, not to the real home
            "XDG_CONFIG_HOME": str(scratch / "config"),
            "XDG_CACHE_HOME": str(scratch / "cache"),
            "XDG_DATA_HOME": str(scratch / "data"),
            "XDG_RUNTIME_DIR": str(runtime),
            "TMPDIR": str(scratch),  # where one-file executables unpack themselves
        }
    )
    return env


def time_to_shown(executable: Path, env: dict[str, str]) -> float:
    """Seconds from spawning executable to its "shown" line; it must then exit with status 0."""
    with tempfile.TemporaryFile() as errors:
        started = time.perf_counter()
        process = subprocess.Popen(
            [str(executable)],
            stdout=subprocess.PIPE,
            stderr=errors,
            stdin=subprocess.DEVNULL,
            env=env,
        )
        assert process.stdout is not None
        shown: float | None = None
        buffer = b""
        with selectors.DefaultSelector() as selector:
            selector.register(process.stdout, selectors.EVENT_READ)
            deadline = started + RUN_TIMEOUT
            while shown is None and time.perf_counter() < deadline:
                if not selector.select(timeout=deadline - time.perf_counter()):
                    continue
                chunk = os.read(process.stdout.fileno(), 4096)
                if not chunk:
                    break  # the program closed stdout (exited) without saying "shown"
                buffer += chunk
                if any(line.startswith(b"shown") for line in buffer.splitlines()):
                    shown = time.perf_counter() - started
        if shown is None:
            process.kill()  # it closed stdout, or the deadline passed
        try:
            status = process.wait(timeout=RUN_TIMEOUT)
        except subprocess.TimeoutExpired:
            process.kill()
            status = process.wait()
        process.stdout.close()
        if shown is None or status != 0:
            errors.seek(0)
            tail = errors.read().decode(errors="replace")[-2000:]
            if shown is None:
                what = f"did not print 'shown ...' within {RUN_TIMEOUT:.0f} s"
            else:
                what = f"exited with status {status} after 'shown'"
            raise SystemExit(
                f"{executable} {what}. With {SHOWN_ENV}=1 it must print 'shown <ms>' once its "
                f"window is up, then exit 0 (see docs/packaging.md).\n{tail}"
            )
        return shown


def measure_startup(runs: int) -> dict[tuple[str, str], list[float]]:
    """Paired, interleaved runs: per mode, app and bare back to back, alternating the order."""
    times: dict[tuple[str, str], list[float]] = {
        (v.label, m): [] for v in (APP, BARE) for m in MODES
    }
    with tempfile.TemporaryDirectory(prefix="bench-bundle-") as scratch:
        env = run_environment(Path(scratch))
        for mode in MODES:  # warm the page cache; not recorded
            for variant in (APP, BARE):
                time_to_shown(variant.executable(mode), env)
        for i in range(runs):
            for mode in MODES:
                for variant in (APP, BARE) if i % 2 == 0 else (BARE, APP):
                    times[(variant.label, mode)].append(
                        time_to_shown(variant.executable(mode), env)
                    )
    return times


def verdict(ok: bool) -> str:
    return "ok" if ok else "MISSED"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--runs", type=int, default=15, help="paired start-up runs (default 15)")
    parser.add_argument("--no-build", action="store_true", help="reuse what is in build/bench/")
    parser.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    args = parser.parse_args(argv)
    if not sys.platform.startswith("linux"):
        parser.error("this benchmark runs on Linux only")

    BENCH.mkdir(parents=True, exist_ok=True)
    build_times: dict[tuple[str, str], float] = {}
    if not args.no_build:
        for variant in (APP, BARE):
            shutil.rmtree(variant.dist(), ignore_errors=True)
            for mode in MODES:
                print(f"building {variant.label} {mode} ...", end=" ", flush=True)
                build_times[(variant.label, mode)] = build(variant, mode)
                print(f"{build_times[(variant.label, mode)]:.1f} s", flush=True)

    sizes = {v.label: folder_size(v.dist() / v.folder) for v in (APP, BARE)}
    onefile = {v.label: v.executable("onefile").stat().st_size for v in (APP, BARE)}
    print(f"start-up: {args.runs} paired runs per mode ...", flush=True)
    times = measure_startup(args.runs)

    missed = []
    rows: list[tuple[str, str, str, str, str]] = []

    def row(name: str, app: str, bare: str, ratio: str = "", target: str = "") -> None:
        rows.append((name, app, bare, ratio, target))

    (app_bytes, app_files), (bare_bytes, bare_files) = sizes["app"], sizes["bare"]
    size_ratio = app_bytes / bare_bytes
    ok = size_ratio <= SIZE_RATIO_MAX
    missed += [] if ok else ["one-folder size"]
    row(
        "one-folder size",
        f"{app_bytes / 1e6:.1f} MB",
        f"{bare_bytes / 1e6:.1f} MB",
        f"{size_ratio:.2f}x",
        f"<= {SIZE_RATIO_MAX}x {verdict(ok)}",
    )
    row("one-folder files", str(app_files), str(bare_files), f"{app_files / bare_files:.2f}x")
    ok = onefile["app"] / 1e6 < ONEFILE_MAX_MB
    missed += [] if ok else ["one-file size"]
    row(
        "one-file size",
        f"{onefile['app'] / 2**20:.1f} MiB",
        f"{onefile['bare'] / 2**20:.1f} MiB",
        f"{onefile['app'] / onefile['bare']:.2f}x",
        f"app < {ONEFILE_MAX_MB:.0f} MB ({onefile['app'] / 1e6:.1f}) {verdict(ok)}",
    )
    for mode in MODES:
        if build_times:
            row(
                f"build {mode}",
                f"{build_times[('app', mode)]:.1f} s",
                f"{build_times[('bare', mode)]:.1f} s",
                f"{build_times[('app', mode)] / build_times[('bare', mode)]:.2f}x",
            )
    for mode in MODES:
        app_t, bare_t = times[("app", mode)], times[("bare", mode)]
        ratio = statistics.median(app_t) / statistics.median(bare_t)
        paired = statistics.median(a / b for a, b in zip(app_t, bare_t, strict=True))
        ok = ratio <= STARTUP_RATIO_MAX
        missed += [] if ok else [f"start-up {mode}"]
        row(
            f"start-up {mode}",
            f"{statistics.median(app_t) * 1000:.0f} ms",
            f"{statistics.median(bare_t) * 1000:.0f} ms",
            f"{ratio:.2f}x",
            f"<= {STARTUP_RATIO_MAX}x {verdict(ok)} (paired median {paired:.2f}x)",
        )

    header = ("", "app", "bare (PySide6 window)", "app/bare", "target")
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    for r in [header, *rows]:
        print("  ".join(cell.ljust(width) for cell, width in zip(r, widths, strict=True)).rstrip())
    print(
        f"(start-up: process start to window shown, offscreen, median of {args.runs} runs; "
        f"sizes: MB = 10^6 bytes, MiB = 2^20)"
    )
    if missed:
        print(f"missed: {', '.join(missed)}")
    return 1 if args.check and missed else 0


if __name__ == "__main__":
    sys.exit(main())
