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
from dataclasses import dataclass, field

from arenadesk.domain.codes import clean_code, is_valid_code
from arenadesk.domain.report import ActionItem, SelfEvaluation
from arenadesk.importers.docx_blocks import Block, Grid, Para, WordDocument
from arenadesk.importers.docx_sections import (
    markdown,
    read_actions,
    read_people,
    read_self_evaluation,
)
from arenadesk.importers.report_people import ImportedPerson
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
        people, leftover = read_people(blocks)
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
        report.action_items.extend(read_actions(blocks))
        report.placed.append((written, "next_steps"))
    elif key in INLINE:
        value = " ".join(markdown(blocks).split())
        if key == "next_meeting":
            report.next_meeting = value
        else:
            report.next_meeting_caller = value
        report.placed.append((written, key))
    elif key in ("self_evaluation", "results_achieved", "strength", "tips"):
        report.self_evaluation = read_self_evaluation(report.self_evaluation, key, blocks)
        if blocks or key != "self_evaluation":
            report.placed.append((written, "self_evaluation"))
    elif key == "boards" and own:
        report.skipped_boards = True
        report.placed.append((written, "boards"))
    else:  # an unknown heading, one of the arena's extra sections, or boards from elsewhere
        report.extras.append((written, markdown(blocks)))
        report.placed.append((written, f"extra:{written}"))
