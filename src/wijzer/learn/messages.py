"""The message catalogue of the learning tools (checklist, self-scan, quiz), Dutch and English."""

from __future__ import annotations

from typing import Any

from wijzer.errors import UsageError, WijzerError
from wijzer.i18n import fill

MESSAGES: dict[str, tuple[str, str]] = {
    # (Dutch, English)
    "answer.invalid": ("'{value}' begrijp ik niet. Antwoord met {choices}.",
                       "I do not understand '{value}'. Answer with {choices}."),
    "answer.yes_no_unsure": ("ja, nee of weet niet", "yes, no or not sure"),
    "answer.yes_no": ("ja of nee", "yes or no"),
    "answers.count": ("Er zijn {expected} vragen, maar je gaf {given} antwoorden.",
                      "There are {expected} questions, but you gave {given} answers."),
    "answers.not_interactive": (
        "Dit is een vragenlijst: start hem in een terminal, of geef de antwoorden mee met "
        "--answers {example}.",
        "This is a questionnaire: start it in a terminal, or give the answers with "
        "--answers {example}."),
    "session.not_interactive": (
        "De {kind} is een vragenlijst voor jou alleen: start hem in een terminal.",
        "The {kind} is a questionnaire for you alone: start it in a terminal."),
    "checklist.json_needs_answers": ("--format json hoort bij --answers.",
                                     "--format json goes with --answers."),
    "option.invalid": ("'{value}' is geen keuze bij deze vraag. Kies {choices}.",
                       "'{value}' is not a choice for this question. Choose {choices}."),
    "option.one_only": ("Bij deze vraag kies je één antwoord.",
                        "Choose one answer for this question."),
    "option.none_with_other": ("'Geen' gaat niet samen met andere keuzes.",
                               "'None' does not go together with other choices."),
    "scan.unknown_question": ("Onbekende vraag '{question}'.", "Unknown question '{question}'."),
    "scan.incomplete": ("Nog niet alle vragen zijn beantwoord ({missing}).",
                        "Not every question has been answered yet ({missing})."),
    "quiz.out_of_order": ("Vraag {number} is nog niet aan de beurt; beantwoord eerst vraag "
                          "{expected}.",
                          "Question {number} is not up yet; answer question {expected} first."),
    "quiz.answered_twice": ("Vraag {number} is al beantwoord; een antwoord telt maar één keer.",
                            "Question {number} has already been answered; an answer counts "
                            "only once."),
    "quiz.finished": ("De quiz is al klaar.", "The quiz is already finished."),
    "quiz.no_such_question": ("Er is geen vraag {number}; de quiz heeft {count} vragen.",
                              "There is no question {number}; the quiz has {count} questions."),
    "quiz.size": ("Kies tussen {low} en {high} vragen.", "Choose between {low} and {high} "
                  "questions."),
    "quiz.too_few_examples": ("Het beleidspakket heeft te weinig voorbeelden voor een quiz.",
                              "The policy pack has too few examples for a quiz."),
    "progress.damaged": ("De opgeslagen voortgang in {path} is beschadigd en is opzij gezet als "
                         "{backup}. Begin opnieuw.",
                         "The saved progress in {path} is damaged and was set aside as "
                         "{backup}. Start again."),
    "progress.unwritable": ("Voortgang kan niet worden opgeslagen in {path} ({reason}). Zet "
                            "WIJZER_DATA_DIR op een map waarin je mag schrijven.",
                            "Cannot save progress in {path} ({reason}). Set WIJZER_DATA_DIR to "
                            "a folder you can write to."),
    "progress.none": ("Er is geen opgeslagen {kind} om verder te gaan.",
                      "There is no saved {kind} to resume."),
    "progress.other_pack": ("De opgeslagen {kind} hoort bij een ander beleidspakket of een "
                            "andere versie; begin opnieuw of gebruik --forget.",
                            "The saved {kind} belongs to another policy pack or version; start "
                            "again or use --forget."),
    "progress.exists": ("Er staat nog een onafgemaakte {kind}. Ga verder met --resume of begin "
                        "opnieuw met --forget.",
                        "There is an unfinished {kind}. Continue with --resume or start again "
                        "with --forget."),
    "progress.forgotten": ("Je opgeslagen {kind} is verwijderd.", "Your saved {kind} was deleted."),
    "progress.nothing_to_forget": ("Er was geen opgeslagen {kind}.", "There was no saved {kind}."),
    "progress.saved": ("Je voortgang is bewaard in {path}. Ga later verder met --resume.",
                       "Your progress is saved in {path}. Continue later with --resume."),
    "share.not_finished": ("Er is nog geen afgeronde {kind} om te delen.",
                           "There is no finished {kind} to share yet."),
    "share.written": ("Anonieme samenvatting geschreven naar {path} (geen teksten, geen naam). "
                      "Stuur dit bestand naar Team Communicatie als je wilt.",
                      "Anonymous summary written to {path} (no texts, no name). Send this file "
                      "to Team Communicatie if you wish."),
    "share.invalid": ("Samenvatting {index} is ongeldig: {problem}",
                      "Summary {index} is invalid: {problem}"),
    "share.exists": ("{path} bestaat al; kies een andere bestandsnaam.",
                     "{path} already exists; choose another file name."),
    "interrupted.nothing_saved": ("Gestopt. Er is niets bewaard.",
                                  "Stopped. Nothing was saved."),
    "interrupted.saved": ("Gestopt. Je voortgang is bewaard in {path}; ga verder met --resume.",
                          "Stopped. Your progress is saved in {path}; continue with --resume."),
    "prompt.question": ("Vraag {number} van {count}", "Question {number} of {count}"),
    "prompt.reply": ("Antwoord (ja / nee / weet niet): ", "Answer (yes / no / not sure): "),
    "prompt.yes_no": ("Mag dit? (ja / nee): ", "Is this OK? (yes / no): "),
    "prompt.choice": ("Kies een nummer: ", "Choose a number: "),
    "prompt.choices": ("Kies een of meer nummers, gescheiden door komma's: ",
                       "Choose one or more numbers, separated by commas: "),
    "prompt.draft": ("Plak of typ je bericht; sluit af met een lege regel:",
                     "Paste or type your post; end with an empty line:"),
    "reply.yes": ("ja", "yes"),
    "reply.no": ("nee", "no"),
    "reply.unsure": ("weet niet", "not sure"),
    "guideline": ("Richtlijn", "Guideline"),
    "checklist.advice": ("Advies van de richtlijn", "The guideline's advice"),
    "checklist.action.adjust": ("Pas je bericht aan.", "Adjust your post."),
    "checklist.action.wait": ("Wacht nog even met plaatsen.", "Wait before posting."),
    "checklist.action.consult": ("Overleg eerst met {contact}.", "Consult {contact} first."),
    "checklist.check": ("Wat Wijzer in je bericht ziet", "What Wijzer sees in your post"),
    "scan.profile": ("Jouw profiel", "Your profile"),
    "scan.tips": ("Tips uit de richtlijn", "Tips from the guideline"),
    "scan.kept": ("Je resultaat blijft alleen op deze computer ({path}). Wil je het anoniem "
                  "delen met Team Communicatie: wijzer selfscan --share BESTAND. Wissen: wijzer "
                  "selfscan --forget.",
                  "Your result stays on this computer only ({path}). To share it anonymously "
                  "with Team Communicatie: wijzer selfscan --share FILE. To delete it: wijzer "
                  "selfscan --forget."),
    "quiz.kept": ("Je score blijft alleen op deze computer ({path}). Anoniem delen: wijzer quiz "
                  "--share BESTAND. Wissen: wijzer quiz --forget.",
                  "Your score stays on this computer only ({path}). To share it anonymously: "
                  "wijzer quiz --share FILE. To delete it: wijzer quiz --forget."),
    "quiz.right": ("Goed!", "Right!"),
    "quiz.wrong": ("Niet goed.", "Not quite."),
    "quiz.allowed": ("Dit mag.", "This may be posted."),
    "quiz.not_allowed": ("Dit mag niet zo.", "This may not be posted like this."),
    "quiz.tip": ("Tip", "Tip"),
    "quiz.score": ("Je score: {score} van {count}.", "Your score: {score} out of {count}."),
    "kind.selfscan": ("zelfscan", "self-scan"),
    "kind.quiz": ("quiz", "quiz"),
}


