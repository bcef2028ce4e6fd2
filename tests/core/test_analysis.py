"""The analysis core on the real sample article (a flawed machine translation)."""

import pytest


def test_every_token_round_trips_to_its_offsets(sample_doc):
    text = sample_doc.text
    assert len(sample_doc.tokens) > 500
    for tok in sample_doc.tokens:
        assert text[tok.start : tok.end] == tok.text
    # Tokens are ordered and never overlap; nothing but whitespace is left out.
    covered = set()
    for a, b in zip(sample_doc.tokens, sample_doc.tokens[1:], strict=False):
        assert a.end <= b.start
    for tok in sample_doc.tokens:
        covered.update(range(tok.start, tok.end))
    assert all(text[i].isspace() for i in range(len(text)) if i not in covered)


def _tokens(doc, surface):
    found = [t for t in doc.tokens if t.text == surface]
    assert found, surface
    return found


@pytest.mark.parametrize(
    ("surface", "lemma"), [("cela", "cela"), ("lui", "lui"), ("TU", "tu"), ("a", "avoir")]
)
def test_lemma_guard_on_common_words(sample_doc, surface, lemma):
    for tok in _tokens(sample_doc, surface):
        assert tok.lemma == lemma
        assert not tok.is_name


@pytest.mark.parametrize("name", ["Lavrov", "Blinken", "Genève", "OTAN", "Spoutnik", "Sergueï"])
def test_names_in_the_sample_are_marked(sample_doc, name):
    for tok in _tokens(sample_doc, name):
        assert tok.is_name, name
        assert tok.pos == "PROPN"


def test_caps_line_analysed_in_lower_case_but_reported_as_written(sample_doc):
    tu = _tokens(sample_doc, "TU")[0]
    peux = _tokens(sample_doc, "PEUX")[0]
    assert tu.caps_line and peux.caps_line
    assert tu.pos == "PRON"
    assert sample_doc.text[tu.start : tu.end] == "TU"
    assert not tu.is_name and not peux.is_name


def test_elided_forms_are_linked_to_their_word(sample_doc):
    for surface, full in [("l’", "le"), ("d’", "de"), ("qu’", "que"), ("lorsqu’", "lorsque")]:
        for tok in _tokens(sample_doc, surface):
            assert tok.elided and tok.lemma == full
            host = sample_doc.tokens[tok.joined_to]
            assert host.start == tok.end and host.is_word


def test_jusqu_elision(analyzer):
    doc = analyzer.analyze("Il a marché jusqu’à la mer.")
    tok = next(t for t in doc.tokens if t.text == "jusqu’")
    assert tok.lemma == "jusque" and doc.tokens[tok.joined_to].text == "à"


def test_sentences_are_sensible_on_flawed_punctuation(sample_doc):
    sentences = [sample_doc.text[s.start : s.end] for s in sample_doc.sentences]
    # No sentence is only punctuation, and none starts with a lone opening quote.
    for s in sentences:
        assert any(c.isalnum() for c in s) or s == "."
        assert s != "«"
    # "après-match. conférence de presse. ." stays in the sentence it belongs to.
    assert any(s.endswith("conférence de presse. .") and "Anthony Blinken" in s for s in sentences)
    # Quotes open their sentence.
    assert any(s.startswith("« Nous avons eu une réunion") for s in sentences)
    # Sentences never cross a line (paragraph) boundary.
    assert all("\n" not in s for s in sentences)


def test_numbers_and_punctuation(sample_doc):
    assert all(t.is_number for t in _tokens(sample_doc, "2021"))
    assert all(t.is_punct and not t.is_word for t in _tokens(sample_doc, "«"))


def test_empty_and_whitespace_text(analyzer):
    assert analyzer.analyze("").tokens == []
    assert analyzer.analyze("   \n\n ").sentences == []


def test_stream_yields_paragraphs_in_order_with_global_indices(analyzer, sample_text):
    parts = list(analyzer.stream(sample_text))
    flat = [t for p in parts for t in p.tokens]
    assert [t.index for t in flat] == list(range(len(flat)))
    assert [p.paragraph.index for p in parts] == list(range(len(parts)))


