"""NC306: a writer's name alone on a line of the head, vouched for by what stands beside it.

A name with nothing beside it may be a photo's subject or a tag; a date, a role, the
same name again, a slash between writers or an outlet's byline above vouch for it.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from ..dates import find_date, read_date_label, read_date_line
from ..document import Block, Document, Finding, Published
from ..head import body_blocks_before, head_blocks, head_of, index_of_line
from ..names import AGENCIES, PHOTO_CREDIT, is_outlet, names_a_role, read_byline
from ..titles import is_metadata_line
from .credits import LEADING, credit_without_date, repeats_headline
from .social import POST_SIGNATURE

#: What follows the names on a name line (a role, an outlet, a date) is a few words.
_SEGMENT = regex.compile(r"\s*(?:\||•|·|\s[-–—/]\s|\s[–—]|@|,)\s*")
MAX_REST_WORDS = 6
#: Names after this many paragraphs of running text belong to the body.
MAX_BODY_BEFORE = 2
#: A role alone on its line is a few words: "Political correspondent, The Times".
MAX_ROLE_CHARS = 60

Names = tuple[tuple[str, ...], Published | None]


def _names_lines(doc: Document, blocks: tuple[Block, ...]) -> dict[int, Names]:
    """The head's lines that read as names alone, with a date on the same line if any."""
    found: dict[int, Names] = {}
    for index, block in head_blocks(doc):
        text = block.text
        if len(text) > 120 or read_byline(text) or read_date_label(text) is not None:
            continue
        if (
            repeats_headline(doc, text)
            or PHOTO_CREDIT.search(text)
            or POST_SIGNATURE.fullmatch(text)
        ):
            continue  # the headline shown again, a picture's credit, an embedded post's signature
        if read_date_line(text) is not None and "," not in text:
            continue
        above = blocks[index - 1].text if index else ""
        if text.endswith(",") or text.startswith(":") or above.endswith(","):
            continue  # an item of a list: tags, or the people in a photo
        undated = text[: when.start] if (when := find_date(text)) else text
        if len(_SEGMENT.split(undated, maxsplit=1)[-1].split()) > MAX_REST_WORDS:
            continue  # more than a role, an outlet or a date after the names: a sentence
        names, published = credit_without_date(LEADING.sub("", text, count=1), min_tokens=2)
        if names:
            names = tuple(name for name in names if not is_outlet(name))  # "The Times"
        if names:
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
            if read_date_line(text) is not None:
                return True  # a date line, though its label reads like a name
            stripped = text.lstrip(" |•·,/-–—")
            credited = read_byline(stripped) or credit_without_date(stripped, 2)[0]
            credited = tuple(name for name in credited or () if not is_outlet(name))
            if credited:
                if set(names) <= set(credited):
                    return True
                break  # another writer's byline: these names are someone else
            if is_metadata_line(text):
                return True
            if step == 1 and distance == 1 and _is_role_alone(text):
                return True  # "Jane Doe", then "Political correspondent"
            if len(text.split()) > 3:
                break
    return False


def _is_role_alone(text: str) -> bool:
    """A writer's role or desk on a line of its own, with no name of a person in it: a
    role, or an outlet before the place it reports from ("BBC News, Bristol").

    >>> _is_role_alone("Political correspondent"), _is_role_alone("Staff writer, The Times")
    (True, True)
    >>> _is_role_alone("BBC News, Bristol"), _is_role_alone("Bristol, England")
    (True, False)
    >>> _is_role_alone("Jane Doe, Reporter"), _is_role_alone("Politics")
    (False, False)
    """
    if len(text) > MAX_ROLE_CHARS:
        return False
    desk = text.split(",", 1)[0].strip()
    if "," in text and (is_outlet(desk) or AGENCIES.fullmatch(desk)):
        return True
    if not names_a_role(text):
        return False
    names = credit_without_date(text, 2)[0] or ()
    return all(is_outlet(name) for name in names)


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
    for position, (names, published) in accepted_name_lines(doc).items():
        current = index_of_line(doc, blocks[position].line)
        if current is not None:
            yield Finding(current, "name line", authors=names, published=published)


def accepted_name_lines(doc: Document) -> dict[int, Names]:
    """The name lines of the head that credit the article, by position in the head.

    >>> accepted_name_lines(Document.from_text("Title\\nMarta Cañete\\n02/12/2024\\nBody."))
    {1: (('Marta Cañete',), None)}
    """
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
