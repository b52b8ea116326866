"""Innspill: where a støttefasilitator documents the Open Space conversations, on any laptop.

Left, the arena's topics by økt; right, the chosen topic's documentation, every field
saved as typed. The projector screens for the principles, the law of two feet and the
day-2 input types open from here.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QScrollArea,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from arenadesk.services.changes import ChangeSet, Kind
from arenadesk.ui.common.icons import icon
from arenadesk.ui.conversations.form import ConversationForm
from arenadesk.ui.conversations.topics import TopicList
from arenadesk.ui.projector.base import screen_by_name
from arenadesk.ui.projector.principles import OpenSpaceProjector
from arenadesk.ui.shell.context import UiContext


class ConversationScreen(QWidget):
    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.projector: OpenSpaceProjector | None = None
        self._announcing = False

        title = QLabel(self.tr("Inputs from the conversations"))
        title.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.projector_button = QToolButton()
        self.projector_button.setObjectName("projector_button")
        self.projector_button.setIcon(icon("projector"))
        self.projector_button.setText(self.tr("Show on the projector"))
        self.projector_button.setToolButtonStyle(
            self.projector_button.toolButtonStyle().ToolButtonTextBesideIcon
        )
        self.projector_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.projector_button)
        self.projector_actions = {
            "principles": menu.addAction(self.tr("The four principles")),
            "two_feet": menu.addAction(self.tr("The law of two feet")),
            "input_types": menu.addAction(self.tr("Today's three input types")),
        }
        for key, action in self.projector_actions.items():
            action.triggered.connect(lambda _checked=False, key=key: self.show_projector(key))
        self.projector_button.setMenu(menu)
        top = QHBoxLayout()
        top.addWidget(title, 1)
        top.addWidget(self.projector_button)

        self.topics = TopicList(ctx)
        self.topics.setMinimumWidth(280)
        self.form = ConversationForm(ctx)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.form)
        splitter = QSplitter()
        splitter.addWidget(self.topics)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([330, 840])
        splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

        self.topics.chosen.connect(self.form.load)
        self.topics.confirmed.connect(self.form.participants.search.setFocus)
        self.topics.topic_added.connect(self._topic_added)
        self.form.saved.connect(self._saved)
        ctx.signals.changed.connect(self._on_changed)
        ctx.signals.database_changed.connect(self.reload)
        ctx.signals.show_conversation.connect(self.select_topic)
        self.reload()

    # --- loading -----------------------------------------------------------------------

    def reload(self) -> None:
        self.form.participants.reload_people()
        self._reload_topics()

    def _reload_topics(self) -> None:
        if self.form.saver.pending:
            self.form.saver.flush()
        self.topics.reload(keep=self.form.topic_id)
        self.form.load(self.topics.current_topic())

    def select_topic(self, wanted: uuid.UUID) -> None:
        """Show one topic (the wall asks for this with show_conversation)."""
        if not self.topics.select(wanted):
            self._reload_topics()  # made on the wall a moment ago
            if not self.topics.select(wanted):
                return
        if self.form.topic_id != wanted:
            self.form.load(wanted)

    def _on_changed(self, changes: ChangeSet) -> None:
        if self._announcing:
            return
        if changes.affects(Kind.PEOPLE, Kind.ARENA):
            self.form.participants.reload_people()
        if changes.affects(Kind.WALL, Kind.CONVERSATIONS, Kind.PEOPLE, Kind.ARENA):
            self._reload_topics()

    # --- writing -----------------------------------------------------------------------

    @contextmanager
    def _own_change(self) -> Iterator[None]:
        self._announcing = True
        try:
            yield
        finally:
            self._announcing = False

    def _saved(self, person_added: bool) -> None:
        with self._own_change():
            changes = ChangeSet.of(Kind.CONVERSATIONS, self.form.topic_id)
            if person_added:
                changes |= ChangeSet.of(Kind.PEOPLE)
            self.ctx.signals.announce(changes)
        topic_id = self.form.topic_id
        if topic_id is not None and not self.topics.is_documented(topic_id):
            self.topics.reload(keep=topic_id)  # the tick beside the topic

    def _topic_added(self, topic_id: uuid.UUID) -> None:
        with self._own_change():
            self.ctx.signals.announce(ChangeSet.of(Kind.WALL, topic_id))
        self.topics.reload(keep=topic_id)
        self.form.load(topic_id)
        self.form.participants.search.setFocus()

    # --- projector ---------------------------------------------------------------------

    def show_projector(self, page: str) -> OpenSpaceProjector:
        if self.projector is None:
            self.projector = OpenSpaceProjector()
        self.projector.show_page(page)
        self.projector.show_on(screen_by_name(self.ctx.settings.projector_screen))
        return self.projector

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.projector is not None:
            self.projector.close()
        super().closeEvent(event)
