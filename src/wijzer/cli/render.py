"""Human-readable output: traffic light, the post with flagged words marked, findings."""

from __future__ import annotations

import textwrap
from collections.abc import Mapping

from wijzer.domain import Finding, Report, Verdict
from wijzer.engine.spans import segments
from wijzer.pack.model import Pack
from wijzer.pack.schema import GuidelineEntry

_LIGHT = {
    Verdict.GREEN: ("🟢", {"nl": "GROEN", "en": "GREEN"}, "32"),
    Verdict.ORANGE: ("🟠", {"nl": "ORANJE", "en": "ORANGE"}, "33"),
    Verdict.RED: ("🔴", {"nl": "ROOD", "en": "RED"}, "31"),
}
_LABELS = {
    "nl": {"findings": "Bevindingen", "tip": "Tip", "guideline": "Richtlijn",
           "in_reply": "in het bericht waarop je reageert", "attachment": "bijlage",
           "error": "fout", "warning": "let op", "none": "Geen bevindingen."},
    "en": {"findings": "Findings", "tip": "Tip", "guideline": "Guideline",
           "in_reply": "in the message you are replying to", "attachment": "attachment",
           "error": "error", "warning": "warning", "none": "No findings."},
}


class Style:
    def __init__(self, colour: bool) -> None:
        self.colour = colour

    def paint(self, text: str, code: str) -> str:
        return f"\033[{code}m{text}\033[0m" if self.colour else text

    def mark(self, text: str) -> str:
        return self.paint(text, "1;4;33") if self.colour else f"[[{text}]]"


def render_report(report: Report, pack: Pack, lang: str = "nl", colour: bool = False) -> str:
    style = Style(colour)
    labels = _LABELS["en" if lang == "en" else "nl"]
    icon, names, code = _LIGHT[report.verdict]
    lines = [style.paint(f"{icon} {names['en' if lang == 'en' else 'nl']}", f"1;{code}"),
             report.advice.get(lang), ""]
    lines += ["  " + line for line in _highlight(report, style).splitlines() or [""]]
    lines.append("")
    if not report.findings:
        lines.append(labels["none"])
    else:
        lines.append(style.paint(labels["findings"], "1"))
        entries = pack.entries
        for number, finding in enumerate(report.findings, start=1):
            lines += _finding_lines(number, finding, pack, lang, labels, entries, style)
    for notice in report.notices:
        lines.append(f"ℹ️  {notice.message.get(lang)}")
    return "\n".join(lines)


def _finding_lines(number: int, finding: Finding, pack: Pack, lang: str,
                   labels: dict[str, str], entries: Mapping[str, GuidelineEntry],
                   style: Style) -> list[str]:
    title = pack.category_title(finding.category).get(lang)
    where = f'"{finding.matched}"' if finding.matched else ""
    if finding.field == "reply_to":
        where = f'{where} ({labels["in_reply"]})'
    elif finding.field.startswith("attachments"):
        index = finding.field[len("attachments["):-1]
        where = f'{labels["attachment"]} {int(index) + 1}'
    severity = labels[finding.severity.value]
    out = [f"{number}. {style.paint(title, '1')} ({severity}, {finding.rule}) {where}".rstrip()]
    out += _wrap(finding.message.get(lang), "   ")
    if finding.suggestion:
        out += _wrap(f"{labels['tip']}: {finding.suggestion.get(lang)}", "   ")
    cited = []
    for gid in finding.guidelines:
        entry = entries.get(gid)
        name = entry.title.local().get(lang) if entry is not None else gid
        cited.append(f"{name} ({gid})")
    out += _wrap(f"{labels['guideline']}: " + "; ".join(cited), "   ")
    return out


def _wrap(text: str, indent: str) -> list[str]:
    return textwrap.wrap(text, width=88, initial_indent=indent, subsequent_indent=indent + "  ")


def _highlight(report: Report, style: Style) -> str:
    spans = [(f.start, f.end) for f in report.findings if f.field == "text"]
    return "".join(style.mark(piece) if flagged else piece
                   for piece, flagged in segments(report.post.text, spans))
