"""The left side of the Innspill screen: the arena's topics by økt with a tick when
documented, a filter, and "New topic…" for a topic that is not on this laptop's wall yet."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QFont, QIcon, QKeyEvent, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from arenadesk.domain.wall import SlotRow, TopicRow, Wall
from arenadesk.i18n.messages import UserError, ValidationError
from arenadesk.services import wall as wall_service
from arenadesk.store import open_space as wall_store
from arenadesk.ui.common.forms import InlineErrors, index_of_data, show_error, translate_buttons
from arenadesk.ui.common.geometry import size_to_content
from arenadesk.ui.common.icons import WARNING_COLOUR, icon
from arenadesk.ui.common.texts import arg
from arenadesk.ui.shell.context import UiContext

TOPIC_ROLE = Qt.ItemDataRole.UserRole
DOCUMENTED_ROLE = Qt.ItemDataRole.UserRole + 1
DOCUMENTED_COLOUR = "#1b6e2a"


def slot_heading(slot: SlotRow, tr_slot: str) -> str:
    """ "Økt 3 · dag 2 · 09:30–11:00" (tr_slot is the translated "Økt %1 · day %2")."""
    text = arg(tr_slot, str(slot.number), str(slot.day))
    if slot.starts is not None:
        text += f" · {slot.starts:%H:%M}"
        if slot.ends is not None:
            text += f"–{slot.ends:%H:%M}"
    return text


class TopicList(QWidget):
    """Emits `chosen(topic id)` when a topic is selected, `confirmed()` when Enter in the
    filter chose one (the form then takes the keyboard), `topic_added(id)` after a new one."""

    chosen = Signal(object)
    confirmed = Signal()
    topic_added = Signal(object)

    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.wall: Wall | None = None
        self.filter = QLineEdit()
        self.filter.setObjectName("topic_filter")
        self.filter.setPlaceholderText(self.tr("Find a topic: number, title or convener"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._apply_filter)
        self.filter.installEventFilter(self)
        self.tree = QTreeWidget()
        self.tree.setObjectName("topics")
        self.tree.setColumnCount(2)
        self.tree.setHeaderHidden(True)
        self.tree.setRootIsDecorated(False)
        self.tree.setIndentation(8)
        # Room for "4.16b" and the tick (the økt headings span both columns).
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)
        self.tree.header().resizeSection(0, self.fontMetrics().horizontalAdvance("44.16b") + 40)
        self.tree.header().setStretchLastSection(True)
        self.tree.currentItemChanged.connect(self._on_current)
        self.tree.itemActivated.connect(lambda _item, _col: self.confirmed.emit())
        self.new_button = QPushButton(icon("add"), self.tr("New topic…"))
        self.new_button.clicked.connect(self.new_topic)
        self.summary = QLabel()
        self.summary.setStyleSheet("color: #555;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.new_button)

    # --- contents ----------------------------------------------------------------------

    def reload(self, keep: uuid.UUID | None = None) -> None:
        """Rebuild the list, keeping `keep` selected; emits nothing (the caller loads)."""
        self.wall = wall_store.get_wall(self.ctx.db, self.ctx.arena_id)
        self.tree.blockSignals(True)
        self.tree.clear()
        slot_text = self.tr("Økt %1 · day %2")
        groups: list[tuple[str, list[TopicRow]]] = [
            (slot_heading(slot, slot_text), self.wall.in_slot(slot.id)) for slot in self.wall.slots
        ]
        groups.append((self.tr("Not on the wall"), self.wall.unplaced()))
        tick = icon("documented", DOCUMENTED_COLOUR)
        blank = QPixmap(16, 16)
        blank.fill(Qt.GlobalColor.transparent)  # keeps the numbers in line
        bold = QFont(self.tree.font())
        bold.setBold(True)
        for heading, topics in groups:
            if not topics:
                continue
            parent = QTreeWidgetItem([heading])
            parent.setFlags(Qt.ItemFlag.ItemIsEnabled)
            parent.setFont(0, bold)
            parent.setForeground(0, QColor("#0b3d6e"))
            self.tree.addTopLevelItem(parent)
            parent.setFirstColumnSpanned(True)  # only once the item is in the tree
            for topic in topics:
                item = QTreeWidgetItem([topic.number or "–", topic.title])
                item.setData(0, TOPIC_ROLE, topic.id)
                item.setData(0, DOCUMENTED_ROLE, topic.documented)
                tip = topic.title + (f"\n{topic.convener}" if topic.convener else "")
                item.setToolTip(1, tip)
                item.setIcon(0, tick if topic.documented else QIcon(blank))
                parent.addChild(item)
            parent.setExpanded(True)
        done = sum(1 for t in self.wall.topics if t.documented)
        self.summary.setText(
            arg(self.tr("%1 of %n topic(s) documented", "", len(self.wall.topics)), done)
        )
        self._apply_filter()
        if keep is None or not self.select(keep):
            first = self.visible_topics()
            if first:
                self.tree.setCurrentItem(first[0])
        self.tree.blockSignals(False)

    def okt_items(self) -> list[QTreeWidgetItem]:
        found = (self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount()))
        return [item for item in found if item is not None]

    @staticmethod
    def _children(parent: QTreeWidgetItem) -> list[QTreeWidgetItem]:
        found = (parent.child(row) for row in range(parent.childCount()))
        return [item for item in found if item is not None]

    def topic_items(self) -> list[QTreeWidgetItem]:
        return [item for parent in self.okt_items() for item in self._children(parent)]

    def visible_topics(self) -> list[QTreeWidgetItem]:
        return [item for item in self.topic_items() if not item.isHidden()]

    def current_topic(self) -> uuid.UUID | None:
        item = self.tree.currentItem()
        return item.data(0, TOPIC_ROLE) if item else None

    def is_documented(self, topic_id: uuid.UUID) -> bool:
        return any(
            t.id == topic_id and t.documented for t in (self.wall.topics if self.wall else ())
        )

    def select(self, topic_id: uuid.UUID) -> bool:
        for item in self.topic_items():
            if item.data(0, TOPIC_ROLE) == topic_id:
                if item.isHidden():
                    self.filter.clear()
                self.tree.setCurrentItem(item)
                self.tree.scrollToItem(item)
                return True
        return False

    def _on_current(self, item: QTreeWidgetItem | None, _previous: object) -> None:
        topic_id = item.data(0, TOPIC_ROLE) if item else None
        if topic_id:
            self.chosen.emit(topic_id)

    def _apply_filter(self) -> None:
        words = self.filter.text().casefold().split()
        by_id = {t.id: t for t in self.wall.topics} if self.wall else {}
        for parent in self.okt_items():
            shown = 0
            for item in self._children(parent):
                topic = by_id.get(item.data(0, TOPIC_ROLE))
                haystack = f"{topic.number or ''} {topic.title} {topic.convener}" if topic else ""
                number_hit = bool(topic and words and topic.number == words[0])
                hit = number_hit or all(word in haystack.casefold() for word in words)
                item.setHidden(not hit)
                shown += hit
            parent.setHidden(shown == 0)
        # An exact number ("2.4") goes first, so Enter picks it over "2.40".
        visible = self.visible_topics()
        if words and visible:
            exact = next((i for i in visible if i.text(0) == words[0]), visible[0])
            self.tree.setCurrentItem(exact)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.filter and isinstance(event, QKeyEvent):
            if event.type() == QEvent.Type.KeyPress and event.key() in (
                Qt.Key.Key_Return,
                Qt.Key.Key_Enter,
            ):
                if self.current_topic() is not None:
                    self.confirmed.emit()
                return True
            if event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Down:
                self.tree.setFocus()
                return True
        return False

    # --- a new topic -------------------------------------------------------------------

    def new_topic(self) -> uuid.UUID | None:
        if self.wall is None:
            return None
        dialog = NewTopicDialog(self.ctx, self.wall, self._current_slot(), self)
        if not dialog.exec() or dialog.topic_id is None:
            return None
        self.topic_added.emit(dialog.topic_id)
        return dialog.topic_id

    def _current_slot(self) -> uuid.UUID | None:
        topic_id = self.current_topic()
        if self.wall is None or topic_id is None:
            return None
        return next((t.slot_id for t in self.wall.topics if t.id == topic_id), None)


class NewTopicDialog(QDialog):
    """A topic announced while this laptop's wall was not up to date. A taken cell is
    allowed: the wall then shows both as a clash until someone moves one."""

    def __init__(
        self, ctx: UiContext, wall: Wall, slot_id: uuid.UUID | None, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.ctx, self.wall = ctx, wall
        self.topic_id: uuid.UUID | None = None
        self.setWindowTitle(self.tr("New topic"))
        self.errors = InlineErrors()
        self.title = QLineEdit()
        self.convener = QLineEdit()
        self.slot = QComboBox()
        slot_text = self.tr("Økt %1 · day %2")
        for slot in wall.slots:
            self.slot.addItem(slot_heading(slot, slot_text), slot.id)
        self.slot.addItem(self.tr("Not on the wall yet"), None)
        self.space = QComboBox()
        for space in wall.spaces:
            self.space.addItem(space.label, space.id)
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(f"color: {WARNING_COLOUR};")
        self.warning.setObjectName("cell_warning")
        start = index_of_data(self.slot, slot_id) if slot_id else 0
        self.slot.setCurrentIndex(max(start, 0))
        self._free_space()
        self.slot.currentIndexChanged.connect(lambda _i: self._free_space())
        self.space.currentIndexChanged.connect(lambda _i: self._check_cell())

        form = QFormLayout()
        form.addRow(self.tr("Topic"), self.title)
        form.addRow("", self.errors.label_for("topic_title"))
        form.addRow(self.tr("Convener"), self.convener)
        form.addRow("", self.errors.label_for("convener"))
        form.addRow(self.tr("Økt"), self.slot)
        form.addRow(self.tr("Space"), self.space)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        translate_buttons(buttons)
        save = buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("Add topic"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.warning)
        layout.addWidget(buttons)
        size_to_content(self, 520)

    def _cell(self) -> tuple[uuid.UUID | None, uuid.UUID | None]:
        slot, space = self.slot.currentData(), self.space.currentData()
        if not slot or not space:
            return None, None
        return slot, space

    def _free_space(self) -> None:
        slot = self.slot.currentData()
        self.space.setEnabled(bool(slot))
        free = self.wall.next_free_cell(slot) if slot else None
        if free is not None:
            self.space.setCurrentIndex(max(index_of_data(self.space, free), 0))
        self._check_cell()

    def _check_cell(self) -> None:
        slot_id, space_id = self._cell()
        there = self.wall.in_cell(slot_id, space_id) if slot_id and space_id else []
        self.warning.setVisible(bool(there))
        if there:
            self.warning.setText(
                arg(
                    self.tr(
                        "«%1» is already in this place. Both are kept, and the wall shows them "
                        "as a clash until one is moved."
                    ),
                    there[0].title,
                )
            )

    def save(self) -> None:
        slot_id, space_id = self._cell()
        try:
            self.topic_id = wall_service.add_topic(
                self.ctx.db,
                self.ctx.arena_id,
                self.title.text(),
                self.convener.text(),
                (slot_id, space_id),
            ).id
        except ValidationError as error:
            self.errors.show(error, self.ctx.language)
            return
        except UserError as error:
            show_error(self, error, self.ctx.language)
            return
        self.accept()
