"""NC3xx: bylines. The names they credit become ``authors``; the lines are cut.

Only the article's head (the blocks around its headline) is read for credits, so that
the writer of a related story further down is never taken for the article's.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import regex

from ..dates import read_date_label, read_date_line
from ..document import Document, Finding
from ..head import head_indices
from ..names import BY_PREFIX, BY_WORD, PHOTO_CREDIT, is_name, is_outlet, read_credit
from ..patterns import backwards
from ..titles import is_running_text
from .credits import LEADING, credit_without_date, repeats_headline
from .namelines import accepted_name_lines

EMPTY_BYLINE = regex.compile(rf"(?:{BY_WORD})\s*:?", regex.IGNORECASE)
AVATAR = regex.compile(
    r"(?P<name>.{1,80}?)\s+avatar"
    r"|(?:picture|photo|image|profilbild|bild|foto)\s+(?:of|von|de|di)\s+(?P<pictured>.{3,60})",
    regex.IGNORECASE,
)
#: :data:`AVATAR` matched backwards: whether a line is one is told from its end ("avatar",
#: or the pictured name after "photo of"), where read forwards it tries up to 80 starts.
AVATAR_FROM_END = backwards(AVATAR)
#: "Jane Doe | Staff Writer": a name with a role or outlet after a bar or dot.
CREDIT_LINE = regex.compile(r"(?P<name>[^|•·]{3,60}?)\s*[|•·]\s*(?P<rest>.{0,120})")
#: The marks :data:`CREDIT_LINE` needs one of, looked for first at C speed.
CREDIT_MARKS = ("|", "•", "·")
MAX_BYLINE_CHARS = 200
#: A byline below the head is the article's when this share of the running text follows it.
BYLINE_TEXT_SHARE = 0.75
#: A byline word alone on its line ("By", "Von:") is short.
MAX_BYLINE_WORD_CHARS = 20
#: A split byline's names run over at most this many lines.
MAX_NAME_LINES = 12
_CONTINUES = regex.compile(r"(?:,|&|\band|\bund)$")


def _split_names(doc: Document, index: int) -> list[Finding]:
    """The findings of a split byline whose byline word stands in block ``index``."""
    findings = [Finding(index, "split byline")]
    for following in range(index + 1, min(len(doc.blocks), index + 1 + MAX_NAME_LINES)):
        line = doc.blocks[following].text
        if line in ("…", "...", ",", "&"):
            findings.append(Finding(following, "split byline"))
            continue
        if read_date_line(line) is not None or read_date_label(line) is not None:
            break
        if repeats_headline(doc, line) or AVATAR_FROM_END.fullmatch(line):
            break  # the headline shown again, or a picture's alt text (NC302)
        names = read_credit(line, min_tokens=2)
        if not names:
            break
        findings.append(Finding(following, "split byline", authors=names))
        if not _CONTINUES.search(line):
            break
    return findings if any(finding.authors for finding in findings) else []


def _byline_word(text: str) -> bool:
    return len(text) <= MAX_BYLINE_WORD_CHARS and bool(EMPTY_BYLINE.fullmatch(text))


def empty_byline(doc: Document) -> Iterator[Finding]:
    """A byline word left alone on its line ("By", "Von"), the name lost in scraping.

    A byline word with the names on the next lines is a split byline (NC305) instead.

    >>> [f.reason for f in empty_byline(Document.from_text("Title\\nBy\\nBody."))]
    ['empty byline']
    """
    head = head_indices(doc)
    for index, block in enumerate(doc.blocks):
        if _byline_word(block.text) and not (index in head and _split_names(doc, index)):
            yield Finding(index, "empty byline")


def split_byline(doc: Document) -> Iterator[Finding]:
    """A byline word on its own line with the names on the lines after it.

    >>> doc = Document.from_text("Headline\\nVon\\nFelix Schwarz\\nBody text here.")
    >>> [(f.index, f.authors) for f in split_byline(doc)]
    [(1, ()), (2, ('Felix Schwarz',))]
    """
    for index in head_indices(doc):
        if _byline_word(doc.blocks[index].text):
            yield from _split_names(doc, index)


def avatar_byline(doc: Document) -> Iterator[Finding]:
    """A profile picture's alt text, "Jane Doe Avatar" or "Picture of Jane Doe".

    >>> [f.authors for f in avatar_byline(Document.from_text("Liam Avatar\\nBody."))]
    [('Liam',)]
    """
    for index, block in enumerate(doc.blocks):
        if AVATAR_FROM_END.fullmatch(block.text) is None:
            continue
        match = AVATAR.fullmatch(block.text)  # read forwards for its names
        if match is None:
            continue
        name = (match.group("name") or match.group("pictured")).strip()
        yield Finding(index, "avatar byline", authors=(name,) if is_name(name) else ())


def byline(doc: Document) -> Iterator[Finding]:
    """A line in the head that credits the article: "By Jane Doe and John Roe", "Von dpa".

    People's names become ``authors``; an agency credited alone is kept as written;
    roles, e-mails, places and an outlet after a person's name are not. A date on the
    line becomes ``published``. A line that only starts like a byline ("By the time he
    arrived, ...") is left alone. Without a byline in the head, the one byline further
    down that three quarters of the running text follow is the article's (it may come
    after a long gallery of captions). A byline that credits only an outlet ("by Lesotho
    Times") gives way to the writers' names on a name line of the head (NC306).

    >>> doc = Document.from_text("By JANE DOE, Reuters\\nBy the time he arrived, it was over.")
    >>> [(f.index, f.authors) for f in byline(doc)]
    [(0, ('JANE DOE',))]
    >>> [f.published for f in byline(Document.from_text("Von dpa 30.04.2024, 18:58\\nBody."))]
    [datetime.datetime(2024, 4, 30, 18, 58)]
    """
    head = head_indices(doc)
    credited = False
    for index in head:
        found = _byline_at(doc, index)
        if found is not None and _outlet_gives_way(doc, found.authors):
            found = replace(found, authors=())  # the outlet posted; the writers are named
        if found is not None:  # "By Staff" credits no one: cut, with no author
            credited = credited or bool(found.authors)
            yield found
    if not credited:
        yield from _byline_over_the_article(doc, head.stop)


def _outlet_gives_way(doc: Document, authors: tuple[str, ...]) -> bool:
    """Whether a byline credits only outlets while a name line of the head names people."""
    if not authors or not all(map(is_outlet, authors)):
        return False
    named = (name for names, _ in accepted_name_lines(doc).values() for name in names)
    return any(not is_outlet(name) for name in named)


def _byline_at(doc: Document, index: int) -> Finding | None:
    """The byline finding of block ``index``, if it is a byline."""
    text = LEADING.sub("", doc.blocks[index].text, count=1)
    match = BY_PREFIX.match(text)
    if match is None or len(text) > MAX_BYLINE_CHARS:
        return None
    names, published = credit_without_date(text[match.end() :])
    if names is None:
        return None
    return Finding(index, "byline", authors=names, published=published)


def _byline_over_the_article(doc: Document, start: int) -> Iterator[Finding]:
    """The one byline below the head that most of the running text follows.

    A long gallery of captions may push the byline far below the headline; a related
    story's byline has little of the text after it, and rarely comes alone.
    """
    found = [f for i in range(start, len(doc.blocks)) if (f := _byline_at(doc, i)) and f.authors]
    if len(found) != 1:
        return
    sizes = [len(block.text) if is_running_text(block.text) else 0 for block in doc.blocks]
    before, after = sum(sizes[: found[0].index]), sum(sizes[found[0].index :])
    if after and after >= BYLINE_TEXT_SHARE * (before + after):
        yield found[0]


def credit_line(doc: Document) -> Iterator[Finding]:
    """A name with a role or outlet in the head: "Jane Doe | Staff Writer".

    >>> doc = Document.from_text("Headline\\nJane Doe | Staff Writer\\nBody text.")
    >>> [(f.index, f.authors) for f in credit_line(doc)]
    [(1, ('Jane Doe',))]
    """
    for index in head_indices(doc):
        text = doc.blocks[index].text
        if not any(mark in text for mark in CREDIT_MARKS):
            continue  # no bar or dot: no credit line (most lines, told at C speed)
        match = CREDIT_LINE.fullmatch(text)
        if match is None or not is_name(match.group("name").strip(), min_tokens=2):
            continue
        if PHOTO_CREDIT.search(match.group("rest")):
            continue  # "Jane Doe | Getty Images": who took the picture
        authors = read_credit(doc.blocks[index].text)
        if authors:
            yield Finding(index, "credit line", authors=authors)
