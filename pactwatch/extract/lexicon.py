"""Function words and windows the relation rules read, per language.

Not gazetteer entries (those are dbt seeds, shared with SQL): these are the small closed word
classes of the rules themselves — locatives, negators, coordinators, "with", rivals, pronouns —
kept apart so the rule modules (`mentions`, `parties`, `references`, `relations`) hold the rules and this
file the words they look for.
"""

from __future__ import annotations

import re

from pactwatch.extract.text import fold

# The relation types of the cue seeds; the first two are the partnership family the marts keep.
PARTNERSHIP_FAMILY = ("partnership", "procurement")
RELATION_TYPES = ("partnership", "procurement", "investment", "regulation", "litigation", "other")

# acronyms that English news uses for a provincial office, not for the national body another seed knows by them:
# "the MEC for Health" is a South African province's executive member, not Brazil's Ministério da Educação
PROVINCIAL_ACRONYMS_EN = {"MEC": "ZAF"}
# what may stand before French "commune" the noun (a municipality): after any other word it is the adjective
# "common" ("une image commune", "la politique commune")
BEFORE_COMMUNE = {fold(w) for w in (
    "la les une des de du aux au cette ces chaque sa ses leur leurs notre nos votre vos plusieurs quelques certaines "
    "toutes toute autre autres petite petites grande grandes nouvelle nouvelles dans en par pour sur entre avec "
    "première deuxième troisième seule même").split()}
# English cue words match in every language (news quotes "MoU", "deal"), except where they are words of
# the article's own: French "il court jusqu'à" (it runs until), "quelque chose"; Italian "alla fine", "le sue".
FALSE_FRIENDS = {"fr": {"court", "courts", "chose", "premier"}, "it": {"fine", "sue"}, "es": {"mayor"}}
# a capital named as a city: "Ciudad de México", "la ville de Paris", "die Stadt Wien"
CITY_WORDS = {"ciudad", "cidade", "city", "citta", "cite", "ville", "stadt", "stad",
              # "Region Stockholm", "la Provincia di Roma": a region named after its capital is the region
              "region", "regio", "regione", "provincia", "province", "provincie", "county",
              # "de regering van het emiraat Abu Dhabi": the emirate, not the federation whose capital it is
              "emirate", "emiraat", "emirat", "emirato", "emirado"}
ATTACH_WINDOW = 5        # tokens between a government word and its country
DESCRIBE_WINDOW = 4      # tokens between a company and a country that describes it
# Words after which a country is a place, not an actor ("offices in France", "au Royaume-Uni", "data
# processed outside the EU").
LOCATIVE = {fold(w) for w in (
    "in across throughout into within from near at outside beyond towards toward "
    "en au aux dans à depuis vers hors "
    "im nach aus innerhalb außerhalb bei "
    "desde hacia fuera "
    "nel nella nei negli nelle dal dalla fuori verso "
    "em no na nos nas fora rumo "
    "naar uit binnen buiten bij richting"
).split()}
ARTICLES = {fold(w) for w in "the le la les l der die das den dem des el los las lo il gli i o a os as de het 's s".split()}
CONTRAST = {fold(w) for w in (
    "while whereas but meanwhile however unlike alors tandis mais cependant contrairement "
    "während aber doch wohingegen hingegen mientras pero sino mentre invece ma enquanto mas porém "
    "terwijl maar echter"
).split()}
# "the signing came the same week in which the regulator ordered Google…": what follows is another event
SAME_WORDS = {fold(w) for w in (
    "same mesma mesmo misma mismo même stessa stesso selben derselben demselben gleichen dezelfde hetzelfde").split()}
TIME_NOUNS = {fold(w) for w in (
    "day week month year morning afternoon evening dia semana mês mes ano manhã tarde jour semaine mois année "
    "matinée soir giorno settimana mese anno mattina sera tag woche monat jahr dag maand jaar ochtend").split()}
# "similar deals with Google and Anthropic": a partnership of the same government, mentioned in passing.
ANAPHORA = {fold(w) for w in (
    "similar similaires similaire ähnliche ähnlichen vergleichbare similares similar simili analoghi "
    "semelhantes vergelijkbare soortgelijke also already aussi déjà bereits auch también ya anche già "
    "também já ook al "
    # "A iniciativa dá continuidade ao projeto-piloto conduzido em 2024 com o Google": the same government's
    "continuidade continuidad continuità continuité"
).split()}
WEAK_ROLES = {"regulator"}
WE = {fold(w) for w in "we wir uns nous nosotros nosotras hemos firmamos somos noi abbiamo siamo nós temos assinámos assinamos "
                         "sommes wij avevamo habíamos tínhamos avions".split()}
# "el IGSS nos ha seleccionado", "que eligió nuestra nube", "hat uns beauftragt": the newsroom's company
# as the object of a government's choice (not pt "nos", which is also "in the", nor it "ci", "there").
US = {fold(w) for w in (
    "us our nos nuestra nuestro nuestras nuestros nous notre uns unser unsere unseren unserer noi nostra "
    "nostro nostri nostre nossa nosso nossas nossos ons onze conosco connosco").split()}
# "unseren bestehenden Vertrag mit Microsoft", "our contract with IBM": the speaker's own deal.
# "Google nous accompagne", "Microsoft unterstützt uns", "Google helps us": a company serving the speaker
US_OBJECTS = {fold(w) for w in "us uns nous nos ci ons".split()}
OUR = US - {fold(w) for w in "us nos nous uns noi ons".split()}
# In an interview the question's "you" is the official answering ("You signed with Microsoft last year").
YOU = {fold(w) for w in "you vous usted ustedes você vocês jullie u".split()}
# "Ottawa signed a memorandum with you in August", "mit Ihnen", "con voi": the interviewed company as partner
YOU_OBJECTS = YOU | {fold(w) for w in "ihnen euch voi".split()}
# "In patria … abbiamo firmato un memorandum con il governo federale": a company speaking of its home country
AT_HOME = tuple(tuple(fold(w) for w in phrase.split()) for phrase in (
    "at home", "in patria", "chez nous", "en casa", "zu hause", "hierzulande", "em casa", "no nosso país",
    "in eigen land", "dans notre pays", "nel nostro paese", "en nuestro país", "in unserem land"))
# "Last November it signed a memorandum with the government of Rwanda": a pronoun subject that can only be
# the company the previous sentence opened with.
IT = {fold(w) for w in "it il elle".split()}
WIN = {fold(w) for w in "won wins win remporte remporté gagne gagné gewinnt gewann gewonnen gana ganó ganado vince vinto "
                       "vence venceu ganhou wint won".split()}
# A company's legal form, closing a subsidiary's name: "Oracle Italia S.r.l.", "Salesforce.com Singapore Pte Ltd"
LEGAL_FORMS = {fold(w) for w in (
    "ltd limited pty pte plc inc llc gmbh ag sa sas sarl srl s.r.l spa s.p.a s.a s.l sl slu ltda bv b.v nv n.v oy ab "
    "kk").split()}
# The winner's line of a contract-award notice: "Aggiudicatario: Microsoft S.r.l.", "Awarded to: AWS",
# "Supplier: Databricks Australia and New Zealand Pty Ltd" (AusTender).
WINNER_LABELS = {fold(w) for w in (
    "aggiudicatario aggiudicataria awardee contractor supplier winner attributaire titulaire adjudicataire adjudicatario adjudicataria "
    "adjudicatário adjudicatária auftragnehmer zuschlagsempfänger opdrachtnemer contratada contratado "
    "gegunde "
    # Canada's and France's "Entrepreneur retenu :", "Fournisseur retenu :", "Prestataire retenu :"
    "entrepreneur fournisseur prestataire "
    # plurals: "Proveedores adjudicados (Lote 1, …): Amazon Web Services …; Oracle …"
    "aggiudicatari aggiudicatarie awardees contractors suppliers winners attributaires titulaires adjudicataires adjudicatarios "
    "adjudicatarias adjudicados adjudicadas adjudicatários adjudicatárias aggiudicati "
    "opdrachtnemers "
    # the winner by name: "Grupo 1 (…) – vencedora: Oracle do Brasil Sistemas Ltda."
    "vencedor vencedora vencedores vencedoras ganador ganadora ganadores lauréat lauréate lauréats vincitore "
    "vincitrice vincitori winnaar").split()}   # "Gegunde opdracht: Microsoft NV"
TIME_UNITS = {"minutes", "hours", "days", "weeks", "months", "years", "day", "week", "month", "year", "hour",
              "spring", "summer", "autumn", "winter"}   # "spent two days"
# verbs of buying, when the company is their subject: "Microsoft compró el terreno a un promotor privado"
BUY_VERBS = {fold(w) for w in (
    "bought buys purchased compró compra adquirió acheté achète achetait kaufte kauft gekauft comprou comprò "
    "acquistato acquista kocht koopt gekocht comprado").split()}
# a number of products bought: "a few hundred Copilot licences", "mehrere tausend Lizenzen", "cientos de licencias"
COUNT_WORDS = {fold(w) for w in (
    "hundred hundreds thousand thousands dozen dozens few several hundert tausend dutzend mehrere cent centaine "
    "centaines mille milliers douzaine cien cientos ciento mil docena cento centinaia migliaia dozzina cem centenas "
    "milhares dúzia honderd honderden duizend duizenden tientallen").split()}
# "Nvidia said it was cooperating with the authority", "man kooperiere mit den Behörden": a company under
# investigation complies with its investigator; no deal (but "a cooperation agreement with the authority" is one)
COOPERATE_STEMS = ("cooperat", "kooperi", "collabor", "colabor", "samenwerk")
COOPERATION_NOUN_ENDINGS = ("tion", "zione", "cion", "cao", "king")
INVESTIGATORS = {fold(w) for w in (
    "authority authorities regulator regulators investigators inquiry investigation probe watchdog autorite "
    "autorites enquete enqueteurs behorde behorden ermittlern ermittlungen autoridad autoridades autorita "
    "autoridade indagine toezichthouder onderzoek").split()}
FROM_SELLER = {"bei", "bij"}   # German and Dutch buy "at" the seller: "bei Helsing gekauft", "bij Microsoft besteld"
# An award notice's buyer line: "Auftraggeber: Eidgenössisches Nuklearsicherheitsinspektorat ENSI"
BUYER_LABELS = tuple(tuple(fold(w) for w in label.split()) for label in (
    "auftraggeber", "auftraggeberin", "vergabestelle", "aanbestedende dienst", "aanbestedende overheid",
    "pouvoir adjudicateur", "acheteur public", "amministrazione aggiudicatrice", "stazione appaltante",
    "entidad adjudicadora", "órgano de contratación", "entidade adjudicante", "órgão contratante",
    "contracting authority", "contracting entity", "entidad", "entidad contratante", "entidade",
    "entidade contratante", "ente appaltante", "entité adjudicatrice", "aanbestedende instantie", "opdrachtgever",
    "committente", "ente committente", "adjudicateur", "beschaffungsstelle", "organismo",
    "öffentlicher auftraggeber", "organisation acheteuse", "autorité contractante", "organismo contratante"))   # the Swiss notices' Italian and French labels
