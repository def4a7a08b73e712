"""The pairing rules, each on a sentence written to exercise it.

The probes read the rules' own pairs (`rule_relations`). The pair model then judges each pair against its
whole article and keeps a pair it doubts as an "other" event (pair_model.PARTNERSHIP_FLOOR; see
test_pair_model.py); a probe of a line with no title and no country named is outside the articles it
learnt from, so the floor is measured on whole articles, not on the probes. The bad-input tests read
the whole extractor."""

import time

import pytest

from pactwatch.extract.gazetteer import load_gazetteer
from pactwatch.extract.lexicon import PARTNERSHIP_FAMILY
from pactwatch.extract.mentions import find_mentions
from pactwatch.extract.pair_model import article_facts
from pactwatch.extract.relations import _award_line, extract_relations, partnership_pairs, rule_relations
from pactwatch.extract.text import tokenize


def pairs(text, language="en", title=""):
    return partnership_pairs(rule_relations(text, language, title))


def test_government_country_not_company_country():
    assert pairs("The British government signed a memorandum of understanding with OpenAI.") == {("GBR", "openai")}


def test_french_demonym_elision_and_past_deals_in_passing():
    text = ("Le gouvernement britannique a signé un partenariat stratégique avec l'OpenAI. "
            "Londres avait déjà conclu des accords similaires avec Google et Anthropic.")
    assert pairs(text, "fr") == {("GBR", "openai"), ("GBR", "google"), ("GBR", "anthropic")}


def test_contrast_clause_keeps_backing_apart_from_the_deal():
    text = "Le Royaume-Uni a signé un accord avec OpenAI, alors que la France soutient Mistral AI."
    assert pairs(text, "fr") == {("GBR", "openai")}


def test_coreference_to_the_previous_sentence():
    text = ("Canada's Minister of Industry visited Toronto on Monday. "
            "The ministry signed an agreement with Cohere to use its models in public services.")
    [relation] = [r for r in extract_relations(text, "en") if r.relation_type == "partnership"]
    assert (relation.country_iso3, relation.organization_id) == ("CAN", "cohere")
    assert relation.evidence.startswith("Canada's Minister")   # the sentence the reference points to


@pytest.mark.parametrize("text,language", [
    ("Italy's data protection authority fined OpenAI 15 million euros over ChatGPT.", "en"),
    ("Microsoft invests in Mistral AI, the French start-up, in a distribution agreement.", "en"),
    ("Anthropic opens an office in Paris, its first in France.", "en"),
    ("Die Bundesregierung hat keine Vereinbarung mit OpenAI unterzeichnet.", "de"),
    ("Les négociations entre le gouvernement et OpenAI ont échoué.", "fr"),
    ("La Comunidad de Madrid ha firmado un acuerdo con Google.", "es"),
    ("Start-ups want public contracts so they can compete with OpenAI and Google.", "en"),
])
def test_hard_negatives(text, language):
    assert pairs(text, language) == set()


def test_regulation_is_a_policy_event_not_a_partnership():
    relations = extract_relations("Italy's data protection authority Garante fined OpenAI over ChatGPT.", "en")
    assert [(r.country_iso3, r.organization_id, r.relation_type) for r in relations] == [("ITA", "openai", "regulation")]


def test_coordinated_governments_and_listed_companies():
    text = "Die Bundesregierung und die französische Regierung unterzeichneten eine Absichtserklärung mit Mistral AI."
    assert pairs(text, "de") == {("DEU", "mistral-ai"), ("FRA", "mistral-ai")}
    text = "The US General Services Administration signed agreements with OpenAI, Anthropic and Google."
    assert pairs(text) == {("USA", "openai"), ("USA", "anthropic"), ("USA", "google")}


def test_attributes_sectors_amount_confidence():
    text = "The UK Ministry of Defence awarded Palantir a £750 million contract for defence data and health analytics."
    [r] = [r for r in extract_relations(text, "en") if r.relation_type == "procurement"]
    assert (r.country_iso3, r.organization_id, r.amount, r.currency) == ("GBR", "palantir", 7.5e8, "GBP")
    assert "defence_security" in r.sectors and 0 < r.confidence <= 1


@pytest.mark.parametrize("text", [
    "",
    "   \n\n ",
    "<div><p>HTML left in the text: the government signed with <b>OpenAI</b></p></div>" * 50,
    "混合 scripts: 日本政府は OpenAI と提携した. Правительство подписало соглашение с OpenAI.",
    "no punctuation at all the government signs agreement with openai " * 20000,
    "\ufffd\ufffd invalid bytes replaced \x00\x01 then the British government signed with OpenAI.",
])
def test_bad_input_never_crashes_and_is_bounded(text):
    started = time.monotonic()
    extract_relations(text, "en")
    assert time.monotonic() - started < 10


def test_five_megabytes_is_bounded():
    text = ("The Spanish government signed an agreement with Google to test models in hospitals. " * 60000)[:5_000_000]
    started = time.monotonic()
    relations = extract_relations(text, "en")
    assert time.monotonic() - started < 30
    assert ("ESP", "google") in partnership_pairs(relations)


# --- references across sentences and other rules added after the first holdout was scored -------

def test_pronoun_subject_takes_the_previous_sentences_government():
    text = ("Le gouvernement belge a présenté mercredi sa stratégie pour l'administration. "
            "Il a signé le lendemain un protocole d'accord avec Mistral AI.")
    assert pairs(text, "fr") == {("BEL", "mistral-ai")}


def test_a_company_opening_the_sentence_is_not_the_governments_deal():
    text = ("The Brazilian government will open a tender for a public supercomputer. "
            "Nvidia declined to comment.")
    assert pairs(text) == set()


def test_passive_award_completes_the_previous_sentences_contract():
    text = ("L'État fédéral belge attribue un contrat-cadre de cloud. "
            "Le contrat a été attribué à Google Cloud et à Amazon Web Services.")
    assert pairs(text, "fr") == {("BEL", "google"), ("BEL", "amazon")}


def test_metonym_as_the_place_of_signing():
    text = "Im Kanzleramt wurde eine Absichtserklärung zwischen dem Bund und Nvidia unterzeichnet."
    assert pairs(text, "de") == {("DEU", "nvidia")}


def test_with_the_companys_models_and_a_capital_beside_the_acting_agency():
    text = ("Le Canada a annoncé sa stratégie. Ottawa n'en est pas à son coup d'essai : l'Agence du revenu "
            "avait mené un projet pilote avec les modèles d'OpenAI.")
    assert pairs(text, "fr") == {("CAN", "openai")}


def test_broken_off_negotiations_are_not_a_deal():
    text = ("Les négociations entre le SPF BOSA et Microsoft pour une licence couvrant 60 000 agents "
            "ont été rompues.")
    assert pairs(text, "fr") == set()


def test_buying_from_a_company_is_procurement():
    [relation] = [r for r in extract_relations("Het Belgische leger koopt drones en software bij Helsing.", "nl")
                  if r.organization_id == "helsing"]
    assert (relation.country_iso3, relation.relation_type) == ("BEL", "procurement")


@pytest.mark.parametrize("second,expected", [
    ("The contract went to Palantir and Microsoft.", {("GBR", "palantir"), ("GBR", "microsoft")}),
    ("Analysts had expected bids from Palantir and Microsoft.", set()),   # bidding is not winning
    ("Palantir said it was disappointed to lose.", set()),               # the company is the subject
])
def test_a_sentence_completing_the_previous_award(second, expected):
    first = "Britain's Department of Health awarded a framework contract for AI triage. "
    assert pairs(first + second) == expected


@pytest.mark.parametrize("language,text,pair", [
    ("de", "Die österreichische Bundesregierung stellte ihre KI-Strategie vor. Sie unterzeichnete zudem eine "
           "Absichtserklärung mit Aleph Alpha.", ("AUT", "aleph-alpha")),
    ("es", "El Gobierno chileno presentó su plan de inteligencia artificial. Firmó además un convenio con Microsoft.",
     ("CHL", "microsoft")),
    ("it", "Il governo italiano ha presentato la strategia nazionale. Ha inoltre firmato un accordo con Mistral AI.",
     ("ITA", "mistral-ai")),
    ("pt", "O governo português apresentou o plano nacional de IA. Assinou também um memorando de entendimento com "
           "a Microsoft.", ("PRT", "microsoft")),
])
def test_dropped_or_pronoun_subject_in_each_language(language, text, pair):
    assert pairs(text, language) == {pair}


@pytest.mark.parametrize("language,text,expected", [
    # a demonym right beside the government word names the government, even next to a home-grown company
    ("en", "Cohere will supply the Canadian government with language models under a new agreement.",
     {("CAN", "cohere")}),
    # German compounds the seeds do not list
    ("de", "Aleph Alpha erhält einen Auftrag des Bundesinnenministeriums.", {("DEU", "aleph-alpha")}),
    ("de", "Das Landesinnenministerium hat einen Vertrag mit Aleph Alpha geschlossen.", set()),   # a Land
    # Portuguese "no" is "in the", not a negation
    ("pt", "A Nvidia vai fornecer chips ao governo brasileiro no âmbito de um acordo assinado ontem.",
     {("BRA", "nvidia")}),
    # French "mai" is the month
    ("fr", "Le gouvernement grec a signé en mai un accord avec OpenAI.", {("GRC", "openai")}),
    # "der Bund" is the federal government
    ("de", "Die Schweizer Bundesverwaltung setzt künftig auf Microsoft 365 Copilot; der Bund hat dafür Lizenzen "
           "beschafft.", {("CHE", "microsoft")}),
    ("nl", "Het kabinet heeft met Nvidia afspraken gemaakt over een AI-fabriek in Groningen.", {("NLD", "nvidia")}),
    ("en", "Mistral AI aims to compete with OpenAI for French government contracts.", set()),
    ("en", "Singapore's government, which earlier partnered with Google and Microsoft, has now signed a deal with "
           "Anthropic.", {("SGP", "google"), ("SGP", "microsoft"), ("SGP", "anthropic")}),
    ("es", "Telefónica y Microsoft firmaron con el Gobierno de España un acuerdo para la nube pública.",
     {("ESP", "microsoft")}),
    ("fr", "Selon le gouvernement, Microsoft et OpenAI dominent le marché de l'IA.", set()),
    ("de", "Die Bundesregierung will prüfen, ob sie mit OpenAI zusammenarbeitet.", set()),
    ("nl", "Het kabinet wil niet afhankelijk worden van Amerikaanse bedrijven als Microsoft en Google.", set()),
    ("fr", "La ministre a visité le siège de Mistral AI, sans annoncer de partenariat.", set()),
])
def test_sentences_written_after_the_second_tuning_round(language, text, expected):
    assert pairs(text, language) == expected


@pytest.mark.parametrize("language,text,expected", [
    ("en", "India's Ministry of Electronics has picked Sarvam AI to build a sovereign model. The ministry also "
           "selected Krutrim and two other start-ups.", {("IND", "sarvam-ai"), ("IND", "krutrim")}),
    # Vienna has a Bundeskanzleramt too: the article's country decides
    ("de", "Österreich setzt bei der Verwaltung auf heimische Anbieter. Das Bundeskanzleramt hat mit DeepL einen "
           "Rahmenvertrag geschlossen.", {("AUT", "deepl")}),
    ("it", "Secondo il ministro, l'accordo tra Microsoft e OpenAI è un rischio per l'Europa.", set()),
    ("en", "The partnership between the UK government and Anthropic, signed in February, covers public services.",
     {("GBR", "anthropic")}),
    # "the Paris-based company" says where the company is, not which government acts
    ("en", "Singapore's defence ministry signed a partnership with Mistral AI. Under the agreement, the Paris-based "
           "company will adapt its models. Officials said they chose Mistral AI for its open weights.",
     {("SGP", "mistral-ai")}),
    ("es", "El Gobierno de Chile adjudicó a Amazon Web Services la nube del Estado.", {("CHL", "amazon")}),
    ("fr", "Le Québec a signé une entente avec Cohere.", set()),
    ("en", "Britain's competition regulator cleared Microsoft's partnership with OpenAI.", set()),
])
def test_sentences_written_after_the_third_tuning_round(language, text, expected):
    assert pairs(text, language) == expected


@pytest.mark.parametrize("language,text,expected", [
    # German compounds of cue words; coalition agreements are not deals
    ("de", "Das Wiesbadener Amt hat eine Pilotvereinbarung mit Cohere geschlossen.", {("DEU", "cohere")}),
    ("de", "Der Koalitionsvertrag der Bundesregierung nennt OpenAI als Beispiel.", set()),
    # the contract wins over the data centre it is about
    ("fr", "Le gouvernement sénégalais a attribué à Huawei le marché d'extension du datacenter national.",
     {("SEN", "huawei")}),
    # a denial is not a deal
    ("it", "Il ministero della Difesa ha smentito di aver firmato un contratto con Palantir.", set()),
    # rivals in any inflection, up to six words before the company
    ("pt", "O Governo português apresentou a estratégia. A Microsoft, que disputa o mercado empresarial com a Google "
           "e a Amazon Web Services, tem multiplicado acordos semelhantes com a banca.", set()),
    ("es", "El Gobierno prepara grandes licitaciones de IA, en las que ambas compañías tendrán que medirse con "
           "Amazon Web Services y Google.", set()),
    # national services by name carry their country
    ("nl", "De Nationale Politie heeft een aanbesteding gegund aan ElevenLabs.", {("NLD", "elevenlabs")}),
    ("pt", "O INSS iniciou um projeto-piloto com a IBM para analisar pedidos de aposentadoria.", {("BRA", "ibm")}),
])
def test_sentences_written_after_the_second_holdout_was_scored(language, text, expected):
    assert pairs(text, language) == expected


@pytest.mark.parametrize("language,text,expected", [
    # a country's name acting directly on the company, headline style
    ("en", "Italy picks Microsoft for its public cloud.", {("ITA", "microsoft")}),
    ("en", "Greece taps OpenAI to bring ChatGPT to schools.", {("GRC", "openai")}),
    ("fr", "L'Allemagne choisit Aleph Alpha pour son administration.", {("DEU", "aleph-alpha")}),
    ("en", "Italy fines OpenAI 15 million euros.", set()),
    ("en", "Germany's SAP picks OpenAI models for its software.", set()),
    # a generic institution name qualified by another country's adjective
    ("en", "Palantir signed an agreement with the Ukrainian Ministry of Defence.", {("UKR", "palantir")}),
])
def test_country_names_acting_and_qualified_institutions(language, text, expected):
    assert pairs(text, language) == expected


@pytest.mark.parametrize("language,text,expected", [
    # a government word with a list of countries, then the group referred to together
    ("es", "Los gobiernos de Guatemala, Honduras y El Salvador se reunieron el miércoles. Los tres países firmaron "
           "allí un memorando de entendimiento con Google.", {("GTM", "google"), ("HND", "google"), ("SLV", "google")}),
    ("en", "The digital ministers of Estonia, Latvia and Lithuania met in Vilnius. They signed a letter of intent "
           "with Nvidia.", {("EST", "nvidia"), ("LVA", "nvidia"), ("LTU", "nvidia")}),
    # "sie" in German is as often "it" as "they": no group from it
    ("de", "Am Ballhausplatz wurde eine Absichtserklärung zwischen der österreichischen Bundesregierung und OpenAI "
           "unterzeichnet. Sie sieht vor, dass Bundesbedienstete ChatGPT testen.", {("AUT", "openai")}),
    # a country's name inside a company's name
    ("pt", "A TAP Air Portugal assinou um acordo com a Google Cloud para o apoio ao cliente.", set()),
    # the company's partner is a name the gazetteer does not know
    ("it", "Leonardo e la tedesca Helsing hanno firmato un accordo per sviluppare droni destinati alle forze armate.",
     set()),
    # an alternative to a company is not a deal with it; a German negation at the end of the clause
    ("nl", "Defensie kiest Europees alternatief voor Palantir.", set()),
    ("de", "Ein Sprecher des Verteidigungsministeriums sagte, eine Beschaffung von Anduril-Produkten sei derzeit "
           "nicht geplant.", set()),
])
def test_groups_lists_and_names_after_the_third_holdout(language, text, expected):
    assert pairs(text, language) == expected


def test_a_month_is_not_a_modal():
    text = "The Norwegian government's deal with OpenAI, announced in May, gives civil servants ChatGPT Enterprise."
    assert pairs(text) == {("NOR", "openai")}
    assert pairs("The Norwegian government may sign a deal with OpenAI.") == set()


@pytest.mark.parametrize("language,text,expected", [
    # countries listed as the subject, commas only between them
    ("en", "Jamaica, Barbados and Trinidad and Tobago signed a memorandum of understanding with Microsoft.",
     {("JAM", "microsoft"), ("BRB", "microsoft"), ("TTO", "microsoft")}),
    # the company won the tender the previous sentence's agency ran
    ("en", "The South African Revenue Service spent two years looking for a supplier. Amazon Web Services won the "
           "tender, worth R1.4 billion.", {("ZAF", "amazon")}),
    # a negated deal leaves nothing for the next sentence to complete
    ("de", "Wir reden mit dem Bund, aber unterschrieben ist nichts. Der Übersetzungsdienst DeepL aus Köln ist ein "
           "deutsches KI-Unternehmen.", set()),
    # an unknown name as the subject is not the previous sentence's government
    ("pt", "O governo federal quer ampliar a nuvem. O Serpro, empresa pública, fechou acordo com a Oracle.", set()),
    ("en", "The Department for Education thinks that could change. On Tuesday it signed an agreement with Google "
           "DeepMind.", {("GBR", "google")}),
    # meetings, proposals and seeking are not deals; a city metonym as a place does not beat the acting agency
    ("en", "New Zealand's digital minister spoke on radio. Officials have been meeting Microsoft about an "
           "all-of-government licence.", set()),
    ("nl", "Europol, met zijn hoofdkantoor in Den Haag, heeft een contract gesloten met het Franse Mistral AI.",
     {("EUU", "mistral-ai")}),
    ("pt", "Não é a primeira experiência do Estado português: o assistente do portal gov.pt foi desenvolvido com a "
           "Microsoft.", {("PRT", "microsoft")}),
])
def test_sentences_written_after_the_fourth_holdout(language, text, expected):
    assert pairs(text, language) == expected


@pytest.mark.parametrize("language,text,expected", [
    # an interview: "we" is the government just named
    ("de", "Liechtenstein will bis 2030 fast alle Behördengänge online anbieten. Im Gespräch erklärt die "
           "Regierungschefin, wie das gelingen soll. Wir haben im Frühjahr mit Microsoft eine Absichtserklärung "
           "unterzeichnet.", {("LIE", "microsoft")}),
    # a question is not a report
    ("it", "Sottosegretario, è vero che il governo italiano sta per firmare un accordo con OpenAI?", set()),
    ("en", "Is the British government about to sign a deal with OpenAI?", set()),
    # brands and EU agencies
    ("en", "The European Medicines Agency has started a pilot with Claude to summarise dossiers.",
     {("EUU", "anthropic")}),
    ("it", "L'Efsa ha avviato un progetto pilota con Mistral AI per verificare i dossier.", {("EUU", "mistral-ai")}),
    ("es", "El Ministerio de Justicia de España resolvió el concurso. El contrato, de 7,3 millones de euros, ha "
           "recaído en Microsoft.", {("ESP", "microsoft")}),
    ("nl", "Defensie koopt drones bij een Duitse fabrikant, Helsing valt af.", set()),
])
def test_sentences_written_after_the_fifth_holdout(language, text, expected):
    assert pairs(text, language) == expected


@pytest.mark.parametrize("language,text,expected", [
    ("en", "The ICT ministers of the Republic of Kenya, the Republic of Uganda and the United Republic of Tanzania met "
           "in Arusha. The three signed a joint memorandum of understanding with Google.",
     {("KEN", "google"), ("UGA", "google"), ("TZA", "google")}),
    # a Land ministry, by its seat or by its compound name
    ("de", "Das Schulministerium in Düsseldorf hat eine Vereinbarung mit Google geschlossen.", set()),
    # a Dutch negation at the end of a long clause
    ("nl", "Afspraken tussen het kabinet en Microsoft zijn er niet gemaakt, bevestigde een woordvoerder.", set()),
    # choosing between companies is not a deal with the last one listed
    ("pt", "Gestores públicos brasileiros são pressionados a escolher entre OpenAI, Google, DeepSeek e outras.", set()),
    ("de", "Den Zuschlag für das Projekt hat die Generalzolldirektion dem Heidelberger Unternehmen Aleph Alpha erteilt.",
     {("DEU", "aleph-alpha")}),
])
def test_sentences_written_after_the_sixth_holdout(language, text, expected):
    assert pairs(text, language) == expected


@pytest.mark.parametrize("language,text,expected", [
    # "jointly … they" after three office holders of three countries
    ("de", "Am Rande des Treffens kamen der deutsche Digitalminister, der österreichische Staatssekretär für "
           "Digitalisierung und der Schweizer Bundeskanzler zusammen. Gemeinsam unterzeichneten sie mit dem Kölner "
           "Übersetzungsspezialisten DeepL eine Absichtserklärung.",
     {("DEU", "deepl"), ("AUT", "deepl"), ("CHE", "deepl")}),
    # a company the gazetteer does not know signs with a known one
    ("en", "The British government outsources many services. Capita has signed a five-year agreement with Microsoft "
           "to roll out Copilot.", set()),
    ("fr", "Eurostat a attribué à Databricks un marché de 18 millions d'euros.", {("EUU", "databricks")}),
    ("es", "La DIAN, que en 2023 firmó un memorando con Google, calcula que la evasión cuesta caro.",
     {("COL", "google")}),
])
def test_sentences_written_after_the_seventh_holdout(language, text, expected):
    assert pairs(text, language) == expected


@pytest.mark.parametrize("language,text,expected", [
    # the country after "of" a few words on, and a list of republics
    ("en", "The ministers responsible for information and communication technology of the Republic of Kenya, the "
           "Republic of Uganda and the United Republic of Tanzania signed a memorandum of understanding with Google.",
     {("KEN", "google"), ("UGA", "google"), ("TZA", "google")}),
    # each government word keeps the country nearest to it
    ("it", "Il ministero degli Affari esteri, il governo del Kenya e Microsoft hanno firmato alla Farnesina un "
           "protocollo d'intesa.", {("ITA", "microsoft"), ("KEN", "microsoft")}),
    # "no government involvement"; a state word inside a company's name; but "Segreteria di Stato" is the state
    ("en", "The Indian government praised the launch. Airtel said there was no government involvement in the "
           "arrangement. Analysts said the deal gives Perplexity a huge user base.", set()),
    ("it", "Il gruppo Ferrovie dello Stato Italiane ha firmato un accordo pluriennale con Google Cloud.", set()),
    ("it", "A San Marino la Segreteria di Stato per l'Industria ha firmato un memorandum con Microsoft.",
     {("SMR", "microsoft")}),
])
def test_sentences_written_after_the_eighth_holdout_was_scored(language, text, expected):
    assert pairs(text, language) == expected


@pytest.mark.parametrize("language,text,expected", [
    # a pronoun subject awarding "to" a company
    ("fr", "L'Agence européenne des produits chimiques croule sous les dossiers. Elle a attribué à la société "
           "allemande Aleph Alpha un marché de 4,8 millions d'euros.", {("EUU", "aleph-alpha")}),
    # mixed-case acronyms as Italian papers write them
    ("it", "L'Inps ha aggiudicato a Ibm Italia l'appalto per l'assistente virtuale.", {("ITA", "ibm")}),
    # a company's newsroom: "we" is the company the post is about
    ("en", "ElevenLabs brings new voices to Ghana. Today we're announcing a partnership with Ghana's Ministry of "
           "Communication to build voices in Twi and Ewe. — The ElevenLabs team", {("GHA", "elevenlabs")}),
    # …but "we" in an official's quote is not the company
    ("nl", "Het ministerie van Binnenlandse Zaken start een pilot met Mistral AI. Mistral AI levert het model. ‘We willen niet "
           "afhankelijk zijn van één Amerikaanse leverancier’, zei de staatssecretaris.", {("NLD", "mistral-ai")}),
])
def test_sentences_written_in_the_eighth_parts_tuning_round(language, text, expected):
    assert pairs(text, language) == expected


@pytest.mark.parametrize("language,text,expected", [
    # an acronym defined in brackets after a body names that body later on
    ("en", "The Korean Intellectual Property Office (KIPO) has a backlog. Last week KIPO signed a contract with "
           "Upstage and a second one with Microsoft.", {("KOR", "upstage"), ("KOR", "microsoft")}),
    ("de", "Das Deutsche Patent- und Markenamt (DPMA) sucht Hilfe bei der Klassifikation. Nun hat das DPMA einen "
           "Vertrag mit IBM unterzeichnet.", {("DEU", "ibm")}),
    # German federal bodies by their prefix, Dutch state bodies by theirs
    # (not BaFin's full name: since session 6 the gazetteer knows it as a regulator, like "BaFin")
    ("de", "Die Bundesanstalt für Immobilienaufgaben schließt einen Vertrag mit Databricks.",
     {("DEU", "databricks")}),
    ("nl", "De Rijksdienst voor Ondernemend Nederland sluit een overeenkomst met Microsoft.", {("NLD", "microsoft")}),
    # "received the award": the company wins a tender the previous sentence's agency ran
    ("de", "Die Behörde hat eine Datenplattform ausgeschrieben. Den Zuschlag hat nun Databricks erhalten.",
     {("DEU", "databricks")}),
    # a dateline city is where the story was filed, not a regional government
    ("de", "München – Das Bundesamt für Migration hat einen Vertrag mit Aleph Alpha geschlossen.",
     {("DEU", "aleph-alpha")}),
    # the Official Journal publishes the tender; it is not a party
    ("fr", "L'avis publié au Journal officiel de l'UE indique que le marché a été attribué à Aleph Alpha.", set()),
    # a day of the week opening the sentence is not a company's name
    ("nl", "Het instituut valt onder het ministerie van Justitie. Dinsdag tekende het een overeenkomst met Google.",
     {("NLD", "google")}),
    # a definite company description after "to" or "with" is the company the article named
    ("nl", "Microsoft bouwt een spraakassistent. Het ministerie van Financiën heeft de opdracht gegund aan het "
           "Amerikaanse techconcern.", {("NLD", "microsoft")}),
    # …but an indefinite one is someone new
    ("nl", "Microsoft bouwt een spraakassistent. Het ministerie van Financiën heeft de opdracht gegund aan een "
           "Amerikaans techconcern.", set()),
])
def test_sentences_written_after_the_ninth_holdout_was_scored(language, text, expected):
    assert pairs(text, language) == expected


@pytest.mark.parametrize("language,text", [
    # a state, a municipality: sub-national governments get no pair
    ("en", "The Karnataka government signed a memorandum of understanding with Sarvam AI on Tuesday."),
    ("nl", "Het college van burgemeester en wethouders heeft een contract met IBM gesloten."),
    ("es", "El alcalde firmó un convenio con Google para el asistente municipal."),
    # "US-Konzerne" describe companies; the federal administration is Austria's
    ("de", "Der Staatssekretär sprach über Abhängigkeiten von US-Konzernen. Die Bundesverwaltung in den USA "
           "hat nichts unterschrieben."),
])
def test_subnational_and_descriptive_countries_are_not_parties(language, text):
    assert pairs(text, language) == set()


def test_a_pilot_named_before_a_meeting_is_the_event_and_a_licence_after_it_the_topic():
    text = ("The Japan Patent Office has begun a pilot with Sakana AI, the agency said after its annual meeting. "
            "Officials of New Zealand's government have been meeting Microsoft about an all-of-government licence.")
    assert pairs(text) == {("JPN", "sakana-ai")}


@pytest.mark.parametrize("language,text,expected", [
    # an institution word qualified as national is a body of the state the article is about
    ("fr", "La Caisse nationale d'assurance vieillesse a signé un accord avec Mistral AI.", {("FRA", "mistral-ai")}),
    ("es", "El Instituto Nacional de Estadística firmó un convenio con Google.", {("ESP", "google")}),
    # …but a national parliament hearing a company is not a deal, and national companies are not the state
    ("fr", "L'Assemblée nationale a auditionné OpenAI.", set()),
    # named agencies of many countries
    ("en", "Skatteverket signed a contract with Microsoft for its call centres.", {("SWE", "microsoft")}),
    ("de", "Das BfArM startet ein Pilotprojekt mit Aleph Alpha.", {("DEU", "aleph-alpha")}),
])
def test_national_bodies(language, text, expected):
    assert pairs(text, language) == expected


@pytest.mark.parametrize("language,text,expected", [
    # a Land government opening the sentence is the deal's subject, not the federal ministries before it
    ("de", "Bislang wurde das Werkzeug vor allem in den Ministerien erprobt. Die Landesregierung hat den Vertrag "
           "mit Aleph Alpha um drei Jahre verlängert.", set()),
    # "the start-up from Tokyo" says where the company is; the ministry stays Italy's
    ("it", "Il ministero ha firmato una lettera d'intenti con Sakana AI. L'intesa prevede scambi tra la start-up di "
           "Tokyo e le università italiane. È stato rinnovato anche il protocollo d'intesa tra il Ministero e Nvidia.",
     {("ITA", "sakana-ai"), ("ITA", "nvidia")}),
    # a minister praising someone else's partnership
    ("pt", "O banco estatal vai distribuir o Copilot a 80 mil funcionários. O ministro da Fazenda classificou a "
           "parceria com a Microsoft como um exemplo.", set()),
    ("en", "The prime minister hailed the agreement between Vodafone and Microsoft.", set()),
    # a wire dateline is a place, not the subject of the first sentence
    ("en", "RIO DE JANEIRO - Petrobras has signed agreements with Nvidia to process seismic surveys of Brazil's "
           "fields.", set()),
])
def test_sentences_written_after_the_tenth_holdout_was_scored(language, text, expected):
    assert pairs(text, language) == expected


def test_brazilian_portuguese_makes_the_unnamed_ministry_brazils():
    brazilian = ("O ministério assinou nesta terça-feira um acordo com a IBM. A pasta está analisando os dados com "
                 "a equipe técnica.")
    european = ("O ministério assinou esta terça-feira um acordo com a IBM. A tutela está a analisar os dados com a "
                "equipa técnica.")
    assert pairs(brazilian, "pt") == {("BRA", "ibm")}
    assert pairs(european, "pt") == {("PRT", "ibm")}


@pytest.mark.parametrize("language,text,expected", [
    # a hedge on one deal word ("weighing a roll-out") does not undo the pilot already run
    ("en", "The Kenya Revenue Authority ran a pilot with Microsoft last year and is now weighing a wider roll-out.",
     {("KEN", "microsoft")}),
    # a company's newsroom: the government chose "us" / "our cloud"
    ("es", "En AWS creemos en los servicios públicos. Nos alegra anunciar que el Instituto Guatemalteco de Seguridad "
           "Social nos ha seleccionado como proveedor de nube.", {("GTM", "amazon")}),
    ("pt", "A Anthropic tem o prazer de anunciar novidades. O Departamento de Defesa dos Estados Unidos nos concedeu "
           "um contrato de 200 milhões de dólares.", {("USA", "anthropic")}),
    # …but Portuguese "nos" before a noun is "in the"
    ("pt", "A Anthropic tem o prazer de anunciar novidades. O Ministério da Saúde do Brasil investiu nos hospitais "
           "e assinou contratos.", set()),
])
def test_newsrooms_and_hedges_after_the_tenth_part(language, text, expected):
    assert pairs(text, language) == expected


def test_an_interviewees_we_holds_through_the_interview():
    text = ("Ne parliamo con il direttore generale dell'Inps. Direttore, quanto è cresciuto il fenomeno? "
            "Le denunce sono triplicate. Che cosa state facendo? Stiamo formando il personale. E le altre "
            "piattaforme? Con Google lavoriamo insieme da anni, nell'ambito dell'accordo sul contrasto alle truffe.")
    assert pairs(text, "it") == {("ITA", "google")}


def test_a_national_centre_is_a_state_body():
    text = ("Het Nationaal Cyber Security Centrum waarschuwt de overheid. Hoe houdt u dat bij? Sinds vorig jaar "
            "hebben we convenanten met Microsoft en Google. Betaalt u daarvoor?")
    assert pairs(text, "nl") == {("NLD", "microsoft"), ("NLD", "google")}


@pytest.mark.parametrize("language,text,expected", [
    # French "que" is a relative pronoun, not half of "ainsi que"
    ("fr", "Le ministère sénégalais du Numérique a signé un accord. Les données iront au datacenter de Diamniadio, "
           "que Huawei a construit au titre d'un accord conclu avec l'État en 2019.", {("SEN", "huawei")}),
    # the ambassador's country is not the minister's
    ("fr", "Le ministère sénégalais du Numérique a signé un accord avec Mistral AI. Le ministre a parlé lors de la "
           "cérémonie, en présence de l'ambassadrice de France. Les serveurs, que Huawei a construits au titre d'un "
           "accord conclu avec l'État, sont à Dakar.", {("SEN", "mistral-ai"), ("SEN", "huawei")}),
    # a newsroom: "the memorandum we signed with Ottawa", "has awarded us a contract" far after the agency
    ("en", "When we started Cohere in Toronto we wanted to build AI for governments. Shared Services Canada, the "
           "department that runs IT for much of the federal public service, has awarded us a contract for North. "
           "This builds on the memorandum of understanding we signed with Ottawa last summer.",
     {("CAN", "cohere")}),
])
def test_relative_clauses_diplomats_and_newsrooms(language, text, expected):
    assert pairs(text, language) == expected


@pytest.mark.parametrize("language,text,expected", [
    # "the institute" again, once the article has named the federal institute
    ("de", "Beim Bundesinstitut für Arzneimittel gehen jedes Jahr 80.000 Meldungen ein. Das Bonner Institut startet "
           "ein Pilotprojekt mit dem Heidelberger Unternehmen Aleph Alpha.", {("DEU", "aleph-alpha")}),
    # …but not when no state body was named before
    ("de", "Das Bonner Institut startet ein Pilotprojekt mit Aleph Alpha.", set()),
    # a definite company word opening the sentence is the company the article is about
    ("it", "Il ministero della Giustizia italiano ha acquistato licenze di Mistral AI. La start-up guidata da Arthur "
           "Mensch ha già un accordo quadro con il ministero delle Forze armate francese.",
     {("ITA", "mistral-ai"), ("FRA", "mistral-ai")}),
    # the company's "it" after a sentence the company opened
    ("en", "Anthropic has been courting governments with similar offers. Last November it signed a memorandum of "
           "understanding with the government of Rwanda.", {("RWA", "anthropic")}),
    # the interviewer's "you" is the official answering
    ("en", "Kenya's principal secretary for ICT spoke to us in Nairobi. Is the memorandum working? You signed with "
           "Microsoft last year. What has happened since?", {("KEN", "microsoft")}),
    # the Council of the EU in German
    ("de", "DeepL hat eine Ausschreibung des Generalsekretariats des Rates der Europäischen Union gewonnen.",
     {("EUU", "deepl")}),
])
def test_references_back_after_the_tenth_part(language, text, expected):
    assert pairs(text, language) == expected


@pytest.mark.parametrize("language,text,expected", [
    # the company after "with" is the partner of the subject before it, not of officials named after it
    ("en", "Greece signed a memorandum with OpenAI in September, and officials from Latvia and Lithuania have "
           "been to Tallinn to study the scheme.", {("GRC", "openai")}),
    # a minister commenting on someone else's partnership, named or not
    ("en", "Nigeria's communications minister called the Nvidia partnership a vote of confidence.", set()),
    ("es", "La ministra de Minería de Chile celebró el acuerdo de Codelco con Google.", set()),
    # an embedded question is not a deal
    ("en", "The UK's Department for Work and Pensions answered MPs. Asked whether the department held any contract "
           "with Palantir, the minister said it did not.", set()),
    # a government word does not reach a country across "tandis que"
    ("fr", "La Côte d'Ivoire avait conclu un accord de partenariat avec Microsoft pour son administration, tandis "
           "que le Nigeria mise sur son propre modèle.", {("CIV", "microsoft")}),
    # French press names neighbours by what lies between
    ("fr", "Outre-Manche, le ministère de la Défense a conclu un partenariat stratégique avec Palantir.",
     {("GBR", "palantir")}),
    # a country's genitive retargets a generic institution name
    ("en", "Singapore's Ministry of Defence has signed a partnership with Mistral AI.", {("SGP", "mistral-ai")}),
    # "in Switzerland, where the federal administration uses DeepL"
    ("de", "Behörden vertrauen auf DeepL, etwa in der Schweiz, wo die Bundesverwaltung DeepL über einen "
           "Rahmenvertrag nutzt.", {("CHE", "deepl")}),
    # an agency compound, and a company described by its region
    ("de", "Japans Beamte sollen mit Modellen von OpenAI arbeiten. Die Digitalagentur hat mit dem kalifornischen "
           "Unternehmen eine Zusammenarbeit vereinbart.", {("JPN", "openai")}),
    ("de", "Die Nachrichtenagentur hat einen Vertrag mit OpenAI unterzeichnet.", set()),
    # a German federal body is not the French context's
    ("de", "Deutschland entwickelt gemeinsam mit Paris KI für Behörden. Die Bundesverwaltung überweist Microsoft "
           "jedes Jahr Millionen Euro für Lizenzen.", {("DEU", "microsoft")}),
])
def test_sentences_written_after_the_eleventh_holdout_was_scored(language, text, expected):
    assert pairs(text, language) == expected


