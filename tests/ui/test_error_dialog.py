"""An unexpected error: logged with its traceback, shown in one plain sentence with the
log's place, and its details copied with *Kopier detaljer*."""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from arenadesk.app import Application
from arenadesk.diagnostics.log import LOG_FILE, log_dir, setup_logging
from arenadesk.ui.common.error_dialog import ErrorDialog


def raise_in_a_slot() -> None:
    raise RuntimeError("the disk said no to postgresql://kari:hemmelig@server/arena")


def test_an_unexpected_error_is_logged_and_shown_with_its_details(
    qtbot,
    application: Application,  # type: ignore[no-untyped-def]
) -> None:
    setup_logging("test")
    seen: dict[str, object] = {}

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ErrorDialog)
        seen["message"] = dialog.message.text()
        seen["where"] = dialog.where.text()
        seen["buttons"] = (dialog.copy_button.text(), dialog.folder_button.text())
        assert not dialog.details.isVisible()
        dialog.show_details.click()
        seen["details shown"] = dialog.details.isVisible()
        dialog.copy_button.click()
        dialog.accept()

    QTimer.singleShot(0, answer)
    try:
        raise_in_a_slot()
    except RuntimeError:
        application.excepthook(*sys.exc_info())  # type: ignore[arg-type]

    assert "Noe uventet gikk galt (RuntimeError)" in str(seen["message"])
    assert str(log_dir()) in str(seen["where"])
    assert seen["buttons"] == ("Kopier detaljer", "Åpne loggmappen")
    assert seen["details shown"] is True
    copied = QApplication.clipboard().text()
    assert "Traceback" in copied and "raise_in_a_slot" in copied and "ArenaDesk" in copied
    assert "hemmelig" not in copied
    logged = (log_dir() / LOG_FILE).read_text(encoding="utf-8")
    assert "ERROR" in logged and "raise_in_a_slot" in logged and "RuntimeError" in logged
    assert "hemmelig" not in logged


def test_the_dialog_speaks_english(qtbot, english: Application) -> None:  # type: ignore[no-untyped-def]
    dialog = ErrorDialog(None, "Something unexpected went wrong.", "Traceback: …")
    qtbot.addWidget(dialog)
    assert dialog.copy_button.text() == "Copy details"
    assert dialog.folder_button.text() == "Open log folder"
    assert dialog.where.text().startswith("The details are in the log in ")


def test_the_help_menu_opens_the_log_folder(window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from arenadesk.ui.common import error_dialog

    opened: list[str] = []
    monkeypatch.setattr(
        error_dialog.QDesktopServices,
        "openUrl",
        lambda url: opened.append(url.toLocalFile()) or True,
    )
    help_menu = next(
        a.menu() for a in window.menuBar().actions() if a.text().replace("&", "") == "Hjelp"
    )
    action = next(a for a in help_menu.actions() if a.text().replace("&", "") == "Åpne loggmappen")
    action.trigger()
    assert opened == [str(log_dir())]
    assert log_dir().is_dir()
