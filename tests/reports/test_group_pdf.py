"""The standard report as PDF, read back with pypdf: sections, names, letters, page numbers."""

from __future__ import annotations

import io
import re
from pathlib import Path
from typing import Any

import pypdf
import pytest

from arenadesk.domain.report import STRENGTH_REASONS, ActionItem, GroupReport, SelfEvaluation
from arenadesk.reports import group_text as t
from arenadesk.reports.group_pdf import build_group_pdf
from tests.reports.samples import LONG_NOTE, LONG_WORD, THREE_PAGES, long_report, realistic_report

REQUIRED = [
    t.H_PARTICIPANTS,
    t.H_PROBLEM,
    t.H_RESULT,
    t.H_CONCRETISATION,
    t.H_NEXT_STEPS,
    t.H_COMMENTS,
    t.H_SELF_EVALUATION,
    t.H_RESULTS_ACHIEVED,
    t.H_STRENGTH,
    t.H_TIPS,
]


def build(report: GroupReport, tmp_path: Path) -> pypdf.PdfReader:
    path = tmp_path / "rapport.pdf"
    build_group_pdf(report, path)
    return pypdf.PdfReader(path)


def page_texts(reader: pypdf.PdfReader) -> list[str]:
    return [page.extract_text() or "" for page in reader.pages]


def flat(text: str) -> str:
    """Extracted text with line breaks as spaces (wrapped lines join up again)."""
    return re.sub(r"\s+", " ", text)


def assert_in_order(text: str, needles: list[str]) -> None:
    position = 0
    for needle in needles:
        found = text.find(needle, position)
        assert found >= 0, f"{needle!r} missing or out of order"
        position = found + len(needle)


def test_every_section_prints_in_the_2015_order(tmp_path: Path) -> None:
    report = realistic_report()
    report.web_use = "Vi ønsker et felles dokumentområde for gruppa på nettplassen."
    text = flat("\n".join(page_texts(build(report, tmp_path))))
    assert_in_order(
        text,
        [
            "1C Helhetlig oppfølging av innvandrere og flyktninger med helseutfordringer",
            t.H_PARTICIPANTS,
            t.H_PROBLEM,
            t.H_RESULT,
            t.H_CONCRETISATION,
            t.H_NEXT_STEPS,
            t.H_WEB_USE,
            "felles dokumentområde",
            t.H_COMMENTS,
            t.H_BOARDS,
            "Toppen av fjellet – felles mål for to dager",
            "Gap-analyse: norskopplæring i arbeidslivet",
            t.H_SELF_EVALUATION,
            t.H_RESULTS_ACHIEVED,
            t.H_STRENGTH,
            t.H_TIPS,
        ],
    )
    assert t.EMPTY not in text


def test_names_roles_days_actions_and_sami_letters(tmp_path: Path) -> None:
    report = realistic_report()
    text = flat("\n".join(page_texts(build(report, tmp_path))))
    for person in report.participants:
        assert person.name in text and person.organisation in text
    assert "Áilu Čoarvi (fasilitator)" in text
    assert "Biret Ánne Ŋuolja (eier)" in text
    assert "(ressursperson)" in text
    assert "Dag 1 og 2" in text and "Dag 1 " in text and "Dag 2 " in text
    for letters in (
        "næringslivet",
        "Økt forståelse",
        "Åpen arena",
        "Máret Šiŋŋá Žáŧŧe",
        "Ráđđeaddi",
        "Sámi giella ja bargu – Áilu",
        "Biret Ánne Ŋuolja",
    ):
        assert letters in text
    for item in report.action_items:
        assert item.what in text and item.who in text and item.when in text
    assert "Neste møte: 22. april 2027 kl. 10–12, NAV Sápmi, Karasjok" in text
    assert "Innkalles av: Biret Ánne Ŋuolja" in text
    for board in report.boards:  # the zone table lists every note, zone by zone
        for note in board.notes:
            assert note.text in text  # type: ignore[attr-defined]


