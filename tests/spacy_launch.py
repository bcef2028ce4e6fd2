"""spaCy's first launch in a fresh process, as a user's first start can meet it: where the
compiled tokenizer pattern is kept, a file cut short by a crash; then spaCy loaded through
reader.core.nlp_load. Run by the test run's spaCy cache builder (tests/conftest.py), which is
such a fresh process anyway, and by tests/core/test_nlp_load.py in a run without a builder;
that test checks what it saw.

    python tests/spacy_launch.py MODEL FOLDER   # loads from FOLDER, prints the report (JSON)
"""

from __future__ import annotations

import gc
import json
import sys
from collections.abc import Callable
from pathlib import Path

# Not from the sample: news-like sentences full of what the exception pattern is about
# (hyphenated compounds, elisions, inversions, abbreviations, numbers).
HELD_OUT = (
    "Aujourd'hui, l'arc-en-ciel au-dessus de Saint-Étienne-du-Rouvray a surpris les "
    "passants. « Qu'est-ce qu'on fait ? », a-t-il demandé vers 14 h 30, peut-être "
    "à cause du chef-d'œuvre qu'il venait de voir. Le porte-parole du Premier ministre "
    "a confirmé jeudi que l'entr'acte durerait vingt-cinq minutes ; c'est-à-dire "
    "jusqu'au lendemain, d'après M. Dupont-Aignan et Mme de La Tour-d'Auvergne. "
    "Les sous-marins nucléaires, les grands-mères et les après-midis d'été : tout "
    "y passe. Quelqu'un a-t-il vu le pot-au-feu ? Va-t'en ! Donne-le-moi, s'il te plaît. "
    "Prud'hommes, presqu'île, rendez-vous à 8h, 3,5 % de hausse, 1er mai 2024."
)


def small_program() -> tuple:
    """A valid compiled program (of a short pattern), as `re` hands it to `_sre.compile`."""
    from re import _compiler, _parser

    pattern = "(?iu)" + "|".join(f"(?:^{w}-[a-z]+$)" for w in ("porte", "arc", "sous"))
    parsed = _parser.parse(pattern, 0)
    code = _compiler._code(parsed, 0)
    return (pattern, parsed.state.flags, code, parsed.state.groups - 1, {}, ())


def plant_damaged_pattern(folder: Path, model: str) -> tuple[Path, bool]:
    """Where the pattern cache file of `model` goes in `folder`, a good one cut in half (what a
    crash while writing leaves): (its path, whether reading it gives None as it must)."""
    from reader.core import nlp_load

    with nlp_load._without_spacy_cli():  # the file's name has spaCy's version: import it as
        import spacy  # noqa: F401  reader.core.nlp_load does (its command line left out)
    path = nlp_load.cache_path(folder, model)
    if not nlp_load.write_compiled(path, small_program()):
        raise OSError(f"could not write {path}")
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    # The affix patterns' file: whole and with a good checksum, but not programs (stale).
    affixes = nlp_load.cache_path(folder, model, "tokenizer-affixes")
    if not nlp_load._write_blob(affixes, b"not a marshalled list"):
        raise OSError(f"could not write {affixes}")
    return path, nlp_load.read_compiled(path) is None


def launch(model: str, folder: Path, loaded: Callable[[], object] | None = None) -> dict:
    """Load spaCy with its cache in `folder`, in this fresh process, and report what only a
    fresh process shows: the pattern and lookup-table status, the tokens and lemmas of the
    sample article and HELD_OUT, the garbage collector after the load (collections pause
    while the model loads, a full one walked everything loaded holding the GIL; afterwards the
    collector works as before and the model is out of its sight), spaCy imported without its
    command line (typer, httpx) which still works when asked for. `loaded()` is called as soon
    as the model is loaded."""
    from reader.core import nlp_load
    from reader.core.paths import sample_article

    gc.set_threshold(500, 7, 9)
    before = len(gc.get_objects())
    nlp = nlp_load.load(model, folder=Path(folder))
    collector = [
        gc.isenabled(),
        list(gc.get_threshold()),
        gc.get_freeze_count() > before,
        len(gc.get_objects()) < before + 50_000,
        len(nlp("Il dort.")),
    ]
    without_cli = ["typer" in sys.modules, "httpx" in sys.modules]
    if loaded is not None:
        loaded()
    texts = [sample_article().read_text(encoding="utf-8"), HELD_OUT]
    report = {
        "pattern": nlp_load.status["pattern"],
        "lookups": nlp_load.status["lookups"],
        "strings": nlp_load.status["strings"],
        "affixes": nlp_load.status["affixes"],
        "tokens": [[t.text for t in nlp.tokenizer(text)] for text in texts],
        "lemmas": [[t.lemma_ for t in doc] for doc in nlp.pipe(texts)],
        "collector": collector,
        "without_cli": without_cli,
    }
    import spacy
    import spacy.cli
    from spacy.cli.info import info  # noqa: F401  (the command line imports whole)

    report["cli"] = [callable(spacy.cli.download), spacy.info(model)["lang"]]
    return report


if __name__ == "__main__":
    print(json.dumps(launch(sys.argv[1], Path(sys.argv[2]))))
