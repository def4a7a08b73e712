"""Regenerate the country seeds from pycountry + babel (CLDR).

Writes, relative to the repository root:

- ``dbt_project/seeds/countries.csv``:     country_iso3,country_iso2,country_name,region
- ``dbt_project/seeds/country_names.csv``: country_iso3,language,name

Sources of names, per language (en, fr, de, es, it, pt, nl):

1. CLDR territory names from babel (``Locale(lang).territories[iso2]``), plus the regional
   locales that news in these languages is written in (pt_PT next to Brazilian ``pt``, es_419
   next to ``es``, fr_CA next to ``fr``).
2. For CLDR names of the form ``Base (Inner)``, e.g. ``Myanmar (Burma)``, both ``Base`` and
   ``Inner`` as variants.
3. pycountry's ISO 3166-1 name, common name and official name, translated with the iso-codes
   catalogues pycountry ships (comma-inverted forms such as "Korea, Republic of" are skipped).
4. babel does not expose CLDR's ``alt="short"`` / ``alt="variant"`` names, so the English ones are
   listed in ``CLDR_EN_ALT`` below, copied from CLDR ``en.xml``.
5. ``NEWS_SHORT_FORMS``: a short, hand-kept list of abbreviations and short forms that are very
   common in news and that neither library has (UK, U.S., EE. UU., UAE, Großbritannien, EU…).

Variant names (2-5) that are ambiguous are dropped: a variant equal to a name of another country,
or contained word-for-word in a name of another country (``Congo`` vs ``Democratic Republic of the
Congo``), in the same language.

The region is the UN M49 macro region (Africa, Americas, Asia, Europe, Oceania). babel does not
expose CLDR's territory containment, so the M49 membership is listed in ``UN_M49_REGIONS``.
Antarctica (AQ) belongs to no M49 region and gets an empty region.

The European Union is added with the code EUU / EU and its CLDR names.

Run: ``uv run python -m pactwatch.gazetteer.build_country_names``. The output is sorted and
deterministic for a given pycountry / babel version.
"""

from __future__ import annotations

import csv
import gettext
import re
from pathlib import Path

import pycountry
from babel import Locale

REPO_ROOT = Path(__file__).resolve().parents[2]
SEEDS_DIR = REPO_ROOT / "dbt_project" / "seeds"

LANGUAGES = ("en", "fr", "de", "es", "it", "pt", "nl")

# Extra CLDR locales whose names are filed under the base language.
REGIONAL_LOCALES = {
    "en": ("en",),
    "fr": ("fr", "fr_CA"),
    "de": ("de",),
    "es": ("es", "es_419"),
    "it": ("it",),
    "pt": ("pt", "pt_PT"),
    "nl": ("nl",),
}

# pycountry (iso-codes) catalogues per language; English needs no catalogue.
PYCOUNTRY_CATALOGUES = {
    "fr": ("fr",),
    "de": ("de",),
    "es": ("es",),
    "it": ("it",),
    "pt": ("pt", "pt_BR"),
    "nl": ("nl",),
}

EU_ISO3, EU_ISO2 = "EUU", "EU"

# UN M49 macro regions, as ISO 3166-1 alpha-2 codes (M49 sub-regions noted for review).
UN_M49_REGIONS = {
    "Africa": (
        # Northern Africa
        "DZ EG EH LY MA SD TN "
        # Eastern Africa
        "BI DJ ER ET IO KE KM MG MU MW MZ RE RW SC SO SS TF TZ UG YT ZM ZW "
        # Middle Africa
        "AO CD CF CG CM GA GQ ST TD "
        # Southern Africa
        "BW LS NA SZ ZA "
        # Western Africa
        "BF BJ CI CV GH GM GN GW LR ML MR NE NG SH SL SN TG"
    ),
    "Americas": (
        # Caribbean
        "AG AI AW BB BL BQ BS CU CW DM DO GD GP HT JM KN KY LC MF MQ MS PR SX TC TT VC VG VI "
        # Central America
        "BZ CR GT HN MX NI PA SV "
        # South America
        "AR BO BR BV CL CO EC FK GF GS GY PE PY SR UY VE "
        # Northern America
        "BM CA GL PM US"
    ),
    "Asia": (
        # Central Asia
        "KG KZ TJ TM UZ "
        # Eastern Asia (TW is listed by the UN under China)
        "CN HK JP KP KR MN MO TW "
        # South-eastern Asia
        "BN ID KH LA MM MY PH SG TH TL VN "
        # Southern Asia
        "AF BD BT IN IR LK MV NP PK "
        # Western Asia
        "AE AM AZ BH CY GE IL IQ JO KW LB OM PS QA SA SY TR YE"
    ),
    "Europe": (
        # Eastern Europe
        "BG BY CZ HU MD PL RO RU SK UA "
        # Northern Europe
        "AX DK EE FI FO GB GG IE IM IS JE LT LV NO SE SJ "
        # Southern Europe
        "AD AL BA ES GI GR HR IT ME MK MT PT RS SI SM VA "
        # Western Europe
        "AT BE CH DE FR LI LU MC NL"
    ),
    "Oceania": (
        # Australia and New Zealand
        "AU CC CX HM NF NZ "
        # Melanesia
        "FJ NC PG SB VU "
        # Micronesia
        "FM GU KI MH MP NR PW UM "
        # Polynesia
        "AS CK NU PF PN TK TO TV WF WS"
    ),
}
NO_REGION = {"AQ"}

