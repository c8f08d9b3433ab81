"""The rule table: codes, names and documentation, as STYLE.md asks of every rule."""

from __future__ import annotations

import doctest

import pytest
import regex

from newsclean.rules import FAMILIES, RULES, Rule

#: Words of advice or action: a rule's name names the artefact, never what to do about it.
ACTION_WORDS = {"remove", "strip", "fix", "drop", "delete", "clean", "cut", "no", "avoid", "use"}


def test_codes_are_unique() -> None:
    codes = [rule.code for rule in RULES]
    assert len(codes) == len(set(codes))


def test_names_are_unique() -> None:
    names = [rule.name for rule in RULES]
    assert len(names) == len(set(names))


def test_table_is_in_code_order_with_repairs_first() -> None:
    codes = [rule.code for rule in RULES]
    assert codes == sorted(codes)
    repairs = [rule.repairs for rule in RULES]
    assert repairs == sorted(repairs, reverse=True)


@pytest.mark.parametrize("rule", RULES, ids=lambda rule: rule.code)
def test_code_is_in_a_known_family(rule: Rule) -> None:
    assert regex.fullmatch(r"NC[1-5]\d\d", rule.code)
    assert rule.code[2] in FAMILIES


@pytest.mark.parametrize("rule", RULES, ids=lambda rule: rule.code)
def test_name_is_kebab_case_and_names_the_artefact(rule: Rule) -> None:
    assert regex.fullmatch(r"[a-z]+(?:-[a-z]+)*", rule.name)
    assert not set(rule.name.split("-")) & ACTION_WORDS


@pytest.mark.parametrize("rule", RULES, ids=lambda rule: rule.code)
def test_rule_is_documented_with_a_runnable_example(rule: Rule) -> None:
    doc = rule.find.__doc__ or ""
    assert regex.search(r"[.!?][\"”’')]*$", rule.summary), "the first line is a sentence"
    examples = doctest.DocTestParser().get_examples(doc)
    assert examples, f"{rule.code} {rule.name} has no >>> example"
    finder = doctest.DocTestFinder()
    module = __import__(rule.find.__module__, fromlist=["_"])
    tests = finder.find(rule.find, rule.find.__name__, module=module)
    results = [doctest.DocTestRunner(verbose=False).run(test) for test in tests]
    assert all(result.failed == 0 for result in results)


def test_repair_rules_are_the_unicode_and_whitespace_family() -> None:
    assert {rule.code[2] for rule in RULES if rule.repairs} == {"1"}
