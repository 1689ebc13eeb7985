"""The cloud's typed errors: one class per platform code, and one per way the transport can fail.

The platform's classes are written out (a type checker and a reader see them); `PLATFORM_ERRORS`
maps each code of the table in `codes.py` to its class, and a test holds the two to agreement.
None of them ever holds the UserKEY: messages are built from the platform's answer (cleaned of
control characters), the endpoint and the base URL only.

Their text is English (what the command line prints); where it is made from a template
(`designer.model.messages.message`), the template travels in `args[0]` and the window says it
in its own language. A platform code's Chinese is in the codes table.
"""

from __future__ import annotations

from typing import ClassVar

from designer.cloud.codes import result_code
from designer.model.messages import Message, message
from designer.model.quote import Verbatim


class CloudError(Exception):
    """Anything that went wrong talking to the cloud."""

    guidance = ""

    def _explain(self, what: str, guidance: str) -> None:
        """Keep `guidance` and make the error's text "{what}: {guidance}" (a Message)."""
        self.guidance = guidance
        super().__init__(message("{what}: {guidance}", what=what, guidance=guidance))


class PlatformError(CloudError):
    """The platform answered with a code other than 0."""

    code: ClassVar[int | None] = None  # each subclass: the code it stands for

    def __init__(
        self, code: int | None = None, msg: str = "", endpoint: str = "", data: object = None
    ) -> None:
        code = type(self).code if code is None else code
        if code is None:
            raise TypeError("PlatformError needs the platform's code")
        self.result = result_code(code, msg)
        self.data = data
        self.code = code  # type: ignore[misc]  # the instance's code, even on the base class
        self.msg = msg or self.result.msg
        self.endpoint = endpoint
        self.guidance = self.result.guidance
        super().__init__(f"{self.msg} (code {code}): {self.guidance}")


class RequestHeaderError(PlatformError):
    """-1 REQUEST_HEADER_ERROR: the request's content type is wrong."""

    code = -1


class RequestParamInvalidError(PlatformError):
    """-2 REQUEST_PARAM_INVALID: a field is empty, malformed or out of range."""

    code = -2


class RequestSignFailedError(PlatformError):
    """-3 REQUEST_SIGN_FAILED: the signature is wrong (user, UserKEY or clock)."""

    code = -3


class RequestUserNotRegisterError(PlatformError):
    """-4 REQUEST_USER_NOT_REGISTER: the account is not registered."""

    code = -4


class SnUserNotMatchError(PlatformError):
    """1001 SN_USER_NOT_MATCH: the printer belongs to another account."""

    code = 1001


class PrinterNotRegisterError(PlatformError):
    """1002 PRINTER_NOT_REGISTER: the printer is not added to the account."""

    code = 1002


class PrinterOfflineError(PlatformError):
    """1003 PRINTER_OFFLINE: the printer has no network connection."""

    code = 1003


class AddOrderFailedError(PlatformError):
    """1004 ADD_ORDER_FAILED: the order is too large."""

    code = 1004


class OrderNotFoundError(PlatformError):
    """1005 ORDER_NOT_FOUND: the order id is unknown or expired."""

    code = 1005


class OrderDateInvalidError(PlatformError):
    """1006 ORDER_DATE_INVALID: the order's format or size is invalid."""

    code = 1006


class SnInvalidError(PlatformError):
    """1008 SN_INVALID: not an Xpyun cloud printer serial number."""

    code = 1008


class PrinterExistError(PlatformError):
    """1009 PRINTER_EXIST: the printer is already added (to this account)."""

    code = 1009


class PrinterExceptionError(PlatformError):
    """1010 PRINTER_EXCEPTION: the serial number could not be verified."""

    code = 1010


class PrinterNotReportVersionError(PlatformError):
    """1011 PRINTER_NOT_REPORT_VERSION: the printer has not reported its firmware."""

    code = 1011


class UserNotRegisterError(PlatformError):
    """1012 USER_NOT_REGISTER: the account is not registered."""

    code = 1012


class OrderIdempotentError(PlatformError):
    """1013 ORDER_IDEMPOTENT: an order with this idempotency value was already accepted."""

    code = 1013


class OrderIdempotentLimitlenError(PlatformError):
    """1014 ORDER_IDEMPOTENT_LIMITLEN: the idempotency value is over 50 characters."""

    code = 1014


