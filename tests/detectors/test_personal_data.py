"""Rule type ``personal_data.v1``: every recogniser, the allow-lists and hostile input."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import pytest
import yaml
from pydantic import ValidationError

from wijzer.detectors.base import CheckContext, Hit
from wijzer.detectors.pii.allow import national_digits
from wijzer.detectors.pii.detector import PersonalDataDetector
from wijzer.detectors.pii.fields import clean
from wijzer.detectors.registry import build_detector
from wijzer.domain import Attachment, Post
from wijzer.pack.loader import PACKS_DIR
from wijzer.pack.model import Pack

ROOT = PACKS_DIR / "zeeland"
TEXT = ["bsn", "iban", "phone", "email", "address", "plate", "health", "case"]


def _load(path: Path) -> Any:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def pd_pack(bare_pack: Pack) -> Pack:
    """The bundled pack's data without its rules, so only this rule type is involved."""
    return bare_pack


def _detector(pack: Pack, recognisers: list[str], **params: Any) -> PersonalDataDetector:
    detector = build_detector("personal_data.v1", {"recognisers": recognisers, **params}, pack)
    assert isinstance(detector, PersonalDataDetector)
    return detector


def _hits(pack: Pack, text: str, recognisers: list[str] | None = None,
          notes: tuple[str, ...] = (), **params: Any) -> list[Hit]:
    detector = _detector(pack, recognisers or TEXT, **params)
    post = Post(text=text, attachments=tuple(Attachment(note=note) for note in notes))
    return detector.detect(CheckContext(post, pack))


def _flagged(pack: Pack, text: str, recognisers: list[str] | None = None, **params: Any) -> bool:
    return any(hit.score >= 0.5 for hit in _hits(pack, text, recognisers, **params))


def _spans(pack: Pack, text: str, recognisers: list[str]) -> list[str]:
    return [text[h.start:h.end] for h in _hits(pack, text, recognisers) if h.score >= 0.5]


# --- BSN -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Kun je dit even checken: BSN 111222333.",
    "Burgerservicenummer 1112.22.333 staat verkeerd in het systeem.",
    "Zijn sofinummer is 111 222 333, zet het maar in het dossier.",
    "Het nummer 111222333 van meneer De Wit klopt niet.",
])
def test_bsn_valid_is_flagged(pd_pack: Pack, text: str) -> None:
    assert _flagged(pd_pack, text, ["bsn"])


def test_bsn_failing_eleven_test_needs_strong_context(pd_pack: Pack) -> None:
    assert not _flagged(pd_pack, "Er waren 123456789 bezoekers in totaal.", ["bsn"])
    assert not _flagged(pd_pack, "Referentie 123456789 graag vermelden.", ["bsn"])
    assert _flagged(pd_pack, "Zijn BSN is 123456789, kun je het opzoeken?", ["bsn"])


@pytest.mark.parametrize("text", [
    "Ons ordernummer voor de nieuwe fietsen is 111222333, levering in mei.",
    "De provincie investeert € 125.000.000 in de kust.",
    "Een bedrag van 111.222.333 euro gaat naar de dijken.",
    "Bel 0612345678 voor info.",
    "Zaaknummer 2026-111222333 is afgehandeld.",
    "Postcode 4331 AB en huisnummer 12.",
])
def test_bsn_false_positives(pd_pack: Pack, text: str) -> None:
    assert not _flagged(pd_pack, text, ["bsn"])


# --- IBAN ----------------------------------------------------------------------------------

@pytest.mark.parametrize("iban", ["NL91 ABNA 0417 1643 00", "NL91ABNA0417164300",
                                  "nl91abna0417164300", "BE71 0961 2345 6769",
                                  "DE89 3704 0044 0532 0130 00"])
def test_iban_valid(pd_pack: Pack, iban: str) -> None:
    text = f"Maak het geld over naar haar rekening {iban} voor vrijdag."
    assert _spans(pd_pack, text, ["iban"]) == [iban]


