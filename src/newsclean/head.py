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
from .names import is_name
from .titles import find_title, is_furniture, is_metadata_line, is_running_text

#: How far around the headline the head reaches, in blocks of the page as it was.
HEAD_BEFORE = 5
HEAD_AFTER = 25
#: A standfirst is one or two sentences, before the byline and the body.
MIN_STANDFIRST_CHARS = 40
MAX_STANDFIRST_CHARS = 600
STANDFIRST_REACH = 8
#: A byline between the headline and the dek takes at most this many lines (a name,
#: then "Kommentar von" the name; a date, then a reading time).
BYLINE_ABOVE_DEK = 2
#: What ends a row of links, never a standfirst.
_LINK_SEPARATORS = ("|", "›", "/", ">")
_CUT = regex.compile(r"(?:…|\.\.\.)$")
#: A standfirst ends like a sentence.
_SENTENCE_END = regex.compile(r"[.!?…][\p{Pf}\p{Pe}\"'»]*$")
#: A dateline: the place (and agency) that opens a report, alone on its line ("Berlin.",
#: "Madrid-") or before its first sentence ("London/Teheran - ", "MEXICO CITY (AP) — ",
#: "NEW DELHI: "). A colon follows only a place in capitals ("Zum Hintergrund: " is no place).
_PLACE = r"\p{Lu}[\p{L}'’.]*(?:[ /,]{1,2}\p{Lu}[\p{L}'’.]*){0,3}"
_AGENCY = r"(?:\s*\(\p{L}{2,10}\))?"
_DATELINE = regex.compile(
    rf"{_PLACE}{_AGENCY}\s*(?:[.,:–—-]?$|[–—·-]\s+(?=[\p{{Lu}}\p{{Pi}}\"„«])|"
    rf"(?<=^[\p{{Lu}} /,.'’]+{_AGENCY}):\s+(?=[\p{{Lu}}\p{{Pi}}\"„«]))"
)
MAX_DATELINE_CHARS = 30
MAX_DATELINE_READ = 80
#: A lede restates the dek when it holds this share of the dek's words of four letters or
#: more (at least ``MIN_RESTATED_WORDS`` of them), more than any later paragraph does.
RESTATED_SHARE = 0.35
MIN_RESTATED_WORDS = 4
#: The lede is one of the next few blocks; the later paragraphs it must beat are prose
#: (``MIN_LATER_CHARS`` or more), at least ``MIN_LATER_PARAGRAPHS`` of them in reach.
LEDE_REACH = 3
#: ... and longer by a fifth at least: a caption shown again is about as long.
MIN_LEDE_GROWTH = 1.2
LATER_REACH = 40
MIN_LATER_CHARS = 80
MIN_LATER_PARAGRAPHS = 3
_WORD = regex.compile(r"\p{L}{4,}")
#: A second version of the headline holds this share of its words from the headline, or
#: the smaller share when it ends like no sentence (a dek that reuses the headline's
#: words is a sentence and holds fewer: Express's holds half).
VARIANT_SHARE = 0.75
VARIANT_SHARE_NO_SENTENCE = 0.5


def find_standfirst(blocks: tuple[Block, ...], headline: int | None) -> int | None:
    """The standfirst (dek) under the headline: prose with a byline or date still below.

    >>> doc = Document.from_text("Talks\\nLee goes to Washington with his top team.\\nBy Jo")
    >>> find_standfirst(doc.blocks, 0)
    1

    The byline may stand between them when the date follows the dek right under it.

    >>> doc = Document.from_text("Talks\\nBy Jo Doe\\nLee goes to Washington with his top team."
    ...                          "\\n28.4.2023\\nLee left Seoul on Monday.")
    >>> find_standfirst(doc.blocks, 0)
    2
    """
    from .rules.captions import has_credit_tail  # rules/ imports this module

    if headline is None or headline + 2 > len(blocks):
        return None
    at = headline + 1
    while (
        at - headline <= BYLINE_ABOVE_DEK
        and at + 1 < len(blocks)
        and _is_credit_above(blocks[at].text)
    ):
        at += 1
    if at > headline + 1 and (at + 1 == len(blocks) or not is_metadata_line(blocks[at + 1].text)):
        return None  # under a byline, only a dek with its date right under it
    later = blocks[at + 1 : at + 1 + STANDFIRST_REACH]
    if not any(is_metadata_line(block.text) for block in later):
        return None  # asked first: the head's lines are read already, the checks below cost
    text = blocks[at].text
    if (
        not MIN_STANDFIRST_CHARS <= len(text) <= MAX_STANDFIRST_CHARS
        or has_credit_tail(text)  # a photo's caption with its credit
        or text.endswith(_LINK_SEPARATORS)  # section links: "National, News, Top Story |"
        or text.casefold() == blocks[headline].text.casefold()
        or _CUT.search(text)
        or is_metadata_line(text)
        or is_furniture(text)  # a sponsor's credit, a share bar
        or _shown_again(blocks, at)  # a caption, shown again with its credit
    ):
        return None
    return at


