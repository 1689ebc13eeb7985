"""The shell commands of README.md's fenced blocks, by section (standard library only).

`tests/test_readme.py` runs them; `.ci/run` runs the Quick start's through this module's command
line, so the README's commands are the ones CI proves:

    python3 tests/readme.py commands "Quick start"    # one command a line; as root, without sudo
"""

from __future__ import annotations

import os
import re
import sys
from dataclasses import dataclass
from pathlib import Path

README = Path(__file__).resolve().parent.parent / "README.md"
FENCE = re.compile(r"^```(sh|bash|shell|console)\s*$")
PLACEHOLDER = re.compile(r"<([A-Z][A-Z0-9_]*)>")
"""How the README marks what a user fills in: `<PORT>`, `<KEY>`."""


@dataclass(frozen=True)
class Block:
    """One fenced shell block: the headings it is under (outermost first) and its commands."""

    headings: tuple[str, ...]
    commands: tuple[str, ...]
    line: int

    @property
    def section(self) -> str:
        """The level-2 heading the block is under."""
        return self.headings[0] if self.headings else ""


def blocks(text: str) -> list[Block]:
    """Every fenced shell block of a Markdown text, with its commands: blank lines and comment
    lines dropped, lines ending in a backslash joined to the next."""
    found: list[Block] = []
    headings: list[str] = []
    lines = text.splitlines()
    index = 0
    while index < len(lines):
        line = lines[index]
        heading = re.match(r"^(#{2,6}) (.+)$", line)
        if heading:
            level = len(heading.group(1)) - 2
            headings = [*headings[:level], heading.group(2).strip()]
        elif FENCE.match(line):
            start, body = index + 1, []
            index += 1
            while index < len(lines) and lines[index].strip() != "```":
                body.append(lines[index])
                index += 1
            found.append(Block(tuple(headings), tuple(join_commands(body)), start))
        index += 1
    return found


def join_commands(lines: list[str]) -> list[str]:
    """Commands from a block's lines (continuations joined, blanks and comments dropped)."""
    commands: list[str] = []
    pending = ""
    for line in lines:
        if not pending and (not line.strip() or line.lstrip().startswith("#")):
            continue
        if line.rstrip().endswith("\\"):
            pending += line.rstrip()[:-1]
            continue
        commands.append((pending + line).strip())
        pending = ""
    if pending:
        commands.append(pending.strip())
    return commands


def section_commands(section: str, text: str | None = None) -> list[str]:
    """The commands of every block under the heading `section`, in order."""
    text = README.read_text("utf-8") if text is None else text
    return [c for b in blocks(text) if section in b.headings for c in b.commands]


def as_root(command: str) -> str:
    """The command as root runs it: a leading `sudo ` dropped (CI runs as root, without sudo)."""
    return command.removeprefix("sudo ")


def main(argv: list[str]) -> int:
    if len(argv) != 2 or argv[0] != "commands":
        print('usage: python3 tests/readme.py commands "SECTION"', file=sys.stderr)
        return 2
    commands = section_commands(argv[1])
    if not commands:
        print(f"README.md has no commands under {argv[1]!r}", file=sys.stderr)
        return 1
    for command in commands:
        print(as_root(command) if os.geteuid() == 0 else command)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
