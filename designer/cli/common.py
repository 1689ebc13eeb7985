"""What the commands share: reading a label file the way the user named it, and reporting."""

from __future__ import annotations

import sys
from pathlib import Path

from designer.labelxml import ReadResult, parse
from designer.labelxml.reader import Check
from designer.model import validate


class CommandError(Exception):
    """A problem with a file the user named, said in one line; the command exits with code 1."""

    def __init__(self, file: str, message: str) -> None:
        super().__init__(f"{file}: {message}")
        self.file = file
        self.message = message


def read_source(name: str, check: Check = validate) -> ReadResult:
    """Parse the label file `name` (`-` is standard input); CommandError when it cannot be read."""
    if name == "-":
        return parse(sys.stdin.buffer.read(), filename="<stdin>", check=check)
    try:
        return parse(Path(name), filename=name, check=check)
    except IsADirectoryError:
        raise CommandError(name, "is a directory, not a label file") from None
    except OSError as exc:
        raise CommandError(name, f"cannot read: {exc.strerror or exc}") from None


def report(result: ReadResult, stream=None) -> None:
    """Print each problem of `result` as FILE:LINE:COL: severity: message."""
    stream = stream or sys.stderr
    for problem in result.problems:
        print(problem, file=stream)


def fail(message: str) -> int:
    """Print `error: message` on stderr; the exit code for a problem the user can fix."""
    print(f"error: {message}", file=sys.stderr)
    return 1
