"""The article panel's word list: thousands of rows, meanings looked up when shown."""

from __future__ import annotations

from PySide6.QtCore import Qt


def _rows(n: int) -> list[tuple[str, int, int, str]]:
    levels = ("B1", "C2", "A2", "B2", "C1")
    return [(f"mot{i:05d}", i * 7, (i * 37) % 101 + 1, levels[i % 5]) for i in range(n)]


def test_a_long_word_list_looks_up_meanings_only_for_rows_on_screen(qtbot):
    from reader.ui.panels.article_panel import ArticlePanel

    panel = ArticlePanel()
    qtbot.addWidget(panel)
    panel.resize(340, 400)
    panel.show()
    asked = []

    def meaning(first: int) -> str:
        asked.append(first)
        return f"sense {first}"

    panel.set_words(_rows(5000), meaning)
    qtbot.waitUntil(lambda: bool(asked))
    assert panel.title.text() == "Words to look at (5,000)"
    assert len(panel.rows()) == 5000
    assert panel.meaning_shown(0) == "sense 0"
    assert 0 < panel.model.looked_up() < 200  # not 5,000 look-ups

    panel.tree.scrollToBottom()
    qtbot.waitUntil(lambda: 4999 * 7 in asked)
    assert panel.model.looked_up() < 400


def test_word_list_sorts_by_count_and_level_and_jumps_to_a_word(qtbot):
    from reader.ui.panels.article_panel import ArticlePanel

    panel = ArticlePanel()
    qtbot.addWidget(panel)
    panel.show()
    rows = _rows(300)
    panel.set_words(rows, lambda first: f"sense {first}")
    assert [r[0] for r in panel.rows()] == sorted(r[0] for r in rows)

    panel.tree.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    counts = [panel.model.row_at(i)[2] for i in range(300)]
    assert counts == sorted(counts, reverse=True)
    panel.tree.sortByColumn(2, Qt.SortOrder.AscendingOrder)
    levels = [panel.model.row_at(i)[3] for i in range(300)]
    assert levels == sorted(levels)
    # new rows (another level) keep the order the reader chose
    panel.set_words(rows[:50], lambda first: "")
    assert [panel.model.row_at(i)[3] for i in range(50)] == sorted(r[3] for r in rows[:50])

    jumped = []
    panel.token_activated.connect(jumped.append)
    index = panel.model.index(10, 0)
    panel.tree.scrollTo(index)
    qtbot.mouseClick(
        panel.tree.viewport(),
        Qt.MouseButton.LeftButton,
        pos=panel.tree.visualRect(index).center(),
    )
    assert jumped == [panel.rows()[10][1]]


def test_columns_fit_their_widest_word_wherever_it_is_in_the_list(qtbot):
    from reader.ui.panels.article_panel import ArticlePanel

    panel = ArticlePanel()
    qtbot.addWidget(panel)
    panel.resize(600, 400)
    panel.show()
    rows = _rows(3000)
    rows.append(("zygomorphiquement-anticonstitutionnel", 99_999, 123_456, "C2"))
    panel.set_words(rows, lambda first: "")
    last = len(rows) - 1  # sorted last, far below the screen
    assert panel.model.row_at(last)[0] == "zygomorphiquement-anticonstitutionnel"
    tree = panel.tree
    for column in (0, 1):
        needed = tree.sizeHintForIndex(panel.model.index(last, column)).width()
        assert tree.columnWidth(column) >= needed > 0
        assert (
            tree.columnWidth(column) >= tree.sizeHintForIndex(panel.model.index(0, column)).width()
        )
    assert tree.columnWidth(2) >= tree.header().sectionSizeHint(2)  # "Level" itself


def test_rows_sorted_in_a_worker_come_in_the_order_the_list_sorts_them(qtbot, monkeypatch):
    from reader.ui.panels import word_list_model
    from reader.ui.panels.article_panel import ArticlePanel
    from reader.ui.panels.word_list_model import WordListModel, sorted_rows

    monkeypatch.setattr(word_list_model, "SORT_PIECE", 7)  # many pieces, merged
    levels = ("B1", "C2", "", "A2", "B1")
    rows = [
        (w, i * 3, i % 4 + 1, levels[i % 5])
        for i, w in enumerate(
            [
                "été",
                "Ete",
                "abri",
                "étage",
                "zèbre",
                "Abri",
                "cote",
                "côte",
                "côté",
                "œuf",
                "oeil",
                "bâton",
                "baton",
                "ça",
                "car",
                "île",
                "ile",
                "à-côté",
                "a",
                "É",
                "e",
                "mot",
                "Mot",
            ]
            * 2
        )
    ]
    asc, desc = Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder
    for sort in [(c, o) for c in (0, 1, 2) for o in (asc, desc)]:
        model = WordListModel()
        model.sort(*sort)
        model.set_rows(rows, None)  # sorted by the list itself
        want = [model.row_at(i) for i in range(model.rowCount())]
        assert sorted_rows(rows, sort) == want, sort
        assert sorted_rows(rows, (3, asc)) is None  # by meaning: only the list can

    # Rows sorted for the list's current order are shown as they come; for another
    # order (the reader clicked a column meanwhile), sorted again.
    panel = ArticlePanel()
    qtbot.addWidget(panel)
    panel.show()
    by_word = sorted_rows(rows, panel.model.sort_spec())
    panel.set_words(by_word, None, sorted_by=panel.model.sort_spec())
    assert panel.rows() == [r[:2] for r in by_word]
    panel.tree.sortByColumn(1, desc)
    panel.set_words(by_word, None, sorted_by=(0, asc))
    counts = [panel.model.row_at(i)[2] for i in range(len(rows))]
    assert counts == sorted(counts, reverse=True)
