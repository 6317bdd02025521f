"""The shipped vocabularies read by libyaml's parser are the objects PyYAML's own parser makes."""

from __future__ import annotations

from importlib import resources

import pytest
import yaml

from storyline import yamlfile

_SHIPPED = ("actors.yaml", "cleaner.yaml", "commitments.yaml", "events/plover.yaml")


@pytest.mark.parametrize("name", _SHIPPED)
def test_a_shipped_vocabulary_reads_the_same(name: str) -> None:
    text = resources.files("storyline.data").joinpath(name).read_text(encoding="utf-8")
    assert repr(yamlfile.safe_load(text)) == repr(yaml.safe_load(text))  # same keys, order, types and values


def test_libyaml_is_used_where_pyyaml_has_it() -> None:
    assert yamlfile._LOADER is getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def test_the_safe_constructor_still_refuses_python_objects() -> None:
    with pytest.raises(yaml.YAMLError):
        yamlfile.safe_load("!!python/object/apply:os.system ['true']")


def test_broken_yaml_raises_a_yaml_error() -> None:
    with pytest.raises(yaml.YAMLError):
        yamlfile.safe_load("verbs: [say, tell\nnouns: {")


def test_scalars_resolve_as_pyyaml_resolves_them() -> None:
    text = "when: 2024-03-04\nshare: 1.5e3\nyes_word: yes\nempty:\ncode: '042'\n"
    assert repr(yamlfile.safe_load(text)) == repr(yaml.safe_load(text))
