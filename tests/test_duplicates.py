"""NC4xx: text the page shows twice, one table of cases for the glued copy of the article."""

from __future__ import annotations

import pytest

from newsclean import clean
from newsclean.document import Document
from newsclean.rules.duplicates import glued_copy

ONE = (
    "The council voted on Monday to close the old bridge for repairs. Cracks were found in"
    " two of its piers last week. It has stood for more than a hundred years."
)
TWO = (
    "Engineers said the work would take a year. A ferry will carry people across meanwhile."
    " Tickets for it will cost the same as a bus fare."
)
THREE = (
    "Shops on the east bank fear losing trade. Their association asked for help with rents."
    " Some owners said they would close for the winter."
)
FOUR = (
    "The mayor promised a decision on compensation before the end of the month, aides said."
    " The opposition called the plan too little, too late."
)
ARTICLE = [ONE, TWO, THREE, FOUR]

GLUED_COPY_CASES: list[tuple[list[str], list[int]]] = [
    # the article's paragraphs again, glued into one line after it (a paywall's copy)
    ([*ARTICLE, " ".join(ARTICLE)], [4]),
    # ... starting in the middle of a paragraph, with a subheading glued in
    ([*ARTICLE, "years." + "".join([TWO, "Trade", THREE, FOUR])], [4]),
    # two paragraphs glued together are not yet a copy of the article
    ([*ARTICLE, " ".join([TWO, THREE])], []),
    # a paragraph that quotes one sentence of an earlier one stays
    ([*ARTICLE, "A ferry will carry people across meanwhile. Nobody said who pays."], []),
    # a long paragraph of new text after the article stays
    ([*ARTICLE, " ".join(ARTICLE).replace("e", "a")], []),
    # the first copy stays, even when it is the glued one
    ([" ".join(ARTICLE), *ARTICLE], []),
]


@pytest.mark.parametrize(("lines", "expected"), GLUED_COPY_CASES)
def test_glued_copy_of_the_article_is_found(lines: list[str], expected: list[int]) -> None:
    doc = Document.from_text("\n".join(lines))
    assert sorted({finding.index for finding in glued_copy(doc)}) == expected


def test_glued_copy_goes_and_every_paragraph_stays() -> None:
    article = clean("\n\n".join([*ARTICLE, " ".join(ARTICLE)]))
    assert article.paragraphs == ARTICLE
    assert [removal.rule for removal in article.removed] == ["NC407"]


RELATED_ONE = "Sweden PM asks military to help tackle violent gangs"
RELATED_TWO = "3 killed in shootings and explosion as gangs battle in Sweden"


def test_headlines_listed_again_under_a_related_heading_go_where_they_first_stand() -> None:
    # a box of links in the article's middle, its headlines listed again at the foot
    lines = [
        "Police to investigate leaks to gangs",
        ONE,
        TWO,
        RELATED_ONE,
        RELATED_TWO,
        THREE,
        FOUR,
        "You might also like",
        RELATED_ONE,
        RELATED_TWO,
    ]
    article = clean("\n\n".join(lines))
    assert article.paragraphs == ARTICLE
    rules = {removal.text: removal.rule for removal in article.removed if removal.line < 10}
    assert rules == {RELATED_ONE: "NC513", RELATED_TWO: "NC513"}


@pytest.mark.parametrize(
    "lines",
    [
        # a subheading shown once
        ["Police to investigate leaks to gangs", ONE, TWO, RELATED_ONE, THREE, FOUR],
        # a single link inside the text, listed again below: part of the article for some
        [
            "Police to investigate leaks to gangs",
            ONE,
            TWO,
            RELATED_ONE,
            THREE,
            FOUR,
            "Related Articles",
            RELATED_ONE,
            RELATED_TWO,
        ],
    ],
)
def test_a_single_headline_in_the_text_stays(lines: list[str]) -> None:
    article = clean("\n\n".join(lines))
    assert article.paragraphs == [ONE, TWO, RELATED_ONE, THREE, FOUR]
