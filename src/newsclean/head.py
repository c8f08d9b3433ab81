"""The article's head: its headline and standfirst, and the blocks around them.

The head is read once, before the metadata rules run (:func:`locate`), so that every
rule looks at the same head with the bylines and dates that vouch for it still in place.
The metadata rules (dates, bylines, standfirst) only look in the head, so that a related
story's date or author further down is never taken for the article's.

>>> doc = Document.from_text("Home\\nLee Set for Talks in Washington\\nBy Jane Doe\\nBody.")
>>> locate(doc).headline
1
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import replace

import regex

from .dates import DATE_PREFIX
from .document import Block, Document, Head
from .titles import find_title, is_metadata_line, is_running_text

#: How far around the headline the head reaches, in blocks of the page as it was.
HEAD_BEFORE = 5
HEAD_AFTER = 25
#: A standfirst is one or two sentences, before the byline and the body.
MIN_STANDFIRST_CHARS = 40
MAX_STANDFIRST_CHARS = 600
STANDFIRST_REACH = 8
_CUT = regex.compile(r"(?:…|\.\.\.)$")


def find_standfirst(blocks: tuple[Block, ...], headline: int | None) -> int | None:
    """The standfirst (dek) under the headline: prose with a byline or date still below.

    >>> doc = Document.from_text("Talks\\nLee goes to Washington with his top team.\\nBy Jo")
    >>> find_standfirst(doc.blocks, 0)
    1
    """
    if headline is None or headline + 2 > len(blocks):
        return None
    text = blocks[headline + 1].text
    if (
        not MIN_STANDFIRST_CHARS <= len(text) <= MAX_STANDFIRST_CHARS
        or text.casefold() == blocks[headline].text.casefold()
        or _CUT.search(text)
        or is_metadata_line(text)
    ):
        return None
    later = blocks[headline + 2 : headline + 2 + STANDFIRST_REACH]
    return headline + 1 if any(is_metadata_line(block.text) for block in later) else None


def locate(doc: Document) -> Head:
    """Read the head of ``doc``: where its headline and standfirst are.

    >>> locate(Document.from_text("Lee arrives in Washington, leading the talks.")).headline
    """
    blocks = doc.blocks
    prefix = DATE_PREFIX.match(blocks[0].text) if blocks else None
    if prefix is not None and prefix.end() < len(blocks[0].text):  # what NC201 will cut
        blocks = (Block(blocks[0].line, blocks[0].text[prefix.end() :].strip()), *blocks[1:])
        doc = replace(doc, blocks=blocks)
    headline = find_title(doc)
    return Head(blocks, headline, find_standfirst(blocks, headline))


def head_of(doc: Document) -> Head:
    """The head read before the metadata rules ran, or read now.

    >>> head_of(Document.from_text("a")).headline
    """
    return doc.head if doc.head is not None else locate(doc)


def index_of_line(doc: Document, line: int) -> int | None:
    """The index of the block from input line ``line``, if it is still in ``doc``.

    >>> index_of_line(Document.from_text("a\\n\\nb"), 3)
    1
    """
    lines = [block.line for block in doc.blocks]
    at = bisect_left(lines, line)
    return at if at < len(lines) and lines[at] == line else None


def headline_block(doc: Document) -> Block | None:
    """The headline's block as the page gave it.

    >>> headline_block(Document.from_text("Lee Set for Talks in Seoul\\nBy Jo Doe\\nBody."))
    Block(line=1, text='Lee Set for Talks in Seoul')
    """
    head = head_of(doc)
    return None if head.headline is None else head.blocks[head.headline]


def _window(head: Head) -> tuple[int, int]:
    """The first and last input lines of the head."""
    if not head.blocks:
        return 0, -1
    if head.headline is None:
        return head.blocks[0].line, head.blocks[min(len(head.blocks), HEAD_AFTER) - 1].line
    first = head.blocks[max(0, head.headline - HEAD_BEFORE)].line
    last = head.blocks[min(len(head.blocks), head.headline + HEAD_AFTER) - 1].line
    return first, last


def head_indices(doc: Document) -> range:
    """The indices of the blocks of ``doc`` that lie in its head.

    Without a headline, the first blocks of the text.

    >>> head_indices(Document.from_text("a\\nb\\nc"))
    range(0, 3)
    """
    first, last = _window(head_of(doc))
    lines = [block.line for block in doc.blocks]
    return range(bisect_left(lines, first), bisect_right(lines, last))


def head_blocks(doc: Document) -> list[tuple[int, Block]]:
    """The head as the page gave it: (position, block) pairs, positions in ``head.blocks``.

    >>> [b.text for _, b in head_blocks(Document.from_text("a\\nb"))]
    ['a', 'b']
    """
    head = head_of(doc)
    first, last = _window(head)
    return [(i, block) for i, block in enumerate(head.blocks) if first <= block.line <= last]


def body_blocks_before(doc: Document, line: int) -> int:
    """How many paragraphs of running text the page had between the headline and ``line``.

    A date or name after two of them belongs to the body, or to a related story.

    >>> body_blocks_before(Document.from_text("T\\n" + "Long text. " * 20 + "\\n12.05.2025"), 3)
    1
    """
    head = head_of(doc)
    start = 0 if head.headline is None else head.headline + 1
    end = bisect_left([block.line for block in head.blocks], line, lo=start)
    between = head.blocks[max(start, end - HEAD_AFTER) : end]
    return sum(1 for block in between if is_running_text(block.text))
