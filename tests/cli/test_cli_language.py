"""``agora-token`` in Simplified Chinese: the language choice, what is translated, what is not."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from agora_token_gui import cli
from agora_token_gui.cli import common, decode
from agora_token_gui.core import detect, report, text, timefmt
from agora_token_gui.core.text import Text, msg
from tests.tokens import APP, CERT

from .test_cli import RTC_FLAGS, RTC_TOKEN, TOKEN_006

ROOT = Path(__file__).resolve().parents[2]
AT = "1111411"  # 5 minutes after the token's issue time
CHINESE = {"LANG": "zh_CN.UTF-8"}
LOCALES = ("C.UTF-8", "zh_CN.UTF-8", "zh_TW.UTF-8", "en_US.UTF-8")

Capture = pytest.CaptureFixture[str]


@pytest.fixture(scope="module", autouse=True)
def catalogues() -> None:
    """The catalogues `make translations` builds (quick loops may not have run it)."""
    subprocess.run([sys.executable, str(ROOT / "scripts" / "translations.py"), "build"], check=True)


@pytest.fixture(autouse=True)
def english_afterwards(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """No terminal, no certificate, no language from outside; English again after each test."""
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    monkeypatch.delenv(cli.CERT_ENV, raising=False)
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", common.LANG_ENV):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    yield
    common.use_language("en")


def run(
    argv: list[str], capsys: Capture, monkeypatch: pytest.MonkeyPatch, locale: str = "C.UTF-8"
) -> tuple[int, str, str]:
    monkeypatch.setenv("LANG", locale)
    status = cli.main(argv)
    out, err = capsys.readouterr()
    return status, out, err


def has_chinese(shown: str) -> bool:
    return any("\u4e00" <= c <= "\u9fff" for c in shown)


# --- which language --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({}, "en"),
        ({"LANG": "C"}, "en"),
        ({"LANG": "POSIX"}, "en"),
        ({"LANG": "C.UTF-8"}, "en"),
        ({"LANG": "en_GB.UTF-8"}, "en"),
        ({"LANG": "zh_CN.UTF-8"}, "zh_CN"),
        ({"LANG": "zh_CN.GB18030"}, "zh_CN"),
        ({"LANG": "zh_SG.UTF-8"}, "zh_CN"),
        ({"LANG": "zh_Hans"}, "zh_CN"),
        ({"LANG": "zh-Hans-CN"}, "zh_CN"),
        ({"LANG": "zh"}, "zh_CN"),
        ({"LANG": "zh_TW.UTF-8"}, "en"),  # Traditional Chinese: no catalogue yet
        ({"LANG": "zh_HK.UTF-8"}, "en"),
        ({"LANG": "zh_Hant_TW"}, "en"),
        ({"LANG": "de_DE.UTF-8"}, "en"),
        ({"LANG": "C", "LC_MESSAGES": "zh_CN.UTF-8"}, "zh_CN"),
        ({"LANG": "zh_CN.UTF-8", "LC_MESSAGES": "en_US.UTF-8"}, "en"),
        ({"LANG": "zh_CN.UTF-8", "LC_ALL": "C"}, "en"),
        ({"LC_ALL": "zh_CN.UTF-8", "LC_MESSAGES": "C"}, "zh_CN"),
        ({"LANG": "C", "LANGUAGE": "zh_CN"}, "zh_CN"),
        ({"LANG": "zh_CN.UTF-8", "LANGUAGE": "en"}, "en"),
        ({"LANGUAGE": "zh_TW:zh_CN:en"}, "zh_CN"),  # the first with a catalogue
        ({"LANGUAGE": "zh_TW:en:zh_CN"}, "en"),
        ({"LANGUAGE": "fr:de", "LANG": "zh_CN.UTF-8"}, "en"),  # LANGUAGE decides
        ({"LANGUAGE": "", "LANG": "zh_CN.UTF-8"}, "zh_CN"),  # empty counts as unset
    ],
)
def test_the_language_is_read_as_gettext_reads_it(environ: dict[str, str], expected: str) -> None:
    assert text.system_language(environ) == expected


@pytest.mark.parametrize(
    ("argv", "environ", "expected"),
    [
        (["--lang", "zh_CN", "decode", "x"], {}, "zh_CN"),
        (["--lang=zh_CN", "decode", "x"], {"LANG": "C"}, "zh_CN"),
        (["--lang", "en", "decode", "x"], CHINESE, "en"),
        (["decode", "x"], {common.LANG_ENV: "zh_CN", "LANG": "C"}, "zh_CN"),
        (["decode", "x"], {common.LANG_ENV: "en", **CHINESE}, "en"),
        (["--lang", "en", "decode", "x"], {common.LANG_ENV: "zh_CN"}, "en"),
        # After the command, --lang is not the top-level option (argparse then refuses it).
        (["decode", "--lang", "zh_CN", "x"], {}, "en"),
        (["decode", "x"], {common.LANG_ENV: "klingon", **CHINESE}, "zh_CN"),
    ],
)
def test_the_flag_then_the_variable_then_the_locale(
    argv: list[str], environ: dict[str, str], expected: str
) -> None:
    assert common.choose_language(argv, environ) == expected
    assert common.language() == expected


def test_the_lang_flag_is_a_top_level_option(
    capsys: Capture, monkeypatch: pytest.MonkeyPatch
) -> None:
    status, out, _ = run(["--lang", "zh_CN", "decode", RTC_TOKEN, "--at", AT], capsys, monkeypatch)
    assert status == 0
    assert "分钟" in out
    with pytest.raises(SystemExit):
        cli.main(["--lang", "fr", "decode", RTC_TOKEN])
    assert "invalid choice: 'fr'" in capsys.readouterr().err


# --- decode ----------------------------------------------------------------------------------


def test_decode_in_chinese_translates_the_words_and_keeps_the_values(
    capsys: Capture, monkeypatch: pytest.MonkeyPatch
) -> None:
    argv = ["decode", RTC_TOKEN, "--at", AT, "--app-certificate", CERT]
    argv += ["--channel-name", "room", "--uid", "42"]
    status_en, english, _ = run(argv, capsys, monkeypatch)
    status_zh, chinese, err = run(argv, capsys, monkeypatch, "zh_CN.UTF-8")
    assert (status_zh, err) == (status_en, "") == (0, "")
    assert "Verification" in english
    assert "签名校验" in chinese
    assert "in 5 min" not in chinese  # the time words are the core's, translated too
    # The report's labels (core/report.py) are translated, and the values start in the same
    # terminal column as in English (a Chinese character takes two).
    english_lines, chinese_lines = english.splitlines(), chinese.splitlines()
    assert english_lines[3].startswith("Issued ")
    assert chinese_lines[3].startswith("签发时间 ")
    column = english_lines[3].index("1970")
    assert common.width(chinese_lines[3][: chinese_lines[3].index("1970")]) == column
    assert "签名有效：此 Token 由该 App 证书签发。" in chinese
    assert english.count("\n") == chinese.count("\n")
    decoded = detect.decode(RTC_TOKEN)
    signature = str(detect.to_json(decoded)["signature_hex"])
    expires = timefmt.utc_text(1111111 + 600)
    for value in (APP, signature, expires, "room"):
        assert value in english
        assert value in chinese  # identifiers, hex and instants are the same in both


def test_decode_in_english_is_the_cores_report(
    capsys: Capture, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The CLI's renderer (which pads by terminal columns) is report.render_text in English."""
    status, out, _ = run(["decode", RTC_TOKEN, "--at", AT], capsys, monkeypatch)
    rows = report.explain(detect.decode(RTC_TOKEN), int(AT))
    assert (status, out) == (0, report.render_text(rows) + "\n")
    assert decode.render(rows) == report.render_text(rows)


