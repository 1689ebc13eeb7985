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
    units: str = "mm"  # lengths shown first in "mm" or "dots"
    grid_mm: float = 1.0  # the canvas grid
    snap: bool = True  # moves snap to the grid and to other elements' edges
    autosave_seconds: int = 30  # unsaved work is kept this often, against a crash
    queue_when_offline: bool = False  # the print dialog's default: queue, rather than refuse
    default_printer: str = ""  # the SN the print dialog chooses first
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
                    known[name] = _CONVERT[field.type](value)
                except (TypeError, ValueError, KeyError):
                    continue  # a hand-edited value that makes no sense: keep the default
        return cls(**known)

    def save(self) -> None:
        """Write the settings atomically."""
        path = self.path()
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_bytes(path, json.dumps(asdict(self), indent=2).encode("utf-8"))


def _boolean(value: object) -> bool:
    if isinstance(value, bool):
        return value
    if str(value).lower() in ("true", "1", "yes"):
        return True
    if str(value).lower() in ("false", "0", "no", ""):
        return False
    raise ValueError(value)


def _number(value: object) -> float:
    number = float(value)
    if number != number or number in (float("inf"), float("-inf")):
        raise ValueError(value)
    return number


_CONVERT = {"int": int, "str": str, "bool": _boolean, "float": _number}
"""How each kind of setting is read back (annotations are strings: `from __future__`)."""


def effective_base_url(settings: Settings) -> str | None:
    """The base URL in force: XPLABEL_BASE_URL, else the setting, else None (the default).

    BaseUrlError, naming where it came from, when it cannot be an API base URL."""
    from designer.cloud.base_url import BASE_URL_ENV, check_base_url

    if os.environ.get(BASE_URL_ENV):
        return check_base_url(os.environ[BASE_URL_ENV], BASE_URL_ENV)
    if settings.base_url:
        return check_base_url(settings.base_url, f"in {Settings.path()}")
    return None
