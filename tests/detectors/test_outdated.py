"""Rule type ``outdated.v1``: old news presented as new, invitations for past events."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml
from pydantic import ValidationError

from wijzer.detectors.base import CheckContext, Detector, Hit
from wijzer.detectors.framing import clauses
from wijzer.detectors.registry import build_detector
from wijzer.domain import Post
from wijzer.pack.listset import ListSet
from wijzer.pack.loader import PACKS_DIR
from wijzer.pack.model import Pack
from wijzer.pack.schema import RuleFile

ROOT = PACKS_DIR / "zeeland"
RULE = ROOT / "rules" / "outdated" / "old-news.yml"


@pytest.fixture(scope="module")
def spec() -> RuleFile:
    return RuleFile.model_validate(yaml.safe_load(RULE.read_text("utf-8")))


@pytest.fixture(scope="module")
def detector(bare_pack: Pack, spec: RuleFile) -> Detector:
    return build_detector("outdated.v1", spec.params, bare_pack)


def _hits(detector: Detector, pack: Pack, text: str, posted: str | None,
          today: dt.date | None = None) -> list[Hit]:
    posted_at = dt.date.fromisoformat(posted) if posted else None
    return detector.detect(CheckContext(Post(text=text, posted_at=posted_at), pack, today))


def _flagged(hits: list[Hit]) -> bool:
    return any(hit.score >= 0.5 for hit in hits)


FLAG = [
    ("Net binnen! De provincie presenteert het Mobiliteitsplan (artikel PZC, 12 januari 2024)",
     "2025-06-03"),
    ("Kom allemaal naar de open dag van het provinciehuis op zaterdag 13 mei!", "2027-06-11"),
    ("Kom gezellig naar de Nacht van de Nacht op 29 oktober bij Het Zwin!", "2023-10-30"),
    ("Nieuw!! Schrijf je nu in voor de informatieavond op 14 maart, vol = vol!", "2024-11-21"),
    ("Aanmelden kan tot 1 december 2024. Wees er snel bij!", "2025-01-15"),
    ("Apply before 31 January 2025 for our traineeship!", "2025-02-20"),
    ("Op 14 september 2024 is de open dag van het provinciehuis.", "2025-03-01"),
    ("BREAKING: Zeeland krijgt een eigen universiteit! Lees het artikel van 2021 hieronder.",
     "2025-04-30"),
    ("#breaking de Omgevingsvisie is vastgesteld!!! (dat was in 2018 maar toch)", "2024-02-07"),
    ("Vers van de pers: het jaarverslag 2022 van de provincie. Lees het hieronder!", "2024-11-05"),
    ("Laatste kans! Inschrijven voor de Zeeuwse Fietsvierdaagse 2023 sluit morgen", "2024-08-20"),
    ("Vandaag, 3 maart, opent de nieuwe fietsbrug bij Goes!", "2025-04-10"),
    ("Just in: the province has approved the new cycling plan (February 12, 2024).",
     "2025-01-20"),
    ("Save the date: 5 maart 2024 symposium over water in Middelburg!", "2024-06-01"),
    ("Het vaarseizoen start op 1 april 2023, tot dan!", "2024-02-06"),
    ("Nieuwe expositie! 'Zeeuwse Kusten' is te zien van 5.6.2023 t/m 1.9.2023.", "2024-03-12"),
    ("Zomerdienstregeling 2024 van de strandbus is online! Plan je dagje Renesse.", "2025-01-08"),
    ("Hoera, de nieuwe website is live! (lancering 15 april 2023)", "2024-09-01"),
    ("Nieuw! De N57 is sinds maandag 5 juni weer in beide richtingen open", "2023-10-12"),
    ("Gisteren geopend 🎉 Kom allemaal kijken! (opening: 12 april)", "2025-05-20"),
    ("Vanaf volgende week maandag (18 september 2023) is de brug 's nachts dicht.",
     "2024-09-12"),
    ("Vergeet niet: in week 34 van 2023 is de N59 bij Zierikzee dicht!", "2024-08-13"),
    ("Kom je ook naar de netwerkborrel op 12 december? Aanmelden via de link.", "2026-01-20"),
    ("Join us on 4 April 2024 for the hydrogen summit in Vlissingen!", "2024-11-02"),
]

PASS = [
    ("Precies een jaar geleden, op 3 maart 2024, openden we de fietsbrug. #throwback",
     "2025-03-03"),
    ("#tbt naar de open dag van 14 september 2024. Wat een drukte!", "2025-03-01"),
    ("Terugblik op de kerstmarkt van 28 december: wat een gezellige avond!", "2026-01-05"),
    ("Kom allemaal naar de open dag op zaterdag 4 oktober!", "2025-09-10"),
    ("Aanmelden kan tot 1 december 2025 via zeeland.nl.", "2025-10-10"),
    ("Schrijf je in voor de nieuwjaarsreceptie op 9 januari!", "2025-12-01"),
    ("In 2019 begonnen we met de kustvisie; nu ligt er een mooi plan.", "2025-02-02"),
    ("Sinds 2021 werk ik als adviseur bij de provincie, met veel plezier.", "2025-05-05"),
    ("Zie het rapport uit 2022 voor de achtergrond van deze keuze.", "2025-01-01"),
    ("Our team published the 2025 road safety figures today.", "2026-03-18"),
    ("De cijfers uit de fietsmonitor 2025 zijn vandaag gepubliceerd.", "2026-03-05"),
    ("Op 1 februari 1953 brak de dijk. Vandaag herdenken we de slachtoffers.", "2025-02-01"),
    ("In 2023 organiseerden we de eerste kennisdag. Dit jaar op 16 april 2026. Aanmelden!",
     "2026-02-24"),
    ("Ja, deze video is uit 2023, de situatie is inmiddels veranderd.", "2025-06-18"),
    ("Gevonden: portemonnee van iemand geboren 3-8-1961. Kom je hem ophalen?", "2026-09-23"),
    ("Uw bezwaar (ontvangen op 4 juni) wordt op de hoorzitting van 2 september behandeld.",
     "2024-07-09"),
    ("Think about it in March when you vote.", "2026-11-13"),
    ("Vanaf 1 januari gelden nieuwe regels voor drones, zie zeeland.nl.", "2025-11-20"),
    ("Gisteren was de informatieavond in Goes, op 14 maart. Veel vragen!", "2025-03-15"),
    ("Op 12 mei liepen we met het team een fietstocht langs de dijken. Wat een dag!",
     "2025-06-15"),
    ("Vandaag een mooie dag gehad met het team in Middelburg. Dank aan iedereen!", "2025-06-15"),
    ("Deze week 10 jaar bij de provincie! Op 5 mei 2015 begon ik hier.", "2025-05-05"),
]


@pytest.mark.parametrize(("text", "posted"), FLAG)
def test_flags_old_news_framed_as_current(detector: Detector, bare_pack: Pack, text: str,
                                          posted: str) -> None:
    assert _flagged(_hits(detector, bare_pack, text, posted))


@pytest.mark.parametrize(("text", "posted"), PASS)
def test_passes_look_backs_background_and_future_dates(detector: Detector, bare_pack: Pack,
                                                       text: str, posted: str) -> None:
    assert not _flagged(_hits(detector, bare_pack, text, posted))


def test_rule_examples(detector: Detector, bare_pack: Pack, spec: RuleFile) -> None:
    for example in spec.examples.flag:
        assert not isinstance(example, str) and example.posted_at, "examples need posted_at"
        assert _flagged(_hits(detector, bare_pack, example.text, example.posted_at))
    for example in spec.examples.passes:
        assert not isinstance(example, str) and example.posted_at
        assert not _flagged(_hits(detector, bare_pack, example.text, example.posted_at))


def test_span_points_at_the_old_date_and_explains_its_age(detector: Detector,
                                                          bare_pack: Pack) -> None:
    text = "Net binnen! Het nieuwe plan (bericht van 12 januari 2024) staat online."
    [hit] = _hits(detector, bare_pack, text, "2025-06-03")
    assert text[hit.start:hit.end] == "12 januari 2024"
    assert hit.field == "text"
    assert "508 days before the post date 2025-06-03" in hit.explanation
    assert "plan" not in hit.explanation


def test_year_boundary(detector: Detector, bare_pack: Pack) -> None:
    invite = "Kom naar de kerstmarkt op 28 december!"
    [hit] = _hits(detector, bare_pack, invite, "2026-01-05")
    assert "2025-12-28" in hit.explanation and "no year given" in hit.explanation
    assert _flagged([hit])
    assert not _hits(detector, bare_pack, invite, "2025-12-20")


def test_missing_posted_at_uses_today(detector: Detector, bare_pack: Pack) -> None:
    text = "Schrijf je in voor de webinar op 12 februari 2025!"
    assert _flagged(_hits(detector, bare_pack, text, None, today=dt.date(2025, 4, 1)))
    assert not _hits(detector, bare_pack, text, None, today=dt.date(2025, 1, 20))


def test_future_and_recent_dates_are_fine(detector: Detector, bare_pack: Pack) -> None:
    assert not _hits(detector, bare_pack, "Nieuw: open dag op 3 juni 2030!", "2025-01-01")
    assert not _flagged(_hits(detector, bare_pack, "Net binnen: persbericht van 20 mei 2025",
                              "2025-06-03"))


@pytest.mark.parametrize("text", [
    "", "🎉" * 1000, "\x00" * 100, "((((((((((" * 100, "İ" * 300 + " nieuw 3 maart 2020",
    "Nieuw! " + "1 mei 2020, " * 3000, "Kom allemaal! " + "in 2019 " * 5000,
    "a" * 100_000 + " net binnen 3 mei 2020",
    "kom is begonnen op 3 mei " * 2000, "Kom! (" * 3000 + "3 mei 2020)" * 3000,
])
def test_hostile_input(detector: Detector, bare_pack: Pack, text: str) -> None:
    hits = _hits(detector, bare_pack, text, "2025-06-01")
    for hit in hits:
        assert 0 <= hit.start < hit.end <= len(text) and 0.0 <= hit.score <= 1.0
    assert len(hits) <= 200




def test_merged_lists_match_like_separate_lists(bare_pack: Pack, spec: RuleFile) -> None:
    names = sorted({cue["list"] for cue in spec.params["cues"]}
                   | {spec.params["lookback"], spec.params["past"], "outdated-events"})
    merged = ListSet(bare_pack, names)
    texts = [example.text for example in (*spec.examples.flag, *spec.examples.passes)
             if not isinstance(example, str)] + [text for text, _ in FLAG + PASS]
    for text in texts:
        context = CheckContext(Post(text=text), bare_pack)
        view = context.text
        found = merged.find(view.text, view.tokens, view.stems)
        for name in names:
            alone = bare_pack.word_list(name).find(view.text, view.tokens, view.stems)
            assert {(m.start, m.end) for m in found[name]} == {(m.start, m.end) for m in alone}


def test_clauses_split_at_brackets() -> None:
    text = "Lees het artikel (PZC, 12 januari 2024). Kom!"
    parts = [text[s:e] for s, e in clauses(text, [(0, 40), (41, 45)])]
    assert parts == ["Lees het artikel ", "PZC, 12 januari 2024", ".", "Kom!"]


def test_params_are_strict(bare_pack: Pack, spec: RuleFile) -> None:
    with pytest.raises(ValidationError):
        build_detector("outdated.v1", {**spec.params, "typo": 1}, bare_pack)
    with pytest.raises(ValidationError):
        build_detector("outdated.v1", {"cues": []}, bare_pack)
    with pytest.raises(FileNotFoundError):
        build_detector("outdated.v1", {"cues": [{"list": "no-such-list", "score": 0.5}]},
                       bare_pack)


def test_rule_file_is_in_the_pack() -> None:
    assert Path(RULE).is_file()
    assert yaml.safe_load(RULE.read_text("utf-8"))["guidelines"] == ["checklist.new-relevant"]