# A notice's numbered sections and lots: "Afdeling I: Aanbestedende dienst.", "Lote 1 (nube): Amazon Web Services"
SECTION_WORDS = {fold(w) for w in "section sección secção seção abschnitt sezione afdeling".split()}
LOT_WORDS = {fold(w) for w in "lot lote perceel los lotto item ítem línea renglón".split()}   # "Item 2 (plataforma …): adjudicado à", Argentina's "Renglón 1"
# a company's unit, written after its owner: "the G42 subsidiary confirmed", "die G42-Tochter"
UNIT_AFTER_OWNER = {fold(w) for w in (
    "subsidiary subsidiaries tochter tochterfirma tochtergesellschaft dochter dochterbedrijf dochteronderneming"
).split()}
# … and the Romance words written before it: the winner "adjudicado a la filial argentina de Salesforce"
SUBSIDIARY_WORDS = UNIT_AFTER_OWNER | {"filial", "filiale"}
# a notice whose body awarded lots: "La GISS ha formalizado dos de los tres lotes del contrato"
LOTS = {fold(w) for w in "lots lotes percelen lose lotti renglones".split()}
# between a winner label's colon and the winner: "Perceel 2: gegund aan LightOn SAS"
AWARDED_TO = {fold(w) for w in (
    "awarded to attribué attribuée à adjudicado adjudicada a ao à aggiudicato aggiudicata gegund aan "
    "vergeben zugeschlagen zuschlag an "   # "Los 1 – Übersetzung: Zuschlag an DeepL SE, Köln"
    # (their plurals, and Italian "ad", "al": "Lotto 1 – Infrastruttura cloud: aggiudicato ad Amazon Web Services")
    "attribués attribuées adjudicados adjudicadas aggiudicati aggiudicate affidato affidata ad al alla allo "
    "toegekend toegewezen "
    "the la le l empresa company société entreprise società ditta firma bedrijf"   # "adjudicado à empresa SALESFORCE"
    ).split()}
# a currency's country is no party: "500 millions de dollars américains", "US dollars", "Amerikaanse dollars"
CURRENCY_WORDS = {fold(w) for w in (
    "dollar dollars dólar dólares dolar dolares dollaro dollari dollaren yuan yen rupee rupees roupies rupias "
    "rupie").split()}
# "Adjudication : accord-cadre attribué à trois soumissionnaires :": a line awarding to the winners listed below it
AWARD_PARTICIPLES = {fold(w) for w in (
    "awarded attribué attribuée attribués adjudicado adjudicada adjudicados adjudicadas aggiudicato aggiudicata "
    "aggiudicati vergeben gegund").split()}
# "Den Zuschlag hat Databricks erhalten", "Salesforce obtuvo el contrato": receiving verbs name the winner
# only beside a tender or contract word.
RECEIVE = {fold(w) for w in (
    "secured secures landed lands obtained obtains received receives erhalten erhielt erhält bekommen bekam "
    "obtient obtenu décroche décroché obtuvo obtiene consiguió consigue ottenuto ottiene ottenne "
    "aggiudicata aggiudicato obteve obtém conquistou kreeg krijgt gekregen verwierf verwerft verworven").split()}
CALENDAR = set("monday tuesday wednesday thursday friday saturday sunday january february march april may june july "
               "august september october november december".split()) | {fold(w) for w in (
    # days and months open sentences in every language ("Dinsdag tekende het een overeenkomst…")
    "lundi mardi mercredi jeudi vendredi samedi dimanche janvier février mars avril mai juin juillet août "
    "septembre octobre novembre décembre "
    "montag dienstag mittwoch donnerstag freitag samstag sonntag januar februar märz juni juli oktober dezember "
    "lunes martes miércoles jueves viernes sábado domingo enero febrero marzo abril mayo junio julio agosto "
    "septiembre setiembre octubre noviembre diciembre "
    "lunedì martedì mercoledì giovedì venerdì sabato domenica gennaio febbraio aprile maggio giugno luglio "
    "settembre ottobre dicembre "
    "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira janeiro fevereiro março maio junho julho "
    "setembro outubro dezembro "
    "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag januari februari maart mei augustus "
    "gisteren vandaag gestern heute hier aujourd'hui ayer hoy ieri oggi ontem hoje").split()}
PLURAL_PRONOUNS = {"they", "ils", "elles", "ellos", "ellas", "loro", "essi", "eles", "elas"}   # not de "sie", nl "ze"
# Capitalised sentence openers that are not names.
# Indefinite articles: "Une administration qui…", "Ein Ministerium, das…" is any such body, not the story's.
# (Not English "a": "A ministry spokesperson said…"; Portuguese "a" is "the".)
INDEFINITE = {fold(w) for w in "un une ein eine uno una um uma een".split()}
NOT_NAMES = ARTICLES | PLURAL_PRONOUNS | CALENDAR | INDEFINITE | {fold(w) for w in (
    "it he she we they this that these those there here its his her our their il elle nous ils elles ce cette "
    "er sie es wir dies diese dieser dieses él ella nosotros este esta estos estas lui lei noi questo questa "
    "ele ela nós este esta hij zij wij dit deze dat on in at after before under with for from by since also "
    "you vous usted ustedes você vocês jullie u "
    "per para pour für voor por con avec mit met durante pendant während tijdens nel nella "
    "today yesterday na voor na na après avant depuis nach vor seit tras después antes desde dopo prima dal "
    "após antes desde ha hanno han has have had hat haben heeft hebben tem têm ont avait "
    "en em no na nos nas al ao à au aux dans im am zum zur zu bei ad "
    # (with INDEFINITE) "Une convention … a été signée avec la société française": an indefinite article, no subject
    "an einen "
    # "Vorig jaar sloot het…", "Letztes Jahr hatte es…": a time opening the sentence, no subject
    "last earlier vorig vorige afgelopen eerder vergangenes vergangenen vergangene letztes letzten letzte früher "
    # "È stato rinnovato…", "Fue firmado…": a verb of being opening the sentence, no subject
    "è é fue foi fu era sono "
    # "Daar ondertekenden de drie premiers…", "Dort unterzeichneten…": a place or time adverb, no subject
    "daar toen nu dort dann nun jetzt then now puis ensuite alors allí ahí allá entonces luego lì poi allora "
    "qui qua lá então depois aqui "
    # "Über unseren Rahmenvertrag mit Mistral AI können…": a preposition opening the sentence, no subject
    "über durch ohne trotz laut dank gemäß through via according thanks sur par selon grâce sobre según gracias "
    "mediante secondo grazie tramite segundo graças através volgens dankzij door onder "
    # "Su socio en el proyecto es Google": a possessive opening the sentence, no name
    "su sus son sa ses leur leurs sein seine seinen ihr ihre suo sua suoi sue seu seus suas zijn haar hun my mon ma "
    # "Notre contrat d'hébergement avec Microsoft a été prolongé": the speaker's own deal
    "notre unser unsere unseren unserer nuestro nuestra nuestros nuestras nostro nostra nostri nostre nosso nossa "
    "nossos nossas onze mes mein meine meinen"
).split()}
JOINTLY = {fold(w) for w in "jointly together gemeinsam ensemble conjointement juntos conjuntamente insieme congiuntamente samen gezamenlijk".split()}
# Number words that make a plural reference to the governments named just before.
GROUP_NUMBERS = {fold(w) for w in (
    "two three four five both deux trois quatre cinq zwei drei vier fünf beiden dos tres cuatro cinco ambos "
    "due tre quattro cinque entrambi entrambe ambas dois duas três quatro cinco twee drie vier vijf beide"
).split()}
# Words that turn a nearby partnership cue into its absence ("no agreement", "n'a pas signé"), per
# language: Portuguese "no" is "in the", French "mai" is May, German "noch" is "still".
NEGATORS = {lang: {fold(w) for w in words.split()} for lang, words in {
    "en": "not no never without nor neither nothing",
    "fr": "aucun aucune pas jamais sans ni non rien faute",
    "de": "nicht nichts kein keine keinen keinem keiner nie ohne weder mangels",
    "es": "no ningún ninguna nunca sin ni nada falta",
    "it": "non nessun nessuno nessuna mai senza niente nulla alcun alcuna alcuno mancanza",   # not "né": folded, it is the clitic "ne"
    "pt": "não nenhum nenhuma nunca sem nem nada falta",
    "nl": "niet niets geen nooit zonder noch gebrek",
}.items()}
# "No Central Government ministry has procured…", "Aucun ministère n'a…", "Kein Bundesministerium hat…": a
# negative determiner before a government body denies what follows (Spanish and Italian "no"/"non" are
# "not"; Portuguese "no" is "in the")
NEGATIVE_DETERMINERS = {lang: {fold(w) for w in words.split()} for lang, words in {
    "en": "no", "fr": "aucun aucune", "de": "kein keine keiner keinem keinen", "es": "ningún ninguna",
    "it": "nessun nessuna nessuno", "pt": "nenhum nenhuma", "nl": "geen",
}.items()}
NEGATION_WINDOW = 4
# "so far", "yet" inside a denial, one word more between the negation and the deal word it reaches
SO_FAR = {fold(w) for w in "yet finora ancora todavía aún encore bisher noch ainda nog".split()}
THERE = {"there", "là", "allí", "ahí", "dort", "daar", "lì", "ali"}   # unfolded: "là" is not "la"
# the first word of an indirect question's or a claim's hedge: it covers the whole clause ("whether …", "fragt,
# ob …", "reports claiming that the Government … has signed")
ASKS = {fold(w) for w in (
    "whether ask asks asked ob fragt fragte wissen chiede chiedono chiesto sapere demande demandé demandent savoir "
    "pregunta preguntó preguntan saber pergunta perguntou questiona vraagt vroeg weten claiming claims claimed "
    "alleging alleged affirmant afirmando question frage vraag domanda").split()}
REGION_WORDS = {fold(w) for w in (
    "region regions région régions regione regioni región regiones região regiões regio province provincia "
    "província provincie département departamento distrito district comté county").split()}
# "dello Sviluppo regionale", "Regional Development": "regional" on a remit in a body's name, not a region's body
REGIONAL_REMIT = {fold(w) for w in "regional régional regionale regionali regionales regionaal".split()}
# a word for a federation's state or a region between a government word and the region's name: "el Gobierno del
# estado indio de Tamil Nadu"
STATE_OF_A_FEDERATION = REGION_WORDS | {fold(w) for w in (
    "state estado état stato staat bundesstaat deelstaat bundesland").split()}
