"""Settings and where the app keeps its files (platformdirs; honours XDG_CONFIG_HOME etc.).

Settings hold the platform account name and the base URL; never the UserKEY.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path

import platformdirs

from designer.services.files import atomic_write_bytes

APP = "xplabel"


def config_dir() -> Path:
    """The user's configuration folder for the app."""
    return Path(platformdirs.user_config_dir(APP, appauthor=False))


def data_dir() -> Path:
    """The user's data folder for the app (history, logos, autosave)."""
    return Path(platformdirs.user_data_dir(APP, appauthor=False))


class SettingsError(Exception):
    """The settings file exists but cannot be read."""


@dataclass
class Settings:
    """What the app remembers between runs."""

    user: str = ""
    base_url: str = ""
    printer_refresh_seconds: int = 10  # how often the printer panel asks for states
    history_poll_minutes: int = 10  # how long the print history follows an order
    language: str = ""  # the window's language (zh_CN, en); empty: the system's

    @classmethod
    def path(cls) -> Path:
        """Where the settings live."""
        return config_dir() / "settings.json"

    @classmethod
    def load(cls) -> Settings:
        """The saved settings, or defaults when there are none."""
        path = cls.path()
        try:
            data = json.loads(path.read_text("utf-8"))
        except FileNotFoundError:
            return cls()
        except (OSError, ValueError) as exc:
            raise SettingsError(f"{path}: cannot read the settings: {exc}") from exc
        known = {}
        for name, value in data.items():
            field = cls.__dataclass_fields__.get(name)
            if field is not None:
                try:
                    known[name] = int(value) if field.type == "int" else str(value)
                except (TypeError, ValueError):
                    continue  # a hand-edited value that makes no sense: keep the default
        return cls(**known)

    def save(self) -> None:
        """Write the settings atomically."""
        path = self.path()
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_bytes(path, json.dumps(asdict(self), indent=2).encode("utf-8"))


def effective_base_url(settings: Settings) -> str | None:
    """The base URL in force: XPLABEL_BASE_URL, else the setting, else None (the default)."""
    return os.environ.get("XPLABEL_BASE_URL") or settings.base_url or None
