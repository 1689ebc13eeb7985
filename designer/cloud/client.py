"""The Xpyun cloud client: one typed method per endpoint, signed requests, safe retries.

One transport (a pooled session, a deadline for each whole request, no redirects, answers
capped at 1 MB), a JSON body with the platform's exact content type, a timestamp computed once
per request. Every answer is checked against what the spec says the endpoint answers
(`answers.py`). Transport failures are retried with backoff and jitter; HTTP 429 waits as long
as Retry-After asks; 403, redirects and the receipt cloud's "Token Forbidden" are final. An
optional `deadline` (time.monotonic) bounds everything a command does.

Every print carries an `idempotent` value made once per job and reused on every retry, so a
print whose answer was lost can be retried without printing twice; 1013 on a retry (or, with
`seen_before`, on the first attempt of a rerun) means the order was accepted. When every
attempt failed and one of them may have reached the cloud, the print's outcome is unknown:
`OutcomeUnknownError`. The UserKEY is held privately and never appears in a repr, a log or an
error.
"""

from __future__ import annotations

import email.utils
import json
import logging
import os
import random
import time
import uuid
from collections.abc import Callable
from contextlib import suppress
from typing import Any

import requests

from designer.cloud import answers
from designer.cloud.answers import Expectation, clean_text, envelope
from designer.cloud.base_url import BASE_URL_ENV, DEFAULT_BASE_URL, check_base_url
from designer.cloud.errors import (
    CloudError,
    CloudForbiddenError,
    CloudHTTPError,
    CloudProtocolError,
    CloudRateLimitedError,
    CloudRedirectError,
    OrderIdempotentError,
    OrderNotFoundError,
    OutcomeUnknownError,
    PlatformError,
    TransportError,
    platform_error,
)
from designer.cloud.models import PrinterStatus, PrintResult
from designer.cloud.order_fields import image_fields, label_fields
from designer.cloud.signing import sign, timestamp
from designer.cloud.transport import Transport
from designer.model.messages import message

__all__ = [
    "BASE_URL_ENV",
    "DEFAULT_BASE_URL",
    "XpyunClient",
    "image_fields",
    "label_fields",
    "new_idempotent",
]
CONTENT_TYPE = "application/json;charset=UTF-8"
MAX_RETRY_AFTER = 120.0
log = logging.getLogger(__name__)


def new_idempotent() -> str:
    """A fresh idempotency value for one print job (32 hex characters, under the 50 allowed)."""
    return uuid.uuid4().hex