class PrinterUnknowError(PlatformError):
    """1015 PRINTER_UNKNOW_ERROR: an unknown printer error."""

    code = 1015


class LogoFormatError(PlatformError):
    """1016 LOGO_FORMAT_ERROR: the logo is not a PNG, JPG or BMP."""

    code = 1016


class LogoSizeLargeError(PlatformError):
    """1017 LOGO_SIZE_LARGE: the logo is over 500 KB."""

    code = 1017


class LogoUploadTimesError(PlatformError):
    """1018 LOGO_UPLOAD_TIMES: the day's logo uploads are used up."""

    code = 1018


PLATFORM_ERRORS: dict[int, type[PlatformError]] = {
    cls.code: cls
    for cls in (
        RequestHeaderError,
        RequestParamInvalidError,
        RequestSignFailedError,
        RequestUserNotRegisterError,
        SnUserNotMatchError,
        PrinterNotRegisterError,
        PrinterOfflineError,
        AddOrderFailedError,
        OrderNotFoundError,
        OrderDateInvalidError,
        SnInvalidError,
        PrinterExistError,
        PrinterExceptionError,
        PrinterNotReportVersionError,
        UserNotRegisterError,
        OrderIdempotentError,
        OrderIdempotentLimitlenError,
        PrinterUnknowError,
        LogoFormatError,
        LogoSizeLargeError,
        LogoUploadTimesError,
    )
    if cls.code is not None
}
"""The error class of every documented code, e.g. PLATFORM_ERRORS[1003] is PrinterOfflineError."""


def platform_error(code: int, msg: str, endpoint: str = "", data: object = None) -> PlatformError:
    """The typed error for a platform code (with the answer's data, if any)."""
    cls = PLATFORM_ERRORS.get(code, PlatformError)
    return cls(code, msg, endpoint, data)


class WrongPlatformError(CloudError):
    """The answer of another Xpyun platform: a receipt-cloud account used on the barcode cloud."""

    def __init__(self, base_url: str, msg: str) -> None:
        self._explain(
            message("{url} answered {msg}", url=base_url, msg=msg or "Token Forbidden"),
            message(
                "this looks like an account of Xpyun's receipt cloud (open.xpyun.net, "
                "/api/openapi/xprinter), not of the barcode cloud this program prints to "
                "(open-barcode.xpyun.net, /api/openapi/sprinter); sign in with a barcode-cloud "
                "account (xplabel account login), or check the base URL"
            ),
        )


class CloudForbiddenError(CloudError):
    """HTTP 403: the server refuses this client; retrying will not help."""

    def __init__(self, base_url: str, endpoint: str) -> None:
        self._explain(
            message(
                "{url} answered HTTP 403 Forbidden to {endpoint}", url=base_url, endpoint=endpoint
            ),
            message(
                "the server refuses access (an IP allow-list, a proxy or a firewall); check the "
                "base URL and the network, or ask Xpyun"
            ),
        )


class BaseUrlError(CloudError):
    """A base URL that cannot be the platform's (not http(s), no host, a bad port, ...)."""

    def __init__(self, url: str, reason: str, where: str = "") -> None:
        self.url = url
        if where:
            what = message(
                "the base URL {url!r} ({where}) {reason}",
                url=url,
                where=Verbatim(where),
                reason=reason,
            )
        else:
            what = message("the base URL {url!r} {reason}", url=url, reason=reason)
        self._explain(
            what,
            message(
                "give the API's base URL, e.g. https://open-barcode.xpyun.net/api/openapi/sprinter"
            ),
        )


class PrinterNotAddedError(CloudError):
    """verifyPrinter answered success with data false: the printer was not added."""

    def __init__(self, sn: str) -> None:
        self._explain(
            message("the cloud did not add printer {sn} (verifyPrinter answered false)", sn=sn),
            message(
                "check the SN on the printer's own label, that the printer is switched on and "
                "connected, then try again; or add it in the Xpyun web console"
            ),
        )


class CredentialsError(CloudError):
    """No usable credentials: none stored, or no keyring to store them in.

    `signed_out` is True when what is missing is the account or its key (signing in helps),
    False when the keyring itself cannot be used."""

    def __init__(self, text: str, *, signed_out: bool = False) -> None:
        self.signed_out = signed_out
        super().__init__(text)