@pytest.mark.parametrize("language,text,expected", [
    # brand names of the companies' models
    ("pt", "O Ministério da Educação do Brasil anunciou um projeto-piloto em parceria com o Gemini for Education.",
     {("BRA", "google")}),
    # "former researchers of OpenAI" only describe the company's founders
    ("it", "La società di San Francisco, fondata da un gruppo di ex ricercatori di OpenAI, ha sottoscritto un "
           "memorandum d'intesa con il governo britannico.", set()),
    # the governments two companies want to serve are not their partners
    ("nl", "KPN en het Franse Mistral AI slaan de handen ineen om Nederlandse overheden een AI-dienst aan te "
           "bieden.", set()),
    # a company sold to a government's armed forces
    ("de", "Drohnen desselben Typs hatte Helsing bereits an die ukrainischen Streitkräfte verkauft.",
     {("UKR", "helsing")}),
    # Italian "non … alcun accordo" is a denial, which a following sentence does not complete
    ("it", "«Ci sono stati colloqui, ma non hanno portato ad alcun accordo», ha detto la ministra italiana. Le "
           "sperimentazioni si sono basate su Llama, il modello di Meta, senza alcun rapporto contrattuale.", set()),
])
def test_sentences_written_in_the_eleventh_parts_round(language, text, expected):
    assert pairs(text, language) == expected


@pytest.mark.parametrize("language,text,expected", [
    # a country opening the sentence as a place frames its government words
    ("it", "In Corea del Sud il ministero della Scienza ha selezionato cinque squadre per il modello nazionale: "
           "tra queste figurano LG AI Research, Upstage e Naver Cloud.",
     {("KOR", "lg-ai-research"), ("KOR", "upstage"), ("KOR", "naver")}),
    # …and the place just before a government word wins over a farther country
    ("pt", "A Google anuncia um piloto. Ele se soma a experiências fora do Brasil: no Chile, colaboramos com o "
           "Ministério da Educação desde 2024.", {("CHL", "google")}),
    # a sovereign fund's company buying chips is a deal between companies
    ("it", "Humain, creata dal Public Investment Fund saudita, ha firmato contratti per migliaia di chip con Nvidia.",
     set()),
    # first-person plural "collaborate" in a newsroom
    ("it", "ElevenLabs porta le voci nelle scuole. Dal 2024 collaboriamo con il ministero della Trasformazione "
           "digitale ucraino.", {("UKR", "elevenlabs")}),
])
def test_places_and_newsrooms_in_the_eleventh_parts_round(language, text, expected):
    assert pairs(text, language) == expected


@pytest.mark.parametrize("language,text,expected", [
    # a ministry's portfolio is not a second company
    ("es", "El Ministerio de Cultura de España y la empresa ElevenLabs han firmado hoy un convenio de colaboración.",
     {("ESP", "elevenlabs")}),
    # "in Canada, where our company was founded, we signed … with the federal government"
    ("nl", "Cohere sluit een samenwerkingsovereenkomst met het Kadaster. In Canada, waar ons bedrijf is opgericht, "
           "sloten wij in 2025 een memorandum van overeenstemming met de federale regering.",
     {("NLD", "cohere"), ("CAN", "cohere")}),
    # a state-owned grid operator's contract is not the state's
    ("nl", "Netbeheerder TenneT, volledig in handen van de Staat, heeft met Microsoft een contract gesloten.", set()),
    ("it", "Fincantieri, controllata dallo Stato, ha siglato con Palantir un'intesa per i cantieri.", set()),
    # "signed nothing with", "turned down the offer"
    ("en", "The Indonesian minister stressed that the government itself had signed nothing with Nvidia.", set()),
    ("en", "Poland's digital affairs ministry has turned down Meta's offer to fine-tune Llama.", set()),
    # national archives are a state body
    ("it", "Gli Archivi nazionali britannici collaborano dal 2023 con Amazon Web Services.", {("GBR", "amazon")}),
])
def test_sentences_written_in_the_twelfth_parts_round(language, text, expected):
    assert pairs(text, language) == expected


@pytest.mark.parametrize("language,text,expected", [
    # a capitals dateline in Italian wire style names the country of "il ministero" (Morocco's ministry,
    # which "lavora con Microsoft", is a partner too since rules v33)
    ("it", "ROMA, 3 MAR – È la scommessa del protocollo d'intesa firmato oggi dal ministero dell'Agricoltura con "
           "IBM. In Marocco il ministero dell'Agricoltura lavora con Microsoft, ha scritto il governo di Rabat.",
     {("ITA", "ibm"), ("MAR", "microsoft")}),
    # the winner's line of an award notice
    ("it", "Amministrazione aggiudicatrice: Ministero dell'Interno italiano. Oggetto: servizio di trascrizione. "
           "Aggiudicatario: Microsoft S.r.l.", {("ITA", "microsoft")}),
    # "siamo felici di annunciare una collaborazione con l'Agenzia Spaziale Italiana"
    ("it", "Siamo felici di annunciare una collaborazione con l'Agenzia Spaziale Italiana. — Il team Nvidia",
     {("ITA", "nvidia")}),
    # Dutch authority compounds and their acronyms
    ("nl", "De Nederlandse Voedsel- en Warenautoriteit (NVWA) begint een proef. Daarvoor heeft de NVWA een "
           "samenwerkingsovereenkomst gesloten met Microsoft.", {("NLD", "microsoft")}),
    # a newsroom's "we" after the sentence that named the government
    ("nl", "Die vraag legden onderzoekers van het Rijksinstituut voor Volksgezondheid en Milieu ons voor. Vandaag "
           "kunnen we vertellen dat we een samenwerking zijn aangegaan.\n\nHet Google-team", {("NLD", "google")}),
    # bought licences "of" a company, in an interview
    ("nl", "We spraken met de CIO van het Openbaar Ministerie. Wat hebt u aangeschaft? Na een Europese "
           "aanbesteding hebben we licenties van DeepL gekocht.", {("NLD", "deepl")}),
    # the state as a shareholder is not a party
    ("nl", "Het postbedrijf, waarvan de Belgische staat meerderheidsaandeelhouder is, test Gemini van Google.",
     set()),
])
def test_sentences_written_in_the_thirteenth_parts_round(language, text, expected):
    assert pairs(text, language) == expected


def test_a_government_named_in_passing_late_in_the_story_does_not_become_its_home():
    text = ("Zürich, 3. April – Das Bundesamt für Meteorologie hat mit dem US-Chipkonzern Nvidia eine "
            "Forschungsvereinbarung unterzeichnet. Gerechnet wird in Lugano. Die Topografie der Schweiz ist schwierig. "
            "Die Ergebnisse kommen 2026. Mit der taiwanischen Regierung hat Nvidia bereits 2024 eine ähnliche "
            "Zusammenarbeit vereinbart.")
    assert ("CHE", "nvidia") in pairs(text, "de")


def test_a_country_name_with_a_lower_case_article_needs_its_capital():
    # French CLDR's "la Réunion" is not Spanish "la reunión" (the meeting)
    text = ("El Gobierno de España ha firmado un convenio con Google, anunció el consejero tras la reunión semanal "
            "del Consejo.")
    assert pairs(text, "es") == {("ESP", "google")}
    gaz = load_gazetteer()
    for sentence, expected in (("Un centre de données ouvre à la Réunion.", ["REU"]),
                               ("Tras la reunión semanal del Consejo.", [])):
        found = find_mentions(tokenize(sentence), gaz, "fr")["country"]
        assert [c.entry.value for c in found] == expected


@pytest.mark.parametrize("language,text,expected", [
    # a state utility named after its country is a company
    ("en", "Kenya Power has signed a three-year deal with Microsoft to predict outages.", set()),
    # "Azure OpenAI" is Microsoft's service
    ("es", "El Servicio de Registro Civil de Chile adjudicó a Microsoft un contrato para un asistente basado en "
           "los modelos de Azure OpenAI.", {("CHL", "microsoft")}),
    # a province is not the federal government, also when named as a place with its genitive
    ("en", "Every teacher in Nova Scotia's public schools will use Copilot under an agreement the province signed "
           "with Microsoft, the education minister announced.", set()),
    # proposals and talks ended "for lack of agreement"
    ("es", "Un grupo de congresistas de Perú propuso un convenio con OpenAI.", set()),
    ("fr", "En Algérie, le ministère de la Numérisation a mis fin aux discussions avec Alibaba Cloud, faute "
           "d'entente sur la localisation des données.", set()),
    # an unknown company after an article opens the sentence: its deal, not the previous sentence's state
    ("pt", "É um acordo de um estado, não da União. A Petrobras, por sua vez, fechou com a Nvidia a compra de "
           "placas.", set()),
    # …but a preposition opening the sentence is no name
    ("it", "La sperimentazione è stata avviata dal Parlamento europeo. Per il progetto pilota, l'istituzione si è "
           "affidata a ElevenLabs.", {("EUU", "elevenlabs")}),
])
def test_sentences_written_in_the_fourteenth_parts_round(language, text, expected):
    assert pairs(text, language) == expected


@pytest.mark.parametrize("language,text,expected", [
    # a ministry's directorate-general, after a wire dateline with a lower-case month
    ("fr", "RABAT, 11 mars - La Direction générale des impôts a attribué à Microsoft un marché de trois ans.",
     {("MAR", "microsoft")}),
    # …but a state bank called "Caixa Geral" is no directorate
    ("pt", "A Caixa Geral de Depósitos vai disponibilizar o Copilot ao abrigo de um acordo com a Microsoft.", set()),
    # Italian "ne" (of it) is not "né" (nor)
    ("it", "A Tirana il governo albanese ha sviluppato l'assistente in collaborazione con Microsoft, che ne fornisce i "
           "modelli.", {("ALB", "microsoft")}),
    # a company that supplies a government's armed forces
    ("fr", "Helsing fournit déjà des logiciels d'analyse aux forces de défense estoniennes.", {("EST", "helsing")}),
])
def test_sentences_written_in_the_fifteenth_parts_round(language, text, expected):
    assert pairs(text, language) == expected


@pytest.mark.parametrize("language,text,expected", [
    # a state-owned group and a country's company are not the government
    ("en", "Petronas signed a Google Cloud deal. The group, which is wholly owned by the Malaysian government, did "
           "not put a value on the deal.", set()),
    ("en", "Indonesia's Pertamina signed a similar arrangement with Microsoft last year.", set()),
    # Spain's foreign ministry has the European Union in its name
    ("es", "El Ministerio de Asuntos Exteriores, Unión Europea y Cooperación ha adjudicado a Salesforce el "
           "contrato del asistente consular.", {("ESP", "salesforce")}),
])
def test_owners_and_names_in_the_fifteenth_parts_round(language, text, expected):
    assert pairs(text, language) == expected


@pytest.mark.parametrize("language,text,expected", [
    # a verb of working together a few words before "with" and the company
    ("it", "In Marocco il ministero dell'Agricoltura lavora dal 2024 con Microsoft a un sistema di allerta sulla "
           "siccità.", {("MAR", "microsoft")}),
    ("nl", "Luxemburg werkt sinds vorig jaar met Mistral AI aan een assistent voor zijn ambtenaren.",
     {("LUX", "mistral-ai")}),
    # …only when a government or a country is its subject
    ("es", "Otros bancos españoles trabajan con Microsoft y Google en proyectos similares.", set()),
    # a newsroom's "we" working with a government named at length
    ("nl", "In Finland werken we sinds vorig jaar met de Digital and Population Data Services Agency aan open "
           "datasets.\n\n— Het team van Hugging Face", {("FIN", "hugging-face")}),
    # a government body using a company's paid product; not a prime minister's habit in an infinitive
    ("nl", "De Duitse Bundespolizei gebruikt de betaalde versie van DeepL al een paar jaar op stations.",
     {("DEU", "deepl")}),
    ("nl", "In Zweden kwam premier Ulf Kristersson onder vuur te liggen nadat hij had verteld ChatGPT geregeld als "
           "second opinion te gebruiken.", set()),
    # orders, selections, supplies and entrusting in the cue lists
    ("nl", "Het Duitse leger gaf Helsing eerder opdrachten voor de elektronische oorlogvoering van de Eurofighter.",
     {("DEU", "helsing")}),
    ("nl", "Het Japanse ministerie van Economie selecteerde Preferred Networks voor een nieuwe ronde van zijn "
           "GENIAC-programma.", {("JPN", "preferred-networks")}),
    ("fr", "Outre-Manche, NHS England a confié en 2023 à Palantir sa plateforme fédérée de données de santé.",
     {("GBR", "palantir")}),
])
def test_sentences_written_in_the_sixteenth_parts_round(language, text, expected):
    assert pairs(text, language) == expected


def test_a_high_court_is_a_user_of_the_articles_country():
    text = ("C'est une nouvelle dont nous sommes fiers : à l'issue d'une procédure de mise en concurrence, la Cour "
            "de cassation a retenu LightOn pour équiper ses magistrats. Les données restent hébergées en France.")
    assert pairs(text, "fr") == {("FRA", "lighton")}


def test_an_acronym_in_capitals_is_no_demonym():
    # Colombia's statistics office DANE, not "a Dane"
    text = ("Em 2024, assinamos um memorando de entendimento com o DANE, da Colômbia, para levar a computação em "
            "nuvem às pesquisas agropecuárias do país.\n\nEquipe AWS Setor Público Brasil")
    assert pairs(text, "pt") == {("COL", "amazon")}


@pytest.mark.parametrize("language,text,expected", [
    # an interviewee's verb with its subject dropped ("Tenemos"), not a company's name
    ("es", "La Agencia de Recaudación y Control Aduanero de Argentina quiere usar inteligencia artificial. Hablamos "
           "con su titular.\n\n—¿Qué están usando hoy?\n\n—Tenemos un contrato con IBM, firmado el año pasado, para "
           "un sistema de alertas.\n\n—¿Y en la aduana?\n\n—Ahí todavía nada.", {("ARG", "ibm")}),
    # German puts the subject after the verb ("testen wir"), and "our contract" is the speaker's own
    ("de", "Das Bundesamt für Statistik der Schweiz gilt als vorsichtig. Wo setzt das BFS heute KI ein?\n\n"
           "Seit Januar testen wir mit Mistral AI ein Modell, das Antworten vorsortiert.\n\nUnd die Übersetzungen?\n\n"
           "Die Lizenzen laufen über unseren bestehenden Vertrag mit Microsoft.\n\nWarum?",
     {("CHE", "mistral-ai"), ("CHE", "microsoft")}),
])
def test_interview_answers_in_the_sixteenth_parts_round(language, text, expected):
    assert pairs(text, language) == expected


def test_an_acronym_the_article_defines_wins_over_a_known_one():
    # DGA is France's armament agency in the gazetteer; this story defines it as Thailand's digital agency
    text = ("BANGKOK - Thailand's Digital Government Development Agency (DGA) agreed a six-month pilot with "
            "Anthropic, the agency said. Recordings will be processed on servers rented from Google Cloud, which "
            "won a DGA tender last year.")
    assert pairs(text) == {("THA", "anthropic"), ("THA", "google")}


def test_a_country_named_later_as_the_subject_of_its_own_deal():
    text = ("Le Met Office britannique travaille depuis l'an dernier avec Google DeepMind sur la prévision, et la "
            "Suisse a conclu un accord comparable avec Nvidia.")
    assert pairs(text, "fr") == {("GBR", "google"), ("CHE", "nvidia")}


def test_the_public_sector_is_a_market_not_a_government():
    # a company's public-sector team signs off; a state company's deal is told beside "the public sector"
    assert pairs("Temos uma novidade: lançamos uma nova região de nuvem.\n\nEquipe AWS Setor Público Brasil",
                 "pt") == set()
    assert pairs("Per Amazon non è l'unica novità nel settore pubblico italiano: Sogei, la società informatica "
                 "controllata dal ministero dell'Economia, ha annunciato un accordo con Amazon.", "it") == set()


@pytest.mark.parametrize("language,text,expected", [
    # a web address says which country's service an unnamed state's body runs
    ("fr", "Le Centre des technologies de l'information de l'État (CTIE) a prolongé de trois ans son contrat pour les "
           "services cloud Azure. Le CTIE y héberge l'assistant de Guichet.lu.", {("LUX", "microsoft")}),
    # a Belga dateline (Brussels is the place, not the Commission) and a Dutch "federal" agency
    ("nl", "BRUSSEL (Belga) - Fedasil, het federaal agentschap voor de opvang van asielzoekers, heeft een "
           "raamovereenkomst gesloten met ElevenLabs.", {("BEL", "elevenlabs")}),
    # talks about a purchase, and a tender a government ended, are no deals
    ("nl", "Defensie heeft gesprekken gevoerd met het Amerikaanse defensiebedrijf Anduril over de aankoop van drones, "
           "maar een overeenkomst is er niet gekomen.", set()),
    ("fr", "Microsoft a introduit un recours devant le Conseil d'État contre la décision du SPF BOSA de mettre fin à "
           "l'appel d'offres pour un assistant.", set()),
    # Montevideo's Intendencia is a local government
    ("es", "La Intendencia de Montevideo firmó un acuerdo con Microsoft para incorporar Copilot a su sistema de "
           "reclamos.", set()),
    # "het ministerie van Defensie" in a story about Poland is Poland's: the portfolio names no country
    ("nl", "WARSCHAU - Het Poolse ministerie van Digitale Zaken heeft een overeenkomst getekend met Google. Het "
           "ministerie van Defensie ondertekende eerder een intentieverklaring met Palantir.",
     {("POL", "google"), ("POL", "palantir")}),
    # a lower-case Dutch compound government word
    ("nl", "Het CBR begint een proef met kunstmatige intelligentie. De rijbewijsinstantie werkt daarvoor samen met "
           "Microsoft.", {("NLD", "microsoft")}),
    # a newsroom's model developed with a government agency
    ("pt", "Vamos adaptar o Prithvi, o modelo aberto que desenvolvemos com a NASA a partir de imagens de satélite."
           "\n\nEquipe IBM Research Brasil", {("USA", "ibm")}),
    # "sie" tests a company's product: the agency of the previous sentence is the subject
    ("de", "Wien – Die Bundesanstalt Statistik Austria codiert Berufsangaben. Seit Oktober testet sie dafür ein "
           "Sprachmodell von Mistral AI.", {("AUT", "mistral-ai")}),
    # a named body takes the article's country when it chose the newsroom's company
    ("fr", "Depuis janvier, nous produisons les vidéos de l'Assurance retraite en France. La Caisse nationale "
           "d'assurance vieillesse nous a attribué ce marché à l'automne.\n\n— L'équipe Synthesia France",
     {("FRA", "synthesia")}),
    # "the company" after "with" is the one the last sentence named (and since session 16 a company working "for"
    # a government body supplies it: "werkt al langer voor de Bundeswehr")
    ("nl", "Helsing werkt al langer voor de Bundeswehr. Ook het Britse ministerie van Defensie sloot vorig jaar een "
           "contract met de onderneming.", {("GBR", "helsing"), ("DEU", "helsing")}),
])
def test_sentences_written_in_the_seventeenth_parts_round(language, text, expected):
    assert pairs(text, language) == expected


def test_generic_domains_name_no_country():
    # ".ai" is Anguilla's code but names AI companies' sites; the ministry stays the French story's
    text = "Le ministère des Armées a signé un accord-cadre avec Mistral AI (mistral.ai) et Helsing (helsing.ai)."
    assert pairs(text, "fr") == {("FRA", "mistral-ai"), ("FRA", "helsing")}


@pytest.mark.parametrize("language,text,expected", [
    # a country opening the sentence as the subject of a deal verb before the company
    ("fr", "La Tunisie voisine avait, elle, retenu Huawei l'an dernier pour un projet comparable.", {("TUN", "huawei")}),
    # …not a country the company chose
    ("fr", "L'Italie a été choisie par Microsoft pour son prochain centre de données.", set()),
    # a country and a company as joint subjects, the deal word a few words later
    ("nl", "Ghana en Google hebben dinsdag in de Ghanese hoofdstad een overeenkomst getekend.", {("GHA", "google")}),
])
def test_countries_as_subjects_in_the_seventeenth_parts_round(language, text, expected):
    assert pairs(text, language) == expected


@pytest.mark.parametrize("language,text,expected", [
    # a ministry named like Brazil's, in a sentence framed by another country
    ("pt", "No Chile, o Ministério da Fazenda contratou no ano passado a nuvem da AWS para um projeto semelhante.",
     {("CHL", "amazon")}),
    # a minister saying the ministry is no party to a company's agreement
    ("it", "Il ministro ha apprezzato l'impegno di Aws, precisando però che il ministero non è parte dell'intesa.",
     set()),
])
def test_places_and_parties_in_the_seventeenth_parts_round(language, text, expected):
    assert pairs(text, language) == expected


@pytest.mark.parametrize("language,text,expected", [
    ("nl", "In Australië bestelde het ministerie van Defensie bij Anduril een vloot onbemande onderzeeboten.",
     {("AUS", "anduril")}),
    # the subject between the verb and "with" ("werkt de … dienst Arbetsförmedlingen al een jaar met Google")
    ("nl", "In Zweden werkt de arbeidsbemiddelingsdienst Arbetsförmedlingen al een jaar met Google aan een "
           "vergelijkbare assistent.", {("SWE", "google")}),
    # a newsroom serving a ministry in the country a "where" clause names
    ("fr", "Ce projet prolonge ce que nous avons appris au Luxembourg, où nous accompagnons depuis l'an dernier le "
           "ministère de la Justice dans un projet pilote.\n\nL'équipe LightOn", {("LUX", "lighton")}),
    ("pt", "O Ministério da Saúde abriu um pregão para a nuvem. A vencedora foi a Oracle, com proposta de R$ 61,3 "
           "milhões.", {("BRA", "oracle")}),
])
def test_sentences_written_in_the_second_round_on_the_seventeenth_part(language, text, expected):
    assert pairs(text, language) == expected


def test_a_government_word_inside_a_bodys_name_is_no_second_party():
    # "Agency for Digital Government" is Denmark's agency; its "Government" does not take Ireland's context
    text = ("Ireland - Revenue Commissioners. Document classification services. Awarded to IBM Ireland Ltd, €6.1 "
            "million.\n\nDenmark - Agency for Digital Government (Digitaliseringsstyrelsen). Framework agreement for "
            "machine translation, awarded to DeepL SE.")
    assert pairs(text) == {("IRL", "ibm"), ("DNK", "deepl")}


@pytest.mark.parametrize("language,text,expected", [
    # a long acronym written as a name, as Spanish papers do, after a dateline with a full stop
    ("es", "La Superintendencia Nacional de Aduanas y de Administración Tributaria (Sunat) adjudicó a Google Cloud un "
           "contrato de 18,6 millones de soles.", {("PER", "google")}),
])
def test_acronyms_written_as_names(language, text, expected):
    assert pairs(text, language) == expected


def test_an_acronym_whose_name_case_is_a_word_stays_in_capitals():
    gaz = load_gazetteer()
    institutions = lambda text: [c.entry.value for c in find_mentions(tokenize(text), gaz, "en")["country"]  # noqa: E731
                                 if c.entry.kind.startswith("institution")]
    assert institutions("The BRIN published the study.") == ["IDN"]
    assert institutions("Sergey Brin signed it.") == []   # a founder of Google, not Indonesia's research agency


@pytest.mark.parametrize("language,text,expected", [
    # a fronted "with" and a Scandinavian agency name no seed lists
    ("nl", "Met de Deense Kystdirektoratet werken we sinds vorig jaar aan een vergelijkbaar project.\n\n— Het team "
           "van Microsoft Nederland", {("DNK", "microsoft")}),
    ("it", "Sicurezza del volo, l'Enac affida a Oracle il cloud per leggere le segnalazioni con l'IA.",
     {("ITA", "oracle")}),
    # Rome's city government is no national party
    ("it", "Roma Capitale ha affidato a Salesforce il rinnovo del contact center comunale.", set()),
])
def test_sentences_written_in_the_third_round_on_the_scored_parts(language, text, expected):
    assert pairs(text, language) == expected


@pytest.mark.parametrize("language,text,expected", [
    # "the same OpenAI" after "with"
    ("it", "L'Estonia ha stretto accordi con Anthropic, mentre la Grecia ha firmato lo scorso settembre un memorandum "
           "con la stessa OpenAI per le scuole superiori.", {("EST", "anthropic"), ("GRC", "openai")}),
    # a second partner described at length after "and"
    ("de", "Kenias Regierung will am Rechenzentrum festhalten. Das Ministerium hatte im Mai 2024 mit Microsoft und dem "
           "emiratischen KI-Konzern G42 eine Absichtserklärung unterzeichnet.", {("KEN", "g42"), ("KEN", "microsoft")}),
    # Liechtenstein's "Landesverwaltung" is national
    ("de", "Liechtenstein ist klein, seine Verwaltung kennt aber dieselben Fragen. Seit Oktober testen wir bei Aleph "
           "Alpha gemeinsam mit dem Amt für Informatik, wie unsere Plattform Mitarbeitende der Landesverwaltung "
           "unterstützen kann.", {("LIE", "aleph-alpha")}),
    ("fr", "BERNE – La Chancellerie fédérale a prolongé de quatre ans son contrat avec DeepL, selon un avis publié "
           "cette semaine.", {("CHE", "deepl")}),
    ("nl", "De RVA, de federale dienst die over de werkloosheidsuitkeringen gaat, start een proef met Copilot.",
     {("BEL", "microsoft")}),
    ("nl", "De Douane heeft na een Europese aanbesteding een vierjarige raamovereenkomst met Databricks gesloten.",
     {("NLD", "databricks")}),
    # the contractor's line of a Brazilian contract extract
    ("pt", "Extrato de contrato. Contratante: Agência Nacional de Águas e Saneamento Básico. Contratada: Google Cloud "
           "Brasil Computação e Serviços de Dados Ltda.", {("BRA", "google")}),
    # a deal put on hold, a tender suspended by the audit court
    ("en", "Cambodia's Ministry of Post and Telecommunications has put on hold a planned agreement with Alibaba Cloud "
           "to build a Khmer-language assistant.", set()),
    ("pt", "TCU suspende pregão do MEC para plataforma de IA do Enem; Oracle havia ficado em primeiro lugar.", set()),
    # the national police awards one contract, the Swiss customs another, in one headline
    ("fr", "En France, la police nationale confie ses vidéos de formation à Synthesia, la douane suisse s'équipe chez "
           "Microsoft.", {("CHE", "microsoft"), ("FRA", "synthesia")}),
    ("it", "Negli Stati Uniti la Noaa collabora da tempo con Nvidia su strumenti simili.", {("USA", "nvidia")}),
])
def test_sentences_written_in_the_round_on_the_eighteenth_part(language, text, expected):
    assert pairs(text, language) == expected


@pytest.mark.parametrize("language,text,expected", [
    # a sentence opening with a preposition has no unknown company as its subject
    ("es", "La Sunat adjudicó a Google Cloud un contrato. No es la primera incursión del ente recaudador en la "
           "inteligencia artificial. En 2023 firmó un memorando de entendimiento con Microsoft.",
     {("PER", "google"), ("PER", "microsoft")}),
    # "with the same company": the one the article is about
    ("es", "El Ministerio de Tecnologías de la Información y Comunicación (MITIC) de Paraguay y Microsoft firmaron "
           "un memorando. El convenio sigue el modelo del que Uruguay firmó con la misma empresa el año pasado.",
     {("PRY", "microsoft"), ("URY", "microsoft")}),
])
def test_subjects_and_references_in_the_round_on_the_eighteenth_part(language, text, expected):
    assert pairs(text, language) == expected


def test_a_newsroom_deal_with_a_ministry_named_by_its_portfolio():
    # "il ministero dell'Università e della Ricerca" takes the article's country, like a capitalised name
    text = ("Modelli aperti per la ricerca italiana. Oggi siamo felici: abbiamo firmato con il ministero "
            "dell'Università e della Ricerca un memorandum d'intesa per ospitare i modelli.\n\n— Il team di Hugging Face")
    assert pairs(text, "it") == {("ITA", "hugging-face")}


@pytest.mark.parametrize("language,text,expected", [
    # a state company named after its country is no government
    ("pt", "A Infraestruturas de Portugal (IP) assinou com a Amazon Web Services um contrato para inspecionar "
           "pontes.", set()),
    # …but a government body's long name ending in its country is
    ("es", "La Registraduría Nacional del Estado Civil de Colombia ha adjudicado a Google Cloud el contrato de la "
           "cédula digital.", {("COL", "google")}),
    ("pt", "A Administração Central de Meteorologia de Taiwan fechou uma parceria com a Nvidia em 2024.",
     {("TWN", "nvidia")}),
])
def test_country_names_inside_longer_names(language, text, expected):
    assert pairs(text, language) == expected


@pytest.mark.parametrize("language,text,expected", [
    # Italian "ad" before a vowel is "to"; AWS written as a name
    ("it", "MANILA – Il Dipartimento delle Tecnologie dell'informazione e della comunicazione (DICT) delle Filippine "
           "ha affidato ad Aws la gestione del cloud governativo.", {("PHL", "amazon")}),
    # an acronym defined after a long name with "für … und" inside it
    ("de", "Bonn – Das Bundesamt für Bevölkerungsschutz und Katastrophenhilfe (BBK) und Google haben eine "
           "Kooperationsvereinbarung unterzeichnet.", {("DEU", "google")}),
    # a compound product word between "with" and the company
    ("nl", "De Dienst Justitiële Inrichtingen (DJI) begint in vier penitentiaire inrichtingen een proef met "
           "vertaalsoftware van het Duitse bedrijf DeepL.", {("NLD", "deepl")}),
    # moving a system to a company's cloud
    ("es", "La Secretaría de Relaciones Exteriores de México migrará a Oracle Cloud su sistema de citas para "
           "pasaportes.", {("MEX", "oracle")}),
    # "the ministry and the US company" as the joint subject of their deal
    ("en", "Ukraine's economy ministry ranks plots by risk using a platform it built with Palantir; the ministry and "
           "the US company extended their agreement last year.", {("UKR", "palantir")}),
])
def test_sentences_written_in_the_round_on_the_nineteenth_part(language, text, expected):
    assert pairs(text, language) == expected


@pytest.mark.parametrize("language,text,expected", [
    # a revoked award is no deal
    ("it", "L'Inail revoca l'aggiudicazione a Oracle: il cloud per i dati sanitari torna in gara.", set()),
    # a mixed-case capital dateline is where the story was filed; the state oil company signs
    ("pt", "Luanda – A Sonangol assinou esta terça-feira com a Microsoft um acordo para migrar sistemas para a Azure.",
     set()),
])
def test_revocations_and_datelines_in_the_round_on_the_nineteenth_part(language, text, expected):
    assert pairs(text, language) == expected


@pytest.mark.parametrize("language,text,expected", [
    # Portuguese "A" opening a sentence before a country is its article, not "to"
    ("pt", "A Grécia seguiu-lhe os passos em setembro, com um memorando de entendimento com a OpenAI.",
     {("GRC", "openai")}),
    # …while Italian "A" before a city is "in"
    ("it", "A Parigi il ministero dell'Economia ha firmato un accordo con Mistral AI.", {("FRA", "mistral-ai")}),
    ("nl", "Na een openbare aanbesteding koos de RVA voor IBM om een digitale assistent te bouwen.", {("BEL", "ibm")}),
])
def test_articles_and_belgian_bodies_in_the_round_on_the_nineteenth_part(language, text, expected):
    assert pairs(text, language) == expected


@pytest.mark.parametrize("language,text,expected", [
    # a body named like Brazil's, in a sentence framed by Chile
    ("pt", "No Chile, a Secretaria de Governo Digital contratou a AWS em 2023 para hospedar a ClaveÚnica.",
     {("CHL", "amazon")}),
    # a capital opening the sentence frames the ministry; its "A" is no beneficiary's "to"
    ("it", "A Seul il ministero della Scienza e dell'ICT ha scelto con una gara le squadre del programma: tra le "
           "vincitrici figurano LG AI Research e la giovane Upstage.", {("KOR", "lg-ai-research"), ("KOR", "upstage")}),
])
def test_places_framing_bodies_in_the_round_on_the_nineteenth_part(language, text, expected):
    assert pairs(text, language) == expected


@pytest.mark.parametrize("language,text,expected", [
    # two companies' alliance to serve public bodies, whichever mention of the company is paired
    ("it", "Naver e Samsung hanno stretto un'alleanza per proporre agli enti pubblici coreani un pacchetto che unisce "
           "i modelli HyperCLOVA X e i server della seconda.", set()),
    # a government giving up talks
    ("pt", "Governo desiste de negociar direto com a Nvidia e fará licitação para supercomputador do PBIA.", set()),
])
def test_company_alliances_and_abandoned_talks(language, text, expected):
    assert pairs(text, language) == expected


@pytest.mark.parametrize("language,text,expected", [
    # a country adjective a few names before an institution word
    ("en", "ZAGREB — The Croatian Pension Insurance Institute has extended its contract with Amazon Web Services until "
           "the end of 2027.", {("HRV", "amazon")}),
    ("es", "La Dirección General del Catastro ha contratado por 4,8 millones de euros servicios de la nube Azure para "
           "analizar ortofotografías.", {("ESP", "microsoft")}),
    # a list of authorised suppliers is a procurement
    ("fr", "OTTAWA – Services publics et Approvisionnement Canada (SPAC) a ajouté Cohere, Anthropic et Google à la liste "
           "des fournisseurs autorisés.", {("CAN", "anthropic"), ("CAN", "cohere"), ("CAN", "google")}),
    # a German "Staatssekretariat" is a government word
    ("de", "Bern – Das Staatssekretariat für Wirtschaft (SECO) testet ein Sprachmodell des kanadischen Anbieters "
           "Cohere.", {("CHE", "cohere")}),
])
def test_sentences_written_in_the_round_on_the_twentieth_part(language, text, expected):
    assert pairs(text, language) == expected


@pytest.mark.parametrize("language,text,expected", [
    # an acronym the article defines after a name with lower-case words, over a French body's
    ("fr", "Tunisie : la CNAM confie à Huawei la chasse aux fraudes. TUNIS – La Caisse nationale d'assurance maladie "
           "(CNAM) a attribué à Huawei un marché de 14 millions de dinars.", {("TUN", "huawei")}),
    ("nl", "BRUSSEL (Belga) – Sciensano, het federale instituut voor volksgezondheid, heeft de opdracht voor een nieuw "
           "platform gegund aan Amazon Web Services.", {("BEL", "amazon")}),
    # the newsroom's own product named in the sentence of its deal with the body just named
    ("pt", "Foi por isso que aceitámos o desafio da SPMS – Serviços Partilhados do Ministério da Saúde. Assinámos esta "
           "semana um protocolo para testar um assistente baseado no watsonx.\n\n— Equipa da IBM Portugal",
     {("PRT", "ibm")}),
    # a named public service is the subject the next sentence's contract belongs to
    ("de", "Wien. Das Arbeitsmarktservice bleibt bei seinem umstrittenen Chatbot. Der Vertrag mit OpenAI über die "
           "Nutzung der Sprachmodelle wurde um zwei Jahre verlängert.", {("AUT", "openai")}),
])
def test_sentences_written_in_the_second_round_on_the_twentieth_part(language, text, expected):
    assert pairs(text, language) == expected


@pytest.mark.parametrize("language,text,expected", [
    # "office staff" is no government office; a country inside an airline's name is no party
    ("en", "AUCKLAND — Air New Zealand is rolling out ChatGPT Enterprise to about 4,000 office, engineering and "
           "airport staff after a trial.", set()),
    # a dateline without a dash; Italian "al" is "to the", not the Dutch "already"
    ("it", "SANTIAGO DEL CILE Codelco, il primo produttore di rame al mondo, ha firmato un accordo pluriennale con "
           "Amazon Web Services.", set()),
    # the company is the one using something: no purchase
    ("nl", "De Europese Commissie is een formeel onderzoek begonnen naar de manier waarop Google inhoud van "
           "nieuwsuitgevers gebruikt voor zijn AI-diensten.", set()),
    # a withdrawn tender, a decision not yet taken
    ("en", "SOFIA — Bulgaria's Ministry of Electronic Governance has withdrawn a tender for a citizen chatbot after "
           "Salesforce, the only bidder, asked for changes.", set()),
    ("de", "Die kirgisische Regierung hat nach eigenen Angaben noch nicht entschieden, ob sie den russischen Konzern "
           "Sber mit dem Aufbau eines KI-Assistenten beauftragt.", set()),
    # a Swiss canton and a Brazilian state are not national governments
    ("fr", "LAUSANNE – Le canton de Vaud a attribué à Microsoft un contrat pour équiper 3 000 collaborateurs de son "
           "administration.", set()),
    ("pt", "Belém – O governo do Pará assinou nesta quinta-feira um protocolo de intenções com a Amazon Web Services "
           "(AWS).", set()),
    # two companies, one named after its country
    ("fr", "Orange Côte d'Ivoire et Mistral AI ont signé mercredi un accord pour proposer aux entreprises ivoiriennes "
           "des assistants.", set()),
    # the German name of Namibia's capital
    ("de", "Windhuk – Das Landwirtschaftsministerium testet eine KI-Dürrewarnung mit IBM.", {("NAM", "ibm")}),
])
def test_sentences_written_in_the_round_on_the_twenty_first_part(language, text, expected):
    assert pairs(text, language) == expected


@pytest.mark.parametrize("language,text,expected", [
    # a headline listing several deals: each company belongs to the subject of its own segment
    ("en", "Asia-Pacific deal sheet: the Philippines' DICT renews AWS, DGA signs Huawei Cloud, Malaysia pulls chatbot "
           "tender.", {("PHL", "amazon")}),
    # a group "held mostly by the State" is a company
    ("pt", "A Águas de Portugal assinou um contrato com a IBM. O grupo, detido maioritariamente pelo Estado, negociou "
           "o contrato sozinho.", set()),
    # the Brussels region ("gewest") is no national government, nor the Commission
    ("nl", "Brussel geeft ambtenaren Copilot: gewest sluit akkoord met Microsoft.", set()),
])
def test_sentences_written_in_the_round_on_the_twenty_second_part(language, text, expected):
    assert pairs(text, language) == expected


