"""File → Export inputs and working reports…: the four kinds, and a plain refusal."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QFileDialog, QMessageBox

from arenadesk.store.people import list_people
from arenadesk.ui.report import arena_export
from arenadesk.ui.shell.main_window import MainWindow
from tests.reports.open_space_samples import add_open_space


def choose(monkeypatch: pytest.MonkeyPatch, path: Path, chosen_filter: str = "") -> list[str]:
    asked: list[str] = []

    def answer(parent, title, default, filters):  # type: ignore[no-untyped-def]
        asked.extend([title, default, filters])
        return (str(path), chosen_filter)

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(answer))
    return asked


def test_no_inputs_is_said_plainly_and_nothing_is_written(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(
        arena_export, "show_error", lambda parent, error, lang: shown.append(error.key)
    )
    choose(monkeypatch, tmp_path / "innspill.pdf")
    assert window.proceedings_action in window.menuBar().actions()[0].menu().actions()
    window.proceedings_action.trigger()
    assert shown == ["proceedings.no_inputs"]
    assert not (tmp_path / "innspill.pdf").exists()


def test_inputs_and_working_reports_from_the_file_menu(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    ctx = window.ctx
    people = [person.id for person in list_people(ctx.db, ctx.arena_id)]
    add_open_space(ctx.db, ctx.arena_id, people, conversations=4)
    asked = choose(monkeypatch, tmp_path / "innspill")  # no extension: the chosen filter's
    window.proceedings_action.trigger()
    assert asked[1].endswith("Åpen arena 2027 innspill.pdf")
    for pattern in ("(*.pdf)", "(*.docx)", "(*.xlsx)", "(*.csv)"):
        assert pattern in asked[2]
    text = "".join(page.extract_text() for page in PdfReader(tmp_path / "innspill.pdf").pages)
    assert "Vedlegg 1: Innspill" in text and "1.3 Sammenheng mellom fattigdom" in text
    box = window.findChild(QMessageBox, "arena-export-saved")
    assert box is not None and str(tmp_path / "innspill.pdf") in box.informativeText()
    box.close()
    target = tmp_path / "innspill.xlsx"
    assert arena_export.export_proceedings(window, ctx, target) == target
    assert openpyxl.load_workbook(target).sheetnames == ["Innspill", "Deltakere"]
