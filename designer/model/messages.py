"""Messages a person reads (a label's problems, barcode rules, the reader's complaints): English
text that remembers how it was made, so that the window can say it in the user's language.

A `Message` *is* a `str`: the English text, byte for byte what the command line prints and what
tests compare. It also carries its template (`"{tag} is empty"`), the arguments that filled it
and the translation context the template belongs to. `message(template, **args)` makes one;
`term(text, context)` marks a word from a table (a symbology's name, a rule) so that it is
translated too where it stands inside a message. An argument that is itself a `Message` is
translated with its sentence; any other argument (a number, the user's data) is put in as is.

The window translates by template (`designer.qt.i18n.messages.say`) and fills in the arguments.
Every template is a literal string in a `message(...)` call, so a script finds them all in the
sources and lists them for Qt's translation tools (`designer/qt/i18n/table_strings.py`, kept
up to date by `packaging/update-translations`; a test fails when it is not).
"""

from __future__ import annotations

from collections.abc import Mapping

from designer.model.quote import clipped

MESSAGES = "Messages"
"""The translation context of the templates of `message(...)`."""
SCHEMA = "Schema"
"""The translation context of the schema table's words: titles, help, choices, the fonts' and
symbologies' names and rules, the page presets."""


class Message(str):
    """English text that knows its template, its arguments and its translation context.

    `args` is None for a `term` (its template is the text itself, not a format string)."""

    template: str
    args: Mapping[str, object] | None
    context: str

    def __new__(
        cls, template: str, args: Mapping[str, object] | None = None, context: str = MESSAGES
    ) -> Message:
        text = template if args is None else template.format_map(args)
        self = super().__new__(cls, text)
        self.template = template
        self.args = args
        self.context = context
        return self

    def __reduce__(self) -> tuple:
        return (Message, (self.template, self.args, self.context))

    def __repr__(self) -> str:
        return f"Message({str.__repr__(self)})"


class MessageError(ValueError):
    """A value that cannot be used, and why, for the user: its first argument is the `Message`
    (kept as is, so the window says it in its language; `str(exc)` is the English text)."""

    @property
    def message(self) -> str:
        """Why, as it was raised: a `Message` when it was made by `message(...)`."""
        return self.args[0] if self.args else ""


def message(template: str, /, **args: object) -> Message:
    """The message `template` filled with `args` (`str.format` fields: `{name}`, `{size:g}`).

    `template` must be a literal string where this is called: the translation catalogue is made
    from the calls in the sources."""
    return Message(template, {name: clipped(value) for name, value in args.items()})


def term(text: str, context: str) -> Message:
    """`text` from one of the model's tables (a symbology's name or rule, a schema title), to be
    translated in `context` where a message uses it."""
    return Message(text, None, context)
