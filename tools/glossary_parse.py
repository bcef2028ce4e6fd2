"""Parse the articles of the FreeDict (fra-eng, eng-fra), WikDict (fra-deu) and Ding (deu-eng)
dictd databases into plain records."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# dictd part-of-speech tags -> Universal POS.
POS_MAP = {
    "n": "NOUN",
    "noun": "NOUN",
    "v": "VERB",
    "vt": "VERB",
    "vi": "VERB",
    "vr": "VERB",
    "adj": "ADJ",
    "adv": "ADV",
    "prep": "ADP",
    "conj": "CCONJ",
    "pron": "PRON",
    "num": "NUM",
    "int": "INTJ",
    "interj": "INTJ",
    "art": "DET",
    "pn": "PROPN",
}
GENDER_MAP = {"masc": "m", "fem": "f"}

_HEAD_RE = re.compile(r"^(?P<head>.*?)(?:\s+/[^/]*/)*\s*(?:<(?P<tags>[^>]*)>)?\s*$")
_SENSE_RE = re.compile(r"^(\d+)\.\s+(.*)$")
_TRAILING_NUM_RE = re.compile(r"\s+\d+\.$")
_BRACKETS_RE = re.compile(r"\[[^\]]*\]")
_POS_TAG_RE = re.compile(r"<([^>]*)>")
# Ding's placeholders: "use sth.", "help sb. with sth."
_PLACEHOLDER_RE = re.compile(r"(?<![\w.])(?:sth|sb|sth\./sb|sb\./sth)\.(?!\w)")


@dataclass
class Article:
    """One dictionary article: headword, POS, gender and senses (each a list of glosses)."""

    head: str
    pos: str = ""
    gender: str = ""
    senses: list[list[str]] = field(default_factory=list)
    definitions: list[list[str]] = field(default_factory=list)  # per sense (WikDict only)


def parse_head(line: str) -> tuple[str, str, str]:
    """'plainte /plɛ̃t/ <n, fem>' -> ('plainte', 'NOUN', 'f')."""
    ipa_start = line.find(" /")
    tags_match = re.search(r"<([^>]*)>\s*$", line)
    head = (
        line[:ipa_start] if ipa_start > 0 else (line[: tags_match.start()] if tags_match else line)
    )
    pos = gender = ""
    if tags_match:
        for tag in (t.strip() for t in tags_match.group(1).split(",")):
            if tag in POS_MAP and not pos:
                pos = POS_MAP[tag]
            elif tag in GENDER_MAP:
                gender = GENDER_MAP[tag]
    if gender and not pos:
        pos = "NOUN"
    return head.strip(), pos, gender


def split_list(text: str) -> list[str]:
    """Split 'a, b (c, d), e' on top-level commas."""
    out, depth, cur = [], 0, []
    for ch in text:
        if ch in "([<":
            depth += 1
        elif ch in ")]>" and depth:
            depth -= 1
        if ch == "," and depth == 0:
            out.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
    out.append("".join(cur))
    return [s.strip() for s in out if s.strip()]


def parse_freedict(text: str) -> Article:
    """A FreeDict fra-eng (or eng-fra) article: numbered senses of comma-separated glosses."""
    lines = [ln for ln in text.split("\n") if ln.strip()]
    head, pos, gender = parse_head(lines[0])
    art = Article(head, pos, gender)
    example = ""
    for line in lines[1:]:
        stripped = line.strip()
        if re.fullmatch(r"\d+\.", stripped):
            art.senses.append([])  # a sense given only by examples (falloir)
            continue
        if stripped.startswith('"'):
            example = stripped.strip('"')
            continue
        if example and line.startswith(" "):
            if not art.senses:
                art.senses.append([])
            art.senses[-1].append(f"{stripped} ({example})")
            example = ""
            continue
        m = _SENSE_RE.match(stripped)
        glosses = split_list(m.group(2) if m else stripped)
        if glosses:
            art.senses.append(glosses)
    art.senses = [s for s in art.senses if s]
    return art


def parse_wikdict(text: str) -> Article:
    """A WikDict fra-deu article: numbered senses, German translations then French definitions."""
    lines = [ln for ln in text.split("\n") if ln.strip()]
    head, pos, gender = parse_head(lines[0])
    art = Article(head, pos, gender)
    expect_translation = True
    for raw in lines[1:]:
        line = raw.strip()
        m = _SENSE_RE.match(line)
        if m or expect_translation:
            body = m.group(2) if m else line
            body = _TRAILING_NUM_RE.sub("", body)
            art.senses.append(split_list(body))
            art.definitions.append([])
            expect_translation = False
            continue
        if re.fullmatch(r"\d+\.", line):
            continue
        line = re.sub(r"^\d+\|", "", line)
        if art.definitions:
            art.definitions[-1].append(line)
    return art


@dataclass
class DingTranslation:
    """One English translation from a Ding (deu-eng) article."""

    english: str
    pos: str
    field_label: bool  # marked with a subject field ([jur.], [math.] ...)


def parse_ding(text: str) -> list[DingTranslation]:
    """The English translations on the second line of a Ding article."""
    lines = text.split("\n")
    if len(lines) < 2:
        return []
    _, german_pos, _ = parse_head(lines[0])
    line = lines[1]
    out = []
    for item in split_list(line):
        labelled = item.lstrip().startswith("[")
        tags = _POS_TAG_RE.findall(item)
        english = _POS_TAG_RE.sub("", _BRACKETS_RE.sub("", item)).strip()
        english = _PLACEHOLDER_RE.sub("", english)
        english = re.sub(r"\s+", " ", english).strip()
        pos = POS_MAP.get(tags[0].strip(), "") if tags else german_pos
        if english and not english.startswith("see:") and not english.startswith("Note"):
            out.append(DingTranslation(english, pos, labelled))
    return out