@pytest.mark.parametrize("text", [
    "Maak het over naar NL92 ABNA 0417 1643 00 voor vrijdag.",
    "Het project NL2026 loopt nog.",
    "Steun het Zeeuwse Landschap: doneer op NL91 ABNA 0417 1643 00 t.n.v. Stichting Landschap.",
])
def test_iban_invalid_or_organisation(pd_pack: Pack, text: str) -> None:
    assert not _flagged(pd_pack, text, ["iban"])


# --- phone numbers -------------------------------------------------------------------------

MOBILES = ["06-12345678", "06 12 34 56 78", "0612345678", "06-1234 5678", "06 - 12345678",
           "+31 6 12345678", "+31 (0)6 12345678", "+31(0)6-12345678", "+316 12 34 56 78",
           "0031 6 12345678", "0031612345678", "+31 6 1234 5678", "06.12.34.56.78"]
LANDLINES = ["0118-123456", "0118 123456", "010 123 4567", "010-1234567", "0113-572194",
             "(0113) 572194", "+31 113 572 194", "+31 (0)113 572194", "020 - 123 45 67"]


@pytest.mark.parametrize("number", MOBILES)
def test_mobile_formats(pd_pack: Pack, number: str) -> None:
    text = f"Het nummer van die meneer is {number}, bel hem even."
    assert _spans(pd_pack, text, ["phone"]) == [number]


@pytest.mark.parametrize("number", LANDLINES)
def test_landline_formats_with_third_party_context(pd_pack: Pack, number: str) -> None:
    text = f"Haar nummer is {number}, bel haar gerust."
    assert _spans(pd_pack, text, ["phone"]) == [number]


def test_landline_alone_is_not_enough(pd_pack: Pack) -> None:
    assert not _flagged(pd_pack, "Reserveren kan via 0113-572194.", ["phone"])


def test_international_mobile(pd_pack: Pack) -> None:
    assert _flagged(pd_pack, "Zijn Belgische nummer: +32 470 12 34 56.", ["phone"])


@pytest.mark.parametrize("text", [
    "De weg is dicht op 12-03-2026 en 01-04-2026.",
    "Op 06-12-2025 13:00 begint de bijeenkomst.",
    "We starten om 07.30 en stoppen om 16.00 uur.",
    "Van 07.30 - 08.30 uur is er inloop.",
    "Het project kost €1.250.000 en loopt tot 2027.",
    "Ordernummer 0612345678 is verzonden.",
    "Bel gratis 0800-1234 of 0900-8844 voor de politie.",
    "Ons bedrijfsnummer 088-1234567 is altijd bereikbaar.",
    "In 2024-2025 groeide het aantal fietsers met 12,5%.",
    "Werk aan de N57 en de A58 bij hectometerpaal 12.3.",
    "Postcode 4331 AB 12 is ons kantoor.",
    "Toestel 6123 of 112 in nood.",
    "0000000000 en 0612 en 06123",
])
def test_phone_false_positives(pd_pack: Pack, text: str) -> None:
    assert not _flagged(pd_pack, text, ["phone"])


@pytest.mark.parametrize("text", [
    "Vacature bij ons team! Vragen? Bel of app mij: 06-12345678.",
    "Mail me gerust of bel me op 06 12 34 56 78.",
    "Mijn nummer voor de carpool is 0612345678.",
    "Vragen? Bel het algemene nummer 0118 631 011.",
    "Bel de provincie: +31 118 631 011 of 0118-631011.",
    "Bel me: 0118 631 234 (werk).",
])
def test_phone_own_work_and_public_numbers(pd_pack: Pack, text: str) -> None:
    assert not _flagged(pd_pack, text, ["phone"])


