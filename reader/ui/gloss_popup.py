"""The pop-up that explains a word (or a multi-word expression) next to it."""

from __future__ import annotations

import html
from dataclasses import dataclass, field

from PySide6.QtCore import QPoint, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..core.spelling import SOURCE as MISSPELLING
from ..core.thesaurus import SOURCE as THESAURUS

POS_LABELS = {
    "NOUN": "noun",
    "VERB": "verb",
    "ADJ": "adjective",
    "ADV": "adverb",
    "PROPN": "name",
    "INTJ": "interjection",
    "AUX": "auxiliary",
    "ADP": "preposition",
    "PRON": "pronoun",
    "DET": "determiner",
    "CCONJ": "conjunction",
    "SCONJ": "conjunction",
    "NUM": "number",
}
GENDER_LABELS = {"m": "masculine", "f": "feminine"}
BAND_LABELS = {1: "very common", 2: "common", 3: "less common", 4: "rare", 5: "very rare"}
# (status, button label, shortcut key)
STATUS_ACTIONS = (
    ("known", "Known", "K"),
    ("learning", "Learning", "L"),
    ("unknown", "Unknown", "U"),
    ("ignored", "Ignore", "I"),
)
GAP = 6  # pixels between the word and the pop-up
WIDTH = 360  # at the default reading size; grows and shrinks with it
BASE_TEXT_SIZE = 15  # the reading size the card's own sizes are drawn for
MIN_BODY = 80  # pixels: the least of the card's body shown when the room is small


@dataclass
class PopupEntry:
    """Everything the pop-up shows about one word or expression."""

    word: str
    lemma: str = ""
    pos: str = ""
    gender: str = ""
    article: str = ""
    glosses: list[tuple[str, bool]] = field(default_factory=list)  # (text, approximate)
    form_line: str = ""
    definition_fr: str = ""
    band: int = 0
    rank: int = 0
    cefr: str = ""
    status: str = ""
    source: str = ""
    expression: bool = False
    token_index: int = -1
    ipa: str = ""  # "/fis/ · les‿amis /lez‿ami/" (reader.core.pronunciation)
    note: str = ""  # a curated warning ("false friend: not 'eventual'")
    # the word's other entries: (heading such as "la livre", first glosses)
    others: list[tuple[str, str]] = field(default_factory=list)
    unsure: bool = False  # the context did not settle which entry is meant
    # nothing glosses it: what it probably is (reader.core.nonwords.unglossed_kind)
    unglossed: str = ""
    # left out of the vocabulary as not French: english | name | foreign (nonwords.not_french_kind)
    not_french: str = ""


def build_entry(tok, info=None, gloss=None, expression_text: str = "") -> PopupEntry:
    """A PopupEntry from a token, its WordInfo and its GlossResult (any may be None)."""
    morph = tok.morph_dict() if hasattr(tok, "morph_dict") else {}
    gender = {"Masc": "m", "Fem": "f"}.get(morph.get("Gender", ""), "")
    entry = PopupEntry(
        word=expression_text or tok.text,
        lemma=(getattr(info, "lemma", "") or tok.lemma),
        pos=(getattr(info, "pos", "") or tok.pos),
        gender=gender if tok.pos == "NOUN" else "",
        expression=bool(expression_text),
        token_index=tok.index,
    )
    if info is not None:
        entry.band = int(getattr(info, "band", 0) or 0)
        entry.rank = int(getattr(info, "rank", 0) or 0)
        entry.cefr = getattr(info, "cefr", "") or ""
        entry.status = getattr(info, "status", "") or ""
    if gloss is not None:
        if expression_text:
            entry.lemma = getattr(gloss, "lemma", "") or expression_text
            entry.pos = getattr(gloss, "pos", "") or ""
        elif getattr(gloss, "source", "") == MISSPELLING:  # conquète: la conquête's card
            entry.lemma = getattr(gloss, "lemma", "") or entry.lemma
            entry.pos = getattr(gloss, "pos", "") or entry.pos
            _intended_frequency(entry)  # not the misspelling's (very rare, C2)
        entry.gender = getattr(gloss, "gender", "") or entry.gender
        entry.article = getattr(gloss, "article", "") or ""
        entry.glosses = [(s.text, bool(s.approximate)) for s in getattr(gloss, "senses", [])]
        entry.form_line = getattr(gloss, "form_line", "") or ""
        entry.definition_fr = getattr(gloss, "definition_fr", "") or ""
        entry.source = getattr(gloss, "source", "") or ""
        entry.note = getattr(gloss, "note", "") or ""
        entry.unsure = bool(getattr(gloss, "unsure", False))
        for other in getattr(gloss, "others", ())[:2]:
            head = f"{other.article} {other.lemma}".replace("' ", "'").strip()
            label = POS_LABELS.get(other.pos, "")
            if label and not other.article:
                head += f" ({label})"
            texts = [s.text for s in other.senses[:3]]
            if texts:
                entry.others.append((head, ", ".join(texts)))
    if info is None and not expression_text and tok.is_word and not tok.is_name:
        from ..core.nonwords import not_french_kind

        entry.not_french = not_french_kind(tok.text, tok.lemma)
    if not entry.glosses and not entry.definition_fr and not expression_text:
        from ..core.nonwords import unglossed_kind

        entry.unglossed = unglossed_kind(tok.text, tok.lemma)
    if not entry.article and entry.gender and entry.pos == "NOUN":
        from ..core.vocab_item import article_for

        entry.article = article_for(entry.lemma, entry.gender)
    return entry


