"""``commandline.command_line``: the "Copy as command" text rebuilds the same token via the CLI."""

from __future__ import annotations

import random
import shlex

import pytest

from agora_token_gui import cli
from agora_token_gui.core import catalog, commandline
from agora_token_gui.core.build import build
from agora_token_gui.core.request import parse_request
from tests.fuzz import sample_request

NOW = 1_700_000_000


def run_command_line(
    line: str, certificate: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> str:
    words = shlex.split(line)
    # No "AGORA_APP_CERTIFICATE=…" prefix (issue 14 item 11): it would override the variable the
    # user exported. The command reads the secret from whichever variable its kind uses.
    assert words[0] == "agora-token"
    for env in commandline.SECRET_ENV.values():
        monkeypatch.setenv(env, certificate)
    status = cli.main(words[1:])
    out, err = capsys.readouterr()
    assert status == 0, err
    return out.strip()


@pytest.mark.parametrize("kind", catalog.KINDS, ids=[k.key for k in catalog.KINDS])
def test_command_line_rebuilds_the_same_token(
    kind: catalog.KeyKind, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    rng = random.Random(kind.key)
    for _ in range(3):
        data = sample_request(kind, rng)
        while any(isinstance(v, str) and v.startswith("-") for v in data.values()):
            data = sample_request(kind, rng)  # see test_values_starting_with_a_dash below
        result = build(data, now=NOW, randint=rng.randint)
        line = commandline.command_line(result.request, result.pinned)
        assert result.request.app_certificate not in line
        token = run_command_line(line, result.request.app_certificate, monkeypatch, capsys)
        assert token == result.token, line


def test_command_line_without_pins_leaves_them_out() -> None:
    request = parse_request(
        {
            "format": "007",
            "builder": "fpa",
            "app_id": "970CA35de60c44645bbae8a215061b33",
            "app_certificate": "5CFd2fd1755d40ecb72977518be15d3b",
        }
    )
    assert commandline.command_line(request) == (
        "agora-token build 007 fpa --app-id 970CA35de60c44645bbae8a215061b33"
    )
    assert commandline.command_line(request, {"issue_ts": 5, "salt": 6}).endswith(
        "--issue-ts 5 --salt 6"
    )


def test_values_starting_with_a_dash(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    data = {
        "format": "007",
        "builder": "rtm",
        "app_id": "970CA35de60c44645bbae8a215061b33",
        "app_certificate": "5CFd2fd1755d40ecb72977518be15d3b",
        "user_id": "-abc",
        "expire": 5,
        "issue_ts": 1,
        "salt": 1,
    }
    result = build(data)
    line = commandline.command_line(result.request, result.pinned)
    assert run_command_line(line, str(data["app_certificate"]), monkeypatch, capsys) == result.token