# correlative denials, as written (Italian "né" folds to the clitic "ne"): "weder … noch", "ni … ni", "né … né"
NEITHER = {"neither", "weder", "ni", "né", "nem"}
NOR = {"nor", "ni", "né", "nem", "noch"}   # unfolded ("ne" is French): "ningún ministerio ni organismo"
TRAILING_NEGATORS = {"nicht", "nichts", "niet", "niets", "nie", "nooit", "nein", "nee"}   # "Interesse ja, Vertrag nein"
# "had signed nothing with", "n'a rien signé", "no firmó nada": nothing right after the verb
# "Non è la prima intesa dell'esecutivo con…", "not the first deal": a negated "first" says there were others
# (and French "n'en est pas à son coup d'essai", "not its first try")
FIRST = {fold(w) for w in "first premier première erste ersten primer primero primera primo prima primeiro primeira eerste coup".split()}
# "without that": "sem que", "sin que", "senza che", "sans que", "ohne dass", "zonder dat"
WITHOUT = {fold(w) for w in "sem sans sin senza ohne zonder".split()}
THAT_CLAUSE = {fold(w) for w in "que qu che dass dat".split()}
NOTHING = {fold(w) for w in "nothing rien nada niente nulla niets nichts".split()}
# "orders Synthesia to explain": a verb of ordering before the company and "to"
ORDER_VERBS = {fold(w) for w in "orders order ordering".split()}
# "dem Beispiel Jamaikas. Dessen Wetterdienst …": a possessive pronoun of the country the sentence before named
WHOSE = {"dessen", "deren"}
# "Oracle has challenged the government's award of a contract … asking the court to overturn it": a bidder
# contesting a deal in court is litigation about that deal, not a party to it
CONTEST_VERBS = {fold(w) for w in (
    "challenged challenges challenging contested contests contesting "
    "conteste contesté contestait contestera contester contestent attaque attaqué "
    "angefochten anfechten anzufechten ficht beanstandet "
    "impugnó impugna impugnado impugnará impugnar impugnato impugnata impugnare contestare contesta contestato contestata "
    "impugnou contestou contesta "
    "aangevochten aanvecht aanvechten vecht"
).split()}
# "ordinare a qualcuno di fare": per language whose verb of ordering is also a purchase cue (Italian "ordinato"),
# the verb's stem, the words for "to" that open the addressee, and the words that open what it must do
COMMAND_FORMS = {
    "it": ("ordin", {"a", "ad", "alla", "al", "all", "alle", "ai", "agli"}, {"di"}),
}
# the second word of a publication's name: "GovTech Review", "NHS News", "Behörden Spiegel"
PUBLICATION_WORDS = {fold(w) for w in "review news times daily journal magazine gazette insider weekly spiegel "
                                      "today report".split()}
# "con altri fornitori", "with other vendors": companies other than the one the article named
OTHER = {fold(w) for w in "other autres altri altre anderen andere otros otras outros outras".split()}
SUPPLIERS = {fold(w) for w in "vendors suppliers providers companies firms fournisseurs prestataires entreprises "
                              "fornitori aziende societa Anbietern Anbieter Unternehmen Firmen proveedores empresas "
                              "companias fornecedores leveranciers aanbieders bedrijven".split()}
# "awarded the contract to a rival", "aan een concurrent gegund": the company named before lost the award
RIVALS = {fold(w) for w in "rival rivals competitor competitors concurrent concurrents concurrente concurrenten "
                           "concorrente concorrenti competidor competidores Konkurrenten Konkurrent "
                           # "upheld the award of the tender to a Kenyan consortium"
                           "consortium consortia consorzio consorcio consórcio Konsortium".split()}
# "ein Nachprüfungsantrag von IBM gegen eine Vergabe", "a challenge against the award": the deal is contested
AGAINST = {fold(w) for w in "against contre gegen contra contro tegen".split()}
# "Fincantieri, controllata dallo Stato", "détenue par l'État": the state as an owner, before the word
OWNED_BY = {fold(w) for w in (
    "controlled owned controllata controllato partecipata partecipato détenue détenu contrôlée contrôlé "
    "controlada controlado participada propiedad kontrolliert gehört beherrscht staatseigen eigendom "
    "hands handen mains mani manos mãos detido detida detidos detidas "
    # "a Dataprev, empresa pública vinculada ao Ministério da Gestão": the ministry oversees the company
    "vinculada vinculado vinculadas vinculados").split()}
# "para oferecer a órgãos públicos brasileiros soluções…", "to offer to government agencies": the public
# sector as the market two companies sell to, not a party to their deal
OFFER_TO = {fold(w) for w in "offer sell oferecer ofrecer vender offrir proposer vendre offrire proporre "
                             "vendere anzubieten aanbieden verkopen "
                             # "een partnerschap dat zich richt op ministeries", "destinée aux administrations"
                             "richt richten richtte destine destinee destines destinees rivolto rivolta rivolti "
                             "rivolte voltado voltada voltados voltadas".split()}
# "del lado chileno", "on the Kenyan side", "côté français": the side a sentence speaks of
SIDE_WORDS = {fold(w) for w in "side lado côté lato seite kant".split()}
# a reseller's verbs: the public bodies a few words after them are its market ("revendre et intégrer les modèles
# Claude auprès des organismes publics", "rivenderà Claude alla pubblica amministrazione")
RESELL = {fold(w) for w in (
    "resell resells reselling resold revendre revend revendra revendront revender revenderá revenderão revende "
    "rivendere rivendera rivende rivenderanno weiterverkaufen weiterverkauft wiederverkaufen doorverkopen "
    "doorverkoopt "
    # distributors' verbs name a market the same way ("pour distribuer sa plateforme auprès des ministères",
    # "soll watsonx an Ministerien vermarkten", "para vender IA a prefeituras"), and so does an offer's infinitive
    # ("a partnership with Mistral AI to offer its models to Egyptian government agencies")
    "distribuer distribuera distribueront distribuir distribuirá distribuirão vermarkten vermarktet vender venderá "
    "venderão vendere venderà venderanno distribuire distribuirà commercializzare commercializzerà vendre vendra "
    "vendront commercialiser commercialisera comercializar comercializará offer proposer ofrecer oferecer offrire "
    "anbieten aanbieden sell distribute").split()}
# "the government-owned postal service" (the tokenizer splits at the hyphen), "der Konzern, der dem Staat
# gehört": the state as an owner, right after the word
OWNED_AFTER = {fold(w) for w in "owned controlled gehört gehören gehörte".split()}
# "l'agenzia di stampa Kuna", "l'agence de presse officielle": a news agency after "agency of"
NEWS = {fold(w) for w in "news stampa presse prensa noticias notícias imprensa".split()}
# "pitching it at banks, insurers and government contractors": a market of companies, not a government
MARKET_AFTER = {fold(w) for w in "contractor contractors supplier suppliers vendor vendors customers clients".split()}
# "waarvan de Belgische staat meerderheidsaandeelhouder is": the state as a shareholder, after the word
SHAREHOLDER = ("shareholder", "actionnaire", "aktionar", "accionista", "azionista", "acionista", "aandeelhouder",
               "eigenaar", "owner", "proprietaire", "eigentumer")
TRAILING_NEGATION_WINDOW = 9
# "Kenya Power", "Kenya Airways", "Telkom Indonesia": a country's name inside a company's.
COMPANY_NAME_WORDS = {fold(w) for w in (
    "power airways airlines air telecom telekom telecommunications railways rail post petroleum oil gas "
    "energy electric electricity bank mobile broadcasting steel mining technologies technology systems solutions "
    "presse press").split()}
# "We hebben met hen een pilotovereenkomst gesloten": "with them", the company the sentence before named
THEM = {fold(w) for w in "them hen eux ellos ellas loro eles elas".split()} | {"ihnen"}
# "el Gobierno británico firmó con ella un memorando", "avec elle", "con lei": the company as "it" after "with"
# (unfolded: Spanish "él" is not the article "el"; not German "ihr" nor Dutch "haar", which are also "her")
IT_AFTER_WITH = {"ella", "él", "elle", "lui", "lei", "essa", "esso", "ela", "ele", "ihm", "hem"}
# the acronyms a compound company word may open with: "het Amerikaanse AI-bedrijf", "das US-KI-Unternehmen"
COMPOUND_ACRONYMS = {"AI", "KI", "IA", "IT", "ICT", "GenAI"}
# A country adjective next to these words describes a company, not a government ("la empresa argentina").
COMPANY_WORDS = {fold(w) for w in (
    "company companies firm firms start start-up startup group giant maker makers manufacturer manufacturers lab labs developer "
    "provider fabricant fabricants fabricante fabricantes produttore fabbricante fabrikant fabrikanten "
    "vendor champion entreprise entreprises société sociétés groupe pépite jeune pousse géant éditeur acteurs "
    "unternehmen unternehmens firma firmen konzern konzerns konzernen anbieter anbietern hersteller herstellern "
    "empresa empresas compañía grupo desarrolladora desenvolvedora desenvolvedor développeur entwickler "
    "sviluppatore sviluppatrice ontwikkelaar "
    "azienda aziende società gruppo colosso empresa companhia grupo gigante bedrijf bedrijven onderneming "
    "concern techbedrijf supplier suppliers vendor vendors fournisseur fournisseurs lieferant lieferanten proveedor "
    "proveedores fornitore fornitori fornecedor fornecedores leverancier leveranciers "
    # "zwei große US-Partner", "ai grandi gruppi americani", "les géants américains"
    "partner partners partenaire partenaires parceiro parceiros groups groupes gruppi grupos konzerne giants "
    "géants giganti gigantes colossi multinationals multinationales multinazionali multinacionales "
    "multinacionais hyperscaler hyperscalers compagnia compagnie "
    # "Ganz ohne die US-Konkurrenz kommt die Verwaltung nicht aus": competitors are companies
    "konkurrenz konkurrenten competitors rivals concurrents concorrenti competidores concorrentes concurrenten "
    # "ANCAP, la petrolera estatal", "l'opérateur portuaire": what a company does
    "operator operators opérateur opérateurs operador operadora betreiber exploitant "
    "petrolera petrolero petrolífera petroliera pétrolier pétrolière "
    # "la tecnológica estadounidense", "a tecnológica", "la firme américaine", "the multinational"
    "tecnológica tecnológicas firme firmes multinational multinationale multinazionale multinacional "
    # "uma das maiores integradoras de sistemas da Bulgária": a systems integrator is a company
    "integrator integrators intégrateur intégrateurs integrador integradores integradora integradoras "
    "integratore integratori systemintegrator systeemintegrator "
    # "Safaricom Ethiopia, die äthiopische Tochter des kenianischen Mobilfunkkonzerns": a group's subsidiary (with
    # SUBSIDIARY_WORDS below)
    "filiales filiais controllata subsidiaria subsidiária"
).split()} | SUBSIDIARY_WORDS
BASED = {"based", "headquartered"}
# Compounds: "chipfabrikant", "Softwarekonzern", "KI-Unternehmen", "chipmaker".
COMPANY_SUFFIXES = ("fabrikant", "bedrijf", "konzern", "unternehmen", "hersteller", "anbieter", "maker", "company",
                    "firma", "startup", "concern", "riese", "reus", "aanbieder")   # "der Techriese", "de techreus"
