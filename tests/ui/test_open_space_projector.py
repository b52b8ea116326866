"""The Open Space projector screens: the domain's own bokmål texts whatever the UI
language, page keys, and text that fits the screen, large."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtTest import QTest

from arenadesk.app import Application
from arenadesk.ui.projector.principles import OpenSpaceProjector, keep_last_words_together

EXPECTED = [
    (
        "De fire prinsippene",
        [
            "Uansett hvem som kommer, er det de rette personene.",
            "Uansett når det starter, er det den rette tiden.",
            "Det som skjer, er det som skjer.",
            "Når det er over, er det over.",
        ],
    ),
    (
        "Loven om to føtter",
        [
            "Hvis du verken lærer noe eller bidrar med noe der du er, "
            "bruk føttene og gå dit du kan gjøre det."
        ],
    ),
    (
        "Dagens tre innspillstyper",
        [
            "Ny idé eller nytt emne",
            "Fordypning til innspill nr. … dag 1",
            "Iverksettingsforslag til innspill nr. … dag 1",
        ],
    ),
]


@pytest.fixture
def projector(qtbot, application: Application) -> OpenSpaceProjector:
    window = OpenSpaceProjector()
    qtbot.addWidget(window)
    return window


@pytest.mark.parametrize("language", ["nb", "en"])
def test_pages_show_the_domain_texts_in_bokmal(
    application: Application, projector: OpenSpaceProjector, language: str
) -> None:
    application.install_language(language)
    shown = []
    for index in range(len(projector.pages)):
        projector.show_page(index)
        shown.append((projector.page.title, list(projector.page.items)))
    assert shown == EXPECTED
    assert [p.key for p in projector.pages] == ["principles", "two_feet", "input_types"]
    assert shown[0][1][0] == "Uansett hvem som kommer, er det de rette personene."


def test_keys_switch_pages_and_escape_leaves_full_screen(
    qtbot, projector: OpenSpaceProjector
) -> None:
    projector.showFullScreen()
    qtbot.waitExposed(projector)
    steps = [
        (Qt.Key.Key_Right, 1),
        (Qt.Key.Key_PageDown, 2),
        (Qt.Key.Key_Right, 2),  # stays on the last page
        (Qt.Key.Key_Left, 1),
        (Qt.Key.Key_PageUp, 0),
        (Qt.Key.Key_Up, 0),
        (Qt.Key.Key_End, 2),
        (Qt.Key.Key_Home, 0),
    ]
    for key, page in steps:
        QTest.keyClick(projector, key)
        assert projector.index == page, key
    assert projector.isFullScreen()
    QTest.keyClick(projector, Qt.Key.Key_Escape)
    assert not projector.isFullScreen()


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080), (1024, 768)])
def test_text_fits_and_is_large(
    qtbot, projector: OpenSpaceProjector, size: tuple[int, int]
) -> None:
    width, height = size
    projector.resize(width, height)
    projector.show()
    qtbot.waitExposed(projector)
    screen = QRect(0, 0, width, height)
    flags = int(Qt.TextFlag.TextWordWrap)
    for index in range(len(projector.pages)):
        projector.show_page(index)
        layout = projector.page_layout()
        title = QFontMetrics(layout.title_font)
        assert title.horizontalAdvance(projector.page.title) <= layout.title_rect.width()
        assert screen.contains(layout.title_rect)
        # Read at a distance: the text is at least 6 % of the screen height.
        assert layout.item_font.pixelSize() >= 0.06 * height
        metrics = QFontMetrics(layout.item_font)
        previous_bottom = layout.title_rect.bottom()
        for rect, text in zip(layout.item_rects, projector.page.items, strict=True):
            assert screen.contains(rect), (index, rect)
            assert rect.top() > previous_bottom  # nothing overlaps
            previous_bottom = rect.bottom()
            needed = metrics.boundingRect(
                QRect(0, 0, rect.width(), 100_000), flags, keep_last_words_together(text)
            )
            assert needed.width() <= rect.width() and needed.height() <= rect.height()
        image = projector.grab().toImage()
        assert image.width() == width  # painted at the size it was laid out for


def test_a_short_last_word_is_kept_with_the_one_before() -> None:
    assert keep_last_words_together("Fordypning til innspill nr. … dag 1").endswith("dag\u00a01")
    assert keep_last_words_together("Når det er over, er det over.") == (
        "Når det er over, er det over."
    )
