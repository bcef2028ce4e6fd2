"""Times, dates, ordinals, units, addresses, paths, options and commands are not vocabulary."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.learner import Learner, assess
from reader.core.nonwords import nonword_spans

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def _kinds(text: str) -> dict[str, str]:
    return {text[s:e]: kind for s, e, kind in nonword_spans(text)}


@pytest.mark.parametrize(
    ("text", "span", "kind"),
    [
        ("La réunion commence à 17h.", "17h", "time"),
        ("Elle finit à 18h30 ce soir.", "18h30", "time"),
        ("Rendez-vous à 17 h 30 devant la gare.", "17 h 30", "time"),
        ("Le 12/03/2021, rien.", "12/03/2021", "date"),
        ("C'est la 10ème fois.", "10ème", "ordinal"),
        ("Au XIXe siècle.", "XIXe", "ordinal"),
        ("Le 1er mai.", "1er", "ordinal"),
        ("Il a couru 5 km hier.", "5 km", "measure"),
        ("Une hausse de 20 % des prix.", "20 %", "measure"),
        ("Des km de routes et 3 Go de données.", "km", "unit"),
        ("Un processeur à plusieurs GHz.", "GHz", "unit"),
        ("Écrivez à jean.dupont@example.fr demain.", "jean.dupont@example.fr", "email"),
        (
            "Lancée par Osamu Aoki <osamu at debian dot org> en tant qu'aide-mémoire.",
            "osamu at debian dot org",
            "email",
        ),
        ("Écrivez à jean [at] free [dot] fr demain.", "jean [at] free [dot] fr", "email"),
        ("Voir https://www.debian.org/doc/ pour la suite.", "https://www.debian.org/doc/", "url"),
        ("L'URL peut être « http:// » ou « ftp:// ».", "http://", "url"),
        ("Le fichier /etc/apt/sources.list est lu.", "/etc/apt/sources.list", "path"),
        ("Sous /usr, les programmes.", "/usr", "path"),
        ("Lancez tar -cvjf archive.tar.bz2 dossier.", "-cvjf", "option"),
        ("Ajoutez --config à la fin.", "--config", "option"),
        ("La commande adduser(8) crée le compte.", "adduser(8)", "manref"),
        ("$ sudo apt-get install paquet", "$ sudo apt-get install paquet", "command"),
        ("# chown newowner foo", "# chown newowner foo", "command"),
        ("Le paquet .deb est installé.", ".deb", "glob"),
        ("Y compris GCC, g++, make et texinfo.", "g++", "code"),
        ("Elle est donnée par la formule V = max(R,V,B) ici.", "max(R,V,B)", "code"),
        ("Les ATARI avec un processeur 680x0 démarrent.", "680x0", "code"),
        ("Des liens sur libfoo.so.x.y.z ou semblable.", "libfoo.so.x.y.z", "code"),
        ("Au lieu de répéter Ctrl-Z, utilisez l'historique.", "Ctrl-Z", "code"),
        ("[Racine][Table des matières][Index] Voici.", "Racine][Table", "code"),
    ],
)
def test_non_word_spans(text, span, kind):
    assert _kinds(text).get(span) == kind


@pytest.mark.parametrize(
    "text",
    [
        "Une guerre est-elle imminente ? A-t-il vu Paris ?",
        "- Bonjour, dit-il. -Oui, répondit-elle.",
        "Les cheminots et/ou les pilotes, 1/2 journée.",
        "Le chapitre premier. Ce, De, Le, Me Dupont, la Cie.",
        "# Introduction",
        "Les lycéen.ne.s et les étudiant·e·s sont là.",
        "Le(s) fichier(s) et le(s) mot(s) de passe, p. ex. ceux-ci.",
        "Les [mots] entre [crochets] et [ < Bibliographie ] restent des mots.",
        "La dot de la mariée était payée en or ; on l'a dotée (dot) d'un domaine.",
    ],
)
def test_ordinary_french_has_no_non_words(text):
    assert nonword_spans(text) == []


def _sentence_tokens(doc, needle):
    start = doc.text.index(needle)
    return [t for t in doc.tokens if start <= t.start < start + len(needle)]


def test_non_words_are_shown_but_not_vocabulary(analyzer):
    text = (
        "La réunion commence à 17h et finit à 18h30. Au XIXe siècle, la 10ème fois, 5 km.\n"
        "Lancez tar -cvjf archive.tar.bz2 dossier avec --config et lisez adduser(8) et /etc.\n"
    )
    doc = analyzer.analyze(text)
    assert all(doc.text[t.start : t.end] == t.text for t in doc.tokens)
    by_text = {t.text: t for t in doc.tokens}
    for surface in ("17h", "18h30", "XIXe", "10ème", "km", "tar", "-cvjf", "--config", "/etc"):
        tok = by_text[surface]
        assert not tok.is_word and tok.nonword, surface
    assert by_text["17h"].is_number and by_text["10ème"].lemma == "10ème"
    assert by_text["dossier"].is_word and by_text["réunion"].is_word
    words = assess(doc, Learner("A1")).words
    flagged = {t.text for t, info in zip(doc.tokens, words, strict=True) if info is not None}
    assert not flagged & {"17h", "18h30", "XIXe", "10ème", "km", "tar", "archive.tar.bz2"}
    assert {"réunion", "dossier"} <= flagged


def test_a_command_listing_paragraph_is_code(analyzer):
    doc = analyzer.analyze(
        "$ ls -l /etc/passwd -rw-r--r-- 1 root root 2761 Aug 30 10:38 /etc/passwd\n"
    )
    assert doc.tokens and all(t.nonword and not t.is_word for t in doc.tokens)


def test_debian_reference_excerpt_highlights_no_path_option_command_or_english(analyzer):
    """A page of Debian's French reference manual (GPL-2+, debian-reference-fr 2.x,
    chapter 1): prose, English paragraphs left untranslated, listings and paths."""
    from reader.core.importers import load_path

    doc = analyzer.analyze(load_path(FIXTURES / "debian-reference-ch01.fr.txt"))
    assessment = assess(doc, Learner("A1"))
    highlighted = [
        t for t, info in zip(doc.tokens, assessment.words, strict=True) if info and info.difficult
    ]
    texts = {t.text for t in highlighted}
    assert len(highlighted) > 150  # the French prose is still there to read
    assert (
        len({"utilisateur", "répertoire", "propriétaire", "fichier", "interpréteur"} & texts) >= 3
    )
    for tok in highlighted:
        before = doc.text[tok.start - 1 : tok.start]
        assert not any(c in tok.text for c in "/-_=$~@()|"), tok.text
        assert before not in ("/", "-", "$", "."), tok.text
        assert not any(c.isdigit() for c in tok.text), tok.text
    english = {
        "upon", "starting", "presented", "character", "screen", "hostname", "installed",
        "environment", "prompt", "username", "password", "the", "you", "your", "user",
        "programs", "included", "software", "free", "navigate", "shell", "root", "set",
    }  # fmt: skip
    assert not {t.lower() for t in texts} & english
    for word in ("Upon", "hostname", "username"):
        tok = next(t for t in doc.tokens if t.text == word)
        assert tok.lang == "en" and not tok.is_word
    for code in ("/etc/passwd", "chmod(1)", "-R"):
        start = doc.text.index(code)
        assert all(not t.is_word for t in doc.tokens if start <= t.start < start + len(code))
    # The article's figures count only the French words.
    assert assessment.stats.words < sum(1 for t in doc.tokens if t.text[:1].isalpha())


def test_loanwords_in_french_stay_french_but_english_phrases_do_not(analyzer):
    doc = analyzer.analyze(
        "Le week-end dernier, le leader a posté un tweet sur le marketing de son équipe.\n"
        "Les fans ont chanté « We are the champions » dans le stade.\n"
    )
    by_text = {t.text: t for t in doc.tokens}
    for word in ("week-end", "leader", "marketing", "équipe", "stade"):
        assert not by_text[word].lang, word
    for word in ("We", "are", "the"):
        assert by_text[word].lang == "en" and not by_text[word].is_word, word


def test_unknown_lower_case_words_are_code_only_in_a_technical_text(analyzer, sample_text):
    from reader.core.analysis import is_technical

    manual = (FIXTURES / "debian-reference-ch01.fr.txt").read_text(encoding="utf-8")
    assert is_technical(manual) and not is_technical(sample_text)
    doc = analyzer.analyze(manual + "\nLa commande tmpfs monte le système atime.\n")
    by_text = {t.text: t for t in doc.tokens}
    assert by_text["tmpfs"].nonword == "code" and by_text["atime"].nonword == "code"
    assert by_text["commande"].is_word and by_text["système"].is_word
    plain = analyzer.analyze("La commande tmpfs monte le système atime.")
    assert {t.text for t in plain.tokens if t.nonword} == set()


# A short FAQ answer about packages: a few paths and options in 1,500 characters.
_FAQ = (
    "Le programme dpkg installe les paquets. Les scripts /var/lib/dpkg/info/foo.postinst et "
    "/var/lib/dpkg/info/foo.prerm sont lancés par dpkg. La commande dpkg --install lit "
    "/var/cache/apt/archives ; l'option --purge retire aussi /etc/foo. Le paquet bookworm "
    "dépend de gettext et de autoconf, dans /usr/share/doc/foo. Utilisez --force-depends "
    "avec prudence. Un histogramme montre les options. Sinon, utilisez ndiswrapper et "
    "etckeeper. "
)


def test_a_short_page_dense_with_paths_and_options_is_technical(analyzer, sample_text):
    from reader.core.analysis import is_technical

    assert is_technical(_FAQ * 2) and not is_technical(sample_text)
    doc = analyzer.analyze(_FAQ * 2)
    words = assess(doc, Learner("B1")).words
    highlighted = {t.text for t, w in zip(doc.tokens, words, strict=True) if w and w.difficult}
    # program names and English code words are not vocabulary; French words are, however rare
    assert not highlighted & {"dpkg", "bookworm", "gettext", "autoconf", "ndiswrapper", "etckeeper"}
    for tok in doc.tokens:
        if tok.text in ("dpkg", "bookworm", "gettext"):
            assert tok.nonword and not tok.is_word, tok.text
        if tok.text == "histogramme":
            assert tok.is_word and not tok.nonword
    assert "histogramme" in highlighted


def test_a_word_after_a_hyphen_or_a_missing_space_is_the_word_itself(analyzer):
    doc = analyzer.analyze("À partir de ce moment-là, plus rien.Ce qui suit est un exemple.")
    words = assess(doc, Learner("B1")).words
    highlighted = {t.text for t, w in zip(doc.tokens, words, strict=True) if w and w.difficult}
    assert not highlighted & {"-là", ".Ce", "là", "Ce"}


def test_capitalised_words_french_does_not_know_side_by_side_are_one_name(analyzer):
    doc = analyzer.analyze(
        "Debian Edu est une distribution. Installez Debian Edu sur le serveur principal. "
        "Le Serveur Principal redémarre."
    )
    words = assess(doc, Learner("B1")).words
    highlighted = {t.text for t, w in zip(doc.tokens, words, strict=True) if w and w.difficult}
    assert not highlighted & {"Debian", "Edu"}
    assert all(t.is_name for t in doc.tokens if t.text in ("Debian", "Edu"))
    # capitalised words French knows are still words
    assert not any(t.is_name for t in doc.tokens if t.text in ("Serveur", "Principal"))


def test_words_in_inline_code_are_code_not_vocabulary(analyzer):
    """<code>cd</code> in a sentence (SourceText.spans): not the C1 word "cd" (compact disc),
    not highlighted; the same words outside the code stay words."""
    from reader.core.importers import load_bytes
    from reader.core.learner import Learner, assess

    html = (
        "<html><body><p>Pour changer de répertoire, tapez <code>cd</code> puis le nom du "
        "dossier ; la commande <kbd>mount</kbd> monte un disque.</p>"
        "<p>Un cd est un disque compact que le lecteur monte.</p></body></html>"
    ).encode()
    doc = analyzer.analyze(load_bytes(html, "page.html"))
    cds = [t for t in doc.tokens if t.text == "cd"]
    assert len(cds) == 2
    inline, prose = cds
    assert inline.nonword == "code" and not inline.is_word
    assert prose.is_word and not prose.nonword
    mount = next(t for t in doc.tokens if t.text == "mount")
    assert mount.nonword == "code" and not mount.is_word
    words = assess(doc, Learner("A1")).words
    flagged = [t for t, info in zip(doc.tokens, words, strict=True) if info is not None]
    assert inline not in flagged and mount not in flagged
    assert any(t.text == "répertoire" for t in flagged)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("utilisez 10.0.0.x avec x>10 pour les serveurs", "10.0.0.x"),
        ("utilisez 10.0.0.x avec x>10 pour les serveurs", "x>10"),
        ("Cet exemple utilise « serveur-nas.intern » comme nom", "serveur-nas.intern"),
        ("Les réglages de smb.conf.edu-site surchargeront ceux-là", "smb.conf.edu-site"),
    ],
)
def test_addresses_comparisons_and_host_names_are_code(text, span):
    assert span in _kinds(text)


def test_camel_case_words_are_names_not_vocabulary(analyzer):
    doc = analyzer.analyze(
        "Debian utilise iPXE. DuckDuckGo est le moteur par défaut ; configurez freeRADIUS."
    )
    by_text = {t.text: t for t in doc.tokens}
    for surface in ("iPXE", "DuckDuckGo", "freeRADIUS"):
        assert by_text[surface].is_name, surface
    words = assess(doc, Learner("A1")).words
    flagged = {t.text for t, info in zip(doc.tokens, words, strict=True) if info is not None}
    assert not flagged & {"iPXE", "DuckDuckGo", "freeRADIUS"}
    assert "moteur" in flagged


@pytest.mark.parametrize(
    ("word", "kind"),
    [
        ("iPXE", "name"),
        ("x86", "code"),
        ("Standardskriver", "foreign"),
        ("amorçage", "french"),  # Lexique knows it; no bilingual dictionary does
        ("menurc", "unknown"),
    ],
)
def test_what_an_unglossed_word_probably_is(word, kind):
    from reader.core.nonwords import unglossed_kind

    assert unglossed_kind(word) == kind


def test_a_word_with_an_optional_ending_in_brackets_is_the_word(analyzer):
    """le(s) serveur(s): 'serveur(s' is the noun serveur (glossed), 'le(s' the article (not
    highlighted), not two unknown words."""
    from reader.core.glossary import default_glossary

    doc = analyzer.analyze("Le(s) serveur(s) LTSP et les utilisateur(rice)s sont prêts.")
    by_text = {t.text: t for t in doc.tokens}
    server = by_text["serveur(s"]
    assert (server.lemma, server.pos) == ("serveur", "NOUN")
    assert by_text["utilisateur(rice)s"].lemma == "utilisateur"
    assert by_text["Le(s"].pos == "DET"
    words = assess(doc, Learner("A1")).words
    flagged = {t.text for t, info in zip(doc.tokens, words, strict=True) if info is not None}
    assert "Le(s" not in flagged
    assert default_glossary().lookup_token(server, doc.text).senses


def test_tokens_written_with_signs_or_digits_are_not_words(analyzer):
    """TeX commands, shell pipes, key chords and letters run into digits are code: not
    highlighted, not in the word list; French words with apostrophes, hyphens and
    abbreviation dots stay words."""
    doc = analyzer.analyze(
        "Ajoutez « \\input manmac », tapez ^a puis cherchez avec .|grep ou foo_bar "
        "sous Windows 200x, aptitude[a ou a]. Aujourd'hui, peut-être M. Dupont l'utilisera-t-il."
    )
    by_text = {t.text: t for t in doc.tokens}
    for code in ("\\input", "^a", ".|grep", "foo_bar", "200x", "aptitude[a"):
        assert code in by_text, code
        assert not by_text[code].is_word, code
    for word in ("Ajoutez", "tapez", "cherchez", "Aujourd'hui", "peut-être", "utilisera"):
        assert by_text[word].is_word, word
    assert "foo_bar" not in {lemma for lemma, *_ in assess(doc, Learner()).difficult_lemmas()}


def test_an_address_spelt_out_against_spam_is_not_highlighted(analyzer):
    """Debian's reference names its author "<osamu at debian dot org>": an address, whose
    "dot" and "org" a learner need not look up (they were highlighted as unknown words)."""
    text = (
        "La Référence Debian fut lancée par moi-même, Osamu Aoki <osamu at debian dot org> "
        "en tant qu'aide-mémoire personnel pour l'administration système."
    )
    doc = analyzer.analyze(text)
    assessment = assess(doc, Learner("A1"))
    start = text.index("osamu at")
    inside = [
        (t, info)
        for t, info in zip(doc.tokens, assessment.words, strict=True)
        if start <= t.start < start + len("osamu at debian dot org")
    ]
    assert [t.text for t, _ in inside] == ["osamu", "at", "debian", "dot", "org"]
    assert not any(t.is_word or (info and info.difficult) for t, info in inside)
    # The prose around it is still read as French.
    assert any(t.text == "administration" and t.is_word for t in doc.tokens)
