"""Turn, straighten and crop a photo: the picture with rotate buttons, a crop rectangle, and
a straighten mode where the four numbered corners go onto the poster's corners.

The dialog works on a preview (at most `PREVIEW_EDGE` pixels) and returns a `PhotoEdit` in
fractions, which the photo service applies to the full image. Keyboard: Ctrl+L / Ctrl+R
turn, Alt+S / Alt+C choose the mode, 1–4 choose a corner, the arrow keys move it (Shift:
ten times as far).
"""

from __future__ import annotations

from PIL import Image as PilImage
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QImage, QKeyEvent, QKeySequence, QPixmap, QResizeEvent, QTransform
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QGraphicsPixmapItem,
    QGraphicsScene,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from arenadesk.domain.photos import PhotoEdit, perspective_coefficients, straightened_size
from arenadesk.ui.common.forms import dialog_buttons
from arenadesk.ui.common.geometry import fit_size
from arenadesk.ui.common.icons import icon
from arenadesk.ui.photos.marks import Marks, rectangle_points
from arenadesk.ui.photos.turns import cleaned, turned

PREVIEW_EDGE = 1400
INSET = 0.08  # where the corners start when straightening begins
STEP, BIG_STEP = 0.002, 0.02  # an arrow key moves a corner this share of the picture


