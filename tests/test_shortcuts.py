"""Every shortcut taken for speed gives the answer of the plain form it stands for.

The memo of :mod:`newsclean.memo` must not change what a line is judged to be, and each
cheap pre-check must only ever rule out lines that the full pattern would rule out too.
"""

from __future__ import annotations

import pickle
import re
import threading
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date, timedelta, timezone

import regex
from hypothesis import example, given
from hypothesis import strategies as st

import newsclean
import newsclean.dates
import newsclean.document
import newsclean.head
from newsclean import dates, names, titles
from newsclean.dates import find_date, read_date_label, read_date_line
from newsclean.document import Block, Document, Finding
from newsclean.head import head_blocks, head_indices, head_of
from newsclean.memo import memo_for, per_line, remembered
from newsclean.names import read_byline
from newsclean.rules import (
    boilerplate,
    bylines,
    captions,
    chrome,
    closings,
    credits,
    duplicates,
    menus,
    namelines,
    notes,
    phrases,
    prompts,
    related,
    shapes,
    social,
    teasers,
    widgets,
)
from newsclean.rules.menus import GLUED_LINK, JUNCTION_END

from .shapes import PARAGRAPH, SEED_TEXT, SEEDS, SENTENCE


def seed_lines() -> list[str]:
    """The seeds' lines that are not blank, stripped: a new list, for a test to add to."""
    return [line.strip() for line in SEED_TEXT.splitlines() if line.strip()]


#: Letters of both cases in a few scripts, the marks a junction may hold, and spaces.
GLUE = st.text(alphabet="aZéÉßСсΣσ?!. -1", max_size=80)


@given(GLUE)
def test_junction_ends_bound_the_glued_links(text: str) -> None:
    assert len(JUNCTION_END.findall(text)) >= len(GLUED_LINK.findall(text))


#: Words of captions and their credits, and of sentences that only look like one.
CAPTION_WORDS = st.sampled_from(
    ["The", "mayor", "Genf.", "Foto:", "dpa", "AP", "Photo/Eric", "(Photo:", "AP)", "©", "Reuters",
     "|", "–", "-", "via", "Getty", "Images", "Celis/AFP", "copyright", "2024.", "Bild:", "for",
     "Times", "(Christie's)", "(AP)", "sold.", "\n", "x" * 70, "picture-alliance", "Jane", "Doe"]
)  # fmt: skip


@given(st.lists(CAPTION_WORDS, max_size=40).map(" ".join))
def test_a_credit_tail_is_found_only_where_a_mark_is(text: str) -> None:
    start = max(0, len(text) - captions.TAIL_WINDOW)
    plain = captions.CREDIT_TAIL_FROM_END.search(text, pos=start) is not None
    assert captions._ends_in_credit(text, start) == plain


@given(st.text(alphabet="a \t\n\r\x0b\x0c\x1c\x1f\x85\xa0\u2009\u202f\u2028\u3000", max_size=20))
def test_tidy_without_uneven_space_only_strips(text: str) -> None:
    plain = str(newsclean.document._WHITESPACE_RUN.sub(" ", text)).strip()
    assert newsclean.document.tidy(text) == plain


@given(st.text(alphabet="a \t\x1c\x1f\x85\xa0\u2009\u3000", max_size=20))
def test_tidy_leaves_no_two_spaces_in_a_row(text: str) -> None:
    assert "  " not in newsclean.document.tidy(text)


@given(st.text(alphabet="ab .…\n", max_size=40))
def test_ellipsis_patterns_tried_only_on_lines_ending_in_one(text: str) -> None:
    assert related._is_cut_headline(text) == (related.CUT_HEADLINE.fullmatch(text) is not None)
    ends = text.endswith(duplicates._TEASER_ENDINGS)
    assert ends or duplicates.TEASER_END.search(text) is None


@given(st.text(alphabet="ab .!?…»”)\n", max_size=30))
def test_sentence_end_read_from_the_last_characters(text: str) -> None:
    assert shapes.is_sentence(text) == (shapes.SENTENCE_END.search(text) is not None)


def test_remembered_answers_are_the_answers() -> None:
    lines = seed_lines()
    predicates = [shapes.is_prose, shapes.is_menu_item, menus.is_glued_links, chrome._is_fence]
    plain = [[predicate(line) for line in lines] for predicate in predicates]
    with remembered():
        for _ in range(2):  # worked out, then from the memo
            assert [[predicate(line) for line in lines] for predicate in predicates] == plain


def test_memo_lives_for_one_clean_call_only() -> None:
    newsclean.clean("Body of the article.")
    assert memo_for(shapes.is_prose) is None


