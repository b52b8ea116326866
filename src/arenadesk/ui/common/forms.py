"""Small form helpers: inline validation messages, debounced autosave, translated buttons."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)

from arenadesk.i18n.messages import UserError, ValidationError
from arenadesk.services.changes import ChangeSet

if TYPE_CHECKING:
    from arenadesk.ui.shell.context import UiContext

ERROR_STYLE = "color: #b00020;"

AUTOSAVE_DELAY_MS = 400


class InlineErrors:
    """One red message label per field; the form shows a ValidationError where it belongs."""

    def __init__(self) -> None:
        self._labels: dict[str, QLabel] = {}
        self._fallback: QLabel | None = None

    def label_for(self, field: str) -> QLabel:
        label = QLabel()
        label.setStyleSheet(ERROR_STYLE)
        label.setWordWrap(True)
        label.hide()
        label.setObjectName(f"error_{field}")
        self._labels[field] = label
        if self._fallback is None:
            self._fallback = label
        return label

    def clear(self) -> None:
        for label in self._labels.values():
            label.clear()
            label.hide()

    def show(self, error: ValidationError, language: str) -> None:
        self.clear()
        label = self._labels.get(error.field) or self._fallback
        if label is not None:
            label.setText(error.text(language))
            label.show()

    def visible_messages(self) -> dict[str, str]:
        return {f: lbl.text() for f, lbl in self._labels.items() if lbl.text()}


class AutoSaver(QObject):
    """Calls `save` shortly after the last keystroke, and at once when editing finishes, so a
    crash loses at most the last fraction of a second of typing."""

    def __init__(self, save: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._save = save
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_DELAY_MS)
        self._timer.timeout.connect(self.flush)
        self.suspended = False

    def watch(self, widget: QWidget) -> None:
        if isinstance(widget, QLineEdit):
            widget.textEdited.connect(self.schedule)
            widget.editingFinished.connect(self.flush)
        elif isinstance(widget, QPlainTextEdit):
            widget.textChanged.connect(self.schedule)

    def schedule(self) -> None:
        if not self.suspended:
            self._timer.start()

    def flush(self) -> None:
        if self.suspended:
            return
        self._timer.stop()
        self._save()

    @property
    def pending(self) -> bool:
        return self._timer.isActive()


def translate_buttons(box: QDialogButtonBox) -> None:
    """Qt ships no bokmål for its standard buttons, so name them ourselves."""
    names = {
        QDialogButtonBox.StandardButton.Ok: QCoreApplication.translate("buttons", "OK"),
        QDialogButtonBox.StandardButton.Save: QCoreApplication.translate("buttons", "Save"),
        QDialogButtonBox.StandardButton.Cancel: QCoreApplication.translate("buttons", "Cancel"),
        QDialogButtonBox.StandardButton.Close: QCoreApplication.translate("buttons", "Close"),
        QDialogButtonBox.StandardButton.Yes: QCoreApplication.translate("buttons", "Yes"),
        QDialogButtonBox.StandardButton.No: QCoreApplication.translate("buttons", "No"),
    }
    for standard, text in names.items():
        button = box.button(standard)
        if button is not None:
            button.setText(text)


def show_error(parent: QWidget | None, error: UserError, language: str) -> None:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle("ArenaDesk")
    box.setText(error.text(language))
    ok = box.addButton(
        QCoreApplication.translate("buttons", "OK"), QMessageBox.ButtonRole.AcceptRole
    )
    box.setDefaultButton(ok)
    box.exec()


def confirm(parent: QWidget | None, title: str, text: str, action: str) -> bool:
    """A yes/no question whose buttons say what will happen (never a bare 'Yes')."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(text)
    do = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(
        QCoreApplication.translate("buttons", "Cancel"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(cancel)
    box.exec()
    return box.clickedButton() is do


def index_of_data(combo: QComboBox, value: object) -> int:
    """The row whose data equals `value` (a uuid.UUID, say), or -1. `findData` compares
    Python objects by identity, so an equal id read again would not be found."""
    return next((i for i in range(combo.count()) if combo.itemData(i) == value), -1)


def dialog_buttons(
    dialog: QDialog, ok: QDialogButtonBox.StandardButton = QDialogButtonBox.StandardButton.Save
) -> QDialogButtonBox:
    """`ok` (Save unless told) and Cancel, translated, wired to the dialog's accept/reject."""
    box = QDialogButtonBox(ok | QDialogButtonBox.StandardButton.Cancel)
    translate_buttons(box)
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


def save_and_announce(
    ctx: UiContext, errors: InlineErrors, action: Callable[[], ChangeSet]
) -> ChangeSet | None:
    """Run one use case; a refused value is shown beside its field and nothing is
    announced, otherwise every screen hears what changed. None when refused."""
    try:
        changes = action()
    except ValidationError as error:
        errors.show(error, ctx.language)
        return None
    ctx.signals.announce(changes)
    return changes
