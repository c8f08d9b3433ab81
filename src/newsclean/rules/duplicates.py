"""NC4xx: text the page shows twice: the headline again, a teaser of a paragraph, a paragraph."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator

import regex

from ..document import Document, Finding, fold
from ..head import index_of_line

#: A teaser's last characters: an ellipsis where the text was cut.
TEASER_END = regex.compile(r"\s*(?:…|\.\.\.)$")
#: How a line ends when :data:`TEASER_END` is there (``$`` may stand before a last line break).
_TEASER_ENDINGS = ("…", "...", "…\n", "...\n")
#: How much of a teaser is looked up; shorter teasers are not matched.
TEASER_KEY = 12
#: How many later paragraphs with the same opening one teaser is compared with.
TEASER_TRIES = 8
#: Where a glued copy is split into sentences: after a stop or a closing quote, before a
#: letter (a copy glues one paragraph's last sentence to the next one's first: "fragt.Dann").
SENTENCE_BREAK = re.compile(r"(?<=[.!?…\"“”»«'’)])\s*(?=[^\W\d_])")
#: :data:`SENTENCE_BREAK` with its stop taken in, not looked behind for: the standard
#: ``re`` module then scans for the stop at C speed instead of trying each position.
_STOP_THEN_SENTENCE = re.compile(r"[.!?…\"“”»«'’)]\s*(?=[^\W\d_])")
#: A sentence shorter than this ("Ja.", "Foto: AP.") says nothing about where it came from.
COPIED_SENTENCE = 20
#: A glued copy repeats sentences of at least this many earlier paragraphs...
COPIED_PARAGRAPHS = 3
#: ... and they make up at least this share of its text.
COPIED_SHARE = 0.8


def repeated_headline(doc: Document) -> Iterator[Finding]:
    """The headline shown again further down, or in a second version right under it.

    >>> doc = Document.from_text("Talks\\nBody.\\nTALKS")
    >>> doc = Document(blocks=doc.blocks, title="Talks")
    >>> [f.index for f in repeated_headline(doc)]
    [0, 2]
    """
    if doc.title is None:
        return
    title = fold(doc.title)
    for index, block in enumerate(doc.blocks):
        if fold(block.text) == title:
            yield Finding(index, "repeated headline")
    head = doc.head
    if head is not None and head.variant is not None:
        at = index_of_line(doc, head.blocks[head.variant].line)
        if at is not None:
            yield Finding(at, "second version of the headline")


def truncated_teaser(doc: Document) -> Iterator[Finding]:
    """A paragraph cut with "…" whose text begins a later paragraph in full.

    >>> doc = Document.from_text("Lee arrives in Washington, leading a delegation…\\n"
    ...                          "Lee arrives in Washington, leading a delegation of heads.")
    >>> [f.index for f in truncated_teaser(doc)]
    [0]
    """
    openings: dict[str, list[int]] = {}
    folded = [fold(block.text) for block in doc.blocks]
    for index, text in enumerate(folded):
        openings.setdefault(text[:TEASER_KEY], []).append(index)
    for index, block in enumerate(doc.blocks):
        end = TEASER_END.search(block.text) if block.text.endswith(_TEASER_ENDINGS) else None
        if end is None:
            continue
        prefix = fold(block.text[: end.start()])
        if len(prefix) < TEASER_KEY:
            continue
        same_opening = openings.get(prefix[:TEASER_KEY], [])
        first_later = bisect_right(same_opening, index)
        later = same_opening[first_later : first_later + TEASER_TRIES]
        if any(len(folded[i]) > len(prefix) and folded[i].startswith(prefix) for i in later):
            yield Finding(index, "truncated teaser")


def duplicate_paragraph(doc: Document) -> Iterator[Finding]:
    """A paragraph that appeared word for word before; the first copy stays.

    >>> doc = Document.from_text("Same words here.\\nOther.\\nSame words here.")
    >>> [f.index for f in duplicate_paragraph(doc)]
    [2]
    """
    seen: set[str] = set()
    for index, block in enumerate(doc.blocks):
        key = fold(block.text)
        if key in seen:
            yield Finding(index, "duplicate paragraph")
        seen.add(key)


def split_sentences(text: str) -> list[str]:
    """``SENTENCE_BREAK.split(text)``: each piece ends after its stop, and the space
    between two pieces is dropped.

    >>> split_sentences("He asked.Then he left. She said no, 2 times.")
    ['He asked.', 'Then he left.', 'She said no, 2 times.']
    """
    pieces = []
    start = 0
    for stop in _STOP_THEN_SENTENCE.finditer(text):
        pieces.append(text[start : stop.start() + 1])
        start = stop.end()
    pieces.append(text[start:])
    return pieces


def glued_copy(doc: Document) -> Iterator[Finding]:
    """Earlier paragraphs of the article repeated, glued into one block.

    A paywall or a print view hides a second copy of the article in the page; scraped,
    it is one long line. It is known by its sentences: most of its text is sentences
    of three or more earlier paragraphs. The first copy stays.

    >>> lines = ["The bridge closed on Monday after cracks were found in it.",
    ...          "Engineers said the repairs would take at least a whole year.",
    ...          "A ferry will carry people across the river in the meantime."]
    >>> doc = Document.from_text("\\n".join([*lines, " ".join(lines)]))
    >>> [f.index for f in glued_copy(doc)]
    [3]
    """
    seen: dict[int, int] = {}  # the hash of a sentence: the first block that holds it
    for index, block in enumerate(doc.blocks):
        if len(block.text) < COPIED_SENTENCE:
            continue  # no sentence long enough to count, in it or copied from it
        sentences = [
            sentence.casefold()
            for sentence in split_sentences(block.text)
            if len(sentence) >= COPIED_SENTENCE
        ]
        copied = 0
        sources: set[int] = set()
        for sentence in sentences:
            source = seen.get(hash(sentence))
            if source is None:
                seen[hash(sentence)] = index
            elif source != index:
                copied += len(sentence)
                sources.add(source)
        if len(sources) >= COPIED_PARAGRAPHS and copied >= COPIED_SHARE * len(block.text):
            yield Finding(index, "article text repeated in one block")
