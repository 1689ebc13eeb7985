"""A problem of a label document: what is wrong, how bad, which label and element it concerns."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Severity(StrEnum):
    """How bad a problem is."""

    ERROR = "error"  # the label cannot print as meant; it is not sent
    WARNING = "warning"  # it prints, but probably not as meant


@dataclass(frozen=True, slots=True)
class Problem:
    """One problem: what is wrong, how bad, and where (label and element index, attribute)."""

    severity: Severity
    message: str
    label: int | None = None  # index in page.labels; None for the page itself
    element: int | None = None  # index in label.elements; None for the label itself
    attr: str | None = None

    @property
    def is_error(self) -> bool:
        """True for an error, False for a warning."""
        return self.severity is Severity.ERROR


def error(message: str, attr: str | None = None) -> Problem:
    """An error of the element being checked (its place is filled in by the validator)."""
    return Problem(Severity.ERROR, message, None, None, attr)


def warning(message: str, attr: str | None = None) -> Problem:
    """A warning of the element being checked (its place is filled in by the validator)."""
    return Problem(Severity.WARNING, message, None, None, attr)
