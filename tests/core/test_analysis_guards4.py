"""Context rules on the analysis, fourth round (issue 13): imperatives opening a sentence,
adjectives, verbs and grammar words spaCy read as nouns, participles after avoir, presents
Lexique lacks, read as the lemma, part of speech and mood the pop-up's gloss and form line are
chosen for."""

from __future__ import annotations

import pytest

from token_helpers import alone, case_senses, case_token

# One sentence a case: (sentence, word, lemma, pos, what the morphology must hold or "").
CASES = [
    # 1. a verb of the second or first person plural opening a sentence with no subject: the
    # imperative (spaCy gave an infinitive, a participle or the indicative)
    ("Cliquez ici pour continuer.", "Cliquez", "cliquer", "VERB", "Mood=Imp"),
    ("Choisissez parmi les options proposées.", "Choisissez", "choisir", "VERB", "Mood=Imp"),
    ("Pensez à sauvegarder votre travail.", "Pensez", "penser", "VERB", "Mood=Imp"),
    ("Lisez attentivement la notice.", "Lisez", "lire", "VERB", "Mood=Imp"),
    ("Prenez votre temps.", "Prenez", "prendre", "VERB", "Mood=Imp"),
    ("Étudions ce texte ensemble.", "Étudions", "étudier", "VERB", "Mood=Imp"),
    # ... but not a question with its subject after the verb
    ("Savez-vous planter les choux ?", "Savez", "savoir", "VERB", "!Mood=Imp"),
    ("Voulez vous danser avec moi ?", "Voulez", "vouloir", "VERB", "!Mood=Imp"),
    # 2. a capitalised form opening a sentence that the lexicon knows only as one verb, written
    # like its imperative: the verb, not the name spaCy read
    ("Viens avec moi.", "Viens", "venir", "VERB", "Mood=Imp"),
    ("Sors d'ici tout de suite.", "Sors", "sortir", "VERB", ""),
    # ... but not its participle, nor a one-word heading, nor a form of two verbs
    ("Remis à neuf, le château ouvre ses portes.", "Remis", "remettre", "VERB", "!Mood=Imp"),
    # 3. a form mostly an adjective (85%+, under 15% a noun) after a copula or an adverb of
    # degree, or after a noun of its number: the adjective (spaCy read nouns; sentences of
    # 0 A.D. and Debian's manuals)
    (
        "Puisque cette construction est lente, vous pouvez ajouter deux autres soldats.",
        "lente",
        "lent",
        "ADJ",
        "",
    ),
    ("La casse par défaut est minuscule.", "minuscule", "minuscule", "ADJ", ""),
    ("L'ennemi sera juste inactif.", "inactif", "inactif", "ADJ", ""),
    ("Le cavalier gagnait en armure plus lourde avec le temps.", "lourde", "lourd", "ADJ", ""),
    ("Zoom avant (maintenir enfoncé pour un zoom continu)", "continu", "continu", "ADJ", ""),
    ("Construire dans un territoire neutre ou ennemi.", "neutre", "neutre", "ADJ", ""),
    ("Les cyprès luttent contre les palmiers dominants.", "dominants", "dominant", "ADJ", ""),
    ("Altérations accidentelles automatiques", "automatiques", "automatique", "ADJ", ""),
    # ... but not a noun after a copula, nor a noun mostly a noun after another
    ("Son frère est médecin.", "médecin", "médecin", "NOUN", ""),
    ("Ils ont pris la formation en tortue.", "tortue", "tortue", "NOUN", ""),
    ("Les riches paient peu.", "riches", "riche", "NOUN", ""),
    # 4. a form a verb in 95% of its uses and a noun in under 2%: the verb, unless a
    # determiner or an adjective stands before it
    ("Une grande oasis sert de plaque tournante.", "sert", "servir", "VERB", ""),
    (
        "Apporte la gloire à votre civilisation et ajoute de grandes étendues à votre empire.",
        "ajoute",
        "ajouter",
        "VERB",
        "",
    ),
    ("Il s'étendait de la vallée de l'Indus à l'est jusqu'à la Grèce.", "est", "est", "NOUN", ""),
    # ... and after être, avoir or a noun, a participle that is a noun in under 2% of its uses
    (
        "Par conséquent, en attendant que la recherche soit faite, envoyez vos soldats.",
        "faite",
        "faire",
        "VERB",
        "VerbForm=Part",
    ),
    ("Le joueur a été vaincu (centre-ville perdu).", "perdu", "perdre", "VERB", "VerbForm=Part"),
    # ... and after qui (clitics between), a form the lexicon knows as a verb
    ("Les données sont à l'université qui l'héberge.", "héberge", "héberger", "VERB", ""),
    # 6. ton, son before a noun with no determiner before them: the possessive (spaCy read
    # tone, sound); a reading the form has in under 0.5% of its uses (5% for a capital
    # opening a sentence) loses to the pronoun, conjunction or interjection it mostly is
    (
        "Les morts ne trouveront pas la paix en passant par ton portail, Iliah-Malal.",
        "ton",
        "ton",
        "DET",
        "",
    ),
    ("Prenez leurs villages et n'épargnez personne !", "personne", "personne", "PRON", ""),
    ("Car j'ai scruté le sombre cœur de la nécromancie.", "Car", "car", "CCONJ", ""),
    # ... but not the noun after a determiner
    ("Le son de la cloche résonne.", "son", "son", "NOUN", ""),
    ("Une personne est venue.", "personne", "personne", "NOUN", ""),
    # 7. after avoir (adverbs between), a participle of a verb the lexicon knows: the compound
    # past, not an adjective; right after puis, a form mostly a verb: the verb
    (
        "C'est ainsi qu'advient ce que les quatre Oracles avaient prédit.",
        "prédit",
        "prédire",
        "VERB",
        "VerbForm=Part",
    ),
    ("Je vois que je vous ai bien formé.", "formé", "former", "VERB", "VerbForm=Part"),
    ("Affiche un message d'aide puis quitte.", "quitte", "quitter", "VERB", ""),
    # ... but avoir with an adjective that is no participle keeps it
    ("Il a froid.", "froid", "froid", "ADJ", ""),
    # 8. a capitalised form opening a sentence before a comma: the imperative, written like one
    # (spaCy gave no mood), or the interjection it mostly is (spaCy's rare noun tien)
    ("Écoute, je ne sais pas.", "Écoute", "écouter", "VERB", "Mood=Imp"),
    ("Attends, j'arrive.", "Attends", "attendre", "VERB", "Mood=Imp"),
    ("Regarde, il pleut.", "Regarde", "regarder", "VERB", "Mood=Imp"),
    ("Tiens, voilà ton livre.", "Tiens", "tiens", "INTJ", ""),
    # 5. a regular present of an -er verb Lexique lists few forms of: that verb (was a name
    # with no gloss, or an unknown word)
    ("Positionnez la valeur à 7.", "Positionnez", "positionner", "VERB", "Mood=Imp"),
    ("Les scripts configurent le réseau.", "configurent", "configurer", "VERB", ""),
    ("Nous sélectionnons les fichiers.", "sélectionnons", "sélectionner", "VERB", ""),
]


