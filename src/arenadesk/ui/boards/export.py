"""A board out of the app: PNG (high resolution), SVG, PDF (the report's vector drawing),
and a picture on the clipboard.

Every picture lays the notes out with `domain.picture_layout`, as the PDF does: notes
that cover each other on the board (a full zone's pages) are drawn apart, and a zone
without room for all says "+N"."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRectF, QSize
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter
from PySide6.QtWidgets import QFileDialog, QGraphicsItem, QWidget

from arenadesk.domain.picture_layout import picture_layout
from arenadesk.i18n.messages import UserError
from arenadesk.store.notes import NoteRow
from arenadesk.ui.boards.pages import count_badge
from arenadesk.ui.boards.scene import BoardScene
from arenadesk.ui.common.forms import show_error

PNG_WIDTH = 3840  # pixels: sharp on a 4K projector and in print
CLIPBOARD_WIDTH = 1920


def picture_scene(scene: BoardScene) -> BoardScene:
    """The board as a picture: its notes laid out apart, without selection, zone highlight
    or page buttons, and each zone's "+N" for notes it has no room for."""
    picture = BoardScene(editable=False, language=scene.language)
    template = scene.template
    if template is None:
        return picture
    layout = picture_layout(template, [item.row for item in scene.items_by_id.values()])
    rows = [replace(note, x=r.x, y=r.y, w=r.w, h=r.h) for note, r in layout.placed]
    picture.show_board(template, rows)
    picture.highlight.setVisible(False)
    for zone in template.zones:
        count = layout.left_out.get(zone.key, 0)
        if count:
            box = zone.region.bounds
            picture.addItem(count_badge(count, (box.right, box.bottom)))
    return picture


@contextmanager
def _clean_render(scene: BoardScene) -> Iterator[BoardScene]:
    """The picture scene, without cached pixels (an export draws vectors)."""
    picture = picture_scene(scene)
    for item in picture.items():
        item.setCacheMode(QGraphicsItem.CacheMode.NoCache)
    try:
        yield picture
    finally:
        picture.clear()
        picture.deleteLater()


def render_image(scene: BoardScene, width: int = PNG_WIDTH) -> QImage:
    rect = scene.sceneRect()
    height = round(width * rect.height() / rect.width())
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("white"))
    with _clean_render(scene) as picture:
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        picture.render(painter, QRectF(0, 0, width, height), rect)
        painter.end()
    return image


def export_png(scene: BoardScene, path: Path, width: int = PNG_WIDTH) -> None:
    if not render_image(scene, width).save(str(path)):
        raise OSError(f"could not write {path}")


def export_svg(scene: BoardScene, path: Path, title: str) -> None:
    from PySide6.QtSvg import QSvgGenerator  # loaded when first used: start-up stays lean

    rect = scene.sceneRect()
    generator = QSvgGenerator()
    generator.setFileName(str(path))
    generator.setSize(QSize(round(rect.width()), round(rect.height())))
    generator.setViewBox(rect)
    generator.setTitle(title)
    generator.setDescription("ArenaDesk")
    with _clean_render(scene) as picture:
        painter = QPainter(generator)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        picture.render(painter, rect, rect)
        painter.end()
    if not path.exists():
        raise OSError(f"could not write {path}")


def export_pdf(
    scene: BoardScene, path: Path, title: str, notes: Sequence[NoteRow], language: str
) -> None:
    """The same vector drawing the reports use, with the zone table after it."""
    from arenadesk.reports.board_drawing import write_board_pdf  # reportlab loads on first use

    assert scene.template is not None
    write_board_pdf(path, scene.template, notes, title, language=language)


def export_asking(
    parent: QWidget,
    scene: BoardScene,
    title: str,
    suggested: str,
    notes: Sequence[NoteRow],
    kind: str,
) -> Path | None:
    """Ask where, then write the board as `kind` (png, svg, pdf): the file written, or None
    when the person cancelled or it could not be written (said in a message)."""
    filters = {
        "png": QCoreApplication.translate("BoardsScreen", "PNG picture (*.png)"),
        "svg": QCoreApplication.translate("BoardsScreen", "SVG drawing (*.svg)"),
        "pdf": QCoreApplication.translate("BoardsScreen", "PDF document (*.pdf)"),
    }
    caption = QCoreApplication.translate("BoardsScreen", "Export board")
    path_text, _filter = QFileDialog.getSaveFileName(
        parent, caption, str(Path.home() / suggested), filters[kind]
    )
    if not path_text:
        return None
    path = Path(path_text)
    if path.suffix.lower() != f".{kind}":
        path = path.with_name(f"{path.name}.{kind}")
    try:
        if kind == "png":
            export_png(scene, path)
        elif kind == "svg":
            export_svg(scene, path, title)
        else:
            export_pdf(scene, path, title, notes, scene.language)
    except OSError as error:
        error_text = UserError("db.cannot_create", path=path, detail=error)
        show_error(parent, error_text, scene.language)
        return None
    return path


def copy_image(scene: BoardScene) -> None:
    clipboard = QGuiApplication.clipboard()
    clipboard.setImage(render_image(scene, CLIPBOARD_WIDTH))
