"""What the client accepts from the cloud and from the user: error classes that match the code
table, answers checked against the spec, server text cleaned, base URLs refused with a reason,
and every exception requests/urllib3 can raise turned into one of ours."""

from __future__ import annotations

import inspect
import json

import pytest
import requests
import requests.adapters
import urllib3

from designer.cloud import errors as E
from designer.cloud.answers import clean_text, envelope
from designer.cloud.base_url import check_base_url
from designer.cloud.client import XpyunClient, retry_after
from designer.cloud.codes import RESULT_CODES
from designer.cloud.signing import sign
from designer.model.messages import Message


def test_signing_known_answer() -> None:
    # the spec's example, computed by hand: printf %s accabcacbc | sha1sum
    assert sign("acc", "abc", "acbc") == "249b4580bf4f6859f46053235f13db914e5f9705"


def test_the_plain_error_classes_and_the_code_table_agree() -> None:
    assert set(E.PLATFORM_ERRORS) == set(RESULT_CODES) - {0}
    declared = [
        cls
        for _, cls in inspect.getmembers(E, inspect.isclass)
        if issubclass(cls, E.PlatformError) and cls is not E.PlatformError
    ]
    assert sorted(declared, key=lambda c: c.code) == sorted(
        E.PLATFORM_ERRORS.values(), key=lambda c: c.code
    )
    for code, cls in E.PLATFORM_ERRORS.items():
        msg = RESULT_CODES[code].msg
        name = "".join(part.capitalize() for part in msg.split("_"))
        assert cls.__name__ == (name if name.endswith("Error") else name + "Error")
        error = cls()
        assert (error.code, error.msg, error.guidance) == (code, msg, RESULT_CODES[code].guidance)
        assert E.platform_error(code, "", "x").__class__ is cls
    unknown = E.platform_error(4242, "SOMETHING_NEW")
    assert type(unknown) is E.PlatformError and unknown.code == 4242


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (b'{"code": 1e999, "msg": "ok", "data": "x"}', "not a whole number"),
        (b'{"code": 0.5, "msg": "ok", "data": "x"}', "not a whole number"),
        (b'{"code": true, "msg": "ok"}', "not a whole number"),
        (b'{"code": NaN}', "something else"),
        (b'{"msg": "ok"}', "without a code"),
        (b"[1, 2]", "a JSON list"),
        (b"<html>", "something else"),
        (b"[" * 100_000 + b"]" * 100_000, "something else"),
        (b"\xff\xfe", "something else"),
    ],
)
def test_an_envelope_that_is_not_the_platforms_is_a_protocol_error(
    body: bytes, expected: str
) -> None:
    with pytest.raises(E.CloudProtocolError, match=expected) as exc:
        envelope(body, "http://x", "printLabel")
    assert exc.value.maybe_arrived  # the server answered: for a print the outcome is unknown


def test_the_receipt_clouds_token_error_names_the_wrong_platform() -> None:
    with pytest.raises(E.WrongPlatformError, match="receipt cloud"):
        envelope(b'{"status":40301,"msg":"Token Forbidden"}', "http://x", "verifyPrinter")


def test_server_text_is_cleaned_and_cut() -> None:
    assert clean_text("\x1b[31mred\x1b[0m \x07bell\r\nnext\u202eevil") == "red bell next evil"
    assert clean_text("\x1b]0;title\x07ok") == "ok"
    assert len(clean_text("x" * 10_000)) == 200
    body = json.dumps({"code": 4242, "msg": "\x1b[2J\x1b[31mPWNED\x1b[0m\x9b"}).encode()
    assert envelope(body, "http://x", "e").msg == "PWNED"


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("notaurl", "must start with https://"),
        ("ftp://x", "must start with https://"),
        ("htp:/typo", "must start with https://"),
        ("http://", "names no host"),
        ("http://[::1", "cannot be read as a URL"),
        ("http://127.0.0.1:99999/api", "port '99999'"),
        ("http://127.0.0.1:PORT/api/openapi/sprinter", "port 'PORT'"),
        ("http://127.0.0.1:0/api", "port 0"),
        ("http://user:pw@example.com/api", "user name or password"),
        ("https://example.com/api?x=1", "query"),
        ("http://exa mple.com", "spaces"),
        ("", "is empty"),
    ],
)
def test_bad_base_urls_are_refused_with_a_reason(url: str, reason: str) -> None:
    with pytest.raises(E.BaseUrlError, match=reason):
        check_base_url(url)
    with pytest.raises(E.BaseUrlError):
        XpyunClient("u", "k", url or " ")


