"""The error for a text with no body left says which rules took the text and how to keep it."""

from __future__ import annotations

import pytest
import regex

import newsclean
from newsclean import Config, NoBodyError

ONLY_BYLINE = "By\n\nLiam Avatar\n"


def test_the_error_names_the_rules_that_removed_everything() -> None:
    with pytest.raises(NoBodyError) as raised:
        newsclean.clean(ONLY_BYLINE, source="a.txt")
    message = str(raised.value)
    assert message.startswith("a.txt: no article body left after cleaning")
    assert "NC301" in message


def test_the_error_says_how_to_leave_those_rules_out_in_python_and_on_the_command_line() -> None:
    with pytest.raises(NoBodyError) as raised:
        newsclean.clean(ONLY_BYLINE)
    message = str(raised.value)
    assert "Config(ignore=" in message
    assert "--ignore" in message


def test_leaving_out_the_named_rules_keeps_the_text() -> None:
    with pytest.raises(NoBodyError) as raised:
        newsclean.clean(ONLY_BYLINE)
    codes = tuple(sorted(set(regex.findall(r"NC\d{3}", str(raised.value)))))
    assert codes
    article = newsclean.clean(ONLY_BYLINE, config=Config(ignore=codes))
    assert article.paragraphs
