"""The `xplabel` command line: parse, call the layers below, print, exit with a code.

`xplabel` alone, or `xplabel FILE.xml`, opens the designer window. Command modules are imported
only when their command runs (or for `--help`), so starting the window or a quick `check` does
not pay for the cloud client's imports.

Exit codes: 0 success, 1 a problem the user can fix (a file with errors, a missing file, a
refusal by the platform), 2 a usage error, 3 the cloud could not be reached or a print's
outcome is unknown, 130 interrupted (Ctrl+C), 143 terminated. Bad input never shows a
traceback. SIGTERM and SIGHUP end a command the way Ctrl+C does, so what it was writing is
cleaned up (no temporary file is left behind) and a print on its way is journaled as unknown.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
import threading
from collections.abc import Callable, Sequence
from types import FrameType

from designer import __version__
from designer.paths import ResourceMissingError

EXIT_OK, EXIT_USAGE = 0, 2
COMMAND_MODULES: dict[str, str] = {
    "check": "check",
    "format": "format_cmd",
    "render": "render_cmd",
    "merge": "merge_cmd",
    "account": "account",
    "printer": "printer_cmd",
    "print": "print_cmds",
    "print-image": "print_cmds",
    "print-url": "print_cmds",
    "order": "order_cmds",
    "voice": "order_cmds",
    "logo": "order_cmds",
    "simulator": "simulator_cmd",
}
"""Every command and the module (in designer.cli) that registers and runs it."""


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The argument parser of `xplabel`: with every command, or only the module of `command`."""
    parser = argparse.ArgumentParser(
        prog="xplabel",
        description="Xpyun Label Designer: design, check and print labels for Xpyun cloud "
        "printers. Without a command (or with just a FILE.xml) it opens the designer window.",
    )
    parser.add_argument("--version", action="version", version=f"xplabel {__version__}")
    parser.add_argument(
        "--demo",
        action="store_true",
        help="open the window (on FILE.xml when given, else a sample label) on a simulated "
        "cloud with demo printers",
    )
    parser.add_argument(
        "--lang",
        metavar="LANG",
        help="the window's language: zh_CN (简体中文), en, or system (the system's, the "
        "default); remembered. The command line speaks English.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    wanted = [COMMAND_MODULES[command]] if command in COMMAND_MODULES else COMMAND_MODULES.values()
    for name in dict.fromkeys(wanted):
        importlib.import_module(f"designer.cli.{name}").register(sub)
    return parser


def wants_window(argv: list[str]) -> bool:
    """`xplabel` alone, or `xplabel FILE.xml`: the designer window."""
    return not argv or (
        len(argv) == 1 and argv[0] not in COMMAND_MODULES and not argv[0].startswith("-")
    )


def take_language(args: list[str]) -> tuple[str | None, list[str]]:
    """The value of `--lang LANG` (or `--lang=LANG`) before the command, if any, and the other
    arguments."""
    for i, arg in enumerate(args):
        if arg == "--lang" and i + 1 < len(args):
            return args[i + 1], args[:i] + args[i + 2 :]
        if arg.startswith("--lang="):
            return arg.removeprefix("--lang="), args[:i] + args[i + 1 :]
        if not arg.startswith("-"):
            break  # a command or a file: what follows is theirs
    return None, args


def main(argv: Sequence[str] | None = None) -> int:
    """Run `xplabel` with `argv` (default: the process's arguments); returns the exit code."""
    lang, args_list = take_language(list(sys.argv[1:] if argv is None else argv))
    language = None  # the window's language: as the settings say
    if lang is not None:
        from designer.services.language import parse_choice, remember

        try:
            language = parse_choice(lang)
        except ValueError as exc:
            print(f"xplabel: error: {exc}", file=sys.stderr)
            return EXIT_USAGE
    demo = "--demo" in args_list[:2] and wants_window([a for a in args_list if a != "--demo"])
    if demo:
        args_list = [a for a in args_list if a != "--demo"]
    if demo or wants_window(args_list):
        from designer.display import window_problem

        problem = window_problem()  # before Qt, which would abort the process instead
        if problem:
            print(f"error: {problem}", file=sys.stderr)
            return 1
        import gc

        # no cyclic collection while Qt and the window's modules load (their objects live as
        # long as the program): the window turns it back on once it is built (app.py)
        gc.disable()
        from designer.qt.app import main as window_main  # Qt only when the window is wanted

        return window_main(args_list, demo=demo, language=language)
    if language is not None:  # remembered here; the window remembers it once it is up
        problem = remember(language)
        if problem:
            print(f"warning: {problem}", file=sys.stderr)
    parser = build_parser(args_list[0] if args_list else None)
    args = parser.parse_args(args_list)
    if args.command is None:
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    restore = _end_on_signals()
    try:
        return args.run(args)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except ResourceMissingError as exc:  # an incomplete install: say how to repair it
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except Terminated as exc:
        print(f"terminated ({exc.name})", file=sys.stderr)
        return 128 + exc.signum
    except BrokenPipeError:  # `xplabel format f.xml | head`: the reader left; nothing is wrong
        sys.stderr.close()
        return EXIT_OK
    except Exception as exc:  # a bug: one line, not a traceback (XPLABEL_DEBUG=1 shows it)
        if os.environ.get("XPLABEL_DEBUG"):
            raise
        message = f"unexpected {type(exc).__name__}: {str(exc)[:200]}"
        print(f"error: {message} (a bug in xplabel; please report it)", file=sys.stderr)
        return 1
    finally:
        restore()


class Terminated(BaseException):
    """SIGTERM or SIGHUP arrived: unwind like Ctrl+C, so `finally` and cleanups run."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        import signal

        self.signum = signum
        self.name = signal.Signals(signum).name


def _end_on_signals() -> Callable[[], None]:
    """Make SIGTERM and SIGHUP raise Terminated in the main thread; returns the undo (for the
    commands: the window's start does not load the signal module)."""
    import signal

    def handler(signum: int, frame: FrameType | None) -> None:
        raise Terminated(signum)

    if threading.current_thread() is not threading.main_thread():
        return lambda: None  # only the main thread may set handlers (tests call main in threads)
    ending = [getattr(signal, name) for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name)]
    before = {s: signal.signal(s, handler) for s in ending}

    def restore() -> None:
        for signum, old in before.items():
            signal.signal(signum, old)

    return restore
