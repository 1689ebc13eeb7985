"""The account dialog: the platform user and UserKEY (the key goes to the keyring only), a
connection test with a clear message for a wrong key, an unknown user or an unreachable cloud,
and (advanced) the base URL."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from designer.cloud.base_url import DEFAULT_BASE_URL, check_base_url
from designer.cloud.errors import (
    BaseUrlError,
    CloudError,
    RequestSignFailedError,
    RequestUserNotRegisterError,
    TransportError,
)
from designer.qt.cloud_link import CloudLink
from designer.qt.cloud_words import describe
from designer.services import credentials
from designer.services.account import client_for
from designer.services.settings import Settings

if TYPE_CHECKING:
    from designer.cloud.client import XpyunClient


class AccountDialog(QDialog):
    """Sign in to the platform."""

    def __init__(self, link: CloudLink, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.link = link
        self.setWindowTitle(self.tr("Xpyun account"))
        self.setMinimumWidth(440)
        settings = Settings.load()
        given = link._client  # a window given its client (the demo's) is signed in as its user
        self.user = QLineEdit(settings.user or (given.user if given is not None else ""))
        self.key = QLineEdit()
        self.key.setEchoMode(QLineEdit.EchoMode.Password)
        self.key.setPlaceholderText(self.tr("UserKEY (kept in the system keyring only)"))
        self.base_url = QLineEdit(settings.base_url)
        self.base_url.setPlaceholderText(DEFAULT_BASE_URL)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setObjectName("result")
        test = QPushButton(self.tr("Test connection"))
        test.clicked.connect(self.test)
        for edit in (self.user, self.key, self.base_url):  # the placeholders read in full
            hint = edit.fontMetrics().horizontalAdvance(edit.placeholderText()) + 24
            edit.setMinimumWidth(max(240, hint))
        form = QFormLayout(self)
        form.addRow(self.tr("User"), self.user)
        form.addRow(self.tr("UserKEY"), self.key)
        form.addRow(self.tr("Base URL (advanced)"), self.base_url)
        form.addRow(test, self.result)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _base_url(self) -> str:
        """The base URL typed (checked; BaseUrlError saying why it cannot be one), or ''."""
        text = self.base_url.text().strip()
        return check_base_url(text, self.tr("Base URL")) if text else ""

    def _client(self) -> XpyunClient:
        return client_for(self.user.text(), self.key.text(), self._base_url() or None, attempts=1)

    def explain(self, error: CloudError | None) -> str:
        """What a connection test's outcome means for the user."""
        if error is None:
            return self.tr("Connected: the user and UserKEY are right.")
        if isinstance(error, RequestSignFailedError):
            return self.tr(
                "Wrong UserKEY, or this computer's clock is off: check both, then test again."
            )
        if isinstance(error, RequestUserNotRegisterError):
            return self.tr(
                "Unknown user: this account is not registered on the platform; check the user."
            )
        if isinstance(error, TransportError):
            return self.tr("The cloud cannot be reached: %s") % describe(error)
        return describe(error)

    def test(self) -> None:
        """Check the user and key against the cloud, in the background."""
        if not self.user.text().strip() or not self.key.text().strip():
            self.result.setText(self.tr("Enter the user and the UserKEY first."))
            return
        try:
            client = self._client()
        except BaseUrlError as exc:
            self.result.setText(describe(exc))
            return
        self.result.setText(self.tr("Testing…"))
        self.link.run(
            lambda c: c.check_credentials(),
            lambda _r, error: self.result.setText(self.explain(error)),
            client=client,
        )

    def save(self) -> None:
        """Keep the key in the keyring and the user and base URL in the settings."""
        user, key = self.user.text().strip(), self.key.text().strip()
        if not user:
            self.result.setText(self.tr("Enter the user."))
            return
        try:
            base_url = self._base_url()  # a bad URL is refused before anything is kept
            if key:
                credentials.store_key(user, key)
            settings = Settings.load()
            settings.user, settings.base_url = user, base_url
            settings.save()
        except CloudError as exc:
            self.result.setText(describe(exc))
            return
        self.key.clear()
        self.link.set_client(None)  # the next request signs in with the saved account
        self.accept()
