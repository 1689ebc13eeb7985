"""What the cloud commands share: a client from the saved account, and errors turned into
`error: MSG (code N): guidance` on stderr with the exit code that says what kind of failure.

Exit codes: 0 success, 1 the platform or the input refused, 2 usage, 3 the cloud unreachable.
"""

from __future__ import annotations

import argparse
import functools
import sys
from collections.abc import Callable

from designer.cloud.client import XpyunClient
from designer.cloud.errors import CloudError, TransportError
from designer.services.credentials import load_credentials
from designer.services.printers import PrinterListError
from designer.services.settings import Settings, SettingsError, effective_base_url

EXIT_OK, EXIT_REFUSED, EXIT_USAGE, EXIT_UNREACHABLE = 0, 1, 2, 3


def make_client(user: str | None = None) -> XpyunClient:
    """A client for the account in force (environment, else keyring)."""
    credentials = load_credentials(user)
    return XpyunClient(credentials.user, credentials.key, effective_base_url(Settings.load()))


def error(message: str) -> None:
    """Print `error: message` on stderr."""
    print(f"error: {message}", file=sys.stderr)


def exit_code_for(exc: Exception) -> int:
    """3 when the cloud could not be reached, else 1."""
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
        except (PrinterListError, SettingsError) as exc:
            error(str(exc))
            return EXIT_REFUSED

    return wrapper


def add_sn(parser: argparse.ArgumentParser, flag: bool = True) -> None:
    """The printer serial number argument (`--sn SN` or a positional SN)."""
    if flag:
        parser.add_argument("--sn", required=True, metavar="SN", help="the printer's serial number")
    else:
        parser.add_argument("sn", metavar="SN", help="the printer's serial number")


def add_print_options(parser: argparse.ArgumentParser) -> None:
    """Copies, mode and pass-through, shared by the print commands."""
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


def positive_int(text: str) -> int:
    """An argparse type: a whole number of at least 1."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"{value} is less than 1")
    return value
