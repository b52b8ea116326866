"""Per-user preferences (language, recent files, this device's id) in a small JSON file.

Plain Python rather than QSettings, so the CLI and the GUI share one file and the
device identity is available to headless commands.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path

import platformdirs

from arenadesk import APP_NAME
from arenadesk.i18n.messages import DEFAULT_LANGUAGE, LANGUAGES
from arenadesk.platform.files import atomic_writer
from arenadesk.store.db.device import Device

MAX_RECENT = 8


def config_dir() -> Path:
    override = os.environ.get("ARENADESK_CONFIG_DIR")
    return Path(override) if override else Path(platformdirs.user_config_dir(APP_NAME, False))


def data_dir() -> Path:
    override = os.environ.get("ARENADESK_DATA_DIR")
    return Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, False))


def reports_dir() -> Path:
    """Where reports are saved without asking (Documents/ArenaDesk, or the data folder)."""
    override = os.environ.get("ARENADESK_REPORTS_DIR")
    if override:
        return Path(override)
    documents = platformdirs.user_documents_dir()
    return Path(documents) / APP_NAME if documents else data_dir() / "rapporter"


def default_database_path() -> Path:
    return data_dir() / "arenadesk.sqlite"


@dataclass
class Settings:
    language: str = DEFAULT_LANGUAGE
    recent_files: list[str] = field(default_factory=list)
    device_id: str = ""
    device_name: str = ""
    window_geometry: str = ""  # base64 of Qt's saveGeometry(), opaque here
    projector_screen: str = ""  # the name of the screen the projector view last used
    documented_by: str = ""  # who documents Open Space conversations on this laptop
    # Where the facilitator was: the screen, and the group and økt the runner, boards and
    # report share (kept across restarts and language switches).
    current_page: str = ""
    current_group: str = ""  # a group's id
    current_session: int = 0  # an økt's number, 0: none chosen
    # A registration sheet's column mapping, per set of headers (registration.headers_key).
    import_mappings: dict[str, list[str | None]] = field(default_factory=dict)
    path: Path | None = field(default=None, repr=False, compare=False)

    @classmethod
    def load(cls, path: Path | None = None) -> Settings:
        """Read settings; a missing or unreadable file gives defaults (and a new device id)."""
        path = path or config_dir() / "settings.json"
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
            if not isinstance(raw, dict):
                raw = {}
        except (OSError, ValueError):
            raw = {}
        # Valid JSON of the wrong shape (a hand edit, another version) counts as missing.
        defaults = cls()
        known = {
            k: v
            for k, v in raw.items()
            if k in cls.__dataclass_fields__
            and k != "path"
            and isinstance(v, type(getattr(defaults, k)))
        }
        settings = cls(**known)
        settings.path = path
        if settings.language not in LANGUAGES:
            settings.language = DEFAULT_LANGUAGE
        settings.recent_files = [str(f) for f in settings.recent_files if isinstance(f, str)]
        if not settings.device_id:
            device = Device.new()
            settings.device_id, settings.device_name = device.id, device.name
            settings.save()
        return settings

    @property
    def device(self) -> Device:
        return Device(self.device_id, self.device_name)

    def add_recent(self, file: Path | str) -> None:
        entry = str(Path(file).resolve()) if "://" not in str(file) else str(file)
        self.recent_files = [entry] + [f for f in self.recent_files if f != entry]
        del self.recent_files[MAX_RECENT:]
        self.save()

    def save(self) -> None:
        """Write atomically: a crash mid-write leaves the old settings, never half a file."""
        if self.path is None:
            return
        data = {k: v for k, v in asdict(self).items() if k != "path"}
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with atomic_writer(self.path, mode=0o600, encoding="utf-8") as handle:
                json.dump(data, handle, ensure_ascii=False, indent=2)
        except OSError:
            return  # preferences are a convenience; never fail an edit because of them
