"""Copy a few screenshots of the end-to-end tests into docs/screenshots/ for the README,
made small (scaled down, cropped, 64-colour palette).

    ./run-tests -m e2e        # writes build/screenshots/ (or $WIJZER_SCREENSHOTS)
    .venv/bin/python scripts/readme_screenshots.py
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PIL import Image

REPO = Path(__file__).resolve().parents[1]
# name in the screenshot folder -> (name in docs/screenshots, width, maximum height)
CHOSEN = {
    "flow-draft-live-desktop": ("draft-desktop.png", 800, 760),
    "phone-draft-live": ("draft-phone.png", 320, 1100),
    "flow-answer-desktop": ("answer-desktop.png", 800, 760),
    "flow-queue-desktop": ("queue-desktop.png", 800, 420),
    "statistics-desktop": ("statistics-desktop.png", 800, 700),
}


def shrink(source: Path, target: Path, width: int, max_height: int) -> int:
    with Image.open(source) as image:
        rgb = image.convert("RGB")
    height = round(rgb.height * width / rgb.width)
    small = rgb.resize((width, height), Image.Resampling.LANCZOS)
    small = small.crop((0, 0, width, min(height, max_height)))
    small.quantize(colors=64, method=Image.Quantize.MEDIANCUT).save(target, optimize=True)
    return target.stat().st_size


def main() -> int:
    folder = Path(os.environ.get("WIJZER_SCREENSHOTS") or REPO / "build" / "screenshots")
    out = REPO / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    missing = [name for name in CHOSEN if not (folder / f"{name}.png").is_file()]
    if missing:
        print(f"missing in {folder}: {', '.join(missing)}; run ./run-tests -m e2e first",
              file=sys.stderr)
        return 1
    for name, (target, width, max_height) in CHOSEN.items():
        size = shrink(folder / f"{name}.png", out / target, width, max_height)
        print(f"docs/screenshots/{target}: {size // 1024} KiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
