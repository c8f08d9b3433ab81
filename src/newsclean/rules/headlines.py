"""NC4xx: the headline, the kicker above it and the standfirst below it.

All three come from the head read before the metadata rules ran (:mod:`newsclean.head`).
"""

from __future__ import annotations

from collections.abc import Iterator

from ..document import Document, Finding
from ..head import head_of, index_of_line
from ..titles import is_metadata_line

#: A kicker is a few words: a topic or series label set above the headline.
MAX_KICKER_WORDS = 6
MAX_KICKER_CHARS = 60


def headline(doc: Document) -> Iterator[Finding]:
    """The headline: the short block the byline, date and standfirst gather around.

    It becomes ``title`` (nothing is lost). See :func:`newsclean.titles.find_title`.

    >>> doc = Document.from_text("Home\\nLee Set for Talks\\nBy Jane Doe\\nLee arrives.")
    >>> [(f.index, f.keep_as) for f in headline(doc)]
    [(1, 'title')]
    """
    head = head_of(doc)
    if doc.title is not None or head.headline is None:
        return
    index = index_of_line(doc, head.blocks[head.headline].line)
    if index is not None:
        yield Finding(index, "headline", keep_as="title")


def kicker(doc: Document) -> Iterator[Finding]:
    """A kicker: the topic label set just above the headline ("Gastkommentar", "Live").

    >>> doc = Document.from_text("Opinion\\nLee Set for Talks\\nBy Jane Doe\\nBody.")
    >>> [(f.index, f.reason) for f in kicker(doc)]
    [(0, 'kicker')]
    """
    head = head_of(doc)
    if not head.headline:
        return
    index = index_of_line(doc, head.blocks[head.headline - 1].line)
    if index is None:
        return
    text = doc.blocks[index].text
    if (
        len(text) <= MAX_KICKER_CHARS
        and len(text.split()) <= MAX_KICKER_WORDS
        and not text.endswith((".", "!", "?", "…"))
        and not is_metadata_line(text)
    ):
        yield Finding(index, "kicker")


def standfirst(doc: Document) -> Iterator[Finding]:
    """The standfirst (dek): a sentence or two under the headline, before the byline.

    It becomes ``summary`` when something shows that the body had not begun above it: a
    byline or date still below it (or a byline above it and its date right under it), a
    dateline or a box of key points after it, or a longer paragraph under it that says
    it again (:mod:`newsclean.head`).

    >>> text = "Lee Set for Talks\\nLee goes to Washington with his managers.\\nBy Jane Doe\\nBody."
    >>> [(f.index, f.keep_as) for f in standfirst(Document.from_text(text))]
    [(1, 'summary')]
    """
    head = head_of(doc)
    if doc.summary is not None or head.standfirst is None:
        return
    index = index_of_line(doc, head.blocks[head.standfirst].line)
    if index is not None:
        yield Finding(index, "standfirst", keep_as="summary")
