"""Write the JSON Schemas of `Briefing` and `ArticleExtraction` into `schemas/`.

The Pydantic models are the source of truth; the files are generated from them. Regenerate
after changing a model with `python -m summarizer.devtools.export_schemas` (a test fails while
they differ).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from ..models import ArticleExtraction, Briefing

SCHEMA_FILES: dict[str, type[Briefing] | type[ArticleExtraction]] = {
    "briefing.schema.json": Briefing,
    "article_extraction.schema.json": ArticleExtraction,
}
DEFAULT_FOLDER = Path(__file__).resolve().parents[2] / "schemas"


def schema_document(model: type[Briefing] | type[ArticleExtraction]) -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of what `brief` writes for `model`."""
    schema = model.model_json_schema(mode="serialization")
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", **schema}


def schema_text(model: type[Briefing] | type[ArticleExtraction]) -> str:
    """The schema file's exact contents."""
    return json.dumps(schema_document(model), indent=2, ensure_ascii=False, sort_keys=True) + "\n"


def write_schemas(folder: Path = DEFAULT_FOLDER) -> list[Path]:
    """Write every schema file into `folder`; return their paths."""
    written = []
    for name, model in SCHEMA_FILES.items():
        path = folder / name
        path.write_text(schema_text(model), encoding="utf-8")
        written.append(path)
    return written


if __name__ == "__main__":
    for path in write_schemas(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_FOLDER):
        print(path)
