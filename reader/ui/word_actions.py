"""What the learner does with words: pop-ups, statuses, undo, look-ups, the panel list."""

from __future__ import annotations

import logging
import time

from PySide6.QtCore import QObject, QRect

from . import messages, workers
from .gloss_popup import PopupEntry, build_entry

log = logging.getLogger(__name__)


class WordActions(QObject):
    """Connects the view, the pop-up and the panel to the learner's word statuses."""

    def __init__(self, window):
        super().__init__(window)
        self.w = window
        self._undo: list[tuple[str, dict]] = []  # (description, {lemma: old status or None})
        self._looked_up: set[str] = set()
        self._expr_at: dict[int, object] = {}
        self._gloss_cache: dict[int, object] = {}
        self.last_popup_ms = 0.0
        self._relevel_gen = 0  # counts re-colourings asked: only the latest is shown
        self._relevel_job: workers.JobHandle | None = None
        view, popup = window.view, window.popup
        view.token_hovered.connect(self._hovered)
        view.hover_left.connect(popup.hide_soon)
        view.blank_clicked.connect(popup.close_popup)
        view.token_clicked.connect(lambda i: self.open_token(i, pinned=True))
        view.verticalScrollBar().valueChanged.connect(lambda _v: self.reposition_popup())
        popup.status_requested.connect(self._popup_status)
        popup.edit_requested.connect(self.edit_gloss)
        popup.speak_requested.connect(self.speak)

    # -- state --------------------------------------------------------------------------

    @property
    def result(self):
        return self.w.result

    @property
    def statuses(self):
        return self.w.services.statuses

    def reset(self) -> None:
        self._relevel_gen += 1  # a re-colouring of the previous document is stale
        if self._relevel_job is not None:
            self._relevel_job.cancel()
            self._relevel_job = None
        self._undo.clear()
        self._looked_up.clear()
        self._expr_at.clear()
        self._gloss_cache.clear()
        self._sync_undo()

    def document_ready(self, result) -> None:
        """Index expressions by token; configure the pop-up's actions."""
        self._expr_at = {}
        for expr in result.expressions:
            for i in range(expr.first_token, expr.last_token):  # last_token is exclusive
                self._expr_at.setdefault(i, expr)
        self.w.popup.set_capabilities(
            statuses=self.statuses is not None and result.assessment is not None,
            edit=self.w.services.user_glossary is not None,
            speak=self.w.speech is not None and self.w.speech.available,
        )

    def relevel(self) -> None:
        """Re-colour for the current level and statuses: at once on an article; in a
        worker on a book (the result is applied when ready, unless a newer one was asked)."""
        from . import highlighting

        result = self.result
        if result is None or result.assessment is None:
            return
        self._relevel_gen += 1
        generation = self._relevel_gen
        if self._relevel_job is not None:
            self._relevel_job.cancel()
            self._relevel_job = None
        learner = self.w.services.learner(self.w.level.value())
        doc, assessment, statuses = result.doc, result.assessment, self.statuses

        def job(reporter=None):
            check = reporter.check if reporter is not None else None
            return highlighting.recolour(doc, assessment, learner, statuses, check)

        if len(doc.tokens) <= highlighting.SYNC_TOKENS:
            self._relevelled(result, generation, job())
            return
        self._relevel_job = workers.start(
            job, lambda shading: self._relevelled(result, generation, shading), name="relevel"
        )

    def relevel_pending(self) -> bool:
        """A re-colouring runs in the background (its result not shown yet)."""
        return self._relevel_job is not None

    def _relevelled(self, result, generation: int, shading) -> None:
        """Show a re-colouring, unless another was asked since or the document changed."""
        if generation != self._relevel_gen:
            return  # stale: a newer level or status change is on its way
        self._relevel_job = None
        if result is not self.result:
            return  # stale: another part of the document (or another one) is shown
        self.w.apply_shading(shading)
        if self.w.popup.isVisible() and self.w.popup.entry is not None:
            self.open_token(self.w.popup.entry.token_index, pinned=self.w.popup.pinned)

    # -- pop-up -------------------------------------------------------------------------

    def _hovered(self, index: int) -> None:
        if self.w.hover_action.isChecked() and not self.w.popup.pinned:
            self.open_token(index, pinned=False)

    def entry_for(self, index: int) -> PopupEntry:
        """The pop-up content for token `index` (its expression when it is in one)."""
        doc = self.result.doc
        tok = doc.tokens[index]
        info = self._info(index)
        expr = self._expr_at.get(index)
        if expr is not None:
            text = doc.text[
                doc.tokens[expr.first_token].start : doc.tokens[expr.last_token - 1].end
            ]
            entry = build_entry(tok, info, expr.result, expression_text=text)
            entry.status = ""
            return entry
        entry = build_entry(tok, info, self._gloss(index))
        entry.ipa = self._ipa(doc, tok)
        return entry

    def _ipa(self, doc, tok) -> str:
        """The token's pronunciation line ('' when none can be given)."""
        from ..core.pronunciation import default_pronouncer

        try:
            found = default_pronouncer().for_token(doc, tok)
        except Exception:  # a missing lexicon or espeak must never break the pop-up
            log.exception("no pronunciation for %r", tok.text)
            return ""
        return found.text if found is not None else ""

    def open_token(self, index: int, pinned: bool = False) -> None:
        """Show the pop-up for token `index` beside it; record the look-up."""
        if self.result is None:
            return
        started = time.perf_counter()
        doc = self.result.doc
        tok = doc.tokens[index]
        if tok.elided and tok.joined_to >= 0:
            index, tok = tok.joined_to, doc.tokens[tok.joined_to]
        if not tok.is_word:
            return
        entry = self.entry_for(index)
        popup, view = self.w.popup, self.w.view
        popup.set_entry(entry)
        rect = self._anchor_rect(index)
        popup.show_at(_to_parent(view, rect), pinned=pinned)
        self.last_popup_ms = (time.perf_counter() - started) * 1000
        self._record_lookup(index, entry)

    def _anchor_rect(self, index: int) -> QRect:
        """Where the word (or its whole expression) is drawn, in viewport coordinates."""
        doc, view = self.result.doc, self.w.view
        expr = self._expr_at.get(index)
        if expr is None:
            return view.token_rect(index)
        first, last = doc.tokens[expr.first_token], doc.tokens[expr.last_token - 1]
        return view.range_rect(first.start, last.end)

    def reposition_popup(self) -> None:
        popup = self.w.popup
        if popup.isVisible() and popup.entry is not None and self.result is not None:
            rect = self._anchor_rect(popup.entry.token_index)
            popup.show_at(_to_parent(self.w.view, rect))

    def _record_lookup(self, index: int, entry: PopupEntry) -> None:
        if self.statuses is None or entry.expression or entry.lemma in self._looked_up:
            return
        self._looked_up.add(entry.lemma)
        tok = self.result.doc.tokens[index]
        try:
            self.statuses.record_lookup(
                entry.lemma, entry.pos, tok.text, self._sentence_text(index), self._source_name()
            )
        except Exception:
            log.exception("could not record the look-up of %s", entry.lemma)
            return
        self.w.vocab.reader_changed_statuses()
        self.w.estimator.schedule()

    def _info(self, index: int):
        a = self.result.assessment if self.result else None
        return a.words[index] if a is not None and index < len(a.words) else None

    def _gloss(self, index: int):
        if index not in self._gloss_cache:
            glossary = self.w.services.glossary
            gloss = None
            if glossary is not None:
                try:
                    gloss = glossary.lookup_token(self.result.doc.tokens[index])
                except Exception:
                    log.exception("gloss look-up failed")
            self._gloss_cache[index] = gloss
        return self._gloss_cache[index]

    def _sentence_text(self, index: int) -> str:
        doc = self.result.doc
        s = doc.sentences[doc.tokens[index].sentence] if doc.sentences else None
        return doc.text[s.start : s.end] if s else ""

    def _source_name(self) -> str:
        src = self.w.source
        return (getattr(src, "title", "") or self.w.path or "pasted text") if src else ""

    # -- statuses -----------------------------------------------------------------------

    def _popup_status(self, status: str) -> None:
        entry = self.w.popup.entry
        if entry is not None:
            self.set_status(entry.token_index, status)

    def set_focus_status(self, status: str) -> None:
        """K/L/U/I: change the word in the pop-up, else the keyboard's current word."""
        popup = self.w.popup
        if popup.isVisible() and popup.entry is not None:
            self.set_status(popup.entry.token_index, status)
        elif self.w.view.focus_token() is not None:
            self.set_status(self.w.view.focus_token(), status)

    def set_status(self, index: int, status: str) -> None:
        """Give the lemma of token `index` a status (undoable) and re-colour."""
        if self.statuses is None or self.result is None or self._info(index) is None:
            self.w.show_status("This word cannot be marked (word list unavailable).")
            return
        info, tok = self._info(index), self.result.doc.tokens[index]
        old = _status_value(self.statuses.get(info.lemma))
        if old == status:
            return
        self.statuses.set(
            info.lemma,
            status,
            pos=info.pos,
            surface=tok.text,
            sentence=self._sentence_text(index),
            source=self._source_name(),
        )
        self.w.statuses_changed_here()
        self._push_undo(f"mark {info.lemma} {status}", {info.lemma: old})
        self.w.show_status(f"“{info.lemma}” marked {status}. Ctrl+Z to undo.")
        self.relevel()

    def finish_reading(self) -> None:
        """Mark every word of the article without a status of its own as known."""
        a = self.result.assessment if self.result else None
        if self.statuses is None or a is None:
            return
        if not self.result.complete:
            self.w.show_status("The rest of the text is still being analysed: try again soon.")
            return
        lemmas = sorted({info.lemma for info in a.words if info is not None and not info.status})
        if not lemmas:
            self.w.show_status("Every word of this article already has a status.")
            return
        changed = self.statuses.set_many(lemmas, "known")
        self.w.statuses_changed_here()
        self._push_undo(f"mark {len(lemmas)} words known", _as_old_map(changed, lemmas))
        self.w.show_status(f"{len(lemmas)} words marked as known. Ctrl+Z to undo.")
        self.relevel()

    def undo(self) -> None:
        if not self._undo:
            return
        description, old = self._undo.pop()
        restore = getattr(self.statuses, "restore", None)
        if restore is not None:
            restore(old)
        else:
            for lemma, status in old.items():
                if status is None:
                    self.statuses.forget(lemma)
                else:
                    self.statuses.set(lemma, status)
        self.w.statuses_changed_here()
        self._sync_undo()
        self.w.show_status(f"Undone: {description}.")
        self.relevel()

    def _push_undo(self, description: str, old: dict) -> None:
        self._undo.append((description, old))
        self._sync_undo()

    def _sync_undo(self) -> None:
        text = f"Undo {self._undo[-1][0]}" if self._undo else "Undo"
        self.w.undo_action.setEnabled(bool(self._undo))
        self.w.undo_action.setText(text)
        self.w.panel.set_undo_enabled(bool(self._undo), text)

    # -- gloss editing and speech ---------------------------------------------------------

    def edit_gloss(self) -> None:
        entry, user = self.w.popup.entry, self.w.services.user_glossary
        if entry is None or user is None:
            return
        current = entry.glosses[0][0] if entry.glosses else ""
        text = messages.ask_text(
            self.w, "Your translation", f"English meaning of “{entry.lemma}”:", current
        )
        if text is None or not text.strip():
            return
        user.set(entry.lemma, entry.pos, text.strip(), entry.gender, "")
        self._gloss_cache.clear()
        glossary = self.w.services.glossary
        if hasattr(glossary, "clear_cache"):
            glossary.clear_cache()
        self.open_token(entry.token_index, pinned=True)
        self.update_panel()

    def speak(self, text: str) -> None:
        speech = self.w.speech
        if speech is not None:
            speech.speak_text(text)

    # -- navigation and the panel -------------------------------------------------------

    def move(self, step: int) -> None:
        self.w.popup.close_popup()
        self.w.view.move_focus(step)

    def open_focus(self) -> None:
        index = self.w.view.focus_token()
        if index is None:
            index = self.w.view.move_focus(1)
        if index is not None:
            self.open_token(index, pinned=True)

    def jump_to(self, index: int) -> None:
        self.w.view.set_focus_token(index)
        self.w.view.setFocus()
        self.open_token(index, pinned=True)

    def update_panel(self) -> None:
        panel, a = self.w.panel, self.result.assessment if self.result else None
        if self.result is None:
            return
        if a is None:
            panel.set_unavailable(
                "Word difficulty needs the vocabulary model, which is not installed."
            )
            return
        shading = self.result.shading
        if shading is None or shading.assessment is not a:
            from .highlighting import difficult_rows

            rows = difficult_rows(a)
        else:
            rows = shading.rows  # computed in the worker
        panel.set_figures(a.stats, self.w.level.value())
        panel.set_words(rows, self._meaning)

    def _meaning(self, first: int) -> str:
        """The first gloss of token `first` (for the panel's Meaning column)."""
        if self.result is None or first >= len(self.result.doc.tokens):
            return ""
        gloss = self._gloss(first)
        return (getattr(gloss, "first_gloss", "") if gloss is not None else "") or ""


def _to_parent(view, rect: QRect) -> QRect:
    """A viewport rectangle in the coordinates of the view (the pop-up's parent)."""
    return QRect(view.viewport().mapTo(view, rect.topLeft()), rect.size())


def _status_value(value) -> str | None:
    if value is None or isinstance(value, str):
        return value or None
    return getattr(value, "status", None) or None


def _as_old_map(changed, lemmas: list[str]) -> dict:
    """set_many's report of what changed -> {lemma: old status or None}."""
    if isinstance(changed, dict):
        return {k: _status_value(v) for k, v in changed.items()}
    out = {}
    for item in changed or []:
        if isinstance(item, tuple):
            out[item[0]] = _status_value(item[1])
        else:
            out[item] = None
    return out
