"""Render an audit report: self-contained HTML with SVG charts, JSON and CSV."""
