"""Read an image file's credit and copyright metadata safely (size, format, bombs, truncation)."""

from __future__ import annotations

import io
import warnings
from pathlib import Path

from wijzer.domain import ImageMetadata
from wijzer.errors import ImageError, WijzerError
from wijzer.images.fields import Fields, exif_fields, iptc_fields, xmp_fields
from wijzer.images.sniff import sniff_format, truncation_problem
from wijzer.images.text import join

DEFAULT_MAX_PIXELS = 89_478_485  # Pillow's own default limit


def read_image_metadata(path: Path, max_bytes: int = 20_000_000,
                        max_pixels: int | None = None) -> ImageMetadata:
    """The EXIF, IPTC and XMP credit fields of the image at ``path``.

    The file is checked by content, never by extension: it must be a whole
    JPEG, PNG, TIFF, GIF or WebP of at most ``max_bytes`` bytes and
    ``max_pixels`` pixels. Pixels are never decoded. Anything else raises
    ``WijzerError("image.unreadable")`` with the reason.
    """
    data = _read_bytes(Path(path), max_bytes)
    image_format = sniff_format(data[:16])
    if image_format is None:
        raise _unreadable(path, "not_image")
    problem = truncation_problem(data, image_format)
    if problem:
        raise _unreadable(path, "damaged", detail=problem)
    fields: Fields = {name: [] for name in ("credit", "copyright", "creator", "source",
                                            "description")}
    _collect(Path(path), data, image_format, max_pixels, fields)
    return ImageMetadata(credit=join(fields["credit"]), copyright=join(fields["copyright"]),
                         creator=join(fields["creator"]), source=join(fields["source"]),
                         description=join(fields["description"]))


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    try:
        if not path.is_file():
            raise _unreadable(path, "missing" if not path.exists() else "not_file")
        size = path.stat().st_size
        if size > max_bytes:
            raise _unreadable(path, "too_large", size=size, limit=max_bytes)
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError as exc:
        raise _unreadable(path, "os", detail=exc.strerror or type(exc).__name__) from None
    if not data:
        raise _unreadable(path, "empty")
    if len(data) > max_bytes:
        raise _unreadable(path, "too_large", size=f">{max_bytes}", limit=max_bytes)
    return data


def _collect(path: Path, data: bytes, image_format: str, max_pixels: int | None,
             fields: Fields) -> None:
    from PIL import Image

    limit = max_pixels or Image.MAX_IMAGE_PIXELS or DEFAULT_MAX_PIXELS
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # Pillow warns about odd but harmless metadata
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data), formats=[image_format]) as image:
                width, height = image.size
                if width <= 0 or height <= 0 or width * height > limit:
                    raise _unreadable(path, "pixels", width=width, height=height)
                _check_tiff_data(path, image, len(data))
                exif_fields(image, fields)
                iptc_fields(image, fields)
                xmp_fields(image, fields)
    except WijzerError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise _unreadable(path, "bomb") from None
    except Exception as exc:  # Pillow raises many kinds on bad input
        raise _unreadable(path, "parse", format=image_format, detail=type(exc).__name__) from None


def _check_tiff_data(path: Path, image: object, size: int) -> None:
    """Strips and tiles of a TIFF must lie inside the file."""
    tags = getattr(image, "tag_v2", None)
    if tags is None:
        return
    for offsets_tag, counts_tag in ((273, 279), (324, 325)):
        offsets, counts = tags.get(offsets_tag), tags.get(counts_tag)
        if offsets is None or counts is None:
            continue
        pairs = zip(_ints(offsets), _ints(counts), strict=False)
        if any(offset + count > size for offset, count in pairs):
            raise _unreadable(path, "damaged", detail="TIFF")


def _ints(value: object) -> list[int]:
    values = value if isinstance(value, (tuple, list)) else (value,)
    return [v for v in values if isinstance(v, int)]


def _unreadable(path: Path, reason: str, **params: object) -> WijzerError:
    return ImageError(path, reason, **params)
