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
