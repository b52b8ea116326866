"""The Open Space program wall on paper: the whole wall on A3 landscape (the schedule per
space is `reports.wall_schedule_pdf`).

The wall goes one page per day when every space's column is wide enough to read; with
many spaces each økt gets its own page, its spaces laid out as a grid of cards. Font sizes
step down until the page's content fits, never below a legible floor.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import (
    Flowable,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
)

from arenadesk.domain.open_space import cell_number
from arenadesk.domain.wall import SlotRow, SpaceRow, TopicRow, Wall, space_heading, time_span
from arenadesk.i18n.messages import message
from arenadesk.reports.board_drawing import BOLD
from arenadesk.reports.pdf_style import (
    HEADING,
    MUTED,
    STYLES,
    escape,
    register_report_fonts,
)
from arenadesk.reports.wall_pdf_pages import (
    BOTTOM,
    PAD,
    SIDE,
    TOP,
    WALL_PAGE,
    build_document,
    grid_style,
    page_title,
    style,
)

ROW_HEAD = 34 * mm  # the økt column of a day page
MIN_COLUMN = 30 * mm  # narrower than this, a day page is not legible: one page per økt
WALL_SIZES = (16, 14, 13, 12, 11, 10, 9, 8.5, 8)  # card text, largest first
CARD_SIZES = (18, 16, 14, 13, 12, 11, 10, 9, 8)


def slot_label(slot: SlotRow, language: str = "nb") -> str:
    """ "Økt 2 · dag 1 · 13.00–14.30", the wall's row heading."""
    parts = [
        message("wall.slot", language, number=slot.number),
        message("wall.day", language, day=slot.day),
    ]
    span = time_span(slot, language)
    return " · ".join([*parts, span] if span else parts)


def _row_heading(slot: SlotRow, language: str) -> str:
    """ "Økt 2", "dag 1", "13.00–14.30" on three lines: the day page's narrow row heading."""
    lines = [
        message("wall.slot", language, number=slot.number),
        message("wall.day", language, day=slot.day),
        time_span(slot, language),
    ]
    return "<br/>".join(escape(line) for line in lines if line)


# --- the wall (A3 landscape) ---------------------------------------------------------


def build_wall_pdf(
    wall: Wall, arena_name: str, path: Path | BinaryIO, *, language: str = "nb"
) -> int:
    """The wall as an A3 landscape PDF; returns its number of pages."""
    register_report_fonts()
    wall_title = message("wall.title", language)
    width, height = WALL_PAGE
    frame_w, frame_h = width - 2 * SIDE, height - TOP - BOTTOM
    story: list[Flowable] = []
    for title, grid in _wall_pages(wall, language, frame_w, frame_h):
        if story:
            story.append(PageBreak())
        story += [title, Spacer(1, 3 * mm), grid]
    unplaced = wall.unplaced()
    if unplaced:
        heading = message("wall.unplaced", language)
        story += [PageBreak(), *_unplaced_page(unplaced, heading, frame_w)]
    return build_document(path, story, WALL_PAGE, heading=wall_title, arena_name=arena_name)


def _wall_pages(
    wall: Wall, language: str, frame_w: float, frame_h: float
) -> list[tuple[Flowable, Table]]:
    wall_title = message("wall.title", language)
    pages: list[tuple[Flowable, Table]] = []
    spaces = list(wall.spaces)
    by_day = not spaces or (frame_w - ROW_HEAD) / len(spaces) >= MIN_COLUMN
    for day in wall.days():
        slots = [s for s in wall.slots if s.day == day]
        day_title = message("wall.day_title", language, day=day)
        title = page_title(f"{wall_title} · {day_title}", "")
        room = frame_h - _height(title, frame_w) - 3 * mm
        grid = _day_grid(wall, slots, spaces, language, frame_w, room) if by_day else None
        if grid is not None:
            pages.append((title, grid))
            continue
        for slot in slots:  # too many spaces, or too much text: one page per økt
            title = page_title(f"{wall_title} · {slot_label(slot, language)}", "")
            room = frame_h - _height(title, frame_w) - 3 * mm
            pages.append((title, _slot_cards(wall, slot, spaces, frame_w, room)))
    return pages


def _height(flowable: Flowable, width: float) -> float:
    return float(flowable.wrap(width, 10_000)[1])


def _topic_flowables(
    topics: Sequence[TopicRow], empty_number: str, size: float, *, show_number: bool = True
) -> list[Flowable]:
    number_style = style("wall-number", size * 0.72, textColor=MUTED)
    title_style = style("wall-topic", size, fontName=BOLD)
    convener_style = style("wall-convener", size * 0.85, textColor=MUTED)
    if not topics:
        return [Paragraph(escape(empty_number), number_style)] if show_number else []
    out: list[Flowable] = []
    for index, topic in enumerate(topics):
        if index:
            out.append(Spacer(1, size * 0.4))
        if show_number:
            out.append(Paragraph(escape(topic.number or empty_number), number_style))
        out.append(Paragraph(escape(topic.title), title_style))
        if topic.convener:
            out.append(Paragraph(escape(topic.convener), convener_style))
    return out


