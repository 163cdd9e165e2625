"""Reading credit metadata from real image files, and refusing broken or hostile ones."""

from __future__ import annotations

import io
import struct
import zlib
from pathlib import Path

import pytest
from PIL import Image, TiffImagePlugin
from PIL.PngImagePlugin import PngInfo

from wijzer.errors import ImageError, WijzerError
from wijzer.i18n import translate
from wijzer.images.metadata import read_image_metadata
from wijzer.images.sniff import sniff_format, truncation_problem
from wijzer.images.text import MAX_FIELD_CHARS, clean, decode, join

XMP = """<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about=""
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/"
    xmlns:xmpRights="http://ns.adobe.com/xap/1.0/rights/"
    photoshop:Credit="Persbureau Delta">
   <dc:creator><rdf:Seq><rdf:li>Lotte Zeeman</rdf:li></rdf:Seq></dc:creator>
   <dc:rights><rdf:Alt>
    <rdf:li xml:lang="x-default">© 2025 Persbureau Delta</rdf:li>
   </rdf:Alt></dc:rights>
   <dc:description><rdf:Alt>
    <rdf:li xml:lang="x-default">Brug in de mist</rdf:li>
   </rdf:Alt></dc:description>
   <photoshop:Source>Archief Delta</photoshop:Source>
   <xmpRights:UsageTerms><rdf:Alt>
    <rdf:li xml:lang="x-default">Alleen redactioneel gebruik</rdf:li>
   </rdf:Alt></xmpRights:UsageTerms>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>"""


def _jpeg(**save: object) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (32, 24), "navy").save(buffer, "JPEG", **save)
    return buffer.getvalue()


def _exif(artist: str = "Jan Artist", holder: str = "(c) Fotobureau Noord") -> Image.Exif:
    exif = Image.Exif()
    exif[0x013B] = artist
    exif[0x8298] = holder
    exif[0x010E] = "Zeelandbrug"
    return exif


def _app13(records: list[tuple[tuple[int, int], bytes]]) -> bytes:
    """A Photoshop APP13 segment holding IPTC-IIM datasets (Pillow cannot write IPTC)."""
    data = b"".join(b"\x1c" + bytes(key) + struct.pack(">H", len(value)) + value
                    for key, value in records)
    resource = (b"8BIM" + struct.pack(">H", 0x0404) + b"\x00\x00" + struct.pack(">I", len(data))
                + data + (b"\x00" if len(data) % 2 else b""))
    payload = b"Photoshop 3.0\x00" + resource
    return b"\xff\xed" + struct.pack(">H", len(payload) + 2) + payload


def _with_iptc(jpeg: bytes, records: list[tuple[tuple[int, int], bytes]]) -> bytes:
    return jpeg[:2] + _app13(records) + jpeg[2:]


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def _png_header(width: int, height: int) -> bytes:
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", ihdr)
            + _chunk(b"IDAT", zlib.compress(b"\x00" * 64)) + _chunk(b"IEND", b""))


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def _reason(path: Path, **kwargs: int) -> str:
    with pytest.raises(WijzerError) as caught:
        read_image_metadata(path, **kwargs)
    error = caught.value
    assert isinstance(error, ImageError) and error.code == "image.unreadable"
    assert str(path) in error.message("nl")
    assert error.message("nl").startswith("Afbeelding kan niet gelezen worden")
    return translate(f"image.reason.{error.reason}", "en", **error.reason_params)


# --- reading -----------------------------------------------------------------------------

def test_jpeg_exif_artist_and_copyright(tmp_path: Path) -> None:
    path = _write(tmp_path, "exif.jpg", _jpeg(exif=_exif()))
    meta = read_image_metadata(path)
    assert meta.creator == "Jan Artist"
    assert meta.copyright == "(c) Fotobureau Noord"
    assert meta.description == "Zeelandbrug"
    assert not meta.is_empty()


def test_jpeg_iptc_in_app13(tmp_path: Path) -> None:
    records = [((1, 90), b"\x1b%G"), ((2, 80), "Maarten Ø".encode()),
               ((2, 110), b"Omroep Zee"), ((2, 115), b"Archief"),
               ((2, 116), "© De Krant".encode()), ((2, 120), b"Veerboot bij Vlissingen")]
    path = _write(tmp_path, "iptc.jpg", _with_iptc(_jpeg(), records))
    meta = read_image_metadata(path)
    assert meta.creator == "Maarten Ø"
    assert meta.credit == "Omroep Zee"
    assert meta.source == "Archief"
    assert meta.copyright == "© De Krant"
    assert meta.description == "Veerboot bij Vlissingen"


