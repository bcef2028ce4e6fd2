"""Words > Explain this sentence (Ctrl+E): the sentence with its difficult words and
expressions glossed in line, and a rough machine translation labelled as such."""

from __future__ import annotations

import html
import logging
from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTextBrowser, QVBoxLayout, QWidget

from ..core.session import ReadingSession
from ..core.sentence_help import Piece, explain_sentence
from . import workers

log = logging.getLogger(__name__)
ROUGH_LABEL = "Rough translation (machine, {engine}):"


def pieces_html(pieces: list[Piece]) -> str:
    """The sentence as HTML: each explained piece in bold with its gloss after it."""
    out = []
    for p in pieces:
        if p.gloss:
            cls = "expr" if p.expression else "word"
            out.append(
                f'<b class="{cls}">{html.escape(p.text)}</b>'
                f' <span style="color:#1f6f43">[{html.escape(p.gloss)}]</span>'
            )
        else:
            out.append(html.escape(p.text))
    return "".join(out)


class SentenceHelpDialog(QDialog):
    """One sentence explained; the rough translation arrives from a worker."""

    def __init__(self, pieces: list[Piece], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("Explain this sentence")
        self.setObjectName("sentence_help")
        self.resize(620, 300)
        self.sentence = QTextBrowser()
        self.sentence.setHtml(f'<p style="font-size:large">{pieces_html(pieces)}</p>')
        glossed = sum(1 for p in pieces if p.gloss)
        self.note = QLabel(
            f"{glossed} difficult word{'s' if glossed != 1 else ''} or expression"
            f"{'s' if glossed != 1 else ''} explained."
            if glossed
            else "No difficult word here at your level."
        )
        self.translation = QLabel("Rough translation: working…")
        self.translation.setObjectName("rough_translation")
        self.translation.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.sentence, 1)
        layout.addWidget(self.note)
        layout.addWidget(self.translation)
        layout.addWidget(buttons)

    def show_translation(self, engine: str, text: str) -> None:
        self.translation.setText(f"{ROUGH_LABEL.format(engine=engine)} {text}")

    def show_problem(self, text: str) -> None:
        self.translation.setText(text)


class SentenceHelp(QObject):
    """Opens the explanation of the sentence holding the keyboard's word (or the top one)."""

    def __init__(
        self,
        session: ReadingSession,
        view,
        meaning: Callable[[int], str],
        show_status: Callable[[str], None],
        parent: QWidget,
    ):
        super().__init__(parent)
        self.session, self.view, self.meaning, self.show_status = (
            session,
            view,
            meaning,
            show_status,
        )
        self.parent_widget = parent
        self.dialog: SentenceHelpDialog | None = None
        self._job = None
        view.explain_requested.connect(self.explain_token)

    def explain_token(self, token_index: int) -> None:
        """Explain the sentence holding word token `token_index` (context menu)."""
        result = self.session.result
        if result is None or token_index >= len(result.doc.tokens):
            self.explain()
            return
        self.explain(result.doc.tokens[token_index].sentence)

    def current_sentence(self) -> int | None:
        result = self.session.result
        if result is None:
            return None
        doc = result.doc
        index = self.view.focus_token()
        if index is not None and index < len(doc.tokens):
            return doc.tokens[index].sentence
        found = doc.sentence_at(self.view.top_offset())
        return found.index if found is not None else (0 if doc.sentences else None)

    def explain(self, sentence_index: int | None = None) -> SentenceHelpDialog | None:
        result = self.session.result
        if sentence_index is None:
            sentence_index = self.current_sentence()
        if result is None or sentence_index is None:
            self.show_status("Wait until the text is analysed to explain a sentence.")
            return None
        doc = result.doc
        kinds = result.shading.kinds if getattr(result, "shading", None) is not None else {}
        pieces = explain_sentence(doc, sentence_index, kinds, result.expressions, self.meaning)
        if self.dialog is not None:
            self.dialog.close()
        self.dialog = dialog = SentenceHelpDialog(pieces, self.parent_widget)
        dialog.show()
        sentence = doc.text[doc.sentences[sentence_index].start : doc.sentences[sentence_index].end]

        def translate(_reporter):
            from ..core.translate import NOT_INSTALLED, default_translator

            translator = default_translator()
            if translator is None:
                return None, NOT_INSTALLED
            return translator.name, translator.translate(sentence)

        def done(answer) -> None:
            engine, text = answer
            if engine is None:
                dialog.show_problem(text)
            elif text:
                dialog.show_translation(engine, text)
            else:
                dialog.show_problem("The translation engine gave no answer for this sentence.")

        def failed(exc: BaseException) -> None:
            dialog.show_problem(f"No rough translation: {exc}")

        self._job = workers.start(translate, done, failed, name="sentence-translation")
        return dialog
