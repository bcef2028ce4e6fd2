"""Tokens that are not vocabulary: times, dates, ordinals, units, addresses, paths, commands.

Found by one regular expression over a paragraph's text (C speed, most paragraphs have none
of the characters that start one), so spaCy's tokenisation of "/etc/apt/sources.list" or
"adduser(8)" into pieces does not matter: every token inside a span takes its kind.
"""

from __future__ import annotations

import re
from functools import lru_cache

# Kinds that are numbers (shown as such: not words, but counted as numbers).
NUMBER_KINDS = frozenset({"time", "date", "ordinal", "measure"})
# (a unit symbol alone, "des km", is kind "unit": not a word, not a number)

_ROMAN = r"(?:M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3}))"
_UNITS = (
    r"km/h|km²|km2|m²|m2|m³|m3|km|cm|mm|µm|nm|kg|mg|g|t|ml|cl|dl|l|h|min|ms|µs|ns|s|"
    r"[kKMGTP]i?[oBb](?:/s)?|[kKMGTP]?bit/s|[kKMGTP]?bps|[kKMG]?Hz|[kKM]?W|kWh|V|mA|A|"
    r"°C|°F|°|px|pt|dpi|ppp|cm3|mAh"
)
# Unit symbols unambiguous on their own (no French word is spelt so).
_SYMBOLS = r"km/h|km²|m²|km|cm|mm|kg|mg|ml|cl|kWh|Mo|Go|Ko|kHz|MHz|GHz|Mbit/s|Gbit/s"
# File extensions and top-level domains that make "word.ext" a file or host name.
_EXTENSIONS = (
    "conf|cfg|ini|list|txt|log|html?|xml|json|ya?ml|toml|csv|py|pl|rb|sh|bash|zsh|c|h|cc|"
    "cpp|hpp|java|js|ts|css|php|go|rs|o|a|so|ko|d|rc|el|vim|md|rst|tex|pdf|ps|dvi|png|jpe?g|"
    "gif|svg|ogg|mp3|mp4|wav|flac|iso|img|deb|dsc|changes|udeb|rpm|tar|gz|tgz|bz2|xz|zst|"
    "zip|7z|lz|lzma|diff|patch|orig|bak|old|new|lock|pid|sock|service|socket|timer|mount|"
    "target|desktop|policy|rules|install|postinst|preinst|postrm|prerm|conffiles|"
    "org|com|net|edu|gov|io|info|fr|uk|eu|intern|lan|local|"
    "ly|ily|scm|po|pot|mo"  # LilyPond and Scheme sources, translation catalogues
)

# An address's "@" and "." spelt out: " at ", "[at]", "(at)"; " dot ", "[dot]", "(dot)".
_SPELT_AT = r"(?:\s+(?i:at)\s+|\s*[\[(](?i:at)[\])]\s*)"
_SPELT_DOT = r"(?:\s+(?i:dot)\s+|\s*[\[(](?i:dot)[\])]\s*)"