def test_batches_stop_at_a_character_budget_with_the_same_analysis(
    analyzer, sample_text, monkeypatch
):
    from reader.core import analysis

    nlp = analyzer.load()
    batches: list[list[int]] = []
    real_pipe = type(nlp).pipe

    def counting_pipe(self, texts, **kwargs):
        if kwargs.get("as_tuples"):  # (spaCy calls itself again with the texts alone)
            texts = list(texts)
            batches.append([len(t) for t, _block in texts])
        return real_pipe(self, texts, **kwargs)

    def tokens(doc):
        return [(t.text, t.start, t.lemma, t.pos, t.sentence) for t in doc.tokens]

    monkeypatch.setattr(type(nlp), "pipe", counting_pipe)
    monkeypatch.setattr(analysis, "BATCH_CHARS", 10**9)
    whole = analyzer.analyze(sample_text)
    assert max(len(b) for b in batches) > 1  # several paragraphs in one batch
    batches.clear()
    monkeypatch.setattr(analysis, "BATCH_CHARS", 300)
    cut = analyzer.analyze(sample_text)
    assert len(batches) > 2 and all(sum(b) <= 300 or len(b) == 1 for b in batches)
    assert tokens(cut) == tokens(whole)


def test_very_long_paragraph_is_cut_without_losing_offsets(analyzer):
    sentence = "Le ministre a déclaré que la réunion était utile. "
    text = sentence * 600  # one 30,000-character line
    doc = analyzer.analyze(text)
    assert len(doc.paragraphs) >= 2
    assert all(text[t.start : t.end] == t.text for t in doc.tokens)
    assert len(doc.sentences) == 600


def test_verb_pronoun_inversions_split_into_verb_and_pronoun(analyzer):
    doc = analyzer.analyze("Une guerre est-elle imminente ? A-t-il vu Paris ?")
    got = [(t.text, t.lemma, t.pos) for t in doc.tokens if t.is_word]
    assert ("est", "être", "VERB") in got or ("est", "être", "AUX") in got
    assert ("-elle", "elle", "PRON") in got
    assert ("-il", "il", "PRON") in got
    assert all(doc.text[t.start : t.end] == t.text for t in doc.tokens)


def test_capitalised_common_words_are_not_names(analyzer):
    doc = analyzer.analyze("Demain, il viendra à Genève.\nChapitre premier")
    demain = next(t for t in doc.tokens if t.text == "Demain")
    assert not demain.is_name and demain.lemma == "demain"
    assert next(t for t in doc.tokens if t.text == "Genève").is_name


def test_place_names_that_are_frequent_words_stay_names(sample_doc):
    for name in ("Ukraine", "Russie", "Europe", "Moscou"):
        assert all(t.is_name for t in _tokens(sample_doc, name)), name


def test_sentence_initial_common_word_after_a_quote_is_not_a_name(analyzer):
    doc = analyzer.analyze("Il soupira : « Demain, peut-être. » Paris dort. Marie rit.")
    by_text = {t.text: t for t in doc.tokens}
    assert not by_text["Demain"].is_name
    assert by_text["Paris"].is_name and by_text["Marie"].is_name


def _first(doc, surface):
    return next(t for t in doc.tokens if t.text == surface)


@pytest.mark.parametrize(
    ("text", "word", "lemma"),
    [
        ("Animer un atelier demande du temps.", "Animer", "animer"),
        ("Enfin, il est parti.", "Enfin", "enfin"),
        ("Accueil\nNous vous recevons ici.", "Accueil", "accueil"),
        ("Grève des cheminots\nLe trafic est perturbé.", "Grève", "grève"),
        ("Projet de loi\nLe texte arrive au Sénat.", "Projet", "projet"),
        ("Revue de presse\nLes journaux du matin.", "Revue", "revue"),
        ("- Grève générale\n- Projet commun", "Projet", "projet"),
    ],
)
def test_capitalised_common_word_opening_a_sentence_heading_or_item_is_a_word(
    analyzer, text, word, lemma
):
    tok = _first(analyzer.analyze(text), word)
    assert not tok.is_name and tok.is_word
    assert tok.lemma == lemma and tok.pos in ("NOUN", "VERB", "ADV", "ADJ")


