"""NC1xx, one table: what the repair rules mend, and the correct text they leave alone."""

from __future__ import annotations

import pytest

import newsclean

MENDED = [
    # (scraped line, what the article keeps, the rule that records it)
    ("The cafÃ© opened on Monday.", "The café opened on Monday.", "NC101"),
    ("Lee’s â€œhistoricâ€\x9d visit.", "Lee’s “historic” visit.", "NC101"),
    ("Prices rose 5&nbsp;% in M&uuml;nchen.", "Prices rose 5\u00a0% in München.", "NC101"),
    ("Zero\u200bwidth space inside a word.", "Zerowidth space inside a word.", "NC102"),
    ("Soft\u00adhyphen in Bundes\u00adliga.", "Softhyphen in Bundesliga.", "NC102"),
    ("Bell\x07 and escape\x1b[31m codes.", "Bell and escape codes.", "NC101"),
]
LEFT_ALONE = [
    "Curly “quotes”, ‘single’ ones, dashes — and – and an ellipsis… stay.",
    "Ｆｕｌｌ-width letters and ﾊﾝｶｸ stay as written.",
    "北京市の人口は２１００万人です。",
    "Le « prix » a augmenté de 5\u202f% à Genève.",
    "Emoji with joiners 👩\u200d👩\u200d👧 and RTL marks \u200fשלום\u200f stay.",
    "Decomposed e\u0301 is not recomposed (no NFC).",
]


@pytest.mark.parametrize(("scraped", "kept", "code"), MENDED)
def test_repair_rule_mends_the_line_and_records_what_it_took(
    scraped: str, kept: str, code: str
) -> None:
    article = newsclean.clean(scraped)
    assert article.paragraphs == [kept]
    assert code in {removal.rule for removal in article.removed}


@pytest.mark.parametrize("text", LEFT_ALONE)
def test_correct_text_is_left_alone_byte_for_byte(text: str) -> None:
    article = newsclean.clean(text)
    assert article.paragraphs == [text]
    assert article.removed == []


@pytest.mark.parametrize(
    ("scraped", "paragraphs"),
    [
        ("One.\r\nTwo.\r\n", ["One.", "Two."]),
        ("One.\n\n\n\nTwo.", ["One.", "Two."]),
        ("  One   with\tgaps.  \n", ["One with gaps."]),
        ("One.\u2028Two.", ["One.", "Two."]),
    ],
)
def test_line_breaks_and_white_space_are_normalised(scraped: str, paragraphs: list[str]) -> None:
    assert newsclean.clean(scraped).paragraphs == paragraphs
