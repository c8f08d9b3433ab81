"""The rule table as ``newsclean rules`` prints it, and as ``docs/rules.md`` (generated).

Both read the RULES table and each rule's docstring; nothing is written by hand.

>>> rules_table()[0].split(maxsplit=2)
['NC101', 'mojibake', 'Mojibake and other encoding damage, repaired with ftfy.']
"""

from __future__ import annotations

import inspect
from collections.abc import Iterator, Sequence

from .rules import FAMILIES, RULES, Rule

MARKDOWN_COMMAND = "newsclean rules --format md > docs/rules.md"


def rules_table(rules: Sequence[Rule] = RULES) -> list[str]:
    """One aligned line per rule: code, name, summary.

    >>> rules_table()[2].split()[:2]
    ['NC201', 'date-prefix']
    """
    width = max(len(rule.name) for rule in rules)
    return [f"{r.code}  {r.name:<{width}}  {r.summary.replace('``', '')}" for r in rules]


def _anchor(rule: Rule) -> str:
    """The id mkdocs gives the rule's heading."""
    return f"{rule.code}-{rule.name}".lower()


def _cell(text: str) -> str:
    return text.replace("``", "`").replace("|", "\\|")


def _docstring_markdown(rule: Rule) -> Iterator[str]:
    """The rule's docstring after its first line: prose as it is, examples as a code block."""
    lines = inspect.cleandoc(rule.find.__doc__ or "").splitlines()[1:]
    in_example = False
    for line in lines:
        if line.startswith(">>>") and not in_example:
            in_example = True
            yield "```pycon"
        elif in_example and not line.strip():
            in_example = False
            yield "```"
        yield line if in_example else line.replace("``", "`")
    if in_example:
        yield "```"


def rules_markdown(rules: Sequence[Rule] = RULES) -> str:
    """``docs/rules.md``: a table of every rule, then each rule's documentation by family.

    >>> text = rules_markdown()
    >>> text.splitlines()[0], "### NC301 empty-byline" in text
    ('# Rules', True)
    """
    out = [
        "# Rules",
        "",
        f"<!-- Generated from the RULES table by `{MARKDOWN_COMMAND}`; do not edit. -->",
        "",
        "Each cleaning step is a rule with a code and a name. Rules run in the order",
        "below; every piece a rule takes out is kept in `Article.removed` with the rule's",
        "code, and `newsclean check` prints it as `path:line: CODE reason`.",
        "Choose rules by code or prefix (`NC5` is a whole family) with `--select` and",
        "`--ignore`, or with `select` and `ignore` under `[tool.newsclean]` in `pyproject.toml`.",
        "",
        "| code | name | what it finds |",
        "| --- | --- | --- |",
    ]
    out += [f"| [{r.code}](#{_anchor(r)}) | {r.name} | {_cell(r.summary)} |" for r in rules]
    for digit, family in FAMILIES.items():
        members = [rule for rule in rules if rule.code[2] == digit]
        if not members:
            continue
        out += ["", f"## NC{digit}xx: {family}"]
        for rule in members:
            out += ["", f"### {rule.code} {rule.name}", "", _cell(rule.summary).replace("\\|", "|")]
            body = list(_docstring_markdown(rule))
            if body:
                out += body
    return "\n".join(out) + "\n"