def _is_credit_above(text: str) -> bool:
    """A byline, a date, the author's bare name or a reading time, between a headline and
    its dek."""
    return is_metadata_line(text) or is_name(text, min_tokens=2) or is_furniture(text)


def _shown_again(blocks: tuple[Block, ...], at: int) -> bool:
    """Whether the block after ``at`` starts with its text: a photo's caption, then the
    caption again with the photo's credit."""
    return at + 1 < len(blocks) and blocks[at + 1].text.startswith(blocks[at].text)


def opens_with_dateline(text: str) -> bool:
    """Whether ``text`` is a dateline, or a paragraph that opens with one.

    >>> opens_with_dateline("Berlin."), opens_with_dateline("London/Teheran - Die Polizei kam.")
    (True, True)
    >>> opens_with_dateline("NEW DELHI: The army moved."), opens_with_dateline("Zum Thema: Ja.")
    (True, False)
    """
    found = _DATELINE.match(text[:MAX_DATELINE_READ])
    return found is not None and (found.end() < len(text) or len(text) <= MAX_DATELINE_CHARS)


def find_lead_standfirst(blocks: tuple[Block, ...], headline: int | None) -> int | None:
    """A standfirst that no byline follows: the first prose under the headline (or at the
    top of a page without one), when what follows shows that the report begins below it.

    The report begins with a dateline (``"Berlin."``, ``"London - "``), or a box of key
    points comes between them: the short paragraph above is the article's summary of
    itself, not its first paragraph.

    >>> dek = "Lee goes to Washington with his whole team."
    >>> lead = "He left Seoul on Monday morning, his aides said."
    >>> doc = Document.from_text("\\n".join(["Talks", dek, "Washington.", lead]))
    >>> find_lead_standfirst(doc.blocks, 0)
    1
    """
    start = 0 if headline is None else headline + 1
    for at in range(start, min(len(blocks) - 1, start + STANDFIRST_REACH)):
        text = blocks[at].text
        if is_metadata_line(text) or not _SENTENCE_END.search(text):
            continue  # a byline, a date, a caption's credit: the dek may still come
        if _is_caption(blocks, at) or is_furniture(text):
            continue  # the lead picture's caption, a reading time: the dek may be under it
        if (
            not MIN_STANDFIRST_CHARS <= len(text) <= MAX_STANDFIRST_CHARS
            or _CUT.search(text)
            or opens_with_dateline(text)
        ):
            return None
        after = [b.text for b in blocks[at + 1 : at + 2 + STANDFIRST_REACH]]
        after = [t for t in after if not (is_metadata_line(t) or is_name(t, min_tokens=2))]
        if not after:
            return None
        if opens_with_dateline(after[0]) and not is_furniture(after[0]):
            # alone on its line, the dateline needs the report under it
            alone = len(after[0]) <= MAX_DATELINE_CHARS
            body = after[1] if alone and len(after) > 1 else after[0]
            return at if len(body) >= MIN_STANDFIRST_CHARS else None
        if _opens_key_points(after[0]):
            return at
        below = [b.text for b in blocks[at + 1 : at + 1 + LATER_REACH]]
        below = [t for t in below if not is_metadata_line(t)]
        return at if headline is not None and restated_below(text, below) else None
    return None


def restated_below(text: str, below: list[str]) -> bool:
    """Whether a longer paragraph just below ``text`` says it again: the lede under a dek.

    A lede (one of the next ``LEDE_REACH`` blocks, longer than ``text`` by a fifth at
    least: ``MIN_LEDE_GROWTH``) restates it when it holds at least ``RESTATED_SHARE`` of
    the distinct words of four letters or more in ``text``, no fewer than
    ``MIN_RESTATED_WORDS``, and more of them than any of the ``MIN_LATER_PARAGRAPHS`` or
    more paragraphs after it: the article's topic words are in every paragraph, a dek's
    words come back together only in the lede. A photo's caption says again what the
    report tells, so ``text`` with a credit line under it, or shown again (with a credit,
    or in nearly the same words), is no dek.

    >>> dek = "The harbour authority opened the long-delayed ferry terminal on Monday."
    >>> lede = "The harbour authority said on Monday that its ferry terminal, delayed for years, "
    >>> lede += "had opened to passengers."
    >>> later = ["Construction began in 2019, then stalled twice over the late payments to "
    ...          "its builders."] * 3
    >>> restated_below(dek, [lede, *later]), restated_below(dek, [lede, *later[:2]])
    (True, False)
    """
    from .rules.captions import is_credit  # rules/ imports this module

    words = restated_words(text)
    if len(words) < MIN_RESTATED_WORDS or not below or is_credit(below[0]):
        return False
    best, lede = 0, -1
    for at, block in enumerate(below[:LEDE_REACH]):
        if block.startswith(text):  # the caption again, with its credit
            return False
        longer = len(block) >= MIN_LEDE_GROWTH * len(text)
        shared = len(words & restated_words(block)) if longer else 0
        if shared > best:
            best, lede = shared, at
    if best < max(MIN_RESTATED_WORDS, RESTATED_SHARE * len(words)):
        return False
    later = [block for block in below[lede + 1 :] if len(block) >= MIN_LATER_CHARS]
    return len(later) >= MIN_LATER_PARAGRAPHS and all(
        len(words & restated_words(block)) < best for block in later
    )


