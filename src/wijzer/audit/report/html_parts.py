"""Parts of the HTML report: style, tables, the flagged posts and what was read or skipped."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from wijzer.audit.results import FlaggedPost
from wijzer.audit.summary import AuditReport
from wijzer.audit.texts import t
from wijzer.domain import Finding
from wijzer.engine.spans import segments
from wijzer.pack.model import Pack

STYLE = """
:root{--ink:#1d2b36;--soft:#5b6b78;--line:#d8e0e6;--bg:#f6f8fa;--sea:#1f6f9f;--reply:#7fb6d6;
--night:#26374a;--warn:#d98a1c;--red:#c0392b;--orange:#d98a1c;--green:#2e8b57}
*{box-sizing:border-box}body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,
sans-serif;color:var(--ink);background:var(--bg)}main{max-width:56rem;margin:0 auto;
padding:1rem}section,header{background:#fff;border:1px solid var(--line);border-radius:.6rem;
padding:1rem 1.2rem;margin:0 0 1rem}h1{font-size:1.6rem;margin:.2rem 0 .6rem}h2{font-size:1.25rem;
margin:.2rem 0 .8rem}h3{font-size:1.05rem;margin:1.2rem 0 .4rem}.privacy{background:#eef6fb;
border-left:4px solid var(--sea);padding:.6rem .8rem}.meta,.gid,footer{color:var(--soft);
font-size:.9rem}.cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(9rem,1fr));
gap:.6rem;padding:0;list-style:none}.card{background:var(--bg);border-radius:.5rem;
padding:.7rem}.card strong{display:block;font-size:1.6rem}.notes{padding-left:1.2rem}
.chart{width:100%;height:auto;display:block;margin:.4rem 0}.chart .posts{fill:var(--sea)}
.chart .replies{fill:var(--reply)}.chart .night{fill:var(--night)}.chart .bar{fill:var(--sea)}
.chart .warn{fill:var(--warn)}.chart .axis{stroke:var(--line)}.chart text{font-size:14px;
fill:var(--soft)}.chart .label,.chart .value{font-size:15px;fill:var(--ink)}
.key{display:inline-block;width:.9rem;height:.9rem;border-radius:.2rem;margin:0 .3rem 0 .8rem;
vertical-align:middle}.key.posts{background:var(--sea)}.key.replies{background:var(--reply)}
details{margin:.4rem 0}table{border-collapse:collapse;width:100%;font-size:.92rem}
th,td{text-align:left;padding:.25rem .5rem;border-bottom:1px solid var(--line)}
td.n,th.n{text-align:right}.post{border-top:1px solid var(--line);padding:.8rem 0}
.post .text{white-space:pre-wrap;overflow-wrap:anywhere;background:var(--bg);padding:.6rem;
border-radius:.4rem}.post mark{background:#ffe3a3;color:inherit}.badge{display:inline-block;
padding:0 .5rem;border-radius:1rem;color:#fff;font-size:.85rem}.badge.red{background:var(--red)}
.badge.orange{background:var(--orange)}.badge.green{background:var(--green)}
.reply{color:var(--soft);font-size:.9rem;overflow-wrap:anywhere}
@media (max-width:30rem){main{padding:.4rem}section,header{padding:.8rem}}
"""


def number(value: int, lang: str) -> str:
    """A count with thousands separators as the language writes them."""
    text = f"{value:,}"
    return text.replace(",", ".") if lang == "nl" else text


def table(lang: str, headers: Sequence[str], rows: Sequence[Sequence[object]],
          open_: bool = False) -> str:
    """A data table inside a disclosure (the accessible alternative to a chart)."""
    def cell(value: object, tag: str = "td") -> str:
        numeric = isinstance(value, int)
        shown = number(value, lang) if isinstance(value, int) else str(value)
        css = ' class="n"' if numeric else ""
        return f"<{tag}{css}>{escape(shown)}</{tag}>"

    head = "".join(f'<th scope="col">{escape(h)}</th>' for h in headers)
    body = "".join("<tr>" + "".join(cell(v) for v in row) + "</tr>" for row in rows)
    return (f"<details{' open' if open_ else ''}><summary>{escape(t('show_table', lang))}</summary>"
            f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></details>")


def posts_section(report: AuditReport, pack: Pack, lang: str) -> str:
    parts = [f'<section aria-labelledby="s-posts"><h2 id="s-posts">'
             f"{escape(t('h.posts', lang))}</h2>"]
    if not report.flagged:
        parts.append(f"<p>{escape(t('findings.none', lang))}</p></section>")
        return "".join(parts)
    parts.append(f"<p>{escape(t('posts.intro', lang))}</p>")
    parts.extend(_post(post, pack, lang) for post in report.flagged)
    if report.not_listed:
        parts.append(f"<p>{escape(t('posts.not_listed', lang, count=report.not_listed))}</p>")
    parts.append("</section>")
    return "".join(parts)


def _post(post: FlaggedPost, pack: Pack, lang: str) -> str:
    when = post.created_at.strftime("%Y-%m-%d") if post.created_at else t("post.undated", lang)
    verdict = t(f"verdict.{post.verdict}", lang)
    platform = pack.meta.platforms.get(post.platform)
    head = (f'<p><span class="badge {escape(post.verdict)}">{escape(verdict)}</span> '
            f"{escape(when)} · {escape(platform.name if platform else post.platform)} · "
            f"{escape(t(f'kind.{post.kind}', lang))}</p>")
    reply = (f'<p class="reply">{escape(t("post.in_reply", lang))}: '
             f"{escape(_short(post.reply_to))}</p>" if post.reply_to else "")
    findings = "".join(_finding(finding, pack, lang) for finding in post.findings)
    return (f'<article class="post">{head}{reply}<p class="text">'
            f"{highlight(post.text, post.findings)}</p><ul>{findings}</ul></article>")


def _finding(finding: Finding, pack: Pack, lang: str) -> str:
    title = pack.category_title(finding.category).get(lang)
    tip = (f"<br><em>{escape(t('post.suggestion', lang))}:</em> "
           f"{escape(finding.suggestion.get(lang))}" if finding.suggestion else "")
    return (f"<li><strong>{escape(title)}</strong>: {escape(finding.message.get(lang))} "
            f'<span class="gid">({escape(", ".join(finding.guidelines))})</span>{tip}</li>')


def highlight(text: str, findings: Sequence[Finding]) -> str:
    """The escaped text with the findings' spans in <mark>; overlapping spans are joined."""
    return "".join(f"<mark>{escape(piece)}</mark>" if flagged else escape(piece)
                   for piece, flagged in segments(
                       text, [(f.start, f.end) for f in findings if f.field == "text"]))


def _short(text: str, limit: int = 280) -> str:
    return text if len(text) <= limit else text[:limit - 1] + "…"


def read_section(report: AuditReport, lang: str) -> str:
    imported = report.imported
    parts = [f'<section aria-labelledby="s-read"><h2 id="s-read">'
             f"{escape(t('h.read', lang))}</h2>",
             "<p>" + escape(t("read.records", lang, records=imported.get("records_read", 0),
                              posts=imported.get("posts_yielded", 0), checked=report.checked))
             + "</p>"]
    skipped = {**imported.get("skipped", {}), **report.not_checked}
    problems = imported.get("member_problems", {})
    if not skipped and not problems:
        parts.append(f"<p>{escape(t('read.complete', lang))}</p>")
    if imported.get("undated"):
        parts.append(f"<p>{escape(t('read.undated', lang, count=imported['undated']))}</p>")
    if skipped:
        parts.append(f"<h3>{escape(t('read.skipped', lang))}</h3><ul>" + "".join(
            f"<li>{escape(t(f'skip.{reason}', lang))}: {number(int(count), lang)}</li>"
            for reason, count in sorted(skipped.items())) + "</ul>")
    members = imported.get("members_read", {})
    if members:
        parts.append(f"<h3>{escape(t('read.files', lang))}</h3>" + table(
            lang, [t("read.member", lang), t("col.count", lang)],
            [(name, int(count)) for name, count in sorted(members.items())]))
    if problems:
        rows = [(name, t(f"skip.{problem}", lang)) for name, problem in sorted(problems.items())]
        parts.append("<table><thead><tr>"
                     f'<th scope="col">{escape(t("read.member", lang))}</th>'
                     f'<th scope="col">{escape(t("read.problem", lang))}</th></tr></thead><tbody>'
                     + "".join(f"<tr><td>{escape(name)}</td><td>{escape(problem)}</td></tr>"
                               for name, problem in rows) + "</tbody></table>")
    parts.append("</section>")
    return "".join(parts)
