"""NC5xx: teasers of other stories, known by the date under their headline.

A teaser of another story, inside the article or after it, is its headline over its
date ("Nový posudek na Redla: Je dost zdravý" over "25. 4. 2023 5:00"). The article's
own headline stands over its date too, but in the head, above the article's text.

>>> prose = "The vote was close, and the count went on all night in every one of the districts."
>>> doc = Document.from_text(f"{prose}\\n{prose}\\nFloods hit the coast\\n11.05.2024")
>>> [f.index for f in dated_teaser(doc)]
[2, 3]
"""

from __future__ import annotations

from collections.abc import Iterator

from ..dates import read_date_line
from ..document import Document, Finding
from ..titles import is_headline_like
from .shapes import is_prose

#: The article has begun when this many paragraphs of prose stand above.
PROSE_ABOVE = 2


def dated_teaser(doc: Document) -> Iterator[Finding]:
    """A teaser of another story: a headline over its date, below the article's start.

    The page is read as it was before the metadata rules cut the dates (the head's
    blocks); the article's own headline is never a teaser, and a headline with fewer
    than two paragraphs of prose above it (copies of a paragraph not counted) belongs
    to the head.

    >>> doc = Document.from_text("Storm closes schools\\n12.05.2024\\n"
    ...                          "All schools in the county stay shut on Monday, the council said.")
    >>> list(dated_teaser(doc))
    []
    """
    page = doc.head.blocks if doc.head is not None else doc.blocks
    headline = doc.head.headline if doc.head is not None else None
    now = {block.line: index for index, block in enumerate(doc.blocks)}
    prose = 0
    for index, block in enumerate(page[:-1]):
        if prose >= PROSE_ABOVE and index != headline:
            date = page[index + 1]  # asked first: the date-line rule has read every line
            if read_date_line(date.text) is not None and is_headline_like(block.text):
                for part in (block, date):
                    if part.line in now:
                        yield Finding(now[part.line], "teaser of another story")
        if block.line in now and is_prose(block.text):
            prose += 1  # the article's prose: a paragraph still there, no copy of one
