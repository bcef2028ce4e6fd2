"""The build-time derivation rules (tools/glossary_derive.py) on small inputs."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))

from glossary_derive import (  # noqa: E402
    adjective_forms,
    derive_adverbs,
    derive_expression_heads,
    derive_prefixes,
    english_adverbs,
)
from glossary_parse import Article  # noqa: E402


def test_adjective_forms_of_french_adverbs():
    assert adjective_forms("fermement") == ["ferme"]
    assert adjective_forms("évidemment") == ["évident"]
    assert adjective_forms("constamment") == ["constant"]
    assert adjective_forms("aisément") == ["aisé", "aise"]
    assert adjective_forms("absolument") == ["absolu"]
    assert adjective_forms("maison") == []


def test_english_adverbs_follow_spelling_rules_and_must_exist():
    assert english_adverbs("firm") == ["firmly"]
    assert english_adverbs("easy") == ["easily"]
    assert english_adverbs("simple") == ["simply"]
    assert english_adverbs("true") == ["truly"]
    assert english_adverbs("full") == ["fully"]
    assert english_adverbs("tragic")[0] == "tragically"
    assert english_adverbs("fast") == []  # no "fastly"
    assert english_adverbs("well") == []
    assert english_adverbs("in good shape") == []


def test_adverb_dropped_when_eng_fra_translates_it_otherwise():
    hard = [Article("dur", "ADJ", "", [["hard", "tough"]])]
    # eng-fra: hardly = à peine, so durement is not "hardly" (and "toughly" is no word)
    assert derive_adverbs({"durement": ["dur"]}, {"dur": hard}, {"hardly": {"à peine"}}) == {}
    kept = derive_adverbs({"durement": ["dur"]}, {"dur": hard}, {"hardly": {"durement"}})
    assert kept["durement"].senses[0][0] == "hardly"


def test_expression_heads_rank_by_score_and_skip_known_words():
    glosses = {"parce que": "because", "ne ... pas": "not", "ne ... que": "just", "maison": "house"}
    scores = {"ne ... pas": 2.0, "ne ... que": 1.0, "parce que": 1.0}
    out = derive_expression_heads({"ne", "parce"}, glosses, lambda e, g: scores[e])
    assert out["ne"].senses == [["not (ne ... pas)"], ["just (ne ... que)"]]
    assert out["parce"].senses == [["because (parce que)"]]
    assert "maison" not in out


def test_prefix_from_compounds_that_agree():
    glosses = {"mi-temps": "halftime", "mi-cuit": "half-baked", "mi-long": "medium-length"}
    assert derive_prefixes(glosses, set())["mi-"].senses == [["half"]]
    assert derive_prefixes(glosses, {"mi"}) == {}  # a word with its own entry
    assert derive_prefixes({"x-a": "alpha", "x-b": "beta"}, set()) == {}  # no agreement


def test_match_key_reduces_pivot_phrases_to_the_word():
    from glossary_rank import match_key

    assert match_key("submit to") == "submit"
    assert match_key("to submit") == "submit"
    assert match_key("agree (up)on") == "agree"
    assert match_key("to") == "to"
    assert match_key("put in") == "put in"


def test_promote_moves_a_much_more_common_pivot_gloss_first_but_not_over_a_cognate():
    from glossary_rank import promote

    pivot = {"subjugate": 3.7, "subdue": 2.6, "submit": 2.0}
    assert promote("soumettre", ["subdue", "subjugate", "submit"], pivot)[0] == "submit"
    # the pivot's favourite stays first; a strong cognate stays first
    assert promote("agréer", ["accept", "take"], {"accept": 3.0, "take": 2.5})[0] == "accept"
    assert promote("augmenter", ["augment", "increase"], {"increase": 2.0})[0] == "augment"
    assert promote("x", ["subdue", "submit"], {})[0] == "subdue"


def test_supplement_treats_inflections_and_spellings_as_the_same_word():
    from glossary_supplement import _variant

    assert _variant("metres", "metre") and _variant("meter", "metre")
    assert _variant("judges", "judge") and _variant("input field", "field")
    assert not _variant("experience", "experiment")
    assert not _variant("conference", "lecture")
