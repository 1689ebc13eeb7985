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

DEFAULT_BASE_URL = "https://open-barcode.xpyun.net/api/openapi/sprinter"
BASE_URL_ENV = "XPLABEL_BASE_URL"
_BAD_CHARS = re.compile(r"[\s\x00-\x1f\x7f]")


def check_base_url(url: str, where: str = "") -> str:
    """`url` without a trailing slash when it can be an API base URL; BaseUrlError saying why not.

    `where` names where the URL came from (an environment variable, the settings) for the message.
    """
    text = url.strip()
    if not text:
        raise BaseUrlError(url, "is empty", where)
    if _BAD_CHARS.search(text):
        raise BaseUrlError(url, "contains spaces or control characters", where)
    try:
        parts = urlsplit(text)
    except ValueError as exc:
        raise BaseUrlError(url, f"cannot be read as a URL ({exc})", where) from None
    if parts.scheme.lower() not in ("http", "https"):
        seen = f"not {parts.scheme}:" if parts.scheme else "it has no scheme"
        raise BaseUrlError(url, f"must start with https:// (or http://), {seen}", where)
    if not parts.hostname:
        raise BaseUrlError(url, "names no host", where)
    if parts.username is not None or parts.password is not None:
        raise BaseUrlError(url, "must not carry a user name or password", where)
    try:
        port = parts.port
    except ValueError:
        port_text = parts.netloc.rsplit(":", 1)[-1]
        raise BaseUrlError(
            url,
            f"has the port {port_text!r}, which is not a number from 1 to 65535 (replace a "
            "placeholder such as PORT with the real port)",
            where,
        ) from None
    if port == 0:
        raise BaseUrlError(url, "has the port 0, which is not a number from 1 to 65535", where)
    if parts.query or parts.fragment:
        raise BaseUrlError(url, "must not have a ?query or #fragment", where)
    return text.rstrip("/")
