"""A board out of the app: PNG (high resolution), SVG, PDF (the report's vector drawing),
and a picture on the clipboard."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter
from PySide6.QtWidgets import QGraphicsItem

from arenadesk.store.boards import NoteRow
from arenadesk.ui.boards.scene import BoardScene

PNG_WIDTH = 3840  # pixels: sharp on a 4K projector and in print
CLIPBOARD_WIDTH = 1920


@contextmanager
def _clean_render(scene: BoardScene) -> Iterator[QRectF]:
    """Without selection, zone highlight or cached pixels (an export draws vectors)."""
    selected = scene.selectedItems()
    scene.clearSelection()
    scene.highlight.setVisible(False)
    caches = [(item, item.cacheMode()) for item in scene.items()]
    for item, _mode in caches:
        item.setCacheMode(QGraphicsItem.CacheMode.NoCache)
    try:
        yield scene.sceneRect()
    finally:
        for item, mode in caches:
            item.setCacheMode(mode)
        scene.highlight.setVisible(True)
        for item in selected:
            item.setSelected(True)


def render_image(scene: BoardScene, width: int = PNG_WIDTH) -> QImage:
    rect = scene.sceneRect()
    height = round(width * rect.height() / rect.width())
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("white"))
    with _clean_render(scene) as source:
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        scene.render(painter, QRectF(0, 0, width, height), source)
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
    with _clean_render(scene) as source:
        painter = QPainter(generator)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        scene.render(painter, source, source)
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


def copy_image(scene: BoardScene) -> None:
    clipboard = QGuiApplication.clipboard()
    clipboard.setImage(render_image(scene, CLIPBOARD_WIDTH))