def test_phone_third_party_context_raises(pd_pack: Pack) -> None:
    hits = _hits(pd_pack, "Dit is het privénummer van Kees: 06-48213377.", ["phone"])
    assert hits and hits[0].score > 0.9
    assert "48213377" not in hits[0].explanation


@pytest.mark.parametrize(("raw", "digits"), [
    ("06-12345678", "612345678"), ("+31 (0)6 1234 5678", "612345678"),
    ("0031 118 631 011", "118631011"), ("0118 631*", "118631"),
])
def test_national_digits(raw: str, digits: str) -> None:
    assert national_digits(raw.rstrip("*")) == digits


# --- e-mail --------------------------------------------------------------------------------

def test_email_kinds(pd_pack: Pack) -> None:
    assert _flagged(pd_pack, "Stuur het naar p.goedhart1968@hotmail.com", ["email"])
    assert _flagged(pd_pack, "Zijn mailadres is jan.devries@arcadis.nl", ["email"])
    assert not _flagged(pd_pack, "Collega's, mail j.devries@zeeland.nl voor het rooster.",
                        ["email"])
    assert _flagged(pd_pack, "Aanmelden bij Roos: roos.vandeweerd [at] gmail.com", ["email"])


@pytest.mark.parametrize("text", [
    "Vragen? Mail naar info@zeeland.nl of provincie@zeeland.nl.",
    "Aanmelden via info@zeeuwsebibliotheek.nl.",
    "Mail me gerust op m.dekker@zeeland.nl.",
    "Volg @provinciezeeland en @omroepzeeland voor updates.",
    "Schrijf je in via werkenbij@zeeland.nl.",
])
def test_email_passes(pd_pack: Pack, text: str) -> None:
    assert not _flagged(pd_pack, text, ["email"])


# --- addresses -----------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "span"), [
    ("Die meneer woont op de Dorpsstraat 14 in Nisse.", "Dorpsstraat 14"),
    ("Mevrouw Jansen van de Kerkstraat nr. 8 belde weer.", "Kerkstraat nr. 8"),
    ("Die bewoner aan de Havenweg 3 heeft gelijk gekregen.", "Havenweg 3"),
    ("Kees woont aan de Lange Delft 14, ga maar langs.", "Lange Delft 14"),
    ("Klopt het adres Stationsstraat 67, 4461 HN Goes?", "Stationsstraat 67, 4461 HN"),
    ("Zijn thuisadres is 4331 AB 12, stuur de kaart daarheen.", "4331 AB 12"),
    ("Her home address is 12 Zuidsingel, Middelburg.", "12 Zuidsingel"),
])
def test_home_addresses(pd_pack: Pack, text: str, span: str) -> None:
    assert _spans(pd_pack, text, ["address"]) == [span]


@pytest.mark.parametrize("text", [
    "De N57 en de A58 zijn dicht; omleiding via de N256.",
    "Artikel 3 van de verordening en hoofdstuk 4 van het plan.",
    "In 2024 kwamen er 300 woningen bij in Middelburg.",
    "Op 12-03-2026 om 07.30 begint de Kanaalweg 3 km verderop.",
    "Inloopavond in dorpshuis De Schakel, Dorpsstraat 14 in Serooskerke. Welkom!",
    "Ons kantoor aan de Abdij 6 is gesloten; post naar Postbus 6001, 4330 LA Middelburg.",
    "Postcode 4331 AB ligt in Middelburg.",
    "De Rijksweg 58 en de snelweg 3 keer per dag.",
    "Rotterdam 2 - Middelburg 1, wat een wedstrijd.",
    "Het windpark levert 85% van de stroom; de Dijkstraat 12.30 uur.",
])
def test_address_false_positives(pd_pack: Pack, text: str) -> None:
    assert not _flagged(pd_pack, text, ["address"])