# "het Amerikaanse techconcern", "la société canadienne", "the Californian firm": with a definite article a
# company word refers back to a company the article has named.
DEFINITE = {fold(w) for w in "the le la l les der die das dem den el los las il lo gli o os het".split()}
# Portuguese "a", "as" are "the" as well ("A tecnológica, que já tinha assinado…"); elsewhere "a" is not
DEFINITE_PT = DEFINITE | {"a", "as"}
# "que se excluya a los proveedores chinos": a plural article makes a company word a class of companies, not one
PLURAL_DEFINITE = {"los", "las", "les", "os", "gli"}
PLURAL_DEFINITE_BY_LANGUAGE = {"pt": PLURAL_DEFINITE | {"as"}, "it": PLURAL_DEFINITE | {"i", "le"}}
# "a strategic partnership with LG CNS": a sister company of the group, not the listed lab its short name stands for
SISTER_COMPANIES = {"lg-ai-research": {fold(w) for w in "cns electronics uplus chem display energy innotek".split()}}
# "former Google researchers": the company only qualifies people.
ORG_MODIFIERS_BEFORE = {fold(w) for w in "former ex ancien anciens ancienne ehemalige ehemaligen antiguos antiguo exempleados ex-dipendenti antigos voormalige oud".split()}
# the company that owns the one named before: "Silo AI, now part of AMD", "filiale de Capgemini"
OWNER_BEFORE = ({("part", "of"), ("unit", "of"), ("subsidiary", "of"), ("owned", "by"), ("acquired", "by"),
                 ("filiale", "de"), ("filiale", "di"), ("filial", "de"), ("tochter", "von"), ("dochter", "van"),
                 ("rachete", "par"), ("adquirida", "por"), ("adquirido", "por"), ("acquisita", "da"),
                 ("overgenomen", "door"), ("ubernommen", "von"), ("onderdeel", "van"), ("teil", "von"),
                 # "laboratório finlandês que pertence à AMD", "which belongs to AMD"
                 ("pertence", "a"), ("pertenece", "a"), ("appartiene", "a"), ("appartient", "a"), ("belongs", "to"),
                 ("gehort", "zu"), ("behoort", "tot")})
ORG_MODIFIERS_AFTER = {fold(w) for w in (
    "researchers engineers employees veterans alumni founders chercheurs ingénieurs salariés anciens "
    "forscher ingenieure mitarbeiter investigadores ingenieros empleados ricercatori ingegneri dipendenti "
    "pesquisadores engenheiros funcionários onderzoekers ingenieurs medewerkers"
).split()} | UNIT_AFTER_OWNER
# ("ainsi que", "as well as" are phrases: their words alone, "que" above all, are relative pronouns)
COORDINATORS = {fold(w) for w in "and with et und sowie y e ed en ook".split()}   # (Italian "ed" before a vowel)
AND = {fold(w) for w in "and et und y e ed en".split()}   # the plain "and" that opens a second clause
# "any administration", "toute administration", "jede Behörde": a government word meaning any of them
ANY = {fold(w) for w in "any every toute tout chaque jede jeder jedes cualquier qualsiasi ogni qualquer elke iedere".split()}
# "such as X or Y", "comme X ou Y": examples listed with "or" are all of them
ALTERNATIVES = {fold(w) for w in "or ou oder o of".split()}
EXAMPLES = {fold(w) for w in "as like including comme notamment wie como come zoals".split()}
# "das Unternehmen bietet Regierungen Partnerschaften an", "OpenAI offers governments …": a plural government
# word without an article or a number is governments in general, not the story's
PLURAL_GOV_HEADS = {fold(w) for w in (
    "governments administrations ministries agencies authorities regierungen verwaltungen behörden ministerien "
    "gouvernements ministères agences autorités gobiernos administraciones ministerios agencias autoridades "
    "governi amministrazioni ministeri agenzie governos administrações ministérios agências regeringen "
    "overheden ministeries agentschappen").split()}
# words that make such a plural a count or an owner's: "zwei Ministerien", "its agencies", "nos ministères"
COUNT_OR_OWNER = {fold(w) for w in (
    "two three four five six several many all both its their his her our your zwei drei vier fünf mehrere alle "
    "beide seine ihre unsere deux trois quatre plusieurs tous toutes ses leurs nos vos dos tres cuatro varios "
    "varias todos todas sus nuestros nuestras due tre quattro diversi diverse tutti tutte suoi sue loro nostri "
    "nostre dois duas três quatro vários várias seus suas nossos nossas twee drie vier meerdere alle beide "
    "zijn hun onze").split()}
# "en français", "in inglese", "auf Deutsch", "em português", "in het Nederlands": a language, not a country
LANGUAGE_PREPOSITIONS = {fold(w) for w in "in en auf em".split()}
# languages that are no country's demonym, which can open such a list ("in inglese, francese e arabo")
LANGUAGE_WORDS = {fold(w) for w in (
    "english anglais englisch inglés inglese inglês engels arabic arabe arabisch árabe arabo "
    "latin latein latín latino latim").split()}
# Government words that name an actor on their own; "public services" or "schools" are usually beneficiaries.
ACTOR_KINDS = {"government", "ministry", "head", "armed_forces", "agency", "leader", "eu_institution", "court"}
SUBNATIONAL_WINDOW = 3
# "to compete with OpenAI": a rival, not a partner.
COMPETE = {fold(w) for w in (
    "compete competes competed competing competitor competitors rival rivals rivalling rivaling against versus vs "
    "rivaliser concurrencer concurrence concurrent concurrents concurrente face contre "
    "konkurrieren konkurriert konkurrierte konkurrenz konkurrenten gegen gegenüber "
    "competir compite compiten competirá competirán compitió competidor competidores competencia frente medirse "
    "competere compete competono competerà competeranno concorrente concorrenti concorrenza contro "
    "concorrer concorre concorrem concorrerá concorrente concorrentes concorrência disputa disputam contra "
    "concurreren concurreert concurrent concurrenten concurrentie tegen "
    "alternative alternatives alternatief alternatieven alternativen alternativa alternativas alternativo alternativi"
).split()}
# "picks Kongsberg over Anduril", "au lieu de Google", "statt Microsoft": the company named is the one not chosen.
INSTEAD_OF = tuple(tuple(fold(w) for w in phrase.split()) for phrase in (
    "instead of", "rather than", "au lieu de", "au lieu d", "plutôt que", "plutôt qu", "au détriment de", "statt",
    "anstatt", "anstelle von", "anstelle", "en lugar de", "en vez de", "invece di", "anziché", "al posto di",
    "em vez de", "em lugar de", "em detrimento de", "in plaats van"))
# "under an agreement", "dans le cadre d'un accord", "im Rahmen einer Vereinbarung", "en el marco de un convenio"
UNDER_A_DEAL = {fold(w) for w in "under cadre rahmen marco ambito âmbito kader".split()}
# "o Serpro, empresa pública", "la sociedad mercantil estatal": a company word with one of these is a state-owned company
STATE_COMPANY = {fold(w) for w in "pública público publique pubblica pubblico estatal statale publieke öffentliche".split()}
# an offer of a deal is no deal, wherever its object comes: "had offered the ministry a free pilot" (hedge cues)
OFFERED = {fold(w) for w in "offered offert proposé angeboten ofrecido ofreció offerto oferecido ofereceu aangeboden bood".split()}
OFFER_WINDOW = 10
# "¿Qué firmó exactamente el MICITT con Intel?": a question about what was signed
WHAT_WORDS = {fold(w) for w in "what que qué quoi was cosa che wat".split()}
SIGNED_WORDS = {fold(w) for w in (
    "signed firmó firmaron a ont hat haben hanno ha assinou assinaram heeft hebben tekende tekenden did").split()}
# "sans avoir passé la moindre commande", "without the slightest agreement": a denial's intensifier
LEAST = {fold(w) for w in "slightest moindre geringste geringsten menor minimo mínimo minima mínima".split()}
# the head nouns of organisations named as institutes or universities ("Technology Innovation Institute")
ORG_HEAD_NOUNS = {fold(w) for w in (
    "institute institut instituto istituto instituut university université universität universidad università "
    "universidade universiteit").split()}
# "de Zweedse tegenhanger van het UWV", "the Swedish counterpart of the UK's DWP": the body compared with
COUNTERPART = {fold(w) for w in (
    "counterpart counterparts equivalent tegenhanger homologue homologues pendant gegenstück homólogo homóloga "
    "equivalente omologo omologa").split()}
# "son homologue du sultanat de Brunei", "its counterpart in Brunei": a body's own counterpart acts beside it
OWN_COUNTERPART = {fold(w) for w in (
    "its his her their son sa ses leur leurs su sus suo sua suoi sue seu seus suas sein seine seinem seinen "
    "seiner ihr ihre ihrem ihren ihrer zijn haar hun").split()}
GIVE_VERBS = {fold(w) for w in "awarded awards gave gives granted grants handed".split()}   # "… awarded the company a contract"
CHOOSE = {fold(w) for w in "picks picked chooses chose chosen selects selected prefers preferred favours favors "
                             "hires hired engages engaged commissions commissioned taps tapped".split()}
# the same verbs in Spanish, French, Italian and Portuguese, as they stand beside a pronoun for the company
CHOOSE_ROMANCE = {fold(w) for w in (
    "seleccionó seleccionaron eligió eligieron escogió escogieron contrató contrataron "
    "choisie choisi sélectionnée sélectionné retenue retenu "
    "scelta scelto selezionata selezionato scelse selezionò "
    "selecionou selecionaram escolheu escolheram contratou contrataram").split()}
