"""The Innspill screen: topics by økt, the documentation saved as typed, participants picked
or added on the spot, the day-2 input types, and the way in from the wall."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel

from arenadesk.domain.open_space import InputType
from arenadesk.i18n.messages import message
from arenadesk.services.changes import ChangeSet, Kind
from arenadesk.store import conversations as conv
from arenadesk.store import open_space as wall_store
from arenadesk.store.db.database import Database, open_database
from arenadesk.store.db.device import Device
from arenadesk.store.people import list_people
from arenadesk.ui.conversations.form import ConversationForm
from arenadesk.ui.conversations.participants import NEW_PERSON, PERSON_ROLE
from arenadesk.ui.conversations.screen import ConversationScreen
from arenadesk.ui.conversations.topics import DOCUMENTED_ROLE, NewTopicDialog
from arenadesk.ui.shell.context import UiContext
from tests.templates import Templates
from tests.ui.conftest import type_text
from tests.ui.conversation_support import OpenSpaceArena, open_space_arena_copy


@pytest.fixture
def arena_file(tmp_path: Path, device: Device, templates: Templates) -> tuple[Path, OpenSpaceArena]:
    """The demo file with the Open Space arena of `make_open_space_arena` (made once)."""
    return open_space_arena_copy(templates, device, tmp_path / "arena.sqlite")


@pytest.fixture
def demo_db(arena_file: tuple[Path, OpenSpaceArena], device: Device) -> Iterator[Database]:
    """The screen's database: the demo arena, with the Open Space wall and its topics."""
    db = open_database(arena_file[0], device)
    yield db
    db.close()


@pytest.fixture
def arena(arena_file: tuple[Path, OpenSpaceArena]) -> OpenSpaceArena:
    return arena_file[1]


@pytest.fixture
def screen(qtbot, ctx: UiContext, arena: OpenSpaceArena) -> ConversationScreen:
    widget = ConversationScreen(ctx)
    qtbot.addWidget(widget)
    widget.resize(1196, 738)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def announced(ctx: UiContext) -> list[Kind]:
    changes: list[Kind] = []
    ctx.signals.changed.connect(lambda c: changes.extend(c.kinds))
    return changes


def _tick(screen: ConversationScreen, topic_id: uuid.UUID) -> bool:
    for item in screen.topics.topic_items():
        if item.data(0, Qt.ItemDataRole.UserRole) == topic_id:
            return bool(item.data(0, DOCUMENTED_ROLE))
    raise AssertionError("topic not listed")


def _error_label(form: ConversationForm, field: str) -> QLabel:
    label = form.findChild(QLabel, f"error_{field}")
    assert isinstance(label, QLabel)
    return label


def test_topics_are_listed_by_okt_with_a_tick_when_documented(
    screen: ConversationScreen, arena: OpenSpaceArena
) -> None:
    okts = screen.topics.okt_items()
    headings = [item.text(0) for item in okts]
    assert headings[0].startswith("Økt 1 · ") and "10:30–12:00" in headings[0]
    assert len(headings) == 4
    assert [item.text(0) for item in screen.topics._children(okts[0])] == [
        "1.1",
        "1.2",
        "1.3",
        "1.4",
        "1.8",
        "1.10",
        "1.11",
    ]
    assert _tick(screen, arena.topics["1.4"]) and not _tick(screen, arena.topics["1.1"])
    screen.topics.filter.setText("lønnstilskudd")
    visible = [i.text(0) for i in screen.topics.visible_topics()]
    assert visible == ["1.11", "4.12"]
    screen.topics.filter.setText("2.4")
    assert screen.form.topic_id == arena.topics["2.4"]


def test_typing_saves_and_documented_by_is_remembered(
    qtbot, screen: ConversationScreen, arena: OpenSpaceArena, ctx: UiContext, announced: list[Kind]
) -> None:
    form = screen.form
    screen.select_topic(arena.topics["2.4"])
    assert form.heading.text() == "2.4  Funksjonsvurdering"
    type_text(form.input_title, "Felles språk for funksjon")
    type_text(form.input_text, "Funksjonsvurdering må gjøres likt i Nav og helse – én mal.")
    form.next_steps.setPlainText("Pilot i to kommuner\nMøte med direktoratene")
    type_text(form.documented_by, "Marit Øien")
    qtbot.waitUntil(lambda: not form.saver.pending, timeout=3000)
    saved = conv.get_conversation(ctx.db, arena.topics["2.4"])
    assert saved.input_title == "Felles språk for funksjon"
    assert saved.input_text == "Funksjonsvurdering må gjøres likt i Nav og helse – én mal."
    assert saved.next_step_lines == ["Pilot i to kommuner", "Møte med direktoratene"]
    assert saved.documented_by == "Marit Øien"
    assert Kind.CONVERSATIONS in announced
    assert _tick(screen, arena.topics["2.4"])
    # The name is remembered on this laptop and goes with the next topic's first edit.
    assert ctx.settings.documented_by == "Marit Øien"
    screen.select_topic(arena.topics["2.15"])
    assert form.documented_by.text() == "Marit Øien"
    assert conv.get_conversation(ctx.db, arena.topics["2.15"]).conversation_id is None
    type_text(form.input_title, "Entreprenørskap")
    form.saver.flush()
    assert conv.get_conversation(ctx.db, arena.topics["2.15"]).documented_by == "Marit Øien"


