"""Bad values: very long texts, emoji and right-to-left text, control characters, dates
out of range, duplicate codes, empty required fields. Each is refused with a message or
laid out gracefully; no crash, and every PDF and DOCX reads back."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import uuid

import docx
import pypdf
import pytest

from arenadesk.domain.report import ActionItem, GroupReport, SelfEvaluation
from arenadesk.i18n.messages import ValidationError
from arenadesk.reports.group_docx import build_group_docx
from arenadesk.reports.group_pdf import build_group_pdf
from arenadesk.store.arenas import create_arena, require_arena_id, update_arena
from arenadesk.store.boards import list_boards
from arenadesk.store.db.database import Database
from arenadesk.store.groups import GroupDraft, create_group, find_group_by_code
from arenadesk.store.notes import NOTE_LIMIT, NoteDraft, add_note, update_note
from arenadesk.store.people import PersonDraft, create_person, list_people
from arenadesk.store.reports import add_action_item, assemble_group_report, save_text
from arenadesk.store.validate import clean_text
from tests.reports.samples import realistic_report

RTL = "שלום עולם ومرحبا بالعالم"
EMOJI = "Vi klarte det 🎉👩‍👩‍👧 🇳🇴"
LONG_WORD = "Arbeidsinkluderingssamarbeidsavtale" * 290  # 10 150 characters, no space
LONG_TEXT = ("Lang tekst med mange ord og æøå. " * 310)[:10_000]


def refused(key: str, call: object, *args: object, **kwargs: object) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        call(*args, **kwargs)  # type: ignore[operator]
    error = caught.value
    assert error.key == key
    for language in ("nb", "en"):
        assert error.text(language) and "\n" not in error.text(language)
    return error


def group_1a(db: Database) -> uuid.UUID:
    group = find_group_by_code(db, require_arena_id(db), "1A")
    assert group is not None
    return group.id


@pytest.mark.parametrize(
    "bad",
    ["nul\x00byte", "bell\x07", "escape\x1b[31m", "c1\x9b", "lone surrogate \ud800"],
    ids=["nul", "bell", "ansi", "c1", "surrogate"],
)
def test_control_characters_are_refused_everywhere(demo_db: Database, bad: str) -> None:
    arena = require_arena_id(demo_db)
    refused("value.control_chars", create_person, demo_db, arena, PersonDraft(bad))
    refused("value.control_chars", save_text, demo_db, group_1a(demo_db), "problem", bad)
    board = list_boards(demo_db, group_1a(demo_db))[0]
    refused(
        "value.control_chars", add_note, demo_db, board.id, NoteDraft("ideer", bad, 0, 0, 150, 90)
    )
    refused("value.control_chars", add_action_item, demo_db, group_1a(demo_db), ActionItem(bad))


def test_tabs_and_newlines_stay_in_long_texts() -> None:
    assert clean_text("a\tb\nc", "report_text", multiline=True) == "a\tb\nc"


def test_ten_thousand_characters(demo_db: Database) -> None:
    board = list_boards(demo_db, group_1a(demo_db))[0]
    error = refused(
        "value.too_long", add_note, demo_db, board.id, NoteDraft("ideer", LONG_TEXT, 0, 0, 150, 90)
    )
    assert error.params["limit"] == NOTE_LIMIT
    save_text(demo_db, group_1a(demo_db), "problem", LONG_TEXT)  # a report section may be long
    save_text(demo_db, group_1a(demo_db), "result", LONG_WORD)
    arena = require_arena_id(demo_db)
    refused("value.too_long", create_person, demo_db, arena, PersonDraft("N" * 10_000))


def test_emoji_and_right_to_left_text_are_kept_as_typed(demo_db: Database) -> None:
    arena = require_arena_id(demo_db)
    create_person(demo_db, arena, PersonDraft(f"{RTL} 🙂", "Rådgiver", EMOJI))
    names = {p.name for p in list_people(demo_db, arena)}
    assert f"{RTL} 🙂" in names


def test_dates_out_of_range_are_refused(db: Database) -> None:
    for day in (dt.date(1, 1, 1), dt.date(1999, 12, 31), dt.date(9999, 12, 31)):
        with pytest.raises(ValidationError) as caught:
            create_arena(db, "Arena", days=[day])
        assert caught.value.text("nb")
    arena = create_arena(db, "Arena", days=[dt.date(2027, 3, 9)])
    with pytest.raises(ValidationError):
        update_arena(db, arena, name="")


def test_duplicate_codes_and_empty_required_fields(demo_db: Database) -> None:
    arena = require_arena_id(demo_db)
    refused("group.code_taken", create_group, demo_db, arena, GroupDraft("1A", "Igjen"))
    refused("group.code_taken", create_group, demo_db, arena, GroupDraft(" 1a ", "Igjen"))
    refused("value.required", create_person, demo_db, arena, PersonDraft("   \n\t "))
    board = list_boards(demo_db, group_1a(demo_db))[0]
    refused("value.required", add_note, demo_db, board.id, NoteDraft("ideer", "  ", 0, 0, 150, 90))
    note = add_note(demo_db, board.id, NoteDraft("ideer", "Gyldig", 0, 0, 150, 90))
    refused("value.required", update_note, demo_db, note.id, text="")
    refused("value.required", add_action_item, demo_db, group_1a(demo_db), ActionItem(""))


def bad_value_report(demo_db: Database) -> GroupReport:
    """The demo group's report with every kind of awkward value that passes validation."""
    group = group_1a(demo_db)
    save_text(demo_db, group, "problem", LONG_TEXT)
    save_text(demo_db, group, "result", f"{LONG_WORD}\n\n- {RTL}\n- {EMOJI}")
    save_text(demo_db, group, "comments", "<b>ikke markup</b> & <script>alert(1)</script> &amp;")
    add_action_item(demo_db, group, ActionItem(LONG_WORD[:5000], RTL, EMOJI))
    board = list_boards(demo_db, group)[0]
    add_note(demo_db, board.id, NoteDraft("ideer", LONG_WORD[:NOTE_LIMIT], 0, 0, 150, 90))
    add_note(demo_db, board.id, NoteDraft("ideer", f"{RTL} {EMOJI}", 0, 0, 150, 90))
    create_person(demo_db, require_arena_id(demo_db), PersonDraft(RTL, EMOJI, LONG_WORD[:200]))
    return assemble_group_report(demo_db, group)


