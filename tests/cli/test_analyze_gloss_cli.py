"""`python -m reader analyze --glosses` as a user runs it (in-process: see conftest.run_cli)."""

from __future__ import annotations

import json


def test_glosses_flag_adds_each_tokens_first_gloss(run_cli, data_dir):
    result = run_cli("analyze", "-", "--glosses", stdin="Ma maison est grande. Marie arrive.")
    assert result.code == 0, result.err
    tokens = {t["text"]: t for t in json.loads(result.out)["tokens"]}
    assert all("gloss" in t for t in tokens.values())
    assert tokens["maison"]["gloss"] == "house"
    assert tokens["maison"]["lemma"] == "maison" and "p_unknown" in tokens["maison"]
    assert tokens["."]["gloss"] == "" and tokens["Marie"]["gloss"] == ""


def test_without_the_flag_the_json_shape_is_unchanged(run_cli, data_dir):
    result = run_cli("analyze", "-", stdin="Ma maison est grande.")
    assert result.code == 0, result.err
    assert all("gloss" not in t for t in json.loads(result.out)["tokens"])


def test_text_format_shows_the_gloss_column(run_cli, data_dir):
    result = run_cli("analyze", "-", "--glosses", "--format", "text", stdin="La maison.")
    assert result.code == 0, result.err
    line = next(x for x in result.out.splitlines() if x.startswith("maison\t"))
    assert line.endswith("\tgloss=house")


def test_glosses_flag_adds_the_pronunciation_as_used(run_cli, data_dir):
    result = run_cli("analyze", "-", "--glosses", stdin="Les amis de mon fils. Il en a dix.")
    assert result.code == 0, result.err
    tokens = json.loads(result.out)["tokens"]
    by_text = {t["text"]: t for t in tokens}
    assert by_text["fils"]["ipa"] == "fis"
    assert by_text["Les"]["ipa"] == "le" and by_text["Les"]["pron_hint"] == "Les‿amis /lez‿ami/"
    assert by_text["dix"]["ipa"] == "dis"
    assert by_text["."]["ipa"] == "" and "pron_hint" not in by_text["fils"]


def test_an_expression_is_glossed_as_a_unit(run_cli, data_dir):
    text = "Il l'a répété à plusieurs reprises."
    result = run_cli("analyze", "-", "--glosses", stdin=text)
    assert result.code == 0, result.err
    tokens = json.loads(result.out)["tokens"]
    inside = [t for t in tokens if "expression" in t]
    assert [t["text"] for t in inside] == ["à", "plusieurs", "reprises"]
    expr = inside[0]["expression"]
    assert expr["gloss"] == "repeatedly" and expr["text"] == "à plusieurs reprises"
    assert text[expr["start"] : expr["end"]] == "à plusieurs reprises"
    assert all("expression" not in t for t in tokens if t["text"] in ("Il", "répété"))


def test_no_cognates_flag_highlights_transparent_cognates_again(run_cli, data_dir):
    text = "L'invasion a commencé."

    def invasion(*flags):
        result = run_cli("analyze", "-", "--level", "B1", *flags, stdin=text)
        assert result.code == 0, result.err
        return next(t for t in json.loads(result.out)["tokens"] if t["text"] == "invasion")

    assert invasion()["difficult"] is False
    assert invasion("--no-cognates")["difficult"] is True
