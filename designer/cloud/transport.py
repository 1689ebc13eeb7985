"""HTTP for the client: one session, a whole-request deadline, a size cap, and no redirects.

- Every request has one deadline for all of it (connect, send, headers, body), kept by the
  `Watchdog`; `cancel()` stops everything in flight (Ctrl+C, a closing window).
- Redirects are never followed (to another host or the same one): the signed body is never
  sent anywhere but the base URL, and never twice by this layer.
- An answer over 1 MB is refused (by its Content-Length before reading, else while reading).
- Every exception `requests`, `urllib3`, `http.client` or the socket layer can raise becomes one
  of our `TransportError`s, each knowing whether the request may have reached the cloud: a
  failure once the request had started to go out is `maybe_arrived` (an unknown outcome for a
  print), a failure to connect is not.
"""

from __future__ import annotations

import http.client
import threading
import time
from dataclasses import dataclass
from typing import Any

import requests
import requests.adapters
import urllib3
import urllib3.connection
import urllib3.connectionpool

from designer.cloud.answers import MAX_ANSWER_BYTES
from designer.cloud.errors import (
    CloudCancelledError,
    CloudConnectionError,
    CloudError,
    CloudProtocolError,
    CloudTimeoutError,
    CloudTLSError,
    TransportError,
)
from designer.cloud.watchdog import CANCELLED, DEADLINE, Watch, Watchdog
from designer.model.messages import message

_current = threading.local()  # the watch of the request this thread is making


class _Tracked:
    """A connection that hands its socket to the current request's watch."""

    sock: Any

    def connect(self) -> None:
        super().connect()  # type: ignore[misc]
        watch: Watch | None = getattr(_current, "watch", None)
        if watch is not None:
            watch.add(self.sock)
            if watch.in_request:
                watch.sending = True

    def request(self, *args: Any, **kwargs: Any) -> Any:
        watch: Watch | None = getattr(_current, "watch", None)
        if watch is not None:
            watch.in_request = True
            if self.sock is not None:
                watch.add(self.sock)
                watch.sending = True
        return super().request(*args, **kwargs)  # type: ignore[misc]


class _HTTPConnection(_Tracked, urllib3.connection.HTTPConnection):
    pass


class _HTTPSConnection(_Tracked, urllib3.connection.HTTPSConnection):
    pass


class _HTTPPool(urllib3.connectionpool.HTTPConnectionPool):
    ConnectionCls = _HTTPConnection


class _HTTPSPool(urllib3.connectionpool.HTTPSConnectionPool):
    ConnectionCls = _HTTPSConnection


class _Adapter(requests.adapters.HTTPAdapter):
    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        super().init_poolmanager(*args, **kwargs)
        self.poolmanager.pool_classes_by_scheme = {"http": _HTTPPool, "https": _HTTPSPool}


@dataclass(frozen=True, slots=True)
class Reply:
    """An HTTP answer, read whole: status, headers, body."""

    status: int
    headers: Any
    body: bytes


class Transport:
    """Posts bytes and reads the answer, within a deadline, over one pooled session."""

    def __init__(self, session: requests.Session | None = None) -> None:
        if session is None:
            session = requests.Session()
            adapter = _Adapter(pool_connections=4, pool_maxsize=16, max_retries=0)
            session.mount("http://", adapter)
            session.mount("https://", adapter)
        self.session = session
        self.watchdog = Watchdog()

    def close(self) -> None:
        """Close the connection pool."""
        self.session.close()

    def cancel(self) -> None:
        """Stop every request in flight, and refuse the ones after."""
        self.watchdog.cancel_all()

    def pause(self, seconds: float) -> None:
        """Wait between attempts; CloudCancelledError at once when cancelled meanwhile."""
        if self.watchdog.cancelled.wait(max(0.0, seconds)):
            raise CloudCancelledError(message("cancelled"), message("nothing more was sent"))

    def post(
        self,
        url: str,
        body: bytes,
        headers: dict[str, str],
        *,
        deadline: float,
        connect_timeout: float,
        read_timeout: float,
        where: str,
    ) -> Reply:
        """POST `body` to `url` and read the whole answer before `deadline` (time.monotonic).

        `where` names the server in messages (the base URL). Raises a TransportError.
        """
        started = time.monotonic()
        remaining = deadline - started
        if remaining <= 0:
            raise CloudTimeoutError(
                message("no time was left to ask {where}", where=where),
                message("raise the time limit (--timeout SECONDS)"),
            )
        watch = self.watchdog.watch(deadline)
        _current.watch = watch
        try:
            if watch.stopped == CANCELLED:
                raise CloudCancelledError(message("cancelled"), message("nothing was sent"))
            response = self.session.post(
                url,
                data=body,
                headers=headers,
                timeout=(min(connect_timeout, remaining), min(read_timeout, remaining)),
                stream=True,
                allow_redirects=False,
            )
            try:
                data = _read_capped(response, where)
            finally:
                response.close()
            return Reply(response.status_code, response.headers, data)
        except CloudError:
            raise
        except (
            requests.RequestException,
            urllib3.exceptions.HTTPError,
            http.client.HTTPException,
            OSError,
            ValueError,
            UnicodeError,
            OverflowError,
        ) as exc:
            raise _mapped(exc, watch, where, started) from exc
        finally:
            _current.watch = None
            self.watchdog.end(watch)