def test_chinese_labels_are_padded_by_terminal_columns() -> None:
    assert common.width("签名校验") == 8
    assert common.pad("签名校验", 24) == "签名校验" + " " * 16
    assert common.pad("Verification", 24) == f"{'Verification':<24}"
    common.use_language("zh_CN")
    line = decode.row(msg("Verification"), "x")
    assert line == "签名校验" + " " * 17 + "x"


def test_decode_lines_from_stdin_say_their_errors_in_chinese(
    capsys: Capture, monkeypatch: pytest.MonkeyPatch
) -> None:
    sys.stdin = io.StringIO(f"{RTC_TOKEN}\nnot a token\n")
    status, out, _ = run(["decode", "-", "--at", AT], capsys, monkeypatch, "zh_CN.UTF-8")
    assert status == 1
    assert "\n错误：" in out
    sys.stdin = io.StringIO(f"{RTC_TOKEN}\nnot a token\n")
    status, out_json, _ = run(
        ["decode", "-", "--json", "--at", AT], capsys, monkeypatch, "zh_CN.UTF-8"
    )
    sys.stdin = io.StringIO(f"{RTC_TOKEN}\nnot a token\n")
    _, english_json, _ = run(["decode", "-", "--json", "--at", AT], capsys, monkeypatch)
    assert out_json == english_json
    assert not has_chinese(out_json)