def test_each_thread_has_its_own_memo() -> None:
    seen: list[str] = []

    @per_line
    def record(text: str) -> str:
        seen.append(threading.current_thread().name)
        return text

    def work() -> None:
        with remembered():
            record("same line")
            record("same line")

    threads = [threading.Thread(target=work, name=f"t{n}") for n in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(seen) == ["t0", "t1"]


def test_a_repeated_short_line_is_held_once() -> None:
    doc = newsclean.document.Document.from_text("Home\nThe mayor spoke.\nHome")
    assert doc.blocks[0].text is doc.blocks[2].text
    assert [block.line for block in doc.blocks] == [1, 2, 3]


def test_removals_of_an_article_share_their_fields_set_and_stay_models() -> None:
    article = newsclean.clean("Home\nNews\nWorld\nSport\nThe mayor opened the bridge today.")
    first, *others = article.removed
    assert first.model_fields_set == {"rule", "reason", "text", "line"}
    assert all(other.model_fields_set is first.model_fields_set for other in others)
    assert first.model_dump(exclude_unset=True) == first.model_dump()
    assert newsclean.Article.model_validate_json(article.model_dump_json()) == article
    assert pickle.loads(pickle.dumps(article)) == article


def test_remembered_calls_with_arguments_are_the_answers() -> None:
    lines = seed_lines()[:200]
    lines += ["Jane Doe", "Jane Doe and John Roe", "Reuters, Thorsten Kramer", "Body"]
    plain = [[names.read_credit(line, min_tokens=n) for line in lines] for n in (1, 2)]
    with remembered():
        for _ in range(2):
            asked = [[names.read_credit(line, min_tokens=n) for line in lines] for n in (1, 2)]
            assert asked == plain


def test_a_call_with_an_unhashable_argument_is_worked_out() -> None:
    @per_line
    def count(text: str, letters: list[str] | None = None) -> int:
        return sum(text.count(letter) for letter in letters or [text[:1]])

    with remembered():
        assert count("banana", ["a"]) == 3
        assert count("banana", ["a", "n"]) == 5
        assert count("banana", letters=["b"]) == 1
        assert count("banana") == 1


def test_no_character_below_the_cjk_floor_is_cjk() -> None:
    below = "".join(map(chr, range(ord(titles.CJK_FLOOR))))
    assert titles._CJK.search(below.replace("\n", " ")) is None
    assert all(titles._CJK.search(char) is None for char in below)


@given(st.text(alphabet="aé 東京カナ.\u2e80\u2e7f", max_size=30))
def test_cjk_found_only_above_the_floor(text: str) -> None:
    assert titles.has_cjk(text) == (titles._CJK.search(text) is not None)


@given(st.text(alphabet="ab .,:;…。?!»”)」\"'\n", max_size=30))
def test_headline_sentence_end_read_backwards(text: str) -> None:
    assert titles.ends_sentence(text) == (titles._SENTENCE_END.search(text) is not None)
    assert titles.ends_any_sentence(text) == (titles._ANY_SENTENCE_END.search(text) is not None)


#: Words of avatars, pictures' alt texts and teasers' links to their story.
LINK_WORDS = st.sampled_from(
    ["Jane", "Doe", "avatar", "Avatar", "photo", "Picture", "of", "von", "de", "Bild", "zum",
     "Artikel", "weiterlesen", "Read", "more", "»", "…", "→", "x" * 40, "Storm", "hits", "coast",
     "\n", "", "ẞ", "İ"]
)  # fmt: skip


@given(st.lists(LINK_WORDS, max_size=30).map(" ".join))
def test_whole_line_patterns_matched_backwards_agree(text: str) -> None:
    pairs = [
        (related.CALL_TO_READ, related.CALL_TO_READ_FROM_END),
        (bylines.AVATAR, bylines.AVATAR_FROM_END),
        (titles._AVATAR, titles._AVATAR_FROM_END),
    ]
    for forwards, backwards in pairs:
        assert (forwards.fullmatch(text) is None) == (backwards.fullmatch(text) is None)


def test_whole_line_patterns_matched_backwards_agree_on_the_seeds() -> None:
    lines = seed_lines()
    lines += ["Liam Avatar", "Picture of Jane Doe", "Storm hits the coast again ... zum Artikel »"]
    for forwards, backwards in [
        (related.CALL_TO_READ, related.CALL_TO_READ_FROM_END),
        (bylines.AVATAR, bylines.AVATAR_FROM_END),
        (titles._AVATAR, titles._AVATAR_FROM_END),
    ]:
        assert [forwards.fullmatch(line) is None for line in lines] == [
            backwards.fullmatch(line) is None for line in lines
        ]


#: Words of relative times ("Updated 2 hours ago", "Publiziert heute um 12:19 Uhr").
TIME_WORDS = st.sampled_from(
    ["Updated", "Publiziert", "heute", "um", "12:19", "Uhr", "2", "hours", "ago", "an", "hour",
     "vor", "3", "Stunden", "Min.", "hace", "una", "hora", "il", "y", "a", "jours", "today",
     "at", "9.30", "p.m.", "|", ":", "Stand:", "x.", "ẞ", "İ", "\n", ""]
)  # fmt: skip


@given(st.lists(TIME_WORDS, max_size=10).map(" ".join))
def test_relative_time_matched_backwards_agrees(text: str) -> None:
    forwards = titles._RELATIVE_TIME.fullmatch(text) is not None
    assert (titles._RELATIVE_TIME_FROM_END.fullmatch(text) is not None) == forwards


def test_relative_time_matched_backwards_agrees_on_the_seeds() -> None:
    lines = seed_lines()
    lines += ["Updated 2 hours ago", "Publiziert heute um 12:19 Uhr", "vor 3 Stunden", "hier à 9h"]
    forwards = [titles._RELATIVE_TIME.fullmatch(line) is None for line in lines]
    assert [titles._RELATIVE_TIME_FROM_END.fullmatch(line) is None for line in lines] == forwards


#: Words of headings over other stories ("Latest Articles", "Ähnliche Beiträge").
STORIES_WORDS = st.sampled_from(
    ["Latest", "articles", "Most", "read", "stories", "Ähnliche", "Beiträge", "news:", "News",
     "son", "haberler", "&", "-", "The", "mayor", "ẞ", "İ", "»", ":", "\n", ""]
)  # fmt: skip


@given(st.lists(STORIES_WORDS, max_size=8).map(" ".join))
def test_stories_heading_matched_backwards_agrees(text: str) -> None:
    forwards = related.STORIES_HEADING.fullmatch(text) is not None
    assert (related.STORIES_HEADING_FROM_END.fullmatch(text) is not None) == forwards


def test_stories_heading_matched_backwards_agrees_on_the_seeds() -> None:
    lines = seed_lines()
    lines += ["Latest Articles", "Ähnliche Beiträge", "More from the Herald news", "Top Stories:"]
    forwards = [related.STORIES_HEADING.fullmatch(line) is None for line in lines]
    assert [related.STORIES_HEADING_FROM_END.fullmatch(line) is None for line in lines] == forwards


def _furniture_by_the_finders(text: str) -> bool:
    """:func:`titles.is_furniture` as it was: each finder run on a document of the text."""
    alone = newsclean.document.Document.from_text(text)
    finders = (
        social.share_line, prompts.newsletter_prompt, prompts.paywall_prompt,
        widgets.comment_prompt, widgets.bookmark_prompt, boilerplate.advertisement_marker,
        boilerplate.legal_footer, widgets.reading_time, boilerplate.media_placeholder,
    )  # fmt: skip
    return any(next(iter(find(alone)), None) is not None for find in finders)


def _note_by_the_finder(text: str) -> bool:
    alone = newsclean.document.Document.from_text(text)
    return next(iter(notes.editorial_note(alone)), None) is not None


FURNITURE_LINES = [
    "Share on Facebook", "Sign up for our newsletter", "Subscriber only", "Kommentare (0)",
    "Artikel merken", "Anzeige", "IT-Spezialist (m/w/d) Speidel GmbH", "© 2025 Börsen-Zeitung",
    "3 min read", "Published Jun 05, 2026 • 3 minute read", "1 / 3", "Teaser-Bild",
    "Opinions expressed are solely those of the author.", "  Share \t on X ",
    "Newsletter\nDer Morgen",
    "Follow us on Instagram", "", " ", "Lee Set for Talks", "He left.\nImpressum",
]  # fmt: skip


def test_furniture_and_notes_asked_of_one_line_as_the_finders_find_them() -> None:
    lines = seed_lines() + FURNITURE_LINES
    assert [titles.is_furniture(line) for line in lines] == [
        _furniture_by_the_finders(line) for line in lines
    ]
    assert [titles.is_editorial_note(line) for line in lines] == [
        _note_by_the_finder(line) for line in lines
    ]


@given(st.lists(st.sampled_from([*FURNITURE_LINES, "\n", "\xa0", "x" * 90, "(AP)"]), max_size=4))
def test_furniture_of_any_text_as_the_finders_find_it(pieces: list[str]) -> None:
    text = " ".join(pieces)
    assert titles.is_furniture(text) == _furniture_by_the_finders(text)
    assert titles.is_editorial_note(text) == _note_by_the_finder(text)


@given(st.text(alphabet="aZßİΣς \t\n\xa0\u2009\u3000\x1cﬁ", max_size=30))
def test_fold_is_casefold_with_white_space_collapsed(text: str) -> None:
    assert newsclean.document.fold(text) == " ".join(text.casefold().split())


def test_document_texts_asked_twice_are_the_blocks_texts() -> None:
    doc = newsclean.document.Document.from_text("one\n\ntwo")
    assert doc.texts is doc.texts
    assert doc.texts == tuple(block.text for block in doc.blocks)
    later = replace(doc, blocks=doc.blocks[1:])
    assert later.texts == ("two",)
    assert later == replace(doc, blocks=doc.blocks[1:])
    assert pickle.loads(pickle.dumps(doc)) == doc


@given(st.text(max_size=20) | st.text(alphabet="ab 1²①٣", max_size=20))
def test_digits_found_as_str_isdigit_finds_them(text: str) -> None:
    assert newsclean.dates.has_digit(text) == any(char.isdigit() for char in text)


#: Line breaks of every kind, the white space tidy() collapses, and printable text.
LINES = st.text(
    alphabet="ab \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\u2028\u2029\xa0\xad\u3000", max_size=30
)


@given(LINES)
def test_lines_split_as_the_line_break_pattern_splits_them(text: str) -> None:
    assert newsclean.document.lines_of(text) == newsclean.document.LINE_BREAK.split(text)


@given(LINES)
def test_blocks_are_the_tidied_lines(text: str) -> None:
    lines = newsclean.document.LINE_BREAK.split(text)
    tidied = [newsclean.document.tidy(line) for line in lines]
    blocks = newsclean.document.Document.from_text(text, first_line=3).blocks
    assert [(block.line, block.text) for block in blocks] == [
        (number, line) for number, line in enumerate(tidied, start=3) if line
    ]


@given(LINES | st.text(max_size=20))
def test_even_spacing_told_as_the_pattern_tells_it(text: str) -> None:
    uneven = newsclean.document._UNEVEN_SPACE.search(text) is not None
    assert newsclean.document.evenly_spaced(text) == (not uneven)


def test_no_white_space_but_the_plain_space_is_printable() -> None:
    every = map(chr, range(0x110000))
    assert [char for char in every if char.isspace() and char.isprintable()] == [" "]


#: Pieces of dates in several languages, glued or spaced every way.
DATE_PIECES = st.sampled_from(
    ["5", "05", "2025", "1999", "24", "June", "Juni", "juin", "Sept.", "Dezember", "März",
     "mayıs", ".", "/", "-", ",", " ", "  ", "\t", "\u3000", "de", "am", "PressApril", "x" * 14,
     "12:30", "p.m.", "年", "月", "日", "T", "Mon", "١٢", "²"]
)  # fmt: skip


@given(st.lists(DATE_PIECES, max_size=12).map("".join))
def test_dates_searched_from_their_earliest_start_as_from_the_first_character(text: str) -> None:
    start = newsclean.dates.date_search_start(text)
    everywhere = newsclean.dates.DATE_EXPRESSION.finditer(text, overlapped=True)
    assert all(match.start() >= start for match in everywhere)


def test_dates_of_the_seeds_searched_from_their_earliest_start() -> None:
    for line in SEED_TEXT.splitlines():
        start = newsclean.dates.date_search_start(line)
        everywhere = newsclean.dates.DATE_EXPRESSION.finditer(line, overlapped=True)
        assert all(match.start() >= start for match in everywhere), line


def _unheaded_points_read_to_the_end(texts: list[str]) -> list[int]:
    """notes._unheaded_points as it was: the first bullet searched in the whole text."""
    start = next((at for at, text in enumerate(texts) if shapes.BULLET.match(text)), None)
    if start is None:
        return []
    above = texts[:start]
    if (
        sum(shapes.is_prose(text) for text in above) > 1
        or sum(shapes.is_sentence(text) for text in above) > notes.MAX_SENTENCES_ABOVE_POINTS
        or (above and above[-1].endswith(":"))
    ):
        return []
    end = start
    while end < len(texts) and notes._is_bulleted_point(texts[end]):
        end += 1
    below = texts[end] if end < len(texts) else ""
    if notes.MIN_POINTS <= end - start <= notes.MAX_POINTS and (
        shapes.is_prose(below) or shapes.is_sentence(below)
    ):
        return list(range(start, end))
    return []


def _headed_points_read_to_the_end(texts: list[str]) -> list[int]:
    """notes._headed_points as it was: every line read, however much prose is above."""
    found: list[int] = []
    index = prose_above = 0
    while index < len(texts):
        if not notes.KEY_POINTS_HEADING.fullmatch(texts[index]):
            if shapes.is_prose(texts[index]):
                prose_above += 1
            index += 1
            continue
        if prose_above > notes.MAX_PROSE_ABOVE:
            break
        start = index + 1
        if start < len(texts) and notes._is_summary_note(texts[start]):
            start += 1
        end = start
        while (
            end < len(texts)
            and notes._is_point(texts[end], bulleted=True)
            and not notes._is_summary_note(texts[end])
        ):
            end += 1
        if not notes.MIN_POINTS <= end - start <= notes.MAX_POINTS:
            index += 1
            continue
        if end < len(texts) and notes._is_summary_note(texts[end]):
            end += 1
        found.extend(range(index, end))
        index = end
    return found


#: Lines of the top of an article: headings of key points, points, prose, a lead-in.
TOP_LINES = st.sampled_from(
    ["Key points", "In Kürze:", "- Rates rose.", "• Prices fell sharply.", "Rates rose.",
     "The council met on Monday and voted to close the old bridge for repairs in early May.",
     "Das Wichtigste:", "Storm hits coast", "(Summary generated by AI)", "Text. " * 20]
)  # fmt: skip


@given(st.lists(TOP_LINES, max_size=14))
def test_key_points_read_only_as_far_as_they_can_be(texts: list[str]) -> None:
    assert list(notes._unheaded_points(texts)) == _unheaded_points_read_to_the_end(texts)
    assert list(notes._headed_points(texts)) == _headed_points_read_to_the_end(texts)


def _reading_time_start_trying_every_pattern(text: str) -> int | None:
    """widgets.reading_time_start as it was, without the digit check."""
    if shapes.size(text) > widgets.SHORT_LINE:
        return None
    if (
        widgets.READING_TIME.fullmatch(text)
        or widgets.AUDIO_PLAYER.fullmatch(text)
        or widgets.PLAYER_CONTROLS.fullmatch(text)
    ):
        return 0
    tail = widgets.READING_TIME_TAIL.search(text)
    return tail.start() if tail is not None and tail.start() > 0 else None


READING_WORDS = st.sampled_from(
    ["3", "12", "٣", "\U00010d43", "min", "minute", "read", "Lesezeit", ":", "•", "|", "-",
     "0:00", "1:24", "1x", "1.25x", "2x", "Listen", "Published Jun 05, 2026", "ca.", "x", "\n"]
)  # fmt: skip


@given(st.lists(READING_WORDS, max_size=8).map(" ".join))
def test_reading_times_found_as_every_pattern_finds_them(text: str) -> None:
    assert widgets.reading_time_start(text) == _reading_time_start_trying_every_pattern(text)


def _share_line_counted_word_by_word(text: str) -> bool:
    """social.is_share_line as it was: its counts taken by generators."""
    if shapes.size(text) > social.MAX_SIZE:
        return False
    tokens = shapes.words(text)
    if not tokens or len(tokens) > social.MAX_WORDS:
        return False
    share = sum(token in social.SHARE_WORDS for token in tokens)
    other = sum(token not in social.SHARE_WORDS and token not in social.LINKING for token in tokens)
    if share == 0:
        return False
    if other == 0:
        return any(token in social.NETWORKS or token in social.VERBS for token in tokens)
    return (
        other == 1 and share >= 2 and tokens[-1] not in social.LINKING and tokens[0] in social.VERBS
    )


SHARE_BAR_WORDS = st.sampled_from(
    ["Share", "teilen", "Facebook", "X", "Mail", "über", "on", "this", "Story", "Canada.com",
     "prices", "fell", "Follow", "the", "money", "copy", "link", "WhatsApp", ":", "|"]
)  # fmt: skip


@given(st.lists(SHARE_BAR_WORDS, max_size=18).map(" ".join))
def test_share_bars_counted_as_word_by_word(text: str) -> None:
    assert social.is_share_line(text) == _share_line_counted_word_by_word(text)


def test_tail_mark_words_letters_lowercase_to_themselves() -> None:
    every = "".join(map(chr, range(0x110000)))
    for letter in set("forcopyr"):
        partners = regex.findall(regex.escape(letter), every, regex.IGNORECASE)
        assert {char.lower() for char in partners} == {letter}


@given(
    st.lists(
        st.sampled_from(
            [
                "AP",
                "A",
                "P",
                "APA",
                "EPA-EFE",
                "EPA",
                "picture",
                "-alliance",
                "Getty",
                "GETTY",
                "iStock",
                "photo",
                "ČTK",
                "x",
                " ",
            ]
        ),
        max_size=8,
    ).map("".join)
)
def test_agency_words_found_as_the_plain_alternation_finds_them(text: str) -> None:
    plain = "|".join(
        sorted(
            {re.escape(name.split()[0]) for name in captions.AGENCY_NAMES}, key=len, reverse=True
        )
    )
    assert (captions.AGENCY_WORD.search(text) is None) == (re.search(plain, text) is None)


def test_figure_marks_letters_have_no_case_partner_outside_ascii() -> None:
    every = "".join(map(chr, range(0x110000)))
    for letter in set("".join(captions.FIGURE_MARKS)):
        partners = regex.findall(regex.escape(letter), every, regex.IGNORECASE)
        assert {char.lower() for char in partners} == {letter}


#: Words of charts' alt texts, embedded posts and pictures' named sources.
MARKED_WORDS = st.sampled_from(
    ["A", "an", "line", "Bar", "CHART", "graph", "plot", "map", "Infographic", "ILLUSTRATION",
     "diagram", "showing", "of", "pic.twitter.com/abc", "https://t.co/x1", "http://t.co/y",
     "(Christie's)", "sold.", "(AP)", "\n", ")", "x" * 20]
)  # fmt: skip


@given(st.lists(MARKED_WORDS, max_size=20).map(" ".join))
def test_marks_rule_out_only_lines_the_patterns_rule_out(text: str) -> None:
    assert captions._is_figure_alt(text) == (captions.FIGURE_ALT.search(text) is not None)
    marked = any(mark in text for mark in social.POST_LINK_MARKS)
    assert marked or social.POST_LINK.search(text) is None
    assert text.endswith((")", ")\n")) or captions.NAMED_SOURCE.search(text) is None


#: Lines of an article's head: kickers, headlines, bylines, dates, furniture, a dek,
#: running text, a caption with its credit, a note, names and menu links.
HEAD_LINES = st.sampled_from(
    ["Politik", "Lee Set for Talks in Seoul", "LEE SET FOR TALKS IN SEOUL", "By Jane Doe",
     "Jane Doe", "Von Anna Sleegers, Frankfurt", "05.06.2025 um 14:46", "Updated 2 hours ago",
     "Share on Facebook", "Anzeige", "3 min read", "Sign up for our newsletter",
     "Lee goes to Washington with his whole team, aides said on Monday.",
     ("The talks went on for hours. " * 6).strip(), "He said so.", "Home | World | Asia",
     ("Opinions expressed are solely those of the author. " * 3).strip(),
     "Opinions expressed are solely those of the author.", "Rain in Paris. Photo: Jo Doe",
     "Rain in Paris.", "3304 views 13 mins 0 comments", "Umbau des Weissen Hauses –",
     "World Lee Set for Talks in Seoul", "News", "Storm hits coast", "Talks", "", "x" * 300,
     "Anne-Marie Slaughter"]
)  # fmt: skip


def _above_furniture_as_it_was(texts: list[str], index: int) -> bool:
    """Whether the nearest block above ``index`` that is no furniture is running text."""
    above = next((text for text in reversed(texts[:index]) if not titles.is_furniture(text)), "")
    return (
        titles.ends_any_sentence(above)
        and len(above.split()) >= titles.SENTENCE_WORDS
        and not titles.is_editorial_note(above)
    )


@given(st.lists(HEAD_LINES, max_size=12))
def test_running_text_above_found_as_past_the_furniture(texts: list[str]) -> None:
    for index in range(len(texts) + 1):
        plain = _above_furniture_as_it_was(texts, index)
        assert titles._under_running_text(texts, index) == plain


def _short_headline_as_it_was(texts: list[str], index: int) -> bool:
    """titles._short_headline as it was: whether the block reads as a name asked first."""
    if not titles.is_headline_like(texts[index]) or titles._reads_as_name(texts[index]):
        return False
    for below in texts[index + 1 : index + 1 + titles.SHORT_HEADLINE_REACH]:
        if names.is_byline(below):
            return True
        if titles.is_headline_like(below) and not titles.is_metadata_line(below):
            return False
    return False


@given(st.lists(HEAD_LINES, min_size=1, max_size=4))
@example(["Anne-Marie Slaughter", "By Jane Doe"])  # a name over its byline: no headline
def test_short_headlines_told_as_with_the_name_asked_first(texts: list[str]) -> None:
    assert titles._short_headline(texts, 0) == _short_headline_as_it_was(texts, 0)


def _choose_as_it_was(
    texts: list[str], folded: dict[str, list[int]], metadata: list[bool], *, labels: bool
) -> int | None:
    """titles._choose as it was, before its checks were put cheap first."""
    t = titles
    best: tuple[int, int] | None = None
    first: tuple[int, int] | None = None
    body_seen = rivals = 0
    last_rival = (-2, "")
    claimed = -1
    top = 0
    for index, text in enumerate(texts):
        label = texts[top] if top == index - 1 else ""
        if label and (
            (len(label) <= t.KICKER_CHARS and label != text and len(label.split()) <= 3)
            or t.is_furniture(label)
        ):
            top = index
        if t._is_body(texts, index):
            body_seen += 1
            if body_seen >= t.MAX_BODY_SEEN:
                break
            continue
        if not labels and t.is_label(text) and not _short_headline_as_it_was(texts, index):
            if t.is_headline_like(text) and (index == 0 or not t._reads_as_name(text)):
                under = range(index + 1, min(len(texts), index + 1 + t.EVIDENCE_AFTER))
                claimed = max([claimed, *(i for i in under if metadata[i])])
            continue
        twins = folded[newsclean.document.fold(text)]
        shown_twice = index == 0 or any(abs(twin - index) > 1 for twin in twins)
        opening = index == 0 and t._short_opening(text)
        if metadata[index] or not (t.is_headline_like(text) or opening) or t.is_furniture(text):
            continue
        if t._COUNTS.fullmatch(text) or t._LEAD_IN.search(text):
            continue
        if not shown_twice and t._reads_as_name(text):
            continue
        if t._in_menu(texts, index, metadata):
            continue
        if index + 1 < len(texts) and t._ends_with(text, texts[index + 1]):
            continue
        if _above_furniture_as_it_was(texts, index):
            continue
        near = metadata[max(0, index - t.EVIDENCE_BEFORE) : index + 1 + t.EVIDENCE_AFTER]
        if index > top and not any(near) and len(twins) < 2:
            continue
        raw = t._score(texts, index, metadata, folded, claimed)
        key = t._letters(text)
        same = last_rival == (index - 1, key)
        signed = index + 1 < len(texts) and metadata[index + 1]
        score = raw - 3 * body_seen - (0 if signed else min(rivals - same, t.MAX_RIVALS))
        if index == 0:
            first = (score, index)
        if best is None or score > best[0]:
            best = (score, index)
        if raw >= t.RIVAL_SCORE and not opening:
            rivals += 1
            last_rival = (index, key)
        after = [i for i in range(index + 1, index + 1 + t.EVIDENCE_AFTER) if i < len(texts)]
        claimed = max([claimed, *(i for i in after if metadata[i])])
    if best is not None and best[0] >= t.MIN_SCORE:
        return best[1]
    if (
        labels
        and first is not None
        and not t.is_page_label(texts[0])
        and (first[0] >= 0 or t._short_opening(texts[0]))
    ):
        return 0
    return None


#: Heads drawn from a few kinds of line each, so that some have no byline or date at all.
HEADS = st.lists(HEAD_LINES, min_size=1, max_size=6).flatmap(
    lambda kinds: st.lists(st.sampled_from(kinds), min_size=2, max_size=30)
)


@given(HEADS)
@example(  # a headline-like block below the top with nothing near it
    ["Lee Set for Talks in Seoul", "Lee Set for Talks in Seoul", "World Lee Set for Talks in Seoul",
     "Lee goes to Washington with his whole team, aides said on Monday."]
)  # fmt: skip
@example(  # a short label repeated right under it is no label of the top
    ["He said so."] * 3 + ["Anzeige", "Storm hits coast", *["x" * 300] * 3,
     "LEE SET FOR TALKS IN SEOUL", "LEE SET FOR TALKS IN SEOUL", "x" * 300]
)  # fmt: skip
@example(  # furniture at the top ("3 min read", "Anzeige") keeps the block under it at the top
    ["Politik", "3 min read", "Anzeige", "Anzeige", "Politik", "Lee Set for Talks in Seoul",
     "Lee goes to Washington with his whole team, aides said on Monday.", "Politik", "x" * 300,
     "Anzeige", "Politik"]
)  # fmt: skip
@example(  # a label over a date claims it: the date speaks for no block below
    ["05.06.2025 um 14:46", "Jane Doe", "05.06.2025 um 14:46", "Home | World | Asia",
     "Home | World | Asia", "Anzeige", "05.06.2025 um 14:46", "Jane Doe"]
)  # fmt: skip
@example(  # a writer's name over the byline claims it, not the headline under them
    ["3 min read", "Anne-Marie Slaughter", "By Jane Doe", "3304 views 13 mins 0 comments",
     "World Lee Set for Talks in Seoul"]
)  # fmt: skip
def test_headline_chosen_as_with_every_check_in_its_first_order(texts: list[str]) -> None:
    texts = [text for text in texts if text]  # blocks are never empty
    folded: dict[str, list[int]] = {}
    for index, text in enumerate(texts):
        folded.setdefault(newsclean.document.fold(text), []).append(index)
    metadata = [titles.is_metadata_line(text) or titles.is_relative_time(text) for text in texts]
    for labels in (False, True):
        plain = _choose_as_it_was(texts, folded, metadata, labels=labels)
        assert titles._choose(texts, folded, metadata, labels=labels) == plain


def _names_lines_as_it_was(doc: Document, blocks: tuple[Block, ...]) -> dict[int, object]:
    """rules.namelines._names_lines as it was: the names read before the words after them
    were counted."""
    found: dict[int, object] = {}
    for index, block in head_blocks(doc):
        text = block.text
        if len(text) > 120 or read_byline(text) or read_date_label(text) is not None:
            continue
        if (
            credits.repeats_headline(doc, text)
            or names.PHOTO_CREDIT.search(text)
            or social.POST_SIGNATURE.fullmatch(text)
        ):
            continue
        if read_date_line(text) is not None and "," not in text:
            continue
        above = blocks[index - 1].text if index else ""
        if text.endswith(",") or text.startswith(":") or above.endswith(","):
            continue
        found_names, published = credits.credit_without_date(
            credits.LEADING.sub("", text, count=1), min_tokens=2
        )
        if found_names:
            found_names = tuple(name for name in found_names if not names.is_outlet(name))
        undated = text[: when.start] if (when := find_date(text)) else text
        rest = namelines._SEGMENT.split(undated, maxsplit=1)[-1]
        if found_names and len(rest.split()) <= namelines.MAX_REST_WORDS:
            found[index] = (found_names, published)
    return found


#: Lines of a head with names in them: alone, with a role, a date, an outlet, in a sentence.
NAME_LINES = st.sampled_from(
    ["Jane Doe", "Marta Cañete", "Stefan Trunzik, 26.04.2024 10:00 Uhr", "Jane Doe | Staff Writer",
     "Amy Gibbons Political Correspondent", "Jane Roe/John Doe", "By Jane Doe", "Reuters",
     "Jane Doe, The Times", "Jane Doe and John Roe said on Monday that the talks would go on",
     "Jane Doe - a b c d e f g", "Jane Doe - a b c d e f", "Jane Doe, Anna Berger,", ": Jane Doe",
     "Lee Set for Talks in Seoul", "02/12/2024", "Photo: Jane Doe", "Jane Doe 5 June 2025 a b c",
     "The talks went on for hours. " * 6, "Jane Doe | Staff Writer | jane@example.com | x y z w",
     "Jane Doe • The Times", "Jane Doe · Getty Images", "Jane Doe · Staff Writer"]
)  # fmt: skip


@given(st.lists(NAME_LINES, min_size=1, max_size=12))
def test_name_lines_read_as_with_the_names_read_first(texts: list[str]) -> None:
    doc = Document.from_text("\n".join(texts))
    blocks = head_of(doc).blocks
    assert namelines._names_lines(doc, blocks) == _names_lines_as_it_was(doc, blocks)


def _parse_date_by_dateutil(text: str, today: date | None = None) -> object:
    """dates.parse_date as it was: every date read by dateutil, once for each default."""
    if len(text) > 80 or not dates._YEAR.search(text):
        return None
    cleaned = dates._MERIDIEM.sub(lambda m: m.group(1).upper() + "M", text)
    first, second = (dates._parse_with(cleaned, default) for default in dates._DEFAULTS)
    if first is None or second is None:
        return None
    if (first.year, first.month, first.day) != (second.year, second.month, second.day):
        return None
    if not dates.EARLIEST <= first.date() <= (today or date.today()) + dates.FUTURE_MARGIN:
        return None
    if (first.hour, first.minute) != (second.hour, second.minute):
        return first.date()
    offset = first.utcoffset()
    return first if offset is None else first.replace(tzinfo=timezone(offset))


def test_iso_days_read_as_dateutil_reads_them() -> None:
    today = date(2025, 6, 5)
    day = date(1899, 12, 25)
    while day <= today + timedelta(days=400):  # every day, and a few past each end
        plain = _parse_date_by_dateutil(day.isoformat(), today)
        assert dates.parse_date(day.isoformat(), today=today) == plain
        day += timedelta(days=1)


#: Near misses of an ISO day: impossible months and days, other digits, other shapes.
NEAR_ISO = st.builds(
    "{}-{}-{}{}".format,
    st.sampled_from(["2025", "2024", "1900", "1899", "2100", "0025", "٢٠٢٥", "20２5"]),
    st.sampled_from(["00", "01", "02", "06", "12", "13", "19", "6", "٠٦", "1"]),
    st.sampled_from(["00", "01", "05", "28", "29", "30", "31", "32", "39", "5", "٠٥"]),
    st.sampled_from(["", "T10:31", " 10:31", "T10:31:00Z", "T10:31+02:00", "x", " ", "\n", "0"]),
)


@given(NEAR_ISO)
def test_near_misses_of_iso_days_read_as_dateutil_reads_them(text: str) -> None:
    today = date(2025, 6, 5)
    assert dates.parse_date(text, today=today) == _parse_date_by_dateutil(text, today)


def _names_a_role_word_by_word(text: str) -> bool:
    """names.names_a_role as it was, without the look for a role noun in the whole line."""
    words = names._GLUED.sub(" ", text).replace("-", " ").lower().split()
    return any(word.strip(".,:()") in names.ROLE_NOUNS for word in words)


#: Pieces of credit lines: role nouns in any case, glued or hyphenated, and letters whose
#: lower case is more than one character or depends on the letters around them.
ROLE_PIECES = st.sampled_from(
    ["Writer", "WRITER", "writers", "Lifestyle", "Mackenzie", "Reporterin", "RÉDACTEUR",
     "rédactrice", "Korrespondent", "EDİTOR", "İ", "Σ", "ς", "-", " ", ".", "(", ")", ":", ",",
     "Jane", "Doe", "Staff", "Director", "Directors", "co-editor", "x"]
)  # fmt: skip


@given(st.lists(ROLE_PIECES, max_size=10).map("".join))
def test_role_nouns_found_as_word_by_word(text: str) -> None:
    assert names.names_a_role(text) == _names_a_role_word_by_word(text)


def test_role_nouns_are_letters_that_lower_case_one_by_one() -> None:
    letters = set("".join(names.ROLE_NOUNS))
    assert letters <= set("abcdefghijklmnopqrstuvwxyzé")  # no σ or ς, no combining dot


def test_role_nouns_of_the_seeds_found_as_word_by_word() -> None:
    lines = seed_lines()
    lines += ["Amy Gibbons Political Correspondent", "Emma MackenzieLifestyle Writer"]
    assert [names.names_a_role(line) for line in lines] == [
        _names_a_role_word_by_word(line) for line in lines
    ]


@given(st.lists(NAME_LINES, min_size=1, max_size=12))
def test_credit_lines_found_only_where_a_bar_or_dot_is(texts: list[str]) -> None:
    doc = Document.from_text("\n".join(texts))
    assert list(bylines.credit_line(doc)) == list(_credit_line_as_it_was(doc))


def _credit_line_as_it_was(doc: Document) -> Iterator[Finding]:
    """rules.bylines.credit_line as it was: the whole pattern tried on every head line."""
    for index in head_indices(doc):
        match = bylines.CREDIT_LINE.fullmatch(doc.blocks[index].text)
        if match is None or not names.is_name(match.group("name").strip(), min_tokens=2):
            continue
        if names.PHOTO_CREDIT.search(match.group("rest")):
            continue
        authors = names.read_credit(doc.blocks[index].text)
        if authors:
            yield Finding(index, "credit line", authors=authors)


def _is_name_of_every_word(text: str, min_tokens: int = 1) -> bool:
    """names.is_name as it was: every word of the text split off first."""
    n = names
    tokens = text.split()
    if not min_tokens <= len(tokens) <= 5:
        return False
    if tokens[0].lower() in n.PARTICLES and len(tokens) == 1:
        return False
    if tokens[0].lower() in n.PLACE_LEADS and len(tokens) > 1:
        return False
    if all(token.lower().strip(".") in n.ROLE_WORDS for token in tokens):
        return False
    if n.AGENCIES.fullmatch(text):
        return False
    if any(token.lower().strip(".,:") in n.INTERFACE_WORDS for token in tokens):
        return False
    if any(n._ACRONYM_COMPOUND.match(token) for token in tokens):
        return False
    if len({token.casefold() for token in tokens}) < len(tokens):
        return False
    for position, token in enumerate(tokens):
        if token.lower() in n.PARTICLES and 0 < position < len(tokens) - 1:
            continue
        if not n._NAME_TOKEN.fullmatch(token):
            return False
    return True


#: Words of names and sentences, and white space of every kind between them.
NAME_WORDS = st.sampled_from(
    ["Jane", "Doe", "van", "Beethoven", "New", "York", "Staff", "Writer", "the", "time", "AP",
     "Reuters", "EU-Aussenbeauftragte", "Trade", " ", "  ", "\t", "\u3000", "\x1c", "\x85",
     "\u2028", "\xa0"]
)  # fmt: skip


@given(st.lists(NAME_WORDS, max_size=16).map("".join), st.integers(1, 3))
def test_names_read_from_at_most_six_words(text: str, min_tokens: int) -> None:
    assert names.is_name(text, min_tokens=min_tokens) == _is_name_of_every_word(text, min_tokens)


#: Words of calls to sign in before reading on ("Log in to continue reading").
CONTINUE_WORDS = st.sampled_from(
    ["Log in", "sign up", "Subscribe", "to continue reading", "um weiterzulesen", "in", "to",
     "Bitte", "melden", "Sie", "sich", "an,", "an", "pour", "lire", "la", "suite", "abonnez-vous",
     "create", "a", "free", "account", ".", "!", "x" * 30, "ẞ", "İ", "\n", ""]
)  # fmt: skip


@given(st.lists(CONTINUE_WORDS, max_size=14).map(" ".join))
def test_continue_prompt_matched_backwards_agrees(text: str) -> None:
    forwards = prompts.CONTINUE_PROMPT.fullmatch(text) is not None
    assert (prompts.CONTINUE_PROMPT_FROM_END.fullmatch(text) is not None) == forwards


def test_continue_prompt_matched_backwards_agrees_on_the_seeds() -> None:
    lines = seed_lines()
    lines += ["Log in to continue reading.", "Bitte melden Sie sich an, um weiterzulesen", "an"]
    forwards = [prompts.CONTINUE_PROMPT.fullmatch(line) is None for line in lines]
    assert [prompts.CONTINUE_PROMPT_FROM_END.fullmatch(line) is None for line in lines] == forwards
    assert forwards.count(False) == 2


#: The whole-line phrase patterns that look at a line's opening first.
GATED_LINES = [
    found
    for module in (boilerplate, notes, prompts, related, social, widgets)
    for found in vars(module).values()
    if isinstance(found, phrases.WholeLine)
]
#: Characters whose case folding is unusual, and what may stand around a phrase.
ODD_PIECES = ["ẞ", "ß", "ss", "ﬅ", "st", "İ", "ı", "i̇", "K", "ſ", "ǅ", "ﬁ", "-", "“", "» ",
              "1", "(12)", ":", " ", "\n", "x", "_", "„", "(", "–", "#", "\u200c", "¿"]  # fmt: skip


@given(st.data())
def test_whole_lines_ruled_out_by_their_opening_only_where_the_pattern_fails(
    data: st.DataObject,
) -> None:
    line = data.draw(st.sampled_from(GATED_LINES))
    phrase = data.draw(st.sampled_from(line.phrases))
    casings: list[Callable[[str], str]] = [str, str.upper, str.title, str.swapcase]
    case = data.draw(st.sampled_from(casings))
    pieces = [case(phrase), phrase[:1], phrase[1:], phrase[:2], phrase[2:], *ODD_PIECES]
    text = data.draw(st.lists(st.sampled_from(pieces), min_size=1, max_size=5).map("".join))
    assert (line.fullmatch(text) is None) == (line.pattern.fullmatch(text) is None)


def test_whole_lines_ruled_out_by_their_opening_only_where_the_pattern_fails_on_the_seeds() -> None:
    lines = seed_lines()
    for gated in GATED_LINES:
        probes = [*lines, *gated.phrases, *(phrase.upper() + ":" for phrase in gated.phrases)]
        probes += [phrase.upper().replace("I", "İ") for phrase in gated.phrases]  # İ matches i
        plain = [gated.pattern.fullmatch(text) is None for text in probes]
        assert [gated.fullmatch(text) is None for text in probes] == plain
        assert plain.count(False) > len(gated.phrases)


def test_openings_letters_fold_as_the_regex_module_folds_them() -> None:
    every = "".join(map(chr, range(0x110000)))
    letters = {char for gated in GATED_LINES for opening in gated.openings for char in opening}
    for letter in letters:
        partners = regex.findall(regex.escape(letter), every, regex.IGNORECASE | regex.VERSION1)
        for partner in partners:  # "İ" matches "i", and folds to "i" and a dot above
            assert partner.casefold() == letter or "\u0307" in partner.casefold()


def _phrases_found_word_by_word(phrase_set: phrases.PhraseSet, text: str) -> list[str]:
    """:meth:`PhraseSet.findall` as it reads: at each word, the longest phrase starting there."""
    tokens = shapes.words(text)
    found = []
    for index in range(len(tokens)):
        candidates: list[tuple[str, ...]] = [
            phrase for phrase in phrase_set.phrases if tokens[index : index + len(phrase)] == phrase
        ]
        if candidates:
            longest: tuple[str, ...] = max(candidates, key=len)
            found.append(" ".join(longest))
    return found


#: Every phrase set of the rules.
PHRASE_SETS = [
    found
    for module in (boilerplate, captions, notes, prompts, related, social, widgets)
    for found in vars(module).values()
    if isinstance(found, phrases.PhraseSet)
]


@given(st.data())
def test_phrase_sets_find_what_a_word_by_word_reading_finds(data: st.DataObject) -> None:
    phrase_set = data.draw(st.sampled_from(PHRASE_SETS))
    pieces = [" ".join(phrase) for phrase in phrase_set.phrases] + ["the", "x", ".", "会員"]
    text = data.draw(st.lists(st.sampled_from(pieces), max_size=6).map(" ".join))
    assert phrase_set.findall(text) == _phrases_found_word_by_word(phrase_set, text)
    assert phrase_set.search(text) == bool(_phrases_found_word_by_word(phrase_set, text))
    with remembered():
        assert phrase_set.search(text) == bool(_phrases_found_word_by_word(phrase_set, text))
        assert phrase_set.findall(text) == _phrases_found_word_by_word(phrase_set, text)


def test_phrase_sets_find_what_a_word_by_word_reading_finds_on_the_seeds() -> None:
    lines = seed_lines()
    for phrase_set in PHRASE_SETS:
        probes = [*lines, *(" ".join(phrase).upper() + "!" for phrase in phrase_set.phrases)]
        plain = [_phrases_found_word_by_word(phrase_set, text) for text in probes]
        assert [phrase_set.findall(text) for text in probes] == plain
        assert [phrase_set.search(text) for text in probes] == [bool(found) for found in plain]


#: Pieces of captions with every kind of credit glued to their end, and of prose.
TAIL_PIECES = st.sampled_from(
    ["Rain in Genf.", "The mayor", "said", "Foto:", "Photo :", "(Bild: Jane Doe)", "©", "© dpa",
     "Copyright", "COPYRİGHT", "copyright 2024", "All rights reserved.", "Jane Doe", "for",
     "for The", "New York Times", "AP", "AP Photo/Eric Gay", ", file", "(AP)", "ČTK", "AFP",
     "via", "Getty Images", "Celis/AFP", "|", "–", "-", ".", ":", "/", "(", ")", "\n", "x" * 60,
     "Reuters/Jane Doe", "Pool", "The", "Rain. Copyright Jane Doe", "Rain. Jane Doe for The Times"]
)  # fmt: skip


@given(st.lists(TAIL_PIECES, max_size=12).map(" ".join), st.integers(0, 60))
def test_credit_tails_found_in_parts_as_the_whole_pattern_finds_them(text: str, cut: int) -> None:
    start = max(0, len(text) - captions.TAIL_WINDOW + cut)
    plain = captions.CREDIT_TAIL_FROM_END.search(text, pos=start) is not None
    assert captions._ends_in_credit(text, start) == plain


def test_credit_tails_found_in_parts_as_the_whole_pattern_finds_them_on_the_seeds() -> None:
    lines = seed_lines()
    lines += [
        "Rain in Genf. Foto: dpa",
        "Rain in Genf (Foto: Jane Doe)",
        "Rain in Genf. © Jane Doe",
        "Rain in Genf. Copyright Jane Doe. All rights reserved.",
        "Rain in Genf. Jane Doe for The New York Times",
        "Rain in Genf. AP Photo/Eric Gay, file",
        "Rain in Genf (Jane Doe/AFP via Getty Images)",
        "Rain in the country AP Photo/Eric Gay",
        "Rain in Genf. Foto: dpa\n",
    ]
    plain = [captions.CREDIT_TAIL_FROM_END.search(line) is not None for line in lines]
    assert [captions._ends_in_credit(line, 0) for line in lines] == plain
    assert plain[-9:] == [True] * 9


@given(st.lists(TAIL_PIECES, max_size=12).map(" ".join), st.integers(0, 60), st.booleans())
def test_longest_credit_tail_from_the_end_is_the_first_found_forwards(
    text: str, cut: int, line_break: bool
) -> None:
    text += "\n" if line_break else ""
    start = max(0, len(text) - captions.TAIL_WINDOW + cut)
    forwards = captions.CREDIT_TAIL.search(text, pos=start)
    found = captions._credit_tail(text, start)
    assert (found is None) == (forwards is None)
    assert found is None or forwards is None or found.span() == forwards.span()


def test_longest_credit_tail_from_the_end_is_the_first_found_forwards_on_the_seeds() -> None:
    lines = seed_lines()
    lines += ["Rain in Genf. Foto: dpa (Foto: AP)", "Rain. Jane Doe for The Times | © dpa", "x © y"]
    for text in lines:
        for start in range(0, len(text), 7):
            forwards = captions.CREDIT_TAIL.search(text, pos=start)
            found = captions._credit_tail(text, start)
            assert (None if found is None else found.span()) == (
                None if forwards is None else forwards.span()
            )


def test_phrases_open_with_what_the_leading_marks_pattern_cannot_take() -> None:
    assert GATED_LINES
    for gated in GATED_LINES:
        for phrase in gated.phrases:
            assert regex.match(r"\w", phrase, regex.VERSION1)
    for mark in phrases._LEAD:
        assert regex.fullmatch(r"[\s\W]", mark, regex.IGNORECASE | regex.VERSION1)


#: Pieces of credit lines, and of headlines that only look like one.
CREDIT_PIECES = st.sampled_from(
    ["Foto", "Photo", "PHOTO BY", "By", "bY", "Jane", "Doe", ":", "©", "(", ")", ",", "Image",
     "source", "Media source, AP", "(Jane Doe)", "(Jane Doe / John Roe)", "AP", "Getty Images",
     "Celis/AFP", "via", "Reuters", "Pool", "Storm hits coast", "x", "İ", "\n", "/", "dpa",
     "Foto: Jane Doe", "© Jane Doe", "Video source, Jane Doe"]
)  # fmt: skip


@given(st.lists(CREDIT_PIECES, max_size=8).map(" ".join))
def test_credit_lines_ruled_out_by_their_marks_only_where_the_pattern_fails(text: str) -> None:
    assert captions._may_be_credit_line(text) or captions.CREDIT_LINE.fullmatch(text) is None
    plain = (
        shapes.size(text) <= captions.MAX_CREDIT_SIZE
        and len(shapes.words(text)) <= captions.MAX_CREDIT_WORDS
        and not (
            shapes.is_sentence(text) and not text.endswith(")") and len(shapes.words(text)) > 3
        )
        and captions.CREDIT_LINE.fullmatch(text) is not None
    )
    assert captions.is_credit(text) == plain


def test_credit_line_mark_letters_lowercase_to_themselves() -> None:
    every = "".join(map(chr, range(0x110000)))
    for letter in "by":
        partners = regex.findall(regex.escape(letter), every, regex.IGNORECASE)
        assert {char.lower() for char in partners} == {letter}


def test_credit_lines_ruled_out_by_their_marks_only_where_the_pattern_fails_on_the_seeds() -> None:
    lines = seed_lines()
    lines += ["Foto: Jane Doe", "© Jane Doe", "Photo by Jane Doe", "Image source, Jane Doe",
              "(Jane Doe / John Roe)", "Noel Celis/AFP via Getty Images", "AP"]  # fmt: skip
    plain = [captions.CREDIT_LINE.fullmatch(line) is not None for line in lines]
    marked = [captions._may_be_credit_line(line) for line in lines]
    assert all(mark for mark, found in zip(marked, plain, strict=True) if found)
    assert plain[-7:] == [True] * 7


def _breadcrumb_split_whatever_the_marks(text: str) -> bool:
    """:func:`menus.is_breadcrumb` as it was: the line split at its separators at once."""
    if shapes.size(text) > menus.MAX_CRUMB_LINE or shapes.is_sentence(text):
        return False
    parts = [part for part in menus.CRUMB_SEPARATOR.split(text) if part]
    if len(parts) < 2:
        return False
    strong = regex.search(r"[›»→]", text) is not None
    return (strong or len(parts) >= menus.MIN_CRUMBS) and all(
        shapes.is_menu_item(part) for part in parts
    )


#: Pieces of breadcrumbs and link bars.
CRUMB_PIECES = st.sampled_from(
    ["Home", "News", "›", "»", ">", "→", "|", "•", "·", "/", "x", " ", "\u2009", "World.", "\n",
     "Politik", " > ", " | "]
)  # fmt: skip


@given(st.lists(CRUMB_PIECES, max_size=10).map("".join))
def test_breadcrumbs_split_only_where_a_separator_is(text: str) -> None:
    assert menus.is_breadcrumb(text) == _breadcrumb_split_whatever_the_marks(text)


def test_breadcrumbs_split_only_where_a_separator_is_with_each_separator() -> None:
    lines = seed_lines()
    for mark in "›»>→|•·/":
        lines += [f"Home{mark}News", f"Home {mark} News {mark} World", f"Home {mark}News"]
    plain = [_breadcrumb_split_whatever_the_marks(line) for line in lines]
    assert [menus.is_breadcrumb(line) for line in lines] == plain
    assert plain.count(True) >= 8


def _newsletter_prompt_asking_every_phrase_set(text: str) -> bool:
    """:func:`prompts.is_newsletter_prompt` as it was: each phrase set asked on its own."""
    big = shapes.size(text)
    label = big <= prompts.SHORT_LINE and prompts.NEWSLETTER_LINE.fullmatch(text)
    invitation = big <= prompts.MAX_PROMPT_SIZE and prompts._NEWSLETTER.search(text)
    fine_print = big <= prompts.MAX_PROMPT_SIZE and prompts.NEWSLETTER_FINE_PRINT.search(text)
    frequency = big <= prompts.MAX_PROMPT_SIZE and prompts._HOW_OFTEN.search(text)
    return bool(
        label
        or fine_print
        or (invitation and prompts._SIGN_UP.search(text))
        or (frequency and prompts._SIGN_UP_FIRST.match(text))
    )


#: Pieces of newsletter prompts, and of sentences about newsletters.
NEWSLETTER_PIECES = st.sampled_from(
    ["Sign up", "for our", "newsletter", "Newsletter", "inbox", "unsubscribe at any time",
     "delivered daily", "Subscribe", "to the", "weekly round-up", "The", "mayor", ".", "!",
     "x" * 100, "\n", "jederzeit abbestellen", "Posteingang", "abonnieren"]
)  # fmt: skip


@given(st.lists(NEWSLETTER_PIECES, max_size=8).map(" ".join))
def test_newsletter_prompts_told_by_the_phrase_sets_words_at_once(text: str) -> None:
    assert prompts.is_newsletter_prompt(text) == _newsletter_prompt_asking_every_phrase_set(text)


def test_newsletter_prompts_told_by_the_phrase_sets_words_at_once_on_the_seeds() -> None:
    lines = seed_lines()
    lines += [
        "Sign up for our newsletter",
        "Unsubscribe at any time.",
        "Sign up: delivered daily",
        "Subscribe to the weekly round-up",
        "Newsletter",
        "Newsletters are a business.",
    ]
    plain = [_newsletter_prompt_asking_every_phrase_set(line) for line in lines]
    assert [prompts.is_newsletter_prompt(line) for line in lines] == plain
    assert plain[-6:] == [True] * 5 + [False]


def _caption_pair_read_in_full(first: str, second: str) -> bool:
    """:func:`captions._is_caption_pair` as it was: the size and the bar looked at first."""
    if len(first) > len(second):
        first, second = second, first
    if shapes.size(second) > captions.MAX_CAPTION_SIZE + captions.MAX_CREDIT_SIZE:
        return False
    if second.endswith(" | " + first):
        return True
    if not second.startswith(first):
        return False
    rest = second[len(first) :]
    return (
        rest == ""
        or captions.CREDIT_TAIL.fullmatch(second, len(first)) is not None
        or captions.is_credit(rest.strip(" |"))
    )


#: Pieces of pictures' alt texts and captions, repeated with and without a credit.
PAIR_PIECES = st.sampled_from(["Rain in Genf.", " | ", "|", " Foto: dpa", " Getty Images", "x",
                               "", " ", "Rain", "x" * 300, "Noel Celis/AFP"])  # fmt: skip


@given(
    st.lists(PAIR_PIECES, max_size=4).map("".join), st.lists(PAIR_PIECES, max_size=4).map("".join)
)
def test_caption_pairs_told_by_their_shared_text_first(first: str, second: str) -> None:
    for one, two in ((first, second), (first, first + second), (second + first, first)):
        assert captions._is_caption_pair(one, two) == _caption_pair_read_in_full(one, two)


def _page_header_by_index_of_line(doc: newsclean.document.Document) -> list[int]:
    """:func:`chrome._page_header` as it was: each header line looked up on its own."""
    head = newsclean.head.head_of(doc)
    if not head.headline:
        return []
    above = head.blocks[: head.headline]
    if any(shapes.is_prose(block.text) for block in above):
        return []
    found = (newsclean.head.index_of_line(doc, block.line) for block in above)
    return [index for index in found if index is not None]


def test_page_header_lines_found_as_index_of_line_finds_them() -> None:
    golden = sorted((SEEDS.parent / "tests" / "golden").glob("*.txt"))
    pages = [path.read_text("utf-8") for path in golden] + [SEED_TEXT]
    pages.append("Nachrichten\nPanorama\nBrücke gesperrt\nVon Jo Doe\n" + "Der Rat tagt. " * 9)
    headers = 0
    for page in pages:
        doc = newsclean.document.Document.from_text(page)
        doc = replace(doc, head=newsclean.head.locate(doc))
        for kept in (doc.blocks, doc.blocks[1:], doc.blocks[::2], doc.blocks[:1] + doc.blocks[2:]):
            cut = replace(doc, blocks=kept)
            assert list(chrome._page_header(cut)) == _page_header_by_index_of_line(cut)
            headers += len(_page_header_by_index_of_line(cut))
    assert headers >= 4


def _note_asking_every_pattern(text: str) -> bool:
    """:func:`notes.is_note` as it was: each phrase set and staff-credit pattern asked."""
    big = shapes.size(text)
    staff = (":" in text or ";" in text) and bool(
        notes.CREDIT_LABEL.search(text) or notes.STAFF_CREDIT.fullmatch(text)
    )
    return bool(
        (big <= notes.MAX_NOTE_SIZE and (notes.EDITORIAL_NOTE.search(text) or staff))
        or (big <= notes.MAX_DISCLAIMER_SIZE and notes.DISCLAIMER.search(text))
    )


#: Pieces of editorial notes, staff credits and disclaimers, and of sentences like them.
NOTE_PIECES = st.sampled_from(
    ["Mitarbeit:", "MITARBEIT :", "Schlussredaktion:", "ſchlusſredaktion:", "Redigatur:",
     "Permalink:", "; Editing by", "; EDITING BY", "Reporting by Jane Doe", "Redaktion:", "Jane",
     "Doe", ",", ";", ":", "machine translation", "are those of the author", "x" * 300,
     "The mayor", "originally appeared", "Die Mitarbeit", "\n", "İ"]
)  # fmt: skip


@given(st.lists(NOTE_PIECES, max_size=8).map(" ".join))
def test_notes_told_by_their_marks_first(text: str) -> None:
    assert notes.is_note(text) == _note_asking_every_pattern(text)


def test_notes_told_by_their_marks_first_on_the_seeds() -> None:
    lines = seed_lines()
    lines += [
        "Mitarbeit: Jane Doe",
        "Text: Jo Roe, Schlussredaktion: Jane Doe",
        "Redigatur: X",
        "Permalink: https://x.y",
        "Reporting by Jo Roe; Editing by Jane Doe",
        "Redaktion: Jane Doe",
        "Views are those of the author.",
        "Machine translation.",
    ]
    plain = [_note_asking_every_pattern(line) for line in lines]
    assert [notes.is_note(line) for line in lines] == plain
    assert plain[-8:] == [True] * 8


def test_staff_credit_label_letters_lowercase_to_themselves() -> None:
    every = "".join(map(chr, range(0x110000)))
    for letter in set("".join(notes._LABEL_PIECES)):
        partners = regex.findall(regex.escape(letter), every, regex.IGNORECASE)
        assert {char.lower() for char in partners} == {letter}


@given(
    st.lists(
        st.sampled_from([SENTENCE, "x " * 60 + "end.", "Share", "(dpa)", "SDA/sep", ""]),
        max_size=12,
    )
)
def test_last_running_text_found_from_the_end_as_the_largest_index(texts: list[str]) -> None:
    largest = max(
        (index for index, text in enumerate(texts) if titles.is_running_text(text)), default=None
    )
    assert closings.last_running_text(texts) == largest


@given(st.text(alphabet="aZé1_ .!?…\"“”»«'’)\t\n\u2009", max_size=40))
def test_sentences_split_by_their_stops_as_the_lookbehind_splits_them(text: str) -> None:
    assert duplicates.split_sentences(text) == duplicates.SENTENCE_BREAK.split(text)


def _dated_teasers_headline_first(doc: newsclean.document.Document) -> list[int]:
    """:func:`teasers.dated_teaser` as it was: the headline asked before the date under it."""
    page = doc.head.blocks if doc.head is not None else doc.blocks
    headline = doc.head.headline if doc.head is not None else None
    now = {block.line: index for index, block in enumerate(doc.blocks)}
    found, prose = [], 0
    for index, block in enumerate(page[:-1]):
        if prose >= 2 and index != headline and titles.is_headline_like(block.text):
            date = page[index + 1]
            if newsclean.dates.read_date_line(date.text) is not None:
                found += [now[part.line] for part in (block, date) if part.line in now]
        if block.line in now and shapes.is_prose(block.text):
            prose += 1
    return found


#: Lines of pages with teasers of other stories under the article.
TEASER_LINES = st.sampled_from(
    [PARAGRAPH, "Floods hit the coast", "11.05.2024", "25. 4. 2023 5:00", "He left.", "Menu",
     "Storm closes schools in the north", "Updated 2 hours ago", "x " * 60 + "end."]
)  # fmt: skip


@given(st.lists(TEASER_LINES, max_size=12), st.booleans())
def test_dated_teasers_found_date_first_as_headline_first(lines: list[str], head: bool) -> None:
    doc = newsclean.document.Document.from_text("\n".join(lines))
    if head:
        doc = replace(doc, head=newsclean.head.locate(doc), blocks=doc.blocks[1:])
    with remembered():
        found = [finding.index for finding in teasers.dated_teaser(doc)]
        assert found == _dated_teasers_headline_first(doc)


def _author_links_reading_every_paragraph(
    doc: newsclean.document.Document,
) -> list[tuple[int, tuple[str, ...]]]:
    """:func:`closings.author_link` as it was: the running text read whether needed or not."""
    links: list[tuple[int, str]] = []
    for index, block in enumerate(doc.blocks):
        text = block.text
        match = (
            closings.AUTHOR_LINK.fullmatch(text) if len(text) <= closings.MAX_LINK_CHARS else None
        )
        if match is None:
            continue
        name = match.group("name").strip()
        if names.is_name(name, min_tokens=2) and not names.is_outlet(name):
            links.append((index, name))
    folded = {name.casefold() for _, name in links}
    running = [block.text.casefold() for block in doc.blocks if titles.is_running_text(block.text)]
    credits = not doc.authors and len(folded) == 1
    credits = credits and not any(name in text for name in folded for text in running)
    return [
        (index, (name,) if credits and not position else ())
        for position, (index, name) in enumerate(links)
    ]


#: Lines of pages with links to their writers' other stories.
AUTHOR_LINK_LINES = st.sampled_from(
    ["More from Jane Doe", "Mehr von Jo Roe (jr)", "More from Politics", "More from AP",
     PARAGRAPH, "Jane Doe spoke at length about the bridge and its repairs, she said.", "Menu"]
)  # fmt: skip


@given(st.lists(AUTHOR_LINK_LINES, max_size=8), st.booleans())
def test_author_links_read_the_running_text_only_when_they_credit(
    lines: list[str], credited: bool
) -> None:
    doc = newsclean.document.Document.from_text("\n".join(lines))
    doc = replace(doc, authors=("Jo Roe",) if credited else ())
    found = [(finding.index, finding.authors) for finding in closings.author_link(doc)]
    assert found == _author_links_reading_every_paragraph(doc)


def _tag_lists_asking_each_pattern(texts: list[str]) -> list[int]:
    """:func:`related.tag_list` as it was: both tag patterns tried on every line."""
    found: list[int] = []
    index = 0
    while index < len(texts):
        text = texts[index]
        if shapes.size(text) <= related.MAX_LINK_SIZE and related.TAG_HEADING.fullmatch(text):
            end = index + 1
            while end < len(texts) and shapes.is_menu_item(texts[end]):
                end += 1
            found += range(index, end)
            index = end
            continue
        if (
            shapes.size(text) <= related.MAX_LINK_SIZE
            and related.TAG_LINE.match(text)
            and not shapes.is_sentence(text)
        ):
            found.append(index)
        index += 1
    return found


#: Lines of tag lists and of the text around them.
TAG_LINES = st.sampled_from(
    ["Related Topics", "Schlagworte:", "Tags: storm, coast", "Themen der Woche.", "Climate",
     "Floods", PARAGRAPH, "Topics: a, b.", "THEMEN", "x " * 120]
)  # fmt: skip


@given(st.lists(TAG_LINES, max_size=10))
def test_tag_lists_found_where_a_line_is_a_tags_heading(lines: list[str]) -> None:
    doc = newsclean.document.Document.from_text("\n".join(lines))
    with remembered():
        found = [finding.index for finding in related.tag_list(doc)]
        assert found == _tag_lists_asking_each_pattern(list(doc.texts))