def test_participants_are_picked_and_added_new(
    qtbot, screen: ConversationScreen, arena: OpenSpaceArena, ctx: UiContext, announced: list[Kind]
) -> None:
    editor = screen.form.participants
    topic = arena.topics["1.8"]
    screen.select_topic(topic)
    # Any word matches, and the person whose name starts so comes first.
    type_text(editor.search, "rahimi")
    assert editor.matches.item(0).text().startswith("Nadia Rahimi")
    editor.search.clear()
    type_text(editor.search, "arild")
    assert editor.matches.item(0).text() == "Arild Fosse – Direktoratet for arbeid og helse"
    QTest.keyClick(editor.search, Qt.Key.Key_Return)
    assert editor.search.text() == ""
    # Nobody by that name: Enter offers to add them, with an organisation.
    type_text(editor.search, "Solveig Ås")
    assert editor.matches.currentItem().data(PERSON_ROLE) == NEW_PERSON
    assert "Solveig Ås" in editor.matches.currentItem().text()
    QTest.keyClick(editor.search, Qt.Key.Key_Return)
    assert editor.new_row.isVisibleTo(screen)
    type_text(editor.organisation, "Spekter")
    QTest.keyClick(editor.organisation, Qt.Key.Key_Return)
    assert not editor.new_row.isVisibleTo(screen)
    saved = conv.get_conversation(ctx.db, topic)
    assert [(p.name, p.organisation) for p in saved.participants] == [
        ("Arild Fosse", "Direktoratet for arbeid og helse"),
        ("Solveig Ås", "Spekter"),
    ]
    assert Kind.PEOPLE in announced and Kind.CONVERSATIONS in announced
    assert any(p.name == "Solveig Ås" for p in list_people(ctx.db, arena.arena_id))
    assert [editor.list.item(i).text() for i in range(editor.list.count())] == [
        "Arild Fosse – Direktoratet for arbeid og helse",
        "Solveig Ås – Spekter",
    ]
    # Someone already in the conversation is not offered again; removing takes them out.
    type_text(editor.search, "arild fosse")
    assert editor.matches.item(0).data(PERSON_ROLE) == NEW_PERSON
    editor.search.clear()
    editor.list.item(0).setSelected(True)
    editor.remove_button.click()
    names = [p.name for p in conv.get_conversation(ctx.db, topic).participants]
    assert names == ["Solveig Ås"]
    assert editor.list.count() == 1


def test_a_new_participant_needs_a_name(
    screen: ConversationScreen, arena: OpenSpaceArena, ctx: UiContext
) -> None:
    editor = screen.form.participants
    screen.select_topic(arena.topics["1.8"])
    editor.search.setText("   ")
    editor.add_new()
    assert editor.errors.visible_messages()["name"] == message("value.required", "nb", field="Navn")
    assert conv.get_conversation(ctx.db, arena.topics["1.8"]).participants == ()


def test_type_two_needs_a_reference_with_a_visible_message(
    qtbot, screen: ConversationScreen, arena: OpenSpaceArena, ctx: UiContext
) -> None:
    form = screen.form
    topic = arena.topics["4.12"]
    screen.select_topic(topic)
    assert form.type_box.isVisibleTo(screen)
    choices = [form.reference.itemText(i) for i in range(1, form.reference.count())]
    assert choices == [
        "1.4 – Ressursfokus frisklivsfaktorer",
        "1.10 – Kvinner har høyere sykefravær enn menn",
        "1.11 – Langvarig lønnstilskudd: gevinsten for bruker og arbeidsgiver",
    ]
    form.type_buttons[InputType.DEEPENING].click()
    error = form.errors.visible_messages().get("reference")
    assert error == message("open_space.reference_needed", "nb")
    assert _error_label(form, "reference").isVisibleTo(screen)
    assert conv.get_conversation(ctx.db, topic).input_type is None
    # Typing the number in the chooser selects that input, and the type is saved.
    type_text(form.reference, "1.11")
    assert form.reference.currentText().startswith("1.11 – ")
    saved = conv.get_conversation(ctx.db, topic)
    assert (saved.input_type, saved.reference_number) == (InputType.DEEPENING, "1.11")
    assert not form.errors.visible_messages()
    # Type 1 keeps no reference.
    form.type_buttons[InputType.NEW].click()
    saved = conv.get_conversation(ctx.db, topic)
    assert (saved.input_type, saved.reference_id) == (InputType.NEW, None)
    assert not form.reference.isEnabled()


def test_a_day_one_topic_has_no_input_types(
    screen: ConversationScreen, arena: OpenSpaceArena
) -> None:
    screen.select_topic(arena.topics["1.4"])
    assert not screen.form.type_box.isVisibleTo(screen)
    screen.select_topic(arena.topics["3.1"])
    assert screen.form.type_box.isVisibleTo(screen)


