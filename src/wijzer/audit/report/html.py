"""The audit report as one self-contained HTML page: inline CSS and SVG, no scripts.

Every text that comes from the export (post texts, file names) is escaped; the page loads
nothing and runs nothing, so a hostile post stays inert text.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from wijzer.audit.report.html_parts import STYLE, number, posts_section, read_section, table
from wijzer.audit.report.periods import activity_periods
from wijzer.audit.report.svg import bar_chart, column_chart
from wijzer.audit.summary import AuditReport, HistoryNote
from wijzer.audit.texts import t
from wijzer.pack.model import Pack


def render_html(report: AuditReport, pack: Pack, lang: str = "nl") -> str:
    """The whole page."""
    def tr(code: str, **params: object) -> str:
        return t(code, lang, **params)

    body = [f"<header><h1>{escape(tr('title'))}</h1>",
            f"<p>{escape(tr('intro'))}</p>",
            f'<p class="privacy" role="note">{escape(tr("privacy"))}</p>',
            f"<p class=\"meta\">{escape(tr('source', source=report.source, format=report.format))}"
            + (f"<br>{escape(tr('period', first=report.first_day, last=report.last_day))}"
               if report.first_day else "") + "</p></header>",
            _overview(report, pack, lang), _activity(report, lang), _dosage(report, lang),
            _focus(report, pack, lang), _findings(report, pack, lang),
            posts_section(report, pack, lang), read_section(report, lang),
            _footer(report, pack, lang)]
    return (f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
            'style-src \'unsafe-inline\'; img-src data:">'
            '<meta name="referrer" content="no-referrer">'
            f"<title>{escape(tr('title'))}</title><style>{STYLE}</style></head>"
            f"<body><main>{''.join(body)}</main></body></html>\n")


def _footer(report: AuditReport, pack: Pack, lang: str) -> str:
    when = report.generated_at.strftime("%Y-%m-%d %H:%M")
    made = t("generated", lang, when=when, pack=report.pack_id, version=report.pack_version)
    contact = pack.meta.contact.local().get(lang)
    return f"<footer><p>{escape(t('footer', lang, contact=contact))}<br>{escape(made)}</p></footer>"


def _overview(report: AuditReport, pack: Pack, lang: str) -> str:
    read = int(report.imported.get("posts_yielded", 0))
    passing = report.verdicts.get("green", 0)
    look = report.verdicts.get("orange", 0) + report.verdicts.get("red", 0)
    cards = [(read, t("card.posts", lang)), (passing, t("card.pass", lang)),
             (look, t("card.look", lang)), (len(report.dosage.days), t("card.days", lang))]
    items = "".join(f'<li class="card"><strong>{number(value, lang)}</strong>'
                    f"<span>{escape(label)}</span></li>" for value, label in cards)
    notes = "".join(f'<li class="note">{escape(_note_text(note, pack, lang))} '
                    f'<span class="gid">({escape(note.guideline)})</span></li>'
                    for note in report.notes)
    remark = (f'<ul class="notes">{notes}</ul>' if notes
              else f"<p>{escape(t('all_clear', lang))}</p>")
    return (f'<section aria-labelledby="s-overview"><h2 id="s-overview">'
            f"{escape(t('h.overview', lang))}</h2><ul class=\"cards\">{items}</ul>{remark}"
            "</section>")


def _note_text(note: HistoryNote, pack: Pack, lang: str) -> str:
    """The note's text, a subject id in it replaced by the subject's title."""
    named = dict(note.params)
    subject = pack.meta.subjects.get(str(named.get("field", "")))
    if subject is not None:
        named["field"] = subject.title.local().get(lang)
    return t(note.code, lang, **named)


def _activity(report: AuditReport, lang: str) -> str:
    unit, periods = activity_periods(report.dosage.days)
    if not periods:
        return ""
    unit_name = t(f"unit.{unit}", lang)
    labels = [label for label, _, _ in periods]
    every = max(1, len(labels) // 8)
    chart = column_chart(
        "c-activity", t("chart.activity", lang, unit=unit_name),
        t("chart.activity_desc", lang, count=len(labels), unit=unit_name, first=labels[0],
          last=labels[-1], max=max(p + r for _, p, r in periods)),
        labels, [([p for _, p, _ in periods], "posts"), ([r for _, _, r in periods], "replies")],
        label_every=every)
    legend = (f'<p class="legend"><span class="key posts"></span>{escape(t("col.posts", lang))} '
              f'<span class="key replies"></span>{escape(t("col.replies", lang))}</p>')
    rows = [(label, p, r, p + r) for label, p, r in periods if p + r]
    hours = report.dosage.by_hour
    settings = report.dosage.settings
    start, end = _clock(settings.late_start), _clock(settings.late_end)
    late = [count if settings.is_late(hour * 60) else 0 for hour, count in enumerate(hours)]
    day = [count - night for count, night in zip(hours, late, strict=True)]
    hour_chart = column_chart("c-hours", t("chart.hours", lang),
                              t("chart.hours_desc", lang, start=start, end=end),
                              [f"{hour:02d}" for hour in range(24)],
                              [(day, "posts"), (late, "night")], label_every=3)
    return (f'<section aria-labelledby="s-activity"><h2 id="s-activity">'
            f"{escape(t('h.activity', lang))}</h2>{chart}{legend}"
            + table(lang, [t("col.period", lang), t("col.posts", lang), t("col.replies", lang),
                           t("col.total", lang)], rows)
            + f"<h3>{escape(t('h.hours', lang))}</h3>{hour_chart}"
            + table(lang, [t("col.hour", lang), t("col.count", lang)],
                    [(f"{hour:02d}:00", count) for hour, count in enumerate(hours) if count])
            + "</section>")


def _clock(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def _dosage(report: AuditReport, lang: str) -> str:
    dosage = report.dosage
    settings = dosage.settings
    parts = [f'<section aria-labelledby="s-dosage"><h2 id="s-dosage">'
             f"{escape(t('h.dosage', lang))}</h2>",
             "<p>" + escape(t("dosage.figures", lang, dated=number(dosage.dated, lang),
                              days=number(len(dosage.days), lang),
                              mean=f"{dosage.mean_per_active_day:.1f}",
                              max_day=dosage.max_per_day, max_week=dosage.max_per_week,
                              late=round(100 * dosage.late_share),
                              start=_clock(settings.late_start), end=_clock(settings.late_end)))
             + "</p>"]
    if dosage.undated:
        parts.append(f"<p>{escape(t('dosage.undated', lang, count=dosage.undated))}</p>")
    if dosage.busy_days:
        headers = [t(f"col.{c}", lang) for c in ("day", "posts", "replies", "total")]
        rows: list[tuple[object, ...]] = [(d.day.isoformat(), d.posts, d.replies, d.total)
                                          for d in dosage.busy_days[:10]]
        parts.append(f"<h3>{escape(t('dosage.busy', lang))}</h3>"
                     + table(lang, headers, rows, open_=True))
    if dosage.bursts:
        headers = [t(f"col.{c}", lang) for c in ("from", "to", "count")]
        rows = [(b.start.strftime("%Y-%m-%d %H:%M"),
                 b.end.strftime("%H:%M" if b.end.date() == b.start.date() else "%Y-%m-%d %H:%M"),
                 b.posts) for b in dosage.bursts[:10]]
        parts.append(f"<h3>{escape(t('dosage.bursts', lang))}</h3>"
                     + table(lang, headers, rows, open_=True))
    parts.append("</section>")
    return "".join(parts)


def _focus(report: AuditReport, pack: Pack, lang: str) -> str:
    focus = report.focus
    subjects = pack.meta.subjects

    def name(subject: str) -> str:
        spec = subjects.get(subject)
        title = spec.title.local().get(lang) if spec else subject
        return title if spec is None or spec.work else f"{title} ({t('focus.private', lang)})"

    parts = [f'<section aria-labelledby="s-focus"><h2 id="s-focus">'
             f"{escape(t('h.focus', lang))}</h2>",
             "<p>" + escape(t("focus.figures", lang, classified=focus.classified,
                              unclassified=focus.unclassified)) + " "]
    if focus.field is not None:
        parts.append(escape(t("focus.field", lang, field=name(focus.field),
                              share=round(100 * (focus.field_share or 0)))))
    elif focus.top_subject is not None:
        parts.append(escape(t("focus.top", lang, field=name(focus.top_subject),
                              share=round(100 * focus.top_share))))
    if focus.classified:
        parts.append(" " + escape(t("focus.private_share", lang,
                                    share=round(100 * focus.private_share))))
    parts.append("</p>")
    if focus.shares:
        rows = [(name(share.subject), share.posts) for share in focus.shares]
        parts.append(bar_chart("c-subjects", t("chart.subjects", lang),
                               t("chart.bars_desc", lang), rows))
        parts.append(table(lang, [t("col.subject", lang), t("col.count", lang),
                                  t("col.share", lang)],
                           [(label, count, f"{round(100 * s.share)}%")
                            for (label, count), s in zip(rows, focus.shares, strict=True)]))
    parts.append("</section>")
    return "".join(parts)


def _findings(report: AuditReport, pack: Pack, lang: str) -> str:
    head = (f'<section aria-labelledby="s-findings"><h2 id="s-findings">'
            f"{escape(t('h.findings', lang))}</h2>")
    if not report.categories:
        return head + f"<p>{escape(t('findings.none', lang))}</p></section>"
    entries = pack.entries
    categories = [(pack.category_title(c).get(lang), n) for c, n in report.categories.items()]
    guidelines = [(f"{gid}: {entries[gid].title.local().get(lang)}" if gid in entries else gid, n)
                  for gid, n in report.guidelines.items()]
    return (head + _chart_and_table("c-categories", "chart.categories", "col.category",
                                    categories, lang)
            + _chart_and_table("c-guidelines", "chart.guidelines", "col.guideline", guidelines,
                               lang) + "</section>")


def _chart_and_table(chart_id: str, title: str, column: str, rows: Sequence[tuple[str, int]],
                     lang: str) -> str:
    return (f"<h3>{escape(t(title, lang))}</h3>"
            + bar_chart(chart_id, t(title, lang), t("chart.bars_desc", lang), rows, "bar warn")
            + table(lang, [t(column, lang), t("col.count", lang)], rows))
