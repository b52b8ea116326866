"""Photos of an Open Space conversation's sheets (the big input sheets of the 2020 arena),
under its documentation: printed with its working report in the proceedings."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from arenadesk.domain.open_space import ConversationRow
from arenadesk.services import conversations as conversation_service
from arenadesk.store.conversations import conversation_id_for
from arenadesk.ui.photos.panel import Owner, PhotoPanel
from arenadesk.ui.shell.context import UiContext


class ConversationPhotos(QWidget):
    """`documented_by` gives the name on screen: a topic not documented yet is documented
    (with that name) when its first photo is added, as when its first field is typed."""

    def __init__(self, ctx: UiContext, documented_by: Callable[[], str], heading: QLabel):
        super().__init__()
        self.ctx, self.documented_by = ctx, documented_by
        self.topic_id: uuid.UUID | None = None
        self.panel = PhotoPanel(ctx, edge=64)
        self.panel.list.setMaximumHeight(self.panel.list.gridSize().height() + 12)
        self.panel.make_owner = self._make_owner
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(self.panel)

    def load(self, topic_id: uuid.UUID | None, row: ConversationRow | None) -> None:
        self.topic_id = topic_id
        conversation = row.conversation_id if row is not None else None
        self.panel.set_owner({"conversation_id": conversation} if conversation else None)

    def _make_owner(self) -> Owner | None:
        if self.topic_id is None:
            return None
        changes = conversation_service.save_field(
            self.ctx.db, self.topic_id, "documented_by", self.documented_by()
        )
        self.ctx.signals.announce(changes)
        return {"conversation_id": conversation_id_for(self.topic_id)}
