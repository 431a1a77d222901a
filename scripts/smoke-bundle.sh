#!/usr/bin/env bash
# Smoke-test the PyInstaller bundles with no Python around them:
#   1. the desktop app's --self-test, offscreen, must exit 0 within the time limit;
#   2. the bundled agora-token CLI must reproduce five shared vectors (007, 006, DynamicKey5,
#      a whiteboard token and a stream key, which needs the bundled cryptography) through
#      `agora-token batch -`;
#   3. `agora-token serve` from the bundle must answer one token request (checked from outside)
#      and stop cleanly on SIGTERM.
# On Linux both run in a private mount namespace in which every Python installation on the machine
# is hidden, with an empty environment (env -i); elsewhere with PATH cut down to the system folders
# and PYTHONHOME/PYTHONPATH unset. Linux also reports the glibc the bundle needs and the libraries
# it expects from the system.
#
# Usage: scripts/smoke-bundle.sh [--no-build] [--dist DIR]
#   --no-build        test what is in dist/ (default: on Linux, first run `make dist` when the
#                     bundle is missing or older than any source file, spec or resource)
#   --dist DIR        where the bundles are (default: dist)
#   AGORA_BUNDLE      onedir (default), onefile or both: which bundles to build and test
#   AGORA_MAX_GLIBC   e.g. 2.35: fail when a bundled library needs a newer glibc (Linux)
#   SMOKE_TIMEOUT     seconds each run may take (default 60)
#   PYTHON            the Python that prepares and checks the vectors, outside the sandbox
#                     (default: .venv/bin/python, else python3, else python)
#   VECTORS           the vectors file (default: ../shared/spec/vectors.json, with more-vectors.json
#                     beside it; built-in copies of the five vectors are used when either is
#                     absent, e.g. on GitHub)
set -euo pipefail
cd "$(dirname "$0")/.."

build=1
dist=dist
while [ $# -gt 0 ]; do
  case "$1" in
    --no-build) build=0 ;;
    --dist) dist=${2:?--dist needs a folder}; shift ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) echo "smoke-bundle: unknown argument $1 (try --help)" >&2; exit 2 ;;
  esac
  shift
done
mode=${AGORA_BUNDLE:-onedir}
case "$mode" in onedir|onefile|both) ;; *) echo "smoke-bundle: AGORA_BUNDLE=$mode is not onedir, onefile or both" >&2; exit 2 ;; esac
limit=${SMOKE_TIMEOUT:-60}

if [ -z "${PYTHON:-}" ]; then
  for candidate in .venv/bin/python .venv/Scripts/python.exe python3 python; do
    if command -v "$candidate" >/dev/null 2>&1; then PYTHON=$candidate; break; fi
  done
fi
[ -n "${PYTHON:-}" ] || { echo "smoke-bundle: no Python to prepare the checks with (set PYTHON)" >&2; exit 2; }

case "$(uname -s)" in
  Linux) os=linux ;;
  Darwin) os=macos ;;
  MINGW*|MSYS*|CYGWIN*) os=windows ;;
  *) echo "smoke-bundle: unsupported system $(uname -s)" >&2; exit 2 ;;
esac
exe=""; [ "$os" = windows ] && exe=.exe

# label|GUI executable|CLI executable, for each bundle that AGORA_BUNDLE asks for.
targets=()
if [ "$mode" != onefile ]; then
  if [ "$os" = macos ]; then
    targets+=("one-folder app|$dist/AgoraTokenGUI.app/Contents/MacOS/AgoraTokenGUI|$dist/AgoraTokenGUI.app/Contents/MacOS/agora-token")
  else
    targets+=("one-folder|$dist/AgoraTokenGUI/AgoraTokenGUI$exe|$dist/AgoraTokenGUI/agora-token$exe")
  fi
fi
if [ "$mode" != onedir ]; then
  # macOS ships the GUI only as the .app: its one-file build is the CLI alone.
  gui_onefile="$dist/agora-token-gui$exe"; [ "$os" = macos ] && gui_onefile=""
  targets+=("one-file|$gui_onefile|$dist/agora-token$exe")
fi

failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }

# --- build when needed ---------------------------------------------------------------------------
sources=(agora_token_gui resources packaging build_app.spec pyproject.toml)
needs_build() {
  local entry label gui cli file
  for entry in "${targets[@]}"; do
    IFS='|' read -r label gui cli <<<"$entry"
    for file in $gui $cli; do
      [ -e "$file" ] || { echo "$file is missing"; return 0; }
      if [ -n "$(find "${sources[@]}" -type f -newer "$file" -not -name '*.pyc' -print -quit 2>/dev/null)" ]; then
        echo "$file is older than the sources"; return 0
      fi
    done
  done
  return 1
}
if [ "$build" = 1 ] && reason=$(needs_build); then
  if [ "$dist" != dist ]; then
    echo "smoke-bundle: $reason; build it (make dist) or pass --no-build" >&2; exit 1
  fi
  echo "smoke-bundle: $reason: building (AGORA_BUNDLE=$mode make dist)"
  started=$SECONDS
  AGORA_BUNDLE=$mode make --no-print-directory dist >"${TMPDIR:-/tmp}/smoke-bundle-build.log" 2>&1 || {
    tail -n 40 "${TMPDIR:-/tmp}/smoke-bundle-build.log" >&2
    echo "FAIL: make dist failed (full log: ${TMPDIR:-/tmp}/smoke-bundle-build.log)" >&2
    exit 1
  }
  echo "smoke-bundle: built in $((SECONDS - started)) s"
fi

# --- the sandbox ---------------------------------------------------------------------------------
work=$(mktemp -d "${TMPDIR:-/tmp}/smoke-bundle.XXXXXX")
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/home" "$work/tmp" "$work/empty-path"
mkdir -m 700 "$work/runtime"

# Everything on disk that could give the bundle a Python: masked inside the namespace.
mask_dirs=() mask_files=()
if [ "$os" = linux ]; then
  while IFS= read -r prefix; do
    case "$prefix" in /|/usr|/usr/local|/opt|"") ;; *) mask_dirs+=("$prefix") ;; esac
  done < <("$PYTHON" -c 'import sys; print(sys.prefix); print(sys.base_prefix)')
  for d in /usr/lib/python3* /usr/local/lib/python3* /root/.pyenv "${HOME:-/nonexistent}/.pyenv" /opt/python* /opt/hostedtoolcache/Python; do
    [ -d "$d" ] && mask_dirs+=("$d")
  done
  for f in /usr/bin/python* /usr/local/bin/python* /bin/python*; do
    [ -f "$f" ] && mask_files+=("$f")
  done
fi

