"""Write the briefs for a new held-out gold part, and check what the annotators wrote.

A held-out part is 10 articles per language, written by one annotator per language who never sees the
extractor (tests/data/gold/README.md). Each language gets a region, rotated so that no language has the same
region in two parts in a row and the seven languages cover the seven regions.

    .venv/bin/python scripts/gold_part.py brief --part 94 --out /tmp/annot   # one brief per language
    .venv/bin/python scripts/gold_part.py check /tmp/gold94/fr.yaml --part 94 --language fr

Give each annotator one line: "Read /tmp/annot/brief94-fr.md and do exactly what it says." The check is the one
the brief asks them to run; run it again before swapping the part in.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

import pycountry
import yaml

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "data" / "gold"
FIRST_ID, PART_SIZE, FIRST_PART = 125, 10, 16   # as in scripts/rules_of_the_day.py
LANGUAGES = {"de": "German", "en": "English", "es": "Spanish", "fr": "French", "it": "Italian", "nl": "Dutch",
             "pt": "Portuguese (Brazilian or European)"}
REGIONS = (
    "Latin America and the Caribbean (e.g. Brazil, Mexico, Chile, Colombia, Peru, Argentina, Uruguay, Costa Rica, "
    "Panama, Dominican Republic, Ecuador, Paraguay)",
    "the Middle East and North Africa (e.g. Saudi Arabia, UAE, Qatar, Bahrain, Oman, Kuwait, Jordan, Egypt, Morocco, "
    "Tunisia, Algeria, Israel, Iraq)",
    "East Asia and Oceania (e.g. Japan, South Korea, Taiwan, Mongolia, Australia, New Zealand, Fiji, Papua New Guinea, "
    "Singapore)",
    "Central and Eastern Europe, the Balkans, the Caucasus and Central Asia (e.g. Poland, Czechia, Romania, Serbia, "
    "Albania, Georgia, Armenia, Kazakhstan, Uzbekistan, Estonia, Lithuania, Slovenia)",
    "Western and Northern Europe and the EU institutions (e.g. Ireland, the UK, Belgium, the Netherlands, Luxembourg, "
    "Austria, Switzerland, Denmark, Norway, Iceland, Portugal, Greece; the EU Commission is EUU)",
    "South and Southeast Asia (e.g. India, Pakistan, Bangladesh, Sri Lanka, Nepal, Vietnam, Thailand, Malaysia, "
    "Indonesia, the Philippines, Cambodia)",
    "Sub-Saharan Africa (e.g. Nigeria, Kenya, Ghana, Rwanda, Senegal, Côte d'Ivoire, Ethiopia, South Africa, Angola, "
    "Mozambique, Cabo Verde, Tanzania, Botswana)",
)
RELATION_TYPES = {"partnership", "procurement", "investment", "regulation", "litigation", "other"}
FAMILY = {"partnership", "procurement"}
UNITS = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen " \
        "seventeen eighteen nineteen".split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
ORDINAL_OF = {"one": "first", "two": "second", "three": "third", "five": "fifth", "eight": "eighth", "nine": "ninth",
              "twelve": "twelfth"}


def ordinal(n: int) -> str:
    """ "ninety-fourth", "hundred-and-first" (the gold README names parts this way)."""
    if n >= 100:
        return "hundredth" if n == 100 else "hundred-and-" + ordinal(n - 100)
    words = UNITS[n] if n < 20 else TENS[n // 10] + ("" if n % 10 == 0 else "-" + UNITS[n % 10])
    last = words.split("-")[-1]
    if last in ORDINAL_OF:
        return words[: -len(last)] + ORDINAL_OF[last]
    return words[:-1] + "ieth" if last.endswith("y") else words + "th"


def first_id(part: int) -> int:
    return FIRST_ID + PART_SIZE * (part - FIRST_PART)


# Each part moves every language one region on. The offset makes part 94, the first briefed by this script, repeat
# none of the regions that the hand-made briefs of parts 92 and 93 gave each language.
ROTATION_OFFSET = 4


def region(part: int, language: str) -> str:
    return REGIONS[(list(LANGUAGES).index(language) + part + ROTATION_OFFSET) % len(REGIONS)]


def brief(part: int, language: str, out: Path) -> str:
    name, first, nth = LANGUAGES[language], first_id(part), ordinal(part)
    return f"""# Brief: {name} gold articles, {nth} held-out part of the pactwatch gold set

