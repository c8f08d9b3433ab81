"""Hypothesis strategies: clean article parts, and dirty scraped text made from them.

``clean_articles()`` draws the parts a cleaner should recover (title, authors, date,
paragraphs with real punctuation and non-ASCII); ``dirty_articles()`` renders them the
way scrapers do, injecting every artefact family in varied forms, and keeps the parts
beside the dirty text so a test can check that cleaning gives them back.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

import ftfy.bad_codecs  # noqa: F401  (registers the sloppy-windows-1252 codec)
import regex
from hypothesis import strategies as st

from newsclean.head import (
    MIN_LEDE_GROWTH,
    MIN_RESTATED_WORDS,
    RESTATED_SHARE,
    is_headline_variant,
    restated_words,
)

# Words of running text, with the punctuation and letters real news carries.
WORDS = (
    "the a of in and to said on for government minister talks trade security ministers "
    "Seoul Washington Zürich München Genève São Paulo Kraków Malmö Ørsted Dvořák "
    "café naïve résumé façade coöperation über größer 15 percent 2024 $91.2 billion "
    "won’t it’s Lee’s country’s well-known high-profile long-running "
    "tariffs negotiations delegation economy alliance investment exercises officials "
    "reported announced expected agreed warned would could has have was were "
    "council budget harbour ferry bridge river railway airport hospital school village "
    "farmers workers union strike wages prices inflation energy pipeline reactor solar "
    "drought flooding wildfire storm rescue police court judge verdict appeal prosecutor "
    "parliament senate coalition opposition campaign ballot turnout mayor governor "
    "museum festival concert stadium season coach striker transfer league champion "
    "research scientists vaccine clinic patients doctors nurses insurance pension "
    "housing tenants landlords rent mortgage bank lenders bonds shares investors "
    "exports imports shipping harvest fishermen quota border refugees asylum visa "
    "yesterday tonight recently finally quietly sharply nearly roughly almost "
    "Brüssel Zagreb Ljubljana Reykjavík Tromsø Łódź Besançon Córdoba Düsseldorf"
).split()
CAPITALISED = (
    "Trade Talks Security Minister Leaders Summit Economy Alliance Deal Plan Crisis "
    "Zürich Seoul Kraków Malmö Government Vote Budget Court Election Storm"
).split()
FIRST_NAMES = "Jane John Liam José Zoë Ana Søren Mehmet Chloé Jürgen Aoife Nguyễn".split()
LAST_NAMES = "Doe Roe Smith Müller García O’Brien Kowalski Ørsted Yılmaz Dubois Nakamura".split()
MONTHS = (
    "January February March April May June July August September October November December"
).split()


#: Lines of page furniture a scraper keeps between paragraphs (NC5xx), in several languages.
#: Related-link headings ("Read more", "Lesen Sie auch") are left out: one with only a short
#: paragraph after it ends the article (docs/limits.md); so do a legal line and a tags line.
BOILERPLATE = (
    "Share on Facebook", "Share this article", "Teilen", "Partager sur Twitter",
    "Advertisement", "Anzeige", "Publicité", "Sign up for our newsletter",
    "Abonnieren Sie unseren Newsletter",
    "5 min read", "Listen to this article", "Comments (12)",
    "Home > World > Asia", "Skip to content",
)  # fmt: skip


@dataclass(frozen=True)
class Parts:
    """What a clean article is made of."""

    title: str | None
    authors: tuple[str, ...]
    published: date | datetime | None
    paragraphs: tuple[str, ...]


@dataclass(frozen=True)
class Dirty:
    """Scraped text and the parts it was made from."""

    text: str
    parts: Parts


@st.composite
def sentences(draw: st.DrawFn) -> str:
    """One sentence: a capitalised start, 6 to 18 words, an end mark, maybe quoted."""
    words = draw(st.lists(st.sampled_from(WORDS), min_size=6, max_size=18))
    sentence = " ".join([draw(st.sampled_from(CAPITALISED)), *words])
    joiner = draw(st.sampled_from(["", "", " — ", ", "]))
    if joiner:
        sentence += joiner + draw(st.sampled_from(WORDS))
    end = draw(st.sampled_from([".", ".", ".", "?", "!"]))
    if draw(st.booleans()):
        return f"“{sentence}{end}”"
    return sentence + end


@st.composite
def paragraphs(draw: st.DrawFn) -> str:
    """A paragraph of one to four sentences."""
    return " ".join(draw(st.lists(sentences(), min_size=1, max_size=4)))


@st.composite
def titles(draw: st.DrawFn) -> str:
    """A headline: 3 to 12 capitalised or plain words, no closing full stop."""
    words = draw(st.lists(st.sampled_from(CAPITALISED + WORDS[:40]), min_size=2, max_size=11))
    title = " ".join([draw(st.sampled_from(CAPITALISED)), *words])
    return title + draw(st.sampled_from(["", "", "?"]))


def names() -> st.SearchStrategy[str]:
    """A person's name: a first and a last name, with non-ASCII letters."""
    return st.builds(
        lambda first, last: f"{first} {last}",
        st.sampled_from(FIRST_NAMES),
        st.sampled_from(LAST_NAMES),
    )