def test_page_x_of_y_on_every_page_and_the_header(tmp_path: Path) -> None:
    pages = page_texts(build(realistic_report(), tmp_path))
    total = len(pages)
    assert total >= 3
    for number, text in enumerate(pages, start=1):
        assert f"side {number} av {total}" in text
        assert "Åpen arena for arbeid og helse 2027 · 9.–10. mars 2027" in text
        assert "1C" in text


def test_metadata_language_and_embedded_fonts(tmp_path: Path) -> None:
    reader = build(realistic_report(), tmp_path)
    meta = reader.metadata
    assert meta is not None
    assert meta.title == (
        "1C Helhetlig oppfølging av innvandrere og flyktninger med helseutfordringer"
        " – standardrapport"
    )
    assert meta.author == "Nasjonalt kompetansesenter for arbeidsrettet rehabilitering"
    assert meta.subject == "Standardrapport fra Åpen arena for arbeid og helse 2027"
    assert meta.creator == "ArenaDesk"
    root: Any = reader.trailer["/Root"]
    assert root["/Lang"] == "nb"
    fonts = set()
    for page in reader.pages:
        resources: Any = page["/Resources"]
        for font in resources["/Font"].values():
            font = font.get_object()
            fonts.add(str(font["/BaseFont"]))
            descriptor = font.get("/FontDescriptor") or font["/DescendantFonts"][0]
            assert "/FontFile2" in descriptor.get_object(), "every font is embedded"
    assert fonts and all("DejaVuSans" in name for name in fonts)


def test_author_falls_back_to_arenadesk_and_streams_work(tmp_path: Path) -> None:
    report = realistic_report()
    report.organiser = ""
    stream = io.BytesIO()
    build_group_pdf(report, stream)
    meta = pypdf.PdfReader(io.BytesIO(stream.getvalue())).metadata
    assert meta is not None and meta.author == "ArenaDesk"


def test_the_optional_section_is_absent_when_empty(tmp_path: Path) -> None:
    report = realistic_report()
    report.web_use = "  \n"
    assert t.H_WEB_USE not in "\n".join(page_texts(build(report, tmp_path)))


def test_an_empty_report_prints_no_empty_sections(tmp_path: Path) -> None:
    report = GroupReport("Åpen arena 2027", "9.–10. mars 2027", "2B", "Ny gruppe")
    pages = page_texts(build(report, tmp_path))
    text = flat("\n".join(pages))
    assert "2B Ny gruppe" in text and len(pages) == 1
    for heading in (*REQUIRED, t.H_WEB_USE, t.H_BOARDS):
        assert heading not in text
    assert t.EMPTY not in text and t.NOT_RATED not in text and t.UNTICKED not in text
    assert pages[-1].strip().endswith("side 1 av 1")


def test_a_self_evaluation_prints_only_what_the_group_gave(tmp_path: Path) -> None:
    report = GroupReport("Arena", "", "3A", "Tittel")
    report.self_evaluation = SelfEvaluation(tips="Mer tid til økt 4.")
    text = flat("\n".join(page_texts(build(report, tmp_path))))
    assert_in_order(text, [t.H_SELF_EVALUATION, t.H_TIPS, "Mer tid til økt 4."])
    for absent in (t.H_RESULTS_ACHIEVED, t.H_STRENGTH, t.NOT_RATED, t.UNTICKED, t.TICKED):
        assert absent not in text
    report.self_evaluation = SelfEvaluation(strength=4)
    text = flat("\n".join(page_texts(build(report, tmp_path))))
    assert "Gruppas vurdering: Stor (4 av 5)" in text and t.UNTICKED not in text


def test_next_meeting_alone_fills_the_next_steps_section(tmp_path: Path) -> None:
    report = GroupReport("Arena", "", "3A", "Tittel", next_meeting="1. juni")
    text = flat("\n".join(page_texts(build(report, tmp_path))))
    section = text[text.index(t.H_NEXT_STEPS) :]
    assert "Neste møte: 1. juni" in section and t.EMPTY not in section