_NONWORD_RE = re.compile(
    "|".join(
        (
            r"(?P<url>\b(?:https?|ftp|file|ssh|git|rsync)://[^\s<>«»\"]+[^\s<>«»\"'.,;:!?)\]]"
            r"|\bwww\.[\w-]+(?:\.[\w-]+)+(?:/[^\s<>«»\"]*[^\s<>«»\"'.,;:!?)\]])?"
            r"|\b(?:https?|ftp|file|ssh|git|rsync)://)",  # a scheme alone: « http:// »
            r"(?P<email>\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b"
            # spelt out against spam: osamu at debian dot org, jean [at] free [dot] fr
            rf"|\b[\w.+-]+{_SPELT_AT}[\w-]+(?:{_SPELT_DOT}[\w-]+)*{_SPELT_DOT}[A-Za-z]{{2,6}}\b)",
            # /etc, /usr/share/doc, ~/.bashrc, ./configure, $HOME/bin
            r"(?P<path>(?<![\w/.])(?:~|\.{1,2}|\$\{?\w+\}?)?(?:/[\w.+@%:=,~-]*[\w+~-])+/?"
            r"|(?<![\w/.])(?:~|\.{1,2})/)",
            # --config, -cvjf, --with-foo=bar; only after a space, a bracket or a quote and
            # before a space or the end (not "-elle" of "est-elle", not "- Bonjour").
            r"(?P<option>(?:(?<=[\s(\[«\"'`])|^)(?:--[A-Za-z]|-[a-z0-9]|-[A-Z](?![a-zà-ÿ]))[\w.-]*"
            r"(?:=\S*)?(?=[\s,;:.)\]»\"'`]|$))",
            r"(?P<manref>\b[\w.+-]+\([1-9][a-z]*\))",  # adduser(8)
            r"(?P<variable>(?<![\w$])\$\{?[A-Za-z_]\w*\}?)",  # $HOME, ${PATH}
            r"(?P<time>\b(?:[01]?\d|2[0-4])\s?h\s?(?:[0-5]\d\b)?(?![\w])"
            r"|\b(?:[01]?\d|2[0-4]):[0-5]\d(?::[0-5]\d)?\b)",
            r"(?P<date>\b\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})\b|\b\d{4}-\d{2}-\d{2}\b)",
            r"(?P<ordinal>\b\d+(?:e|er|ère|re|ème|eme|ième|nd|nde|d|de|es|ers|res|èmes|emes)\b"
            # XIXe, IIIe, Ier, Ve: two numerals at least, or I/V/X alone (not Le, De, Ce)
            rf"|\b(?!Cie\b)(?=[IVXLCDM]{{2}}|[IVX](?:e|er|re|ème)\b){_ROMAN}"
            r"(?:e|er|ère|re|ème|eme)\b)",
            rf"(?P<measure>\b\d+(?:[.,]\d+)?\s?(?:{_UNITS})(?![\w²³])|\b\d+(?:[.,]\d+)?\s?%)",
            # km, kg, Mo, GHz written alone ("des km de routes"): unit symbols, not words
            rf"(?P<unit>\b(?:{_SYMBOLS})\b(?![/'’-]\w))",
            # archive.tar.bz2, sources.list, debian.org (host and file names)
            # (smb.conf.edu-site: a file name going on after a hyphen)
            rf"(?P<file>\b[\w+-]+(?:\.[\w+-]+)*\.(?:{_EXTENSIONS})(?:-\w+)*\b(?![.-]\w))",
            # .deb, ~foo/, doc-*.html, File→Insert, |tutor|: extensions, globs, menu paths
            r"(?P<glob>(?<![\w.])\.[a-z][a-z0-9]{0,4}\b(?![.'-]\w)|(?<![\w/])~[\w.-]*/?"
            r"|[^\s«»()]*\*(?:[^\s«»(),;]*[^\s«»(),;.:!?])?|\w+(?:→\w+)+|\|[^|\s]+\|)",
            # x86_64, ext4, UTF-8, i386, V:97, radix=8: identifiers and settings; g++,
            # max(R,V,B), 680x0, libfoo.so.x.y.z, Ctrl-Z: a compiler, a formula, a model,
            # a dotted file name, a key combination
            r"(?P<code>\b(?=\w*[_])\w+\b|\b[A-Za-z]+\d+[A-Za-z\d]*\b|\b[A-Za-z]+-\d+\b"
            r"|\b[A-Za-z]\w*[:=]\d[\w.]*|\b[A-Za-z_][\w.-]*=[^\s,;]+"
            r"|\b[A-Za-z]\w*\+\+(?!\w)|\b[A-Za-z_]\w*\([^()\s]*,[^()\s]*\)"
            r"|\b\d+[a-z]\d+\w*\b|\b[a-z]\w*(?:\.\w+){3,}\b"
            # document.write, console.log, unit.name: an object's member in a program (words
            # of three letters or more joined by a dot with no space after it; not inclusive
            # writing: chercheur.euse.s, lycéen.ne.s)
            r"|\b[a-z]{3,}(?:\.(?!(?:e|ne|nne|euse|rice|trice|ère|lle|te|se|fe|ve|ive|enne|eure"
            r"|esse|tes|es)s?\b)[a-z][A-Za-z]{2,})+\b"
            # x>10, n<=5: a comparison; 10.0.0.x: an address with a placeholder
            r"|\b[A-Za-z]\w*[<>]=?\d[\w.]*|\b\d{1,3}(?:\.(?:\d{1,3}|[xX*])){3}\b"
            r"|\b(?:Ctrl|Alt|Maj|Shift|Cmd|Super)(?:[-+](?:Ctrl|Alt|Maj|Shift|Cmd|Super))*[-+]\w+\b"
            # [Racine][Table des matières][Index]: a navigation bar's links run together
            r"|[^\s\[\]]+\]\[[^\s\[\]]+"
            # Acquire::https::Verify-Peer, ly:music-deep-copy, g:maj: a name in a namespace or a
            # code's field (no space around the colon, as French prose has before one; a single
            # colon only between small letters: not a table's "RTN_UNICAST:passerelle")
            r"|\b[A-Za-z][\w.-]*::[A-Za-z][\w.:-]*|\b[a-z][a-z0-9-]*:[a-z][\w.:-]*"
            # AAAA-MM-JJ, hh:mm:ss, jj/mm/aaaa: a date or time format's picture
            r"|\b(?i:aaaa|aa|jj|mm|hh|ss|yyyy|yy|dd)(?:[-/:.](?i:aaaa|aa|jj|mm|hh|ss|yyyy|yy|dd))+\b"
            # %zu, %lld, %1$s, %-10s: a format directive of a program's message
            r"|(?<![\w%])%(?:\d+\$)?[-+ #0]?\d*(?:\.\d+)?(?:hh|ll|[hlzjtLq])?[a-zA-Z]\w*"
            # 253  171  AB   «: a byte's hexadecimal code in a table's column of numbers (set
            # apart by two spaces or a tab on both sides: not "le 12 FA majeur")
            r"|(?:(?<=\d  )|(?<=\d   )|(?<=\d\t))[A-F][0-9A-F](?=\s\s|\t|$))",
        )
    )
)
# A paragraph can hold a span only if it has one of these characters (a cheap first test).
_TRIGGERS = re.compile(
    rf"[\d/@$_~%*|→=#]|\.\w|\+\+|\w\(\w|(?:^|[\s(\[«\"'`])-|[IVX](?:e|er|re|ème)\b|\b(?:{_SYMBOLS})\b"
    r"|\b(?:Ctrl|Alt|Maj|Shift|Cmd|Super)[-+]|\]\[|[A-Za-z]::?[A-Za-z]"
    r"|\b[dD][oO][tT]\b"
)
# A shell command line: "$ sudo apt-get install foo", "# dpkg -i x.deb" (not "# Titre").
_PROMPT_LINE = re.compile(r"^\s*(?:\$|#(?=\s+[a-z][\w.+-]*(?:\s|$)))\s+\S.*$", re.M)


