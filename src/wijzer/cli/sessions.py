"""What ``wijzer selfscan`` and ``wijzer quiz`` share: --resume, --forget, --share FILE."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from wijzer.learn.messages import LearnError, LearnUsageError, text
from wijzer.learn.progress import ProgressStore
from wijzer.pack.model import Pack


def add_session_options(parser: argparse.ArgumentParser, t: Callable[[str, str], str]) -> None:
    parser.add_argument("--resume", action="store_true", help=t(
        "ga verder waar je gebleven was", "continue where you left off"))
    parser.add_argument("--forget", action="store_true", help=t(
        "verwijder je opgeslagen voortgang en resultaat", "delete your saved progress and result"))
    parser.add_argument("--share", type=Path, metavar="FILE", help=t(
        "schrijf een anonieme samenvatting van je resultaat naar FILE (om zelf te delen)",
        "write an anonymous summary of your result to FILE (for you to share)"))


def forget(store: ProgressStore, lang: str) -> None:
    code = "progress.forgotten" if store.forget() else "progress.nothing_to_forget"
    print(text(code, lang, kind=text(f"kind.{store.kind}", lang)))


def saved_state(store: ProgressStore, pack: Pack, resume: bool) -> dict[str, Any] | None:
    """The unfinished state to continue with (``--resume``), or None to start afresh."""
    saved = store.load()
    unfinished = saved is not None and not saved.get("finished")
    if resume:
        if saved is None or not unfinished:
            raise LearnUsageError("progress.none", kind=store.kind)
        if (saved.get("pack"), saved.get("pack_version")) != (pack.id, pack.meta.version):
            raise LearnUsageError("progress.other_pack", kind=store.kind)
        return saved
    if unfinished:
        raise LearnUsageError("progress.exists", kind=store.kind)
    return None


def finished_state(store: ProgressStore, pack: Pack) -> dict[str, Any]:
    """The finished result to share; one made with another pack or version cannot be read."""
    saved = store.load()
    if saved is None or not saved.get("finished"):
        raise LearnUsageError("share.not_finished", kind=store.kind)
    if (saved.get("pack"), saved.get("pack_version")) != (pack.id, pack.meta.version):
        raise LearnUsageError("progress.other_pack", kind=store.kind)
    return saved


def write_summary(path: Path, summary: dict[str, Any], lang: str) -> None:
    """Write the summary to a new file; never overwrite one."""
    try:
        with path.open("x", encoding="utf-8") as handle:
            json.dump(summary, handle, ensure_ascii=False, indent=2)
    except FileExistsError:
        raise LearnUsageError("share.exists", path=path) from None
    except OSError as exc:
        raise LearnError("progress.unwritable", path=path,
                         reason=exc.strerror or type(exc).__name__) from None
    print(text("share.written", lang, path=path))


def pack_identity(pack: Pack) -> dict[str, str]:
    return {"pack": pack.id, "pack_version": pack.meta.version}
