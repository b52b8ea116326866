"""Pieces the group, person and membership dialogs share: a field with its inline error,
Save/Cancel, the role choice, and one check box per arena day."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QVBoxLayout,
    QWidget,
)

from arenadesk.domain.vocabulary import KNOWN_PERSPECTIVES, ROLE_ORDER, Perspective, Role
from arenadesk.store.arenas import get_arena
from arenadesk.ui.common.forms import InlineErrors, dialog_buttons
from arenadesk.ui.common.texts import arg, perspective_label, role_label
from arenadesk.ui.shell.context import UiContext


def field_row(
    form: QFormLayout, label: str, widget: QWidget, errors: InlineErrors, name: str
) -> None:
    column = QVBoxLayout()
    column.setSpacing(2)
    column.addWidget(widget)
    column.addWidget(errors.label_for(name))
    form.addRow(label, column)


def finish_layout(dialog: QDialog, form: QFormLayout) -> None:
    """The form, then Save and Cancel."""
    layout = QVBoxLayout(dialog)
    layout.addLayout(form)
    layout.addWidget(dialog_buttons(dialog))


def role_combo() -> QComboBox:
    combo = QComboBox()
    for role in ROLE_ORDER:
        combo.addItem(role_label(role), role.value)
    combo.setCurrentIndex(ROLE_ORDER.index(Role.PARTICIPANT))
    return combo


def perspective_combo(current: Perspective = Perspective.UNKNOWN) -> QComboBox:
    """'not given' first, and chosen unless the person's perspective is known."""
    combo = QComboBox()
    for perspective in (Perspective.UNKNOWN, *KNOWN_PERSPECTIVES):
        combo.addItem(perspective_label(perspective), perspective.value)
    combo.setCurrentIndex(combo.findData(Perspective(current).value))
    return combo


class DayChecks(QWidget):
    """One check box per arena day; none ticked means the days are not given."""

    def __init__(self, day_count: int, checked: tuple[int, ...] | None = None) -> None:
        super().__init__()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.boxes: list[QCheckBox] = []
        self.setToolTip(self.tr("Tick none when the days are not given."))
        for number in range(1, max(day_count, 1) + 1):
            box = QCheckBox(arg(self.tr("Day %1"), str(number)))
            box.setChecked(checked is not None and number in checked)
            self.boxes.append(box)
            layout.addWidget(box)
        layout.addStretch(1)

    def days(self) -> list[int]:
        return [n for n, box in enumerate(self.boxes, start=1) if box.isChecked()]


def day_count(ctx: UiContext) -> int:
    arena = get_arena(ctx.db, ctx.arena_id)
    return len(arena.days) if arena else 2