def preview_image(image: QImage, edge: int = PREVIEW_EDGE) -> QImage:
    """The picture at most `edge` pixels on its long side, in 24-bit RGB."""
    if max(image.width(), image.height()) > edge:
        image = image.scaled(
            edge,
            edge,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    return image.convertToFormat(QImage.Format.Format_RGB888)


def straightened(image: QImage, corners: tuple[tuple[float, float], ...]) -> QImage:
    """The poster the corners mark, as a rectangle: the same perspective transform the
    photo service applies to the full image, here on the preview."""
    width, height = image.width(), image.height()
    size = straightened_size(corners, width, height)
    coefficients = perspective_coefficients(corners, width, height, size)
    source = PilImage.frombuffer(
        "RGB", (width, height), bytes(image.constBits()), "raw", "RGB", image.bytesPerLine(), 1
    )
    out = source.transform(
        size, PilImage.Transform.PERSPECTIVE, coefficients, PilImage.Resampling.BICUBIC
    )
    data = out.tobytes()
    return QImage(data, out.width, out.height, 3 * out.width, QImage.Format.Format_RGB888).copy()


class MarkView(QGraphicsView):
    """The picture, fitted; digits choose a corner and arrow keys move it."""

    def __init__(self, dialog: PhotoEditDialog) -> None:
        super().__init__()
        self.dialog = dialog
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setBackgroundBrush(Qt.GlobalColor.darkGray)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()

    def fit(self) -> None:
        rect = self.sceneRect().adjusted(-12, -12, 12, 12)  # room for the handles at the edge
        self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        marks = self.dialog.marks
        key = event.key()
        if marks is not None and Qt.Key.Key_1 <= key <= Qt.Key.Key_4:
            marks.choose(key - Qt.Key.Key_1)
            return
        moves = {
            Qt.Key.Key_Left: (-1, 0),
            Qt.Key.Key_Right: (1, 0),
            Qt.Key.Key_Up: (0, -1),
            Qt.Key.Key_Down: (0, 1),
        }
        if marks is not None and key in moves:
            share = BIG_STEP if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else STEP
            dx, dy = moves[Qt.Key(key)]
            rect = self.sceneRect()
            marks.nudge(dx * share * rect.width(), dy * share * rect.height())
            return
        super().keyPressEvent(event)


class PhotoEditDialog(QDialog):
    """`edit()` is the result once accepted."""

    def __init__(self, image: QImage, edit: PhotoEdit | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Turn, straighten and crop"))
        self.source = preview_image(image)
        self._edit = edit or PhotoEdit()
        self.mode = "straighten" if self._edit.corners else "crop"
        self.marks: Marks | None = None
        self.scene = QGraphicsScene(self)
        self.picture = QGraphicsPixmapItem()
        self.picture.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self.scene.addItem(self.picture)
        self.view = MarkView(self)
        self.view.setScene(self.scene)

        def tool(name: str, text: str, shortcut: str = "") -> QToolButton:
            button = QToolButton()
            button.setIcon(icon(name))
            button.setText(text)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            if shortcut:
                button.setShortcut(QKeySequence(shortcut))
                button.setToolTip(f"{text.replace('&', '')} ({shortcut})")
            return button

        self.left_button = tool("rotate_left", self.tr("Turn left"), "Ctrl+L")
        self.left_button.clicked.connect(lambda: self.turn(clockwise=False))
        self.right_button = tool("rotate_right", self.tr("Turn right"), "Ctrl+R")
        self.right_button.clicked.connect(lambda: self.turn(clockwise=True))
        self.straighten_button = tool("straighten", self.tr("&Straighten"))
        self.crop_button = tool("crop", self.tr("&Crop"))
        self.modes = QButtonGroup(self)
        for button, mode in ((self.straighten_button, "straighten"), (self.crop_button, "crop")):
            button.setCheckable(True)
            button.setObjectName(mode)
            self.modes.addButton(button)
            button.clicked.connect(lambda _c=False, m=mode: self.set_mode(m))
        self.reset_button = tool("undo", self.tr("Start over"))
        self.reset_button.clicked.connect(self.reset)
        tools = QHBoxLayout()
        for button in (self.left_button, self.right_button):
            tools.addWidget(button)
        tools.addSpacing(16)
        for button in (self.straighten_button, self.crop_button):
            tools.addWidget(button)
        tools.addStretch(1)
        tools.addWidget(self.reset_button)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #52606d;")
        buttons = dialog_buttons(self)
        layout = QVBoxLayout(self)
        layout.addLayout(tools)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.hint)
        layout.addWidget(buttons)
        fit_size(self, 980, 680)
        self._show()
        self.view.setFocus()

    # --- what the person marked ----------------------------------------------------------

    def edit(self) -> PhotoEdit:
        """The turns, corners and crop as marked, in fractions."""
        self._read_marks()
        return cleaned(self._edit)

    def _read_marks(self) -> None:
        if self.marks is None:
            return
        rect = self.scene.sceneRect()
        w, h = rect.width() or 1.0, rect.height() or 1.0
        points = tuple((p.x() / w, p.y() / h) for p in self.marks.points())
        if self.mode == "straighten":
            self._edit = PhotoEdit(self._edit.quarter_turns, points, self._edit.crop)
        else:
            xs, ys = [p[0] for p in points], [p[1] for p in points]
            crop = (min(xs), min(ys), max(xs), max(ys))
            self._edit = PhotoEdit(self._edit.quarter_turns, self._edit.corners, crop)

    # --- actions ---------------------------------------------------------------------------

    def turn(self, *, clockwise: bool) -> None:
        self._read_marks()
        self._edit = turned(self._edit, clockwise)
        self._show()

    def set_mode(self, mode: str) -> None:
        self._read_marks()
        self.mode = mode
        self._show()

    def reset(self) -> None:
        self._edit = PhotoEdit()
        self.mode = "crop"
        self._show()

    def _show(self) -> None:
        """Draw the picture for the mode (turned; straightened too when cropping) and its
        marks where the edit has them."""
        for button, mode in ((self.straighten_button, "straighten"), (self.crop_button, "crop")):
            button.setChecked(self.mode == mode)
        image = self.source.transformed(QTransform().rotate(90 * self._edit.quarter_turns))
        corners = self._edit.corners
        if self.mode == "crop" and corners is not None:
            image = straightened(image, corners)
        self.picture.setPixmap(QPixmap.fromImage(image))
        bounds = QRectF(0, 0, image.width(), image.height())
        self.scene.setSceneRect(bounds)
        if self.marks is not None:
            self.marks.remove()
        self.marks = Marks(self.scene, bounds, rectangle=self.mode == "crop")
        w, h = bounds.width(), bounds.height()
        if self.mode == "straighten":
            start = corners or (
                (INSET, INSET),
                (1 - INSET, INSET),
                (1 - INSET, 1 - INSET),
                (INSET, 1 - INSET),
            )
            self.marks.place([QPointF(x * w, y * h) for x, y in start])
            self.hint.setText(
                self.tr(
                    "Drag the four numbered corners onto the corners of the poster; it becomes "
                    "a straight rectangle. Keys: 1–4 choose a corner, the arrow keys move it "
                    "(Shift: faster)."
                )
            )
        else:
            left, top, right, bottom = self._edit.crop or (0.0, 0.0, 1.0, 1.0)
            self.marks.place(
                rectangle_points(QRectF(left * w, top * h, (right - left) * w, (bottom - top) * h))
            )
            self.hint.setText(
                self.tr(
                    "Drag a corner to crop away what is not the poster. Keys: 1–4 choose a "
                    "corner, the arrow keys move it (Shift: faster)."
                )
            )
        self.marks.choose(0)
        self.view.fit()
