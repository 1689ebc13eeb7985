"""The platform account in use: a cloud client for it (the one way the window and the command
line build one), and signing in (check the key, keep it in the keyring, remember the account and
base URL only once the check passed)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from designer.cloud.base_url import check_base_url
from designer.services import credentials
from designer.services.settings import Settings, effective_base_url

if TYPE_CHECKING:
    from designer.cloud.client import XpyunClient


def client_for(user: str, key: str, base_url: str | None, **options: Any) -> XpyunClient:
    """A client for `user` and `key` at `base_url` (None: XPLABEL_BASE_URL, else the Xpyun
    cloud); `options` go to XpyunClient (a `deadline`, timeouts, attempts)."""
    from designer.cloud.client import XpyunClient  # requests: only once a client is wanted

    return XpyunClient(user, key, base_url, **options)


def make_client(user: str | None = None, **options: Any) -> XpyunClient:
    """A client for the account in force (environment, else keyring) and the base URL in force
    (XPLABEL_BASE_URL, else the setting, else the Xpyun cloud). CredentialsError or BaseUrlError
    say what to fix."""
    found = credentials.load_credentials(user)
    return client_for(found.user, found.key, effective_base_url(Settings.load()), **options)


def login(user: str, key: str, base_url: str | None = None, *, check: bool = True) -> str:
    """Sign in as `user` with `key`: check them against the cloud (unless `check` is False),
    keep the key in the keyring, remember the user, and the base URL when one is given. Nothing
    is kept when the URL is bad or the check fails. Returns the keyring's name."""
    settings = Settings.load()
    url = check_base_url(base_url, "--base-url") if base_url else effective_base_url(settings)
    credentials.keyring_name()  # fail early when there is no safe keyring
    if check:
        client = client_for(user, key, url)
        try:
            client.check_credentials()
        finally:
            client.close()
    credentials.store_key(user, key)
    if base_url:
        settings = Settings.load()
        settings.base_url = url or ""
        settings.save()
    return credentials.keyring_name()
