"""Words of history and ethnography texts (issue 13, session 9): hyphenated compounds spaCy
cut in two, prefixed and joined compounds, regular derivations on peoples' names, and words
of other languages inside French text."""

from __future__ import annotations

import pytest

from reader.core.glossary import default_glossary


def _token(doc, surface: str):
    found = [t for t in doc.tokens if t.text == surface]
    assert found, (surface, [t.text for t in doc.tokens])
    return found[0]


@pytest.mark.parametrize(
    "sentence, compound, lemma",
    [
        ("Des chauves-souris volent dans la grotte.", "chauves-souris", "chauve-souris"),
        ("Les morts-vivants reviennent la nuit.", "morts-vivants", "mort-vivant"),
        ("Mes grands-parents habitent à Lyon.", "grands-parents", "grands-parents"),
        ("Une chauve-souris dort.", "chauve-souris", "chauve-souris"),
        # one token from spaCy, a plural Lexique lacks: its singular, as Lexique has it
        ("Les gardes-forestiers surveillent le bois.", "gardes-forestiers", "garde-forestier"),
    ],
)
def test_a_hyphenated_compound_is_one_word(analyzer, sentence, compound, lemma):
    doc = analyzer.analyze(sentence)
    tok = _token(doc, compound)
    assert tok.lemma == lemma
    assert "souris" not in [t.text for t in doc.tokens]
    result = default_glossary().lookup_token(tok, doc.text)
    assert result.found
    assert " + " not in result.senses[0].text  # the compound's own sense, not its parts


def test_a_learned_prefix_before_a_hyphen_stays_with_its_word(analyzer):
    doc = analyzer.analyze("La période paléo-chrétienne a laissé des basiliques.")
    tok = _token(doc, "paléo-chrétienne")
    assert tok.lemma == "paléo-chrétien"
    assert tok.pos == "ADJ"


def test_words_around_a_spaced_dash_or_a_verb_and_its_pronoun_stay_apart(analyzer):
    doc = analyzer.analyze("Le roi - le vieux roi - est-il venu ? Dis-moi tout.")
    texts = [t.text for t in doc.tokens]
    assert "roi" in texts and "-il" in texts and "-moi" in texts
    assert "Dis" in texts


@pytest.mark.parametrize(
    "sentence, surface, lemma, gloss",
    [
        ("Les peuples pré-indo-européens vivaient là.", "pré-indo-européens", "pré-indo-européen",
         "pre-Indo-European"),
        ("La langue pré-indo-européenne est perdue.", "pré-indo-européenne", "pré-indo-européen",
         "pre-Indo-European"),
        ("Un parti pro-démocrate gagne.", "pro-démocrate", "pro-démocrate", "pro-democrat"),
        ("Les royaumes néo-hittites tombent.", "néo-hittites", "néo-hittite", "neo-Hittite"),
        ("La guerre américano-libérienne éclate.", "américano-libérienne", "américano-libérien",
         "Americo-Liberian"),
        ("Un groupe ethno-linguistique ancien.", "ethno-linguistique", "ethno-linguistique",
         "ethno-linguistic"),
        ("Les langues finno-ougriennes sont parlées ici.", "finno-ougriennes", "finno-ougrien",
         "Finno-Ugrian"),
        ("Les langues tibéto-birmanes sont nombreuses.", "tibéto-birmanes", "tibéto-birman",
         "Tibeto-Burmese"),
        ("Un art paléo-chrétien.", "paléo-chrétien", "paléo-chrétien", "paleo-Christian"),
        ("Un régime pro-soviétique.", "pro-soviétique", "pro-soviétique", "pro-Soviet"),
    ],
)  # fmt: skip
def test_a_prefixed_compound_is_glossed_by_its_parts(analyzer, sentence, surface, lemma, gloss):
    doc = analyzer.analyze(sentence)
    tok = _token(doc, surface)
    assert tok.lemma == lemma
    result = default_glossary().lookup_token(tok, doc.text)
    assert result.found, surface
    assert result.senses[0].text == gloss
    assert result.senses[0].approximate


