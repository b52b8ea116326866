"""The strip of photo thumbnails with their captions: reorder by dragging, and take image
files or pictures dropped from outside.

A drag inside the strip does not move the row itself: it says which photo goes where
(`moved`), and the panel asks the photo service, so the order on screen is always the
order saved. Files and pictures dropped from outside arrive as `dropped` mime data.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QModelIndex, QPersistentModelIndex, QPoint, QSize, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QListWidget,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)


class CaptionUnderPicture(QStyledItemDelegate):
    """Thumbnail on top, its caption centred below, in the list's left-to-right flow."""

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        option.decorationPosition = QStyleOptionViewItem.Position.Top
        option.decorationAlignment = Qt.AlignmentFlag.AlignHCenter
        option.displayAlignment = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop


def carries_images(mime: QMimeData) -> bool:
    return mime.hasImage() or any(url.isLocalFile() for url in mime.urls())


class PhotoList(QListWidget):
    moved = Signal(int, int)  # from row, to row
    dropped = Signal(QMimeData)

    def __init__(self, edge: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("photos")
        self.setViewMode(QListView.ViewMode.ListMode)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setIconSize(QSize(edge, edge))
        self.setGridSize(QSize(edge + 36, edge + 46))
        self.setUniformItemSizes(True)
        self.setItemDelegate(CaptionUnderPicture(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.source() is self or carries_images(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if event.source() is self or carries_images(event.mimeData()):
            event.setDropAction(
                Qt.DropAction.MoveAction if event.source() is self else Qt.DropAction.CopyAction
            )
            event.accept()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        if event.source() is not self:
            if carries_images(event.mimeData()):
                event.setDropAction(Qt.DropAction.CopyAction)
                event.accept()
                self.dropped.emit(event.mimeData())
            return
        source = self.currentRow()
        target = self.drop_row(event.position().toPoint())
        event.setDropAction(Qt.DropAction.IgnoreAction)  # the panel reloads the new order
        event.accept()
        if source >= 0 and target != source:
            self.moved.emit(source, target)

    def drop_row(self, point: QPoint) -> int:
        """The row a dragged photo lands on: before the item under the pointer, or after
        it when dropped on its right half; the end when dropped past the last one."""
        index = self.indexAt(point)
        if not index.isValid():
            return self.count() - 1
        row = index.row()
        rect = self.visualRect(index)
        if point.x() > rect.center().x():
            row += 1
        source = self.currentRow()
        if source < row:
            row -= 1  # the photo leaves its own place first
        return max(0, min(row, self.count() - 1))