@pytest.mark.parametrize("language,text,title,expected", [
    # "US" or "americani" beside a company word describes the companies, not who signs
    ("de", "Baku – Aserbaidschan hat sich zwei große US-Partner gesichert. Das Ministerium für digitale Entwicklung "
           "unterzeichnete Absichtserklärungen mit Nvidia und Microsoft.", "", {("AZE", "nvidia"), ("AZE", "microsoft")}),
    ("it", "L'Agenzia delle entrate-Riscossione non cambia fornitore. Non è la prima volta che l'agenzia si affida ai "
           "grandi gruppi americani: nel 2023 aveva assegnato a Microsoft la migrazione della posta.", "",
     {("ITA", "microsoft")}),
    # data kept "outside the EU" is a place, not the EU as a party: "the ministry" stays the story's country's
    ("de", "Der Datenschutzbeauftragte fordert in einer Stellungnahme an das Ministerium, dass Schülerdaten nicht "
           "außerhalb der EU verarbeitet werden. Das Ministerium hatte einen Vertrag mit Microsoft geschlossen.", "",
     {("DEU", "microsoft")}),
    # a headline and a lead that call the deal off, and the sentence after them that tells its story
    ("es", "El MEC anuló la adjudicación.", "El MEC anula la adjudicación de licencias de Copilot antes de firmar el "
                                            "contrato", set()),
    ("it", "Il governo ne discute da mesi.", "Figi, salta l'accordo con Huawei per il centro dati del governo", set()),
    ("fr", "LIBREVILLE – Le gouvernement gabonais a annulé l'attribution du marché qui devait revenir à Oracle. Le "
           "groupe américain avait été désigné en janvier à l'issue d'un appel d'offres pour héberger les applications "
           "des ministères.", "", set()),
    # a denial, and a deal only "about to be" signed
    ("de", "Berlin – Das Bundesministerium für Gesundheit hat einen Bericht zurückgewiesen, wonach es mit Anthropic "
           "eine Vereinbarung geschlossen habe.", "", set()),
    ("de", "Ein Branchendienst hatte gemeldet, das Ministerium wolle Claude von Anthropic nutzen und eine Vereinbarung "
           "stehe kurz vor der Unterzeichnung.", "", set()),
    # a German quotation opens a sentence of its own; "we" inside it is the quoted minister, not a newsroom
    ("de", "Bundeswirtschaftsministerin Katherina Reiche lobte die Ankündigung von Nvidia. „Genau solche "
           "Partnerschaften brauchen wir“, sagte sie.", "", set()),
])
def test_sentences_written_in_the_round_on_the_twenty_third_and_fourth_parts(language, text, title, expected):
    assert pairs(text, language, title) == expected


@pytest.mark.parametrize("language,text,title,expected", [
    # "the ministry" of a story about a region's ministry is that ministry
    ("de", "STUTTGART – Der Datenschutzbeauftragte schrieb an das Kultusministerium. Das Ministerium hatte im Herbst "
           "einen Vertrag mit Microsoft geschlossen.", "", set()),
    ("pt", "FORTALEZA – O Governo do Ceará assinou um contrato com a Oracle. A primeira aplicação será um assistente. "
           "De acordo com a Secretaria do Planejamento, os dados ficarão na nuvem da Oracle.", "", set()),
    # a Canadian province's name and abbreviation are not Britain
    ("en", "VICTORIA — British Columbia's Ministry of Health has signed a three-year agreement with Microsoft.",
     "B.C. health ministry signs three-year Copilot deal", set()),
    # a generic ministry name takes the article's country; a newsroom's "we … with the ministry"
    ("en", "This month, Upstage begins helping Vietnam's Ministry of Justice. On Tuesday in Hanoi we signed a "
           "twelve-month pilot agreement with the ministry.", "Our pilot with the Ministry of Justice",
     {("VNM", "upstage")}),
    # the state as a company's largest shareholder; a ministry applauding two companies' deal
    ("it", "La sperimentazione con Salesforce partirà in primavera. Il gruppo elettrico, di cui il ministero "
           "dell'Economia è primo azionista, ha firmato il contratto con Salesforce.", "", set()),
    ("es", "Banco Itaú y AWS firmaron un acuerdo.", "Itaú Paraguay y AWS sellan una alianza con el aplauso del MITIC",
     set()),
    # "governo federal" in a story about Canada is Canada's
    ("pt", "Canadá. O governo federal assinou um memorando de entendimento com a Cohere.", "", {("CAN", "cohere")}),
    # languages are not countries
    ("it", "Il Dipartimento dell'amministrazione penitenziaria ha scelto Synthesia per i video dei corsi. "
           "Prepareremo versioni in inglese, francese e arabo.", "", {("ITA", "synthesia")}),
])
def test_sentences_written_in_the_second_round_on_the_twenty_third_and_fourth_parts(language, text, title, expected):
    assert pairs(text, language, title) == expected


@pytest.mark.parametrize("language,text,expected", [
    # a direction is a place ("verso Bruxelles"), not the EU as a party
    ("it", "Tirana affida a ChatGPT la corsa verso Bruxelles: il governo tradurrà le norme con OpenAI.",
     {("ALB", "openai")}),
    # a denied deal; a tender declared void
    ("nl", "NAIROBI – Het Keniaanse ministerie van Onderwijs heeft berichten ontkend dat het een akkoord heeft gesloten "
           "met OpenAI.", set()),
    ("es", "El Ministerio de Finanzas Públicas de Guatemala declaró desierta la licitación; la única oferta era de IBM.",
     set()),
    # governments in general, offered partnerships
    ("de", "Altman warb für das Programm OpenAI for Countries, mit dem das Unternehmen Regierungen Partnerschaften "
           "anbietet.", set()),
    # a national oil company "of Kazakhstan" is a company
    ("it", "ASTANA – KazMunayGas, la compagnia petrolifera nazionale del Kazakistan, ha firmato con Microsoft un accordo "
           "per usare il cloud.", set()),
    # a regulator that buys is a buyer
    ("it", "La Consob ha aggiudicato a Google Cloud un contratto da 6,4 milioni di euro per una piattaforma di analisi.",
     {("ITA", "google")}),
    # in an interview, the company "accompanies us": the official's government
    ("fr", "Au Liban, le Bureau du ministre d'État pour la Réforme administrative (OMSAR) pilote la transformation "
           "numérique de l'État. Où en est l'assistant ? Nous l'avons construit avec Microsoft, dans le cadre de la "
           "convention signée l'an dernier. Et la formation des fonctionnaires ? Google nous accompagne, au titre d'un "
           "accord signé en 2024, pour former un millier d'agents.", {("LBN", "google"), ("LBN", "microsoft")}),
    # a newsletter's sections: the section's country is the subject, and a ministry named like Mexico's is
    # the section's; a single "Wien." is a dateline, not a section
    ("en", "Our weekly round-up of public-sector awards. Iceland – Directorate of Health. The Directorate has started a "
           "pilot with Mistral AI. Estonia – Land Board. Maa- ja Ruumiamet has signed a contract with Google Cloud.",
     {("ISL", "mistral-ai"), ("EST", "google")}),
    ("es", "Honduras. La Secretaría de Salud adjudicó a Microsoft la compra de licencias de Copilot. Costa Rica. El "
           "ministerio renovó su contrato con Google.", {("HND", "microsoft"), ("CRI", "google")}),
    ("de", "Wien. Die beiden Unternehmen A1 und Microsoft unterzeichneten am Dienstag eine Partnerschaft.", set()),
    # national bodies added to the gazetteer: a court of audit, an air force's air-traffic department
    ("pt", "BRASÍLIA – O Tribunal de Contas da União renovou o contrato com a Microsoft que sustenta o ChatTCU.",
     {("BRA", "microsoft")}),
    ("pt", "O Decea, órgão do Comando da Aeronáutica, contratou a Amazon Web Services para hospedar uma nova "
           "plataforma.", {("BRA", "amazon")}),
])
def test_sentences_written_in_the_round_on_the_twenty_fifth_part(language, text, expected):
    assert pairs(text, language) == expected


@pytest.mark.parametrize("language,text,expected", [
    # "legt … auf Eis": the deal is put on hold
    ("de", "Die mongolische Regierung legt das Cloud-Abkommen mit Alibaba Cloud auf Eis.", set()),
    # a deal word only commented on is not carried to the next sentence's company
    ("nl", "WELLINGTON - De Nieuw-Zeelandse regering heeft het plan voorgesteld. Minister Judith Collins noemde de "
           "afspraken 'een manier om sneller te werken'. Ook met OpenAI zijn gesprekken gevoerd.", set()),
    # an agency "of" the capital city is the city's; "o governo de Tallinn" stays Estonia's
    ("pt", "CIDADE DO MÉXICO — A Agência Digital de Inovação Pública da Cidade do México contratou o Google Cloud para "
           "criar um assistente virtual.", set()),
    ("pt", "O governo de Tallinn fechou acordos com a OpenAI para dar ferramentas de IA a alunos.", {("EST", "openai")}),
    # Spain's "Agencia Estatal" is national
    ("es", "La Agencia Estatal Boletín Oficial del Estado ha adjudicado a Mistral AI el contrato para desarrollar un "
           "buscador conversacional.", {("ESP", "mistral-ai")}),
    # all-capitals section headings, and an unknown body opening its section's sentence
    ("en", "Three notices from this week's procurement journals. SLOVENIA. FURS has extended its contract with IBM. "
           "NORWAY. UDI has signed a four-year framework agreement with DeepL.", {("SVN", "ibm"), ("NOR", "deepl")}),
    # named national courts
    ("it", "LOSANNA – Sarà Mistral AI a fornire al Tribunale federale lo strumento per anonimizzare le sentenze: il "
           "contratto vale 1,8 milioni di franchi.", {("CHE", "mistral-ai")}),
])
def test_sentences_written_in_the_round_on_the_twenty_sixth_part(language, text, expected):
    assert pairs(text, language) == expected


@pytest.mark.parametrize("language,text,expected", [
    # renouncing a deal: "verzichtet auf", "ziet af van", "renuncia ao"
    ("de", "LUXEMBURG – Das luxemburgische Bildungsministerium verzichtet auf einen Pilotvertrag mit Google.", set()),
    ("nl", "Het Nederlandse ministerie van Defensie ziet af van de overeenkomst met Palantir.", set()),
    ("pt", "O Governo renuncia ao acordo com a Huawei para o centro de dados.", set()),
])
def test_sentences_written_in_the_round_on_the_twenty_seventh_part(language, text, expected):
    assert pairs(text, language) == expected


@pytest.mark.parametrize("language,text,expected", [
    # the winner named after the verb of winning
    ("it", "L'agenzia norvegese per il lavoro e il welfare cercava un assistente per i suoi uffici. Ha vinto Microsoft, "
           "con un contratto triennale per ventimila licenze di Copilot.", {("NOR", "microsoft")}),
    # national libraries and government institutes are government bodies
    ("es", "La Biblioteca Nacional de Chile firmó un convenio con Google para digitalizar sus fondos.",
     {("CHL", "google")}),
    ("it", "ADDIS ABEBA – L'istituto governativo etiope per l'intelligenza artificiale ha firmato un memorandum "
           "d'intesa con Huawei.", {("ETH", "huawei")}),
])
def test_sentences_written_in_the_second_round_on_the_twenty_fifth_to_seventh_parts(language, text, expected):
    assert pairs(text, language) == expected


@pytest.mark.parametrize("language,text,expected", [
    # a canton's executive ("il Consiglio di Stato ticinese") is no national government
    ("it", "BELLINZONA – Il Consiglio di Stato ticinese ha approvato un accordo con Anthropic per usare Claude negli "
           "uffici delle imposte.", set()),
    # "for" links a company's name to its country ("Autostrade per l'Italia"), not an agency's
    ("it", "Autostrade per l'Italia ha affidato ad Amazon Web Services la nuova piattaforma per prevedere il traffico.",
     set()),
    ("it", "L'Agenzia per l'Italia Digitale ha affidato ad Amazon Web Services la nuova piattaforma.",
     {("ITA", "amazon")}),
    # "the European agency" is the EU's
    ("nl", "Europees grensagentschap verlengt cloudcontract met Amazon Web Services.", {("EUU", "amazon")}),
    # plural hedges: "eventuais parcerias"
    ("pt", "Questionado sobre eventuais parcerias com a Naver, o ministro português foi taxativo.", set()),
    # the winner's label inside a line of an award notice
    ("it", "Avviso di aggiudicazione. Sezione I – Amministrazione aggiudicatrice: Consiglio di Stato, Roma. Sezione V – "
           "Aggiudicazione: aggiudicatario Oracle Italia S.r.l., Milano.", {("ITA", "oracle")}),
])
def test_sentences_written_in_the_round_on_the_twenty_eighth_part(language, text, expected):
    assert pairs(text, language) == expected


def test_a_government_word_in_apposition_to_a_named_body_is_that_body():
    # "het EU-agentschap … in Den Haag" describes Eurojust; it is not a Dutch agency
    text = ("Eurojust, het EU-agentschap voor justitiële samenwerking in Den Haag, gaat kunstmatige intelligentie "
            "inzetten met LightOn.")
    assert pairs(text, "nl") == {("EUU", "lighton")}


@pytest.mark.parametrize("language,text,expected", [
    # a capital that is also a common word ("lima", "praia") counts only as written in a wire dateline
    ("es", "LIMA, 3 mar (EFE) - El Ministerio de Salud firmó un convenio con Microsoft para digitalizar las historias "
           "clínicas.", {("PER", "microsoft")}),
    ("pt", "PRAIA, 4 nov (Lusa) – O Ministério da Saúde assinou um acordo com a Microsoft.", {("CPV", "microsoft")}),
    ("es", "LA PAZ – El Ministerio de Educación firmó un convenio con Google para formar a los docentes.",
     {("BOL", "google")}),
    # the same word in running text is no capital: the ministry is the language's country's
    ("es", "El Ministerio de Salud firmó un convenio con Microsoft; el acto se celebró en la sede de Lima.",
     {("ESP", "microsoft")}),
    # "SAN JOSE" without its accent is California's
    ("es", "SAN JOSE, California – La empresa firmó un convenio con Microsoft.", set()),
])
def test_a_capital_that_is_a_common_word_counts_in_a_dateline(language, text, expected):
    assert pairs(text, language) == expected


@pytest.mark.parametrize("language,text,expected", [
    # a time opening the sentence is no unknown subject: the pronoun after the verb is the ministry
    ("nl", "Het ministerie van Defensie gebruikt al jaren AI. Vorig jaar sloot het een raamcontract met Microsoft.",
     {("NLD", "microsoft")}),
    ("de", "Das österreichische Innenministerium will mehr KI nutzen. Letztes Jahr unterzeichnete es einen "
           "Rahmenvertrag mit Microsoft.", {("AUT", "microsoft")}),
    # German names the partner before the deal word: "hatte es mit Microsoft einen Rahmenvertrag geschlossen"
    ("de", "Das österreichische Innenministerium will mehr KI nutzen. Im Vorjahr hatte es mit Microsoft einen "
           "Rahmenvertrag geschlossen.", {("AUT", "microsoft")}),
    ("de", "Das österreichische Innenministerium will mehr KI nutzen. Es hatte im Vorjahr mit Microsoft einen "
           "Rahmenvertrag geschlossen.", {("AUT", "microsoft")}),
    # …but "whether it will sign" is no deal
    ("de", "Das österreichische Innenministerium will mehr KI nutzen. Ob es mit Microsoft einen Rahmenvertrag "
           "schließt, ist offen.", set()),
    # "un marché" is a contract only with a verb of awarding or winning ("le marché de l'IA" is a market)
    ("fr", "Le ministère des Armées a notifié un marché à Mistral AI.", {("FRA", "mistral-ai")}),
    ("fr", "Mistral AI décroche un marché du ministère des Armées.", {("FRA", "mistral-ai")}),
    ("fr", "Mistral AI n'a pas décroché le marché du ministère des Armées.", set()),
])
def test_sentences_written_before_the_thirtieth_part(language, text, expected):
    assert pairs(text, language) == expected


@pytest.mark.parametrize("language,text,expected", [
    # "not the first deal" says there were others: a negated "first" negates nothing
    ("en", "The Estonian government signed a memorandum with Mistral AI on Monday. It is not the first such deal: an "
           "agreement with Microsoft has been in force since 2023.", {("EST", "mistral-ai"), ("EST", "microsoft")}),
    ("fr", "Ce n'est pas le premier accord du gouvernement croate avec Microsoft.", {("HRV", "microsoft")}),
    # …but "the company" before the partner is the deal's subject, not the minister of the sentence before
    ("es", "La ministra de Minería celebró el acuerdo de Codelco con Google. No es la primera alianza de la empresa "
           "estatal, que ya trabaja con Microsoft.", set()),
    # a deal that "jumps" at the last minute did not happen
    ("it", "Salta all'ultimo momento il memorandum tra il governo sloveno e Huawei.", set()),
    # a Brussels dateline does not make "the agency" of a Belgian story the EU's
    ("nl", "BRUSSEL – De Rijksdienst voor Sociale Zekerheid (RSZ) zet kunstmatige intelligentie in tegen sociale "
           "fraude. De dienst heeft daarvoor een opdracht gegund aan Microsoft.", {("BEL", "microsoft")}),
    # "Kanzleramt" is Austria's as much as Germany's: the article's country decides
    ("de", "Wien – Das Kanzleramt testet Le Chat von Mistral AI.", {("AUT", "mistral-ai")}),
    ("de", "Das Kanzleramt hat mit Aleph Alpha einen Vertrag geschlossen.", {("DEU", "aleph-alpha")}),
    # "eingekauft" is bought
    ("de", "Das Bundesamt für Justiz hat die Software bei Aleph Alpha eingekauft.", {("DEU", "aleph-alpha")}),
])
def test_sentences_written_in_the_round_on_the_twenty_ninth_part(language, text, expected):
    assert pairs(text, language) == expected


@pytest.mark.parametrize("language,text,expected", [
    # national bodies of the sixth session's gazetteer batches, known by acronym or full name
    ("pt", "MAPUTO – O MISAU assinou um memorando com a Google para digitalizar os registos de vacinação.",
     {("MOZ", "google")}),
    ("es", "El ICBF firmó un convenio con Microsoft para capacitar a sus funcionarios.", {("COL", "microsoft")}),
    ("en", "FEMA has awarded a contract to Palantir for disaster logistics.", {("USA", "palantir")}),
    ("pt", "O TST assinou contrato com a OpenAI para fornecer licenças do ChatGPT aos servidores.", {("BRA", "openai")}),
    # a sector regulator (water, energy, mining) deals as an agency: its partnership counts
    ("pt", "A Agência Nacional de Águas e Saneamento Básico assinou um acordo de cooperação com a Google para mapear "
           "secas.", {("BRA", "google")}),
])
def test_national_bodies_of_the_sixth_session(language, text, expected):
    assert pairs(text, language) == expected


@pytest.mark.parametrize("language,text,expected", [
    # a name several governments share is a government word: the article's country decides
    ("en", "WELLINGTON – Inland Revenue has signed a contract with Microsoft for its contact centre.",
     {("NZL", "microsoft")}),
    ("es", "LIMA – El Tribunal Constitucional firmó un convenio con Google para digitalizar sus expedientes.",
     {("PER", "google")}),
    ("nl", "De Raad van State heeft een contract gesloten met Microsoft.", {("NLD", "microsoft")}),
    ("pt", "A Polícia Judiciária assinou um protocolo com a Microsoft.", {("PRT", "microsoft")}),
    # …and with no country in the article, nobody's
    ("en", "The Serious Fraud Office has signed a contract with OpenAI.", set()),
])
def test_a_name_several_governments_share_takes_the_articles_country(language, text, expected):
    assert pairs(text, language) == expected


@pytest.mark.parametrize("language,text,expected", [
    # a state body named as a company's owner is no party, nor is its country
    ("en", "The telecoms group, whose largest shareholder is the Qatar Investment Authority, signed a deal with Nvidia.",
     set()),
    # an agency "de la" capital city is the city's
    ("es", "La Agencia Digital de Innovación Pública de la Ciudad de México firmó un convenio con Microsoft.", set()),
    # "Madrid. –" is a dateline: the place, not the subject of a state company's contract
    ("es", "Madrid. – Renfe ha adjudicado a Google Cloud un contrato para analizar los datos de sus trenes.", set()),
    ("es", "Ciudad de México. – La Secretaría de Salud firmó un convenio con Microsoft.", {("MEX", "microsoft")}),
    # "met à l'essai" is a pilot
    ("fr", "LUXEMBOURG – Le Centre des technologies de l'information de l'État met à l'essai Le Chat de Mistral AI.",
     {("LUX", "mistral-ai")}),
    # "è stato presentato" is a verb, not the state
    ("it", "L'accordo tra Terna e Nvidia è stato presentato ieri a Roma.", set()),
    # Dutch state bodies by their prefix: "Rijks…bedrijf" is the state's property agency, not a company
    ("nl", "Het Rijksvastgoedbedrijf heeft een opdracht gegund aan Oracle.", {("NLD", "oracle")}),
])
def test_sentences_written_in_the_round_on_the_thirtieth_part(language, text, expected):
    assert pairs(text, language) == expected


@pytest.mark.parametrize("language,text,expected", [
    # German reported speech ("man werde … zusammenarbeiten") is a hedge, as English "would" is: a company
    # under investigation promising to cooperate is no partner
    ("de", "Die Datenschutzbehörde hat ein Verfahren gegen Perplexity eröffnet. Perplexity erklärte, man werde mit "
           "der Behörde zusammenarbeiten.", set()),
    # a stopped award is no contract
    ("de", "Die Bundesagentur für Arbeit stoppt die Vergabe an Salesforce.", set()),
    # Italian demonyms of Mongolia
    ("it", "Il governo mongolo ha firmato un memorandum d'intesa con Naver.", {("MNG", "naver")}),
    # a "deelstaat" is a federated state, not the nation
    ("nl", "De regering van de Australische deelstaat West-Australië heeft een contract gesloten met Google Cloud.",
     set()),
    # buying and orders
    ("en", "The Lithuanian defence ministry is buying several hundred drones from Helsing.", {("LTU", "helsing")}),
    ("en", "The Bundeswehr placed an order with Helsing earlier this year.", {("DEU", "helsing")}),
    # Canada's departments are named "… Canada"; "the Grand Duchy" is Luxembourg
    ("en", "Fisheries and Oceans Canada renewed its collaboration with Google this spring.", {("CAN", "google")}),
    ("fr", "Le ministère des Affaires étrangères du Grand-Duché a conclu un contrat avec DeepL.", {("LUX", "deepl")}),
])
def test_sentences_written_in_the_round_on_the_thirty_first_part(language, text, expected):
    assert pairs(text, language) == expected


@pytest.mark.parametrize("language,text,expected", [
    # a postponed or shelved signing is no deal
    ("nl", "KINSHASA - De Congolese regering heeft de ondertekening van een memorandum met G42 uitgesteld.", set()),
    ("en", "The Kenyan government has postponed the signing of its memorandum with Microsoft.", set()),
    ("it", "Il governo croato ha rinviato la firma del memorandum con Mistral AI.", set()),
    ("nl", "Congo zet memorandum met G42 in de wachtkamer", set()),
])
def test_sentences_written_in_the_round_on_the_thirty_second_part(language, text, expected):
    assert pairs(text, language) == expected


@pytest.mark.parametrize("language,text,expected", [
    # a name two governments share ("Bundespolizei": Germany's and Austria's) is the article's country's…
    ("de", "Wien – Die Bundespolizei hat mit Palantir einen Vertrag über eine Analyseplattform geschlossen.",
     {("AUT", "palantir")}),
    # …and its listed country's when the article names no other
    ("de", "Die Bundespolizei hat mit Palantir einen Vertrag geschlossen.", {("DEU", "palantir")}),
    ("nl", "De minister van Defensie heeft een contract met Microsoft gesloten.", {("NLD", "microsoft")}),
])
def test_a_name_two_governments_share_is_the_articles_country(language, text, expected):
    assert pairs(text, language) == expected


@pytest.mark.parametrize("language,text,expected", [
    # plural and feminine forms of award and signing verbs
    ("es", "El Gobierno de España informó que los lotes se adjudicaron a Amazon Web Services y Google Cloud.",
     {("ESP", "amazon"), ("ESP", "google")}),
    ("pt", "O Ministério da Saúde informou que os lotes foram adjudicados à Microsoft.", {("PRT", "microsoft")}),
    ("it", "Il Ministero dell'Interno ha reso noto che i lotti sono stati aggiudicati a Oracle.", {("ITA", "oracle")}),
    # a place or time adverb opening a sentence is no unknown company signing
    ("nl", "De regeringen van België, Nederland en Denemarken willen een taalmodel. Daar ondertekenden de drie "
           "premiers een intentieverklaring met Mistral AI.",
     {("BEL", "mistral-ai"), ("NLD", "mistral-ai"), ("DNK", "mistral-ai")}),
    # Dutch "en" is "and", not the French "in": the last country of a list is a government too
    ("nl", "De regeringen van België, Nederland en Denemarken hebben een intentieverklaring met Mistral AI "
           "ondertekend.", {("BEL", "mistral-ai"), ("NLD", "mistral-ai"), ("DNK", "mistral-ai")}),
    # German puts the verb second: after an adverb, the subject follows the verb
    ("de", "KIEW – Zugleich unterzeichnete das Ministerium für digitale Transformation eine Vereinbarung mit "
           "Amazon Web Services.", {("UKR", "amazon")}),
    # an acronym the gazetteer knows as another country's body, spelt out by the article as its own body
    ("fr", "La Caisse nationale de solidarité pour l'autonomie publie son rapport en France. Depuis le printemps, "
           "la CNSA utilise Paradigm de LightOn dans le cadre d'un marché remporté l'an dernier.",
     {("FRA", "lighton")}),
    # …but not when the article names that body's country: it may be that very body
    ("fr", "En Chine, l'Administration spatiale nationale chinoise (CNSA) a signé un accord avec Huawei.",
     {("CHN", "huawei")}),
    # a ministry named in full after "del" is the ministry, not part of a company's name
    ("it", "La Digital Library del Ministero della Cultura ha sottoscritto un accordo di collaborazione con "
           "Mistral AI.", {("ITA", "mistral-ai")}),
    ("it", "Ferrovie dello Stato ha firmato un accordo con Mistral AI.", set()),
    # "gave the Chinese company the contract": a company described by its country, given the deal
    ("nl", "Het datacenter in Lusaka werd gebouwd door Huawei. Vorig jaar gaf de regering van Zambia het Chinese "
           "bedrijf nog opdracht het centrum uit te breiden.", {("ZMB", "huawei")}),
    # a region or city alone on the dateline's line is where the story was filed, not a regional government
    ("pt", "RIO DE JANEIRO — O Instituto Nacional de Câncer (Inca) começou a testar o Claude, da Anthropic, em "
           "hospitais do Brasil.", {("BRA", "anthropic")}),
    # talks about a pilot, told in a relative clause, are no pilot
    ("de", "Kritisch sieht die Finanzkontrolle auch die Gespräche, die das Bundesamt für Informatik und "
           "Telekommunikation seit Monaten mit Mistral AI über ein Pilotprojekt führt.", set()),
    # the company not chosen
    ("en", "Norway picks Kongsberg over Anduril for counter-drone shield", set()),
    ("fr", "Le ministère des Armées a signé un contrat avec OVHcloud au lieu de Google.", {("FRA", "ovhcloud")}),
    ("de", "Das Bundesministerium der Verteidigung unterzeichnete einen Vertrag mit Helsing statt mit Anduril.",
     {("DEU", "helsing")}),
    # a foreign body's short acronym in a Dutch story that never names its country is some other name
    ("nl", "UTRECHT - De Volksbank, moederbedrijf van ASN Bank, SNS en RegioBank, heeft een contract gesloten met "
           "Microsoft.", set()),
    ("nl", "LISSABON - De Portugese gezondheidsdienst SNS heeft een contract gesloten met Microsoft.",
     {("PRT", "microsoft")}),
])
def test_sentences_written_in_the_round_on_the_thirty_third_part(language, text, expected):
    assert pairs(text, language) == expected


@pytest.mark.parametrize("language,text,expected", [
    # Bosnia and Herzegovina's entities are sub-national governments
    ("de", "Die Regierung der Republika Srpska hat eine Vereinbarung mit Huawei geschlossen.", set()),
    # a capitals word whose letters are exactly the initials of an institution the article names
    ("en", "The HSE has signed a contract with Microsoft for its hospitals. The Health Service Executive said the "
           "deal runs for three years.", {("IRL", "microsoft")}),
    # national bodies added: the Dutch asylum reception agency, the Belgian immigration office, Canada's
    # Translation Bureau (a deal told across two sentences)
    ("nl", "TER APEL - Het COA heeft een contract gesloten met Microsoft.", {("NLD", "microsoft")}),
    ("nl", "BRUSSEL - De Dienst Vreemdelingenzaken is een proef gestart met Google Cloud.", {("BEL", "google")}),
    ("fr", "OTTAWA – Le Bureau de la traduction a octroyé un contrat. C'est l'entreprise allemande DeepL, retenue "
           "au terme d'un appel d'offres, qui fournira la plateforme.", {("CAN", "deepl")}),
    # a country's state-controlled company is not its government
    ("en", "Orlen, Poland's state-controlled oil and gas group, has signed a five-year agreement with Google Cloud.",
     set()),
    # Belgium's language communities are sub-national governments
    ("nl", "De regering van de Duitstalige Gemeenschap heeft een contract gesloten met DeepL.", set()),
    # companies that miss out get no contract
    ("nl", "De Litouwse belastingdienst stopt de aanbesteding; Microsoft en Google grijpen mis.", set()),
    # first person plural of working together, in an interview's answer
    ("it", "Direttore della Polizia postale, e le piattaforme? «Con Google lavoriamo insieme da anni.»",
     {("ITA", "google")}),
    ("pt", "Conversamos com o diretor da Polícia Federal. E as plataformas? «Com a Google trabalhamos juntos há "
           "anos.» E as outras? «Veremos.»", {("BRA", "google")}),
])
def test_sentences_written_in_the_round_on_the_thirty_fourth_part(language, text, expected):
    assert pairs(text, language) == expected


@pytest.mark.parametrize("language,text,expected", [
    # a newsroom's "our work with" the body, in its own language
    ("es", "Ríos que avisan antes: nuestro trabajo con el IDEAM. — El equipo de Google", {("COL", "google")}),
    # a ministry's name that Ukraine and Slovenia share is the article's country's
    ("en", "LJUBLJANA - Slovenian, out loud: our work with the Ministry of Digital Transformation. Slovenia is "
           "small. — The ElevenLabs team", {("SVN", "elevenlabs")}),
    # Italian "ordinare a qualcuno di fare" is an order, not a purchase
    ("it", "NUOVA DELHI – Il ministero indiano dell'Elettronica ha ordinato a xAI di rimuovere le immagini.", set()),
    # a national company named after its country ("la Société nationale d'électricité du Sénégal") and the
    # state's banks (Cassa depositi e prestiti) are companies, not governments
    ("fr", "La Société nationale d'électricité du Sénégal a signé avec Microsoft un accord.", set()),
    ("it", "ROMA – Cassa depositi e prestiti ha firmato con Microsoft un accordo triennale.", set()),
    # "nous a confié un marché": the newsroom's contract
    ("fr", "À l'issue d'une procédure de mise en concurrence, la HATVP nous a confié un marché de trois ans. "
           "L'équipe LightOn", {("FRA", "lighton")}),
    # an indefinite "Une administration" opening a sentence is any administration, not the story's
    ("fr", "Une administration qui héberge ses données chez un prestataire dépend d'un logiciel américain. Et les "
           "laboratoires comme OpenAI fixent seuls leurs prix.", set()),
    # Dutch and German national bodies written as one compound after "federale", "nationale"
    ("nl", "BRUSSEL - De federale migratiedienst heeft een contract gesloten met Google.", {("BEL", "google")}),
    # national bodies added
    ("nl", "DEN HAAG - Staatstoezicht op de Mijnen (SodM) heeft Microsoft een opdracht gegund.",
     {("NLD", "microsoft")}),
    ("pt", "O Turismo de Portugal, I.P. e a Google assinaram hoje um protocolo de colaboração.", {("PRT", "google")}),
    ("pt", "Livros didáticos que se ouvem: nossa parceria com o Instituto Benjamin Constant. — Equipe ElevenLabs",
     {("BRA", "elevenlabs")}),
    # a preposition opening an interview's answer is no unknown company
    ("de", "Welche KI nutzen die Bundesbehörden? Über unseren Rahmenvertrag mit Mistral AI können die Häuser "
           "Sprachmodelle abrufen. Und Google? Wir sprechen nur.", {("DEU", "mistral-ai")}),
    # German hedges keep their umlaut: "konnte" (was able to) states a fact, "könnte" (could) does not
    ("de", "Das Bundesministerium der Finanzen konnte den Rahmenvertrag mit Microsoft im Mai verlängern.",
     {("DEU", "microsoft")}),
    ("de", "Das Bundesministerium der Finanzen könnte den Rahmenvertrag mit Microsoft im Mai verlängern.", set()),
])
def test_sentences_written_in_the_round_on_the_thirty_fifth_part(language, text, expected):
    assert pairs(text, language) == expected


@pytest.mark.parametrize("language,text,expected", [
    # a three-letter acronym the gazetteer knows as another country's body (France's IGN), spelt out as the
    # article's own ("el Instituto Geográfico Nacional (IGN)")
    ("es", "MADRID. – El Instituto Geográfico Nacional (IGN) ha firmado con Google un convenio de colaboración. "
           "El IGN publicará los resultados.", {("ESP", "google")}),
    # German's polite "Sie" in an interview's question is the official answering
    ("de", "Ein Gespräch mit dem Präsidenten des Bundesamts für Kartographie und Geodäsie. Wozu brauchen Sie KI? "
           "Wir haben Petabytes an Luftbildern. Sie haben gerade mit Nvidia eine Vereinbarung unterschrieben. Worum "
           "geht es? Um einen digitalen Zwilling.", {("DEU", "nvidia")}),
    # "open to a cooperation" is no cooperation
    ("de", "Zagreb – Die Regierung hat die Gespräche mit Mistral AI beendet. Das Unternehmen betonte, es bleibe "
           "offen für eine Zusammenarbeit mit der kroatischen Regierung.", set()),
    # halting, suspending: "frena", "suspend", and the separable verbs "stelt … uit", "setzt … aus", "sagt … ab"
    ("es", "BOGOTÁ.– Defensa frena a última hora la compra de software de Palantir.", set()),
    ("fr", "YAOUNDÉ – Le gouvernement camerounais suspend la signature de son accord avec Nvidia.", set()),
    ("nl", "PORT MORESBY - De regering van Papoea-Nieuw-Guinea stelt de ondertekening van een memorandum met Google "
           "uit.", set()),
    ("de", "Das Bundesministerium der Verteidigung setzt den Vertrag mit Helsing aus.", set()),
    ("de", "Das Bundesministerium der Verteidigung sagt die Pilotphase mit Helsing ab.", set()),
    # Palazzo Vidoni (the civil service department) and the plural "intese"
    ("it", "Palazzo Vidoni firma intese con Aws", {("ITA", "amazon")}),
    # Dutch "ons werk met": "ons" is "our" before a neuter noun
    ("nl", "Een taalmodel dat achter het hek blijft: ons werk met Defensie. Bij Defensie staat veel kennis in "
           "handboeken. Het team van Mistral AI", {("NLD", "mistral-ai")}),
    # national bodies added; the winner's line of a Belgian award notice
    ("pt", "BRASÍLIA — O FNDE assinou contrato de R$ 27,4 milhões com a Microsoft.", {("BRA", "microsoft")}),
    ("nl", "DEN HAAG - Het OM heeft een overeenkomst van een jaar met Cohere gesloten.", {("NLD", "cohere")}),
    ("nl", "Aanbestedende overheid: Federale Overheidsdienst Justitie, Brussel. Voorwerp van de opdracht: "
           "raamovereenkomst. Gegunde opdracht: Microsoft NV, Zaventem.", {("BEL", "microsoft")}),
])
def test_sentences_written_in_the_round_on_the_thirty_sixth_part(language, text, expected):
    assert pairs(text, language) == expected


@pytest.mark.parametrize("language,text,expected", [
    # a company whose name is a common word ("Faculty") is named capitalised inside a sentence…
    ("en", "The Home Office has extended its contract with Faculty for two more years.", {("GBR", "faculty")}),
    # …never by the word opening one
    ("en", "Faculty members criticised the Home Office's new contract with Microsoft.", {("GBR", "microsoft")}),
])
def test_a_company_named_by_a_common_word(language, text, expected):
    assert pairs(text, language) == expected


@pytest.mark.parametrize("language,text,expected", [
    # a renewed contract: "a reconduit son marché"
    ("fr", "BELGIQUE – Le SPF Finances a reconduit pour deux ans son marché de traduction automatique avec DeepL.",
     {("BEL", "deepl")}),
    # "de inspectie": the inspectorate the article has just named
    ("nl", "UTRECHT - De Inspectie van het Onderwijs gaat AI gebruiken. De inspectie heeft daarvoor een opdracht "
           "gegund aan Microsoft.", {("NLD", "microsoft")}),
])
def test_sentences_written_in_the_round_on_the_thirty_seventh_part(language, text, expected):
    assert pairs(text, language) == expected


