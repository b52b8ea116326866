"""The Open Space program wall on paper: the whole wall on A3 landscape, and a schedule
per space (A4 portrait) to hang at its door.

The wall goes one page per day when every space's column is wide enough to read; with
many spaces each økt gets its own page, its spaces laid out as a grid of cards. Font sizes
step down until the page's content fits, never below a legible floor.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib import colors
from reportlab.lib.pagesizes import A3, A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from arenadesk.domain.open_space import cell_number
from arenadesk.domain.wall import SlotRow, SpaceRow, TopicRow, Wall, space_heading, time_span
from arenadesk.i18n.messages import message
from arenadesk.reports.board_drawing import BOLD, FONT
from arenadesk.reports.pdf_pages import document_options
from arenadesk.reports.pdf_style import (
    HEADER_FILL,
    HEADING,
    INK,
    MUTED,
    RULE,
    STYLES,
    NumberedCanvas,
    escape,
    fit_width,
    register_report_fonts,
)

WALL_PAGE = landscape(A3)
SCHEDULE_PAGE = A4
SIDE = 12 * mm
BOTTOM = 20 * mm  # the footer's rule and page number sit below
TOP = 12 * mm
ROW_HEAD = 34 * mm  # the økt column of a day page
MIN_COLUMN = 30 * mm  # narrower than this, a day page is not legible: one page per økt
WALL_SIZES = (16, 14, 13, 12, 11, 10, 9, 8.5, 8)  # card text, largest first
CARD_SIZES = (18, 16, 14, 13, 12, 11, 10, 9, 8)
PAD = 4
MUTED_HEX = "#66727f"  # pdf_style.MUTED as markup wants it

_COLUMNS = ("slot", "day", "time", "number", "topic", "convener")


def _columns(language: str) -> list[str]:
    return [message(f"wall.column.{key}", language) for key in _COLUMNS]


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


def _style(name: str, size: float, **values: Any) -> ParagraphStyle:
    base: dict[str, Any] = {
        "fontName": FONT,
        "fontSize": size,
        "leading": size * 1.22,
        "textColor": INK,
    }
    return ParagraphStyle(name, **{**base, **values})


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
    if not story:
        story.append(_page_title(wall_title, arena_name))
    return _build(
        path,
        story,
        WALL_PAGE,
        title=f"{wall_title} – {arena_name}",
        arena_name=arena_name,
    )


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
        title = _page_title(f"{wall_title} · {day_title}", "")
        room = frame_h - _height(title, frame_w) - 3 * mm
        grid = _day_grid(wall, slots, spaces, language, frame_w, room) if by_day else None
        if grid is not None:
            pages.append((title, grid))
            continue
        for slot in slots:  # too many spaces, or too much text: one page per økt
            title = _page_title(f"{wall_title} · {slot_label(slot, language)}", "")
            room = frame_h - _height(title, frame_w) - 3 * mm
            pages.append((title, _slot_cards(wall, slot, spaces, frame_w, room)))
    return pages


def _page_title(text: str, subtitle: str) -> Paragraph:
    body = f"<b>{escape(text)}</b>"
    if subtitle:
        body += f"  <font color='{MUTED_HEX}'>{escape(subtitle)}</font>"
    return Paragraph(body, _style("wall-title", 18, textColor=HEADING, leading=22))


def _height(flowable: Flowable, width: float) -> float:
    return float(flowable.wrap(width, 10_000)[1])


def _topic_flowables(
    topics: Sequence[TopicRow], empty_number: str, size: float, *, show_number: bool = True
) -> list[Flowable]:
    number_style = _style("wall-number", size * 0.72, textColor=MUTED)
    title_style = _style("wall-topic", size, fontName=BOLD)
    convener_style = _style("wall-convener", size * 0.85, textColor=MUTED)
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


def _grid_style(head_row: bool, head_column: bool) -> TableStyle:
    commands: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("GRID", (0, 0), (-1, -1), 0.6, RULE),
        ("BOX", (0, 0), (-1, -1), 1, HEADING),
        ("LEFTPADDING", (0, 0), (-1, -1), PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
        ("TOPPADDING", (0, 0), (-1, -1), PAD),
        ("BOTTOMPADDING", (0, 0), (-1, -1), PAD),
    ]
    if head_row:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL))
    if head_column:
        commands.append(("BACKGROUND", (0, 0), (0, -1), HEADER_FILL))
    return TableStyle(commands)


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
        head_style = _style("wall-head", size, fontName=BOLD, textColor=HEADING)
        # The økt column is narrow: its times must stay on one line.
        row_style = _style("wall-row", min(size, 11), fontName=BOLD, textColor=HEADING)
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
            table.setStyle(_grid_style(True, True))
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
        head_style = _style("card-head", size * 0.8, fontName=BOLD, textColor=HEADING)
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
        table.setStyle(_grid_style(False, False))
        if max(heights) <= even or sum(heights) <= room:
            break
    assert table is not None
    return table


def _unplaced_page(topics: Sequence[TopicRow], heading: str, frame_w: float) -> list[Flowable]:
    out: list[Flowable] = [_page_title(heading, "")]
    for topic in topics:
        line = f"<b>{escape(topic.title)}</b>"
        if topic.convener:
            line += f" – {escape(topic.convener)}"
        out.append(Paragraph(line, STYLES["body"]))
    return out


# --- the schedule per space (A4 portrait) --------------------------------------------


def build_space_schedule_pdf(
    wall: Wall, arena_name: str, path: Path | BinaryIO, *, language: str = "nb"
) -> int:
    """One A4 page per space: its økter, times, topics and conveners."""
    register_report_fonts()
    schedule = message("wall.schedule", language)
    width, _height_ = SCHEDULE_PAGE
    frame_w = width - 2 * SIDE
    story: list[Flowable] = []
    for space in wall.spaces:
        if story:
            story.append(PageBreak())
        story += _schedule_page(wall, space, arena_name, frame_w, language)
    if not story:
        story.append(_page_title(schedule, arena_name))
    return _build(
        path,
        story,
        SCHEDULE_PAGE,
        title=f"{schedule} – {arena_name}",
        arena_name=arena_name,
    )


def _schedule_page(
    wall: Wall, space: SpaceRow, arena_name: str, frame_w: float, language: str
) -> list[Flowable]:
    big = _style("space-name", 40, fontName=BOLD, textColor=HEADING, leading=46)
    sub = _style("space-sub", 13, textColor=MUTED, leading=17)
    head_style = _style("schedule-head", 10, fontName=BOLD, textColor=HEADING)
    cell = _style("schedule-cell", 11, leading=14)
    topic_style = _style("schedule-topic", 13, fontName=BOLD, leading=16)
    label = space_heading(space)  # the number is in every input's number: always shown
    rows: list[list[Any]] = [[Paragraph(escape(h), head_style) for h in _columns(language)]]
    for slot in wall.slots:
        topics = wall.in_cell(slot.id, space.id)
        numbers = ", ".join(t.number or "" for t in topics) or cell_number(
            slot.number, space.number
        )
        titles: list[Flowable] = [Paragraph(escape(t.title), topic_style) for t in topics]
        conveners = [Paragraph(escape(t.convener), cell) for t in topics if t.convener]
        rows.append(
            [
                Paragraph(str(slot.number), cell),
                Paragraph(str(slot.day), cell),
                Paragraph(escape(time_span(slot, language)), cell),
                Paragraph(escape(numbers), cell),
                titles or [Paragraph(message("wall.no_topic", language), cell)],
                conveners,
            ]
        )
    widths = [14 * mm, 12 * mm, 30 * mm, 16 * mm]
    widths += [(frame_w - sum(widths)) * 0.68, (frame_w - sum(widths)) * 0.32]
    table = Table(rows, colWidths=widths, repeatRows=1)
    style = _grid_style(True, False)
    style.add("LINEBELOW", (0, 0), (-1, 0), 1, HEADING)
    style.add("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f5f7fa")])
    style.add("TOPPADDING", (0, 1), (-1, -1), 8)
    style.add("BOTTOMPADDING", (0, 1), (-1, -1), 8)
    table.setStyle(style)
    return [
        Paragraph(escape(label), big),
        Paragraph(escape(f"{message('wall.schedule', language)} · {arena_name}"), sub),
        Spacer(1, 8 * mm),
        table,
    ]


# --- shared --------------------------------------------------------------------------


def _build(
    path: Path | BinaryIO,
    story: list[Flowable],
    page: tuple[float, float],
    *,
    title: str,
    arena_name: str,
) -> int:
    destination = str(path) if isinstance(path, Path) else path
    options = {
        **document_options(title=title, author=arena_name, subject=title),
        "pagesize": page,
        "leftMargin": SIDE,
        "rightMargin": SIDE,
        "topMargin": TOP,
        "bottomMargin": BOTTOM,
    }
    doc = BaseDocTemplate(destination, **options)
    frame = Frame(
        SIDE,
        BOTTOM,
        page[0] - 2 * SIDE,
        page[1] - TOP - BOTTOM,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )
    doc.addPageTemplates([PageTemplate("page", [frame])])
    footer = fit_width(title, FONT, 8, page[0] * 0.6)
    canvas_class = type("WallCanvas", (NumberedCanvas,), {"footer_left": footer})
    doc.build(story, canvasmaker=canvas_class)
    return int(doc.page)
