"""NC3xx: bylines and credits in the languages of the corpus; what is a name and what is not."""

from __future__ import annotations

import pytest

import newsclean
from newsclean.names import read_byline, read_credit

BODY = "The talks went on for hours, and both sides said they had made progress on trade."


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("By Shawn Pogatchnik", ("Shawn Pogatchnik",)),
        ("Von: JÖRG ZSCHOCHE", ("JÖRG ZSCHOCHE",)),
        ("Von Anna Sleegers, Frankfurt", ("Anna Sleegers",)),
        (
            "von Till Eckert , Max Bernhard , Martin Murphy",
            ("Till Eckert", "Max Bernhard", "Martin Murphy"),
        ),
        ("Par Denis Loctier", ("Denis Loctier",)),
        ("Por María R. Sahuquillo", ("María R. Sahuquillo",)),
        ("di Viviana Mazza", ("Viviana Mazza",)),
        ("Door Jan de Vries", ("Jan de Vries",)),
        ("Av Ingrid Treborg og Marlene Lundberg Holm", ("Ingrid Treborg", "Marlene Lundberg Holm")),
        ("Autor: Radek Nohl", ("Radek Nohl",)),
        ("By Jon King, News Reporter", ("Jon King",)),
        ("By Aaron Kliegman | Fox News", ("Aaron Kliegman",)),
        ("Von Diana Resnik mit AP", ("Diana Resnik",)),
        ("By Associated Press", ("Associated Press",)),
        ("Von dpa", ("dpa",)),
        ("By Tom Davies - Associated Press - Friday, April 28, 2023", ("Tom Davies",)),
        ("Kommentar von Nicole Opitz", ("Nicole Opitz",)),
        ("Quelle: dpa Sport", ("dpa",)),
        ("By Jane Doe, New York", ("Jane Doe",)),
        ("By Jane Doe, Boston Globe", ("Jane Doe",)),
        ("By Jane Doe and John Roe, Kieler Nachrichten", ("Jane Doe", "John Roe")),
        ("Yazar: Ahmet Yılmaz", ("Ahmet Yılmaz",)),
        ("Una columna de María López", ("María López",)),
        ("Reportage de Jean Dupont", ("Jean Dupont",)),
        ("Une chronique de Jean Dupont", ("Jean Dupont",)),
        ("Un commento di Mario Rossi", ("Mario Rossi",)),
        # a studio or desk after the writer's comma is where they work, no one's name
        ("Von Anna Schmidt, ARD-Studio London", ("Anna Schmidt",)),
        ("Von Anna Schmidt, ARD-Hauptstadtstudio", ("Anna Schmidt",)),
        ("By Jane Doe, BBC Studio London", ("Jane Doe",)),
        ("By Jane Doe, Washington Bureau", ("Jane Doe",)),
    ],
)
def test_byline_gives_the_credited_names(line: str, names: tuple[str, ...]) -> None:
    assert read_byline(line) == names


@pytest.mark.parametrize(
    "line",
    [
        "By the time he arrived, the talks were over.",
        "Von München aus sollen sie Kontakte geknüpft haben",
        "Par ailleurs, le gouvernement a annoncé de nouvelles mesures",
        "Di fronte alla crisi, il governo ha deciso",
        "Door de regen viel de wedstrijd uit",
        "By " * 50 + "the end",
        "Text Size",
    ],
)
def test_line_that_only_starts_like_a_byline_is_left_alone(line: str) -> None:
    assert read_byline(line) is None


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Emma MackenzieLifestyle Writer", ("Emma Mackenzie",)),
        ("Amy Gibbons Political Correspondent", ("Amy Gibbons",)),
        ("Mathias Hagen – Journalist Journalist", ("Mathias Hagen",)),
        ("Martin Gramnæs Martin Gramnæs", ("Martin Gramnæs",)),
        ("Mathatisi Sebusi/Mohalenyane Phakela", ("Mathatisi Sebusi", "Mohalenyane Phakela")),
        ("Chus del Pino, Martí Abad (Enviado especial)", ("Chus del Pino", "Martí Abad")),
        ("Adam Vidler and AP", ("Adam Vidler", "AP")),
        ("Greg Iacurci@GregIacurci", ("Greg Iacurci",)),
        ("Tuva Mathilde Løland Tips meg", ("Tuva Mathilde Løland",)),
        ("Jane Doe Follow", ("Jane Doe",)),
        ("Ana Ruiz Seguir", ("Ana Ruiz",)),
    ],
)
def test_credit_drops_roles_handles_and_repeats(text: str, names: tuple[str, ...]) -> None:
    assert read_credit(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "Teilen Twittern Senden",
        "Related Topics",
        "Copyright Fredrik Persson",
        "EU-Aussenbeauftragte Kaja Kallas",
        "New York",
        "San Francisco",
        "Follow Jane Doe",
        "Trade Seoul the the the the the.",
    ],
)
def test_interface_words_and_nouns_are_no_names(text: str) -> None:
    assert not read_credit(text, min_tokens=2)


