"""`xplabel account login|show|logout`: the platform account, its UserKEY in the keyring."""

from __future__ import annotations

import argparse
import getpass
import sys

from designer.cli.cloud_common import (
    EXIT_OK,
    EXIT_REFUSED,
    base_url_argument,
    cloud_command,
    error,
)
from designer.services import credentials
from designer.services.account import login
from designer.services.settings import Settings, effective_base_url


def register(sub: argparse._SubParsersAction) -> None:
    """Add the `account` command group."""
    p = sub.add_parser(
        "account",
        help="sign in to the platform; the UserKEY goes to the keyring",
        description="Manage the platform account. The UserKEY is kept only in the "
        "OS keyring (or taken from XPYUN_USER and XPYUN_USER_KEY).",
    )
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    login = actions.add_parser(
        "login",
        help="store the account's UserKEY after checking it against the cloud",
        description="Read the UserKEY from a hidden prompt (or from stdin when it is not a "
        "terminal), check it against the cloud, and keep it in the keyring.",
    )
    login.add_argument("--user", help="the platform account name (default: the saved one)")
    login.add_argument(
        "--base-url",
        type=base_url_argument,
        metavar="URL",
        help="use this API base URL, and remember it once the login succeeded",
    )
    login.add_argument(
        "--no-check",
        action="store_true",
        help="store the key without checking it (e.g. while offline)",
    )
    login.set_defaults(run=login_run)
    show = actions.add_parser("show", help="name the account and where its key is kept")
    show.set_defaults(run=show_run)
    logout = actions.add_parser("logout", help="delete the UserKEY from the keyring")
    logout.add_argument("--user", help="the account (default: the saved one)")
    logout.set_defaults(run=logout_run)


def _read_key(user: str) -> str:
    if sys.stdin.isatty():
        return getpass.getpass(f"UserKEY for {user} (input hidden): ")
    return sys.stdin.readline(4096)  # a key is 32 characters; never read without end


@cloud_command
def login_run(args: argparse.Namespace) -> int:
    """Check and store the key."""
    settings = Settings.load()
    user = (args.user or settings.user).strip()
    if not user:
        if not sys.stdin.isatty():
            error("no account name: pass --user USER")
            return EXIT_REFUSED
        user = input("Platform user: ").strip()
    key = _read_key(user).strip()
    if not key:
        error("no UserKEY was given; nothing stored")
        return EXIT_REFUSED
    where = login(user, key, args.base_url, check=not args.no_check)
    print(f"signed in as {user}; the UserKEY is kept in the keyring ({where})")
    return EXIT_OK


@cloud_command
def show_run(args: argparse.Namespace) -> int:
    """Name the account, never the key."""
    creds = credentials.load_credentials()
    where = (
        "the environment (XPYUN_USER_KEY)"
        if creds.source == "environment"
        else f"the keyring ({credentials.keyring_name()})"
    )
    print(f"user: {creds.user}")
    print(f"UserKEY: kept in {where}")
    print(f"base URL: {effective_base_url(Settings.load()) or 'default (the Xpyun cloud)'}")
    return EXIT_OK


@cloud_command
def logout_run(args: argparse.Namespace) -> int:
    """Forget the key."""
    user = args.user or Settings.load().user
    if not user:
        error("no account is set up; nothing to forget")
        return EXIT_REFUSED
    if credentials.delete_key(user):
        print(f"the UserKEY of {user} is deleted from the keyring")
    else:
        print(f"no UserKEY was stored for {user}")
    return EXIT_OK
