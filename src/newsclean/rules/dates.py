"""NC2xx: date prefixes and date lines; the date they give becomes ``published``."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from ..dates import parse_date
from ..document import Document, Finding, Published

_ISO = r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?"
#: A scraper's label and an ISO date glued to the front of the text.
DATE_PREFIX = regex.compile(
    rf"(?:date|published|updated|posted|datum)\s*:?\s+(?P<date>{_ISO})(?=\s)", regex.IGNORECASE
)
#: Labels that say the date on their line is when the article appeared.
PUBLISHED_LABEL = (
    r"date|dated|published(?: on| at)?|first published(?: on)?|posted(?: on)?|datum|"
    r"ver[öo]ffentlicht(?: am)?|erschienen(?: am)?|publié(?: le)?|publicado(?: el| en)?|"
    r"pubblicato(?: il)?|gepubliceerd(?: op)?|publicerad|publisert|udgivet|publikováno"
)
#: Labels of a later change: removed, and used only when nothing better is there.
UPDATED_LABEL = (
    r"updated(?: on| at)?|last updated(?: on)?|modified|aktualisiert(?: am)?|stand|"
    r"mis à jour(?: le)?|actualizado(?: el)?|aggiornato(?: il)?|bijgewerkt(?: op)?|"
    r"oppdatert|opdateret|uppdaterad|aktualizováno"
)
DATE_LINE = regex.compile(
    rf"(?:(?P<published>{PUBLISHED_LABEL})|(?P<updated>{UPDATED_LABEL}))?\s*:?\s*(?P<date>.{{6,60}}?)\.?",
    regex.IGNORECASE,
)
#: A date line further down than this many blocks gives no ``published`` unless labelled.
HEAD_BLOCKS = 12


def date_prefix(doc: Document) -> Iterator[Finding]:
    """A scraper's ``date YYYY-MM-DD`` glued to the front of the text.

    The date becomes ``published``; the prefix is cut and recorded. A date that
    cannot exist stays in the text, for a person to see.

    >>> [found] = date_prefix(Document.from_text(" date 2025-08-25 Trump declared"))
    >>> found.published
    datetime.date(2025, 8, 25)
    >>> list(date_prefix(Document.from_text("date 2025-02-30 Trump declared")))
    []
    """
    if not doc.blocks:
        return
    match = DATE_PREFIX.match(doc.blocks[0].text)
    if match is None or match.end() == len(doc.blocks[0].text):
        return
    published = parse_date(match.group("date"))
    if published is not None:
        yield Finding(0, "date prefix", 0, match.end(), published=published)


def date_line(doc: Document) -> Iterator[Finding]:
    """A line that holds only a date, labelled or bare ("Published: Aug. 25, 2025").

    A labelled publication date, or else the first bare date near the top, becomes
    ``published``; an "Updated" date only when there is no other.

    >>> doc = Document.from_text("Headline\\nUpdated: 26 Aug 2025\\nPublished: 25 Aug 2025\\nBody.")
    >>> [(f.index, f.published) for f in date_line(doc)]
    [(1, None), (2, datetime.date(2025, 8, 25))]
    """
    found: list[tuple[int, Published, int]] = []  # index, date, preference (lower wins)
    for index, block in enumerate(doc.blocks):
        if len(block.text) > 90 or not any(c.isdigit() for c in block.text):
            continue
        match = DATE_LINE.fullmatch(block.text)
        if match is None:
            continue
        published = parse_date(match.group("date"))
        if published is None:
            continue
        if match.group("published"):
            found.append((index, published, 0))
        elif match.group("updated"):
            found.append((index, published, 2))
        else:
            found.append((index, published, 1 if index < HEAD_BLOCKS else 3))
    usable = [entry for entry in found if entry[2] < 3]
    best = min(usable, key=lambda entry: (entry[2], entry[0]))[0] if usable else None
    for index, published, _ in found:
        yield Finding(index, "date line", published=published if index == best else None)
