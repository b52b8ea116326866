"""What one section of a Word group report holds, read from its Word blocks: the
participants, the next steps, the self-evaluation's parts, and free text as the Markdown
the report texts are stored in. `importers.docx_report` finds the sections."""

from __future__ import annotations

import re
from collections.abc import Sequence

from arenadesk.domain.report import STRENGTH_LEVELS, STRENGTH_REASONS, ActionItem, SelfEvaluation
from arenadesk.importers.docx_blocks import Block, Grid, Para
from arenadesk.importers.report_people import (
    ImportedPerson,
    header_columns,
    parse_line,
    parse_row,
)
from arenadesk.reports import group_text as t


def read_people(blocks: Sequence[Block]) -> tuple[list[ImportedPerson], str]:
    """The people a table, list or lines name, and the rest as Markdown."""
    people: list[ImportedPerson] = []
    leftover: list[Block] = []
    for block in blocks:
        if isinstance(block, Grid):
            rows = list(block.rows)
            columns = header_columns(rows[0]) if rows else None
            if columns is None:  # no header row: name, job title, organisation, days
                columns = {"name": 0, "title": 1, "organisation": 2}
                if rows and len(rows[0]) >= 4:
                    columns["days"] = 3
            else:
                rows = rows[1:]
            for row in rows:
                person = parse_row(row, columns)
                if person is None:
                    if any(c.strip() for c in row):
                        leftover.append(Para(" – ".join(c for c in row if c.strip())))
                else:
                    people.append(person)
            continue
        for line in block.text.splitlines():
            person = parse_line(line) if line.strip() else None
            if person is not None:
                people.append(person)
            elif line.strip():
                leftover.append(Para(line.strip()))
    return people, markdown(leftover)


def read_actions(blocks: Sequence[Block]) -> list[ActionItem]:
    """A Hva/Hvem/Når table gives one step per row; paragraphs one step per paragraph,
    a list (and the paragraph leading into it with ':') one step."""
    items: list[ActionItem] = []
    group: list[Block] = []

    def flush() -> None:
        if group:
            text = markdown(group)
            if text:
                items.append(ActionItem(text))
            group.clear()

    for block in blocks:
        if isinstance(block, Grid):
            flush()
            rows = list(block.rows)
            header = [" ".join(c.casefold().split()) for c in rows[0]] if rows else []
            if header and header[0] in ("hva", "what", "tiltak", "aktivitet"):
                rows = rows[1:]
            for row in rows:
                cells = [c.strip() for c in row] + ["", "", ""]
                what, who, when = cells[0], cells[1], cells[2]
                who = "" if who == t.NO_VALUE else " ".join(who.split())
                when = "" if when == t.NO_VALUE else " ".join(when.split())
                if what or who or when:
                    items.append(ActionItem(what or t.NO_VALUE, who[:200], when[:200]))
            continue
        is_item = block.list_level >= 0
        leads_in = bool(group) and _ends_with_colon(group[-1])
        if not (is_item and group and (leads_in or _is_item(group[-1]))):
            flush()
        group.append(block)
    flush()
    return items


def _is_item(block: Block) -> bool:
    return isinstance(block, Para) and block.list_level >= 0


def _ends_with_colon(block: Block) -> bool:
    return isinstance(block, Para) and block.text.rstrip().endswith(":")


def read_self_evaluation(
    current: SelfEvaluation, key: str, blocks: Sequence[Block]
) -> SelfEvaluation:
    """The self-evaluation with what one of its parts (`key`) says put in."""
    if key == "results_achieved":
        return _with(current, results=markdown(blocks))
    if key == "tips":
        return _with(current, tips=markdown(blocks))
    if key == "strength":
        strength, reasons, rest = current.strength, list(current.reasons), []
        by_text = {text: k for k, text in STRENGTH_REASONS.items()}
        for block in blocks:
            text = block.text.strip() if isinstance(block, Para) else ""
            if text.startswith(t.STRENGTH_LEAD):
                value = text[len(t.STRENGTH_LEAD) :].strip()
                for level, name in STRENGTH_LEVELS.items():
                    if value.startswith(f"{name} ({level} av"):
                        strength = level
            elif text == t.REASONS_LEAD:
                continue
            elif text[:1] in (t.TICKED, t.UNTICKED) and text[1:].strip() in by_text:
                if text[:1] == t.TICKED:
                    reasons.append(by_text[text[1:].strip()])
            else:
                rest.append(block)
        return _with(
            current, strength=strength, reasons=tuple(reasons), reasons_text=markdown(rest)
        )
    if blocks:
        return _with(current, results=markdown(blocks))
    return current


def _with(evaluation: SelfEvaluation, **changes: object) -> SelfEvaluation:
    from dataclasses import replace

    return replace(evaluation, **changes)  # type: ignore[arg-type]


# --- Word blocks to the stored Markdown ---------------------------------------------------

_TYPED_BULLET = re.compile(r"^\s*[-•*\u2013\uf0b7·]\s*")


def markdown(blocks: Sequence[Block]) -> str:
    """Paragraphs apart by a blank line, line breaks kept, Word lists as "- " and "1. "
    items (a second level indented), short bold lines as "### " sub-headings."""
    out: list[str] = []
    counters: dict[int, int] = {}
    lists: dict[int, str] = {}  # level -> the Word list its items belong to
    previous = ""  # "item", "para" or "heading"

    def gap() -> None:
        if out and out[-1] != "":
            out.append("")

    for block in blocks:
        if isinstance(block, Grid):
            gap()
            out.extend(" – ".join(c for c in row if c.strip()) for row in block.rows if any(row))
            previous = "para"
            continue
        text = block.text.strip("\n ")
        if not text:
            continue
        lines = [" ".join(line.split()) for line in text.splitlines() if line.strip()]
        if block.list_level >= 0:
            level = min(block.list_level, 1)
            if previous != "item":
                counters.clear()
                lists.clear()
                gap()
            for deeper in [k for k in counters if k > level]:
                del counters[deeper]
                lists.pop(deeper, None)
            if lists.get(level) != block.list_id:  # another Word list: its own numbering
                if level == 0 and previous == "item":
                    gap()  # and at the top level a list of its own, not a continuation
                lists[level] = block.list_id
                counters[level] = block.start - 1
            counters[level] = counters.get(level, 0) + 1
            marker = f"{counters[level]}. " if block.numbered else "- "
            indent = "   " * level
            first = _TYPED_BULLET.sub("", lines[0]) if not block.numbered else lines[0]
            out.append(f"{indent}{marker}{first}")
            out.extend(f"{indent}{' ' * len(marker)}{line}" for line in lines[1:])
            previous = "item"
        elif (block.heading > 0 or (block.all_bold and _short(text))) and len(lines) == 1:
            gap()
            out.append(f"### {lines[0].rstrip(':')}")
            out.append("")
            previous = "heading"
        else:
            gap()
            out.extend(lines)
            previous = "para"
    while out and out[-1] == "":
        out.pop()
    return "\n".join(out)


def _short(text: str) -> bool:
    return len(text) <= 80 and not text.rstrip().endswith(".")
