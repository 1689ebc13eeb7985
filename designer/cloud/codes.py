"""The platform's result codes: message and what the user should do. The one table of them.

The client turns a code into a typed error carrying this guidance; the simulator answers with
these messages; the window and the command line show the guidance.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ResultCode:
    """One result code of the platform."""

    code: int
    msg: str
    guidance: str


_CODES = (
    ResultCode(0, "ok", "success"),
    ResultCode(
        -1,
        "REQUEST_HEADER_ERROR",
        "the request header is wrong; it must be Content-Type: application/json;"
        "charset=UTF-8 (a bug in this program: please report it)",
    ),
    ResultCode(
        -2,
        "REQUEST_PARAM_INVALID",
        "a field is empty, malformed or out of range; check what you entered",
    ),
    ResultCode(
        -3,
        "REQUEST_SIGN_FAILED",
        "the signature is wrong: check the user name and UserKEY (xplabel account login) "
        "and this computer's clock",
    ),
    ResultCode(
        -4,
        "REQUEST_USER_NOT_REGISTER",
        "this account is not registered on the platform; check the user name or contact Xpyun",
    ),
    ResultCode(
        1001, "SN_USER_NOT_MATCH", "the printer belongs to another account; remove it there first"
    ),
    ResultCode(
        1002,
        "PRINTER_NOT_REGISTER",
        "add the printer first (xplabel printer add SN NAME, or the web console)",
    ),
    ResultCode(
        1003,
        "PRINTER_OFFLINE",
        "the printer has no network connection; check its power and network, or print "
        "with mode 1 to queue the order until it is back",
    ),
    ResultCode(1004, "ADD_ORDER_FAILED", "the order is too large; split it and send it in batches"),
    ResultCode(1005, "ORDER_NOT_FOUND", "the order id is unknown or has expired"),
    ResultCode(1006, "ORDER_DATE_INVALID", "the order's format or size is invalid"),
    ResultCode(
        1008,
        "SN_INVALID",
        "this is not an Xpyun cloud printer serial number; check the SN on the printer's label",
    ),
    ResultCode(1009, "PRINTER_EXIST", "the printer is already added to this account"),
    ResultCode(
        1010, "PRINTER_EXCEPTION", "the serial number could not be verified; try again later"
    ),
    ResultCode(
        1011,
        "PRINTER_NOT_REPORT_VERSION",
        "the printer has not reported its firmware version yet; try again once it is online",
    ),
    ResultCode(
        1012, "USER_NOT_REGISTER", "this account is not registered on the platform; contact Xpyun"
    ),
    ResultCode(
        1013,
        "ORDER_IDEMPOTENT",
        "this order was already accepted (same idempotency value); it will not print twice",
    ),
    ResultCode(
        1014, "ORDER_IDEMPOTENT_LIMITLEN", "the idempotency value is longer than 50 characters"
    ),
    ResultCode(1015, "PRINTER_UNKNOW_ERROR", "unknown printer error; restart the printer"),
    ResultCode(
        1016,
        "LOGO_FORMAT_ERROR",
        "the logo must be a PNG, JPG or BMP image (base64 without a data: prefix)",
    ),
    ResultCode(1017, "LOGO_SIZE_LARGE", "the logo is larger than 500 KB; make it smaller"),
    ResultCode(
        1018,
        "LOGO_UPLOAD_TIMES",
        "the logo upload limit is reached (5 per printer per day); try again tomorrow",
    ),
)

RESULT_CODES: dict[int, ResultCode] = {c.code: c for c in _CODES}
"""Every result code the platform documents, by number."""


def result_code(code: int, msg: str = "") -> ResultCode:
    """The documented code, or one made from what the platform said for an undocumented one."""
    known = RESULT_CODES.get(code)
    if known is not None:
        return known
    return ResultCode(code, msg or f"code {code}", "the platform refused the request")
