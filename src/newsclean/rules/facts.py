"""NC5xx: a fact box beside the article: a heading, facts, and the source they come from.

A fact box ("Fakta om fødselsdepresjon", "Factbox", a term defined: "Evnukk:") sums up
background the article leans on, and ends with its source ("Kilde: Helsenorge.no").
Its lines read like the article's, so the box is known by both ends: a heading only a
box has, and a source line at most a few lines below it.

>>> doc = Document.from_text("Fakta om flom\\nFlom er vanlig om våren.\\nKilde: NVE")
>>> [f.index for f in fact_box(doc)]
[0, 1, 2]
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from ..document import Block, Document, Finding
from .captions import AGENCIES, MAX_CREDIT_SIZE, SOURCE_LINE
from .shapes import is_sentence, size

#: A fact box's heading: "Fakta om ...", "Fakten zur Wahl", "Factbox", "Infobox".
FACT_HEADING = regex.compile(
    r"(?:fakta|fakten|facts?|faits|datos|fatti|fakty)"
    r"(?:\s+(?:om|over|über|zu|zum|zur|about|on|sur|sobre|su|o)\s+.{1,50})?:?"
    r"|fakta?boks|faktenbox|faktbox|fact\s?box|infobox|info-box",
    regex.IGNORECASE,
)
#: A term to be defined, alone on its line before its colon: "Evnukk:".
TERM_HEADING = regex.compile(r"(?P<term>[\p{L}][\p{L}\p{N}' -]{0,40}):")
#: A box holds at most this many lines between its heading and its source ...
MAX_BOX_LINES = 12
#: ... none longer than this.
MAX_FACT_SIZE = 400
#: A source that names a news agency credits the article, not a box.
_AGENCY = regex.compile(rf"(?-i:{AGENCIES})")


def fact_box(doc: Document) -> Iterator[Finding]:
    """A fact box: its heading, its facts, and the source line that closes it.

    The heading opens with a fact word ("Fakta om ...", "Factbox") or names a term that
    the next line defines ("Evnukk:" over "Evnukk var ..."); a source line at most
    twelve short lines below it ends the box. A source naming a news agency ("Quelle:
    dpa") closes the article, not a box, and a long paragraph on the way means the
    article's text: both leave the lines alone.

    >>> doc = Document.from_text("Fakten zur Wahl\\nDer Bund zählt.\\nQuelle: dpa")
    >>> list(fact_box(doc))
    []
    """
    page = doc.head.blocks if doc.head is not None else doc.blocks
    now = {block.line: index for index, block in enumerate(doc.blocks)}
    for end, block in enumerate(page):
        if not _is_box_source(block.text):
            continue
        start = _box_heading(page, end)
        if start is None:
            continue
        for part in page[start : end + 1]:
            if part.line in now:
                yield Finding(now[part.line], "fact box")


def _is_box_source(text: str) -> bool:
    """A source line that names no news agency: "Kilde: Helsenorge.no"."""
    return (
        size(text) <= MAX_CREDIT_SIZE
        and SOURCE_LINE.fullmatch(text) is not None
        and _AGENCY.search(text) is None
    )


def _box_heading(page: tuple[Block, ...], end: int) -> int | None:
    """The index of the box's heading above the source line at ``end``, if any."""
    for start in range(end - 1, max(-1, end - MAX_BOX_LINES - 2), -1):
        text = page[start].text
        if size(text) > MAX_FACT_SIZE:
            return None
        if start == end - 1 or is_sentence(text):
            continue
        if FACT_HEADING.fullmatch(text):
            return start
        term = TERM_HEADING.fullmatch(text)
        if term and page[start + 1].text.casefold().startswith(term["term"].casefold() + " "):
            return start
    return None


#: A Japanese career profile: a name, "氏", its reading in brackets, then years of a career
#: ("木坂　有朗氏（きさか・ゆうろう）97年（平9年）イオン入社、21年取締役").
PROFILE = regex.compile(
    r"\p{Han}{1,5}[\s\u3000]?\p{Han}{1,5}氏[（(]\p{Hiragana}{1,12}・\p{Hiragana}{1,12}[）)]"
    r"\s*\d{2,4}年"
)
#: A year of the career: "97年", "2021年".
CAREER_YEAR = regex.compile(r"\d{2,4}年")
#: The note in brackets under a profile: "（1月14日就任。小林裕明社長は解任）".
PROFILE_NOTE = regex.compile(r"[（(][^（()）]{1,80}[）)]")
#: A profile lists at least this many years of the career.
MIN_CAREER_YEARS = 2
MAX_PROFILE_SIZE = 400


def career_profile(doc: Document) -> Iterator[Finding]:
    """A person's career in brief, set under an article on an appointment (略歴).

    Japanese papers close such an article with each new officer's profile: the name,
    its reading in brackets, and the career year by year; a note in brackets under it
    says when the post was taken. A sentence that gives a name's reading does not open
    with the career's years, and stays.

    >>> doc = Document.from_text("白川　俊介氏（しらかわ・しゅんすけ）86年大蔵省入省。21年局長。\\n"
    ...                          "（1月14日就任）")
    >>> [f.index for f in career_profile(doc)]
    [0, 1]
    """
    texts = doc.texts
    for index, text in enumerate(texts):
        if (
            size(text) <= MAX_PROFILE_SIZE
            and PROFILE.match(text)
            and len(CAREER_YEAR.findall(text)) >= MIN_CAREER_YEARS
        ):
            yield Finding(index, "career profile")
            note = texts[index + 1] if index + 1 < len(texts) else ""
            if PROFILE_NOTE.fullmatch(note):
                yield Finding(index + 1, "career profile")
