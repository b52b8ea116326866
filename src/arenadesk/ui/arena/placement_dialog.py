"""*Foreslå grupper*: the placement proposal, adjusted by dragging people between groups.

Nothing is written until *Place in groups* is pressed; then the assignment as shown is
saved in one transaction, and the caller can undo it as one step. Each group's heading
shows its size and largest share, red when a group passes 70 % of one perspective.
"""

from __future__ import annotations

import uuid
from collections import Counter

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from arenadesk.domain.placement import known as known_perspective
from arenadesk.domain.placement import limit
from arenadesk.domain.vocabulary import Perspective
from arenadesk.services.placement import PlacementProposal
from arenadesk.ui.common.forms import translate_buttons
from arenadesk.ui.common.geometry import fit_size
from arenadesk.ui.common.texts import arg, perspective_label
from arenadesk.ui.shell.context import UiContext

COLUMNS = 4
PERSON = Qt.ItemDataRole.UserRole
WARNING = "#b42318"


class GroupList(QListWidget):
    """One group's new members; people are dragged in and out of it."""

    def __init__(self, group_id: uuid.UUID) -> None:
        super().__init__()
        self.group_id = group_id
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setMinimumHeight(120)


class PlacementDialog(QDialog):
    def __init__(
        self, ctx: UiContext, proposal: PlacementProposal, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx, self.proposal = ctx, proposal
        self.setWindowTitle(self.tr("Suggest groups"))
        people = len(proposal.people)
        intro = QLabel(
            arg(
                self.tr(
                    "%n people without a group are placed in %1 groups, within the 70 % "
                    "rule where the mix allows, with wishes first. Drag people between "
                    "groups to adjust; nothing is saved until you press Place in groups.",
                    "",
                    people,
                ),
                len(proposal.groups),
            )
        )
        intro.setWordWrap(True)
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.notes.setStyleSheet(f"color: {WARNING};")
        self.headings: dict[uuid.UUID, QLabel] = {}
        self.lists: dict[uuid.UUID, GroupList] = {}
        grid = QGridLayout()
        for index, group in enumerate(proposal.groups):
            heading = QLabel()
            heading.setWordWrap(True)
            box = GroupList(group.id)
            box.model().rowsInserted.connect(self.refresh)
            box.model().rowsRemoved.connect(self.refresh)
            self.headings[group.id], self.lists[group.id] = heading, box
            row, column = divmod(index, COLUMNS)
            grid.addWidget(heading, row * 2, column)
            grid.addWidget(box, row * 2 + 1, column)
        for person_id, group_id in sorted(
            proposal.assignment().items(), key=lambda item: proposal.people[item[0]][0].casefold()
        ):
            name, organisation, perspective, wish = proposal.people[person_id]
            item = QListWidgetItem(self._label(name, perspective))
            tip = [organisation] if organisation else []
            if wish:
                tip.append(arg(self.tr("Wished: %1"), wish))
            item.setToolTip("\n".join(tip))
            item.setData(PERSON, person_id)
            self.lists[group_id].addItem(item)
        groups = QWidget()
        groups.setLayout(grid)
        scroll = QScrollArea()
        scroll.setWidget(groups)
        scroll.setWidgetResizable(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        translate_buttons(buttons)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Place in groups"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.notes)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.refresh()
        fit_size(self, 1200, 760)

    def _label(self, name: str, perspective: Perspective | None) -> str:
        shown = perspective_label(perspective) if perspective else self.tr("not given")
        return f"{name} ({shown})"

    def assignment(self) -> dict[uuid.UUID, uuid.UUID]:
        """Person → group as the lists show it now."""
        out: dict[uuid.UUID, uuid.UUID] = {}
        for group_id, box in self.lists.items():
            for row in range(box.count()):
                item = box.item(row)
                if item is not None and item.data(PERSON):
                    out[item.data(PERSON)] = group_id
        return out

    def refresh(self) -> None:
        """Each group's size and largest share, from its members and the new people."""
        placed: dict[uuid.UUID, Counter[Perspective | None]] = {
            g.id: Counter(m.perspective for m in {m.person_id: m for m in g.members}.values())
            for g in self.proposal.groups
        }
        for person_id, group_id in self.assignment().items():
            placed[group_id][self.proposal.people[person_id][2]] += 1
        over = []
        for group in self.proposal.groups:
            counts = placed[group.id]
            total = sum(counts.values())
            known = {p: n for p, n in counts.items() if known_perspective(p)}
            text = f"<b>{group.code}</b> {group.title[:40]} · {total}"
            if known:
                of_known = sum(known.values())  # the rule is taken over known perspectives
                top = max(known, key=lambda p: (known[p], -list(Perspective).index(p)))
                share = round(100 * known[top] / of_known)
                text += f" · {share} % {perspective_label(top)}"
                if known[top] > limit(top, of_known):
                    text = f"<span style='color:{WARNING}'>{text}</span>"
                    over.append(group.code)
            self.headings[group.id].setText(text)
        self.notes.setText(
            arg(self.tr("Over 70 % of one perspective: %1"), ", ".join(over)) if over else ""
        )