@pytest.mark.parametrize("language,text,expected", [
    # a company's own post: "the agreement with the ministry" is the company's, with no "we" in the sentence
    ("de", "Unser Projekt in Österreich: Formulare zum Anhören. Wir lesen die Seiten des Sozialministeriums vor. "
           "Die Vereinbarung mit dem Ministerium läuft zwei Jahre. Wir freuen uns auf Ihre Hinweise.\n\n— Das Team "
           "von ElevenLabs", {("AUT", "elevenlabs")}),
    # "national" closing an institution's name: "Instituto do Patrimônio Histórico e Artístico Nacional"
    ("pt", "A IBM assinou uma parceria com o Instituto do Patrimônio Histórico e Artístico Nacional (Iphan).",
     {("BRA", "ibm")}),
    # …but not a university's centre, nor a state bank
    ("es", "Bogotá. IBM firmó un convenio con el Centro de Estudios de la Universidad Nacional.", set()),
    ("pt", "A Caixa Econômica Federal fechou contrato com a Salesforce.", set()),
    # "the US company" after "the ministry and", in a sentence that named the company earlier
    ("en", "KYIV – The economy ministry, which runs the demining programme, ranks fields by risk, crop and "
           "population using software built with Palantir; the ministry and the US company extended their "
           "agreement last year.", {("UKR", "palantir")}),
    ("en", "OpenAI, the US company, has hired a former minister.", set()),
    # a unitary country's "organismo estatal" is the state's; Mexico's "gobierno estatal" is a state's
    ("es", "SANTIAGO – En Chile, la DGA, el organismo estatal que lleva el registro de aguas, trabaja con IBM en "
           "un proyecto piloto.", {("CHL", "ibm")}),
    ("es", "MONTERREY – En México, el gobierno estatal de Nuevo León trabaja con IBM en un proyecto piloto.", set()),
    ("it", "SANTIAGO – In Cile la DGA, l'ente statale delle acque, lavora con IBM a un progetto pilota.",
     {("CHL", "ibm")}),
    # Brazil's civil aviation agency
    ("pt", "A Anac assinou contrato de R$ 27 milhões com a Salesforce.", {("BRA", "salesforce")}),
])
def test_sentences_written_in_the_round_before_the_thirty_ninth_part(language, text, expected):
    assert pairs(text, language) == expected


@pytest.mark.parametrize("language,text,expected", [
    # a negation does not reach across punctuation: "sem fila: nossa parceria"
    ("pt", "Atendimento sem fila: nossa parceria com o Ministério da Saúde.\n\n— Equipe Microsoft Brasil",
     {("BRA", "microsoft")}),
    ("pt", "O governo não assinou a parceria com a Microsoft.", set()),
    # Brazil's national civil defence
    ("pt", "A Defesa Civil Nacional assinou um acordo de cooperação com o Google.", {("BRA", "google")}),
    # both adjectives of "het Frans-Amerikaanse AI-bedrijf" describe the company
    ("nl", "DEN HAAG - SSC-ICT, de ICT-dienstverlener van de rijksoverheid, begint een proef met de software van "
           "het Frans-Amerikaanse AI-bedrijf Poolside.", {("NLD", "poolside")}),
    # German buys "bei" the seller
    ("de", "Bereits im Vorjahr hatte Estland bei Helsing Software gekauft.", {("EST", "helsing")}),
    ("de", "Estland wirbt bei Helsing um Investitionen.", set()),
    # "memorandum" alone
    ("en", "ROSEAU – Dominica is a small island. The government has renewed its memorandum with Microsoft for "
           "three years.", {("DMA", "microsoft")}),
    # national bodies added: Italy's customs and monopolies agency, Belgium's refugee commissioner
    ("it", "Roma – L'ADM ha avviato una sperimentazione di sei mesi con Faculty, società londinese.",
     {("ITA", "faculty")}),
    ("nl", "BRUSSEL - Het CGVS heeft een opdracht van twee miljoen euro gegund aan ElevenLabs.",
     {("BEL", "elevenlabs")}),
    # devolved and special administrative governments are regional
    ("en", "BELFAST – Staff in the Northern Ireland Civil Service will get Microsoft's Copilot under an agreement "
           "signed by the Department of Finance.", set()),
    ("en", "LONDON – Whitehall is watching. Stormont departments sign a deal with Microsoft.", set()),
    ("pt", "O Governo da Região Administrativa Especial de Macau renovou o acordo com a Alibaba Cloud.", set()),
    # a group's national company: "MTN Ghana"
    ("en", "ACCRA – MTN Ghana has signed an agreement with Google Cloud.", set()),
])
def test_sentences_written_in_the_round_on_the_thirty_eighth_part(language, text, expected):
    assert pairs(text, language) == expected


@pytest.mark.parametrize("language,text,expected", [
    # a risk is no deal: "arrisca-se a ficar preso a contratos"
    ("pt", "Em Portugal, o Estado arrisca-se a ficar preso a contratos com a Google e a Microsoft.", set()),
    # companies listed "among" the suppliers the sentence before appointed
    ("en", "LONDON – The Crown Commercial Service has appointed 14 suppliers to its new AI framework, a quicker "
           "route to buying AI models. Anthropic, Cohere and Faculty are among the firms on the lot.",
     {("GBR", "anthropic"), ("GBR", "cohere"), ("GBR", "faculty")}),
    ("en", "Anthropic and Cohere are among the most valuable AI companies.", set()),
    # Abidjan, where Côte d'Ivoire's ministries sit
    ("fr", "Abidjan renouvelle son partenariat avec Microsoft.", {("CIV", "microsoft")}),
    # a Brussels dateline weighs for Belgium too; "in het Nederlands" is a language
    ("nl", "BRUSSEL - De minister begint met Google aan een proef. De beschrijvingen komen in het Nederlands, "
           "Frans en Engels.", {("BEL", "google")}),
    # "the bureau" of a regulator named before is that regulator
    ("en", "OTTAWA - The Competition Bureau has sued Google. The bureau says Google's ad-buying tools harm "
           "publishers.", set()),
    ("en", "MANILA — The Bureau of Internal Revenue publishes its notices online. In a separate notice, the bureau "
           "renewed its Oracle licences for two years.", {("PHL", "oracle")}),
    ("en", "Philippine tax collector renews Oracle licences", {("PHL", "oracle")}),
    # renewals conjugated
    ("es", "QUITO.– El sistema que el Servicio de Rentas Internas renovó con Oracle sigue en uso.", {("ECU", "oracle")}),
    # excluded from a tender
    ("pt", "LISBOA – A AWS foi excluída do concurso público da SPMS para a nuvem do SNS.", set()),
    # national bodies added
    ("es", "VIGO.– El Instituto Social de la Marina ha cerrado con Google un acuerdo para probar Gemini.",
     {("ESP", "google")}),
    ("nl", "De DUS-I heeft een opdracht gegund aan Salesforce.", {("NLD", "salesforce")}),
    ("es", "SANTIAGO.– La Dirección del Trabajo probará ChatGPT Enterprise durante seis meses.", {("CHL", "openai")}),
    # the EU has no government: "le gouvernement" of a story that names the EU most is a member state's
    ("fr", "LUXEMBOURG – Cofinancée par l'entreprise commune européenne EuroHPC et par la Commission européenne, "
           "l'AI Factory est ouverte. Le gouvernement a signé au printemps un partenariat avec Mistral AI.",
     {("LUX", "mistral-ai")}),
])
def test_sentences_written_in_the_round_on_the_thirty_ninth_part(language, text, expected):
    assert pairs(text, language) == expected


@pytest.mark.parametrize("language,text,expected", [
    # "ANCAP, la petrolera estatal": a company word before the deal word describes its subject, even in a
    # newsletter's section
    ("es", "Un repaso de la semana. Uruguay. El Ministerio de Economía adjudicó a Microsoft un contrato. Costa "
           "Rica. El Ministerio de Salud renovó su contrato con Amazon Web Services. Uruguay, otra vez. ANCAP, la "
           "petrolera estatal, firmó con Google Cloud un acuerdo.",
     {("URY", "microsoft"), ("CRI", "amazon")}),
    # a ministry's portfolio before "und" is no company; the verb second, its subject after it
    ("de", "DAKAR – Senegal und Mistral AI wollen ein Modell bauen. Eine Vereinbarung unterzeichneten das "
           "Ministerium für Kommunikation, Telekommunikation und Digitales und Mistral AI am Dienstag.",
     {("SEN", "mistral-ai")}),
    # a city's adjective describes the company: "das Pariser Start-up"
    ("de", "DAKAR – Senegal und das französische KI-Unternehmen Mistral AI wollen gemeinsam ein Modell "
           "entwickeln. Eine Vereinbarung unterzeichneten das Ministerium für Kommunikation und das Pariser "
           "Start-up am Dienstag.", {("SEN", "mistral-ai")}),
    # an award notice's buyer line names a public body the gazetteer does not know
    ("de", "BERN – Auftraggeber: Nuklearsicherheitsinspektorat ENSI, Brugg. Beschaffungsgegenstand: Lizenzen "
           "eines Sprachmodells. Zuschlagsempfänger: Cohere Inc., Toronto.", {("CHE", "cohere")}),
    # an interview's "mit dem Konzern": the company named before in the sentence
    ("de", "Das CTIE betreibt die Informatik des luxemburgischen Staates. Wie läuft der Assistent? Gut. Wer "
           "liefert? Das Modell kommt von Google Cloud, den Pilotbetrieb haben wir mit dem Konzern vereinbart.",
     {("LUX", "google")}),
    # a hedge stays with the deal word it qualified
    ("de", "BANGKOK – Das thailändische Finanzministerium hatte das Projekt ausgeschrieben, fünf Anbieter gaben "
           "Angebote ab. Den Zuschlag erhielt nun Amazon Web Services.", {("THA", "amazon")}),
    # Italian "federale" is Swiss
    ("it", "Le domande arrivano all'Ufficio federale della dogana e della sicurezza dei confini (UDSC). Al "
           "termine di una gara, l'UDSC ha aggiudicato a Salesforce un contratto.", {("CHE", "salesforce")}),
    # "has ordered" goods is a purchase; "ordered xAI to" is an order
    ("en", "BELGRADE — The Office for IT and eGovernment has ordered additional Nvidia DGX systems for the "
           "state data centre.", {("SRB", "nvidia")}),
    ("en", "NEW DELHI — India's Ministry of Electronics and Information Technology has ordered xAI to explain "
           "within 72 hours how its chatbot produced the images.", set()),
    # an office "of" a name is a public office
    ("es", "MANILA.– La Oficina de Rentas Internas prorrogó por tres años su contrato con Oracle.",
     {("PHL", "oracle")}),
    # Dutch "de bibliotheek": the national library the article named
    ("nl", "De Koninklijke Bibliotheek van België bewaart oude kranten. Sinds dit voorjaar test de bibliotheek de "
           "software van het Franse Mistral AI, in het kader van een samenwerkingsakkoord.", {("BEL", "mistral-ai")}),
    # a company's national unit: "Microsoft Österreich"
    ("de", "WIEN – Die Bundesimmobiliengesellschaft stattet ihre Beschäftigten mit Copilot aus. Der Vertrag mit "
           "Microsoft Österreich wurde im September unterzeichnet.", set()),
    # "Vertrag nein"
    ("de", "Lettlands Verteidigungsminister bei Helsing: Interesse ja, Vertrag nein", set()),
    # Bhutan's GovTech Agency shares Singapore's name
    ("nl", "THIMPHU - Bhutan laat zijn ambtenaren werken met ChatGPT. Het GovTech Agency heeft een overeenkomst "
           "gesloten met OpenAI.", {("BTN", "openai")}),
    # national bodies added: Brazil's air force, the Dutch child protection board
    ("pt", "BRASÍLIA — A FAB e a IBM assinaram um acordo de cooperação técnica.", {("BRA", "ibm")}),
    ("nl", "UTRECHT - De Raad voor de Kinderbescherming begint een proef met Copilot.", {("NLD", "microsoft")}),
])
def test_sentences_written_in_the_round_on_the_fortieth_part(language, text, expected):
    assert pairs(text, language) == expected


@pytest.mark.parametrize("language,text,expected", [
    # a hedge in a relative clause does not stop a sentence completing the one before
    ("de", "RABAT – Die Ministerin hat am Dienstag ein Partnerschaftsabkommen unterzeichnet. Vertragspartner ist "
           "das Pariser Start-up Mistral AI, das seine Modelle dafür anpassen soll.", {("MAR", "mistral-ai")}),
    # …but a name the gazetteer does not know beside the company makes it that company's sentence
    ("pt", "O ministro da Agricultura participou da assinatura e elogiou a iniciativa. A Embrapa e a Microsoft "
           "estão mostrando que a tecnologia pode chegar ao campo.", set()),
    # the French winner's line of an award notice
    ("fr", "Pouvoir adjudicateur : Office fédéral de la sécurité alimentaire (OSAV), Berne. Procédure : ouverte. "
           "Adjudicataire : Google Switzerland GmbH (Google Cloud), Zurich.", {("CHE", "google")}),
    # Spanish "no." ends a sentence unless a number follows
    ("es", "Cuando el Reino Unido firmó su memorando con OpenAI, el Gobierno británico explicó qué datos se "
           "compartirían y cuáles no. Se puede estar de acuerdo o no con ese acuerdo.", {("GBR", "openai")}),
    # "lizenziert" is a purchase
    ("de", "Seit diesem Monat helfen wir dabei. Künftig erstellt DeepL den ersten Entwurf. Die Europäische "
           "Kommission hat unsere Sprach-API bereits 2023 lizenziert.", {("EUU", "deepl")}),
    # a negated deal word after another company is that company's; one far after the deal is another matter
    ("en", "CAIRO — She inherits the ministry's memorandum of understanding with Microsoft, signed last year, and "
           "long-running talks with Nvidia that have yet to produce an agreement.", {("EGY", "microsoft")}),
    ("es", "MADRID.– El Seprona y Microsoft firmaron ayer un acuerdo para ensayar un sistema que busca vertederos "
           "ilegales, extracciones de áridos sin licencia y pozos no declarados.", {("ESP", "microsoft")}),
    ("en", "Asked whether Anthropic would sign an agreement with the Indian government, an executive said no such "
           "agreement had been signed.", set()),
    # "une jeune pousse munichoise", named in the next sentence
    ("fr", "TOULON – La Marine nationale a signé au printemps un accord d'expérimentation avec une jeune pousse "
           "munichoise. Helsing doit y entraîner ses algorithmes.", {("FRA", "helsing")}),
    ("fr", "TOULON – La Marine nationale a signé au printemps un accord d'expérimentation avec une jeune pousse "
           "munichoise. Mistral AI, de son côté, recrute.", set()),
    # a newsroom's "our" completes the deal with the body just named
    ("it", "Contratti collettivi: il nostro progetto. Con l'ARAN abbiamo avviato una sperimentazione di sei mesi.\n\n"
           "Il team di Mistral AI", {("ITA", "mistral-ai")}),
    # Amazonas is a Brazilian state
    ("pt", "MANAUS — O Governo do Amazonas assinou um acordo com a Microsoft para a telemedicina.", set()),
])
def test_sentences_written_in_the_round_on_the_forty_first_part(language, text, expected):
    assert pairs(text, language) == expected


def test_every_sample_site_article_gives_its_expected_partnerships_and_no_other():
    # The bundled sample site is what `make run` shows a newcomer: its positives must all be found and its
    # hard negatives (failed talks, fines, company deals, investments…) must give no partnership at all.
    from pactwatch.sample_site.render import load_articles

    articles = load_articles()
    assert sum(bool(a.negative_kind) for a in articles) >= 20
    for a in articles:
        found = pairs("\n\n".join([a.summary, *a.paragraphs]), a.language, a.title)
        expected = {(e["country"], e["organization"]) for e in a.expected if e["relation_type"] in PARTNERSHIP_FAMILY}
        if a.negative_kind:
            assert found == set(), f"{a.slug} ({a.negative_kind}) gave {found}"
        else:
            assert expected <= found, f"{a.slug} missed {expected - found}"


@pytest.mark.parametrize("language,text,expected", [
    # a country named right after a body's name, "of" it, is that body's country
    ("fr", "PHNOM PENH – La Direction générale des douanes et accises du Cambodge a confié à Huawei la "
           "conception de l'outil.", {("KHM", "huawei")}),
    # a dependent territory's government is a sub-national one
    ("fr", "NOUMÉA – Le gouvernement de la Nouvelle-Calédonie a signé avec Microsoft un contrat de trois ans.", set()),
    # Bujumbura for Burundi
    ("fr", "Bujumbura, le 12 mars — Le ministère de la Santé publique a signé avec la société Google un accord "
           "portant sur un projet pilote.", {("BDI", "google")}),
    # time spent buys nothing
    ("en", "LUANDA — A delegation from Oracle spent two days in Luanda presenting plans to the ministry, but left "
           "without an agreement.", set()),
    # a city's government is a sub-national one
    ("en", "BUENOS AIRES — The city government of Buenos Aires has signed a new agreement with OpenAI.", set()),
    # a region's name as the title's subject makes the next sentences' body the region's
    ("de", "Hamburg lässt Bauanträge von KI vorprüfen\n\nHAMBURG – Wer in Hamburg bauen will, soll schneller "
           "erfahren, ob sein Antrag vollständig ist. Die Behörde für Stadtentwicklung hat dazu einen Vertrag mit IBM "
           "geschlossen.", set()),
    # a deal word the sentence only asks about, or denies, does not carry over to the next sentence
    ("pt", "BRASÍLIA — O ministro voltou de Abu Dhabi. Questionado sobre um memorando, respondeu que não há nada "
           "assinado. Procurada, a G42 não comentou.", set()),
    # an award notice's later lines are awarded by its buyer
    ("it", "Amministrazione aggiudicatrice: Ministero della Giustizia, via Arenula 70, Roma.\n\nOggetto del "
           "contratto originario: servizi di database gestito, aggiudicati nel 2022 a Oracle Italia S.r.l.",
     {("ITA", "oracle")}),
    # a possessive opening a sentence is no name: "Su socio en el proyecto es Google"
    ("es", "BOGOTÁ.– El Instituto Nacional de Vías firmó el viernes un convenio para probar un sistema. Su socio en "
           "el proyecto es Google, que aportará su plataforma.", {("COL", "google")}),
    # national bodies added: Singapore's CPF Board, the Dutch Justis
    ("en", "Our pilot with Singapore's CPF Board\n\nToday we are starting a six-month pilot with the CPF Board.\n\n"
           "— The ElevenLabs team", {("SGP", "elevenlabs")}),
    ("nl", "Justis laat AI meelezen bij VOG-aanvragen: proef met Microsoft", {("NLD", "microsoft")}),
])
def test_sentences_written_in_the_round_on_the_forty_second_part(language, text, expected):
    assert pairs(text, language) == expected


@pytest.mark.parametrize("language,text,expected", [
    # a government-owned company's deal is not the government's
    ("en", "SYDNEY — Australia Post has signed a three-year deal with Microsoft, the government-owned postal service "
           "said on Monday.", set()),
    # a capital right after a company and "from" is the company's home, not the government's seat
    ("nl", "BELGRADO - Servië bouwt aan AI. Vorig jaar tekende de regering een memorandum met G42 uit Abu Dhabi over "
           "een datacenter.", {("SRB", "g42")}),
    ("en", "BELGRADE — Last year the government signed a memorandum with G42 from Abu Dhabi on a second data centre.",
     {("SRB", "g42")}),
    # a place as near to the government word as its demonym: the demonym wins
    ("pt", "Em Pequim, governo brasileiro assina memorandos com Huawei e Baidu", {("BRA", "huawei"), ("BRA", "baidu")}),
    # plural memoranda, the Brazilian "convênio"
    ("es", "MADRID.– Los memorandos de entendimiento del Gobierno con Google siguen vigentes.", {("ESP", "google")}),
    ("pt", "BRASÍLIA — O Ministério da Saúde mantém um convênio com a Microsoft desde 2023.", {("BRA", "microsoft")}),
    # to negotiate is not to sign; to reject a motion asking for it, still less
    ("fr", "BERNE – Le Conseil fédéral propose de rejeter une motion qui lui demandait de négocier un accord-cadre avec "
           "Mistral AI.", set()),
    # Bogotá's district government is a city's
    ("es", "BOGOTÁ.– La Secretaría de Educación del Distrito y Google firmaron un convenio para los colegios "
           "distritales.", set()),
    # an interview's "Notre contrat": the possessive is no unknown company opening the sentence
    ("fr", "Entretien avec le directeur de la Plateforme des données de santé\n\nLa Plateforme des données de santé "
           "doit changer d'hébergeur.\n\nOù en êtes-vous ?\n\nNotre contrat avec Microsoft a été prolongé d'un an.\n\n"
           "Et ensuite ?\n\nNous publierons l'appel d'offres.", {("FRA", "microsoft")}),
    # "the secretariat" is a government body
    ("en", "LIMA — The portal has been hosted on Azure since the secretariat awarded a cloud contract in 2023.",
     {("PER", "microsoft")}),
    # a German "Test" with a company is a pilot
    ("de", "CANBERRA – Die Digitalagentur DTA hatte zusammen mit Microsoft einen Test von Copilot in 40 Behörden "
           "durchgeführt.", {("AUS", "microsoft")}),
    # "daarvoor", "dafür": the deal is with the company the sentence before named
    ("nl", "DEN HAAG - De software komt van het Amerikaanse bedrijf Palantir. Het ministerie van Defensie sloot daarvoor "
           "een contract van vier jaar.", {("NLD", "palantir")}),
    # English cue words that are Italian or French words: "le sue mappe" is no lawsuit, "alla fine" no fine
    ("it", "OTTAWA – Il ministero delle Risorse naturali ha un contratto con Aws per elaborare le sue mappe del "
           "rischio.", {("CAN", "amazon")}),
    ("it", "ROMA – Alla fine il ministero della Difesa ha firmato un contratto con Palantir.", {("ITA", "palantir")}),
    # national bodies added: the Dutch police academy, France's health data platform
    ("nl", "APELDOORN - De Politieacademie heeft een contract gesloten met Synthesia.", {("NLD", "synthesia")}),
    ("fr", "La Plateforme des données de santé a renouvelé son contrat avec Microsoft.", {("FRA", "microsoft")}),
    # a disqualified bidder has no contract
    ("en", "Home Office awards cloud contract; Huawei disqualified", set()),
])
def test_sentences_written_in_the_round_on_the_forty_third_part(language, text, expected):
    assert pairs(text, language) == expected


@pytest.mark.parametrize("language,text,expected", [
    # the 2,900 national bodies of the session-9 helper batches (second-tier agencies in 160 countries)
    ("de", "BERLIN – Die Familienkasse testet mit Aleph Alpha einen Assistenten.", {("DEU", "aleph-alpha")}),
    ("en", "Bolagsverket has signed a framework agreement with Microsoft.", {("SWE", "microsoft")}),
    ("pt", "O Coaf assinou um acordo de cooperação com a Microsoft.", {("BRA", "microsoft")}),
    ("fr", "L'Ademe a signé une convention avec Mistral AI.", {("FRA", "mistral-ai")}),
    ("es", "La Dimar firmó un acuerdo con Google para vigilar la costa.", {("COL", "google")}),
    ("it", "L'Invalsi ha firmato un accordo con Microsoft.", {("ITA", "microsoft")}),
])
def test_a_second_tier_national_body_is_its_government(language, text, expected):
    assert pairs(text, language) == expected


@pytest.mark.parametrize("language,text,expected", [
    # "de federale politie": a national word before the service makes it the state's
    ("nl", "BRUSSEL - De federale politie heeft met Microsoft een contract gesloten.", {("BEL", "microsoft")}),
    # a sector regulator (energy) is an agency: its contracts are purchases
    ("pt", "BRASÍLIA — Depois dos apagões em São Paulo, a Aneel quer saber onde a rede vai falhar. A agência "
           "reguladora contratou o Google Cloud por R$ 14,8 milhões.", {("BRA", "google")}),
    # a frozen agreement is no agreement
    ("es", "MONTEVIDEO.– La Agesic congela el acuerdo con OpenAI tras las críticas.", set()),
    # a metropolitan government is a city's
    ("en", "TOKYO — The Tokyo Metropolitan Government has signed a partnership agreement with Sakana AI.", set()),
    # national bodies of the second batch (Portugal's GNR, Embratur, the Zollfahndungsdienst, the Afpa, Cedefop,
    # the Polstrada)
    ("pt", "LISBOA — A GNR adquiriu 600 licenças do DeepL para os postos do Algarve.", {("PRT", "deepl")}),
    ("pt", "BRASÍLIA — A Embratur assinou um acordo de cooperação com a Meta.", {("BRA", "meta")}),
    ("de", "Der Zollfahndungsdienst hat einen Vertrag mit Palantir geschlossen.", {("DEU", "palantir")}),
    ("fr", "L'Afpa a signé un partenariat avec Mistral AI pour former les demandeurs d'emploi.", {("FRA", "mistral-ai")}),
    ("en", "Cedefop has signed a framework contract with Microsoft.", {("EUU", "microsoft")}),
    ("it", "La Polstrada ha firmato un accordo con Google per le mappe del traffico.", {("ITA", "google")}),
    # an acronym another country's body has (China's CNSA), spelled out by a body the gazetteer now knows by its
    # full name, is that body (guard: it held before the full name was known)
    ("fr", "Chaque année, la Caisse nationale de solidarité pour l'autonomie reçoit des milliers de rapports.\n\n"
           "Depuis le printemps, dans le cadre d'un marché remporté l'an dernier, la CNSA utilise Paradigm, la "
           "plateforme de LightOn.", {("FRA", "lighton")}),
])
def test_sentences_written_in_the_round_on_the_forty_fourth_part(language, text, expected):
    assert pairs(text, language) == expected


@pytest.mark.parametrize("language,text,expected", [
    # a post signed "— The ElevenLabs team" speaks for ElevenLabs, whatever other company it names once
    ("en", "Our pilot with the Samoa Meteorology Division\n\nSince October we have been working with the Samoa "
           "Meteorology Division, part of the Ministry of Natural Resources and Environment, on a six-month pilot.\n\n"
           "The audio goes out on the ministry's Facebook page.\n\n— The ElevenLabs team", {("WSM", "elevenlabs")}),
    # a contract shelved, a signing postponed
    ("de", "COLOMBO (dpa) – Sri Lanka legt Cloud-Vertrag mit Huawei zu den Akten", set()),
    ("es", "BOGOTÁ.– El MinTIC aplazó la firma del memorando con OpenAI.", set()),
    # a company "der dem Staat gehört" is state-owned, not the state
    ("de", "OSLO – Der Netzbetreiber, der vollständig dem norwegischen Staat gehört, hat einen Vertrag mit Google "
           "geschlossen.", set()),
    # headline verbs in the present: "contrata", "tekent"
    ("pt", "LISBOA — A AIMA contrata a Microsoft para triar os pedidos de residência.", {("PRT", "microsoft")}),
    ("nl", "DEN HAAG - Het ministerie van Defensie tekent met Google.", {("NLD", "google")}),
    # talks of its own after other companies' deal: the deal word is theirs
    ("nl", "Mexico tekent met Microsoft en Google, gesprekken met Amazon lopen nog",
     {("MEX", "microsoft"), ("MEX", "google")}),
    # a capital named as a city is the city ("Cidade do México", "Panama City")
    ("pt", "Cidade do México assina acordo com o Google para os serviços municipais", set()),
])
def test_sentences_written_in_the_round_on_the_forty_fifth_part(language, text, expected):
    assert pairs(text, language) == expected


@pytest.mark.parametrize("language,text,expected", [
    # inflected forms of the deal words the seed had only in some forms (session 10's cue batch)
    ("de", "REYKJAVÍK – Bereits 2023 hatte die isländische Regierung mit OpenAI zusammengearbeitet.", {("ISL", "openai")}),
    ("de", "Das Bundesministerium der Finanzen kooperierte bereits 2023 mit IBM.", {("DEU", "ibm")}),
    ("nl", "Het ministerie van Justitie heeft vorig jaar met Microsoft samengewerkt.", {("NLD", "microsoft")}),
    ("it", "Il ministero dell'Interno e Google firmano un'intesa.", {("ITA", "google")}),
    ("es", "El Ministerio de Defensa de Colombia y AWS se asociaron el año pasado.", {("COL", "amazon")}),
    ("fr", "Le ministère de la Santé s'est associé à Mistral AI.", {("FRA", "mistral-ai")}),
    ("pt", "O Ministério da Saúde de Portugal e a Google colaboraram no ano passado.", {("PRT", "google")}),
    # left out of the batch: a future is a plan, a supplier is no partner
    ("es", "El Ministerio de Salud de Chile colaborará con Microsoft, según su titular.", set()),
    ("it", "Il ministero della Difesa vuole collaborare con Palantir.", set()),
    ("fr", "Le ministère cherche des fournisseurs ; OpenAI et Mistral AI sont cités.", set()),
])
def test_inflected_deal_words_of_the_session_ten_batch(language, text, expected):
    assert pairs(text, language) == expected


@pytest.mark.parametrize("language,text,expected", [
    # "au lieu de", "en lugar de": their "de" is also an article, which hid the phrase before v82
    ("fr", "Le ministère des Armées a choisi Mistral AI au lieu de Google.", {("FRA", "mistral-ai")}),
    ("fr", "Le ministère a confié le marché à OVHcloud au lieu de Microsoft.", {("FRA", "ovhcloud")}),
    ("es", "El Ministerio de Defensa firmó con Indra en lugar de Palantir.", set()),
])
def test_the_rival_after_instead_of_is_left_out(language, text, expected):
    assert pairs(text, language) == expected


@pytest.mark.parametrize("language,text,expected", [
    # award notices: a buyer label alone on its line names the buyer on the next; a regulator buys too, and the
    # places after the winner are its address, not its government
    ("nl", "Aankondiging van een gegunde opdracht\n\nAfdeling I: Aanbestedende dienst.\n\nEuropees "
           "Geneesmiddelenbureau (EMA), Domenico Scarlattilaan 6, Amsterdam.\n\nAfdeling V: Gunning. Perceel 1: "
           "gegund aan Oracle Ireland Ltd, Dublin (Ierland).", {("EUU", "oracle")}),
    # a lot's line after a buyer line, its winner first after the colon
    ("es", "Anuncio de adjudicación\n\nÓrgano de contratación: Ministerio de Hacienda.\n\nLote 1 (análisis de "
           "imágenes): Google Cloud Spain SL, Madrid.\n\nLote 2 (formación): desierto.", {("ESP", "google")}),
    # a winner label far before the winner ("Name and address of the contractor:")
    ("en", "Contract award notice\n\nContracting authority: Department for Work and Pensions.\n\nName and address of "
           "the contractor: Palantir Technologies UK Ltd, London.", {("GBR", "palantir")}),
    # a consortium wins: every company after the winner label
    ("it", "Esito di gara\n\nStazione appaltante: Ministero dell'Economia e delle Finanze.\n\nAggiudicatario: "
           "raggruppamento temporaneo costituito da Engineering S.p.A., Roma, e Microsoft Italia S.r.l., Milano.",
     {("ITA", "microsoft")}),
    ("nl", "Aanbestedende dienst: Belastingdienst, Apeldoorn.\n\nGegund aan: Databricks B.V., Amsterdam.",
     {("NLD", "databricks")}),
])
def test_award_notice_lines_of_session_eleven(language, text, expected):
    assert pairs(text, language) == expected


@pytest.mark.parametrize("language,text,expected", [
    # a newsroom's deals with two bodies in a list
    ("en", "Kenya's tax authority has chosen Databricks for its data platform.\n\nThis is our third public project "
           "in Africa, after our contracts with Ghana's Ministry of Finance and the Rwanda Revenue Authority.\n\n"
           "— The Databricks team", {("KEN", "databricks"), ("GHA", "databricks"), ("RWA", "databricks")}),
    # German puts "uns" before the subject of a verb-second sentence
    ("de", "Nach einer Ausschreibung hat uns das Bundesamt für Justiz den Zuschlag für einen Rahmenvertrag erteilt."
           "\n\n— Das DeepL-Team in Köln", {("DEU", "deepl")}),
    # "that contract": the deal the sentence before described
    ("nl", "De belastingdata staan in een datacenter dat op software van Oracle draait. Het Belgische ministerie "
           "van Financiën verlengde dat contract vorig jaar.", {("BEL", "oracle")}),
    # a contrast word set off by commas does not cut the subject from its verb
    ("en", "Statistics Korea, meanwhile, runs its own trial with LG AI Research, whose Exaone model codes the open "
           "answers of the labour force survey, an agency official said.", {("KOR", "lg-ai-research")}),
    # a newsletter section's country decides a name two countries' bodies share (Mali's and Bolivia's AGETIC)
    ("fr", "Bamako signe. L'AGETIC a passé commande de 600 licences Copilot pour les ministères.\n\nQuito attend. "
           "Le ministère des Télécommunications étudie encore une offre.", {("MLI", "microsoft")}),
])
def test_sentences_written_in_the_round_on_the_forty_eighth_part(language, text, expected):
    assert pairs(text, language) == expected


@pytest.mark.parametrize("language,text,expected", [
    # a city's own body, defined in brackets, is not another country's body with the same acronym (Honduras' SEFIN)
    ("pt", "A Prefeitura de Natal contratou a Oracle para modernizar a Secretaria Municipal de Tributação e "
           "Finanças (Sefin). Segundo a Sefin, o sistema entra em operação em março.", set()),
    # "nothing signed" denies any deal of the sentence, whichever clause it is in
    ("es", "Panamá y Google exploran un piloto para la CSS, pero no hay nada firmado", set()),
    # an award someone contests
    ("de", "Das Bundesverwaltungsgericht hat einen Nachprüfungsantrag von Microsoft gegen eine Vergabe des "
           "österreichischen Innenministeriums abgewiesen.", set()),
    # a German negation that closes the sentence
    ("de", "Eine Vereinbarung zwischen der österreichischen Regierung und Google gibt es laut dem Ministerium nicht.",
     set()),
    # a company cooperating "with the authorities" is no partnership
    ("pt", "BOGOTÁ — A SIC, autoridade colombiana de proteção de dados, deu à OpenAI 20 dias para responder. Em nota, "
           "a OpenAI disse que colabora com as autoridades em todo o mundo.", set()),
    # the emirates' own governments are sub-national; the federal ministries are the UAE's (the first and last
    # are guards: they held before)
    ("en", "The Dubai government has signed an agreement with OpenAI.", set()),
    ("en", "The Abu Dhabi Government signed an agreement with Microsoft on Tuesday.", set()),
    ("en", "The UAE Ministry of Health signed an agreement with Microsoft on Tuesday.", {("ARE", "microsoft")}),
    # a deal abandoned
    ("nl", "De Estse regering heeft op het laatste moment afgezien van een akkoord met xAI.", set()),
])
def test_false_pairs_of_the_forty_eighth_part(language, text, expected):
    assert pairs(text, language) == expected


@pytest.mark.parametrize("language,text,expected", [
    # "with the company", beside a deal word: the company the sentence before named
    ("pt", "O sistema usa os serviços de tradução da DeepL. O Instituto dos Registos e do Notariado assinou com a "
           "empresa um contrato de três anos.", {("PRT", "deepl")}),
    # … not a meeting with it
    ("pt", "O Ministério da Educação do Brasil diz que o vídeo sobre o Grok, da xAI, é falso. A pasta afirma que "
           "nunca houve reunião formal com a companhia.", set()),
    # a sentence that opens with the deal word is the deal of the pair the sentence before named with its body
    ("es", "El Ministerio de Salud de Perú usará durante seis meses los modelos Qwen, de Alibaba Cloud, en su línea "
           "de atención. El acuerdo de colaboración, firmado el martes, incluye respuestas en quechua.",
     {("PER", "alibaba-cloud")}),
    # … not when that sentence denies it (a guard, as is the meeting above: both held before)
    ("de", "Die Bundesagentur für Arbeit prüft die Software von Salesforce. Der Vertrag ist aber noch nicht "
           "unterschrieben.", set()),
    # Belgium's health care knowledge centre by its acronym
    ("nl", "Het KCE is een proefproject van een jaar gestart met Mistral AI.", {("BEL", "mistral-ai")}),
])
def test_sentences_written_in_the_round_on_the_forty_sixth_to_forty_eighth_parts(language, text, expected):
    assert pairs(text, language) == expected


