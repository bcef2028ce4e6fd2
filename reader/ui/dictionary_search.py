"""Words > Look up a word… (Ctrl+L): type any French word, form or expression and see the
pop-up's card for it. Up/Down choose a suggestion, Enter looks up, Escape closes."""

from __future__ import annotations

import logging
from collections.abc import Callable
from types import SimpleNamespace
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from . import workers
from .gloss_popup import GlossPopup, PopupEntry, build_entry

if TYPE_CHECKING:
    from ..core.dictionary_search import WordLookup
    from ..core.glossary import Glossary

log = logging.getLogger(__name__)
TYPING_PAUSE_MS = 120  # suggestions follow the typing once it pauses this long


def entry_for(found: WordLookup) -> PopupEntry:
    """The pop-up's content for a look-up out of context (same card as in the text)."""
    from ..core.learner import band_for_rank

    gloss = found.gloss
    expression = " " in found.query and gloss.found
    token = SimpleNamespace(
        text=found.query, lemma=gloss.lemma or found.query, pos=gloss.pos, index=-1
    )
    info = SimpleNamespace(
        lemma=gloss.lemma,
        pos=gloss.pos,
        band=band_for_rank(found.rank) if found.rank else 0,
        rank=found.rank,
        cefr=found.cefr,
        status="",
    )
    entry = build_entry(token, info, gloss, expression_text=found.query if expression else "")
    entry.ipa = found.ipa
    return entry


class DictionarySearch(QDialog):
    """A search field, the suggestions under it and the word's card beside them."""

    def __init__(self, glossary_of: Callable[[], Glossary | None], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("Look up a word")
        self._glossary_of = glossary_of
        self._job: workers.JobHandle | None = None
        self._asked = 0  # the newest look-up: older answers are dropped
        self.shown_query = ""  # the query whose card is shown

        self.field = QLineEdit(objectName="DictionaryField", clearButtonEnabled=True)
        self.field.setPlaceholderText("A French word, any form, or an expression")
        self.field.setAccessibleName("Word to look up")
        self.suggestions = QListWidget(objectName="DictionarySuggestions")
        self.suggestions.setAccessibleName("Suggestions")
        self.suggestions.setMinimumWidth(170)
        self.suggestions.setMaximumWidth(240)
        self.card = GlossPopup(self)
        self.card.set_capabilities(statuses=False, edit=False, speak=False)
        self.card.pinned = True  # a part of the dialog: never hides on its own
        self.message = QLabel(wordWrap=True, objectName="DictionaryMessage")
        self.message.setText("Type a word, then Enter. Up/Down choose a suggestion.")

        right = QVBoxLayout()
        right.addWidget(self.message)
        right.addWidget(self.card)
        right.addStretch(1)
        body = QHBoxLayout()
        body.addWidget(self.suggestions)
        body.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.field)
        layout.addLayout(body, 1)
        self.resize(640, 420)

        self._typing = QTimer(self, singleShot=True, interval=TYPING_PAUSE_MS)
        self._typing.timeout.connect(self._suggest)
        self.field.textEdited.connect(lambda _t: self._typing.start())
        self.field.returnPressed.connect(self._enter)
        self.field.installEventFilter(self)
        self.suggestions.currentTextChanged.connect(self._chosen)
        self.suggestions.itemActivated.connect(lambda item: self.look_up(item.text()))

    # -- keyboard -----------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        """Up/Down in the field walk the suggestions (the field keeps the focus)."""
        if watched is self.field and event.type() == QEvent.Type.KeyPress:
            step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1}.get(event.key())
            if step is not None and self.suggestions.count():
                row = self.suggestions.currentRow() + step
                self.suggestions.setCurrentRow(max(0, min(row, self.suggestions.count() - 1)))
                return True
        return super().eventFilter(watched, event)

    def _enter(self) -> None:
        self._typing.stop()
        item = self.suggestions.currentItem()
        self.look_up(item.text() if item is not None else self.field.text())

    def _chosen(self, text: str) -> None:
        if text:  # Up/Down from the field, or a click in the list
            self.look_up(text)

    # -- suggestions and look-ups -------------------------------------------------------

    def _suggest(self) -> None:
        from ..core.dictionary_search import suggest

        try:
            found = suggest(self.field.text())
        except Exception:  # a missing lexicon: typing and Enter still work
            log.exception("no suggestions")
            found = []
        self.suggestions.blockSignals(True)
        self.suggestions.clear()
        self.suggestions.addItems(found)
        self.suggestions.blockSignals(False)

    def look_up(self, text: str) -> workers.JobHandle | None:
        """Look `text` up in the background and show its card."""
        from ..core.dictionary_search import clean_query, look_up

        query = clean_query(text)
        if not query:
            self._show_message("Type a French word or expression (up to 80 characters).")
            return None
        self._asked += 1
        asked = self._asked
        self.message.setText(f"Looking up “{query}”…")
        glossary_of = self._glossary_of

        def job(_reporter) -> WordLookup:
            return look_up(query, glossary_of())

        def done(found: WordLookup) -> None:
            if asked == self._asked:
                self.show_lookup(found)

        def failed(exc: BaseException) -> None:
            if asked == self._asked:
                log.error("look-up of %r failed: %s", query, exc)
                self._show_message("The dictionary could not be read; try reinstalling.")

        if self._job is not None:
            self._job.cancel()
        self._job = workers.start(job, done, failed, name="dictionary-search")
        return self._job

    def show_lookup(self, found: WordLookup) -> None:
        """Show the card for `found` (or say that nothing is known)."""
        self.shown_query = found.query
        if not found.found:
            self._show_message(
                f"“{found.query}”: not in the dictionaries. Check the spelling, or try the "
                "dictionary form (infinitive, masculine singular)."
            )
            return
        self.message.setText("")
        self.message.hide()
        self.card.set_entry(entry_for(found))
        self.card.show()

    def _show_message(self, text: str) -> None:
        self.card.hide()
        self.message.setText(text)
        self.message.show()

    def done(self, result: int) -> None:  # noqa: D102 (Qt override: Escape, close)
        if self._job is not None:
            self._job.cancel()
        super().done(result)


def open_search(glossary_of: Callable[[], Glossary | None], parent: QWidget) -> DictionarySearch:
    """Show the search box (one per window, reused), its field focused and selected."""
    dialog = parent.findChild(DictionarySearch)
    if dialog is None:
        dialog = DictionarySearch(glossary_of, parent)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    dialog.field.setFocus()
    dialog.field.selectAll()
    return dialog
