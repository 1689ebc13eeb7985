"""The Xpyun cloud client: one typed method per endpoint, signed requests, safe retries.

One `requests.Session`, explicit connect/read timeouts, a JSON body with the platform's exact
content type, a timestamp computed once per request. Queries retry with backoff on transport
errors. Every print carries an `idempotent` value made once per job and reused on every retry,
so a print whose answer was lost can be retried without printing twice; 1013 on a retry means
the first attempt was accepted, and counts as success. The UserKEY is held privately and never
appears in a repr, a log or an error.
"""

from __future__ import annotations

import logging
import os
import random
import time
import uuid
from collections.abc import Callable
from typing import Any

import requests
import requests.adapters

from designer.cloud.errors import (
    CloudConnectionError,
    CloudHTTPError,
    CloudProtocolError,
    CloudTimeoutError,
    CloudTLSError,
    OrderIdempotentError,
    OrderNotFoundError,
    TransportError,
    platform_error,
)
from designer.cloud.models import PrinterState, PrinterStatus, PrintResult
from designer.cloud.signing import sign, timestamp

DEFAULT_BASE_URL = "https://open-barcode.xpyun.net/api/openapi/sprinter"
BASE_URL_ENV = "XPLABEL_BASE_URL"
CONTENT_TYPE = "application/json;charset=UTF-8"
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
        attempts: int = 3,
        backoff: float = 0.5,
        session: requests.Session | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.user = user.strip()
        self._key = _Secret(key.strip())
        self.base_url = (base_url or os.environ.get(BASE_URL_ENV) or DEFAULT_BASE_URL).rstrip("/")
        self.timeout = (connect_timeout, read_timeout)
        self.attempts = max(1, attempts)
        self.backoff = backoff
        if session is None:
            session = requests.Session()
            adapter = requests.adapters.HTTPAdapter(pool_connections=4, pool_maxsize=16)
            session.mount("http://", adapter)
            session.mount("https://", adapter)
        self.session = session
        self._sleep = sleep

    def __repr__(self) -> str:
        return f"XpyunClient(user={self.user!r}, base_url={self.base_url!r})"

    def close(self) -> None:
        """Close the connection pool."""
        self.session.close()

    # --- transport -------------------------------------------------------------------------

    def _post_once(self, endpoint: str, fields: dict[str, Any]) -> Any:
        ts = timestamp()
        body = {"user": self.user, "timestamp": ts, "sign": sign(self.user, self._key.reveal(), ts)}
        body.update({k: v for k, v in fields.items() if v is not None})
        url = f"{self.base_url}/{endpoint}"
        try:
            response = self.session.post(
                url, json=body, headers={"Content-Type": CONTENT_TYPE}, timeout=self.timeout
            )
        except requests.exceptions.SSLError as exc:
            raise CloudTLSError(
                f"secure connection to {self.base_url} failed",
                "check the computer's date and the network (a proxy may intercept TLS)",
            ) from exc
        except requests.exceptions.Timeout as exc:
            raise CloudTimeoutError(
                f"no answer from {self.base_url} in time",
                "the cloud or the network is slow; try again",
            ) from exc
        except requests.exceptions.ConnectionError as exc:
            raise CloudConnectionError(
                f"cannot reach {self.base_url}",
                "check the network connection and the base URL",
            ) from exc
        if response.status_code != 200:
            raise CloudHTTPError(
                response.status_code,
                f"{self.base_url} answered HTTP {response.status_code} to {endpoint}",
                "the cloud may be down, or the base URL is wrong",
            )
        try:
            answer = response.json()
            code = int(answer["code"])
        except (ValueError, KeyError, TypeError) as exc:
            raise CloudProtocolError(
                f"{self.base_url} did not answer {endpoint} with the platform's JSON",
                "the base URL may point at something other than the Xpyun cloud",
            ) from exc
        if code != 0:
            raise platform_error(code, str(answer.get("msg", "")), endpoint, answer.get("data"))
        return answer.get("data")

    def _post(self, endpoint: str, fields: dict[str, Any], *, is_print: bool = False) -> Any:
        """Post with retries on transport errors; a print's retry answered 1013 is success."""
        last: TransportError | None = None
        for attempt in range(self.attempts):
            if attempt:
                delay = self.backoff * (2 ** (attempt - 1)) * (0.5 + random.random())
                log.info("retrying %s in %.2f s after: %s", endpoint, delay, last)
                self._sleep(delay)
            try:
                return self._post_once(endpoint, fields)
            except OrderIdempotentError as exc:
                if is_print and attempt:
                    return _AlreadyAccepted(exc)
                raise
            except TransportError as exc:
                last = exc
        assert last is not None
        raise last

    def _print(self, endpoint: str, fields: dict[str, Any], idempotent: str | None) -> PrintResult:
        key = idempotent or new_idempotent()
        data = self._post(endpoint, {**fields, "idempotent": key}, is_print=True)
        if isinstance(data, _AlreadyAccepted):
            return PrintResult(data.order_id, key, retried=True)
        return PrintResult(str(data), key)

    # --- endpoints -------------------------------------------------------------------------

    def verify_printer(self, sn: str, name: str) -> bool:
        """Add a printer to the account (verifyPrinter)."""
        return bool(self._post("verifyPrinter", {"sn": sn, "name": name}))

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
        return self._print("print", fields, idempotent)

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
        fields = {
            "sn": sn,
            "content": image_base64,
            "copies": copies,
            "mode": mode,
            "compress": compress,
            "paperType": paper_type,
            "paperWidth": paper_width,
            "blackOffsetLength": black_offset_length,
            "direct": direct,
            "expiresIn": expires_in,
        }
        return self._print("printImage", fields, idempotent)

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
        fields = {
            "sn": sn,
            "content": label_xml,
            "copies": copies,
            "mode": mode,
            "direct": direct,
            "expiresIn": expires_in,
        }
        return self._print("printLabel", fields, idempotent)

    def del_printer_queue(self, sn: str, order_ids: list[str] | None = None) -> bool:
        """Clear the printer's queue, or drop only up to 10 given orders (delPrinterQueue)."""
        ids = ",".join(order_ids) if order_ids else None
        return bool(self._post("delPrinterQueue", {"sn": sn, "orderId": ids}))

    def query_order_state(self, order_id: str) -> bool:
        """True when the order has printed (queryOrderState)."""
        return bool(self._post("queryOrderState", {"orderId": order_id}))

    def query_printer_status(self, sn: str) -> PrinterStatus:
        """The printer's state and firmware (queryPrinterStatus)."""
        data = self._post("queryPrinterStatus", {"sn": sn})
        try:
            return PrinterStatus(PrinterState(int(data["status"])), str(data.get("version", "")))
        except (TypeError, KeyError, ValueError) as exc:
            raise CloudProtocolError(
                "queryPrinterStatus answered an unexpected status",
                "the cloud's answer changed; please report it",
            ) from exc

    def get_await_tasks(self, sn: str) -> int:
        """How many orders wait in the printer's queue (getAwaitTasks)."""
        data = self._post("getAwaitTasks", {"sn": sn})
        try:
            return int(data)
        except (TypeError, ValueError) as exc:
            raise CloudProtocolError(
                "getAwaitTasks answered something other than a number",
                "the cloud's answer changed; please report it",
            ) from exc

    def send_voice(self, sn: str, text: str) -> None:
        """Have the printer speak a reply (sendTmallSpiritVoice)."""
        self._post("sendTmallSpiritVoice", {"sn": sn, "content": text})

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
        data = self._post("uploadLogo", fields)
        return str(data) if data else None

    def check_credentials(self) -> None:
        """Raise the platform's error when the user or key is wrong (a harmless signed query)."""
        try:
            self.query_order_state("XPLABEL-CREDENTIAL-CHECK")
        except OrderNotFoundError:
            return  # the signature passed; the made-up order is, rightly, unknown


class _AlreadyAccepted:
    """A print's retry was answered 1013: the first attempt got through."""

    def __init__(self, exc: OrderIdempotentError) -> None:
        self.order_id = exc.data if isinstance(exc.data, str) and exc.data else None
