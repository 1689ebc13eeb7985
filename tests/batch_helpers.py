"""Helpers for the batch printing tests: a template and a product list of any length, and what
the simulated printer printed (labels, serial numbers, idempotency values)."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

SAMPLES = Path(__file__).parent.parent / "resources" / "samples"
TEMPLATE = SAMPLES / "price_template.xml"
_SERIAL = re.compile(r"LOT (\d{6})")
_NAME = re.compile(r'<TEXT x="3" y="3" xw="2" yh="2">([^<]*)</TEXT>')


def ean13(twelve: str) -> str:
    """Twelve digits and their EAN-13 check digit."""
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(twelve))
    return twelve + str((10 - total % 10) % 10)


def product_rows(count: int, *, long: bool = False, copies: bool = False) -> list[str]:
    """CSV lines: a header and `count` products (names long enough to make orders fill up when
    `long`; a `qty` column when `copies`)."""
    header = "name,size,origin,price,barcode,sku" + (",qty" if copies else "")
    lines = [header]
    for i in range(1, count + 1):
        name = f"Item {i:05d}" + (" with a rather long description" * 3 if long else "")
        line = f"{name},500g,四川成都,{i % 90 + 9}.5,{ean13(f'692{i:09d}')},{i:06d}"
        lines.append(line + (f",{i % 3}" if copies else ""))
    return lines


def make_template(folder: Path, rows: int, **kwargs: bool) -> tuple[Path, Path]:
    """The sample price template and a products.csv of `rows` products beside it."""
    folder.mkdir(parents=True, exist_ok=True)
    template = folder / "price_template.xml"
    shutil.copyfile(TEMPLATE, template)
    data = folder / "products.csv"
    data.write_text("\n".join(product_rows(rows, **kwargs)) + "\n", "utf-8")
    return template, data


def printed_labels(world, sn: str) -> list[str]:
    """Every label the printer printed, in order, as its name line (copies in `c` repeated)."""
    out = []
    for order in world.printed(sn):
        for label in order.content.split("<LABEL")[1:]:
            copies = re.match(r'[^>]* c="(\d+)"', label)
            names = _NAME.findall(label)
            out.extend(names * (int(copies.group(1)) if copies else 1))
    return out


def printed_serials(world, sn: str) -> list[int]:
    """Every serial number the printer printed, in order."""
    return [int(s) for order in world.printed(sn) for s in _SERIAL.findall(order.content)]


def idempotent_values(world) -> list[str]:
    """The idempotency values the simulated cloud has seen, in the order of their orders."""
    by_order = {order_id: key for (_, key), (order_id, _) in world.idempotency.items()}
    return [by_order[o] for o in world.orders if o in by_order]
