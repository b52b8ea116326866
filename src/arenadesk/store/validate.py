"""Checks on text values before they are saved: trimmed, bounded, no control characters."""

from __future__ import annotations

import re

from arenadesk.i18n.messages import ValidationError

# Tabs and newlines are fine in long texts; other C0/C1 controls are invisible garbage
# (typically from a paste) that would break a PDF or a CSV later.
# A lone surrogate (half an emoji from a broken paste) cannot even be stored as UTF-8.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")

SHORT = 200
LONG = 20_000


def clean_text(
    value: str | None,
    field: str,
    *,
    required: bool = False,
    limit: int = SHORT,
    multiline: bool = False,
) -> str:
    text = (value or "").strip()
    if not multiline:
        text = " ".join(text.split())
    if required and not text:
        raise ValidationError("value.required", field)
    if len(text) > limit:
        raise ValidationError("value.too_long", field, limit=limit)
    if _CONTROL.search(text):
        raise ValidationError("value.control_chars", field)
    return text
