"""The window's link to the cloud: every request runs on a worker pool, never on the GUI thread.

Results come back as Qt signals (queued across threads). A few requests run at a time; the
client is made from the credentials in force (`services.account`, as the command line makes
it), or given (the demo's simulator). Stopping cancels what is in flight: every socket is shut
at once, so a closing window never waits on a stalled cloud.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QThreadPool

from designer.cloud.errors import CloudError
from designer.model.messages import Message
from designer.qt.background import run_in_background
from designer.services.store import StoreError

if TYPE_CHECKING:
    from designer.cloud.client import XpyunClient

MAX_IN_FLIGHT = 4


def _as_cloud_error(exc: Exception) -> CloudError:
    """What went wrong on a worker, as the window's callbacks take it: a CloudError."""
    if isinstance(exc, CloudError):
        return exc
    if isinstance(exc, StoreError):
        return CloudError(str(exc))
    said = exc.args[0] if exc.args else None
    if isinstance(said, Message):  # an error the services word (a batch being sent)
        return CloudError(said)
    return CloudError(f"unexpected error: {exc}")


class CloudLink(QObject):
    """Runs cloud work in the background and calls back on the GUI thread."""

    def __init__(self, client: XpyunClient | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._client = client
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(MAX_IN_FLIGHT)

    def client(self) -> XpyunClient:
        """The client for the account in force (CredentialsError when there is none)."""
        if self._client is None:
            from designer.services.account import make_client  # requests: only once needed

            self._client = make_client()
        return self._client

    def signed_in(self) -> bool:
        """True when there is an account to ask the cloud with (a client, or credentials in
        force: the environment's or the keyring's)."""
        if self._client is not None:
            return True
        from designer.cloud.errors import CredentialsError
        from designer.services.credentials import load_credentials

        try:
            load_credentials()
        except CredentialsError:
            return False
        return True

    def set_client(self, client: XpyunClient | None) -> None:
        """Use another account (or none until asked)."""
        self._client = client

    def run(
        self,
        work: Callable[[XpyunClient], Any],
        on_done: Callable[[Any, CloudError | None], None],
        client: XpyunClient | None = None,
    ) -> None:
        """Do `work(client)` on a worker (the account's client unless one is given);
        `on_done(result, error)` runs on the GUI thread."""

        def job() -> Any:
            return work(client or self.client())

        def finished(result: Any, error: Exception | None) -> None:
            on_done(result, None if error is None else _as_cloud_error(error))

        # on the link's own pool; no callback once the link (and its window) is gone
        run_in_background(self, job, finished, self.pool)

    def stop(self, timeout_ms: int = 5000) -> None:
        """Start no more requests and cancel those in flight (their sockets are shut)."""
        self.pool.clear()
        if self._client is not None:
            self._client.cancel()
        self.pool.waitForDone(timeout_ms)
