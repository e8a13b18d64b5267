"""schemas/ must match the models (drift check), and every field must say what it means."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import BaseModel

from extract import cli_utils, records

REPO = Path(__file__).resolve().parents[1]


def test_schema_files_match_models():
    stale = cli_utils.stale_schemas(REPO / "schemas")
    assert not stale, f"out of date: {stale}; run `election-extract schema -o schemas/` and commit"


def _models() -> list[type[BaseModel]]:
    return [obj for obj in vars(records).values()
            if isinstance(obj, type) and issubclass(obj, BaseModel) and obj.__module__ == records.__name__
            and obj.model_fields]


FIELDS = [(model.__name__, name, info) for model in _models() for name, info in model.model_fields.items()]


@pytest.mark.parametrize("model, field, info", FIELDS, ids=[f"{m}.{f}" for m, f, _ in FIELDS])
def test_every_field_has_a_description(model, field, info):
    assert (info.description or "").strip(), f"{model}.{field} has no description"


@pytest.mark.parametrize("name", sorted(records.SCHEMA_MODELS))
def test_every_schema_property_has_a_description(name):
    schema = records.SCHEMA_MODELS[name].model_json_schema()
    bodies = [("", schema)] + [(f"$defs.{key}.", body) for key, body in schema.get("$defs", {}).items()]
    missing = [f"{where}{prop}" for where, body in bodies
               for prop, spec in body.get("properties", {}).items() if not spec.get("description")]
    assert not missing


def test_all_record_models_are_in_the_article_schema():
    defs = set(records.SCHEMA_MODELS["article"].model_json_schema().get("$defs", {}))
    assert {m.__name__ for m in _models()} - {"ArticleResult"} <= defs
