"""Free text as facilitators write it: the Markdown subset and what it reads from paste."""

from __future__ import annotations

import pytest

from arenadesk.domain.richtext import (
    BulletList,
    Heading,
    ListItem,
    NumberedList,
    Paragraph,
    is_blank,
    parse,
    plain_lines,
)
from arenadesk.domain.richtext_input import escape_legacy, next_prefix, normalise


def test_plain_text_keeps_its_lines_and_paragraphs() -> None:
    text = "Første linje\nandre linje\n\nNytt avsnitt."
    assert parse(text) == (
        Paragraph(("Første linje", "andre linje")),
        Paragraph(("Nytt avsnitt.",)),
    )


@pytest.mark.parametrize("mark", ["- ", "• ", "* ", "– ", "\uf0b7 ", "\uf0b7\t", "·", "● ", "+ "])
def test_typed_and_pasted_bullets_become_a_list(mark: str) -> None:
    blocks = parse(f"Disse er som følger:\n{mark}Norsk\n{mark}Kartlegging\n{mark}Samhandling.")
    assert blocks[0] == Paragraph(("Disse er som følger:",))
    assert blocks[1] == BulletList(
        (ListItem(("Norsk",)), ListItem(("Kartlegging",)), ListItem(("Samhandling.",)))
    )


@pytest.mark.parametrize("mark", ["1. ", "1) "])
def test_numbered_lines_become_a_numbered_list(mark: str) -> None:
    second = mark.replace("1", "2")
    blocks = parse(f"{mark}Felles kartlegging\n{second}Samvalg: brukeren velger")
    assert blocks == (
        NumberedList(
            1, (ListItem(("Felles kartlegging",)), ListItem(("Samvalg: brukeren velger",)))
        ),
    )


def test_the_groups_numbering_is_kept_across_paragraphs() -> None:
    text = (
        "1. Snakke med arbeidsgiver:\n- Tilby verktøyet\n- Kan tilby samtale\n"
        "2. Konsekvenser for ARR\n\nKontakt med arbeidsgivere FØR og ETTER opphold.\n\n"
        "3. Ideer og innspill\n- Lage film"
    )
    blocks = parse(text)
    first, paragraph, third = blocks
    assert isinstance(first, NumberedList) and first.start == 1
    assert first.items[0].sublist == BulletList(
        (ListItem(("Tilby verktøyet",)), ListItem(("Kan tilby samtale",)))
    )
    assert first.items[1].lines == ("Konsekvenser for ARR",)
    assert paragraph == Paragraph(("Kontakt med arbeidsgivere FØR og ETTER opphold.",))
    assert isinstance(third, NumberedList) and third.start == 3
    assert plain_lines(text)[-2:] == ["3. Ideer og innspill", "  – Lage film"]


def test_word_second_level_and_indented_items_nest_one_level() -> None:
    text = "\uf0b7 Tiltak\no Første\n\to Andre\n\uf0b7 Neste\n    - dypt\n        - dypere"
    (block,) = parse(text)
    assert isinstance(block, BulletList)
    assert block.items[0].sublist == BulletList((ListItem(("Første",)), ListItem(("Andre",))))
    assert block.items[1].sublist is not None
    assert [i.lines for i in block.items[1].sublist.items] == [("dypt",), ("dypere",)]


def test_dates_years_and_dashes_stay_text() -> None:
    text = "17. mai feirer vi.\n2020.\n-5 grader\n- \n#emneknagg"
    assert plain_lines(text) == ["17. mai feirer vi.", "2020.", "-5 grader", "-", "#emneknagg"]
    assert plain_lines("- 17. mai") == ["• 17. mai"]


def test_short_lines_on_their_own_are_sub_headings() -> None:
    text = (
        "AiR\n- tiltak en\n- tiltak to\n\n"
        "ARR Pol\nTekst om poliklinikken.\n\n### Oppsummering\nSlutt."
    )
    blocks = parse(text)
    assert blocks[0] == Heading("AiR")
    assert blocks[2] == Paragraph(("ARR Pol", "Tekst om poliklinikken."))
    assert blocks[3] == Heading("Oppsummering")
    # A sentence, a lead-in or the text's last line is not a heading.
    assert parse("Kort.\n\nMer tekst")[0] == Paragraph(("Kort.",))
    assert parse("Disse er:\n\n- a")[0] == Paragraph(("Disse er:",))
    assert parse("Bare én linje") == (Paragraph(("Bare én linje",)),)


def test_private_use_characters_never_print_as_boxes() -> None:
    lines = plain_lines("\uf0b7 punkt\nTekst med \uf0b7 midt i og \ue123 ukjent")
    assert lines == ["• punkt", "Tekst med • midt i og • ukjent"]
    assert "\uf0b7" not in normalise("\uf0b7 a\n\uf0a7 b")


def test_markup_and_html_print_as_typed() -> None:
    text = "<b>fet</b> *stjerne* _under_ `kode` [lenke](http://x) ![bilde](y.png) &amp;"
    assert plain_lines(text) == [text]
    assert plain_lines("> sitat\n---\n=====") == ["> sitat", "---", "====="]


def test_legacy_texts_read_as_they_did() -> None:
    legacy = "# 1 prioritet\nC:\\mapper\\fil og a\\*b\n## to"
    assert plain_lines(escape_legacy(legacy)) == [
        "# 1 prioritet",
        "C:\\mapper\\fil og a\\*b",
        "## to",
    ]
    # Text written before that needs nothing escaped is unchanged.
    plain = "- punkt\n1. nummer\nVanlig tekst"
    assert escape_legacy(plain) == plain


def test_blank_and_whitespace() -> None:
    assert is_blank("") and is_blank("  \n\n \t")
    assert parse("\r\nA\r\nB\r\n") == (Paragraph(("A", "B")),)


def test_enter_continues_the_list() -> None:
    assert next_prefix("- tiltak") == "- "
    assert next_prefix("  • under") == "  • "
    assert next_prefix("3) steg") == "4) "
    assert next_prefix("9. steg") == "10. "
    assert next_prefix("- ") == ""  # an empty item ends the list
    assert next_prefix("vanlig tekst") is None


def test_huge_text_parses() -> None:
    text = "\n".join(f"- punkt {n}" for n in range(3000))
    (block,) = parse(text)
    assert isinstance(block, BulletList) and len(block.items) == 3000
