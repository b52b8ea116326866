"""Badges, member lists, attendance lists and door signs: every name on paper, æøå right,
long texts shrink instead of being cut."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from arenadesk.cli.main import main
from arenadesk.domain.printouts import PrintGroup, Printout, PrintPerson
from arenadesk.domain.vocabulary import Role
from arenadesk.reports.badges_pdf import build_badges_pdf, build_signs_pdf, fitted_lines
from arenadesk.reports.board_drawing import BOLD
from arenadesk.reports.lists_pdf import build_attendance_pdf, build_member_lists_pdf
from tests.registration.sheets import registrations, write_xlsx


def _text(path: Path) -> str:
    text = "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)
    return re.sub(r"\s+", " ", text)


def _squeezed(path: Path) -> str:
    """Text without any spaces or line breaks: names wrapped or shrunk still match."""
    return re.sub(r"\s+", "", _text(path))


LONG_NAME = "Anne-Kristine Marie Sofie " + "Øvrebø-Haaland " * 12
LONG_ORG = "Arbeids- og velferdsdirektoratet, " * 6


def _printout() -> Printout:
    people = [
        PrintPerson(
            f"Åse Ærø Øst {i}",
            "Rådgiver",
            "Nav Bærum",
            "bruker",
            "1A",
            "Møterom Ørn",
            Role.PARTICIPANT,
            (1, 2) if i % 2 else (2,),
        )
        for i in range(19)
    ]
    people.append(PrintPerson(LONG_NAME.strip(), "", LONG_ORG.strip(), "", "", "", None, None))
    group = PrintGroup(
        "1A",
        "Tidlig oppfølging for unge på vei inn i arbeidslivet",
        "Møterom Ørn, 2. etasje",
        "Nav",
        tuple(people[:19]),
    )
    return Printout("Åpen arena 2027", "Lillestrøm", (None, None), (group,), tuple(people))


def test_long_texts_shrink_and_are_never_cut() -> None:
    lines, size = fitted_lines(LONG_NAME, BOLD, 24, 200, 60)
    assert "".join(lines).replace(" ", "") == LONG_NAME.replace(" ", "")
    assert size < 24
    short, size = fitted_lines("Kari", BOLD, 24, 200, 60)
    assert short == ["Kari"] and size == 24


def test_every_name_on_badges_and_lists(tmp_path: Path) -> None:
    printout = _printout()
    for build, name in (
        (build_badges_pdf, "badges"),
        (build_member_lists_pdf, "lists"),
        (build_attendance_pdf, "attendance"),
        (build_signs_pdf, "signs"),
    ):
        build(printout, tmp_path / f"{name}.pdf")
    badges = _squeezed(tmp_path / "badges.pdf")
    assert len(PdfReader(tmp_path / "badges.pdf").pages) == 3  # 20 badges, 8 a page
    for person in printout.people:
        assert person.name.replace(" ", "") in badges
    assert LONG_ORG.replace(" ", "").rstrip(",") in badges
    lists = _squeezed(tmp_path / "lists.pdf")
    for person in printout.groups[0].members:
        assert person.name.replace(" ", "") in lists
    attendance = _text(tmp_path / "attendance.pdf")
    assert "Oppmøte dag 1" in attendance and "Oppmøte dag 2" in attendance
    day_1 = attendance.split("Oppmøte dag 2")[0]
    assert "Åse Ærø Øst 1 " in day_1 and "Åse Ærø Øst 2 " not in day_1  # registered day 2
    assert "Øvrebø" in day_1  # days not given: on every day's list
    sign = _text(tmp_path / "signs.pdf")
    assert "1A" in sign and "Møterom Ørn, 2. etasje" in sign


def test_cli_prints_every_name_of_a_150_row_sheet(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "a.sqlite"
    assert main(["demo", "--db", str(path)]) == 0
    sheet = write_xlsx(tmp_path / "p.xlsx", registrations(150))
    assert main(["people", "import", str(sheet), "--db", str(path)]) == 0
    assert main(["people", "place", "--db", str(path)]) == 0
    names = {f"{r[1]} {r[2]}" for r in registrations(150)}
    for kind in ("badges", "attendance"):
        out = tmp_path / f"{kind}.pdf"
        assert main(["print", kind, "--db", str(path), "--out", str(out)]) == 0
        text = _squeezed(out)
        missing = [n for n in names if n.replace(" ", "") not in text]
        assert missing == [], kind
    capsys.readouterr()
    one = tmp_path / "1a.pdf"
    assert (
        main(
            [
                "print",
                "lists",
                "--db",
                str(path),
                "--out",
                str(one),
                "--group",
                "1a",
                "--lang",
                "en",
            ]
        )
        == 0
    )
    assert "member lists" in capsys.readouterr().out
    assert "Gruppe 1A" in _text(one) and "Gruppe 1B" not in _text(one)
    assert main(["print", "signs", "--db", str(path), "--out", str(tmp_path / "x.docx")]) == 1
    assert main(["print", "signs", "--db", str(path), "--out", str(one), "--group", "9Z"]) == 1


def test_a_group_room_is_saved_and_printed(db: object, tmp_path: Path) -> None:
    from arenadesk.demo.arena import create_demo_arena
    from arenadesk.store.db.database import Database
    from arenadesk.store.groups import GroupDraft, find_group_by_code, update_group
    from arenadesk.store.printouts import assemble_printout

    assert isinstance(db, Database)
    arena = create_demo_arena(db)
    group = find_group_by_code(db, arena, "1A")
    assert group is not None
    draft = GroupDraft(
        group.code,
        group.title,
        group.description,
        group.main_area,
        group.owner_org,
        "  Møterom Ørn,   2. etasje ",
    )
    update_group(db, group.id, draft)
    printout = assemble_printout(db, arena, "1a")
    assert printout.groups[0].room == "Møterom Ørn, 2. etasje"
    assert {p.room for p in printout.people} == {"Møterom Ørn, 2. etasje"}
    build_signs_pdf(printout, tmp_path / "sign.pdf")
    assert "Møterom Ørn, 2. etasje" in _text(tmp_path / "sign.pdf")
