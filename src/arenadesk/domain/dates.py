"""Arena dates as people write them: '9.–10. mars 2027', '9–10 March 2027'."""

from __future__ import annotations

import datetime as dt

MONTHS = {
    "nb": [
        "januar",
        "februar",
        "mars",
        "april",
        "mai",
        "juni",
        "juli",
        "august",
        "september",
        "oktober",
        "november",
        "desember",
    ],
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
}


def _day(date: dt.date, language: str, *, month: bool, year: bool) -> str:
    names = MONTHS.get(language, MONTHS["nb"])
    text = f"{date.day}." if language == "nb" else str(date.day)
    if month:
        text += f" {names[date.month - 1]}"
    if year:
        text += f" {date.year}"
    return text


def span_text(days: list[dt.date | None] | tuple[dt.date | None, ...], language: str = "nb") -> str:
    """The first to the last set date; '' when no day has a date."""
    dated = sorted(d for d in days if d is not None)
    if not dated:
        return ""
    first, last = dated[0], dated[-1]
    if first == last:
        return _day(first, language, month=True, year=True)
    same_year = first.year == last.year
    same_month = same_year and first.month == last.month
    start = _day(first, language, month=not same_month, year=not same_year)
    end = _day(last, language, month=True, year=True)
    return f"{start}–{end}" if same_month else f"{start} – {end}"
