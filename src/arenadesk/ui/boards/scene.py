"""The board canvas: a scene of one board's template and notes, and the view that shows it
(zoom, pan, drag, edit in place). It reports what the person did; the editor saves it."""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from PySide6.QtCore import QObject, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPixmapCache,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QGraphicsScene,
    QGraphicsSceneHelpEvent,
    QGraphicsSceneMouseEvent,
    QGraphicsView,
    QWidget,
)

from arenadesk.domain.boards import BoardTemplate, Zone
from arenadesk.domain.note_layout import clamp_to_board
from arenadesk.store.notes import NoteRow
from arenadesk.ui.boards.items import NoteItem, TemplateItem, ZoneHighlight
from arenadesk.ui.boards.layer import NoteLayer
from arenadesk.ui.boards.note_editor import NoteEditor
from arenadesk.ui.boards.pages import ZonePages

# DeviceCoordinateCache keeps the template's and the note layer's pixels in QPixmapCache;
# Qt's default 10 MB does not hold them at full-screen size.
PIXMAP_CACHE_KB = 128 * 1024
# More notes than this in view at once: they overlap and their text is unreadable, so
# notes draw as cards only until the person zooms in.
CROWDED_NOTES = 1500
# A board with more notes than this has no item index. Qt sizes its BSP tree by the
# number of items (2^15 cells for 20 000 notes), so each note sits in about 150 cells and
# every repaint walked some 3 million cell entries (40 ms) to find items that, on a
# crowded board, draw nothing. Without the index a repaint takes the sorted list of items
# and skips those without contents at once (2 ms); a hit test at the mouse reads each
# note's bounding box in C++ (a few ms at 20 000 notes).
INDEXED_NOTES_LIMIT = 1500


