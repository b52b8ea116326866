"""Arena dates as people write them: '9.–10. mars 2027', '9–10 March 2027'."""

from __future__ import annotations

import datetime as dt

from arenadesk.i18n.messages import message


def _day(date: dt.date, language: str, *, month: bool, year: bool) -> str:
    text = message("date.day", language, day=date.day)
    if month:
        text += " " + message(f"month.{date.month}", language)
    if year:
        text += f" {date.year}"
    return text


def clock_span(starts: dt.time | None, ends: dt.time | None, language: str = "nb") -> str:
    """ "13.00–14.30" (bokmål) or "13:00–14:30"; either end may be missing; "" for none."""
    pattern = message("time.clock", language)
    return "–".join(t.strftime(pattern) for t in (starts, ends) if t is not None)


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
