"""Hovering or clicking a word: the pop-up explains it, beside it, and closes on Escape."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt


def _token(doc, surface):
    return next(t for t in doc.tokens if t.text == surface)


def _word_rect_in_view(window, tok):
    view = window.view
    rect = view.token_rect(tok.index)
    return rect.translated(view.viewport().mapTo(view, QPoint(0, 0)))


def test_hovering_a_word_shows_its_gloss_beside_it(make_window, qtbot):
    window = make_window()
    glossary = window.session.glossary
    assert glossary is not None
    tok = _token(window.result.doc, "satisfait")
    expected = glossary.lookup_token(tok).first_gloss
    assert expected
    window.view.scroll_to_token(tok.index)
    centre = window.view.token_rect(tok.index).center()
    qtbot.mouseMove(window.view.viewport(), centre)
    qtbot.waitUntil(window.popup.isVisible, timeout=3000)
    text = window.popup.text()
    assert "satisfait" in text
    assert expected in text
    assert not window.popup.geometry().intersects(_word_rect_in_view(window, tok))


def test_popup_shows_lemma_level_and_closes_on_escape(make_window, qtbot):
    window = make_window()
    tok = _token(window.result.doc, "élargissement")
    window.view.set_focus_token(tok.index)
    qtbot.keyClick(window.view, Qt.Key.Key_Return)
    assert window.popup.isVisible()
    text = window.popup.text()
    assert "noun" in text and "level ≈" in text and "Frequency" in text
    assert window.popup.status_buttons["known"].isVisible()
    qtbot.keyClick(window.view, Qt.Key.Key_Escape)
    assert not window.popup.isVisible()


def test_popup_buttons_change_status_and_undo_restores(make_window, qtbot):
    window = make_window()
    tok = _token(window.result.doc, "élargissement")
    assert tok.index in window.view.highlights()
    window.words.open_token(tok.index, pinned=True)
    window.popup.status_buttons["learning"].click()
    assert window.view.highlights()[tok.index] == "learning"
    assert window.popup.status_buttons["learning"].isChecked()
    window.popup.status_buttons["ignored"].click()
    assert tok.index not in window.view.highlights()
    window.undo_action.trigger()
    assert window.view.highlights()[tok.index] == "learning"
    window.undo_action.trigger()
    assert window.view.highlights()[tok.index] in ("strong", "medium")


def test_opening_a_popup_records_a_lookup(make_window):
    window = make_window()
    statuses = window.session.statuses
    assert statuses is not None
    tok = _token(window.result.doc, "élargissement")
    lemma = window.result.assessment.words[tok.index].lemma
    before = len(statuses.lookups(lemma))
    window.words.open_token(tok.index, pinned=True)
    assert len(statuses.lookups(lemma)) == before + 1


def test_expression_pops_up_as_a_unit(make_window, qtbot):
    window = make_window()
    expr = next(e for e in window.result.expressions if e.last_token - e.first_token >= 2)
    doc = window.result.doc
    second = doc.tokens[expr.last_token - 1]
    window.view.scroll_to_token(second.index)
    qtbot.mouseMove(window.view.viewport(), window.view.token_rect(second.index).center())
    qtbot.waitUntil(window.popup.isVisible, timeout=3000)
    start, end = doc.tokens[expr.first_token].start, second.end
    assert window.popup.entry.word == doc.text[start:end]
    assert "expression" in window.popup.text()
    assert expr.result.first_gloss in window.popup.text()
    whole = window.view.range_rect(start, end)
    whole.translate(window.view.viewport().mapTo(window.view, QPoint(0, 0)))
    assert not window.popup.geometry().intersects(whole)


def test_popup_shows_the_pronunciation_under_the_headword(make_window, qtbot):
    window = make_window()
    tok = _token(window.result.doc, "élargissement")
    window.words.open_token(tok.index, pinned=True)
    lines = window.popup.text().splitlines()
    assert lines[0] == "élargissement"
    assert lines[1] == "/elaʁʒismɑ̃/ · l’élargissement /lelaʁʒismɑ̃/ (elision)"
    assert window.popup.ipa.isVisible()


def test_acronym_pops_up_with_its_expansion(make_window):
    window = make_window()
    tok = _token(window.result.doc, "OTAN")
    window.words.open_token(tok.index, pinned=True)
    shown = window.popup.text()
    assert "NATO" in shown and "Organisation du traité de l'Atlantique nord" in shown


def test_a_card_for_the_first_line_leaves_the_word_and_the_text_under_it_free(make_window, qtbot):
    """No room above a word of the first line: its card goes below the line, beside the word,
    so the word and the text just under it stay readable (at 800x600 and 1280x800)."""
    window = make_window()
    view, doc = window.view, window.result.doc
    for size in ((800, 600), (1280, 800)):
        window.resize(*size)
        qtbot.waitUntil(lambda s=size: window.width() == s[0], timeout=3000)
        view.verticalScrollBar().setValue(0)
        first = next(t for t in doc.tokens if t.is_word)
        window.words.open_token(first.index, pinned=True)
        card, word = window.popup.geometry(), _word_rect_in_view(window, first)
        under = word.translated(0, word.height())  # the next line, just under the word
        assert card.top() > word.bottom(), size
        assert not card.intersects(word) and not card.intersects(under), size
        assert view.rect().contains(card), size
        window.popup.close_popup()


def test_no_card_covers_its_word_in_a_small_window(make_window, qtbot):
    window = make_window()
    window.resize(800, 600)
    qtbot.waitUntil(lambda: window.width() == 800, timeout=3000)
    view, doc = window.view, window.result.doc
    height = view.viewport().height()
    shown = [t for t in doc.tokens if t.is_word and 0 <= view.token_rect(t.index).top()]
    shown = [t for t in shown if view.token_rect(t.index).bottom() < height]
    assert len(shown) > 40
    for tok in shown:
        window.words.open_token(tok.index, pinned=True)
        card = window.popup.geometry()
        assert not card.intersects(_word_rect_in_view(window, tok)), tok.text
        assert view.rect().contains(card), (tok.text, card, view.rect())
        window.popup.close_popup()


def test_an_open_card_stays_by_its_word_and_inside_the_view_when_the_window_narrows(
    make_window, qtbot
):
    window = make_window()
    window.resize(1280, 800)
    qtbot.waitUntil(lambda: window.width() == 1280, timeout=3000)
    view, doc = window.view, window.result.doc
    tok = next(t for t in doc.tokens if t.text == "élargissement")
    view.scroll_to_token(tok.index)
    window.words.open_token(tok.index, pinned=True)
    window.resize(800, 600)
    qtbot.waitUntil(lambda: window.width() == 800, timeout=3000)
    qtbot.wait(50)
    card = window.popup.geometry()
    assert window.popup.isVisible()
    assert view.rect().contains(card), (card, view.rect())
    assert not card.intersects(_word_rect_in_view(window, tok))
