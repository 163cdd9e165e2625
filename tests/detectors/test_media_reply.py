"""Rule type ``media_reply.v1``: answering or talking to the press instead of referring."""

from __future__ import annotations

import pytest
import yaml

from wijzer.detectors.base import CheckContext, Detector, FieldView, Hit
from wijzer.detectors.cues import CueFinder
from wijzer.detectors.media_contact import press_contacts
from wijzer.detectors.media_cues import (
    MediaLists,
    MediaWeights,
    asker,
    claimed,
    handle_pattern,
    media_handles,
)
from wijzer.detectors.registry import build_detector
from wijzer.domain import Post
from wijzer.pack.loader import PACKS_DIR
from wijzer.pack.model import Pack
from wijzer.pack.schema import RuleFile

ROOT = PACKS_DIR / "zeeland"


@pytest.fixture(scope="module")
def media(bare_pack: Pack) -> Detector:
    return build_detector("media_reply.v1", {}, bare_pack)


def _hits(detector: Detector, pack: Pack, text: str, reply_to: str | None = None) -> list[Hit]:
    return detector.detect(CheckContext(Post(text=text, reply_to=reply_to), pack))


def _flagged(detector: Detector, pack: Pack, text: str, reply_to: str | None = None) -> bool:
    return any(hit.score >= 0.5 for hit in _hits(detector, pack, text, reply_to))


REPLY_FLAG = [
    ("Klopt, de weg gaat eind mei weer open.",
     "Goedemorgen, ik ben verslaggever bij de Bode. Klopt het dat de weg tot juni dicht blijft?"),
    ("Tuurlijk, bel me morgen maar.",
     "Hoi, ik maak een stuk voor de lokale krant over de rotonde. Mag ik je wat vragen?"),
    ("Zo'n 300 meldingen, vooral in de zomer.",
     "Namens de nieuwsredactie van een nieuwssite: hoeveel meldingen kwamen er binnen?"),
    ("Happy to! Send me your questions.",
     "Hi, I'm a freelance writer working on an article for a travel magazine. Can I ask you "
     "something?"),
    ("Ja leuk, ik doe mee. Wanneer?",
     "Wij van het jeugdjournaal zoeken iemand die over zeehonden wil vertellen. Wil jij?"),
    ("Ja, klopt wel, het budget is verhoogd.",
     "Goedemiddag, Omroep Zeeland. Klopt het dat het budget is verhoogd?"),
    ("Prima, jullie mogen die beelden gebruiken.",
     "Hoi, redactie van het weekblad hier. Mogen wij uw beelden plaatsen?"),
    ("Off the record: het project loopt een jaar uit. Team Communicatie weet van niks 😉",
     "Hi, reporter here. Is the project delayed?"),
    ("Rot toch op met je vragen.",
     "Ik werk voor een onafhankelijk nieuwsplatform. Waarom reageert de provincie niet?"),
]

REPLY_PASS = [
    ("Dank voor je vraag! Persvragen lopen via Team Communicatie, ik heb je vraag doorgestuurd.",
     "Hoi, ik ben verslaggever bij de PZC. Kun je iets zeggen over de vertraging?"),
    ("Thanks! I've forwarded this to our press office, they'll get back to you.",
     "Hi, I'm a journalist with a Flemish broadcaster, can I ask you a few questions?"),
    ("Nee, daar kan ik niks over zeggen. Neem contact op met de persvoorlichting.",
     "Ik ben van een landelijke krant, kunt u iets zeggen over de vergunningen?"),
    ("Dat klopt, de pont vaart vanaf maandag weer.",
     "Ik las in de krant dat de pont weer vaart, klopt dat?"),
    ("Haha nee, ik ben geen journalist, ik ben ecoloog.",
     "Ben jij de journalist van dat artikel over de kwelders?"),
    ("Dank je! Leuk dat het stuk goed ontvangen wordt.",
     "Vandaag in de krant: een mooi verhaal over de dijkwerkers."),
    ("Bedankt! De video is gemaakt door ons eigen team.",
     "Prachtige beelden in jullie nieuwe video, zijn jullie van de tv ofzo?"),
    ("Goeie vraag! Het vaarschema staat op zeeland.nl.", "Hoe laat vaart de laatste boot?"),
    ("If you're a journalist, the press page on zeeland.nl lists who to contact. Please don't "
     "DM me, I can't answer press questions.", None),
]

