"""Every adversarial shape is cleaned to the right output (``benchmarks/bench.py`` times them).

The shapes are those that make a careless pattern backtrack or a loop over pairs of
lines go quadratic: one huge line, a sea of blank lines, one line repeated, teasers
ending in "…", "By By By ...", menus, nesting. Here each runs at a modest size and
the output is checked; the time per MB at sizes up to 10 MB is in docs/performance.md.
"""

from __future__ import annotations

from collections import Counter

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

import newsclean
from newsclean.rules import captions

from .shapes import MENU, PARAGRAPH, SENTENCE, SHAPES

SIZE = 30_000
WORD = regex.compile(r"\w+")


def clean_shape(name: str) -> tuple[str, newsclean.Article]:
    text = SHAPES[name](SIZE)
    assert SIZE * 0.9 <= len(text.encode("utf-8")) <= SIZE
    return text, newsclean.clean(text)


def words_kept_or_recorded(article: newsclean.Article) -> Counter[str]:
    kept = [article.title or "", article.summary or "", *article.paragraphs]
    recorded = [r.text for r in article.removed if not r.rule.startswith("NC1")]
    return Counter(WORD.findall("\n".join(kept + recorded)))


@pytest.mark.parametrize("name", SHAPES)
def test_no_word_of_an_adversarial_shape_is_lost(name: str) -> None:
    text, article = clean_shape(name)
    assert words_kept_or_recorded(article) == Counter(WORD.findall(newsclean.repair(text)))


@pytest.mark.parametrize("name", ["one long line", "By By By", "nested brackets and quotes"])
def test_one_huge_line_stays_one_paragraph(name: str) -> None:
    text, article = clean_shape(name)
    assert article.paragraphs == [text.strip()]
    assert article.removed == []


def test_blank_lines_leave_the_paragraph_and_record_nothing() -> None:
    _, article = clean_shape("blank lines")
    assert article.paragraphs == [PARAGRAPH]
    assert article.removed == []


def test_a_line_repeated_is_kept_once_and_every_copy_recorded() -> None:
    text, article = clean_shape("same line repeated")
    assert article.paragraphs == [SENTENCE]
    assert [r.text for r in article.removed] == [SENTENCE] * (text.count("\n"))
    assert {r.rule for r in article.removed} == {"NC404"}


def test_teasers_ending_in_an_ellipsis_are_cut_and_the_article_kept() -> None:
    text, article = clean_shape("lines ending in …")
    assert article.paragraphs == [PARAGRAPH]
    assert len(article.removed) == text.count("\n")
    assert all(r.text.endswith("…") for r in article.removed)


def test_a_long_menu_is_cut_and_the_article_kept() -> None:
    _, article = clean_shape("short menu lines")
    assert article.paragraphs == [PARAGRAPH]
    assert {r.text for r in article.removed} <= set(MENU)


# A caption's glued credit, searched from the end first: the answer of the plain search.
caption_words = st.sampled_from(
    ["The", "mayor", "in", "Genf.", "Foto:", "dpa", "AP", "Photo/Eric", "Gay", "(Photo:", "AP)",
     "©", "Reuters", "|", "–", "-", "via", "Getty", "Images", "Noel", "Celis/AFP", "copyright",
     "2024.", "All", "rights", "reserved.", "Bild:", "Keystone", "”", "x" * 70, "for", "The",
     "New", "York", "Times", "(Christie's)", "(AP)", "sold.", "(Sotheby’s", "Archive)"]
)  # fmt: skip


def credit_tail_by_plain_search(text: str) -> bool:
    """``captions.has_credit_tail`` as first written: a hint, then a forward search."""
    start = max(0, len(text) - captions.TAIL_WINDOW)
    if not captions.CREDIT_HINT.search(text, pos=start):
        return False
    tail = captions.CREDIT_TAIL.search(text, pos=start)
    if tail is not None and tail.start() > 0:
        return not captions.TEXT_AGENCY.fullmatch(tail.group().strip(" ()"))
    named = captions.NAMED_SOURCE.search(text, pos=start)
    return named is not None and not captions.TEXT_AGENCY.fullmatch(named.group("source"))


@given(st.lists(caption_words, max_size=40).map(" ".join))
def test_credit_tail_searched_from_the_end_agrees_with_the_plain_search(text: str) -> None:
    assert captions.has_credit_tail(text) == credit_tail_by_plain_search(text)
