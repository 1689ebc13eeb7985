"""What went wrong with the cloud, in the window's language and in the window's terms.

A platform code is shown, in Chinese, with the spec's own status and guidance (附录 1, kept in
`designer.cloud.codes`) and our hint where the spec gives none; in English, with the code's
English digest. Every other cloud error (a timeout, a refused connection, a garbled answer,
the keyring) is translated by its template. Where the command line's advice names a command
(`xplabel account login`), the window says where the same thing is in the window instead.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from designer.cloud.errors import (
    CredentialsError,
    PlatformError,
    TransportError,
)
from designer.model.messages import Message
from designer.qt.i18n.messages import say
from designer.qt.i18n.translator import current_language


def chinese() -> bool:
    """True when the window speaks Chinese."""
    return current_language().startswith("zh")


def platform_words(error: PlatformError) -> str:
    """A platform code's meaning and what to do: the spec's Chinese in Chinese, else English."""
    code = error.result
    if not chinese() or not code.zh_status:
        return str(error)
    advice = "；".join(part.rstrip("。") for part in (code.zh_guidance, code.zh_hint) if part)
    head = f"{code.zh_status}（{error.code} {error.msg}）"
    return f"{head}：{advice}。" if advice else f"{head}。"


def describe(error: BaseException | None) -> str:
    """`error` as the window shows it to a person: what went wrong and what to do."""
    if error is None:
        return ""
    if isinstance(error, PlatformError):
        return platform_words(error)
    if isinstance(error, CredentialsError) and error.signed_out:
        return QCoreApplication.translate(
            "CloudWords",
            "No platform account is signed in on this computer: sign in with File > Account… "
            "(the UserKEY is kept in the system's keyring).",
        )
    text = error.args[0] if error.args else ""
    if isinstance(text, Message):
        return say(text)
    return str(error)


def headline(error: BaseException) -> str:
    """What went wrong, without the command line's advice (for a question that gives the
    window's own): a transport error's first half; anything else as `describe` says it."""
    if isinstance(error, TransportError) and isinstance(error.what, Message):
        return say(error.what)
    return describe(error)