# object pronouns before the verb ("la seleccionó", "l'a retenue", "la scelse")
CLITIC_BEFORE = {"es": {"la", "lo"}, "fr": {"la", "le", "l"}, "it": {"la", "lo", "l"}}
AUXILIARIES = {fold(w) for w in "a avait ont avaient ha aveva hanno avevano".split()}
# "its", "their" before a noun: "en sus ofertas", "dans ses offres"
POSSESSIVES = {fold(w) for w in "its their sus su ses leurs leur seus suas seu sua suoi sue suo loro seine ihre zijn hun".split()}
# "It is a nine-month pilot": a sentence opening that names the deal just reported
IT_IS_ABOUT = tuple(tuple(fold(w) for w in p.split()) for p in (
    "het gaat om", "it is", "this is", "il s agit", "c est", "es handelt sich", "se trata de", "si tratta di",
    "trata se de", "es ist"))
# a treaty between states: "viola el acuerdo bilateral de protección de inversiones"
BILATERAL = {fold(w) for w in "bilateral bilaterale bilatéral bilatérale bilaterales bilaterali bilaterais bilateraal".split()}
# a decree someone signed: "el decreto de ciberseguridad firmado en 2023 por el Ministerio"
DECREES = {fold(w) for w in "decree decrees decreto decretos décret décrets dekret decreet".split()}
# a tender's bids and bidders
BIDDERS = {fold(w) for w in (
    "bids bidders bidder offers propuestas ofertas licitantes oferentes offres soumissionnaires candidats "
    "Angebote Bieter offerte offerenti candidati propostas proponentes concorrentes inschrijvers biedingen "
    "inschrijvingen").split()}
# a company bidding for contracts has not won them: "disputa contratos de nuvem com órgãos públicos", "bids for
# government contracts", "bewirbt sich um Aufträge"
BIDS_FOR = {fold(w) for w in (
    "bid bids bidding vying vies compete competes competing chasing pursuing "
    "brigue briguent convoite convoitent "
    "bewirbt bewerben buhlt buhlen "
    "disputa disputan disputando persigue persiguen "
    "contende concorre concorrono insegue "
    "disputam disputando concorre concorrem persegue "
    "dingt dingen azen aast").split()}
# a bidder ranked below the winner has lost: "quedó segunda", "ficou em segundo lugar", "came second", "arrivée
# deuxième", "si è classificata terza", "landete auf dem zweiten Platz", "eindigde als tweede"
RANKED = {fold(w) for w in (
    "came finished placed ranked quedó quedo terminó clasificó ficou terminou classificou arrivée arrivé classée "
    "classé terminée classificata classificato arrivata arrivato landete belegte werd eindigde").split()}
# "on behalf of", "a nome di", "au nom de", "en nombre de", "em nome de", "im Namen", "uit naam van" (and "namens")
BEHALF = {fold(w) for w in "behalf nome nom nombre namen naam".split()}
BEHALF_PREPOSITIONS = {fold(w) for w in "on a au en em im uit".split()}
# "two contracts", "dois contratos": deals counted before their items
COUNTS = {fold(w) for w in (
    "two three both dois duas três deux trois dos tres due tre twee drie zwei drei beiden beide ambos ambas").split()}
# what a count after a deal word counts: "a attribué deux marchés", "adjudicó dos contratos", "vergab zwei Lose"
CONTRACT_NOUNS = {fold(w) for w in (
    "contracts marchés contrats contratos contratti lots lotes lotti lose aufträge verträge opdrachten contracten "
    "percelen").split()}
# ordinals that say a bidder came behind the winner, or a rank within a country
ORDINALS = {fold(w) for w in (
    "second third segunda segundo tercera terceira seconda secondo terza deuxième troisième tweede derde").split()}
RUNNER_UP = ORDINALS | {fold(w) for w in (
    "last tercero terceiro última último dernière terzo ultima ultimo zweite zweiten zweiter dritte dritten letzte "
    "letzten laatste").split()}
# a university's name may end in its city: "Trinity College Dublin", "University College London"
UNIVERSITY_WORDS = {"college", "university", "universitat", "universidad", "universite", "universita", "universidade",
                    "universiteit", "hochschule"}
# a ranking's words: "the largest university in Kenya", "seconda città della Romania", "größte Hochschule Uruguays"
RANKINGS = ORDINALS | {fold(w) for w in (
    "largest biggest oldest größte größten größter zweitgrößte zweitgrößten älteste ältesten mayor mayores tercer "
    "maggiore maggiori maior maiores grootste oudste "
    # (fourth and fifth, not in ORDINALS: "the fourth bidder" is no runner-up; not "quarta" and "quinta", which in
    # Portuguese are also Wednesday and Thursday: "na quinta, o Brasil assinou")
    "fourth fifth cuarta cuarto quinto quarto quatrième cinquième vierte vierten vierde vijfde "
    "populous poblada populosa populeuse bevölkerungsreichste bevolkingsrijkste").split()}
# a war named by its invader: "la invasión rusa", "l'invasion russe", "a invasão russa", "l'aggressione russa"
WAR_NOUNS = {fold(w) for w in (
    "invasion invasión invasione invasão guerra guerre aggression agression agresión aggressione agressão "
    "occupation ocupación occupazione ocupação offensive ofensiva offensiva").split()}
# a company excluded from a tender has not won it: "a decisão que a afastou do concurso", "excluded from the tender"
EXCLUDED = {fold(w) for w in (
    "excluded disqualified excludes disqualifies "
    "écarté écartée écartés exclu exclue exclus disqualifié disqualifiée "
    "ausgeschlossen ausschloss disqualifiziert "
    "excluida excluido excluyó descalificada descalificado descalificó apartada apartado "
    "esclusa escluso esclusi squalificata squalificato estromessa estromesso "
    "afastou afastada afastado excluída excluído excluiu desclassificada desclassificado desclassificou "
    "uitgesloten gediskwalificeerd").split()}
# elected bodies: their renewal is an election, no contract ("il rinnovo dell'assemblea del Bihar"); not councils,
# whose name is also a government's ("Conseil d'État", "Consiglio dei ministri", "Câmara Municipal")
ELECTED_BODIES = {fold(w) for w in (
    "parliament assembly senate legislature parlement assemblée sénat législature parlament landtag bundestag "
    "parlamento asamblea senado legislatura assemblea senato assembleia").split()}
# tenders and contracts still to come ("future calls for tender", "künftige Ausschreibungen", "futuras licitaciones")
FUTURE_ADJECTIVES = {fold(w) for w in (
    "future upcoming futur futurs futures prochain prochains prochaine prochaines künftige künftigen zukünftige "
    "zukünftigen kommende kommenden futuro futura futuros futuras futuri próximas próximos prossime prossimi "
    "toekomstige komende").split()}
# asking how (not "como", "come", "wie": also "as")
HOW = {"how", "hoe", "comment"}
# a tender lost is no award: "na verloren aanbesteding", "after a lost tender", "la gara persa"
LOST_ADJECTIVES = {fold(w) for w in (
    "lost verloren verlorene verlorenen verlorener perdida perdidas perdido perdidos perdue perdues perdu perdus "
    "persa perse perso persi").split()}
# a price after a negation: "no-cost", "sin costo", "sem custos", "senza costi", "sans frais", "zonder kosten"
COST_WORDS = {fold(w) for w in (
    "cost costs charge fee fees costo costos coste costes custo custos costi frais kosten cargo").split()}
COMPETE_WINDOW = 6   # "que disputa o mercado empresarial com a Google"
# still bidding, right after the company (or the list it ends): "Oracle e Ibm in gara per il triage", "en lice"
IN_THE_RUNNING = {tuple(fold(w) for w in phrase.split()) for phrase in (
    "in gara", "in corsa", "en lice", "en course", "in the running", "im rennen", "en carrera", "en la carrera",
    "na disputa", "in de race", "in de running")}
RUNNING_FIRST_WORDS = {phrase[0] for phrase in IN_THE_RUNNING}
RUNNING_VERBS = {fold(w) for w in (
    "is are est sont restent reste è sono restano resta bleibt bleiben sigue siguen segue seguem blijft blijven").split()}
GENITIVE_S_LANGUAGES = {"de", "nl"}
# Languages whose main clause puts the verb second, its subject after it when something else opens the sentence.
# numbers and quantifiers that open a subject after a German or Dutch verb: "Parallel testen drei Behörden …"
V2_DETERMINERS = {fold(w) for w in (
    "zwei drei vier fünf sechs mehrere einige viele alle beide twee drie vier vijf zes meerdere enkele veel alle "
    "beide").split()}
V2_LANGUAGES = {"de", "nl"}
# First words of state institutions named "… of State", "… da Marinha": not company names.
INSTITUTION_HEADS = {fold(w) for w in (
    "secretary secretariat department office council court command ministry "
    "secrétariat secrétaire conseil cour commandement ministère département "
    "secretaría secretario consejo comando tribunal ministerio departamento corte "
    "segreteria segretario consiglio congresso comando ministero dipartimento corte "
    "secretaria secretário conselho comando ministério departamento tribunal supremo "
    "raad ministerie departement"
).split()}
GENITIVE_ATTACH_WINDOW = 10
LONG_NAME_WINDOW = 8   # tokens of a body's name between its government word and the adjective that closes it
GENITIVE_WORDS = {fold(w) for w in "of de du des del della dello degli di da do dos das van von der".split()}
# an order "of" or "from" a body is one it placed: "der erste Auftrag einer norwegischen Behörde" (not its call for
# tenders: "une réponse à un appel d'offres de Services publics … Canada")
ORDER_OF = GENITIVE_WORDS | {"einer", "eines", "from"}
ORDER_NOUNS = {fold(w) for w in (
    "order orders contract auftrag auftrage bestellung commande contrat pedido encargo contrato commessa ordine "
    "ordinativo encomenda opdracht bestelling").split()}