@pytest.fixture(scope="module")
def doc(analyzer):
    return analyzer.analyze("\n\n".join(sentence for sentence, *_ in CASES))


@pytest.mark.parametrize("case", CASES, ids=[f"{c[1]}: {c[0]}" for c in CASES])
def test_lemma_part_of_speech_and_mood_in_context(doc, case):
    sentence, surface, lemma, pos, morph = case
    tok = case_token(doc, CASES, sentence, surface)
    assert (tok.lemma, tok.pos) == (lemma, pos), sentence
    assert not tok.is_name
    if morph.startswith("!"):
        assert morph[1:] not in tok.morph, (sentence, tok.morph)
    elif morph:
        assert morph in tok.morph, (sentence, tok.morph)


def _form_line(doc, sentence: str, surface: str) -> str:
    from reader.core.glossary import default_glossary

    tok = case_token(doc, CASES, sentence, surface)
    return default_glossary().lookup_token(tok, alone(doc.text, tok.start)).form_line


def test_pop_up_names_the_imperative_of_an_opening_instruction(doc):
    assert "impératif" in _form_line(doc, "Cliquez ici pour continuer.", "Cliquez")
    assert "impératif" in _form_line(doc, "Choisissez parmi les options proposées.", "Choisissez")
    assert "impératif" not in _form_line(doc, "Savez-vous planter les choux ?", "Savez")


