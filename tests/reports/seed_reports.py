"""The seven 2015 group reports of the seeds, written as Word documents the way those
groups wrote them (python-docx), for the import tests.

The seed is the text of the groups' own documents. Each report is cut out at its code
line; wrapped lines are joined back into their paragraph (a line that starts in lower
case continues the one before); lines that began with a bullet ("- ", "o ", or the
Symbol-font bullet the text extraction left as a single leading space) become Word list
items, "o " one level in. The section labels are written per group as that group did:
Word headings, bold lead-ins on the text's own line, or plain label lines; participants
as a table (1C), lines, or prose (2A).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from docx import Document

from arenadesk.importers.docx_report import match_label

SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seeds"
SEED = SEEDS / "arena-2015-group-reports-part1.txt"
CODES = ("1C", "1D", "1E-1", "1E - 2", "1E-3", "2A", "2B – 1 og 2")
# How each group marked its section labels.
LABEL_STYLE = {
    "1C": "plain",
    "1D": "bold",
    "1E-1": "heading",
    "1E - 2": "bold",
    "1E-3": "heading",
    "2A": "bold",
    "2B – 1 og 2": "bold",
}
# 1C listed its participants in a table: name, day (when only one), job title, organisation.
TABLE_1C = (
    ("May Cecilie Lossius", "", "Seniorrådgiver", "Helsedirektoratet"),
    (
        "Bernadette Kumar",
        "Dag 1",
        "Direktør",
        "Nasjonal kompetanseenhet for Minioritetshelse - NAKMI",
    ),
    ("Ela Czakpa", "Dag 2", "", "Nasjonal kompetanseenhet for Minioritetshelse - NAKMI"),
    ("Christian Berg", "", "Daglig leder", "AS3 Employment Norge"),
    ("Benedicte Hollen", "", "Seniorrådgiver", "Arbeids og Velferdsdepartementet"),
    ("Eli-Anne Tuntland", "", "Rådgiver", "NAV Intro"),
    ("Helle Karine Bakkeland", "", "Resepsjonssjef", "PS:hotell"),
    ("Randi Kvissel Haugen", "", "Hotellsjef", "PS:hotell"),
)


@dataclass
class Line:
    text: str
    kind: str  # "code", "label", "para", "bullet", "sub"


def seed_reports() -> dict[str, list[Line]]:
    """Each group's report as its lines, wrapped lines joined."""
    raw = SEED.read_text(encoding="utf-8").splitlines()
    reports: dict[str, list[Line]] = {}
    current: list[Line] | None = None
    for line in raw:
        stripped = " ".join(line.split())
        if stripped in CODES:
            current = reports.setdefault(stripped, [Line(stripped, "code")])
            continue
        if current is None or not stripped:
            continue
        kind = _kind(line, stripped)
        text = re.sub(r"^(- |o )", "", stripped) if kind in ("bullet", "sub") else stripped
        previous = current[-1]
        continues = (
            kind == "para"
            and previous.kind in ("para", "bullet", "sub")
            and text[:1].islower()
            and not previous.text.endswith((".", ":", "!", "?"))
        )
        if continues:
            previous.text += " " + text
        else:
            current.append(Line(text, kind))
    return reports


def _kind(line: str, stripped: str) -> str:
    if match_label(stripped.split(":", 1)[0]) and len(stripped.split(":", 1)[0]) < 90:
        return "label"
    if stripped.startswith("o "):
        return "sub"
    if stripped.startswith("- ") or (re.match(r"^ \S", line) and not stripped[:1].isdigit()):
        return "bullet"
    return "para"


def write_report(code: str, lines: list[Line], path: Path) -> None:
    """The report as that group's Word document."""
    doc = Document()
    style = LABEL_STYLE[code]
    body = [line for line in lines if line.kind != "code"]
    doc.add_paragraph(code).runs[0].bold = True
    title = body.pop(0)
    doc.add_paragraph(title.text).runs[0].bold = True
    in_people = False
    for line in body:
        if line.kind == "label":
            label, _, rest = line.text.partition(":")
            in_people = match_label(label) == "participants"
            if style == "heading":
                doc.add_heading(label.strip(), 2)
                if rest.strip():
                    doc.add_paragraph(rest.strip())
            elif style == "bold":
                paragraph = doc.add_paragraph()
                paragraph.add_run(label.strip() + ":").bold = True
                if rest.strip():
                    paragraph.add_run(" " + rest.strip())
            else:
                doc.add_paragraph(line.text)
            if in_people and code == "1C":
                _table_1c(doc)
            continue
        if in_people and code == "1C":
            continue  # the table holds them
        if line.kind == "bullet":
            doc.add_paragraph(line.text, style="List Bullet")
        elif line.kind == "sub":
            doc.add_paragraph(line.text, style="List Bullet 2")
        else:
            doc.add_paragraph(line.text)
    doc.save(str(path))


def _table_1c(doc: object) -> None:
    table = doc.add_table(rows=0, cols=4)  # type: ignore[attr-defined]
    for name, day, title, organisation in TABLE_1C:
        cells = table.add_row().cells
        for cell, value in zip(cells, (name, title, organisation, day), strict=True):
            cell.text = value


def write_all(folder: Path) -> dict[str, Path]:
    paths = {}
    for index, (code, lines) in enumerate(seed_reports().items()):
        path = folder / f"rapport-{index + 1}.docx"
        write_report(code, lines, path)
        paths[code] = path
    return paths
