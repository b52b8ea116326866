"""Text keeps its shape: what groups write (lists, numbers, sub-headings, Word's bullets)
comes out line by line in the PDF and the Word file, in the arena's template."""

from __future__ import annotations

import re
from pathlib import Path

import docx
import pypdf

from arenadesk.domain.report import ActionItem, GroupReport, ParticipantLine, SelfEvaluation
from arenadesk.domain.report_template import PRESETS, TemplateSection
from arenadesk.domain.vocabulary import Perspective, Role
from arenadesk.reports import group_text as t
from arenadesk.reports.group_docx import build_group_docx
from arenadesk.reports.group_pdf import build_group_pdf
from arenadesk.store.db.database import Database

# As the 2015 and 2017 groups wrote it: a lead-in, Word's Symbol bullets, a numbered list
# with sub-items and the group's own numbering, and short sub-headings.
RESULT = """Økt yrkesdeltagelse handler både om
\uf0b7 at færre havner utenfor arbeidslivet
\uf0b7 at vi har gode og målrettede tiltak for de som er utenfor

AiR
1. Felles kartlegging av brukerens ressurser
2. Samvalg: brukeren velger tiltak sammen med veilederen
   - med arbeidsgiver til stede
   - skriftlig avtale

ARR Pol
Poliklinikken skal ha arbeid som mål.
Hver pasient får en plan.

3. Ideer og innspill"""
RESULT_LINES = [
    "Økt yrkesdeltagelse handler både om",
    "• at færre havner utenfor arbeidslivet",
    "• at vi har gode og målrettede tiltak for de som er utenfor",
    "AiR",
    "1. Felles kartlegging av brukerens ressurser",
    "2. Samvalg: brukeren velger tiltak sammen med veilederen",
    "– med arbeidsgiver til stede",
    "– skriftlig avtale",
    "ARR Pol",
    "Poliklinikken skal ha arbeid som mål.",
    "Hver pasient får en plan.",
    "3. Ideer og innspill",
]
NINE = "\n".join(f"- Tiltak nummer {n} i lista" for n in range(1, 10))


def _report() -> GroupReport:
    report = GroupReport("Åpen arena 2015", "5.–6. mars 2015", "4A-1 & 2", "Økt yrkesdeltagelse")
    report.result = RESULT
    report.problem = NINE
    report.participants = [
        ParticipantLine(
            "Kari Nordmann", "karriereveileder", "NAV", Role.PARTICIPANT, (1,), Perspective.USER
        ),
        ParticipantLine(
            "Ola Fjell", "fagansvarlig", "Helse Sør-Øst", Role.FACILITATOR, (1, 2), Perspective.USER
        ),
    ]
    return report


def _pdf_lines(report: GroupReport, path: Path) -> list[str]:
    """The PDF's text lines; a list's bullet or number, drawn apart from its item's text,
    is joined to the line it stands on."""
    build_group_pdf(report, path)
    reader = pypdf.PdfReader(path)
    text = "\n".join(page.extract_text() or "" for page in reader.pages)
    lines: list[str] = []
    marker = ""
    for line in (" ".join(raw.split()) for raw in text.splitlines() if raw.strip()):
        if re.fullmatch(r"[•–]|\d+\.", line):
            marker = line + " "
            continue
        lines.append(marker + line)
        marker = ""
    return lines


def _squeezed(line: str) -> str:
    return line.replace(" ", "")


def test_every_line_item_and_heading_is_its_own_line_in_the_pdf(tmp_path: Path) -> None:
    lines = _pdf_lines(_report(), tmp_path / "r.pdf")
    squeezed = [_squeezed(line) for line in lines]
    for expected in RESULT_LINES:
        assert _squeezed(expected) in squeezed, expected
    for n in range(1, 10):
        assert _squeezed(f"• Tiltak nummer {n} i lista") in squeezed
    assert not any("\uf0b7" in line for line in lines)
    assert "".join(lines).count("Ikke fylt ut") == 0


def test_every_line_item_and_heading_is_its_own_paragraph_in_word(tmp_path: Path) -> None:
    path = tmp_path / "r.docx"
    build_group_docx(_report(), path)
    document = docx.Document(str(path))
    paragraphs = [(p.style.name, p.text) for p in document.paragraphs]
    expected = [
        ("Normal", "Økt yrkesdeltagelse handler både om"),
        ("List Bullet", "at færre havner utenfor arbeidslivet"),
        ("List Bullet", "at vi har gode og målrettede tiltak for de som er utenfor"),
        ("Heading 2", "AiR"),
        ("List Number", "Felles kartlegging av brukerens ressurser"),
        ("List Number", "Samvalg: brukeren velger tiltak sammen med veilederen"),
        ("List Bullet 2", "med arbeidsgiver til stede"),
        ("List Bullet 2", "skriftlig avtale"),
        ("Normal", "ARR Pol\nPoliklinikken skal ha arbeid som mål.\nHver pasient får en plan."),
    ]
    start = paragraphs.index(expected[0])
    assert paragraphs[start : start + len(expected)] == expected
    assert ("List Number", "Ideer og innspill") in paragraphs  # numbered on from 2: 3
    assert sum(1 for style, _ in paragraphs if style == "List Bullet") == 2 + 9
    assert not any("\uf0b7" in text for _, text in paragraphs)


def test_a_numbered_list_starting_later_keeps_its_number_in_word(tmp_path: Path) -> None:
    report = _report()
    report.comments = "1. Første\n\nMellom\n\n2. Andre"
    path = tmp_path / "r.docx"
    build_group_docx(report, path)
    document = docx.Document(str(path))
    numbering = document.part.numbering_part.element
    starts = [
        int(value) for value in numbering.xpath("./w:num/w:lvlOverride/w:startOverride/@w:val")
    ]
    assert 2 in starts and 1 in starts


