"""Challenge group codes: normalising, validity and sort order."""

from __future__ import annotations

import pytest

from arenadesk.domain.codes import code_sort_key, is_valid_code, normalise_code


@pytest.mark.parametrize(
    ("raw", "code"), [(" 4e-1 ", "4E-1"), ("1 c", "1C"), ("æøå", "ÆØÅ"), ("\t2a\n", "2A")]
)
def test_normalise(raw: str, code: str) -> None:
    assert normalise_code(raw) == code


@pytest.mark.parametrize("code", ["1C", "4E-1", "12", "PLENUM", "ÆØÅ", "10B-12"])
def test_valid(code: str) -> None:
    assert is_valid_code(code)


@pytest.mark.parametrize("code", ["", "1C!", "1_A", "-1", "4E-", "ABCDEFG", "4E-1234", "1c"])
def test_invalid(code: str) -> None:
    assert not is_valid_code(code)


def test_sort_numbers_numerically_then_words_last() -> None:
    codes = ["10A", "PLENUM", "2B", "1C", "2A", "4B-1", "4A", "100", "AB"]
    assert sorted(codes, key=code_sort_key) == [
        "1C",
        "2A",
        "2B",
        "4A",
        "4B-1",
        "10A",
        "100",
        "AB",
        "PLENUM",
    ]
