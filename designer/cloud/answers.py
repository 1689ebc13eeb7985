"""Reading the platform's answers: the JSON envelope, and each endpoint's `data` as the spec says.

Every answer is checked, never trusted: `code` must be a whole number (not 0.5, not 1e999, not
true), `msg` a string (shown only cleaned of control characters and cut short), and `data` what
the endpoint answers (an order id string, a bool, a count, a status object). Anything else is a
`CloudProtocolError` that says what came instead, so a stranger answer never reaches the user as
`order None` or a dict called "printed".
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from designer.cloud.errors import CloudProtocolError, WrongPlatformError
from designer.cloud.models import PrinterState, PrinterStatus
from designer.model.messages import message

MAX_ANSWER_BYTES = 1024 * 1024
"""An answer body larger than this is refused unread (no endpoint answers more than a few KB)."""
TEXT_LIMIT = 200
RECEIPT_CLOUD_STATUS = 40301  # {"status": 40301, "msg": "Token Forbidden"}: the other platform
_ANSI = re.compile(r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)?|.)?")
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069]")
_ORDER_ID = re.compile(r"[A-Za-z0-9_.:-]{1,100}")


def clean_text(value: object, limit: int = TEXT_LIMIT) -> str:
    """`value` as text fit for a terminal or a dialog: escape sequences and control characters
    (and bidirectional overrides) removed, whitespace runs made one space, at most `limit`
    characters."""
    text = value if isinstance(value, str) else repr(value)
    if len(text) > limit * 4:
        text = text[: limit * 4]
    text = _CONTROL.sub(" ", _ANSI.sub("", text))
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


@dataclass(frozen=True, slots=True)
class Envelope:
    """The platform's answer: its code, its message (cleaned) and its data."""

    code: int
    msg: str
    data: Any


def _no_constants(name: str) -> float:
    raise ValueError(f"{name} is not a JSON number the platform sends")


def envelope(body: bytes, base_url: str, endpoint: str) -> Envelope:
    """The answer's envelope; CloudProtocolError (or WrongPlatformError) when it is not one."""

    def bad(what: str) -> CloudProtocolError:
        return CloudProtocolError(
            message(
                "{url} answered {endpoint} with {what}, not the platform's JSON",
                url=base_url,
                endpoint=endpoint,
                what=what,
            ),
            message("the base URL may point at something other than the Xpyun barcode cloud"),
            maybe_arrived=True,
        )

    try:
        answer = json.loads(body.decode("utf-8"), parse_constant=_no_constants)
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        seen = clean_text(body[:60])
        raise bad(message("{n} bytes of something else ({seen})", n=len(body), seen=seen)) from exc
    if not isinstance(answer, dict):
        raise bad(message("a JSON {type}", type=type(answer).__name__))
    msg = clean_text(answer.get("msg", ""))
    if "code" not in answer:
        status = answer.get("status")
        if status == RECEIPT_CLOUD_STATUS or "token forbidden" in msg.lower():
            raise WrongPlatformError(base_url, msg)
        raise bad(message("JSON without a code ({seen})", seen=clean_text(answer)))
    code = answer["code"]
    if isinstance(code, bool) or not isinstance(code, int):
        seen = clean_text(code, 40)
        raise bad(message("the code {seen}, which is not a whole number", seen=seen))
    return Envelope(code, msg, answer.get("data"))


# --- what each endpoint's data must be -----------------------------------------------------------


def _wrong(endpoint: str, expected: str, data: object) -> CloudProtocolError:
    return CloudProtocolError(
        message(
            "{endpoint} answered success with {seen} ({type}) where the platform sends {expected}",
            endpoint=endpoint,
            seen=clean_text(data, 60),
            type=type(data).__name__,
            expected=expected,
        ),
        message("the cloud's answer is not what its API promises; try again later or report it"),
        maybe_arrived=True,
    )


def order_id(endpoint: str, data: object) -> str:
    """A print's order id: a short string of letters, digits and - _ . :"""
    if isinstance(data, str) and _ORDER_ID.fullmatch(data):
        return data
    raise _wrong(endpoint, message("an order id string"), data)


def order_id_or_none(endpoint: str, data: object) -> str | None:
    """uploadLogo: an order id when a proof prints, else nothing (`""` or null)."""
    if data is None or data == "":
        return None
    return order_id(endpoint, data)


def boolean(endpoint: str, data: object) -> bool:
    """verifyPrinter, delPrinterQueue, queryOrderState: true or false."""
    if isinstance(data, bool):
        return data
    raise _wrong(endpoint, message("true or false"), data)


def count(endpoint: str, data: object) -> int:
    """getAwaitTasks: a whole number of orders, not negative."""
    if isinstance(data, int) and not isinstance(data, bool) and 0 <= data < 10**9:
        return data
    raise _wrong(endpoint, message("a count of orders"), data)


def status(endpoint: str, data: object) -> PrinterStatus:
    """queryPrinterStatus: {"status": 0|1|2, "version": firmware}."""
    if isinstance(data, dict):
        state, version = data.get("status"), data.get("version", "")
        if (
            isinstance(state, int)
            and not isinstance(state, bool)
            and state in {s.value for s in PrinterState}
            and isinstance(version, str | None)
        ):
            return PrinterStatus(PrinterState(state), clean_text(version or "", 40))
    raise _wrong(endpoint, message('an object {{"status": 0, 1 or 2, "version": text}}'), data)


def nothing(endpoint: str, data: object) -> None:
    """sendTmallSpiritVoice: the data means nothing (the spec shows "")."""
    return None


Expectation = Callable[[str, object], Any]