def _read_capped(response: requests.Response, where: str) -> bytes:
    length = response.headers.get("Content-Length", "")
    if length.strip().isdigit() and int(length) > MAX_ANSWER_BYTES:
        raise _too_big(where, int(length))
    chunks, size = [], 0
    for chunk in response.iter_content(64 * 1024):
        size += len(chunk)
        if size > MAX_ANSWER_BYTES:
            raise _too_big(where, size)
        chunks.append(chunk)
    return b"".join(chunks)


def _too_big(where: str, size: int) -> CloudProtocolError:
    return CloudProtocolError(
        message(
            "{where} sent an answer of over {kb} KB; the platform's answers are a few KB, so it "
            "was refused unread past 1 MB",
            where=where,
            kb=size // 1024,
        ),
        message("the base URL may point at something other than the Xpyun barcode cloud"),
        maybe_arrived=True,
    )


_GARBLED = (requests.exceptions.ContentDecodingError, requests.exceptions.ChunkedEncodingError)


def _mapped(exc: BaseException, watch: Watch, where: str, started: float) -> TransportError:
    """Our error for whatever went wrong on the way, knowing whether the request had left."""
    arrived = watch.sending
    if watch.stopped == CANCELLED:
        return CloudCancelledError(
            message("cancelled"),
            message("the request may have reached the cloud")
            if arrived
            else message("nothing was sent"),
            maybe_arrived=arrived,  # a print cut off on its way has an unknown outcome
        )
    if watch.stopped == DEADLINE or isinstance(exc, requests.Timeout):
        took = max(0.0, time.monotonic() - started)
        if not arrived:
            return CloudTimeoutError(
                message(
                    "could not connect to {where} in time ({took:.0f} s)", where=where, took=took
                ),
                message("check the network connection and the base URL"),
            )
        return CloudTimeoutError(
            message("no complete answer from {where} in {took:.0f} s", where=where, took=took),
            message("the cloud or the network is slow; try again"),
            maybe_arrived=True,
        )
    if isinstance(exc, requests.exceptions.SSLError):
        return CloudTLSError(
            message("secure connection to {where} failed", where=where),
            message("check the computer's date and the network (a proxy may intercept TLS)"),
            maybe_arrived=arrived,
        )
    if isinstance(exc, _GARBLED):
        return CloudProtocolError(
            message(
                "the answer from {where} was cut off or garbled ({error})",
                where=where,
                error=type(exc).__name__,
            ),
            message("the connection or the cloud failed mid-answer; try again"),
            maybe_arrived=True,
        )
    if isinstance(exc, requests.exceptions.InvalidURL | requests.exceptions.MissingSchema):
        return CloudConnectionError(
            message("cannot make a request to {where}", where=where),
            message("check the base URL"),
            maybe_arrived=False,
        )
    if not arrived:
        return CloudConnectionError(
            message("cannot reach {where}", where=where),
            message("check the network connection and the base URL"),
        )
    return CloudConnectionError(
        message(
            "the connection to {where} broke before the whole answer came ({error})",
            where=where,
            error=type(exc).__name__,
        ),
        message("the network or the cloud failed mid-request; try again"),
        maybe_arrived=True,
    )