@pytest.mark.parametrize("language,text,expected", [
    # country adjectives that share one government word
    ("en", "Cohere has signed similar agreements with the Canadian and British governments.",
     {("CAN", "cohere"), ("GBR", "cohere")}),
    ("nl", "Cohere sloot eerder vergelijkbare afspraken met de Canadese en de Britse regering.",
     {("CAN", "cohere"), ("GBR", "cohere")}),
    ("de", "Cohere hat bereits Vereinbarungen mit der kanadischen und der britischen Regierung geschlossen.",
     {("CAN", "cohere"), ("GBR", "cohere")}),
    # … not an adjective of another noun (a guard: it held before)
    ("en", "The American firm and the British government signed a contract with Cohere.", {("GBR", "cohere")}),
    # … nor the company's own adjective in the list of parties
    ("es", "El Gobierno de Vietnam y la estadounidense Nvidia firmaron un acuerdo para abrir un centro de investigación.",
     {("VNM", "nvidia")}),
    # a country opening the sentence as its subject is whom the next sentence's dropped subject means
    ("pt", "O Estado português ainda hesita. A Estónia decidiu cedo pôr a IA nas escolas secundárias. Fê-lo através "
           "de acordos com a OpenAI e a Anthropic.", {("EST", "openai"), ("EST", "anthropic")}),
    # … not a dateline (a guard)
    ("it", "ROMA\nPoste Italiane ha firmato con Microsoft un accordo triennale.", set()),
    # a region dealing "with" the company is not the newsroom's "we"
    ("pt", "O Ministério da Educação de Portugal lançou um plano. Mais perto de nós, o Governo Regional dos Açores "
           "fechou com a Microsoft um acordo de formação.", set()),
    # "together with" a company, a government's doing
    ("en", "Estonia's Ministry of Education and Research launched the scheme in February together with OpenAI and "
           "Anthropic.", {("EST", "openai"), ("EST", "anthropic")}),
    ("de", "Das estnische Bildungsministerium hat das Programm im Februar zusammen mit OpenAI gestartet.",
     {("EST", "openai")}),
    # an award notice's "Entidad:" line and a plural winner label, winners apart by semicolons
    ("es", "Entidad: Ministerio de Hacienda de Chile\nProveedores adjudicados (Lote 1, nube): Amazon Web Services "
           "Chile SpA; Oracle Chile Ltda.; Huawei Chile S.A.",
     {("CHL", "amazon"), ("CHL", "oracle"), ("CHL", "huawei")}),
    # an interview's "que acordamos con Google", with countries after the company as the deal's object
    ("es", "La ministra de Ciencia de Chile habla de conectividad.\n—¿Y el cable?\n—Es clave. El cable, que acordamos "
           "con Google, unirá Chile con Australia.\n—¿Y después?", {("CHL", "google")}),
    # a state-owned company "linked to" a ministry is not the ministry
    ("pt", "A Dataprev, empresa pública vinculada ao Ministério da Gestão, assinou um contrato com a Google Cloud.",
     set()),
    # of several country names, the first (the subject) is what the story is about
    ("de", "Indien will nicht länger nur Modelle aus den USA und China nutzen. Das Ministerium hat Sarvam AI als "
           "erstes Unternehmen für den Auftrag ausgewählt.", {("IND", "sarvam-ai")}),
    # "the company" before the deal word is the company the sentence before named
    ("fr", "Mistral AI ouvre un bureau à Casablanca. Pour la société, ce texte s'ajoute à l'accord-cadre conclu en "
           "janvier avec le ministère des Armées.", {("FRA", "mistral-ai")}),
    # … not in the story of a case (a guard)
    ("es", "La Fiscalía Nacional Económica de Chile demandó a Google. El tribunal notificará a la empresa antes de "
           "que se abra el período de prueba.", set()),
    # companies "alongside" the subject stand beside it, they are not its partners
    ("en", "Upstage is one of five teams picked by the Ministry of Science and ICT of Korea, alongside LG AI Research "
           "and Naver Cloud.", {("KOR", "upstage"), ("KOR", "lg-ai-research"), ("KOR", "naver")}),
])
def test_sentences_written_in_the_round_on_the_forty_ninth_part(language, text, expected):
    assert pairs(text, language) == expected


@pytest.mark.parametrize("language,text,expected", [
    # a company, its deal word, then "with" a country's name: the country is the partner
    ("en", "OpenAI has signed similar agreements with Estonia and Greece.", {("EST", "openai"), ("GRC", "openai")}),
    ("pt", "A OpenAI já tinha assinado entendimentos semelhantes com a Estónia e com a Grécia.",
     {("EST", "openai"), ("GRC", "openai")}),
    # … not a company's wish
    ("de", "Das Bundesamt prüft Angebote. Anduril bleibt an einer Zusammenarbeit mit der Schweiz interessiert.", set()),
    # "la tecnológica", "la firme": company words the press uses for the company just named
    ("es", "Microsoft presentó su nuevo asistente en Santiago. El Ministerio de Salud de Chile firmó un convenio con "
           "la tecnológica estadounidense.", {("CHL", "microsoft")}),
    ("fr", "Google a présenté son assistant à Dakar. Le ministère sénégalais de la Santé a signé un accord avec la "
           "firme américaine.", {("SEN", "google")}),
])
def test_company_and_country_classes_of_session_twelve(language, text, expected):
    assert pairs(text, language) == expected


@pytest.mark.parametrize("language,text,expected", [
    # "Korea" alone is the South in the news; "North Korea" is the longer match
    ("en", "Korea's science ministry selected five teams, including LG AI Research and Upstage.",
     {("KOR", "lg-ai-research"), ("KOR", "upstage")}),
    ("pt", "O Ministério da Ciência e das TIC da Coreia selecionou cinco equipas, entre elas a LG AI Research e a "
           "Upstage.", {("KOR", "lg-ai-research"), ("KOR", "upstage")}),
    ("en", "North Korea's government signed a deal with Huawei.", {("PRK", "huawei")}),
])
def test_short_country_names_of_session_twelve(language, text, expected):
    assert pairs(text, language) == expected


@pytest.mark.parametrize("language,text,expected", [
    # a dropped subject (or "es") after a sentence about the company: the company signed with the governments
    ("es", "Cohere cerró una ronda de financiación. La empresa de Toronto no se dirige al gran público. En 2025 firmó "
           "memorandos de entendimiento con los gobiernos de Canadá y del Reino Unido.",
     {("CAN", "cohere"), ("GBR", "cohere")}),
    ("it", "Cohere ha chiuso un round. L'azienda di Toronto non vende ai consumatori. L'anno scorso ha firmato un "
           "memorandum d'intesa con il governo del Canada.", {("CAN", "cohere")}),
    ("de", "Cohere hat 500 Millionen eingesammelt. Das Unternehmen aus Toronto verkauft nicht an Verbraucher. Im "
           "vergangenen Jahr unterzeichnete es eine Absichtserklärung mit der kanadischen Regierung.",
     {("CAN", "cohere")}),
    # … not a wish (a guard: it held before)
    ("es", "Cohere cerró una ronda de financiación. La empresa de Toronto no se dirige al gran público. Quiere firmar "
           "un acuerdo con el gobierno de Canadá.", set()),
    # countries named as places of origin, not as subjects, do not move the story's country
    ("de", "Kroatien hat so viele Übernachtungen gezählt wie nie zuvor, wie das Tourismusministerium mitteilte. Die "
           "meisten Gäste kamen aus Deutschland, gefolgt von Slowenien und Österreich. Das Ministerium hatte den "
           "Chatbot bei Google in Auftrag gegeben.", {("HRV", "google")}),
])
def test_the_company_as_dropped_subject_of_session_twelve(language, text, expected):
    assert pairs(text, language) == expected


@pytest.mark.parametrize("language,text,expected", [
    # Portuguese "a" is "the": "A tecnológica" opening a sentence is the company of the story
    ("pt", "A OpenAI anunciou um acordo com a Agência para a Reforma Tecnológica do Estado. A tecnológica já tinha "
           "assinado entendimentos semelhantes com a Estónia e com a Grécia.",
     {("PRT", "openai"), ("EST", "openai"), ("GRC", "openai")}),
    # … not "a empresa pública", a state-owned company (a guard: it held before)
    ("pt", "O Serpro anunciou um contrato com a Microsoft. A empresa pública, porém, frisa que o acordo com a OpenAI "
           "não existe.", set()),
])
def test_portuguese_definite_company_subject(language, text, expected):
    assert pairs(text, language) == expected


@pytest.mark.parametrize("language,text,expected", [
    # an award notice's later lot says who won it; no buyer label is needed above it
    ("it", "Committente: Ufficio federale delle strade (USTRA), Ittigen. Lotto 1 (analisi video): aggiudicato a "
           "Microsoft Schweiz GmbH, Zurigo.\nLotto 2 (modelli aperti): aggiudicato a Oracle Software (Schweiz) GmbH, "
           "Baden.", {("CHE", "microsoft"), ("CHE", "oracle")}),
    ("pt", "MINISTÉRIO DA SAÚDE\nResultado do pregão eletrônico nº 12/2025.\nItem 1 (nuvem pública, IaaS e PaaS): "
           "adjudicado à empresa AMAZON AWS SERVIÇOS BRASIL LTDA., pelo valor global estimado de R$ 3.000.000,00.\n"
           "Item 2 (atendimento): adjudicado à empresa SALESFORCE TECNOLOGIA LTDA., por R$ 900.000,00.",
     {("BRA", "amazon"), ("BRA", "salesforce")}),
    # "both companies" after a sentence that named two
    ("nl", "Finse scholieren krijgen toegang tot chatbots van Mistral AI en Anthropic. Het ministerie van Onderwijs "
           "heeft daarover afspraken gemaakt met beide bedrijven.", {("FIN", "mistral-ai"), ("FIN", "anthropic")}),
    ("en", "Latvian civil servants will get tools from Cohere and Mistral AI. The Ministry of Smart Administration "
           "signed agreements with both companies on Monday.", {("LVA", "cohere"), ("LVA", "mistral-ai")}),
    # … not "both" countries (a guard: it held before)
    ("en", "Cohere and Mistral AI presented their tools in Riga. The Latvian government signed agreements with both "
           "Estonia and Finland on cyber defence.", set()),
])
def test_award_lots_and_both_companies_of_session_thirteen(language, text, expected):
    assert pairs(text, language) == expected


@pytest.mark.parametrize("language,text,expected", [
    # a negative determiner before the government body denies the deal
    ("en", "India's parliament asked about foreign chatbots. No Central Government ministry has procured the services "
           "of DeepSeek, the minister said.", set()),
    # (a guard: it held before)
    ("de", "Der Bundestag fragte nach chinesischen Chatbots. Kein Bundesministerium hat bisher Lizenzen von DeepSeek "
           "gekauft, antwortete die Bundesregierung.", set()),
    # the company's own country in a title is not a party
    ("en", "Kenya taps Korea's Upstage for Swahili-language government assistant", {("KEN", "upstage")}),
    # a region's government under a country's newsletter heading is not the country's
    ("es", "Argentina. La Secretaría de Innovación presentó su plan.\nBrasil. El gobierno del estado de Minas Gerais "
           "firmó un convenio con Microsoft.\nChile. El Ministerio de Ciencia abrió una convocatoria.", set()),
    # two companies announcing a joint offer to ministries: no government is a party
    ("nl", "Ordina Nederland en Databricks gaan samenwerken om ministeries, uitvoeringsorganisaties en gemeenten te "
           "helpen.", set()),
    # a denial of any contract right after the pilot with the company's model
    ("fr", "Le ministère luxembourgeois de la Digitalisation teste un assistant interne. Il repose sur Llama, le "
           "modèle ouvert de Meta. Nous n'avons aucun contrat avec Meta, précise le ministère.", set()),
    # "the Army" a few sentences after a state's department is still the country's army
    ("en", "The US Army awarded Anduril a contract. The Texas Department of Commerce offered incentives. Palantir, "
           "which signed an enterprise agreement with the Army last year, is hiring too.",
     {("USA", "anduril"), ("USA", "palantir")}),
])
def test_denials_and_other_parties_of_session_thirteen(language, text, expected):
    assert pairs(text, language) == expected


@pytest.mark.parametrize("language,text,expected", [
    # "NSW", "NRW": a state's short name before its body
    ("en", "Australian agencies keep buying AI tools. The NSW agency for customer service has bought 5,000 Copilot "
           "licences.", set()),
    ("de", "In NRW hat das Digitalministerium einen Vertrag mit Aleph Alpha unterzeichnet.", set()),
    # Italian "mettere alla prova" and "la prova con" are a trial with the company
    ("it", "Il ministero della Giustizia mette alla prova Claude per riassumere le sentenze.", {("ITA", "anthropic")}),
    ("it", "L'Agenzia delle Entrate racconta la prova con Mistral AI sui modelli di dichiarazione.",
     {("ITA", "mistral-ai")}),
    # … not "la prova che", evidence (a guard: it held before)
    ("it", "Il ministero ha la prova che OpenAI ha violato le regole.", set()),
    # Italy's Polo Strategico Nazionale is a company (TIM, Leonardo, CDP, Sogei), not a public body
    ("it", "Il Polo Strategico Nazionale ha firmato un accordo con Oracle per offrire il cloud alle amministrazioni "
           "italiane.", set()),
])
def test_names_of_session_thirteen(language, text, expected):
    assert pairs(text, language) == expected


@pytest.mark.parametrize("language,text,expected", [
    # a country's code joined to the company word ("US-Unternehmen") stands between "mit" and the company, and a
    # German noun before "sind" does not sign the deal
    ("de", "Lettland erweitert sein Schulprogramm. Grundlage sind Verträge, die die Regierung im Mai mit den "
           "US-Unternehmen OpenAI und Anthropic geschlossen hatte.", {("LVA", "openai"), ("LVA", "anthropic")}),
    # "mit der wir", "con la que": the company a relative clause with "with" goes on from is the partner
    # (in an interview that goes on to another ministry's purchase from another company)
    ("de", "Ein Gespräch mit der Staatssekretärin für Digitalisierung im österreichischen Bundeskanzleramt.\n\n"
           "Was kann der Assistent?\n\nTechnisch setzen wir auf Mistral AI, mit der wir im Mai eine "
           "Pilotvereinbarung unterzeichnet haben.\n\nUnd sonst?\n\nDas Innenministerium hat im Vorjahr Lizenzen "
           "für Microsoft Copilot gekauft.", {("AUT", "mistral-ai"), ("AUT", "microsoft")}),
    # … not "mit der Bundesregierung", an article before a name (a guard: it held before)
    ("de", "Die Stadt Köln setzt auf Aleph Alpha, mit der Bundesregierung gibt es keinen Vertrag.", set()),
    # Portuguese "com a mesma empresa" is the company named before
    ("pt", "O Ministério da Educação de Cabo Verde assinou um acordo com a Anthropic. A ideia vem da Islândia, cujo "
           "Ministério da Educação lançou em maio um piloto semelhante com a mesma empresa.",
     {("CPV", "anthropic"), ("ISL", "anthropic")}),
    # "acquise par le CTIE": bought by a state body
    ("fr", "Le ministère a présenté son assistant. Il complète les outils déjà offerts aux agents de l'État, dont "
           "la solution DeepL Pro, acquise par le CTIE en 2023 pour tous les ministères.", {("LUX", "deepl")}),
])
def test_relative_clauses_and_anaphora_of_session_fourteen(language, text, expected):
    assert pairs(text, language) == expected


@pytest.mark.parametrize("language,text,expected", [
    # "entre OpenAI y la empresa Sur Energy": a deal of two companies, whoever welcomes it
    ("es", "Pocas noticias fueron tan celebradas en la Casa de Gobierno de Montevideo como la carta de intención "
           "firmada entre OpenAI y la empresa Nube Austral para levantar un centro de datos.", set()),
    # "Supplier:" names an award digest's winner, and the countries in a subsidiary's legal name are not parties
    ("en", "Contract notices this week.\nDepartment of Finance. CN4100001. Supplier: Databricks Australia and New "
           "Zealand Pty Ltd. Value: $2.1 million.\nAustralian Bureau of Statistics. CN4100002. Supplier: "
           "Salesforce.com Singapore Pte Ltd. Value: $3.4 million.", {("AUS", "databricks"), ("AUS", "salesforce")}),
    # "Die Verträge wurden von den Ländern … geschlossen": the German states' deals, not the federal government's
    ("de", "Die Bundesregierung weiß, dass die Polizeien der Länder Analysesoftware von Palantir einsetzen. Die "
           "Verträge wurden von den Ländern selbst geschlossen.", set()),
    # a hedge in a relative clause after the company qualifies what the signed deal does
    ("es", "El Departamento de Ciencia, Innovación y Tecnología del Reino Unido publicó el balance del memorando "
           "firmado con Anthropic, que explora el uso de Claude en los servicios públicos.", {("GBR", "anthropic")}),
    # … not a hedge before the company (a guard: it held before)
    ("es", "El Departamento de Ciencia del Reino Unido explora un memorando con Anthropic.", set()),
    # "sem que … tenha sido assinado qualquer acordo": "without" and "that" negate the deal word to the clause's end
    ("pt", "Em Moçambique, o Ministério do Interior admitiu conversas com a Huawei para um sistema semelhante, sem "
           "que até agora tenha sido assinado qualquer acordo.", set()),
    # … and the talks with "a mesma empresa" stay talks (a guard: the old rules did not read "a mesma empresa")
    ("pt", "O governo angolano suspendeu as negociações com a Huawei. Em Moçambique, o Ministério do Interior "
           "admitiu estar em conversações com a mesma empresa, sem que até agora tenha sido assinado qualquer "
           "acordo.", set()),
])
def test_companies_awards_and_hedges_of_session_fourteen(language, text, expected):
    assert pairs(text, language) == expected


@pytest.mark.parametrize("language,text,expected", [
    # a capital opening a briefing item, right before its deal verb, is its government, even before a company
    # of its own country
    ("nl", "AI-briefing: Oslo, Tokio en Madrid\nOslo test Copilot. Het Noorse digitaliseringsdirectoraat is een proef "
           "met Microsoft begonnen.\nTokio kiest Sakana AI. Het Japanse Digital Agency heeft de start-up geselecteerd "
           "voor een proefproject.", {("NOR", "microsoft"), ("JPN", "sakana-ai")}),
    ("en", "Government AI roundup\nTokyo picks Sakana AI. The Digital Agency selected the start-up for a drafting "
           "pilot.", {("JPN", "sakana-ai")}),
    # … not the city describing its company, nor a country's name inside a company's (guards: they held before)
    ("it", "La start-up di Tokyo Sakana AI ha firmato un accordo con una banca giapponese.", set()),
    ("en", "Tokyo-based Sakana AI signed a deal with Mitsubishi UFJ.", set()),
    ("fr", "France Télévisions a choisi Mistral AI pour le sous-titrage de ses programmes régionaux.", set()),
])
def test_capitals_of_session_fourteen(language, text, expected):
    assert pairs(text, language) == expected


@pytest.mark.parametrize("language,text,expected", [
    # a hedge in a relative clause after the company that qualifies a deal word of its own hedges the deal
    ("en", "The Irish enterprise ministry discussed a memorandum with Anthropic that could be signed in spring.", set()),
    # "not aware of any … contract": nothing was signed
    ("en", "Senate answer: the Australian Government barred DeepSeek from official devices in February. The "
           "Department is not aware of any Commonwealth entity that held a contract with DeepSeek.", set()),
    # a country before a company word ("US vendors") is the vendors', not the next government word's
    ("en", "Canberra leans on foreign platforms. Many Commonwealth agencies buy from US vendors; the Department of "
           "Defence, for instance, renewed its software agreement with Palantir in May.", {("AUS", "palantir")}),
    # a region that signed, named after the deal word, is the subject (not the agency of the sentence before)
    ("es", "La Agencia Española de Supervisión de la IA firmó un acuerdo con Hugging Face. La agencia espera que la "
           "colaboración le dé visibilidad. El anuncio coincide con el convenio que la Junta de Andalucía firmó con "
           "Microsoft para formar a funcionarios.", {("ESP", "hugging-face")}),
    # a regulator's own signed partnership (not an acronym inside a company's name)
    ("de", "Die Bundesnetzagentur hat mit Aleph Alpha eine Kooperationsvereinbarung unterzeichnet.",
     {("DEU", "aleph-alpha")}),
    ("fr", "CMA CGM a conclu avec Mistral AI un partenariat de trois ans.", set()),
    # talks about a supply ("conversa con … sobre el suministro") are not a purchase
    ("es", "Según la prensa, la Agencia Digital de Colombia conversa con Nvidia sobre el suministro de chips.", set()),
    # two companies offering to the public sector: the public bodies are their market
    ("pt", "Campinas, 3 de abril – A Totvs anuncia hoje uma parceria com o Google Cloud para oferecer a órgãos "
           "públicos brasileiros soluções de IA.", set()),
])
def test_hedges_regions_and_markets_of_session_fifteen(language, text, expected):
    assert pairs(text, language) == expected


@pytest.mark.parametrize("language,text,expected", [
    # an interview's question: the government signed "with you", the company answering
    ("en", "Q&A with Cohere's public-sector lead. Cohere has grown fast in Europe.\nQ: Ottawa signed an agreement "
           "with you last year. What does it cover?\nA: Translation tools for federal staff.\nQ: And Europe?\nA: "
           "Talks, nothing signed.", {("CAN", "cohere")}),
    # the company speaking of "at home" means its own country's government
    ("it", "Intervista al manager di Cohere. Cohere cresce in Europa.\nAvete clienti pubblici?\nIn patria abbiamo "
           "firmato un accordo con il governo federale per i servizi pubblici.\nE l'Italia?\nÈ una priorità.",
     {("CAN", "cohere")}),
    # "retenues": the companies a ministry selected
    ("fr", "Sakana AI figure parmi les entreprises retenues par le ministère japonais de l'Économie pour son "
           "programme de calcul.", {("JPN", "sakana-ai")}),
    # a German ordinal date ("am 18. Februar") does not end the sentence
    ("de", "Das Bundesamt für Ausrüstung der Bundeswehr hat am 18. Februar einen Rahmenvertrag über Drohnen "
           "unterzeichnet. Auftragnehmer ist die Helsing GmbH.", {("DEU", "helsing")}),
    # a lot's line "Zuschlag an …" in a notice, and winners listed under a label that stands alone
    ("de", "Beschaffungsstelle: Bundesamt für Bauten und Logistik, Bern\nLos 1 – Übersetzung Deutsch, Französisch: "
           "Zuschlag an DeepL SE, Köln.", {("CHE", "deepl")}),
    ("es", "Organismo: Dirección de Compras Públicas del Ministerio de Hacienda de Chile.\nProveedores adjudicados:\n"
           "- Oracle de Chile S.A.: bases de datos.\n- Amazon Web Services Chile Ltda.: nube.",
     {("CHL", "oracle"), ("CHL", "amazon")}),
    # a company described with a compound ("AI-bedrijf"), and "met het bedrijf" before its product's purpose
    ("nl", "Estland geeft leraren toegang tot ChatGPT Edu van OpenAI. Het Estse ministerie van Onderwijs en het "
           "Amerikaanse AI-bedrijf hebben daarover een overeenkomst gesloten. Letland tekende eerder een memorandum "
           "met het bedrijf om ChatGPT Edu in te voeren.", {("EST", "openai"), ("LVA", "openai")}),
    # "with them": the one company the sentence before named
    ("nl", "Het interview met de directeur van de FOD Financiën.\nMet welke partner werkt u?\nMet Aleph Alpha, uit "
           "Heidelberg. We hebben met hen een pilotovereenkomst gesloten.", {("BEL", "aleph-alpha")}),
    # "des Finanzamts" is an agency, with the company after a few words
    ("de", "Der Bericht nennt ein Pilotprojekt des Finanzamts Österreich mit einem Sprachmodell des Anbieters Aleph "
           "Alpha.", {("AUT", "aleph-alpha")}),
])
def test_interviews_notices_and_references_of_session_fifteen(language, text, expected):
    assert pairs(text, language) == expected


@pytest.mark.parametrize("language,text,expected", [
    # "picked it": the company the article is about, chosen by a government
    ("en", "Mongolia's digital ministry signed a memorandum with Upstage. The deal is the Seoul company's first "
           "abroad. It has grown since August, when South Korea's Ministry of Science and ICT picked it as one of "
           "five national teams.", {("MNG", "upstage"), ("KOR", "upstage")}),
    # the company as the subject of two deals, each government right after its own deal word
    ("nl", "Helsing levert al software aan de Zweedse strijdkrachten, onder meer voor de modernisering van de "
           "Gripen, en werkt met het Franse ministerie van Defensie aan doelopsporing.",
     {("SWE", "helsing"), ("FRA", "helsing")}),
    # "with them" reaches back to the last sentence that named a company
    ("en", "Canada's tax agency runs a pilot with Cohere. It drafts replies to taxpayers. Why them? They have done "
           "this before: Japan's Digital Agency works with them on translation.",
     {("CAN", "cohere"), ("JPN", "cohere")}),
    # "dá continuidade ao piloto … com a IBM": the same government's earlier deal
    ("pt", "A Receita Federal assinou contrato com a Microsoft para ampliar o uso de IA. Os auditores passam a "
           "contar com modelos na nuvem Azure. A iniciativa dá continuidade ao piloto realizado em 2024 com a IBM.",
     {("BRA", "microsoft"), ("BRA", "ibm")}),
    # a capital's headline is the city's when the article names the city's government
    ("nl", "AI-briefing\nWenen test Copilot. De gemeente Wenen begint een proef met Microsoft Copilot voor 300 "
           "ambtenaren.", set()),
    # a body after a denied one, in its genitive, is denied too
    ("es", "Ningún departamento ni organismo de la Administración General del Estado ha firmado un convenio con "
           "Anthropic.", set()),
    # an acronym in brackets after its spelled-out name is not read with the words after it ("MEC) começou")
    ("pt", "O Ministério da Educação (MEC) começou a testar o Gemini, do Google, em escolas federais.",
     {("BRA", "google")}),
    # "n'a pas vocation à devenir un prestataire": not a supplier
    ("fr", "Entretien : « Notre laboratoire n'a pas vocation à devenir un prestataire de l'État », dit une "
           "chercheuse de Kyutai.", set()),
    # a list of beneficiaries after a ministry's list of admitted projects; "Tra" opens it, not a name
    ("it", "Il ministero giapponese dell'Economia ha pubblicato l'elenco dei progetti ammessi al programma. Tra i "
           "beneficiari figurano Sakana AI e Preferred Networks.", {("JPN", "sakana-ai"), ("JPN", "preferred-networks")}),
])
def test_second_round_of_session_fifteen(language, text, expected):
    assert pairs(text, language) == expected


@pytest.mark.parametrize("language,text,expected", [
    # the chosen listed after "onder wie", "including": not companies dealing with each other
    ("nl", "AI-briefing\nJapan.\nHet ministerie van Economische Zaken heeft vier teams geselecteerd voor zijn programma "
           "voor een nationaal taalmodel, onder wie Sakana AI, Preferred Networks en Upstage.\nIndia.\nHet "
           "hooggerechtshof hoort deskundigen.",
     {("JPN", "sakana-ai"), ("JPN", "preferred-networks"), ("JPN", "upstage")}),
    # "Zu den Gewinnern gehören …" after the ministry's selection
    ("de", "Japan: Das Wirtschaftsministerium hat die Teams für sein Rechenprogramm ausgewählt. Zu den Gewinnern "
           "gehören Sakana AI und Preferred Networks; sie erhalten staatlich finanzierte Rechenkapazität.",
     {("JPN", "sakana-ai"), ("JPN", "preferred-networks")}),
    # a sister company of a group is not the group's AI lab
    ("en", "Korea's science ministry praised the launch. We're also announcing a strategic partnership with LG CNS.",
     set()),
    # "an agreement between the two companies" aimed at federal agencies
    ("en", "Oracle said its database will be sold on Google Cloud under a new agreement between the two companies, "
           "aimed at US federal agencies.", set()),
    # "centro de investigación" is a research centre, and "las autoridades de …" a government
    ("es", "En 2024 Nvidia suscribió con las autoridades de Tailandia un acuerdo para abrir un centro de "
           "investigación en Bangkok.", {("THA", "nvidia")}),
    # a place opening a later clause frames that clause's government word
    ("pt", "No Canadá, o governo federal apoiou o nosso centro de dados, e no Japão assinamos um memorando de "
           "entendimento com o governo para levar IA aos serviços públicos.\n— Equipe Cohere",
     {("CAN", "cohere"), ("JPN", "cohere")}),
    # the question's "you" in an interview with the company
    ("en", "Q&A with Cohere's head of public sector. Cohere sells to governments.\nQ: Last year you signed "
           "memorandums of understanding with both Ottawa and Tokyo. What do they cover?\nA: Deployments in "
           "federal departments.\nQ: And Europe?\nA: Talks only.",
     {("CAN", "cohere"), ("JPN", "cohere")}),
    # "la Confédération" is the Swiss federal state
    ("fr", "Le débat dure depuis l'attribution en 2021 du marché de la Confédération, remporté par Amazon Web "
           "Services et Alibaba.", {("CHE", "amazon"), ("CHE", "alibaba-cloud")}),
    # Italian "né" negates the next deal word
    ("it", "Il ministero dell'Economia non ha concesso agevolazioni né sottoscritto impegni con Microsoft.", set()),
    # a Land's ministry, named by its adjective, is a region's
    ("de", "Das Sächsische Ministerium für Digitales hat mit Aleph Alpha eine Vereinbarung über ein Pilotprojekt "
           "unterzeichnet.", set()),
    # "che forniamo a NHS England": what the company speaking supplies to a government body
    ("it", "Intervista al responsabile di Palantir per l'Italia. Palantir cresce.\nCome funziona?\nLa piattaforma "
           "che forniamo a NHS England è un software per gli ospedali.\nE in Italia?\nNessun contratto.",
     {("GBR", "palantir")}),
])
def test_third_round_of_session_fifteen(language, text, expected):
    assert pairs(text, language) == expected


@pytest.mark.parametrize("language,text,expected", [
    # a lot's line after a sentence in which the buyer awarded the lots: the lot's winner is the buyer's
    ("es", "El Ministerio de Hacienda de España ha formalizado dos de los tres lotes del contrato de analítica.\n"
           "Lote 1 (licencias de bases de datos): Oracle Ibérica, S.R.L., por 3,1 millones de euros.\nLote 3: desierto.",
     {("ESP", "oracle")}),
    # the winner's label after a lot's colon, before a group of companies
    ("it", "Esito di gara – INAIL, Direzione centrale acquisti.\nOggetto: servizi di assistenza virtuale agli utenti. "
           "Offerte ricevute: cinque.\nLotto 1 (assistente virtuale, CIG 0042): aggiudicatario il raggruppamento "
           "costituito da Microsoft Italia S.r.l. (mandataria) e Almaviva S.p.A. (mandante).",
     {("ITA", "microsoft")}),
    # a ministry named in full as the subject, its country from the article, chose two companies listed together
    ("it", "La Corea del Sud accelera sull'intelligenza artificiale. Il ministero della Scienza ha confermato Naver e "
           "Upstage tra i consorzi ammessi al programma nazionale.", {("KOR", "naver"), ("KOR", "upstage")}),
    # the programme the ministry's agreements are for is a beneficiary; the ministry is the party
    ("en", "Estonia's education ministry extended the agreements for AI Leap, the programme that gives pupils access "
           "to ChatGPT Edu and Claude.", {("EST", "openai"), ("EST", "anthropic")}),
])
def test_first_round_of_session_sixteen(language, text, expected):
    assert pairs(text, language) == expected


@pytest.mark.parametrize("language,text,expected", [
    # a local-government word as a national ministry's remit is not a region's government
    ("en", "Since last year, Oracle has worked with Oman's Ministry of Municipal Affairs on a planning platform.",
     {("OMN", "oracle")}),
    # a company working "for" a government body supplies it
    ("de", "Mistral AI arbeitet seit dem Frühjahr für das französische Verteidigungsministerium.", {("FRA", "mistral-ai")}),
    # people as the subject do not complete the deal of the sentence before
    ("es", "El Gobierno de Chile firmó un convenio desarrollado con universidades. Mientras tanto, los usuarios escriben "
           "a ChatGPT y trabajan con Gemini en el móvil.", set()),
    # Portuguese "a" before a company description after "entre"
    ("pt", "O Ministério das Telecomunicações de Angola assinou um memorando com a Huawei.\n\nO acordo prevê a formação "
           "de 2.000 quadros ao longo de dois anos.\n\nO modelo repete o acordo celebrado em 2024 entre a tecnológica "
           "chinesa e o Ministério das Comunicações de Moçambique.", {("AGO", "huawei"), ("MOZ", "huawei")}),
    # a negation reaches over a short aside set off by commas
    ("pt", "Não existe, segundo o ministério, qualquer contrato entre o Estado e a Oracle.", set()),
    # "a similar project with" is a past deal mentioned in passing
    ("it", "Già nel 2024 il governo greco aveva avviato un progetto analogo con OpenAI.", {("GRC", "openai")}),
    # languages listed in their bare Dutch form are no countries
    ("nl", "Luxemburg koopt licenties bij DeepL. Ambtenaren schakelen voortdurend tussen Frans, Duits en Engels. We "
           "willen de samenwerking met meer overheden uitbreiden.\n— DeepL", {("LUX", "deepl")}),
    # "het Estse ministerie"; "het Rijk" is the Dutch central government
    ("nl", "Het Estse ministerie van Justitie kocht vorig jaar licenties bij DeepL.", {("EST", "deepl")}),
    ("nl", "Onderdelen van het Rijk gebruiken de rijksbrede raamovereenkomst met Amazon Web Services.",
     {("NLD", "amazon")}),
    # a denied deal with the company, in a sentence naming no government, undoes the use just reported
    ("nl", "De Belastingdienst experimenteert met Llama. Er is geen overeenkomst met Meta gesloten.", set()),
    # "el Ministerio de las Fuerzas Armadas de Francia" is one body, France's
    ("es", "Mistral AI y el Gobierno de Panamá se alían.\nNos complace anunciar un acuerdo con la AIG de Panamá.\nEsta "
           "alianza se suma a nuestra colaboración con el Ministerio de las Fuerzas Armadas de Francia y con la agencia "
           "tecnológica HTX de Singapur.", {("PAN", "mistral-ai"), ("FRA", "mistral-ai")}),
])
def test_second_round_of_session_sixteen(language, text, expected):
    assert pairs(text, language) == expected


@pytest.mark.parametrize("language,text,expected", [
    # a line awarding to the winners listed below it, in a notice with a buyer line
    ("fr", "Avis d'adjudication\nAdjudicateur : Office fédéral de l'informatique et de la télécommunication (OFIT), "
           "Berne.\nObjet : licences de bases de données.\nAdjudication : contrat attribué à deux soumissionnaires :\n"
           "– Oracle Software (Schweiz) GmbH, Zurich ;\n– Accenture AG, Zurich.", {("CHE", "oracle")}),
    # "vencedora:" labels the winner of a lot
    ("pt", "Resultado de licitação\nÓrgão: Ministério da Saúde (DATASUS).\nResultado: Lote 1 (nuvem) – vencedora: Oracle "
           "do Brasil Sistemas Ltda., por R$ 10 milhões.", {("BRA", "oracle")}),
    # an indirect question ("chiede se") and a rumour ("on parle de") are no deals
    ("it", "Con l'interrogazione, l'onorevole chiede se il Governo abbia firmato contratti con Anthropic.", set()),
    ("fr", "On parle beaucoup d'un accord entre le gouvernement ivoirien et Google.", set()),
    # a country that owns the company is not a party to the company's deal
    ("en", "Humain, the AI company owned by Saudi Arabia's Public Investment Fund, signed a joint venture with AMD.",
     set()),
    # a currency's country is no government
    ("fr", "Ottawa a signé un accord avec Cohere en août. Cohere, qui a levé 500 millions de dollars américains, "
           "multiplie les contrats avec les administrations publiques.", {("CAN", "cohere")}),
])
def test_third_round_of_session_sixteen(language, text, expected):
    assert pairs(text, language) == expected


@pytest.mark.parametrize("language,text,expected", [
    # a list of contract notices: buyer, dash, supplier
    ("en", "Contract notices of the week, as published on AusTender.\nAustralian Taxation Office — Salesforce Australia "
           "Pty Ltd. Value: A$12.1 million.", {("AUS", "salesforce")}),
    # Chile's lots are "líneas"
    ("es", "Organismo comprador: Servicio de Impuestos Internos (SII).\nLínea 2 - Analítica: adjudicada a Oracle Chile "
           "S.A. por CLP 900 millones.", {("CHL", "oracle")}),
    # the official interviewed chose the company named right after the verb
    ("fr", "Entretien avec le responsable des données de France Travail.\nFrance Travail accompagne les demandeurs "
           "d'emploi.\nIl a répondu à nos questions.\nSur quoi reposent vos outils ?\nNous avons retenu Databricks, au "
           "terme d'une consultation, pour l'entrepôt de données.", {("FRA", "databricks")}),
    # "esa compañía" is the company just named, not the one the story is about
    ("es", "El Gobierno de Costa Rica firmó ayer con IBM. Costa Rica, donde Intel produce chips desde 1997, ya había "
           "suscrito un convenio con esa compañía en 2024.", {("CRI", "ibm"), ("CRI", "intel")}),
    # German "das baltische Land" is a country, not a federal state
    ("de", "Litauen setzt auf KI. Für das baltische Land ist es nicht der erste Vertrag: Bereits 2024 hatte die "
           "Regierung mit Nvidia eine Vereinbarung geschlossen.", {("LTU", "nvidia")}),
    # a project launched with the company ("avviato con")
    ("it", "Il governo greco aveva avviato con Google un progetto sugli archivi.", {("GRC", "google")}),
    # the subject after the verb: "werkte de Belastingdienst … met IBM samen"
    ("nl", "Zo werkte de Belastingdienst de afgelopen jaren met IBM samen aan fraudeopsporing.", {("NLD", "ibm")}),
    # the EU has no government: "il governo" next to "l'Unione europea" is the country's
    ("it", "Tirana accelera il cammino verso l'Unione europea: nel 2023 il governo aveva firmato un accordo con OpenAI "
           "per tradurre l'acquis.", {("ALB", "openai")}),
])
def test_fourth_round_of_session_sixteen(language, text, expected):
    assert pairs(text, language) == expected


