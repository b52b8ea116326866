"""The package's size under *Send til arrangør*, and the offer to make the photos smaller
when it passes what e-mail takes (about 20 MB).

The size is measured by writing the package to a temporary folder (the photo service's
`package_size`), in a worker; shrinking is one transaction (`shrink_photos`), announced to
every screen, and the size is measured again after it.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from arenadesk.domain.photos import SHRINK_LONG_EDGE
from arenadesk.i18n.messages import UserError
from arenadesk.services import photos as photo_service
from arenadesk.ui.common.background import Progress, run_with_progress
from arenadesk.ui.common.forms import show_error
from arenadesk.ui.common.icons import WARNING_COLOUR, icon
from arenadesk.ui.common.texts import arg
from arenadesk.ui.shell.context import UiContext

MB = 1024 * 1024


class PackageSizeRow(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.measured: photo_service.PackageSize | None = None
        self.label = QLabel(self.tr("Package size: measuring…"))
        self.label.setObjectName("package_size")
        self.label.setWordWrap(True)
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(f"color: {WARNING_COLOUR};")
        self.shrink_button = QPushButton(icon("photo_edit"), self.tr("Make the photos smaller"))
        self.shrink_button.setObjectName("shrink_photos")
        self.shrink_button.clicked.connect(self.shrink)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.warning, 1)
        row.addWidget(self.shrink_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addLayout(row)
        self.warning.hide()
        self.shrink_button.hide()
        QTimer.singleShot(0, self, self.measure)  # once the dialog is on screen

    def megabytes(self, size: int) -> str:
        return QLocale().toString(size / MB, "f", 1) + " MB"

    def measure(self) -> None:
        db = self.ctx.db

        def work(_progress: Progress) -> photo_service.PackageSize:
            return photo_service.package_size(db)

        try:
            self.measured = run_with_progress(
                self, self.tr("Measuring the package…"), work, cancellable=False
            )
        except UserError as error:
            self.label.setText(error.text(self.ctx.language))
            return
        self.show_size(self.measured)

    def show_size(self, size: photo_service.PackageSize) -> None:
        text = arg(self.tr("Package size: %1"), self.megabytes(size.bytes))
        if size.photos:
            text += " · " + self.tr("%n photo(s)", "", size.photos)
        self.label.setText(text)
        large = size.too_large_for_email
        self.warning.setVisible(large)
        self.shrink_button.setVisible(large and size.photos > 0)
        if large:
            self.warning.setText(
                arg(
                    self.tr(
                        "Larger than e-mail takes (about %1). Making the photos smaller "
                        "(%2 pixels on the long side) brings it down; the reports then print "
                        "them smaller too. A USB stick takes it as it is."
                    ),
                    self.megabytes(photo_service.EMAIL_LIMIT),
                    str(SHRINK_LONG_EDGE),
                )
            )

    def shrink(self) -> None:
        db = self.ctx.db

        def work(_progress: Progress) -> object:
            return photo_service.shrink_photos(db)

        try:
            changes = run_with_progress(
                self, self.tr("Making the photos smaller…"), work, cancellable=False
            )
        except UserError as error:
            show_error(self, error, self.ctx.language)
            return
        self.ctx.signals.announce(changes)  # type: ignore[arg-type]
        self.measure()
