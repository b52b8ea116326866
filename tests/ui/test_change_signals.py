"""Screens refresh from the typed change set, and only for the kinds they show."""

from __future__ import annotations

from arenadesk.services.changes import ChangeSet, Kind
from arenadesk.store import people as people_store
from arenadesk.store.groups import list_groups
from arenadesk.ui.shell.main_window import MainWindow


def _names(window: MainWindow) -> set[str]:
    return {p.name for p in window.people.model.rows}


def test_a_screen_refreshes_only_for_what_it_shows(window: MainWindow) -> None:
    ctx = window.ctx
    window.show_screen("people")
    person = people_store.create_person(
        ctx.db, ctx.arena_id, people_store.PersonDraft("Ingrid Ødegård")
    )
    ctx.signals.announce(ChangeSet.of(Kind.WALL))  # not shown on the people screen
    ctx.signals.announce(ChangeSet())  # nothing changed: not even announced
    assert "Ingrid Ødegård" not in _names(window)
    ctx.signals.announce(ChangeSet.of(Kind.PEOPLE, person))
    assert "Ingrid Ødegård" in _names(window)


def test_an_empty_change_set_is_not_announced(window: MainWindow) -> None:
    heard: list[ChangeSet] = []
    window.ctx.signals.changed.connect(heard.append)
    window.ctx.signals.announce(ChangeSet())
    window.ctx.signals.announce(ChangeSet.of(Kind.ARENA))
    assert heard == [ChangeSet.of(Kind.ARENA)]


def test_show_group_carries_the_id(window: MainWindow) -> None:
    group = list_groups(window.ctx.db, window.ctx.arena_id)[2]
    window.ctx.signals.show_group.emit(group.id)
    assert window.groups.detail.group is not None and window.groups.detail.group.id == group.id