# --- machine output stays English --------------------------------------------------------------


MACHINE_RUNS = {
    "decode": ["decode", RTC_TOKEN, "--json", "--at", AT, "--app-certificate", CERT],
    "decode 006": [
        *("decode", TOKEN_006, "--json", "--at", AT, "--app-certificate", CERT),
        *("--channel-name", "room", "--uid", "42"),
    ],
    "verify": ["verify", RTC_TOKEN, "--json", "--app-certificate", CERT, "--channel-name", "x"],
    "diagnose": [
        "diagnose",
        RTC_TOKEN,
        "--json",
        "--app-id",
        APP,
        "--channel-name",
        "other",
        "--uid",
        "42",
        "--at",
        AT,
    ],
    "diff": ["diff", RTC_TOKEN, TOKEN_006, "--json", "--at", AT],
    "build": [*RTC_FLAGS, "--app-certificate", CERT, "--json", "--now", "5000", "--salt", "7"],
    "build token": [*RTC_FLAGS, "--app-certificate", CERT],
}


@pytest.mark.parametrize("name", MACHINE_RUNS)
def test_json_and_tokens_are_byte_identical_in_every_language(
    name: str, capsys: Capture, monkeypatch: pytest.MonkeyPatch
) -> None:
    results = {locale: run(MACHINE_RUNS[name], capsys, monkeypatch, locale) for locale in LOCALES}
    english = results["C.UTF-8"]
    assert english[1]
    for locale, result in results.items():
        assert result[:2] == english[:2], locale  # exit status and standard output
    assert not has_chinese(english[1])


def test_batch_output_lines_stay_english(capsys: Capture, monkeypatch: pytest.MonkeyPatch) -> None:
    request = json.dumps({"format": "007", "builder": "rtc_uid", "app_id": APP})
    good = json.dumps(
        {
            "format": "007",
            "builder": "rtc_uid",
            "app_id": APP,
            "app_certificate": CERT,
            "channel_name": "room",
            "uid": 1,
            "role": 1,
            "token_expire": 600,
            "issue_ts": 1111111,
            "salt": 1,
        }
    )
    lines = f"{good}\n{request}\nnot json\n"
    outputs = []
    for locale in LOCALES:
        sys.stdin = io.StringIO(lines)
        outputs.append(run(["batch", "-"], capsys, monkeypatch, locale)[:2])
    assert outputs[0][0] == 1
    assert all(output == outputs[0] for output in outputs)
    assert not has_chinese(outputs[0][1])


# --- errors and results in Chinese ----------------------------------------------------------------


