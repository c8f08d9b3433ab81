"""The JSON Schema of an Article as newsclean writes it, for other tools to validate against.

``docs/article.schema.json`` is this schema, generated: regenerate it with
``python -m newsclean.schema docs/article.schema.json``; a test fails while it is stale.

>>> schema = article_schema()
>>> schema["title"], schema["required"]
('Article', ['paragraphs', 'body'])
"""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from .models import Article

DIALECT = "https://json-schema.org/draft/2020-12/schema"
LOCAL_OR_ZONED_TIME = r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$"
"""An ISO 8601 date and time; the offset is absent when the article gives none."""


def _iso_date_time(node: dict[str, Any]) -> dict[str, Any]:
    """JSON Schema's ``date-time`` (RFC 3339) demands an offset: a time the text gives
    without one is written without one, so the schema says what is written."""
    if node.get("format") != "date-time":
        return node
    out = {key: value for key, value in node.items() if key != "format"}
    return {**out, "pattern": LOCAL_OR_ZONED_TIME}


def _portable(node: Any) -> Any:
    """Descriptions keep the docstring's prose, not its ``>>>`` examples; times as written."""
    if isinstance(node, dict):
        out = _iso_date_time({key: _portable(value) for key, value in node.items()})
        description = out.get("description")
        if isinstance(description, str) and ">>>" in description:
            out["description"] = description.split(">>>", 1)[0].strip()
        return out
    if isinstance(node, list):
        return [_portable(item) for item in node]
    return node


def article_schema() -> dict[str, Any]:
    """``Article.model_json_schema`` for what newsclean writes (``body`` included).

    It is the serialisation schema, so a line of newsclean's JSON or JSONL output
    validates against it; ``Article.model_validate_json`` reads such a line back.

    >>> article_schema()["properties"]["body"]["readOnly"]
    True
    """
    schema = _portable(Article.model_json_schema(mode="serialization"))
    return {"$schema": DIALECT, **schema}


def article_schema_text() -> str:
    """The schema as the text of ``docs/article.schema.json``: indented JSON, one final newline.

    >>> article_schema_text().startswith('{\\n  "$schema"')
    True
    """
    return json.dumps(article_schema(), indent=2, ensure_ascii=False) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    """Write the schema to the file named, or print it; ``python -m newsclean.schema [PATH]``.

    >>> import tempfile, pathlib
    >>> with tempfile.TemporaryDirectory() as d:
    ...     main([str(pathlib.Path(d, "a.json"))])
    ...     json.loads(pathlib.Path(d, "a.json").read_text())["title"]
    0
    'Article'
    """
    args = list(sys.argv[1:] if argv is None else argv)
    if len(args) > 1:
        print("usage: python -m newsclean.schema [PATH]", file=sys.stderr)
        return 2
    if args:
        Path(args[0]).write_text(article_schema_text(), encoding="utf-8")
    else:
        sys.stdout.write(article_schema_text())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