isolation="environment cleared (env -i), PATH without Python"
namespace=()
if [ "$os" = linux ]; then
  # As root a mount namespace is enough; other users (GitHub's runners) need a user namespace too.
  for candidate in "unshare --mount --propagation private" \
                   "unshare --user --map-root-user --mount --propagation private"; do
    read -r -a try <<<"$candidate"
    if "${try[@]}" true 2>/dev/null; then namespace=("${try[@]}"); break; fi
  done
  if [ ${#namespace[@]} -gt 0 ]; then
    isolation="private mount namespace with ${#mask_dirs[@]} Python folders and ${#mask_files[@]} python executables hidden, env -i"
  else
    isolation="$isolation (no namespace allowed here: Python installations stay on disk)"
  fi
fi

# with_timeout SECONDS INPUT COMMAND...: run with stdin from INPUT, killed after SECONDS.
with_timeout() {
  local secs=$1 input=$2; shift 2
  if command -v timeout >/dev/null 2>&1; then
    timeout -k 5 "$secs" "$@" <"$input"
  else  # macOS: the alarm set by perl survives exec and ends the command
    perl -e 'alarm shift; exec @ARGV or die "exec: $!\n"' "$secs" "$@" <"$input"
  fi
}

# sandboxed INPUT COMMAND...: run a bundle executable the way a machine without Python would.
sandboxed() {
  local input=$1; shift
  local env_vars=(HOME="$work/home" TMPDIR="$work/tmp" XDG_RUNTIME_DIR="$work/runtime"
                  LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen)
  case "$os" in
    linux)
      if [ ${#namespace[@]} -gt 0 ]; then
        # shellcheck disable=SC2016  # the inner script expands its own arguments
        with_timeout "$limit" "$input" "${namespace[@]}" -- /bin/sh -c '
          nd=$1; shift; i=0
          while [ "$i" -lt "$nd" ]; do mount -t tmpfs -o ro,size=1k none "$1" || exit 96; shift; i=$((i + 1)); done
          nf=$1; shift; i=0
          while [ "$i" -lt "$nf" ]; do mount --bind /dev/null "$1" || exit 96; shift; i=$((i + 1)); done
          for py in /usr/bin/python3 /usr/local/bin/python3 /usr/bin/python; do
            if "$py" -c "" 2>/dev/null; then echo "smoke-bundle: $py still runs in the sandbox" >&2; exit 97; fi
          done
          exec "$@"' sandbox "${#mask_dirs[@]}" "${mask_dirs[@]}" "${#mask_files[@]}" "${mask_files[@]}" \
          env -i PATH=/usr/bin:/bin "${env_vars[@]}" "$@"
      else
        with_timeout "$limit" "$input" env -i PATH="$work/empty-path" "${env_vars[@]}" "$@"
      fi ;;
    macos)
      with_timeout "$limit" "$input" env -i PATH=/usr/bin:/bin "${env_vars[@]}" "$@" ;;
    windows)  # Windows programs need SYSTEMROOT and friends: keep the environment, drop Python.
      with_timeout "$limit" "$input" env -u PYTHONHOME -u PYTHONPATH -u PYTHONSTARTUP \
        PATH="/usr/bin:$(cygpath -u "${SYSTEMROOT:-C:\\Windows}")/System32" "${env_vars[@]}" "$@" ;;
  esac
}

# --- the five vectors ----------------------------------------------------------------------------
VECTORS=${VECTORS:-../shared/spec/vectors.json}
ids=(001-007-rtc 035-006-rtc-join-uid-2882341273 049-dk5-public-sharing w04-room-admin-10min s01-basic)
# Copies of those vectors (upstream's reference tests), for checkouts without ../shared.
cat >"$work/builtin.jsonl" <<'EOF'
{"id":"001-007-rtc","request":{"format":"007","app_id":"970CA35de60c44645bbae8a215061b33","app_certificate":"5CFd2fd1755d40ecb72977518be15d3b","builder":"services","issue_ts":1111111,"expire":600,"salt":1,"services":[{"type":1,"privileges":{"1":600},"channel_name":"7d72365eb983485397e3e3f9d460bdda","uid":"2882341273"}]},"expected_token":"007eJxTYBBbsMMnKq7p9Hf/HcIX5kce9b518kCiQgSr5Zrp4X1Tu6UUGCzNDZwdjU1TUs0Mkk1MzExMk5ISUy0SjQxNDcwMk4yN3b8IMEQwMTAwMoAwBIL4CgzmKeZGxmamqUmWFsYmFqbGluapxqnGaZYpJmYGSSkpiVwMRhYWRsYmhkbmxgDCaiTj"}
{"id":"035-006-rtc-join-uid-2882341273","request":{"format":"006","app_id":"970CA35de60c44645bbae8a215061b33","app_certificate":"5CFd2fd1755d40ecb72977518be15d3b","builder":"privileges","channel_name":"7d72365eb983485397e3e3f9d460bdda","uid":"2882341273","salt":1,"ts":1111111,"privileges":{"1":1446455471}},"expected_token":"006970CA35de60c44645bbae8a215061b33IACV0fZUBw+72cVoL9eyGGh3Q6Poi8bgjwVLnyKSJyOXR7dIfRBXoFHlEAABAAAAR/QQAAEAAQCvKDdW"}
{"id":"049-dk5-public-sharing","request":{"format":"005","app_id":"970ca35de60c44645bbae8a215061b33","app_certificate":"5cfd2fd1755d40ecb72977518be15d3b","builder":"public_sharing","channel_name":"7d72365eb983485397e3e3f9d460bdda","uid":2882341273,"unix_ts":1446455472,"random_int":58964981,"expired_ts":1446455471},"expected_token":"005AwAoADc0QTk5RTVEQjI4MDk0NUI0NzUwNTk0MUFDMjM4MDU2NzIwREY3QjAQAJcMo13mDERkW7roohUGGzOwKDdW9buDA68oN1YAAA=="}
{"id":"w04-room-admin-10min","request":{"format":"whiteboard","builder":"room","access_key":"WBak3nXcB8Yq0LtV2rQm","secret_access_key":"WBsk7Hs9LpQ2vX4cZ1mN8bR5tY0uIo3e","lifespan":600000,"role":0,"uuid":"a9b4b2c0a0f111eb8b4f0f2d5e1c7a3b","nonce":"9c3f4e50-1d1c-11ef-8000-0123456789ab","now_ms":1717171717171},"expected_token":"NETLESSROOM_YWs9V0JhazNuWGNCOFlxMEx0VjJyUW0mZXhwaXJlQXQ9MTcxNzE3MjMxNzE3MSZub25jZT05YzNmNGU1MC0xZDFjLTExZWYtODAwMC0wMTIzNDU2Nzg5YWImcm9sZT0wJnNpZz1iMDg3Mjc4MjhmZDBhY2ZmNjAzZmFkNzM2NDM4ZWNlNzJmYzU2YWE3YTM0ZTNhM2YzMzM4NjEyMjlhNGRkZTdmJnV1aWQ9YTliNGIyYzBhMGYxMTFlYjhiNGYwZjJkNWUxYzdhM2I"}
{"id":"s01-basic","request":{"format":"stream_key","app_certificate":"5CFd2fd1755d40ecb72977518be15d3b","channel_name":"test","uid":"1001","expires_after":86400,"iv":"000102030405060708090a0b0c0d0e0f","now":1700000000},"expected_token":"AAECAwQFBgcICQoLDA0ODzl1Lzf_1oB2d_u3Ig1trnDDOssw7wc"}
EOF
"$PYTHON" - "$VECTORS" "$work" "${ids[@]}" <<'EOF'
import json, sys
from pathlib import Path

vectors_file, work, ids = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3:]
more_file = vectors_file.with_name("more-vectors.json")  # whiteboard and stream key (AES)
if vectors_file.is_file() and more_file.is_file():
    found = {
        v["id"]: v
        for f in (vectors_file, more_file)
        for v in json.loads(f.read_text(encoding="utf-8"))["vectors"]
    }
    source = f"{vectors_file} and {more_file.name}"