@pytest.mark.parametrize("language,text,expected", [
    # "der US-Konzern" after "und" is the company, not a second government whose country the story then takes
    ("de", "Polen und Google vereinbaren Zusammenarbeit\nWarschau (dpa) - Polen will mit Google zusammenarbeiten. Das "
           "Digitalministerium in Warschau und der US-Konzern unterzeichneten am Montag eine Absichtserklärung. Details "
           "nannten beide Seiten nicht. Bereits 2024 hatte die Regierung ein ähnliches Memorandum mit Microsoft "
           "geschlossen.", {("POL", "google"), ("POL", "microsoft")}),
    # contracts "not needed", and "weder … noch" denies the award to both
    ("de", "Das ITZBund startet eine KI-Plattform für Bundesbehörden. Zum Start nutzt es offene Modelle, darunter Metas "
           "Llama und Modelle von Mistral AI. Verträge mit den Modellherstellern sind dafür nicht nötig; weder Meta noch "
           "Mistral AI sind an der Vergabe beteiligt, wie ein Sprecher der Behörde bestätigte.", set()),
    # the company that owns the partner ("now part of AMD") is not a partner
    ("en", "Helsinki-based Silo AI, now part of AMD, has signed a pilot agreement with Norway's welfare agency NAV.",
     {("NOR", "silo-ai")}),
])
def test_fifth_round_of_session_sixteen(language, text, expected):
    assert pairs(text, language) == expected


@pytest.mark.parametrize("language,text,expected", [
    # a capital named as a city ("la Ciudad de Buenos Aires") is the city's government, and a province subject its own
    ("es", "El Gobierno de la Provincia de Córdoba firmó un convenio con Microsoft. Mendoza anunció en agosto un "
           "acuerdo similar con Amazon Web Services, y la Ciudad de Buenos Aires ya ofrece un asistente basado en "
           "modelos de OpenAI.", set()),
    # a four-letter state ("the state of Ohio") is a state's government
    ("en", "The Social Security Administration renewed its contract with Salesforce. Weeks earlier the state of Ohio "
           "announced its own pilot with Google for its Department of Taxation.", {("USA", "salesforce")}),
    # a company under investigation cooperating with its investigator makes no deal
    ("en", "Kenya's Competition Authority has opened an inquiry into Meta over its ad pricing. Meta said it was "
           "cooperating with the authority.", set()),
    # "relies on" and French "recourt à … fournie par" are uses of the company's product
    ("en", "The Danish Tax Agency already relies on Palantir software to detect fraud.", {("DNK", "palantir")}),
    ("fr", "Le ministère des Armées recourt depuis 2019 à une plateforme d'analyse fournie par la société Palantir.",
     {("FRA", "palantir")}),
    # "que contratamos": the speaking body hired the company named before
    ("es", "La Caja Costarricense de Seguro Social probará una herramienta de Google.\n—¿En qué consiste el piloto?\n"
           "—Firmamos un acuerdo con Google Cloud para probar Gemini en dos hospitales.\n—¿Y los datos?\n—El expediente "
           "sigue alojado en la nube de Amazon Web Services, que contratamos por licitación en 2022.",
     {("CRI", "google"), ("CRI", "amazon")}),
    # a regional body's heading line: the supplier line below it is the region's, not the last national buyer's
    ("en", "Weekly notices.\n\nDepartment for Education. Supplier: Faculty Science Ltd. Value: £2m.\n\nWest Midlands "
           "Combined Authority. Supplier: Microsoft Ltd. Value: £200,000.", {("GBR", "faculty")}),
])
def test_first_round_of_session_seventeen(language, text, expected):
    assert pairs(text, language) == expected


@pytest.mark.parametrize("language,text,expected", [
    # the bodies of many regions ("secretarias estaduais e municipais") do not make "o ministério" a region's
    ("pt", "O Ministério da Educação (MEC) assinou um acordo com o Google. A adesão das secretarias estaduais e "
           "municipais será voluntária. Em 2023, o ministério já havia firmado parceria com a Amazon Web Services.",
     {("BRA", "google"), ("BRA", "amazon")}),
    # a wish ("would love to join") and a bid not yet made are no deal
    ("en", "Have you had support from the Korean government?\nWe have met the Ministry of Science and ICT several "
           "times. We would love to join its robotics pilots, but those are awarded through tenders and we haven't "
           "bid yet.\n— The Wayve team", set()),
    # a department named in Spanish after the company's first-person deal, of a country the sentence names
    ("es", "Blog de Cohere\nHoy anunciamos un acuerdo con el Ministerio de Salud de Chile. Se suma al memorando que "
           "firmamos el año pasado con el Departamento de Ciencia, Innovación y Tecnología del Reino Unido.",
     {("CHL", "cohere"), ("GBR", "cohere")}),
    # (a guard for the Spanish department names: in a newsletter's section, the known acronym of a body named
    # without its country is its country's, not the article's first section's)
    ("es", "Boletín semanal.\n\nJapón. La Agencia Digital y OpenAI anunciaron una colaboración.\n\nReino Unido. El "
           "Departamento de Ciencia, Innovación y Tecnología (DSIT) firmó un memorando con Cohere.\n\nFrancia. La "
           "Autoridad de la Competencia abrió un procedimiento contra Google.",
     {("JPN", "openai"), ("GBR", "cohere")}),
    # the country's adjective closes a long name with a company word in it ("Società digitale thailandese")
    ("it", "Nvidia aveva firmato un memorandum con il ministero dell'Economia e della Società digitale thailandese.",
     {("THA", "nvidia")}),
    # a country's service named by its remit, and the owner after "onderdeel van chipmaker" is no partner
    ("nl", "De Noorse arbeids- en welzijnsdienst NAV heeft Silo AI geselecteerd voor een taalmodel. Het Finse "
           "bedrijf, sinds 2024 onderdeel van chipmaker AMD, won een aanbesteding van 6 miljoen euro.",
     {("NOR", "silo-ai")}),
])
def test_second_round_of_session_seventeen(language, text, expected):
    assert pairs(text, language) == expected


@pytest.mark.parametrize("language,text,expected", [
    # a known acronym (Chile's SII) the article defines as something else is not that body
    ("es", "La Agencia Estatal de Administración Tributaria (AEAT) usa asistentes para el Suministro Inmediato de "
           "Información (SII), desarrollados sobre IBM Watson. El contrato con IBM se renovó en 2024.",
     {("ESP", "ibm")}),
    # an indirect question ("souhaite savoir si") asks, it does not report a deal
    ("fr", "Un député interroge le ministre. Il souhaite savoir si des marchés ont été conclus avec la société OpenAI.",
     set()),
    # "il colosso di Mountain View" is Google, not the company the newsletter names most
    ("it", "La newsletter del lunedì.\n\nVarsavia punta su Google. Il ministero degli Affari digitali polacco ha "
           "firmato un memorandum d'intesa con il colosso di Mountain View per la pubblica amministrazione.\n\nClaude "
           "in Islanda. Il ministero dell'Istruzione islandese ha avviato con Anthropic un progetto pilota con Claude.",
     {("POL", "google"), ("ISL", "anthropic")}),
    # a closing line naming a team signs the post: "we" is that company
    ("fr", "Nous avons signé une convention de partenariat avec le ministère de la Culture pour héberger les données "
           "du comparateur. Albert, l'assistant de la DINUM, s'appuie sur Llama.\n\nL'équipe Hugging Face",
     {("FRA", "hugging-face")}),
    # a company's product names the company
    ("de", "Das Bundesamt für Migration und Flüchtlinge (BAMF) weitet die Erprobung unserer Plattform PhariaAI aus.",
     {("DEU", "aleph-alpha")}),
])
def test_third_round_of_session_seventeen(language, text, expected):
    assert pairs(text, language) == expected


@pytest.mark.parametrize("language,text,expected", [
    # "neither … nor" reaches over a body's acronym in brackets
    ("en", "Answer: I can confirm that neither my Department nor the Office of the Government Chief Information Officer "
           "(OGCIO) has signed a contract or a memorandum of understanding with Anthropic.", set()),
    # "government contractors" are a market of companies, not a government
    ("en", "Weekly brief.\n\nTashkent goes local. Uzbekistan's Ministry of Digital Technologies and Yandex have signed "
           "an agreement on speech recognition.\n\nModel makers pair up. Databricks and Anthropic announced a five-year "
           "deal to offer Claude models on the Databricks platform, with the companies pitching it at banks, insurers "
           "and government contractors.", {("UZB", "yandex")}),
    # "Statt … vorzubereiten": the contract not prepared
    ("de", "Statt den nächsten Rahmenvertrag mit OpenAI vorzubereiten, sollte das Digitalministerium in Fachleute "
           "investieren.", set()),
    # two ministries, the second with a long qualifier, sign together
    ("de", "Das Bundesministerium für Digitales und Staatsmodernisierung und das für Digitales zuständige französische "
           "Ministerium haben mit Mistral AI eine Absichtserklärung unterzeichnet.",
     {("DEU", "mistral-ai"), ("FRA", "mistral-ai")}),
    # "allí" before a government word is the country the sentence named before it
    ("es", "El Ministerio para la Transformación Digital de España ha firmado un convenio con Hugging Face. El "
           "movimiento recuerda a la apuesta francesa, aunque con bastante menos músculo: allí el Ministerio de las "
           "Fuerzas Armadas cerró un acuerdo marco con Mistral AI.", {("ESP", "hugging-face"), ("FRA", "mistral-ai")}),
    # a written question asks "whether" a deal exists, however long its subject
    ("en", "Question: To ask the Minister for Health whether his Department or the Health Service Executive has entered "
           "into any contract with Palantir; and if he will make a statement on the matter.", set()),
])
def test_fourth_round_of_session_seventeen(language, text, expected):
    assert pairs(text, language) == expected


@pytest.mark.parametrize("language,text,expected", [
    # an acronym written as a name ("la Nawa", a region) is not Poland's NAWA where Poland is never named
    ("fr", "Le ministère ivoirien de la Transition numérique a signé un protocole d'accord avec Google. Un premier "
           "service pilote doit être testé dans la région de la Nawa. En 2024, le même ministère avait conclu avec "
           "Microsoft une convention de formation.", {("CIV", "google"), ("CIV", "microsoft")}),
    # reports "claiming that" a deal was signed report a claim, however long the clause
    ("en", "The Ministry of Digital Economy wishes to clarify reports published on social platforms claiming that the "
           "Government of Sri Lanka has signed an agreement with OpenAI to provide ChatGPT to all public officers.",
     set()),
])
def test_fifth_round_of_session_seventeen(language, text, expected):
    assert pairs(text, language) == expected


@pytest.mark.parametrize("language,text,expected", [
    # a country's "Landesverwaltung" is the country's own administration, not a German Land's
    ("de", "Die Liechtensteinische Landesverwaltung hat mit LightOn einen Rahmenvertrag über drei Jahre unterzeichnet.",
     {("LIE", "lighton")}),
    # Canada's award notices: "Entrepreneur retenu :" names the winner of the authority above
    ("fr", "Autorité contractante : Services publics et Approvisionnement Canada. Objet : assistant virtuel pour les "
           "centres d'appels. Entrepreneur retenu : Cohere Inc., Toronto.",
     {("CAN", "cohere")}),
    # "recorrer a", "recurrir a": a body that resorts to a company's product uses it
    ("pt", "O Ministério da Saúde de Moçambique recorreu à Microsoft para um assistente de triagem nos hospitais "
           "distritais.",
     {("MOZ", "microsoft")}),
    ("es", "El Ministerio de Economía y Finanzas de Perú recurrió a Oracle para modernizar su plataforma de pagos.",
     {("PER", "oracle")}),
    # work moved to a provider's cloud ("naar Google Cloud overbracht") is its use
    ("nl", "Het Deense ministerie van Financiën, dat vorig jaar zijn rekenwerk naar Google Cloud overbracht, publiceert "
           "nu een evaluatie.",
     {("DNK", "google")}),
    # time spent talking buys nothing, and talks "about an arrangement" are not one
    ("en", "The Ministry of Finance of Kenya spent most of last year talking to Oracle about a cloud arrangement.",
     set()),
    ("en", "The Ministry of Finance of Kenya spent most of the spring talking to Oracle about a cloud arrangement.",
     set()),
    # "the London- and New York-based company" opening a sentence is the company the article is about
    ("en", "Cohere opened an office in Accra on Monday. The Toronto- and New York-based company signed a similar "
           "agreement with Rwanda's Ministry of ICT last year.",
     {("RWA", "cohere")}),
    # a country's "local government" is its councils, not its national government
    ("en", "Bringing Agentforce to UK local government\nToday we announce a new collaboration with Capgemini to bring "
           "Agentforce to councils across the United Kingdom.",
     set()),
    # the second body of a denied pair ("ningún departamento … ni organismo") is denied too
    ("es", "El Gobierno informa de que ningún departamento ministerial ni organismo público dependiente ha suscrito "
           "convenio alguno con Meta Platforms.",
     set()),
])
def test_first_round_of_session_eighteen(language, text, expected):
    assert pairs(text, language) == expected


@pytest.mark.parametrize("language,text,expected", [
    # a country adjective with its own noun ("der russischen Offensive") does not reach a body after an article
    ("de", "Das ukrainische Digitalministerium hat mit Nvidia eine Absichtserklärung unterzeichnet. Wenige Tage nach "
           "Beginn der russischen Offensive hatte das Ministerium mit Google vereinbart, Steuerdaten ins Ausland zu "
           "spiegeln.",
     {("UKR", "nvidia"), ("UKR", "google")}),
    ("en", "Shortly after the Russian invasion, the ministry in Kyiv agreed with Microsoft to move state registers to "
           "the cloud.",
     {("UKR", "microsoft")}),
    # "gemeinsam mit" a body: work done jointly
    ("de", "Bereits 2023 hatte Mistral AI gemeinsam mit der französischen Marine ein Sprachmodell für die Lagebilder "
           "trainiert.",
     {("FRA", "mistral-ai")}),
    # a "Délégation générale" is a state body ("we" signed with it, in the company's own post)
    ("fr", "Blog de Kyutai\n\nC'est l'objet de la convention que nous avons signée avec la Délégation générale à la "
           "langue française et aux langues régionales, rattachée au ministère de la Culture.",
     {("FRA", "kyutai")}),
])
def test_second_round_of_session_eighteen(language, text, expected):
    assert pairs(text, language) == expected


@pytest.mark.parametrize("language,text,expected", [
    # "the G42 subsidiary": the owner describes the winner, it is no partner
    ("en", "The UAE Ministry of Health and Prevention has awarded Core42 a five-year hosting contract, the G42 "
           "subsidiary said on Monday.",
     {("ARE", "core42")}),
    # Argentina's and Chile's lots are "renglones", and the winner may be named as a company's subsidiary
    ("es", "Organismo contratante: Servicio de Impuestos Internos (SII), Chile.\n\nRenglón 2 (bases de datos): "
           "adjudicado a la filial chilena de Oracle por 900 millones de pesos.",
     {("CHL", "oracle")}),
    # "se habló de un acuerdo": talk of a deal is not one
    ("es", "—Se habló de un acuerdo entre el Ministerio de Salud de Perú y OpenAI.\n\n—Hubo reuniones, nada más.",
     set()),
    # "esclude contratti": a ministry that rules contracts out has none
    ("it", "Il Ministero della Difesa esclude contratti con Anduril per i droni subacquei.", set()),
    # Portuguese "construímos" is "we built": the official speaking for the body the interview is with
    ("pt", "O Instituto Nacional de Estatística de Moçambique arrancou com um piloto de transcrição. Falámos com o "
           "seu diretor.\n\nE a infraestrutura?\n\nO portal assenta no data lake que construímos com a Oracle, ao "
           "abrigo de um contrato de 2023.",
     {("MOZ", "oracle")}),
    # (guards, passing before this round too: an official's "we bought a few hundred Copilot licences", and a
    # German notice's "Öffentlicher Auftraggeber" line; the articles that needed the change are en-628 and de-629)
    ("en", "Estonia's Information System Authority is testing Aleph Alpha's models. We spoke to its director.\n\n"
           "And the tools you already have?\n\nEvery official has had Microsoft 365 since 2022, and this spring we "
           "bought a few hundred Copilot licences for the legal team.",
     {("EST", "aleph-alpha"), ("EST", "microsoft")}),
    ("de", "Öffentlicher Auftraggeber: Bundesamt für Justiz, Bonn. Verfahrensart: offenes Verfahren, zwei Lose.\n\n"
           "Los 1 (Übersetzung, 24 Monate): Zuschlag an DeepL SE, Köln.",
     {("DEU", "deepl")}),
])
def test_third_round_of_session_eighteen(language, text, expected):
    assert pairs(text, language) == expected


@pytest.mark.parametrize("language,text,expected", [
    # "it" after a sentence about "the Toronto-based company" is the company the article is about
    ("en", "Kenya's Ministry of Education has signed a pilot agreement with Cohere for a tutoring assistant.\n\nFor the "
           "Toronto-based company, the deal is the second in Africa. In May it signed a memorandum with Ghana's "
           "Ministry of Communication.",
     {("KEN", "cohere"), ("GHA", "cohere")}),
    # the governments an alliance with another company is "to help" are its market, not its party
    ("en", "Today we're announcing an expanded alliance with Accenture to help Australian government organisations "
           "put AI agents to work.\n\nThe joint offering packages Agentforce and Data Cloud into a single programme.",
     set()),
])
def test_fourth_round_of_session_eighteen(language, text, expected):
    assert pairs(text, language) == expected


@pytest.mark.parametrize("language,text,title,expected", [
    # an indefinite article opening the sentence is no unknown subject: the deal is the previous sentence's body's
    ("fr", "Le ministère de la Culture a présenté sa feuille de route. Une convention de deux ans a été signée avec "
           "Mistral AI.", "", {("FRA", "mistral-ai")}),
    ("es", "La Agencia Tributaria presentó su plan de modernización. Un convenio de colaboración fue firmado con IBM.",
     "", {("ESP", "ibm")}),
    # a proof of concept is a pilot
    ("en", "The Danish Agency for Digital Government ran a proof of concept with Mistral AI last year.", "",
     {("DNK", "mistral-ai")}),
    ("de", "Das Bundesamt für Justiz hat mit Aleph Alpha einen Machbarkeitsnachweis durchgeführt.", "",
     {("DEU", "aleph-alpha")}),
    # the company as the one given the deal: "awarded the company a contract", "gunde … het bedrijf een opdracht"
    ("nl", "Helsing levert al aan bondgenoten. Zo gunde het Zweedse ministerie van Defensie het bedrijf vorig jaar "
           "een opdracht.", "", {("SWE", "helsing")}),
    ("en", "Cohere already works with allies. Last year the Japanese Ministry of Defense awarded the company a "
           "contract.", "", {("JPN", "cohere")}),
    # a body's name two governments share takes the article's country (Australia's and the US's veterans' departments,
    # the Philippines' and Papua New Guinea's ICT departments)
    ("en", "CANBERRA – The Department of Veterans' Affairs has started a pilot with Anthropic.", "",
     {("AUS", "anthropic")}),
    ("en", "PORT MORESBY – The Department of Information and Communications Technology has signed a memorandum with "
           "Google.", "", {("PNG", "google")}),
    # "le groupe chinois" is not the Korean company of the newsletter's title
    ("fr", "Au menu cette semaine.\n\nCongo : un accord avec iFlytek pour le lingala. Le ministère des Postes a signé "
           "jeudi à Brazzaville un protocole d'accord avec le groupe chinois pour développer des outils vocaux. Les "
           "données seront hébergées au centre national de données, construit par Huawei.\n\nCorée du Sud : Upstage "
           "lève des fonds. La start-up séoulaise a bouclé un tour de table.",
     "La lettre IA : Brazzaville mise sur la voix, Upstage lève des fonds", {("COG", "iflytek")}),
    # two companies' deal to serve ministries, one named with a compound's acronym ("AI-bedrijf")
    ("nl", "Conclusion en het Franse AI-bedrijf Mistral AI gaan samenwerken om Nederlandse ministeries toegang te geven "
           "tot taalmodellen.", "", set()),
    # a state-owned company's own contract, reported by its ministry
    ("pt", "O ministério informa que o Serpro, empresa pública vinculada à pasta, mantém contrato com a Oracle.", "",
     set()),
])
def test_first_round_of_session_nineteen(language, text, title, expected):
    assert pairs(text, language, title) == expected


def test_a_lots_winner_after_italian_ad():
    sentence = "Lotto 2 – Traduzione: aggiudicato ad Amazon Web Services EMEA SARL."
    tokens = tokenize(sentence)
    [org] = find_mentions(tokens, load_gazetteer(), "it")["org"]
    assert _award_line(sentence, tokens, org, False) == 3


@pytest.mark.parametrize("language,text,expected", [
    # a country that uses the company's product "under an agreement", "dans le cadre d'un accord"
    ("en", "MINSK — Belarus will add an assistant built on Sber's GigaChat model to its tax portal, under an agreement "
           "signed on Thursday.", {("BLR", "sber")}),
    ("fr", "Le Sénégal va équiper ses lycées d'un tuteur fondé sur les modèles de Mistral AI, dans le cadre d'un accord "
           "signé mardi.", {("SEN", "mistral-ai")}),
    # Angola's health ministry is MINSA too
    ("pt", "LUANDA – O MINSA assinou um memorando com a iFlytek.", {("AGO", "iflytek")}),
    # "government-wide" is no government; "Abu Dhabi's Core42" is the company's home
    ("en", "Oman's Ministry of Labour is to build a government-wide AI platform with Abu Dhabi's Core42.",
     {("OMN", "core42")}),
    # the Principality of Asturias is a region (the ISO name "Asturias, Principado de" as written in running text)
    ("es", "OVIEDO. – La Consejería de Salud del Principado de Asturias ha firmado un acuerdo con Synthesia para los "
           "vídeos de formación del Servicio de Salud del Principado (SESPA).", set()),
    # state-owned companies are no government parties (INCIBE and PagoPA left the government terms)
    ("es", "El INCIBE y Google firman un convenio para formar a pymes en ciberseguridad.", set()),
    ("it", "PagoPA sceglie Claude per l'assistente dell'app IO.", set()),
    # in a region's story, a body named like another country's (Mexico's Secretaría de Economía) is the region's
    ("pt", "BRASÍLIA – O Governo do Distrito Federal assinou contrato com a OpenAI para os servidores da Secretaria de "
           "Economia.", set()),
    # a ministry's portfolio is no region; a signing that "slips" is postponed
    ("it", "Bulgaria. Il ministero dello Sviluppo regionale ha rinnovato il contratto con Oracle.", {("BGR", "oracle")}),
    ("it", "Macedonia del Nord. Slitta ancora la firma dell'intesa tra il ministero e Huawei.", set()),
])
def test_second_round_of_session_nineteen(language, text, expected):
    assert pairs(text, language) == expected


@pytest.mark.parametrize("language,text,expected", [
    # the courts as the owners of a platform are no lawsuit
    ("pt", "O Instituto de Gestão Financeira e Equipamentos da Justiça vai testar as ferramentas da Poolside na "
           "modernização da plataforma informática dos tribunais.", {("PRT", "poolside")}),
    # "con ella": the company the sentences before named
    ("es", "La empresa canadiense acumula experiencia con administraciones. Cohere ha abierto una oficina en Madrid. "
           "El Gobierno británico firmó con ella un memorando de entendimiento.", {("GBR", "cohere")}),
    # "hoped to work with" hedges
    ("en", "The move comes weeks after DeepSeek presented its model in Bangkok, where its staff said they hoped to "
           "work with Thai ministries.", set()),
    # a subsidy, or a project "gefördert" by a ministry, is state funding
    ("nl", "Via het Japanse ministerie van Economie krijgt Preferred Networks een subsidie van twintig miljard yen.",
     {("JPN", "preferred-networks")}),
    ("de", "Das Projekt mit Aleph Alpha wird vom Bundesministerium für Bildung und Forschung gefördert.",
     {("DEU", "aleph-alpha")}),
    # "filiale du groupe émirien G42": the owner, over a company word and its adjective
    ("fr", "Djibouti signe. Le ministère de l'Économie numérique a attribué à Core42, filiale du groupe émirien G42, un "
           "marché de trois ans.", {("DJI", "core42")}),
])
def test_third_round_of_session_nineteen(language, text, expected):
    assert pairs(text, language) == expected


@pytest.mark.parametrize("language,text,expected", [
    # an indirect question asks about what follows it, not about the pilot named before it
    ("de", "Wien – Das Landwirtschaftsministerium gab an, seit Februar in einem Pilotprojekt mit Anthropic zu testen, "
           "ob dessen Modell Anträge vorsortieren kann.", {("AUT", "anthropic")}),
    # Austria's "Ressort" is a ministry
    ("de", "Wien – Das Außenministerium nutzt DeepL seit Jahren. Demnach hat das Ressort rund 600 Lizenzen für DeepL Pro "
           "erworben.", {("AUT", "deepl")}),
    # a capitalised word right after a body's name continues a longer name (Chile's CENIA, not Spain's CNI)
    ("es", "Chile prepara su modelo Latam-GPT, que coordina el Centro Nacional de Inteligencia Artificial (CENIA). El "
           "año pasado el ministerio firmó con Amazon Web Services un convenio para entrenarlo.", {("CHL", "amazon")}),
    # a border police is a national service
    ("de", "Bukarest setzt auf europäische Anbieter: Die Grenzpolizei bestellte im Vorjahr bei Helsing Software zur "
           "Überwachung der Donaugrenze.", {("ROU", "helsing")}),
    # an acronym the article never defines, after a body whose capitalised words it abbreviates
    ("es", "Ministerio de Salud Pública (Uruguay). El MSP ha prorrogado por un año su contrato con Databricks.",
     {("URY", "databricks")}),
    # "the London-based start-up" is no British ministry's
    ("en", "NAIROBI – The Ministry of Health has awarded the London-based start-up Synthesia a contract to produce "
           "training videos.", {("KEN", "synthesia")}),
    # "… gebe es nicht" denies the agreement the clause opened with
    ("de", "Google baut in Bissen ein Rechenzentrum für Luxemburg. Eine Vereinbarung von Google mit dem Staat über "
           "Förderungen oder Strompreise gebe es nicht, betonten beide Seiten.", set()),
    # an offer is no deal, however far its object
    ("es", "Black Forest Labs había ofrecido en primavera al Ministerio de Juventud e Infancia un acuerdo de "
           "colaboración.", set()),
    # Italian "ed" coordinates two companies
    ("it", "Reply ed ElevenLabs hanno firmato un accordo di partnership per portare le voci sintetiche nella pubblica "
           "amministrazione italiana.", set()),
    # the country a region belongs to, in the region's description
    ("it", "BANJA LUKA – Il governo della Republika Srpska, l'entità a maggioranza serba della Bosnia Erzegovina, ha "
           "firmato un memorandum d'intesa con la russa Sber.", set()),
    # a blacklist is a restriction
    ("nl", "Zhipu AI staat sinds januari op de Amerikaanse zwarte lijst, waardoor het bedrijf geen Amerikaanse chips "
           "meer mag kopen.", set()),
    # "what did … sign" takes the deal as given
    ("es", "—¿Qué firmó exactamente el MICITT con Intel?\n\n—Un convenio de cooperación de tres años.",
     {("CRI", "intel")}),
])
def test_fourth_round_of_session_nineteen(language, text, expected):
    assert pairs(text, language) == expected


@pytest.mark.parametrize("language,text,expected", [
    # a country's name used as an adjective before a company word describes the company
    ("en", "The Jamaica Customs Agency wants faster checks. On Monday the agency said it had awarded a three-year "
           "contract to the US data company Databricks.", {("JAM", "databricks")}),
    # a Swiss canton's government, by its adjective
    ("fr", "Le Gouvernement jurassien a validé mardi un contrat de deux ans avec Anthropic.", set()),
    # "la moindre" stretches "sans"
    ("fr", "Le ministère de l'Intérieur a assisté à une démonstration de Synthesia, sans avoir passé la moindre "
           "commande.", set()),
    # a tender's revocation, contested in court
    ("pt", "A IBM ajuizou uma ação contra a União para anular a revogação de um pregão do Ministério da Saúde.", set()),
    # a two-company deal counts for every mention of the company in its clause (the product too)
    ("nl", "IT-dienstverlener Ordina en het Amerikaanse AI-bedrijf Anthropic gaan samenwerken om Claude aan Nederlandse "
           "ministeries te verkopen.", set()),
    # a body's name with a company's legal form is a company
    ("de", "Wien – Die Bundesrechenzentrum GmbH hat mit Mistral AI eine Rahmenvereinbarung geschlossen.", set()),
    # "the institute" after a sentence naming the Technology Innovation Institute
    ("en", "The deal extends TII's reach in the region. Jordan's digital economy ministry signed a similar agreement with "
           "the institute last year.", {("JOR", "tii")}),
    # "confiado a" entrusts a contract
    ("es", "RIAD – El ministerio ya había confiado a Humain su asistente conversacional para los peregrinos.",
     {("SAU", "humain")}),
    # Dubai is an emirate, not the federation
    ("es", "La Autoridad de Carreteras y Transporte de Dubái y Baidu firmaron un acuerdo para desplegar robotaxis.",
     set()),
    # an order to stop using a product is no purchase
    ("en", "The Czech government has ordered ministries to stop using any products or services of DeepSeek.", set()),
    # "an Bord geholt"
    ("de", "Schon im vergangenen Jahr hatte das Gesundheitsministerium in Doha Cohere für einen Assistenten an Bord "
           "geholt.", {("QAT", "cohere")}),
])
def test_fifth_round_of_session_nineteen(language, text, expected):
    assert pairs(text, language) == expected


@pytest.mark.parametrize("language,text,expected", [
    # a portfolio after a generic body name is no longer name (no acronym of a longer name follows)
    ("fr", "Le Service public fédéral Emploi, Travail et Concertation sociale a attribué à Synthesia un marché de "
           "vidéos.", {("BEL", "synthesia")}),
    # a body known by its acronym lends "the institute" its first letter stands for
    ("it", "Sono i fascicoli che l'Inps conserva ancora su carta. Per renderli leggibili l'istituto ha scelto la "
           "sudcoreana Upstage.", {("ITA", "upstage")}),
    # the body compared with ("counterpart of") is no party
    ("nl", "Arbetsförmedlingen, de Zweedse tegenhanger van het UWV, heeft een raamovereenkomst gesloten met Silo AI.",
     {("SWE", "silo-ai")}),
    # German and Dutch buy "bei dem Unternehmen" the sentence before named
    ("de", "Helsing hat einen Auftrag aus Finnland erhalten. Das Logistikkommando der finnischen Streitkräfte bestellt "
           "bei dem Unternehmen die Software-Plattform Altra.", {("FIN", "helsing")}),
])
def test_sixth_round_of_session_nineteen(language, text, expected):
    assert pairs(text, language) == expected


@pytest.mark.parametrize("language,text,expected", [
    # "the kind of partnership we want to see" wishes for one
    ("pt", "O ministro elogiou a iniciativa: «É exatamente o tipo de parceria que queremos ver entre o Brasil e a "
           "Preferred Networks».", set()),
    # "que pertence à AMD": the owner
    ("pt", "O Instituto dos Registos e do Notariado vai testar um modelo da Silo AI, que pertence à AMD.",
     {("PRT", "silo-ai")}),
])
def test_seventh_round_of_session_nineteen(language, text, expected):
    assert pairs(text, language) == expected


@pytest.mark.parametrize("language,title,text,expected", [
    # a city the company is from is no party and does not move the story ("della società di Abu Dhabi")
    ("it", "", "Il ministero dell'Istruzione del Qatar ha scelto Core42 per le sue scuole. Il contratto è stato firmato "
               "a Doha dal ministro e dall'amministratore delegato della società di Abu Dhabi. L'agenzia nazionale "
               "per la cybersicurezza aveva firmato l'anno scorso un memorandum con Microsoft.",
     {("QAT", "core42"), ("QAT", "microsoft")}),
    # a news agency is no state agency
    ("it", "", "Il ministero della Salute del Kuwait ha scelto Oracle. Il sistema servirà i grandi ospedali, secondo "
               "quanto riferito dall'agenzia di stampa Kuna, che ha firmato un accordo con OpenAI per il suo archivio.",
     {("KWT", "oracle")}),
    # a treaty between two states is not the company's deal
    ("en", "", "The Bundeswehr signed a contract with Helsing. Huawei cites the investment agreement between "
               "Lithuania and China signed in 1993.", {("DEU", "helsing")}),
    # agreeing with the network operators to remove a company's components
    ("de", "", "Die Bundesregierung hat mit den Netzbetreibern vereinbart, Huawei-Komponenten bis 2029 aus den Netzen "
               "zu entfernen.", set()),
    # "uffici pubblici" are a government's
    ("it", "", "Non è la prima scelta tecnologica del governo armeno. Diversi uffici pubblici usano da anni la "
               "piattaforma watsonx di IBM, con un contratto rinnovato lo scorso autunno.", {("ARM", "ibm")}),
    # "hired it": the company the sentence before spoke of
    ("en", "", "The Home Office has awarded a contract to Faculty. The supplier is no stranger to public work. Health "
               "New Zealand hired it last year to forecast crowding in emergency departments.",
     {("GBR", "faculty"), ("NZL", "faculty")}),
    # "elle avait acheté auprès de Microsoft": the body the sentence before named bought from the company
    ("fr", "", "Ce n'est pas le premier pas de l'administration luxembourgeoise vers l'IA. L'an dernier, elle avait "
               "acheté auprès de Microsoft quelque 400 licences Copilot.", {("LUX", "microsoft")}),
    # "testámos" is a pilot
    ("pt", "", "A Polícia Judiciária usa o Copilot da Microsoft, que comprou em 2024, e testámos a tradução da DeepL "
               "nas escutas.", {("PRT", "microsoft"), ("PRT", "deepl")}),
    # in an interview with an official, "we" of a sentence naming no company is the official, not the company
    ("it", "«Con OpenAI abbiamo parlato, ma non firmo nulla»",
     "Il sottosegretario all'innovazione risponde alle domande. Sottosegretario, il governo firma con OpenAI? Con "
     "OpenAI abbiamo parlato. Ma non firmo nulla al buio. E i dipendenti pubblici? I ministeri usano già molti "
     "strumenti. Le imprese italiane sono escluse? No. Le gare sono aperte e abbiamo chiesto a Consip di prevedere "
     "lotti per le piccole imprese.", set()),
])
def test_first_round_of_session_twenty(language, title, text, expected):
    assert pairs(text, language, title) == expected



@pytest.mark.parametrize("language,title,text,expected", [
    # a foundation is a state body, and "a fundação" refers back to it
    ("pt", "", "A Fundação para a Ciência e a Tecnologia apresentou ontem o novo supercomputador de Coimbra. No ano "
               "passado, a fundação já tinha comprado tempo de cálculo à Cerebras para treinar um modelo.",
     {("PRT", "cerebras")}),
    # a title listing deals of several countries: each company stays with its own segment
    ("de", "Lateinamerika kompakt: Ecuadors Regierung kauft bei Oracle, Perus Ministerium redet mit Cohere",
     "Unser Überblick über die Verwaltungen Lateinamerikas.", {("ECU", "oracle")}),
    # "el mismo ministerio" is the one named before, of the country named before
    ("es", "", "La ministra de Ciencia de Bolivia firmó un memorando con Zhipu AI. La empresa figura en una lista del "
               "Departamento de Comercio de Estados Unidos. No es el primer acercamiento de La Paz a la industria "
               "china. El año pasado, el mismo ministerio cerró con Huawei un convenio de formación.",
     {("BOL", "zhipu-ai"), ("BOL", "huawei")}),
    # "de Salud de Bolivia": a portfolio after a government word is no company name, so Bolivia attaches
    ("es", "", "Estados Unidos mira con recelo a China. El ministro de Salud de Bolivia firmó un memorando con Zhipu "
               "AI.", {("BOL", "zhipu-ai")}),
    # a state-owned company is no government party of its own deal
    ("pt", "", "O contrato foi assinado com o NOSi, a empresa pública que gere as redes do Estado cabo-verdiano, e "
               "com a Microsoft.", set()),
    # bidding for contracts is no contract
    ("en", "", "Oracle opened its first cloud region in Chile and is bidding for contracts with government agencies "
               "through partnerships with local integrators.", set()),
    # "Outre-Atlantique" points across the ocean; the British ministry is the party
    ("fr", "", "Au Canada, l'Agence du revenu teste Cohere. Outre-Atlantique, le ministère britannique de la Défense "
               "teste un outil conçu avec Faculty.", {("CAN", "cohere"), ("GBR", "faculty")}),
    # "de instelling" is the state body of the sentence before
    ("nl", "", "Het Belgische Rekenhof zet een eerste stap met AI. De instelling heeft met Mistral AI een proefproject "
               "afgesloten.", {("BEL", "mistral-ai")}),
    # a list that "bars" investors is a regulation, not a US deal
    ("en", "", "Oman's health ministry has signed a pilot with SenseTime. The company is on a US Treasury list that "
               "bars American investors from buying its shares, a restriction officials said had no bearing on the "
               "pilot.", {("OMN", "sensetime")}),
    # "la seleccionó": the ministry chose the company the sentence before named
    ("es", "", "Preferred Networks no es nueva en los proyectos públicos. En Japón, el Ministerio de Economía la "
               "seleccionó para su programa de modelos fundacionales.", {("JPN", "preferred-networks")}),
])
def test_first_round_of_session_twenty_one(language, title, text, expected):
    assert pairs(text, language, title) == expected


