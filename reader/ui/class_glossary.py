"""File > Share class glossary... / Import class glossary... / Remove class glossary: a
teacher's glosses go to a file, a student's app takes them in, labelled with the teacher's name
and kept apart from the student's own glosses."""

from __future__ import annotations

import logging
from pathlib import Path

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu, QWidget

from ..core.session import ReadingSession
from . import messages, workers

log = logging.getLogger(__name__)
TITLE = "Class glossary"
FILTERS = "Glossary files (*.json *.csv);;All files (*)"


class ClassGlossaryActions(QObject):
    """The class glossary actions over the session's user glossary (File menu)."""

    def __init__(
        self, session: ReadingSession, show_status: Callable[[str], None], parent: QWidget
    ):
        super().__init__(parent)
        self.session, self.show_status = session, show_status
        self.parent_widget = parent  # for dialogs
        self.share_action = QAction("&Share class glossary…", parent)
        self.share_action.setStatusTip("Write your glosses to a file for your students")
        self.share_action.triggered.connect(self.share)
        self.import_action = QAction("&Import class glossary…", parent)
        self.import_action.setStatusTip("Add a teacher's glosses (kept apart from yours)")
        self.import_action.triggered.connect(self.ask_import)
        self.remove_menu = QMenu("Remove class glossary", parent)
        self.remove_menu.aboutToShow.connect(self._fill_remove_menu)
        self._job = None

    def install(self, menu, before=None) -> None:
        """Add the actions to `menu` (before the action `before`, else at the end)."""
        for item in (self.share_action, self.import_action, self.remove_menu.menuAction()):
            if before is not None:
                menu.insertAction(before, item)
            else:
                menu.addAction(item)

    @property
    def glossary(self):
        return self.session.user_glossary

    def _unavailable(self) -> bool:
        if self.glossary is None:
            reason = self.session.store_error or "your data is not available"
            messages.warning(self.parent_widget, TITLE, f"Glossaries cannot be used now: {reason}")
            return True
        return False

    # -- sharing ------------------------------------------------------------------------

    def share(self) -> None:
        if self._unavailable():
            return
        entries = self.glossary.all()
        if not entries:
            messages.info(
                self.parent_widget,
                TITLE,
                "You have no glosses of your own yet. Write one with “Edit gloss…” in a word's "
                "pop-up, or edit glosses in the handout editor and save the handout.",
            )
            return
        author = messages.ask_text(
            self.parent_widget, TITLE, "Your name, as students will see it (e.g. Mme Martin):"
        )
        if author is None:
            return
        class_name = messages.ask_text(self.parent_widget, TITLE, "Class (optional, e.g. 2nde B):")
        if class_name is None:
            return
        stem = "-".join((author or "class").split()) + "-glossary.json"
        path, _ = QFileDialog.getSaveFileName(
            self.parent_widget, "Share class glossary", stem, FILTERS
        )
        if not path:
            return
        texts = []
        result = self.session.result
        if result is not None:
            from ..core.handout_glossary import text_coverage

            covered = text_coverage(result.doc, entries)
            if covered.words:
                texts.append(covered)
        try:
            count = self.glossary.export(
                path, author=author, class_name=class_name, texts=texts, entries=entries
            )
        except OSError as exc:
            messages.error(
                self.parent_widget, TITLE, f"Could not write {Path(path).name}: {exc.strerror}"
            )
            return
        self.show_status(f"Wrote {count} glosses to {Path(path).name}.")

    # -- importing ----------------------------------------------------------------------

    def ask_import(self) -> None:
        if self._unavailable():
            return
        path, _ = QFileDialog.getOpenFileName(
            self.parent_widget, "Import class glossary", "", FILTERS
        )
        if path:
            self.import_path(path)

    def import_path(self, path: str) -> None:
        """Read and check the file in the background, then store it and say what it brought."""
        glossary = self.glossary

        def work(_reporter):
            from ..core.glossary_file import read_file

            return read_file(path)

        def done(gf) -> None:
            from ..core.errors import ReaderError

            try:
                info = glossary.add_class(gf, Path(path).name, "")
            except ReaderError as exc:
                self._failed(exc)
                return
            self._imported(info)

        self._job = workers.start(work, done, self._failed, name="class-glossary")
        self.show_status(f"Reading {Path(path).name}…")

    def _imported(self, info) -> None:
        self._refresh()
        titles = ", ".join(t.title for t in info.texts if t.title)
        self.show_status(f"Imported {info.count} glosses from {info.name}.")
        messages.info(
            self.parent_widget,
            TITLE,
            f"Imported {info.count} glosses from {info.name}"
            + (f" (for {titles})" if titles else "")
            + f". The pop-up shows them as “{info.label}”; your own glosses still come first. "
            "File > Remove class glossary takes them out again.",
        )

    def _failed(self, exc) -> None:
        from ..core.errors import ReaderError

        if not isinstance(exc, ReaderError):
            log.error("class glossary import failed: %r", exc)
        text = str(exc) if isinstance(exc, ReaderError) else "This file could not be read."
        self.show_status("")
        messages.warning(self.parent_widget, TITLE, f"{text} Nothing was changed.")

    # -- removing -----------------------------------------------------------------------

    def _fill_remove_menu(self) -> None:
        self.remove_menu.clear()
        classes = self.glossary.class_glossaries() if self.glossary is not None else []
        for c in classes:
            action = self.remove_menu.addAction(f"{c.name} ({c.count} glosses)")
            action.triggered.connect(lambda _=False, n=c.name: self.remove(n))
        if not classes:
            self.remove_menu.addAction("No class glossary imported").setEnabled(False)

    def remove(self, name: str, confirm: bool = True) -> None:
        if self.glossary is None:
            return
        if confirm and not messages.ask(
            self.parent_widget, TITLE, f"Remove the glosses of “{name}”? Your own glosses stay."
        ):
            return
        removed = self.glossary.remove_class(name)
        self._refresh()
        self.show_status(f"Removed {max(removed, 0)} glosses of {name}.")

    def _refresh(self) -> None:
        """Glosses shown so far may have changed: look them up again."""
        self.session.glosses_changed()
