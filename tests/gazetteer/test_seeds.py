"""Hand-kept seeds: one meaning per phrase, so a match says one thing."""

import collections
import csv
from pathlib import Path

from pactwatch.extract.text import fold

SEEDS = Path(__file__).resolve().parents[2] / "dbt_project" / "seeds"


def _rows(name):
    with (SEEDS / name).open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def test_a_national_institution_belongs_to_one_country():
    countries = collections.defaultdict(set)
    for row in _rows("national_institutions.csv"):
        countries[fold(row["term"])].add(row["country_iso3"])
    assert not {term: c for term, c in countries.items() if len(c) > 1}


def test_no_institution_is_also_an_ai_organisation():
    aliases = {fold(r["alias"]) for r in _rows("organization_aliases.csv")} | {
        fold(r["organization_name"]) for r in _rows("organizations.csv")}
    assert not aliases & {fold(r["term"]) for r in _rows("national_institutions.csv")}


def test_institution_kinds_are_the_documented_ones():
    kinds = {r["institution_kind"] for r in _rows("national_institutions.csv")}
    assert kinds <= {"government", "ministry", "agency", "armed_forces", "public_service", "regulator", "leader", "court"}


def test_a_national_institution_is_listed_once():
    # a second row would be silently ignored: the first one's kind wins
    counts = collections.Counter((r["country_iso3"], r["term"]) for r in _rows("national_institutions.csv"))
    assert not [key for key, n in counts.items() if n > 1]