def _cells_height(cells: Sequence[Sequence[Flowable]], width: float) -> float:
    """The height of the tallest cell of a row (paragraphs stacked, with padding)."""
    inner = width - 2 * PAD
    return max((sum(_height(f, inner) for f in cell) for cell in cells), default=0) + 2 * PAD


def _day_grid(
    wall: Wall,
    slots: Sequence[SlotRow],
    spaces: Sequence[SpaceRow],
    language: str,
    frame_w: float,
    room: float,
) -> Table | None:
    """One day's økter × spaces in one table, at the largest size that fits the page;
    None when even the smallest size does not."""
    column = (frame_w - ROW_HEAD) / max(len(spaces), 1)
    widths = [ROW_HEAD, *[column] * len(spaces)]
    for size in WALL_SIZES:
        head_style = style("wall-head", size, fontName=BOLD, textColor=HEADING)
        # The økt column is narrow: its times must stay on one line.
        row_style = style("wall-row", min(size, 11), fontName=BOLD, textColor=HEADING)
        if not _words_fit(wall.topics, size, column):
            continue
        head = [Paragraph("", head_style)] + [
            Paragraph(escape(space_heading(space)), head_style) for space in spaces
        ]
        rows: list[list[Any]] = [head]
        heights = [_cells_height([[cell] for cell in head[1:]] or [[]], column)]
        for slot in slots:
            label = Paragraph(_row_heading(slot, language), row_style)
            cells = [
                _topic_flowables(
                    wall.in_cell(slot.id, space.id), cell_number(slot.number, space.number), size
                )
                for space in spaces
            ]
            heights.append(max(_cells_height(cells, column), _cells_height([[label]], ROW_HEAD)))
            rows.append([label, *cells])
        if sum(heights) <= room:
            spare = (room - 2 - sum(heights)) / max(len(slots), 1)
            heights = [heights[0], *[h + spare for h in heights[1:]]]
            table = Table(rows, colWidths=widths, rowHeights=heights)
            table.setStyle(grid_style(True, True))
            return table
    return None


def _words_fit(topics: Sequence[TopicRow], size: float, width: float) -> bool:
    """No word of a title is wider than its cell (reportlab would break it mid-word)."""
    room = width - 2 * PAD
    return all(
        pdfmetrics.stringWidth(word, BOLD, size) <= room
        for topic in topics
        for word in topic.title.split()
    )


def card_columns(count: int, width: float, height: float) -> int:
    """How many cards a row holds so that the cards come out roughly 3:2."""
    best, best_score = 1, math.inf
    for columns in range(1, max(count, 1) + 1):
        rows = math.ceil(count / columns)
        ratio = (width / columns) / (height / rows)
        score = abs(math.log(ratio / 1.5))
        if score < best_score:
            best, best_score = columns, score
    return best


def _slot_cards(
    wall: Wall, slot: SlotRow, spaces: Sequence[SpaceRow], frame_w: float, room: float
) -> Table:
    """One økt as a grid of cards (space, number, topic, convener), filling the page."""
    columns = card_columns(len(spaces), frame_w, room)
    rows_count = math.ceil(len(spaces) / columns)
    width = frame_w / columns
    table: Table | None = None
    for size in CARD_SIZES:
        if size != CARD_SIZES[-1] and not _words_fit(wall.in_slot(slot.id), size, width):
            continue
        head_style = style("card-head", size * 0.8, fontName=BOLD, textColor=HEADING)
        cards: list[list[Flowable]] = []
        for space in spaces:
            number = cell_number(slot.number, space.number)
            head = Paragraph(f"{escape(number)}  ·  {escape(space.label)}", head_style)
            topics = wall.in_cell(slot.id, space.id)
            cards.append([head, *_topic_flowables(topics, number, size, show_number=False)])
        while len(cards) % columns:
            cards.append([])
        grid = [cards[i : i + columns] for i in range(0, len(cards), columns)]
        heights = [_cells_height(row, width) for row in grid]
        even = (room - 2) / rows_count  # a hair under: rounding must not spill a row
        table = Table(
            grid,
            colWidths=[width] * columns,
            rowHeights=[max(h, even) for h in heights],
        )
        table.setStyle(grid_style(False, False))
        if max(heights) <= even or sum(heights) <= room:
            break
    assert table is not None
    return table


def _unplaced_page(topics: Sequence[TopicRow], heading: str, frame_w: float) -> list[Flowable]:
    out: list[Flowable] = [page_title(heading, "")]
    for topic in topics:
        line = f"<b>{escape(topic.title)}</b>"
        if topic.convener:
            line += f" – {escape(topic.convener)}"
        out.append(Paragraph(line, STYLES["body"]))
    return out
