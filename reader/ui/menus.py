"""The window's actions, menus and toolbar (built once; the window keeps the actions)."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QSizePolicy, QToolBar, QWidget

if TYPE_CHECKING:
    from .main_window import MainWindow

log = logging.getLogger(__name__)


def _action(w: MainWindow, text: str, slot, shortcut=None, checkable=False, tip="") -> QAction:
    """A window-wide action (menus and the toolbar show it)."""
    action = QAction(text, w, checkable=checkable)
    if shortcut is not None:
        keys = shortcut if isinstance(shortcut, list) else [shortcut]
        action.setShortcuts([QKeySequence(k) for k in keys])
    if tip:
        action.setStatusTip(tip)
        action.setToolTip(tip)
    action.triggered.connect(slot)
    w.addAction(action)
    return action


def _option(w: MainWindow, text: str, key: str, slot, shortcut=None, tip="") -> QAction:
    """A checkable action over the boolean setting `key`, checked as the user left it."""
    action = _action(w, text, slot, shortcut, True, tip)
    action.setChecked(w.settings.get(key))
    return action


def build_actions(w: MainWindow) -> None:
    """Every action of the window, as attributes of `w` (tests and menus use them)."""
    std = QKeySequence.StandardKey
    words, options = w.words, w.options
    w.open_action = _action(
        w, "&Open…", w.opener.open_dialog, std.Open, tip="Open an article or a book"
    )
    from .open_url import ask_and_open

    w.open_url_action = _action(
        w,
        "Open &URL…",
        lambda: ask_and_open(w.opener),
        "Ctrl+Shift+O",
        tip="Fetch a French web page and read it",
    )
    w.paste_action = _action(
        w,
        "&Paste as new article",
        w.opener.paste,
        "Ctrl+Shift+V",
        tip="Read the text on the clipboard",
    )
    w.open_sample_action = _action(w, "Open the &sample article", w.open_sample)
    w.handout_action = _action(
        w,
        "&Handout…",
        w.open_handout,
        "Ctrl+Shift+H",
        tip="Make a glossary handout of this article for a class",
    )
    w.quit_action = _action(w, "&Quit", w.close, std.Quit)
    w.zoom_in_action = _action(w, "Zoom &in", lambda: options.zoom(1), [std.ZoomIn, "Ctrl+="])
    w.zoom_out_action = _action(w, "Zoom &out", lambda: options.zoom(-1), std.ZoomOut)
    w.zoom_reset_action = _action(w, "&Normal size", options.zoom_reset, "Ctrl+0")
    w.find_action = _action(w, "&Find…", w.find_bar.open, std.Find)
    w.dark_action = _action(w, "&Dark theme", options.set_dark, "Ctrl+Shift+D", True)
    w.dark_action.setChecked(w.settings.get("theme") == "dark")
    w.names_action = _option(
        w,
        "Show &names",
        "show_names",
        options.set_show_names,
        tip="Mark people, places and organisations in blue",
    )
    w.hover_action = _option(w, "Explain words on &hover", "hover_popup", options.set_hover)
    w.panel_action = _option(w, "Article &panel", "panel_visible", options.set_panel, "F9")
    w.undo_action = _action(w, "&Undo word change", words.undo, std.Undo)
    w.undo_action.setEnabled(False)
    words.undo_changed.connect(lambda on, text: _undo_changed(w.undo_action, on, text))
    # Ctrl+Z undoes the reader's changes where the reading happens; the word list
    # dock has its own (two window-wide Ctrl+Z would be ambiguous and do nothing).
    w.removeAction(w.undo_action)
    w.splitter.addAction(w.undo_action)
    w.undo_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    w.next_word_action = _action(w, "Next word", lambda: words.move(1), ["Alt+Right"])
    w.prev_word_action = _action(w, "Previous word", lambda: words.move(-1), ["Alt+Left"])
    w.explain_action = _action(w, "E&xplain word", words.open_focus, ["Return", "Enter"])
    from .dictionary_search import open_search

    w.search_action = _action(
        w,
        "Look up a wor&d…",
        lambda: open_search(w.session.load_glossary, w),
        "Ctrl+L",
        tip="Type any French word, form or expression and see its meaning",
    )
    w.explain_sentence_action = _action(
        w,
        "Explain this &sentence",
        lambda: w.sentence_help.explain(),
        "Ctrl+E",
        tip="The sentence with its difficult words glossed, and a rough translation",
    )
    from .progress_dialog import show_progress

    w.progress_action = _action(
        w,
        "My &progress…",
        lambda: show_progress(w.session, w),
        tip="Words known over time and words looked up per day",
    )
    w.escape_action = _action(w, "Close", w._escape, "Escape")
    w.status_actions = {}
    for status, label, key in (
        ("known", "Mark &known", "K"),
        ("learning", "Mark &learning", "L"),
        ("unknown", "Mark &unknown", "U"),
        ("ignored", "&Ignore word", "I"),
    ):
        w.status_actions[status] = _action(
            w, label, lambda _=False, s=status: words.set_focus_status(s), key
        )
    w.evidence_action = _option(
        w,
        "Refine my level from my &words",
        "use_evidence",
        options.set_evidence,
        tip="Once you have marked or looked up enough words, highlights follow them",
    )
    w.cognates_action = _option(
        w,
        "English &cognates count as easier",
        "english_cognates",
        options.set_cognates,
        tip="Words spelled like an English word with the same meaning (invasion) are "
        "highlighted less",
    )
    w.finish_action = _action(w, "&Finished reading: mark the rest as known", words.finish_reading)


def _undo_changed(action: QAction, enabled: bool, text: str) -> None:
    action.setEnabled(enabled)
    action.setText(text)


def build_menus_and_toolbar(w: MainWindow) -> None:
    bar = w.menuBar()
    file_menu = bar.addMenu("&File")
    file_menu.addAction(w.open_action)
    file_menu.addAction(w.open_url_action)
    w.recent_menu = file_menu.addMenu("Open &recent")
    file_menu.addAction(w.paste_action)
    file_menu.addAction(w.open_sample_action)
    file_menu.addSeparator()
    file_menu.addAction(w.handout_action)
    file_menu.addSeparator()
    w.class_glossary.install(file_menu)
    file_menu.addSeparator()
    file_menu.addAction(w.quit_action)
    w.recent_menu.aboutToShow.connect(lambda: _fill_recent(w))

    words = bar.addMenu("&Words")
    words.addAction(w.explain_action)
    words.addAction(w.search_action)
    words.addAction(w.explain_sentence_action)
    words.addActions([w.next_word_action, w.prev_word_action])
    words.addSeparator()
    words.addActions(list(w.status_actions.values()))
    words.addSeparator()
    words.addAction(w.finish_action)
    words.addAction(w.evidence_action)
    words.addAction(w.cognates_action)
    words.addAction(w.undo_action)
    words.addSeparator()
    words.addAction(w.progress_action)

    view = bar.addMenu("&View")
    view.addAction(w.find_action)
    view.addSeparator()
    view.addActions([w.zoom_in_action, w.zoom_out_action, w.zoom_reset_action])
    view.addSeparator()
    view.addActions([w.dark_action, w.names_action, w.hover_action, w.panel_action])
    view.addAction(w.vocab.action)
    view.addAction(w.library.action)
    _hover_lookup_menu(w, view.addMenu("A hover &counts as a look-up"))
    view.addAction(_action(w, "Reading &font…", lambda: w.options.choose_font(w)))

    tools = w.addToolBar("Main")
    tools.setObjectName("MainToolbar")
    tools.setMovable(False)
    tools.addAction(w.open_action)
    tools.addAction(w.paste_action)
    tools.addSeparator()
    tools.addWidget(w.level)
    spacer = QWidget()
    spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    tools.addWidget(spacer)
    w.paste_action.setIconText("Paste")  # the toolbar fits 800 pixels (tooltip says more)
    w.zoom_out_action.setIconText("A−")
    w.zoom_in_action.setIconText("A+")
    w.names_action.setIconText("Names")
    w.dark_action.setIconText("Dark")
    tools.addActions([w.zoom_out_action, w.zoom_in_action])
    tools.addSeparator()
    tools.addActions([w.names_action, w.dark_action])
    w.toolbar = tools


HOVER_LOOKUP_CHOICES = (("after 1 s", 1000), ("after 1.5 s", 1500), ("after 3 s", 3000))


def _hover_lookup_menu(w: MainWindow, menu) -> None:
    """How long a hover must rest on a word to be recorded as a look-up (or never)."""
    from PySide6.QtGui import QActionGroup

    group = QActionGroup(menu)
    current = w.settings.get("hover_lookup_ms")
    w.hover_lookup_actions = {}
    for label, ms in (*HOVER_LOOKUP_CHOICES, ("never", -1)):
        action = menu.addAction(label)
        action.setCheckable(True)
        action.setChecked(ms == current)
        action.triggered.connect(lambda _=False, ms=ms: w.options.set_hover_lookup(ms))
        group.addAction(action)
        w.hover_lookup_actions[ms] = action


def _fill_recent(w: MainWindow) -> None:
    w.recent_menu.clear()
    recent = w.settings.get("recent_files")
    for path in recent:
        action = w.recent_menu.addAction(Path(path).name)
        action.setToolTip(path)
        action.triggered.connect(lambda _=False, p=path: w.open_path(p))
    if not recent:
        w.recent_menu.addAction("No recent files").setEnabled(False)


def build_speech(w: MainWindow):
    """Read-aloud controls and menu, or None when QtMultimedia cannot load (its system
    libraries)."""
    try:
        from .speech_wiring import SpeechWiring
    except ImportError as exc:
        log.warning("read-aloud unavailable: %s", exc)
        return None
    speech = SpeechWiring(w.session, w.view, w)
    bar = QToolBar("Read aloud", w)
    bar.setObjectName("SpeechToolbar")
    bar.setMovable(False)
    bar.addWidget(speech.controls)
    w.addToolBar(Qt.ToolBarArea.BottomToolBarArea, bar)
    w.addAction(speech.read_here_action)
    w.menuBar().addMenu("&Read aloud").addActions(speech.menu_actions())
    w.popup.speak_requested.connect(speech.speak_text)
    w.words.can_speak = speech.available
    return speech
