"""The barcode symbologies the platform's BARC `ct` names: rules, check digits and bar patterns.

One table, `SYMBOLOGIES`, maps every `ct` code to its symbology: what data it can encode (the
validator's rule, with the reason shown to the user), how a missing check digit is added, and the
encoder that turns data into a bar pattern (python-barcode where it has the symbology, zxing-cpp's
writer for Code 93 and UPC-E). The renderer and the validator's bounds both use the pattern, so the
width the user is warned about is the width that is drawn.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from designer.model.messages import SCHEMA, MessageError, message, term


class BarcodeDataError(MessageError):
    """The data cannot be encoded in the symbology; the message says why, for the user."""


@dataclass(frozen=True, slots=True)
class BarPattern:
    """A barcode as element widths: bar, space, bar, ..., starting and ending with a bar.

    For modular symbologies each width counts modules (drawn `n` dots each); for two-width
    symbologies (Code 39, ITF, Codabar) each width is 1 (narrow, `n` dots) or 2 (wide, `n * w`).
    """

    widths: tuple[int, ...]
    two_width: bool
    text: str  # the human-readable line

    def width_dots(self, n: int, w: int) -> int:
        """Total width in dots with module (narrow) width n and wide ratio w."""
        if not self.two_width:
            return sum(self.widths) * n
        wide = sum(1 for x in self.widths if x == 2)
        return (len(self.widths) - wide) * n + wide * n * w


@dataclass(frozen=True, slots=True)
class Symbology:
    """One symbology: its name, the `ct` codes that select it, its rule and its encoder."""

    key: str
    name: str
    codes: tuple[str, ...]
    rule: str  # what data it takes, in a sentence, for the user
    normalize: Callable[[str], str]  # checked data as encoded: check digit added, start/stop set
    encode: Callable[[str], tuple[str, str]]  # normalized data -> (modules, human-readable)
    fixed_modules: int | None = None  # EAN/UPC: every code is this many modules wide
    two_width: bool = False  # bars are narrow or wide (n or n x w dots), not module multiples


def _check_digit(digits: str) -> str:
    """The EAN/UPC (GS1 mod 10) check digit of `digits`."""
    total = 3 * sum(map(int, digits[-1::-2])) + sum(map(int, digits[-2::-2]))
    return str((10 - total % 10) % 10)


def _gs1(name: str, body: int) -> Callable[[str], str]:
    def normalize(data: str) -> str:
        if not data.isascii() or not data.isdigit() or len(data) not in (body, body + 1):
            raise BarcodeDataError(
                message(
                    "{name} takes {body} digits, or {full} with the check digit; got {data!r}",
                    name=name,
                    body=body,
                    full=body + 1,
                    data=data,
                )
            )
        expected = _check_digit(data[:body])
        if len(data) == body + 1 and data[-1] != expected:
            raise BarcodeDataError(
                message(
                    "{name} check digit of {body} is {expected}, not {given}",
                    name=name,
                    body=data[:body],
                    expected=expected,
                    given=data[-1],
                )
            )
        return data[:body] + expected

    return normalize


def upce_to_upca(upce: str) -> str:
    """The 11-digit UPC-A body (no check digit) a number-system-0 UPC-E `0dddddd` stands for."""
    ns, d = upce[0], upce[1:7]
    last = d[5]
    if last in "012":
        body = d[0:2] + last + "0000" + d[2:5]
    elif last == "3":
        body = d[0:3] + "00000" + d[3:5]
    elif last == "4":
        body = d[0:4] + "00000" + d[4]
    else:
        body = d[0:5] + "0000" + last
    return ns + body


def _normalize_upce(data: str) -> str:
    if not data.isascii() or not data.isdigit() or len(data) not in (6, 7, 8):
        raise BarcodeDataError(
            message(
                "UPC-E takes 6 digits, 7 with the number system 0, or 8 with the check digit; "
                "got {data!r}",
                data=data,
            )
        )
    if len(data) == 6:
        data = "0" + data
    if data[0] != "0":
        raise BarcodeDataError(
            message(
                "UPC-E prints number system 0 only; {data!r} starts with {first}",
                data=data,
                first=data[0],
            )
        )
    expected = _check_digit(upce_to_upca(data))
    if len(data) == 8 and data[-1] != expected:
        raise BarcodeDataError(
            message(
                "UPC-E check digit of {body} is {expected}, not {given}",
                body=data[:7],
                expected=expected,
                given=data[-1],
            )
        )
    return data[:7] + expected


def _ascii_rule(name: str) -> Callable[[str], str]:
    def normalize(data: str) -> str:
        if not data:
            raise BarcodeDataError(message("{name} needs at least one character", name=name))
        bad = [c for c in data if ord(c) > 127]
        if bad:
            raise BarcodeDataError(
                message("{name} encodes ASCII only; {char!r} is not ASCII", name=name, char=bad[0])
            )
        return data

    return normalize


_CODE39_CHARS = frozenset("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ -.$/+%")


def _normalize_code39(data: str) -> str:
    if len(data) >= 2 and data[0] == data[-1] == "*":
        data = data[1:-1]  # written with its start/stop characters: the printer adds them
    if not data:
        raise BarcodeDataError(message("Code 39 needs at least one character"))
    for c in data:
        if c not in _CODE39_CHARS:
            if c.isalpha() and c.upper() in _CODE39_CHARS:
                raise BarcodeDataError(
                    message(
                        "Code 39 takes 0-9, A-Z, space and - . $ / + %; {char!r} is not one; "
                        "use capitals",
                        char=c,
                    )
                )
            raise BarcodeDataError(
                message(
                    "Code 39 takes 0-9, A-Z, space and - . $ / + %; {char!r} is not one", char=c
                )
            )
    return data


_CODABAR_BODY = frozenset("0123456789-$:/.+")
_CODABAR_ENDS = frozenset("ABCD")


def _normalize_codabar(data: str) -> str:
    ends = [c in _CODABAR_ENDS for c in (data[:1], data[-1:])] if data else [False, False]
    if ends[0] != ends[1] or (len(data) == 1 and ends[0]):
        raise BarcodeDataError(
            message("Codabar needs both a start and a stop character (A-D), or neither")
        )
    body = data[1:-1] if ends[0] else data
    if not body:
        raise BarcodeDataError(message("Codabar needs at least one digit"))
    for c in body:
        if c not in _CODABAR_BODY:
            raise BarcodeDataError(
                message(
                    "Codabar takes 0-9 and - $ : / . + between A-D start/stop; {char!r} is not one",
                    char=c,
                )
            )
    return data if ends[0] else f"A{data}A"


def _normalize_itf(data: str) -> str:
    if not data or not data.isascii() or not data.isdigit():
        raise BarcodeDataError(message("ITF takes digits only; got {data!r}", data=data))
    if len(data) % 2:
        raise BarcodeDataError(
            message(
                "ITF needs an even number of digits; {data!r} has {count}",
                data=data,
                count=len(data),
            )
        )
    return data


def _runs(modules: str) -> list[int]:
    """Run lengths of a '1'/'0' module string, from its first bar to its last."""
    modules = modules.strip("0")
    runs: list[int] = []
    prev, count = modules[0], 0
    for m in modules:
        if m == prev:
            count += 1
        else:
            runs.append(count)
            prev, count = m, 1
    runs.append(count)
    return runs


def _modular(modules: str, text: str) -> BarPattern:
    return BarPattern(tuple(_runs(modules)), False, text)


def _two_width(modules: str, text: str) -> BarPattern:
    runs = _runs(modules)
    narrow = min(runs)
    return BarPattern(tuple(1 if r == narrow else 2 for r in runs), True, text)


Encoder = Callable[[str], tuple[str, str]]
"""normalized data -> (the modules as '1' bar / '0' space, the human-readable line)."""


def _python_barcode(name: str, **options: object) -> Encoder:
    def encode(data: str) -> tuple[str, str]:
        import barcode  # lazy: only drawing and bounds need it

        code = barcode.get_barcode_class(name)(data, **options)
        modules = code.build()[0]
        text = code.get_fullcode() if name in ("ean8", "ean13", "upca") else data
        return modules, text

    return encode


def _zxing(format_name: str) -> Encoder:
    def encode(data: str) -> tuple[str, str]:
        import zxingcpp  # lazy: only drawing and bounds need it

        code = zxingcpp.create_barcode(data, getattr(zxingcpp.BarcodeFormat, format_name))
        view = memoryview(code.to_image(scale=1, add_hrt=False, add_quiet_zones=False))
        row = view.tobytes()[: view.shape[1]]
        return "".join("1" if px < 128 else "0" for px in row), data

    return encode


SYMBOLOGIES: tuple[Symbology, ...] = (
    Symbology(
        "code128",
        "Code 128",
        ("code128",),
        "any ASCII characters",
        _ascii_rule("Code 128"),
        _python_barcode("code128"),
    ),
    Symbology(
        "code93",
        "Code 93",
        ("code93",),
        "any ASCII characters",
        _ascii_rule("Code 93"),
        _zxing("Code93"),
    ),
    Symbology(
        "codabar",
        "Codabar",
        ("barb", "bara"),
        "0-9 - $ : / . +, optionally between start/stop characters A-D",
        _normalize_codabar,
        _python_barcode("codabar", narrow=1, wide=2),
        two_width=True,
    ),
    Symbology(
        "itf",
        "Interleaved 2 of 5",
        ("itfb", "itfa"),
        "an even number of digits",
        _normalize_itf,
        _python_barcode("itf", narrow=1, wide=2),
        two_width=True,
    ),
    Symbology(
        "code39",
        "Code 39",
        ("code39b", "code39a"),
        "0-9, A-Z, space and - . $ / + %",
        _normalize_code39,
        _python_barcode("code39", add_checksum=False),
        two_width=True,
    ),
    Symbology(
        "ean8",
        "EAN-8",
        ("jan8b", "jan8a"),
        "7 digits, or 8 with the check digit",
        _gs1("EAN-8", 7),
        _python_barcode("ean8"),
        67,
    ),
    Symbology(
        "ean13",
        "EAN-13",
        ("jan13b", "jan13a"),
        "12 digits, or 13 with the check digit",
        _gs1("EAN-13", 12),
        _python_barcode("ean13"),
        95,
    ),
    Symbology(
        "upce",
        "UPC-E",
        ("upceb", "upcea"),
        "6 digits (number system 0), 7 starting with 0, or 8 with the check digit",
        _normalize_upce,
        _zxing("UPCE"),
        51,
    ),
    Symbology(
        "upca",
        "UPC-A",
        ("upcab", "upca"),
        "11 digits, or 12 with the check digit",
        _gs1("UPC-A", 11),
        _python_barcode("upca"),
        95,
    ),
)

SYMBOLOGY_BY_CODE: dict[str, Symbology] = {c: s for s in SYMBOLOGIES for c in s.codes}
"""The symbology of every BARC `ct` code, in the platform document's order."""