# a government word named like every country's: "Ministério da Fazenda", "Secretaría de Salud", "Department of"
GENERIC_HEAD_PREFIXES = ("minist", "secretar", "depart")
# "Autostrade per l'Italia", "Agenzia per l'Italia Digitale": "for" links a name to its country too
NAME_FOR_WORDS = {fold(w) for w in "for pour für per para voor".split()}
STATE_TITLES = {fold(w) for w in (
    "republic united federal kingdom state of république fédérale royaume république république du de la "
    "republik föderative königreich staat república federal reino estado del repubblica federale regno stato di "
    "república reino estado republiek federale koninkrijk staat van"
).split()}
ADJECTIVE_FIRST = {"en", "de", "nl"}   # the country adjective stands before the government word
# German and Dutch write government bodies as compounds ("Bundesinnenministerium", "defensieministerie");
# the seeds list the common ones, these suffixes catch the rest. Länder and provinces are not the state.
COMPOUND_GOV_SUFFIXES = {
    "de": (("ministeriums", "ministry"), ("ministerium", "ministry"), ("ministerien", "ministry"),
           ("ministerin", "ministry"), ("minister", "ministry"), ("behorde", "agency"), ("behorden", "agency"),
           ("patentamt", "agency"), ("markenamt", "agency"), ("zentralamt", "agency"),
           ("ressort", "ministry"), ("regierung", "government")),
    "nl": (("ministerie", "ministry"), ("minister", "ministry"), ("autoriteit", "agency"), ("instantie", "agency"),
           ("administratie", "agency")),
}
# "Bundesanstalt für Finanzdienstleistungsaufsicht", "Bundeszentralamt für Steuern", "Rijksdienst voor
# Ondernemend Nederland": a federal (German) or state (Dutch) prefix on an institution word names a national
# body, whatever its remit; the country comes from the context like any other government word.
NATIONAL_BODY_PREFIXES = {"de": "bundes", "nl": "rijks"}
NATIONAL_BODY_HEADS = {
    "de": tuple(fold(w) for w in (
        "amt amtes amts anstalt agentur institut instituts zentrale zentralamt behörde verwaltung polizei "
        "archiv beauftragte beauftragten beauftragter kanzleramt regierung").split()),
    "nl": tuple(fold(w) for w in "dienst waterstaat overheid inspectie instituut bureau bedrijf archief recherche organisatie".split()),
}
# "la Caisse nationale des allocations familiales", "el Instituto Nacional de Estadística", "the National
# Crime Agency": an institution word qualified as national (or federal) is a body of the state. Not
# "fund": sovereign and investment funds own companies, they are not the government.
STATE_BODY_HEADS = {fold(w) for w in (
    "agency authority office institute service police centre center archives administration bureau "
    "agence autorité office institut caisse service police centre archives administration "
    "agentur anstalt institut amt zentrum archiv "
    "agencia autoridad instituto servicio caja policía centro archivo administración "
    "agenzia autorità istituto servizio cassa ente polizia centro archivio archivi amministrazione ufficio oficina "
    "agência autoridade instituto serviço caixa polícia centro arquivo administração "
    "agentschap autoriteit instituut dienst politie centrum archief "
    # "De Inspectie van het Onderwijs … De inspectie heeft een opdracht gegund", "il Registro nazionale"
    "inspektion inspectie inspección ispettorato inspeção registro registre "
    # "De Koninklijke Bibliotheek van België … de bibliotheek test": a national library
    "library bibliothèque bibliothek biblioteca bibliotheek "
    # "A Fundação para a Ciência e a Tecnologia (FCT) … a fundação já tinha comprado": a public foundation
    "foundation fondation stiftung fundación fondazione fundação stichting").split()}
# a commission is a state body only by its full name: "la Comisión de Rentas Internas (IRC)", Papua New Guinea's tax
# office (alone, "the commission" is as often a regulator, and "Comisión Federal de Electricidad" a state company)
# (so is a "Departamento" named in full: South Africa's "Departamento de Assuntos Internos")
COMMISSION_HEADS = {fold(w) for w in "comisión comissão commissione departamento".split()}
# a national statistics office named after its country: "Statistics Finland", "Statistique Canada", "Statistik Austria"
STATISTICS_OFFICES = {fold(w) for w in "statistics statistique statistik statistiek estatística estadística".split()}
# "Het Belgische Rekenhof … De instelling, die de federale uitgaven controleert, heeft een proefproject afgesloten",
# "Pêches et Océans Canada … L'organisme a signé avec Cohere": a word for any body, once the article has named one
GENERIC_BODY_WORDS = {fold(w) for w in (
    # (not "institution" and its kin, as often a bank: "anunciou ontem a instituição", of Millennium bcp)
    "organisme organismo órgão instelling").split()}
NATIONAL = {fold(w) for w in (
    "national nationale nationaux nacional nacionales nazionale nazionali nationaal federal federale fédéral "
    "fédérale").split()}
# "la Oficina de Rentas Internas", "el Servicio de Impuestos Internos": an office or a service "of" a name is public
OFFICE_HEADS = {fold(w) for w in "oficina ufficio bureau servicio serviço servizio".split()}
# "Direction générale des impôts", "Dirección General de Tráfico": a ministry's directorate-general
# ("Délégation générale à la langue française", "Delegación General": a delegation that is a body, capitalised)
DIRECTORATES = {fold(w) for w in "direction dirección direzione direção directorate directoraat délégation delegación delegazione delegação".split()}
GENERAL = {fold(w) for w in "générale general generale geral generaal".split()}
# "Digitalagentur", "Arbeitsagentur": an agency of the state, unless the compound names a private trade.
# Danish, Norwegian and Swedish agencies keep their own names in any language's news: "Skatteverket",
# "Digitaliseringsstyrelsen", "Kystdirektoratet", "Datatilsynet", "Skatteetaten", "Försäkringskassan".
NORDIC_AGENCY_SUFFIXES = tuple(fold(w) for w in (
    "styrelsen direktoratet direktoratets tilsynet verket myndigheten etaten kassan förmedlingen ministeriet "
    "departementet inspektionen").split())
# a country's adjective before a service named by its remit: "de Noorse uitkeringsdienst", "die tschechische
# Arbeitsverwaltung" (not a company's service: "de Amerikaanse clouddienst")
DEMONYM_BODY_HEADS = {"nl": ("dienst", "inspectie"), "de": ("verwaltung", "amt", "amtes", "amts")}
PRIVATE_SERVICES = tuple(fold(w) for w in (
    "cloud streaming chat betaal koerier bezorg taxi abonnement mail bericht vertaal klanten nieuws muziek video "
    "reis kunden zahlungs liefer post").split())
AGENCY_SUFFIX = {"de": "agentur", "nl": "agentschap"}
PRIVATE_AGENCIES = tuple(fold(w) for w in (
    "nachrichten werbe presse foto bild reise model marketing kommunikations event literatur kunstler casting "
    "partner media medien personal pr- kreativ digitalmarketing nieuws reclame reis").split())
# Separable verbs that call a deal off, their particle at the clause's end: "Papoea-Nieuw-Guinea stelt akkoord met
# Google uit", "Berlin sagt die Unterzeichnung mit Palantir ab". Verb forms, then the particle.
SEPARABLE_NEGATIONS = {
    "nl": [({fold(w) for w in verbs.split()}, fold(particle)) for verbs, particle in (
        ("stelt stellen stelde stelden", "uit"), ("blaast blazen blies bliezen", "af"),
        ("zegt zeggen zegde zegden", "op"), ("ziet zien zag zagen", "af"), ("legt leggen legde legden", "stil"))],
    "de": [({fold(w) for w in verbs.split()}, fold(particle)) for verbs, particle in (
        ("setzt setzen setzte setzten", "aus"), ("sagt sagen sagte sagten", "ab"),   # not "stellt … ein": also hires
        ("bricht brechen brach brachen", "ab"), ("lehnt lehnen lehnte lehnten", "ab"), ("schiebt schieben schob schoben", "auf"),
        ("zieht ziehen zog zogen", "zurück"),
        # "Eine Vereinbarung mit der Regierung gibt es dafür nicht": there is none
        ("gibt gab", "nicht"))],
}
CLAUSE_ENDS = {fold(w) for w in "en maar omdat nadat want und aber weil nachdem denn dass dat".split()}
# what follows "official" when it is a person: "an official said", "a senior official familiar with the talks"
OFFICIAL_VERBS = {fold(w) for w in (
    "said says told added confirmed noted explained stated wrote familiar who from of at in with and or was is has had "
    "speaking involved responsible close briefed quoted declined").split()}
# what follows a plain noun, where an object or "for" would follow a verb: "taxi orders in the country"
PLAIN_NOUN_NEXT = {"in", "and", "or", "could", "would", "were", "are", "was", "is", "at", "on", "that", "which"}
# what follows "military" when it is an adjective of things, not the armed forces: "American military software"
MILITARY_THINGS = {fold(w) for w in (
    "software hardware equipment technology technologies drone drones aircraft vehicles systems system applications "
    "ai spending budget budgets aid exports sales market markets use uses purposes tools satellites data cloud "
    "products supplies goods").split()}
COMPOUND_CUE_SUFFIXES = {
    "de": (("vereinbarung", "partnership", 0.8), ("vereinbarungen", "partnership", 0.8),
           ("abkommen", "partnership", 0.75), ("partnerschaft", "partnership", 0.8),
           ("kooperation", "partnership", 0.7), ("zusammenarbeit", "partnership", 0.7),
           ("pilotprojekt", "partnership", 0.7), ("vertrag", "procurement", 0.7), ("vertrags", "procurement", 0.7),
           ("auftrag", "procurement", 0.7), ("auftrags", "procurement", 0.7),
           # "eine Unternehmenslizenz von DeepL"
           ("lizenz", "procurement", 0.6), ("lizenzen", "procurement", 0.55)),
    "nl": (("overeenkomst", "partnership", 0.75), ("samenwerking", "partnership", 0.7),
           ("partnerschap", "partnership", 0.8), ("akkoord", "partnership", 0.7), ("contract", "procurement", 0.7),
           ("opdracht", "procurement", 0.7)),
}
# Compounds that are not deals with a company: coalition, employment, rent, climate and state treaties.
NOT_A_DEAL_PREFIXES = ("koalition", "regeer", "coalitie", "arbeits", "miet", "klima", "klimaat", "staats", "friedens",
                       "handels", "frei")
# "Secretaria Municipal das Finanças (Sefin)": a local body's own acronym, not the national body of another
# country that shares it (Honduras' SEFIN)
LOCAL_WORDS = {fold(w) for w in (
    "municipal municipale municipales municipais municipali comunale comunali gemeentelijke gemeentelijk städtische "
    "städtischen regional régional régionale regionale regionali regionales estadual estaduais provincial "
    "provinciale provinciales provinciais departamental prefeitura ayuntamiento mairie comune gemeente").split()}
# plural local words: the bodies of many regions or towns, not one region's story
MANY_REGIONS = {fold(w) for w in (
    "estaduais municipais provinciais municipales provinciales regionales autonomicas regionali municipali "
    "comunali provinciali authorities governments councils").split()}
SUBNATIONAL_PREFIXES = ("landes", "staats", "kultus", "schul", "provincie", "gemeente", "stads", "stadt")
# "published in the Official Journal of the EU", "Amtsblatt der EU", "Diário Oficial da União": the
# country names a gazette where tenders are published, not a party to the deal.
GAZETTES = {fold(w) for w in (
    "journal jornal gazette amtsblatt amtsblattes amtsblatts bundesanzeiger diario gazzetta diário boletín "
    "boletim publicatieblad staatscourant staatsblad").split()}
GAZETTE_FILLERS = {fold(w) for w in (
    "official officiel officielle oficial ufficiale da do de del della dell of the der des l la le di van het "
    "supplement supplément suplemento").split()}
