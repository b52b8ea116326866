"""The Open Space schedule on paper: one A4 portrait page per space, to hang at its door,
with its økter, times, topics and conveners."""

from __future__ import annotations

from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer, Table

from arenadesk.domain.open_space import cell_number
from arenadesk.domain.wall import SpaceRow, Wall, space_heading, time_span
from arenadesk.i18n.messages import message
from arenadesk.reports.board_drawing import BOLD
from arenadesk.reports.pdf_style import HEADING, MUTED, escape, register_report_fonts
from arenadesk.reports.wall_pdf_pages import (
    SCHEDULE_PAGE,
    SIDE,
    build_document,
    grid_style,
    style,
)

_COLUMNS = ("slot", "day", "time", "number", "topic", "convener")


def _columns(language: str) -> list[str]:
    return [message(f"wall.column.{key}", language) for key in _COLUMNS]


def build_space_schedule_pdf(
    wall: Wall, arena_name: str, path: Path | BinaryIO, *, language: str = "nb"
) -> int:
    """One A4 page per space: its økter, times, topics and conveners."""
    register_report_fonts()
    schedule = message("wall.schedule", language)
    frame_w = SCHEDULE_PAGE[0] - 2 * SIDE
    story: list[Flowable] = []
    for space in wall.spaces:
        if story:
            story.append(PageBreak())
        story += _schedule_page(wall, space, arena_name, frame_w, language)
    return build_document(path, story, SCHEDULE_PAGE, heading=schedule, arena_name=arena_name)


def _schedule_page(
    wall: Wall, space: SpaceRow, arena_name: str, frame_w: float, language: str
) -> list[Flowable]:
    big = style("space-name", 40, fontName=BOLD, textColor=HEADING, leading=46)
    sub = style("space-sub", 13, textColor=MUTED, leading=17)
    head_style = style("schedule-head", 10, fontName=BOLD, textColor=HEADING)
    cell = style("schedule-cell", 11, leading=14)
    topic_style = style("schedule-topic", 13, fontName=BOLD, leading=16)
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
    table_style = grid_style(True, False)
    table_style.add("LINEBELOW", (0, 0), (-1, 0), 1, HEADING)
    table_style.add("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f5f7fa")])
    table_style.add("TOPPADDING", (0, 1), (-1, -1), 8)
    table_style.add("BOTTOMPADDING", (0, 1), (-1, -1), 8)
    table.setStyle(table_style)
    return [
        Paragraph(escape(label), big),
        Paragraph(escape(f"{message('wall.schedule', language)} · {arena_name}"), sub),
        Spacer(1, 8 * mm),
        table,
    ]
