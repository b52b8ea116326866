"""Photos in the window: added by picker, drop and paste (in a worker), captioned,
reordered, removed, edited, every step undone and redone; beside a board; under an Open
Space input; and the package size under *Send til arrangør*."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from PySide6.QtCore import QMimeData, Qt, QUrl
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from arenadesk.domain.photos import PhotoEdit
from arenadesk.services import photos as photo_service
from arenadesk.store import boards as board_store
from arenadesk.store.groups import list_groups
from arenadesk.ui.boards.screen import BoardsScreen
from arenadesk.ui.photos.edit_dialog import PhotoEditDialog
from arenadesk.ui.photos.panel import PhotoPanel
from arenadesk.ui.report.screen import ReportScreen
from arenadesk.ui.shell.context import UiContext
from arenadesk.ui.shell.main_window import MainWindow
from arenadesk.ui.sync import package_size
from arenadesk.ui.sync.send import SendPackageDialog
from tests.reports.photo_samples import LANDSCAPE, PORTRAIT, poster_bytes


@pytest.fixture
def files(tmp_path: Path) -> list[Path]:
    out = []
    for number, size in enumerate((LANDSCAPE, PORTRAIT, (800, 600)), start=1):
        path = tmp_path / f"plakat-{number}.jpg"
        path.write_bytes(poster_bytes(size, seed=number))
        out.append(path)
    return out


def report_panel(window: MainWindow) -> PhotoPanel:
    screen = window.show_screen("report")
    assert isinstance(screen, ReportScreen)
    return screen.photos.panel


def captions(panel: PhotoPanel) -> list[str]:
    return [photo.caption for photo in panel.photos]


def test_picker_adds_in_order_then_caption_move_remove_all_undo(
    window: MainWindow, files: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    panel = report_panel(window)
    assert panel.photos == []
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(p) for p in files], "")
    )
    panel.add_button.click()
    assert len(panel.photos) == 3 and panel.list.count() == 3
    assert [(p.width, p.height) for p in panel.photos][:2] == [(2400, 1800), (1350, 2400)]
    assert panel.owner is not None
    group_id = panel.owner["group_id"]
    panel.list.setCurrentRow(1)
    panel.caption.setText("Plakaten fra økt 3")
    panel.caption.editingFinished.emit()
    assert captions(panel) == ["", "Plakaten fra økt 3", ""]
    assert panel.list.item(1).text() == "Plakaten fra økt 3"
    moved = panel.photos[1].id
    panel.step(-1)
    assert panel.photos[0].id == moved and panel.current_photo() == panel.photos[0]
    panel.list.setCurrentRow(2)
    panel.remove()
    assert len(photo_service.photos_of(window.ctx.db, group_id=group_id)) == 2
    stack = panel.undo_stack
    stack.undo()  # the removal
    assert len(panel.photos) == 3
    stack.undo()  # the move
    assert panel.photos[1].id == moved
    stack.undo()  # the caption
    assert captions(panel) == ["", "", ""]
    stack.undo()  # the adding
    assert panel.photos == []
    for _ in range(4):
        stack.redo()
    assert captions(panel) == ["Plakaten fra økt 3", ""]


def test_a_refused_image_says_so_once_and_adds_nothing(
    window: MainWindow, files: list[Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    panel = report_panel(window)
    broken = tmp_path / "ødelagt.jpg"
    broken.write_bytes(poster_bytes(LANDSCAPE)[:400])
    shown: list[str] = []

    def say(box: QMessageBox) -> int:
        shown.append(box.text())
        return 0

    monkeypatch.setattr(QMessageBox, "exec", say)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(files[0])), QUrl.fromLocalFile(str(broken))])
    panel.add_mime(mime)
    assert len(shown) == 1 and "ødelagt.jpg" in shown[0]
    assert panel.photos == [] and not panel.undo_stack.canUndo()


def test_a_pasted_picture_becomes_a_photo(window: MainWindow) -> None:
    panel = report_panel(window)
    QGuiApplication.clipboard().setImage(QImage.fromData(poster_bytes((640, 480))))
    panel.paste()
    assert len(panel.photos) == 1 and (panel.photos[0].width, panel.photos[0].height) == (640, 480)
    said = panel.hint.text()
    QGuiApplication.clipboard().setText("bare tekst")
    panel.paste()
    assert len(panel.photos) == 1 and panel.hint.text() != said


def test_straightening_replaces_the_image_and_undo_puts_it_back(
    window: MainWindow, files: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    panel = report_panel(window)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(files[0]))])
    panel.add_mime(mime)
    before = panel.photos[0]
    edit = PhotoEdit(1, ((0.1, 0.1), (0.9, 0.12), (0.88, 0.9), (0.1, 0.85)), None)

    def accept(dialog: PhotoEditDialog) -> int:
        dialog._edit = edit
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(PhotoEditDialog, "exec", accept)
    panel.edit_current()
    after = panel.photos[0]
    assert after.id == before.id and after.sha256 != before.sha256
    assert after.height > after.width  # turned a quarter: the landscape poster stands
    panel.undo_stack.undo()
    assert panel.photos[0].sha256 == before.sha256
    panel.undo_stack.redo()
    assert panel.photos[0].sha256 == after.sha256


def test_photo_beside_the_board(window: MainWindow, files: list[Path]) -> None:
    window.nav.setCurrentRow(window._names.index("boards"))
    screen = window.current_screen
    assert isinstance(screen, BoardsScreen)
    beside = screen.beside
    assert not beside.toggle.isChecked() and not beside.pane.isVisibleTo(screen)
    board = screen.editor.board
    assert board is not None
    photo_service.add_photos(window.ctx.db, [files[1]], board_id=board.id, caption="Arket")
    screen.open_board(board_store.get_board(window.ctx.db, board.id))
    assert beside.toggle.isChecked() and beside.pane.isVisibleTo(screen)
    assert not beside.viewer.item.pixmap().isNull()
    assert beside.panel.photos[0].caption == "Arket"
    # the notes are typed into the zones with the photo in view
    screen.entry.setText("Lapp fra arket")
    screen.add_typed_note()
    assert beside.pane.isVisibleTo(screen)
    beside.toggle.click()
    assert not beside.pane.isVisibleTo(screen)


def test_send_dialog_shows_the_size_and_offers_to_shrink(
    ctx: UiContext, qtbot: Any, monkeypatch: pytest.MonkeyPatch, files: list[Path]
) -> None:
    group = list_groups(ctx.db, ctx.arena_id)[0].id
    photo_service.add_photos(ctx.db, files[:2], group_id=group)
    monkeypatch.setattr(photo_service, "EMAIL_LIMIT", 100_000)
    dialog = SendPackageDialog(ctx)
    qtbot.addWidget(dialog)
    row = dialog.findChild(package_size.PackageSizeRow)
    assert row is not None
    qtbot.waitUntil(lambda: row.measured is not None, timeout=20_000)
    assert "MB" in row.label.text() and "2" in row.label.text()
    assert row.shrink_button.isVisibleTo(dialog)
    before = row.measured
    row.shrink_button.click()
    assert row.measured is not None and before is not None
    assert row.measured.image_bytes < before.image_bytes  # measured again after shrinking
    assert max(p.width for p in photo_service.photos_of(ctx.db, group_id=group)) <= 1600


def test_pillow_reads_what_the_panel_pastes() -> None:
    from arenadesk.ui.photos.thumbnails import png_bytes

    image = QImage(40, 30, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.red)
    assert Image.open(io.BytesIO(png_bytes(image))).size == (40, 30)


def test_a_photo_documents_an_undocumented_topic(
    qtbot: Any, ctx: UiContext, files: list[Path]
) -> None:
    from arenadesk.store import conversations as conv
    from arenadesk.ui.conversations.screen import ConversationScreen
    from tests.ui.conversation_support import make_open_space_arena

    arena = make_open_space_arena(ctx.db)
    screen = ConversationScreen(ctx)
    qtbot.addWidget(screen)
    screen.resize(1196, 738)
    topic = arena.topics["1.2"]  # on the wall, nothing documented yet
    assert conv.get_conversation(ctx.db, topic).conversation_id is None
    screen.form.load(topic)
    panel = screen.form.photos.panel
    assert panel.owner is None and panel.isEnabled()
    screen.form.documented_by.setText("Kari Nordmann")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(files[2]))])
    panel.add_mime(mime)
    row = conv.get_conversation(ctx.db, topic)
    assert row.conversation_id is not None and row.documented_by == "Kari Nordmann"
    assert panel.owner == {"conversation_id": row.conversation_id}
    assert [p.conversation_id for p in panel.photos] == [row.conversation_id]
