"""core.reading: every hostile input is a ReadError naming its line, never another exception."""

from __future__ import annotations

import csv

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from agora_token_gui.core import reading
from agora_token_gui.core.errors import TokenError
from agora_token_gui.core.reading import ReadError


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("[" * 100_000, "deeper than 64"),
        ("{" + '"a":{' * 5_000, "deeper than 64"),
        ('{"a": 1, "a": 2}', "key 'a' twice"),
        ('{"x": {"b": 1, "b": 1}}', "key 'b' twice"),
        ("1" * 4_301, "4,301 digits"),
        ("-" + "9" * 5_000, "5,000 digits"),
        ("[NaN]", "NaN"),
        ("Infinity", "Infinity"),
        ("1e999", "too large"),
        ("[1,", "not valid JSON"),
        ('{"uid": ²}', "not valid JSON"),
        ("", "not valid JSON"),
    ],
)
def test_hostile_json_is_a_sentence(text: str, says: str) -> None:
    with pytest.raises(ReadError) as info:
        reading.loads(text, subject="Line 7", line=7)
    message = str(info.value)
    assert message.startswith("Line 7 ")
    assert message.endswith(".")
    assert says in message
    assert info.value.line == 7
    assert isinstance(info.value, TokenError)


def test_good_json_and_brackets_inside_strings() -> None:
    assert reading.loads('{"a": [1, 2.5, "[[[["], "b": null}') == {
        "a": [1, 2.5, "[[[["],
        "b": None,
    }
    assert reading.loads('"' + "[" * 1000 + '"') == "[" * 1000
    assert reading.loads("[" * 64 + "]" * 64) is not None


@pytest.mark.parametrize("text", ["²", "٣", "1_000", "1 2", "+5", "0x10", "", "-1", "9" * 41])
def test_parse_int_refuses_what_int_would_guess(text: str) -> None:
    with pytest.raises(ReadError, match=r"^The --uid value .*\.$"):
        reading.parse_int(text, subject="The --uid value", field="uid", low=0, high=2**32 - 1)


def test_parse_int_bounds() -> None:
    assert reading.parse_int(" 42 ", subject="x", low=0, high=100) == 42
    with pytest.raises(ReadError, match=r"must be in 0\.\.100; got 101"):
        reading.parse_int("101", subject="The value", low=0, high=100)
    assert reading.parse_int("-3", subject="x") == -3


def test_lines_report_undecodable_and_overlong_lines_and_go_on() -> None:
    data = b"\xef\xbb\xbfone\r\ntw\xffo\n" + b"x" * 50 + b"\nthree\n"
    lines = list(reading.decode_lines(data, max_line=20))
    assert [(line.number, line.text) for line in lines] == [
        (1, "one"),
        (2, None),
        (3, None),
        (4, "three"),
    ]
    assert str(lines[1].error) == (
        "Line 2 is not UTF-8 text (byte 0xff at column 3); it was skipped."
    )
    assert "Line 3 has 50 characters" in str(lines[2].error)


def test_lines_from_a_file_object(tmp_path: pytest.TempPathFactory) -> None:
    path = tmp_path / "x.txt"  # type: ignore[operator]
    path.write_bytes(b"a\n\x80\nb")
    with path.open("rb") as handle:
        got = [(line.number, line.text) for line in reading.decode_lines(handle)]
    assert got == [(1, "a"), (2, None), (3, "b")]


def test_decode_text_names_line_and_column() -> None:
    with pytest.raises(ReadError, match=r"byte 0xfe on line 2, column 4"):
        reading.decode_text(b"ok\nabc\xfe", subject="The settings file")


def test_jsonl_objects() -> None:
    data = b'{"a": 1}\n\xff\n[1]\n\n' + b"[" * 70 + b'\n{"a":1,"a":1}\n' + b"7" * 5000 + b"\n"
    got = list(reading.jsonl_objects(reading.decode_lines(data)))
    assert got[0] == (1, {"a": 1})
    errors = {n: str(e) for n, e in got[1:]}
    assert set(errors) == {2, 3, 5, 6, 7}
    assert errors[3] == "Line 3 must be a JSON object (a request), not a list."
    assert all(isinstance(e, ReadError) for _, e in got[1:])


def test_csv_rows_report_bad_records_and_go_on() -> None:
    big = "y" * (csv.field_size_limit() + 10)
    data = f'a,b\n1,2\n"{big}",3\n5,6\n{"z" * 200},7\n'.encode() + b"\xff,8\n9,10\n"
    rows = list(reading.csv_rows(reading.decode_lines(data), max_cell=100))
    good = [(n, r) for n, r in rows if isinstance(r, list) and r]
    bad = {n: str(r) for n, r in rows if isinstance(r, ReadError)}
    assert good == [(1, ["a", "b"]), (2, ["1", "2"]), (4, ["5", "6"]), (7, ["9", "10"])]
    assert set(bad) == {3, 5, 6}
    assert "cells here have at most 100" in bad[3]
    assert bad[5] == "Line 5: cell 1 has 200 characters; cells here have at most 100."
    assert "not UTF-8" in bad[6]


def test_csv_multi_line_cell_keeps_its_start_line() -> None:
    rows = list(reading.csv_rows(reading.decode_lines(b'a,b\n"x\ny",2\n3,4\n')))
    assert rows == [(1, ["a", "b"]), (2, ["x\ny", "2"]), (4, ["3", "4"])]


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=400))
def test_any_bytes_read_as_jsonl_or_csv_give_only_read_errors(data: bytes) -> None:
    for _, value in reading.jsonl_objects(reading.decode_lines(data)):
        assert isinstance(value, (dict, ReadError))
    for _, row in reading.csv_rows(reading.decode_lines(data)):
        assert isinstance(row, (list, ReadError))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet='[]{}":,0123456789-eE.truefalsn \\', max_size=300))
def test_any_json_like_text_gives_a_value_or_a_read_error(text: str) -> None:
    message = "."
    try:
        reading.loads(text)
    except ReadError as exc:
        message = str(exc)
    assert message.endswith(".")