def test_good_base_urls_pass(monkeypatch) -> None:
    assert check_base_url(" https://open-barcode.xpyun.net/api/openapi/sprinter/ ") == (
        "https://open-barcode.xpyun.net/api/openapi/sprinter"
    )
    assert check_base_url("http://[::1]:8080/api") == "http://[::1]:8080/api"
    monkeypatch.setenv("XPLABEL_BASE_URL", "http://127.0.0.1:PORT/api")
    with pytest.raises(E.BaseUrlError, match="XPLABEL_BASE_URL"):
        XpyunClient("u", "k")


def test_retry_after_takes_seconds_or_a_date_and_is_bounded() -> None:
    assert retry_after("3") == 3.0
    assert retry_after("1e999") == 120.0
    assert retry_after("-5") == 0.0
    assert retry_after("soon") is None
    assert retry_after(None) is None
    assert retry_after("Wed, 21 Oct 2015 07:28:00 GMT") == 0.0  # a date in the past
    assert 0 < retry_after("Fri, 01 Jan 2100 00:00:00 GMT") <= 120.0


def _exception_types() -> list[type[BaseException]]:
    found = {
        cls
        for module in (requests.exceptions, urllib3.exceptions)
        for _, cls in inspect.getmembers(module, inspect.isclass)
        if issubclass(cls, Exception) and not issubclass(cls, Warning)
    }
    return sorted(found, key=lambda c: (c.__module__, c.__name__))


class _Raising(requests.adapters.BaseAdapter):
    def __init__(self, exc: BaseException) -> None:
        super().__init__()
        self.exc = exc

    def send(self, *args: object, **kwargs: object) -> requests.Response:
        raise self.exc

    def close(self) -> None:
        pass


@pytest.mark.parametrize("exc_type", _exception_types(), ids=lambda c: c.__name__)
def test_every_requests_and_urllib3_exception_becomes_one_of_ours(exc_type) -> None:
    # nothing real can raise each of these on demand; an adapter raising it drives the real
    # client code path above it
    try:
        exc = exc_type("injected")
    except TypeError:
        exc = exc_type.__new__(exc_type)
    session = requests.Session()
    session.mount("http://", _Raising(exc))
    client = XpyunClient("u", "k", "http://127.0.0.1:9/api", session=session, attempts=1)
    with pytest.raises(E.CloudError) as caught:
        client.get_await_tasks("P1")
    assert isinstance(caught.value, E.TransportError)
    with pytest.raises(E.CloudError):  # a print: an unknown outcome or never sent, never raw
        client.print_label("P1", "<PAGE/>")


@pytest.mark.parametrize(
    ("error", "text", "what"),
    [
        (
            E.WrongPlatformError("https://x", ""),
            "https://x answered Token Forbidden: this looks like an account of Xpyun's receipt "
            "cloud (open.xpyun.net, /api/openapi/xprinter), not of the barcode cloud this program "
            "prints to (open-barcode.xpyun.net, /api/openapi/sprinter); sign in with a "
            "barcode-cloud account (xplabel account login), or check the base URL",
            "{url} answered {msg}",
        ),
        (
            E.CloudForbiddenError("https://x", "printLabel"),
            "https://x answered HTTP 403 Forbidden to printLabel: the server refuses access (an IP "
            "allow-list, a proxy or a firewall); check the base URL and the network, or ask Xpyun",
            "{url} answered HTTP 403 Forbidden to {endpoint}",
        ),
        (
            E.BaseUrlError("ftp://a", "is not http", "XPLABEL_BASE_URL"),
            "the base URL 'ftp://a' (XPLABEL_BASE_URL) is not http: give the API's base URL, e.g. "
            "https://open-barcode.xpyun.net/api/openapi/sprinter",
            "the base URL {url!r} ({where}) {reason}",
        ),
        (
            E.PrinterNotAddedError("SN1"),
            "the cloud did not add printer SN1 (verifyPrinter answered false): check the SN on the "
            "printer's own label, that the printer is switched on and connected, then try again; "
            "or add it in the Xpyun web console",
            "the cloud did not add printer {sn} (verifyPrinter answered false)",
        ),
    ],
)
def test_explained_errors_keep_their_text_and_their_template(error, text, what) -> None:
    said = error.args[0]
    assert str(error) == text and isinstance(said, Message)
    assert (said.template, said.args["what"].template) == ("{what}: {guidance}", what)
    assert said.args["guidance"] is error.guidance and text.endswith(": " + error.guidance)
