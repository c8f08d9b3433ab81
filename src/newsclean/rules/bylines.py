"""NC3xx: bylines. The names they credit become ``authors``; the lines are cut.

Only the article's head (the blocks around its headline) is read for credits, so that
the writer of a related story further down is never taken for the article's.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import regex

from ..dates import find_date, only_date_words, read_date_label, read_date_line
from ..document import Block, Document, Finding, Published
from ..head import (
    body_blocks_before,
    head_blocks,
    head_indices,
    head_of,
    headline_block,
    index_of_line,
)
from ..names import (
    AGENCIES,
    BY_PREFIX,
    BY_WORD,
    PHOTO_CREDIT,
    is_name,
    is_outlet,
    names_a_role,
    read_byline,
    read_credit,
)
from ..titles import is_metadata_line, is_running_text
from .social import POST_SIGNATURE

EMPTY_BYLINE = regex.compile(rf"(?:{BY_WORD})\s*:?", regex.IGNORECASE)
AVATAR = regex.compile(
    r"(?P<name>.{1,80}?)\s+avatar"
    r"|(?:picture|photo|image|profilbild|bild|foto)\s+(?:of|von|de|di)\s+(?P<pictured>.{3,60})",
    regex.IGNORECASE,
)
#: "Jane Doe | Staff Writer": a name with a role or outlet after a bar or dot.
CREDIT_LINE = regex.compile(r"(?P<name>[^|•·]{3,60}?)\s*[|•·]\s*(?P<rest>.{0,120})")
#: What may stand before a name on a credit line: punctuation left from a layout.
_LEADING = regex.compile(r"^[\s,;/|•·\-–—]+")
#: What follows the names on a name line (a role, an outlet, a date) is a few words.
_SEGMENT = regex.compile(r"\s*(?:\||•|·|\s[-–—/]\s|\s[–—]|@|,)\s*")
MAX_REST_WORDS = 6
#: Names after this many paragraphs of running text belong to the body.
MAX_BODY_BEFORE = 2
MAX_BYLINE_CHARS = 200
#: A byline below the head is the article's when this share of the running text follows it.
BYLINE_TEXT_SHARE = 0.75
#: A byline word alone on its line ("By", "Von:") is short.
MAX_BYLINE_WORD_CHARS = 20
#: A split byline's names run over at most this many lines.
MAX_NAME_LINES = 12
_CONTINUES = regex.compile(r"(?:,|&|\band|\bund)$")


def _credit_without_date(
    text: str, min_tokens: int = 1
) -> tuple[tuple[str, ...] | None, Published | None]:
    """The names of ``text`` once a date in it is set aside, and that date."""
    found = find_date(text)
    if found is None:
        return read_credit(text, min_tokens=min_tokens), None
    if only_date_words(text[: found.start]):
        return None, found.published  # "Published Fri, Apr 28 2023": a label, no name
    return read_credit(text[: found.start], min_tokens=min_tokens), found.published


def _is_headline(doc: Document, text: str) -> bool:
    """Whether ``text`` is the headline, as the page shows it again below the byline."""
    block = headline_block(doc)
    title = doc.title if doc.title is not None else (block.text if block else None)
    return title is not None and text.casefold() == title.casefold()


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
        if _is_headline(doc, line) or AVATAR.fullmatch(line):
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
        match = AVATAR.fullmatch(block.text)
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
    named = (name for names, _ in _accepted_name_lines(doc).values() for name in names)
    return any(not is_outlet(name) for name in named)


def _byline_at(doc: Document, index: int) -> Finding | None:
    """The byline finding of block ``index``, if it is a byline."""
    text = _LEADING.sub("", doc.blocks[index].text, count=1)
    match = BY_PREFIX.match(text)
    if match is None or len(text) > MAX_BYLINE_CHARS:
        return None
    names, published = _credit_without_date(text[match.end() :])
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


Names = tuple[tuple[str, ...], Published | None]


def _names_lines(doc: Document, blocks: tuple[Block, ...]) -> dict[int, Names]:
    """The head's lines that read as names alone, with a date on the same line if any."""
    found: dict[int, Names] = {}
    for index, block in head_blocks(doc):
        text = block.text
        if len(text) > 120 or read_byline(text) or read_date_label(text) is not None:
            continue
        if _is_headline(doc, text) or PHOTO_CREDIT.search(text) or POST_SIGNATURE.fullmatch(text):
            continue  # the headline shown again, a picture's credit, an embedded post's signature
        if read_date_line(text) is not None and "," not in text:
            continue
        above = blocks[index - 1].text if index else ""
        if text.endswith(",") or text.startswith(":") or above.endswith(","):
            continue  # an item of a list: tags, or the people in a photo
        names, published = _credit_without_date(_LEADING.sub("", text, count=1), min_tokens=2)
        undated = text[: when.start] if (when := find_date(text)) else text
        if names and len(_SEGMENT.split(undated, maxsplit=1)[-1].split()) <= MAX_REST_WORDS:
            found[index] = (names, published)
    return found


