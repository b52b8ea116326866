"""File → Connect to a database on a server…: an organiser's PostgreSQL master.

The person fills in server, port, database, user and password, or pastes a whole address
(`postgresql://user@server:5432/database`), which fills the fields. The password is only
passed on to connect: the address remembered in the recent files has none, so reopening
a server asks for it again (unless libpq finds it in PGPASSWORD or ~/.pgpass).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import URL, make_url
from sqlalchemy.exc import ArgumentError

from arenadesk.i18n.messages import UserError
from arenadesk.platform.settings import Settings
from arenadesk.store.db.database import Database, open_database, open_url
from arenadesk.store.db.server import DEFAULT_PORT, readable
from arenadesk.ui.common.background import Cancelled, run_with_progress
from arenadesk.ui.common.forms import ERROR_STYLE, show_error
from arenadesk.ui.common.geometry import size_to_content


class ServerDialog(QDialog):
    """Asks where the server database is and connects; `database` is set when it worked."""

    def __init__(
        self,
        settings: Settings,
        parent: QWidget | None = None,
        *,
        address: str = "",
        error: UserError | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.database: Database | None = None
        self.setWindowTitle(self.tr("Connect to a database on a server"))
        intro = QLabel(
            self.tr(
                "An organiser's master database on a PostgreSQL server. An empty database "
                "is set up for ArenaDesk the first time."
            )
        )
        intro.setWordWrap(True)
        self.host = QLineEdit()
        self.host.setPlaceholderText(self.tr("for example arena.example.no"))
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.port.setGroupSeparatorShown(False)
        self.name = QLineEdit()
        self.user = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.address = QLineEdit()
        self.address.setPlaceholderText("postgresql://bruker@server:5432/database")
        self.address.editingFinished.connect(self._fill_from_address)
        self.error = QLabel()
        self.error.setObjectName("server_error")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()

        form = QFormLayout()
        form.addRow(self.tr("Server"), self.host)
        form.addRow(self.tr("Port"), self.port)
        form.addRow(self.tr("Database"), self.name)
        form.addRow(self.tr("User name"), self.user)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("Or the whole address"), self.address)
        box = QDialogButtonBox()
        self.connect_button = box.addButton(
            self.tr("Connect"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        box.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.connect_button.setDefault(True)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(box)
        size_to_content(self, 560)

        if address:
            self.address.setText(address)
            self._fill_from_address()
        if error is not None:
            self._show_error(error)
        (self.password if self.host.text() else self.host).setFocus()

    def _fill_from_address(self) -> None:
        """A pasted address fills the fields; its password moves to the hidden field."""
        text = self.address.text().strip()
        if not text:
            return
        try:
            url = make_url(text)
            port = url.port
        except (ArgumentError, ValueError):
            return  # left as typed; connecting explains what is wrong with it
        self.host.setText(url.host or "")
        self.port.setValue(port or DEFAULT_PORT)
        self.name.setText(url.database or "")
        self.user.setText(url.username or "")
        if url.password:
            self.password.setText(str(url.password))
        self.address.setText(self._url(with_password=False))
        self.address.setCursorPosition(0)

    def _url(self, *, with_password: bool) -> str:
        url = URL.create(
            "postgresql",
            username=self.user.text().strip() or None,
            password=(self.password.text() or None) if with_password else None,
            host=self.host.text().strip() or None,
            port=self.port.value(),
            database=self.name.text().strip() or None,
        )
        return readable(url)

    def _show_error(self, error: UserError) -> None:
        self.error.setText(error.text(self.settings.language))
        self.error.show()

    def accept(self) -> None:
        self._fill_from_address()
        self.error.hide()
        url, device = self._url(with_password=True), self.settings.device
        try:
            # A server that does not answer takes up to its connect timeout; the window
            # keeps repainting meanwhile. *Avbryt* abandons the connection once the server
            # has answered (or not), before anything on it is changed.
            self.database = run_with_progress(
                self,
                self.tr("Connecting to the server…"),
                lambda progress: open_url(url, device, check=progress.check),
            )
        except Cancelled:
            return
        except UserError as error:
            self._show_error(error)
            return
        super().accept()


def connect_to_server(
    parent: QWidget | None,
    settings: Settings,
    *,
    address: str = "",
    error: UserError | None = None,
) -> Database | None:
    """Ask for a server database and connect; None if the person cancelled."""
    dialog = ServerDialog(settings, parent, address=address, error=error)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        return dialog.database
    return None


def open_server_address(
    parent: QWidget | None, address: str, settings: Settings
) -> Database | None:
    """A remembered server (no password in it): tried as it is, and when that fails the
    dialog opens with the address filled in and the reason shown, ready for a password."""
    try:
        return open_database(address, settings.device)
    except UserError as error:
        if error.key == "db.server_address":
            show_error(parent, error, settings.language)
            return None
        return connect_to_server(parent, settings, address=address, error=error)
