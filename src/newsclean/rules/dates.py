"""NC2xx: date prefixes, date lines and date labels; the date they give becomes ``published``."""

from __future__ import annotations

from collections.abc import Iterator

from ..dates import DATE_PREFIX, find_date, parse_date, read_date_label, read_date_line
from ..document import Document, Finding, Published
from ..head import body_blocks_before, head_indices
from ..names import read_byline
from ..titles import is_relative_time, is_running_text

#: A line of the head whose date is read though more stands around it: short, date early.
MAX_HEAD_LINE_CHARS = 80
MAX_LEAD_CHARS = 40
#: A bare date after this many paragraphs of running text is a related story's.
MAX_BODY_BEFORE = 2
#: A bare date this many lines from the article's byline is the article's, captions or not.
BYLINE_REACH = 3
MAX_BYLINE_CHARS = 200
#: Preference of a head date by its label (lower wins).
_RANK = {"published": 0, None: 1, "updated": 2}


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

    Every such line is cut. Only a date in the article's head (around the headline)
    becomes ``published``: a labelled publication date first, then a date on the byline
    (left to NC303), then the first bare date, an "Updated" date only when there is no
    other. A bare date after the first paragraphs is a related story's, unless it stands
    beside the byline. A label on the line before counts as the date's label. With no
    date in the head, a date line right under the last paragraph is the article's.

    >>> doc = Document.from_text("Headline\\nAktualisiert: 26.08.2025\\nVeröffentlicht\\n"
    ...                          "25. August 2025, 10:31 Uhr\\nBody.")
    >>> [(f.index, f.published) for f in date_line(doc)]
    [(1, None), (3, datetime.datetime(2025, 8, 25, 10, 31))]
    """
    head = head_indices(doc)
    byline, byline_date = _first_byline(doc, head)
    found: list[tuple[int, Published, int]] = []  # index, date, rank
    label: str | None = None
    for index, block in enumerate(doc.blocks):
        line = read_date_line(block.text)
        if line is None:
            label = read_date_label(block.text)
            continue
        kind = line.label or label
        label = None
        in_head = index in head and (
            kind is not None
            or body_blocks_before(doc, block.line) < MAX_BODY_BEFORE
            or (byline is not None and abs(index - byline) <= BYLINE_REACH)
        )
        found.append((index, line.published, _RANK[kind] if in_head else 9))
    usable = [entry for entry in found if entry[2] < 9]
    best = min(usable, key=lambda entry: (entry[2], entry[0])) if usable else None
    if best is not None and byline_date is not None and best[2] > _RANK["published"]:
        best = None  # the byline's own date: NC303 reads it
    unknown = best is None and byline_date is None and doc.published is None
    in_line = next(_date_in_head_line(doc, head), None) if unknown else None
    foot = _foot_date(doc, [entry[0] for entry in found]) if unknown and not in_line else None
    for index, published, _ in found:
        chosen = index == foot or (best is not None and index == best[0])
        yield Finding(index, "date line", published=published if chosen else None)
    if in_line is not None:
        yield in_line


def _foot_date(doc: Document, dates: list[int]) -> int | None:
    """The page's only date line, right under the last paragraph, with no paragraph after it.

    Some publishers print the date at the foot of the article; a related story's date
    follows its own headline, not the article's last paragraph, and comments come with
    a date each.
    """
    if len(dates) != 1:
        return None  # several dates: comments' or teasers' dates, any of them
    running = [is_running_text(block.text) for block in doc.blocks]
    last = max((index for index, is_text in enumerate(running) if is_text), default=-1)
    return dates[0] if dates[0] == last + 1 else None


def _first_byline(doc: Document, head: range) -> tuple[int | None, Published | None]:
    """The first byline of the head ("By Jo Doe | 5 June 2025"), and the date on it."""
    for index in head:
        text = doc.blocks[index].text
        if len(text) <= MAX_BYLINE_CHARS and read_byline(text):
            found = find_date(text)
            return index, found.published if found is not None else None
    return None, None


def _date_in_head_line(doc: Document, head: range) -> Iterator[Finding]:
    """The first date inside a short line of the head, before the body: only the date is cut."""
    for index in head:
        block = doc.blocks[index]
        if len(block.text) > MAX_HEAD_LINE_CHARS or body_blocks_before(doc, block.line):
            continue
        if DATE_PREFIX.match(block.text):
            continue  # a scraper's date prefix is NC201's, kept when that rule is off
        found = find_date(block.text)
        if found is not None and found.start <= MAX_LEAD_CHARS:
            yield Finding(
                index, "date in head line", found.start, found.end, published=found.published
            )
            return


def date_label(doc: Document) -> Iterator[Finding]:
    """A date's label left alone on its line ("Published", "Stand:", "Publisert").

    >>> doc = Document.from_text("Headline\\nZuerst veröffentlicht am\\nBody text.")
    >>> [(f.index, f.reason) for f in date_label(doc)]
    [(1, 'date label')]
    """
    for index in head_indices(doc):
        if read_date_label(doc.blocks[index].text) is not None:
            yield Finding(index, "date label")


def relative_time(doc: Document) -> Iterator[Finding]:
    """A time relative to now alone on its line: "2 hours ago", "Vor 1 Std.".

    A live blog's entries and a teaser list's links carry one, below two paragraphs of
    the article at least (as a related story's date is told from the article's); it
    dates nothing, so it never sets ``published``. One nearer the top is the article's
    own, left with the head (page chrome takes it with the header). A sentence that
    opens with one stays.

    >>> doc = Document.from_text("Talks\\n" + ("The talks went on. " * 9 + "\\n") * 2 +
    ...                          "Vor 1 Std.\\nVor einer Stunde kam die Nachricht.")
    >>> [f.index for f in relative_time(doc)]
    [3]
    """
    for index, block in enumerate(doc.blocks):
        if is_relative_time(block.text) and body_blocks_before(doc, block.line) >= 2:
            yield Finding(index, "relative time")
