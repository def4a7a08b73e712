"""Hand-kept seeds: one meaning per phrase, so a match says one thing."""

import collections
import csv
import re
from pathlib import Path

from pactwatch.extract.lexicon import ARTICLES, GENITIVE_WORDS, NAME_LINKS
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


# Reviewed names made only of generic words that still belong to one government: a new one must be
# checked by hand (is it another country's or a region's name too?) before it joins this list.
GENERIC_BUT_ONE_COUNTRYS = {
    ("GBR", "Ministry of Defence"), ("GBR", "Department for Education"), ("USA", "Department of Defense"),
    ("USA", "Treasury Department"), ("FRA", "ministère des Armées"), ("DEU", "Bundesministerium der Verteidigung"),
    ("DEU", "Bundesministerium für Bildung und Forschung"), ("DEU", "Bundesministerium für Gesundheit"),
    ("AUT", "Bundesministerium für Justiz"), ("CHE", "Bundesamt für Cybersicherheit"),
    ("CHE", "Bundesamt für Gesundheit"), ("CHE", "Bundesamt für Rüstung"), ("ITA", "Ministero della Difesa"),
    ("ITA", "Agenzia delle Dogane"), ("ITA", "Ministero dell'Università e della Ricerca"),
    ("ESP", "Ministerio de Sanidad"), ("IRL", "Department of the Taoiseach"), ("TZA", "e-Government Authority"),
    ("ARG", "Agencia I+D+i"), ("SUR", "Ministerie van Justitie en Politie"), ("DEU", "Küstenwache des Bundes"),
    ("ITA", "Dipartimento del Tesoro"),   # unqualified in Italian news, Italy's; the US one is "del Tesoro americano"
    ("AUT", "Generaldirektion für den Strafvollzug"),   # Austria's prisons; Germany's are run by the Länder
}
FUNCTION_WORDS = set(ARTICLES | NAME_LINKS | GENITIVE_WORDS) | set(
    "of for and et und y e en pour fur para per voor van het de di da do dos das del della delle degli dei du des der "
    "die den dem la le les el los las il lo gli i o a the l d al au aux zur zum im in dell nell na no nos nas".split())


def _words(term):
    return re.findall(r"\w+", fold(term))


def test_a_national_institution_made_only_of_generic_words_was_reviewed():
    # "Secretaría de Salud" is Mexico's, Honduras's and every Mexican state's: such a name would give one
    # country the deals of all of them
    institutions = _rows("national_institutions.csv")
    named = {fold(r["term"]) for r in institutions}
    proper = {w for r in _rows("country_names.csv") for w in _words(r["name"])} | {
        w for r in _rows("country_terms.csv") for w in _words(r["term"])}
    generic = {fold(r["term"]) for r in _rows("government_terms.csv") + _rows("sectors.csv")
               if " " not in r["term"].strip() and not r["term"].isupper()} - proper - named
    whole_terms = {fold(r["term"]) for r in _rows("government_terms.csv")} - named
    flagged = {(r["country_iso3"], r["term"]) for r in institutions
               if fold(r["term"]) in whole_terms or all(w in generic or w in FUNCTION_WORDS for w in _words(r["term"]))}
    assert flagged - GENERIC_BUT_ONE_COUNTRYS == set()


def test_a_shared_institution_names_other_real_governments():
    countries = {r["country_iso3"] for r in _rows("countries.csv")}
    for row in _rows("national_institutions.csv"):
        others = (row["shared_with"] or "").split()
        assert set(others) <= countries and row["country_iso3"] not in others, row


def test_a_cue_term_is_listed_once_per_language():
    # a second row with the same spelling would be silently ignored, with its own type or strength (accented and
    # plain forms are different rows on purpose: "signé" is a stronger cue than "signe")
    counts = collections.Counter((r["language"], r["term"].casefold()) for r in _rows("cue_terms.csv"))
    assert not [key for key, n in counts.items() if n > 1]


def test_a_government_term_is_listed_once_per_language():
    # a second row would be silently merged with the first, or give the same words a second actor kind (case
    # variants such as "EFSA" and "Efsa" are kept: they document how papers write the name)
    counts = collections.Counter((r["language"], r["term"]) for r in _rows("government_terms.csv"))
    assert not [key for key, n in counts.items() if n > 1]
