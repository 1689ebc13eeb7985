"""Printing a label document: as label XML (printLabel) or one image per label (printImage).

`orders_for` turns a page and a job into the orders to send; `print_document` sends them through
the print journal (`sending.py`), so a rerun never prints twice what the cloud already took.
"""

from __future__ import annotations

import shlex
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING

from designer.cloud.order_fields import image_fields, label_fields
from designer.labelxml import write
from designer.model import Page
from designer.model.units import DOTS_PER_MM
from designer.render import RenderOptions, png_base64, render_label
from designer.services.journal import PrintJournal
from designer.services.logos import LogoStore
from designer.services.sending import JobOutcome, OrderRequest, send_job

if TYPE_CHECKING:
    from designer.cloud.client import XpyunClient


@dataclass(frozen=True)
class PrintJob:
    """How to print: where, how many, and what to do when the printer is offline."""

    sn: str
    copies: int = 1
    mode: int = 0  # 0 refuse when offline, 1 queue until it is back
    as_image: bool = False
    direct: bool = False
    expires_in: int | None = None


def print_command(path: str, job: PrintJob) -> str:
    """The `xplabel print` command that prints the file at `path` as `job` does."""
    words = ["xplabel", "print", path, "--sn", job.sn]
    if job.copies != 1:
        words += ["--copies", str(job.copies)]
    if job.mode:
        words += ["--mode", str(job.mode)]
    if job.expires_in is not None:
        words += ["--expires", str(job.expires_in)]
    if job.as_image:
        words += ["--as", "image"]
    if job.direct:
        words.append("--direct")
    return shlex.join(words)


def is_continuous(page: Page) -> bool:
    """True for continuous paper (receipts): pt=2, or pt=0 with no gap."""
    return page.pt == 2 or (page.pt == 0 and page.ld == 0)


def orders_for(
    page: Page, job: PrintJob, logos: LogoStore | None = None, *, xml: str | None = None
) -> list[OrderRequest]:
    """The orders that print `page` as `job`: one of label XML (`xml`, the page written, when
    the caller has it already), or one image per label (each with the label's `c` copies when
    c > 1, else the job's)."""
    if not job.as_image:
        fields = label_fields(
            job.sn,
            write(page) if xml is None else xml,
            copies=job.copies,
            mode=job.mode,
            direct=job.direct,
            expires_in=job.expires_in,
        )
        return [OrderRequest("printLabel", fields, "label XML")]
    logo = logos.load(job.sn) if logos is not None else None
    options = RenderOptions(as_printed=True, placeholders=False, logo=logo)
    orders = []
    for label in page.labels:
        fields = image_fields(
            job.sn,
            png_base64(render_label(page, label, options)),
            copies=label.c if label.c > 1 else job.copies,
            mode=job.mode,
            paper_type="N" if is_continuous(page) else "M",
            paper_width=round(page.w * DOTS_PER_MM),
            direct=job.direct,
            expires_in=job.expires_in,
        )
        orders.append(OrderRequest("printImage", fields, f"label {label.id} as an image"))
    return orders


def print_document(
    client: XpyunClient,
    journal: PrintJournal | None,
    page: Page,
    job: PrintJob,
    *,
    document: str = "",
    printer: str = "",
    logos: LogoStore | None = None,
    again: bool = False,
    progress: Callable[[], None] | None = None,
) -> JobOutcome:
    """Send `page` as `job` through the journal; what became of each order."""
    xml = write(page)  # the label XML order's content, and kept with the job to print it again
    return send_job(
        client,
        journal,
        orders_for(page, job, logos, xml=xml),
        document=document,
        printer=printer or job.sn,
        xml=xml,
        options={k: v for k, v in asdict(job).items() if k != "sn"},
        again=again,
        progress=progress,
    )


def wait_printed(
    client: XpyunClient,
    order_ids: list[str],
    timeout: float,
    *,
    poll: float = 1.0,
    sleep: Callable[[float], None] = time.sleep,
    clock: Callable[[], float] = time.monotonic,
) -> dict[str, bool]:
    """Poll queryOrderState until every order printed or `timeout` seconds pass."""
    state = dict.fromkeys(order_ids, False)
    deadline = clock() + timeout
    while True:
        for order_id in [o for o, done in state.items() if not done]:
            state[order_id] = client.query_order_state(order_id)
        if all(state.values()) or clock() >= deadline:
            return state
        sleep(min(poll, max(0.0, deadline - clock())))
