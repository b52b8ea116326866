"""Photos added to a file print where they belong: a group's under *Bilder*, a board's
beside it, upright when the camera said so in EXIF; in the group report (PDF, Word), on
the group's page of the arena report, and with a conversation's working report in the
proceedings."""

from __future__ import annotations

import io
import re
from pathlib import Path

import docx
import pypdf
from PIL import Image

from arenadesk.reports.arena_pdf import build_arena_pdf
from arenadesk.reports.group_docx import build_group_docx
from arenadesk.reports.group_pdf import build_group_pdf
from arenadesk.reports.proceedings_docx import build_proceedings_docx
from arenadesk.reports.proceedings_pdf import build_proceedings_pdf
from arenadesk.services import photos as photo_service
from arenadesk.store import boards as board_store
from arenadesk.store.arena_report import assemble_arena_report
from arenadesk.store.arenas import require_arena_id
from arenadesk.store.db.database import Database
from arenadesk.store.groups import find_group_by_code
from arenadesk.store.proceedings import assemble_proceedings
from arenadesk.store.reports import assemble_group_report
from tests.reports.open_space_samples import build_open_space_arena
from tests.reports.photo_samples import LANDSCAPE, poster_bytes
from tests.reports.test_photos_in_reports import placed_images


def sideways_phone_photo() -> bytes:
    """A landscape-stored JPEG whose EXIF says: turn me a quarter (a phone held upright)."""
    image = Image.open(io.BytesIO(poster_bytes(LANDSCAPE)))
    exif = Image.Exif()
    exif[0x0112] = 6  # Orientation: rotate 90° clockwise to view
    out = io.BytesIO()
    image.save(out, "JPEG", quality=85, exif=exif.tobytes())
    return out.getvalue()


def flat(reader: pypdf.PdfReader) -> str:
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in reader.pages))


def test_group_and_board_photos_print_upright_in_pdf_and_word(
    demo_db: Database, tmp_path: Path
) -> None:
    arena_id = require_arena_id(demo_db)
    group = find_group_by_code(demo_db, arena_id, "1A")
    assert group is not None
    board = board_store.list_boards(demo_db, group.id)[0]
    photo_service.add_photos(
        demo_db, [sideways_phone_photo()], group_id=group.id, caption="Plakaten", names=["a.jpg"]
    )
    photo_service.add_photos(
        demo_db, [poster_bytes((1200, 900))], board_id=board.id, caption="Arket på veggen"
    )
    report = assemble_group_report(demo_db, group.id)
    assert [p.caption for p in report.photos] == ["Plakaten"]
    assert report.photos[0].height > report.photos[0].width  # upright
    assert [p.caption for p in report.boards[0].photos] == ["Arket på veggen"]
    pdf = tmp_path / "1A.pdf"
    build_group_pdf(report, pdf)
    reader = pypdf.PdfReader(pdf)
    placed = placed_images(reader)
    assert len(placed) == 2
    upright = [(w, h) for _p, _x, _y, w, h in placed if h > w]
    assert len(upright) == 1
    text = flat(reader)
    assert "Foto av tavla: Arket på veggen" in text and "Bilde 1: Plakaten" in text
    assert text.index("Arket på veggen") < text.index("Bilder") < text.index("Plakaten")
    word = tmp_path / "1A.docx"
    build_group_docx(report, word)
    shapes = list(docx.Document(str(word)).inline_shapes)
    assert len(shapes) == 2 and shapes[1].height > shapes[1].width

    arena = assemble_arena_report(demo_db, arena_id)
    first = next(r for r in arena.reports if r.code == "1A")
    assert [p.caption for p in first.photos] == ["Plakaten"]
    assert [p.caption for p in first.boards[0].photos] == ["Arket på veggen"]
    out = tmp_path / "arena.pdf"
    build_arena_pdf(arena, out)
    assert len(placed_images(pypdf.PdfReader(out))) == 2  # once each, on the group's page


def test_a_conversations_sheet_prints_with_its_working_report(db: Database, tmp_path: Path) -> None:
    build_open_space_arena(db, conversations=4)
    arena_id = require_arena_id(db)
    rows = assemble_proceedings(db, arena_id).conversations
    documented = next(row for row in rows if row.conversation_id is not None)
    assert documented.conversation_id is not None
    photo_service.add_photos(
        db,
        [poster_bytes((1600, 1200))],
        conversation_id=documented.conversation_id,
        caption="Innspillsarket",
    )
    proceedings = assemble_proceedings(db, arena_id)
    pdf = tmp_path / "innspill.pdf"
    build_proceedings_pdf(proceedings, pdf)
    reader = pypdf.PdfReader(pdf)
    assert len(placed_images(reader)) == 1
    assert "Bilde 1: Innspillsarket" in flat(reader)
    word = tmp_path / "innspill.docx"
    build_proceedings_docx(proceedings, word)
    assert len(docx.Document(str(word)).inline_shapes) == 1
