"""The sync dialogs: send a package, import packages, the merge log, setup files."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from arenadesk.services.changes import Kind
from arenadesk.store.arenas import require_arena_id
from arenadesk.store.db.database import Database
from arenadesk.store.db.device import Device
from arenadesk.store.people import PersonDraft, list_people, update_person
from arenadesk.sync.export import export_package
from arenadesk.sync.log import list_merge_log
from arenadesk.sync.package import inspect_package
from arenadesk.sync.setup import start_working_file
from arenadesk.ui.shell.context import UiContext
from arenadesk.ui.shell.main_window import MainWindow
from arenadesk.ui.sync import imports as sync_import
from arenadesk.ui.sync import setup as sync_setup
from arenadesk.ui.sync.imports import ImportPackagesDialog
from arenadesk.ui.sync.log import MergeLogDialog
from arenadesk.ui.sync.send import SendPackageDialog


@pytest.fixture
def laptop(ctx: UiContext, tmp_path: Path) -> Database:
    setup = export_package(ctx.db, tmp_path / "setup", kind="setup")
    db = start_working_file(setup, tmp_path / "laptop", Device.new("laptop-7"))
    yield db  # type: ignore[misc]
    db.close()


def conflicting_package(ctx: UiContext, laptop: Database, tmp_path: Path) -> Path:
    """The laptop renames a person; the organiser renames the same one later."""
    person = list_people(laptop, require_arena_id(laptop))[0].id
    update_person(laptop, person, PersonDraft("Navn fra laptopen"))
    package = export_package(laptop, tmp_path / "usb")
    update_person(ctx.db, person, PersonDraft("Navn fra arrangøren"))
    return package


def test_file_menu_has_the_sync_entries(window: MainWindow) -> None:
    from PySide6.QtGui import QAction

    names = {a.objectName() for a in window.findChildren(QAction)}
    assert {"send_package", "import_packages", "merge_log", "export_setup", "import_setup"} <= names


def test_send_package_says_where_it_was_saved(
    ctx: UiContext, english: object, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("ARENADESK_REPORTS_DIR", str(tmp_path / "Documents"))
    dialog = SendPackageDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.selected_folder() == tmp_path / "Documents"
    saved = dialog.save()
    assert saved is not None and saved.parent == tmp_path / "Documents"
    assert inspect_package(saved).kind == "package"
    assert str(saved) in dialog.outcome.text() and "Saved as" in dialog.outcome.text()


def test_import_previews_rejects_and_merges(
    ctx: UiContext, english: object, laptop: Database, qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    good = conflicting_package(ctx, laptop, tmp_path)
    bad = tmp_path / "usb" / "avkortet.arenapakke"
    bad.write_bytes(good.read_bytes()[:5000])
    changes: list[Kind] = []
    ctx.signals.changed.connect(lambda c: changes.extend(c.kinds))

    dialog = ImportPackagesDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.add_paths([good, bad])
    assert dialog.table.rowCount() == 2
    assert dialog.table.item(0, 2).text() == "OK"
    assert dialog.table.item(0, 6).text() == "1"  # one conflict
    rejected = dialog.table.item(1, 2).text()
    assert rejected.startswith("Rejected:") and "avkortet.arenapakke" in rejected
    assert "Nothing was imported" in rejected

    dialog.merge()
    assert "Merged 1 package:" in dialog.summary.text()
    assert "1 not merged." in dialog.summary.text()
    assert Kind.PEOPLE in changes and Kind.GROUPS in changes
    assert dialog.table.item(0, 2).text() == "Already imported; nothing changes"
    assert [e.data["name"] for e in list_merge_log(ctx.db, conflicts_only=True)] == [
        "Navn fra laptopen"
    ]


def test_dropped_files_are_added(
    ctx: UiContext, english: object, laptop: Database, qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    package = export_package(laptop, tmp_path / "usb")
    dialog = ImportPackagesDialog(ctx)
    qtbot.addWidget(dialog)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(package))])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    dialog.dropEvent(event)
    assert dialog.paths == [package]
    assert dialog.table.item(0, 0).text() == package.name


def test_another_arena_is_merged_only_when_confirmed(
    ctx: UiContext, english: object, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from arenadesk.demo.arena import create_demo_arena
    from arenadesk.store.db.database import open_database

    other = open_database(tmp_path / "other.sqlite", Device.new("annen"))
    create_demo_arena(other)
    package = export_package(other, tmp_path)
    other.close()
    asked: list[str] = []

    def answer(_parent: object, _title: str, text: str, _action: str) -> bool:
        asked.append(text)
        return False

    monkeypatch.setattr(sync_import, "confirm", answer)
    dialog = ImportPackagesDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.add_paths([package])
    assert "Another arena" in dialog.table.item(0, 2).text()
    dialog.merge()
    assert package.name in asked[0]
    assert len(list_people(ctx.db, require_arena_id(ctx.db))) == 70  # declined: nothing merged


def test_merge_log_lists_and_restores_a_conflict(
    ctx: UiContext, english: object, laptop: Database, qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from arenadesk.sync.merge import merge_packages

    merge_packages(ctx.db, [conflicting_package(ctx, laptop, tmp_path)])
    dialog = MergeLogDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 1).text() == "Participant"
    assert dialog.table.item(0, 2).text() == "Navn fra laptopen"
    assert dialog.table.item(0, 3).text().startswith("laptop-7, ")
    assert "Name: «Navn fra laptopen» → «Navn fra arrangøren»" in dialog.details.toPlainText()
    dialog.restore()
    names = {p.name for p in list_people(ctx.db, require_arena_id(ctx.db))}
    assert "Navn fra laptopen" in names and "Navn fra arrangøren" not in names
    assert "Restored" in dialog.status.text()
    dialog.show_all.setChecked(True)
    kinds = {dialog.table.item(r, 4).text() for r in range(dialog.table.rowCount())}
    assert "Replaced by a restore" in kinds


def test_setup_file_starts_a_working_copy_then_merges_later_ones(
    ctx: UiContext, english: object, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from arenadesk.demo.arena import create_demo_arena
    from arenadesk.store.db.database import open_database

    told: list[str] = []
    monkeypatch.setattr(sync_setup, "_tell", lambda _parent, text: told.append(text))
    organiser = open_database(tmp_path / "organiser.sqlite", Device.new("arrangor"))
    create_demo_arena(organiser)
    usb = tmp_path / "usb"
    setup = export_package(organiser, usb, kind="setup")
    before = setup.read_bytes()

    sync_setup.take_in_setup(None, ctx, setup)
    assert ctx.db.path is not None and ctx.db.path.parent != usb  # never live on the stick
    assert "your own copy" in told[-1] and str(ctx.db.path) in told[-1]
    assert setup.read_bytes() == before

    person = list_people(ctx.db, require_arena_id(ctx.db))[0]
    update_person(ctx.db, person.id, PersonDraft("Fasilitatorens rettelse"))
    later = export_package(organiser, usb, kind="setup")
    organiser.close()
    sync_setup.take_in_setup(None, ctx, later)
    assert "Your own newer changes were kept" in told[-1]
    names = {p.name for p in list_people(ctx.db, require_arena_id(ctx.db))}
    assert "Fasilitatorens rettelse" in names