def test_names_stay_names_at_sentence_start(analyzer):
    doc = analyzer.analyze(
        "Lavrov est arrivé hier. Ukraine : la guerre continue. Genève accueille la conférence."
    )
    for name in ("Lavrov", "Ukraine", "Genève"):
        assert _first(doc, name).is_name, name


def test_a_word_capitalised_mid_sentence_elsewhere_is_a_name_at_the_start(analyzer):
    doc = analyzer.analyze("Espoir mène la liste. Le parti de Monsieur Espoir a gagné.")
    first = doc.tokens[0]
    assert first.text == "Espoir" and first.is_name


@pytest.mark.parametrize(
    ("text", "word", "lemma", "pos"),
    [
        ("La grève continue.", "grève", "grève", "NOUN"),
        ("Savons-nous la vérité ?", "Savons", "savoir", "VERB"),
        ("S'il pleut, nous restons.", "S'", "si", "SCONJ"),
        ("Les revues sont lues.", "revues", "revue", "NOUN"),
        ("Puis-je entrer ?", "Puis", "pouvoir", "VERB"),
        ("A-t-il compris ?", "A", "avoir", "AUX"),
        ("A-t-il compris ?", "compris", "comprendre", "VERB"),
        ("Venez-vous demain ?", "Venez", "venir", "VERB"),
        ("Mangeons-nous ici ?", "Mangeons", "manger", "VERB"),
        ("C'est une presqu'île.", "presqu'île", "presqu'île", "NOUN"),
        ("Quelqu'un est venu.", "Quelqu'un", "quelqu'un", "PRON"),
        ("Il pleut aujourd'hui.", "aujourd'hui", "aujourd'hui", "ADV"),
        ("Les chercheur·euse·s travaillent.", "chercheur·euse·s", "chercheur", "NOUN"),
        ("Les étudiant·e·s manifestent.", "étudiant·e·s", "étudiant", "NOUN"),
        ("Les lycéen.ne.s manifestent.", "lycéen.ne.s", "lycéen", "NOUN"),
    ],
)
def test_lemma_guards(analyzer, text, word, lemma, pos):
    doc = analyzer.analyze(text)
    tok = _first(doc, word)
    assert (tok.lemma, tok.pos) == (lemma, pos)
    assert doc.text[tok.start : tok.end] == tok.text


def test_fixed_expression_is_one_token(analyzer):
    doc = analyzer.analyze("D'ores et déjà, les travaux commencent.")
    tok = doc.tokens[0]
    assert tok.text == "D'ores et déjà" and tok.lemma == "d'ores et déjà" and tok.is_word
    assert not any(t.lemma == "ore" for t in doc.tokens)


def test_inclusive_writing_is_glossed_as_its_base_form(analyzer):
    from reader.core.glossary import default_glossary

    doc = analyzer.analyze("Les étudiant·e·s et les chercheur.euse.s manifestent.")
    glossary = default_glossary()
    for surface in ("étudiant·e·s", "chercheur.euse.s"):
        tok = _first(doc, surface)
        result = glossary.lookup_token(tok)
        assert result.found and result.first_gloss, surface


def test_a_first_name_opening_a_subtitle_line_stays_a_name(analyzer):
    from reader.core.document import Block, SourceText

    for name in ("Jean", "Martin", "Claire"):
        text = f"{name} arrive demain"
        doc = analyzer.analyze(SourceText(text, blocks=[Block("subtitle", 0, len(text))]))
        assert doc.tokens[0].text == name and doc.tokens[0].is_name, name
    heading = analyzer.analyze(SourceText("Accueil", blocks=[Block("heading", 0, 7)]))
    assert not heading.tokens[0].is_name
