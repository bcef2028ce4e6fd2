"""`analyze --glosses` on a misspelt word: the intended word's gloss, approximate, source
"spelling"."""

from __future__ import annotations

import json


def test_a_misspelt_word_is_glossed_through_the_word_it_misspells(run_cli, data_dir):
    typo = run_cli("analyze", "-", "--glosses", stdin="Un accord britanique fut signé.")
    right = run_cli("analyze", "-", "--glosses", stdin="Un accord britannique fut signé.")
    assert typo.code == 0 and right.code == 0, typo.err + right.err
    token = next(t for t in json.loads(typo.out)["tokens"] if t["text"] == "britanique")
    intended = next(t for t in json.loads(right.out)["tokens"] if t["text"] == "britannique")
    assert intended["gloss"] and not intended["gloss"].startswith("~")
    assert token["gloss"] == "~" + intended["gloss"]
    assert token["gloss_source"] == "spelling" and token["approximate"] is True


def test_a_name_is_not_corrected(run_cli, data_dir):
    result = run_cli("analyze", "-", "--glosses", stdin="Nous avons vu Britanique hier.")
    assert result.code == 0, result.err
    token = next(t for t in json.loads(result.out)["tokens"] if t["text"] == "Britanique")
    assert token["gloss_source"] != "spelling"