def test_iptc_in_latin1_and_repeated_bylines(tmp_path: Path) -> None:
    records = [((2, 80), "Renée".encode("cp1252")), ((2, 80), b"Piet"),
               ((2, 116), "© Zeeuws Archief".encode("cp1252"))]
    meta = read_image_metadata(_write(tmp_path, "latin.jpg", _with_iptc(_jpeg(), records)))
    assert meta.creator == "Renée; Piet"
    assert meta.copyright == "© Zeeuws Archief"


def test_jpeg_xmp_packet(tmp_path: Path) -> None:
    path = _write(tmp_path, "xmp.jpg", _jpeg(xmp=XMP.encode()))
    meta = read_image_metadata(path)
    assert meta.creator == "Lotte Zeeman"
    assert meta.credit == "Persbureau Delta"
    assert meta.source == "Archief Delta"
    assert meta.copyright == "© 2025 Persbureau Delta; Alleen redactioneel gebruik"
    assert meta.description == "Brug in de mist"


def test_all_three_sources_are_merged_without_duplicates(tmp_path: Path) -> None:
    jpeg = _jpeg(exif=_exif(artist="Lotte Zeeman"), xmp=XMP.encode())
    path = _write(tmp_path, "all.jpg", _with_iptc(jpeg, [((2, 80), b"lotte zeeman")]))
    meta = read_image_metadata(path)
    assert meta.creator == "Lotte Zeeman"
    assert meta.copyright is not None and "Fotobureau Noord" in meta.copyright
    assert "Persbureau Delta" in meta.copyright


def test_png_with_exif_and_xmp(tmp_path: Path) -> None:
    info = PngInfo()
    info.add_itxt("XML:com.adobe.xmp", XMP)
    buffer = io.BytesIO()
    Image.new("RGB", (8, 8)).save(buffer, "PNG", pnginfo=info, exif=_exif())
    meta = read_image_metadata(_write(tmp_path, "meta.png", buffer.getvalue()))
    assert meta.credit == "Persbureau Delta"
    assert meta.creator is not None and "Jan Artist" in meta.creator


def test_tiff_tags(tmp_path: Path) -> None:
    tags = TiffImagePlugin.ImageFileDirectory_v2()
    tags[315] = "Tiff Maker"
    tags[33432] = "Copyright Provincie Zeeland"
    path = tmp_path / "scan.tif"
    Image.new("L", (16, 16)).save(path, tiffinfo=tags)
    meta = read_image_metadata(path)
    assert meta.creator == "Tiff Maker"
    assert meta.copyright == "Copyright Provincie Zeeland"


def test_plain_images_have_empty_metadata(tmp_path: Path) -> None:
    for name, fmt in (("a.gif", "GIF"), ("b.webp", "WEBP"), ("c.png", "PNG")):
        path = tmp_path / name
        Image.new("RGB", (4, 4)).save(path, fmt)
        assert read_image_metadata(path).is_empty()


def test_format_comes_from_content_not_extension(tmp_path: Path) -> None:
    path = _write(tmp_path, "photo.txt", _jpeg(exif=_exif()))
    assert read_image_metadata(path).creator == "Jan Artist"
    assert "not a JPEG" in _reason(_write(tmp_path, "notes.jpg", b"just some text, no image"))


def test_exif_copyright_with_photographer_and_editor_parts(tmp_path: Path) -> None:
    path = _write(tmp_path, "two.jpg", _jpeg(exif=_exif(holder="Piet Foto\x00Redactie X")))
    assert read_image_metadata(path).copyright == "Piet Foto; Redactie X"


def test_control_characters_and_long_values_are_cleaned(tmp_path: Path) -> None:
    nasty = "Evil\x07\u202e Corp " + "x" * 5000
    path = _write(tmp_path, "long.jpg", _with_iptc(_jpeg(), [((2, 116), nasty.encode())]))
    meta = read_image_metadata(path)
    assert meta.copyright is not None
    assert meta.copyright.startswith("Evil Corp")
    assert len(meta.copyright) <= MAX_FIELD_CHARS


# --- refusing ------------------------------------------------------------------------------

def test_zero_byte_file(tmp_path: Path) -> None:
    assert _reason(_write(tmp_path, "empty.jpg", b"")) == "empty file"


def test_missing_file_and_directory(tmp_path: Path) -> None:
    assert _reason(tmp_path / "nope.jpg") == "file not found"
    assert _reason(tmp_path) == "not a regular file"


def test_size_limit_is_checked_before_reading(tmp_path: Path) -> None:
    path = _write(tmp_path, "big.jpg", _jpeg())
    assert "limit" in _reason(path, max_bytes=100)


@pytest.mark.parametrize("cut", [3, 20, 200, -30, -2])
def test_truncated_jpeg(tmp_path: Path, cut: int) -> None:
    data = _jpeg(exif=_exif())
    assert "truncated" in _reason(_write(tmp_path, "cut.jpg", data[:cut]))