class _Secret:
    """Holds the UserKEY; shows nothing of it."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def reveal(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return "<UserKEY hidden>"


class XpyunClient:
    """A client of the platform for one account."""

    def __init__(
        self,
        user: str,
        key: str,
        base_url: str | None = None,
        *,
        connect_timeout: float = 5.0,
        read_timeout: float = 15.0,
        request_timeout: float | None = None,
        attempts: int = 3,
        backoff: float = 0.5,
        deadline: float | None = None,
        session: requests.Session | None = None,
        sleep: Callable[[float], None] | None = None,
    ) -> None:
        self.user = user.strip()
        self._key = _Secret(key.strip())
        if base_url:
            self.base_url = check_base_url(base_url)
        elif os.environ.get(BASE_URL_ENV):
            self.base_url = check_base_url(os.environ[BASE_URL_ENV], BASE_URL_ENV)
        else:
            self.base_url = DEFAULT_BASE_URL
        self.connect_timeout, self.read_timeout = connect_timeout, read_timeout
        self.request_timeout = request_timeout or connect_timeout + read_timeout
        self.attempts = max(1, attempts)
        self.backoff = backoff
        self.deadline = deadline
        self.transport = Transport(session)
        self._sleep = sleep or self.transport.pause

    def __repr__(self) -> str:
        return f"XpyunClient(user={self.user!r}, base_url={self.base_url!r})"

    def close(self) -> None:
        """Close the connection pool."""
        self.transport.close()

    def cancel(self) -> None:
        """Stop every request in flight at once and send no more (Ctrl+C, a closing window)."""
        self.transport.cancel()

    # --- transport -------------------------------------------------------------------------

    def _request_deadline(self) -> float:
        deadline = time.monotonic() + self.request_timeout
        return deadline if self.deadline is None else min(deadline, self.deadline)

    def _post_once(self, endpoint: str, fields: dict[str, Any], expect: Expectation) -> Any:
        ts = timestamp()
        body = {"user": self.user, "timestamp": ts, "sign": sign(self.user, self._key.reveal(), ts)}
        body.update({k: v for k, v in fields.items() if v is not None})
        reply = self.transport.post(
            f"{self.base_url}/{endpoint}",
            json.dumps(body, ensure_ascii=False).encode("utf-8"),
            {"Content-Type": CONTENT_TYPE, "Accept-Encoding": "identity"},
            deadline=self._request_deadline(),
            connect_timeout=self.connect_timeout,
            read_timeout=self.read_timeout,
            where=self.base_url,
        )
        status = reply.status
        if 300 <= status < 400:
            location = clean_text(reply.headers.get("Location", ""), 200)
            raise CloudRedirectError(self.base_url, status, location)
        if status != 200:
            with suppress(CloudProtocolError):  # the other platform's JSON names the real cause
                envelope(reply.body, self.base_url, endpoint)
            raise self._http_error(status, endpoint, reply.headers)
        answer = envelope(reply.body, self.base_url, endpoint)
        if answer.code != 0:
            raise platform_error(answer.code, answer.msg, endpoint, answer.data)
        return expect(endpoint, answer.data)

    def _http_error(self, status: int, endpoint: str, headers: Any) -> CloudError:
        if status == 403:
            return CloudForbiddenError(self.base_url, endpoint)
        if status == 429:
            return CloudRateLimitedError(self.base_url, retry_after(headers.get("Retry-After")))
        error = CloudHTTPError(
            status,
            message(
                "{url} answered HTTP {status} to {endpoint}",
                url=self.base_url,
                status=status,
                endpoint=endpoint,
            ),
            message("the cloud may be down, or the base URL is wrong"),
            maybe_arrived=status >= 500,
        )
        error.retry = status >= 500  # a 4xx will not change by asking again
        return error

    def _post(
        self,
        endpoint: str,
        fields: dict[str, Any],
        expect: Expectation,
        *,
        is_print: bool = False,
        seen_before: bool = False,
    ) -> Any:
        """Post with retries on transport errors; a print's 1013 on a retry is success."""
        last: CloudError | None = None
        maybe_arrived = False
        for attempt in range(self.attempts):
            if attempt:
                delay = self._delay(attempt, last)
                if delay is None:
                    break
                log.info("retrying %s in %.2f s after: %s", endpoint, delay, last)
                self._sleep(delay)
            try:
                return self._post_once(endpoint, fields, expect)
            except OrderIdempotentError as exc:
                if is_print and (attempt or seen_before):
                    return _AlreadyAccepted(exc)
                raise
            except PlatformError as exc:
                if is_print and maybe_arrived:  # an earlier attempt may have been accepted
                    last = exc
                    break
                raise
            except TransportError as exc:
                last = exc
                maybe_arrived = maybe_arrived or exc.maybe_arrived
                if not exc.retry:
                    break
        assert last is not None
        if is_print and maybe_arrived:
            raise OutcomeUnknownError(endpoint, last, str(fields.get("sn", "")))
        raise last

    def _delay(self, attempt: int, last: CloudError | None) -> float | None:
        """Seconds to wait before the next attempt, or None when no attempt fits the deadline."""
        if isinstance(last, CloudRateLimitedError) and last.retry_after is not None:
            delay = min(last.retry_after, MAX_RETRY_AFTER)
        else:
            delay = self.backoff * (2 ** (attempt - 1)) * (0.5 + random.random())
        if self.deadline is not None and time.monotonic() + delay >= self.deadline:
            return None
        return delay

    def send_print(
        self,
        endpoint: str,
        fields: dict[str, Any],
        idempotent: str | None = None,
        *,
        seen_before: bool = False,
    ) -> PrintResult:
        """Send one print order (`print`, `printImage` or `printLabel`) with its idempotency
        value; `seen_before` when the value may have reached the cloud in an earlier run."""
        key = idempotent or new_idempotent()
        data = self._post(
            endpoint,
            {**fields, "idempotent": key},
            answers.order_id,
            is_print=True,
            seen_before=seen_before,
        )
        if isinstance(data, _AlreadyAccepted):
            return PrintResult(data.order_id, key, retried=True)
        return PrintResult(data, key)

    # --- endpoints -------------------------------------------------------------------------

    def verify_printer(self, sn: str, name: str) -> bool:
        """Add a printer to the account (verifyPrinter); False when the cloud did not add it."""
        return self._post("verifyPrinter", {"sn": sn, "name": name}, answers.boolean)

    def print_url(
        self,
        sn: str,
        url: str,
        *,
        copies: int = 1,
        mode: int = 0,
        idempotent: str | None = None,
        expires_in: int | None = None,
    ) -> PrintResult:
        """Print the TXT file at a public URL (print)."""
        fields = {"sn": sn, "content": url, "copies": copies, "mode": mode, "expiresIn": expires_in}
        return self.send_print("print", fields, idempotent)

    def print_image(
        self,
        sn: str,
        image_base64: str,
        *,
        copies: int = 1,
        mode: int = 0,
        compress: bool = True,
        paper_type: str = "N",
        paper_width: int = 384,
        black_offset_length: int | None = None,
        direct: bool = False,
        idempotent: str | None = None,
        expires_in: int | None = None,
    ) -> PrintResult:
        """Print a base64 image without a data: prefix (printImage)."""
        fields = image_fields(
            sn,
            image_base64,
            copies=copies,
            mode=mode,
            compress=compress,
            paper_type=paper_type,
            paper_width=paper_width,
            black_offset_length=black_offset_length,
            direct=direct,
            expires_in=expires_in,
        )
        return self.send_print("printImage", fields, idempotent)

    def print_label(
        self,
        sn: str,
        label_xml: str,
        *,
        copies: int = 1,
        mode: int = 0,
        direct: bool = False,
        idempotent: str | None = None,
        expires_in: int | None = None,
    ) -> PrintResult:
        """Print label XML (printLabel)."""
        fields = label_fields(
            sn, label_xml, copies=copies, mode=mode, direct=direct, expires_in=expires_in
        )
        return self.send_print("printLabel", fields, idempotent)

    def del_printer_queue(self, sn: str, order_ids: list[str] | None = None) -> bool:
        """Clear the printer's queue, or drop only up to 10 given orders (delPrinterQueue)."""
        ids = ",".join(order_ids) if order_ids else None
        return self._post("delPrinterQueue", {"sn": sn, "orderId": ids}, answers.boolean)

    def query_order_state(self, order_id: str) -> bool:
        """True when the order has printed (queryOrderState)."""
        return self._post("queryOrderState", {"orderId": order_id}, answers.boolean)

    def query_printer_status(self, sn: str) -> PrinterStatus:
        """The printer's state and firmware (queryPrinterStatus)."""
        return self._post("queryPrinterStatus", {"sn": sn}, answers.status)

    def get_await_tasks(self, sn: str) -> int:
        """How many orders wait in the printer's queue (getAwaitTasks)."""
        return self._post("getAwaitTasks", {"sn": sn}, answers.count)

    def send_voice(self, sn: str, text: str) -> None:
        """Have the printer speak a reply (sendTmallSpiritVoice)."""
        self._post("sendTmallSpiritVoice", {"sn": sn, "content": text}, answers.nothing)

    def upload_logo(
        self,
        sn: str,
        image_base64: str,
        *,
        image_size: int = 200,
        print_logo: bool = False,
        paper_type: int | None = None,
    ) -> str | None:
        """Upload the printer's logo (uploadLogo); the proof's order id when one prints."""
        fields = {
            "sn": sn,
            "content": image_base64,
            "imageSize": image_size,
            "printLogo": print_logo,
            "paperType": paper_type if print_logo else None,
        }
        return self._post("uploadLogo", fields, answers.order_id_or_none)

    def check_credentials(self) -> None:
        """Raise the platform's error when the user or key is wrong (a harmless signed query)."""
        try:
            self.query_order_state("XPLABEL-CREDENTIAL-CHECK")
        except OrderNotFoundError:
            return  # the signature passed; the made-up order is, rightly, unknown


def retry_after(value: str | None) -> float | None:
    """Seconds a Retry-After header asks to wait (a number or an HTTP date), or None."""
    if not value:
        return None
    text = value.strip()
    try:
        seconds = float(text)
    except ValueError:
        try:
            when = email.utils.parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            return None
        if when is None:
            return None
        seconds = when.timestamp() - time.time()
    if seconds != seconds or seconds < 0:  # NaN, or a date already past
        return 0.0
    return min(seconds, MAX_RETRY_AFTER)


class _AlreadyAccepted:
    """A print's retry (or a rerun) was answered 1013: an earlier attempt got through."""

    def __init__(self, exc: OrderIdempotentError) -> None:
        try:
            self.order_id = answers.order_id_or_none("printLabel", exc.data)
        except CloudProtocolError:
            self.order_id = None