def _vouched(blocks: tuple[Block, ...], index: int, names: tuple[str, ...]) -> bool:
    """Whether a date or byline stands next to the names (one short line may sit between).

    A byline next to them vouches only for the same names: a different name beside a
    byline is more often a photo's subject.
    """
    for step in (-1, 1):
        for distance in (1, 2):
            neighbour = index + step * distance
            if not 0 <= neighbour < len(blocks):
                break
            text = blocks[neighbour].text
            stripped = text.lstrip(" |•·,/-–—")
            credited = read_byline(stripped) or _credit_without_date(stripped, 2)[0]
            if credited:
                if set(names) <= set(credited):
                    return True
                break  # another writer's byline: these names are someone else
            if is_metadata_line(text):
                return True
            if len(text.split()) > 3:
                break
    return False


def name_line(doc: Document) -> Iterator[Finding]:
    """A writer's name alone on a line next to the article's date, or beside other names.

    A name next to nothing of the kind is left alone: it may be a photo's caption.
    A date on the same line ("Stefan Trunzik, 26.04.2024 10:00 Uhr") becomes ``published``,
    and so does a role ("Amy Gibbons Political Correspondent") vouch for the line. The
    neighbours are those the page had, before other rules cut the dates and bylines.

    >>> doc = Document.from_text("Title\\nMarta Cañete\\n02/12/2024\\nA dog runs off.\\nDon Trump")
    >>> [(f.index, f.authors) for f in name_line(doc)]
    [(1, ('Marta Cañete',))]
    """
    blocks = head_of(doc).blocks
    for position, (names, published) in _accepted_name_lines(doc).items():
        current = index_of_line(doc, blocks[position].line)
        if current is not None:
            yield Finding(current, "name line", authors=names, published=published)


def _accepted_name_lines(doc: Document) -> dict[int, Names]:
    """The name lines of the head that credit the article, by position in the head."""
    blocks = head_of(doc).blocks
    candidates = _names_lines(doc, blocks)
    accepted: set[int] = set()
    for index, (names, published) in candidates.items():
        text = blocks[index].text
        beside = [block.text for block in blocks[max(0, index - 1) : index + 2]]
        doubled = beside.count(text) > 1
        if (
            published is not None
            or doubled
            or names_a_role(text)
            or _vouched(blocks, index, names)
            or _writers_together(doc, blocks[index], names)
            or (index > 0 and _under_an_outlet(blocks[index - 1].text))
        ):
            accepted.add(index)
    for index, (names, _) in candidates.items():  # "Ingrid Treborg" over "Marlene Holm"
        beside_accepted = index - 1 in accepted or index + 1 in accepted
        if beside_accepted and len(names) == 1 and blocks[index].text == names[0]:
            accepted.add(index)
    return {index: candidates[index] for index in sorted(accepted)}


def _under_an_outlet(text: str) -> bool:
    """Whether ``text`` is a byline that credits only an outlet or a site's account."""
    credited = read_byline(text)
    return bool(credited) and all(map(is_outlet, credited or ()))


def _writers_together(doc: Document, block: Block, names: tuple[str, ...]) -> bool:
    """People's names joined by a slash, before the body: "Jane Roe/John Doe".

    Tags and captions join names with commas or "and"; a slash joins the writers.
    """
    return (
        len(names) > 1
        and "/" in block.text
        and not any(AGENCIES.fullmatch(name) for name in names)
        and body_blocks_before(doc, block.line) < MAX_BODY_BEFORE
    )


def credit_line(doc: Document) -> Iterator[Finding]:
    """A name with a role or outlet in the head: "Jane Doe | Staff Writer".

    >>> doc = Document.from_text("Headline\\nJane Doe | Staff Writer\\nBody text.")
    >>> [(f.index, f.authors) for f in credit_line(doc)]
    [(1, ('Jane Doe',))]
    """
    for index in head_indices(doc):
        match = CREDIT_LINE.fullmatch(doc.blocks[index].text)
        if match is None or not is_name(match.group("name").strip(), min_tokens=2):
            continue
        if PHOTO_CREDIT.search(match.group("rest")):
            continue  # "Jane Doe | Getty Images": who took the picture
        authors = read_credit(doc.blocks[index].text)
        if authors:
            yield Finding(index, "credit line", authors=authors)
