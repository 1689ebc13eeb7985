"""What the commands share: reading a label file the way the user named it, and reporting."""

from __future__ import annotations

import sys

from designer.labelxml import ReadResult, parse
from designer.labelxml.reader import Check
from designer.model import validate
from designer.services.files import MAX_LABEL_XML_BYTES, read_input


class CommandError(Exception):
    """A problem with a file the user named, said in one line; the command exits with code 1."""

    def __init__(self, file: str, message: str) -> None:
        super().__init__(f"{file}: {message}")
        self.file = file
        self.message = message


def read_source(name: str, check: Check = validate) -> ReadResult:
    """Parse the label file `name` (`-` is standard input); CommandError when it cannot be read:
    not there, not a regular file (a FIFO, a device), or over 64 MB (refused unread)."""
    return parse_source(read_label_bytes(name), name, check)


def read_label_bytes(name: str) -> bytes:
    """The bytes of the label file `name` (`-`: stdin), as `read_source` reads them."""
    return read_bytes(name, MAX_LABEL_XML_BYTES, "label XML file")


def parse_source(data: bytes, name: str, check: Check = validate) -> ReadResult:
    """The label file `name`, already read (`read_label_bytes`), parsed and checked."""
    return parse(data, filename=_shown(name), check=check)


def read_bytes(name: str, limit: int, what: str) -> bytes:
    """The bytes of the file `name` (`-`: stdin), at most `limit`; CommandError saying why not."""
    try:
        return read_input(name, limit, what)
    except IsADirectoryError:
        raise CommandError(_shown(name), f"is a directory, not a {what}") from None
    except OSError as exc:
        raise CommandError(_shown(name), f"cannot read: {exc.strerror or exc}") from None


def read_image(name: str, limit: int, what: str) -> bytes:
    """An image file for the printer (`what`: "a logo", "the image"): its bytes when it is a
    PNG, JPG or BMP of at most `limit` bytes; CommandError saying why not."""
    from designer.services.logos import is_printable_image

    data = read_bytes(name, limit, "image")
    if not is_printable_image(data):
        raise CommandError(_shown(name), f"{what} must be a PNG, JPG or BMP image")
    return data


def _shown(name: str) -> str:
    return "<stdin>" if name == "-" else name


def report(result: ReadResult, stream=None) -> None:
    """Print each problem of `result` as FILE:LINE:COL: severity: message."""
    stream = stream or sys.stderr
    for problem in result.problems:
        print(problem, file=stream)


def fail(message: str) -> int:
    """Print `error: message` on stderr; the exit code for a problem the user can fix."""
    print(f"error: {message}", file=sys.stderr)
    return 1