You write 10 short news articles in {name}, annotated for the pactwatch gold set. pactwatch extracts
partnerships between **governments** and **AI companies** from news. Your part is held out: it will be
scored once to measure how well the extractor does on text it was never tuned on. So:

- **Do not read anything under {ROOT}/pactwatch/** (the extractor's code and word lists), nor any test under
  {ROOT}/tests/extract/. Writing to fit the extractor would spoil the measurement.
- Do read, fully: {ROOT}/docs/annotation-rules.md (what a pair is, relation types, the organisation ids) and
  the sections "How it was written" and "Edge cases decided" of {GOLD}/README.md.
- Look at {GOLD}/{language}-holdout.yaml for the exact file format (an earlier part, same language).
- Do not modify any file under {ROOT}. Write only your output file.

## Output
`{out}/{language}.yaml`. First line exactly:
`# Gold evaluation set, {name.split()[0]}, {nth} held-out part. See tests/data/gold/README.md and docs/annotation-rules.md.`
Then a YAML list of 10 items, ids `{language}-{first}` to `{language}-{first + 9}` in order, each with `id`,
`language: {language}`, `split: holdout`, `title` (quoted), `text: |` (paragraphs separated by blank lines), and
`pairs` (a list of `{{country: ISO3, organization: id, relation_type: ...}}`, or `[]`).

## Content
- Region: set the stories in **{region(part, language)}**. The government party must be a national government of
  this region (or its agencies, ministries, armed forces, courts as users, national public services). Foreign
  governments may appear in passing.
- Exactly **5 positives** (at least one `partnership` or `procurement` pair) and **5 hard negatives** (no
  partnership-family pair). At least **2 positives must have 2 or 3 partnership-family pairs** (a past deal
  mentioned in passing, two companies in one programme, two governments in one agreement).
- Hard negatives look like deals but are not, each a different kind: a regulator's fine or investigation; a
  lawsuit; a company's investment with no agreement with the government; a city's or region's deal; a
  company-to-company deal aimed at the public sector; failed talks, a rumour, a tender still open, a deal
  cancelled before signing; a minister's speech praising a company; an office opening. Annotate their
  non-partnership pairs too (regulation, litigation, investment, other) when the text links a national
  government party to the company, as the rules say.
- Use at least 6 different organisation ids across the file's pairs, only ids from {GOLD}/organizations.txt.
  Organisations not in that list may appear but are never annotated.
- Vary the styles: wire story, ministry press release, company newsroom post, analysis piece, trade press, a
  regional paper. At most one newsletter-style item and at most one story about a lost tender. No court-transcript
  story.
- 120–260 words each, natural native {name} as a journalist would write it: vary how the government is named
  (ministry names, ministers by title, agencies, metonyms, "the government"), how the deal is described, and where
  in the text the deal appears (not always the first sentence).
- Facts from the public record are fine; invented but plausible deals are fine. Never copy sentences from real
  articles.
- Titles must be new: check `grep -h 'title:' {GOLD}/*.yaml` and do not repeat a story already there (same country,
  company and event).

## Check
Run `{ROOT}/.venv/bin/python {ROOT}/scripts/gold_part.py check {out}/{language}.yaml --part {part} --language {language}`
and fix every error until it prints OK. Then reread each item against the annotation rules: is every national
government–organisation pair the text states listed, with the right type, and nothing more?

## Reply
When done, reply with one line per item: id, positive/negative, pairs (country–org type), and a five-word gist.
Nothing else.
"""


def check(path: Path, part: int, language: str) -> list[str]:
    """What is wrong with an annotator's file; empty when it is ready to swap in."""
    organizations = {line.split("#")[0].strip() for line in (GOLD / "organizations.txt").read_text().splitlines()} - {""}
    countries = {c.alpha_3 for c in pycountry.countries} | {"EUU"}
    existing = {m.group(1).strip().strip("'\"").lower() for f in GOLD.glob("*.yaml")
                for m in re.finditer(r"^\s*title:\s*(.*)$", f.read_text(encoding="utf-8"), re.M)}
    raw = path.read_text(encoding="utf-8")
    errors = [] if raw.startswith("# Gold evaluation set") else ["the first line must be the header comment"]
    items = yaml.safe_load(raw)
    if not isinstance(items, list) or len(items) != PART_SIZE:
        return errors + [f"the file must be a YAML list of exactly {PART_SIZE} items"]
    positives = several = 0
    named: set[str] = set()
    for item, want in zip(items, (f"{language}-{first_id(part) + k}" for k in range(PART_SIZE)), strict=True):
        i = item.get("id")
        errors += [f"{i}: id should be {want}"] if i != want else []
        errors += [f"{i}: language must be {language}"] if item.get("language") != language else []
        errors += [f"{i}: split must be holdout"] if item.get("split") != "holdout" else []
        title = (item.get("title") or "").strip()
        errors += [f"{i}: title missing or already used"] if not title or title.lower() in existing else []
        words = len((item.get("text") or "").split())
        errors += [f"{i}: {words} words (want 120-260)"] if not 110 <= words <= 300 else []
        pairs = item.get("pairs")
        if not isinstance(pairs, list):
            errors.append(f"{i}: pairs must be a list ([] for none)")
            continue
        seen, family = set(), 0
        for p in pairs:
            key = (p.get("country"), p.get("organization"))
            errors += [f"{i}: bad country {key[0]}"] if key[0] not in countries else []
            errors += [f"{i}: organisation {key[1]} not in organizations.txt"] if key[1] not in organizations else []
            errors += [f"{i}: bad relation_type {p.get('relation_type')}"] if p.get("relation_type") not in RELATION_TYPES else []
            errors += [f"{i}: pair {key} listed twice (one pair, one type)"] if key in seen else []
            seen.add(key)
            named.add(key[1])
            family += p.get("relation_type") in FAMILY
        positives += family > 0
        several += 2 <= family <= 3
        errors += [f"{i}: more than 3 partnership-family pairs"] if family > 3 else []
    errors += [f"{positives} positives; want 5 and 5 negatives"] if positives != 5 else []
    errors += [f"{several} positives with 2-3 partnership-family pairs; want at least 2"] if several < 2 else []
    errors += [f"{len(named)} organisation ids across the pairs; want at least 6"] if len(named) < 6 else []
    return errors


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    b = sub.add_parser("brief", help="write one brief per language")
    b.add_argument("--part", type=int, required=True)
    b.add_argument("--out", type=Path, required=True, help="where the briefs go; the annotators write to OUT/goldN/")
    c = sub.add_parser("check", help="check an annotator's file")
    c.add_argument("file", type=Path)
    c.add_argument("--part", type=int, required=True)
    c.add_argument("--language", choices=LANGUAGES, required=True)
    args = parser.parse_args()
    if args.command == "brief":
        gold_out = args.out / f"gold{args.part}"
        gold_out.mkdir(parents=True, exist_ok=True)
        for language in LANGUAGES:
            path = args.out / f"brief{args.part}-{language}.md"
            path.write_text(brief(args.part, language, gold_out), encoding="utf-8")
            print(f"{path}: {region(args.part, language).split(' (')[0]}")
        return
    errors = check(args.file, args.part, args.language)
    print("\n".join(f"ERROR: {e}" for e in errors) or "OK")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
