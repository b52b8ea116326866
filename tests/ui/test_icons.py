"""Every logical icon draws its glyph: in the colour asked for, and greyed when disabled."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QIcon, QImage

from arenadesk.ui.common.icons import ICONS, WARNING_COLOUR, icon


def _colours(image: QImage) -> set[str]:
    return {
        image.pixelColor(x, y).name()
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).alpha() == 255
    }


@pytest.mark.parametrize("name", sorted(ICONS))
def test_each_icon_draws_a_glyph(qapp, name: str) -> None:  # type: ignore[no-untyped-def]
    image = icon(name).pixmap(QSize(32, 32)).toImage()
    drawn = sum(image.pixelColor(x, y).alpha() > 0 for x in range(32) for y in range(32))
    assert 20 < drawn < 32 * 32  # a glyph, not an empty square nor a filled one


def test_the_colour_asked_for_and_the_disabled_grey(qapp) -> None:  # type: ignore[no-untyped-def]
    warning = icon("warning", WARNING_COLOUR)
    assert _colours(warning.pixmap(QSize(48, 48)).toImage()) == {QColor(WARNING_COLOUR).name()}
    disabled = warning.pixmap(QSize(48, 48), QIcon.Mode.Disabled).toImage()
    assert QColor(WARNING_COLOUR).name() not in _colours(disabled)
    assert _colours(disabled)  # still drawn
    assert icon("undo").pixmap(QSize(64, 64)).size() == QSize(64, 64)
