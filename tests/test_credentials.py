"""The UserKEY in a real Secret Service keyring: stored, used, deleted, and in no file."""

from __future__ import annotations

import os
import uuid
from pathlib import Path

import keyring
import keyring.backend
import pytest

from designer.cli import main
from designer.cloud.errors import CredentialsError
from designer.services import credentials
from designer.services.settings import Settings


def _secret_service() -> bool:
    backend = keyring.get_keyring()
    return "SecretService" in type(backend).__module__ or "chainer" in type(backend).__module__


needs_keyring = pytest.mark.skipif(
    not _secret_service() and not os.environ.get("XPLABEL_REQUIRE_KEYRING"),
    reason="no Secret Service here; packaging/run-tests starts one",
)
SCRATCH_ROOTS = [os.environ.get(v) for v in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME")]


def _files_containing(secret: str, roots: list[Path]) -> list[Path]:
    found = []
    for root in roots:
        for path in root.rglob("*"):
            try:
                if path.is_file() and secret.encode() in path.read_bytes():
                    found.append(path)
            except OSError:
                continue
    return found


@needs_keyring
def test_login_stores_the_key_in_the_keyring_only(
    app_dirs, simulator, world, monkeypatch, capsys
) -> None:
    user = f"test-{uuid.uuid4().hex[:8]}"
    key = f"key-{uuid.uuid4().hex}"
    world.add_account(user, key)
    monkeypatch.setattr("sys.stdin", __import__("io").StringIO(key + "\n"))
    try:
        code = main(["account", "login", "--user", user, "--base-url", simulator.base_url])
        out = capsys.readouterr()
        assert code == 0, out.err
        assert f"signed in as {user}" in out.out and key not in out.out + out.err
        assert keyring.get_password(credentials.SERVICE, user) == key
        assert Settings.load().user == user
        creds = credentials.load_credentials()
        assert (creds.user, creds.key, creds.source) == (user, key, "keyring")
        assert key not in repr(creds)
        # used: a command that needs the account works with the stored key
        assert main(["order", "nope"]) == 1
        assert "ORDER_NOT_FOUND (code 1005)" in capsys.readouterr().err
        assert main(["account", "show"]) == 0
        shown = capsys.readouterr().out
        assert f"user: {user}" in shown and "keyring" in shown and key not in shown
        roots = [app_dirs, *[Path(r) for r in SCRATCH_ROOTS if r]]  # where the keyring keeps it
        assert _files_containing(key, [r for r in roots if r.exists()]) == []
    finally:
        assert main(["account", "logout", "--user", user]) == 0
    assert keyring.get_password(credentials.SERVICE, user) is None
    assert "deleted from the keyring" in capsys.readouterr().out
    with pytest.raises(CredentialsError, match="xplabel account login"):
        credentials.load_credentials()


@needs_keyring
def test_a_wrong_key_is_not_stored(app_dirs, simulator, monkeypatch, capsys) -> None:
    user = f"test-{uuid.uuid4().hex[:8]}"
    monkeypatch.setattr("sys.stdin", __import__("io").StringIO("wrong\n"))
    code = main(["account", "login", "--user", user, "--base-url", simulator.base_url])
    assert code == 1
    err = capsys.readouterr().err
    assert err.startswith("error: REQUEST_USER_NOT_REGISTER (code -4): ")
    assert keyring.get_password(credentials.SERVICE, user) is None


def test_no_keyring_backend_gives_a_clear_message(app_dirs, monkeypatch) -> None:
    from keyring.backends import fail

    monkeypatch.setattr(keyring, "get_keyring", lambda: fail.Keyring())
    Settings(user="someone").save()
    with pytest.raises(CredentialsError, match="no keyring is available") as exc:
        credentials.load_credentials()
    assert "XPYUN_USER_KEY" in str(exc.value)
    with pytest.raises(CredentialsError, match="Secret Service"):
        credentials.store_key("someone", "k")


def test_a_plain_text_keyring_is_refused(app_dirs, monkeypatch) -> None:
    class PlaintextKeyring(keyring.backend.KeyringBackend):
        priority = 1

        def get_password(self, service: str, username: str) -> str | None:
            return None

        def set_password(self, service: str, username: str, password: str) -> None:
            raise AssertionError("must never be asked to store")

        def delete_password(self, service: str, username: str) -> None:
            pass

    PlaintextKeyring.__module__ = "keyrings.alt.file"
    monkeypatch.setattr(keyring, "get_keyring", PlaintextKeyring)
    with pytest.raises(CredentialsError, match="plain text"):
        credentials.store_key("someone", "k")


def test_the_environment_overrides_the_keyring(app_dirs, monkeypatch) -> None:
    monkeypatch.setenv("XPYUN_USER", "envuser")
    monkeypatch.setenv("XPYUN_USER_KEY", " envkey ")
    creds = credentials.load_credentials()
    assert (creds.user, creds.key, creds.source) == ("envuser", "envkey", "environment")


def test_without_any_account_commands_say_how_to_log_in(app_dirs, capsys) -> None:
    assert main(["printer", "list"]) == 1
    assert "run `xplabel account login`" in capsys.readouterr().err


def test_the_null_keyring_is_refused_like_a_plain_text_one(app_dirs, monkeypatch) -> None:
    from keyring.backends import null

    monkeypatch.setattr(keyring, "get_keyring", lambda: null.Keyring())
    with pytest.raises(CredentialsError, match="keeps nothing"):
        credentials.store_key("someone", "k")
    Settings(user="someone").save()
    with pytest.raises(CredentialsError, match="keeps nothing"):
        credentials.load_credentials()
