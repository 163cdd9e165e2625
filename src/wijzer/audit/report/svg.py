"""Small inline SVG charts (no scripts, nothing fetched), each with a title and description."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

WIDTH = 640
Series = tuple[Sequence[int], str]  # values and a CSS class


def _head(chart_id: str, title: str, desc: str, height: int) -> str:
    return (f'<svg class="chart" viewBox="0 0 {WIDTH} {height}" role="img" '
            f'aria-labelledby="{chart_id}-t {chart_id}-d" preserveAspectRatio="xMinYMin meet">'
            f'<title id="{chart_id}-t">{escape(title)}</title>'
            f'<desc id="{chart_id}-d">{escape(desc)}</desc>')


def column_chart(chart_id: str, title: str, desc: str, labels: Sequence[str],
                 series: Sequence[Series], label_every: int = 1) -> str:
    """Stacked columns, one per label; every ``label_every``-th label is written under it."""
    height, top, bottom, left = 220, 12, 40, 58
    plot_h = height - top - bottom
    count = max(len(labels), 1)
    totals = [sum(values[i] for values, _ in series) for i in range(len(labels))]
    peak = max(totals, default=0) or 1
    step = (WIDTH - left - 4) / count
    parts = [_head(chart_id, title, desc, height),
             f'<line x1="{left}" y1="{top + plot_h}" x2="{WIDTH}" y2="{top + plot_h}" '
             f'class="axis"/>',
             f'<text x="{left - 6}" y="{top + 10}" class="tick" text-anchor="end">{peak}</text>',
             f'<text x="{left - 6}" y="{top + plot_h}" class="tick" text-anchor="end">0</text>']
    for index, label in enumerate(labels):
        x = left + index * step
        base: float = top + plot_h
        for values, css in series:
            value = values[index]
            if value <= 0:
                continue
            bar = plot_h * value / peak
            base -= bar
            parts.append(f'<rect x="{x + step * 0.1:.1f}" y="{base:.1f}" '
                         f'width="{max(step * 0.8, 0.5):.1f}" height="{bar:.1f}" class="{css}">'
                         f'<title>{escape(label)}: {value}</title></rect>')
        if index % label_every == 0:
            parts.append(f'<text x="{x + step / 2:.1f}" y="{height - bottom + 16}" class="tick" '
                         f'text-anchor="middle">{escape(label)}</text>')
    parts.append("</svg>")
    return "".join(parts)


def bar_chart(chart_id: str, title: str, desc: str, rows: Sequence[tuple[str, int]],
              css: str = "bar") -> str:
    """Horizontal bars with their label and value, largest as given first."""
    row_h, label_w = 26, 250
    height = max(len(rows), 1) * row_h + 8
    peak = max((value for _, value in rows), default=0) or 1
    room = WIDTH - label_w - 50
    parts = [_head(chart_id, title, desc, height)]
    for index, (label, value) in enumerate(rows):
        y = 4 + index * row_h
        width = room * value / peak
        short = label if len(label) <= 28 else label[:27] + "…"
        parts.append(f'<text x="{label_w - 6}" y="{y + 17}" class="label" text-anchor="end">'
                     f'{escape(short)}</text>'
                     f'<rect x="{label_w}" y="{y + 4}" width="{max(width, 1):.1f}" '
                     f'height="{row_h - 8}" class="{css}"><title>{escape(label)}: {value}'
                     f'</title></rect>'
                     f'<text x="{label_w + width + 6:.1f}" y="{y + 17}" class="value">{value}'
                     f'</text>')
    parts.append("</svg>")
    return "".join(parts)
