"""The checklist before posting: questions from the pack, and the advice for the answers given."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from wijzer.learn.answers import Reply
from wijzer.learn.messages import LearnError
from wijzer.pack.loader import load_pack_data
from wijzer.pack.model import Pack
from wijzer.pack.schema import ChecklistAdvice, ChecklistFile, ChecklistQuestion

CHECKLIST_FILE = "checklist.yml"
# The most careful advice decides: consulting Team Communicatie outweighs waiting, which
# outweighs adjusting the post.
_WEIGHT = {"adjust": 1, "wait": 2, "consult": 3}


def load_checklist(pack: Pack) -> ChecklistFile:
    """The pack's ``checklist.yml``, validated (errors name file and line)."""
    return load_pack_data(pack, CHECKLIST_FILE, ChecklistFile)


@dataclass(frozen=True)
class Advice:
    """The advice for one question answered "no" or "not sure"."""

    question: ChecklistQuestion
    reply: Reply
    advice: ChecklistAdvice


@dataclass(frozen=True)
class Outcome:
    """All advice, the most careful action first ("proceed" when every answer was yes)."""

    action: str
    advice: tuple[Advice, ...]


def advise(checklist: ChecklistFile, replies: list[Reply]) -> Outcome:
    """The guideline's advice for the answers, one per question, in question order."""
    if len(replies) != len(checklist.questions):
        raise LearnError("answers.count", expected=len(checklist.questions), given=len(replies))
    advice = [Advice(question, reply, question.if_no if reply is Reply.NO else question.if_unsure)
              for question, reply in zip(checklist.questions, replies, strict=True)
              if reply is not Reply.YES]
    if not advice:
        return Outcome("proceed", ())
    advice.sort(key=lambda item: -_WEIGHT[item.advice.action])
    return Outcome(advice[0].advice.action, tuple(advice))


def outcome_to_dict(outcome: Outcome, pack: Pack, lang: str = "nl") -> dict[str, Any]:
    """The JSON form of the advice (for ``--format json`` and the web app)."""
    entries = pack.entries
    return {
        "action": outcome.action,
        "advice": [{"question": item.question.id,
                    "text": item.question.question.local().get(lang),
                    "reply": item.reply.value,
                    "action": item.advice.action,
                    "advice": item.advice.text.local().get(lang),
                    "guidelines": [{"id": gid, "title": entries[gid].title.local().get(lang)}
                                   for gid in item.question.guidelines]}
                   for item in outcome.advice],
    }
