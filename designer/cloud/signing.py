"""Request signing: SHA-1 of user + UserKEY + timestamp, lowercase hex (a pure function)."""

from __future__ import annotations

import hashlib
import time


def sign(user: str, key: str, timestamp: str) -> str:
    """The platform's `sign` for `user`, `key` and `timestamp`: 40 lowercase hex digits."""
    return hashlib.sha1(f"{user}{key}{timestamp}".encode()).hexdigest()


def timestamp(now: float | None = None) -> str:
    """The current Unix time as the platform wants it: 10 digits, seconds."""
    return str(int(time.time() if now is None else now))
