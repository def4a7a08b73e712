"""Regenerate ``dbt_project/seeds/subnational_names.csv`` from pycountry's ISO 3166-2 subdivisions.

A state, province, Land, canton or region named beside a government word ("the Karnataka
government", "la Generalitat de Catalunya", "il governo della Lombardia") is a sub-national
government, which gets no pair (docs/annotation-rules.md). ``subnational_terms.csv`` holds the
hand-kept words ("state government", "Landesregierung"); this file holds the names.

- Countries: the federal and regional states whose first-level units sign their own technology
  deals and appear in news (``COUNTRIES``), first-level units only, of the types in ``UNIT_TYPES``.
- Names: the ISO 3166-2 name (its bracketed variant too: ``Catalunya [Cataluña]``) and its
  translations in the iso-codes catalogues pycountry ships, for fr, de, es, it, pt and nl
  (``Bayern`` → Bavière, Baviera, Beieren). Comma-inverted forms ("Flamande, Région") are skipped,
  and ``Tokio; Tokyo`` gives both.
- Dropped: a name that is also a country's name, demonym, capital or metonym, an organisation alias,
  a government or cue word (``Berlin``, ``Ciudad de México`` and ``Georgia`` name the state or
  another country), names shorter than five letters (but for those in ``SHORT_NAMES``: "the state of
  Utah"), and the common words in ``COMMON_WORDS`` (Brazil's ``Pará`` is Portuguese "for", ``Marken``
  German "brands").

Run: ``uv run python -m pactwatch.gazetteer.build_subnational_names``. Sorted and deterministic for
a given pycountry version.
"""

from __future__ import annotations

import csv
import gettext
import re
from pathlib import Path

import pycountry

from pactwatch.extract.text import fold

REPO_ROOT = Path(__file__).resolve().parents[2]
SEEDS_DIR = REPO_ROOT / "dbt_project" / "seeds"
OUTPUT = SEEDS_DIR / "subnational_names.csv"

COUNTRIES = ("US", "IN", "BR", "MX", "CA", "AU", "DE", "AT", "CH", "ES", "IT", "BE", "AR", "NG", "MY", "PK",
             "ZA", "GB", "FR", "NL", "CO", "JP", "BA", "AE")
UNIT_TYPES = {"State", "Union territory", "Province", "Land", "Canton", "Region", "Autonomous community",
              "Autonomous region", "Federal district", "Federal entity", "Federal territory", "Capital territory",
              "Territory", "Country", "Metropolitan region", "Prefecture", "Department", "Capital district",
              "Autonomous city", "Entity", "Emirate"}
LANGUAGES = ("fr", "de", "es", "it", "pt", "nl")
# Names that are also everyday words in one of the seven languages.
COMMON_WORDS = {fold(w) for w in (
    "para centre centro marche norte nord sur sud north south east west oeste est ouest "
    "amazonas bahia capital federal rio delta rivers marcas marken cesar wallis hesse sucre").split()}

# Short names that are no everyday word, company or capital ("Meta", "Saga", "Wien" and "Zug" are).
SHORT_NAMES = {"Iowa", "Ohio", "Utah", "Goa", "Vaud", "Gifu", "Oita", "Kano", "Ogun", "Osun"}


def _variants(name: str) -> list[str]:
    found = []
    for part in re.split(r"\s*\[|\]\s*|;\s*", name):
        part = re.sub(r"\s+[A-Z]{2}-[A-Z0-9]{1,3}$", "", part.strip())   # "Wales [Cymru GB-CYM]": not the code
        if part and "," not in part:
            found.append(part)
        elif part.count(",") == 1:
            # "Asturias, Principado de": the name as written in running text ("Principado de Asturias"), and the
            # name alone where it is a noun (not "Wallonne, Région": "wallonne" alone is an adjective)
            head, tail = (x.strip() for x in part.split(","))
            found += [f"{tail} {head}"] + ([head] if tail.split()[-1] in ("de", "del", "di", "van") else [])
    return found


def _blocked_words() -> set[str]:
    """Folded phrases the other seeds already give a meaning."""
    blocked: set[str] = set()
    columns = {"country_names.csv": "name", "country_terms.csv": "term", "national_institutions.csv": "term",
               "organization_aliases.csv": "alias", "organizations.csv": "organization_name",
               "government_terms.csv": "term", "cue_terms.csv": "term"}
    for file, column in columns.items():
        with (SEEDS_DIR / file).open(encoding="utf-8", newline="") as fh:
            blocked.update(fold(row[column]) for row in csv.DictReader(fh))
    return blocked


def build() -> list[tuple[str, str, str]]:
    catalogues = {lang: gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=[lang], fallback=True)
                  for lang in LANGUAGES}
    blocked = _blocked_words()
    rows: set[tuple[str, str, str]] = set()
    for iso2 in COUNTRIES:
        iso3 = pycountry.countries.get(alpha_2=iso2).alpha_3
        for unit in pycountry.subdivisions.get(country_code=iso2):
            if unit.parent_code is not None or unit.type not in UNIT_TYPES:
                continue
            names = {unit.name} | {catalogues[lang].gettext(unit.name) for lang in LANGUAGES}
            for name in sorted(names):
                for variant in _variants(name):
                    folded = fold(variant)
                    if (len(folded.replace(" ", "")) < 5 and variant not in SHORT_NAMES) or folded in blocked or folded in COMMON_WORDS:
                        continue
                    rows.add((iso3, variant, unit.code))
    return sorted(rows)


def main() -> None:
    rows = build()
    with OUTPUT.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(["country_iso3", "name", "subdivision_code"])
        writer.writerows(rows)
    print(f"{len(rows)} names -> {OUTPUT.relative_to(REPO_ROOT)}")


if __name__ == "__main__":
    main()