def publication_dates() -> st.SearchStrategy[date | datetime]:
    """A day between 2000 and 2025, sometimes with a time of day."""
    days = st.dates(min_value=date(2000, 1, 1), max_value=date(2025, 12, 31))
    times = st.builds(
        lambda d, h, m: datetime(d.year, d.month, d.day, h, m),
        days,
        st.integers(0, 23),
        st.integers(0, 59),
    )
    return st.one_of(days, times)


#: Where one generated sentence ends and the next begins.
_SENTENCE_GAP = regex.compile(r"(?<=[.?!]”?) (?=“?\p{Lu})")


def _reads_as_a_headline(paragraph: str) -> bool:
    """One question or exclamation: the shape of a headline."""
    return paragraph.rstrip("”").endswith(("?", "!")) and _SENTENCE_GAP.search(paragraph) is None


def _opens_like_a_headline(parts: Parts) -> bool:
    """A question or exclamation opening the body can read as the headline.

    With no headline above it, or under a headline too short to vouch for itself (three
    words or fewer, or under 12 characters, where a byline between them makes the question
    the likelier headline), that is ambiguous by nature (docs/limits.md), so generated
    articles avoid it.
    """
    first = parts.paragraphs[0].rstrip("”")
    if not first.endswith(("?", "!")):
        return False
    title = parts.title
    return title is None or len(title.split()) <= 3 or len(title) < 12


def _reads_as_a_dek(parts: Parts) -> bool:
    """A first paragraph that a longer one below says again reads as the standfirst.

    Under a headline that is what a dek and its lede look like (NC406), so generated
    articles, whose few dozen words come back in every paragraph, avoid it by chance:
    no later paragraph a fifth longer holds as many of the first one's words as
    :func:`newsclean.head.restated_below` asks of a lede, wherever a copy or furniture
    puts it.
    """
    if parts.title is None:
        return False
    first = parts.paragraphs[0]
    words = restated_words(first)
    enough = max(MIN_RESTATED_WORDS, RESTATED_SHARE * len(words))
    return any(
        len(paragraph) >= MIN_LEDE_GROWTH * len(first)
        and len(words & restated_words(paragraph)) >= enough
        for paragraph in parts.paragraphs[1:]
    )


def _reads_as_a_second_headline(parts: Parts) -> bool:
    """A first paragraph in the headline's own words reads as a second version of it
    (NC402), so generated articles avoid it."""
    return parts.title is not None and is_headline_variant(parts.title, parts.paragraphs[0])


def _says_a_sentence_twice(parts: Parts) -> bool:
    """A sentence said twice in one article is what the duplicate rules look for (a
    paragraph glued from earlier ones is a second copy of the text, NC407), so generated
    articles never repeat one."""
    said = [
        sentence.strip("“”").casefold()
        for paragraph in parts.paragraphs
        for sentence in _SENTENCE_GAP.split(paragraph)
    ]
    return len(said) != len(set(said))


def clean_articles() -> st.SearchStrategy[Parts]:
    """The clean parts of an article."""
    return st.builds(
        Parts,
        title=st.one_of(st.none(), titles()),
        authors=st.lists(names(), max_size=3, unique=True).map(tuple),
        published=st.one_of(st.none(), publication_dates()),
        paragraphs=st.lists(paragraphs(), min_size=1, max_size=8, unique=True).map(tuple),
    ).filter(
        lambda parts: (
            not (
                _opens_like_a_headline(parts)
                or _reads_as_a_dek(parts)
                or _reads_as_a_second_headline(parts)
                or _says_a_sentence_twice(parts)
            )
        )
    )


def _written_date(value: date | datetime, style: int) -> str:
    """A date as news sites print it."""
    day = value.date() if isinstance(value, datetime) else value
    month = MONTHS[day.month - 1]
    when = ""
    if isinstance(value, datetime):
        hour12 = value.hour % 12 or 12
        half = "a.m." if value.hour < 12 else "p.m."
        when = [f" {value:%H:%M}", f" {hour12}:{value:%M} {half}", f"T{value:%H:%M:%S}"][style]
    if style == 0:
        return f"{day.day} {month} {day.year}{when}"
    if style == 1:
        return f"{month[:3]}. {day.day}, {day.year}{when}"
    return f"{day.isoformat()}{when}"


