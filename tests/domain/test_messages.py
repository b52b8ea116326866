"""User-facing messages: complete in both languages, placeholders filled, fields labelled."""

from __future__ import annotations

import string

import pytest

from arenadesk.i18n.messages import LANGUAGES, MESSAGES, UserError, ValidationError, message


def placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@pytest.mark.parametrize("key", sorted(MESSAGES))
def test_every_message_exists_in_both_languages_with_the_same_placeholders(key: str) -> None:
    texts = MESSAGES[key]
    assert set(texts) == set(LANGUAGES)
    assert all(texts[language].strip() for language in LANGUAGES)
    assert placeholders(texts["nb"]) == placeholders(texts["en"])


@pytest.mark.parametrize("key", sorted(k for k in MESSAGES if not k.startswith("field.")))
def test_every_message_renders_with_its_placeholders(key: str) -> None:
    params = {name: f"<{name}>" for name in placeholders(MESSAGES[key]["nb"])}
    for language in LANGUAGES:
        text = UserError(key, **params).text(language)
        assert all(value in text for value in params.values())
        assert "{" not in text and "\n" not in text


def test_unknown_language_falls_back_to_bokmal() -> None:
    assert message("membership.no_person", "de") == MESSAGES["membership.no_person"]["nb"]


def test_str_of_an_error_is_english() -> None:
    assert (
        str(UserError("db.not_found", path="/x/a.sqlite"))
        == "The file “/x/a.sqlite” does not exist."
    )


@pytest.mark.parametrize(
    ("key", "field", "params"),
    [
        ("value.required", "title", {}),
        ("value.too_long", "organisation", {"limit": 200}),
        ("value.control_chars", "venue", {}),
        ("group.code_invalid", "code", {"code": "1C!"}),
        ("group.code_taken", "code", {"code": "1A", "title": "Jobbmotor"}),
        ("membership.exists", "person", {"name": "Åse", "code": "1A"}),
        ("membership.bad_day", "days", {"number": 0}),
        ("arena.day_order", "days", {"number": 2}),
        ("arena.date_range", "days", {"low": 2000, "high": 2100}),
    ],
)
def test_validation_errors_render_in_both_languages(key: str, field: str, params: dict) -> None:
    error = ValidationError(key, field, **params)
    for language in LANGUAGES:
        assert error.text(language)


def test_field_name_is_shown_in_the_right_language() -> None:
    error = ValidationError("value.required", "title")
    assert error.text("nb") == "Tittel må fylles ut."
    assert error.text("en") == "Title is required."


def test_unlabelled_field_falls_back_to_its_name() -> None:
    assert ValidationError("value.required", "colour").text("en") == "colour is required."
