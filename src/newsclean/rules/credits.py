"""What the NC3xx rules share: reading a credit with a date on it, telling the headline.

>>> credit_without_date("Anna Berger, 05.11.2025")
(('Anna Berger',), datetime.date(2025, 11, 5))
"""

from __future__ import annotations

import regex

from ..dates import find_date, only_date_words
from ..document import Document, Published
from ..head import headline_block
from ..names import read_credit

#: What may stand before a name on a credit line: punctuation left from a layout.
LEADING = regex.compile(r"^[\s,;/|•·\-–—]+")


def credit_without_date(
    text: str, min_tokens: int = 1
) -> tuple[tuple[str, ...] | None, Published | None]:
    """The names of ``text`` once a date in it is set aside, and that date.

    >>> credit_without_date("Stefan Trunzik, 26.04.2024")
    (('Stefan Trunzik',), datetime.date(2024, 4, 26))
    >>> credit_without_date("Published Fri, Apr 28 2023")
    (None, datetime.date(2023, 4, 28))
    """
    found = find_date(text)
    if found is None:
        return read_credit(text, min_tokens=min_tokens), None
    if only_date_words(text[: found.start]):
        return None, found.published  # "Published Fri, Apr 28 2023": a label, no name
    return read_credit(text[: found.start], min_tokens=min_tokens), found.published


def repeats_headline(doc: Document, text: str) -> bool:
    """Whether ``text`` is the headline, as the page shows it again below the byline.

    >>> repeats_headline(Document.from_text("Lee Set for Talks in Seoul\\nBy Jo Doe\\nBody."),
    ...                  "LEE SET FOR TALKS IN SEOUL")
    True
    """
    block = headline_block(doc)
    title = doc.title if doc.title is not None else (block.text if block else None)
    return title is not None and text.casefold() == title.casefold()