class BoardScene(QGraphicsScene):
    # [(note id, new x, new y)] after a drag ended
    notes_dragged = Signal(list)
    # (note id, new text) after an edit in place
    text_edited = Signal(object, str)

    def __init__(
        self, *, editable: bool = True, language: str = "nb", parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.editable = editable
        self.language = language
        self.template: BoardTemplate | None = None
        self.items_by_id: dict[uuid.UUID, NoteItem] = {}
        self.highlight = ZoneHighlight()
        self._background: TemplateItem | None = None
        self._editor: NoteEditor | None = None
        self.crowded = False  # set by the view before each paint (see CROWDED_NOTES)
        self._crowd_key: tuple[float, ...] = ()
        self.layer: NoteLayer | None = None
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)
        self.addItem(self.highlight)
        self.zone_pages = ZonePages(self)
        self._bulk = False
        self._selected: set[NoteItem] = set()
        self.selectionChanged.connect(self._selection_changed)

    def view_shows(self, visible: QRectF) -> None:
        """Told by a view before it paints which part of the board it shows: with more
        than CROWDED_NOTES notes there the board is `crowded` (cards only). The notes in
        view are counted from the layer's grid, again only when the zoom or the number
        of notes changed or the view moved by a quarter of its size (not on every scroll
        step: counting thousands of notes cost more than the step's drawing)."""
        x, y, w, h = visible.x(), visible.y(), visible.width(), visible.height()
        key = (round(w, 3), round(h, 3), len(self.items_by_id))
        if key == self._crowd_key[:3]:
            _, _, _, last_x, last_y = self._crowd_key
            if abs(x - last_x) < w / 4 and abs(y - last_y) < h / 4:
                return
        self._crowd_key = (*key, x, y)
        count = len(self.items_by_id)
        whole = visible.contains(self.sceneRect())
        if count > CROWDED_NOTES and self.layer is not None and not whole:
            count = len(self.layer.grid.within(x, y, w, h))
        self.set_crowded(count > CROWDED_NOTES)

    def set_crowded(self, crowded: bool) -> None:
        if crowded != self.crowded:
            self.crowded = crowded
            self._notes_changed()
            for item in self._selected:
                item.update()

    def _selection_changed(self) -> None:
        selected = {i for i in self.selectedItems() if isinstance(i, NoteItem)}
        changed = selected ^ self._selected
        for item in changed:
            item.selection_changed()
        self._selected = selected
        if self.layer is not None:
            self.layer.select(selected)
            self.layer.redraw_notes(changed)

    def _notes_changed(self) -> None:
        if self.layer is not None:
            self.layer.skip(self.zone_pages.hidden)
            self.layer.select(self._selected)
            self.layer.invalidate()

    def show_board(self, template: BoardTemplate, notes: Iterable[NoteRow]) -> None:
        self.finish_editing()
        for item in self.items_by_id.values():
            self.removeItem(item)
        self.items_by_id.clear()
        if self._background is not None:
            self.removeItem(self._background)
        self.template = template
        self._background = TemplateItem(template, self.language)
        self.addItem(self._background)
        if self.layer is not None:
            self.removeItem(self.layer)
        self.layer = NoteLayer(template.width, template.height)
        self.addItem(self.layer)
        self._selected.clear()
        self._crowd_key = ()
        self.setSceneRect(QRectF(0, 0, template.width, template.height))
        self.highlight.show_zone(None)
        rows = list(notes)
        self.setItemIndexMethod(
            QGraphicsScene.ItemIndexMethod.BspTreeIndex
            if len(rows) <= INDEXED_NOTES_LIMIT
            else QGraphicsScene.ItemIndexMethod.NoIndex
        )
        self.zone_pages.clear()
        self._bulk = True
        for row in rows:
            self.put_note(row)
        self._bulk = False
        self.layer.place_new(self.items_by_id.values())
        self.zone_pages.refresh(template, self.items_by_id.values())
        self._notes_changed()

    def clear_board(self) -> None:
        self.finish_editing()
        for item in [*self.items_by_id.values(), self._background, self.layer]:
            if item is not None:
                self.removeItem(item)
        self.items_by_id.clear()
        self._selected.clear()
        self.zone_pages.clear()
        self._background = self.layer = None
        self.template = None
        self.highlight.show_zone(None)

    def put_note(self, row: NoteRow) -> NoteItem:
        """Show a note, or update the one already shown."""
        return self.put_notes([row])[0]

    def put_notes(self, rows: Iterable[NoteRow]) -> list[NoteItem]:
        """Show notes, or update those already shown. Only these notes and the stacks of
        their zones' pages they leave and join are worked out again, and only where they
        were and are is redrawn: one note's edit costs that note, not the board."""
        items: list[NoteItem] = []
        for row in rows:
            item = self.items_by_id.get(row.id)
            if item is None:
                item = NoteItem(row, editable=self.editable)
                self.items_by_id[row.id] = item
                self.addItem(item)
            else:
                item.set_row(row)
            items.append(item)
        if not self._bulk and items:
            self._after_notes(items, [])
        return items

    def drop_note(self, note_id: uuid.UUID) -> None:
        self.drop_notes([note_id])

    def drop_notes(self, note_ids: Iterable[uuid.UUID]) -> None:
        gone: list[NoteItem] = []
        for note_id in note_ids:
            item = self.items_by_id.pop(note_id, None)
            if item is not None:
                self._selected.discard(item)
                self.removeItem(item)
                gone.append(item)
        if gone:
            self._after_notes([], gone)

    def _after_notes(self, items: list[NoteItem], gone: list[NoteItem]) -> None:
        """Notes were added or changed (`items`) or removed (`gone`): their zones' pages
        follow, and where the notes were and are is drawn again, with the notes the pages
        hid or showed for them (a zone whose number of pages changed shows others)."""
        pages = self.zone_pages
        hidden = set(pages.hidden)
        pages.update(self.template, items, gone)
        if self.layer is None:
            return
        places = [p for p in (self.layer.grid.rect(i) for i in gone) if p is not None]
        for item in gone:
            self.layer.forget(item)
        self.layer.skip(pages.hidden)
        self.layer.redraw_places(places)
        self.layer.redraw_notes({*items, *(hidden ^ pages.hidden)} - set(gone))

    def turn_zone_page(self, zone_key: str) -> None:
        """The next page of a zone that holds more notes than fit (see ZonePages)."""
        self.zone_pages.turn(zone_key, self.template)
        self._notes_changed()

    def selected_ids(self) -> list[uuid.UUID]:
        return [i.note_id for i in self.selectedItems() if isinstance(i, NoteItem)]

    def select_only(self, note_ids: Iterable[uuid.UUID]) -> None:
        self.clearSelection()
        for note_id in note_ids:
            item = self.items_by_id.get(note_id)
            if item is not None:
                item.setSelected(True)

    def show_zone(self, zone: Zone | None) -> None:
        self.highlight.show_zone(zone)

    # --- dragging and editing --------------------------------------------------------------

    def helpEvent(self, event: QGraphicsSceneHelpEvent) -> None:
        """A note's tooltip (its whole text, when cut) is known once its text is laid out,
        which a note never drawn with text has not done yet: lay it out now."""
        for item in self.items(event.scenePos()):
            if isinstance(item, NoteItem):
                _ = item.fitted
                break
        super().helpEvent(event)

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mouseMoveEvent(event)
        # Qt moves the selected notes under a dragging mouse; the layer that draws them
        # follows (the items do not report moves: that is a Python call for every item
        # whenever a board loads).
        if (
            self.layer is not None
            and self._selected
            and event.buttons() & Qt.MouseButton.LeftButton
            and isinstance(self.mouseGrabberItem(), NoteItem)
        ):
            self.layer.redraw_notes(self._selected)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if self.template is None or event.button() != Qt.MouseButton.LeftButton:
            return
        moved = []
        for item in self.selectedItems():
            if not isinstance(item, NoteItem):
                continue
            x, y = clamp_to_board(self.template, item.x(), item.y(), item.row.w, item.row.h)
            if (x, y) != (item.row.x, item.row.y):
                item.setPos(x, y)
                moved.append((item.note_id, x, y))
        if moved and self.layer is not None:
            self.layer.redraw_notes(self._selected)
        if moved:
            self.notes_dragged.emit(moved)

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        notes = [i for i in self.items(event.scenePos()) if isinstance(i, NoteItem)]
        if self.editable and notes:
            self.edit_note(notes[0].note_id)  # the topmost
            return
        super().mouseDoubleClickEvent(event)

    def edit_note(self, note_id: uuid.UUID) -> NoteEditor | None:
        """Open the in-place editor on a note (Enter keeps, Esc cancels, Shift+Enter: new line)."""
        item = self.items_by_id.get(note_id)
        if item is None or not self.editable:
            return None
        self.finish_editing()
        editor = NoteEditor(self, item)
        self._editor = editor
        self.addItem(editor)
        editor.setFocus(Qt.FocusReason.OtherFocusReason)
        return editor

    @property
    def editor(self) -> NoteEditor | None:
        return self._editor

    def finish_editing(self, keep: bool = True) -> None:
        editor, self._editor = self._editor, None
        if editor is None:
            return
        text = editor.toPlainText().strip()
        note_id, before = editor.item.note_id, editor.item.row.text
        self.removeItem(editor)
        if keep and text and text != before:
            self.text_edited.emit(note_id, text)