@pytest.mark.parametrize(
    "lines",
    [
        ["Francesco Carta Fotografo | Moment | Getty Images"],
        ["Jane Doe | Getty Images"],
        ["Max Muster | Shutterstock"],
    ],
)
def test_photo_credit_in_the_head_is_no_writer(lines: list[str]) -> None:
    text = "\n\n".join(["Storm closes schools across the region", *lines, BODY])
    assert newsclean.clean(text).authors == []


@pytest.mark.parametrize(
    ("lines", "authors"),
    [
        (["Stefan Trunzik,\u00a0 26.04.2024 10:00 Uhr"], ["Stefan Trunzik"]),
        (
            ["Published Fri, Apr 28 20232:23 PM EDT", "thumbnail", "Greg Iacurci@GregIacurci"],
            ["Greg Iacurci"],
        ),
        (["15.10.24 23:35", "Tuva Mathilde Løland Tips meg"], ["Tuva Mathilde Løland"]),
        (["New York, June 5, 2025"], []),
        (["— Plymouth Citybus (@plymouthbus) August 5, 2024"], []),
        # a role on the line under the name vouches for it; an outlet is no writer
        (["2 hours ago", "Jane Doe", "Reporter"], ["Jane Doe"]),
        (["2 hours ago", "Jane Doe", "Political correspondent"], ["Jane Doe"]),
        (["2 hours ago", "Jane Doe", "Staff writer, The Times"], ["Jane Doe"]),
        (["2 hours ago", "Jane Doe", "BBC News, Bristol"], ["Jane Doe"]),
        (["Jane Doe", "Bristol, England"], []),
        # a labelled date under the name vouches for it, whatever the label's words
        (["Ahmet Yılmaz", "Giriş Tarihi: 12.03.2024 - 10:30"], ["Ahmet Yılmaz"]),
    ],
)
def test_name_line_in_the_head_is_read(lines: list[str], authors: list[str]) -> None:
    text = "\n\n".join(["Storm closes schools across the region", *lines, BODY])
    assert newsclean.clean(text).authors == authors


def test_split_byline_over_lines_is_read() -> None:
    lines = ["Wie gefährlich Billigware aus China ist", "Von", "Felix Schwarz", "15.04.2025", BODY]
    text = "\n\n".join(lines)
    article = newsclean.clean(text)
    assert article.authors == ["Felix Schwarz"]
    assert article.paragraphs == [BODY]


def test_sentence_under_an_empty_byline_word_is_no_split_byline() -> None:
    # hypothesis drew it: "the the" read as a role after "Trade Seoul" took the only paragraph
    article = newsclean.clean("By\n\nTrade Seoul the the the the the.")
    assert article.authors == []
    assert article.paragraphs == ["Trade Seoul the the the the the."]


def test_name_line_next_to_the_date_is_the_writer() -> None:
    text = f"Detenido un policía por abusar de sus hijos\n\nMarta Cañete\n\n02/12/2024\n\n{BODY}"
    assert newsclean.clean(text).authors == ["Marta Cañete"]


def test_name_next_to_another_writers_byline_is_a_caption_and_stays() -> None:
    lines = [
        "Green hydrogen pipeline flagged",
        "Tom Alweendo",
        "By Timo Shihepo",
        "15 Nov 2023",
        BODY,
    ]
    text = "\n\n".join(lines)
    article = newsclean.clean(text)
    assert article.authors == ["Timo Shihepo"]
    assert "Tom Alweendo" in article.paragraphs


def test_name_far_from_any_date_or_byline_stays() -> None:
    text = f"Storm closes schools across the region\n\n{BODY}\n\nDonald Trump\n\n{BODY} Again."
    article = newsclean.clean(text)
    assert article.authors == []
    assert "Donald Trump" in article.paragraphs


def test_byline_of_a_related_story_below_the_head_is_not_taken() -> None:
    paragraphs = [f"{BODY} Part {n}." for n in range(30)]
    text = "\n\n".join(
        ["Storm closes schools across the region", "By Ana Ruiz", *paragraphs, "By John Roe"]
    )
    assert newsclean.clean(text).authors == ["Ana Ruiz"]


def test_byline_below_a_long_gallery_is_taken_when_the_article_follows_it() -> None:
    captions = [
        f"{n} of 30 | Voters wait in line at a polling station in Ohio. (AP Photo)"
        for n in range(30)
    ]
    paragraphs = [f"{BODY} {BODY} Part {n}." for n in range(12)]
    lines = ["Campaigns brace for a sprint", *captions, "By  JANE ROE and JOHN DOE", *paragraphs]
    assert newsclean.clean("\n\n".join(lines)).authors == ["JANE ROE", "JOHN DOE"]


def test_byline_below_the_head_with_little_text_after_it_is_not_taken() -> None:
    paragraphs = [f"{BODY} {BODY} Part {n}." for n in range(30)]
    lines = ["Storm closes schools across the region", *paragraphs, "By John Roe", BODY * 2]
    assert newsclean.clean("\n\n".join(lines)).authors == []