def nonword_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, kind) of every non-word span of `text`, in order, not overlapping."""
    if not _TRIGGERS.search(text):
        return []
    spans: list[tuple[int, int, str]] = []
    for m in _PROMPT_LINE.finditer(text):
        spans.append((m.start(), m.end(), "command"))
    for m in _NONWORD_RE.finditer(text):
        spans.append((m.start(), m.end(), m.lastgroup or "code"))
    if len(spans) > 1:
        spans.sort()
        merged = [spans[0]]
        for s in spans[1:]:
            if s[0] < merged[-1][1]:
                if s[1] > merged[-1][1]:
                    merged[-1] = (merged[-1][0], s[1], merged[-1][2])
                continue
            merged.append(s)
        spans = merged
    return spans


def option_command_spans(text: str, spans: list[tuple[int, int, str]], is_known) -> list:
    """The command word just before an option ("tar -cvjf"): a span of kind 'command' when
    `is_known(word)` says it is not a French word."""
    out = []
    for start, _end, kind in spans:
        if kind != "option":
            continue
        m = re.search(r"([A-Za-z][\w.+-]*)\s+$", text[:start])
        if m and not is_known(m.group(1).lower()):
            out.append((m.start(1), m.end(1), "command"))
    return out


# A manual page's section after a name: adduser(8), printf(3), dpkg-buildflags(1).
_SECTION = re.compile(r"\([1-9][a-z]{0,3}\)")
_BEFORE_SECTION = re.compile(r"[A-Za-z][\w.+-]*$")


def manual_names(text: str) -> frozenset[str]:
    """The lower-case names `text` gives a manual section to (ADDUSER(8), lilo(8)) and their
    hyphenated parts (dpkg-maintscript-helper: dpkg, maintscript): programs, not words.
    Found from each "(8)" back to the name (no regex tried at every word of a book)."""
    found: set[str] = set()
    for m in _SECTION.finditer(text):
        name = _BEFORE_SECTION.search(text, max(0, m.start() - 60), m.start())
        if name:
            word = name.group().lower()
            found.add(word)
            found.update(part for part in word.split("-") if part)
    return frozenset(found)


def dictionary_word(word: str, lemma: str = "") -> bool:
    """Whether a bilingual dictionary has `word` (or its `lemma`: optionnels, optionnel) as
    a French headword (histogramme): then it is French, however rare, and never taken for
    a program name."""
    try:
        from .glossary import default_glossary

        data = default_glossary().data
        return any(data.wikdict(w) or data.entries(w) for w in {word, lemma} if w)
    except (OSError, FileNotFoundError, ValueError):
        return False  # no glossary data: the other evidence decides


# Spellings French words do not have (loans aside, which Lexique knows): k, w, q without u,
# ee, oo, four consonants in a row (ndiswrapper, etckeeper, autoreenable, dbndns).
_UNFRENCH = re.compile(r"[kw]|q(?!u)|ee|oo|[bcdfghjlmnpqrstvxz]{4}")


def unfrench_spelling(word: str) -> bool:
    """Whether `word` is spelt as no French word is, so a French-looking ending (-er,
    -able) does not make it French."""
    return bool(_UNFRENCH.search(word))


# Signs no French word is written with (\\input, ^a, .|grep, foo_bar, a=b), or a digit next to
# letters (200x, x86, CO2): a token holding one is code or a symbol, never vocabulary.
_SYMBOLIC = re.compile(r"[\\^|{}<>=_#*~+@$%&\[\]µ]|\d")


def symbolic(token: str) -> bool:
    """Whether a token with letters in it is no French word: it holds a digit or a sign
    words are not written with (dates, times, units and ordinals are found before)."""
    return not token.isalpha() and bool(_SYMBOLIC.search(token))


_INNER_CAPITAL = re.compile(r"[a-zà-ÿ][A-Z]")

# Endings French shares with English: a word so ending that French dictionaries lack
# (configurable, observables, liminal, hoplites) is a French cognate, not an English word.
_SHARED_ENDINGS = tuple(
    e + s
    for e in ("able", "ible", "tion", "sion", "al", "ique", "isme", "iste", "eur", "aire", "if",
              "ive")
    for s in ("", "s")
)  # fmt: skip
ENGLISH_TABLES = ("english", "english_cognates")  # of assets/glossary-ranked.sqlite
# French text uses an English word this common (wordfreq's French Zipf) as a loan: email 3.7,
# proxy 3.0, thread 4.1 stay French; firmware 2.6, footer 2.1, widgets 2.2 are English.
ENGLISH_LOAN_ZIPF = 3.0


def _english_listed(data, word: str) -> bool:
    for table in ENGLISH_TABLES:
        try:
            if data._query("ranked", f"SELECT 1 FROM {table} WHERE word = ?", (word,)):
                return True
        except Exception:  # noqa: BLE001 (glossary data built before the table existed)
            continue
    return False


def english_word(word: str, lemma: str = "") -> bool:
    """Whether `word` is an English word in a French text (firmware, footer, widgets,
    prefers): spelt as an English word (the glossary's English lists, or their plural in -s),
    unknown to Lexique, to the French dictionaries and to the French thesaurus, rare in French
    text, and without an ending French shares with English (configurable, liminal stay French cognates). English
    loans French uses (week-end, email, proxy) are French words: Lexique or a dictionary has
    them, or French text uses them often."""
    w = word.lower()
    if len(w) < 3 or not (w.isascii() and w.isalpha()) or w.endswith(_SHARED_ENDINGS):
        return False
    try:
        from .glossary import default_glossary
        from .lexicon import default_lexicon

        lexicon = default_lexicon()
        if lexicon.candidates(w) or lexicon.word_zipf(w) >= ENGLISH_LOAN_ZIPF:
            return False
        data = default_glossary().data
        listed = _english_listed(data, w) or (
            w.endswith("s") and len(w) > 4 and _english_listed(data, w[:-1])
        )
    except (OSError, FileNotFoundError, ValueError):
        return False
    if not listed or dictionary_word(w, lemma.lower()):
        return False
    from . import thesaurus

    return not thesaurus.has(w)  # aberrance: French too, though no dictionary glosses it


# Spellings French never uses (issue 13, session 9: pinyin, Sami, Scandinavian words in a
# history text): a letter French does not write (ī ǎ ǐ ǒ ǔ å ø ñ ß...), ä or ö, ü but after a
# vowel (aigüe, capharnaüm are French), "kw", a final "uk" (not "ouk": mamelouk).
_FOREIGN_SPELLING = re.compile(r"[^a-zàâçéèêëîïôûùüÿœæ'-]|[äö]|(?<![aeiouy])ü|kw|(?<!o)uk$")


def foreign_spelling(word: str) -> bool:
    """Whether `word` (letters only) is spelt as no French word is: xīngguān, föreställninga,
    mánno, kwanza; never an accented French word (élève, naïf, aigüe, Noël)."""
    w = word.lower()
    return (
        bool(w)
        and w.replace("-", "").replace("'", "").isalpha()
        and bool(_FOREIGN_SPELLING.search(w))
    )


@lru_cache(maxsize=16384)
def unknown_to_french(word: str, lemma: str = "") -> bool:
    """Whether no French source knows `word`: Lexique, the bilingual dictionaries, the French
    thesaurus (samerna, mánno; not aberrance, a rare French word only the thesaurus lists)."""
    w = word.lower()
    if _french_knows(w, lemma.lower()):
        return False
    from . import thesaurus

    return not thesaurus.has(w)


def _french_knows(w: str, lemma: str) -> bool:
    """Whether Lexique or a bilingual dictionary knows `w` (lower case); True when the
    lexicon cannot be read (no word is then called unknown)."""
    try:
        from .lexicon import default_lexicon

        if default_lexicon().candidates(w):
            return True
    except (OSError, ValueError):
        return True
    return dictionary_word(w, lemma)


def foreign_word(word: str, lemma: str = "") -> bool:
    """Whether `word` is a word of another language in a French text (xīngguān,
    yíxiàngkǎochéng, föreställninga): spelt as French never is, and unknown to every French
    source (a loan Lexique has, a name's accents, stay French)."""
    return foreign_spelling(word) and unknown_to_french(word, lemma)


def unknown_capitalised(word: str, lemma: str = "") -> bool:
    """Whether `word` is capitalised (Thunderbird, Rosegarden, not OTAN) and French does not
    know it in lower case (Lexique, a dictionary): a name when it stands inside a sentence."""
    if not (word[:1].isupper() and word[1:].isalpha() and word[1:].islower()):
        return False
    return not _french_knows(word.lower(), lemma.lower())


_CAPITALS_TAIL = re.compile(r"-([A-Z]{2,})$")


def capitals_compound(word: str, lemma: str = "") -> bool:
    """Whether `word` joins a prefix or word to a name in capitals no French source knows
    (mini-HOWTO, pseudo-TTY; not anti-OTAN: OTAN is French), and French does not know the
    whole: a name with a prefix, not vocabulary (it was highlighted as a rare word no
    dictionary glosses)."""
    m = _CAPITALS_TAIL.search(word)
    return m is not None and unknown_to_french(m.group(1)) and unknown_to_french(word, lemma)


def not_french_kind(word: str, lemma: str = "") -> str:
    """What the vocabulary model took a word for when it left it out as not French: 'name'
    (capitalised, unknown to French in lower case: Rosegarden), 'english' (firmware),
    'foreign' (a word of another language: xīngguān, föreställninga), else ''."""
    if unknown_capitalised(word, lemma) or capitals_compound(word, lemma):
        return "name"
    if not word[:1].islower():
        return ""
    if english_word(word, lemma):
        return "english"
    return "foreign" if foreign_word(word, lemma) else ""


def unglossed_kind(word: str, lemma: str = "") -> str:
    """What a word nothing glosses probably is, for the pop-up to say so rather than only
    "no meaning": 'name' (iPXE, DuckDuckGo: a capital inside the word), 'code' (digits or
    signs: x86, foo_bar), 'foreign' (a spelling French does not have: Standardskriver,
    bijlage), 'french' (a French word Lexique or a dictionary knows: amorçage), 'english'
    (an English word French does not know: textarea, prefers), 'unknown' (a rare French
    word, a program's name or a foreign word: armel, tjener)."""
    if any(c.isdigit() or c in "_<>=/\\" for c in word):
        return "code"
    if _INNER_CAPITAL.search(word) or capitals_compound(word, lemma):
        return "name"
    w = word.lower()
    try:
        from .lexicon import default_lexicon

        known = bool(default_lexicon().candidates(w))
    except (OSError, ValueError):
        known = False
    if known or dictionary_word(w, lemma.lower()):
        return "french"
    if english_word(w, lemma):
        return "english"
    if unfrench_spelling(w) or foreign_spelling(w):  # bijlage, xīngguān
        return "foreign"
    return "unknown"