class TransportError(CloudError):
    """The request did not get a platform answer.

    `maybe_arrived` is True when the request may have reached the cloud (it was sent, and the
    answer was lost, cut off, late or unreadable): for a print, its outcome is unknown.
    `retry` is False when trying again cannot help (a redirect, the time limit, a cancel).
    """

    unreachable = True  # the command line exits 3 for these
    retry = True

    def __init__(self, what: str, guidance: str, *, maybe_arrived: bool = False) -> None:
        self.what = what
        self.maybe_arrived = maybe_arrived
        self._explain(what, guidance)


class CloudTimeoutError(TransportError):
    """No (complete) answer in time."""


class CloudConnectionError(TransportError):
    """The connection was refused, reset or dropped."""


class CloudTLSError(TransportError):
    """The secure connection could not be set up (certificate or TLS failure)."""


class CloudHTTPError(TransportError):
    """The server answered with an HTTP error status instead of the platform's JSON."""

    def __init__(self, status: int, message: str, guidance: str, **kw: bool) -> None:
        self.status = status
        super().__init__(message, guidance, **kw)


class CloudRateLimitedError(CloudHTTPError):
    """HTTP 429: too many requests; `retry_after` seconds to wait, when the server said."""

    def __init__(self, base_url: str, retry_after: float | None) -> None:
        self.retry_after = retry_after
        if retry_after is not None:
            what = message(
                "{url} says too many requests (HTTP 429); it asks to wait {seconds:g} s",
                url=base_url,
                seconds=retry_after,
            )
        else:
            what = message("{url} says too many requests (HTTP 429)", url=base_url)
        super().__init__(
            429,
            what,
            message("wait a minute and try again; fewer printers polled at once also helps"),
        )


class CloudRedirectError(TransportError):
    """The server answered with a redirect; it is never followed (the body is never resent)."""

    retry = False

    def __init__(self, base_url: str, status: int, location: str) -> None:
        self.status, self.location = status, location
        super().__init__(
            message(
                "{url} redirects (HTTP {status}) to {location}; redirects are not followed, so "
                "the signed request goes nowhere else",
                url=base_url,
                status=status,
                location=location or message("nowhere"),
            ),
            message(
                "check the base URL (xplabel account login --base-url URL, or XPLABEL_BASE_URL)"
            ),
        )


class CloudProtocolError(TransportError):
    """The answer was not the platform's JSON, or not what the spec says the endpoint answers."""


class CloudCancelledError(TransportError):
    """The request was cancelled (Ctrl+C, or the window closing)."""

    retry = False


class OutcomeUnknownError(TransportError):
    """A print request may have reached the cloud, but its answer never came back whole."""

    retry = False

    def __init__(self, what: str, cause: CloudError, sn: str = "") -> None:
        self.cause, self.sn = cause, sn
        super().__init__(
            message(
                "{what}: outcome unknown: the cloud may have accepted it, but its answer was "
                "lost ({cause})",
                what=what,
                cause=cause.args[0] if cause.args and isinstance(cause.args[0], Message) else cause,
            ),
            message(
                "do not print it again blindly: check `xplabel printer queue {sn}` and the "
                "printer; running the same command again within 5 minutes is safe (it reuses "
                "the order's idempotency value, so it cannot print twice)",
                sn=sn or "SN",
            ),
            maybe_arrived=True,
        )


class EarlierOutcomeUnknownError(TransportError):
    """An earlier run of a print lost its answer, and the platform no longer remembers its
    idempotency value (about 5 minutes): sending it again could print it twice, so it is not."""

    retry = False

    def __init__(self, what: str, since: str, sn: str) -> None:
        super().__init__(
            message(
                "{what}: outcome unknown: an earlier attempt (at {since}) may have printed it, "
                "and the 5 minutes in which resending is safe have passed, so it was not sent "
                "again",
                what=what,
                since=since,
            ),
            message(
                "check `xplabel printer queue {sn}` and the printer (and `xplabel order ID` for "
                "any order id the history shows); to print it anyway, run the same command with "
                "--again",
                sn=sn,
            ),
            maybe_arrived=True,
        )