def shown(value: str, limit: int = 40) -> str:
    """Part of what someone typed, safe to print: short, no control or undecodable characters."""
    cleaned = "".join(char if char.isprintable() else "\ufffd" for char in value[:limit])
    cleaned = cleaned.encode("utf-8", "replace").decode("utf-8")
    return cleaned + ("..." if len(value) > limit else "")


def text(code: str, lang: str = "nl", **params: Any) -> str:
    """The message for ``code`` in ``lang`` ("nl" or "en"), filled in."""
    return fill(MESSAGES, code, lang, **params)


def _render(code: str, lang: str, params: dict[str, Any]) -> str:
    """A message of this package; ``kind`` and catalogue-coded ``choices`` are translated too."""
    filled = dict(params)
    if "kind" in filled:
        filled["kind"] = text(f"kind.{filled['kind']}", lang)
    if str(filled.get("choices", "")).startswith("answer."):
        filled["choices"] = text(str(filled["choices"]), lang)
    return text(code, lang, **filled)


class LearnError(WijzerError):
    """Bad input to a learning tool (exit status 3); messages from this package's catalogue."""

    def message(self, lang: str = "nl") -> str:
        return _render(self.code, lang, self.params)


class LearnUsageError(UsageError):
    """A learning command called wrongly (exit status 2)."""

    def message(self, lang: str = "nl") -> str:
        return _render(self.code, lang, self.params)


class LearnInterrupted(WijzerError):
    """The person stopped a questionnaire (Ctrl-C or end of input): exit status 130."""

    exit_status = 130

    def message(self, lang: str = "nl") -> str:
        return _render(self.code, lang, self.params)
