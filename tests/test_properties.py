"""The invariants of DESIGN.md, each a hypothesis property (500 examples each in CI)."""

from __future__ import annotations

import pickle
from collections import Counter

import regex
from hypothesis import example, given
from hypothesis import strategies as st

import newsclean
from newsclean.canonical import read_canonical
from tests.strategies import Dirty, dirty_articles

WORD = regex.compile(r"\w+")
# Any text, and text built of the characters and shapes scraped articles are made of.
LINES = st.lists(
    st.one_of(
        st.text(max_size=80),
        st.sampled_from(["By", "Liam Avatar", "date 2025-08-25 Body.", "Share", "…", "---"]),
        st.text(alphabet=" \n\t\u00a0\u200b\ufeffaÃ©’“”.…", max_size=20),
    ),
    max_size=12,
).map("\n".join)
TEXTS = st.one_of(st.text(), LINES, dirty_articles().map(lambda d: d.text))


def clean_or_none(text: str) -> newsclean.Article | None:
    """The article, or None when the text has no body (a NewscleanError)."""
    try:
        return newsclean.clean(text)
    except newsclean.NewscleanError:
        return None


def fields(article: newsclean.Article) -> dict[str, object]:
    return article.model_dump(include={"title", "authors", "published", "summary", "paragraphs"})


@given(TEXTS)
def test_any_text_gives_an_article_or_a_newsclean_error(text: str) -> None:
    article = clean_or_none(text)
    assert article is None or isinstance(article, newsclean.Article)


@given(TEXTS)
# a separator line between a line and its copy with a credit: once it is cut, the two
# stand together and read as a caption, unless the caption rule looks through it
@example("1\n2\n{\n2©©\n0")
@example("1\n0\n{\n0©©")
def test_cleaning_the_canonical_rendering_changes_and_removes_nothing(text: str) -> None:
    article = clean_or_none(text)
    if article is not None:
        again = newsclean.clean(newsclean.render(article))
        assert fields(again) == fields(article)
        assert again.removed == []


@given(TEXTS)
def test_every_word_of_the_repaired_input_is_kept_or_recorded(text: str) -> None:
    article = clean_or_none(text)
    if article is None or read_canonical(text) is not None:
        return
    before = Counter(WORD.findall(newsclean.repair(text)))
    kept = [article.title or "", article.summary or "", *article.paragraphs]
    recorded = [r.text for r in article.removed if not r.rule.startswith("NC1")]
    after = Counter(WORD.findall("\n".join(kept + recorded)))
    assert after == before


@given(dirty_articles())
def test_cleaning_a_dirty_article_recovers_its_parts(dirty: Dirty) -> None:
    article = newsclean.clean(dirty.text)
    parts = dirty.parts
    assert article.paragraphs == list(parts.paragraphs)
    assert article.title == parts.title
    assert article.published == parts.published
    assert [a.casefold() for a in article.authors] == [a.casefold() for a in parts.authors]


@given(TEXTS, st.text())
def test_cleaning_is_deterministic_and_keeps_no_state_between_calls(text: str, other: str) -> None:
    first = clean_or_none(text)
    clean_or_none(other)
    assert clean_or_none(text) == first


@given(TEXTS)
def test_article_round_trips_through_json_and_pickle(text: str) -> None:
    article = clean_or_none(text)
    if article is not None:
        assert newsclean.Article.model_validate_json(article.model_dump_json()) == article
        assert pickle.loads(pickle.dumps(article)) == article