def test_pop_up_of_an_opening_verb_read_as_a_name_is_the_verb(doc):
    assert "come" in case_senses(doc, CASES, "Viens avec moi.", "Viens")[0]


def test_pop_up_of_an_adjective_read_as_a_noun_is_the_adjective(doc):
    sentence = "Puisque cette construction est lente, vous pouvez ajouter deux autres soldats."
    assert "slow" in case_senses(doc, CASES, sentence, "lente")[0]  # was 'nit'
    sentence = "Le cavalier gagnait en armure plus lourde avec le temps."
    assert "heavy" in case_senses(doc, CASES, sentence, "lourde")[0]


def test_pop_up_of_a_verb_read_as_a_rare_noun_is_the_verb(doc):
    sentence = (
        "Apporte la gloire à votre civilisation et ajoute de grandes étendues à votre empire."
    )
    assert "add" in case_senses(doc, CASES, sentence, "ajoute")[0]


def test_pop_up_of_a_present_lexique_lacks_is_the_verb(doc):
    sentence = "Les scripts configurent le réseau."
    assert "configure" in case_senses(doc, CASES, sentence, "configurent")[0]


def test_lexicon_reads_regular_presents_of_known_er_verbs():
    from reader.core.lexicon import default_lexicon

    lexicon = default_lexicon()
    assert lexicon.candidates("configurez") == [("configurer", "VERB")]
    assert lexicon.candidates("conjuguons") == [("conjuguer", "VERB")]
    assert lexicon.reading_shares("double-cliquez") == [("double-cliquer", "VERB", 1.0)]
    # not an English plural (butter is a French verb), nor a known form's own readings
    assert lexicon.candidates("buttons") == []
    assert lexicon.candidates("nez") == [("nez", "NOUN")]
    assert lexicon.candidates("configuriez") == []  # configurier is no verb


def test_pop_up_of_a_participle_or_verb_read_as_a_rare_noun_is_the_verb(doc):
    sentence = "Par conséquent, en attendant que la recherche soit faite, envoyez vos soldats."
    assert case_senses(doc, CASES, sentence, "faite")[0] in ("done", "made")  # was the roof ridge
    sentence = "Les données sont à l'université qui l'héberge."
    assert "host" in case_senses(doc, CASES, sentence, "héberge")[:2]


def test_pop_up_of_a_possessive_read_as_a_noun_is_grammar(doc):
    from reader.core.lexicon import default_lexicon

    sentence = "Les morts ne trouveront pas la paix en passant par ton portail, Iliah-Malal."
    tok = case_token(doc, CASES, sentence, "ton")
    assert default_lexicon().is_function_word(tok.lemma, tok.pos)  # not 'tone', not highlighted


def test_a_section_title_the_text_refers_to_is_still_the_common_word(analyzer):
    text = (
        "Notation musicale générale\n\n"
        "Pour les détails, voir Notation musicale générale. La notation est simple.\n\n"
        "Orange a annoncé ses résultats. Les clients de Orange sont contents.\n\n"
        "Pierre a dit bonjour. Il parle à Pierre."
    )
    doc = analyzer.analyze(text)
    words = [t for t in doc.tokens if t.text in ("Notation", "Orange", "Pierre")]
    notation = [t for t in words if t.text == "Notation"]
    assert [(t.lemma, t.pos, t.is_name) for t in notation] == [("notation", "NOUN", False)] * 2
    # a name the text never writes in lower case stays a name, as does a first name
    assert all(t.is_name for t in words if t.text in ("Orange", "Pierre"))


def test_an_addressed_plural_the_text_writes_in_lower_case_is_the_common_noun(analyzer):
    text = (
        "Gardes, préparez-vous à les vaincre !\n\nLes gardes du roi arrivent.\n\n"
        "Soldats de Wesnoth, levez-vous et combattez pour votre roi !\n\nLes soldats avancent."
    )
    doc = analyzer.analyze(text)
    found = [(t.lemma, t.pos, t.is_name) for t in doc.tokens if t.text in ("Gardes", "Soldats")]
    assert found == [("garde", "NOUN", False), ("soldat", "NOUN", False)]  # were names
