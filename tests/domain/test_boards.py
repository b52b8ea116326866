"""Board templates as data: the six 2013 templates load; a bad file is named, the rest load."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from arenadesk.domain.board_geometry import parse_path
from arenadesk.domain.board_template_reader import parse_template
from arenadesk.domain.boards import bundled_dir, load_templates
from arenadesk.i18n.messages import UserError

SIX = {
    "toppen-av-fjellet": {"Visjonen", "Ideer", "Målet", "Utfordringer", "Veien dit / neste skritt"},
    "gap-analyse": {"Nå", "Framtid", "Tiltak / veien dit", "Hindringer"},
    "huset-pa-asen": {"Visjonen", "Ideen foldet ut", "Aktørene", "Ressursene", "Begrensninger"},
    "livets-tre": {"Kronen: ideer og muligheter", "Røttene: verdier og grunnlag"},
    "veien-videre": {"Her er vi", "Hit vil vi", "Neste skritt"},
    "oppropet": {"Oppropet", "Dette ber vi om", "Til hvem"},
}


def test_the_six_templates_of_2013_load_with_their_zones() -> None:
    library = load_templates()
    assert library.problems == []
    assert list(library.templates) == list(SIX)
    for key, names in SIX.items():
        template = library.get(key)
        assert template is not None
        assert names <= {z.name.nb for z in template.zones}
        assert all(z.name.en for z in template.zones), "every zone is named in English too"
        assert template.shapes, "a template is drawn, not just zones"
        for zone in template.zones:
            box = zone.region.bounds
            assert box.x >= 0 and box.right <= template.width
            assert box.y >= 0 and box.bottom <= template.height


def _copy_with(tmp_path: Path, name: str, content: str) -> Path:
    folder = tmp_path / "boards"
    folder.mkdir(exist_ok=True)
    (folder / name).write_text(content, encoding="utf-8")
    return folder


def _toppen() -> dict:
    return json.loads(bundled_dir().joinpath("toppen-av-fjellet.json").read_text("utf-8"))


def test_a_malformed_file_is_named_and_the_others_still_load(tmp_path: Path) -> None:
    broken = _toppen()
    broken["key"] = "egen-mal"
    del broken["zones"][1]["region"]
    folder = _copy_with(tmp_path, "egen-mal.json", json.dumps(broken))
    _copy_with(tmp_path, "halv.json", '{"format": 1, "key": "halv", ')
    library = load_templates([folder])
    assert len(library.templates) == 6
    texts = sorted(p.text("nb") for p in library.problems)
    assert texts == [
        "Tavlemalen «egen-mal.json»: feltet «zones[1].region» mangler eller har feil verdi. "
        "De andre malene kan brukes.",
        "Tavlemalen «halv.json» er ikke gyldig JSON (linje 1, kolonne 30). "
        "De andre malene kan brukes.",
    ]
    assert any("“halv.json” is not valid JSON" in p.text("en") for p in library.problems)


def test_an_organisers_own_template_loads_after_the_bundled_ones(tmp_path: Path) -> None:
    own = _toppen()
    own.update(key="vaar-mal", name={"nb": "Vår mal", "en": "Our template"}, order=999)
    library = load_templates([_copy_with(tmp_path, "vaar.json", json.dumps(own))])
    assert list(library.templates)[-1] == "vaar-mal"


def test_a_duplicate_key_is_refused_by_name(tmp_path: Path) -> None:
    folder = tmp_path / "boards"
    folder.mkdir()
    shutil.copy(Path(str(bundled_dir().joinpath("gap-analyse.json"))), folder / "kopi.json")
    library = load_templates([folder])
    assert len(library.templates) == 6
    [problem] = library.problems
    assert problem.key == "board.template_duplicate"
    assert "kopi.json" in problem.text("en") and "gap-analyse" in problem.text("en")


@pytest.mark.parametrize(
    ("change", "where"),
    [
        (lambda t: t.update(size=[0, 10]), "size"),
        (lambda t: t["zones"][0].update(key="Visjonen!"), "zones[0].key"),
        (lambda t: t["zones"][2].update(colour="red"), "zones[2].colour"),
        (lambda t: t["zones"][0].update(note_colour="gold"), "zones[0].note_colour"),
        (lambda t: t["shapes"][0].update(type="star"), "shapes[0].type"),
        (lambda t: t["shapes"][0].update(rect=[1, 2, "x", 4]), "shapes[0].rect"),
        (lambda t: t.update(zones=[]), "zones"),
        (lambda t: t.update(format="1"), "format"),
    ],
)
def test_each_kind_of_bad_field_is_named(change, where: str) -> None:  # type: ignore[no-untyped-def]
    data = _toppen()
    change(data)
    with pytest.raises(UserError) as caught:
        parse_template(data, "x.json")
    assert caught.value.params == {"file": "x.json", "where": where}


def test_a_newer_format_and_a_repeated_zone_get_their_own_message() -> None:
    data = _toppen()
    data["format"] = 7
    with pytest.raises(UserError, match="format version 7, which needs a newer ArenaDesk"):
        parse_template(data, "ny.json")
    data = _toppen()
    data["zones"].append(data["zones"][0])
    with pytest.raises(UserError) as caught:
        parse_template(data, "dobbel.json")
    assert caught.value.text("nb") == "Tavlemalen «dobbel.json» har feltet «visjonen» to ganger."


def test_paths_take_the_svg_subset_and_refuse_the_rest() -> None:
    path = parse_path("M 0 0 L 10 0 Q 20 0 20 10 C 20 20 10 20 0 20 Z")
    assert [c[0] for c in path] == ["M", "L", "C", "C", "Z"]
    assert path[2][-2:] == (20.0, 10.0)
    for bad in ("L 1 2", "M 0 0 l 1 1", "M 0 0 A 1 1 0 0 1 2 2", "M 1"):
        with pytest.raises(ValueError):
            parse_path(bad)