def data_problem(ct: str, data: str) -> str | None:
    """Why `data` cannot be printed as barcode type `ct`, or None when it can."""
    if ct not in SYMBOLOGY_BY_CODE:
        return None  # an unknown ct is the schema's problem, reported there
    return normalized(ct, data)[1]


@lru_cache(maxsize=4096)
def normalized(ct: str, data: str) -> tuple[str, None] | tuple[None, str]:
    """(the data as encoded, None), or (None, why it cannot be) for a known barcode type `ct`.

    Validation, sizing and drawing all ask this of the same data: it is worked out once.
    """
    try:
        return SYMBOLOGY_BY_CODE[ct].normalize(data), None
    except BarcodeDataError as exc:
        return None, exc.message  # the Message, which str(exc) would make plain text


def _normalized_or_raise(ct: str, data: str) -> str:
    text, problem = normalized(ct, data)
    if problem is not None:
        raise BarcodeDataError(problem)
    return text


def width_dots(ct: str, data: str, n: int, w: int) -> int:
    """Width in dots of `data` as barcode type `ct`; BarcodeDataError when it cannot be encoded.

    Fixed-width symbologies (EAN, UPC) need no encoding; the others are encoded.
    """
    symbology = SYMBOLOGY_BY_CODE.get(ct)
    if symbology is not None and symbology.fixed_modules is not None:
        _normalized_or_raise(ct, data)  # still refuse what cannot be encoded
        return symbology.fixed_modules * n
    return bar_pattern(ct, data).width_dots(n, w)


@lru_cache(maxsize=4096)
def bar_pattern(ct: str, data: str) -> BarPattern:
    """The bars of `data` as barcode type `ct`; BarcodeDataError when it cannot be encoded."""
    symbology = SYMBOLOGY_BY_CODE.get(ct)
    if symbology is None:
        raise BarcodeDataError(message("unknown barcode type {ct!r}", ct=ct))
    text = _normalized_or_raise(ct, data)
    try:
        modules, readable = symbology.encode(text)
    except BarcodeDataError:
        raise
    except Exception as exc:  # an encoder refusing what our rule let through
        raise BarcodeDataError(
            message(
                "{name} cannot encode {data!r}: {reason}",
                name=term(symbology.name, SCHEMA),
                data=data,
                reason=str(exc),
            )
        ) from exc
    return (_two_width if symbology.two_width else _modular)(modules, readable)