@st.composite
def date_lines(draw: st.DrawFn, published: date | datetime) -> str:
    """A line of its own that gives the date, labelled or bare."""
    style = draw(st.integers(0, 2))
    label = draw(st.sampled_from(["", "Published: ", "Date: ", "Published ", "Posted on "]))
    return label + _written_date(published, style)


@st.composite
def bylines(draw: st.DrawFn, authors: tuple[str, ...]) -> list[str]:
    """The lines where a byline was: "By A and B", "A Avatar", an empty "By", ..."""
    if not authors:
        return draw(st.sampled_from([[], ["By"], ["By Staff"]]))
    listed = ", ".join(authors[:-1]) + " and " + authors[-1] if len(authors) > 1 else authors[0]
    forms = [
        [f"By {listed}"],
        [f"Written by {listed}"],
        [f"By {listed.upper() if listed.upper().lower() == listed.lower() else listed}, Reuters"],
        [f"{name} Avatar" for name in authors] + ["By"],
        [f"{name} | Staff Writer" for name in authors],
    ]
    return draw(st.sampled_from(forms))


def _mojibake(text: str) -> str:
    """Text encoded as UTF-8 and read back as Windows-1252 (as browsers do): what ftfy repairs."""
    return text.encode("utf-8").decode("sloppy-windows-1252")


@st.composite
def dirty_articles(draw: st.DrawFn) -> Dirty:
    """A scraped rendering of clean parts, with artefacts of every family injected."""
    parts = draw(clean_articles())
    body = list(parts.paragraphs)
    head: list[str] = []
    if parts.title is not None:
        head.append(parts.title)
    # NC4xx: a teaser cut with an ellipsis whose full text follows.
    first_words = body[0].split()
    if parts.title is not None and len(first_words) > 8 and draw(st.booleans()):
        cut = draw(st.integers(6, len(first_words) - 2))
        head.append(" ".join(first_words[:cut]) + draw(st.sampled_from(["…", "...", " …"])))
    head.extend(draw(bylines(parts.authors)))
    prefix = ""
    if parts.published is not None:
        if isinstance(parts.published, datetime) or draw(st.booleans()):
            head.append(draw(date_lines(parts.published)))
        else:
            prefix = f" date {parts.published.isoformat()} "
    if parts.title is not None and draw(st.booleans()):
        head.append(parts.title)  # the headline again, as pages show it above the body
    # A paragraph shown twice; a one-line question or exclamation shown twice is what a
    # headline above its byline looks like (NC402), so only others are copied.
    copyable = [at for at, paragraph in enumerate(body) if not _reads_as_a_headline(paragraph)]
    if len(body) > 1 and copyable and draw(st.booleans()):
        original = draw(st.sampled_from(copyable))  # the copy comes after the original
        body.insert(draw(st.integers(original + 1, len(body))), body[original])
    # NC5xx: page furniture between paragraphs; a lone short lead cut off from the rest by
    # a related link is read as another story's teaser (docs/limits.md), so the furniture
    # comes after the second paragraph, or anywhere when the lead is long.
    lead_is_long = len(body[0].split()) >= 25
    for _ in range(draw(st.integers(0, 3))):
        at = draw(st.integers(1 if lead_is_long else min(2, len(body)), len(body)))
        body.insert(at, draw(st.sampled_from(BOILERPLATE)))
    # NC1xx: mojibake, invisible characters and ragged white space inside paragraphs.
    noisy = []
    for paragraph in body:
        damage = draw(st.sampled_from(["none", "none", "mojibake", "invisible", "spaces"]))
        if damage == "mojibake" and not paragraph.isascii():
            paragraph = _mojibake(paragraph)
        elif damage == "invisible":
            words = paragraph.split(" ")
            at = draw(st.integers(0, len(words) - 1))
            words[at] = words[at][:1] + "\u200b" + words[at][1:]
            paragraph = " ".join(words)
        elif damage == "spaces":
            paragraph = (
                "  " + paragraph.replace(" ", draw(st.sampled_from(["  ", "\t", " "]))) + " "
            )
        noisy.append(paragraph)
    separator = draw(st.sampled_from(["\n\n", "\n", "\n\n\n", "\r\n\r\n"]))
    text = separator.join(head + noisy)
    if prefix:
        text = prefix + text
    return Dirty(text=text, parts=parts)