else:
    lines = (work / "builtin.jsonl").read_text(encoding="utf-8").splitlines()
    found = {v["id"]: v for v in map(json.loads, lines)}
    source = "the copies built into smoke-bundle.sh"
missing = [i for i in ids if i not in found]
if missing:
    sys.exit(f"smoke-bundle: {source} has no vector {', '.join(missing)}")
with open(work / "requests.jsonl", "w", encoding="utf-8") as out:
    for i in ids:
        out.write(json.dumps(dict(found[i]["request"], id=i)) + "\n")
(work / "expected.json").write_text(json.dumps({i: found[i]["expected_token"] for i in ids}))
print(f"smoke-bundle: vectors {', '.join(ids)} from {source}")
EOF
: >"$work/no-input"

check_tokens() {  # check_tokens OUTPUT: compare `agora-token batch` output with the expectations
  "$PYTHON" - "$work/expected.json" "$1" <<'EOF'
import json, sys

expected = json.load(open(sys.argv[1], encoding="utf-8"))
got = {}
for line in open(sys.argv[2], encoding="utf-8"):
    if line.strip():
        try:
            result = json.loads(line)
        except ValueError:
            sys.exit(f"not a JSON line: {line.strip()[:120]}")
        got[result.get("id")] = result
bad = []
for vid, token in expected.items():
    result = got.get(vid)
    if result is None:
        bad.append(f"{vid}: no result")
    elif result.get("token") != token:
        bad.append(f"{vid}: {result.get('error') or 'token differs: ' + str(result.get('token'))[:60]}")
if bad:
    sys.exit("; ".join(bad))
print(f"{len(expected)}/{len(expected)} tokens match")
EOF
}