@pytest.mark.parametrize(
    "word", ["préposé", "produit", "coton", "sublime", "transport", "anticorps"]
)
def test_a_word_that_starts_as_a_prefix_keeps_its_own_gloss(word):
    from reader.core import derivation

    first = default_glossary().lookup(word).senses[0]
    assert not first.approximate, word
    assert not first.text.startswith(("pre-", "pro-", "co-", "sub-", "trans-", "anti-"))
    gloss = derivation.hyphen_prefixed(word, "NOUN", lambda w, p: "thing")
    assert gloss == "", word  # only before a hyphen


def _vocabulary(doc) -> dict[str, bool]:
    from reader.core.learner import Learner, assess

    words = assess(doc, Learner("A1")).words
    return {t.text: info is not None for t, info in zip(doc.tokens, words, strict=True)}


def test_words_of_other_languages_are_not_vocabulary(analyzer):
    doc = analyzer.analyze(
        "Les astronomes chinois nommaient xīngguān les astérismes, et yíxiàngkǎochéng leur"
        " catalogue. Les Sames disent föreställninga samerna mánno pour les croyances."
    )
    vocab = _vocabulary(doc)
    for foreign in ("xīngguān", "yíxiàngkǎochéng", "föreställninga", "samerna", "mánno"):
        assert not vocab[foreign], foreign
    for french in ("astronomes", "nommaient", "astérismes", "catalogue", "croyances"):
        assert vocab[french], french


def test_the_popup_says_a_foreign_word_is_one():
    from reader.core.nonwords import not_french_kind, unglossed_kind

    assert not_french_kind("xīngguān") == "foreign"
    assert not_french_kind("föreställninga") == "foreign"
    assert unglossed_kind("yíxiàngkǎochéng") == "foreign"


@pytest.mark.parametrize(
    "word", ["naïf", "noël", "capharnaüm", "mamelouk", "maelström", "führer", "canoë", "ambiguë"]
)
def test_french_words_with_rare_letters_are_not_foreign(word):
    from reader.core.nonwords import foreign_word, not_french_kind

    assert not foreign_word(word)
    assert not_french_kind(word) != "foreign"


def test_no_word_of_lexique_or_of_the_glossary_is_foreign():
    from reader.core.lexicon import default_lexicon
    from reader.core.nonwords import foreign_spelling, foreign_word

    forms = [row[0] for row in default_lexicon()._rows("SELECT form FROM form", ())]
    assert len(forms) > 100_000
    spelt = [f for f in forms if foreign_spelling(f)]
    assert spelt  # angström, cañon, volapük: spelt so, yet French
    assert [f for f in spelt if foreign_word(f)] == []
    data = default_glossary().data
    heads = [row[0] for row in data._query("ranked", "SELECT DISTINCT key FROM entries", ())]
    assert [h for h in heads if foreign_spelling(h) and foreign_word(h)] == []


@pytest.mark.parametrize(
    "sentence, surface, gloss",
    [
        ("La polonisation de la région fut rapide.", "polonisation", "Polonization"),
        ("L'hellénisation de l'Asie suivit Alexandre.", "hellénisation", "Hellenization"),
        ("Les populations lituanophones vivent au nord.", "lituanophones", "Lithuanian-speaking"),
        ("Les communautés polonophones sont nombreuses.", "polonophones", "Polish-speaking"),
        ("Des sociétés inégalitaires apparaissent.", "inégalitaires", "not egalitarian"),
        ("Une organisation clanique règle la vie.", "clanique", "relating to clans"),
        ("Le site est archéologiquement riche.", "archéologiquement", "archaeologically"),
    ],
)
def test_a_regular_derivation_is_glossed_as_approximate(analyzer, sentence, surface, gloss):
    doc = analyzer.analyze(sentence)
    result = default_glossary().lookup_token(_token(doc, surface), doc.text)
    assert result.found, surface
    assert result.senses[0].text == gloss
    assert result.senses[0].approximate


@pytest.mark.parametrize(
    "word, pos",
    [
        ("tartrique", "ADJ"),  # tartaric: not 'relating to tartars'
        ("implantaire", "ADJ"),  # implant-aire, no negative prefix
        ("inappliquée", "ADJ"),  # a participle: not 'not hardworking'
        ("tonguien", "ADJ"),  # no people is known by this stem: nothing invented
    ],
)
def test_no_derivation_where_the_base_is_another_word_or_unknown(word, pos):
    result = default_glossary().lookup(word, pos, word)
    first = result.senses[0].text if result.senses else ""
    assert not first.startswith(("relating to", "not ")), first
    assert "Tongu" not in first
