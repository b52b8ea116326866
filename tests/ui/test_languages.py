"""Every dialog opens in both languages; the translation files are complete and current."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractButton, QLabel

from arenadesk.app import Application
from arenadesk.store.groups import find_group_by_code
from arenadesk.store.people import list_people
from arenadesk.ui.arena.group_dialog import GroupDialog
from arenadesk.ui.arena.member_dialogs import AddMembersDialog, JoinGroupDialog, MembershipDialog
from arenadesk.ui.arena.person_dialog import PersonDialog
from arenadesk.ui.shell.context import UiContext
from arenadesk.ui.shell.start_dialogs import AboutDialog, NewArenaDialog, WelcomeDialog

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "arenadesk_nb.ts"
QM = ROOT / "resources" / "translations" / "arenadesk_nb.qm"
# English is the source language: its file holds only the plural forms.
EN_TS = ROOT / "resources" / "translations" / "arenadesk_en.ts"
EN_QM = ROOT / "resources" / "translations" / "arenadesk_en.qm"
UI_SOURCES = [ROOT / "src/arenadesk/app.py", *sorted((ROOT / "src/arenadesk/ui").rglob("*.py"))]

# Dialog -> (bokmål title, English title)
TITLES = {
    "group": ("Ny utfordringsgruppe", "New challenge group"),
    "person": ("Ny deltaker", "New participant"),
    "add": ("Legg deltakere til 1A", "Add people to 1A"),
    "member": (None, None),  # titled with the member's name
    "join": ("Legg Vibeke Aas i en gruppe", "Add Vibeke Aas to a group"),
    "arena": ("Ny arena", "New arena"),
    "welcome": ("Velkommen til ArenaDesk", "Welcome to ArenaDesk"),
    "about": ("Om ArenaDesk", "About ArenaDesk"),
}
ENGLISH_ONLY = {"Save", "Cancel", "Close", "Name", "Role", "Quit", "Group", "Code", "Title"}


def _dialogs(ctx: UiContext):  # type: ignore[no-untyped-def]
    group = find_group_by_code(ctx.db, ctx.arena_id, "1A")
    person = next(p for p in list_people(ctx.db, ctx.arena_id) if p.name == "Vibeke Aas")
    return {
        "group": GroupDialog(ctx),
        "person": PersonDialog(ctx),
        "add": AddMembersDialog(ctx, group),
        "member": MembershipDialog(ctx, group.members[0]),
        "join": JoinGroupDialog(ctx, person),
        "arena": NewArenaDialog(ctx.db, ctx.language),
        "welcome": WelcomeDialog(ctx.db.location),
        "about": AboutDialog(ctx.db, "test-laptop"),
    }


@pytest.mark.parametrize("language", ["nb", "en"])
def test_every_dialog_opens_in_each_language(
    qtbot, application: Application, ctx: UiContext, language: str
) -> None:
    application.install_language(language)
    for name, dialog in _dialogs(ctx).items():
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        expected = TITLES[name][0 if language == "nb" else 1]
        if expected:
            assert dialog.windowTitle() == expected
        texts = {w.text().replace("&", "") for w in dialog.findChildren(QAbstractButton)}
        texts |= {w.text().rstrip(":") for w in dialog.findChildren(QLabel)}
        if language == "nb":
            assert not texts & ENGLISH_ONLY, f"{name} shows English: {texts & ENGLISH_ONLY}"
        dialog.close()


def _texts(message: ET.Element) -> list[str]:
    """The translation, or each plural form of a numerus entry."""
    translation = message.find("translation")
    assert translation is not None
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


@pytest.mark.parametrize("ts", [TS, EN_TS], ids=["nb", "en"])
def test_translation_file_has_no_unfinished_entries(ts: Path) -> None:
    tree = ET.parse(ts)
    unfinished = [
        m.findtext("source")
        for m in tree.iter("message")
        if m.find("translation").get("type") == "unfinished"
        or not all(text.strip() for text in _texts(m))
    ]
    assert unfinished == []


def _numerus(ts: Path) -> dict[tuple[str | None, str | None], list[str]]:
    return {
        (c.findtext("name"), m.findtext("source")): _texts(m)
        for c in ET.parse(ts).iter("context")
        for m in c.iter("message")
        if m.get("numerus") == "yes"
    }


def test_every_count_has_both_plural_forms_in_both_languages() -> None:
    """Bokmål and English have two forms (1, other); each keeps the source's %1… markers."""
    nb, en = _numerus(TS), _numerus(EN_TS)
    assert nb, "no %n entries: counts are not translated with plural forms"
    assert set(nb) == set(en), "run `make translations` and fill the plural forms"
    for key, source in ((k, k[1] or "") for k in nb):
        markers = sorted(set(re.findall(r"%[1-9]", source)))
        for forms in (nb[key], en[key]):
            assert len(forms) == 2, key
            assert all(sorted(set(re.findall(r"%[1-9]", f))) == markers for f in forms), key
        assert "%n" in nb[key][1] and "%n" in en[key][1], key  # "one" may spell out 1


