"""The API base URL: checked when it is set, so a typo is refused with a reason, not a traceback.

`check_base_url` accepts `http(s)://host[:port]/path` (http is for a simulator or a test cloud),
and refuses what cannot be the platform: no scheme or another one (`notaurl`, `ftp://x`,
`htp:/typo`), no host (`http://`), a broken address (`http://[::1`), a port that is not a number
from 1 to 65535 (the README's `PORT` placeholder pasted as is, `99999`), user names or passwords,
a query or fragment, spaces and control characters.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from designer.cloud.errors import BaseUrlError
from designer.model.messages import message

DEFAULT_BASE_URL = "https://open-barcode.xpyun.net/api/openapi/sprinter"
BASE_URL_ENV = "XPLABEL_BASE_URL"
_BAD_CHARS = re.compile(r"[\s\x00-\x1f\x7f]")


def check_base_url(url: str, where: str = "") -> str:
    """`url` without a trailing slash when it can be an API base URL; BaseUrlError saying why not.

    `where` names where the URL came from (an environment variable, the settings) for the message.
    """
    text = url.strip()
    if not text:
        raise BaseUrlError(url, message("is empty"), where)
    if _BAD_CHARS.search(text):
        raise BaseUrlError(url, message("contains spaces or control characters"), where)
    try:
        parts = urlsplit(text)
    except ValueError as exc:
        raise BaseUrlError(
            url, message("cannot be read as a URL ({reason})", reason=str(exc)), where
        ) from None
    if parts.scheme.lower() not in ("http", "https"):
        reason = (
            message("must start with https:// (or http://), not {scheme}:", scheme=parts.scheme)
            if parts.scheme
            else message("must start with https:// (or http://), it has no scheme")
        )
        raise BaseUrlError(url, reason, where)
    if not parts.hostname:
        raise BaseUrlError(url, message("names no host"), where)
    if parts.username is not None or parts.password is not None:
        raise BaseUrlError(url, message("must not carry a user name or password"), where)
    try:
        port = parts.port
    except ValueError:
        port_text = parts.netloc.rsplit(":", 1)[-1]
        reason = message(
            "has the port {port!r}, which is not a number from 1 to 65535 (replace a "
            "placeholder such as PORT with the real port)",
            port=port_text,
        )
        raise BaseUrlError(url, reason, where) from None
    if port == 0:
        raise BaseUrlError(
            url, message("has the port 0, which is not a number from 1 to 65535"), where
        )
    if parts.query or parts.fragment:
        raise BaseUrlError(url, message("must not have a ?query or #fragment"), where)
    return text.rstrip("/")