def test_verify_in_chinese(capsys: Capture, monkeypatch: pytest.MonkeyPatch) -> None:
    wrong = "0" * 32
    argv = ["verify", RTC_TOKEN, "--app-certificate", wrong, "--channel-name", "room"]
    status, out, _ = run(argv, capsys, monkeypatch, "zh_CN.UTF-8")
    assert status == 1
    assert out.startswith("签名无效：此 Token 不是由该 App 证书签发的。")
    status, out, err = run(["verify", RTC_TOKEN], capsys, monkeypatch, "zh_CN.UTF-8")
    assert (status, out) == (2, "")
    assert err.startswith("agora-token：错误：缺少 App 证书：请传入 --app-certificate")
    status, out, err = run(["verify", "007garbage"], capsys, monkeypatch, "zh_CN.UTF-8")
    assert (status, out) == (2, "")
    assert err.startswith("agora-token：错误：")


def test_diagnose_in_chinese(capsys: Capture, monkeypatch: pytest.MonkeyPatch) -> None:
    argv = ["diagnose", RTC_TOKEN, "--app-id", APP, "--channel-name", "other", "--uid", "42"]
    argv += ["--at", AT]  # the sentences name the failure moment: the same in every run
    status_en, english, _ = run(argv, capsys, monkeypatch)
    status, out, _ = run(argv, capsys, monkeypatch, "zh_CN.UTF-8")
    assert status == status_en == 1
    assert english.startswith("Verdict: rejected  (format: 007)")
    assert out.startswith("结论：拒绝（格式：007）\n")
    assert "✖ 错误" in out
    assert "解决方法：" in out
    assert "说明：" in out
    assert "channel_mismatch" in out  # finding codes stay as they are
    for line in out.splitlines():
        assert common.width(line) <= 100, line
        assert not line.lstrip().startswith(("，", "。", "："))
    status, out, err = run(
        ["diagnose", RTC_TOKEN, "--join-body", "@/nonexistent/body.json"],
        capsys,
        monkeypatch,
        "zh_CN.UTF-8",
    )
    assert (status, out) == (2, "")
    assert err.startswith("agora-token：错误：--join-body：无法读取 '/nonexistent/body.json'（")


def test_build_errors_in_chinese(capsys: Capture, monkeypatch: pytest.MonkeyPatch) -> None:
    argv = ["build", "007", "rtc_uid", "--app-id", "xyz", "--app-certificate", CERT]
    status, out, err = run(argv, capsys, monkeypatch, "zh_CN.UTF-8")
    assert (status, out) == (2, "")
    assert err.splitlines()[0].startswith("agora-token：错误：--app-id：")
    status, out, err = run(RTC_FLAGS, capsys, monkeypatch, "zh_CN.UTF-8")
    assert (status, out) == (2, "")
    assert err == (
        "agora-token：错误：--app-certificate：缺少 App 证书：请传入 --app-certificate、设置 "
        "$AGORA_APP_CERTIFICATE，或在终端中运行以便提示输入。\n"
    )


