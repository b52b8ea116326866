"""The catalogue and the code agree: every key the code asks for exists in bokmål and
English, every entry is asked for somewhere, and counts have every plural form.

The code is read with `ast`: a key is a string literal shaped like `namespace.name` whose
namespace the catalogue has; a family of keys is an f-string such as f"month.{n}".
"""

from __future__ import annotations

import ast
import re
import string
from functools import cache
from pathlib import Path

import pytest

from arenadesk.domain.open_space import InputType
from arenadesk.domain.report import STRENGTH_LEVELS, STRENGTH_REASONS
from arenadesk.domain.vocabulary import Perspective, Role
from arenadesk.i18n.messages import (
    LANGUAGES,
    MESSAGES,
    PLURAL_FORMS,
    PLURAL_RULES,
    PLURALS,
    Count,
    message,
    plural,
)

SOURCE = Path(__file__).resolve().parents[2] / "src" / "arenadesk"
CATALOGUE = SOURCE / "i18n"
KEY = re.compile(r"[a-z_]+(\.[a-z0-9_]+)+")
ALL_KEYS = set(MESSAGES) | set(PLURALS)
NAMESPACES = {key.split(".")[0] for key in ALL_KEYS}
# Literals shaped like keys that are column references or file names ("arena.id", "a.pdf").
NOT_KEYS = {"id", "pdf", "docx", "xlsx", "csv", "json", "png"}


def placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@cache
def code_strings() -> tuple[frozenset[str], frozenset[str]]:
    """String literals and f-string prefixes in the package's code (not the catalogue's)."""
    literals: set[str] = set()
    prefixes: set[str] = set()
    for path in SOURCE.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        catalogue_keys: set[int] = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.Dict) and path.parent == CATALOGUE:
                catalogue_keys.update(id(key) for key in node.keys if key is not None)
        for node in ast.walk(tree):
            if isinstance(node, ast.JoinedStr):
                head = node.values[0] if node.values else None
                if isinstance(head, ast.Constant) and isinstance(head.value, str):
                    prefixes.add(head.value)
            elif (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and id(node) not in catalogue_keys
            ):
                literals.add(node.value)
    # The literal parts of f-strings are Constants too; only whole literals are keys.
    return frozenset(literals), frozenset(p for p in prefixes if KEY.fullmatch(p + "x"))


def test_every_key_in_the_code_is_in_the_catalogue() -> None:
    literals, _ = code_strings()
    asked = {
        s
        for s in literals
        if KEY.fullmatch(s)
        and s.split(".")[0] in NAMESPACES
        and s.rpartition(".")[2] not in NOT_KEYS
    }
    assert sorted(asked - ALL_KEYS) == []


def test_every_family_of_keys_in_the_code_has_entries() -> None:
    _, prefixes = code_strings()
    families = {p for p in prefixes if p.split(".")[0] in NAMESPACES}
    assert families, "the f-string scan found nothing: the test would prove nothing"
    assert sorted(p for p in families if not any(k.startswith(p) for k in ALL_KEYS)) == []


def test_every_catalogue_entry_is_used() -> None:
    literals, prefixes = code_strings()
    unused = [
        key
        for key in sorted(ALL_KEYS)
        if key not in literals and not any(key.startswith(p) for p in prefixes)
    ]
    assert unused == []


def test_a_key_is_either_a_text_or_a_count() -> None:
    assert set(MESSAGES) & set(PLURALS) == set()


@pytest.mark.parametrize(
    ("family", "members"),
    [
        ("month", [str(n) for n in range(1, 13)]),
        ("perspective", [p.value for p in Perspective]),
        ("role", [r.value for r in Role]),
        ("anon.role", [r.value for r in Role]),
        ("strength.level", [str(level) for level in STRENGTH_LEVELS]),
        ("strength.reason", list(STRENGTH_REASONS)),
        ("input_type.label", [t.name.lower() for t in InputType]),
        ("input_type.reference", [t.name.lower() for t in InputType]),
        ("input_type.short", [t.name.lower() for t in InputType]),
        ("principle", ["1", "2", "3", "4"]),
    ],
)
def test_families_looked_up_from_a_value_are_complete(family: str, members: list[str]) -> None:
    """Keys built from an enum or a number: every value has its entry, and no stray one."""
    expected = {f"{family}.{member}" for member in members}
    found = {key for key in MESSAGES if key.rpartition(".")[0] == family}
    assert found == expected


# --- plural forms ----------------------------------------------------------------------


@pytest.mark.parametrize("key", sorted(PLURALS))
def test_every_count_has_each_languages_forms_with_the_same_placeholders(key: str) -> None:
    entry = PLURALS[key]
    assert set(entry) == set(LANGUAGES)
    names = placeholders(entry["nb"][-1])
    assert "n" in names
    for language in LANGUAGES:
        forms = entry[language]
        assert len(forms) == PLURAL_FORMS[language]
        assert all(form.strip() and placeholders(form) == names for form in forms)


def test_the_rules_pick_one_for_one_and_other_for_the_rest() -> None:
    for language in LANGUAGES:
        rule = PLURAL_RULES[language]
        assert [rule(n) for n in (0, 1, 2, 5, 11, 21, 101)] == [1, 0, 1, 1, 1, 1, 1]


@pytest.mark.parametrize(
    ("n", "nb", "en"),
    [
        (0, "0 pakker", "0 packages"),
        (1, "1 pakke", "1 package"),
        (2, "2 pakker", "2 packages"),
        (21, "21 pakker", "21 packages"),
    ],
)
def test_a_count_reads_right_in_both_languages(n: int, nb: str, en: str) -> None:
    assert plural("count.packages", n, "nb") == nb
    assert plural("count.packages", n, "en") == en
    assert plural("count.packages", n, "de") == nb  # unknown language: bokmål


def test_a_count_inside_a_message_takes_the_messages_language() -> None:
    one = {"path": "m.db", "merged": Count("count.packages", 1), "rejected": 0}
    assert message("cli.merge_done", "nb", **one) == "Slått sammen i «m.db»: 1 pakke, 0 avvist."
    assert message("cli.merge_done", "en", **one) == "Merged into “m.db”: 1 package, 0 rejected."
    two = {**one, "merged": Count("count.packages", 2)}
    assert "2 pakker" in message("cli.merge_done", "nb", **two)
    assert str(Count("count.groups", 1)) == "1 gruppe"
