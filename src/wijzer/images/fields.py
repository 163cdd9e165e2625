"""Collect credit, copyright, creator, source and description from EXIF, IPTC and XMP."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from wijzer.images.text import decode

if TYPE_CHECKING:
    from PIL.Image import Image

Fields = dict[str, list[str]]

# EXIF tags of IFD0: Artist, Copyright, ImageDescription and Windows' UTF-16 XPAuthor.
_EXIF = {0x013B: "creator", 0x8298: "copyright", 0x010E: "description"}
_XP_AUTHOR = 0x9C9D
# IPTC IIM record 2: By-line, Credit, Source, Copyright Notice, Caption/Abstract.
_IPTC = {(2, 80): "creator", (2, 110): "credit", (2, 115): "source", (2, 116): "copyright",
         (2, 120): "description"}
_UTF8_MARK = b"\x1b%G"

_DC = "http://purl.org/dc/elements/1.1/"
_PHOTOSHOP = "http://ns.adobe.com/photoshop/1.0/"
_RIGHTS = "http://ns.adobe.com/xap/1.0/rights/"
_TIFF = "http://ns.adobe.com/tiff/1.0/"
_PLUS = "http://ns.useplus.org/ldf/xmp/1.0/"
_IPTC_CORE = "http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/"
_XMP = {
    f"{{{_DC}}}creator": "creator", f"{{{_TIFF}}}Artist": "creator",
    f"{{{_PLUS}}}ImageCreatorName": "creator",
    f"{{{_DC}}}rights": "copyright", f"{{{_TIFF}}}Copyright": "copyright",
    f"{{{_RIGHTS}}}Owner": "copyright", f"{{{_RIGHTS}}}UsageTerms": "copyright",
    f"{{{_PLUS}}}CopyrightOwnerName": "copyright",
    f"{{{_IPTC_CORE}}}CopyrightNotice": "copyright",
    f"{{{_PHOTOSHOP}}}Credit": "credit",
    f"{{{_PHOTOSHOP}}}Source": "source", f"{{{_DC}}}source": "source",
    f"{{{_DC}}}description": "description", f"{{{_TIFF}}}ImageDescription": "description",
}
_XML_ATTRIBUTES = ("{http://www.w3.org/XML/1998/namespace}lang",
                   "{http://www.w3.org/1999/02/22-rdf-syntax-ns#}parseType",
                   "{http://www.w3.org/1999/02/22-rdf-syntax-ns#}resource")
MAX_XMP_BYTES = 1_000_000
MAX_XMP_NODES = 20_000


def exif_fields(image: Image, fields: Fields) -> None:
    try:
        exif = image.getexif()
        items = {tag: exif.get(tag) for tag in (*_EXIF, _XP_AUTHOR)}
    except Exception:  # broken EXIF is no reason to reject the image
        return
    for tag, name in _EXIF.items():
        if items[tag] is not None:
            # EXIF copyright may hold "photographer\0editor".
            fields[name].extend(decode(items[tag]).split("\x00"))
    author = items[_XP_AUTHOR]
    if isinstance(author, (bytes, tuple)):
        raw = bytes(author)
        fields["creator"].append(raw.decode("utf-16-le", errors="replace"))


def iptc_fields(image: Image, fields: Fields) -> None:
    from PIL import IptcImagePlugin

    try:
        info = IptcImagePlugin.getiptcinfo(image)  # type: ignore[arg-type]
    except Exception:  # malformed IPTC: ignore the block
        return
    if not info:
        return
    utf8 = any(value.startswith(_UTF8_MARK) for value in _as_list(info.get((1, 90))))
    for key, name in _IPTC.items():
        fields[name].extend(decode(value, utf8) for value in _as_list(info.get(key)))


def xmp_fields(image: Image, fields: Fields) -> None:
    raw = image.info.get("xmp")
    if not isinstance(raw, (bytes, str)) or len(raw) > MAX_XMP_BYTES:
        return
    try:
        tree = image.getxmp(strip_namespaces=False)
    except Exception:  # malformed or hostile XML (entities, deep nesting)
        return
    for key, value in _walk(tree):
        name = _XMP.get(key)
        if name:
            fields[name].extend(_strings(value))


def _as_list(value: Any) -> list[bytes]:
    if value is None:
        return []
    values = value if isinstance(value, list) else [value]
    return [v for v in values if isinstance(v, bytes)]


def _walk(tree: Any) -> Iterator[tuple[str, Any]]:
    """Every (key, value) pair of the nested XMP dictionary, without recursion."""
    stack = [tree]
    seen = 0
    while stack and seen < MAX_XMP_NODES:
        node = stack.pop()
        seen += 1
        if isinstance(node, dict):
            for key, value in node.items():
                yield key, value
                stack.append(value)
        elif isinstance(node, list):
            stack.extend(node)


def _strings(value: Any) -> list[str]:
    """The text values inside an XMP property (a plain value, rdf:Seq/Bag/Alt lists)."""
    found: list[str] = []
    stack = [value]
    while stack and len(found) < 50:
        node = stack.pop()
        if isinstance(node, str):
            found.append(node)
        elif isinstance(node, dict):
            stack.extend(v for k, v in node.items() if k not in _XML_ATTRIBUTES)
        elif isinstance(node, list):
            stack.extend(reversed(node))
    return found
