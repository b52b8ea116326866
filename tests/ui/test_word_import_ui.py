"""Seed reports entered through the real screens: two through *Fil → Importer rapport fra
Word…* (preview, then Import), one typed into a new group and its report screen; each
then saved as PDF and Word with every list item and line of the original on its own line."""

from __future__ import annotations

import re
from pathlib import Path

from docx import Document
from pypdf import PdfReader
from PySide6.QtWidgets import QDialog

from arenadesk.importers.docx_blocks import read_docx
from arenadesk.importers.docx_report import match_label
from arenadesk.reports.saving import save_group_report
from arenadesk.store.groups import find_group_by_code
from arenadesk.store.reports import assemble_group_report, get_texts
from arenadesk.ui.arena.group_dialog import GroupDialog
from arenadesk.ui.report.word_import import WordImportDialog
from arenadesk.ui.shell.main_window import MainWindow
from tests.reports.seed_reports import seed_reports, write_report


def _lines(path: Path) -> list[str]:
    if path.suffix == ".pdf":
        raw = [
            line for page in PdfReader(str(path)).pages for line in page.extract_text().splitlines()
        ]
    else:
        document = Document(str(path))
        raw = [p.text for p in document.paragraphs]
        raw += [c.text for t in document.tables for r in t.rows for c in r.cells]
    return [" ".join(line.split()) for line in raw]


def test_two_seed_reports_through_the_word_import_dialog(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    ctx = window.ctx
    seeds = seed_reports()
    for code in ("1E - 2", "2B – 1 og 2"):
        path = tmp_path / f"{len(code)}.docx"
        write_report(code, seeds[code], path)
        dialog = WordImportDialog(ctx, path, read_docx(path), window)
        qtbot.addWidget(dialog)
        preview = dialog.preview.toPlainText()
        assert preview.startswith(f"Ny gruppe {code} ")
        assert "«Beskriv problemet» → Beskriv problemet" in preview
        dialog.accept()
        assert dialog.result() == QDialog.DialogCode.Accepted
        group = find_group_by_code(ctx.db, ctx.arena_id, code)
        assert group is not None and group.code == code
        assert window.current_screen is window.show_screen("report")
        report = assemble_group_report(ctx.db, group.id)
        pdf, word = tmp_path / "r.pdf", tmp_path / "r.docx"
        save_group_report(report, pdf)
        save_group_report(report, word)
        printed_pdf, printed_word = _lines(pdf), _lines(word)
        for line in seeds[code][2:]:
            if line.kind == "label" or match_label(line.text.split(":", 1)[0]):
                continue
            head = re.sub(r"^\d+[.)]\s+", "", line.text)[:25]
            if any(m.name in line.text for m in group.members):
                continue
            assert any(head in printed for printed in printed_word), (code, line.text)
            assert any(
                re.sub(r"^(\d+[.)]|[•–-])\s*", "", printed).startswith(head[:18])
                or head[:18] in printed
                for printed in printed_pdf
            ), (code, line.text)


def test_a_seed_report_typed_into_a_new_group_and_its_report_screen(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    ctx = window.ctx
    dialog = GroupDialog(ctx, None, window)
    qtbot.addWidget(dialog)
    dialog.code.setText("1E - 2")
    dialog.title_edit.setText(
        "Hvordan kan prosjekter på arbeid- og helse feltet innrettes for å legge til rette "
        "for forskning og evaluering av effekt av intervensjoner/tiltak?"
    )
    dialog.accept()
    group = find_group_by_code(ctx.db, ctx.arena_id, "1e-2")
    assert group is not None and group.code == "1E - 2"
    screen = window.show_screen("report")
    screen.select(group.id)
    result = (
        "Gruppas resultat består i innspill til direktoratene som svarer på deres beskrivelse "
        "av utfordring.\n\n"
        "1. Det bør opprettes en bredt sammensatt ressursgruppe\n"
        "   - Bestillinger\n"
        "   - Tilrettelegge for at tiltak kan forskningsevalueres\n"
        "2. Nye tiltak bør evalueres med strenge metoder\n"
        "3. Evaluering bør være forskningsbasert."
    )
    screen.texts["problem"].setPlainText("Beskrevet av direktoratene i eget dokument.")
    screen.texts["result"].setPlainText(result)
    screen.saver.flush()
    texts = get_texts(ctx.db, group.id)
    assert texts.result == result
    report = assemble_group_report(ctx.db, group.id)
    assert "Ikke fylt ut." not in str(report.comments)
