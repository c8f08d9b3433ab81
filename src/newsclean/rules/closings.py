"""NC3xx: credits at the foot of an article: a sign-off ("(dpa)", "SDA/sep"), an author box.

Agencies sign the copy they supply at its end, often with the initials of the editor
who handled it; some papers sign with their writers' initials alone. Such a line comes
after the last paragraph, among the page's furniture. A box about the writer ("Die
Autorin", then a line that opens with her name) names her too.

>>> doc = Document.from_text("Storm closes schools.\\n" + "The storm went on. " * 9 + "\\n(dpa)")
>>> [(f.index, f.authors) for f in closing_credit(doc)]
[(2, ('dpa',))]
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import regex

from ..document import Document, Finding
from ..names import AGENCIES, INTERFACE_WORDS, is_name, is_outlet, opening_name
from ..titles import is_running_text
from .notes import AUTHOR_HEADING

#: A closing credit stands among the last lines of the page.
TAIL_BLOCKS = 15
MAX_CLOSING_CHARS = 120
MAX_HEADING_CHARS = 40
MAX_LINK_CHARS = 80
#: A link to a writer's other stories: "More from Jane Doe", "Mehr von David Vonplon (dvp)".
AUTHOR_LINK = regex.compile(
    r"(?:more\s+(?:from|by|stories\s+(?:from|by)|articles\s+(?:from|by))|"
    r"mehr\s+von|(?:weitere|alle)\s+(?:artikel|beiträge)\s+von|"
    r"(?:plus\s+d['’]articles|tous\s+les\s+articles)\s+de|"
    r"(?:más|otros)\s+artículos\s+de|(?:altri|tutti\s+gli)\s+articoli\s+di|"
    r"meer\s+(?:artikelen\s+)?van|flere\s+(?:saker|artikler)\s+(?:av|fra))"
    r"\s+(?P<name>[^()]{3,60}?)(?:\s*\(\p{Ll}{2,4}\))?",
    regex.IGNORECASE,
)
#: An editor's or writer's initials: "sep", "jm", "dan".
_INITIALS = regex.compile(r"[a-z]{2,4}")
#: Agencies and initials joined by slashes or commas, in brackets or not: "(dpa/AFP/jm)".
_CHAIN = regex.compile(
    r"(?P<open>\()?(?P<chain>[\p{L}\- ]{2,40}(?:\s*[/,]\s*[\p{L}\- ]{2,40}){0,5})\)?"
)

_CHAIN_SEPARATOR = regex.compile(r"[/,]")


def _chain_credit(text: str) -> tuple[str, ...] | None:
    """The agencies of "(dpa)", "SDA/sep", "dpa/AFP/jm"; ``None`` if it is no such credit."""
    match = _CHAIN.fullmatch(text)
    if match is None:
        return None
    parts = [part.strip() for part in _CHAIN_SEPARATOR.split(match.group("chain"))]
    agencies = [part for part in parts if AGENCIES.fullmatch(part) and "/" not in part]
    initials = [part for part in parts if part not in agencies and _is_initials(part)]
    if not agencies or len(agencies) + len(initials) != len(parts):
        return None
    if len(parts) == 1 and match.group("open") is None:
        return None  # "AP" alone under a picture is the picture's credit
    return tuple(dict.fromkeys(agencies))


def _is_initials(text: str) -> bool:
    return bool(_INITIALS.fullmatch(text)) and text not in INTERFACE_WORDS


def _initials_credit(text: str) -> tuple[str, ...] | None:
    """The initials of "ssi, dan; Foto [M]: Shutterstock", or ``None``."""
    first, semicolon, _ = text.partition(";")
    parts = [part.strip() for part in first.split(",")]
    if not all(_is_initials(part) for part in parts):
        return None
    if len(parts) < 2 and not semicolon:
        return None  # one short lower-case word alone: "mehr", "ok"
    return tuple(dict.fromkeys(parts))


def last_running_text(texts: Sequence[str]) -> int | None:
    """The index of the last line of running text (``None`` if there is none), read from
    the end: the lines above it are never asked.

    >>> last_running_text(["The storm went on. " * 8 + "It ended.", "(dpa)", "Share"])
    0
    """
    return next(
        (index for index in range(len(texts) - 1, -1, -1) if is_running_text(texts[index])),
        None,
    )


def closing_credit(doc: Document) -> Iterator[Finding]:
    """An agency's or the writers' sign-off after the last paragraph: "(dpa)", "SDA/sep".

    The agencies become ``authors`` (the initials after them are an editor's); initials
    alone ("ssi, dan") are the writers'. Only when the head credited no one: a byline
    there is the article's. One short lower-case word ("mehr") is no credit.

    >>> doc = Document.from_text("Storm closes schools.\\n" + "The storm went on. " * 9 +
    ...                          "\\nSDA/sep\\nShare")
    >>> [(f.index, f.authors) for f in closing_credit(doc)]
    [(2, ('SDA',))]
    """
    blocks = doc.blocks
    last_text = last_running_text(doc.texts)
    if last_text is None:
        return
    for index in range(max(last_text + 1, len(blocks) - TAIL_BLOCKS), len(blocks)):
        text = blocks[index].text
        if len(text) > MAX_CLOSING_CHARS:
            continue
        names = _chain_credit(text) or _initials_credit(text)
        if names:
            yield Finding(index, "closing credit", authors=() if doc.authors else names)
            return


def author_box(doc: Document) -> Iterator[Finding]:
    """A box about the writer: its heading ("Die Autorin", "About the author") over a bio.

    The name the bio opens with becomes ``authors``, when nothing else credited the
    article (a byline in the head is the article's); heading and bio are cut. A bio
    that opens with no name ("Seit 2019 bei der taz.") is left to NC519.

    >>> doc = Document.from_text("Body.\\nDie Autorin\\nAnne-Marie Slaughter (*1958) war dort.")
    >>> [(f.index, f.authors) for f in author_box(doc)]
    [(1, ()), (2, ('Anne-Marie Slaughter',))]
    """
    if doc.authors:
        return
    blocks = doc.blocks
    for index in range(len(blocks) - 1):
        if len(blocks[index].text) > MAX_HEADING_CHARS:
            continue
        if AUTHOR_HEADING.fullmatch(blocks[index].text):
            name = opening_name(blocks[index + 1].text)
            if name is not None:
                yield Finding(index, "author box")
                yield Finding(index + 1, "author box", authors=(name,))
                return


def author_link(doc: Document) -> Iterator[Finding]:
    """A link to the writer's other stories: "More from Jane Doe", "Mehr von Jo Roe (jr)".

    The person it names becomes ``authors`` when nothing else credited the article,
    when the links name one person only, and when the article's own text does not name
    them (a link to stories *about* someone the article is about is no credit). A link
    to a section, an outlet or an agency ("More from Politics", "More from AP") is no
    writer's and stays for the other rules.

    >>> doc = Document.from_text("Body.\\nMore from Jane Doe\\nMore from Jane Doe")
    >>> [(f.index, f.authors) for f in author_link(doc)]
    [(1, ('Jane Doe',)), (2, ())]
    """
    links: list[tuple[int, str]] = []
    for index, block in enumerate(doc.blocks):
        text = block.text
        match = AUTHOR_LINK.fullmatch(text) if len(text) <= MAX_LINK_CHARS else None
        if match is None:
            continue
        name = match.group("name").strip()
        if is_name(name, min_tokens=2) and not is_outlet(name):
            links.append((index, name))
    folded = {name.casefold() for _, name in links}
    credits = not doc.authors and len(folded) == 1
    if credits:  # only then is the article's running text read for the name
        running = [block.text.casefold() for block in doc.blocks if is_running_text(block.text)]
        credits = not any(name in text for name in folded for text in running)
    for position, (index, name) in enumerate(links):
        yield Finding(index, "author link", authors=(name,) if credits and not position else ())
