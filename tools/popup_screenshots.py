"""Rebuild docs/popup-*.png: the pop-up of five words of issue 13 in the real window, and of a
misspelt word in a second text.

Run under a display (a real xcb window; on a server: `xvfb-run -a -s "-screen 0 1280x800x24"`):

    .venv/bin/python tools/popup_screenshots.py [--out docs]

A short news text is opened in the MainWindow at 1280x800; for each word its pop-up is opened
pinned (as a click does) and the window is grabbed around the card and the word's line.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TEXT = (
    "La journaliste a acheté un livre sur la diplomatie. Le ministre a répondu aux questions "
    "à plusieurs reprises lors de la conférence de presse. Il a parlé de l'élargissement de "
    "l'OTAN et d'une éventuelle réponse écrite la semaine prochaine.\n"
)
# (file name, the word or expression clicked: its first occurrence)
SHOTS = [
    ("popup-livre.png", "livre"),
    ("popup-repondu.png", "répondu"),
    ("popup-elargissement.png", "élargissement"),
    ("popup-eventuelle.png", "éventuelle"),
    ("popup-a-plusieurs-reprises.png", "reprises"),
]
# A second text, opened after the shots above: a misspelt word (reader.core.spelling)
MISSPELT_TEXT = (
    "Les troupes britaniques abandonèrent la ville après la conquète du pays. La "
    "comunication entre les deux camps était difficile.\n"
)
MISSPELT_SHOTS = [("popup-misspelt.png", "britaniques")]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("FRENCH_READER_DATA_DIR", tempfile.mkdtemp(prefix="reader-shots-"))

    from PySide6.QtCore import QPoint, QRect, QTimer
    from PySide6.QtWidgets import QApplication

    from reader.core.document import SourceText
    from reader.core.session import ReadingSession
    from reader.ui.main_window import MainWindow
    from reader.ui.settings import Settings

    app = QApplication([sys.argv[0]])
    session = ReadingSession()
    session.open_store()
    window = MainWindow(Settings(), session)
    window.resize(1280, 800)
    window.move(0, 0)
    window.show()
    todo = list(SHOTS)
    texts = [(MISSPELT_TEXT, MISSPELT_SHOTS)]  # opened in turn once `todo` is done
    failed: list[str] = []

    def shoot_next() -> None:
        if not todo and texts:
            text, shots = texts.pop(0)
            todo.extend(shots)  # shot once this text's analysis has finished
            window.show_source(SourceText(text=text, title="Issue 13"), "")
            return
        if not todo:
            window.close()
            app.quit()
            return
        name, word = todo.pop(0)
        doc = window.result.doc
        tok = next(t for t in doc.tokens if t.text == word)
        window.words.open_token(tok.index, pinned=True)
        QTimer.singleShot(400, lambda: grab(name, tok))

    def grab(name: str, tok) -> None:
        view, card = window.view, window.popup
        word = view.token_rect(tok.index)
        word.translate(view.viewport().mapTo(window, QPoint(0, 0)))
        box = QRect(card.mapTo(window, QPoint(0, 0)), card.size()).united(word)
        box = box.adjusted(-60, -24, 60, 20).intersected(window.rect())
        if window.grab(box).save(str(args.out / name)):
            print("wrote", args.out / name)
        else:
            failed.append(name)
            print("could not write", args.out / name, file=sys.stderr)
        window.popup.close_popup()
        QTimer.singleShot(200, shoot_next)

    window.analysis_finished.connect(lambda *_: QTimer.singleShot(300, shoot_next))
    window.show_source(SourceText(text=TEXT, title="Issue 13"), "")
    code = app.exec()
    return code or (1 if failed else 0)


if __name__ == "__main__":
    sys.exit(main())
