"""Computing senses in a text about computers, everyday senses in a narrative one."""

from __future__ import annotations

import pytest

from reader.core.curated import parse_table, technical_entries
from reader.core.glossary import default_glossary
from reader.core.topic import computing_context

TECH = (
    "Pour installer le logiciel, téléchargez le paquet puis ouvrez le fichier de configuration. "
    "Le pilote de l'imprimante se trouve dans le répertoire /usr/share/doc ; le serveur envoie "
    "le résultat de la commande dans un tube, et le navigateur affiche la page."
)
STORY = (
    "Le pilote de l'avion salua les passagers avant le décollage. Au restaurant, le serveur "
    "apporta la commande. La chanteuse reprit tout son répertoire devant la foule."
)


def _glosses(analyzer, glossary, text):
    doc = analyzer.analyze(text)
    return {t.text: glossary.lookup_token(t, doc.text) for t in doc.tokens if t.is_word}


def test_computing_context_counts_markers_around_the_word_not_the_word_itself():
    assert computing_context(TECH, TECH.index("pilote"))
    assert not computing_context(STORY, STORY.index("pilote"))
    # one computing word is not a topic; the clicked word itself never counts
    one = "Il a lu le fichier de sa grand-mère avec le pilote."
    assert not computing_context(one, one.index("pilote"))
    word = "répertoire logiciel"
    assert not computing_context(word, 0, len("répertoire"))
    # far away (another part of a long text) does not count
    far = "logiciel fichier " + "x " * 2000 + "le pilote"
    assert not computing_context(far, far.index("pilote"))


@pytest.mark.slow
def test_technical_senses_in_a_text_about_computers(analyzer, glossary):
    got = _glosses(analyzer, glossary, TECH)
    assert got["pilote"].first_gloss == "driver"
    assert got["répertoire"].first_gloss.startswith("directory")
    assert got["serveur"].first_gloss == "server"
    assert got["commande"].first_gloss.startswith("command")
    assert got["tube"].first_gloss == "pipe"
    assert got["navigateur"].first_gloss == "browser"
    # the everyday sense is still in the pop-up, after it
    assert any("pilot" in s.text for s in got["pilote"].senses[1:])
    assert got["pilote"].note.startswith("computing sense")


@pytest.mark.slow
def test_everyday_senses_in_a_narrative_text(analyzer, glossary):
    got = _glosses(analyzer, glossary, STORY)
    assert got["pilote"].first_gloss == "pilot"
    assert got["serveur"].first_gloss == "waiter"
    assert got["commande"].first_gloss.startswith("order")
    assert got["répertoire"].first_gloss != "directory"


def test_technical_table_rows_are_well_formed():
    assert technical_entries("pilote", "NOUN")[0].senses[0] == "driver"
    assert technical_entries("Répertoire", "NOUN")  # any case
    assert technical_entries("pilote", "VERB") == ()
    with pytest.raises(ValueError, match="technical-glosses.tsv line 1"):
        parse_table("pilote\tNOUN\tm\tdriver", "technical-glosses.tsv")


@pytest.mark.slow
def test_user_gloss_still_wins_in_a_technical_text(analyzer, tmp_path):
    from reader.core.store import Store

    store = Store(tmp_path / "u.db")
    g = default_glossary(store)
    g.user.set("pilote", "NOUN", "my own pilot")
    got = _glosses(analyzer, g, TECH)
    assert got["pilote"].first_gloss == "my own pilot"


@pytest.mark.slow
def test_a_noun_tagged_as_a_verb_after_a_determiner_is_read_as_the_noun(analyzer, glossary):
    text = (
        "Elle attend le résultat de la commande. Il essaie de la commander en ligne. "
        "Indiquez les dimensions qu’aura le nouveau calque. Je la calque sur la tienne."
    )
    doc = analyzer.analyze(text)
    got = [(t.text, glossary.lookup_token(t, doc.text)) for t in doc.tokens]
    by_text = dict(got)
    assert by_text["commande"].pos == "NOUN"
    assert by_text["commander"].pos == "VERB"  # de la commander: la is its object
    calques = [r for w, r in got if w == "calque"]
    assert calques[0].pos == "NOUN"  # le nouveau calque
    assert calques[1].pos == "VERB"  # je la calque: la is its object


TECH_NEWS = (
    "La police a saisi les ordinateurs du journaliste. Selon le journal, un logiciel espion "
    "aurait infecté des milliers de téléphones ; les lecteurs du site internet ont été "
    "prévenus, et la chaîne de télévision a annoncé la sortie d'un correctif."
)


@pytest.mark.slow
def test_news_about_computers_keeps_everyday_senses_of_everyday_words(analyzer, glossary):
    got = _glosses(analyzer, glossary, TECH_NEWS)
    assert got["police"].first_gloss == "police"  # not "font"
    assert got["journal"].first_gloss == "newspaper"  # not "log"
    assert got["lecteurs"].first_gloss.startswith("reader")  # not "drive"
    assert got["chaîne"].first_gloss != "string"


@pytest.mark.slow
def test_an_adjective_before_its_noun_tagged_as_a_noun_is_read_as_the_adjective(analyzer, glossary):
    text = "Il existe une large variété de paquets. Le large était calme."
    doc = analyzer.analyze(text)
    got = [glossary.lookup_token(t, doc.text) for t in doc.tokens if t.norm == "large"]
    assert got[0].pos == "ADJ" and got[0].first_gloss == "wide"  # une large variété
    assert got[1].pos == "NOUN"  # le large: the noun, nothing after it
