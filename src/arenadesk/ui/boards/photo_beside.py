"""The board with its photo beside it: the photo of the group's paper board (large, to
zoom in on) next to the drawn board, so the notes can be typed into the zones while
reading them off the photo. The board's photos are added and chosen in a strip under it.

The screen puts the board's tabs in `PhotoBeside` and its `toggle` button in the entry
row, and calls `set_board` when another board opens.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QSplitter, QToolButton, QVBoxLayout, QWidget

from arenadesk.ui.common.icons import icon
from arenadesk.ui.photos.panel import PhotoPanel
from arenadesk.ui.photos.viewer import PhotoViewer
from arenadesk.ui.shell.context import UiContext


class PhotoBeside(QSplitter):
    def __init__(
        self,
        ctx: UiContext,
        board: QWidget,
        fit_board: Callable[[], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.ctx, self.fit_board = ctx, fit_board
        self.board_id: uuid.UUID | None = None
        self._chosen_by_hand = False  # once the person toggles, their choice holds
        self.viewer = PhotoViewer()
        self.panel = PhotoPanel(ctx, edge=56)
        self.panel.hint.hide()  # the strip is small: its tooltip-sized hint would crowd it
        self.panel.list.setMaximumHeight(self.panel.list.gridSize().height() + 12)
        self.panel.current_changed.connect(lambda photo: self.viewer.show_photo(ctx.db, photo))
        self.pane = QWidget()
        self.pane.setObjectName("photo_beside")
        column = QVBoxLayout(self.pane)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.viewer, 1)
        column.addWidget(self.panel)
        self.addWidget(board)
        self._refit = False
        board.installEventFilter(self)
        self.addWidget(self.pane)
        self.setStretchFactor(0, 1)
        self.setStretchFactor(1, 1)
        self.setChildrenCollapsible(False)
        self.toggle = QToolButton()
        self.toggle.setObjectName("photo_beside_toggle")
        self.toggle.setIcon(icon("photo_beside"))
        self.toggle.setText(self.tr("Photo beside the board"))
        self.toggle.setToolTip(self.tr("Photo beside the board (Ctrl+Shift+P)"))
        self.toggle.setShortcut("Ctrl+Shift+P")
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setCheckable(True)
        self.toggle.toggled.connect(self._toggled)
        self.toggle.clicked.connect(self._by_hand)
        self.pane.hide()
        # The drawn board keeps filling its half as the divider moves.
        self.splitterMoved.connect(lambda _pos, _index: self.fit_board())

    def set_board(self, board_id: uuid.UUID | None) -> None:
        """Show this board's photos; the pane opens by itself for a board with photos
        until the person chooses with the button."""
        self.board_id = board_id
        self.panel.set_owner({"board_id": board_id} if board_id else None)
        self.toggle.setEnabled(board_id is not None)
        if not self._chosen_by_hand:
            self.toggle.setChecked(bool(self.panel.photos))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._refit and event.type() == QEvent.Type.Resize:
            self._refit = False
            QTimer.singleShot(0, self, self.fit_board)
        return super().eventFilter(watched, event)

    def _by_hand(self) -> None:
        self._chosen_by_hand = True

    def _toggled(self, shown: bool) -> None:
        self.pane.setVisible(shown)
        if shown:
            half = max(self.width() // 2, 1)
            self.setSizes([half, half])
        self._refit = True  # once the board's half has its new size (eventFilter)
