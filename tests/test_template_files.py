"""A template's settings survive `xplabel format` and the window's open, save and autosave."""

from __future__ import annotations

from pathlib import Path

import pytest

from designer.cli import main
from designer.labelxml import parse, read, write

SAMPLE = Path(__file__).parent.parent / "resources" / "samples" / "price_template.xml"
SETTINGS = '<?xplabel-merge data="products.csv"?>\n<?xplabel-merge counter="serial" width="6"?>\n'
TEMPLATE = (
    SETTINGS + '<PAGE w="100" l="60">\n  <LABEL id="1">\n    <TEXT x="3" y="3">{{name}}</TEXT>\n'
    '    <QRC x="70" y="30">https://shop.example.com/p/{{sku}}</QRC>\n  </LABEL>\n</PAGE>\n'
)


def test_format_keeps_a_templates_settings_and_accepts_its_placeholders(tmp_path, capsysbinary):
    assert main(["format", str(SAMPLE)]) == 0  # {{barcode}} in an EAN-13 is no error here
    out = capsysbinary.readouterr().out.decode("utf-8")
    assert out.startswith(SAMPLE.read_text("utf-8").split("<PAGE")[0] + "<PAGE")  # as they were
    assert main(["check", str(SAMPLE)]) == 1  # as printed unmerged, it is wrong: check says so


@pytest.mark.qt
def test_the_window_saves_and_autosaves_a_templates_settings(window, tmp_path: Path) -> None:
    from PySide6.QtCore import QPointF

    from designer.qt.session import pending_recoveries, recover

    source = tmp_path / "t.xml"
    source.write_text(TEMPLATE, "utf-8")
    assert window.files.load(source)
    assert window.doc.instructions == tuple(parse(TEMPLATE).instructions)
    window.scene.add_element("BL", QPointF(3, 50))
    assert window.autosaver.save_now()
    (recovery,) = pending_recoveries()  # as if the window had crashed here
    target = tmp_path / "saved.xml"
    assert window.files.save_to(target)
    assert target.read_text("utf-8").startswith(SETTINGS + '<PAGE w="100" l="60">')
    window.doc.reset(parse(TEMPLATE.replace(SETTINGS, "")).page, None)
    assert window.doc.instructions == ()
    recover(window.doc, recovery)
    assert window.doc.instructions == tuple(parse(TEMPLATE).instructions)
    assert window.files.save_to(target)
    assert target.read_text("utf-8").startswith(SETTINGS)


def test_what_is_printed_never_carries_the_settings(app_dirs, simulator, world, tmp_path, capsys):
    """Merge the sample, put the template's settings on the result, print it: the order the
    cloud receives is plain label XML."""
    merged = tmp_path / "labels.xml"
    assert main(["merge", str(SAMPLE), "-o", str(merged), "--rows", "1-2"]) == 0
    with_settings = tmp_path / "with_settings.xml"
    with_settings.write_text(
        write(read(merged), parse(SAMPLE).instructions), "utf-8"
    )  # what a saved merge could look like
    assert with_settings.read_text("utf-8").startswith("<?xplabel-merge")
    env = {
        "XPLABEL_BASE_URL": simulator.base_url,
        "XPYUN_USER": "demo",
        "XPYUN_USER_KEY": "demo-key",
    }
    with pytest.MonkeyPatch.context() as mp:
        for name, value in env.items():
            mp.setenv(name, value)
        assert main(["print", str(with_settings), "--sn", "P1"]) == 0
    order_id = capsys.readouterr().out.split()[1]
    content = world.orders[order_id].content
    assert "<?" not in content and "xplabel-merge" not in content
    assert read(content) == read(merged)
