"""The program wall screen: fast entry, drag and keyboard moves with swaps, undo, clash
hints, laying out an empty wall, and the wall's PDFs from the screen."""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QDialog

from arenadesk.app import Application
from arenadesk.domain.wall import Wall
from arenadesk.services.changes import ChangeSet, Kind
from arenadesk.store import open_space as wall_store
from arenadesk.store.people import list_people
from arenadesk.ui.shell.context import UiContext
from arenadesk.ui.wall import output as wall_output
from arenadesk.ui.wall.dialogs import MoveDialog, SetUpDialog, TopicDialog
from arenadesk.ui.wall.model import CLASH_ROLE, topic_mime
from arenadesk.ui.wall.screen import WallScreen
from arenadesk.ui.wall.views import CARD_HEIGHT
from tests.reports.wall_samples import build_full_wall
from tests.ui.conftest import type_text

SLOTS = [
    (1, dt.time(10, 30), dt.time(12, 0)),
    (1, dt.time(13, 0), dt.time(14, 30)),
    (2, dt.time(9, 30), dt.time(11, 0)),
]


@pytest.fixture
def screen(qtbot, english: Application, ctx: UiContext) -> WallScreen:  # type: ignore[no-untyped-def]
    wall_store.set_up_wall(ctx.db, ctx.arena_id, SLOTS, ["Rom 1", "Rom 2", "Rom 3"])
    widget = WallScreen(ctx)
    qtbot.addWidget(widget)
    widget.resize(1196, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _wall(screen: WallScreen) -> Wall:
    return wall_store.get_wall(screen.ctx.db, screen.ctx.arena_id)


def _cells(screen: WallScreen) -> dict[str, str | None]:
    """Title -> input number ("2.3"), None while on the pile."""
    return {t.title: t.number for t in _wall(screen).topics}


def _type_and_enter(qtbot, screen: WallScreen, title: str, convener: str = "") -> None:  # type: ignore[no-untyped-def]
    screen.title.setFocus()
    type_text(screen.title, title)
    if convener:
        type_text(screen.convener, convener)
    qtbot.keyClick(screen.title, Qt.Key.Key_Return)


def _drop(view, index, topic_id: uuid.UUID) -> None:  # type: ignore[no-untyped-def]
    """A drop as Qt delivers it at the end of a drag, at the middle of `index`."""
    point = QPointF(view.visualRect(index).center())
    data = topic_mime(topic_id)  # kept alive: the event only points at it
    event = QDropEvent(
        point,
        Qt.DropAction.MoveAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    event.setDropAction(Qt.DropAction.MoveAction)
    event.ignore()  # as Qt's drag machinery hands it over: not yet taken by anyone
    view.dropEvent(event)  # the view's own handling (the offscreen platform has no drag)
    assert event.isAccepted()
    QApplication.processEvents()  # the move is written once the drop has finished


def _id(screen: WallScreen, title: str) -> uuid.UUID:
    return next(t.id for t in _wall(screen).topics if t.title == title)


def test_enter_places_topics_in_the_next_free_space_then_on_the_pile(qtbot, screen) -> None:  # type: ignore[no-untyped-def]
    screen.slot_choice.setCurrentIndex(1)  # økt 2
    _type_and_enter(qtbot, screen, "Unge i arbeid", "Kari Nordmann")
    assert _cells(screen) == {"Unge i arbeid": "2.1"}
    topic = _wall(screen).topics[0]
    assert topic.convener == "Kari Nordmann"
    assert screen.title.text() == "" and screen.convener.text() == ""
    assert QApplication.focusWidget() is screen.title
    assert "2.1" in screen.message.text()

    _type_and_enter(qtbot, screen, "Helse i arbeid – æøå")
    _type_and_enter(qtbot, screen, "Forebygging")
    _type_and_enter(qtbot, screen, "Økonomiske insentiver")  # økt 2 is full now
    cells = _cells(screen)
    assert cells["Helse i arbeid – æøå"] == "2.2"
    assert cells["Forebygging"] == "2.3"
    assert cells["Økonomiske insentiver"] is None
    assert screen.pile_model.rowCount() == 1
    assert "taken" in screen.message.text()
    assert "(full)" in screen.slot_choice.currentText()

    # An empty title adds nothing; Enter in the convener field adds too.
    qtbot.keyClick(screen.title, Qt.Key.Key_Return)
    assert len(_wall(screen).topics) == 4
    screen.slot_choice.setCurrentIndex(0)
    type_text(screen.title, "Sjef i eget liv")
    type_text(screen.convener, "Ola")
    qtbot.keyClick(screen.convener, Qt.Key.Key_Return)
    assert _cells(screen)["Sjef i eget liv"] == "1.1"


def test_convener_completes_from_the_arenas_people(screen) -> None:  # type: ignore[no-untyped-def]
    names = screen.people.model().stringList()
    people = list_people(screen.ctx.db, screen.ctx.arena_id)
    assert people and sorted({p.name for p in people}) == names


def test_dropping_moves_and_swaps_and_undo_puts_everything_back(qtbot, screen) -> None:  # type: ignore[no-untyped-def]
    _type_and_enter(qtbot, screen, "A")
    _type_and_enter(qtbot, screen, "B")
    assert _cells(screen) == {"A": "1.1", "B": "1.2"}
    a, b = _id(screen, "A"), _id(screen, "B")
    model = screen.grid_model

    _drop(screen.grid, model.index(1, 2), a)  # onto a free cell: a move
    assert _cells(screen) == {"A": "2.3", "B": "1.2"}
    _drop(screen.grid, model.index(0, 1), a)  # onto B: a swap
    assert _cells(screen) == {"A": "1.2", "B": "2.3"}
    _drop(screen.pile, screen.pile_model.index(0, 0), b)  # onto the pile
    assert _cells(screen) == {"A": "1.2", "B": None}
    _drop(screen.grid, model.index(0, 1), b)  # from the pile onto A: A goes to the pile
    assert _cells(screen) == {"A": None, "B": "1.2"}

    screen.undo_button.click()
    assert _cells(screen) == {"A": "1.2", "B": None}
    screen.undo_button.click()
    assert _cells(screen) == {"A": "1.2", "B": "2.3"}
    screen.undo_button.click()
    assert _cells(screen) == {"A": "2.3", "B": "1.2"}
    screen.undo_button.click()
    assert _cells(screen) == {"A": "1.1", "B": "1.2"}
    screen.redo_button.click()
    screen.redo_button.click()
    assert _cells(screen) == {"A": "1.2", "B": "2.3"}


def test_keyboard_moves_a_card_with_alt_arrows_and_the_move_dialog(  # type: ignore[no-untyped-def]
    qtbot, screen, monkeypatch
) -> None:
    _type_and_enter(qtbot, screen, "A")
    _type_and_enter(qtbot, screen, "B")
    screen.grid.setFocus()
    screen.grid.setCurrentIndex(screen.grid_model.index(0, 0))
    qtbot.keyClick(screen.grid, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert _cells(screen) == {"A": "2.1", "B": "1.2"}
    assert screen.grid.currentIndex().row() == 1  # the card stays chosen

    def choose(dialog: MoveDialog) -> int:
        dialog.slot.setCurrentIndex(dialog.slot.findText("Økt 1", Qt.MatchFlag.MatchStartsWith))
        assert "swaps with “B”" in dialog.space.itemText(1)
        dialog.space.setCurrentIndex(1)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(MoveDialog, "exec", choose)
    qtbot.keyClick(screen.grid, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert _cells(screen) == {"A": "1.2", "B": "2.1"}
    screen.undo_button.click()
    assert _cells(screen) == {"A": "2.1", "B": "1.2"}


def test_delete_edit_and_undo(qtbot, screen, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    _type_and_enter(qtbot, screen, "Forebyging", "Kari")

    def rename(dialog: TopicDialog) -> int:
        dialog.title.setText("Forebygging")
        dialog.convener.setText("Kari Nordmann")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(TopicDialog, "exec", rename)
    screen.grid.setFocus()
    screen.grid.setCurrentIndex(screen.grid_model.index(0, 0))
    qtbot.keyClick(screen.grid, Qt.Key.Key_F2)
    assert [(t.title, t.convener) for t in _wall(screen).topics] == [
        ("Forebygging", "Kari Nordmann")
    ]
    qtbot.keyClick(screen.grid, Qt.Key.Key_Delete)
    assert _wall(screen).topics == ()
    assert "deleted" in screen.message.text()
    screen.undo_button.click()
    assert _cells(screen) == {"Forebygging": "1.1"}
    screen.undo_button.click()
    assert [t.title for t in _wall(screen).topics] == ["Forebyging"]
    screen.undo_button.click()  # the add itself
    assert _wall(screen).topics == ()
    screen.redo_button.click()
    assert _cells(screen) == {"Forebyging": "1.1"}


def test_document_asks_for_the_conversation(qtbot, screen) -> None:  # type: ignore[no-untyped-def]
    _type_and_enter(qtbot, screen, "Entreprenørskap")
    topic = _wall(screen).topics[0]
    with qtbot.waitSignal(screen.ctx.signals.show_conversation) as signal:
        screen.topics.document_topic(topic)
    assert signal.args == [topic.id]


def test_clashes_are_marked_and_said_in_plain_words(screen) -> None:  # type: ignore[no-untyped-def]
    ctx = screen.ctx
    wall = _wall(screen)
    slot2 = wall.slots[1]
    add = wall_store.add_topic
    add(ctx.db, ctx.arena_id, "Unge i arbeid", "Kari Nordmann", slot2.id, wall.spaces[0].id)
    add(ctx.db, ctx.arena_id, "Forebygging", "kari nordmann ", slot2.id, wall.spaces[1].id)
    add(ctx.db, ctx.arena_id, "Entreprenørskap", "Ola", slot2.id, wall.spaces[2].id)
    # Two laptops both filled 2.3 before their walls merged.
    add(ctx.db, ctx.arena_id, "Sjef i eget liv", "Åse", slot2.id, wall.spaces[2].id)
    assert not screen.clashes.isVisible()
    ctx.signals.announce(ChangeSet.of(Kind.WALL))
    assert screen.clashes.isVisible()
    text = screen.clashes.text()
    assert (
        "Kari Nordmann convenes two topics in økt 2: “Unge i arbeid” (2.1) and “Forebygging” (2.2)"
        in text
    )
    assert "Two topics are in Rom 3 in økt 2: move one of them" in text
    assert "(2.3) and “Sjef i eget liv” (2.3b)" in text
    model = screen.grid_model
    assert [model.index(1, c).data(CLASH_ROLE) for c in range(3)] == [True, True, True]
    assert not model.index(0, 0).data(CLASH_ROLE)

    # Moving one of them away ends both clashes.
    forebygging = _id(screen, "Forebygging")
    screen.topics.move_topic(forebygging, wall.slots[0].id, wall.spaces[0].id)
    sjef = _id(screen, "Sjef i eget liv")
    screen.topics.move_topic(sjef, wall.slots[2].id, wall.spaces[0].id)
    assert screen.clashes.text() == "" and not screen.clashes.isVisible()


def test_an_empty_wall_is_laid_out_from_the_set_up_dialog(  # type: ignore[no-untyped-def]
    qtbot, english, ctx, monkeypatch
) -> None:
    screen = WallScreen(ctx)
    qtbot.addWidget(screen)
    assert screen.pages.currentIndex() == 0 and screen.lay_out_button.isVisible() is False
    screen.show()
    assert screen.lay_out_button.isVisible() and not screen.print_button.isEnabled()

    def fill(dialog: SetUpDialog) -> int:
        dialog.days.setValue(2)
        dialog.per_day.setValue(3)
        assert dialog.times.rowCount() == 6
        dialog.times.cellWidget(4, 1).setTime(dialog.times.cellWidget(4, 1).time().addSecs(900))
        dialog.spaces.setValue(5)
        dialog.prefix.setText("Sirkel")
        assert dialog.preview.text() == "Sirkel 1, Sirkel 2 … Sirkel 5"
        dialog.per_day.setValue(2)  # fewer økter a day keeps the times typed
        dialog.per_day.setValue(3)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(SetUpDialog, "exec", fill)
    assert screen.setup.lay_out_wall()
    wall = _wall(screen)
    assert [(s.number, s.day, s.starts) for s in wall.slots] == [
        (1, 1, dt.time(10, 30)),
        (2, 1, dt.time(13, 0)),
        (3, 1, dt.time(15, 0)),
        (4, 2, dt.time(10, 30)),
        (5, 2, dt.time(13, 15)),
        (6, 2, dt.time(15, 0)),
    ]
    assert [s.name for s in wall.spaces] == [f"Sirkel {n}" for n in range(1, 6)]
    assert screen.pages.currentIndex() == 1 and screen.print_button.isEnabled()
    assert screen.grid_model.headerData(4, Qt.Orientation.Vertical) == "Økt 5\nday 2\n13:15–14:30"

    screen.setup.add_space()
    assert _wall(screen).spaces[-1].name == "Sirkel 6"
    screen.setup.remove_last_slot()  # empty: no question asked
    assert len(_wall(screen).slots) == 5


def test_a_full_wall_shows_every_økt_at_1366x768(qtbot, english, ctx) -> None:  # type: ignore[no-untyped-def]
    build_full_wall(ctx.db, ctx.arena_id)
    screen = WallScreen(ctx)
    qtbot.addWidget(screen)
    screen.resize(1366 - 170, 768 - 70)  # beside the navigation, below the menu bar
    screen.show()
    qtbot.waitExposed(screen)
    assert screen.grid_model.rowCount() == 4 and screen.grid_model.columnCount() == 16
    assert screen.grid.viewport().height() >= 4 * CARD_HEIGHT  # all four økter in view
    assert screen.grid.horizontalScrollBar().maximum() > 0  # the spaces scroll sideways
    assert screen.clashes.text() == ""


def test_the_wall_pdfs_are_saved_from_the_screen(
    qtbot, screen, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    _type_and_enter(qtbot, screen, "Integrering og innvandrerhelse", "Øystein Ås")
    folder = tmp_path / "out"
    wall_pdf = screen.output.save("wall", folder / "vegg.pdf")
    schedule = screen.output.save("schedule", folder / "rom.pdf")
    assert wall_pdf is not None and schedule is not None
    assert "Øystein Ås" in PdfReader(wall_pdf).pages[0].extract_text()
    assert len(PdfReader(schedule).pages) == 3
    assert screen.output.file_name("wall").endswith(".pdf")

    shown: list[str] = []
    monkeypatch.setattr(wall_output, "show_error", lambda _p, error, lang: shown.append(error.key))
    blocked = folder / "blocked.pdf"
    blocked.mkdir()  # a folder where the file should go: refused, nothing written
    assert screen.output.save("wall", blocked) is None
    assert shown == ["wall.cannot_save"]
    assert sorted(p.name for p in folder.iterdir()) == ["blocked.pdf", "rom.pdf", "vegg.pdf"]


def test_økter_and_spaces_are_changed_and_removed_later(screen, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from arenadesk.ui.wall import setup as wall_setup
    from arenadesk.ui.wall.dialogs import SlotDialog, TextDialog

    errors: list[str] = []

    def times(dialog: SlotDialog) -> int:
        if not errors:  # first: ends before it starts, refused with a message
            dialog.starts.setTime(dialog.starts.time().fromString("15.00", "HH.mm"))
            dialog.ends.setTime(dialog.ends.time().fromString("14.00", "HH.mm"))
            errors.append("shown")
            return QDialog.DialogCode.Accepted
        errors.append(dialog.error.text())
        dialog.ends.setTime(dialog.ends.time().fromString("16.00", "HH.mm"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(SlotDialog, "exec", times)
    screen.grid.verticalHeader().sectionDoubleClicked.emit(1)  # økt 2's header
    assert errors[1] == "The økt must end after it starts."
    slot = _wall(screen).slots[1]
    assert (slot.starts, slot.ends) == (dt.time(15, 0), dt.time(16, 0))

    def rename(dialog: TextDialog) -> int:
        dialog.text.setText("Biblioteket")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(TextDialog, "exec", rename)
    screen.grid.horizontalHeader().sectionDoubleClicked.emit(2)
    assert [s.label for s in _wall(screen).spaces] == ["Rom 1", "Rom 2", "Biblioteket"]
    assert screen.grid_model.headerData(2, Qt.Orientation.Horizontal) == "3 · Biblioteket"

    wall = _wall(screen)
    wall_store.add_topic(
        screen.ctx.db, screen.ctx.arena_id, "Til rom 3", "", wall.slots[0].id, wall.spaces[2].id
    )
    asked: list[str] = []
    monkeypatch.setattr(
        wall_setup, "confirm", lambda _p, title, text, action: asked.append(text) or True
    )
    screen.setup.remove_last_space()
    assert asked == ["Its 1 topic goes beside the wall (nothing is deleted)."]
    assert len(_wall(screen).spaces) == 2 and _cells(screen) == {"Til rom 3": None}
    assert screen.pile_model.rowCount() == 1


def test_each_edit_announces_the_topics_it_changed(qtbot, screen) -> None:  # type: ignore[no-untyped-def]
    heard: list[ChangeSet] = []
    screen.ctx.signals.changed.connect(heard.append)
    _type_and_enter(qtbot, screen, "A")
    _type_and_enter(qtbot, screen, "B")
    a, b = _id(screen, "A"), _id(screen, "B")
    assert heard[0].ids(Kind.WALL) == {a} and heard[1].ids(Kind.WALL) == {b}
    heard.clear()
    _drop(screen.grid, screen.grid_model.index(0, 1), a)  # onto B: both move
    assert heard[-1].ids(Kind.WALL) == {a, b}
    heard.clear()
    screen.undo_button.click()  # undo and redo announce what they changed too
    assert heard and heard[-1].ids(Kind.WALL) == {a, b}
