"""Free text on screen: lists continue on Enter, Tab nests, editors grow; the report
template drives the report screen; a 200-character title fits a 1366×768 screen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from arenadesk.domain.report_template import PRESETS
from arenadesk.services.changes import ChangeSet, Kind
from arenadesk.store import report_template, reports
from arenadesk.store.arenas import require_arena_id
from arenadesk.store.groups import GroupDraft, find_group_by_code, update_group
from arenadesk.ui.common.text_editor import RichTextEdit
from arenadesk.ui.report.template_dialog import ReportTemplateDialog
from arenadesk.ui.shell.main_window import MainWindow
from tests.ui.conftest import type_text


def test_enter_continues_a_list_and_tab_nests_it(qtbot) -> None:  # type: ignore[no-untyped-def]
    editor = RichTextEdit(3)
    qtbot.addWidget(editor)
    editor.show()
    editor.setFocus()
    type_text(editor, "Tiltak:")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    type_text(editor, "- Norsk")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    type_text(editor, "Samvalg")
    QTest.keyClick(editor, Qt.Key.Key_Tab)
    QTest.keyClick(editor, Qt.Key.Key_Return)
    type_text(editor, "arbeidsgiver")
    QTest.keyClick(editor, Qt.Key.Key_Backtab)
    QTest.keyClick(editor, Qt.Key.Key_Return)
    QTest.keyClick(editor, Qt.Key.Key_Return)  # an empty item ends the list
    QTest.keyClick(editor, Qt.Key.Key_Return)
    type_text(editor, "1) Første")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    type_text(editor, "Andre")
    assert editor.toPlainText() == (
        "Tiltak:\n- Norsk\n    - Samvalg\n- arbeidsgiver\n\n1) Første\n2) Andre"
    )


def test_tab_outside_a_list_moves_to_the_next_field(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

    form = QWidget()
    column = QVBoxLayout(form)
    editor, after = RichTextEdit(2), QLineEdit()
    column.addWidget(editor)
    column.addWidget(after)
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    form.activateWindow()
    editor.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is editor, timeout=3000)
    type_text(editor, "Vanlig tekst")
    QTest.keyClick(editor, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is after and editor.toPlainText() == "Vanlig tekst"


def test_the_editor_grows_with_its_text(qtbot) -> None:  # type: ignore[no-untyped-def]
    editor = RichTextEdit(3)
    qtbot.addWidget(editor)
    editor.resize(500, 10)
    editor.show()
    small = editor.height()
    editor.setPlainText("\n".join(f"- punkt {n}" for n in range(20)))
    assert editor.height() > small * 4
    assert editor.verticalScrollBar().maximum() == 0  # the page scrolls, not the editor


def test_the_template_drives_the_screen_and_the_report(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow
) -> None:
    screen = window.show_screen("report")
    assert screen.blocks["self_evaluation"].isVisible()
    dialog = ReportTemplateDialog(window.ctx, screen)
    qtbot.addWidget(dialog)
    dialog.presets.setCurrentIndex(dialog.presets.findData("2015"))
    dialog._use_preset()
    dialog._add_extra()
    row = dialog.table.rowCount() - 1
    dialog.table.item(row, 1).setText("Innspill i etterkant av fokuskafé")
    dialog.save()
    template = report_template.get_template(window.ctx.db)
    assert template.preset == "2015" and not template.includes_self_evaluation
    assert [s.heading for s in template.extras()] == ["Innspill i etterkant av fokuskafé"]
    assert template.heading("web_use") == PRESETS["2015"].heading("web_use")

    screen._arrange()
    screen.load()
    assert not screen.blocks["self_evaluation"].isVisible()
    (key,) = screen.extras
    assert screen.titles[key].text() == "Innspill i etterkant av fokuskafé"
    assert "arena.arbeidoghelse.no" in screen.titles["web_use"].text()
    type_text(screen.extras[key], "- Flere arbeidsgivere")
    qtbot.waitUntil(lambda: not screen.saver.pending, timeout=3000)
    assert report_template.get_extra_texts(window.ctx.db, screen.group_id) == {
        key: "- Flere arbeidsgivere"
    }
    report = reports.assemble_group_report(window.ctx.db, screen.group_id)
    assert report.extras[key] == "- Flere arbeidsgivere"


def test_next_steps_cells_edit_over_several_lines(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow
) -> None:
    screen = window.show_screen("report")
    editor = screen.action_items
    editor.add()
    table = editor.table
    first_height = table.rowHeight(0)
    table.item(0, 0).setText("Gruppen anbefaler at utfordringen videreføres.\n- med arbeidsgivere")
    qtbot.waitUntil(lambda: table.rowHeight(0) > first_height, timeout=3000)
    (item,) = reports.list_action_items(window.ctx.db, screen.group_id)
    assert item.what == "Gruppen anbefaler at utfordringen videreføres.\n- med arbeidsgivere"
    assert (item.who, item.when) == ("", "")


def test_a_200_character_title_fits_a_laptop_screen(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow
) -> None:
    db = window.ctx.db
    group = find_group_by_code(db, require_arena_id(db), "1A")
    assert group is not None
    title = ("Samhandling mellom helse, arbeid og utdanning for unge utenfor arbeidslivet " * 3)[
        :200
    ].strip()
    update_group(db, group.id, GroupDraft("1A", title))
    window.ctx.signals.announce(ChangeSet.of(Kind.GROUPS, group.id))
    screen = window.show_screen("report")
    screen.select(group.id)
    qtbot.wait(50)
    assert screen.heading.text().endswith(title[-20:])
    assert window.width() <= 1366 and window.minimumSizeHint().width() <= 1366
    assert screen.minimumSizeHint().width() < 1366


def test_words_bullets_show_as_bullets(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QMimeData

    editor = RichTextEdit(3)
    qtbot.addWidget(editor)
    editor.setPlainText("\uf0b7 lagret")
    pasted = QMimeData()
    pasted.setText("\n\uf0b7 limt inn\n\uf0a7 kvadrat")
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    editor.insertFromMimeData(pasted)
    assert editor.toPlainText() == "• lagret\n• limt inn\n▪ kvadrat"
