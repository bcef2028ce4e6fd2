"""What the learner does with words: pop-ups, statuses, undo, look-ups, re-colouring."""

from __future__ import annotations

import logging
import time
from collections import deque
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QRect, QTimer, Signal

from ..core import gc_policy, gui_turns, highlighting
from ..core.glossary import GlossResult
from ..core.highlighting import Shading
from ..core.session import AnalysisResult, Change, ReadingSession
from ..core.vocab import lemma_gloss
from . import messages, workers
from .gloss_popup import GlossPopup, PopupEntry, build_entry
from .panels.article_panel import ArticlePanel
from .panels.word_list_model import sorted_rows, widest_of
from .reader_view import ReaderView

log = logging.getLogger(__name__)


class WordActions(QObject):
    """Connects the view, the pop-up and the panel to the session's word statuses."""

    undo_changed = Signal(bool, str)  # undo available, its menu text

    def __init__(
        self,
        session: ReadingSession,
        view: ReaderView,
        popup: GlossPopup,
        panel: ArticlePanel,
        show_status: Callable[[str], None],
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self.session, self.view, self.popup, self.panel = session, view, popup, panel
        self.show_status = show_status
        self.hover = False  # explain words on hover (the window's setting)
        # A hover is a look-up (recorded in My words) only when it rests this long on the
        # same word: reading with the mouse is not looking up (the window's setting).
        self.hover_lookup_ms = 1500
        self._hover_lookup = QTimer(self, singleShot=True)
        self._hover_lookup.timeout.connect(self._hover_rested)
        self._hovered_at: tuple[int, PopupEntry] | None = None
        self.can_speak = False  # the pop-up offers to read the word aloud
        self._undo: list[tuple[str, dict[str, str | None]]] = []  # (what, {lemma: old})
        self._looked_up: set[str] = set()
        self._expr_at: dict[int, object] = {}
        self._gloss_cache: dict[int, GlossResult | None] = {}
        # The panel's Meaning column is filled in small steps after the rows are shown (and
        # the highlights painted): a screen of rows is tens of glossary queries, ~80 ms of
        # GUI thread in one go when a book's first part arrives.
        self._panel_meanings: dict[int, str] = {}  # first token -> the text shown
        self._meaning_queue: deque[int] = deque()
        self._meaning_queued: set[int] = set()
        self._meanings_filled: list[int] = []  # looked up since the panel last asked again
        self._meaning_step = QTimer(self, singleShot=True, interval=0)
        self._meaning_step.timeout.connect(self._fill_meanings)
        # A result's word list is made in an event-loop turn of its own, after the highlights
        # (one turn for both held the GUI thread 30-45 ms at each part of a book, and a whole
        # book's list is thousands of rows); `after_panel` waits for it.
        self._panel_later = QTimer(self, singleShot=True, interval=0)
        self._panel_later.timeout.connect(self._panel_turn)
        self._after_panel: list[Callable[[], None]] = []
        self.last_popup_ms = 0.0
        self._relevel_gen = 0  # counts re-colourings asked: only the latest is shown
        self._relevel_job: workers.JobHandle | None = None
        view.token_hovered.connect(self._hovered)
        view.hover_left.connect(popup.hide_soon)
        view.hover_left.connect(self._hover_lookup.stop)
        popup.closed.connect(self._hover_lookup.stop)
        view.blank_clicked.connect(popup.close_popup)
        view.token_clicked.connect(lambda i: self.open_token(i, pinned=True))
        # a scroll moves the words away from the card: it closes rather than float over others
        view.verticalScrollBar().valueChanged.connect(lambda _v: popup.close_popup())
        view.text_size_changed.connect(self._text_size_changed)
        view.window().installEventFilter(self)  # the pointer leaving the window
        view.installEventFilter(self)  # the view resized: an open card goes by its word again
        popup.status_requested.connect(self._popup_status)
        popup.edit_requested.connect(self.edit_gloss)
        panel.token_activated.connect(self.jump_to)
        panel.finish_requested.connect(self.finish_reading)
        panel.undo_requested.connect(self.undo)
        session.subscribe(self._session_changed)
        session.prepare = self._prepare  # in the analysis's worker: the panel's rows sorted

    @property
    def result(self) -> AnalysisResult | None:
        return self.session.result

    def _session_changed(self, change: Change) -> None:
        if change is Change.DOCUMENT:
            self.reset()
        elif change is Change.RESULT:
            self.document_ready(self.session.result)
            if self.session.outdated(self.session.result):
                self.relevel()  # the level or a status changed while the job ran
            else:
                self._panel_later.start()
        elif change in (Change.LEVEL, Change.STATUSES, Change.ESTIMATE, Change.MODEL):
            if self.result is not None and self.session.outdated(self.result):
                self.relevel()
        elif change is Change.SHADING:
            self.update_panel()
            if self.popup.isVisible() and self.popup.entry is not None:
                self.open_token(self.popup.entry.token_index, pinned=self.popup.pinned)
        elif change is Change.GLOSSES:
            self._gloss_cache.clear()
            self._forget_meanings()
            self.update_panel()
        elif change is Change.STORE and self.result is not None:
            self.document_ready(self.result)

    def _prepare(self, result: AnalysisResult, shading: Shading | None = None) -> None:
        """In a worker: the panel's rows of `shading` (default: the result's) sorted as the
        list shows them now, kept with the result for update_panel."""
        if shading is None:  # the analysis's: its expressions indexed here too (a book's
            # thousands held the GUI thread 50+ ms when its whole analysis arrived)
            expressions = result.expressions
            result.prepared["expressions"] = (expressions, _expressions_by_token(expressions))
        shading = result.shading if shading is None else shading
        sort = self.panel.model.sort_spec()
        rows = sorted_rows(shading.rows, sort)
        if rows is not None:
            result.prepared["rows"] = (shading.rows, sort, rows, widest_of(rows))

    def after_panel(self, callback: Callable[[], None]) -> None:
        """Call `callback` once the word list shows the current result (at once if it does)."""
        if self._panel_later.isActive():
            self._after_panel.append(callback)
        else:
            callback()

    def reset(self) -> None:
        self.popup.close_popup()
        self._panel_later.stop()
        self._after_panel.clear()  # the previous text's
        self._relevel_gen += 1  # a re-colouring of the previous document is stale
        if self._relevel_job is not None:
            self._relevel_job.cancel()
            self._relevel_job = None
        self._undo.clear()
        self._looked_up.clear()
        self._expr_at.clear()
        self._gloss_cache.clear()
        self._forget_meanings()
        self._sync_undo()

    def document_ready(self, result: AnalysisResult) -> None:
        """Index expressions by token (in the analysis's worker when it could); configure
        the pop-up's actions."""
        prepared = result.prepared.get("expressions")
        if prepared is not None and prepared[0] is result.expressions:
            self._expr_at = prepared[1]
        else:
            self._expr_at = _expressions_by_token(result.expressions)
        self.popup.set_capabilities(
            statuses=self.session.statuses is not None,
            edit=self.session.user_glossary is not None,
            speak=self.can_speak,
        )

    def relevel(self) -> None:
        """Re-colour for the current level and statuses: at once on an article; in a
        worker on a book (the result is applied when ready, unless a newer one was asked)."""
        result = self.result
        if result is None:
            return
        self._relevel_gen += 1
        generation = self._relevel_gen
        if self._relevel_job is not None:
            self._relevel_job.cancel()
            self._relevel_job = None
        learner, version = self.session.learner(), self.session.statuses_version
        doc, assessment, statuses = result.doc, result.assessment, self.session.statuses

        def job(reporter: workers.Reporter | None = None) -> Shading:
            check = reporter.check if reporter is not None else None
            return highlighting.recolour(doc, assessment, learner, statuses, check)

        if len(doc.tokens) <= highlighting.SYNC_TOKENS:
            self._relevelled(result, generation, version, job())
            return

        def job_and_rows(reporter: workers.Reporter) -> Shading:
            # No full collections while a book's ~1M assessments are made (a full one
            # walks all of them holding the GIL, as in the analysis; see gc_policy).
            with gc_policy.analysing():
                shading = job(reporter)
                self._prepare(result, shading)  # the panel's rows sorted here, not on the GUI
            return shading

        self._relevel_job = workers.start(
            job_and_rows,
            lambda shading: self._relevelled(result, generation, version, shading),
            name="relevel",
        )

    def relevel_pending(self) -> bool:
        """A re-colouring runs in the background (its result not shown yet)."""
        return self._relevel_job is not None

    def _relevelled(
        self, result: AnalysisResult, generation: int, version: int, shading: Shading
    ) -> None:
        """Show a re-colouring, unless another was asked since or the document changed."""
        if generation != self._relevel_gen:
            return  # stale: a newer level or status change is on its way
        self._relevel_job = None
        self.session.set_shading(result, shading, version)  # dropped if another part shows

    # -- pop-up -------------------------------------------------------------------------

    def _hovered(self, index: int) -> None:
        if self.hover and not self.popup.pinned:
            self.open_token(index, pinned=False)

    def _hover_rested(self) -> None:
        """The hover card stayed on the same word for hover_lookup_ms: a look-up."""
        popup, rested = self.popup, self._hovered_at
        self._hovered_at = None
        if rested is not None and popup.isVisible() and popup.entry is rested[1]:
            self._record_lookup(*rested)

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
        """Show the pop-up for token `index` beside it. A deliberate look-up (pinned: a
        click, Enter, the panel) is recorded at once; a hover only once it rests."""
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
        self.popup.set_entry(entry)
        self.popup.show_at(_to_parent(self.view, self._anchor_rect(index)), pinned=pinned)
        self.last_popup_ms = (time.perf_counter() - started) * 1000
        self._hover_lookup.stop()
        if self.popup.pinned:
            self._record_lookup(index, entry)
        elif self.hover_lookup_ms >= 0:  # negative: a hover is never a look-up
            self._hovered_at = (index, entry)
            self._hover_lookup.start(self.hover_lookup_ms)

    def _anchor_rect(self, index: int) -> QRect:
        """Where the word (or its whole expression) is drawn, in viewport coordinates."""
        doc, view = self.result.doc, self.view
        expr = self._expr_at.get(index)
        if expr is None:
            return view.token_rect(index)
        first, last = doc.tokens[expr.first_token], doc.tokens[expr.last_token - 1]
        return view.range_rect(first.start, last.end, whole=True)

    def _text_size_changed(self, points: int) -> None:
        self.popup.set_text_size(points)
        self.reposition_popup()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        """A hover card closes when the pointer leaves the window (a clicked one stays)."""
        if event.type() == QEvent.Type.Leave and watched is self.view.window():
            if self.popup.isVisible() and not self.popup.pinned:
                self.popup.close_popup()
        elif event.type() == QEvent.Type.Resize and watched is self.view:
            QTimer.singleShot(0, self._card_after_resize)  # once the text is laid out anew
        return False

    def _card_after_resize(self) -> None:
        """The text reflowed: an open card's word is kept on screen and the card by it."""
        popup = self.popup
        if not popup.isVisible() or popup.entry is None or self.result is None:
            return
        index, pinned = popup.entry.token_index, popup.pinned
        if not 0 <= index < len(self.result.doc.tokens):
            return
        self.view.scroll_to_token(index)  # a scroll closes the card: show it again
        popup.show_at(_to_parent(self.view, self._anchor_rect(index)), pinned=pinned)

    def reposition_popup(self) -> None:
        popup = self.popup
        if popup.isVisible() and popup.entry is not None and self.result is not None:
            rect = self._anchor_rect(popup.entry.token_index)
            popup.show_at(_to_parent(self.view, rect))

    def _record_lookup(self, index: int, entry: PopupEntry) -> None:
        if self.session.statuses is None or entry.expression or entry.lemma in self._looked_up:
            return
        self._looked_up.add(entry.lemma)
        try:
            self.session.record_lookup(index, entry.lemma, entry.pos)
        except Exception:
            log.exception("could not record the look-up of %s", entry.lemma)

    def _info(self, index: int):
        a = self.result.assessment if self.result else None
        return a.words[index] if a is not None and index < len(a.words) else None

    def _gloss(self, index: int) -> GlossResult | None:
        if index not in self._gloss_cache:
            glossary = self.session.glossary
            gloss = None
            if glossary is not None:
                try:
                    doc = self.result.doc  # its text: where an acronym may be defined
                    gloss = glossary.lookup_token(doc.tokens[index], doc.text)
                except Exception:
                    log.exception("gloss look-up failed")
            self._gloss_cache[index] = gloss
        return self._gloss_cache[index]

    def meaning(self, first: int) -> str:
        """The first gloss of token `first` (for the panel's Meaning column)."""
        if self.result is None or first >= len(self.result.doc.tokens):
            return ""
        gloss = self._gloss(first)  # the row shows the lemma: its gloss, not the form's
        return lemma_gloss(gloss, self.session.glossary) if gloss is not None else ""

    # Longest stretch of the GUI thread given to the panel's meanings at a time.
    MEANING_STEP_MS = 8.0

    def panel_meaning(self, first: int) -> str:
        """The panel's Meaning of token `first` if already looked up; else "" for now, and
        the look-up is queued for `_fill_meanings` (the panel then asks again)."""
        text = self._panel_meanings.get(first)
        if text is not None:
            return text
        if first not in self._meaning_queued:
            self._meaning_queued.add(first)
            self._meaning_queue.append(first)
            self._meaning_step.start()
        return ""

    def meanings_pending(self) -> bool:
        """Meanings asked by the panel are still being looked up."""
        return bool(self._meaning_queue)

    def _fill_meanings(self) -> None:
        """Look up queued meanings for at most MEANING_STEP_MS, then let events run; once
        the queue is empty the panel shows them."""
        deadline = time.perf_counter() + self.MEANING_STEP_MS / 1000
        while self._meaning_queue:
            first = self._meaning_queue.popleft()
            self._meaning_queued.discard(first)
            self._panel_meanings[first] = self.meaning(first)
            self._meanings_filled.append(first)
            if time.perf_counter() >= deadline:
                break
        if self._meaning_queue:
            self._meaning_step.start()
        else:
            filled, self._meanings_filled = self._meanings_filled, []
            self.panel.model.refresh_meanings(filled)  # only their rows are drawn again

    def _forget_meanings(self) -> None:
        """Another document or other glosses: what was looked up or queued is stale."""
        self._meaning_step.stop()
        self._panel_meanings.clear()
        self._meaning_queue.clear()
        self._meaning_queued.clear()
        self._meanings_filled.clear()

    # -- statuses -----------------------------------------------------------------------

    def _popup_status(self, status: str) -> None:
        entry = self.popup.entry
        if entry is not None:
            self.set_status(entry.token_index, status)

    def set_focus_status(self, status: str) -> None:
        """K/L/U/I: change the word in the pop-up, else the keyboard's current word."""
        if self.popup.isVisible() and self.popup.entry is not None:
            self.set_status(self.popup.entry.token_index, status)
        elif self.view.focus_token() is not None:
            self.set_status(self.view.focus_token(), status)

    def set_status(self, index: int, status: str) -> None:
        """Give the lemma of token `index` a status (undoable) and re-colour."""
        statuses = self.session.statuses
        if statuses is None or self.result is None or self._info(index) is None:
            self.show_status("This word cannot be marked (word list unavailable).")
            return
        info, tok = self._info(index), self.result.doc.tokens[index]
        old = statuses.get(info.lemma) or None
        if old == status:
            return
        if not self._saved(
            lambda: statuses.set(
                info.lemma,
                status,
                pos=info.pos,
                surface=tok.text,
                sentence=self.session.sentence_text(index),
                source=self.session.source_name(),
            )
        ):
            return
        self._push_undo(f"mark {info.lemma} {status}", {info.lemma: old})
        self.session.statuses_changed()
        self.show_status(f"“{info.lemma}” marked {status}. Ctrl+Z to undo.")

    def finish_reading(self) -> None:
        """Mark every word of the article without a status of its own as known."""
        statuses = self.session.statuses
        if statuses is None or self.result is None:
            return
        if not self.result.complete:
            self.show_status("The rest of the text is still being analysed: try again soon.")
            return
        words = self.result.assessment.words
        lemmas = sorted({info.lemma for info in words if info is not None and not info.status})
        if not lemmas:
            self.show_status("Every word of this article already has a status.")
            return
        changed: dict = {}
        if not self._saved(lambda: changed.update(statuses.set_many(lemmas, "known"))):
            return
        self._push_undo(
            f"mark {len(lemmas)} words known", {k: v or None for k, v in changed.items()}
        )
        self.session.statuses_changed()
        self.show_status(f"{len(lemmas)} words marked as known. Ctrl+Z to undo.")

    def undo(self) -> None:
        if not self._undo or self.session.statuses is None:
            return
        description, old = self._undo[-1]
        if not self._saved(lambda: self.session.statuses.restore(old)):
            return
        self._undo.pop()
        self._sync_undo()
        self.session.statuses_changed()
        self.show_status(f"Undone: {description}.")

    def _saved(self, write) -> bool:
        """Run a write to the word list; when the store refuses (disk full, read-only...),
        say so with its advice instead of raising from a slot. True when saved."""
        from ..core.store import StoreError

        try:
            write()
        except StoreError as exc:
            log.warning("change not saved: %s", exc)
            self.show_status("Your change was not saved.")
            messages.warning(self.view, "Your change was not saved", str(exc))
            return False
        return True

    def _push_undo(self, description: str, old: dict[str, str | None]) -> None:
        self._undo.append((description, old))
        self._sync_undo()

    def _sync_undo(self) -> None:
        text = f"Undo {self._undo[-1][0]}" if self._undo else "Undo"
        self.panel.set_undo_enabled(bool(self._undo), text)
        self.undo_changed.emit(bool(self._undo), text)

    # -- gloss editing ------------------------------------------------------------------

    def edit_gloss(self) -> None:
        entry, user = self.popup.entry, self.session.user_glossary
        if entry is None or user is None:
            return
        current = entry.glosses[0][0] if entry.glosses else ""
        text = messages.ask_text(
            self.view, "Your translation", f"English meaning of “{entry.lemma}”:", current
        )
        if text is None or not text.strip():
            return
        if not self._saved(
            lambda: user.set(entry.lemma, entry.pos, text.strip(), entry.gender, "")
        ):
            return
        self.session.glosses_changed()
        self.open_token(entry.token_index, pinned=True)

    def _panel_turn(self) -> None:
        with gui_turns.turn():  # the jobs (the rest of a book's analysis) wait meanwhile
            self.update_panel()

    def update_panel(self) -> None:
        """The article panel's figures and difficult words, from the current shading."""
        self._panel_later.stop()
        if self.result is None:
            return
        shading = self.result.shading
        self.panel.set_figures(shading.assessment.stats, self.session.level)
        prepared = self.result.prepared.get("rows")
        if prepared is not None and prepared[0] is shading.rows:  # sorted in the worker
            self.panel.set_words(
                prepared[2], self.panel_meaning, sorted_by=prepared[1], widest=prepared[3]
            )
        else:
            self.panel.set_words(shading.rows, self.panel_meaning)
        waiting, self._after_panel = self._after_panel, []
        for callback in waiting:
            callback()

    # -- navigation ---------------------------------------------------------------------

    def move(self, step: int) -> None:
        self.popup.close_popup()
        self.view.move_focus(step)

    def open_focus(self) -> None:
        index = self.view.focus_token()
        if index is None:
            index = self.view.move_focus(1)
        if index is not None:
            self.open_token(index, pinned=True)

    def jump_to(self, index: int) -> None:
        self.view.set_focus_token(index)
        self.view.setFocus()
        self.open_token(index, pinned=True)


def _expressions_by_token(expressions: list) -> dict[int, object]:
    """token index -> the first expression (in `expressions`' order) the token is in."""
    at: dict[int, object] = {}
    for expr in expressions:
        for i in range(expr.first_token, expr.last_token):  # last_token is exclusive
            at.setdefault(i, expr)
    return at


def _to_parent(view: ReaderView, rect: QRect) -> QRect:
    """A viewport rectangle in the coordinates of the view (the pop-up's parent)."""
    return QRect(view.viewport().mapTo(view, rect.topLeft()), rect.size())
