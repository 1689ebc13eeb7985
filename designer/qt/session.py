"""What outlives a window: recent files, and autosaves of unsaved work offered after a crash.

Every 30 s a modified document is written (as canonical label XML, with a note of its file) to
the user data folder; saving or closing normally removes it. At the next start, any autosave
left behind means the program did not close normally, and its work is offered for recovery.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, QTimer

from designer import labelxml  # its reader and writer load on the first recovery or autosave
from designer.labelxml.problems import Instruction
from designer.merge import check_template
from designer.model import Page
from designer.qt.document import LabelDocument
from designer.services.files import atomic_write_bytes
from designer.services.settings import data_dir

AUTOSAVE_MS = 30_000
RECENT_MAX = 10


def autosave_dir() -> Path:
    """Where autosaves go."""
    return data_dir() / "autosave"


class RecentFiles:
    """The files opened or saved lately, newest first (QSettings)."""

    KEY = "recent_files"

    def __init__(self) -> None:
        self.settings = QSettings()

    def paths(self) -> list[Path]:
        """The recent files that still exist."""
        stored = self.settings.value(self.KEY, []) or []
        if isinstance(stored, str):
            stored = [stored]
        return [Path(p) for p in stored if Path(p).is_file()]

    def add(self, path: Path) -> None:
        """Put `path` first."""
        paths = [str(path.resolve())] + [
            str(p) for p in self.paths() if p.resolve() != path.resolve()
        ]
        self.settings.setValue(self.KEY, paths[:RECENT_MAX])
        self.settings.sync()


@dataclass(frozen=True)
class Recovery:
    """Unsaved work left by a session that did not close normally."""

    xml_path: Path
    original: Path | None
    saved_at: str
    page: Page
    instructions: tuple[Instruction, ...] = ()  # the file's <?...?>, kept with the page

    def discard(self) -> None:
        """Forget it."""
        self.xml_path.unlink(missing_ok=True)
        self.xml_path.with_suffix(".json").unlink(missing_ok=True)


def pending_recoveries(folder: Path | None = None) -> list[Recovery]:
    """Autosaves left behind, readable ones only (an unreadable one is removed)."""
    folder = folder or autosave_dir()
    found = []
    for xml in sorted(folder.glob("*.xml")) if folder.is_dir() else []:
        note = xml.with_suffix(".json")
        try:
            meta = json.loads(note.read_text("utf-8"))
        except (OSError, ValueError):
            meta = {}
        result = labelxml.parse(xml, check=check_template)  # a template's placeholders are fine
        if result.page is None:
            xml.unlink(missing_ok=True)
            note.unlink(missing_ok=True)
            continue
        original = meta.get("original")
        found.append(
            Recovery(
                xml,
                Path(original) if original else None,
                str(meta.get("saved_at", "")),
                result.page,
                tuple(result.instructions),
            )
        )
    return found


def recover(doc: LabelDocument, recovery: Recovery) -> None:
    """Load recovered work into `doc` as unsaved changes, and drop the autosave."""
    doc.reset(recovery.page, recovery.original, recovery.instructions)
    doc.undo_stack.resetClean()  # modified until saved
    recovery.discard()


class AutoSaver(QObject):
    """Writes the document's unsaved work every 30 s; removes it once saved or closed."""

    def __init__(
        self, doc: LabelDocument, folder: Path | None = None, interval_ms: int = AUTOSAVE_MS
    ) -> None:
        super().__init__(doc)
        self.doc = doc
        self.folder = folder or autosave_dir()
        # a random name of its own (as uuid4 makes, without loading uuid and platform at start)
        self.xml_path = self.folder / f"{os.urandom(16).hex()}.xml"
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.save_now)
        self.timer.start()
        doc.undo_stack.cleanChanged.connect(lambda clean: clean and self.remove())

    def save_now(self) -> bool:
        """Write the unsaved work now; False when there is none (or it cannot be written)."""
        if self.doc.undo_stack.isClean():
            return False
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            atomic_write_bytes(
                self.xml_path, labelxml.write_bytes(self.doc.page, self.doc.file_instructions())
            )
            meta = {
                "original": str(self.doc.path) if self.doc.path else None,
                "saved_at": datetime.now().isoformat(timespec="seconds"),
            }
            atomic_write_bytes(self.xml_path.with_suffix(".json"), json.dumps(meta).encode())
        except OSError:
            return False  # a full disk must not interrupt the user; the next tick tries again
        return True

    def remove(self) -> None:
        """The work is saved (or deliberately dropped): no autosave is needed."""
        self.xml_path.unlink(missing_ok=True)
        self.xml_path.with_suffix(".json").unlink(missing_ok=True)

    def stop(self) -> None:
        """A normal close: stop and remove."""
        self.timer.stop()
        self.remove()
