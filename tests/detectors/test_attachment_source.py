"""Rule type ``attachment_source.v1``: others' images, video or texts used without permission."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
import yaml
from PIL import Image

from wijzer.detectors.base import CheckContext, Detector, FieldView, Hit
from wijzer.detectors.cues import CueFinder
from wijzer.detectors.registry import build_detector
from wijzer.detectors.source_cues import SourceLists, source_kinds
from wijzer.domain import Attachment, ImageMetadata, Post
from wijzer.pack.loader import PACKS_DIR
from wijzer.pack.model import Pack
from wijzer.pack.schema import RuleFile

ROOT = PACKS_DIR / "zeeland"


@pytest.fixture(scope="module")
def attachments(bare_pack: Pack) -> Detector:
    return build_detector("attachment_source.v1", {}, bare_pack)


@pytest.fixture(scope="module")
def text(bare_pack: Pack) -> Detector:
    return build_detector("attachment_source.v1", {"scope": "text"}, bare_pack)


def _hits(detector: Detector, pack: Pack, post: Post) -> list[Hit]:
    return detector.detect(CheckContext(post, pack))


def _flagged(detector: Detector, pack: Pack, post: Post) -> bool:
    return any(hit.score >= 0.5 for hit in _hits(detector, pack, post))


def _post(kind: str, credit: str | None, note: str | None, text: str = "Mooi!") -> Post:
    return Post(text=text, attachments=(Attachment(type=kind, credit=credit, note=note),))


FLAG = [
    ("image", None, "gevonden via Google Afbeeldingen"),
    ("image", None, "plaatje van internet"),
    ("image", None, "foto van Pinterest, maker onbekend"),
    ("image", "Foto: Studio Noord",
     "van de site van de fotograaf gedownload, geen toestemming gevraagd"),
    ("image", "Foto: Studio Noord", "toestemming niet gevraagd"),
    ("image", "Shutterstock", "stockfoto zonder licentie"),
    ("image", None, "stockfoto uit een proefperiode, licentie niet afgenomen"),
    ("image", None, "cartoon uit de krant van zaterdag"),
    ("image", None, "meme from Reddit"),
    ("image", None, "screenshot of a newspaper article"),
    ("image", None, "uit een Facebookgroep over oud Middelburg"),
    ("video", "Video: eigen opname", "eigen beelden met een hit van Spotify eronder"),
    ("video", None, "fragment uit het journaal van de NOS"),
    ("video", None, "video van een ander YouTube-kanaal"),
    ("document", None, "pdf van een betaald rapport van een adviesbureau"),
    ("document", None, "gekocht rapport, licentie alleen voor intern gebruik"),
    ("image", None, "geen eigen foto, ergens vandaan"),
    ("image", None, "mooie luchtfoto, gemaakt door Jan de Graaf"),
]

PASS = [
    ("image", "Foto: eigen foto", "zelf gemaakt met mijn telefoon"),
    ("image", "Foto: Provincie Zeeland", "uit de beeldbank"),
    ("image", None, "foto van @provinciezeeland"),
    ("image", "Foto: Bureau Zand", "persbeeld, vrij te gebruiken met naamsvermelding"),
    ("image", "Foto: Shutterstock", "stockfoto, licentie via de provincie"),
    ("image", "Foto: Anna Vos", "met toestemming van Anna"),
    ("image", None, "gratis foto van Unsplash"),
    ("image", None, "own photo, taken by me"),
    ("image", None, "geen toestemming nodig, eigen foto"),
    ("video", "Video: Provincie Zeeland", "drone-opname, muziek uit de YouTube Audio Library"),
    ("link", None, "link naar het artikel in de PZC"),
    ("link", None, "link naar het nieuwsbericht op zeeland.nl"),
    ("image", "Tekening: eigen werk", "zelfgemaakte meme over vergaderen"),
    ("image", None, "foto van mijn bureau met koffie"),
    ("image", None, "zonsondergang boven de Westerschelde"),
    ("image", None, "selfie met de krant van vandaag in de hand"),
    ("image", None, "mijn bureau met een boek over de Deltawerken"),
    ("image", "Foto: Kees Bakker", "opening van de brug"),
]


@pytest.mark.parametrize(("kind", "credit", "note"), FLAG)
def test_flags(attachments: Detector, bare_pack: Pack, kind: str, credit: str | None,
               note: str) -> None:
    assert _flagged(attachments, bare_pack, _post(kind, credit, note))


@pytest.mark.parametrize(("kind", "credit", "note"), PASS)
def test_passes(attachments: Detector, bare_pack: Pack, kind: str, credit: str | None,
                note: str) -> None:
    assert not _flagged(attachments, bare_pack, _post(kind, credit, note))


def test_hit_concerns_the_whole_attachment(attachments: Detector, bare_pack: Pack) -> None:
    post = Post(text="Twee foto's", attachments=(
        Attachment(type="image", credit="Foto: eigen foto"),
        Attachment(type="image", note="gevonden op Google")))
    hits = _hits(attachments, bare_pack, post)
    assert [hit.field for hit in hits] == ["attachments[0]", "attachments[1]"]
    assert (hits[1].start, hits[1].end) == (0, 0)
    assert hits[1].score >= 0.5 > hits[0].score
    assert "found-elsewhere" in hits[1].explanation


def test_no_attachments_no_hits(attachments: Detector, bare_pack: Pack) -> None:
    assert _hits(attachments, bare_pack, Post(text="Foto van Google gehaald")) == []


def test_post_text_supports_an_uncredited_image(attachments: Detector, bare_pack: Pack) -> None:
    quiet = _post("image", None, "de Zeelandbrug in de mist")
    loud = _post("image", None, "de Zeelandbrug in de mist",
                 text="Geen idee van wie deze foto is, maar hij is prachtig!")
    assert not _flagged(attachments, bare_pack, quiet)
    assert _flagged(attachments, bare_pack, loud)


def test_organisation_in_a_note_counts_only_as_source(attachments: Detector,
                                                      bare_pack: Pack) -> None:
    subject = _post("image", None,
                    "meme van een memesite met de tekst 'Provincie Zeeland op maandag'")
    source = _post("image", None, "meme gemaakt door de provincie zelf")
    assert _flagged(attachments, bare_pack, subject)
    assert not _flagged(attachments, bare_pack, source)


# --- image metadata ---------------------------------------------------------------------------

def _meta_post(meta: ImageMetadata, note: str | None = None) -> Post:
    attachment = Attachment(type="image", note=note, metadata=meta)
    return Post(text="Mooi beeld", attachments=(attachment,))


def test_foreign_copyright_holder_is_flagged_and_named(attachments: Detector,
                                                       bare_pack: Pack) -> None:
    post = _meta_post(ImageMetadata(copyright="© 2024 Fotobureau Zuid"))
    hits = _hits(attachments, bare_pack, post)
    assert hits[0].score >= 0.5
    assert "Fotobureau Zuid" in hits[0].explanation


def test_own_organisation_as_holder_passes(attachments: Detector, bare_pack: Pack) -> None:
    meta = ImageMetadata(copyright="(c) Provincie Zeeland", creator="Piet Pieters")
    assert not _flagged(attachments, bare_pack, _meta_post(meta))


def test_foreign_holder_with_permission_passes(attachments: Detector, bare_pack: Pack) -> None:
    meta = ImageMetadata(copyright="© Fotobureau Zuid")
    assert not _flagged(attachments, bare_pack, _meta_post(meta, "gebruikt met toestemming"))


def test_metadata_source_counts_like_a_credit(attachments: Detector, bare_pack: Pack) -> None:
    assert _flagged(attachments, bare_pack, _meta_post(ImageMetadata(source="Google Images")))


def _jpeg_with_copyright(path: Path, holder: str) -> Path:
    exif = Image.Exif()
    exif[0x8298] = holder
    buffer = io.BytesIO()
    Image.new("RGB", (16, 16)).save(buffer, "JPEG", exif=exif)
    path.write_bytes(buffer.getvalue())
    return path


def test_metadata_is_read_from_the_file(attachments: Detector, bare_pack: Pack,
                                        tmp_path: Path) -> None:
    path = _jpeg_with_copyright(tmp_path / "foto.jpg", "Copyright Beeldbureau Oost")
    post = Post(text="Kijk", attachments=(Attachment(type="image", credit="Foto: X", path=path),))
    hits = _hits(attachments, bare_pack, post)
    assert hits[0].score >= 0.5 and "Beeldbureau Oost" in hits[0].explanation


def test_unreadable_file_does_not_break_the_check(attachments: Detector, bare_pack: Pack,
                                                  tmp_path: Path) -> None:
    path = tmp_path / "kapot.jpg"
    path.write_bytes(b"\xff\xd8\xff\xe0 this is not really a jpeg")
    post = Post(text="Kijk", attachments=(Attachment(type="image", path=path),))
    hits = _hits(attachments, bare_pack, post)
    assert hits[0].score < 0.5 and "unreadable" in hits[0].explanation


def test_files_are_not_read_when_switched_off(bare_pack: Pack, tmp_path: Path) -> None:
    detector = build_detector("attachment_source.v1", {"read_files": False}, bare_pack)
    path = _jpeg_with_copyright(tmp_path / "foto.jpg", "Copyright Beeldbureau Oost")
    post = Post(text="Kijk", attachments=(Attachment(type="image", credit="Foto: X", path=path),))
    assert not _flagged(detector, bare_pack, post)


# --- text scope -------------------------------------------------------------------------------

TEXT_FLAG = [
    "Voor wie geen abonnement heeft: hier het hele artikel uit de krant. 'Zeeland kiest ...'",
    "Deze foto heb ik van Google gehaald, te mooi om niet te delen!",
    "Heb de video van de omroep gedownload en op ons kanaal gezet.",
    "Ik heb het boek over de Deltawerken ingescand, wie wil de pdf?",
    "Geen idee van wie deze tekening is, maar hij is prachtig.",
    "Het volledige rapport van het adviesbureau, dat normaal 300 euro kost, vind je hieronder.",
    "Found this photo of the dunes on Pinterest, no idea who took it 😍",
    "I copied the whole article because of the paywall, here it is:",
]

TEXT_PASS = [
    "Lees het hele artikel via de link hieronder.",
    "Het nieuwe rapport is gratis te downloaden op zeeland.nl.",
    "Download de app en plan je fietsroute!",
    "Mijn fiets is gisteren gejat bij het station.",
    "Vandaag aardbeien geplukt met de kinderen 🍓",
    "Op internet vind je alle informatie, bijvoorbeeld op zeeland.nl.",
    "Mooi artikel vandaag in de krant over onze stagiairs.",
    "Eigen foto van vanochtend, zelf gemaakt vanaf de dijk.",
    "Ik heb de foto's van de excursie op de gedeelde schijf gezet.",
    "Het advies is door het bestuur overgenomen. Mooi resultaat!",
]


@pytest.mark.parametrize("sentence", TEXT_FLAG)
def test_text_flags(text: Detector, bare_pack: Pack, sentence: str) -> None:
    hits = _hits(text, bare_pack, Post(text=sentence))
    assert hits and hits[0].score >= 0.5 and hits[0].field == "text"
    assert 0 <= hits[0].start < hits[0].end <= len(sentence)


@pytest.mark.parametrize("sentence", TEXT_PASS)
def test_text_passes(text: Detector, bare_pack: Pack, sentence: str) -> None:
    assert not _flagged(text, bare_pack, Post(text=sentence))


# --- cues ---------------------------------------------------------------------------------

def _kinds(pack: Pack, text: str) -> set[str]:
    finder = CueFinder(FieldView(text), pack)
    return set(source_kinds(finder, SourceLists(), "copyright-paywall"))


@pytest.mark.parametrize(("text", "expected"), [
    ("met toestemming van de maker", {"permission"}),
    ("geen toestemming gevraagd", {"denied"}),
    ("zonder licentie", {"denied"}),
    ("no permission from the photographer", {"denied", "third"}),
    ("toestemming niet nodig", set()),
    ("niet van internet, eigen foto", {"own"}),
    ("als eigen werk gepresenteerd", {"denied"}),
    ("Geen watermerk. Toestemming gekregen.", {"permission"}),
])
def test_source_kinds(bare_pack: Pack, text: str, expected: set[str]) -> None:
    assert _kinds(bare_pack, text) == expected


def test_params_are_strict(bare_pack: Pack) -> None:
    with pytest.raises(ValueError, match="scop"):
        build_detector("attachment_source.v1", {"scop": "text"}, bare_pack)
    with pytest.raises(ValueError):
        build_detector("attachment_source.v1", {"scope": "everything"}, bare_pack)


def test_rule_files_build(bare_pack: Pack) -> None:
    for name in ("attachment-source", "copied-material"):
        spec = RuleFile.model_validate(yaml.safe_load(
            (ROOT / "rules" / "copyright" / f"{name}.yml").read_text("utf-8")))
        assert spec.type == "attachment_source.v1"
        build_detector(spec.type, spec.params, bare_pack)


# --- hostile input ------------------------------------------------------------------------

HOSTILE = [
    "",
    " " * 1000,
    "\x00\x01\x02\u202e\u200b" * 500,
    "𝔤𝔬𝔬𝔤𝔩𝔢 🇳🇱" * 2000,
    "Z̷̛͓a̸͎̓l̵̩̈́g̶̱̀o̴͔͝ " * 500,
    "google " * 50_000,
    "geen toestemming " * 20_000,
    "a" * 200_000,
]


@pytest.mark.parametrize("nasty", HOSTILE, ids=range(len(HOSTILE)))
def test_hostile_notes_and_texts(attachments: Detector, text: Detector, bare_pack: Pack,
                                 nasty: str) -> None:
    post = Post(text=nasty or "x", attachments=(
        Attachment(type=nasty[:50] or "image", credit=nasty, note=nasty),
        Attachment(type="video", note=nasty)))
    hits = _hits(attachments, bare_pack, post) + _hits(text, bare_pack, post)
    assert all(0.0 <= hit.score <= 1.0 for hit in hits)


def test_many_attachments(attachments: Detector, bare_pack: Pack) -> None:
    post = Post(text="Album", attachments=tuple(
        Attachment(type="image", note=f"foto {i} van Google") for i in range(500)))
    hits = _hits(attachments, bare_pack, post)
    assert len(hits) == 500 and hits[-1].field == "attachments[499]"

