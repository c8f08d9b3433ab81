"""NC2xx: dates in the languages of the corpus, taken from the head and left alone elsewhere."""

from __future__ import annotations

from datetime import date, datetime

import pytest

import newsclean
from newsclean.dates import find_date, read_date_label, read_date_line

TODAY = date(2026, 11, 25)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("25. Juni 2025", date(2025, 6, 25)),
        ("Donnerstag, 05. Juni 2025, 15:44 Uhr", datetime(2025, 6, 5, 15, 44)),
        ("Publié le 5 juin 2025", date(2025, 6, 5)),
        ("Publié le 30/04/2024 - 16:00", datetime(2024, 4, 30, 16, 0)),
        ("15 de mayo de 2025", date(2025, 5, 15)),
        ("4 Febbraio 2025 - 14:41", datetime(2025, 2, 4, 14, 41)),
        ("torsdag 09. mai 2024 - 13:26", datetime(2024, 5, 9, 13, 26)),
        ("2025年6月5日 21時37分", date(2025, 6, 5)),
        ("20 Nisan 2026•Güncelleme: 20 Nisan 2026", date(2026, 4, 20)),
        ("Giriş: 03.07.2024 - 18:24 Güncelleme: 03.07.2024 - 18:57", datetime(2024, 7, 3, 18, 24)),
        ("12. MÄR 2025 18:03", datetime(2025, 3, 12, 18, 3)),
        ("Stand: 24.04.2024 22:58 Uhr", datetime(2024, 4, 24, 22, 58)),
        ("06. 01. 2026, 14:59 Uhr", datetime(2026, 1, 6, 14, 59)),
        ("15.10.24 23:35", datetime(2024, 10, 15, 23, 35)),
        ("20/1/2026 18:30", datetime(2026, 1, 20, 18, 30)),
        ("11:48, Thu, Jul 18, 2024", date(2024, 7, 18)),
        ("30 August 2023 • 4:45pm", date(2023, 8, 30)),  # a time after a bullet is not read
        ("Frankfurt, November 05, 2025, 5:09: Uhr", datetime(2025, 11, 5, 5, 9)),
        ("10. prosince 2025", date(2025, 12, 10)),
        ("21 Oktober 2025", date(2025, 10, 21)),
        # a reading time glued to the date's last word
        ("Aktualisiert am 12.03.2024 – 10:30 UhrLesedauer: 2 Min.", datetime(2024, 3, 12, 10, 30)),
        ("Giriş Tarihi: 12.03.2024 - 10:30", datetime(2024, 3, 12, 10, 30)),
        ("Güncelleme Tarihi: 12.03.2024 - 12:00", datetime(2024, 3, 12, 12, 0)),
        ("Yayınlanma tarihi: 12 Mart 2024", date(2024, 3, 12)),
    ],
)
def test_date_line_in_the_corpus_languages_is_read(line: str, expected: date) -> None:
    found = read_date_line(line, today=TODAY)
    assert found is not None
    assert found.published == expected


@pytest.mark.parametrize(
    "line",
    [
        "31. Februar 2025",  # cannot exist
        "1 January 2999",  # far in the future
        "5 June",  # no year
        "June 2025",  # no day
        "Lee arrived on 5 June 2025 with his delegation.",  # running text
        "Vor Kurzem fand am 12.03.2025 die Mitgliederversammlung statt",
        "Tipp einsenden 2025",
        "Published 5 hours ago",
        "12.03.2024 UhrMeyer",  # glued to a word that no date line has
    ],
)
def test_impossible_or_embedded_date_is_no_date_line(line: str) -> None:
    assert read_date_line(line, today=TODAY) is None


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Published", "published"),
        ("Zuerst veröffentlicht am", "published"),
        ("Publisert", "published"),
        ("Stand:", "updated"),
        ("Sist oppdatert", "updated"),
        ("Actualizado a las", "updated"),
        ("Politics", None),
    ],
)
def test_date_label_alone_on_its_line(line: str, kind: str | None) -> None:
    assert read_date_label(line) == kind


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Associated PressApril 28, 2023 GMT", date(2023, 4, 28)),
        ("Palma, Mallorca15.04.25 09:56", datetime(2025, 4, 15, 9, 56)),
        ("Von Jo Berger12. März 2024", date(2024, 3, 12)),
    ],
)
def test_date_glued_to_a_name_is_found(text: str, expected: date) -> None:
    found = find_date(text, today=TODAY)
    assert found is not None
    assert found.published == expected


def test_far_future_date_is_not_found() -> None:
    assert find_date("Am 3. März 2031 beginnt es", today=TODAY) is None


def test_date_of_the_head_is_taken_and_a_related_storys_date_is_not() -> None:
    long = "Die Regierung hat am Montag ihren Rücktritt eingereicht, sagte der Sprecher. " * 3
    text = "\n\n".join(
        [
            "Die Regierung tritt zurück",
            "Von Anna Berger",
            "05.11.2025, 14:10 Uhr",
            long,
            long,
            "Eine andere Geschichte aus der Stadt",
            "23.12.2024 13:31",
            long,
        ]
    )
    article = newsclean.clean(text)
    assert article.published == datetime(2025, 11, 5, 14, 10)
    assert "23.12.2024 13:31" not in article.paragraphs


def test_only_a_related_storys_date_gives_no_published() -> None:
    long = "Vláda schválila na dnešním jednání svou demisi a předá ji prezidentovi. " * 3
    text = "\n\n".join(["Článek", long, long, "Vlevo dole: Nová vláda", "31. 10. 2025 17:46", long])
    assert newsclean.clean(text).published is None