# --- licence plates ------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Die auto met kenteken 12-ABC-3 staat weer op de stoep.",
    "Wie is de eigenaar van de caravan 98-TVX-2? Staat al weken geparkeerd.",
    "Geparkeerd op de invalidenplaats: XB-123-Z.",
    "Kenteken GZ458V staat al drie dagen fout geparkeerd.",
    "Vanochtend weer die bestelbus 1-KBB-23 op het fietspad.",
])
def test_plates_with_context(pd_pack: Pack, text: str) -> None:
    assert _flagged(pd_pack, text, ["plate"])


@pytest.mark.parametrize("text", [
    "Het plan GZ458V is goedgekeurd.",
    "Lokaal AB-12 op de tweede verdieping.",
    "Het project NL-2026-AB loopt goed.",
    "#PS2027 komt eraan.",
    "COVID-19 en de A-12 route.",
])
def test_plate_false_positives(pd_pack: Pack, text: str) -> None:
    assert not _flagged(pd_pack, text, ["plate"])


# --- health and private details ------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Mijn collega Esther is vandaag gestopt vanwege burn-out.",
    "Collega Ruud is niet bereikbaar want hij zit bij de rechter voor zijn scheiding.",
    "hoorde van de receptie dat de CdK ziek thuis zit, iets met zijn hart.",
    "Sterkte aan collega Peter, zijn vader is vannacht overleden.",
    "Onze collega Ingrid heeft na haar IVF-traject goed nieuws.",
    "Our colleague Evert has been admitted to a psychiatric clinic.",
    "Hoe is het met Wendy? Ik hoorde dat ze chemo krijgt.",
    "@kees_w just heard you're on sick leave and depressed. Sterkte man!",
    "Anja Kievit heeft zelf een huurachterstand, hoor ik.",
])
def test_health_and_private_flagged(pd_pack: Pack, text: str) -> None:
    assert _flagged(pd_pack, text, ["health"])


@pytest.mark.parametrize("text", [
    "Ik ben zwanger! Vanaf augustus met verlof, collega Tim neemt het over.",
    "Ik lig met griep op de bank, morgen weer aan de slag.",
    "Beterschap gewenst aan een collega die even uit de running is.",
    "De bomen langs de N255 zijn ziek en worden vervangen.",
    "Gedeputeerde Harry van der Maas bracht een werkbezoek aan het ziekenhuis.",
    "Burn-out voorkomen? Bedrijfsarts Marieke geeft dinsdag een webinar.",
    "Ik word echt ziek van die gedeputeerde en zijn plannen.",
    "Het aantal ziekmeldingen daalde in 2025 naar 4,2 procent.",
    "Vandaag ging collega Jan met pensioen, wat een mooi afscheid!",
])
def test_health_passes(pd_pack: Pack, text: str) -> None:
    assert not _flagged(pd_pack, text, ["health"])


# --- case details of citizens --------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Mevrouw De Kok van de Kerkstraat 14 heeft haar bezwaar weer afgewezen gekregen.",
    "Jeroen de Wit uit Sluis heeft nu ook een klacht ingediend.",
    "Wanneer krijgt die mevrouw van nummer 22 in Brouwershaven haar schadevergoeding?",
    "Ik heb het bezwaarschrift van die familie uit Zonnemaire gefotografeerd.",
    "Beste Adrie, uw claim ligt nog bij de schade-expert.",
    "Die buurman van mij in Oostburg heeft weer subsidie aangevraagd.",
    "Had a call with Mr De Vos from Hulst, whose application was rejected again.",
])
def test_case_flagged(pd_pack: Pack, text: str) -> None:
    assert _flagged(pd_pack, text, ["case"])