POST_FLAG = [
    "Vanochtend belde een verslaggever van de krant over de zeehonden. Ik heb verteld wat ik weet.",
    "Spannend: volgende week word ik geïnterviewd door een landelijk dagblad.",
    "A reporter from a Belgian paper called me this morning. I gave her the latest numbers.",
    "Ik ben benaderd door een podcast en neem volgende week een aflevering op over mijn werk.",
    "Morgen ben ik te zien in het journaal, over de afsluiting van de brug. Kijken!",
    "Heb een mailtje van een redacteur van een vakblad beantwoord over onze aanpak.",
    "Mijn eerste radio-interview zit erop! Wat was ik zenuwachtig 😅",
    "Gister kwam d'r een jongen van de krant an de deur. 'k Ei 't 'm maor verteld.",
    "@NOSzeeland weten jullie al dat het besluit morgen valt? Stuur me een DM.",
    "Just did an interview with a documentary crew about our dikes. What an experience!",
]

POST_PASS = [
    "Mooie reportage gisteren bij Omroep Zeeland over de nieuwe fietsbrug. Trots op het team!",
    "Het interview met onze gedeputeerde in het Financieele Dagblad is het lezen waard.",
    "Mijn vader was dertig jaar journalist bij de krant, vandaag zijn afscheid.",
    "Een journalist belde me over de dijk; ik heb hem doorverwezen naar Team Communicatie.",
    "Onze woordvoerder stond gisteren de pers te woord over de veerdienst.",
    "Gisteren op tv: de reportage over de zeehonden. Terugkijken kan via de site van de omroep.",
    "Ik zag op tv dat de brug dicht is, rij voorzichtig.",
    "Vandaag de workshop 'omgaan met de pers' gevolgd. Persvragen altijd doorsturen!",
    "Interviews gehouden met 40 bewoners over de busroutes.",
    "Redactie gezocht voor de nieuwsbrief van ons team! Stuur me een berichtje.",
    "Goed nieuws voor fietsers: de route langs het kanaal is weer open!",
    "Leuk interview in de krant met de burgemeester van Veere over toerisme.",
]


@pytest.mark.parametrize(("text", "reply_to"), REPLY_FLAG)
def test_reply_flags(media: Detector, bare_pack: Pack, text: str, reply_to: str) -> None:
    assert _flagged(media, bare_pack, text, reply_to)


@pytest.mark.parametrize(("text", "reply_to"), REPLY_PASS)
def test_reply_passes(media: Detector, bare_pack: Pack, text: str, reply_to: str | None) -> None:
    assert not _flagged(media, bare_pack, text, reply_to)


@pytest.mark.parametrize("text", POST_FLAG)
def test_post_flags(media: Detector, bare_pack: Pack, text: str) -> None:
    assert _flagged(media, bare_pack, text)


@pytest.mark.parametrize("text", POST_PASS)
def test_post_passes(media: Detector, bare_pack: Pack, text: str) -> None:
    assert not _flagged(media, bare_pack, text)


def test_span_is_the_answering_sentence(media: Detector, bare_pack: Pack) -> None:
    draft = "Hoi Sanne! Ja hoor, bel me morgen maar. Succes met je stuk!"
    hits = _hits(media, bare_pack, draft, "Ik ben journalist bij de krant, mag ik je bellen?")
    best = max(hits, key=lambda hit: hit.score)
    assert best.field == "text"
    assert draft[best.start:best.end] == "Ja hoor, bel me morgen maar."
    assert "journalist" in best.explanation


def test_draft_quoting_the_question(media: Detector, bare_pack: Pack) -> None:
    assert _flagged(media, bare_pack, "Journalist here from a Dutch newspaper, can you tell us "
                                      "about the tunnel tolls? — Sure, it goes like this.")
    assert not _flagged(media, bare_pack, "Als journalist kun je veel vragen stellen.")


