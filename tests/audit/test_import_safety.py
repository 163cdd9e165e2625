"""Bad input: zip bombs, path traversal, corrupt or truncated archives, unknown formats."""

from __future__ import annotations

import json
import struct
import zipfile
from pathlib import Path

import pytest
from audit_helpers import FIXTURES, read_all, zip_folder

from wijzer.audit import ImportLimits, open_export
from wijzer.audit.importers.names import is_safe_name
from wijzer.errors import WijzerError

TWEET = json.dumps([{"tweet": {"id_str": "1", "full_text": "Hallo Zeeland",
                               "created_at": "Wed Oct 10 20:19:24 +0000 2018"}}])


DEFAULT = ImportLimits()


def _refused(path: Path, limits: ImportLimits = DEFAULT) -> WijzerError:
    with pytest.raises(WijzerError) as error:
        open_export(path, limits)
    assert error.value.message("nl") and error.value.message("en")
    return error.value


def test_zip_bomb_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "bomb.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("data/tweets.js", b"window.YTD.tweets.part0 = [" + b" " * (8 << 20)
                         + b"]")
    error = _refused(path)
    assert error.code == "audit.zip_bomb"
    assert "data/tweets.js" in error.message("en")


def test_total_size_member_size_and_count_limits(tmp_path: Path) -> None:
    path = zip_folder(FIXTURES / "x", tmp_path / "x.zip")
    assert _refused(path, ImportLimits(max_total_bytes=1000)).code == "audit.too_large"
    assert _refused(path, ImportLimits(max_member_bytes=500)).code == "audit.member_too_large"
    assert _refused(path, ImportLimits(max_members=3)).code == "audit.too_many_members"
    assert _refused(FIXTURES / "x", ImportLimits(max_members=3)).code == "audit.too_many_members"


def test_photos_and_videos_do_not_count_against_the_limits(tmp_path: Path) -> None:
    path = tmp_path / "x.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("data/tweets.js", "window.YTD.tweets.part0 = " + TWEET)
        archive.writestr("data/tweets_media/1-video.mp4", b"\0" * (4 << 20))
    _, posts = read_all(path)
    assert len(posts) == 1
    assert open_export(path, ImportLimits(max_total_bytes=4096)).format == "x"


def test_traversal_names_are_never_opened(tmp_path: Path) -> None:
    path = tmp_path / "evil.zip"
    unsafe = ["../tweets.js", "/etc/tweets.js", "C:/data/tweets.js", "data\\tweets.js",
              "data/../../tweets.js"]
    with zipfile.ZipFile(path, "w") as archive:
        for name in unsafe:
            archive.writestr(zipfile.ZipInfo(name), "window.YTD.tweets.part0 = " + TWEET)
        archive.writestr("data/tweets.js", "window.YTD.tweets.part0 = " + TWEET)
    before = sorted(tmp_path.parent.rglob("*"))
    export, posts = read_all(path)
    assert export.members == ["data/tweets.js"]
    assert len(posts) == 1
    assert export.summary.skipped["unsafe_name"] == len(unsafe)
    assert set(export.summary.member_problems) == set(unsafe)
    assert sorted(tmp_path.parent.rglob("*")) == before


@pytest.mark.parametrize("name", ["../a.js", "/a.js", "a/../../b", "C:x", "c:/x", "a\\b",
                                  "a\x00b", ""])
def test_unsafe_names(name: str) -> None:
    assert not is_safe_name(name)


def test_safe_names() -> None:
    assert is_safe_name("data/tweets.js")
    assert is_safe_name("twitter-2023/data/tweets-part1.js")
    assert is_safe_name("your_instagram_activity/media/posts_1.json")


def test_truncated_zip_is_a_clear_error(tmp_path: Path) -> None:
    whole = zip_folder(FIXTURES / "x", tmp_path / "x.zip").read_bytes()
    cut = tmp_path / "cut.zip"
    cut.write_bytes(whole[: len(whole) // 2])
    assert _refused(cut).code == "audit.truncated"


def test_garbage_named_zip_is_a_corrupt_archive(tmp_path: Path) -> None:
    path = tmp_path / "export.zip"
    path.write_bytes(b"\x89PNG this is not a zip at all" * 10)
    assert _refused(path).code == "audit.corrupt_archive"


def test_damaged_member_gives_a_partial_result(tmp_path: Path) -> None:
    path = zip_folder(FIXTURES / "x", tmp_path / "x.zip")
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo("data/tweets.js")
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    for offset in range(start + 200, start + 260):
        data[offset] ^= 0x5A
    path.write_bytes(bytes(data))
    export, posts = read_all(path)
    assert export.summary.member_problems.get("data/tweets.js") in {"corrupt", "truncated"}
    assert export.summary.members_read["data/tweets-part1.js"] == 1
    assert any(post.source.startswith("data/tweets-part1.js") for post in posts)


def test_member_that_lies_about_its_size_is_cut_and_reported(tmp_path: Path) -> None:
    path = tmp_path / "liar.zip"
    content = ("window.YTD.tweets.part0 = " + TWEET).encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as archive:
        archive.writestr("data/tweets.js", content)
    data = bytearray(path.read_bytes())
    declared = 20
    local = data.index(b"PK\x03\x04")
    central = data.index(b"PK\x01\x02")
    struct.pack_into("<I", data, local + 22, declared)
    struct.pack_into("<I", data, central + 24, declared)
    path.write_bytes(bytes(data))
    export, posts = read_all(path)
    assert posts == []
    assert export.summary.member_problems["data/tweets.js"] in {"corrupt", "truncated"}


def test_truncated_file_keeps_the_records_before_the_cut(tmp_path: Path) -> None:
    text = (FIXTURES / "x" / "data" / "tweets.js").read_text(encoding="utf-8")
    cut = text.index('"1600000000000000004"')  # inside the fourth tweet
    path = tmp_path / "tweets.js"
    path.write_text(text[:cut], encoding="utf-8")
    export, posts = read_all(path)
    assert [post.id for post in posts] == ["1600000000000000001", "1600000000000000002",
                                           "1600000000000000003"]
    assert list(export.summary.member_problems.values()) == ["truncated"]


def test_unknown_format_lists_the_supported_ones(tmp_path: Path) -> None:
    folder = tmp_path / "export"
    folder.mkdir()
    (folder / "notes.txt").write_text("hallo")
    error = _refused(folder)
    assert error.code == "audit.unknown_format"
    for label in ("LinkedIn", "X/Twitter", "Facebook", "Instagram", "CSV", "JSON Lines"):
        assert label in error.message("nl")


def test_missing_path(tmp_path: Path) -> None:
    assert _refused(tmp_path / "nope.zip").code == "file.missing"


def test_symlinks_in_a_folder_are_not_followed(tmp_path: Path) -> None:
    outside = tmp_path / "secret.js"
    outside.write_text("window.YTD.tweets.part0 = " + TWEET)
    folder = tmp_path / "export" / "data"
    folder.mkdir(parents=True)
    (folder / "tweets.js").write_text("window.YTD.tweets.part0 = " + TWEET)
    (folder / "tweets-part1.js").symlink_to(outside)
    export, _ = read_all(tmp_path / "export")
    assert export.members == ["data/tweets.js"]
    assert export.summary.member_problems == {"data/tweets-part1.js": "unsafe_name"}


def test_nothing_is_printed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for name in ("linkedin", "x", "facebook", "instagram"):
        read_all(FIXTURES / name)
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err == ""