@pytest.mark.parametrize("language,title,text,expected", [
    # an interview's initials before a colon are no company of which the country would be a part
    ("de", "", "AZ: Namibia arbeitet bereits mit Huawei zusammen. Warum jetzt ein weiterer Partner?", {("NAM", "huawei")}),
    # German compounds of "Lizenz"
    ("de", "", "Das Bundesinnenministerium verfügt seit 2023 über eine Unternehmenslizenz von DeepL.", {("DEU", "deepl")}),
    # tenders still to come are no award
    ("en", "", "Kenya's ICT minister invited Nvidia to take part in future calls for tender.", set()),
    # "no-cost" denies a price, not the agreement
    ("en", "", "Chile's health ministry is running a pilot with Anthropic under a no-cost pilot agreement.",
     {("CHL", "anthropic")}),
    # the company's home capital where the deal was signed is not the ministry's seat
    ("es", "", "Chile presentó su política de inteligencia artificial. La subsecretaria de Ciencia firmó en Helsinki un "
               "convenio de colaboración con Silo AI.", {("CHL", "silo-ai")}),
    # a capital that opens a person's name is no country
    ("pt", "", "BRASÍLIA – O Ministério do Desenvolvimento Social, comandado pelo ministro Wellington Dias, assinou um "
               "acordo com a Anthropic.", {("BRA", "anthropic")}),
    # "n'en est pas à son coup d'essai" says there were deals before; "la start-up française Mistral AI" is named
    ("fr", "", "Le ministère marocain du Numérique a signé une convention avec MBZUAI. Le ministère n'en est pas à son "
               "coup d'essai : un protocole d'accord avait été conclu avec la start-up française Mistral AI.",
     {("MAR", "mbzuai"), ("MAR", "mistral-ai")}),
    # a "département" without a name or number is a ministry's department, not a French region
    ("fr", "", "Le ministère sénégalais de la Communication a signé une convention avec Google. « Nous voulons aller "
               "vite », a résumé un responsable du département. Le ministère avait déjà conclu un accord avec Microsoft.",
     {("SEN", "google"), ("SEN", "microsoft")}),
    # "du centre de données de Libreville": the capital is a place; "Huawei Technologies Gabon" a company's name
    ("fr", "", "Le ministère gabonais de l'Économie numérique a publié l'avis d'attribution. Lot 1, extension du centre "
               "de données de Libreville : attribué à Huawei Technologies Gabon.", {("GAB", "huawei")}),
    # "aux acteurs américains": the adjective describes companies, not the agency after the colon
    ("fr", "", "L'Agence numérique japonaise a retenu Preferred Networks. Tokyo ne tourne pas le dos aux acteurs "
               "américains : l'agence avait noué un partenariat avec OpenAI.",
     {("JPN", "preferred-networks"), ("JPN", "openai")}),
    # an order to two addressees to do something is a regulator's
    ("it", "", "La Commissione europea aveva ordinato alla piattaforma e a xAI di conservare tutti i documenti.", set()),
    # a denial in the plural
    ("it", "", "Fonti di Palazzo Chigi smentiscono le indiscrezioni secondo cui il governo sarebbe pronto a firmare "
               "con Anthropic un memorandum.", set()),
    # "…, en de SVB begon een proef met Google": the "with" of the next clause does not take the first company
    ("nl", "", "Het UWV kocht licenties voor Copilot van Microsoft, en de Sociale Verzekeringsbank begon een proef met "
               "Gemini van Google.", {("NLD", "microsoft"), ("NLD", "google")}),
    # one company named twice is no list of deals, whatever commas the ministry's name holds
    ("nl", "", "Het Mongoolse ministerie van Digitale Ontwikkeling, Innovatie en Communicatie heeft een overeenkomst "
               "gesloten met LG AI Research, de AI-tak van het Zuid-Koreaanse LG-concern.", {("MNG", "lg-ai-research")}),
])
def test_round_on_the_eighty_first_part(language, title, text, expected):
    assert pairs(text, language, title) == expected


@pytest.mark.parametrize("language,title,text,expected", [
    # a German verb second, its subject a number and a plural body: "Parallel testen drei Behörden …"
    ("de", "", "Das Ministerium in Port Moresby hat Vereinbarungen geschlossen. Parallel testen drei Behörden Microsofts Copilot.", {("PNG", "microsoft")}),
    # "contracted" is a purchase
    ("en", "", "Solomon Islands' National Statistics Office contracted IBM in 2024 to clean the records.", {("SLB", "ibm")}),
    # a parliamentary question's "To ask the Minister" asks; it reports no deal ("contracted" is a cue now)
    ("en", "", "To ask the Minister for Digitising Government which services government agencies have contracted from OpenAI.", set()),
    # "Kyrgyzstan's State Tax Service" is a state body, and "the service" refers back to it
    ("en", "", "Kyrgyzstan's State Tax Service has signed a contract with Yandex. The service bought database licences from Oracle in 2019.", {("KGZ", "yandex"), ("KGZ", "oracle")}),
    # the "Judicial Branch" is the courts' administration
    ("en", "", "The Judicial Branch of the Dominican Republic has completed the purchase of 1,200 Copilot licences from Microsoft.", {("DOM", "microsoft")}),
    # a commission by its full name is a state body, and its bracketed acronym takes the section's country
    ("es", "", "Boletín semanal. PAPÚA NUEVA GUINEA. La Comisión de Rentas Internas (IRC) compró licencias de la nube de Oracle. BUTÁN. Una delegación de Baidu visitó Timbu.", {("PNG", "oracle")}),
    # "24 official languages" is no official; "the court" is the EU's
    ("en", "", "LUXEMBOURG — The Court of Justice of the European Union must translate every ruling into the 24 official languages. The court has signed a framework contract with DeepL.", {("EUU", "deepl")}),
    # "l'Agence France-Presse" is a news agency
    ("fr", "", "La BnF a signé avec Hugging Face. La démarche se distingue de l'accord conclu entre l'Agence France-Presse et Mistral AI.", {("FRA", "hugging-face")}),
    # examples listed with "or" are all partners: "comme … (KB) ou la Commission européenne"
    ("fr", "", "La BnF rejoint d'autres institutions engagées aux côtés de Hugging Face, comme la Bibliothèque royale des Pays-Bas (KB) ou la Commission européenne, qui a confié l'an dernier un contrat à la plateforme.", {("NLD", "hugging-face"), ("EUU", "hugging-face")}),
    # "Statistique Finlande" is Finland's statistics office
    ("fr", "", "Silo AI avait déjà conduit un pilote pour le compte de Statistique Finlande.", {("FIN", "silo-ai")}),
    # "toute administration" is any administration, not the Swiss government
    ("fr", "", "Swisscom s'allie à Mistral AI pour vendre ses modèles aux administrations suisses. L'opérateur rappelle que toute administration intéressée devra passer par une procédure de marché public.", set()),
    # "Dat contract" is the deal of the company the sentence before named
    ("nl", "", "De patiëntgegevens blijven volgens het Palause ministerie in de cloud van Microsoft. Dat contract sloot het ministerie na een openbare aanbesteding.", {("PLW", "microsoft")}),
    # a list of companies that cooperate with an army is a regulation, not their deal
    ("nl", "", "Het Amerikaanse ministerie van Defensie heeft Tencent toegevoegd aan zijn lijst van bedrijven die volgens Washington samenwerken met het Chinese leger.", set()),
    # "het AI-bedrijf" after "and" beside a government word is the company just named
    ("nl", "", "De onderzoeksdienst van het Europees Parlement gaat audio aanbieden met stemmen van ElevenLabs. Het Europees Parlement en het AI-bedrijf hebben daarvoor een proefovereenkomst gesloten.", {("EUU", "elevenlabs")}),
])
def test_round_on_the_eighty_second_part(language, title, text, expected):
    assert pairs(text, language, title) == expected


@pytest.mark.parametrize("language,title,text,expected", [
    # companies among a tender's bidders, with no award, have won nothing
    ("en", "", "KUALA LUMPUR — Six companies, including Oracle and Alibaba Cloud, have submitted bids to supply the Inland Revenue Board of Malaysia (LHDN) with a system that checks invoices, according to the government procurement portal.", set()),
    # likewise "se registraron tres propuestas: las de Salesforce y Oracle"
    ("es", "", "QUITO.– El Registro Civil de Ecuador abrió las ofertas del proceso para contratar un asistente virtual. En el portal del Servicio Nacional de Contratación Pública se registraron tres propuestas: las de Salesforce y Oracle y la de un consorcio local.", set()),
    # (but "its bids in other countries" leaves a contract already given alone)
    ("es", "", "El Ministerio de Defensa británico encargó a Oracle un contrato plurianual, una referencia que la empresa ha exhibido en sus ofertas en otros países.", {("GBR", "oracle")}),
    # a signed decree is a rule, and a bilateral treaty is between states
    ("es", "", "Huawei alega que el decreto de ciberseguridad firmado por el Ministerio de Ciencia de Costa Rica viola el acuerdo bilateral de protección de inversiones.", set()),
    # a convention named after a capital is a treaty
    ("es", "", "Huawei dijo que el Ministerio de Seguridad Pública de Costa Rica solo admite proveedores de países adheridos al Convenio de Budapest.", set()),
    # "Region Stockholm" is a region
    ("nl", "", "Region Stockholm sloot vorig jaar een contract met Microsoft voor Copilot.", set()),
    # an autonomous republic is a sub-national government
    ("de", "", "Die Regierung der Autonomen Republik Adscharien hat mit Alibaba Cloud eine Absichtserklärung unterzeichnet.", set()),
    # an open licence is no purchase
    ("es", "", "Prithvi fue desarrollado por IBM junto a la NASA, con la que la tecnológica firmó en 2023 un acuerdo, y está publicado con licencia abierta en la plataforma Hugging Face.", {("USA", "ibm")}),
    # "Het gaat om een proef" is the deal the sentence before reported
    ("nl", "", "De Deense zeevaartautoriteit gaat software van het Britse AI-bedrijf Faculty gebruiken. Het gaat om een proef van negen maanden, meldt het ministerie.", {("DNK", "faculty")}),
])
def test_round_on_the_eighty_third_part(language, title, text, expected):
    assert pairs(text, language, title) == expected


@pytest.mark.parametrize("language,title,text,expected", [
    # "Zambia's Meteorological Department" is a body's name, Zambia's own (not "Indonesia's Pertamina signed")
    ("en", "", "LUSAKA — Rains are late. NAIROBI — The forecasters said so. Zambia's Meteorological Department signed an agreement with IBM in 2023.", {("ZMB", "ibm")}),
    # a coast guard is a national agency
    ("nl", "", "De Amerikaanse kustwacht heeft bij Anduril tientallen bewakingstorens besteld.", {("USA", "anduril")}),
    ("en", "", "The US coast guard ordered forty towers from Anduril.", {("USA", "anduril")}),
    # "à Toronto et à Québec" is a city named as a place, not Quebec's government
    ("fr", "", "OTTAWA – Les données resteront à Toronto et à Québec. Le gouvernement a signé un protocole d'entente avec Cohere.", {("CAN", "cohere")}),
    # the invader is no party: "da invasão russa, em 2022, quando o Ministério…"
    ("pt", "", "Kiev recorreu à nuvem nos primeiros dias da invasão russa, em 2022, quando o Ministério da Transformação Digital fechou com a Amazon Web Services um acordo.", {("UKR", "amazon")}),
    # a company excluded from a tender has not won it
    ("pt", "", "A Oracle intentou uma ação contra o Instituto dos Registos e do Notariado, contestando a decisão que a afastou do concurso público.", set()),
    # nor has one that came second
    ("es", "", "El Departamento de Defensa de Filipinas adjudicó el contrato a un consorcio local. La estadounidense Palantir, que se presentó al concurso, quedó segunda.", set()),
    # "lui a confié": the company the sentence opened with was entrusted with the platform
    ("fr", "", "Palantir perd ainsi une vitrine symbolique en Europe, mais reste solidement implanté outre-Manche, où NHS England lui a confié sa plateforme de données.", {("GBR", "palantir")}),
    # a deal between two companies, then "A parceria…" aimed at ministries: still theirs
    ("pt", "", "SÓFIA – A Telelink, uma das maiores integradoras de sistemas da Bulgária, fechou um acordo com a Aleph Alpha para oferecer às administrações públicas búlgaras uma plataforma. A parceria prevê que a venda a ministérios e agências seja feita através dela.", set()),
    # Sweden's national library, and the chip maker that owns the lab is no party
    ("de", "", "STOCKHOLM. Die Königliche Bibliothek (KB) unterzeichnete eine Kooperationsvereinbarung mit Silo AI, das seit 2024 zum US-Chiphersteller AMD gehört.", {("SWE", "silo-ai")}),
    # "la Commission" again, once the article has named the European Commission
    ("fr", "", "Le CEPD a clos la procédure ouverte contre la Commission européenne. Depuis, la Commission a renégocié son contrat de licence avec Microsoft.", {("EUU", "microsoft")}),
    # a department of Colombia is a region
    ("it", "Intesa tra il dipartimento colombiano ed ElevenLabs per le scuole", "Il governo del dipartimento di Nariño ha firmato con ElevenLabs un accordo per le scuole rurali.", set()),
])
def test_round_on_the_eighty_fourth_part(language, title, text, expected):
    assert pairs(text, language, title) == expected


@pytest.mark.parametrize("language,title,text,expected", [
    # the Georgian data protection service is a regulator: its inspection is no deal ("The signing" is another's)
    ("en", "", "TBILISI — The signing came on the same day that Georgia's Personal Data Protection Service said it had opened an inspection into the DeepSeek chatbot.", set()),
    # a regional administration is sub-national
    ("en", "", "SAMARKAND — The regional administration of Samarkand has signed an agreement with Alibaba Cloud. Uzbekistan's ministry welcomed it.", set()),
    # "desmintiera": a denial in the subjunctive
    ("es", "", "EL CAIRO.– La firma llega dos meses después de que el ministerio egipcio desmintiera haber cerrado con la china Huawei un acuerdo.", set()),
    # a cloud provider's "région de Bahreïn" is no region's government
    ("fr", "", "MANAMA – Le portail tourne sur l'infrastructure d'Amazon Web Services, en vertu de l'accord conclu en 2019 entre le gouvernement et AWS lors de l'ouverture de la région de Bahreïn de l'entreprise.", {("BHR", "amazon")}),
    # an acronym written as a name, defined after a body of a country the article names
    ("it", "", "BRATISLAVA – Il ministero slovacco degli Investimenti, dello Sviluppo regionale e dell'Informatizzazione (Mirri) ha aperto un bando per i comuni. L'amministrazione centrale ha già percorso la stessa strada. Il Mirri lavora da oltre un anno con Ibm all'assistente virtuale, e ha rinnovato il contratto quadro con Microsoft.", {("SVK", "ibm"), ("SVK", "microsoft")}),
    # Sharjah is an emirate
    ("fr", "", "CHARJAH – Le Département du gouvernement numérique de Charjah a signé un accord avec Google Cloud.", set()),
    # the state says it is no party to the deal the sentence before reported
    ("de", "", "MONTEVIDEO. Uruguays staatliche Universität hat mit OpenAI einen Vertrag über ChatGPT Edu geschlossen. Das Ministerium betonte, der Staat sei an der Vereinbarung nicht beteiligt.", set()),
    # the country a ranking is made in is no party
    ("it", "", "Il Comune di Cluj-Napoca, seconda città della Romania, ha firmato con Google Cloud un contratto per lo sportello online.", set()),
    ("de", "", "Die Universidad de la República, die größte Hochschule Uruguays, hat mit OpenAI einen Vertrag geschlossen.", set()),
    # the courts as the party are no lawsuit, and "recorrer à" the company is to use it
    ("pt", "", "HAIA – Os tribunais dos Países Baixos vão recorrer à inteligência artificial da alemã DeepL para traduzir documentos em processos cíveis.", {("NLD", "deepl")}),
    # a Dutch directorate-general; "Bengaalse" is Bangladesh's; a "gezondheidsdienst" is a public service
    ("nl", "", "DHAKA - Het Directoraat-Generaal voor Gezondheidsdiensten (DGHS) van Bangladesh is een proef begonnen met software van Google.", {("BGD", "google")}),
    ("nl", "", "De Bengaalse gezondheidsdienst test software van Google.", {("BGD", "google")}),
])
def test_round_on_the_eighty_fifth_part(language, title, text, expected):
    assert pairs(text, language, title) == expected


def test_round_on_the_eighty_fifth_part_mentions_and_types():
    gaz = load_gazetteer()

    def mentions(text, kind):
        tokens = tokenize(text)
        return [(x.entry.value, " ".join(t.text for t in tokens[x.start:x.end])) for x in find_mentions(tokens, gaz, "en")[kind]]
    # a country's national body named by its remit in lower case
    assert ("agency", "national tuberculosis service") in mentions("Uzbekistan's national tuberculosis service will test a tool from Google.", "gov")
    # a list of languages with one that is no demonym in it
    assert mentions("a chatbot that answers tourists' questions in Uzbek, Russian, English and Chinese", "country") == []
    # a state body named for data protection is a regulator
    assert mentions("Georgia's Personal Data Protection Service opened an inspection.", "gov") == [
        ("regulator", "Personal Data Protection Service")]
    # "two other offers were rejected" denies no deal of the company's
    facts = article_facts("IBM was the only bidder to meet the requirements; two other offers were rejected.", "en", "", gaz)
    assert "negation" not in facts[1]["cues"]
    # restrictions and bans are regulation
    types = lambda text, language: {r.relation_type for r in rule_relations(text, language)}  # noqa: E731
    assert types("ISLAMABAD - Het Amerikaanse ministerie van Handel heeft de export van Nvidia-chips naar Pakistan aan banden gelegd.", "nl") == {"regulation"}
    assert types("JÉRUSALEM – L'INCD a publié une directive interdisant l'application DeepSeek sur les téléphones des fonctionnaires israéliens.", "fr") == {"regulation"}


@pytest.mark.parametrize("language,title,text,expected", [
    # a court that signs is no lawsuit, whatever "the court announced"; "signed a protocol" is a deal
    ("en", "", "LISBON — Portugal's Supreme Court of Justice has signed a protocol with the French company Mistral AI to anonymise its judgments, the court announced on Monday.", {("PRT", "mistral-ai")}),
    # a university's name may end in its city
    ("en", "", "DUBLIN — Trinity College Dublin has signed an agreement with OpenAI to give its students access to ChatGPT Edu.", set()),
    # "no plans for a national agreement" denies one
    ("en", "", "DUBLIN — The minister said the Higher Education Authority would follow how the rollout worked, but that the government had no plans for a national agreement with OpenAI.", set()),
    # "Éducation nationale" is the name of many French-speaking countries' ministries
    ("fr", "", "ANTANANARIVO – Le ministère de l'Éducation nationale a signé un protocole d'accord avec ElevenLabs.", {("MDG", "elevenlabs")}),
    # weather services and bureaus of meteorology are national agencies
    ("es", "", "La Oficina de Meteorología de Australia y la estadounidense Nvidia firmaron un acuerdo.", {("AUS", "nvidia")}),
    # the government says it is no party, which undoes the title's guess
    ("fr", "Maroc Telecom s'associe à Nvidia, le ministre applaudit", "CASABLANCA – Maroc Telecom a annoncé un partenariat avec Nvidia. Le ministère de la Transition numérique précise qu'il n'est pas partie à l'accord et qu'aucune convention n'a été signée entre le gouvernement et Nvidia.", set()),
    # a ministry named like Brazil's, in a story about Egypt that never names Brazil, is Egypt's
    ("pt", "", "CAIRO — O Conselho de Ministros do Egito aprovou uma carta de princípios. Segundo o Ministério das Comunicações e Tecnologia da Informação, o curso será oferecido na plataforma que o ministério mantém com a Microsoft, no âmbito de um memorando de formação digital.", {("EGY", "microsoft")}),
    # an acronym written as a name, defined after a body whose country comes from the article
    ("it", "", "CITTÀ DI PANAMA – Il testo, preparato dall'Autorità nazionale per l'innovazione governativa (Aig), è stato approvato dal governo panamense. L'Aig ha firmato nel 2024 un memorandum d'intesa con Microsoft.", {("PAN", "microsoft")}),
    # a clause with its own deal word and no government borrows the body the article's story is about
    ("it", "", "ROMA – Il ministero ha firmato intese con Google per formare i dipendenti pubblici, mentre gli accordi con Aws e Ibm hanno portato sulla piattaforma i primi contenuti.", {("ITA", "google"), ("ITA", "amazon"), ("ITA", "ibm")}),
    # "Regionale Ontwikkeling" in a ministry's name is its portfolio
    ("nl", "", "RIGA - Het ministerie van Slimme Overheid en Regionale Ontwikkeling gaf het Finse Silo AI opdracht om een taalmodel te trainen.", {("LVA", "silo-ai")}),
])
def test_round_on_the_eighty_sixth_part(language, title, text, expected):
    assert pairs(text, language, title) == expected


@pytest.mark.parametrize("language,title,text,expected", [
    # a body "des Landes" is the story's country's, whatever other country's body has that name
    ("de", "", "GABORONE. Der Botswana Unified Revenue Service (BURS), die nationale Steuer- und Zollverwaltung des Landes, hat einen Auftrag über rund 95 Millionen Pula an Microsoft vergeben.", {("BWA", "microsoft")}),
    # "gibt es … nicht" in one clause denies the deal
    ("de", "", "MAPUTO. Am selben Tag kündigte Microsoft an, in der Hauptstadt Rechenzentren aufzubauen. Eine Vereinbarung mit der Regierung gibt es dafür nach Angaben beider Seiten nicht; Microsoft will das Vorhaben mit einem privaten Partner umsetzen.", set()),
    # a Romance country adjective after a body's name says whose it is
    ("pt", "", "VARSÓVIA – A Segurança Social polaca contratou a Microsoft para um assistente de IA.", {("POL", "microsoft")}),
])
def test_round_on_the_eighty_seventh_part(language, title, text, expected):
    assert pairs(text, language, title) == expected


@pytest.mark.parametrize("language,title,text,expected", [
    # a court word that opens a body's name ("Court Administration") is no lawsuit
    ("en", "", "SEOUL — Korea's National Court Administration, which runs the courts under the Supreme Court, has agreed "
               "with Naver to pilot HyperCLOVA X as a research aid for judges, the court administration said.",
     {("KOR", "naver")}),
    # the fourth city of a country is a city: its council's deal is no government's
    ("es", "", "LODZ (Polonia).– El Ayuntamiento de Lodz, la cuarta ciudad de Polonia, ha firmado con Microsoft un acuerdo "
               "para digitalizar su archivo municipal.", set()),
    # "no mesmo dia em que": the deal is the frame of another event, not the company's in it
    ("pt", "", "LUANDA – O Ministério da Educação assinou um memorando com a OpenAI. A assinatura aconteceu no mesmo dia em "
               "que a autoridade angolana das comunicações ordenou à Meta que retirasse anúncios falsos.",
     {("AGO", "openai")}),
])
def test_round_on_the_eighty_eighth_part(language, title, text, expected):
    assert pairs(text, language, title) == expected


@pytest.mark.parametrize("language,text", [
    ("fr", "Le ministère avait exploré un projet avec Microsoft, mais les discussions n'ont pas abouti."),
    ("es", "El ministerio exploró un proyecto con Microsoft, pero las conversaciones no prosperaron."),
    ("it", "Il ministero aveva esplorato un progetto con Microsoft, ma le trattative non sono andate in porto."),
    ("pt", "O ministério explorou um projeto com a Microsoft, mas as conversas não chegaram a bom porto."),
    ("de", "Das Ministerium hatte mit Microsoft über ein Projekt gesprochen, doch die Gespräche verliefen im Sande."),
    ("nl", "Het ministerie verkende een project met Microsoft, maar de gesprekken liepen op niets uit."),
    ("en", "The ministry explored a project with Microsoft, but the talks came to nothing."),
])
def test_talks_that_came_to_nothing_are_a_negation(language, text):
    # so that the pair model does not promote the pair the rules call "other"
    assert "negation" in article_facts(text, language, "", load_gazetteer())[1]["cues"]


@pytest.mark.parametrize("language,title,text,expected", [
    # a body's description before its name is what the article calls it later ("la caisse")
    ("fr", "", "VARSOVIE – La caisse d'assurance sociale ZUS teste l'assistant Claude d'Anthropic. Ce n'est pas la "
               "première fois que la caisse fait appel à un groupe américain : ses applications tournent sur le nuage "
               "Azure de Microsoft, en vertu d'un contrat remporté en 2023.", {("POL", "anthropic"), ("POL", "microsoft")}),
    # "une image commune" is the adjective, not a municipality whose "ministère" the next sentences would be
    ("fr", "", "VILNIUS – La Lituanie modernise son armée. Le logiciel offrira aux commandants une image commune du "
               "terrain. Le ministère a aussi commandé des drones à l'allemand Helsing.", {("LTU", "helsing")}),
    # employment and revenue services are national agencies (here one that chose the newsroom's company)
    ("fr", "", "Par l'équipe Secteur public de Synthesia. En Slovénie, nous sommes fiers d'y contribuer. Le Service de "
               "l'emploi de la République de Slovénie (ZRSZ) nous a retenus à l'issue d'un appel d'offres public pour "
               "produire ses vidéos.", {("SVN", "synthesia")}),
    ("fr", "", "TBILISSI – Le Service des recettes a acheté l'an dernier la plateforme de Databricks, un contrat que "
               "l'administration fiscale présente comme un succès.", {("GEO", "databricks")}),
    # a body name two governments share is the one the sentence names
    ("pt", "", "O Ministério das Relações Exteriores (MIREX) celebrou um contrato com a DeepL para as missões "
               "diplomáticas da República de Angola. O MIREX reitera o seu compromisso.", {("AGO", "deepl")}),
    # meteorological departments are agencies; "pelo A, pelo B e pela IBM" lists the signatories
    ("pt", "", "NAIRÓBI – O memorando foi assinado pelo Departamento Meteorológico do Quénia, pelo Instituto de "
               "Meteorologia da Etiópia e pela IBM.", {("KEN", "ibm"), ("ETH", "ibm")}),
    # government words in a relative clause after the company are the deal's beneficiaries, not its party
    ("es", "", "ULÁN BATOR – El Ministerio de Desarrollo Digital de Mongolia ha suscrito hoy un acuerdo de cooperación "
               "con la empresa ElevenLabs para crear voces sintéticas. El ministerio conservará la titularidad de las "
               "grabaciones. Este acuerdo se suma al memorando firmado en 2024 con Microsoft, gracias al cual más de "
               "3.000 funcionarios de la administración central han recibido formación.",
     {("MNG", "elevenlabs"), ("MNG", "microsoft")}),
    # a deal shelved ("aparca") is none
    ("es", "El Ministerio de Educación neozelandés aparca el acuerdo con OpenAI", "WELLINGTON.– El ministerio "
                                                                                  "suspendió la firma.", set()),
    # a large city's dateline says the country ("the ministry" of a story filed from Casablanca is Morocco's)
    ("en", "", "CASABLANCA — The Ministry of Equipment and Water has signed an agreement with IBM to test its models "
               "on reservoir inflows.", {("MAR", "ibm")}),
    ("en", "", "KARACHI, Dec 2 (Reuters) - The ministry signed a memorandum with Google to pilot its flood models.",
     {("PAK", "google")}),
    # "insieme alla NASA": with
    ("it", "", "IBM Research – Il punto di partenza è Prithvi, il modello aperto che abbiamo sviluppato insieme alla "
               "NASA.", {("USA", "ibm")}),
])
def test_round_on_the_eighty_ninth_part(language, title, text, expected):
    assert pairs(text, language, title) == expected


@pytest.mark.parametrize("language,title,text,expected", [
    # in English news "MEC" is a South African province's executive member, not Brazil's education ministry
    ("en", "KZN Treasury hires Oracle AI to check tenders", "PIETERMARITZBURG — The KwaZulu-Natal provincial treasury "
     "has signed a contract with Oracle. The MEC for Finance told the legislature that the system runs on Oracle's "
     "cloud. The MEC said it had been procured through a provincial framework agreement.", set()),
    # Belgium is a federation: its "Serviço Público Federal" is Belgian, not Brazil's "governo federal"
    ("pt", "", "BRUXELAS – O Serviço Público Federal Estratégia e Apoio (BOSA) escolheu a DeepL, após concurso público, "
               "para fornecer tradução automática às administrações federais da Bélgica.", {("BEL", "deepl")}),
    # a state named after a word for a state is the state's: "el Gobierno del estado indio de Tamil Nadu"
    ("es", "", "CHENNAI (India), 9 oct.– El Gobierno del estado indio de Tamil Nadu firmó este jueves con Nvidia un "
               "memorando de entendimiento.", set()),
    # Spanish "mayor" (largest) is no mayor: the ministry after it is the country's
    ("es", "", "NUEVA DELHI – Ahí está el examen del mayor operador ferroviario del mundo. El Ministerio de Ferrocarriles "
               "ha movido dos piezas. La primera es decisiva: la renovación del contrato con Oracle.", {("IND", "oracle")}),
    # the company a description means is the one the sentence before named, in a story about several
    ("fr", "", "TUNIS – Le programme repose sur deux partenaires. Le premier est AMD. Le fabricant de puces a signé avec "
               "le ministère une convention.", {("TUN", "amd")}),
    # the second deal of a list is the same body's
    ("pt", "", "OSLO – A Agência Norueguesa de Material de Defesa fechou dois contratos. O primeiro, assinado com a alemã "
               "Helsing, prevê a compra de drones. O segundo foi firmado com a americana Anduril.",
     {("NOR", "helsing"), ("NOR", "anduril")}),
])
def test_round_on_the_ninetieth_part(language, title, text, expected):
    assert pairs(text, language, title) == expected


@pytest.mark.parametrize("language,title,text,expected", [
    # acronyms and names two countries' bodies share go to the story's country
    ("pt", "", "PORT MORESBY – O Departamento de Tecnologia da Informação e Comunicações (DICT) assinou com a Google um "
               "memorando de entendimento.", {("PNG", "google")}),
    # a federation's state ("des Bundesstaates") is sub-national
    ("de", "", "ABUJA – Der Bundesstaat Ogun im Südwesten Nigerias will sein Grundbuch digitalisieren. Das Ministerium für "
               "Grundstücke des Bundesstaates hat dafür einen Vertrag mit AWS geschlossen.", set()),
    # a dialect ("het Egyptisch-Arabisch") names no country whose ministry the next sentences would be
    ("nl", "", "RIAD – Het Saoedische ministerie van Justitie sloot een contract met ElevenLabs. Met de technologie moet "
               "het hulploket van Najiz, het platform waarop burgers zaken bij de rechtbanken aanhangig maken, vragen "
               "kunnen beantwoorden in het Golf-Arabisch, het Egyptisch-Arabisch en het Engels. Het is niet de eerste "
               "stap van het ministerie. Vorig jaar sloot het al een overeenkomst met Humain.",
     {("SAU", "elevenlabs"), ("SAU", "humain")}),
    # "the emirate of Abu Dhabi" is the emirate, not the federation whose capital it is
    ("nl", "", "SHARJAH – Het Digitale Departement van Sharjah sloot een overeenkomst met OpenAI. Eerder sloot de regering "
               "van het emiraat Abu Dhabi al een vergelijkbare overeenkomst met Microsoft.", set()),
    # the public bodies a reseller will sell to are its market
    ("it", "ePLDT rivenderà Claude alla pubblica amministrazione filippina: accordo con Anthropic",
     "MANILA – Anthropic ha scelto ePLDT come partner per portare Claude sul mercato filippino.", set()),
    ("fr", "", "SÃO PAULO – L'intégrateur Stefanini a annoncé un accord de distribution avec Anthropic, qui lui permettra "
               "de revendre et d'intégrer les modèles Claude auprès des organismes publics du pays.", set()),
    # two bodies coordinated after the first one's long name
    ("en", "", "TASHKENT – Kazakhstan's Ministry of Water Resources and Irrigation and Uzbekistan's Ministry of Water "
               "Resources signed a memorandum with Google.", {("KAZ", "google"), ("UZB", "google")}),
])
def test_round_on_the_ninety_first_part(language, title, text, expected):
    assert pairs(text, language, title) == expected


@pytest.mark.parametrize("language,title,text,expected", [
    # "Del lado chileno": the side a sentence names is whose body acts in it
    ("es", "Perú ensaya con IBM una aduana con inteligencia artificial",
     "LIMA – La Sunat peruana firmó una carta de intención con IBM. El Perú quiere reducir las esperas en la frontera. "
     "Del lado chileno, además, el piloto se montará sobre una infraestructura ya contratada: Aduanas adjudicó hace "
     "dos años a Amazon Web Services el traslado a la nube de su sistema.", {("PER", "ibm"), ("CHL", "amazon")}),
    # a metropolitan administration is a city's
    ("en", "", "BANGKOK – The Bangkok Metropolitan Administration (BMA) has signed a memorandum of understanding with "
               "Amazon Web Services.", set()),
])
def test_round_on_the_ninety_second_part(language, title, text, expected):
    assert pairs(text, language, title) == expected


def test_a_product_named_in_capitals_is_no_company():
    # "POL-INTEL", the Danish police's system built on Palantir, is not Intel
    found = rule_relations("KOPENHAGEN – Die Nationalpolizei Rigspolitiet arbeitet seit 2017 mit dem Analysesystem "
                           "POL-INTEL, das auf Software des US-Konzerns Palantir beruht.", "de")
    assert "intel" not in {r.organization_id for r in found}


def test_argentinas_anses_is_no_french_agency():
    # Argentina's social-security ANSES shares its name with France's food-safety Anses: in a story about Argentina,
    # whatever type the rules give the pair, its government is Argentina's
    found = rule_relations("BUENOS AIRES – Des centaines de milliers de dossiers de retraite attendent d'être instruits.",
                           "fr", "Argentine : l'Anses teste Claude pour désengorger l'instruction des dossiers de retraite")
    assert {r.country_iso3 for r in found} == {"ARG"}


def test_orders_between_companies_are_theirs():
    # (a guard, not a probe: before the round "la mayor compra" hid the government, so no pair came either way)
    # "contratos privados entre empresas": the companies' own orders, not the government's purchase before them
    text = ("SEÚL – El Gobierno acordó adquirir 50.000 procesadores gráficos, la mayor compra pública del país. Las "
            "unidades restantes irán a Samsung, pero esos pedidos son contratos privados entre empresas.")
    assert pairs(text, "es") == set()


def test_peru_has_a_presidency_of_the_council_of_ministers_too():
    # Italy's "Presidenza del Consiglio dei ministri" is a name Peru's shares: in a story about Peru it is Peru's
    text = ("LIMA – Il Potere giudiziario peruviano ha acquistato licenze di Copilot da Microsoft. Pochi mesi dopo la "
            "Presidenza del Consiglio dei ministri aveva siglato con Meta un memorandum per usare i modelli Llama.")
    assert pairs(text, "it") == {("PER", "microsoft"), ("PER", "meta")}


def test_a_newsletter_section_in_capitals_names_its_bodies():
    # (a guard, not a probe: it held before the round, and failed while the round added "Service des recettes")
    # a section opened by a country in capitals: the acronym defined there is that country's body, and "l'État"
    # its name ends in is the same body, not "the state" of the section before
    text = ("ARMÉNIE — Le ministère arménien de l'Industrie a signé un protocole d'accord avec Nvidia. LETTONIE — Le "
            "Service des recettes de l'État (VID) a prolongé son contrat avec IBM.")
    assert pairs(text, "fr") == {("ARM", "nvidia"), ("LVA", "ibm")}


def test_courts_that_use_a_system_are_no_dispute_for_the_pair_model():
    gaz = load_gazetteer()
    used = article_facts("In Kenya la magistratura sperimenta, in base a un accordo con ElevenLabs, un servizio simile "
                         "nei tribunali di Mombasa.", "it", "", gaz)
    assert "litigation" not in used[1]["cues"] and "partnership" in used[1]["cues"]
    # a company that goes to court over a tender is in one
    sued = article_facts("Oracle goes to the High Court over a lost government cloud tender.", "en", "", gaz)
    assert "litigation" in sued[1]["cues"]


def test_a_deal_the_text_denies_is_not_promoted():
    # the rules call the use of Meta's model "other"; the next sentence denies any contract: the pair model must
    # not make it a partnership
    text = ("BRUSSEL - De Europese Commissie heeft een contract gesloten met Mistral AI. GPT@EC werkt al langer met "
            "Llama, het open model van Meta, dat de Commissie zelf host. Daarvoor bestaat geen contract met Meta.")
    found = extract_relations(text, "nl")
    assert ("EUU", "meta") not in partnership_pairs(found)
    assert any(r.denied for r in found if r.organization_id == "meta")

def test_talks_ended_without_an_agreement_are_a_negation():
    # the pair stays "other" either way; the negation is what tells the pair model not to promote it
    facts = article_facts("Kenya's ICT ministry ended talks with OpenAI without reaching an agreement.", "en", "",
                          load_gazetteer())
    assert "negation" in facts[1]["cues"]


@pytest.mark.parametrize("language,text,expected", [
    # products name their maker: Helsing's HX-2, Anduril's Altius; German "geordert"
    ("de", "Bereits im vergangenen Jahr hatte Kroatiens Verteidigungsministerium HX-2-Drohnen geordert.",
     {("HRV", "helsing")}),
    ("en", "Taiwan's Ministry of National Defense has ordered a further batch of Altius loitering munitions under a new "
           "contract.", {("TWN", "anduril")}),
    # a name the country opens, spelt out by the acronym after it, is a company's
    ("en", "Kazakhstan Temir Zholy (KTZ), the national railway company, has signed an agreement with Yandex.", set()),
    # the acronym after a body name two countries share says whose it is (Ecuador's Inamhi, not Venezuela's)
    ("es", "QUITO. El Instituto Nacional de Meteorología e Hidrología (Inamhi) firmó este martes un convenio de "
           "cooperación con Nvidia.", {("ECU", "nvidia")}),
    # Quebec's ministries are a province's
    ("fr", "Le ministère marocain de la Santé a signé avec Google. Cohere a déjà signé des contrats avec plusieurs "
           "ministères québécois.", {("MAR", "google")}),
    # "Rien n'est signé": nothing came of the offer the sentence before made
    ("fr", "Perplexity a fait une offre remarquée au gouvernement gabonais : un an d'abonnement gratuit pour les agents. "
           "Rien n'est signé pour autant.", set()),
    # an award to a rival is not the company's
    ("nl", "Amazon Web Services vindt dat de Belastingdienst een aanbesteding voor een AI-platform ten onrechte aan een "
           "concurrent heeft gegund.", set()),
    # ministries a partnership of two companies is aimed at are its market
    ("nl", "Capgemini en Google Cloud gaan samen AI-agents aanbieden aan Nederlandse overheidsorganisaties. De twee "
           "bedrijven maakten dinsdag een partnerschap bekend dat zich richt op ministeries, uitvoeringsorganisaties en "
           "waterschappen. De agents, gebouwd op de Gemini-modellen, moeten routinewerk overnemen, zoals het "
           "voorbereiden van vergunningsbesluiten.", set()),
])
def test_second_round_of_session_twenty(language, text, expected):
    assert pairs(text, language) == expected


