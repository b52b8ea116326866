"""The offline guarantee: the main flows run with network sockets blocked and never try."""

from __future__ import annotations

import io
import socket
from pathlib import Path

import pytest

from arenadesk.app import Application
from arenadesk.demo.arena import create_demo_arena
from arenadesk.platform.settings import Settings
from arenadesk.reports.group_docx import build_group_docx
from arenadesk.reports.group_pdf import build_group_pdf
from arenadesk.services.runner import Runner
from arenadesk.store.arenas import require_arena_id
from arenadesk.store.boards import list_boards
from arenadesk.store.db.backups import BackupPolicy
from arenadesk.store.db.database import open_database
from arenadesk.store.groups import find_group_by_code
from arenadesk.store.notes import NoteDraft, add_note
from arenadesk.store.people import PersonDraft, create_person
from arenadesk.store.reports import assemble_group_report, save_text
from arenadesk.ui.shell.context import UiContext
from arenadesk.ui.shell.main_window import MainWindow
from arenadesk.ui.shell.signals import AppSignals


class NetworkAttempt(AssertionError):
    pass


@pytest.fixture
def attempts(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Record and refuse every network connection or name lookup; unix sockets may pass."""
    seen: list[str] = []
    real_connect = socket.socket.connect
    real_connect_ex = socket.socket.connect_ex

    def refuse(what: str) -> NetworkAttempt:
        seen.append(what)
        return NetworkAttempt(f"network use: {what}")

    def connect(self: socket.socket, address: object) -> None:
        if self.family == socket.AF_UNIX:
            return real_connect(self, address)  # type: ignore[arg-type]
        raise refuse(f"connect {address!r}")

    def connect_ex(self: socket.socket, address: object) -> int:
        if self.family == socket.AF_UNIX:
            return real_connect_ex(self, address)  # type: ignore[arg-type]
        raise refuse(f"connect_ex {address!r}")

    def create_connection(address: object, *args: object, **kwargs: object) -> None:
        raise refuse(f"create_connection {address!r}")

    def getaddrinfo(host: object, *args: object, **kwargs: object) -> None:
        raise refuse(f"getaddrinfo {host!r}")

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket.socket, "connect_ex", connect_ex)
    monkeypatch.setattr(socket, "create_connection", create_connection)
    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    monkeypatch.setattr(socket, "gethostbyname", getaddrinfo)
    return seen


def test_the_blocker_notices_an_attempt(attempts: list[str]) -> None:
    with pytest.raises(NetworkAttempt):
        socket.create_connection(("example.org", 443), timeout=1)
    with pytest.raises(NetworkAttempt), socket.socket() as s:
        s.connect(("127.0.0.1", 9))
    assert len(attempts) == 2


def test_main_flows_never_touch_the_network(
    qtbot, attempts: list[str], application: Application, settings: Settings, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    db = open_database(tmp_path / "offline.sqlite", settings.device)
    try:
        create_demo_arena(db)
        BackupPolicy(db).on_open()
        arena = require_arena_id(db)
        group = find_group_by_code(db, arena, "1A")
        assert group is not None
        create_person(db, arena, PersonDraft("Frakoblet Fredriksen"))
        save_text(db, group.id, "problem", "Skrevet uten nett")
        board = list_boards(db, group.id)[0]
        add_note(db, board.id, NoteDraft("ideer", "Uten nett", 10, 10, 150, 90))
        runner = Runner(db, group.id, 1, clock=lambda: 1_900_000_000.0)
        runner.start_or_pause()
        runner.next()
        report = assemble_group_report(db, group.id)
        pdf, word = io.BytesIO(), io.BytesIO()
        build_group_pdf(report, pdf)
        build_group_docx(report, word)
        assert pdf.getvalue().startswith(b"%PDF") and word.getvalue()[:2] == b"PK"

        window = MainWindow(UiContext(db, settings, AppSignals()), lambda _language: None)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        for name in window._names:
            window.show_screen(name)
            qtbot.wait(10)
        assert window.nav.count() == len(window._names)
    finally:
        db.close()
    assert attempts == []
