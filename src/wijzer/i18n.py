"""The message catalogue for what Wijzer itself says (not the pack's texts)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

MESSAGES: dict[str, tuple[str, str]] = {
    # (Dutch, English)
    "text.empty": ("De tekst is leeg. Geef de tekst van je bericht.",
                   "The text is empty. Give the text of your post."),
    "text.too_long": ("De tekst is {length} tekens lang; Wijzer controleert tot {limit} tekens. "
                      "Kort de tekst in of controleer hem in delen.",
                      "The text is {length} characters long; Wijzer checks up to {limit} "
                      "characters. Shorten it or check it in parts."),
    "text.binary": ("{source} bevat geen tekst (binaire gegevens).",
                    "{source} contains no text (binary data)."),
    "text.not_utf8": ("{source} is geen UTF-8-tekst (fout bij byte {position}). "
                      "Sla het bestand op als UTF-8.",
                      "{source} is not UTF-8 text (error at byte {position}). "
                      "Save the file as UTF-8."),
    "file.missing": ("Bestand niet gevonden: {path}", "File not found: {path}"),
    "file.unreadable": ("Bestand kan niet gelezen worden: {path} ({reason})",
                        "Cannot read file: {path} ({reason})"),
    "file.too_large": ("{path} is {size} bytes; het maximum is {limit} bytes.",
                       "{path} is {size} bytes; the limit is {limit} bytes."),
    "platform.unknown": ("Onbekend platform '{platform}'. Kies uit: {choices}.",
                         "Unknown platform '{platform}'. Choose from: {choices}."),
    "date.invalid": ("'{value}' is geen geldige datum. Gebruik JJJJ-MM-DD, bijvoorbeeld "
                     "2026-03-04.",
                     "'{value}' is not a valid date. Use YYYY-MM-DD, for example 2026-03-04."),
    "image.unreadable": ("Afbeelding kan niet gelezen worden: {path} ({reason})",
                         "Cannot read image: {path} ({reason})"),
    "image.reason.missing": ("bestand niet gevonden", "file not found"),
    "image.reason.not_file": ("geen gewoon bestand", "not a regular file"),
    "image.reason.not_image": ("geen JPEG-, PNG-, TIFF-, GIF- of WebP-afbeelding",
                               "not a JPEG, PNG, TIFF, GIF or WebP image"),
    "image.reason.damaged": ("beschadigd of afgebroken bestand: {detail}",
                             "damaged or truncated file: {detail}"),
    "image.reason.too_large": ("bestand is {size} bytes, het maximum is {limit}",
                               "file is {size} bytes, the limit is {limit}"),
    "image.reason.empty": ("leeg bestand", "empty file"),
    "image.reason.os": ("leesfout: {detail}", "read error: {detail}"),
    "image.reason.pixels": ("afbeelding van {width}x{height} pixels is te groot",
                            "image of {width}x{height} pixels is too large"),
    "image.reason.bomb": ("afbeelding te groot (mogelijk een decompressiebom)",
                          "image too large (possible decompression bomb)"),
    "image.reason.parse": ("{format} kan niet worden ontleed ({detail})",
                           "cannot parse {format} ({detail})"),
    "jsonl.invalid": ("Regel {line}: {problem}", "Line {line}: {problem}"),
    "jsonl.bad_json": ("geen geldige JSON ({detail})", "not valid JSON ({detail})"),
    "jsonl.not_object": ("verwacht een JSON-object", "expected a JSON object"),
    "jsonl.bad_field": ("veld '{field}': {problem}", "field '{field}': {problem}"),
    "field.required": ("ontbreekt", "is missing"),
    "field.type": ("moet {expected} zijn", "must be {expected}"),
    "pack.unknown": ("Beleidspakket '{name}' niet gevonden. Beschikbaar: {choices}. "
                     "Of geef het pad van een pakketmap.",
                     "Policy pack '{name}' not found. Available: {choices}. "
                     "Or give the path of a pack folder."),
    "pack.invalid": ("Fout in beleidspakket, {path} regel {line}: {problem}",
                     "Error in policy pack, {path} line {line}: {problem}"),
    "pack.extra_key": ("onbekende sleutel '{key}'", "unknown key '{key}'"),
    "pack.missing_key": ("verplichte sleutel '{key}' ontbreekt", "required key '{key}' is missing"),
    "pack.unknown_type": ("onbekend regeltype '{type}'; geldige typen: {choices}",
                          "unknown rule type '{type}'; valid types: {choices}"),
    "pack.unknown_ref": ("onbekende {kind} '{value}'", "unknown {kind} '{value}'"),
    "pack.duplicate_ref": ("dubbele {kind} '{value}'", "duplicate {kind} '{value}'"),
    "ask.synonym_twice": ("'{entry}' staat al in de groep op regel {line}; een woord hoort in "
                          "één groep",
                          "'{entry}' is already in the group on line {line}; a word belongs in "
                          "one group"),
    "ask.empty": ("De vraag is leeg. Stel een vraag, bijvoorbeeld: wijzer ask \"Mag ik nieuws "
                  "van de provincie delen?\"",
                  "The question is empty. Ask a question, for example: wijzer ask \"May I "
                  "share the province's news?\""),
    "ask.too_long": ("De vraag is {length} tekens lang; Wijzer beantwoordt vragen tot {limit} "
                     "tekens. Stel een kortere vraag.",
                     "The question is {length} characters long; Wijzer answers questions of up "
                     "to {limit} characters. Ask a shorter question."),
    "ask.other_language": ("Wijzer beantwoordt alleen vragen in het Nederlands of het Engels. "
                           "Stel je vraag in een van die talen.",
                           "Wijzer only answers questions in Dutch or English. Please ask in "
                           "one of those languages."),
    "ask.no_answer": ("Daar heb ik geen goed antwoord op: de richtlijn zegt er niets "
                      "duidelijks over. Vraag het {contact}.",
                      "I have no good answer to that: the guideline says nothing clear about "
                      "it. Please ask {contact}."),
    "rule.unknown": ("Onbekende regel '{rule}'. Zie 'wijzer rules' voor de lijst.",
                     "Unknown rule '{rule}'. See 'wijzer rules' for the list."),
    "model.missing": ("Het classificatiemodel {path} ontbreekt. Maak het met "
                      "'wijzer train'.",
                      "The classifier model {path} is missing. Build it with 'wijzer train'."),
    "usage.no_text": ("Geef een tekst, --file PAD, --input BESTAND.jsonl of tekst via "
                      "standaardinvoer.",
                      "Give a text, --file PATH, --input FILE.jsonl or text on standard input."),
    "usage.conflict": ("Gebruik maar één van: tekst, --file, --input.",
                       "Use only one of: text, --file, --input."),
    "usage.jsonl_format": ("--format jsonl hoort bij --input.",
                           "--format jsonl goes with --input."),
    "batch.failed_lines": ("{count} regel(s) konden niet worden gecontroleerd.",
                           "{count} line(s) could not be checked."),
    "interrupted": ("Afgebroken.", "Interrupted."),
    "internal": ("Er ging iets mis in Wijzer zelf (geen fout van jou). Meld het aan de beheerder; "
                 "met WIJZER_DEBUG=1 zie je de details.",
                 "Something went wrong inside Wijzer (not your mistake). Please report it; "
                 "WIJZER_DEBUG=1 shows the details."),
    "usage.invalid": ("ongeldige aanroep: {detail}\n{usage}\nZie 'wijzer --help'.",
                      "invalid call: {detail}\n{usage}\nSee 'wijzer --help'."),
    "train.needs_sklearn": ("Trainen vraagt scikit-learn: pip install 'wijzer[train]'.",
                            "Training needs scikit-learn: pip install 'wijzer[train]'."),
    "ask.ranker_missing": ("het antwoordmodel {name} ontbreekt; maak het met 'wijzer train-ask'",
                           "the answer model {name} is missing; build it with "
                           "'wijzer train-ask'"),
    "ask.ranker_damaged": ("het antwoordmodel {name} is beschadigd of van een andere "
                           "Wijzer-versie; maak het opnieuw met 'wijzer train-ask'",
                           "the answer model {name} is damaged or from another Wijzer "
                           "version; build it again with 'wijzer train-ask'"),
    "ask.ranker_stale": ("het antwoordmodel kent '{label}', dat niet (meer) in faq.yml of "
                         "guideline.yml staat; maak het opnieuw met 'wijzer train-ask'",
                         "the answer model knows '{label}', which is not (or no longer) in "
                         "faq.yml or guideline.yml; build it again with 'wijzer train-ask'"),
    "train.bad_question": ("{path} regel {line}: {reason}. Elke regel is een JSON-object met "
                           "question, faq, guideline en no_answer.",
                           "{path} line {line}: {reason}. Every line is a JSON object with "
                           "question, faq, guideline and no_answer."),
    "train_ask.no_output": ("Dit pakket noemt geen antwoordmodel in faq.yml (ranker:); geef "
                            "--output.",
                            "This pack names no answer model in faq.yml (ranker:); give "
                            "--output."),
    "train_ask.bad_c": ("--c moet groter dan 0 zijn.", "--c must be greater than 0."),
    "train.no_data": ("Geen trainingsdata gevonden in {path}.",
                      "No training data found in {path}."),
    "audit.unknown_format": ("{path} is geen bekende export. Wijzer leest: {formats}.",
                             "{path} is not a known export. Wijzer reads: {formats}."),
    "audit.corrupt_archive": ("{path} is beschadigd en kan niet gelezen worden ({reason}). "
                              "Download de export opnieuw.",
                              "{path} is damaged and cannot be read ({reason}). "
                              "Download the export again."),
    "audit.truncated": ("{path} is onvolledig (afgebroken download?) en kan niet gelezen "
                        "worden ({reason}). Download de export opnieuw.",
                        "{path} is incomplete (an interrupted download?) and cannot be read "
                        "({reason}). Download the export again."),
    "audit.zip_bomb": ("{path} wordt geweigerd: {member} pakt {ratio} keer zo groot uit "
                       "(maximaal {limit} keer). Dit lijkt een zip-bom.",
                       "{path} is refused: {member} expands {ratio} times (at most {limit} "
                       "times). This looks like a zip bomb."),
    "audit.too_large": ("{path} wordt geweigerd: de te lezen bestanden zijn uitgepakt {size} "
                        "bytes; het maximum is {limit} bytes.",
                        "{path} is refused: the files to read are {size} bytes uncompressed; "
                        "the limit is {limit} bytes."),
    "audit.member_too_large": ("{path} wordt geweigerd: {member} is {size} bytes; het maximum "
                               "is {limit} bytes.",
                               "{path} is refused: {member} is {size} bytes; the limit is "
                               "{limit} bytes."),
    "audit.too_many_members": ("{path} wordt geweigerd: {count} bestanden; het maximum is "
                               "{limit}.",
                               "{path} is refused: {count} files; the limit is {limit}."),
    "audit.no_text_column": ("{path} heeft geen kolom met de tekst. Noem die kolom een van: "
                             "{expected}. Gevonden kolommen: {columns}.",
                             "{path} has no column with the text. Name it one of: {expected}. "
                             "Columns found: {columns}."),
    "audit.output_not_folder": ("{path} is een bestand, geen map. Geef met --output een map "
                                "voor het rapport.",
                                "{path} is a file, not a folder. Give a folder for the report "
                                "with --output."),
    "audit.output_exists": ("In {path} staat al een rapport ({files}). Kies een andere map, of "
                            "gebruik --force om het te vervangen.",
                            "{path} already holds a report ({files}). Choose another folder, "
                            "or use --force to replace it."),
    "audit.output_unwritable": ("Kan niet schrijven in {path} ({reason}). Er is geen half "
                                "rapport achtergebleven.",
                                "Cannot write in {path} ({reason}). No partial report was "
                                "left behind."),
    "audit.unknown_field": ("Onbekend vakgebied '{field}'. Kies uit: {choices}.",
                            "Unknown field '{field}'. Choose from: {choices}."),
    "audit.unknown_output_format": ("Onbekend uitvoerformaat '{value}'. Kies uit: {choices}.",
                                    "Unknown output format '{value}'. Choose from: {choices}."),
    "audit.progress": ("{done} van {total} berichten", "{done} of {total} posts"),
    "audit.progress_open": ("{done} berichten", "{done} posts"),
    "audit.done": ("Klaar: {posts} berichten gelezen, {look} om nog eens naar te kijken. "
                   "Rapport: {path}",
                   "Done: {posts} posts read, {look} worth another look. Report: {path}"),
    "audit.skipped": ("Let op: {count} record(s) zijn overgeslagen; het rapport zegt welke en "
                      "waarom.",
                      "Note: {count} record(s) were skipped; the report says which and why."),
}


def fill(catalogue: Mapping[str, tuple[str, str]], code: str, lang: str = "nl",
         **params: Any) -> str:
    """The message for ``code`` from a (Dutch, English) catalogue in ``lang``, filled in;
    an unknown code is returned as it is, a template that does not fit its params unfilled.
    Every catalogue of Wijzer (this one, learn, audit, web) is read through this."""
    dutch, english = catalogue.get(code, (code, code))
    template = english if lang == "en" else dutch
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):
        return template


def translate(code: str, lang: str = "nl", **params: Any) -> str:
    """The message for ``code`` in ``lang`` ("nl" or "en"), filled in."""
    return fill(MESSAGES, code, lang, **params)
