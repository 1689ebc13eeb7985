"""What became of an order, as the print journal writes it and the history shows it: one word
each. Kept apart from the journal so that the history (which the window lists at start) does
not load the journal's machinery before the first print."""

from __future__ import annotations

SENDING, ACCEPTED, REFUSED, UNKNOWN, NOT_SENT = (
    "sending",
    "accepted",
    "refused",
    "unknown",
    "not_sent",
)
PRINTED, GONE = "printed", "gone"  # what the history learns later: printed, or no longer known
DONE_STATES = frozenset({ACCEPTED, PRINTED, GONE})
"""States of an order the cloud took: a rerun of its job never sends it again."""