def test_show_conversation_selects_the_topic(
    screen: ConversationScreen, arena: OpenSpaceArena, ctx: UiContext
) -> None:
    ctx.signals.show_conversation.emit(arena.topics["3.6"])
    assert screen.form.topic_id == arena.topics["3.6"]
    assert screen.topics.current_topic() == arena.topics["3.6"]
    assert screen.form.heading.text().startswith("3.6  Datakollektiv")
    # A topic made on the wall a moment ago (this screen has not reloaded yet).
    wall = wall_store.get_wall(ctx.db, arena.arena_id)
    fresh = wall_store.add_topic(
        ctx.db, arena.arena_id, "Arbeid og rus", "Kari", wall.slots[1].id, wall.spaces[6].id
    )
    ctx.signals.show_conversation.emit(fresh)
    assert screen.form.heading.text() == "2.7  Arbeid og rus"


def test_bad_input_gives_the_inline_message_and_saves_nothing(
    qtbot, screen: ConversationScreen, arena: OpenSpaceArena, ctx: UiContext
) -> None:
    form = screen.form
    topic = arena.topics["3.8"]
    screen.select_topic(topic)
    QApplication.clipboard().setText("Diskriminering\x07 i arbeidslivet")
    form.input_title.paste()  # control characters come with a paste
    qtbot.waitUntil(lambda: not form.saver.pending, timeout=3000)
    shown = form.errors.visible_messages()
    assert shown["input_title"] == message(
        "value.control_chars", "nb", field=message("field.input_title", "nb")
    )
    assert _error_label(form, "input_title").isVisibleTo(screen)
    assert conv.get_conversation(ctx.db, topic).conversation_id is None
    # Fixed, it is saved and the message goes.
    form.input_title.setText("Diskriminering i arbeidslivet")
    form.saver.flush()
    assert conv.get_conversation(ctx.db, topic).input_title == "Diskriminering i arbeidslivet"
    assert not form.errors.visible_messages()


def test_changes_elsewhere_reload_without_losing_typing(
    qtbot, screen: ConversationScreen, arena: OpenSpaceArena, ctx: UiContext
) -> None:
    form = screen.form
    screen.select_topic(arena.topics["2.1"])
    type_text(form.input_title, "Brukerstyrt ")
    form.saver.flush()
    conv.save_field(ctx.db, arena.topics["2.1"], "next_steps", "Skrevet på en annen skjerm")
    ctx.signals.announce(ChangeSet.of(Kind.CONVERSATIONS))
    assert form.input_title.text() == "Brukerstyrt "  # the space just typed stays
    assert form.next_steps.toPlainText() == "Skrevet på en annen skjerm"
    wall_store.update_topic(ctx.db, arena.topics["2.1"], "Brukerstyrte tilbud", "")
    ctx.signals.announce(ChangeSet.of(Kind.WALL))
    assert form.heading.text() == "2.1  Brukerstyrte tilbud"


def test_a_new_topic_may_take_a_cell_with_a_warning(
    qtbot, screen: ConversationScreen, arena: OpenSpaceArena, ctx: UiContext, announced: list[Kind]
) -> None:
    wall = wall_store.get_wall(ctx.db, arena.arena_id)
    dialog = NewTopicDialog(ctx, wall, wall.slots[1].id, screen)
    qtbot.addWidget(dialog)
    assert not dialog.warning.isVisibleTo(dialog)  # the first free space is offered
    assert dialog.space.currentText() == "Rom 2"
    dialog.space.setCurrentIndex(3)  # Rom 4 holds "Funksjonsvurdering"
    assert dialog.warning.isVisibleTo(dialog)
    assert "Funksjonsvurdering" in dialog.warning.text()
    dialog.save()  # refused: no title
    assert dialog.errors.visible_messages()["topic_title"]

    def fill() -> None:
        active = QApplication.activeModalWidget()
        assert isinstance(active, NewTopicDialog)
        active.title.setText("Arbeid og rus")
        active.convener.setText("Kari Nordmann")
        active.space.setCurrentIndex(3)
        active.save()

    screen.topics.select(arena.topics["2.4"])
    QTimer.singleShot(0, fill)
    screen.topics.new_button.click()
    assert Kind.WALL in announced
    assert screen.form.heading.text() == "2.4b  Arbeid og rus"
    clashes = wall_store.get_wall(ctx.db, arena.arena_id).clashes
    assert [c.kind for c in clashes] == ["cell"]


def test_the_projector_pages_open_from_the_screen(qtbot, screen: ConversationScreen) -> None:
    screen.projector_actions["two_feet"].trigger()
    projector = screen.projector
    assert projector is not None
    qtbot.addWidget(projector)
    assert projector.isVisible() and projector.page.title == "Loven om to føtter"
    screen.projector_actions["input_types"].trigger()
    assert screen.projector is projector and projector.page.key == "input_types"
    projector.close()