# "the minister praised the partnership", "classificou a parceria com a Microsoft como…": a verb of
# comment right before a deal word; the government speaks about someone else's deal.
COMMENT_VERBS = {fold(w) for w in (
    "praised praises hailed hails welcomed welcomes applauded applauds lauded lauds called described "
    "salué salue saluait applaudi félicité qualifié qualifie "
    "lobte lobt begrüßte begrüßt nannte bezeichnete "
    "elogió elogia celebró aplaudió saludó calificó "
    "lodato loda elogiato elogia applaudito definito definisce "
    "elogiou classificou aplaudiu saudou "
    "prees prijst verwelkomde verwelkomt noemde").split()}
# "sellan una alianza con el aplauso del MITIC", "with the blessing of the ministry": the government
# looks on and approves a deal it is not a party to
APPROVAL_NOUNS = {fold(w) for w in (
    "applause blessing approval applaudissements bénédiction aval beifall segen zustimmung aplauso aplausos "
    "bendición beneplácito applauso plauso benedizione benestare bênção aprovação applaus zegen goedkeuring"
).split()}
# "en présence de l'ambassadrice de France", "the French ambassador": the country is the diplomat's, who
# attends; it is not the government of the minister next to it.
DIPLOMATS = {fold(w) for w in (
    "ambassador ambassadors envoy consul ambassadeur ambassadrice ambassadeurs consule botschafter "
    "botschafterin botschaft konsul embajador embajadora embajada cónsul ambasciatore ambasciatrice "
    "ambasciata console embaixador embaixadora embaixada ambassade gezant").split()}
# "in der Schweiz, wo die Bundesverwaltung DeepL nutzt": the place a relative clause's government is in.
WHERE = {fold(w) for w in "where wo où donde dove onde waar".split()}
# Company adjectives of a region rather than a country: "mit dem kalifornischen Unternehmen".
REGION_ADJECTIVES = {fold(w): iso3 for w, iso3 in (
    ("Californian", "USA"), ("californien", "USA"), ("californienne", "USA"), ("kalifornische", "USA"),
    ("kalifornischen", "USA"), ("kalifornischer", "USA"), ("californiano", "USA"), ("californiana", "USA"),
    ("californianos", "USA"), ("Californische", "USA"), ("Californisch", "USA"), ("bavarese", "DEU"),
    ("bayerische", "DEU"), ("bayerischen", "DEU"),
    # the cities of AI companies: "das Pariser Start-up", "la società londinese", "het Parijse bedrijf"
    *((w, "FRA") for w in ("Pariser", "parisien", "parisienne", "parigina", "parigino", "parisina", "parisino",
                           "parisiense", "Parijse")),
    *((w, "GBR") for w in ("Londoner", "londonien", "londonienne", "londinese", "londinense", "Londense")),
    *((w, "DEU") for w in ("Münchner", "Berliner", "Heidelberger", "Kölner", "munichois", "munichoise",
                           "monacense", "Münchense")))}
# "signed an agreement with OpenAI": the organisation a government deals with follows one of these.
WITH = {fold(w) for w in "with avec mit con com met between entre zwischen tra fra tussen alongside insieme".split()}
# "lavora dal 2024 con Microsoft", "werkt al een jaar met Google", "works with Cohere": a verb of working
# together a few words before "with" and a company is a partnership, though neither word alone is one.
WORK_VERBS = {fold(w) for w in (
    "work works worked working cooperates cooperated cooperating "
    "travaille travaillent travaillait travaillaient travaillé travaillons coopère coopèrent coopéré "
    "arbeitet arbeiten arbeitete arbeiteten gearbeitet kooperiert kooperieren kooperierte "
    "trabaja trabajan trabajaba trabajó trabajado trabajando trabajamos coopera cooperan cooperó alió aliaron aliado "
    "lavora lavorano lavorava lavorato lavorando lavoriamo coopera cooperano alleato alleata "
    "trabalha trabalham trabalhava trabalhou trabalhado trabalhando trabalhamos coopera cooperam cooperou aliou "
    "werkt werken werkte werkten gewerkt "
    # "il modello che abbiamo sviluppato con la NASA", "desenvolvemos com a agência"
    "developed develop develops développé développons entwickelt entwickelten desarrollado desarrollamos "
    "sviluppato sviluppiamo desenvolvido desenvolvemos ontwikkeld ontwikkelen "
    "built build builds construit construite gebaut construido construida costruito costruita construído gebouwd "
    # "il governo aveva avviato con OpenAI un progetto": a project launched with the company
    "avviato avviata avviare avvia avviano"
).split()}
# Small words inside an institution's name: "Data and Population Services Agency", "Ministerio de Ciencia y
# Tecnología", "Direzione interministeriale del digitale".
NAME_LINKS = GENITIVE_WORDS | {fold(w) for w in "and for und für et pour y para e per en voor".split()}
# "nous accompagnons le ministère de la Justice dans un projet pilote", "we support the agency": a
# newsroom's verb of serving, right before the government it works for.
SERVE_VERBS = {fold(w) for w in (
    "support supports supporting help helps helping accompagnons accompagne aidons soutenons "
    "unterstützen unterstützt begleiten helfen apoyamos acompañamos ayudamos supportiamo affianchiamo "
    "aiutiamo accompagniamo apoiamos acompanhamos ajudamos ondersteunen begeleiden helpen "
    # "la piattaforma che forniamo a NHS England": what we supply to it
    "supply forniamo suministramos fornecemos fournissons liefern leveren").split()}
# "vertaalsoftware van het Duitse bedrijf DeepL", "Sprachmodelle": compounds of the bridge words above
BRIDGE_SUFFIXES = tuple(fold(w) for w in "software model modell modelle modellen platform plattform tools".split())
# Verbs of using a product: a purchase when a government uses a company's product, not when the company
# is the one using something ("la manière dont Google utilise les contenus des éditeurs").
USE_VERBS = {fold(w) for w in (
    "uses|is using|will use|utilise|utilisent|utilisera|nutzt|nutzt künftig|utiliza|utilizan|utilizará|va a usar|"
    "utilizza|utilizzano|utilizzerà|utilizam|vai usar|vão usar|gebruikt|gaat gebruiken").split("|")}
# "launched AI Leap together with OpenAI", "zusammen mit Microsoft", "junto con Google", "insieme a IBM":
# a government doing something together with a company works with it, whatever the verb
TOGETHER = {fold(w) for w in "together zusammen gemeinsam samen junto conjuntamente insieme juntamente conjointement assieme".split()}
TOGETHER_WITH = WITH | {fold(w) for w in "a al alla allo ad".split()}   # "junto a", "insieme alla"
# a body acting through one of its own, described between commas before the next body of a list: "L'Institut
# brésilien de l'environnement (Ibama), par l'intermédiaire de son centre national …, le Prevfogo, et le ministère"
THROUGH = {fold(w) for w in "through via par por tramite attraverso mediante através über".split()}
# "bleibe an einer Zusammenarbeit mit der Schweiz interessiert", "intéressée par un partenariat avec le
# Vietnam": a company's wish, not a deal
INTERESTED = {fold(w) for w in (
    "interested intéressé intéressée intéressés interessiert interessierte interesado interesada interesados "
    "interessato interessata interessati interessado interessada interessados geïnteresseerd").split()}
# people as a sentence's subject: "los ciudadanos escriben a ChatGPT, trabajan con Gemini" is what people do, not
# the deal of the government named in the sentence before
PEOPLE = {fold(w) for w in (
    "citizens users people students pupils teachers doctors patients consumers customers readers voters families "
    "citoyens utilisateurs usagers eleves etudiants enseignants medecins patients consommateurs lecteurs familles gens "
    "burger nutzer schuler studenten lehrer arzte patienten verbraucher kunden leser menschen "
    "ciudadanos usuarios estudiantes alumnos profesores medicos pacientes consumidores lectores familias "
    "cittadini utenti studenti alunni insegnanti medici pazienti consumatori lettori famiglie "
    "cidadaos usuarios utilizadores estudantes alunos professores medicos pacientes consumidores leitores familias "
    "burgers gebruikers studenten leerlingen leraren artsen patienten consumenten lezers mensen").split()}
# "Helsing arbeitet bereits für die Bundeswehr": a company working *for* a government body supplies it
WORK_FOR = {fold(w) for w in "for für pour para per voor".split()}
WORK_WITH_GAP = 6   # words allowed between the verb and "with": "dal 2024", "al een jaar", "sinds vorig jaar"
BETWEEN = {fold(w) for w in "between entre zwischen tra fra tussen".split()}
# "is", "are", "was" in each language (not Italian "è", which folds to "e", "and"): a word before one does not sign
COPULAS = {fold(w) for w in "is are was were ist sind war waren est sont etait es son era eran sono erano sao foi zijn".split()}
# a relative pronoun after "with" that goes back to the company before it: "Mistral AI, mit der wir…", "OpenAI,
# with whom", "Google, con la que", "Anthropic, avec laquelle", "Cohere, con cui", "a AWS, com a qual"
RELATIVE_AFTER_WITH = {fold(w) for w in (
    "which whom der dem denen welcher welchem welchen laquelle lequel lesquels lesquelles qui quien quienes que cual cuales "
    "cui quale quali qual quais quem wie").split()}
# the relative pronoun opening a clause about the thing before it: "the memorandum …, which explores"
RELATIVE_SUBJECTS = {fold(w) for w in "which that que qui die der das welche welcher che dat wat".split()}
RELATIVE_WITH = {"waarmee"}   # Dutch joins them: "Cohere, waarmee het ministerie…"
# "heeft vijf teams geselecteerd, onder wie LG AI Research, Naver Cloud en Upstage": the list that follows names
# the chosen, not companies dealing with each other
INCLUDING = tuple(tuple(fold(w) for w in phrase.split()) for phrase in (
    "including", "among them", "onder wie", "onder meer", "waaronder", "darunter", "unter ihnen", "dont",
    "parmi lesquels", "parmi lesquelles", "tra cui", "tra questi", "entre ellos", "entre ellas", "entre los que",
    "entre eles", "entre elas", "incluindo", "incluyendo", "tra i quali"))
