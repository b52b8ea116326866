"""A group report written in Word, read into the parts of ArenaDesk's standard report.

It reads reports written from the 2015 and 2017 templates the way groups wrote them: the
code and title at the top; section labels as Word headings, as bold lead-ins ("Beskriv
problemet: …", text on the same line or below) or as plain label lines; participants as
a table, a list or lines; next steps as a table or as paragraphs; Word's bulleted and
numbered lists become the Markdown lists the report texts are stored in (one level of
nesting), and short bold lines or deeper headings inside a section become sub-headings.
Nothing is dropped: text under a heading no section knows becomes an extra section with
that heading, and `placed` says where every label's content went. ArenaDesk's own Word
export is read back to the same report.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from arenadesk.domain.codes import clean_code, is_valid_code
from arenadesk.domain.report import STRENGTH_LEVELS, STRENGTH_REASONS, ActionItem, SelfEvaluation
from arenadesk.importers.docx_blocks import Block, Grid, Para, WordDocument
from arenadesk.importers.report_people import (
    ImportedPerson,
    header_columns,
    parse_line,
    parse_row,
)
from arenadesk.reports import group_text as t

TEXT_KEYS = ("problem", "result", "concretisation", "web_use", "comments")
PEOPLE_EXTRA = "Om deltakerne"  # participant text that names no one, kept as written

_LABELS: tuple[tuple[str, str], ...] = (
    ("participants", r"delta(k|g)ere( og aktør\w*)?( i grupp(a|en))?"),
    ("problem", r"(kort )?problembeskrivelse|beskriv (problemet|utfordringen(/problemet)?)"),
    ("result", r"resultat(er)?( \(fra gruppas arbeid\))?"),
    ("concretisation", r"konkretisering av resultat(et)?"),
    (
        "next_steps",
        r"videre arbeid med utfordringen( \(neste skritt\))?|neste skritt"
        r"|konkrete innspill til neste skritt( i arbeidet med utfordringen)?",
    ),
    ("next_meeting", r"neste (kontaktpunkt|møte)"),
    ("caller", r"ansvar for møtepunktet|innkalles av"),
    ("web_use", r"ønsket bruk av nettplassen( [\w./:-]+)?"),
    ("comments", r"kommentar(er)? fra gruppa"),
    ("boards", r"visuelle maler"),
    ("self_evaluation", r"egenevaluering"),
    ("results_achieved", r"konkrete resultater oppnådd"),
    ("strength", r"gjennomføringskraft"),
    ("tips", r"tips og kommentarer til arrangørene"),
)
_LABEL_PATTERNS = [(key, re.compile(rf"^(?:{pattern})$")) for key, pattern in _LABELS]
INLINE = ("next_meeting", "caller")
_SKIP = {t.EMPTY, t.NOT_RATED, t.NO_PICTURE, t.PICTURE_ELSEWHERE}
_CODE_ALONE = re.compile(r"^\s*(\S.{0,29}?)\s*$")
_CODE_AND_TITLE = re.compile(
    r"^\s*(\d{1,2}\s?[A-ZÆØÅ]?(?:\s*[-\u2010-\u2015]\s*\d+(?:\s*(?:&|og|/|\+|,)\s*\d+)*)?)"
    r"\s+(\S.*)$"
)


@dataclass
class ImportedReport:
    code: str = ""
    title: str = ""
    description: str = ""
    participants: list[ImportedPerson] = field(default_factory=list)
    texts: dict[str, str] = field(default_factory=dict)  # TEXT_KEYS -> Markdown
    action_items: list[ActionItem] = field(default_factory=list)
    next_meeting: str = ""
    next_meeting_caller: str = ""
    self_evaluation: SelfEvaluation = field(default_factory=SelfEvaluation)
    extras: list[tuple[str, str]] = field(default_factory=list)  # (heading, Markdown)
    placed: list[tuple[str, str]] = field(default_factory=list)  # (as written, where)
    skipped_boards: bool = False  # ArenaDesk's own board tables (the boards stay as they are)


def _label_text(text: str) -> str:
    return " ".join(text.casefold().split()).strip(" :.")


def match_label(text: str, extra_headings: dict[str, str] | None = None) -> str | None:
    label = _label_text(text)
    if not label or len(label) > 140:
        return None
    if extra_headings and label in extra_headings:
        return extra_headings[label]
    for key, pattern in _LABEL_PATTERNS:
        if pattern.match(label):
            return key
    return None


def _label_of(para: Para, extras: dict[str, str]) -> tuple[str, str, str] | None:
    """(key, label as written, text after it) when the paragraph opens a section."""
    text = para.text.strip()
    if para.heading > 0 or (para.all_bold and len(text) <= 140):
        key = match_label(text, extras)
        return (key, text.strip(" :"), "") if key else None
    candidates = []
    if para.lead:
        candidates.append(para.lead)
    if ":" in text:
        candidates.append(text.split(":", 1)[0])
    else:
        candidates.append(text)
    for lead in candidates:
        key = match_label(lead, extras)
        if key is None:
            continue
        rest = text[len(lead) :] if text.startswith(lead) else text.split(":", 1)[-1]
        return key, lead.strip(" :"), rest.strip().lstrip(":").strip()
    return None


def read_report(doc: WordDocument, extra_headings: dict[str, str] | None = None) -> ImportedReport:
    """The report in the document. `extra_headings` maps the arena's extra sections'
    headings (casefolded) to their keys, so ArenaDesk's own extra sections come back."""
    extras = {k.casefold(): f"extra:{v}" for k, v in (extra_headings or {}).items()}
    report = ImportedReport()
    own_export = "\t" in doc.header and any(
        isinstance(b, Para) and b.text.startswith("Standardrapport") for b in doc.blocks[:4]
    )
    header_code = doc.header.rsplit("\t", 1)[-1].strip() if own_export else ""
    top: list[Para] = []
    sections: list[tuple[str, str, list[Block]]] = []  # (key, label as written, blocks)
    section_level = 1
    for block in doc.blocks:
        if isinstance(block, Grid):
            if sections:
                sections[-1][2].append(block)
            else:
                top.extend(Para(" – ".join(c for c in row if c)) for row in block.rows)
            continue
        text = block.text.strip()
        if not text or (text in _SKIP and block.italic) or text == t.NO_VALUE:
            continue
        label = _label_of(block, extras)
        if label is not None:
            key, written, rest = label
            if block.heading > 0:
                section_level = block.heading
            sections.append((key, written, []))
            if rest:
                sections[-1][2].append(Para(rest))
            continue
        if block.heading != 0 and not sections:
            top.append(block)
        elif block.heading > 0 and block.heading <= section_level:
            sections.append((f"new:{text}", text, []))
        elif sections:
            sections[-1][2].append(block)
        else:
            top.append(block)
    _read_top(report, top, header_code, own_export)
    for key, written, blocks in sections:
        _place(report, key, written, blocks, own_export)
    return report