def test_self_evaluation_ticks_the_chosen_reasons(tmp_path: Path) -> None:
    text = flat("\n".join(page_texts(build(realistic_report(), tmp_path))))
    assert "Gruppas vurdering: Stor (4 av 5)" in text
    ticked = {"right_people", "realistic_plans", "ownership"}
    for key, reason in STRENGTH_REASONS.items():
        mark = t.TICKED if key in ticked else t.UNTICKED
        assert f"{mark} {reason}" in text
    assert "har sittet rundt bordet begge dagene" in text


def test_markup_characters_print_literally(tmp_path: Path) -> None:
    nasty = 'A <b>fet</b> & <i>kursiv</i> "sitat" <br/> &amp; <font size=40>x</font>'
    report = realistic_report()
    report.title = nasty
    report.problem = nasty + "\n\n- " + nasty
    report.action_items = [ActionItem(nasty, "Per & Pål <x>", "<når>")]
    report.self_evaluation = SelfEvaluation(tips="Kontrolltegn\x00\x07 fjernes\x1b")
    board = report.boards[0]
    note = board.notes[0]
    board_notes = (type(note)(**{**note.__dict__, "text": nasty}), *board.notes[1:])
    report.boards = [type(board)(board.title, board.template, board_notes)]
    reader = build(report, tmp_path)
    text = flat("\n".join(page_texts(reader)))
    assert text.count(nasty) >= 5  # title, problem twice, action, board table
    assert "Per & Pål <x>" in text and "<når>" in text
    assert "Kontrolltegn fjernes" in text
    assert reader.metadata is not None and nasty in str(reader.metadata.title)


def test_a_very_long_report_paginates_and_repeats_table_headers(tmp_path: Path) -> None:
    report = long_report()
    pages = page_texts(build(report, tmp_path))
    text = flat("\n".join(pages))
    assert len(pages) > 20
    assert_in_order(text, [t.H_PARTICIPANTS, t.H_NEXT_STEPS, t.H_BOARDS, t.H_SELF_EVALUATION])
    for person in report.participants:
        assert person.name in text
    for item in report.action_items[:-1]:
        assert item.what in text
    assert "Avsnitt 30:" in text  # the three pages of text, in a section and in a cell
    assert text.count("Avsnitt 30:") == 2
    for board in report.boards:
        assert board.title in text
    # The participant table goes over a page: its header row comes again there.
    participant_pages = [p for p in pages if "Ávjovárgeaidnu" in p]
    assert len(participant_pages) >= 2
    assert all("Navn" in p and "Stilling/rolle" in p for p in participant_pages)
    action_pages = [p for p in pages if "Avsnitt" in p and "Hvem har ansvar" in p]
    assert len(action_pages) >= 2  # the huge cell split across pages, header repeated
    # The 10 000-character word and note are broken over lines and pages, never lost
    # (the page header and footer come between their pieces).
    squeezed = re.sub(r"\s+", "", "".join(pages))
    assert squeezed.count("abcdefghij") >= 2 * len(LONG_WORD) // 10  # text and a board
    assert all(word in squeezed for word in LONG_NOTE.split()[:-1])
    assert f"side {len(pages)} av {len(pages)}" in pages[-1]


def test_three_pages_in_one_section_alone(tmp_path: Path) -> None:
    report = GroupReport("Arena", "1. mars", "4F", "Lang tekst", comments=THREE_PAGES)
    pages = page_texts(build(report, tmp_path))
    assert len(pages) >= 3
    assert "Avsnitt 1:" in pages[0] and "Avsnitt 30:" in "".join(pages[2:])


@pytest.mark.parametrize("title", ["x" * 10_000, "Tittel " * 2_000])
def test_a_huge_title_fits_header_footer_and_title_block(tmp_path: Path, title: str) -> None:
    report = GroupReport("Arena", "1. mars", "4F", title)
    report.self_evaluation = SelfEvaluation(tips="Takk for arenaen.")
    pages = page_texts(build(report, tmp_path))
    assert "…" in pages[0]  # the footer shortened it
    assert t.H_SELF_EVALUATION in "".join(pages)
