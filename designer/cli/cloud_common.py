"""What the cloud commands share: a client with the command's deadline, the local store, and
errors turned into `error: MSG (code N): guidance` on stderr with the exit code that says what
kind of failure it was.

Exit codes: 0 success, 1 the platform or the input refused, 2 usage, 3 the cloud could not be
reached or a print's outcome is unknown, 130 interrupted.
"""

from __future__ import annotations

import argparse
import functools
import sys
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from designer.cloud.errors import CloudError, TransportError
from designer.services.settings import SettingsError
from designer.services.store import Store, StoreError

if TYPE_CHECKING:
    from designer.cloud.client import XpyunClient

EXIT_OK, EXIT_REFUSED, EXIT_USAGE, EXIT_UNREACHABLE = 0, 1, 2, 3
DEFAULT_TIMEOUT = 60.0


def make_client(args: argparse.Namespace | None = None) -> XpyunClient:
    """A client for the account in force, bounded by the command's `--timeout`."""
    from designer.services.account import make_client as account_client

    timeout = getattr(args, "timeout", None) or DEFAULT_TIMEOUT
    return account_client(deadline=time.monotonic() + timeout)


def open_store() -> Store:
    """The user's local store (printers, print journal and history, logo counts)."""
    return Store.open_default()


def printer_name(store: Store, sn: str) -> str:
    """What a print journals as printer `sn`'s name: the name it was saved under, else `sn`."""
    from designer.services.printers import PrinterList

    saved = PrinterList(store).get(sn)
    return saved.name if saved else sn


def error(message: str) -> None:
    """Print `error: message` on stderr."""
    print(f"error: {message}", file=sys.stderr)


def exit_code_for(exc: Exception) -> int:
    """3 when the cloud could not be reached (or a print's outcome is unknown), else 1."""
    return EXIT_UNREACHABLE if isinstance(exc, TransportError) else EXIT_REFUSED


def cloud_command(run: Callable[[argparse.Namespace], int]) -> Callable[[argparse.Namespace], int]:
    """Turn the cloud's and the local files' errors into a message and an exit code."""

    @functools.wraps(run)
    def wrapper(args: argparse.Namespace) -> int:
        try:
            return run(args)
        except CloudError as exc:
            error(str(exc))
            return exit_code_for(exc)
        except (StoreError, SettingsError) as exc:
            error(str(exc))
            return EXIT_REFUSED

    return wrapper


def add_sn(parser: argparse.ArgumentParser, flag: bool = True) -> None:
    """The printer serial number argument (`--sn SN` or a positional SN)."""
    if flag:
        parser.add_argument("--sn", required=True, metavar="SN", help="the printer's serial number")
    else:
        parser.add_argument("sn", metavar="SN", help="the printer's serial number")


def add_timeout(parser: argparse.ArgumentParser) -> None:
    """`--timeout SECONDS`: one deadline for everything the command asks the cloud."""
    parser.add_argument(
        "--timeout",
        type=positive_float,
        default=DEFAULT_TIMEOUT,
        metavar="SECONDS",
        help="give up on the cloud after this long, retries included "
        f"(default {DEFAULT_TIMEOUT:g})",
    )


def add_print_options(parser: argparse.ArgumentParser) -> None:
    """Copies, mode, expiry, --again and the time limit, shared by the print commands."""
    parser.add_argument(
        "--copies", type=positive_int, default=1, metavar="N", help="copies to print (default 1)"
    )
    parser.add_argument(
        "--mode",
        type=int,
        choices=(0, 1),
        default=0,
        help="0: refuse when the printer is offline (default); 1: queue until it is back",
    )
    parser.add_argument(
        "--expires",
        type=int,
        metavar="SECONDS",
        help="with --mode 1: how long a queued order waits (1..86400)",
    )
    parser.add_argument(
        "--again",
        action="store_true",
        help="print it as a new job even when an earlier run of the same print did not finish "
        "or its outcome is unknown (check the printer first: it may print twice)",
    )
    add_timeout(parser)


def positive_int(text: str) -> int:
    """An argparse type: a whole number of at least 1."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text[:80]!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"{value} is less than 1")
    return value


def positive_float(text: str) -> float:
    """An argparse type: a number of seconds above 0 (and finite)."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text[:80]!r} is not a number") from None
    if not 0 < value < 1e9:
        raise argparse.ArgumentTypeError(f"{text[:80]} is not a number of seconds above 0")
    return value


def base_url_argument(text: str) -> str:
    """An argparse type: an API base URL, checked at once (a typo is a usage error)."""
    from designer.cloud.base_url import check_base_url
    from designer.cloud.errors import BaseUrlError

    try:
        return check_base_url(text, "--base-url")
    except BaseUrlError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
