"""Load the gazetteer seeds (dbt_project/seeds/*.csv) into one phrase index for matching.

The CSVs are the single source of truth for Python and SQL. The extractor version stamp hashes
them with the rules version, so any gazetteer edit triggers a re-extraction of every article.
"""

from __future__ import annotations

import csv
import hashlib
import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from pactwatch.extract.text import phrase_key
from pactwatch.settings import SEEDS_DIR

RULES_VERSION = "166"  # bump when the matching or pairing rules change
PAIR_MODEL = Path(__file__).with_name("pair_model.json")   # see pair_model.py
SEED_FILES = ("countries.csv", "country_names.csv", "country_terms.csv", "national_institutions.csv",
              "government_terms.csv", "subnational_terms.csv", "subnational_names.csv",
              "organizations.csv", "organization_aliases.csv", "cue_terms.csv", "sectors.csv", "cities.csv")


@dataclass(frozen=True, slots=True)
class Entry:
    category: str         # country | gov | org | cue | sector | subnational
    value: str            # iso3, actor kind, organisation id, relation type, sector id
    kind: str = ""        # country: name/demonym/metonym/capital; cue: strength as text
    language: str = ""    # "" matches every language
    case: str = "any"     # any | initial (first letter upper-case) | capitals (its capitalised words
                          # capitalised) | exact (spelt as in the seed) | inner (exact, not opening the sentence)
    surface: str = ""     # the phrase as written in the seed, for `exact`
    strength: float = 1.0
    shared_with: tuple[str, ...] = ()   # institution: other governments with a body of that name


# Company names that are common words: they match capitalised and inside a sentence only ("a small team at
# Faculty has worked with the Environment Agency", not "Faculty unions protested").
COMMON_WORD_NAMES = {"Faculty", "Paradigm"}
# Acronyms whose name-case spelling is a word or a name: "a Dane", "Sergey Brin", "l'arca", "Bosa".
TITLE_CASE_WORDS = {"Dane", "Brin", "Arca", "Cade", "Dian", "Bosa", "Statin", "Esma", "Motie"}
# Government words that are also common words in lower case: "stato" (been), "estado" (been, condition), "état"
# (condition), "la defensa de los derechos", "el ejecutivo de la empresa", "armada" (armed).
CAPITALISED_GOV_WORDS = {("it", "Stato"), ("es", "Estado"), ("pt", "Estado"), ("fr", "État"), ("es", "Defensa"),
                         ("it", "Difesa"), ("pt", "Defesa"), ("es", "Ejecutivo"), ("pt", "Executivo"),
                         ("es", "Armada"), ("es", "Hacienda"), ("nl", "Rijk")}   # "het Rijk", not "rijk" (rich)
# Country-code domains used as generic ones ("mistral.ai", "x.ai", "mobile.io", "open.tv"): no country.
GENERIC_DOMAINS = {"ai", "io", "co", "tv", "me", "ly", "fm", "gg", "to", "so", "cc", "ws", "la", "nu", "tk", "sh",
                   "ac", "is", "am", "im", "in", "it", "us", "eu"}


@dataclass
class Gazetteer:
    version: str
    index: dict[tuple[str, ...], list[Entry]] = field(default_factory=lambda: defaultdict(list))
    max_len: dict[str, int] = field(default_factory=dict)   # first token -> longest phrase length
    # each phrase's leading two, three… words, up to the whole phrase (its first word is a key of max_len):
    # a run of words that begins no phrase ends the search there
    prefixes: set[tuple[str, ...]] = field(default_factory=set)
    org_hq: dict[str, str] = field(default_factory=dict)
    org_names: dict[str, str] = field(default_factory=dict)
    countries: set[str] = field(default_factory=set)
    by_domain: dict[str, str] = field(default_factory=dict)   # country-code top-level domain -> iso3
    # large cities that are no capital, by phrase key -> iso3: read in datelines only ("CASABLANCA — …")
    cities: dict[tuple[str, ...], str] = field(default_factory=dict)

    def add(self, phrase: str, entry: Entry) -> None:
        key = phrase_key(phrase)
        if not key:
            return
        if entry not in self.index[key]:
            self.index[key].append(entry)
        self.max_len[key[0]] = max(self.max_len.get(key[0], 0), len(key))
        self.prefixes.update(key[:k] for k in range(2, len(key) + 1))


def _rows(seeds_dir: Path, name: str) -> list[dict]:
    path = seeds_dir / name
    if not path.exists():
        return []
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _proper_noun_case(phrase: str) -> str:
    # Short names (US, UK, EU, AWS, IBM) must be spelt exactly; longer proper nouns need a capital.
    letters = phrase.replace(" ", "")
    if len(letters) <= 4 or phrase.isupper():
        return "exact"
    if phrase[:1].isupper():
        return "initial"
    # "la Réunion": the article may be lower-case, the name may not ("tras la reunión semanal" is a meeting)
    return "capitals" if any(word[:1].isupper() for word in phrase.split()) else "any"


