"""A list of people pasted into a group: lines, "Name, title, organisation", Excel cells."""

from __future__ import annotations

from arenadesk.domain.people_paste import PastedPerson, parse_pasted
from arenadesk.domain.vocabulary import Role


def test_names_one_per_line_with_word_bullets_and_numbers() -> None:
    pasted = parse_pasted(
        "\uf0b7 Janne Ursin\n• Tore Lignell\n\n2) Liv Haugli\n  Nils H. Edholm  \n"
    )
    assert [p.name for p in pasted.people] == [
        "Janne Ursin",
        "Tore Lignell",
        "Liv Haugli",
        "Nils H. Edholm",
    ]
    assert all(p.title == p.organisation == "" and p.role is None for p in pasted.people)


def test_name_title_organisation_lines_and_roles() -> None:
    pasted = parse_pasted(
        "Sissel Kleven, Prosjektleder/rådgiver, Utviklingsavdelingen i Buskerud fylkeskommune\n"
        "Fasilitator: Toril Dale, Leder Innovasjon og nettverk, AiR, Nasjonalt kompetansesenter\n"
        "Håvard Jakobsen Ofte (fasilitator)\n"
        "Janne Ursin, Arbeids- og velferdsdirektoratet\n"
    )
    assert pasted.people[0] == PastedPerson(
        "Sissel Kleven", "Prosjektleder/rådgiver", "Utviklingsavdelingen i Buskerud fylkeskommune"
    )
    assert pasted.people[1] == PastedPerson(
        "Toril Dale",
        "Leder Innovasjon og nettverk",
        "AiR, Nasjonalt kompetansesenter",
        Role.FACILITATOR,
    )
    assert (
        pasted.people[2].role is Role.FACILITATOR
        and pasted.people[2].name == "Håvard Jakobsen Ofte"
    )
    assert pasted.people[3].title == "Arbeids- og velferdsdirektoratet"


def test_cells_from_excel_with_a_header_in_any_order_and_repeats_skipped() -> None:
    pasted = parse_pasted(
        "Organisasjon\tNavn\tStilling\n"
        "Helsedirektoratet\tLiv Haugli\tSeniorrådgiver\n"
        "NTNU\tMarit By Rise\t\n"
        "\t\t\n"
        "Helsedirektoratet\tliv  haugli\tSeniorrådgiver\n"
        "x\t123\ty\n"
    )
    assert pasted.people == (
        PastedPerson("Liv Haugli", "Seniorrådgiver", "Helsedirektoratet"),
        PastedPerson("Marit By Rise", "", "NTNU"),
    )
    assert len(pasted.skipped) == 2


def test_cells_without_a_header_are_name_title_organisation() -> None:
    pasted = parse_pasted("Åshild J Nordnes\tRådgiver\tNav Nordland\r\nRandi Roed Andersen\r\n")
    assert pasted.people[0] == PastedPerson("Åshild J Nordnes", "Rådgiver", "Nav Nordland")
    assert pasted.people[1] == PastedPerson("Randi Roed Andersen")


def test_huge_or_empty_pastes_are_bounded() -> None:
    assert parse_pasted("").people == ()
    many = "\n".join(f"Person Nummer{chr(65 + n % 26)}{n}" for n in range(2_000))
    assert len(parse_pasted(many).people) == 500
