"""The fields of every print order, pinned: an order's digest and its job's key are made from
them, so a rerun after an upgrade must still find the journal's earlier run (an extra key, even
one holding None, would make the same print a new job and print it twice)."""

from __future__ import annotations

import json
from pathlib import Path

from designer.cloud.client import image_fields, label_fields
from designer.labelxml import read, write
from designer.services.batch_send import order_requests
from designer.services.batches import BatchInfo, StoredOrder
from designer.services.printing import PrintJob, orders_for
from designer.services.sending import OrderRequest, job_key

FIXTURES = Path(__file__).parent / "fixtures"
THREE_LABELS = FIXTURES / "spec_full_example.xml"  # labels 1 and 2, and 3 with c=2

# Digests of the requests below as the journal has stored them since it exists.
LABEL_DIGEST = "717caa60d77a695c2576449da42521d722f5af3847ffd23e62819a34490021a3"
IMAGE_DIGEST = "377d9c5e510484ae911b59a2b84e292eb3d72ed3769bfa5dabe04d6f80aaa585"
BATCH_DIGEST = "d5c11854190928118909f257d902969378449b993b8472a32fc78f85f36562a2"


def test_a_label_order_has_the_fields_it_always_had() -> None:
    page = read(THREE_LABELS.read_text(encoding="utf-8"))
    (order,) = orders_for(page, PrintJob("P1", copies=2, mode=1, expires_in=600))
    assert order.endpoint == "printLabel"
    assert order.fields == {
        "sn": "P1",
        "content": write(page),
        "copies": 2,
        "mode": 1,
        "direct": False,
        "expiresIn": 600,
    }
    plain = label_fields("P1", "<PAGE/>")
    assert plain == {
        "sn": "P1",
        "content": "<PAGE/>",
        "copies": 1,
        "mode": 0,
        "direct": False,
        "expiresIn": None,
    }
    assert OrderRequest("printLabel", plain, "label XML").digest() == LABEL_DIGEST


def test_an_image_order_has_no_black_offset_key_unless_one_is_set() -> None:
    page = read(THREE_LABELS.read_text(encoding="utf-8"))
    orders = orders_for(page, PrintJob("P1", as_image=True, direct=True))
    assert [o.endpoint for o in orders] == ["printImage"] * 3
    for order, copies in zip(orders, (1, 1, 2), strict=True):
        fields = dict(order.fields)
        assert fields.pop("content")
        assert fields == {
            "sn": "P1",
            "copies": copies,
            "compress": True,
            "paperType": "M",
            "paperWidth": 800,
            "mode": 0,
            "direct": True,
            "expiresIn": None,
        }
    plain = image_fields("P1", "iVBOR", paper_type="M", paper_width=800)
    assert "blackOffsetLength" not in plain
    assert OrderRequest("printImage", plain, "label 1 as an image").digest() == IMAGE_DIGEST
    assert image_fields("P1", "iVBOR", black_offset_length=3)["blackOffsetLength"] == 3


def test_a_batch_order_has_the_fields_it_always_had() -> None:
    info = BatchInfo(
        *("b1", "ident", "key", "doc", "data", "P1", "Kitchen", 7, "open"),
        *(1, 1, 1, 1, json.dumps({"mode": 1, "expiresIn": None}), "{}", "", 0.0, 0.0),
    )
    (request,) = order_requests(info, [StoredOrder(0, "row 1", 1, 1, "<PAGE/>")])
    assert request.fields == {
        "sn": "P1",
        "content": "<PAGE/>",
        "copies": 1,
        "mode": 1,
        "direct": False,
        "expiresIn": None,
    }
    assert request.digest() == BATCH_DIGEST
    assert job_key([request]) != job_key([request, request])
