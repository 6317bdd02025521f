"""Validates a response against the schema the app's own OpenAPI document gives for it."""

from __future__ import annotations

import re
from typing import Any

import jsonschema


def template_of(document: dict[str, Any], path: str) -> str | None:
    """The documented path template that ``path`` matches (literal paths before parameterised ones)."""
    for template in sorted(document["paths"], key=lambda t: ("{" in t, t)):
        parts = re.split(r"(\{[^}]+\})", template)
        pattern = "".join(".+" if part.startswith("{") else re.escape(part) for part in parts)
        if re.fullmatch(pattern, path):
            return template
    return None


def validate(document: dict[str, Any], method: str, path: str, status: int, body: Any) -> None:
    """Raise jsonschema.ValidationError when ``body`` does not match the documented response.

    A path the document does not know must answer with the documented error shape.
    """
    template = template_of(document, path)
    if template is None:
        schema = {"$ref": "#/components/schemas/ErrorBody"}
    else:
        entry = document["paths"][template][method.lower()]["responses"].get(str(status))
        assert entry is not None, f"{method} {template} does not document status {status}"
        schema = entry["content"]["application/json"]["schema"]
    jsonschema.Draft202012Validator({**schema, "components": document["components"]}).validate(body)
