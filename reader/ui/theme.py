"""Light and dark themes with a colour-blind-safe highlight palette.

Difficulty strengths share one amber hue and differ in lightness (readable with any
colour vision); "learning" words use blue, the hue pair that stays apart for all
common colour-vision deficiencies (Okabe-Ito); names differ by style, not only colour.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Theme:
    """The colours of one theme (hex strings)."""

    name: str
    window: str
    paper: str  # the reading surface
    text: str
    muted: str
    border: str
    accent: str
    strong: str  # very likely unknown
    medium: str  # probably unknown
    learning: str
    name_text: str
    focus: str  # the keyboard's current word
    spoken_sentence: str
    spoken_word: str
    found: str
    dark: bool


LIGHT = Theme(
    name="light",
    window="#f3f1ec",
    paper="#fffdf8",
    text="#1f1d1a",
    muted="#6b655c",
    border="#d9d3c7",
    accent="#0072b2",
    strong="#f6b24c",
    medium="#fde3b4",
    learning="#bfe0f5",
    name_text="#005a8c",
    focus="#0072b2",
    spoken_sentence="#e8efe2",
    spoken_word="#b9dca0",
    found="#c9b8e8",
    dark=False,
)

DARK = Theme(
    name="dark",
    window="#1d1f22",
    paper="#25282c",
    text="#e6e2da",
    muted="#a09a90",
    border="#3b3f45",
    accent="#56b4e9",
    strong="#a86400",
    medium="#5e4722",
    learning="#1d4d6e",
    name_text="#8fd0f5",
    focus="#56b4e9",
    spoken_sentence="#2f3a2b",
    spoken_word="#4f6b3a",
    found="#5b4a7c",
    dark=True,
)

THEMES = {"light": LIGHT, "dark": DARK}
READING_FONTS = ("Noto Serif", "DejaVu Serif", "Liberation Serif", "Georgia", "serif")
MONO_FONTS = ["DejaVu Sans Mono", "Liberation Mono", "Noto Mono", "monospace"]  # code blocks


def get(name: str) -> Theme:
    """The theme called `name` (light when unknown)."""
    return THEMES.get(name, LIGHT)


def apply(app, theme: Theme) -> None:
    """Apply `theme` to the whole application: palette and style sheet (once: applying the
    theme in place again would only re-polish every widget, 0.05-0.15 s per window)."""
    from PySide6.QtGui import QColor, QPalette

    if app.property("reader_theme") == repr(theme):
        return
    app.setStyle("Fusion")
    pal = QPalette()
    role = QPalette.ColorRole
    pal.setColor(role.Window, QColor(theme.window))
    pal.setColor(role.WindowText, QColor(theme.text))
    pal.setColor(role.Base, QColor(theme.paper))
    pal.setColor(role.AlternateBase, QColor(theme.window))
    pal.setColor(role.Text, QColor(theme.text))
    pal.setColor(role.Button, QColor(theme.window))
    pal.setColor(role.ButtonText, QColor(theme.text))
    pal.setColor(role.ToolTipBase, QColor(theme.paper))
    pal.setColor(role.ToolTipText, QColor(theme.text))
    pal.setColor(role.Highlight, QColor(theme.accent))
    pal.setColor(role.HighlightedText, QColor("#ffffff"))
    pal.setColor(role.PlaceholderText, QColor(theme.muted))
    pal.setColor(role.Link, QColor(theme.accent))
    pal.setColor(QPalette.ColorGroup.Disabled, role.Text, QColor(theme.muted))
    pal.setColor(QPalette.ColorGroup.Disabled, role.ButtonText, QColor(theme.muted))
    pal.setColor(QPalette.ColorGroup.Disabled, role.WindowText, QColor(theme.muted))
    app.setPalette(pal)
    app.setStyleSheet(style_sheet(theme))
    app.setProperty("reader_theme", repr(theme))


def style_sheet(theme: Theme) -> str:
    """The app's style sheet for `theme`."""
    return f"""
    QToolBar {{ border: none; spacing: 6px; padding: 4px 8px; }}
    QToolBar QToolButton:checkable {{
        border: 1px solid {theme.border}; border-radius: 4px; padding: 2px 8px;
        background: transparent; color: {theme.muted};
    }}
    QToolBar QToolButton:checked {{
        background: {theme.accent}; color: #ffffff; border-color: {theme.accent};
    }}
    QStatusBar {{ color: {theme.muted}; }}
    QFrame#GlossPopup {{
        background: {theme.paper};
        border: 1px solid {theme.border};
        border-radius: 8px;
    }}
    QFrame#GlossPopup QLabel#PopupWord {{ font-size: 17pt; font-weight: 600; }}
    QFrame#GlossPopup QLabel#PopupIpa {{
        font-family: "Charis SIL", "Doulos SIL", "Gentium Plus", "DejaVu Serif", "Noto Serif",
            serif; /* they draw IPA's tilde on ɔ ɑ ɛ œ; DejaVu Sans drops it */
    }}
    QFrame#GlossPopup QLabel#PopupMeta {{ color: {theme.muted}; }}
    QFrame#GlossPopup QLabel#PopupFoot {{ color: {theme.muted}; font-size: 9pt; }}
    QFrame#GlossPopup QToolButton {{
        border: 1px solid {theme.border}; border-radius: 4px; padding: 3px 7px;
    }}
    QFrame#GlossPopup QToolButton:checked {{
        background: {theme.accent}; color: #ffffff; border-color: {theme.accent};
    }}
    QWidget#ArticlePanel QLabel#FigureValue {{ font-size: 15pt; font-weight: 600; }}
    QWidget#ArticlePanel QLabel#FigureName {{ color: {theme.muted}; }}
    QWidget#ArticlePanel QLabel#PanelTitle {{ font-weight: 600; }}
    QLabel#LevelValue {{ font-weight: 600; min-width: 2.2em; }}
    """
