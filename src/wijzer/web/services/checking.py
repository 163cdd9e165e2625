"""The checker, loaded once at start and shared by all requests (it is read-only)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from wijzer.domain import Attachment, LocalText, Post
from wijzer.engine.checker import Checker
from wijzer.engine.serialize import report_to_dict
from wijzer.engine.spans import segments
from wijzer.pack.loader import load_pack
from wijzer.pack.model import Pack


@dataclass(frozen=True)
class Question:
    """A question shown beside the draft (the LinkedIn checklist, rule 7's purpose)."""

    guideline: str
    title: LocalText
    explanation: LocalText


class CheckService:
    def __init__(self, pack_name: str | None = None) -> None:
        self.pack: Pack = load_pack(pack_name)
        self.checker = Checker(self.pack)
        # Fill the pack's lazy caches now, not in concurrent first requests.
        first_platform = next(iter(self.pack.meta.platforms))
        self.checker.check(Post(text="Wijzer start.", platform=first_platform))

    def platforms(self) -> list[tuple[str, str]]:
        return [(key, spec.name) for key, spec in self.pack.meta.platforms.items()]

    def check(self, text: str, platform: str, reply_to: str | None = None,
              attachments: tuple[Attachment, ...] = (), lang: str = "nl") -> dict[str, Any]:
        """The report as plain data (see :func:`wijzer.engine.serialize.report_to_dict`).

        Raises :class:`wijzer.errors.WijzerError` for an empty or too long text or an
        unknown platform.
        """
        post = Post(text=text, platform=platform, reply_to=reply_to or None,
                    attachments=attachments)
        report = self.checker.check(post)
        data = report_to_dict(report, self.pack, lang)
        data["categories"] = {
            f.category: self.pack.meta.categories[f.category].title.local().get(lang)
            for f in report.findings if f.category in self.pack.meta.categories}
        return data

    def side_questions(self) -> list[Question]:
        """The pack's checklist questions and rule 7's purpose question, in pack order."""
        questions = []
        for entry in self.pack.guideline.entries:
            if entry.source.kind == "checklist" or entry.id.endswith(".purposeful"):
                questions.append(Question(entry.id, entry.title.local(),
                                          entry.explanation.local()))
        return questions

    def category_title(self, category: str, lang: str) -> str:
        spec = self.pack.meta.categories.get(category)
        return spec.title.local().get(lang) if spec else category


def highlight_segments(text: str, findings: list[dict[str, Any]]) -> list[tuple[str, bool]]:
    """``text`` cut into (piece, flagged) pieces by the findings' spans in the draft field."""
    return segments(text, [(f["start"], f["end"]) for f in findings if f.get("field") == "text"])