def test_group_pdf_with_bad_values_reads_back(demo_db: Database) -> None:
    report = bad_value_report(demo_db)
    out = io.BytesIO()
    build_group_pdf(report, out)
    reader = pypdf.PdfReader(io.BytesIO(out.getvalue()))
    text = "".join(page.extract_text() for page in reader.pages)
    assert len(reader.pages) >= 3
    assert "ikke markup" in text and "<script>" in text  # shown as typed, not as markup
    assert "Lang tekst med mange ord" in text


def test_group_docx_with_bad_values_reads_back(demo_db: Database) -> None:
    report = bad_value_report(demo_db)
    out = io.BytesIO()
    build_group_docx(report, out)
    document = docx.Document(io.BytesIO(out.getvalue()))
    text = "\n".join(p.text for p in document.paragraphs)
    cells = "\n".join(c.text for t in document.tables for r in t.rows for c in r.cells)
    assert LONG_TEXT[:200] in text and "<script>alert(1)</script>" in text
    assert RTL in text + cells and EMOJI in text + cells


def test_values_the_store_never_makes_still_do_not_break_the_builders() -> None:
    """A report assembled from a file another version or a merge wrote: control characters,
    empty sections. (A lone surrogate cannot come out of SQLite: it is not UTF-8.)"""
    base = realistic_report()
    strange = dataclasses.replace(
        base,
        title="Tittel\x07 med\x00kontroll\x9btegn",
        problem="\x0b\x0c\x1b[31m rød \x7f",
        result="",
        action_items=[ActionItem("\x00", "\x01", "\x02")],
        self_evaluation=SelfEvaluation(results="\x1b[0m", strength=5),
    )
    pdf = io.BytesIO()
    build_group_pdf(strange, pdf)
    reader = pypdf.PdfReader(io.BytesIO(pdf.getvalue()))
    assert "rød" in "".join(p.extract_text() for p in reader.pages)
    word = io.BytesIO()
    build_group_docx(strange, word)
    assert docx.Document(io.BytesIO(word.getvalue())).paragraphs
