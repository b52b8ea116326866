"""Registration sheets as sign-up forms export them: Norwegian headers, a timestamp,
free-text perspectives, æøå, a few ugly rows."""

from __future__ import annotations

import csv
import datetime as dt
import random
from pathlib import Path

import openpyxl

HEADERS = (
    "Tidsstempel",
    "Fornavn",
    "Etternavn",
    "E-postadresse",
    "Stilling",
    "Arbeidssted",
    "Hvilket perspektiv representerer du?",
    "Ønsket gruppe",
    "Dag 1",
    "Dag 2",
    "Kommentar",
    "Jeg samtykker til lagring av opplysningene",
)
FIRST = (
    "Kari",
    "Ola",
    "Åse",
    "Øystein",
    "Ingrid",
    "Per Kristian",
    "Sofie",
    "Mohammed",
    "Ærlend",
    "Bjørg",
    "Hanne-Marit",
    "Jon",
    "Liv",
    "Trond",
    "Siri",
    "Amir",
)
LAST = (
    "Nordmann",
    "Hansen",
    "Sæther",
    "Løvås",
    "Bråten",
    "Ødegård",
    "Berg",
    "Haugen",
    "Aas",
    "Strøm",
    "Johansen",
    "Dahl",
    "Khan",
    "Nilsen",
)
ORGS = (
    "NAV Oslo",
    "Helse Bergen HF",
    "OsloMet",
    "Arbeids- og velferdsdirektoratet",
    "Mental Helse",
    "Fretex AS",
    "Kommune Trondheim",
    "SINTEF",
    "NHO Service og Handel",
    "Rådet for psykisk helse",
    "Fontenehuset Drammen",
)
PERSPECTIVES = (
    "Tjenesteyter (Nav)",
    "Brukerrepresentant",
    "Forsker",
    "Myndighet",
    "Arbeidsgiver",
    "Annet",
    "bruker",
    "Forsker ved OsloMet",
    "Leder",
    "",
    "Vet ikke helt",
    "Pårørende",
)
GROUPS = ("", "", "", "1A", "Gruppe 2B", "3C", "Tidlig oppfølging")


def registrations(count: int = 200, seed: int = 17) -> list[list[object]]:
    rng = random.Random(seed)
    rows: list[list[object]] = []
    start = dt.datetime(2026, 9, 1, 8, 0)
    for i in range(count):
        first, last = FIRST[i % len(FIRST)], LAST[(i * 5 + i // 14) % len(LAST)]
        name_suffix = f" {i}" if i >= len(FIRST) * len(LAST) // 2 else ""
        email = f"{first.split()[0].lower()}.{last.lower()}{i}@example.no"
        rows.append(
            [
                start + dt.timedelta(minutes=37 * i),
                first,
                last + name_suffix,
                email if i % 9 else "",  # some people leave the e-mail out
                rng.choice(("Rådgiver", "Veileder", "Seniorforsker", "Daglig leder", "")),
                ORGS[i % len(ORGS)],
                PERSPECTIVES[i % len(PERSPECTIVES)],
                GROUPS[i % len(GROUPS)],
                "Ja" if i % 5 else "Nei",
                "Ja" if i % 4 else "Nei",
                "Glutenfri lunsj" if i % 13 == 0 else "",
                "Ja",
            ]
        )
    return rows


def write_xlsx(path: Path, rows: list[list[object]], headers: tuple[str, ...] = HEADERS) -> Path:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(list(headers))
    for row in rows:
        sheet.append(row)
    workbook.save(path)
    return path


def write_csv(
    path: Path,
    rows: list[list[object]],
    *,
    encoding: str = "utf-8-sig",
    delimiter: str = ";",
    headers: tuple[str, ...] = HEADERS,
) -> Path:
    with path.open("w", encoding=encoding, newline="") as handle:
        writer = csv.writer(handle, delimiter=delimiter)
        writer.writerow(headers)
        for row in rows:
            writer.writerow(
                [v.strftime("%d.%m.%Y %H:%M:%S") if isinstance(v, dt.datetime) else v for v in row]
            )
    return path