def _read_top(report: ImportedReport, top: list[Para], header_code: str, own: bool) -> None:
    lines = [p for p in top if p.text.strip()]
    if own:
        lines = [p for p in lines if not p.text.startswith("Standardrapport")]
    if lines and header_code:
        first = " ".join(lines[0].text.split())
        if first.startswith(header_code):
            report.code, report.title = header_code, first[len(header_code) :].strip()
            lines = lines[1:]
    if not report.code and lines:
        first = " ".join(lines[0].text.split())
        alone = _CODE_ALONE.match(first)
        if (
            alone
            and is_valid_code(clean_code(first))
            and len(first.split()) <= 5
            and any(ch.isdigit() for ch in first)
        ):
            report.code = clean_code(first)
            lines = lines[1:]
            if lines:
                report.title = " ".join(lines[0].text.split())
                lines = lines[1:]
        else:
            combined = _CODE_AND_TITLE.match(first)
            if combined and is_valid_code(clean_code(combined.group(1))):
                report.code, report.title = clean_code(combined.group(1)), combined.group(2)
            else:
                report.title = first
            lines = lines[1:]
    report.description = markdown(lines)


def _place(report: ImportedReport, key: str, written: str, blocks: list[Block], own: bool) -> None:
    if key == "participants":
        people, leftover = _people(blocks)
        report.participants.extend(people)
        report.placed.append((written, f"participants:{len(people)}"))
        if leftover:
            report.extras.append((PEOPLE_EXTRA, leftover))
            report.placed.append((written, f"extra:{PEOPLE_EXTRA}"))
    elif key in TEXT_KEYS:
        text = markdown(blocks)
        previous = report.texts.get(key, "")
        report.texts[key] = f"{previous}\n\n{text}".strip() if previous else text
        report.placed.append((written, key if text else "empty"))
    elif key == "next_steps":
        report.action_items.extend(_actions(blocks))
        report.placed.append((written, "next_steps"))
    elif key in INLINE:
        value = " ".join(markdown(blocks).split())
        if key == "next_meeting":
            report.next_meeting = value
        else:
            report.next_meeting_caller = value
        report.placed.append((written, key))
    elif key in ("self_evaluation", "results_achieved", "strength", "tips"):
        _self_evaluation(report, key, blocks)
        if blocks or key != "self_evaluation":
            report.placed.append((written, "self_evaluation"))
    elif key == "boards" and own:
        report.skipped_boards = True
        report.placed.append((written, "boards"))
    else:  # an unknown heading, one of the arena's extra sections, or boards from elsewhere
        report.extras.append((written, markdown(blocks)))
        report.placed.append((written, f"extra:{written}"))


def _people(blocks: Sequence[Block]) -> tuple[list[ImportedPerson], str]:
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


def _actions(blocks: Sequence[Block]) -> list[ActionItem]:
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


def _self_evaluation(report: ImportedReport, key: str, blocks: Sequence[Block]) -> None:
    current = report.self_evaluation
    if key == "results_achieved":
        report.self_evaluation = _with(current, results=markdown(blocks))
    elif key == "tips":
        report.self_evaluation = _with(current, tips=markdown(blocks))
    elif key == "strength":
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
        report.self_evaluation = _with(
            current, strength=strength, reasons=tuple(reasons), reasons_text=markdown(rest)
        )
    elif blocks:
        report.self_evaluation = _with(current, results=markdown(blocks))


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
