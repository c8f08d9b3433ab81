"""Golden files: real inputs beside the Article expected of them (see tests/golden/README.md)."""

from __future__ import annotations

import pytest

import newsclean
from tests.golden.cases import HERE, actual, input_path, names

CASES = names()


def test_there_are_golden_cases_for_both_seeds() -> None:
    assert {"000_1dd423131a5a337b", "001_0ce5ca3a0b6ee054"} <= set(CASES)


@pytest.mark.parametrize("name", CASES)
def test_golden_case_cleans_to_the_expected_article(name: str) -> None:
    expected_file = HERE / f"{name}.json"
    assert expected_file.exists(), f"run: python tests/golden/regenerate.py {name}"
    assert actual(name) == expected_file.read_text(encoding="utf-8")


@pytest.mark.parametrize("name", CASES)
def test_golden_case_is_stable_when_cleaned_again(name: str) -> None:
    article = newsclean.clean(input_path(name).read_text(encoding="utf-8"), source=name)
    again = newsclean.clean(newsclean.render(article), source=name)
    assert again.removed == []
    assert again.model_dump(exclude={"removed"}) == article.model_dump(exclude={"removed"})
