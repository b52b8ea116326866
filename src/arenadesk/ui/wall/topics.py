"""What a facilitator does to a topic card on the program wall: move it (drag, Alt+arrow
keys, "Move to…", "Take off the wall"), edit it, delete it or open its conversation,
from the keyboard and the right-click menu. Every change is one undoable wall edit."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from arenadesk.domain.wall import TopicRow
from arenadesk.i18n.messages import UserError, ValidationError
from arenadesk.ui.common.icons import icon
from arenadesk.ui.common.texts import arg
from arenadesk.ui.wall.dialogs import MoveDialog, TopicDialog
from arenadesk.ui.wall.views import PileView, WallGridView

if TYPE_CHECKING:
    from arenadesk.ui.wall.screen import WallScreen


class WallTopicActions(QObject):
    def __init__(self, screen: WallScreen) -> None:
        super().__init__(screen)
        self.screen = screen
        self.ctx = screen.ctx
        self.context_menu: QMenu | None = None

    def keyboard_actions(self, view: WallGridView | PileView) -> list[QAction]:
        def on_current(handler: Callable[[TopicRow], object]) -> Callable[[], object]:
            return lambda: (topic := view.current_topic()) and handler(topic)

        actions = []
        for text, keys, handler in (
            (self.tr("Edit…"), "F2", self.edit_topic),
            (self.tr("Move to…"), "Ctrl+M", self.move_topic_dialog),
            (self.tr("Delete"), "Delete", self.delete_topic),
            (self.tr("Document this conversation"), "Ctrl+D", self.document_topic),
        ):
            action = QAction(text, view)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(on_current(handler))
            actions.append(action)
        return actions

    def move_topic(
        self, topic_id: uuid.UUID, slot_id: uuid.UUID | None, space_id: uuid.UUID | None
    ) -> None:
        """Drop or keyboard move; a taken cell swaps (the store does the swap)."""
        topic = next((t for t in self.screen.wall.topics if t.id == topic_id), None)
        if topic is None:
            return
        self.screen.focus_topic = topic_id
        try:
            self.screen.edits.move(
                topic_id,
                (topic.slot_id, topic.space_id),
                (slot_id, space_id),
                self.tr("Move a topic"),
            )
        except UserError as error:
            self.screen.say(error.text(self.ctx.language), error=True)

    def nudge(self, topic: TopicRow, rows: int, columns: int) -> None:
        index = self.screen.grid_model.index_of_topic(topic.id)
        target = self.screen.grid_model.index(index.row() + rows, index.column() + columns)
        if target.isValid():
            self.move_topic(
                topic.id,
                self.screen.wall.slots[target.row()].id,
                self.screen.wall.spaces[target.column()].id,
            )

    def move_topic_dialog(self, topic: TopicRow) -> None:
        dialog = MoveDialog(self.screen.wall, topic, self.ctx.language, self.screen)
        if dialog.exec():
            self.move_topic(topic.id, *dialog.chosen_cell())

    def edit_topic(self, topic: TopicRow) -> None:
        names = self.screen.people.model().stringList()  # type: ignore[attr-defined]
        dialog = TopicDialog(topic, names, self.screen)
        while dialog.exec():
            after = (dialog.title.text(), dialog.convener.text())
            try:
                self.screen.edits.edit(
                    topic.id, (topic.title, topic.convener), after, self.tr("Edit a topic")
                )
                return
            except ValidationError as error:
                dialog.show_error(error.text(self.ctx.language))

    def delete_topic(self, topic: TopicRow) -> None:
        try:
            self.screen.edits.delete(topic.id, self.tr("Delete a topic"))
        except UserError as error:
            self.screen.say(error.text(self.ctx.language), error=True)
            return
        self.screen.say(arg(self.tr("“%1” was deleted. Ctrl+Z brings it back."), topic.title))

    def document_topic(self, topic: TopicRow) -> None:
        self.ctx.signals.show_conversation.emit(topic.id)

    def show_context_menu(self, topic: TopicRow | None, where: QPoint) -> None:
        if topic is None:
            return
        menu = QMenu(self.screen)
        menu.addAction(icon("edit"), self.tr("Edit…")).triggered.connect(
            lambda: self.edit_topic(topic)
        )
        menu.addAction(icon("move"), self.tr("Move to…")).triggered.connect(
            lambda: self.move_topic_dialog(topic)
        )
        if topic.slot_id is not None:
            menu.addAction(self.tr("Take off the wall")).triggered.connect(
                lambda: self.move_topic(topic.id, None, None)
            )
        menu.addAction(icon("report"), self.tr("Document this conversation")).triggered.connect(
            lambda: self.document_topic(topic)
        )
        menu.addSeparator()
        menu.addAction(icon("delete"), self.tr("Delete")).triggered.connect(
            lambda: self.delete_topic(topic)
        )
        menu.popup(where)
        self.context_menu = menu  # kept for tests and so it is not collected while open