def version_of(seeds_dir: Path, pair_model: Path = PAIR_MODEL) -> str:
    digest = hashlib.sha256(RULES_VERSION.encode())
    digest.update(pair_model.read_bytes())   # the calibrated confidences are part of what was extracted
    for name in SEED_FILES:
        path = seeds_dir / name
        digest.update(name.encode())
        digest.update(path.read_bytes() if path.exists() else b"")
    return f"r{RULES_VERSION}-{digest.hexdigest()[:12]}"


@lru_cache(maxsize=4)
def load_gazetteer(seeds_dir: Path = SEEDS_DIR) -> Gazetteer:
    gaz = Gazetteer(version=version_of(seeds_dir))
    for row in _rows(seeds_dir, "countries.csv"):
        gaz.countries.add(row["country_iso3"])
        if row.get("country_iso2") and row["country_iso2"].lower() not in GENERIC_DOMAINS:
            gaz.by_domain[row["country_iso2"].lower()] = row["country_iso3"]
        gaz.add(row["country_name"], Entry("country", row["country_iso3"], "name",
                                           case=_proper_noun_case(row["country_name"]), surface=row["country_name"]))
    if "GBR" in gaz.countries:
        gaz.by_domain["uk"] = "GBR"   # gov.uk, not the ISO code
    for row in _rows(seeds_dir, "country_names.csv"):
        gaz.add(row["name"], Entry("country", row["country_iso3"], "name",
                                   case=_proper_noun_case(row["name"]), surface=row["name"]))
    for row in _rows(seeds_dir, "country_terms.csv"):
        kind = row["term_kind"]
        # Demonyms are ordinary words of one language ("Este" is an Estonian in German, "esté" a verb in
        # Spanish): they match only in their own language. Names and seats of government match anywhere.
        case = "any" if kind == "demonym" and len(row["term"]) > 5 else _proper_noun_case(row["term"])
        language = row["language"] if kind == "demonym" else ""
        gaz.add(row["term"], Entry("country", row["country_iso3"], kind, language=language, case=case,
                                   surface=row["term"]))
    for row in _rows(seeds_dir, "national_institutions.csv"):
        # A named institution is a country mention that is also a government actor: kind "institution:<actor>".
        shared = tuple((row.get("shared_with") or "").split())
        gaz.add(row["term"], Entry("country", row["country_iso3"], "institution:" + row["institution_kind"],
                                   case=_proper_noun_case(row["term"]), surface=row["term"], shared_with=shared))
        if re.fullmatch(r"[A-ZÀ-Þ]{4,}", row["term"]) and row["term"].title() not in TITLE_CASE_WORDS:
            # Spanish, Portuguese and Italian papers write long acronyms as names: "la Sunat", "o Ibama"
            gaz.add(row["term"], Entry("country", row["country_iso3"], "institution:" + row["institution_kind"],
                                       case="exact", surface=row["term"].title(), shared_with=shared))
    for row in _rows(seeds_dir, "government_terms.csv"):
        # "lo Stato" is the state, "è stato presentato" a verb: these words name the institution only capitalised
        case = "initial" if (row["language"], row["term"]) in CAPITALISED_GOV_WORDS else "any"
        gaz.add(row["term"], Entry("gov", row["actor_kind"], language=row["language"], case=case))
    for row in _rows(seeds_dir, "organizations.csv"):
        gaz.org_hq[row["organization_id"]] = row["hq_country_iso3"]
        gaz.org_names[row["organization_id"]] = row["organization_name"]
        gaz.add(row["organization_name"], Entry("org", row["organization_id"],
                                                case=_proper_noun_case(row["organization_name"]),
                                                surface=row["organization_name"]))
    for row in _rows(seeds_dir, "organization_aliases.csv"):
        case = "inner" if row["alias"] in COMMON_WORD_NAMES else _proper_noun_case(row["alias"])
        gaz.add(row["alias"], Entry("org", row["organization_id"], case=case, surface=row["alias"]))
    for row in _rows(seeds_dir, "cue_terms.csv"):
        # German hedges keep their umlaut: folded, "würde", "könnte", "dürfte" would also match "wurde" (was),
        # "konnte" (could, did) and "durfte" (was allowed), which state facts
        exact = row["language"] == "de" and row["relation_type"] == "hedge" and re.search("[äöü]", row["term"])
        gaz.add(row["term"], Entry("cue", row["relation_type"], language=row["language"],
                                   strength=float(row.get("strength") or 1.0),
                                   case="exact" if exact else "any", surface=row["term"] if exact else ""))
    for row in _rows(seeds_dir, "subnational_terms.csv"):
        gaz.add(row["term"], Entry("subnational", "subnational", language=row["language"],
                                   case=_proper_noun_case(row["term"]) if row["term"][:1].isupper() else "any",
                                   surface=row["term"]))
    for row in _rows(seeds_dir, "subnational_names.csv"):   # "Karnataka", "Bayern" (ISO 3166-2, generated)
        gaz.add(row["name"], Entry("subnational", "subnational", kind=row["country_iso3"], case="initial",
                                   surface=row["name"]))
    for row in _rows(seeds_dir, "cities.csv"):   # GeoNames' large cities (generated)
        gaz.cities[phrase_key(row["name"])] = row["country_iso3"]
    for row in _rows(seeds_dir, "sectors.csv"):
        gaz.add(row["term"], Entry("sector", row["sector"], language=row["language"]))
    return gaz
