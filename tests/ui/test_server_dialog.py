"""File → Connect to a database on a server… against the throwaway PostgreSQL server."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog
from sqlalchemy import inspect

from arenadesk.platform.settings import Settings
from arenadesk.store.arenas import current_arena_id
from arenadesk.store.db.server import server_engine, server_url
from arenadesk.ui.common.background import Progress
from arenadesk.ui.shell.main_window import MainWindow
from arenadesk.ui.sync import server_dialog
from arenadesk.ui.sync.server_dialog import ServerDialog
from tests.conftest_pg import PgServer

from .conftest import type_text


def database_of(url: str) -> str:
    return url.rsplit("/", 1)[1]


def test_fields_connect_and_nothing_remembers_the_password(
    qtbot, application, settings: Settings, pg_url: str, pg_server: PgServer
) -> None:  # type: ignore[no-untyped-def]
    dialog = ServerDialog(settings)
    qtbot.addWidget(dialog)
    dialog.host.setText(pg_server.host)
    dialog.port.setValue(pg_server.port)
    dialog.name.setText(database_of(pg_url))
    dialog.user.setText(pg_server.user)
    type_text(dialog.password, pg_server.password)
    dialog.accept()

    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.database is not None
    try:
        location = dialog.database.location
        assert location == f"postgresql://{pg_server.user}@127.0.0.1:{pg_server.port}/" + (
            database_of(pg_url)
        )
        settings.add_recent(location)
        assert settings.path is not None
        assert pg_server.password not in settings.path.read_text(encoding="utf-8")
    finally:
        dialog.database.close()


def test_a_pasted_address_fills_the_fields_and_hides_its_password(
    qtbot, application, settings: Settings
) -> None:  # type: ignore[no-untyped-def]
    dialog = ServerDialog(settings)
    qtbot.addWidget(dialog)
    dialog.address.setText("postgresql://arrangor:hemmelig@arena.example.no:6543/arena2027")
    dialog.address.editingFinished.emit()
    assert (dialog.host.text(), dialog.port.value()) == ("arena.example.no", 6543)
    assert (dialog.name.text(), dialog.user.text()) == ("arena2027", "arrangor")
    assert dialog.password.text() == "hemmelig"
    assert dialog.address.text() == "postgresql://arrangor@arena.example.no:6543/arena2027"


def test_wrong_password_is_explained_in_the_dialog_in_norwegian(
    qtbot, application, settings: Settings, pg_url: str, pg_server: PgServer, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    address = pg_server.url(database_of(pg_url), password="feil")
    dialog = ServerDialog(settings)
    qtbot.addWidget(dialog)
    dialog.address.setText(address)
    dialog.resize(560, 420)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.accept()

    assert dialog.database is None and dialog.isVisible()  # stays open to try again
    shown = dialog.error.text()
    assert dialog.error.isVisible()
    assert shown.startswith("Databaseserveren 127.0.0.1 godtok ikke brukernavnet")
    assert "feil" not in dialog.address.text()
    dialog.grab().save(str(tmp_path / "server-dialog-error-nb.png"))


def test_a_remembered_server_asks_for_the_password_then_opens(
    qtbot, window: MainWindow, pg_url: str, pg_server: PgServer, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    without_password = pg_url.replace(f":{pg_server.password}@", "@")
    asked: list[str] = []

    def give_password(self: ServerDialog) -> int:
        asked.append(self.error.text())
        assert self.host.text() == "127.0.0.1" and self.password.text() == ""
        self.password.setText(pg_server.password)
        self.accept()
        return int(self.result())

    monkeypatch.setattr(ServerDialog, "exec", give_password)
    monkeypatch.setattr(server_dialog, "show_error", lambda *a: pytest.fail(f"error box: {a}"))
    monkeypatch.setattr(
        "arenadesk.ui.shell.start_dialogs.WelcomeDialog.exec", lambda self: self.DEMO
    )
    window.open_path(without_password)

    assert asked and "passord" in asked[0]
    assert window.ctx.db.path is None and current_arena_id(window.ctx.db) is not None
    assert window.ctx.settings.recent_files[0] == window.ctx.db.location
    assert pg_server.password not in window.windowTitle()
    assert pg_server.password not in window.statusBar().currentMessage()
    assert pg_server.password not in " ".join(window.ctx.settings.recent_files)
    assert not window.copy_action.isEnabled()  # a server is backed up with its own tools
    window.ctx.db.close()


def test_the_file_menu_entry_opens_the_dialog(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[ServerDialog] = []

    def cancel(self: ServerDialog) -> int:
        shown.append(self)
        return int(QDialog.DialogCode.Rejected)

    monkeypatch.setattr(ServerDialog, "exec", cancel)
    before = window.ctx.db
    window.server_action.trigger()
    assert len(shown) == 1 and window.ctx.db is before  # cancelled: the same file stays open


def test_cancel_abandons_the_connection_and_changes_nothing_on_the_server(
    qtbot, application, settings: Settings, pg_url: str, pg_server: PgServer, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    def cancelled_at_once(_parent, _label, work, **_options):  # type: ignore[no-untyped-def]
        progress = Progress(lambda *_report: None)
        progress.cancel()  # *Avbryt* pressed while the server was being asked
        return work(progress)

    monkeypatch.setattr(server_dialog, "run_with_progress", cancelled_at_once)
    dialog = ServerDialog(settings)
    qtbot.addWidget(dialog)
    dialog.address.setText(pg_url)
    dialog.accept()

    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.database is None
    assert dialog.error.isHidden()  # a cancel is no error
    engine = server_engine(server_url(pg_url))
    try:
        assert inspect(engine).get_table_names() == []  # not migrated, not stamped
    finally:
        engine.dispose()
