"""Quoting what the user wrote in a message: never more than 80 characters of it, so an error
about a 20 MB attribute is one short line, not 20 MB on the terminal."""

from __future__ import annotations

QUOTE_LIMIT = 80


def quoted(value: object, limit: int = QUOTE_LIMIT, *, bare: bool = False) -> str:
    """`repr(value)` (or, `bare`, the text itself), cut to `limit` characters of the value with
    its full length named when it was longer."""
    if not isinstance(value, str):
        shown = repr(value)
        return shown if len(shown) <= limit else shown[: limit - 1] + "…"
    if len(value) <= limit:
        return value if bare else repr(value)
    cut = value[: limit - 1]
    return f"{cut if bare else repr(cut)}… ({len(value):,} characters)"


def excerpt(text: str, most: int = 30, *, plain_quotes: bool = False) -> str:
    """A few words of `text` for a message or a summary: on one line (each run of white space
    one space), cut to `most` characters (the last an ellipsis) when longer, and quoted as
    `repr` writes it, or with `plain_quotes` between single quotes as it is."""
    line = " ".join(text.split())
    if len(line) > most:
        line = line[: most - 1] + "…"
    return f"'{line}'" if plain_quotes else repr(line)


class Clipped(str):
    """Text the user wrote, as a message quotes it: `{x!r}` and `{x}` show at most QUOTE_LIMIT
    characters of it (with its full length named), whatever its length."""

    __slots__ = ()

    def __repr__(self) -> str:
        return quoted(str(self))

    def __format__(self, spec: str) -> str:
        return format(quoted(str(self), bare=True), spec)


class Verbatim(str):
    """The program's own text put into a message (a settings file's path, where a value came
    from): not the user's, so it is shown whole."""

    __slots__ = ()


def clipped(value: object) -> object:
    """`value` ready for a message: plain text clipped (see Clipped), anything else as it is."""
    return Clipped(value) if type(value) is str else value
