"""The organiser's report template: presets and the stored form's checks."""

from __future__ import annotations

from typing import Any

import pytest

from arenadesk.domain.report_template import (
    BUILT_IN,
    DEFAULT,
    PRESETS,
    TemplateError,
    TemplateSection,
    from_json,
    new_extra_key,
    to_json,
)


def test_presets_carry_the_real_headings() -> None:
    assert PRESETS["2015"].heading("web_use") == "Ønsket bruk av nettplassen arena.arbeidoghelse.no"
    assert not PRESETS["2015"].includes_self_evaluation
    assert PRESETS["2017"].heading("problem") == "Beskrivelse av problemet"
    assert PRESETS["2017"].includes_self_evaluation
    assert not PRESETS["2017"].has("concretisation")
    assert [s.key for s in DEFAULT.sections] == list(BUILT_IN)


def test_round_trip_with_an_extra_section() -> None:
    key = new_extra_key()
    template = PRESETS["2015"].with_sections(
        (*PRESETS["2015"].sections, TemplateSection(key, "Innspill i etterkant av fokuskafé"))
    )
    again = from_json(to_json(template))
    assert again == template
    assert [s.heading for s in again.extras()] == ["Innspill i etterkant av fokuskafé"]


@pytest.mark.parametrize(
    "data",
    [
        None,
        [],
        {"preset": "1999", "sections": []},
        {"preset": "2015", "sections": "x"},
        {"preset": "2015", "sections": [{"key": "hacked", "heading": "X"}]},
        {"preset": "2015", "sections": [{"key": "extra-zz", "heading": "X"}]},
        {"preset": "2015", "sections": [{"key": "problem", "heading": ""}]},
        {"preset": "2015", "sections": [{"key": "problem", "heading": "x" * 201}]},
        {"preset": "2015", "sections": [{"key": "problem", "heading": 5}]},
        {"preset": "2015", "sections": [{"key": "problem", "heading": "A"}] * 2},
        {"preset": "2015", "sections": [{"key": "problem", "heading": "A"}] * 41},
    ],
)
def test_bad_stored_templates_are_refused(data: Any) -> None:
    with pytest.raises(TemplateError):
        from_json(data)
