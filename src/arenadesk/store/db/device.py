"""This laptop's identity for sync stamps: kept in the user's settings, not in the data file."""

from __future__ import annotations

import socket
import uuid
from dataclasses import dataclass


@dataclass(frozen=True)
class Device:
    """A file copied to seven laptops must not make them share one identity, so the id
    belongs to the installation (settings), and each row records the device that wrote it."""

    id: str
    name: str

    @classmethod
    def new(cls, name: str | None = None) -> Device:
        return cls(id=str(uuid.uuid4()), name=name or socket.gethostname() or "laptop")
