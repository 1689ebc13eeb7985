"""The `xplabel` command line: parse, call the layers below, print, exit with a code.

Exit codes: 0 success, 1 a problem the user can fix (a file with errors, a missing file, a
refusal by the platform), 2 a usage error, 3 the cloud could not be reached. Bad input never
shows a traceback.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from designer import __version__
from designer.cli import (
    account,
    check,
    format_cmd,
    print_cmds,
    printer_cmd,
    render_cmd,
    simulator_cmd,
)

EXIT_OK, EXIT_PROBLEM, EXIT_USAGE = 0, 1, 2
COMMANDS = (check, format_cmd, render_cmd, account, printer_cmd, print_cmds, simulator_cmd)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of `xplabel` and all its commands."""
    parser = argparse.ArgumentParser(
        prog="xplabel",
        description="Xpyun Label Designer: design, check and print labels for Xpyun cloud "
        "printers.",
    )
    parser.add_argument("--version", action="version", version=f"xplabel {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for command in COMMANDS:
        command.register(sub)
    return parser


def _wants_window(argv: list[str], parser: argparse.ArgumentParser) -> bool:
    """`xplabel` alone, or `xplabel FILE.xml`: the designer window."""
    commands = parser._subparsers._group_actions[0].choices
    return not argv or (len(argv) == 1 and argv[0] not in commands and not argv[0].startswith("-"))


def main(argv: Sequence[str] | None = None) -> int:
    """Run `xplabel` with `argv` (default: the process's arguments); returns the exit code."""
    parser = build_parser()
    args_list = list(sys.argv[1:] if argv is None else argv)
    if _wants_window(args_list, parser):
        from designer.qt.app import main as window_main  # Qt only when the window is wanted

        return window_main(args_list)
    args = parser.parse_args(args_list)
    if args.command is None:
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    try:
        return args.run(args)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # `xplabel format f.xml | head`: the reader left; nothing is wrong
        sys.stderr.close()
        return EXIT_OK