def test_english_file_holds_only_plural_forms() -> None:
    messages = list(ET.parse(EN_TS).iter("message"))
    assert messages and all(m.get("numerus") == "yes" for m in messages)


@pytest.mark.parametrize(
    ("language", "one", "two", "zero"),
    [
        ("nb", "1 pakke klar: x.", "2 pakker klare: x.", "0 pakker klare: x."),
        ("en", "1 package ready: x.", "2 packages ready: x.", "0 packages ready: x."),
    ],
)
def test_counts_take_the_languages_plural_form(
    application: Application, language: str, one: str, two: str, zero: str
) -> None:
    from arenadesk.ui.common.texts import Counts, arg, change_counts

    application.install_language(language)
    ready = "ImportPackagesDialog", "%n package(s) ready: %1."
    assert [arg(QCoreApplication.translate(*ready, "", n), "x") for n in (1, 2, 0)] == [
        one,
        two,
        zero,
    ]
    expected = {
        "nb": "1 ny, 2 endret, 0 slettet, 1 konflikt",
        "en": "1 new, 2 changed, 0 deleted, 1 conflict",
    }
    assert change_counts(1, 2, 0, 1) == expected[language]
    basis = {
        "nb": "Regnet over den ene personen med oppgitt perspektiv.",
        "en": "Counted over the one person whose perspective is given.",
    }
    assert Counts().perspective_basis(1) == basis[language]
    assert "3" in Counts().perspective_basis(3)
    photos = {
        "nb": ("Legger til 1 bilde …", "Legger til 4 bilder …"),
        "en": ("Adding 1 photo…", "Adding 4 photos…"),
    }
    assert (Counts().adding_photos(1), Counts().adding_photos(4)) == photos[language]


def test_arg_fills_markers_in_one_pass() -> None:
    from arenadesk.ui.common.texts import arg

    # A value holding "%2" stays as typed; the translation may reorder the markers.
    assert arg("Delete %1 “%2”?", "100%2 sure", "B") == "Delete 100%2 sure “B”?"
    assert arg("%2 emner står i %1", "rom 4", "To") == "To emner står i rom 4"
    assert arg("Økt %1 · day %2", 3) == "Økt 3 · day %2"  # the rest for a later call


def test_counts_are_said_through_tr() -> None:
    """lupdate marks a text plural ("numerus") only in `tr()`: a count through
    `QCoreApplication.translate` would get one form for every number."""
    plural = re.compile(r"""translate\(\s*["'][^"']*["']\s*,\s*["'][^"']*%n""")
    found = [
        f"{path.relative_to(ROOT)}:{number}"
        for path in sorted((ROOT / "src" / "arenadesk").rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if plural.search(line)
    ]
    assert found == []


def test_markers_are_filled_only_by_arg() -> None:
    """`.replace("%1", …)` fills markers one at a time, so a typed "%2" in the first value
    would be filled by the second: every screen goes through `arg`."""
    marker = re.compile(r"""\.replace\(\s*["']%\d""")
    found = [
        f"{path.relative_to(ROOT)}:{number}"
        for path in sorted((ROOT / "src" / "arenadesk").rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if marker.search(line)
    ]
    assert found == []


def _lupdate() -> str:
    found = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    if not found:
        pytest.skip("pyside6-lupdate is not installed next to this Python")
    return found


def test_every_ui_string_is_in_the_translation_file(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [_lupdate(), *map(str, UI_SOURCES), "-ts", str(fresh)], check=True, capture_output=True
    )

    def sources(path: Path) -> set[tuple[str, str]]:
        tree = ET.parse(path)
        return {
            (c.findtext("name"), m.findtext("source"))
            for c in tree.iter("context")
            for m in c.iter("message")
        }

    missing = sources(fresh) - sources(TS)
    assert missing == set(), "run `make translations` and translate the new strings"


@pytest.mark.parametrize(("ts", "qm"), [(TS, QM), (EN_TS, EN_QM)], ids=["nb", "en"])
def test_compiled_translation_is_current(tmp_path: Path, ts: Path, qm: Path) -> None:
    lrelease = Path(_lupdate()).with_name("pyside6-lrelease")
    built = tmp_path / qm.name
    subprocess.run([str(lrelease), str(ts), "-qm", str(built)], check=True, capture_output=True)
    assert built.read_bytes() == qm.read_bytes(), "run `make translations`"
