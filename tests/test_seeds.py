"""The two seeds the project started from, checked field by field as issue 2 states them."""

from __future__ import annotations

from datetime import date

import newsclean
from tests.conftest import SEEDS

SEED_000 = SEEDS / "000_1dd423131a5a337b.txt"
SEED_001 = SEEDS / "001_0ce5ca3a0b6ee054.txt"
TITLE_001 = (
    "South Korean President Lee Set for Crucial Talks with Trump Amid Trade and Security Concerns"
)


def test_seed_000_date_prefix_becomes_published() -> None:
    article = newsclean.clean_file(SEED_000)
    assert article.title is None
    assert article.authors == []
    assert article.published == date(2025, 8, 25)
    assert len(article.paragraphs) == 9
    assert article.paragraphs[0].startswith("Trump declared at the time")
    assert article.paragraphs[-1].endswith("on Sunday night.")
    assert [(r.rule, r.text, r.line) for r in article.removed] == [("NC201", "date 2025-08-25", 1)]


def test_seed_001_fields() -> None:
    article = newsclean.clean_file(SEED_001)
    assert article.title == TITLE_001
    assert article.authors == ["Liam"]
    assert article.published is None
    assert len(article.paragraphs) == 16
    assert article.paragraphs[0].startswith(
        "South Korean President Lee arrives in Washington, DC, "
    )
    assert article.paragraphs[0].endswith("take forefront in their talks.")
    assert article.paragraphs[-1].endswith("security dynamics in Northeast Asia.")


def test_seed_001_records_teaser_avatars_empty_byline_and_repeated_headline() -> None:
    removed = newsclean.clean_file(SEED_001).removed
    assert [(r.rule, r.line) for r in removed] == [
        ("NC403", 3),
        ("NC302", 5),
        ("NC301", 7),
        ("NC402", 9),
        ("NC302", 43),
    ]
    teaser = removed[0].text
    assert teaser.endswith("deepening security issues will…")
    assert [r.text for r in removed[1:]] == ["Liam Avatar", "By", TITLE_001, "Liam Avatar"]


def test_seed_001_keeps_curly_quotes_dashes_and_ellipses_byte_for_byte() -> None:
    raw = SEED_001.read_text(encoding="utf-8")
    article = newsclean.clean_file(SEED_001)
    for paragraph in article.paragraphs:
        assert paragraph in raw
    assert any("more—significantly more—to" in p for p in article.paragraphs)
    assert any("“South Korea is in a tough predicament" in p for p in article.paragraphs)
