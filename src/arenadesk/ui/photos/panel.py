"""A photo panel: the photos of one owner (a group's report, a board, an Open Space input)
as thumbnails with captions. Add them with the file picker, by dropping files or pictures,
or by pasting; caption, reorder (drag, or Alt+Left/Right), turn, straighten and crop
(Enter), remove (Delete); undo and redo every change (Ctrl+Z, Ctrl+Shift+Z).

Every change is one photo-service call, announced to every screen; undo and redo are
`ServiceCommand`s that call the services reversing and repeating it.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtGui import QGuiApplication, QIcon, QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from arenadesk.domain.photos import PhotoRow
from arenadesk.i18n.messages import UserError
from arenadesk.services import photos as photo_service
from arenadesk.services.changes import ChangeSet, Kind, merge_all
from arenadesk.ui.common.commands import ServiceCommand
from arenadesk.ui.common.forms import show_error
from arenadesk.ui.common.icons import icon
from arenadesk.ui.photos import editing
from arenadesk.ui.photos.adding import Sources, add_in_background, from_mime, pick_files
from arenadesk.ui.photos.photo_list import PhotoList, carries_images
from arenadesk.ui.photos.thumbnails import picture, squared
from arenadesk.ui.shell.context import UiContext

Owner = dict[str, uuid.UUID]


class PhotoPanel(QWidget):
    """`current_changed` gives the chosen PhotoRow (or None) for a larger view beside."""

    current_changed = Signal(object)

    def __init__(self, ctx: UiContext, *, edge: int = 110, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.owner: Owner | None = None
        # Asked for the owner when photos are added and none is set yet (an Open Space
        # topic whose conversation is not documented yet makes it then).
        self.make_owner: Callable[[], Owner | None] | None = None
        self.photos: list[PhotoRow] = []
        self.undo_stack = QUndoStack(self)
        self.setAcceptDrops(True)

        self.list = PhotoList(edge, self)
        self.list.currentRowChanged.connect(self._current_changed)
        self.list.itemActivated.connect(lambda _item: self.edit_current())
        self.list.moved.connect(self.move_to)
        self.list.dropped.connect(self.add_mime)

        def tool(name: str, text: str, slot: Callable[[], object], keys: str = "") -> QToolButton:
            button = QToolButton()
            button.setIcon(icon(name))
            button.setToolTip(f"{text} ({keys})" if keys else text)
            button.setAccessibleName(text)
            button.clicked.connect(lambda _checked=False: slot())
            return button

        self.add_button = QToolButton()
        self.add_button.setObjectName("add_photos")
        self.add_button.setIcon(icon("photo"))
        self.add_button.setText(self.tr("Add photos…"))
        self.add_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.add_button.clicked.connect(self.pick)
        self.paste_button = tool("paste", self.tr("Paste a picture"), self.paste, "Ctrl+V")
        self.edit_button = tool(
            "photo_edit", self.tr("Turn, straighten and crop…"), self.edit_current, "Enter"
        )
        self.left_button = tool("left", self.tr("Move earlier"), lambda: self.step(-1), "Alt+Left")
        self.right_button = tool("right", self.tr("Move later"), lambda: self.step(1), "Alt+Right")
        self.remove_button = tool("delete", self.tr("Remove the photo"), self.remove, "Delete")
        self.undo_button = tool("undo", self.tr("Undo"), self.undo_stack.undo, "Ctrl+Z")
        self.redo_button = tool("redo", self.tr("Redo"), self.undo_stack.redo, "Ctrl+Shift+Z")
        self.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.undo_stack.canRedoChanged.connect(self.redo_button.setEnabled)
        self.undo_button.setEnabled(False)
        self.redo_button.setEnabled(False)
        tools = QHBoxLayout()
        tools.setContentsMargins(0, 0, 0, 0)
        tools.addWidget(self.add_button)
        for button in (self.paste_button, self.edit_button, self.left_button, self.right_button):
            tools.addWidget(button)
        tools.addWidget(self.remove_button)
        tools.addSpacing(8)
        tools.addWidget(self.undo_button)
        tools.addWidget(self.redo_button)
        tools.addStretch(1)

        self.caption = QLineEdit()
        self.caption.setObjectName("photo_caption")
        self.caption.setPlaceholderText(self.tr("Caption of the chosen photo, as in the report"))
        self.caption.setMaxLength(500)
        self.caption.editingFinished.connect(self.save_caption)
        caption_row = QHBoxLayout()
        caption_row.setContentsMargins(0, 0, 0, 0)
        caption_label = QLabel(self.tr("Caption"))
        caption_label.setBuddy(self.caption)
        caption_row.addWidget(caption_label)
        caption_row.addWidget(self.caption, 1)
        self.hint = QLabel(
            self.tr("Drop photos here, or paste a picture (Ctrl+V). JPEG, PNG and HEIC.")
        )
        self.hint.setStyleSheet("color: #52606d;")
        self.hint.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(tools)
        layout.addWidget(self.list, 1)
        layout.addLayout(caption_row)
        layout.addWidget(self.hint)

        for keys, slot in (
            (QKeySequence.StandardKey.Paste, self.paste),
            (QKeySequence.StandardKey.Delete, self.remove),
            ("Alt+Left", lambda: self.step(-1)),
            ("Alt+Right", lambda: self.step(1)),
            ("F2", self.caption.setFocus),
        ):
            QShortcut(
                QKeySequence(keys), self.list, slot, context=Qt.ShortcutContext.WidgetShortcut
            )
        for keys, slot in (
            (QKeySequence.StandardKey.Undo, self.undo_stack.undo),
            (QKeySequence.StandardKey.Redo, self.undo_stack.redo),
            ("Ctrl+Shift+Z", self.undo_stack.redo),
        ):
            QShortcut(
                QKeySequence(keys),
                self,
                slot,
                context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
            )
        ctx.signals.changed.connect(self._on_changed)
        ctx.signals.database_changed.connect(lambda: self.set_owner(None))
        self._update_actions()

    # --- owner and loading ---------------------------------------------------------------

    def set_owner(self, owner: Owner | None) -> None:
        """Show the photos of `owner` ({"group_id": …}, {"board_id": …} or
        {"conversation_id": …}); None shows none (adding then asks `make_owner`)."""
        if owner != self.owner:
            self.undo_stack.clear()
        self.owner = owner
        self.reload()

    def reload(self) -> None:
        chosen = self.current_photo()
        self.photos = photo_service.photos_of(self.ctx.db, **self.owner) if self.owner else []
        self.list.blockSignals(True)
        self.list.clear()
        edge = self.list.iconSize().width()
        for photo in self.photos:
            item = QListWidgetItem(
                QIcon(squared(picture(self.ctx.db, photo, edge), edge)),
                photo.caption or self.tr("(no caption)"),
            )
            item.setToolTip(photo.caption)
            item.setData(Qt.ItemDataRole.UserRole, photo.id)
            self.list.addItem(item)
        ids = [photo.id for photo in self.photos]
        row = ids.index(chosen.id) if chosen is not None and chosen.id in ids else 0
        self.list.setCurrentRow(row if self.photos else -1)
        self.list.blockSignals(False)
        self._current_changed(self.list.currentRow())

    def current_photo(self) -> PhotoRow | None:
        row = self.list.currentRow()
        return self.photos[row] if 0 <= row < len(self.photos) else None

    def select(self, photo_id: uuid.UUID) -> None:
        for row, photo in enumerate(self.photos):
            if photo.id == photo_id:
                self.list.setCurrentRow(row)

    def _current_changed(self, _row: int) -> None:
        photo = self.current_photo()
        self.caption.blockSignals(True)
        self.caption.setText(photo.caption if photo else "")
        self.caption.blockSignals(False)
        self._update_actions()
        self.current_changed.emit(photo)

    def _update_actions(self) -> None:
        photo = self.current_photo()
        row = self.list.currentRow()
        self.setEnabled(self.owner is not None or self.make_owner is not None)
        for widget in (self.edit_button, self.remove_button, self.caption):
            widget.setEnabled(photo is not None)
        self.left_button.setEnabled(photo is not None and row > 0)
        self.right_button.setEnabled(photo is not None and row < len(self.photos) - 1)

    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.affects(Kind.PHOTOS) and self.owner is not None:
            self.reload()

    # --- adding ----------------------------------------------------------------------------

    def pick(self) -> None:
        self.add(pick_files(self))

    def paste(self) -> None:
        mime = QGuiApplication.clipboard().mimeData()
        sources = from_mime(mime) if mime is not None else Sources()
        if not sources:
            self.hint.setText(self.tr("The clipboard holds no picture to paste."))
            return
        self.add(sources)

    def add_mime(self, mime: QMimeData) -> None:
        self.add(from_mime(mime))

    def add(self, sources: Sources) -> None:
        if not sources:
            return
        owner = self.owner
        if owner is None and self.make_owner is not None:
            owner = self.make_owner()
        if owner is None:
            return
        try:
            changes = add_in_background(self, self.ctx.db, sources, owner)
        except UserError as error:  # ImageRefused: one plain message, nothing written
            show_error(self, error, self.ctx.language)
            return
        added = sorted(changes.ids(Kind.PHOTOS))
        if self.owner != owner:
            self.owner = owner
        self._push(
            self.tr("Add photos"),
            undo=lambda: merge_all(photo_service.remove_photo(self.ctx.db, i) for i in added),
            redo=lambda: merge_all(photo_service.restore_photo(self.ctx.db, i) for i in added),
            done=changes,
        )
        self.hint.setText(self.tr("Added %n photo(s).", "", len(added)))

    # --- changing ----------------------------------------------------------------------------

    def save_caption(self) -> None:
        photo = self.current_photo()
        text = self.caption.text().strip()
        if photo is None or text == photo.caption:
            return
        db, old = self.ctx.db, photo.caption
        try:
            changes = photo_service.set_caption(db, photo.id, text)
        except UserError as error:
            show_error(self, error, self.ctx.language)
            return
        self._push(
            self.tr("Caption"),
            undo=lambda: photo_service.set_caption(db, photo.id, old),
            redo=lambda: photo_service.set_caption(db, photo.id, text),
            done=changes,
        )

    def step(self, offset: int) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.move_to(row, row + offset)

    def move_to(self, source: int, target: int) -> None:
        if not (0 <= source < len(self.photos) and 0 <= target < len(self.photos)):
            return
        photo, db = self.photos[source], self.ctx.db
        changes = photo_service.move_photo(db, photo.id, target)
        self._push(
            self.tr("Move a photo"),
            undo=lambda: photo_service.move_photo(db, photo.id, source),
            redo=lambda: photo_service.move_photo(db, photo.id, target),
            done=changes,
        )
        self.select(photo.id)

    def remove(self) -> None:
        photo = self.current_photo()
        if photo is None:
            return
        db = self.ctx.db
        changes = photo_service.remove_photo(db, photo.id)
        self._push(
            self.tr("Remove a photo"),
            undo=lambda: photo_service.restore_photo(db, photo.id),
            redo=lambda: photo_service.remove_photo(db, photo.id),
            done=changes,
        )
        self.hint.setText(self.tr("Photo removed. Ctrl+Z brings it back."))

    def edit_current(self) -> None:
        photo = self.current_photo()
        if photo is None:
            return
        step = editing.edit_photo(self, self.ctx, photo)
        if step is not None:
            undo, redo, changes = step
            self._push(self.tr("Turn, straighten and crop"), undo=undo, redo=redo, done=changes)

    def _push(
        self,
        text: str,
        *,
        undo: Callable[[], ChangeSet],
        redo: Callable[[], ChangeSet],
        done: ChangeSet,
    ) -> None:
        """Record a change already saved, and tell every screen."""
        self.undo_stack.push(ServiceCommand(self.ctx, text, undo=undo, redo=redo))
        self.ctx.signals.announce(done)

    # --- dropping on the panel (outside the strip) ---------------------------------------------

    def dragEnterEvent(self, event: object) -> None:
        mime = event.mimeData()  # type: ignore[attr-defined]
        if carries_images(mime):
            event.acceptProposedAction()  # type: ignore[attr-defined]

    def dropEvent(self, event: object) -> None:
        self.add_mime(event.mimeData())  # type: ignore[attr-defined]
        event.acceptProposedAction()  # type: ignore[attr-defined]
