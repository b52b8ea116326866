"""The report screen: sections saved as typed, next steps, self-evaluation, suggestions,
and the way from the end of Økt 4 into the report."""

from __future__ import annotations

import pytest

from arenadesk.store import reports
from arenadesk.ui.report.screen import SuggestionsDialog
from arenadesk.ui.shell.main_window import MainWindow
from tests.ui.conftest import type_text


@pytest.fixture
def screen(window: MainWindow):  # type: ignore[no-untyped-def]
    return window.show_screen("report")


def test_sections_are_saved_as_typed(qtbot, window: MainWindow, screen) -> None:  # type: ignore[no-untyped-def]
    assert screen.heading.text() == "1A  Jobbmotor Nord"
    assert screen.participants.rowCount() == 11
    # The report's default order: facilitators, the owner, then the others as entered.
    names = [screen.participants.item(row, 0).text() for row in range(3)]
    assert names == [
        "Torstein Hågensen (fasilitator)",
        "Åse Kjærstad (fasilitator)",
        "Hilde Brattli (eier)",
    ]
    type_text(screen.texts["problem"], "Arbeidsgiveren kommer for sent inn – særlig i nord.")
    qtbot.waitUntil(lambda: not screen.saver.pending, timeout=3000)
    texts = reports.get_texts(window.ctx.db, screen.group_id)
    assert texts.problem == "Arbeidsgiveren kommer for sent inn – særlig i nord."
    screen.next_meeting.setText("14. april kl. 10, Nav Nordvik")
    screen.caller.setText("Hilde Brattli")
    screen.saver.flush()
    texts = reports.get_texts(window.ctx.db, screen.group_id)
    assert (texts.next_meeting, texts.next_meeting_caller) == (
        "14. april kl. 10, Nav Nordvik",
        "Hilde Brattli",
    )


def test_completeness_check_follows_the_edits(qtbot, window: MainWindow, screen) -> None:  # type: ignore[no-untyped-def]
    assert "problemet" in screen.missing.text()
    for field, box in screen.texts.items():
        if field != "web_use":
            box.setPlainText(f"Tekst for {field}")
    screen.saver.flush()
    screen.action_items.add()
    evaluation = screen.evaluation
    evaluation.strength.button(4).click()
    evaluation.reasons["ownership"].click()
    assert screen.missing.text() == "Alle delene er fylt ut."
    saved = reports.get_self_evaluation(window.ctx.db, screen.group_id)
    assert saved.strength == 4 and saved.reasons == ("ownership",)


def test_next_steps_are_edited_in_the_table(qtbot, window: MainWindow, screen) -> None:  # type: ignore[no-untyped-def]
    editor = screen.action_items
    editor.add()
    editor.table.item(0, 0).setText("Kartlegge arbeidsgivere i regionen")
    editor.table.item(0, 1).setText("Marit")
    editor.table.item(0, 2).setText("innen mars")
    items = reports.list_action_items(window.ctx.db, screen.group_id)
    assert [(i.what, i.who, i.when) for i in items] == [
        ("Kartlegge arbeidsgivere i regionen", "Marit", "innen mars")
    ]
    editor.table.item(0, 0).setText("   ")  # an empty 'what' is refused; the saved one stays
    assert reports.list_action_items(window.ctx.db, screen.group_id)[0].what == (
        "Kartlegge arbeidsgivere i regionen"
    )
    editor.table.selectRow(0)
    editor.delete_selected()
    assert reports.list_action_items(window.ctx.db, screen.group_id) == []


def test_suggestions_are_confirmed_and_never_overwrite(
    qtbot,
    window: MainWindow,
    screen,  # type: ignore[no-untyped-def]
    monkeypatch,
) -> None:
    screen.texts["result"].setPlainText("Vårt eget resultat.")
    screen.saver.flush()
    seen: list[set[str]] = []

    def confirm_result_only(dialog: SuggestionsDialog) -> int:
        dialog.choices["problem"].setChecked(False)
        dialog.choices["action_items"].setChecked(False)
        seen.append(dialog.chosen())
        return 1

    monkeypatch.setattr(SuggestionsDialog, "exec", confirm_result_only)
    screen.suggest()
    assert seen == [{"result"}]
    result = screen.texts["result"].toPlainText()
    assert result.startswith("Vårt eget resultat.\n\n- ")
    assert "En avtalt modell for trepartssamarbeid" in result
    assert screen.texts["problem"].toPlainText() == ""


def test_the_end_of_okt_4_leads_into_the_report(qtbot, window: MainWindow) -> None:
    runner = window.show_screen("run")
    runner.timer.stop()
    group_id = runner.runner.group.id
    runner.select(group_id, 4)
    runner.start_or_pause()
    for _ in runner.runner.steps:
        runner.next()
    assert runner.panel.report_button.isVisible()
    runner.panel.report_button.click()
    assert window.current_screen is window.report
    assert window.report.group_id == group_id
    # An earlier økt ends without the report button.
    runner = window.show_screen("run")
    runner.select(group_id, 1)
    runner.start_or_pause()
    for _ in runner.runner.steps:
        runner.next()
    assert not runner.panel.report_button.isVisible()