@pytest.mark.parametrize("text", [
    "Bezwaar maken kan binnen zes weken via zeeland.nl/bezwaar.",
    "Dit jaar kregen we 312 klachten over de bus.",
    "@esther_vd Dag Esther, over je aanvraag kunnen we hier niet praten. Stuur een DM.",
    "Welcome to our new legal advisor Maarten, who will be handling objections.",
    "Vanochtend vroeg een meneer me hoe je bezwaar maakt. Ik heb hem verwezen.",
    "Interview met Kees Goedhart van de Zeeuwse Milieufederatie over de bezwaren.",
    "Gedeputeerde Jan de Vries: de subsidieaanvraag voor dorpshuizen is open.",
])
def test_case_passes(pd_pack: Pack, text: str) -> None:
    assert not _flagged(pd_pack, text, ["case"])


# --- attachments ---------------------------------------------------------------------------

@pytest.mark.parametrize("note", [
    "foto van mijn bureau, op het scherm de shortlist met namen van kandidaten te lezen",
    "screenshot of a citizen's e-mail showing full name, home address and phone number",
    "whiteboard met namen van collega's die hun functie verliezen",
    "screenshot van de mail van een inwoner met naam en adres",
    "lijst met hun thuisadressen en BSN-nummers, leesbaar",
    "foto van de geparkeerde auto, kenteken 5-TKJ-92 goed leesbaar",
])
def test_attachment_notes_flagged(pd_pack: Pack, note: str) -> None:
    hits = _hits(pd_pack, "Kijk eens 👇", ["attachment", *TEXT], notes=(note,),
                 fields=["attachments"])
    flagged = [h for h in hits if h.score >= 0.5]
    assert flagged and all((h.field, h.start, h.end) == ("attachments[0]", 0, 0) for h in flagged)


@pytest.mark.parametrize("note", [
    "eigen foto van de dijk bij zonsondergang",
    "screenshot van het systeem met testgegevens, namen en adressen zwart gemaakt",
    "flipover met de planning en namen van afdelingen",
    "",
])
def test_attachment_notes_passes(pd_pack: Pack, note: str) -> None:
    assert not any(h.score >= 0.5 for h in _hits(
        pd_pack, "Kijk eens", ["attachment", *TEXT], notes=(note,), fields=["attachments"]))


def test_attachment_index_in_field(pd_pack: Pack) -> None:
    hits = _hits(pd_pack, "Twee foto's", ["attachment"], fields=["attachments"],
                 notes=("eigen foto van de kust", "scherm met namen van sollicitanten leesbaar"))
    assert {h.field for h in hits if h.score >= 0.5} == {"attachments[1]"}


# --- configuration -------------------------------------------------------------------------

def test_registry_builds_and_validates(pd_pack: Pack) -> None:
    detector = _detector(pd_pack, ["phone"], fields=["text", "reply_to"])
    assert detector.type_name == "personal_data.v1"
    with pytest.raises(ValidationError):
        build_detector("personal_data.v1", {"recognisers": ["fax"]}, pd_pack)
    with pytest.raises(ValidationError):
        build_detector("personal_data.v1", {"recognisers": ["phone"], "colour": "red"}, pd_pack)
    with pytest.raises(ValidationError):
        build_detector("personal_data.v1", {"recognisers": []}, pd_pack)
    with pytest.raises(ValidationError, match="known: "):
        build_detector("personal_data.v1", {"recognisers": ["phone"],
                                            "settings": {"phone": {"scores": {"mobiel": 0.5}}}},
                       pd_pack)
    with pytest.raises(ValidationError):
        build_detector("personal_data.v1", {"recognisers": ["phone"],
                                            "settings": {"phone": {"scores": {"mobile": 2}}}},
                       pd_pack)


def test_settings_override_scores_and_context(pd_pack: Pack) -> None:
    text = "Reserveren kan via 0113-572194."
    assert not _flagged(pd_pack, text, ["phone"])
    assert _flagged(pd_pack, text, ["phone"],
                    settings={"phone": {"scores": {"fixed_line": 0.8}, "context": []}})