# CLDR en.xml territory names with alt="short" / alt="variant" (babel drops them).
CLDR_EN_ALT = {
    "BA": ("Bosnia",),
    "CI": ("Ivory Coast",),
    "CV": ("Cabo Verde",),
    "CZ": ("Czech Republic",),
    "GB": ("UK",),
    "HK": ("Hong Kong",),
    "MM": ("Myanmar",),
    "MO": ("Macao",),
    "NZ": ("Aotearoa New Zealand",),
    "PS": ("Palestine",),
    "SZ": ("Swaziland",),
    "TL": ("East Timor",),
    "TR": ("Turkey",),
    "US": ("US",),
}

# Hand-kept short forms common in news that neither CLDR (via babel) nor pycountry provides.
# Short upper-case forms (US, VS, UE…) must be matched case-sensitively by the extractor.
NEWS_SHORT_FORMS = {
    "GB": {
        "en": ("UK", "U.K.", "Britain", "Great Britain"),
        "fr": ("Grande-Bretagne",),
        "de": ("Großbritannien", "UK"),
        "es": ("Gran Bretaña",),
        "it": ("Gran Bretagna",),
        "pt": ("Grã-Bretanha",),
        "nl": ("Groot-Brittannië", "VK"),
    },
    "US": {
        "en": ("US", "U.S.", "USA", "U.S.A."),
        "fr": ("USA",),
        "de": ("USA", "US"),
        "es": ("EE. UU.", "EE.UU.", "EEUU"),
        "it": ("USA",),
        "pt": ("EUA",),
        "nl": ("VS",),
    },
    "AE": {
        "en": ("UAE",),
        "fr": ("EAU",),
        "de": ("VAE",),
        "es": ("EAU",),
        "it": ("EAU",),
        "pt": ("EAU",),
        "nl": ("VAE",),
    },
    "CD": {
        "en": ("Democratic Republic of the Congo", "DR Congo"),
        "pt": ("República Democrática do Congo",),
        "nl": ("Democratische Republiek Congo",),
    },
    # "Korea's science ministry", "la Corée": in the news, the South ("North Korea" is the longer match)
    "KR": {
        "en": ("Republic of Korea", "Korea"),
        "fr": ("Corée",),
        "de": ("Korea",),
        "es": ("Corea",),
        "it": ("Corea",),
        "pt": ("Coreia",),
        "nl": ("Korea",),
    },
    "NL": {"en": ("Holland",), "de": ("Holland",)},
    # "au ministère des Affaires étrangères du Grand-Duché": the grand duchy is always Luxembourg
    "LU": {
        "en": ("Grand Duchy",),
        "fr": ("Grand-Duché",),
        "de": ("Großherzogtum",),
        "es": ("Gran Ducado",),
        "it": ("Granducato",),
        "pt": ("Grão-Ducado",),
        "nl": ("Groothertogdom",),
    },
    "EU": {
        "en": ("EU",),
        "fr": ("UE",),
        "de": ("EU",),
        "es": ("UE",),
        "it": ("UE",),
        "pt": ("UE",),
        "nl": ("EU",),
    },
}

_PAREN = re.compile(r"^(?P<base>.+?)\s*\((?P<inner>[^()]+)\)$")


def region_by_iso2() -> dict[str, str]:
    regions: dict[str, str] = {}
    for region, codes in UN_M49_REGIONS.items():
        for code in codes.split():
            if code in regions:
                raise ValueError(f"{code} listed in two regions")
            regions[code] = region
    return regions


def _paren_variants(name: str) -> list[str]:
    """``Myanmar (Burma)`` -> [``Myanmar``, ``Burma``]; lower-case parentheticals are skipped."""
    m = _PAREN.match(name)
    if not m:
        return []
    out = [m.group("base").strip()]
    inner = m.group("inner").strip()
    if inner[:1].isupper():
        out.append(inner)
    return out


def _apostrophe_variant(name: str) -> list[str]:
    return [name.replace("\u2019", "'")] if "\u2019" in name else []


def _words(text: str) -> tuple[str, ...]:
    return tuple(re.findall(r"\w+", text.casefold()))


def _contains_words(haystack: tuple[str, ...], needle: tuple[str, ...]) -> bool:
    if not needle or len(needle) > len(haystack):
        return False
    return any(haystack[i : i + len(needle)] == needle for i in range(len(haystack) - len(needle) + 1))


