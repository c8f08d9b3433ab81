"""NC3xx: bylines. The names they credit become ``authors``; the lines are cut."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from ..document import Document, Finding
from ..names import is_name, read_credit

#: The word a byline starts with, in the languages of the corpus.
BY_WORD = (
    r"by|written\s+by|words\s+by|reporting\s+by|story\s+by|text\s+by|von|text|par|por|"
    r"di|door|av|af|autor|autorin|author|authors|auteur|autore|reportage|"
    r"yazan|napsal|napsala|kirjoittanut"
)
EMPTY_BYLINE = regex.compile(rf"(?:{BY_WORD})\s*:?", regex.IGNORECASE)
BYLINE = regex.compile(rf"(?:{BY_WORD})\s*:?\s+(?P<credit>.{{1,150}})", regex.IGNORECASE)
AVATAR = regex.compile(r"(?P<name>.{1,80}?)\s+avatar", regex.IGNORECASE)
#: "Jane Doe | Staff Writer": a name with a role or outlet, near the top only.
CREDIT_LINE = regex.compile(r"(?P<name>[^|•·]{3,60}?)\s*[|•·]\s*(?P<rest>.{1,120})")
HEAD_BLOCKS = 12


def empty_byline(doc: Document) -> Iterator[Finding]:
    """A byline word left alone on its line ("By", "Von"), the name lost in scraping.

    >>> [f.reason for f in empty_byline(Document.from_text("Title\\nBy\\nBody."))]
    ['empty byline']
    """
    for index, block in enumerate(doc.blocks):
        if len(block.text) <= 20 and EMPTY_BYLINE.fullmatch(block.text):
            yield Finding(index, "empty byline")


def avatar_byline(doc: Document) -> Iterator[Finding]:
    """A profile picture's alt text, "Jane Doe Avatar", where the byline was.

    >>> [f.authors for f in avatar_byline(Document.from_text("Liam Avatar\\nBody."))]
    [('Liam',)]
    """
    for index, block in enumerate(doc.blocks):
        match = AVATAR.fullmatch(block.text)
        if match is None:
            continue
        name = match.group("name").strip()
        yield Finding(index, "avatar byline", authors=(name,) if is_name(name) else ())


def byline(doc: Document) -> Iterator[Finding]:
    """A line that credits the article: "By Jane Doe and John Roe", "Von dpa".

    People's names become ``authors``; an agency credited alone is kept as written;
    roles, e-mails and an outlet after a person's name are not. A line that only
    starts like a byline ("By the time he arrived, ...") is left alone.

    >>> doc = Document.from_text("By JANE DOE, Reuters\\nBy the time he arrived, it was over.")
    >>> [(f.index, f.authors) for f in byline(doc)]
    [(0, ('JANE DOE',))]
    """
    for index, block in enumerate(doc.blocks):
        match = BYLINE.fullmatch(block.text)
        if match is None:
            continue
        authors = read_credit(match.group("credit"))
        if authors is not None:
            yield Finding(index, "byline", authors=authors)


def credit_line(doc: Document) -> Iterator[Finding]:
    """A name with a role or outlet near the top: "Jane Doe | Staff Writer".

    >>> doc = Document.from_text("Headline\\nJane Doe | Staff Writer\\nBody text.")
    >>> [(f.index, f.authors) for f in credit_line(doc)]
    [(1, ('Jane Doe',))]
    """
    for index, block in enumerate(doc.blocks[:HEAD_BLOCKS]):
        match = CREDIT_LINE.fullmatch(block.text)
        if match is None or not is_name(match.group("name").strip(), min_tokens=2):
            continue
        authors = read_credit(block.text)
        if authors:
            yield Finding(index, "credit line", authors=authors)
