"""The installer files agree with each other and with the package: version, file types,
icons, and a spec that ships every migration without naming them."""

from __future__ import annotations

import ast
import configparser
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

from PIL import Image

from arenadesk import __version__

ROOT = Path(__file__).resolve().parents[1]
LINUX = ROOT / "packaging" / "linux"
SPEC = ROOT / "arenadesk.spec"
ISS = ROOT / "packaging" / "windows" / "arenadesk.iss"
EXTENSIONS = {"arenapakke", "arenaoppsett"}
MIME = "{http://www.freedesktop.org/standards/shared-mime-info}"


def spec_parts(*names: str) -> dict[str, Any]:
    """Run the named top-level functions and assignments of arenadesk.spec, without
    PyInstaller (the spec itself only runs inside it)."""
    tree = ast.parse(SPEC.read_text(encoding="utf-8"))
    wanted = [
        node
        for node in tree.body
        if (isinstance(node, ast.FunctionDef) and node.name in names)
        or (
            isinstance(node, ast.Assign)
            and any(isinstance(t, ast.Name) and t.id in names for t in node.targets)
        )
    ]
    namespace: dict[str, Any] = {"Path": Path, "ast": ast, "SRC": ROOT / "src"}
    exec(compile(ast.Module(body=wanted, type_ignores=[]), str(SPEC), "exec"), namespace)
    return namespace


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(LINUX / "no.arenadesk.ArenaDesk.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


def mime_types() -> dict[str, str]:
    """MIME type -> the extension its glob names."""
    root = ET.parse(LINUX / "no.arenadesk.ArenaDesk.mime.xml").getroot()
    found = {}
    for mime_type in root.iter(f"{MIME}mime-type"):
        glob = mime_type.find(f"{MIME}glob")
        assert glob is not None
        found[mime_type.attrib["type"]] = glob.attrib["pattern"].removeprefix("*.")
    return found


def test_the_spec_reads_the_version_from_the_package() -> None:
    assert spec_parts("read_version")["read_version"]() == __version__


def test_the_spec_ships_the_whole_migrations_folder_without_naming_revisions() -> None:
    text = SPEC.read_text(encoding="utf-8")
    assert 'tree_as_data(MIGRATIONS, "arenadesk/store/migrations")' in text
    assert 'glob("[0-9]*.py")' in text  # every revision also as a hidden import
    revisions = sorted(
        p.stem for p in (ROOT / "src/arenadesk/store/migrations/versions").glob("0*.py")
    )
    assert revisions and not any(revision in text for revision in revisions)
    files = spec_parts("tree_as_data")["tree_as_data"](
        ROOT / "src/arenadesk/store/migrations", "arenadesk/store/migrations"
    )
    shipped = {Path(source).name for source, _ in files}
    assert {"env.py", "script.py.mako", *(f"{r}.py" for r in revisions)} <= shipped
    assert not any(name.endswith(".pyc") for name in shipped)


def test_the_same_package_extensions_everywhere() -> None:
    types = mime_types()
    assert set(types.values()) == EXTENSIONS

    entry = desktop_entry()
    assert set(filter(None, entry["MimeType"].split(";"))) == set(types)
    assert entry["Exec"] == "arenadesk %f" and entry["Icon"] == "arenadesk"

    metainfo = ET.parse(LINUX / "no.arenadesk.ArenaDesk.metainfo.xml").getroot()
    assert {m.text for m in metainfo.iter("mediatype")} == set(types)

    documents, exported = spec_parts("DOCUMENT_TYPES", "document_types")["document_types"]()
    tagged = {e["UTTypeTagSpecification"]["public.filename-extension"][0] for e in exported}
    assert tagged == EXTENSIONS
    assert {d["LSItemContentTypes"][0] for d in documents} == {
        e["UTTypeIdentifier"] for e in exported
    }

    iss = ISS.read_text(encoding="utf-8")
    for extension in EXTENSIONS:
        assert f'Subkey: "Software\\Classes\\.{extension}"' in iss
    assert "HKLM" not in iss and "HKCR" not in iss  # per user: HKA is HKCU here


def test_one_version_and_one_id() -> None:
    metainfo = ET.parse(LINUX / "no.arenadesk.ArenaDesk.metainfo.xml").getroot()
    releases = [r.attrib["version"] for r in metainfo.iter("release")]
    assert releases[0] == __version__  # the newest release first
    assert metainfo.findtext("id") == "no.arenadesk.ArenaDesk"
    assert metainfo.findtext("launchable") == "no.arenadesk.ArenaDesk.desktop"
    assert 'BUNDLE_ID = "no.arenadesk.ArenaDesk"' in SPEC.read_text(encoding="utf-8")

    iss = ISS.read_text(encoding="utf-8")
    # No version written into the installer script: it comes from the built executable.
    assert not re.search(r"^\s*#define AppVersion \"", iss, re.M)
    assert 'GetStringFileInfo(AddBackslash(DistDir) + AppExe, "ProductVersion")' in iss


def test_the_windows_installer_needs_no_administrator() -> None:
    settings = dict(
        line.split("=", 1)
        for line in ISS.read_text(encoding="utf-8").splitlines()
        if "=" in line and not line.startswith((";", "#", "Name:", "Root:", "Source:"))
    )
    assert settings["PrivilegesRequired"] == "lowest"
    assert settings["DefaultDirName"] == "{autopf}\\ArenaDesk"  # %LOCALAPPDATA%\Programs
    assert settings["ChangesAssociations"] == "yes"
    assert (
        ROOT / "packaging" / settings["SetupIconFile"].removeprefix("..\\").replace("\\", "/")
    ).exists()


def test_icons_at_every_size_from_the_svg() -> None:
    icons = ROOT / "resources" / "icons"
    svg = ET.parse(icons / "arenadesk.svg").getroot()
    assert svg.attrib["viewBox"] == "0 0 512 512"
    install = (LINUX / "install.sh").read_text(encoding="utf-8")
    sizes = [int(s) for s in re.search(r'sizes="([\d ]+)"', install).group(1).split()]  # type: ignore[union-attr]
    for size in sizes:
        with Image.open(icons / f"arenadesk-{size}.png") as png:
            assert png.size == (size, size) and png.mode == "RGBA"
            assert png.getpixel((size // 2, size // 2))[3] == 255  # drawn, not transparent
            assert png.getpixel((0, 0))[3] < 255  # the tile's rounded corner
    with Image.open(ROOT / "packaging/icons/arenadesk.ico") as ico:
        assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= set(ico.info["sizes"])
    with Image.open(ROOT / "packaging/icons/arenadesk.icns") as icns:
        assert icns.size == (1024, 1024)


def test_every_source_package_is_listed_in_pyproject() -> None:
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    listed = set(re.findall(r'^\s+"(arenadesk[\w.]*)",$', text, flags=re.M))
    on_disk = {
        ".".join(init.parent.relative_to(ROOT / "src").parts)
        for init in (ROOT / "src/arenadesk").rglob("__init__.py")
    }
    assert on_disk <= listed, sorted(on_disk - listed)


def _locked(name: str) -> dict[str, str]:
    """name -> version of every package in requirements/lock-NAME.txt."""
    found = {}
    for line in (ROOT / "requirements" / f"lock-{name}.txt").read_text().splitlines():
        match = re.match(r"([A-Za-z0-9_.-]+)==([^\s;\\]+)", line)
        if match:
            found[re.sub(r"[-_.]+", "-", match.group(1)).lower()] = match.group(2)
    return found


def test_the_lock_files_hold_every_pin_of_pyproject() -> None:
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    wanted = {
        "dev": project["dependencies"] + project["optional-dependencies"]["dev"],
        "packaging": project["dependencies"] + project["optional-dependencies"]["packaging"],
    }
    for lock, pins in wanted.items():
        locked = _locked(lock)
        for pin in pins:
            name, version = re.match(r"([A-Za-z0-9_.-]+)(?:\[[^]]*\])?==(\S+)", pin).groups()  # type: ignore[union-attr]
            key = re.sub(r"[-_.]+", "-", name).lower()
            assert locked.get(key) == version, f"{pin} is not in lock-{lock}.txt: run make lock"
    shared = _locked("dev").keys() & _locked("packaging").keys()
    assert all(_locked("dev")[n] == _locked("packaging")[n] for n in shared)


def test_the_frozen_app_ships_reportlabs_accelerator() -> None:
    assert '"_rl_accel"' in SPEC.read_text(encoding="utf-8")
