"""A read-only board, fitted to its widget: for the projector and the økt runner.

    preview = BoardPreview(ctx.db, language=ctx.language, signals=ctx.signals)
    preview.show_board(find_board_for_step(db, group_id, økt, step_id, step.board))

It follows edits made on the boards screen (AppSignals.changed with Kind.BOARDS).
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPixmapCache, QResizeEvent
from PySide6.QtWidgets import QFrame, QGraphicsView, QWidget

from arenadesk.domain.boards import TemplateLibrary, load_templates, placeholder_template
from arenadesk.services.changes import ChangeSet, Kind
from arenadesk.store import boards as board_store
from arenadesk.store import notes as note_store
from arenadesk.store.boards import BoardRow
from arenadesk.store.db.database import Database
from arenadesk.ui.boards.scene import PIXMAP_CACHE_KB, BoardScene, tell_scene_what_shows
from arenadesk.ui.shell.signals import AppSignals


class BoardPreview(QGraphicsView):
    """The whole board, as large as the widget allows, nothing to click or drag."""

    def __init__(
        self,
        db: Database,
        *,
        language: str = "nb",
        signals: AppSignals | None = None,
        templates: TemplateLibrary | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.board_scene = BoardScene(editable=False, language=language, parent=self)
        self.setScene(self.board_scene)
        if QPixmapCache.cacheLimit() < PIXMAP_CACHE_KB:
            QPixmapCache.setCacheLimit(PIXMAP_CACHE_KB)
        self.db = db
        self.templates = templates or load_templates()
        self.board_id: uuid.UUID | None = None
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setBackgroundBrush(QColor("#ffffff"))
        self.setInteractive(False)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        if signals is not None:
            signals.changed.connect(self._on_changed)

    def show_board(self, board: BoardRow | uuid.UUID | None) -> None:
        """Show a board (a row or its id); None shows nothing."""
        board_id = board.id if isinstance(board, BoardRow) else board
        row = board_store.get_board(self.db, board_id) if board_id else None
        self.board_id = row.id if row else None
        if row is None:
            self.board_scene.clear_board()
            return
        notes = note_store.list_notes(self.db, row.id)
        template = self.templates.get(row.template_key) or placeholder_template(
            row.template_key, [n.zone_key for n in notes]
        )
        self.board_scene.show_board(template, notes)
        self._fit()

    def refresh(self) -> None:
        self.show_board(self.board_id)

    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.affects(Kind.BOARDS) and self.board_id is not None:
            self.refresh()

    def _fit(self) -> None:
        if self.board_scene.template is not None:
            self.fitInView(self.board_scene.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    def paintEvent(self, event: QPaintEvent) -> None:
        tell_scene_what_shows(self)  # a huge board draws its cards only, as on the canvas
        super().paintEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()
