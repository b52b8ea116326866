"""Translated labels for the closed vocabularies (perspectives, roles, formats)."""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QObject

from arenadesk.domain.vocabulary import ArenaFormat, Perspective, Role

_MARKER = re.compile(r"%([1-9][0-9]?)")


def arg(text: str, *values: object) -> str:
    """QString::arg(a1, a2, …) for PySide6, whose translated strings are Python str.

    The values fill the lowest-numbered markers in order ("%1", "%2", …), wherever the
    translation put them, in one pass: a value that itself holds "%2" (a title typed so)
    stays as typed. Markers beyond the values are left for a later call. Counts use
    `tr(text, "", n)` with "%n" instead, so the translation can pick the plural form.
    """
    numbers = sorted({int(number) for number in _MARKER.findall(text)})
    filled = {number: str(value) for number, value in zip(numbers, values, strict=False)}
    return _MARKER.sub(lambda m: filled.get(int(m.group(1)), m.group(0)), text)


class Counts(QObject):
    """Count texts said outside a widget, each count in its plural form. A class because
    lupdate marks plural ("numerus") entries only in `tr()`, not in `translate()`."""

    def perspective_basis(self, known: int) -> str:
        return self.tr("Counted over the %n people whose perspective is given.", "", known)

    def adding_photos(self, count: int) -> str:
        return self.tr("Adding %n photo(s)…", "", count)

    def counts(self, added: int, updated: int, deleted: int, conflicts: int | None) -> str:
        parts = [
            self.tr("%n new", "", added),
            self.tr("%n changed", "", updated),
            self.tr("%n deleted", "", deleted),
        ]
        if conflicts is not None:
            parts.append(self.tr("%n conflict(s)", "", conflicts))
        return ", ".join(parts)

    def setup_taken_in(self, added: int, updated: int, deleted: int, conflicts: int) -> str:
        return arg(
            self.tr(
                "The setup file was taken in: %1. Your own newer changes were kept; "
                "%n conflict(s) are in the merge log.",
                "",
                conflicts,
            ),
            self.counts(added, updated, deleted, None),
        )


def change_counts(added: int, updated: int, deleted: int, conflicts: int | None = None) -> str:
    """ "3 nye, 1 endret, 0 slettet, 1 konflikt"."""
    return Counts().counts(added, updated, deleted, conflicts)


def perspective_label(perspective: Perspective) -> str:
    labels = {
        Perspective.USER: QCoreApplication.translate("vocabulary", "user"),
        Perspective.SERVICE_PROVIDER: QCoreApplication.translate("vocabulary", "service provider"),
        Perspective.RESEARCHER: QCoreApplication.translate("vocabulary", "researcher"),
        Perspective.AUTHORITY: QCoreApplication.translate("vocabulary", "authority"),
        Perspective.EMPLOYER: QCoreApplication.translate("vocabulary", "employer"),
        Perspective.OTHER: QCoreApplication.translate("vocabulary", "other"),
        Perspective.UNKNOWN: QCoreApplication.translate("vocabulary", "not given"),
    }
    return labels[perspective]


def role_label(role: Role) -> str:
    labels = {
        Role.FACILITATOR: QCoreApplication.translate("vocabulary", "facilitator"),
        Role.OWNER: QCoreApplication.translate("vocabulary", "owner"),
        Role.PARTICIPANT: QCoreApplication.translate("vocabulary", "participant"),
        Role.RESOURCE: QCoreApplication.translate("vocabulary", "resource person"),
    }
    return labels[role]


def format_label(arena_format: ArenaFormat) -> str:
    labels = {
        ArenaFormat.FACILITATED: QCoreApplication.translate("vocabulary", "Facilitated groups"),
        ArenaFormat.OPEN_SPACE: QCoreApplication.translate("vocabulary", "Open Space"),
        ArenaFormat.BOTH: QCoreApplication.translate(
            "vocabulary", "Facilitated groups and Open Space"
        ),
    }
    return labels[arena_format]


def days_label(days: tuple[int, ...] | list[int], day_count: int = 2) -> str:
    """'Dag 1 og 2' style, 'Begge dager' when someone was there every day, 'ikke oppgitt'
    when the days are not given."""
    if not days:
        return QCoreApplication.translate("vocabulary", "not given")
    if len(days) == day_count == 2:
        return QCoreApplication.translate("vocabulary", "Both days")
    if len(days) == day_count > 2:
        return QCoreApplication.translate("vocabulary", "All days")
    if len(days) == 1:
        return arg(QCoreApplication.translate("vocabulary", "Day %1"), str(days[0]))
    return arg(QCoreApplication.translate("vocabulary", "Days %1"), ", ".join(str(d) for d in days))


# Perspective colours: distinct, colour-blind-friendly (Okabe–Ito), readable on white.
PERSPECTIVE_COLOURS = {
    Perspective.USER: "#E69F00",
    Perspective.SERVICE_PROVIDER: "#0072B2",
    Perspective.RESEARCHER: "#009E73",
    Perspective.AUTHORITY: "#CC79A7",
    Perspective.EMPLOYER: "#D55E00",
    Perspective.OTHER: "#999999",
    Perspective.UNKNOWN: "#E4E4E4",  # light: a gap in what is known, not a group of people
}


def date_text(day: dt.date | None) -> str:
    if day is None:
        return ""
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)


def percent(share: float) -> str:
    return f"{round(share * 100)} %"


def to_date(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())
