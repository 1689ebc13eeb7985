"""Printing a label document: as label XML (printLabel) or one image per label (printImage).

Each order of a job gets its idempotency value once, so the client's retries never print twice.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from designer.cloud.models import PrintResult
from designer.labelxml import write
from designer.model import Page
from designer.model.units import DOTS_PER_MM
from designer.render import RenderOptions, png_base64, render_label
from designer.services.logos import LogoStore

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


def is_continuous(page: Page) -> bool:
    """True for continuous paper (receipts): pt=2, or pt=0 with no gap."""
    return page.pt == 2 or (page.pt == 0 and page.ld == 0)


def print_document(
    client: XpyunClient, page: Page, job: PrintJob, logos: LogoStore | None = None
) -> list[PrintResult]:
    """Send `page`; one result per order (one for label XML, one per label for images)."""
    if not job.as_image:
        return [
            client.print_label(
                job.sn,
                write(page),
                copies=job.copies,
                mode=job.mode,
                direct=job.direct,
                expires_in=job.expires_in,
            )
        ]
    logo = logos.load(job.sn) if logos is not None else None
    options = RenderOptions(as_printed=True, placeholders=False, logo=logo)
    results = []
    for label in page.labels:
        image = png_base64(render_label(page, label, options))
        copies = label.c if label.c > 1 else job.copies
        results.append(
            client.print_image(
                job.sn,
                image,
                copies=copies,
                mode=job.mode,
                compress=True,
                paper_type="N" if is_continuous(page) else "M",
                paper_width=round(page.w * DOTS_PER_MM),
                direct=job.direct,
                expires_in=job.expires_in,
            )
        )
    return results


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
