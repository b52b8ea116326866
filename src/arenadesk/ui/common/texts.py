"""Translated labels for the closed vocabularies (perspectives, roles, formats)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from arenadesk.domain.vocabulary import ArenaFormat, Perspective, Role


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
        return QCoreApplication.translate("vocabulary", "Day %1").replace("%1", str(days[0]))
    return QCoreApplication.translate("vocabulary", "Days %1").replace(
        "%1", ", ".join(str(d) for d in days)
    )


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
