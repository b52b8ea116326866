"""The turn / straighten / crop dialog: marks become a PhotoEdit in fractions, turning
keeps what was marked, and it works from the keyboard."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from arenadesk.domain.photos import PhotoEdit
from arenadesk.ui.photos.edit_dialog import PhotoEditDialog, straightened
from arenadesk.ui.photos.turns import cleaned, turned
from tests.reports.photo_samples import LANDSCAPE, poster_bytes

SKEWED = ((0.1, 0.1), (0.9, 0.15), (0.85, 0.9), (0.12, 0.85))


@pytest.fixture
def image() -> QImage:
    return QImage.fromData(poster_bytes(LANDSCAPE))


def test_turning_four_times_either_way_gives_the_edit_back() -> None:
    edit = PhotoEdit(0, SKEWED, (0.1, 0.2, 0.7, 0.9))
    forth = edit
    for _ in range(4):
        forth = turned(forth, clockwise=True)
    assert cleaned(forth) == cleaned(edit)
    assert cleaned(turned(turned(edit, clockwise=True), clockwise=False)) == cleaned(edit)
    once = turned(edit, clockwise=True)
    assert once.quarter_turns == 1
    # the old bottom-left corner (0.12, 0.85) is the new top-left: (1 - 0.85, 0.12)
    assert once.corners is not None and once.corners[0] == pytest.approx((0.15, 0.12))
    assert once.crop == pytest.approx((0.1, 0.1, 0.8, 0.7))


def test_a_crop_of_the_whole_picture_is_no_crop() -> None:
    assert cleaned(PhotoEdit(5, None, (0.0, 0.0001, 1.0, 0.9995))) == PhotoEdit(1, None, None)


def test_straightening_marks_become_the_edit(qtbot, image: QImage) -> None:  # type: ignore[no-untyped-def]
    dialog = PhotoEditDialog(image)
    qtbot.addWidget(dialog)
    assert dialog.mode == "crop" and dialog.edit() == PhotoEdit()
    dialog.straighten_button.click()
    assert dialog.mode == "straighten"
    marks = dialog.marks
    assert marks is not None
    view = dialog.view
    qtbot.keyClick(view, Qt.Key.Key_3)
    assert marks.chosen == 2
    before = dialog.edit().corners
    qtbot.keyClick(view, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(view, Qt.Key.Key_Up)
    after = dialog.edit().corners
    assert before is not None and after is not None
    assert after[2][0] == pytest.approx(before[2][0] - 0.02, abs=1e-3)
    assert after[2][1] == pytest.approx(before[2][1] - 0.002, abs=1e-3)
    assert after[0] == before[0]  # the other corners stay


def test_cropping_a_straightened_poster_and_turning(qtbot, image: QImage) -> None:  # type: ignore[no-untyped-def]
    dialog = PhotoEditDialog(image, PhotoEdit(0, SKEWED, None))
    qtbot.addWidget(dialog)
    assert dialog.mode == "straighten"
    dialog.crop_button.click()
    picture = dialog.picture.pixmap()
    # the crop works on the straightened poster, not on the photo
    assert (picture.width(), picture.height()) != (dialog.source.width(), dialog.source.height())
    marks = dialog.marks
    assert marks is not None
    marks.choose(0)
    marks.nudge(picture.width() * 0.25, picture.height() * 0.1)
    edit = dialog.edit()
    assert edit.corners == SKEWED
    assert edit.crop == pytest.approx((0.25, 0.1, 1.0, 1.0), abs=1e-3)
    assert dialog.right_button.shortcut().toString() == "Ctrl+R"
    dialog.right_button.click()
    assert dialog.edit().quarter_turns == 1
    assert dialog.edit().crop == pytest.approx((0.0, 0.25, 0.9, 1.0), abs=1e-3)
    dialog.reset_button.click()
    assert dialog.edit() == PhotoEdit()


def test_the_preview_straightens_like_the_photo_service(image: QImage) -> None:
    preview = image.convertToFormat(QImage.Format.Format_RGB888)
    out = straightened(preview, SKEWED)
    # the longer of each pair of opposite sides, in the preview's pixels
    assert out.width() == pytest.approx(0.8 * preview.width(), rel=0.03)
    assert out.height() == pytest.approx(0.75 * preview.height(), rel=0.05)
