"""The README stays true: its sources examples are valid, its commands exist."""

import re

from pactwatch.settings import PROJECT_DIR
from pactwatch.sources import parse_sources

README = (PROJECT_DIR / "README.md").read_text(encoding="utf-8")


def test_every_sources_example_in_the_readme_is_valid():
    blocks = [b for b in re.findall(r"```yaml\n(.*?)```", README, re.S) if b.startswith("sources:")]
    kinds = {s.kind for block in blocks for s in parse_sources(block, origin="README.md")}
    assert kinds == {"feed", "sitemap", "json_api", "listing", "urls", "archive"}


def test_the_two_commands_and_ci_agree():
    assert "make run" in README and "make test" in README
    ci = (PROJECT_DIR / ".ci" / "run").read_text()
    assert re.search(r"^make test$", ci, re.M)
    makefile = (PROJECT_DIR / "Makefile").read_text()
    assert re.search(r"^run: ", makefile, re.M) and re.search(r"^test: ", makefile, re.M)