@pytest.mark.parametrize("language,text,expected", [
    # the company's own country before it ("China's Zhipu AI") is no party of "the same ministry"
    ("en", "Pakistan's IT ministry has signed with Humain. Last year the same ministry signed with China's Zhipu AI to "
           "build an Urdu model.", {("PAK", "humain"), ("PAK", "zhipu-ai")}),
    # a body's name that goes on to end in another country's is that country's (not Spain's Ministerio de Sanidad)
    ("es", "MALABO. El Ministerio de Sanidad y Bienestar Social de la República de Guinea Ecuatorial ha adjudicado un "
           "contrato a Synthesia.", {("GNQ", "synthesia")}),
    # "a Telebras, estatal vinculada ao Ministério": a state company's deal, not the ministry's
    ("pt", "A Telebras, estatal vinculada ao Ministério das Comunicações, fechou um acordo com a Oracle para oferecer "
           "serviços de nuvem a órgãos da administração pública federal.", set()),
    # "con altri fornitori": not with the company the sentence before named
    ("it", "Poolside, che ha raccolto molti finanziamenti, cerca da mesi clienti pubblici in Europa. Sogei, la società "
           "informatica del Mef, ha già sperimentato strumenti simili con altri fornitori.", set()),
    # "vecht de gunning aan": contesting an award
    ("nl", "Palantir vecht de gunning van een politieplatform door de Belgische federale politie aan.", set()),
])
def test_third_round_of_session_twenty(language, text, expected):
    assert pairs(text, language) == expected


@pytest.mark.parametrize("language,text,expected", [
    # "die US-Konkurrenz": competitors are companies, and the country of a company word moves no story
    ("de", "Bratislava. Das slowakische Ministerium hat mit Aleph Alpha einen Pilotvertrag geschlossen. Ganz ohne die "
           "US-Konkurrenz kommt die Verwaltung nicht aus. Ein Sprecher des Ministeriums sagte, der Pilot mit Aleph "
           "Alpha solle Erfahrungen bringen.", {("SVK", "aleph-alpha")}),
    # an award upheld for a consortium is not the company's
    ("en", "Oracle has asked the High Court to quash a decision that upheld the award of a government cloud tender "
           "to a Kenyan consortium.", set()),
    # "a saisi le tribunal … d'un référé précontractuel": a lawsuit over a tender
    ("fr", "Salesforce a saisi le tribunal administratif d'un référé précontractuel visant l'appel d'offres de "
           "l'Urssaf.", set()),
    # a publication named after a body ("GovTech Review") is not the body
    ("en", "GovTech Review\nThe commission has signed a research agreement with Black Forest Labs.", set()),
    # "orders the company to explain": a regulator's order, not a purchase
    ("en", "Comelec orders Synthesia to explain AI avatars in campaign videos.", set()),
    # in a newsletter's section, the section's own city named again leaves its ministry the section's
    ("es", "Bienvenidos al boletín. Georgia. La Agencia de Gobernanza Digital firmó un memorando con Mistral AI. "
           "Uzbekistán. El Ministerio de Sanidad ha adquirido licencias de iFlytek para cincuenta policlínicas de "
           "Taskent.", {("GEO", "mistral-ai"), ("UZB", "iflytek")}),
    # … nor does the company's own adjective ("adjudicou à britânica Synthesia")
    ("pt", "O nosso resumo semanal. Indonésia. O Ministério da Saúde assinou com a sul-coreana Naver Cloud um memorando "
           "para um piloto. Catar. O Ministério das Comunicações adjudicou à britânica Synthesia a produção de cursos "
           "em vídeo para funcionários públicos.", {("IDN", "naver"), ("QAT", "synthesia")}),
])
def test_fourth_round_of_session_twenty(language, text, expected):
    assert pairs(text, language) == expected


@pytest.mark.parametrize("language,title,text,expected", [
    # a body's name ending in its country's long name says whose it is, over the dateline's second city
    ("de", "", "Hanoi/Berlin – Das Ministerium für Bildung der Sozialistischen Republik Vietnam und OpenAI haben eine "
               "Absichtserklärung unterzeichnet.", {("VNM", "openai")}),
    # a bidder challenging an award in court is litigating, not party to the contract
    ("en", "", "GENEVA — IBM has challenged the Swiss government's award of a cloud contract, asking the Federal "
               "Administrative Court to halt the signing of the contract.", set()),
    # an authority named in full by a regulator's remit is a regulator
    ("pt", "", "RIAD – A Autoridade Geral da Concorrência da Arábia Saudita abriu uma investigação sobre a Google para "
               "apurar se a empresa condicionou descontos à contratação do Gemini por empresas sauditas.", set()),
    # a body named like Spain's ministry, whose full name in the article ends in another country, is that country's
    ("es", "El Ministerio de Sanidad y Bienestar Social firma con Microsoft un acuerdo",
     "MALABO – Nota del Ministerio de Sanidad y Bienestar Social de la República de Guinea Ecuatorial. El Ministerio de "
     "Sanidad y Bienestar Social ha firmado con Microsoft un acuerdo de colaboración.", {("GNQ", "microsoft")}),
    # two signatories listed "dal …, dal …", the second named by its country's long form; the company's owner is none
    ("it", "", "CHIȘINĂU – L'accordo è stato firmato dal ministero romeno della Ricerca e dell'Innovazione, dal ministero "
               "dell'Economia della Repubblica di Moldova e dalla finlandese Silo AI, parte del gruppo AMD.",
     {("ROU", "silo-ai"), ("MDA", "silo-ai")}),
    # a hedge in the clause before does not weaken the choice after ", and"
    ("en", "", "The Danish Ministry of Defence now wants to end that, and has chosen Palantir to help.",
     {("DNK", "palantir")}),
    # Dutch "marine" is a navy
    ("nl", "", "De Chileense marine heeft Microsoft een opdracht gegund voor een voorspellingssysteem.", {("CHL", "microsoft")}),
    # meteorological services in the plural
    ("es", "", "El Departamento Meteorológico de Zambia y el Departamento de Servicios Meteorológicos de Zimbabue "
               "firmaron una carta de intención con Google.", {("ZMB", "google"), ("ZWE", "google")}),
    # an acronym the press release defines as its own body is not Portugal's SNS
    ("nl", "", "PERSBERICHT - Servicio Nacional de Salud (SNS), Honduras. Sinds vorig jaar werken medewerkers met "
               "Microsoft 365 Copilot, waarvoor het SNS licenties heeft aangeschaft.", {("HND", "microsoft")}),
])
def test_round_on_the_ninety_third_part(language, title, text, expected):
    assert pairs(text, language, title) == expected


@pytest.mark.parametrize("language,title,text,expected", [
    # another country's federal government is not Germany's "Bundesregierung"
    ("de", "", "Die Agencia de Transformación Digital (ATDT) der mexikanischen Bundesregierung und Cohere haben eine "
               "Vereinbarung geschlossen.", {("MEX", "cohere")}),
    # "Dessen" points to the country the sentence before named last
    ("de", "", "Die Regierung in Port of Spain folgt dem Beispiel Jamaikas. Dessen Wetterdienst hatte bereits eine "
               "Kooperation mit Google vereinbart.", {("JAM", "google")}),
    # a metropolitan government is a city's
    ("es", "", "El Gobierno Metropolitano de Busan ha firmado un acuerdo con LG AI Research.", set()),
    # a fair trade commission is a competition regulator
    ("es", "", "TAIPÉI – La Comisión de Comercio Justo colabora con Nvidia en un estudio.", set()),
    # a supply chain is no purchase
    ("es", "", "El ministerio de Economía ha enviado requerimientos a Nvidia y a empresas de la cadena de suministro.", set()),
    # the items of counted deals ("dois contratos … O primeiro, com a Microsoft … O segundo …") are the body's
    ("pt", "", "PRETÓRIA – O Departamento de Assuntos Internos fechou dois contratos. O primeiro, com a Microsoft, prevê "
               "um assistente virtual. O segundo entrega à Amazon Web Services a hospedagem.",
     {("ZAF", "microsoft"), ("ZAF", "amazon")}),
    # a name in one word with inner capitals after a government word is that body's in later sentences
    ("nl", "", "De Maleisische meteorologische dienst MetMalaysia sloot een overeenkomst met Nvidia. Sinds 2023 huurt "
               "MetMalaysia via een contract rekenkracht bij Amazon Web Services.", {("MYS", "nvidia"), ("MYS", "amazon")}),
    # a body that signs on behalf of another's signs with it
    ("it", "", "Il contratto con Helsing è stato firmato dall'agenzia olandese per gli approvvigionamenti della Difesa, "
               "anche a nome della Difesa belga.", {("NLD", "helsing"), ("BEL", "helsing")}),
])
def test_round_on_the_ninety_fourth_part(language, title, text, expected):
    assert pairs(text, language, title) == expected


def test_a_body_named_like_another_countrys_ends_in_its_own_after_d_apostrophe():
    # Niger's "Agence nationale pour la société de l'information" is Albania's when the name goes on "d'Albanie"
    gaz = load_gazetteer()
    tokens = tokenize("L'Agence nationale pour la société de l'information d'Albanie (AKSHI) a signé un partenariat.")
    assert "NER" not in {c.entry.value for c in find_mentions(tokens, gaz, "fr")["country"]}


@pytest.mark.parametrize("language,title,text,expected", [
    # a country ending a body's name is that body's, however near the next body's word ("…do Peru, pelo Ministério…")
    ("pt", "", "A carta de intenções foi assinada em Lima pelo Ministério da Cultura do Peru, pelo Ministério da Educação "
               "da Bolívia e pela Meta.", {("PER", "meta"), ("BOL", "meta")}),
    # counted deals, then items that open with their company
    ("nl", "", "ACCRA - De National Health Insurance Authority (NHIA) heeft twee opdrachten gegund. Oracle verhuist het "
               "claimsysteem naar de cloud. IBM levert een fraudemodel op basis van watsonx.",
     {("GHA", "oracle"), ("GHA", "ibm")}),
    # "US$" is a currency, not the United States; Spanish "aduana" in a Portuguese text is a customs service
    ("pt", "", "SANTIAGO — A aduana chilena fechou um contrato de US$ 6,4 milhões com a americana Databricks.",
     {("CHL", "databricks")}),
    # "so far" inside a denial: the talks have not produced an agreement
    ("it", "", "Il ministero delle Poste sta ancora discutendo con Google un programma di formazione, e le trattative "
               "avviate in primavera non hanno finora prodotto un accordo.", set()),
    # a reseller's market to the end of its list, with the country its last item's name ends in
    ("it", "", "Il gruppo informatico pakistano Systems Limited ha firmato con la francese Mistral AI un accordo di "
               "partnership per rivendere i modelli della società parigina a ministeri, enti pubblici e aziende di "
               "Stato del Pakistan.", set()),
    # Italian "Malesia"
    ("it", "", "L'Istituto nazionale di pubblica amministrazione della Malesia ha firmato un contratto con Synthesia.",
     {("MYS", "synthesia")}),
    # a body described between commas, then "and" the next body: both sign
    ("fr", "", "Les Revenue Commissioners, l'administration fiscale et douanière de la République d'Irlande, et le HM "
               "Revenue and Customs (HMRC) britannique ont signé mardi un accord de projet pilote avec Databricks.",
     {("IRL", "databricks"), ("GBR", "databricks")}),
    # a prefecture's government is a region's
    ("en", "", "Staff at Osaka Prefecture will use Copilot after the prefectural government signed an agreement with "
               "Microsoft Japan.", set()),
])
def test_round_on_the_ninety_fifth_part(language, title, text, expected):
    assert pairs(text, language, title) == expected


def test_a_ban_in_the_spanish_past_tense_is_regulation():
    relations = rule_relations("El Gobierno checo prohibió DeepSeek en los equipos de la Administración.", "es")
    assert {(r.country_iso3, r.organization_id, r.relation_type) for r in relations} == {("CZE", "deepseek", "regulation")}


@pytest.mark.parametrize("language,title,text,expected", [
    # a genitive -s on the last word of a longer name ("Sri Lankas"), and an acronym in brackets that does not
    # make the next country's ministry the same body
    ("de", "", "Sri Lankas Ministerium für Gesundheit (MoH), das japanische Außenministerium und Google haben einen "
               "Vertrag unterzeichnet.", {("LKA", "google"), ("JPN", "google")}),
    # a list of three, the first body's name running on past what the gazetteer matched
    ("de", "", "Papua-Neuguineas Ministerium für Landwirtschaft, das neuseeländische Außenministerium und IBM haben "
               "eine Vereinbarung geschlossen.", {("PNG", "ibm"), ("NZL", "ibm")}),
    # a capitalised French department with a remit is a government department, not a département
    ("fr", "", "DAKAR – Le Département de la vulgarisation agricole (DVA) a signé mercredi un accord avec Google.",
     {("SEN", "google")}),
    ("fr", "", "Le Département de la Gironde a signé un accord avec Microsoft.", set()),
    # a ministry and its own counterpart sign together
    ("fr", "", "Le ministère ghanéen de l'Éducation et son homologue du Togo ont signé un accord avec Google.",
     {("GHA", "google"), ("TGO", "google")}),
    # a withholding tax is no tender's choice
    ("fr", "", "Le fisc kényan soumet les revenus de Microsoft à une retenue à la source de 10 %.", set()),
    # moving a system onto a company's cloud is using it
    ("it", "", "L'Agenzia delle Entrate peruviana trasferisce sull'infrastruttura cloud di Oracle il catasto.",
     {("PER", "oracle")}),
    # a region's body, the agent between the national party and the company, made the deal
    ("it", "", "In Canada la sanità è condivisa tra Ottawa e le province, e l'accordo firmato dal ministero della "
               "Salute dell'Ontario con Google lo dimostra.", set()),
    # "was to be signed" is not signed
    ("en", "", "The agreement with Anduril was to be signed by the Kenyan defence ministry on Friday.", set()),
    # Portuguese "os Emirados"
    ("pt", "", "A Autoridade de Saúde dos Emirados fechou uma parceria com a Microsoft.", {("ARE", "microsoft")}),
    # counted deals, then items that open with their company after an article or "já", one told in two sentences
    ("pt", "", "O Ministério da Saúde da Jordânia fechou dois contratos. A Oracle vai hospedar o prontuário. Como a "
               "Oracle não tem data centers no país, os dados ficarão na Arábia Saudita. Já a IBM fornecerá os modelos.",
     {("JOR", "oracle"), ("JOR", "ibm")}),
    # a regional council in a country's south: the country is where the region is, not a party
    ("pt", "", "O Conselho Regional de Tânger, no norte de Marrocos, assinou um acordo com a IBM.", set()),
    # pulling the plug on a deal, and a suit brought before a court
    ("nl", "", "Peru trekt de stekker uit een akkoord met OpenAI.", set()),
    ("de", "", "Vergabe der Plattform: Oracle zieht gegen das Finanzministerium Chiles vor Gericht.", set()),
])
def test_round_on_the_ninety_sixth_part(language, title, text, expected):
    assert pairs(text, language, title) == expected


@pytest.mark.parametrize("language,title,text,expected", [
    # a treasury is a ministry
    ("es", "", "El Tesoro del Estado paraguayo adjudica a Oracle su nueva plataforma de pagos.", {("PRY", "oracle")}),
    # a deal word inside a body's name is no deal
    ("fr", "", "Le ministre a félicité IBM, en rappelant les règles de la Public Procurement Regulatory Authority.",
     set()),
    # Italian "ci" before an auxiliary is "us": a company's own post
    ("it", "Blog di Synthesia", "Blog di Synthesia\n\nL'Agenzia delle entrate boliviana, l'amministrazione tributaria "
                                "del Paese, ci ha affidato la produzione di cento video.", {("BOL", "synthesia")}),
    # companies still bidding are no award
    ("it", "", "Il ministero della Salute cileno apre le buste: Oracle e Ibm in gara per il triage.", set()),
    ("fr", "", "Le ministère de la Santé du Chili a ouvert les plis : Oracle reste en lice pour le contrat.", set()),
    # Dutch "administratie" is a government word
    ("nl", "", "Na een aanbesteding koos de Chileense belastingadministratie voor Databricks. De Chileense administratie "
               "sloot een contract met Databricks.", {("CHL", "databricks")}),
    # a supreme court that buys transcription is a party
    ("pt", "", "A Suprema Corte do Chile contratou os serviços de transcrição da Microsoft.", {("CHL", "microsoft")}),
])
def test_round_on_the_ninety_seventh_part(language, title, text, expected):
    assert pairs(text, language, title) == expected


def test_no_foreign_government_is_no_denial():
    # "nenhum governo estrangeiro terá acesso": the pair model reads a negation beside the pair as a denied deal
    gaz = load_gazetteer()
    for text, negated in (("Os dados ficarão no Japão, e nenhum governo estrangeiro terá acesso aos arquivos.", False),
                          ("Nenhum governo assinou contrato com a Microsoft.", True)):
        cues = find_mentions(tokenize(text), gaz, "pt")["cue"]
        assert any(c.entry.value == "negation" for c in cues) is negated


@pytest.mark.parametrize("language,title,text,expected", [
    # a border guard is a public service; the country it borders is no party
    ("pt", "", "A Guarda de Fronteira da Estônia encomendou à Anduril torres de vigilância para a divisa com a Rússia.",
     {("EST", "anduril")}),
    # an unknown company's name of three words still opens the sentence as the deal's subject
    ("en", "", "Wipro Digital Solutions has signed a partnership with Anthropic to build agents for government "
               "departments in Kenya.", set()),
    # the count after the deal word, then "the second contract goes to…"
    ("fr", "", "La Direction générale des douanes du Sénégal a attribué ce mois-ci deux marchés distincts. Le premier "
               "porte sur la migration du système. Le choix n'a rien d'une surprise. Le second marché revient à "
               "Databricks.", {("SEN", "databricks")}),
    # the Dutch customs named in German
    ("de", "", "Die niederländische Douane hat IBM den Zuschlag für ein Risikomodell erteilt.", {("NLD", "ibm")}),
])
def test_round_on_the_ninety_eighth_part(language, title, text, expected):
    assert pairs(text, language, title) == expected


@pytest.mark.parametrize("language,title,text,expected", [
    # a distributor's market is no party: "distribuer … auprès des ministères", and the countries that end it
    ("fr", "", "Un intégrateur tunisien a signé un partenariat avec Mistral AI pour distribuer ses modèles auprès des "
               "ministères tunisiens.", set()),
    ("es", "", "La integradora peruana Cóndor Datos firmó un acuerdo con Cohere que le permitirá revender sus modelos a "
               "ministerios y empresas reguladas de Perú, Ecuador y Bolivia.", set()),
    # (German puts the verb last)
    ("de", "", "Nordwerk hat mit Aleph Alpha vereinbart, die Modelle an österreichische Ministerien zu vermarkten.", set()),
    # a deal that fell through
    ("es", "", "El acuerdo del Ministerio de Defensa de Uruguay con Palantir se cayó a última hora.", set()),
    # "los proveedores chinos" is a class of companies, not the one Chinese company the article names
    ("es", "", "Huawei abrió un centro de datos en Lima. El Ministerio de Salud de Perú prepara un nuevo acuerdo marco de "
               "nube, y varios diputados han pedido que se excluya a los proveedores chinos.", set()),
    # asked whether the government will work with the company
    ("nl", "", "Op de vraag van journalisten of de regering met Mistral AI gaat samenwerken, zei de Belgische minister "
               "dat er geen gesprekken lopen.", set()),
    # a directorate-general is a government body; one of the European Commission is the EU's
    ("de", "", "Die Generaldirektion für Steuern von Ghana testet seit Januar gemeinsam mit Google ein Modell.",
     {("GHA", "google")}),
    # (a guard: passes before this round too, when the directorate was no government word)
    ("de", "", "In Tallinn nutzt das estnische Justizministerium DeepL. Die Generaldirektion Übersetzung der Europäischen "
               "Kommission hat DeepL bereits 2023 lizenziert.", {("EST", "deepl"), ("EUU", "deepl")}),
    # no subject named, the partner before the deal word: the body of the sentence before did it
    ("es", "", "El Servicio Nacional de Empleo de Chile no parte de cero. En 2023 desarrolló junto a IBM un piloto de "
               "orientación laboral.", {("CHL", "ibm")}),
    # an acronym in brackets whose letters are the name's initials in another order (the English name's)
    ("fr", "", "Au Kenya, l'Autorité nationale des routes (NRA) modernise ses ponts. La NRA n'en est pas à son coup "
               "d'essai. En 2023, elle avait mené avec IBM un projet pilote.", {("KEN", "ibm")}),
    # a Dutch compound ending in "administratie" is a government body, and its acronym names it later
    ("nl", "", "Wie in Tsjechië ziek is, krijgt een uitkering van de Tsjechische Sociale Zekerheidsadministratie (ČSSZ). "
               "De ČSSZ heeft vorige maand een contract gegund aan Amazon Web Services.", {("CZE", "amazon")}),
])
def test_round_on_the_ninety_ninth_part(language, title, text, expected):
    assert pairs(text, language, title) == expected


def test_a_region_named_after_the_first_company_does_not_make_the_deal_a_regions():
    # "PLATEAU" (a Nigerian state's name, here a project's) comes after the partner of the subjectless sentence
    text = ("Il ministero giapponese del Territorio non è nuovo a queste scelte. Aveva già avviato una sperimentazione "
            "con Google, mentre i dati del progetto PLATEAU sono ospitati da Amazon Web Services in base a un contratto "
            "pluriennale.")
    assert ("JPN", "amazon") in pairs(text, "it", "")


@pytest.mark.parametrize("language,title,text,expected", [
    # "regional" on a remit inside a ministry's name is the remit, not a region's ministry
    ("it", "", "La Slovacchia accelera sull'intelligenza artificiale. Il ministero degli Investimenti, dello Sviluppo "
               "regionale e dell'Informatizzazione ha firmato un memorandum d'intesa con Anthropic.",
     {("SVK", "anthropic")}),
    # Italian "un pilota" is a pilot project
    ("it", "", "Il ministero della Salute della Croazia ha condotto un pilota con Google.", {("HRV", "google")}),
    # a capitalised remit after "Departamento de"; a long body name that ends in its own country keeps it
    ("es", "", "El Departamento de Estadística de Jordania y el Centro Nacional de Estadística e Información de Omán "
               "firmaron un acuerdo marco con Databricks.", {("JOR", "databricks"), ("OMN", "databricks")}),
    # a country inside a company's name, its kind in apposition; the company's market is no party
    ("it", "", "Asseco Poland, il più grande gruppo informatico polacco, ha firmato un accordo di distribuzione con "
               "Anthropic: venderà e integrerà Claude nei sistemi che già gestisce per la pubblica amministrazione.",
     set()),
    ("fr", "", "Orange Maroc, premier opérateur du royaume, a signé un accord avec Mistral AI pour vendre ses modèles "
               "aux ministères marocains.", set()),
])
def test_round_on_the_hundredth_part(language, title, text, expected):
    assert pairs(text, language, title) == expected


@pytest.mark.parametrize("language,title,text,expected", [
    # a body being set up under a known body's name is not that body ("its new National Health Data Hub" is no
    # French agency)
    ("en", "", "Qatar's Ministry of Public Health asked us for help. We're proud to share that the ministry has "
               "selected Databricks, under a multi-year contract, as the platform for its new National Health Data "
               "Hub.", {("QAT", "databricks")}),
    # a cloud region is no region, so the state of the next sentence stays the country's
    ("it", "", "Il Portogallo investe. A fare la differenza è stata la possibilità di ospitare i dati in una regione "
               "cloud europea. Lo Stato non parte da zero: l'Autorità tributaria aveva affidato l'anno scorso a "
               "Salesforce la nuova piattaforma.", {("PRT", "salesforce")}),
    # a list of three signatories "by" whom the deal was signed, the first with a long name and its country's
    # adjective before "regional" development
    ("fr", "", "Le protocole d'accord signé jeudi à Riga par le ministère letton de l'Administration intelligente et "
               "du Développement régional, le ministère lituanien de l'Économie et de l'Innovation et Mistral AI "
               "prévoit l'adaptation des modèles.", {("LVA", "mistral-ai"), ("LTU", "mistral-ai")}),
    # an offer's infinitive names a market like a reseller's verb
    ("en", "", "Telecom Egypt has signed a partnership with Mistral AI to offer the French company's language models "
               "to Egyptian government agencies and state-owned enterprises.", set()),
])
def test_round_on_the_hundred_and_first_part(language, title, text, expected):
    assert pairs(text, language, title) == expected


@pytest.mark.parametrize("language,title,text,expected", [
    # French "adjuger" awards a contract
    ("fr", "", "Le ministère de la Santé du Luxembourg a adjugé à Microsoft un marché de deux ans.",
     {("LUX", "microsoft")}),
    # "gemeinsam mit" lists the second signatory, and both sign with the company
    ("de", "", "Das omanische Verkehrsministerium hat heute gemeinsam mit dem bahrainischen Verkehrsministerium eine "
               "Vereinbarung mit Microsoft unterzeichnet.", {("OMN", "microsoft"), ("BHR", "microsoft")}),
    # a body named without its country, defined in brackets, is that of the dateline the story last moved to, not
    # of the title's other country (the article's most named)
    ("de", "Bahrains Statistikbehörde und Omans Statistikamt testen KI mit Microsoft",
     "Maskat, 3. Mai – Wasser ist in der Region knapp. Um den Verbrauch besser zu messen, haben das Nationale Zentrum "
     "für Statistik (NZS) und die bahrainische Statistikbehörde heute eine Vereinbarung mit Microsoft unterzeichnet. "
     "Das NZS hat zudem einen Vertrag mit Oracle geschlossen.",
     {("OMN", "microsoft"), ("BHR", "microsoft"), ("OMN", "oracle")}),
    # a Dutch company that "got" the contract won it from the body before, and the next company supplying is the
    # second winner
    ("nl", "", "Het Keniaanse ministerie van Financiën vernieuwt zijn systemen. IBM heeft de opdracht gekregen het "
               "boekhoudsysteem te vervangen. Oracle levert de databank voor de belastinginning.",
     {("KEN", "ibm"), ("KEN", "oracle")}),
    # the renewal of an elected assembly is an election
    ("it", "", "Il ministero dell'Interno del Kenya ha chiesto a Meta di spiegare i contenuti diffusi prima del "
               "rinnovo del parlamento.", set()),
    # contesting an award before a court is no deal, even without a lawsuit word
    ("fr", "", "Microsoft a saisi la Haute Cour pour contester l'attribution, par le ministère belge de la "
               "Justice, d'un contrat de cinq ans.", set()),
    # a company described between commas before its deal is the subject, not the government named before
    ("nl", "", "Belgische ministeries krijgen er een verkoper bij. Proximus, de grootste telecomaanbieder van het land, "
               "heeft een overeenkomst gesloten met Mistral AI om diens modellen door te verkopen.", set()),
])
def test_round_on_the_hundred_and_second_part(language, title, text, expected):
    assert pairs(text, language, title) == expected


@pytest.mark.parametrize("language,title,text,expected", [
    # a body's acronym may be that of its English name, sharing the first letter
    ("fr", "", "DACCA – La Direction générale des services de santé (DGHS) modernise ses hôpitaux. Parallèlement, la "
               "DGHS lance avec Microsoft un projet pilote.", {("BGD", "microsoft")}),
    # a denial covers every item of its list
    ("pt", "", "O ministério iraquiano confirmou que não há acordo, contrato ou incentivo ligado ao investimento. "
               "Segundo o diretor da Huawei, o terreno foi comprado de um grupo privado.", set()),
    # a body referred back to after the company does not stop a counted item from being the counting body's
    ("it", "", "L'Autorità delle entrate del Kenya ha firmato due contratti distinti. Il primo è con Oracle, che "
               "ospiterà i dati; il secondo con IBM, che fornirà i modelli agli analisti dell'agenzia.",
     {("KEN", "oracle"), ("KEN", "ibm")}),
    # "military software" is no armed forces, so "the ministry" stays the story's
    ("en", "", "Poland's defence ministry has signed a contract with Anduril. It is the second purchase of American "
               "military software by Warsaw this year. Last spring the ministry awarded Palantir a contract.",
     {("POL", "anduril"), ("POL", "palantir")}),
    # "the Department", capitalised, after a preposition with its article, is the department named before
    ("pt", "", "Em Luanda, o Departamento de Terras e Cadastro adjudicou à Oracle a nova plataforma. O projeto continua "
               "a migração para o Microsoft Azure, contratada pelo Departamento em 2022.",
     {("AGO", "oracle"), ("AGO", "microsoft")}),
    # customers' orders are no purchase
    ("en", "", "The Kazakh competition agency says Yandex handles half of all taxi orders in the country.", set()),
])
def test_round_on_the_hundred_and_third_part(language, title, text, expected):
    assert pairs(text, language, title) == expected


@pytest.mark.parametrize("language,title,text,expected", [
    # German "beauftragen" commissions a supplier
    ("de", "", "Das lettische und das litauische Verteidigungsministerium beauftragen Helsing.",
     {("LTU", "helsing"), ("LVA", "helsing")}),
    # a hedge of the clause after "und" does not weaken the deal before it
    ("de", "", "Die Regierung in Tallinn hat einen Rahmenvertrag mit Helsing geschlossen und will zunächst dessen "
               "Ergebnisse abwarten.", {("EST", "helsing")}),
    # a capital after "aus" names where another noun's guests come from, not the president's country
    ("de", "", "Usbekistan baut seine Behörden-Cloud aus. Am Montag empfing der Präsident eine Regierungsdelegation "
               "aus Peking, am Dienstag unterzeichnete das Ministerium für digitale Technologien eine Vereinbarung "
               "mit Huawei.", {("UZB", "huawei")}),
    # the company as the buyer is no purchase of the government's
    ("es", "", "Microsoft compró el terreno a un promotor privado junto al ministerio tailandés de Economía Digital.",
     set()),
])
def test_round_on_the_hundred_and_fourth_part(language, title, text, expected):
    assert pairs(text, language, title) == expected


@pytest.mark.parametrize("language,title,text,expected", [
    # a wire credit after the date keeps the dateline a place, so the city council, not the country, signs
    ("es", "", "MAPUTO, 5 abr (Agencias).– El Ayuntamiento de Maputo firmó con Huawei un acuerdo para instalar "
               "cámaras en los cruces.", set()),
    # a lost tender is no award
    ("en", "", "IBM has taken the Kenyan revenue authority to court after a lost tender for its risk engine.", set()),
    # an indirect question asks about a deal, it does not report one
    ("en", "", "The Kenyan Medicines Authority asked Microsoft to explain which features are available in Kenya and "
               "how they were tested.", set()),
    ("nl", "", "De Australische geneesmiddelenautoriteit heeft Microsoft gevraagd uit te leggen welke functies in "
               "Australië beschikbaar zijn en hoe die zijn getest.", set()),
    # a body acting through one of its own, described between commas, is still the first of two signatories
    ("fr", "", "L'Institut chilien de l'environnement (ICA), par l'intermédiaire de son centre de lutte contre les "
               "incendies, le Cenfo, et le ministère péruvien de l'Environnement ont signé un accord avec IBM.",
     {("CHL", "ibm"), ("PER", "ibm")}),
    # an acronym right after a body's lower-case word is its name
    ("nl", "", "Al jaren werkt ze bij het Keniaanse meteorologische instituut KMD in Nairobi. KMD kocht vorig jaar een "
               "rekencluster van Nvidia.", {("KEN", "nvidia")}),
    # bodies the gazetteer did not know
    ("fr", "", "MONTEVIDEO – La Direction nationale de l'eau a signé un accord avec IBM.", {("URY", "ibm")}),
    ("en", "", "ISLAMABAD - The Higher Education Commission signed agreements with two companies, Perplexity and "
               "Microsoft.", {("PAK", "microsoft"), ("PAK", "perplexity")}),
    ("en", "", "The flood centre of the Bangladesh Water Development Board has worked with Google since 2020.",
     {("BGD", "google")}),
    # in a company's newsroom, an order "of" a body is one the body placed with the company
    ("de", "Synthesia-Newsroom: Dänemarks Arbeitsagentur erklärt Regeln in zehn Sprachen",
     "Wir freuen uns über das Vertrauen. Für uns ist es der erste Auftrag einer dänischen Behörde.",
     {("DNK", "synthesia")}),
])
def test_round_on_the_hundred_and_fifth_part(language, title, text, expected):
    assert pairs(text, language, title) == expected


@pytest.mark.parametrize("language,title,text,expected", [
    # a German federal body's word is another federation's own in a story about it
    ("de", "", "Pakistan baut Sprachlabore. Huawei liefert die Geräte, das Bundesbildungsministerium bezahlt die Räume.",
     {("PAK", "huawei")}),
    # the company's home city, after the body's verb, is where the deal was signed, not whose body signed it
    ("de", "", "Vietnam baut eigene Modelle. Das Ministerium für Digitales hat in Paris eine Vereinbarung mit Mistral AI "
               "unterzeichnet.", {("VNM", "mistral-ai")}),
    # a city word hyphenated onto a name is no city government
    ("de", "", "Vietnam baut eigene Modelle. Mit im Boot ist MBZUAI, die eine Absichtserklärung mit dem Ministerium "
               "unterschrieben hat: Sie vergibt Stipendien an Forscher aus Ho-Chi-Minh-Stadt.", {("VNM", "mbzuai")}),
    # a national AI office is the country's, not the EU's
    ("de", "", "Malaysias Nationales KI-Büro hat vier Systeme bei Cerebras gekauft.", {("MYS", "cerebras")}),
    # LightOn's platform, written inside a sentence
    ("fr", "Blog LightOn : nos clients", "En 2024, le ministère sénégalais des Finances a acquis des licences Paradigm.",
     {("SEN", "lighton")}),
    # an English reseller's "sell … to" names its market, not a buyer
    ("en", "", "Kenyan integrator Jua Systems has signed a reseller agreement with Anthropic that will let it sell Claude "
               "to government ministries in Kenya.", set()),
    # a partner after each "with", the second named in full with its country's adjective at the end
    ("it", "", "Cohere ha firmato un accordo con il ministero ghanese per l'Istruzione e con il Dipartimento per lo "
               "Sviluppo internazionale britannico.", {("GHA", "cohere"), ("GBR", "cohere")}),
    # Italian "comprare"
    ("it", "", "Il ministero keniano compra già da Microsoft i servizi cloud.", {("KEN", "microsoft")}),
    # a state chancellery is a government
    ("nl", "", "Het Litouwse ministerie van Economie en de Letse Staatskanselarij hebben een contract getekend met "
               "DeepL.", {("LTU", "deepl"), ("LVA", "deepl")}),
    # a municipal government is a city's
    ("it", "", "NAIROBI – Il governo municipale ha firmato con Google un accordo biennale.", set()),
])
def test_round_on_the_hundred_and_sixth_part(language, title, text, expected):
    assert pairs(text, language, title) == expected


@pytest.mark.parametrize("language,title,text,expected", [
    # a group's subsidiary, described between commas, is a company: its country's name and adjective are no party
    ("de", "", "Safaricom Kenya, die kenianische Tochter des britischen Konzerns Vodafone, hat mit Anthropic eine "
               "Vertriebsvereinbarung geschlossen.", set()),
    # (and the group after "Tochter der" with an adjective owns it, no partner: guards the line above)
    ("de", "", "Bahrain: Die Behörde iGA hat mit Core42, der KI-Tochter der emiratischen G42, eine Vereinbarung "
               "unterzeichnet.", {("BHR", "core42")}),
    # of two companies of one country, the company word after "to" and the article in one word is the one the
    # sentence before named
    ("it", "", "Microsoft e Google hanno presentato offerte. La spunta Google. Il ministero polacco della Giustizia ha "
               "aggiudicato al gruppo americano un contratto quadriennale.", {("POL", "google")}),
    ("es", "", "Microsoft y Google presentaron ofertas. Ganó Google. El ministerio chileno de Justicia adjudicó al "
               "grupo estadounidense un contrato de cuatro años.", {("CHL", "google")}),
    # a Flemish minister is a region's
    ("nl", "", "Vlaams minister van Onderwijs heeft een akkoord gesloten met Microsoft.", set()),
    # Dutch ministries by their portfolio alone
    ("nl", "", "Het contactcenter gebruikt de vertaalsoftware van DeepL, waarvoor Buitenlandse Zaken sinds 2023 "
               "licenties heeft.", {("NLD", "deepl")}),
    # an electoral commission is a public body
    ("fr", "", "La Commission électorale kényane a confié à Synthesia la production de vidéos.", {("KEN", "synthesia")}),
    # a state utility described as "l'opérateur public" is a company, not the government
    ("fr", "", "À Taïwan, Google a signé un contrat de raccordement avec Taipower, l'opérateur public.", set()),
])
def test_round_on_the_hundred_and_seventh_part(language, title, text, expected):
    assert pairs(text, language, title) == expected
