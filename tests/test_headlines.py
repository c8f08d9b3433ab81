"""NC4xx: the headline among menus, captions and teasers; its kicker and standfirst."""

from __future__ import annotations

import pytest

import newsclean
from newsclean.titles import is_headline_like

BODY = (
    "Die Regierung hat am Montag ihren Rücktritt eingereicht, sagte ein Sprecher in der Hauptstadt."
)
LONG = BODY + " " + BODY + " " + BODY


@pytest.mark.parametrize(
    ("text", "headline_like"),
    [
        ("Nennen wir ihn doch Golf von Nordamerika", True),
        ("Bekiffte Geografen warnen: Ostsee ist ein Krokodil!", True),
        ("南海トラフ、一時調査　巨大地震、基準達せず", True),
        ("He said so.", False),
        ("“We will win.”", False),
        ("“Will the talks in Seoul go on after the summit?”", False),
        ("Diese Zusammenfassung wurde künstlich erzeugt.", False),
        ("気象庁は13日、午後9時19分ごろ、日向灘で震度5弱の地震があったと発表した。", False),
    ],
)
def test_headline_shape(text: str, headline_like: bool) -> None:
    assert is_headline_like(text) is headline_like


@pytest.mark.parametrize(
    ("lines", "title"),
    [
        # menus above the headline, the byline and date below it
        (
            [
                "Startseite",
                "Ratgeber",
                "Wohnen",
                "Warum Ambrosia in Gärten zur Bedrohung wird",
                "Stand:",
                "26.04.2024, 20:44 Uhr",
                "Von: Simone Jung",
                LONG,
            ],
            "Warum Ambrosia in Gärten zur Bedrohung wird",
        ),
        # a kicker above the headline
        (
            [
                "Gastkommentar",
                "Nennen wir ihn doch Golf von Nordamerika",
                LONG[:150],
                "05.06.2025 um 14:46",
                "von",
                "Anne-Marie Slaughter",
                LONG,
            ],
            "Nennen wir ihn doch Golf von Nordamerika",
        ),
        # a breadcrumb that ends with the headline
        (
            [
                "Start / Ausland / EU und Indien besiegeln ein Abkommen",
                "EU und Indien besiegeln ein Abkommen",
                "27. Januar 2026",
                LONG,
            ],
            "EU und Indien besiegeln ein Abkommen",
        ),
        # a photo's alt text and its caption with the credit, near the date
        (
            [
                "Le juge cite le procureur général",
                "27. Januar 2026",
                "Le procureur général à Madrid",
                "Le procureur général à Madrid | Photo: AFP",
                LONG,
            ],
            "Le juge cite le procureur général",
        ),
        # the date above the headline
        (
            [
                "China",
                "Published",
                "April 26, 2023 2:20pm EDT",
                "House China Committee demands answers from FBI",
                "By Aaron Kliegman | Fox News",
                LONG,
            ],
            "House China Committee demands answers from FBI",
        ),
    ],
)
def test_headline_is_found_among_the_heads_blocks(lines: list[str], title: str) -> None:
    assert newsclean.clean("\n\n".join(lines)).title == title


def test_text_that_opens_with_running_text_has_no_headline() -> None:
    assert newsclean.clean(f"{LONG}\n\n{BODY}").title is None


def test_headline_like_line_inside_the_body_is_not_the_headline() -> None:
    text = "\n\n".join([LONG, LONG, "Ein Zwischentitel im Text", "05.06.2025", LONG])
    assert newsclean.clean(text).title is None


def test_kicker_is_recorded_and_headline_kept() -> None:
    text = "\n\n".join(
        ["Hybride Kriegsführung", "Im Netz der China-Agenten", "von Till Eckert", LONG]
    )
    article = newsclean.clean(text)
    assert article.title == "Im Netz der China-Agenten"
    assert [(r.rule, r.text) for r in article.removed if r.rule == "NC405"] == [
        ("NC405", "Hybride Kriegsführung")
    ]


def test_standfirst_before_the_byline_becomes_the_summary() -> None:
    dek = "Ernährung spielt in der Erkältungssaison eine wichtige Rolle, doch Wunder gibt es keine."
    text = "\n\n".join(
        ["Diese Lebensmittel helfen bei der Genesung", dek, "Von Michelle de Oliveira", LONG]
    )
    article = newsclean.clean(text)
    assert article.summary == dek
    assert article.paragraphs == [LONG]


def test_first_paragraph_without_a_byline_after_it_stays_in_the_body() -> None:
    text = "\n\n".join(["Diese Lebensmittel helfen bei der Genesung", BODY, LONG])
    article = newsclean.clean(text)
    assert article.summary is None
    assert article.paragraphs == [BODY, LONG]


def test_teaser_cut_with_an_ellipsis_is_no_standfirst() -> None:
    text = "\n\n".join(["Lee Set for Talks in Washington", BODY[:60] + "…", "By Jane Doe", BODY])
    assert newsclean.clean(text).summary is None
