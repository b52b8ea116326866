"""File → Arena report… and Export spreadsheet…: the files written and what is said."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QFileDialog, QMessageBox

from arenadesk.ui.report import arena_export
from arenadesk.ui.shell.main_window import MainWindow


def choose(
    monkeypatch: pytest.MonkeyPatch, path: Path | None, chosen_filter: str = ""
) -> list[str]:
    asked: list[str] = []

    def answer(parent, title, default, filters):  # type: ignore[no-untyped-def]
        asked.extend([default, filters])
        return (str(path) if path else "", chosen_filter)

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(answer))
    return asked


def saved_box(window: MainWindow) -> QMessageBox:
    box = window.findChild(QMessageBox, "arena-export-saved")
    assert box is not None and box.isVisible()
    return box


def test_arena_report_from_the_file_menu(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    target = tmp_path / "arenarapport.pdf"
    asked = choose(monkeypatch, target)
    assert window.arena_report_action in window.menuBar().actions()[0].menu().actions()
    window.arena_report_action.trigger()
    assert asked[0].endswith("Åpen arena 2027 arenarapport.pdf")
    assert "(*.pdf)" in asked[1] and "(*.docx)" in asked[1]
    text = "".join(page.extract_text() for page in PdfReader(target).pages)
    assert "Gruppe 1A: Jobbmotor Nord" in text
    box = saved_box(window)
    assert str(target) in box.informativeText()
    box.close()


def test_spreadsheet_name_without_extension_gets_the_chosen_one(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    choose(monkeypatch, tmp_path / "regneark", "CSV, én fil per tabell (*.csv)")
    window.sheets_action.trigger()
    names = sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".csv")
    assert names == [
        "regneark-actions.csv",
        "regneark-evaluations.csv",
        "regneark-participants.csv",
    ]
    box = saved_box(window)
    assert box.informativeText().count("\n") == 2
    box.close()

    choose(monkeypatch, tmp_path / "ark.xlsx")
    window.sheets_action.trigger()
    assert openpyxl.load_workbook(tmp_path / "ark.xlsx").sheetnames[0] == "Neste skritt"


def test_cancel_writes_nothing_and_an_error_is_shown(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    choose(monkeypatch, None)
    window.arena_report_action.trigger()
    assert (
        list(tmp_path.iterdir()) == []
        or window.findChild(QMessageBox, "arena-export-saved") is None
    )
    shown: list[str] = []
    monkeypatch.setattr(
        arena_export, "show_error", lambda parent, error, lang: shown.append(error.key)
    )
    blocker = tmp_path / "fil"
    blocker.write_text("x")
    assert arena_export.export_arena_report(window, window.ctx, blocker / "r.pdf") is None
    assert shown == ["arena_report.cannot_save"]
    assert arena_export.export_spreadsheet(window, window.ctx, tmp_path / "r.ods") == []
    assert shown[-1] == "sheets.kind"