@pytest.mark.parametrize("cut", [10, 30, -5])
def test_truncated_png(tmp_path: Path, cut: int) -> None:
    buffer = io.BytesIO()
    Image.new("RGB", (20, 20), "green").save(buffer, "PNG")
    assert "truncated" in _reason(_write(tmp_path, "cut.png", buffer.getvalue()[:cut]))


def test_png_with_bad_checksum(tmp_path: Path) -> None:
    data = bytearray(_png_header(4, 4))
    data[20] ^= 0xFF
    assert "checksum" in _reason(_write(tmp_path, "crc.png", bytes(data)))


def test_truncated_tiff_gif_and_webp(tmp_path: Path) -> None:
    for name, fmt in (("t.tif", "TIFF"), ("g.gif", "GIF"), ("w.webp", "WEBP")):
        buffer = io.BytesIO()
        Image.new("RGB", (64, 64), "red").save(buffer, fmt)
        data = buffer.getvalue()
        _reason(_write(tmp_path, name, data[: len(data) // 2]))


def test_huge_dimensions_in_png_header(tmp_path: Path) -> None:
    assert "too large" in _reason(_write(tmp_path, "bomb.png", _png_header(100_000, 100_000)))


def test_pixel_limit_below_pillows(tmp_path: Path) -> None:
    path = _write(tmp_path, "wide.png", _png_header(5000, 5000))
    assert "too large" in _reason(path, max_pixels=1_000_000)


def test_huge_dimensions_in_jpeg_header(tmp_path: Path) -> None:
    data = bytearray(_jpeg())
    sof = data.find(b"\xff\xc0")
    data[sof + 5:sof + 9] = struct.pack(">HH", 65000, 65000)
    assert "too large" in _reason(_write(tmp_path, "bomb.jpg", bytes(data)))


def test_hostile_xmp_is_ignored_not_fatal(tmp_path: Path) -> None:
    laughs = ('<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaa">'
              '<!ENTITY b "&a;&a;&a;&a;">]><x:xmpmeta xmlns:x="adobe:ns:meta/">&b;</x:xmpmeta>')
    deep = "<x:xmpmeta xmlns:x='adobe:ns:meta/'>" + "<a>" * 5000 + "</a>" * 5000 + "</x:xmpmeta>"
    for name, packet in (("laughs.png", laughs), ("deep.png", deep), ("junk.png", "<<<not xml")):
        info = PngInfo()
        info.add_itxt("XML:com.adobe.xmp", packet)
        buffer = io.BytesIO()
        Image.new("RGB", (4, 4)).save(buffer, "PNG", pnginfo=info)
        assert read_image_metadata(_write(tmp_path, name, buffer.getvalue())).is_empty()


def test_malformed_iptc_is_ignored(tmp_path: Path) -> None:
    data = b"\x00garbage that is no IPTC dataset" + b"\x1c\x02\x50\xff\xff"
    resource = (b"8BIM" + struct.pack(">H", 0x0404) + b"\x00\x00" + struct.pack(">I", len(data))
                + data + b"\x00" * (len(data) % 2))
    payload = b"Photoshop 3.0\x00" + resource
    segment = b"\xff\xed" + struct.pack(">H", len(payload) + 2) + payload
    jpeg = _jpeg(exif=_exif())
    meta = read_image_metadata(_write(tmp_path, "iptc.jpg", jpeg[:2] + segment + jpeg[2:]))
    assert meta.creator == "Jan Artist"


def test_random_bytes_after_a_magic_number(tmp_path: Path) -> None:
    for name, magic in (("r.jpg", b"\xff\xd8\xff\xe0"), ("r.png", b"\x89PNG\r\n\x1a\n"),
                        ("r.tif", b"II*\x00"), ("r.gif", b"GIF89a"),
                        ("r.webp", b"RIFF\x10\x00\x00\x00WEBP")):
        _reason(_write(tmp_path, name, magic + bytes(range(256)) * 4))


# --- helpers -----------------------------------------------------------------------------

def test_sniff_format() -> None:
    assert sniff_format(b"\xff\xd8\xff\xdb") == "JPEG"
    assert sniff_format(b"MM\x00*") == "TIFF"
    assert sniff_format(b"%PDF-1.7") is None
    assert sniff_format(b"") is None


def test_truncation_problem_on_empty_data() -> None:
    for fmt in ("JPEG", "PNG", "GIF", "WEBP"):
        assert truncation_problem(b"", fmt)  # a reason, no exception
    assert truncation_problem(b"", "TIFF") is None  # TIFF is checked after parsing


def test_text_helpers() -> None:
    assert decode(b"caf\xc3\xa9") == "café"
    assert decode(b"caf\xe9") == "café"
    assert decode(42) == ""
    assert clean("  a\x00b\tc  ") == "a b c"
    assert join(["X", "x", "", "Y"]) == "X; Y"
    assert join([]) is None
