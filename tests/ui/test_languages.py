"""Every dialog opens in both languages; the translation files are complete and current."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
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


def test_translation_file_has_no_unfinished_entries() -> None:
    tree = ET.parse(TS)
    unfinished = [
        m.findtext("source")
        for m in tree.iter("message")
        if m.find("translation").get("type") == "unfinished"
        or not (m.findtext("translation") or "").strip()
    ]
    assert unfinished == []


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


def test_compiled_translation_is_current(tmp_path: Path) -> None:
    lrelease = Path(_lupdate()).with_name("pyside6-lrelease")
    built = tmp_path / "nb.qm"
    subprocess.run([str(lrelease), str(TS), "-qm", str(built)], check=True, capture_output=True)
    assert built.read_bytes() == QM.read_bytes(), "run `make translations`"