def test_writers_named_together_below_an_outlets_byline_are_the_authors() -> None:
    lines = [
        "Mining blasts shatter homes",
        "by Lesotho Times",
        "November 21, 2025",
        "…as communities cry foul over lost livelihoods",
        "Jane Roe/John Doe",
    ]
    text = "\n\n".join([*lines, BODY])
    assert newsclean.clean(text).authors == ["Jane Roe", "John Doe"]


def test_writer_under_a_sites_account_byline_is_the_author() -> None:
    lines = ["Council blames head teacher for goats", "by Ilanga D | 5 November 2024", "JO NDLOVU"]
    text = "\n\n".join([*lines, BODY])
    assert newsclean.clean(text).authors == ["JO NDLOVU"]


def test_an_outlets_byline_alone_is_kept() -> None:
    text = "\n\n".join(["Mining blasts shatter homes", "by Lesotho Times", BODY])
    assert newsclean.clean(text).authors == ["Lesotho Times"]


@pytest.mark.parametrize(
    ("last", "authors"),
    [
        ("SDA/sep", ["SDA"]),
        ("(dpa)", ["dpa"]),
        ("dpa/AFP/jm", ["dpa", "AFP"]),
        ("ssi, dan; Foto [M]: Shutterstock; Erstveröffentlichung: 4.4.18", ["ssi", "dan"]),
    ],
)
def test_closing_credit_after_the_body_gives_the_authors(last: str, authors: list[str]) -> None:
    text = "\n\n".join(["Storm closes schools", BODY * 2, BODY * 3, last, "Share", "Facebook"])
    article = newsclean.clean(text)
    assert article.authors == authors
    assert last not in article.paragraphs


@pytest.mark.parametrize("last", ["mehr", "ok", "usa", "Reuters contributed reporting."])
def test_short_last_line_that_is_no_credit_stays(last: str) -> None:
    text = "\n\n".join(["Storm closes schools", BODY * 2, BODY * 3, last])
    assert newsclean.clean(text).authors == []


def test_closing_credit_does_not_add_to_the_bylines_writer() -> None:
    text = "\n\n".join(["Storm closes schools", "By Ana Ruiz", BODY * 2, BODY * 3, "(dpa)"])
    assert newsclean.clean(text).authors == ["Ana Ruiz"]


@pytest.mark.parametrize(
    ("box", "authors"),
    [
        (
            ["Die Autorin", "Anne-Marie Slaughter (*1958) war Direktorin im Außenministerium."],
            ["Anne-Marie Slaughter"],
        ),
        (["About the author", "Jane Doe is a reporter at the Herald."], ["Jane Doe"]),
        (["Der Autor", "Seit 2019 bei der taz."], []),
    ],
)
def test_author_box_at_the_foot_names_the_writer(box: list[str], authors: list[str]) -> None:
    text = "\n\n".join([BODY * 2, BODY * 3, *box])
    assert newsclean.clean(text).authors == authors


def test_author_box_adds_no_one_to_a_byline() -> None:
    box = ["About the author", "Jane Doe is a reporter at the Herald."]
    text = "\n\n".join(["Storm closes schools", "By Ana Ruiz", BODY * 2, BODY * 3, *box])
    assert newsclean.clean(text).authors == ["Ana Ruiz"]


@pytest.mark.parametrize(
    ("link", "authors"),
    [
        ("Mehr von David Vonplon (dvp)", ["David Vonplon"]),
        ("More from Shawn Pogatchnik", ["Shawn Pogatchnik"]),
        ("More stories by Jane Doe", ["Jane Doe"]),
        ("Plus d'articles de Marie Dupont", ["Marie Dupont"]),
        ("Altri articoli di Giulia Rossi", ["Giulia Rossi"]),
        ("Más artículos de Marta Cañete", ["Marta Cañete"]),
        ("Meer van Pieter de Vries", ["Pieter de Vries"]),
        ("Flere saker av Tuva Løland", ["Tuva Løland"]),
        ("More from Politics", []),
        ("More from AP", []),
        ("More from Ask an Advisor", []),
        ("Mehr von der BZ", []),
        ("More from Lesotho Times", []),
    ],
)
def test_link_to_a_writers_other_stories_names_the_writer(link: str, authors: list[str]) -> None:
    text = "\n\n".join(["Storm closes schools", BODY * 2, BODY * 3, link, "Share"])
    article = newsclean.clean(text)
    assert article.authors == authors
    assert link not in article.paragraphs or not authors


def test_link_to_a_writers_stories_adds_no_one_to_a_byline() -> None:
    text = "\n\n".join(["Storm closes", "By Ana Ruiz", BODY * 2, BODY * 3, "More from Jo Roe"])
    assert newsclean.clean(text).authors == ["Ana Ruiz"]


def test_link_to_stories_about_someone_the_article_names_is_no_credit() -> None:
    body = BODY + " Jane Doe, the trade minister, said so."
    text = "\n\n".join(["Storm closes schools", body * 2, BODY * 3, "More from Jane Doe"])
    assert newsclean.clean(text).authors == []


def test_links_to_two_writers_stories_credit_no_one() -> None:
    links = ["More from Jane Doe", "More from John Roe"]
    text = "\n\n".join(["Storm closes schools", BODY * 2, BODY * 3, *links])
    assert newsclean.clean(text).authors == []
