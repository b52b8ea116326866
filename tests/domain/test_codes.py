"""Challenge group codes: kept as typed, compared loosely, valid forms and sort order."""

from __future__ import annotations

import pytest

from arenadesk.domain.codes import clean_code, code_key, code_sort_key, is_valid_code


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        (" 4E-1 ", "4E-1"),
        ("2B –  1 og 2", "2B – 1 og 2"),
        ("\t1E - 2\n", "1E - 2"),
        ("4A-1 & 2", "4A-1 & 2"),
        ("1c", "1c"),
    ],
)
def test_clean_keeps_the_code_as_typed(raw: str, code: str) -> None:
    assert clean_code(raw) == code


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("2b-1 OG 2", "2B – 1 og 2"),
        ("2B—1og2", "2B – 1 og 2"),
        ("1e-2", "1E - 2"),
        ("1E – 2", "1E - 2"),
        ("4a-1&2", "4A-1 & 2"),
        (" 1c ", "1C"),
        ("4E\u22121", "4E-1"),
    ],
)
def test_key_ignores_case_spaces_and_kinds_of_dash(typed: str, stored: str) -> None:
    assert code_key(typed) == code_key(stored)


def test_key_still_tells_codes_apart() -> None:
    assert code_key("1E-1") != code_key("1E-2")
    assert code_key("4A-1 & 2") != code_key("4A-1")
    assert code_key("ø") != code_key("o")


@pytest.mark.parametrize(
    "code",
    [
        "1C",
        "4E-1",
        "12",
        "PLENUM",
        "ÆØÅ",
        "10B-12",
        "1c",
        "4A-1 & 2",
        "2B – 1 og 2",
        "1E - 2",
        "&2",
        "/2",
        "+2",
    ],
)
def test_valid(code: str) -> None:
    assert is_valid_code(code)


@pytest.mark.parametrize("code", ["", "1C!", "1_A", "&", " - ", "<b>", "1" * 31, "1C\x00"])
def test_invalid(code: str) -> None:
    assert not is_valid_code(code)


def test_sort_numbers_numerically_then_words_last() -> None:
    codes = ["10A", "PLENUM", "2B", "1C", "2A", "4B-1", "4A", "100", "AB", "2B – 1 og 2"]
    assert sorted(codes, key=code_sort_key) == [
        "1C",
        "2A",
        "2B",
        "2B – 1 og 2",
        "4A",
        "4B-1",
        "10A",
        "100",
        "AB",
        "PLENUM",
    ]