def test_reply_to_field(pd_pack: Pack) -> None:
    detector = _detector(pd_pack, ["phone"], fields=["reply_to"])
    post = Post(text="Dank je!", reply_to="Het nummer van mijn buurman is 06-48213377, bel hem.")
    hits = detector.detect(CheckContext(post, pd_pack))
    assert [h.field for h in hits if h.score >= 0.5] == ["reply_to"]


def test_every_rule_file_builds(pd_pack: Pack) -> None:
    built = []
    for path in sorted((ROOT / "rules" / "personal_data").glob("*.yml")):
        data = _load(path)
        if data["type"] == "personal_data.v1":
            built.append(build_detector(data["type"], data["params"], pd_pack))
    assert built and all(callable(getattr(detector, "detect", None)) for detector in built)


# --- hostile and oversized input -----------------------------------------------------------

ALL = ["attachment", *TEXT]


def _run(pack: Pack, text: str) -> list[Hit]:
    detector = _detector(pack, ALL, fields=["text", "reply_to", "attachments"])
    post = Post(text=text, reply_to=text, attachments=(Attachment(note=text),))
    return detector.detect(CheckContext(post, pack))


@pytest.mark.parametrize("text", [
    "0" * 100_000,
    "06" * 50_000,
    "1234567890 " * 9_000,
    "a@" * 50_000,
    "x" * 100_000,
    "mevrouw ziek " * 8_000,
    "Jan de Vries heeft bezwaar " * 4_000,
    "zag Van Damme " * 8_000,
    "namen van kandidaten " * 5_000,
    "Dorpsstraat 14 " * 7_000,
    "AB-12-CD kenteken " * 6_000,
    "NL91 ABNA 0417 1643 00 " * 4_000,
    "\u200b" * 100_000,
    "\u202e06\u200b1234\u200b5678\u202c " * 5_000,
    "".join(chr(random.Random(7).randrange(0x20, 0x2FFF)) for _ in range(50_000)),
])
def test_hostile_input_is_safe(pd_pack: Pack, text: str) -> None:
    hits = _run(pd_pack, text)
    for hit in hits:
        assert 0.0 <= hit.score <= 1.0
        if hit.field in ("text", "reply_to"):
            assert 0 <= hit.start <= hit.end <= len(text)




def test_zero_width_and_direction_marks_inside_numbers(pd_pack: Pack) -> None:
    text = "Zijn nummer: 06\u200b-\u200b1234\u200d5678 en mail \u200fp.jansen\u200b@gmail.com"
    hits = [h for h in _hits(pd_pack, text, ["phone", "email"]) if h.score >= 0.5]
    spans = sorted(text[h.start:h.end] for h in hits)
    assert spans == ["06\u200b-\u200b1234\u200d5678", "p.jansen\u200b@gmail.com"]


def test_clean_maps_offsets_back() -> None:
    view, origin = clean("a\u200bb\u200fc")
    assert view.text == "abc"
    assert origin == (0, 2, 4)
    assert clean("plain")[1] is None


def test_empty_and_whitespace_fields(pd_pack: Pack) -> None:
    detector = _detector(pd_pack, ALL, fields=["text", "reply_to", "attachments"])
    for text in ("", " ", "\n\n", "@", "06-", "+31", "0", "€", "\u200b"):
        post = Post(text=text, attachments=(Attachment(note=None), Attachment(note=text)))
        assert detector.detect(CheckContext(post, pd_pack)) == []


def test_explanations_never_contain_the_data(pd_pack: Pack) -> None:
    text = ("Mevrouw De Kok, Kerkstraat 14, 4331 AB, 06-12345678, p.dekok@gmail.com, "
            "BSN 111222333, NL91 ABNA 0417 1643 00, kenteken XB-123-Z, bezwaar.")
    hits = _hits(pd_pack, text, ALL)
    assert len(hits) >= 7
    for hit in hits:
        for secret in ("12345678", "p.dekok", "111222333", "ABNA", "XB-123", "Kerkstraat 14",
                       "De Kok"):
            assert secret not in hit.explanation
