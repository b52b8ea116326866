"""Suggestions from boards and how they are added to typed text."""

from __future__ import annotations

import datetime as dt

from arenadesk.domain.dates import span_text
from arenadesk.domain.report_prefill import missing_lines, suggest, with_suggestions


def test_zones_map_to_sections() -> None:
    found = suggest(
        [
            (
                "toppen-av-fjellet",
                [
                    ("malet", "En avtalt modell"),
                    ("utfordringer", "Lange avstander"),
                    ("veien", "Pilot med to bedrifter"),
                    ("ideer", "Likemann"),
                ],
            ),
            ("gap-analyse", [("tiltak", "Felles mal"), ("hindringer", "Ulike regelverk")]),
        ]
    )
    assert found.result == ["En avtalt modell"]
    assert found.problem == ["Lange avstander", "Ulike regelverk"]
    assert found.action_items == ["Pilot med to bedrifter", "Felles mal"]


def test_typed_text_is_kept_and_only_missing_lines_added() -> None:
    typed = "Vi har skrevet dette selv.\n\n- Lange avstander"
    merged = with_suggestions(typed, ["Lange  avstander", "Ulike regelverk"])
    assert merged == "Vi har skrevet dette selv.\n\n- Lange avstander\n\n- Ulike regelverk"
    assert with_suggestions(merged, ["Ulike regelverk"]) == merged
    assert with_suggestions("", ["A", "B"]) == "- A\n- B"
    assert missing_lines("• a\n* B", ["A", "b", "c"]) == ["c"]


def test_date_spans_in_both_languages() -> None:
    days = [dt.date(2027, 3, 9), dt.date(2027, 3, 10)]
    assert span_text(days) == "9.–10. mars 2027"
    assert span_text(days, "en") == "9–10 March 2027"
    assert span_text([dt.date(2027, 3, 31), dt.date(2027, 4, 1)]) == "31. mars – 1. april 2027"
    assert span_text([dt.date(2026, 12, 31), dt.date(2027, 1, 1)]) == (
        "31. desember 2026 – 1. januar 2027"
    )
    assert (
        span_text([None, None]) == "" and span_text([dt.date(2027, 3, 9), None]) == "9. mars 2027"
    )