# "Anthropic, Cohere and Faculty are among the firms…", "gehören zu den Anbietern", "behoren tot de winnaars"
AMONG = {fold(w) for w in "among amongst parmi entre tra fra gehören gehört zählen behoren behoort".split()}
# "awarded to", "attribué à", "adjudicado à", "vergeben an", "gegund aan": the winner of an award.
TO_WORDS = {fold(w) for w in "to à a ad al ao an aan".split()}
# "to" and the singular article in one word, before a company word: "al gruppo americano", "ao grupo", "al grupo"
# (as written: Portuguese "à" folds to the article "a")
FUSED_TO = {"it": {"al", "allo", "alla"}, "es": {"al"}, "pt": {"ao", "à"}, "fr": {"au"}}
# "… om Nederlandse overheden een dienst aan te bieden", "per proporre agli enti pubblici": the people a
# deal is for (its beneficiaries), after "to" or "for".
BENEFICIARY_WORDS = TO_WORDS | {fold(w) for w in "om pour para per um to for ai agli alle alla allo aux aos as".split()}
# "Die Avatare kommen von Synthesia. Die Akademie schloss dafür einen Vertrag": "for it" points back to the
# company the sentence before named.
FOR_IT = {fold(w) for w in "daarvoor hiervoor dafür hierfür".split()}
FOR_IT_PHRASES = {("pour", "cela"), ("para", "ello"), ("para", "isso"), ("per", "questo")}
# "Het ministerie verlengde dat contract": a demonstrative before a deal word points back to the deal the
# sentence before described (not German "die", "das", the articles)
DEMONSTRATIVES = {fold(w) for w in (
    "this that ce cet cette dieser diese diesen dieses ese esa este esta estos aquel aquella questo questa quel "
    "quello quella esse essa aquele aquela deze dit").split()}
DEMONSTRATIVES_NL = {"dat", "die"}
# Words that may stand between "with" and the company: "avec les modèles d'OpenAI", "mit Software von Palantir".
WITH_BRIDGE = {fold(w) for w in (
    "models model tools technology technologies software services platform systems chatbot assistant of "
    "modèles modèle outils technologie technologies logiciel logiciels services plateforme systèmes d du des "
    "modellen modelle modell werkzeugen technologie software diensten plattform systemen von vom "
    "modelos modelo herramientas tecnología tecnologías servicios plataforma sistemas del "
    "modelli modello strumenti tecnologia tecnologie servizi piattaforma sistemi di della dello dei degli "
    "ferramentas tecnologias serviços plataforma sistemas do da dos das "
    "hulpmiddelen technologieën van "
    # "con la stessa OpenAI", "avec la même Microsoft"
    "same même mismo misma stesso stessa mesmo mesma dieselbe denselben derselben dezelfde hetzelfde"
).split()}
SAME = {fold(w) for w in (
    "same même mismo misma stesso stessa mesmo mesma dieselbe denselben derselben dasselbe demselben dezelfde "
    "hetzelfde").split()}
# Without a country in the article, a government word in these languages most likely means this government.
CURRENCY_HOME = {"BRL": "BRA", "GBP": "GBR", "INR": "IND", "CAD": "CAN", "AUD": "AUS", "JPY": "JPN", "CHF": "CHE"}
# Brazilian and European Portuguese spell and conjugate differently; which one an article is written
# in says which government "o ministério" most likely is when no country is named.
BRAZILIAN_MARKERS = re.compile(
    r"\b(?:econômic\w*|acadêmic\w*|gênero|fenômen\w*|anônim\w*|antônio|ônibus|registro|equipe|fato|contato|"
    r"usuári\w*|celular|arquivo|trem|governo federal|reais|prefeitura|"
    r"nesta (?:segunda|terça|quarta|quinta|sexta)-feira|"
    r"(?:está|estão|estava|estavam|vem|vêm|vai|vão|segue|seguem|continua|continuam) [a-zçáéíóú]+ndo)\b")
EUROPEAN_PT_MARKERS = re.compile(
    r"\b(?:económic\w*|académic\w*|género|fenómen\w*|anónim\w*|antónio|autocarro|registo|equipa|facto|"
    r"contacto|utilizador\w*|telemóvel|ficheiro|ecrã|comboio|euros?|concelho|freguesia|assembleia da república|"
    r"(?:está|estão|estava|estavam|anda|andam|continua|"
    r"continuam) a [a-zç]+[aei]r)\b")
# "talks with Anduril about the purchase of drones", "gesprekken … over de aankoop": a deal word after a
# meeting or talks and one of these is the topic of the talks, not a deal.
ABOUT = {fold(w) for w in "about over sur über sobre su regarding concerning inzake betreffende".split()}
TOPIC_WINDOW = 8
# "Italy was chosen by Microsoft", "choisie par Microsoft": the company acts on the country.
BY = {fold(w) for w in "by par von vom da dal dalla dai por pelo pela door".split()}
# The one federation that writes a language's "federal": Belgium in Dutch, Brazil in Portuguese (Spanish,
# French and English have several).
FEDERAL = {fold(w) for w in "federaal federale federal federais".split()}
# ISO 3166-1 codes of dependent territories: their governments are sub-national (New Caledonia, Bonaire,
# Greenland, Puerto Rico…), as the annotation rules treat a region's government
DEPENDENT_TERRITORIES = set(
    "ABW AIA ALA ASM ATF BES BLM BMU BVT CCK CUW CXR CYM FLK FRO GGY GIB GLP GRL GUF GUM HKG HMD IMN IOT JEY MAC "
    "MAF MNP MSR MTQ MYT NCL NFK PCN PRI PYF REU SGS SHN SJM SPM SXM TCA TKL UMI VGB VIR WLF".split())
FEDERATIONS = {"USA", "CAN", "MEX", "BRA", "ARG", "VEN", "DEU", "AUT", "CHE", "BEL", "RUS", "IND", "PAK", "NGA", "ETH",
               "AUS", "MYS", "ARE", "BIH", "NPL", "SOM", "SDN", "SSD", "IRQ"}
FEDERAL_HOME = {"nl": "BEL", "pt": "BRA", "it": "CHE"}   # "l'Ufficio federale della dogana" is Swiss
LANGUAGE_HOME = {"fr": "FRA", "de": "DEU", "es": "ESP", "it": "ITA", "pt": "PRT", "nl": "NLD"}
# The few countries whose government writes in these languages (Portuguese: the nine of the CPLP); English,
# French and Spanish are written by too many governments for a short list.
WRITTEN_BY = {"de": {"DEU", "AUT", "CHE", "LIE", "LUX", "BEL"}, "nl": {"NLD", "BEL", "SUR"},
              "it": {"ITA", "CHE", "SMR", "VAT"},
              "pt": {"PRT", "BRA", "AGO", "MOZ", "CPV", "GNB", "STP", "TLS", "GNQ"}}

# countries whose first-level regions are departments, and the word (lower case: not "Departamento de Estado")
DEPARTMENT_COUNTRIES = {"COL", "BOL", "PRY", "URY", "HND", "GTM", "SLV", "NIC", "HTI", "BEN"}
DEPARTMENT_WORDS = {"dipartimento", "departamento", "département", "departement", "department"}
# French and Iberian departments that are a government's when capitalised and followed by their remit (elsewhere
# "department" is a government word in the gazetteer)
REMIT_DEPARTMENTS = {fold(w) for w in "département departamento".split()}
# prepositions with the definite article in them: "pelo Departamento", "do Departamento", "del", "du"
ARTICLE_CONTRACTIONS = {fold(w) for w in "pelo pela do da no na del al du au".split()}
# "its new National Health Data Hub": a body being set up bears a known body's name without being it
NEW_WORDS = {fold(w) for w in (
    "new nouveau nouvel nouvelle neue neuen neuer neues nuevo nueva nuovo nuova novo nova nieuwe nieuw").split()}
# remits written with a capital after such a department: never a region's name
REMIT_NOUNS = {fold(w) for w in (
    "estadística estatística statistique statistiques agricultura agriculture hacienda finanzas finanças finances "
    "trabajo trabalho travail aduanas alfândegas douanes meteorología meteorologia météorologie informática "
    "informatique salud saúde santé educación educação éducation justicia justiça justice transportes transports "
    "energía energia énergie").split()}
# Italian "ci" is "us" before an auxiliary ("ci ha affidato", "ci aveva scelti"), elsewhere often "there" ("ci sono")
IT_AUXILIARIES = {"ha", "hanno", "aveva", "avevano", "avrebbe", "avrebbero"}
WITHHELD_AT_SOURCE = ("a", "la", "source")   # "retenue à la source": a withholding tax, not a tender's choice
# "nenhum governo estrangeiro terá acesso aos arquivos": no *foreign* government is not the party denying a deal
FOREIGN = {fold(w) for w in (
    "foreign étranger étrangère étrangers étrangères ausländische ausländischer ausländisches ausländischen "
    "extranjero extranjera extranjeros extranjeras straniero straniera stranieri straniere estrangeiro estrangeira "
    "estrangeiros estrangeiras buitenlandse buitenlands").split()}
# the words of a denial that a government is party to a deal: "is not a party", "geen partij", "nicht beteiligt"
PARTY_WORDS = {"party", "parties", "partie", "partij", "parte", "vertragspartei", "beteiligt"}
# the words for a court, which name the party when a court signs ("the court announced")
COURT_WORDS = {"court", "courts", "gericht", "tribunal", "tribunales", "juzgado", "tribunaux", "tribunale", "tribunali",
               "tribunais", "rechtbank", "corte", "cour"}
# the courts as places that use a system ("nei tribunali di Nairobi"); the singular is a lawsuit's ("in court")
COURTS_PLURAL = {"courts", "tribunales", "juzgados", "tribunaux", "tribunali", "tribunais", "gerichte", "gerichten",
                 "rechtbanken", "corti", "cours"}
# "die Zollverwaltung des Landes", "the tax office of the country": the country the story is about
OF_THE_COUNTRY = {("des", "landes"), ("of", "the", "country"), ("du", "pays"), ("del", "pais"), ("do", "pais"),
                  ("van", "het", "land"), ("del", "paese")}

# a state body named for data protection or competition is a regulator: "Georgia's Personal Data Protection Service"
DATA_WORDS = {"data", "datos", "dati", "dados", "donnees", "daten", "gegevens", "privacy", "consumer", "consumers"}
PROTECTION_WORDS = {"protection", "proteccion", "protezione", "protecao", "privacy", "consumer", "consumers"}
COMPETITION_WORDS = {"competition", "concurrence", "competencia", "concorrenza", "concorrencia", "wettbewerb", "mededinging"}
# "Fair Trade Commission", "Comisión de Comercio Justo": Taiwan's, Japan's and Korea's competition authorities
FAIR_TRADE = ({"fair", "trade"}, {"comercio", "justo"}, {"commerce", "equitable"}, {"commercio", "equo"},
              {"eerlijke", "handel"}, {"fairen", "handel"})
# "the supply chain", "la cadena de suministro": an industry's chain, not a purchase
CHAIN_WORDS = {fold(w) for w in "chain chains cadena cadenas chaîne chaînes catena catene cadeia cadeias keten ketens".split()}
