"""The reading options the user sets from the menus, kept in the settings and applied to the
views: theme, names, hover, the panel, the level and its refinements, the reading font."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QApplication, QWidget

from ..core.session import ReadingSession
from . import theme as themes
from .panels.article_panel import ArticlePanel
from .reader_view import ReaderView
from .settings import DEFAULTS, Settings
from .word_actions import WordActions


class ViewOptions:
    """Each setter stores the choice and applies it; `restore` applies them all at start-up."""

    def __init__(
        self,
        settings: Settings,
        session: ReadingSession,
        view: ReaderView,
        panel: ArticlePanel,
        words: WordActions,
        names_shown: Callable[[], None],
    ):
        self.settings, self.session = settings, session
        self.view, self.panel, self.words = view, panel, words
        self.names_shown = names_shown  # called when names are marked or no longer

    def restore(self) -> None:
        s = self.settings
        self.words.hover = s.get("hover_popup")
        self.words.hover_lookup_ms = s.get("hover_lookup_ms")
        self.panel.setVisible(s.get("panel_visible"))
        self.session.use_evidence = s.get("use_evidence")
        self.session.use_cognates = s.get("english_cognates")
        self.apply_theme(s.get("theme"))
        self.view.set_reading_font(s.get("font_family"), s.get("font_size"))

    def apply_theme(self, name: str) -> None:
        theme = themes.get(name)
        app = QApplication.instance()
        if app is not None:
            themes.apply(app, theme)
        self.view.set_theme(theme)
        self.panel.set_theme(theme)

    def set_dark(self, dark: bool) -> None:
        name = "dark" if dark else "light"
        self.settings.set("theme", name)
        self.apply_theme(name)

    def set_show_names(self, show: bool) -> None:
        self.settings.set("show_names", show)
        self.view.set_show_names(show)
        self.names_shown()

    def set_hover(self, hover: bool) -> None:
        self.settings.set("hover_popup", hover)
        self.words.hover = hover

    def set_hover_lookup(self, ms: int) -> None:
        """How long a hover rests on a word to count as a look-up (-1: never)."""
        self.settings.set("hover_lookup_ms", ms)
        self.words.hover_lookup_ms = ms

    def set_panel(self, visible: bool) -> None:
        self.settings.set("panel_visible", visible)
        self.panel.setVisible(visible)

    def set_level(self, level: str) -> None:
        self.settings.set("level", level)
        self.session.set_level(level)

    def set_evidence(self, use: bool) -> None:
        self.settings.set("use_evidence", use)
        self.session.set_use_evidence(use)

    def set_cognates(self, use: bool) -> None:
        self.settings.set("english_cognates", use)
        self.session.set_use_cognates(use)

    def dock_toggled(self, key: str, visible: bool) -> None:
        """A dock shown or hidden by the reader (not by the window closing or opening)."""
        if self.view.window().isVisible():
            self.settings.set(key, visible)

    def zoom(self, steps: int) -> None:
        self.settings.set("font_size", self.view.zoom(steps))  # the pop-up follows

    def zoom_reset(self) -> None:
        self.view.set_reading_font(self.settings.get("font_family"), DEFAULTS["font_size"])
        self.settings.set("font_size", DEFAULTS["font_size"])

    def choose_font(self, parent: QWidget) -> None:
        from PySide6.QtWidgets import QFontDialog

        current = self.view.document().defaultFont()
        ok, font = QFontDialog.getFont(current, parent, "Reading font")
        if ok:
            size = font.pointSize() if font.pointSize() > 0 else self.view.font_size
            self.settings.set("font_family", font.family())
            self.settings.set("font_size", size)
            self.view.set_reading_font(font.family(), size)
