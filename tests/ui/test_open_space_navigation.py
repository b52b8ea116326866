"""The navigation shows what the arena's format uses: groups, Open Space, or both."""

from __future__ import annotations

from arenadesk.domain.vocabulary import ArenaFormat
from arenadesk.services.changes import ChangeSet, Kind
from arenadesk.store.arenas import update_arena
from arenadesk.ui.shell.main_window import MainWindow


def _visible(window: MainWindow) -> list[str]:
    return [
        window._names[i] for i in range(window.nav.count()) if not window.nav.item(i).isHidden()
    ]


def _set_format(window: MainWindow, arena_format: ArenaFormat) -> None:
    update_arena(window.ctx.db, window.ctx.arena_id, format=arena_format)
    window.ctx.signals.announce(ChangeSet.of(Kind.ARENA))


def test_facilitated_arena_shows_no_open_space_pages(window: MainWindow) -> None:
    assert _visible(window) == [
        "overview",
        "groups",
        "people",
        "checkin",
        "plan",
        "run",
        "boards",
        "report",
    ]


def test_open_space_arena_shows_the_wall_and_inputs_instead_of_group_work(
    window: MainWindow,
) -> None:
    window.show_screen("boards")
    _set_format(window, ArenaFormat.OPEN_SPACE)
    assert _visible(window) == ["overview", "people", "checkin", "wall", "conversations"]
    # The boards page the person was on is gone: they land on the overview, not a blank.
    assert window.nav.currentRow() == 0 and window.current_screen is window.overview
    labels = [window.nav.item(window._names.index(n)).text() for n in ("wall", "conversations")]
    assert labels == ["Programvegg", "Innspill"]


def test_both_formats_show_every_page(window: MainWindow) -> None:
    _set_format(window, ArenaFormat.BOTH)
    assert len(_visible(window)) == len(window._names)


def test_every_file_menu_entry_speaks_bokmal(window: MainWindow) -> None:
    """Entries built by helper modules (sync, arena export) are translated too: lupdate only
    finds strings whose context is written out in the call."""
    file_menu = window.menuBar().actions()[0].menu()
    texts = [a.text() for a in file_menu.actions() if not a.isSeparator()]
    for expected in (
        "Send til &arrangør…",
        "&Importer pakker…",
        "Eksporter &oppsettfil…",
        "&Arenarapport…",
        "Eksporter &regneark…",
    ):
        assert expected in texts
    english = {"Send to &organiser…", "&Arena report…", "Export &spreadsheet…", "&Merge log"}
    assert not english & set(texts)


def test_end_and_home_keys_never_land_on_a_hidden_page(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Qt's list skips hidden rows for the arrows, not for End and Home: the facilitated
    arena's last visible page is Rapport, the Open Space one's first after Oversikt…"""
    from PySide6.QtCore import Qt

    window.nav.setFocus()
    for key, modifier in (
        (Qt.Key.Key_End, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier),
        (Qt.Key.Key_PageDown, Qt.KeyboardModifier.NoModifier),
    ):
        window.show_screen("boards")
        qtbot.keyClick(window.nav, key, modifier)
        assert window._names[window.nav.currentRow()] == "report"
    _set_format(window, ArenaFormat.OPEN_SPACE)
    window.show_screen("conversations")
    qtbot.keyClick(window.nav, Qt.Key.Key_Home)
    assert window._names[window.nav.currentRow()] == "overview"
    qtbot.keyClick(window.nav, Qt.Key.Key_End)
    assert window._names[window.nav.currentRow()] == "conversations"
