"""Free text in the PDF reports: `domain.richtext` blocks as reportlab flowables.

Each line typed stays a line (a `<br/>` inside its paragraph), lists are ListFlowables
with real bullets and the group's own numbers, sub-headings are bold lines kept with
what follows. A blank text gives no flowables: the caller leaves the section out.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, ListFlowable, ListItem, Paragraph

from arenadesk.domain.richtext import (
    BULLET,
    SUB_BULLET,
    BulletList,
    Heading,
    ListBlock,
    NumberedList,
    parse,
)
from arenadesk.domain.richtext import ListItem as TextItem
from arenadesk.domain.richtext import Paragraph as TextParagraph
from arenadesk.reports.board_drawing import BOLD, FONT
from arenadesk.reports.group_text import clean
from arenadesk.reports.pdf_style import BODY_SIZE, HEADING, STYLES, escape

# Per base style: (paragraph, list item, sub-heading) styles.
_SUBHEAD = {
    "body": STYLES["body"].clone(
        "subhead", fontName=BOLD, textColor=HEADING, spaceBefore=4, keepWithNext=1
    ),
    "cell": STYLES["cell"].clone("cell-subhead", fontName=BOLD, keepWithNext=1),
}
_ITEM = {"body": STYLES["bullet"], "cell": STYLES["cell"].clone("cell-item", spaceAfter=1)}


def text_flowables(text: str, style: str = "body") -> list[Flowable]:
    """A free text's flowables in `style` ("body" or "cell"); [] when it is blank."""
    out: list[Flowable] = []
    for block in parse(clean(text)):
        if isinstance(block, TextParagraph):
            out.append(_lines(block.lines, STYLES[style]))
        elif isinstance(block, Heading):
            out.append(Paragraph(escape(block.text), _SUBHEAD[style]))
        else:
            out.append(list_flowable(block, style))
    return out


def _lines(lines: Sequence[str], style: ParagraphStyle) -> Paragraph:
    return Paragraph("<br/>".join(escape(line) for line in lines), style)


def list_flowable(block: ListBlock, style: str = "body", *, nested: bool = False) -> ListFlowable:
    """A bulleted or numbered list; a sub-list is indented with dashes (or its numbers)."""
    items = []
    for item in block.items:
        content: list[Flowable] = [_lines(item.lines or ("",), _ITEM[style])]
        if item.sublist is not None:
            content.append(list_flowable(item.sublist, style, nested=True))
        items.append(ListItem(content))
    size = STYLES[style].fontSize
    options = {
        "bulletFontName": FONT,
        "bulletFontSize": size,
        "bulletColor": HEADING,
        "leftIndent": 14 if style == "body" else 11,
        "bulletOffsetY": 0,
        "spaceAfter": 0 if nested else (6 if style == "body" else 2),
    }
    if isinstance(block, NumberedList):
        width = len(str(block.start + len(block.items)))
        options["leftIndent"] = (8 + 6 * width) * size / BODY_SIZE
        return ListFlowable(items, bulletType="1", start=block.start, bulletFormat="%s.", **options)
    mark = SUB_BULLET if nested else BULLET
    return ListFlowable(items, bulletType="bullet", start=mark, **options)


def dash_list(items: Sequence[Flowable]) -> ListFlowable:
    """Items (already flowables) as a bulleted list."""
    return ListFlowable(
        [ListItem(item) for item in items],
        bulletType="bullet",
        start=BULLET,
        bulletFontName=FONT,
        bulletFontSize=BODY_SIZE,
        bulletColor=HEADING,
        leftIndent=14,
        bulletOffsetY=0,
        spaceAfter=6,
    )


def lines_list(lines: Sequence[str]) -> ListFlowable | None:
    """One item per line (Open Space next steps), each line read as free text."""
    block = BulletList(tuple(TextItem((line.strip(),)) for line in lines if line.strip()))
    return list_flowable(block) if block.items else None