def test_checks_can_be_split(bare_pack: Pack) -> None:
    reply = build_detector("media_reply.v1", {"check": ["reply"]}, bare_pack)
    post = build_detector("media_reply.v1", {"check": ["post"]}, bare_pack)
    reported = "Net gebeld door een journalist van de krant, ik heb alles uitgelegd."
    assert not _flagged(reply, bare_pack, reported)
    assert _flagged(post, bare_pack, reported)
    answered = ("Klopt, eind mei.", "Ik ben verslaggever. Gaat de weg eind mei open?")
    assert _flagged(reply, bare_pack, *answered)
    assert not _flagged(post, bare_pack, *answered)


def test_rule_files_build(bare_pack: Pack) -> None:
    for name in ("answering-the-press", "press-contact-in-post"):
        spec = RuleFile.model_validate(yaml.safe_load(
            (ROOT / "rules" / "media_inquiry" / f"{name}.yml").read_text("utf-8")))
        assert spec.type == "media_reply.v1"
        build_detector(spec.type, spec.params, bare_pack)


def test_params_are_strict(bare_pack: Pack) -> None:
    with pytest.raises(ValueError, match="chek"):
        build_detector("media_reply.v1", {"chek": ["post"]}, bare_pack)
    with pytest.raises(ValueError):
        build_detector("media_reply.v1", {"check": ["everything"]}, bare_pack)


# --- recognisers ------------------------------------------------------------------------------

def _finder(pack: Pack, text: str) -> CueFinder:
    return CueFinder(FieldView(text), pack)


@pytest.mark.parametrize(("text", "mine"), [
    ("Ik schrijf voor de krant over de brug.", True),
    ("Namens de regionale omroep: klopt het?", True),
    ("Omroep Zeeland hier. Klopt het?", True),
    ("Goedemiddag, Omroep Zeeland. Klopt het?", True),
    ("Ik las in de krant dat de brug dicht is.", False),
    ("Klopt wat de krant schreef over de brug?", False),
    ("Volgens de omroep is de brug dicht, klopt dat?", False),
])
def test_claimed_outlet(bare_pack: Pack, text: str, mine: bool) -> None:
    finder = _finder(bare_pack, text)
    cue = finder.find(MediaLists().outlets)[0]
    assert claimed(finder, cue, opening=True) is mine


def test_asker_prefers_roles(bare_pack: Pack) -> None:
    who = asker(_finder(bare_pack, "Hoi, ik ben verslaggever bij de krant."), MediaLists(),
                MediaWeights())
    assert who is not None and who.score == MediaWeights().role
    citizen = _finder(bare_pack, "Hoe laat vaart de boot?")
    assert asker(citizen, MediaLists(), MediaWeights()) is None


def test_media_handles(bare_pack: Pack) -> None:
    pattern = handle_pattern(bare_pack, "media-handles")
    text = "@PZC_nieuws @omroepzld @NOSzeeland @jan_de_vries @provinciezeeland @ZeeuwsDagblad"
    assert [m.group(1) for m in media_handles(text, pattern)] == [
        "PZC_nieuws", "omroepzld", "NOSzeeland", "ZeeuwsDagblad"]


def test_press_contacts_need_a_media_word(bare_pack: Pack) -> None:
    lists, weights = MediaLists(), MediaWeights()
    assert press_contacts(_finder(bare_pack, "Ik werd gebeld door mijn moeder."), lists, weights,
                          []) == []
    found = press_contacts(_finder(bare_pack, "Ik werd gebeld door een journalist."), lists,
                           weights, [])
    assert found and found[0].score >= 0.5 and "first person" in found[0].explanation


# --- hostile input -----------------------------------------------------------------------------

HOSTILE = [
    "journalist " * 30_000,
    "Een journalist belde me en ik heb het uitgelegd aan de krant. " * 1500,
    "@PZC_nieuws " * 10_000,
    "\u202e\u200b\x00 krant 𝕛𝕠𝕦𝕣𝕟𝕒𝕝𝕚𝕤𝕥 🇳🇱 " * 3000,
    "?" * 100_000,
    "b" * 300_000,
]


@pytest.mark.parametrize("nasty", HOSTILE, ids=range(len(HOSTILE)))
def test_hostile_input(media: Detector, bare_pack: Pack, nasty: str) -> None:
    hits = _hits(media, bare_pack, nasty, nasty[:50_000])
    assert all(0.0 <= hit.score <= 1.0 and 0 <= hit.start <= hit.end <= len(nasty)
               for hit in hits)

