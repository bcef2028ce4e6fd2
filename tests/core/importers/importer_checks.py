"""Checks shared by the importer tests."""

from __future__ import annotations


def assert_clean(source) -> None:
    """Blocks are exact, stripped, one line each, and together they are the whole text."""
    assert source.text == source.text.strip()
    for block in source.blocks:
        part = source.text[block.start : block.end]
        assert part and part == part.strip()
        assert "\n" not in part and "  " not in part
    rebuilt = "".join(source.text[b.start : b.end] for b in source.blocks)
    assert rebuilt == source.text.replace("\n", "")
    for chapter in source.chapters:
        assert (
            source.text[chapter.start : chapter.end].strip()
            == source.text[chapter.start : chapter.end]
        )


def block_texts(source, kind: str | None = None) -> list[str]:
    """The text of each block (of one kind, if given)."""
    return [source.text[b.start : b.end] for b in source.blocks if kind is None or b.kind == kind]