def tell_scene_what_shows(view: QGraphicsView) -> None:
    """Called by a view of a BoardScene before it paints (see BoardScene.view_shows)."""
    scene = view.scene()
    if isinstance(scene, BoardScene):
        scene.view_shows(view.mapToScene(view.viewport().rect()).boundingRect())


class BoardCanvas(QGraphicsView):
    """Zoom (Ctrl+wheel, +/−), pan (middle button or scroll), fit to the window."""

    MIN_ZOOM, MAX_ZOOM = 0.1, 6.0

    def __init__(self, scene: BoardScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        if QPixmapCache.cacheLimit() < PIXMAP_CACHE_KB:
            QPixmapCache.setCacheLimit(PIXMAP_CACHE_KB)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontSavePainterState)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setBackgroundBrush(QColor("#e9edf1"))
        self._panning: QPointF | None = None
        self._fitted = True

    def paintEvent(self, event: QPaintEvent) -> None:
        tell_scene_what_shows(self)
        super().paintEvent(event)

    def zoom_fit(self) -> None:
        scene = self.scene()
        if scene is not None:
            self.fitInView(scene.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)
        self._fitted = True

    def zoom_by(self, factor: float) -> None:
        current = self.transform().m11()
        factor = max(self.MIN_ZOOM / current, min(self.MAX_ZOOM / current, factor))
        self.scale(factor, factor)
        self._fitted = False

    @property
    def zoom(self) -> float:
        return self.transform().m11()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._fitted:
            self.zoom_fit()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom_by(1.15 if event.angleDelta().y() > 0 else 1 / 1.15)
            event.accept()
            return
        super().wheelEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.MiddleButton:
            self._panning = event.position()
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._panning is not None:
            delta = event.position() - self._panning
            self._panning = event.position()
            bar_h, bar_v = self.horizontalScrollBar(), self.verticalScrollBar()
            bar_h.setValue(bar_h.value() - round(delta.x()))
            bar_v.setValue(bar_v.value() - round(delta.y()))
            self._fitted = False
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._panning is not None and event.button() == Qt.MouseButton.MiddleButton:
            self._panning = None
            self.viewport().unsetCursor()
            event.accept()
            return
        super().mouseReleaseEvent(event)
