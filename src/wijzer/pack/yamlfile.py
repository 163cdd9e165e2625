"""Read YAML into plain data while remembering the line of every key and item."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

try:
    _Loader: type = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - PyYAML built without libyaml
    _Loader = yaml.SafeLoader

Location = tuple[str | int, ...]


class YamlError(Exception):
    """A YAML file that cannot be parsed; carries the file and line."""

    def __init__(self, path: Path, line: int, problem: str) -> None:
        super().__init__(f"{path}:{line}: {problem}")
        self.path = path
        self.line = line
        self.problem = problem


def load_yaml(path: Path) -> tuple[Any, dict[Location, int]]:
    """Return the document and a map from location path to 1-based line."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise YamlError(path, 1, f"not UTF-8 ({exc.reason})") from exc
    try:
        node = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        line = exc.problem_mark.line + 1 if exc.problem_mark else 1
        raise YamlError(path, line, str(exc.problem)) from exc
    lines: dict[Location, int] = {}
    if node is None:
        return None, lines
    return _convert(node, (), lines, path), lines


def _convert(node: yaml.Node, where: Location, lines: dict[Location, int], path: Path) -> Any:
    lines[where] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        result: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            key = _scalar(key_node)
            if key in result:
                raise YamlError(path, key_node.start_mark.line + 1, f"duplicate key {key!r}")
            lines[(*where, key)] = key_node.start_mark.line + 1
            result[key] = _convert(value_node, (*where, key), lines, path)
        return result
    if isinstance(node, yaml.SequenceNode):
        return [_convert(item, (*where, index), lines, path)
                for index, item in enumerate(node.value)]
    return _scalar(node)


def _scalar(node: yaml.Node) -> Any:
    constructor = yaml.SafeLoader("")
    return constructor.construct_object(node, deep=True)


def line_for(lines: dict[Location, int], location: Location) -> int:
    """The line of the deepest known prefix of ``location``."""
    for size in range(len(location), -1, -1):
        if location[:size] in lines:
            return lines[location[:size]]
    return 1
