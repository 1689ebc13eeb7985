"""The platform account's UserKEY: kept in the OS keyring, never in a file, log or argument.

`XPYUN_USER` + `XPYUN_USER_KEY` in the environment override the keyring (automation, CI). A
keyring that would store the key in plain text (keyrings.alt) is refused, as is having none,
and the `null` backend (it "keeps" a key by forgetting it).
"""

from __future__ import annotations

import os
from dataclasses import dataclass

import keyring
import keyring.errors

from designer.cloud.errors import CredentialsError
from designer.model.messages import Message, message
from designer.services.settings import Settings

SERVICE = "xplabel"
USER_ENV, KEY_ENV = "XPYUN_USER", "XPYUN_USER_KEY"


def _no_keyring(what: Message | None = None) -> Message:
    """Why the key cannot be kept, and what to do about it (after `what` went wrong)."""
    advice = message(
        "no keyring is available to keep the UserKEY safely. On Linux install and unlock a "
        "Secret Service (GNOME Keyring or KWallet); for automation set XPYUN_USER and "
        "XPYUN_USER_KEY instead"
    )
    return advice if what is None else message("{what}; {advice}", what=what, advice=advice)


@dataclass(frozen=True)
class Credentials:
    """An account and its key, and where the key came from (`keyring` or `environment`)."""

    user: str
    key: str
    source: str

    def __repr__(self) -> str:
        return f"Credentials(user={self.user!r}, key=<hidden>, source={self.source!r})"


def _backend() -> keyring.backend.KeyringBackend:
    backend = keyring.get_keyring()
    module = type(backend).__module__
    if module.startswith("keyrings.alt") or "plaintext" in type(backend).__name__.lower():
        name = type(backend).__name__
        raise CredentialsError(
            _no_keyring(
                message("the keyring backend {name} keeps secrets in plain text", name=name)
            )
        )
    if module.startswith("keyring.backends.fail"):
        raise CredentialsError(_no_keyring())
    if module.startswith("keyring.backends.null"):
        name = type(backend).__name__
        raise CredentialsError(
            _no_keyring(
                message(
                    "the keyring backend {name} keeps nothing (a key stored there is gone at once)",
                    name=name,
                )
            )
        )
    return backend


def keyring_name() -> str:
    """The name of the keyring backend the key is kept in."""
    backend = _backend()
    return f"{type(backend).__module__.split('.')[-1]} ({type(backend).__name__})"


def store_key(user: str, key: str) -> None:
    """Keep `key` for `user` in the keyring and remember `user` in the settings."""
    try:
        _backend().set_password(SERVICE, user, key)
    except keyring.errors.KeyringError as exc:
        what = message("the keyring refused to store the key: {error}", error=type(exc).__name__)
        raise CredentialsError(_no_keyring(what)) from None
    settings = Settings.load()
    settings.user = user
    settings.save()


def delete_key(user: str) -> bool:
    """Forget the key of `user`; False when there was none."""
    try:
        _backend().delete_password(SERVICE, user)
    except keyring.errors.PasswordDeleteError:
        return False
    except keyring.errors.KeyringError as exc:
        raise CredentialsError(
            message("the keyring refused: {error}", error=type(exc).__name__)
        ) from None
    return True


def load_credentials(user: str | None = None) -> Credentials:
    """The credentials in force: the environment's, else the keyring's for the saved account.

    CredentialsError says what to do when there are none.
    """
    env_user, env_key = os.environ.get(USER_ENV), os.environ.get(KEY_ENV)
    if env_key and (env_user or user):
        return Credentials((user or env_user or "").strip(), env_key.strip(), "environment")
    account = user or Settings.load().user
    if not account:
        raise CredentialsError(
            message(
                "no platform account is set up; run `xplabel account login` (or set XPYUN_USER "
                "and XPYUN_USER_KEY)"
            ),
            signed_out=True,
        )
    try:
        key = _backend().get_password(SERVICE, account)
    except keyring.errors.KeyringError as exc:
        what = message("the keyring could not be read: {error}", error=type(exc).__name__)
        raise CredentialsError(_no_keyring(what)) from None
    if not key:
        raise CredentialsError(
            message(
                "no UserKEY is stored for {account!r}; run `xplabel account login --user "
                "{account}`",
                account=account,
            ),
            signed_out=True,
        )
    return Credentials(account, key, "keyring")