same_results() {  # same_results A B: the same lines but for warnings, which may quote the clock
  "$PYTHON" - "$1" "$2" <<'EOF'
import json, sys

def results(path):
    return [{k: v for k, v in json.loads(line).items() if k != "warnings"}
            for line in open(path, encoding="utf-8") if line.strip()]

sys.exit(0 if results(sys.argv[1]) == results(sys.argv[2]) else 1)
EOF
}

# --- run -----------------------------------------------------------------------------------------
absolute() { case "$1" in /*|"") printf '%s' "$1" ;; *) printf '%s/%s' "$PWD" "$1" ;; esac; }
echo "smoke-bundle: isolation: $isolation"
for entry in "${targets[@]}"; do
  IFS='|' read -r label gui cli <<<"$entry"
  gui=$(absolute "$gui"); cli=$(absolute "$cli")
  if [ -n "$gui" ]; then
    if [ ! -x "$gui" ]; then
      fail "$label: $gui is missing"
    else
      rc=0
      sandboxed "$work/no-input" "$gui" --self-test >"$work/gui.log" 2>&1 || rc=$?
      if [ "$rc" = 0 ]; then
        echo "ok   $label GUI --self-test ($gui)"
      else
        case "$rc" in 124|137|142) why="timed out after ${limit} s" ;; 96|97) why="sandbox set-up failed" ;; *) why="exit status $rc" ;; esac
        sed 's/^/     | /' "$work/gui.log" | tail -n 30 >&2
        fail "$label GUI --self-test: $why ($gui)"
      fi
    fi
  fi
  if [ ! -x "$cli" ]; then
    fail "$label: $cli is missing"
    continue
  fi
  rc=0
  sandboxed "$work/requests.jsonl" "$cli" batch - >"$work/cli.out" 2>"$work/cli.err" || rc=$?
  if [ "$rc" != 0 ]; then
    sed 's/^/     | /' "$work/cli.err" | tail -n 30 >&2
    fail "$label CLI batch: exit status $rc ($cli)"
  elif result=$(check_tokens "$work/cli.out" 2>&1); then
    echo "ok   $label CLI batch: $result ($cli)"
  else
    fail "$label CLI batch: $result ($cli)"
  fi
  # Worker processes must start inside a frozen executable too (batch --jobs).
  rc=0
  sandboxed "$work/requests.jsonl" "$cli" batch --jobs 2 - >"$work/cli-jobs.out" 2>"$work/cli.err" || rc=$?
  if [ "$rc" = 0 ] && same_results "$work/cli.out" "$work/cli-jobs.out"; then
    echo "ok   $label CLI batch --jobs 2: same output ($cli)"
  else
    sed 's/^/     | /' "$work/cli.err" | tail -n 30 >&2
    fail "$label CLI batch --jobs 2: exit status $rc or different output ($cli)"
  fi
  # The token server starts from the bundle, answers one token request and stops cleanly on
  # SIGTERM (SIGINT is ignored by a background job of a non-interactive shell; the tests cover it).
  : >"$work/serve.err"
  sandboxed "$work/no-input" "$cli" serve --port 0 --app-id 970CA35de60c44645bbae8a215061b33 \
    --app-certificate 5CFd2fd1755d40ecb72977518be15d3b >"$work/serve.out" 2>"$work/serve.err" &
  serve_job=$!
  if result=$("$PYTHON" - "$work/serve.err" 2>&1 <<'EOF'
import json, re, sys, time, urllib.request

deadline = time.monotonic() + 30
while True:
    text = open(sys.argv[1], encoding="utf-8", errors="replace").read()
    found = re.search(r"token server at (http://127\.0\.0\.1:\d+) \(process (\d+)", text)
    if found:
        break
    if time.monotonic() > deadline:
        sys.exit("no 'token server at' line in 30 s: " + text[-300:])
    time.sleep(0.1)
url, pid = found.groups()
with urllib.request.urlopen(url + "/rtc/smoke/publisher/uid/42/?expiry=60", timeout=10) as reply:
    token = json.loads(reply.read())["rtcToken"]
checked = "007 token"
try:
    from agora_token_gui.core import decode, to_json, verify
    from agora_token_gui.core.verification import VerifyInputs
except ImportError:  # a Python without the project: the prefix has to do
    if not token.startswith("007eJ"):
        sys.exit(f"not a 007 token: {token[:40]}")
else:
    value = decode(token)
    if not verify(value, VerifyInputs("5CFd2fd1755d40ecb72977518be15d3b")).valid:
        sys.exit("the token's signature does not verify")
    service = to_json(value)["services"][0]
    if (service["channel_name"], service["uid"], service["privileges"]["1"]) != ("smoke", "42", 60):
        sys.exit(f"unexpected token contents: {service}")
    checked = "token verified (channel smoke, uid 42, 60 s)"
print(pid, checked, "from", url)
EOF
  ); then
    pid=${result%% *}
    if [ "$os" = windows ]; then
      taskkill //F //PID "$pid" >/dev/null 2>&1 || true
      wait "$serve_job" 2>/dev/null || true
      echo "ok   $label CLI serve: ${result#* } ($cli)"
    else
      kill -TERM "$pid" 2>/dev/null || true
      rc=0; wait "$serve_job" || rc=$?
      if [ "$rc" = 0 ] && grep -q "stopped after 1 request(s), 1 token(s) issued" "$work/serve.err"; then
        echo "ok   $label CLI serve: ${result#* }, stopped by SIGTERM ($cli)"
      else
        sed 's/^/     | /' "$work/serve.err" | tail -n 30 >&2
        fail "$label CLI serve: did not stop cleanly on SIGTERM (exit status $rc) ($cli)"
      fi
    fi
  else
    kill "$serve_job" 2>/dev/null || true
    wait "$serve_job" 2>/dev/null || true
    sed 's/^/     | /' "$work/serve.err" | tail -n 30 >&2
    fail "$label CLI serve: $result ($cli)"
  fi
done

# --- what the Linux bundle needs from the machine ------------------------------------------------
if [ "$os" = linux ] && [ "$mode" != onefile ] && [ -d "$dist/AgoraTokenGUI" ]; then
  internal="$dist/AgoraTokenGUI"
  mapfile -t elves < <(find "$internal" -type f \( -name '*.so*' -o -perm -u+x \) -exec sh -c \
    'head -c 4 "$1" | grep -q "ELF" && echo "$1"' _ {} \;)
  # Every GLIBC_x.y symbol version the bundled executables and libraries ask for; the newest wins.
  versions=$(for f in "${elves[@]}"; do objdump -T "$f" 2>/dev/null | grep -oE 'GLIBC_[0-9]+(\.[0-9]+)+' || true; done)
  floor=$(printf '%s\n' "$versions" | sed 's/^GLIBC_//' | sort -uV | tail -n 1)
  neediest=$(for f in "${elves[@]}"; do
               # no grep -q: an early exit would fail objdump with SIGPIPE under pipefail
               if objdump -T "$f" 2>/dev/null | grep -E "GLIBC_${floor//./\\.}([^.0-9]|$)" >/dev/null; then
                 basename "$f"
               fi
             done | sort -u | sed -n '1,5p' | tr '\n' ' ')
  bundled=$(find "$internal" \( -type f -o -type l \) -name '*.so*' -printf '%f\n' | sort -u)
  from_system=$(for f in "${elves[@]}"; do readelf -d "$f" 2>/dev/null | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p'; done \
                | sort -u | { grep -vxF "$bundled" || true; } | tr '\n' ' ')
  echo "info glibc needed: $floor (by: $neediest)"
  echo "info libraries expected from the system: $from_system"
  echo "info one-folder size: $(du -sh "$internal" | cut -f1), $(find "$internal" -type f | wc -l) files"
  if [ -n "${AGORA_MAX_GLIBC:-}" ] && [ "$(printf '%s\n%s\n' "$floor" "$AGORA_MAX_GLIBC" | sort -V | tail -n 1)" != "$AGORA_MAX_GLIBC" ]; then
    fail "the bundle needs glibc $floor, newer than AGORA_MAX_GLIBC=$AGORA_MAX_GLIBC"
  fi
fi

if [ "$failures" -gt 0 ]; then
  echo "smoke-bundle: $failures check(s) failed" >&2
  exit 1
fi
echo "smoke-bundle: all checks passed"
