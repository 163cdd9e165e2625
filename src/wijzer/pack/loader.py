"""Find, read and validate a policy pack; every error names the file and line."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from wijzer.domain import LocalText
from wijzer.errors import PackError, UsageError, bilingual
from wijzer.pack.cache import load_cached, store
from wijzer.pack.model import Pack, Rule
from wijzer.pack.schema import GuidelineFile, PackDataFile, PackFile, RuleFile
from wijzer.pack.yamlfile import Location, YamlError, line_for, load_yaml

PACKS_DIR = Path(__file__).resolve().parent.parent / "packs"
DEFAULT_PACK = "zeeland"
Model = TypeVar("Model", bound=BaseModel)


def available_packs() -> list[str]:
    return sorted(p.name for p in PACKS_DIR.iterdir() if (p / "pack.yml").is_file())


def resolve_pack(name_or_path: str | None) -> Path:
    """A bundled pack's name, or the path of a pack folder."""
    name = name_or_path or DEFAULT_PACK
    candidate = Path(name)
    if (candidate / "pack.yml").is_file():
        return candidate.resolve()
    if (PACKS_DIR / name / "pack.yml").is_file():
        return PACKS_DIR / name
    raise UsageError("pack.unknown", name=name, choices=", ".join(available_packs()))


def load_pack(name_or_path: str | None = None) -> Pack:
    """Load and validate a pack (cached per folder)."""
    return _load(resolve_pack(name_or_path))


@lru_cache(maxsize=8)
def _load(root: Path) -> Pack:
    cached = load_cached(root)
    if cached is not None:
        return cached
    pack = _build(root)
    pack.all_lists()  # compiled now, so the cache holds it and a check never waits for it
    store(root, pack)
    return pack


def load_pack_without_rules(name_or_path: str | None = None) -> Pack:
    """The pack's settings, guideline and word lists, without building its rules.

    For what needs no checking (``wijzer ask``) and for testing one rule type alone.
    """
    return _settings(resolve_pack(name_or_path))


@lru_cache(maxsize=8)
def _settings(root: Path) -> Pack:
    meta = _read(root / "pack.yml", PackFile)
    guideline = _read(root / "guideline.yml", GuidelineFile)
    pack = Pack(root=root, meta=meta, guideline=guideline)
    _check_references(pack)
    return pack


DataModel = TypeVar("DataModel", bound=PackDataFile)


def load_pack_data(pack: Pack, name: str, model: type[DataModel]) -> DataModel:
    """An extra data file of the pack (``checklist.yml``, ``workshop.yml``), validated.

    Read on first use, not with the pack, so the compiled-pack cache and commands that do
    not need the file are unaffected; ids it cites are checked against the guideline.
    """
    loaded: DataModel = _data(pack.root / name, model, frozenset(pack.entries))
    return loaded


@lru_cache(maxsize=16)
def _data(path: Path, model: type[DataModel], guideline_ids: frozenset[str]) -> DataModel:
    data, lines = _parse(path)
    loaded = _read(path, model, data, lines)
    problems = loaded.problems(set(guideline_ids))
    if problems:
        location, kind, value, problem = problems[0]
        code = "pack.unknown_ref" if problem == "unknown" else "pack.duplicate_ref"
        raise PackError(path, line_for(lines, location), bilingual(code, kind=kind, value=value))
    return loaded


def _build(root: Path) -> Pack:
    base = _settings.__wrapped__(root)
    pack = Pack(root=root, meta=base.meta, guideline=base.guideline)
    pack.rules = [_load_rule(pack, path) for path in sorted((root / "rules").rglob("*.yml"))]
    _check_subject_lists(pack)
    return pack


def _check_subject_lists(pack: Pack) -> None:
    """Every audit subject's word list exists (checked on a full load only)."""
    for subject in pack.meta.subjects.values():
        if not (pack.root / "lists" / f"{subject.list}.txt").is_file():
            raise PackError(pack.root / "pack.yml", 1, bilingual(
                "pack.unknown_ref", kind="list", value=subject.list))


def _read(path: Path, model: type[Model], data: Any = None,
          lines: dict[Location, int] | None = None) -> Model:
    if data is None:
        data, lines = _parse(path)
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise validation_error(path, exc, lines or {}) from None


def _parse(path: Path) -> tuple[Any, dict[Location, int]]:
    if not path.is_file():
        raise PackError(path, 1, bilingual("file.missing", path=path.name))
    try:
        return load_yaml(path)
    except YamlError as exc:
        raise PackError(path, exc.line, LocalText(exc.problem, exc.problem)) from None


def validation_error(path: Path, exc: ValidationError, lines: dict[Location, int],
                      prefix: Location = ()) -> PackError:
    error = exc.errors()[0]
    location: Location = (*prefix, *(part for part in error["loc"]))
    kind = error["type"]
    key = str(location[-1]) if location else ""
    if kind == "extra_forbidden":
        problem = bilingual("pack.extra_key", key=key)
    elif kind == "missing":
        problem = bilingual("pack.missing_key", key=key)
        location = location[:-1]
    else:
        where = ".".join(str(part) for part in location)
        problem = LocalText(f"{where}: {error['msg']}", f"{where}: {error['msg']}")
    return PackError(path, line_for(lines, location), problem)


def _check_references(pack: Pack) -> None:
    path = pack.root / "pack.yml"
    for category, hidden in pack.meta.suppress.items():
        for name in (category, *hidden):
            if name not in pack.meta.categories:
                raise PackError(path, 1, bilingual("pack.unknown_ref", kind="category",
                                                   value=name))


def _load_rule(pack: Pack, path: Path) -> Rule:
    from wijzer.detectors.registry import build_detector

    data, lines = _parse(path)
    spec = _read(path, RuleFile, data, lines)
    rule_id = path.relative_to(pack.root / "rules").with_suffix("").as_posix()
    if spec.category not in pack.meta.categories:
        raise PackError(path, line_for(lines, ("category",)),
                        bilingual("pack.unknown_ref", kind="category", value=spec.category))
    known = pack.entries
    for index, guideline in enumerate(spec.guidelines):
        if guideline not in known:
            raise PackError(path, line_for(lines, ("guidelines", index)),
                            bilingual("pack.unknown_ref", kind="guideline id", value=guideline))
    try:
        detector = build_detector(spec.type, spec.params, pack)
    except ValidationError as exc:
        raise validation_error(path, exc, lines, ("params",)) from None
    except KeyError:
        from wijzer.detectors.registry import detector_types

        raise PackError(path, line_for(lines, ("type",)),
                        bilingual("pack.unknown_type", type=spec.type,
                                  choices=", ".join(detector_types()))) from None
    severity = spec.severity or pack.severity(spec.category)
    return Rule(id=rule_id, spec=spec, path=path, severity=severity, detector=detector)