def test_batch_errors_in_chinese(
    capsys: Capture, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    status, _, err = run(["batch", "--jobs", "0"], capsys, monkeypatch, "zh_CN.UTF-8")
    assert (status, err) == (2, "agora-token：错误：--jobs 必须大于或等于 1；收到的是 0。\n")
    missing = str(tmp_path / "missing.jsonl")
    status, _, err = run(["batch", missing], capsys, monkeypatch, "zh_CN.UTF-8")
    assert status == 2
    assert err.startswith(f"agora-token：错误：无法读取 {missing!r}：")


def test_diff_in_chinese(capsys: Capture, monkeypatch: pytest.MonkeyPatch) -> None:
    status, out, _ = run(
        ["diff", RTC_TOKEN, TOKEN_006, "--at", AT], capsys, monkeypatch, "zh_CN.UTF-8"
    )
    assert status == 1
    assert out.startswith("不同：有 ")
    assert "格式：A 为 007，B 为 006" in out


def test_traditional_chinese_stays_english(
    capsys: Capture, monkeypatch: pytest.MonkeyPatch
) -> None:
    argv = ["diagnose", RTC_TOKEN, "--app-id", APP, "--channel-name", "other", "--uid", "42"]
    argv += ["--at", AT]  # the sentences name the failure moment: the same in every run
    english = run(argv, capsys, monkeypatch)
    for locale in ("zh_TW.UTF-8", "zh_HK.UTF-8"):
        assert run(argv, capsys, monkeypatch, locale) == english
    decoded = run(["decode", RTC_TOKEN, "--at", AT], capsys, monkeypatch, "zh_TW.UTF-8")
    assert decoded == run(["decode", RTC_TOKEN, "--at", AT], capsys, monkeypatch)


# --- the catalogue -------------------------------------------------------------------------------


def test_missing_catalogue_english_and_one_note(
    capsys: Capture, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(text, "catalogue_path", lambda language: tmp_path / f"{language}.json")
    monkeypatch.setattr(text, "_catalogues", {})
    argv = ["diagnose", RTC_TOKEN, "--app-id", APP, "--channel-name", "other", "--uid", "42"]
    argv += ["--at", AT]  # the sentences name the failure moment: the same in every run
    status, out, err = run(argv, capsys, monkeypatch, "zh_CN.UTF-8")
    assert out.startswith("Verdict: rejected")
    assert status == 1
    assert err == (
        f"agora-token: note: no zh_CN catalogue at {tmp_path / 'zh_CN.json'} (build it with "
        "`make translations`); the output stays in English.\n"
    )
    # English asks for no catalogue: no note.
    assert run(argv, capsys, monkeypatch)[1:] == (out, "")


def test_a_damaged_catalogue_counts_as_missing(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    path = tmp_path / "zh_CN.json"
    monkeypatch.setattr(text, "catalogue_path", lambda language: path)
    for content in ("{not json", "[]", '{"messages": []}'):
        path.write_text(content, encoding="utf-8")
        monkeypatch.setattr(text, "_catalogues", {})
        assert text.catalogue("zh_CN") is None
        assert text.translate(msg("No findings."), "zh_CN") == "No findings."


def test_translate_falls_back_to_english_per_sentence(monkeypatch: pytest.MonkeyPatch) -> None:
    catalogue = {
        "{count} min": "{count} 分钟",
        "in {duration}": "{duration}后",
        "Broken {x}.": "坏了 {y}。",  # a translation whose fields do not match the template
    }
    monkeypatch.setattr(text, "_catalogues", {"zh_CN": catalogue})
    in_five = msg("in {duration}", duration=msg("{count} min", count=5))
    assert text.translate(in_five, "zh_CN") == "5 分钟后"
    assert text.translate(in_five, "en") == "in 5 min"
    assert text.translate(msg("Broken {x}.", x=1), "zh_CN") == "Broken 1."
    # An untranslated sentence keeps its translated parts.
    assert text.translate(msg("Unknown {d}.", d=msg("{count} min", count=2)), "zh_CN") == (
        "Unknown 2 分钟."
    )
    assert text.translate("plain", "zh_CN") == "plain"
    assert text.translate(ValueError(msg("{count} min", count=1)), "zh_CN") == "1 分钟"
    assert text.translate(ValueError("plain"), "zh_CN") == "plain"


def test_the_catalogue_holds_the_core_and_cli_templates() -> None:
    data = json.loads(text.catalogue_path("zh_CN").read_text("utf-8"))
    assert data["language"] == "zh_CN"
    messages = data["messages"]
    assert messages["in {duration}"] == "{duration}后"  # core/timefmt.py
    assert messages["Verification"] == "签名校验"  # cli/decode.py
    assert messages["App Certificate"] == "App 证书"  # core/catalog.py, used by cli/common.py
    assert all(isinstance(v, str) and v for v in messages.values())


def test_the_bundle_finds_the_catalogue_under_meipass(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    folder = tmp_path / "resources" / "i18n"
    folder.mkdir(parents=True)
    bundled = folder / "agora_token_gui_zh_CN.json"
    bundled.write_text('{"messages": {}}', encoding="utf-8")
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert text.catalogue_path("zh_CN") == bundled
    bundled.unlink()  # not in the bundle: the checkout's
    assert text.catalogue_path("zh_CN") == ROOT / "resources" / "i18n" / bundled.name


def test_the_process_reads_the_locale(tmp_path: Path) -> None:
    """End to end: a real process with LANG=zh_CN.UTF-8, and one with LANG=zh_TW.UTF-8."""
    environ = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_ALL")}
    command = [sys.executable, "-m", "agora_token_gui.cli", "decode", RTC_TOKEN, "--at", AT]
    outputs = {}
    for locale in ("zh_CN.UTF-8", "zh_TW.UTF-8", "C.UTF-8"):
        done = subprocess.run(
            command, env={**environ, "LANG": locale}, capture_output=True, check=True, cwd=ROOT
        )
        outputs[locale] = done.stdout.decode("utf-8")
    assert "分钟" in outputs["zh_CN.UTF-8"]
    assert outputs["zh_TW.UTF-8"] == outputs["C.UTF-8"]
    assert not has_chinese(outputs["C.UTF-8"])


def test_text_is_still_a_plain_english_str() -> None:
    sentence = msg("No findings.")
    assert isinstance(sentence, Text)
    assert sentence == "No findings."
    common.use_language("zh_CN")
    assert str(sentence) == "No findings."  # only say() translates
    assert common.say(sentence) == "没有发现问题。"


# --- help -----------------------------------------------------------------------------------


def help_pages() -> list[list[str]]:
    """Every command's and every builder's argv for --help."""
    from agora_token_gui.core import catalog

    pages = [[], ["build"], ["decode"], ["verify"], ["batch"], ["diagnose"], ["diff"], ["serve"]]
    pages += [["build", format_] for format_ in catalog.FORMATS]
    pages += [
        ["build", kind.format, *(() if kind.implicit_builder else (kind.builder,))]
        for kind in catalog.KINDS
    ]
    return pages


def test_every_help_page_in_chinese(capsys: Capture, monkeypatch: pytest.MonkeyPatch) -> None:
    """argparse formats each help with %: a stray % in a translation would crash it."""
    monkeypatch.setenv("COLUMNS", "100")
    for argv in help_pages():
        for locale in ("C.UTF-8", "zh_CN.UTF-8"):
            monkeypatch.setenv("LANG", locale)
            with pytest.raises(SystemExit) as exit_:
                cli.main([*argv, "--help"])
            assert exit_.value.code == 0
            out = capsys.readouterr().out
            assert out.startswith("usage: agora-token"), argv
            assert has_chinese(out) == (locale != "C.UTF-8"), (argv, locale)


def test_help_in_chinese_keeps_flags_and_identifiers(
    capsys: Capture, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "100")
    with pytest.raises(SystemExit):
        run(["build", "007", "rtc_uid", "--help"], capsys, monkeypatch, "zh_CN.UTF-8")
    out = capsys.readouterr().out
    assert "App ID：32 个十六进制字符。" in out
    assert "（必填）" in out
    assert "--token-expire VALUE" in out  # flags and metavars stay as they are
    assert "$AGORA_APP_CERTIFICATE" in out
    with pytest.raises(SystemExit):
        run(["--help"], capsys, monkeypatch, "zh_CN.UTF-8")
    out = capsys.readouterr().out
    assert "生成一个 Token" in out
    assert "--lang {en,zh_CN}" in out


def test_serve_errors_in_chinese(capsys: Capture, monkeypatch: pytest.MonkeyPatch) -> None:
    argv = ["serve", "--app-id", APP, "--app-certificate", CERT, "--max-lifetime", "2x"]
    status, out, err = run(argv, capsys, monkeypatch, "zh_CN.UTF-8")
    assert (status, out) == (2, "")
    assert err.startswith("agora-token：错误：--max-lifetime 必须是秒数或 30m、2h、1d 这样的时长；")
    assert err.endswith("收到的是 '2x'。\n")
