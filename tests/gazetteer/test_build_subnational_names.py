"""The generated region seed: up to date with its generator, and free of names that mean something else."""

import csv

from pactwatch.extract.text import fold
from pactwatch.gazetteer import build_subnational_names as build


def _seed_rows():
    with build.OUTPUT.open(encoding="utf-8", newline="") as fh:
        return [tuple(row.values()) for row in csv.DictReader(fh)]


def test_the_committed_seed_is_what_the_generator_writes():
    # Fails when pycountry or another seed changed and nobody re-ran the generator.
    assert _seed_rows() == build.build()


def test_regions_of_federal_countries_in_several_languages():
    names = {(iso3, name) for iso3, name, _ in _seed_rows()}
    assert {("IND", "Karnataka"), ("DEU", "Bayern"), ("DEU", "Bavière"), ("ESP", "Cataluña"),
            ("CAN", "Québec"), ("AUS", "New South Wales"), ("BRA", "São Paulo")} <= names


def test_names_that_mean_a_country_a_capital_or_a_common_word_are_left_out():
    folded = {fold(name) for _, name, _ in _seed_rows()}
    # Georgia is a country, Berlin and Tokyo capitals, Pará Portuguese "for", Marken German "brands"
    assert not folded & {"georgia", "berlin", "tokyo", "para", "marken", "ciudad de mexico"}


def test_a_code_inside_a_bracketed_variant_is_not_part_of_the_name():
    # pycountry names Wales "Wales [Cymru GB-CYM]": the Welsh name is "Cymru"
    assert build._variants("Wales [Cymru GB-CYM]") == ["Wales", "Cymru"]
    assert ("GBR", "Cymru", "GB-WLS") in _seed_rows()


def test_an_inverted_iso_name_is_read_as_written_in_running_text():
    # pycountry names Asturias "Asturias, Principado de"; an adjective before the comma does not stand alone
    assert build._variants("Asturias, Principado de") == ["Principado de Asturias", "Asturias"]
    assert build._variants("Wallonne, Région") == ["Région Wallonne"]
    assert {("ESP", "Principado de Asturias", "ES-AS"), ("ESP", "Comunidad Foral de Navarra", "ES-NC")} <= set(_seed_rows())


def test_the_emirates_are_regions_of_the_federation():
    # Dubai and Sharjah are emirates of the UAE: their governments are sub-national
    assert {("ARE", "Dubai", "AE-DU"), ("ARE", "Sharjah", "AE-SH")} <= set(_seed_rows())