def collect_names(iso2_codes: list[str]) -> dict[tuple[str, str], tuple[set[str], set[str]]]:
    """(iso2, language) -> (main CLDR names, candidate variant names)."""
    locales = {lang: [Locale.parse(loc) for loc in REGIONAL_LOCALES[lang]] for lang in LANGUAGES}
    catalogues = {
        lang: [gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[c]) for c in cats]
        for lang, cats in PYCOUNTRY_CATALOGUES.items()
    }
    out: dict[tuple[str, str], tuple[set[str], set[str]]] = {}
    for iso2 in iso2_codes:
        record = pycountry.countries.get(alpha_2=iso2)
        iso_names = []
        if record is not None:
            iso_names = [
                v for v in (getattr(record, f, None) for f in ("name", "common_name", "official_name")) if v
            ]
        for lang in LANGUAGES:
            main: set[str] = set()
            variants: set[str] = set()
            for i, loc in enumerate(locales[lang]):
                name = loc.territories.get(iso2)
                if not name:
                    continue
                (main if i == 0 else variants).add(name)
            for name in list(main | variants):
                variants.update(_paren_variants(name))
            if lang == "en":
                variants.update(iso_names)
                variants.update(CLDR_EN_ALT.get(iso2, ()))
            else:
                for cat in catalogues[lang]:
                    variants.update(cat.gettext(n) for n in iso_names)
            variants = {v for v in variants if "," not in v}
            for name in list(main | variants):
                variants.update(_apostrophe_variant(name))
            variants.update(NEWS_SHORT_FORMS.get(iso2, {}).get(lang, ()))
            variants = {" ".join(v.split()) for v in variants if v.strip()} - main
            out[(iso2, lang)] = (main, variants)
    return out


def _curated(iso2: str, lang: str) -> set[str]:
    curated = set(NEWS_SHORT_FORMS.get(iso2, {}).get(lang, ()))
    if lang == "en":
        curated.update(CLDR_EN_ALT.get(iso2, ()))
    return curated


def drop_ambiguous(
    names: dict[tuple[str, str], tuple[set[str], set[str]]],
) -> dict[tuple[str, str], set[str]]:
    """Keep all main names; drop a variant that another country's name equals or (for derived
    variants) contains word for word (``Kongo`` in ``Demokratische Republik Kongo``), unless that
    other name also contains one of the country's main names (``États-Unis d'Amérique`` in
    ``Îles Vierges des États-Unis d'Amérique``). Curated variants are only checked for equality,
    so that ``U.S.`` survives ``U.S. Virgin Islands``."""
    by_lang: dict[str, list[tuple[str, str, tuple[str, ...]]]] = {}
    for (iso2, lang), (main, variants) in names.items():
        for n in main | variants:
            by_lang.setdefault(lang, []).append((iso2, n.casefold(), _words(n)))
    kept: dict[tuple[str, str], set[str]] = {}
    for (iso2, lang), (main, variants) in names.items():
        others = [(n, w) for code, n, w in by_lang[lang] if code != iso2]
        curated = _curated(iso2, lang)
        own = [_words(m) for m in main]
        ok = set()
        for v in variants:
            folded, words = v.casefold(), _words(v)
            if any(folded == n for n, _ in others):
                continue
            if v not in curated and any(
                _contains_words(w, words) and not any(_contains_words(w, m) for m in own) for _, w in others
            ):
                continue
            ok.add(v)
        kept[(iso2, lang)] = main | ok
    return kept


def _write(path: Path, header: list[str], rows: list[tuple[str, ...]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)


def main() -> None:
    regions = region_by_iso2()
    countries = sorted(pycountry.countries, key=lambda c: c.alpha_3)
    en = Locale.parse("en")

    iso3_of = {c.alpha_2: c.alpha_3 for c in countries}
    iso3_of[EU_ISO2] = EU_ISO3

    missing = {c.alpha_2 for c in countries} - set(regions) - NO_REGION
    unknown = set(regions) - {c.alpha_2 for c in countries}
    if missing or unknown:
        raise SystemExit(f"region mapping out of date: missing={sorted(missing)} unknown={sorted(unknown)}")

    country_rows = [
        (c.alpha_3, c.alpha_2, en.territories[c.alpha_2], regions.get(c.alpha_2, "")) for c in countries
    ]
    country_rows.append((EU_ISO3, EU_ISO2, en.territories[EU_ISO2], "Europe"))
    country_rows.sort()

    names = drop_ambiguous(collect_names(sorted(iso3_of)))
    name_rows = sorted({(iso3_of[iso2], lang, n) for (iso2, lang), ns in names.items() for n in ns})

    _write(
        SEEDS_DIR / "countries.csv", ["country_iso3", "country_iso2", "country_name", "region"], country_rows
    )
    _write(SEEDS_DIR / "country_names.csv", ["country_iso3", "language", "name"], name_rows)
    print(f"countries.csv: {len(country_rows)} rows; country_names.csv: {len(name_rows)} rows")


if __name__ == "__main__":
    main()
