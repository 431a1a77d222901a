"""The batch sources the GUI offers, without Qt: the grid, its template, CSV and JSON Lines."""

from __future__ import annotations

import pytest

from agora_token_gui.core.batch import (
    GridPlan,
    SourceError,
    grid_items,
    grid_size,
    load_requests,
    parse_list,
    parse_template,
    run_batch,
    template_for,
    with_credentials,
)
from agora_token_gui.core.build import build
from agora_token_gui.core.catalog import KINDS, find, starting_value
from agora_token_gui.core.errors import InvalidInputError
from tests.tokens import APP, CERT, T


def rtc_plan() -> GridPlan:
    kind = find("007", "rtc_uid")
    assert kind is not None
    return GridPlan.for_kind(kind)


def built(items: object) -> list[str]:
    """Each item built (or its error sentence), in order."""
    out: list[str] = []
    for _, request in with_credentials(items, APP, CERT):  # type: ignore[arg-type]
        if isinstance(request, str):
            out.append(request)
            continue
        try:
            out.append(build(request, now=T, randint=lambda a, b: a).token)
        except InvalidInputError as exc:
            out.append(str(exc))
    return out


def test_a_grid_expands_ranges_users_times_channels() -> None:
    plan = rtc_plan()
    users, channels = parse_list("1000-1002\n7", "Users"), parse_list("a\nb", "Channels")
    assert grid_size(plan, users, channels) == 8
    items = list(grid_items(template_for(plan.kind, T), plan, users, channels))
    assert [(n, r["uid"], r["channel_name"]) for n, r in items][:3] == [  # type: ignore[index]
        (1, 1000, "a"),
        (2, 1000, "b"),
        (3, 1001, "a"),
    ]
    assert items[-1][1]["uid"] == "7"  # type: ignore[index]  # as written: the core reads it


@pytest.mark.parametrize("user", ["²", "0042", "-1", "12a"])
def test_a_bad_grid_user_is_a_row_error_not_a_crash(user: str) -> None:
    plan = rtc_plan()
    items = grid_items(template_for(plan.kind, T), plan, [user], ["room"])
    (outcome,) = built(items)
    assert outcome.startswith("User ID (uid)")
    assert outcome.endswith(".")


def test_grid_sizes_are_checked_in_sentences() -> None:
    plan = rtc_plan()
    with pytest.raises(SourceError, match="at least one user"):
        grid_size(plan, [], ["a"])
    with pytest.raises(SourceError, match="at most 1,000,000"):
        grid_size(plan, parse_list("1-2000", "Users"), parse_list("1-1000", "Channels"))
    with pytest.raises(SourceError, match="runs backwards"):
        parse_list("9-1", "Users")


@pytest.mark.parametrize("kind", KINDS, ids=lambda k: k.key)
def test_the_template_starts_where_a_new_form_starts(kind: object) -> None:
    from agora_token_gui.core.catalog import KeyKind

    assert isinstance(kind, KeyKind)
    template = template_for(kind, T)
    for spec in kind.fields:
        start = starting_value(spec, T)
        if spec.name in template and start is not None:
            assert template[spec.name] == start, spec.name


def test_the_template_is_read_like_a_batch_line() -> None:
    with pytest.raises(SourceError, match="twice"):
        parse_template('{"uid": 1, "uid": 2}')
    with pytest.raises(SourceError, match="one JSON object"):
        parse_template("[1]")


def test_csv_and_json_lines_files_give_the_batch_sentences() -> None:
    csv = load_requests(
        "r.csv",
        b"\xef\xbb\xbfformat,builder,channel_name,uid,role,token_expire\n"
        b"007,rtc_uid,room,1,1,3600\n"
        b"007,rtc_uid,room,2,1,3600,extra\n"
        b"007,rtc_uid,room,\xff,1,3600\n",
    )
    assert csv.kind == "CSV"
    assert csv.columns[0] == "format"
    outcomes = built(csv.iter_items())
    assert outcomes[0].startswith("007")
    assert outcomes[1] == "Line 3 has 7 cells, but the header names 6."
    assert "not UTF-8" in outcomes[2]

    lines = b'{"format": "007"}\n\n[1]\n{"a": 1, "a": 2}\n{bad\n'
    jsonl = load_requests("r.jsonl", lines)
    assert jsonl.count == 4
    gui = [request for _, request in jsonl.iter_items() if isinstance(request, str)]
    cli = [str(r["error"]) for r in run_batch(lines.decode().splitlines()) if "line" in r]
    assert gui == cli[1:]  # the same sentences as agora-token batch (line 1 is a bad request)


def test_an_empty_csv_is_a_source_error() -> None:
    with pytest.raises(SourceError, match="first row must name"):
        load_requests("empty.csv", b"")
