"""The quiz "mag dit?": example posts from the pack's rules, a seeded balanced selection, and
a session that takes the answers strictly in order. No I/O."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Any

from wijzer.domain import LocalText, Post, Verdict
from wijzer.engine.checker import Checker
from wijzer.learn.messages import LearnError
from wijzer.pack.model import Rule
from wijzer.pack.schema import Example, QuizSpec

MIN_QUESTIONS = 2
MAX_QUESTIONS = 40


@dataclass(frozen=True)
class QuizItem:
    """One example post: may it be posted as it is, and why (or why not)."""

    id: str  # "<rule id>#flag<n>" or "<rule id>#pass<n>": stable while the pack is unchanged
    text: str
    platform: str
    allowed: bool
    rule: str
    category: str
    guidelines: tuple[str, ...]
    explanation: LocalText
    tip: LocalText | None = None


def item_bank(checker: Checker, spec: QuizSpec) -> list[QuizItem]:
    """Every rule example the checker itself agrees with: flag examples that this rule flags,
    pass examples on which no rule finds anything. Examples needing a reply, a date or an
    image are left out (a quiz shows only the post's text)."""
    pack = checker.pack
    items: list[QuizItem] = []
    for rule in pack.rules:
        for kind, examples in (("flag", rule.spec.examples.flag),
                               ("pass", rule.spec.examples.passes)):
            for number, example in enumerate(examples, start=1):
                post = _post(example)
                if post is None:
                    continue
                item = _item(checker, rule, kind, number, post, spec)
                if item is not None:
                    items.append(item)
    return items


def _post(example: str | Example) -> Post | None:
    if isinstance(example, str):
        return Post(text=example)
    if example.reply_to or example.posted_at or example.attachments:
        return None
    return Post(text=example.text, platform=example.platform)


def _item(checker: Checker, rule: Rule, kind: str, number: int, post: Post,
          spec: QuizSpec) -> QuizItem | None:
    report = checker.check(post)
    item_id = f"{rule.id}#{kind}{number}"
    if kind == "flag":
        finding = next((f for f in report.findings if f.rule == rule.id), None)
        if finding is None or report.verdict is Verdict.GREEN:
            return None
        return QuizItem(item_id, post.text, post.platform, False, rule.id, rule.category,
                        rule.guidelines, finding.message, finding.suggestion)
    if report.findings or report.verdict is not Verdict.GREEN:
        return None
    topic = checker.pack.category_title(rule.category)
    explanation = LocalText(nl=spec.pass_explanation.nl.format(topic=topic.nl),
                            en=spec.pass_explanation.en.format(topic=topic.en))
    return QuizItem(item_id, post.text, post.platform, True, rule.id, rule.category,
                    rule.guidelines, explanation)


def select(bank: list[QuizItem], count: int, seed: int) -> list[QuizItem]:
    """``count`` items, half "may not" and half "may" where the bank allows, spread over
    categories, in a shuffled order that ``seed`` fixes."""
    if not MIN_QUESTIONS <= count <= MAX_QUESTIONS:
        raise LearnError("quiz.size", low=MIN_QUESTIONS, high=MAX_QUESTIONS)
    rng = random.Random(seed)
    flagged = [item for item in bank if not item.allowed]
    allowed = [item for item in bank if item.allowed]
    if len(flagged) + len(allowed) < count or not flagged or not allowed:
        raise LearnError("quiz.too_few_examples")
    want_flagged = min(len(flagged), max(count - len(allowed), count // 2 + count % 2))
    chosen = _spread(flagged, want_flagged, rng) + _spread(allowed, count - want_flagged, rng)
    rng.shuffle(chosen)
    return chosen


def _spread(items: list[QuizItem], count: int, rng: random.Random) -> list[QuizItem]:
    """Pick ``count`` items, a new category each time while one is left."""
    pool = items[:]
    rng.shuffle(pool)
    picked: list[QuizItem] = []
    while len(picked) < count:
        seen = {item.category for item in picked}
        fresh = next((item for item in pool if item.category not in seen), None)
        choice = fresh or pool[0]
        pool.remove(choice)
        picked.append(choice)
    return picked


@dataclass(frozen=True)
class Feedback:
    """What someone learns after answering: right or not, and the explanation."""

    item: QuizItem
    said_allowed: bool

    @property
    def correct(self) -> bool:
        return self.said_allowed == self.item.allowed


@dataclass
class QuizSession:
    """A quiz in progress. Answers come in order, each once; the state can be saved and
    restored (``to_dict``/``from_dict``) without any post text."""

    items: list[QuizItem]
    seed: int
    answers: list[bool] = field(default_factory=list)  # said "allowed", per answered item

    @property
    def finished(self) -> bool:
        return len(self.answers) == len(self.items)

    @property
    def next_number(self) -> int:
        """The number (from 1) of the question to answer now."""
        return len(self.answers) + 1

    def current(self) -> QuizItem:
        if self.finished:
            raise LearnError("quiz.finished")
        return self.items[len(self.answers)]

    def answer(self, number: int, said_allowed: bool) -> Feedback:
        """Answer question ``number`` (from 1); out of order or a second time is an error."""
        if not 1 <= number <= len(self.items):
            raise LearnError("quiz.no_such_question", number=number, count=len(self.items))
        if number <= len(self.answers):
            raise LearnError("quiz.answered_twice", number=number)
        if number != self.next_number:
            raise LearnError("quiz.out_of_order", number=number, expected=self.next_number)
        self.answers.append(said_allowed)
        return Feedback(self.items[number - 1], said_allowed)

    @property
    def score(self) -> int:
        return sum(said == item.allowed for said, item in zip(self.answers, self.items,
                                                               strict=False))

    def to_dict(self) -> dict[str, Any]:
        return {"seed": self.seed, "items": [item.id for item in self.items],
                "answers": list(self.answers)}

    @classmethod
    def from_dict(cls, data: dict[str, Any], bank: list[QuizItem]) -> QuizSession:
        """Restore a saved session; raises ValueError when it does not fit the item bank."""
        by_id = {item.id: item for item in bank}
        ids, answers, seed = data["items"], data["answers"], data["seed"]
        if (not isinstance(ids, list) or not isinstance(answers, list)
                or not isinstance(seed, int) or len(answers) > len(ids)
                or not all(isinstance(a, bool) for a in answers)
                or not all(isinstance(i, str) and i in by_id for i in ids)):
            raise ValueError("saved quiz does not fit this pack")
        return cls([by_id[i] for i in ids], seed, list(answers))
