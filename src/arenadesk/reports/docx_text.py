"""Free text in the Word reports: `domain.richtext` blocks as Word paragraphs.

How a text is written (the Word import reads it back the same way):

- a paragraph is one Word paragraph, its lines separated by line breaks (``<w:br/>``,
  which python-docx reads back as "\\n");
- a sub-heading is a Word heading one level below the section's (in a table cell, a bold
  paragraph);
- a bulleted list is one paragraph per item in "List Bullet" ("List Bullet 2" for a
  sub-item); a numbered list uses "List Number" / "List Number 2", each list restarting
  at its own first number (the group's "3." stays 3), through a numbering instance whose
  ``startOverride`` is that number. An item's further lines are line breaks.
"""

from __future__ import annotations

from collections.abc import Sequence

from docx.document import Document as DocxDocument
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.table import _Cell
from docx.text.paragraph import Paragraph

from arenadesk.domain.richtext import Heading, ListBlock, NumberedList, parse
from arenadesk.domain.richtext import Paragraph as TextParagraph

Container = DocxDocument | _Cell


def add_rich_text(container: Container, text: str, *, heading_level: int = 2) -> int:
    """Write a free text into a document or a table cell; returns the paragraphs added
    (0 for a blank text: the caller leaves the section out)."""
    added = 0
    for block in parse(text):
        if isinstance(block, TextParagraph):
            _lines(_new_paragraph(container), block.lines)
            added += 1
        elif isinstance(block, Heading):
            if isinstance(container, _Cell):
                _new_paragraph(container).add_run(block.text).bold = True
            else:
                container.add_heading(block.text, min(max(heading_level, 1), 9))
            added += 1
        else:
            added += _add_list(container, block, level=1)
    return added


def _new_paragraph(container: Container, style: str | None = None) -> Paragraph:
    """A new paragraph; a table cell's first, empty paragraph is used first."""
    if isinstance(container, _Cell):
        first = container.paragraphs[0]
        if len(container.paragraphs) == 1 and not first.text and not first.runs:
            if style:
                first.style = _document(container).styles[style]
            return first
    return container.add_paragraph(style=style)


def _lines(paragraph: Paragraph, lines: Sequence[str]) -> None:
    for index, line in enumerate(lines):
        run = paragraph.add_run(line)
        if index < len(lines) - 1:
            run.add_break()


def _add_list(container: Container, block: ListBlock, *, level: int) -> int:
    numbered = isinstance(block, NumberedList)
    style = ("List Number" if numbered else "List Bullet") + ("" if level == 1 else " 2")
    num_id = None
    if isinstance(block, NumberedList):
        num_id = _restarting_numbering(container, style, block.start)
    added = 0
    for item in block.items:
        paragraph = _new_paragraph(container, style)
        if num_id is not None:
            _set_numbering(paragraph, num_id)
        _lines(paragraph, item.lines or ("",))
        added += 1
        if item.sublist is not None:
            added += _add_list(container, item.sublist, level=2)
    return added


def _restarting_numbering(container: Container, style: str, start: int) -> int | None:
    """A new numbering instance of the style's list, starting at `start`."""
    document = _document(container)
    try:
        style_element = document.styles[style].element
        numbering = document.part.numbering_part.element
    except (KeyError, NotImplementedError):
        return None
    num_pr = style_element.pPr.numPr if style_element.pPr is not None else None
    if num_pr is None or num_pr.numId is None:
        return None
    base = num_pr.numId.val
    abstract = numbering.xpath(f'./w:num[@w:numId="{base}"]/w:abstractNumId/@w:val')
    if not abstract:
        return None
    level = num_pr.ilvl.val if num_pr.ilvl is not None else 0
    num = numbering.add_num(int(abstract[0]))
    override = num.add_lvlOverride(ilvl=level)
    start_override = OxmlElement("w:startOverride")
    start_override.set(qn("w:val"), str(start))
    override.append(start_override)
    return int(num.numId)


def _document(container: Container) -> DocxDocument:
    if isinstance(container, _Cell):
        return container.part.document  # type: ignore[attr-defined]
    return container


def _set_numbering(paragraph: Paragraph, num_id: int) -> None:
    num_pr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
    num_pr.get_or_add_numId().val = num_id
    style = paragraph.style
    style_pr = style.element.pPr if style is not None else None
    level = 0
    if style_pr is not None and style_pr.numPr is not None and style_pr.numPr.ilvl is not None:
        level = style_pr.numPr.ilvl.val
    num_pr.get_or_add_ilvl().val = level
