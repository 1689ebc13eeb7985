"""The local store: several processes writing at once keep everything (issue 11, item 2), the
JSON files of earlier versions are imported once, and a broken store is an error, not a trace."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

from designer.cli import main
from designer.services.history import PrintHistory
from designer.services.logos import LogoStore
from designer.services.printers import PrinterList
from designer.services.settings import config_dir, data_dir
from designer.services.store import DB_NAME, MIGRATIONS, Store


def test_twenty_concurrent_printer_adds_keep_twenty_printers(env, world) -> None:
    sns = [f"CONC{i:02d}" for i in range(20)]
    for sn in sns:
        world.add_printer(sn)
    command = [sys.executable, "-m", "designer", "printer", "add"]
    procs = [
        subprocess.Popen(
            [*command, sn, f"name {sn}"], stdout=subprocess.PIPE, stderr=subprocess.PIPE
        )
        for sn in sns
    ]
    results = [(p.wait(60), *p.communicate()) for p in procs]
    assert [code for code, _, _ in results] == [0] * 20, [err for _, _, err in results]
    kept = PrinterList(Store.open_default()).load()
    assert sorted(p.sn for p in kept) == sns
    assert all(world.printers[sn].owner == "demo" for sn in sns)


def test_the_json_files_of_earlier_versions_are_imported_once(app_dirs) -> None:
    config_dir().mkdir(parents=True)
    (data_dir() / "logos").mkdir(parents=True)
    (config_dir() / "printers.json").write_text(
        json.dumps([{"sn": "OLD1", "name": "Kitchen", "added": "2024-01-02T03:04:05+00:00"}])
    )
    history = [
        {
            "time": "2024-01-02T03:04:05",
            "document": "a.xml",
            "sn": "OLD1",
            "printer": "Kitchen",
            "copies": 2,
            "order_id": "OM1",
            "state": "printed",
            "reason": "",
            "xml": "<PAGE/>",
        }
    ]
    (data_dir() / "history.json").write_text(json.dumps(history))
    today = date.today().isoformat()
    (data_dir() / "logos" / "uploads.json").write_text(json.dumps({"OLD1": {today: 3}}))
    store = Store.open_default()
    assert [p.sn for p in PrinterList(store).load()] == ["OLD1"]
    (entry,) = PrintHistory(store).entries
    assert (entry.order_id, entry.state, entry.copies, entry.xml) == (
        "OM1",
        "printed",
        2,
        "<PAGE/>",
    )
    assert LogoStore(store).uploads_today("OLD1") == 3
    PrinterList(store).remove("OLD1")
    store.close()
    again = Store.open_default()  # the files are still there; they are not imported twice
    assert PrinterList(again).load() == [] and len(PrintHistory(again).entries) == 1
    assert again.query("PRAGMA user_version")[0][0] == len(MIGRATIONS)
    assert (config_dir() / "printers.json").exists()  # left where it was


def test_unreadable_old_files_are_left_alone(app_dirs) -> None:
    config_dir().mkdir(parents=True)
    (config_dir() / "printers.json").write_text("{not json")
    assert PrinterList(Store.open_default()).load() == []
    assert (config_dir() / "printers.json").read_text() == "{not json"


def test_a_broken_store_is_an_error_message(env, capsys) -> None:
    path = data_dir() / DB_NAME
    path.parent.mkdir(parents=True)
    path.write_bytes(b"this is not a database" * 100)
    assert main(["printer", "list"]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"error: the local store {path} cannot be used") and "\n" == err[-1]


def test_logo_counts_are_shared_and_counted_by_the_command_line(env, world, tmp_path) -> None:
    from PIL import Image

    logo = tmp_path / "logo.png"
    Image.new("L", (40, 20), 0).save(logo)
    assert main(["logo", "upload", str(logo), "--sn", "P1"]) == 0
    assert LogoStore(Store.open_default()).uploads_today("P1") == 1


def test_the_store_is_one_file_under_the_data_folder(app_dirs) -> None:
    store = Store.open_default()
    assert store.path == Path(os.environ["XDG_DATA_HOME"]) / "xplabel" / DB_NAME
    assert store.query("PRAGMA journal_mode")[0][0] == "wal"