def test_publication_label_wins_over_an_update_label() -> None:
    text = "Headline of the story here\n\nUpdated: 26 Aug 2025\n\nPublished: 25 Aug 2025\n\nBody."
    assert newsclean.clean(text).published == date(2025, 8, 25)


def test_label_on_the_line_before_counts_for_the_date() -> None:
    lines = ["Titel der Meldung von heute", "Von Jo Berger", "Aktualisiert am", "28.04.2023-19:20"]
    text = "\n\n".join([*lines, "Text."])
    article = newsclean.clean(text)
    assert article.published == datetime(2023, 4, 28, 19, 20)
    assert [r.rule for r in article.removed if r.rule.startswith("NC2")] == ["NC203", "NC202"]


def test_date_on_the_byline_wins_over_a_bare_date_line() -> None:
    lines = [
        "Wednesday, 03 December 2025",
        "Council blames head teacher for goats",
        "by Jo Doe | 5 November 2024",
    ]
    text = "\n\n".join(
        [*lines, "The goats died after eating rice at the school, the council said."]
    )
    assert newsclean.clean(text).published == date(2024, 11, 5)


def test_date_beside_the_byline_is_taken_after_captions() -> None:
    caption = (
        "Christian Lindner (FDP, M), scheidender Bundesminister der Finanzen und "
        "FDP-Bundesvorsitzender, äußert sich in der FDP-Zentrale in Berlin vor der Presse "
        "und den Kameras."
    )
    other = (
        "Die FDP von Parteichef Christian Lindner ist derzeit im Netz in aller Munde - jedoch "
        "eher weniger in positivem Kontext, wie viele Kommentare im Netz deutlich zeigen."
    )
    lines = ["Netz-Spott über die FDP", caption, other, "29.11.2024", "Von Jo Berger"]
    body = "Die FDP von Parteichef Christian Lindner ist derzeit im Netz in aller Munde. " * 3
    text = "\n\n".join([*lines, body])
    assert newsclean.clean(text).published == date(2024, 11, 29)


def test_date_at_the_foot_of_the_article_is_taken_when_the_head_has_none() -> None:
    long = "Giorgia Meloni è arrivata a Mar-a-Lago alle 19:29 locali per incontrare Trump. " * 3
    lines = ["Meloni da Trump", "di Viviana Mazza", *(f"{long}{n}." for n in range(5))]
    foot = ["5 gennaio 2025 ( modifica il 6 gennaio 2025 | 15:24)", "© RIPRODUZIONE RISERVATA"]
    assert newsclean.clean("\n\n".join([*lines, *foot])).published == date(2025, 1, 5)


def test_date_of_a_teaser_after_the_article_is_not_taken() -> None:
    long = "Giorgia Meloni è arrivata a Mar-a-Lago alle 19:29 locali per incontrare Trump. " * 3
    body = (f"{long}{n}." for n in range(5))
    lines = ["Meloni da Trump", "di Viviana Mazza", *body, "Leggi anche", "Biden a Roma"]
    text = "\n\n".join([*lines, "5 gennaio 2025", "Salvini: bene Meloni"])
    assert newsclean.clean(text).published is None


def test_date_under_the_last_comment_is_not_taken() -> None:
    long = "Giorgia Meloni è arrivata a Mar-a-Lago alle 19:29 locali per incontrare Trump. " * 3
    comment = "Sono d'accordo con l'articolo, ma la premier avrebbe dovuto parlarne prima. " * 3
    body = (f"{long}{n}." for n in range(5))
    lines = ["Meloni da Trump", *body, "Commenti", "Mario", "4 gennaio 2025", comment]
    text = "\n\n".join([*lines, "Luisa", "5 gennaio 2025", comment + "!", "6 gennaio 2025"])
    assert newsclean.clean(text).published is None


@pytest.mark.parametrize(
    "line",
    [
        "2 hours ago",
        "21 mins ago11:48",
        "Vor 1 Std.",
        "vor 3 Minuten",
        "včera 14:40",
        "Heute, 09:15",
    ],
)
def test_relative_time_alone_on_its_line_is_cut_and_dates_nothing(line: str) -> None:
    body = "The council met on Monday and voted to close the old bridge for repairs in May."
    paragraphs = [f"{body} {body} Part {n}." for n in range(3)]
    text = "\n\n".join(["Bridge Closes for Repairs", *paragraphs[:2], line, paragraphs[2]])
    article = newsclean.clean(text)
    assert article.published is None
    assert line not in article.paragraphs
    assert [r.rule for r in article.removed if r.text == line] == ["NC204"]


@pytest.mark.parametrize(
    "line", ["Two hours ago the council met.", "Vor 3 Minuten kam die Nachricht.", "Heute"]
)
def test_sentence_that_opens_with_a_relative_time_stays(line: str) -> None:
    body = "The council met on Monday and voted to close the old bridge for repairs in May."
    article = newsclean.clean("\n\n".join(["Bridge Closes for Repairs", body, line, body + "!"]))
    assert line in article.paragraphs


def test_relative_time_under_the_headline_is_left_to_the_head() -> None:
    body = "The council met on Monday and voted to close the old bridge for repairs in May."
    text = "\n\n".join(["Bridge Closes for Repairs", "By Jo Doe", "2 hours ago", body, body])
    removed = newsclean.clean(text).removed
    assert [r.rule for r in removed if r.text == "2 hours ago"] != ["NC204"]