def restated_words(text: str) -> set[str]:
    """The distinct words of four letters or more in ``text``, casefolded: the words a
    lede says again.

    >>> sorted(restated_words("The ferry terminal opened; the FERRY sails."))
    ['ferry', 'opened', 'sails', 'terminal']
    """
    return {word.casefold() for word in _WORD.findall(text)}


def _is_caption(blocks: tuple[Block, ...], at: int) -> bool:
    """Whether block ``at`` is a photo's caption: shown again right under it (with its
    credit), a credit glued to its end, or a credit line under it.

    >>> doc = Document.from_text("Rain in Paris.\\nRain in Paris. Photo: Jo Doe\\nIt rained.")
    >>> _is_caption(doc.blocks, 0), _is_caption(doc.blocks, 1), _is_caption(doc.blocks, 2)
    (True, True, False)
    """
    from .rules.captions import has_credit_tail, is_credit  # rules/ imports this module

    return (
        _shown_again(blocks, at)
        or has_credit_tail(blocks[at].text)
        or (at + 1 < len(blocks) and is_credit(blocks[at + 1].text))
    )


def _opens_key_points(text: str) -> bool:
    """Whether ``text`` heads a box of key points ("In Kürze:"), which the standfirst
    stands above and the report below."""
    from .rules.notes import KEY_POINTS_HEADING  # rules/ imports this module

    return KEY_POINTS_HEADING.fullmatch(text) is not None


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
    variant = headline_variant(blocks, headline)
    top = headline if variant is None else variant  # the standfirst comes under both
    standfirst = find_standfirst(blocks, top)
    if standfirst is None:
        standfirst = find_lead_standfirst(blocks, top)
    return Head(blocks, headline, standfirst, variant)


def headline_variant(blocks: tuple[Block, ...], headline: int | None) -> int | None:
    """The block right under the headline when it is a second version of it
    (:func:`is_headline_variant`) with more of the article below it, and not shown again
    right under (a photo's caption, then the caption with its credit).

    >>> doc = Document.from_text("Chiesa ruft zum Widerstand gegen Asylpolitik auf\\n"
    ...                          "Chiesa ruft zum Widerstand gegen die Asylpolitik\\nBody.")
    >>> headline_variant(doc.blocks, 0)
    1
    """
    if headline is None or headline + 2 >= len(blocks) or _shown_again(blocks, headline + 1):
        return None
    below = blocks[headline + 1].text
    return headline + 1 if is_headline_variant(blocks[headline].text, below) else None


def is_headline_variant(headline: str, text: str) -> bool:
    """Whether ``text`` is a second version of ``headline``: of its distinct words of four
    letters or more (``MIN_RESTATED_WORDS`` at least) three in four are the headline's, or
    half when it ends like no sentence ("Meinung Warum Kritik an Trumps Charakter so
    ineffektiv ist" under "Donald Trump: Warum Kritik an seinem Charakter so ineffektiv ist").

    >>> is_headline_variant("Donald Trump: Warum Kritik an seinem Charakter so ineffektiv ist",
    ...                     "Meinung Warum Kritik an Trumps Charakter so ineffektiv ist")
    True
    >>> is_headline_variant("Harry and Meghan snubbed by Hollywood executive",
    ...                     "A snub from a Hollywood executive has left Harry and Meghan sad.")
    False
    """
    words = restated_words(text)
    if len(words) < MIN_RESTATED_WORDS or len(text) > MAX_STANDFIRST_CHARS:
        return False
    share = len(words & restated_words(headline)) / len(words)
    return share >= VARIANT_SHARE or (
        share >= VARIANT_SHARE_NO_SENTENCE and not _SENTENCE_END.search(text)
    )


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
