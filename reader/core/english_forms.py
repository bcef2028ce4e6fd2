"""English past participles of verb glosses ("determine" -> "determined", "deal with" ->
"dealt with"), for a French past participle used as an adjective or in the passive."""

from __future__ import annotations

import re
from collections.abc import Callable

# English irregular verbs (general grammar: base -> past participle).
_IRREGULAR = dict(
    pair.split(":")
    for pair in (
        "arise:arisen awake:awoken be:been bear:borne beat:beaten become:become begin:begun "
        "bend:bent bet:bet bind:bound bite:bitten bleed:bled blow:blown break:broken "
        "breed:bred bring:brought build:built burn:burnt burst:burst buy:bought cast:cast "
        "catch:caught choose:chosen cling:clung come:come cost:cost creep:crept cut:cut "
        "deal:dealt dig:dug do:done draw:drawn dream:dreamt drink:drunk drive:driven "
        "eat:eaten fall:fallen feed:fed feel:felt fight:fought find:found flee:fled "
        "fling:flung fly:flown forbid:forbidden forget:forgotten forgive:forgiven "
        "freeze:frozen get:got give:given go:gone grind:ground grow:grown hang:hung have:had "
        "hear:heard hide:hidden hit:hit hold:held hurt:hurt keep:kept kneel:knelt know:known "
        "lay:laid lead:led lean:leant leave:left lend:lent let:let lie:lain light:lit "
        "lose:lost make:made mean:meant meet:met mislead:misled mistake:mistaken "
        "overcome:overcome overtake:overtaken overthrow:overthrown pay:paid put:put "
        "quit:quit read:read rid:rid ride:ridden ring:rung rise:risen run:run say:said "
        "see:seen seek:sought sell:sold send:sent set:set sew:sewn shake:shaken shed:shed "
        "shine:shone shoot:shot show:shown shrink:shrunk shut:shut sing:sung sink:sunk "
        "sit:sat sleep:slept slide:slid sow:sown speak:spoken spend:spent spin:spun "
        "split:split spread:spread spring:sprung stand:stood steal:stolen stick:stuck "
        "sting:stung stride:stridden strike:struck string:strung strive:striven swear:sworn "
        "sweep:swept swim:swum swing:swung take:taken teach:taught tear:torn tell:told "
        "think:thought throw:thrown thrust:thrust tread:trodden undergo:undergone "
        "understand:understood undertake:undertaken undo:undone upset:upset wake:woken "
        "wear:worn weave:woven weep:wept win:won wind:wound withdraw:withdrawn "
        "withhold:withheld withstand:withstood write:written"
    ).split()
)
_VOWELS = "aeiou"
_WORD = re.compile(r"[a-z]+")


def past_participle(verb: str, is_english: Callable[[str], bool]) -> str:
    """The past participle of an English verb gloss, or '' when it cannot be told (the
    regular forms are only given when `is_english` knows them: nothing is invented)."""
    words = verb.split()
    if not words or not _WORD.fullmatch(words[0]):
        return ""
    head, rest = words[0], words[1:]
    if head in _IRREGULAR:
        return " ".join([_IRREGULAR[head], *rest])
    for form in _regular(head):
        if is_english(form):
            return " ".join([form, *rest])
    return ""


def _regular(v: str) -> list[str]:
    if v.endswith("ee"):
        return [v + "d"]
    if v.endswith("e"):
        return [v + "d"]
    if len(v) > 1 and v.endswith("y") and v[-2] not in _VOWELS:
        return [v[:-1] + "ied"]
    if v.endswith("c"):
        return [v + "ked", v + "ed"]
    doubled = v + v[-1] + "ed"
    cvc = len(v) >= 3 and v[-1] not in _VOWELS + "wxy" and v[-2] in _VOWELS and v[-3] not in _VOWELS
    if cvc and sum(c in _VOWELS for c in v) == 1:  # stop, plan: stopped, planned
        return [doubled, v + "ed"]
    return [v + "ed", doubled] if cvc else [v + "ed"]  # visited; commit: committed