def test_the_arenas_template_sets_headings_order_and_extras(tmp_path: Path) -> None:
    report = _report()
    report.web_use = "Dokumentdeling."
    report.self_evaluation = SelfEvaluation(tips="Mer tid.")
    key, empty_key = "extra-0123abcd", "extra-89abcdef"
    sections = (
        *PRESETS["2015"].sections,
        TemplateSection(key, "Innspill i etterkant av fokuskafé"),
        TemplateSection(empty_key, "Tom ekstra"),
    )
    report.template = PRESETS["2015"].with_sections(sections)
    report.extras = {key: "- Flere arbeidsgivere\n- Mer tid", empty_key: " \n"}
    text = " ".join(_pdf_lines(report, tmp_path / "r.pdf"))
    headings = [
        "Deltakere og aktørroller i gruppa",
        "Beskriv problemet",
        "Resultat (fra gruppas arbeid)",
        "Ønsket bruk av nettplassen arena.arbeidoghelse.no",
        "Innspill i etterkant av fokuskafé",
    ]
    positions = [text.find(h) for h in headings]
    assert all(p >= 0 for p in positions) and positions == sorted(positions)
    assert "• Flere arbeidsgivere" in text
    assert "Tom ekstra" not in text  # empty: left out
    assert t.H_SELF_EVALUATION not in text  # the 2015 layout has none
    assert t.H_CONCRETISATION not in text and t.H_COMMENTS not in text  # never written


def test_next_steps_as_groups_write_them(tmp_path: Path) -> None:
    report = _report()
    report.action_items = [
        ActionItem("Gruppen anbefaler at utfordringen videreføres til neste arena."),
        ActionItem("2. Rapporten sendes ut\nfør påske"),
    ]
    text = "\n".join(_pdf_lines(report, tmp_path / "a.pdf"))
    assert "Hvem har ansvar" not in text  # no who or when: no table of dashes
    assert "2. Rapporten sendes ut\nfør påske" in text
    report.action_items.append(ActionItem("Møte med NAV", "Kari", ""))
    text = "\n".join(_pdf_lines(report, tmp_path / "b.pdf"))
    assert "Hvem har ansvar" in text and "Kari" in text
    assert "\n–\n" not in text and not any(line == "–" for line in text.splitlines())


def test_table_columns_never_split_a_word(tmp_path: Path) -> None:
    report = _report()
    report.participants = [
        ParticipantLine(
            "Kari Nordmann",
            title,
            "Arbeids- og velferdsdirektoratet",
            Role.PARTICIPANT,
            (1, 2),
            Perspective.USER,
        )
        for title in (
            "karriereveileder",
            "fagansvarlig",
            "avdelingsdirektør",
            "kvalitetsforbedringskoordinator",  # wider than the column's share of the page
        )
    ]
    text = "\n".join(_pdf_lines(report, tmp_path / "r.pdf"))
    for word in (
        "karriereveileder",
        "fagansvarlig",
        "avdelingsdirektør",
        "kvalitetsforbedringskoordinator",
        "velferdsdirektoratet",
    ):
        assert word in text


def test_a_long_title_wraps_and_headers_are_cut_at_a_word(tmp_path: Path) -> None:
    title = " ".join(["Samhandling mellom helse og arbeid for unge"] * 5)[:200]
    report = _report()
    report.title = title
    lines = _pdf_lines(report, tmp_path / "r.pdf")
    footer = next(line for line in lines if line.endswith("…") and line.startswith("4A-1"))
    assert footer[:-1].split()[-1] in title.split()  # cut between words
    assert sum(1 for line in lines[:6] if line.split()[0] in title.split()) >= 2  # wrapped


def test_open_space_inputs_and_conversations_keep_their_shape(db: Database, tmp_path: Path) -> None:
    from arenadesk.reports.proceedings_docx import build_proceedings_docx
    from arenadesk.reports.proceedings_pdf import build_proceedings_pdf
    from arenadesk.store import conversations as conv
    from arenadesk.store.proceedings import assemble_proceedings
    from tests.reports.open_space_samples import build_open_space_arena

    sample = build_open_space_arena(db, conversations=3, people=12)
    topic_id = next(iter(sample.topics.values()))
    conv.save_field(db, topic_id, "input_text", "Tre grep:\n\uf0b7 felles mål\n\uf0b7 én kontakt")
    conv.save_field(db, topic_id, "discussion", "Samvalg\n1. kartlegge\n2. velge sammen")
    proceedings = assemble_proceedings(db, sample.arena_id)
    pdf = tmp_path / "innspill.pdf"
    build_proceedings_pdf(proceedings, pdf)
    text = "\n".join(page.extract_text() or "" for page in pypdf.PdfReader(pdf).pages)
    lines = [" ".join(line.split()) for line in text.splitlines()]
    for expected in ("felles mål", "én kontakt", "kartlegge", "velge sammen", "Tre grep:"):
        assert expected in lines, expected
    assert "\uf0b7" not in text and "1." in lines and "•" in lines
    word = tmp_path / "innspill.docx"
    build_proceedings_docx(proceedings, word)
    paragraphs = [(p.style.name, p.text) for p in docx.Document(str(word)).paragraphs]
    assert ("List Bullet", "felles mål") in paragraphs
    assert ("List Number", "velge sammen") in paragraphs
