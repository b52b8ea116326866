"""The støttemal editor: a group's plan is edited, reordered, exported and imported."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from arenadesk.domain.plan_io import load_plan
from arenadesk.store import plans
from arenadesk.ui.shell.main_window import MainWindow
from tests.ui.conftest import type_text


def _choose_group_plan(window: MainWindow, code: str) -> None:
    screen = window.plan
    index = next(
        i for i in range(screen.choice.count()) if f"gruppe {code} " in screen.choice.itemText(i)
    )
    screen.choice.setCurrentIndex(index)


def test_editing_a_groups_plan_leaves_the_master_alone(qtbot, window: MainWindow) -> None:
    window.show_screen("plan")
    screen = window.plan
    master = screen.template
    assert master is not None and master.group_id is None
    assert screen.tabs.count() == 4
    _choose_group_plan(window, "1A")
    assert screen.template.group_id is not None
    screen.form.title.clear()
    type_text(screen.form.title, "Velkommen – og kaffe")
    qtbot.waitUntil(lambda: not screen.form.saver.pending, timeout=3000)
    plan = plans.get_template(window.ctx.db, screen.template.id)
    assert plan.sessions[0].steps[0].title == "Velkommen – og kaffe"
    assert plans.get_template(window.ctx.db, master.id).sessions[0].steps[0].title != (
        "Velkommen – og kaffe"
    )


def test_new_step_reorder_with_keys_and_times_recompute(qtbot, window: MainWindow) -> None:
    window.show_screen("plan")
    screen = window.plan
    _choose_group_plan(window, "1B")
    first_start = screen.steps.item(0).text()[:5]
    screen.steps.setCurrentRow(0)
    screen.add_step()
    assert screen.steps.currentRow() == 1
    screen.form.title.setText("Pause med frukt")
    screen.form.minutes.setValue(15)
    screen.form.saver.flush()
    qtbot.keyClick(screen.steps, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert "Pause med frukt" in screen.steps.item(0).text()
    assert screen.steps.item(0).text().startswith(first_start)
    # The step that was first now starts 15 minutes later.
    hours, minutes = map(int, first_start.split(":"))
    later = f"{hours + (minutes + 15) // 60:02d}:{(minutes + 15) % 60:02d}"
    assert screen.steps.item(1).text().startswith(later)


def test_bad_minutes_are_refused_inline(qtbot, window: MainWindow) -> None:
    window.show_screen("plan")
    screen = window.plan
    screen.form.title.clear()
    screen.form.saver.flush()
    assert screen.form.errors.visible_messages() == {"title": "Tittel må fylles ut."}


def test_export_then_import_a_template(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch
) -> None:
    window.show_screen("plan")
    screen = window.plan
    target = tmp_path / "mal.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    screen.export()
    assert load_plan(target).name == screen.template.name
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(target), ""))
    before = len(plans.list_templates(window.ctx.db, window.ctx.arena_id))
    screen.import_file()
    assert len(plans.list_templates(window.ctx.db, window.ctx.arena_id)) == before + 1


def test_importing_a_bad_file_explains_and_adds_nothing(
    window: MainWindow, tmp_path: Path, monkeypatch
) -> None:
    window.show_screen("plan")
    bad = tmp_path / "feil.json"
    bad.write_text('{"format": "noe annet"}', encoding="utf-8")
    shown: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    monkeypatch.setattr(
        "arenadesk.ui.plan.screen.show_error",
        lambda _p, error, language: shown.append(error.text(language)),
    )
    before = len(plans.list_templates(window.ctx.db, window.ctx.arena_id))
    window.plan.import_file()
    assert len(shown) == 1 and "feil.json" in shown[0]
    assert len(plans.list_templates(window.ctx.db, window.ctx.arena_id)) == before
