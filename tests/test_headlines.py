"""NC4xx: the headline among menus, captions and teasers; its kicker and standfirst."""

from __future__ import annotations

import pytest

import newsclean
from newsclean.titles import is_headline_like, is_label, is_relative_time

BODY = (
    "Die Regierung hat am Montag ihren Rücktritt eingereicht, sagte ein Sprecher in der Hauptstadt."
)
LONG = BODY + " " + BODY + " " + BODY
OTHER = (
    "Am Abend trafen sich die Abgeordneten zu einer Sondersitzung, um über die nächsten "
    "Schritte zu beraten. Eine Entscheidung wird für Donnerstag erwartet, hieß es aus Kreisen."
)


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
    ("text", "label"),
    [
        ("Politics & Government", True),
        ("Sidney Wiltgen", True),
        ("Investing Club", True),
        ("Nordmann dømt til livstid", False),
        ("南海トラフ、一時調査", False),
    ],
)
def test_label_is_a_few_words(text: str, label: bool) -> None:
    assert is_label(text) is label


@pytest.mark.parametrize(
    ("text", "relative"),
    [
        ("1 day ago", True),
        ("Last Updated: 5 hours ago", True),
        ("Publiziert heute um 12:19 Uhr", True),
        ("vor 3 Stunden", True),
        ("hace 2 horas", True),
        ("il y a 3 heures", True),
        ("Today at 9:30 am", True),
        ("Three days ago the talks began", False),
        ("Heute", False),
    ],
)
def test_relative_time_is_read(text: str, relative: bool) -> None:
    assert is_relative_time(text) is relative


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
        # a section label alone above the headline: the headline wins
        (
            [
                "Politics & Government",
                "Japan Prime Minister Dodges Criticism During Leaders Debate",
                "Post",
                "Share",
                "Post",
                "The Yomiuri Shimbun",
                "The leaders of seven political parties debate in Tokyo on Saturday.",
                "By Takeo Maeda and Tatsuya Tanoue / Yomiuri Shimbun Staff Writers",
                "17:41 JST, October 13, 2024",
                LONG,
            ],
            "Japan Prime Minister Dodges Criticism During Leaders Debate",
        ),
        # a list of trending topics, shown again just above the headline
        (
            [
                "Pakistan News",
                "Anti-terror op turns sinister as army raises spectre of digital terrorism",
                "Trending",
                "Prince Harry",
                "US Elections 2024",
                "Boeing Starliner",
                "Self Made Women Billionaires",
                "Symbiosexuality",
                "Prince Harry",
                "US Elections 2024",
                "Boeing Starliner",
                "Self Made Women Billionaires",
                "Symbiosexuality",
                "Anti-terror op turns sinister as army raises spectre of digital terrorism",
                "Aashish Saxena / TIMESOFINDIA.COM / Sep 2, 2024, 17:07 IST",
                "Share",
                LONG,
            ],
            "Anti-terror op turns sinister as army raises spectre of digital terrorism",
        ),
        # a menu, then a reading time, then the headline; the byline far below
        (
            [
                "Sociedad",
                "Educación",
                "Sanidad",
                "Gente",
                "Tiempo de lectura: 6 min",
                "Los vecinos de Carabanchel exigen cambios en las fiestas de San Isidro",
                "Los residentes del barrio madrileño denuncian la duración de las fiestas un año"
                " más, como consecuencia de la escasa regulación",
                "Cientos de personas en la pradera de San Isidro, a 15 de mayo de 2025, en Madrid.",
                "Cientos de personas en la pradera de San Isidro, a 15 de mayo de 2025, en Madrid."
                "Gustavo Valiente / Europa Press",
                "Tamaño de letra",
                "Color de fondo",
                "Comparte",
                "Comenta",
                "Luna González",
                "Madrid-",
                "29/05/2025 20:00",
                LONG,
            ],
            "Los vecinos de Carabanchel exigen cambios en las fiestas de San Isidro",
        ),
        # the writer's name twice above the date, and again in the author box below
        (
            [
                "Politik",
                "Sidney Wiltgen",
                "Sidney Wiltgen",
                "28. Juni 2025 - 16.03 Uhr",
                "Der 9. Juli naht: OGBL und LCGB demonstrieren Stärke und Einheit",
                LONG,
                "Sidney Wiltgen",
            ],
            "Der 9. Juli naht: OGBL und LCGB demonstrieren Stärke und Einheit",
        ),
        # counts of views and comments above the headline
        (
            [
                "Home > News Local News",
                "3304 views 13 mins 0 comments",
                "From adversity to advocacy: a young lawyer’s journey",
                "In Local News, News",
                "May 14, 2025",
                "Mohloai Mpesi",
                LONG,
            ],
            "From adversity to advocacy: a young lawyer’s journey",
        ),
        # a menu, the headline, and a time relative to now
        (
            [
                "Iindaba",
                "Ezemidlalo",
                "Izimvo",
                "English",
                "UGigaba akabanjwanga emva kokutyelela i-IDAC",
                "Jonisayi Maromo|Published",
                "1 day ago",
                LONG,
            ],
            "UGigaba akabanjwanga emva kokutyelela i-IDAC",
        ),
        # a teaser's headline, then a kicker running on into the headline with a dash
        (
            [
                "Startseite | Schweiz |",
                "Trump plant Helikopterlandeplatz beim Weissen Haus",
                "Umbau des Weissen Hauses –",
                "Trump plant Helikopterlandeplatz – während sein Ballsaal-Projekt stockt",
                "Der US-Präsident will den Rasen vor dem Weissen Haus für den neuen Helikopter"
                " umbauen lassen.",
                "Edgar Schuler",
                "Edgar Schuler",
                "Publiziert heute um 12:19 Uhr",
                LONG,
            ],
            "Trump plant Helikopterlandeplatz – während sein Ballsaal-Projekt stockt",
        ),
        # photo captions shown twice (once with their credit) above the headline
        (
            [
                "Christian Lindner äußert sich in der FDP-Parteizentrale bei einer "
                "Pressekonferenz. Im Hintergrund stehen Marco Buschmann und Bettina Stark-Watzinger"
                " vor einer Wand mit dem Logo der Partei.",
                "Christian Lindner äußert sich in der FDP-Parteizentrale bei einer "
                "Pressekonferenz. Im Hintergrund stehen Marco Buschmann und Bettina Stark-Watzinger"
                " vor einer Wand mit dem Logo der Partei.",
                "Die FDP von Parteichef Christian Lindner ist derzeit im Netz in aller Munde - "
                "jedoch eher weniger in positivem Kontext, wie die Kommentare unter den Beiträgen "
                "der Partei zeigen.",
                "Die FDP von Parteichef Christian Lindner ist derzeit im Netz in aller Munde - "
                "jedoch eher weniger in positivem Kontext, wie die Kommentare unter den Beiträgen "
                "der Partei zeigen. Bild: Christoph Soeder/dpa",
                "Panorama",
                "29.11.2024",
                "Netz-Spott über FDP - Generalsekretär tritt zurück",
                "Redakteur",
                "Von Patrick Hyslop",
                LONG,
            ],
            "Netz-Spott über FDP - Generalsekretär tritt zurück",
        ),
        # a news ticker of other stories' headlines; the headline shown again under its date
        (
            [
                "Media Indonesia",
                "Triliunan Rupiah Menguap akibat Banjir",
                "Politik dan Hukum",
                "NEWSTICKER",
                "Penjelasan KPK soal Status Hukum Bupati Pati Sudewo",
                "OTT Wali Kota Madiun, Pengamat: Modus Fee Proyek Timbal Balik Izin",
                "Pukat UGM Nilai Digitalisasi Pengadaan belum Mampu Cegah Korupsi",
                "OTT Wali Kota Madiun, Sekda Ikut Diperiksa",
                "OTT KPK di Pati, Sejumlah Pejabat Daerah Ditangkap",
                "Home",
                "Ekonomi",
                "Begini Pesan Kuat di Wisuda IGI School of Economics Jakarta 2025",
                "Naufal Zuhdi",
                "20/1/2026 18:30",
                "Begini Pesan Kuat di Wisuda IGI School of Economics Jakarta 2025",
                "IGI School of Economics Jakarta menyelenggarakan Wisuda Magister Manajemen",
                LONG,
            ],
            "Begini Pesan Kuat di Wisuda IGI School of Economics Jakarta 2025",
        ),
        # the headline twice, once with its kicker glued to it, once with a slash between
        (
            [
                "Politik",
                "Sidney Wiltgen",
                "Sidney Wiltgen",
                "28. Juni 2025 - 16.03 Uhr",
                "Akt.: 29. Juni 2025 - 21.18 Uhr",
                "Nationale DemoDer 9. Juli naht: OGBL und LCGB demonstrieren Stärke",
                "Nationale Demo / Der 9. Juli naht: OGBL und LCGB demonstrieren Stärke",
                "Die Protestkundgebung werten die Gewerkschaften OGBL und LCGB als vollen Erfolg"
                " Foto: Editpress/Fabrizio Pizzolante",
                "Anmelden",
                LONG,
            ],
            "Nationale Demo / Der 9. Juli naht: OGBL und LCGB demonstrieren Stärke",
        ),
        # a headline of three words with its byline under it, a caption below the date
        (
            [
                "Politik",
                "Haushalt endlich beschlossen",
                "Von Anna Sleegers",
                "05.06.2025",
                "Finanzminister Lindner im Bundestag in Berlin",
                LONG,
            ],
            "Haushalt endlich beschlossen",
        ),
        (
            [
                "Home",
                "World",
                "Storm hits coast",
                "By Jane Doe",
                "June 5, 2025",
                "Residents clear debris in the town of Tampa",
                LONG,
            ],
            "Storm hits coast",
        ),
        # a sponsor's disclaimer above the headline is no paragraph of the body
        (
            [
                "Culture Council",
                "Content created by members of the Culture Council, an invitation-only "
                "community for leaders in the culture business, who write for us weekly.",
                "Opinions expressed are solely those of the author and do not reflect the "
                "views of our editorial staff. The author was not paid for this column.",
                "What a Crime Film Can Teach About Doing What Is Right",
                "Business owners will find that unity and conflict navigation matter.",
                "August 26, 2024",
                LONG,
            ],
            "What a Crime Film Can Teach About Doing What Is Right",
        ),
        # a photo's caption over the headline: the date right under the headline is its own
        (
            [
                "Andrew Robertson vom FC Liverpool",
                "Premier League Rückschlag im Titelkampf - Liverpool verliert bei Everton",
                "Stand: 24.04.2024 22:58 Uhr",
                LONG,
            ],
            "Premier League Rückschlag im Titelkampf - Liverpool verliert bei Everton",
        ),
        # a list of sections run on into a separator is no headline
        (
            [
                "Mbumba recounts Geingob’s last days",
                "Geingob’s Funeral, National, News, Top Story 1 |",
                "Published: 5 hours ago",
                "| Written by Eliaser Ndeyanale",
                LONG,
            ],
            "Mbumba recounts Geingob’s last days",
        ),
        # the prompts of a save-article widget over the headline
        (
            [
                "Salva questo articolo e leggilo quando vuoi. Il servizio è per gli utenti.",
                "Hai salvato un nuovo articolo",
                "Trovi tutti gli articoli salvati nella tua area personale nella sezione "
                "preferiti.",
                "Giorgia Meloni da Donald Trump a Mar-a-Lago: «Bella serata»",
                "di Viviana Mazza",
                LONG,
            ],
            "Giorgia Meloni da Donald Trump a Mar-a-Lago: «Bella serata»",
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


@pytest.mark.parametrize(
    "above",
    [["Kommentar von Nicole Opitz"], ["Nicole Opitz", "Kommentar von Nicole Opitz"]],
)
def test_standfirst_between_the_byline_and_the_date_becomes_the_summary(
    above: list[str],
) -> None:
    dek = "Das alte Gesetz ist endlich bald Geschichte. Das neue sollte nicht verwässert werden."
    text = "\n\n".join(["Ein bisschen Fortschritt", *above, dek, "28.4.2023", LONG])
    article = newsclean.clean(text)
    assert article.summary == dek
    assert article.paragraphs == [LONG]


@pytest.mark.parametrize(
    "above",
    [
        ["Stand: 12.03.2024 10:30 Uhr"],  # the date above, the byline under it
        ["12. März 2024, 10:30 Uhr", "Lesezeit: 2 Min."],  # and a reading time
    ],
)
def test_standfirst_between_the_date_and_the_byline_becomes_the_summary(
    above: list[str],
) -> None:
    dek = "Die Stadt sperrt die alte Brücke, nachdem Risse in den Pfeilern entdeckt wurden."
    byline = "Von Anna Schmidt, ARD-Studio London"
    article = newsclean.clean("\n\n".join(["Marode Brücke gesperrt", *above, dek, byline, LONG]))
    assert article.summary == dek
    assert article.authors == ["Anna Schmidt"]
    assert article.paragraphs == [LONG]


def test_first_paragraph_under_the_byline_with_no_date_right_under_it_stays() -> None:
    text = "\n\n".join(["Ein bisschen Fortschritt", "Von Nicole Opitz", BODY, LONG, "28.4.2023"])
    article = newsclean.clean(text)
    assert article.summary is None
    assert article.paragraphs[:2] == [BODY, LONG]


def test_first_paragraph_without_a_byline_after_it_stays_in_the_body() -> None:
    text = "\n\n".join(["Diese Lebensmittel helfen bei der Genesung", BODY, LONG])
    article = newsclean.clean(text)
    assert article.summary is None
    assert article.paragraphs == [BODY, LONG]


def test_teaser_cut_with_an_ellipsis_is_no_standfirst() -> None:
    text = "\n\n".join(["Lee Set for Talks in Washington", BODY[:60] + "…", "By Jane Doe", BODY])
    assert newsclean.clean(text).summary is None


def test_short_headline_keeps_its_byline_from_a_question_below() -> None:
    text = "\n\n".join(
        ["Trade Talks Resume", "By Jane Doe", "Will the talks go on after the summit?"]
    )
    article = newsclean.clean(text)
    assert article.title == "Trade Talks Resume"
    assert article.paragraphs == ["Will the talks go on after the summit?"]


DEK = "Die Partei übernimmt die Verantwortung für das Agieren vor dem Koalitionsbruch."


@pytest.mark.parametrize(
    "after",
    [
        ["Berlin.", LONG],  # a dateline alone on its line opens the report
        ["Madrid-", LONG],
        ["Berlin - " + LONG],  # or opens its first paragraph
        ["London/Teheran - " + LONG],
        ["NEW DELHI: " + LONG],
        ["MEXICO CITY (AP) — " + LONG],
        ["Von Jane Doe", "12.05.2025", "Berlin.", LONG],  # the byline between them
        ["Der Artikel für Sie zusammengefasst", LONG],  # a box of key points under it
    ],
)
def test_standfirst_before_the_dateline_becomes_the_summary(after: list[str]) -> None:
    text = "\n\n".join(["Diese Lebensmittel helfen bei der Genesung", DEK, *after])
    article = newsclean.clean(text)
    assert article.summary == DEK
    assert DEK not in article.paragraphs


@pytest.mark.parametrize(
    "body",
    [
        ["Berlin - " + DEK, "Madrid - " + LONG],  # the first paragraph has its own dateline
        [DEK, "Zum Hintergrund: " + LONG],  # a lead-in, not a place
        [DEK, LONG, "Berlin.", LONG],  # the dateline is not the next block
        [" ".join([LONG] * 3), "Berlin.", LONG],  # a paragraph too long for a standfirst
        [DEK, "Anzeige", LONG],  # page furniture, not a place
        [DEK, "Berlin."],  # no report under the dateline
        [DEK, OTHER],  # nothing shows where the report begins
    ],
)
def test_first_paragraph_without_a_dateline_after_it_stays_in_the_body(body: list[str]) -> None:
    text = "\n\n".join(["Diese Lebensmittel helfen bei der Genesung", *body])
    article = newsclean.clean(text)
    assert article.summary is None
    assert article.paragraphs[0] == body[0]


def test_caption_shown_twice_under_the_headline_is_no_standfirst() -> None:
    caption = "Tausende haben am Montag in Tiflis an einer Kundgebung teilgenommen."
    credit = " - Copyright Shakh Aivazov/AP. All rights reserved"
    text = "\n\n".join(
        [
            "Georgien: Tausende unterstützen das Gesetz",
            caption,
            caption + credit,
            "Von Jo Doe",
            LONG,
        ]
    )
    assert newsclean.clean(text).summary is None


# A dek, and a lede that says it again at more length: one paragraph per line, as
# trafilatura writes them, with no byline or dateline between (the .traf.txt pages).
RESTATED_TITLE = "Harbour City Opens Its New Ferry Terminal After Years of Delay"
RESTATED_DEK = (
    "The harbour authority opened the long-delayed ferry terminal on Monday, officials said."
)
RESTATED_LEDE = (
    "Officials from the harbour authority said on Monday that the ferry terminal, delayed for "
    "years by disputes over its cost, had finally opened to passengers and freight."
)
LATER = [
    "Construction began in 2019 but stalled twice when contractors walked away from the site "
    "after arguments about payments and materials.",
    "Local shop owners welcomed the news, saying the waterfront had been empty for too long "
    "and that visitors would now return in summer.",
    "Critics in the council still question whether the final bill, well above the first "
    "estimate, will ever be recovered from ticket sales.",
]


def test_dek_restated_by_the_lede_below_it_becomes_the_summary() -> None:
    text = "\n".join([RESTATED_TITLE, RESTATED_DEK, RESTATED_LEDE, *LATER])
    article = newsclean.clean(text)
    assert article.summary == RESTATED_DEK
    assert article.paragraphs == [RESTATED_LEDE, *LATER]


@pytest.mark.parametrize(
    "blocks",
    [
        # no headline above it: the first paragraph of a page
        [RESTATED_DEK, RESTATED_LEDE, *LATER],
        # too little of the article below to tell a restatement from the topic's words
        [RESTATED_TITLE, RESTATED_DEK, RESTATED_LEDE, *LATER[:2]],
        # a later paragraph repeats the first one's words as much: the topic, not a dek
        [RESTATED_TITLE, RESTATED_DEK, RESTATED_LEDE, *LATER, RESTATED_LEDE + " More."],
        # the next paragraph shares too few of its words
        [RESTATED_TITLE, RESTATED_DEK, LATER[0] + " " + LATER[1], *LATER],
        # the paragraph that shares its words is no longer than it: no restatement
        [RESTATED_TITLE, RESTATED_DEK, "The ferry terminal opened on Monday, they said.", *LATER],
        # the alt text, then the caption in nearly the same words
        [RESTATED_TITLE, RESTATED_DEK, RESTATED_DEK.replace("on M", "early on M"), *LATER],
    ],
)
def test_first_paragraph_not_restated_below_stays_in_the_body(blocks: list[str]) -> None:
    article = newsclean.clean("\n".join(blocks))
    assert article.summary is None
    assert RESTATED_DEK in article.paragraphs


@pytest.mark.parametrize(
    "caption",
    [
        # its credit, then the report that tells of the same scene
        [RESTATED_DEK, "Image: Jo Doe/Harbour Times", RESTATED_LEDE],
        # the same caption again with its credit
        [RESTATED_DEK, "Show caption", RESTATED_DEK + " Photo: Jo Doe", RESTATED_LEDE],
    ],
)
def test_caption_restated_by_the_report_is_no_summary(caption: list[str]) -> None:
    article = newsclean.clean("\n".join([RESTATED_TITLE, *caption, *LATER]))
    assert article.summary is None


@pytest.mark.parametrize("label", ["Článek", "Artikel", "News", "- News", "• Nachrichten"])
def test_page_label_opening_the_text_is_not_the_headline(label: str) -> None:
    text = "\n\n".join([label, BODY, LONG])
    article = newsclean.clean(text)
    assert article.title is None
    assert article.paragraphs[-2:] == [BODY, LONG]


@pytest.mark.parametrize("title", ["Talks Stall", "Headline"])
def test_a_few_words_opening_the_text_are_still_read_as_its_headline(title: str) -> None:
    assert newsclean.clean("\n\n".join([title, BODY, LONG])).title == title


def test_sponsor_credit_under_the_headline_is_no_standfirst() -> None:
    text = "\n\n".join(
        ["Europe Saved the Hake", "In partnership with The European Commission", "By Jo Doe", LONG]
    )
    article = newsclean.clean(text)
    assert article.summary is None
    assert [r.text for r in article.removed if r.text.startswith("In partnership")] == [
        "In partnership with The European Commission"
    ]


def test_question_under_a_paragraph_and_a_share_bar_is_no_headline() -> None:
    question = "Will the talks go on after the summit?"
    text = "\n\n".join(["1 January 2000 00:00", LONG, "Share on Facebook", question, OTHER])
    article = newsclean.clean(text)
    assert article.title is None
    assert article.paragraphs == [LONG, question, OTHER]


@pytest.mark.parametrize(
    "variant",
    [
        # the headline again with its kicker, in other punctuation
        "SVP-Sonderparteitag zur Migration – Chiesa ruft zum Widerstand gegen die Asylpolitik",
        # a second version in other words, no sentence
        "Meinung Warum Chiesa zum Widerstand gegen die Asylpolitik aufruft",
    ],
)
def test_second_version_of_the_headline_is_no_standfirst(variant: str) -> None:
    title = "SVP-Sonderparteitag: Warum Chiesa zum Widerstand gegen die Asylpolitik ruft"
    text = "\n\n".join([title, variant, DEK, "Von Jo Doe", LONG])
    article = newsclean.clean(text)
    assert article.title == title
    assert article.summary == DEK
    assert [(r.rule, r.text) for r in article.removed if r.text == variant] == [("NC402", variant)]


def test_dek_that_shares_the_headlines_words_stays_the_standfirst() -> None:
    title = "Prince Harry and Meghan Markle Snubbed by Hollywood Executive"
    dek = "A snub from a Hollywood executive has left Prince Harry and Meghan with a label."
    article = newsclean.clean("\n\n".join([title, dek, "By Jo Doe", LONG]))
    assert article.summary == dek


def test_caption_under_its_alt_text_under_the_headline_is_no_standfirst() -> None:
    title = "Swedish police to investigate reports of information leaks to violent gangs"
    alt = "Swedish police officer"
    caption = "Swedish police officer - Copyright Fredrik Persson/AP"
    article = newsclean.clean("\n\n".join([title, alt, caption, "By Jo Doe", LONG]))
    assert article.summary is None


def test_section_links_under_the_headline_are_no_standfirst() -> None:
    links = "Geingob’s Funeral, National, News, Top Story 1 |"
    text = "\n\n".join(["Mbumba Knew Something Was Wrong", links, "By Jo Doe", LONG])
    assert newsclean.clean(text).summary is None


@pytest.mark.parametrize(
    "blocks",
    [
        # the only paragraph: the article, whatever its words
        ["Chiesa ruft zum Widerstand gegen die Asylpolitik auf", "Chiesa ruft zum Widerstand auf"],
        # fewer than four words to tell by
        ["Storm Hits the Coast Tonight", "Storm hits the coast, as it did.", LONG],
    ],
)
def test_paragraph_in_the_headlines_words_stays_when_nothing_tells(blocks: list[str]) -> None:
    article = newsclean.clean("\n\n".join(blocks))
    assert blocks[1] in article.paragraphs


@pytest.mark.parametrize("furniture", [[], ["Reading time:", "5 min."]])
def test_dek_under_the_lead_pictures_caption_is_found(furniture: list[str]) -> None:
    caption = "The new terminal on the harbour's east side, seen from the water."
    text = "\n".join(
        [
            RESTATED_TITLE,
            "By Jo Doe",
            "12 May 2025",
            *furniture,
            caption,
            caption + " Photo: Jo Doe",
            RESTATED_DEK,
            RESTATED_LEDE,
            *LATER,
        ]
    )
    article = newsclean.clean(text)
    assert article.summary == RESTATED_DEK
    assert article.paragraphs == [RESTATED_LEDE, *LATER]


def test_short_lines_above_the_headline_are_the_pages_header() -> None:
    header = [
        "Nachrichten",
        "Panorama",
        "Bristol: Alte Brücke nach Rissen gesperrt – Fähre ersetzt Verbindung",
        "Alte Brücke gesperrt",
    ]
    body = [
        "Der Stadtrat hat am Montag beschlossen, die alte Brücke für Reparaturen zu schließen, "
        "nachdem bei einer Routineprüfung Risse in zwei Pfeilern gefunden wurden.",
        "Die Arbeiten würden ein Jahr dauern, sagten Ingenieure. In der Zwischenzeit soll eine "
        "Fähre die Menschen über den Fluss bringen.",
        "»Wir hatten keine Wahl«, sagte Ratschef John Roe. »Sicherheit geht vor.«",
    ]
    lines = [
        *header,
        "Risse in den Pfeilern entdeckt",
        "Aktualisiert am 12.03.2024 – 10:30 UhrLesedauer: 2 Min.",
        "Anna Schmidt",
        body[0],
        "Die Brücke in Bristol. (Quelle: Jane Doe/dpa/dpa-bilder)",
        *body[1:],
        "Kommentare",
    ]
    article = newsclean.clean("\n\n".join(lines))
    assert article.title == "Risse in den Pfeilern entdeckt"
    assert article.authors == ["Anna Schmidt"]
    assert article.paragraphs == body
    assert {removal.text for removal in article.removed} >= set(header)


def test_prose_above_the_headline_keeps_everything_above_it() -> None:
    lines = ["Panorama", LONG, "Risse in den Pfeilern entdeckt", "Von Anna Schmidt", "12.03.2024"]
    article = newsclean.clean("\n\n".join([*lines, BODY]))
    assert LONG not in {removal.text for removal in article.removed}
