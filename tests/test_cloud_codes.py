"""The codes table's Chinese is the spec's own: each code's status (状态) and guidance (排错指引)
word for word as 附录 1 of the original document has them (tests/fixtures holds that table, cut
from ../shared/spec/barcode-cloud-open-api.zh.txt), and every documented code is there."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from designer.cloud.codes import RESULT_CODES, result_code

TABLE = Path(__file__).with_name("fixtures") / "spec_result_codes.zh.txt"
SPEC = Path(__file__).resolve().parents[2] / "shared" / "spec" / "barcode-cloud-open-api.zh.txt"
ROW = re.compile(r"^(-?\d+)\t([^\t]*)\t([A-Z_a-z]+)\t?(.*)$")


def _spec_rows() -> dict[int, tuple[str, str, str]]:
    rows = {}
    for line in TABLE.read_text("utf-8").splitlines():
        match = ROW.match(line)
        if match:
            code, status, msg, guidance = match.groups()
            rows[int(code)] = (status.strip(), msg, guidance.strip())
    return rows


def test_every_code_carries_the_specs_chinese_word_for_word() -> None:
    rows = _spec_rows()
    assert set(rows) == set(RESULT_CODES) and len(rows) == 22
    for code, (status, msg, guidance) in rows.items():
        ours = RESULT_CODES[code]
        assert (ours.msg, ours.zh_status, ours.zh_guidance) == (msg, status, guidance), code


def test_where_the_spec_gives_no_guidance_ours_says_what_to_do() -> None:
    for code in RESULT_CODES.values():
        if code.code != 0:
            assert code.zh_guidance or code.zh_hint, code.code
    assert result_code(4242, "NEW_THING").zh_status == "平台拒绝了请求"


def test_the_fixture_is_the_specs_table_as_it_stands() -> None:
    if not SPEC.is_file():
        pytest.skip("the spec's original document is not beside this checkout")
    assert TABLE.read_text("utf-8") in SPEC.read_text("utf-8")