def _intended_frequency(entry: PopupEntry) -> None:
    """The frequency band and level of the word a misspelling stands for (its lexicon entry;
    none shown when the lexicon lacks it)."""
    from ..core.learner import band_for_rank
    from ..core.lexicon import default_lexicon

    try:
        found = default_lexicon().entry(entry.lemma, entry.pos or None)
    except (OSError, ValueError):
        found = None
    entry.rank = found.rank if found is not None else 0
    entry.band = band_for_rank(found.rank) if found is not None else 0
    entry.cefr = found.cefr if found is not None else ""


class GlossPopup(QFrame):
    """A floating card over the reader; placed beside the word, never on it."""

    status_requested = Signal(str)
    edit_requested = Signal()
    speak_requested = Signal(str)
    closed = Signal()

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("GlossPopup")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setFixedWidth(WIDTH)
        self._text_size = BASE_TEXT_SIZE  # the reading text's size: the card follows A+/A-
        self.entry: PopupEntry | None = None
        self.pinned = False
        self.anchor = QRect()
        self._hide_timer = QTimer(self, singleShot=True, interval=450)
        self._hide_timer.timeout.connect(self._hide_if_unpinned)

        self.word = QLabel(objectName="PopupWord")
        self.word.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.meta = QLabel(objectName="PopupMeta", wordWrap=True)
        self.ipa = QLabel(objectName="PopupIpa", wordWrap=True)
        self.ipa.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.ipa.setToolTip("Pronunciation (IPA) here, with the liaison or elision it makes")
        self.glosses = QLabel(wordWrap=True, objectName="PopupGlosses")
        self.glosses.setTextFormat(Qt.TextFormat.RichText)
        self.glosses.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.form = QLabel(wordWrap=True, objectName="PopupMeta")
        self.freq = QLabel(wordWrap=True, objectName="PopupMeta")
        self.foot = QLabel(wordWrap=True, objectName="PopupFoot")
        for label in (self.ipa, self.meta, self.glosses, self.form, self.freq, self.foot):
            label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

        self.status_buttons: dict[str, QToolButton] = {}
        statuses = QHBoxLayout()
        statuses.setSpacing(4)
        for status, label, key in STATUS_ACTIONS:
            button = QToolButton(text=label, checkable=True)
            button.setToolTip(f"Mark as {label.lower()} ({key})")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _=False, s=status: self.status_requested.emit(s))
            statuses.addWidget(button)
            self.status_buttons[status] = button
        statuses.addStretch(1)
        tools = QHBoxLayout()
        self.edit_button = QToolButton(text="Edit gloss…")
        self.edit_button.setToolTip("Write your own translation for this word")
        self.edit_button.clicked.connect(self.edit_requested)
        self._edit_label = "Edit gloss…"
        self.speak_button = QToolButton(text="Speak")
        self.speak_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_MediaVolume))
        self.speak_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.speak_button.setToolTip("Say this word aloud")
        self.speak_button.clicked.connect(self._speak)
        for button in (self.edit_button, self.speak_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            tools.addWidget(button)
        tools.addStretch(1)

        # What is said about the word scrolls when the card is taller than the room by the
        # word (a small window, a long entry): the word and the buttons stay in sight.
        self.body = QWidget(objectName="PopupBody")
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(5)
        for widget in (self.ipa, self.meta, self.glosses, self.form, self.freq):
            body.addWidget(widget)
        self.scroll = QScrollArea(objectName="PopupScroll", widgetResizable=True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll.setWidget(self.body)
        for part in (self.scroll, self.scroll.viewport(), self.body):
            part.setAutoFillBackground(False)  # the card's own background shows through
        self.scroll.viewport().setStyleSheet("background: transparent;")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(5)
        layout.addWidget(self.word)
        layout.addWidget(self.scroll)
        layout.addLayout(statuses)
        layout.addLayout(tools)
        layout.addWidget(self.foot)
        self.hide()

    # -- content ------------------------------------------------------------------------

    def set_entry(self, entry: PopupEntry) -> None:
        """Fill the card with `entry`."""
        self.entry = entry
        self.word.setText(entry.word)
        self.ipa.setText(entry.ipa)
        self.ipa.setVisible(bool(entry.ipa))
        self.meta.setText(_meta_line(entry))
        self.glosses.setText(_glosses_html(entry))
        self.form.setText(entry.form_line)
        self.form.setVisible(bool(entry.form_line))
        self.freq.setText(_frequency_line(entry))
        self.freq.setVisible(bool(self.freq.text()))
        self.foot.setText(_source_line(entry.source))
        self.foot.setVisible(bool(entry.source))
        # nothing known: the learner's own meaning is the way forward
        self.edit_button.setText("Add my meaning…" if not entry.glosses else self._edit_label)
        for status, button in self.status_buttons.items():
            button.setChecked(status == entry.status)
            button.setEnabled(not entry.expression)
        self._fit_height(self._natural_body_height())

    def set_capabilities(self, statuses: bool, edit: bool, speak: bool) -> None:
        """Disable the actions whose service is missing (with a reason in the tooltip)."""
        for button in self.status_buttons.values():
            button.setVisible(statuses)
        self.edit_button.setVisible(edit)
        self.speak_button.setVisible(speak)

    def text(self) -> str:
        """All the text shown (for tests and accessibility)."""
        widgets = (self.word, self.ipa, self.meta, self.glosses, self.form, self.freq)
        parts = [w.text() for w in widgets]
        return "\n".join(p for p in parts if p)

    # -- placement ----------------------------------------------------------------------

    def set_text_size(self, points: int) -> None:
        """Follow the reading text's size (A+/A-): fonts and width scale with it."""
        if points == self._text_size:
            return
        self._text_size = points
        factor = points / BASE_TEXT_SIZE
        font = QFont(self.font())
        font.setPointSizeF(max(7.0, QApplication.font().pointSizeF() * factor))
        self.setFont(font)
        word = QFont(font)
        word.setPointSizeF(max(9.0, 17 * factor))
        word.setWeight(QFont.Weight.DemiBold)
        self.word.setFont(word)
        self.word.setStyleSheet(f"font-size: {word.pointSizeF():.1f}pt;")
        self.setFixedWidth(max(280, min(760, round(WIDTH * factor))))
        if self.isVisible():
            self.show_at(self.anchor)

    def show_at(self, anchor: QRect, pinned: bool = False) -> None:
        """Show by `anchor` (the word, in parent coordinates), never on it: above its line so
        the next lines stay readable and hoverable, else below it beside the word (see
        `_place`); inside the text area (never under the scroll bar)."""
        self._hide_timer.stop()
        self.pinned = pinned or self.pinned and self.isVisible()
        self.anchor = QRect(anchor)
        bounds = self._bounds()
        self._fit_height(self._natural_body_height())
        if not _fits(anchor, self.size(), bounds):
            # Taller than the room above and below the word: the body scrolls, in the
            # larger room (never over the word, never out of the view).
            room = max(anchor.top() - bounds.top(), bounds.bottom() - anchor.bottom()) - GAP
            self._fit_height(self.scroll.height() - (self.height() - room))
        self.move(_place(anchor, self.size(), bounds))
        self.show()
        self.raise_()

    def _natural_body_height(self) -> int:
        """The body's height with nothing cut, at the card's width."""
        margins = self.layout().contentsMargins()
        inner = self.width() - margins.left() - margins.right()
        for widget in (self, *self.body.findChildren(QLabel)):
            widget.ensurePolished()  # the style sheet's fonts decide the labels' heights
        body = self.body.layout()
        body.invalidate()
        return (
            body.totalHeightForWidth(inner)
            if body.hasHeightForWidth()
            else body.totalSizeHint().height()
        )

    def _fit_height(self, body_height: int) -> None:
        """The card with its body `body_height` pixels high (at least a few lines)."""
        self.scroll.setFixedHeight(max(MIN_BODY, body_height))
        self.adjustSize()

    def _bounds(self) -> QRect:
        """Where the card may go, in parent coordinates: the parent without its vertical
        scroll bar (the card drawn under it was cut off)."""
        parent = self.parentWidget()
        bounds = parent.rect()
        bar = getattr(parent, "verticalScrollBar", None)
        if callable(bar) and bar().isVisible():  # in its container: map to the parent
            bounds.setRight(bar().mapTo(parent, QPoint(0, 0)).x() - 1)
        book = getattr(parent, "book_bar", None)  # the reader view's bar for a long text
        if book is not None and book.isVisible():
            bounds.setRight(min(bounds.right(), book.mapTo(parent, QPoint(0, 0)).x() - 1))
        return bounds

    def hide_soon(self) -> None:
        """Hide after a short delay unless pinned or the mouse comes in."""
        if not self.pinned:
            self._hide_timer.start()

    def close_popup(self) -> None:
        self._hide_timer.stop()
        self.pinned = False
        if self.isVisible():
            self.hide()
            self.closed.emit()

    def _hide_if_unpinned(self) -> None:
        if not self.pinned and not self.underMouse():
            self.close_popup()

    def _speak(self) -> None:
        if self.entry is not None:
            self.speak_requested.emit(self.entry.word)

    def enterEvent(self, event) -> None:  # noqa: N802 (Qt override)
        self._hide_timer.stop()
        super().enterEvent(event)

    def leaveEvent(self, event) -> None:  # noqa: N802
        self.hide_soon()
        super().leaveEvent(event)


def _place(anchor: QRect, size, bounds: QRect) -> QPoint:
    """Top-left point for a card of `size` by `anchor` (the word), inside `bounds`.

    Above the word's line when it fits: the lines read next stay free to read and hover.
    Else below the line, beside the word's column when the view is wide enough, so the text
    just under the word stays visible. A card that fits neither above nor below goes beside
    the word, moved into the view; only a view too small for that puts it where it has the
    most room."""
    x = max(bounds.left() + 4, min(anchor.left() - 12, bounds.right() - size.width() - 4))
    above = anchor.top() - GAP - size.height()
    below = anchor.bottom() + GAP
    if above >= bounds.top():
        return QPoint(x, above)
    aside = _beside(anchor, size.width(), bounds)
    if below + size.height() <= bounds.bottom():
        return QPoint(x if aside is None else aside, below)
    if aside is not None:
        return QPoint(aside, max(bounds.top(), bounds.bottom() - size.height()))
    room_below = bounds.bottom() - anchor.bottom() > anchor.top() - bounds.top()
    return QPoint(x, below if room_below else above)


def _fits(anchor: QRect, size, bounds: QRect) -> bool:
    """Whether a card of `size` fits above or below the word, or beside it, inside `bounds`."""
    if anchor.top() - GAP - size.height() >= bounds.top():
        return True
    if anchor.bottom() + GAP + size.height() <= bounds.bottom():
        return True
    return size.height() <= bounds.height() and _beside(anchor, size.width(), bounds) is not None


def _beside(anchor: QRect, width: int, bounds: QRect) -> int | None:
    """The card's left edge right of the word, else left of it (None: no room either side)."""
    right = anchor.right() + GAP
    if right + width <= bounds.right() - 4:
        return right
    left = anchor.left() - GAP - width
    return left if left >= bounds.left() + 4 else None


def _meta_line(entry: PopupEntry) -> str:
    parts = [_NOT_FRENCH[entry.not_french]] if entry.not_french in _NOT_FRENCH else []
    if entry.expression:
        parts.append("expression")
    elif entry.lemma and entry.lemma.lower() != entry.word.lower():
        parts.append(f"from {entry.lemma}")
    pos = POS_LABELS.get(entry.pos, "")
    if pos and not entry.expression:
        pos += f", {GENDER_LABELS[entry.gender]}" if entry.gender in GENDER_LABELS else ""
        parts.append(pos)
    if entry.article and entry.pos == "NOUN":
        joiner = "" if entry.article.endswith("'") else " "
        parts.append(f"{entry.article}{joiner}{entry.lemma}")
    return " · ".join(parts)


# A word the vocabulary model left out as not French (reader.core.nonwords.not_french_kind)
_NOT_FRENCH = {"english": "English word (not French)", "name": "Name", "foreign": "Foreign word"}
# What a word nothing glosses probably is (reader.core.nonwords.unglossed_kind)
_UNGLOSSED = {
    "name": "Probably a name (a program, product or brand): names are not translated.",
    "english": "An English word, not a French one: French texts use it as it is.",
    "code": "Probably code or a symbol, not a word.",
    "foreign": "Probably a foreign word or a program's name: not spelt as French words are.",
    "french": "A French word none of the bundled dictionaries translates.",
    "unknown": "Not in the French word list: a rare word, a name or a foreign word.",
}


def _glosses_html(entry: PopupEntry) -> str:
    parts = []
    if entry.glosses:
        items = []
        for text, approximate in entry.glosses[:6]:
            t = html.escape(text)
            items.append(f"≈ <i>{t}</i>" if approximate else t)
        body = "<br>".join(f"{i}. {item}" for i, item in enumerate(items, 1))
        parts.append(f"<div style='font-size:large'>{body}</div>")
        if any(a for _, a in entry.glosses[:6]):
            parts.append("<span style='font-size:small'>≈ approximate translation</span>")
        if entry.source == "acronyms" and entry.definition_fr:  # OTAN: what it stands for
            parts.append(f"<i>{html.escape(entry.definition_fr, quote=False)}</i>")
    elif entry.definition_fr:
        parts.append(f"<i>{html.escape(entry.definition_fr)}</i>")
        what = "synonyms from a thesaurus" if entry.source == THESAURUS else "definition"
        parts.append(
            "<span style='font-size:small'>No English meaning known yet: French "
            f"{what} above; add your own meaning below.</span>"
        )
    else:
        what = _UNGLOSSED.get(entry.unglossed, "")
        if entry.unglossed == "english":  # an English word is its own meaning
            parts.append(f"<div style='font-size:large'>English: {html.escape(entry.word)}</div>")
        if what:
            parts.append(f"<i>{html.escape(what)}</i>")
        parts.append("<i>No meaning known yet: add your own meaning below.</i>")
    if entry.note:
        mark = "⚠" if entry.note.startswith("false friend") else "ℹ"
        parts.append(f"<span style='color:#a0522d'>{mark} {html.escape(entry.note)}</span>")
    if entry.others:
        lead = "Or, depending on the sense:" if entry.unsure else "Also:"
        rows = "<br>".join(
            f"<b>{html.escape(head)}</b>: {html.escape(text)}" for head, text in entry.others
        )
        parts.append(f"<span style='font-size:small'>{lead}<br>{rows}</span>")
    return "<br>".join(parts)


def _source_line(source: str) -> str:
    """'freedict+apertium-catalan' -> 'Sources: freedict, apertium-catalan'."""
    if not source:
        return ""
    names = source.split("+")
    return ("Sources: " if len(names) > 1 else "Source: ") + ", ".join(names)


def _frequency_line(entry: PopupEntry) -> str:
    parts = []
    if entry.band:
        label = BAND_LABELS.get(entry.band, "")
        parts.append(f"Frequency: {'●' * (6 - entry.band)}{'○' * (entry.band - 1)} {label}")
    if entry.cefr:
        parts.append(f"level ≈ {entry.cefr}")
    return " · ".join(parts)
