"""The sources file: the issue's minimal form is accepted; typos are named with their line."""

import pytest

from pactwatch.settings import DEFAULT_SOURCES_FILE
from pactwatch.sources import SourcesError, load_sources, parse_sources

MINIMAL = """\
sources:
  - id: policywire
    kind: feed            # RSS 2.0 or Atom
    url: http://127.0.0.1:8000/feed.xml
"""


def test_minimal_form_is_accepted():
    [source] = parse_sources(MINIMAL)
    assert (source.id, source.kind, source.url, source.enabled) == ("policywire", "feed", "http://127.0.0.1:8000/feed.xml", True)


def test_unknown_key_names_line_and_key():
    text = MINIMAL + "    ulr: http://typo\n"
    with pytest.raises(SourcesError, match=r"line 5, source 'policywire': unknown key 'ulr'"):
        parse_sources(text, origin="my.yml")


def test_unknown_kind_names_source():
    with pytest.raises(SourcesError, match=r"source 'x': unknown kind 'fed'"):
        parse_sources("sources:\n  - id: x\n    kind: fed\n    url: http://a\n")


def test_missing_url_and_duplicate_id():
    with pytest.raises(SourcesError, match="missing required key 'url'"):
        parse_sources("sources:\n  - id: x\n    kind: feed\n")
    with pytest.raises(SourcesError, match=r"duplicate id \(first defined on line 2\)"):
        parse_sources(MINIMAL + MINIMAL.split("\n", 1)[1])


def test_not_yaml_and_wrong_shape():
    with pytest.raises(SourcesError, match="not valid YAML"):
        parse_sources("sources: [\n")
    with pytest.raises(SourcesError, match="unknown top-level key 'source'"):
        parse_sources("source: []\n")


def test_disabled_sources_are_skipped(tmp_path):
    path = tmp_path / "s.yml"
    path.write_text(MINIMAL + "  - id: paused\n    kind: feed\n    enabled: false\n    url: http://a\n")
    assert [s.id for s in load_sources(path)] == ["policywire"]
    assert len(load_sources(path, enabled_only=False)) == 2


def test_missing_file_is_named(tmp_path):
    with pytest.raises(SourcesError, match="nope.yml: cannot read"):
        load_sources(tmp_path / "nope.yml")


def test_bundled_real_sources_file_is_valid():
    sources = load_sources(DEFAULT_SOURCES_FILE)
    assert len(sources) >= 10
    assert all(s.url.startswith("https://") for s in sources)
