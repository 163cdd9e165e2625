"""All settings of the web app in one place: environment variables ``WIJZER_*`` or a file.

A settings file (``WIJZER_CONFIG`` or ``--config``) holds ``KEY = value`` lines in TOML with
the same names in lower case (``database_url = "postgresql+psycopg://..."``); environment
variables win over the file.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

from wijzer.web.i18n import WebUsageError as UsageError

PLACEHOLDER_SECRET = "change-me"
ROLES = ("medewerker", "communicatie", "beheerder")


@dataclass(frozen=True)
class Settings:
    """What the web app needs to run; see docs/NOTES.md for every setting."""

    mode: str = "development"  # or "production"
    data_dir: Path = Path("wijzer-data")
    database_url: str = ""  # empty: SQLite file in data_dir
    secret_key: str = PLACEHOLDER_SECRET
    pack: str | None = None
    base_url: str = "http://127.0.0.1:8000"
    secure_cookies: bool = False  # always on in production mode
    session_max_age: int = 8 * 3600
    worker_threads: int = 8  # threads for checks and database work per process
    max_draft_chars: int = 10_000
    max_upload_bytes: int = 10_000_000
    max_images: int = 4
    max_export_bytes: int = 200_000_000  # a platform export for the history audit
    audit_keep_minutes: int = 60  # the audit report is deleted this long after it is ready
    login_max_failures: int = 5
    login_window_seconds: int = 900
    retention_days: int = 365
    default_lang: str = "nl"
    smtp_enabled: bool = False
    smtp_host: str = "localhost"
    smtp_port: int = 25
    smtp_from: str = "wijzer@localhost"
    smtp_starttls: bool = False
    smtp_user: str = ""
    smtp_password: str = ""
    smtp_timeout: float = 10.0
    oidc_enabled: bool = False
    oidc_issuer: str = ""  # e.g. https://login.microsoftonline.com/<tenant>/v2.0
    oidc_client_id: str = ""
    oidc_client_secret: str = ""
    oidc_scopes: str = "openid profile email"
    oidc_group_claim: str = "groups"
    oidc_name: str = "Microsoft Entra ID"
    # "group-id=role,group-id=role": the highest role of the user's groups wins
    oidc_role_map: str = ""
    oidc_default_role: str = "medewerker"
    run_migrations: bool = True

    @property
    def production(self) -> bool:
        return self.mode == "production"

    @property
    def cookies_secure(self) -> bool:
        return self.secure_cookies or self.production

    @property
    def upload_dir(self) -> Path:
        return self.data_dir / "uploads"

    @property
    def audit_dir(self) -> Path:
        return self.data_dir / "audits"

    @property
    def effective_database_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite:///{(self.data_dir / 'wijzer.sqlite3').resolve()}"

    def role_map(self) -> dict[str, str]:
        mapping: dict[str, str] = {}
        for item in self.oidc_role_map.split(","):
            if "=" in item:
                group, role = item.rsplit("=", 1)
                if role.strip() in ROLES:
                    mapping[group.strip()] = role.strip()
        return mapping

    def validate(self) -> None:
        """Raise a UsageError for settings the server must not run with."""
        if self.mode not in ("development", "production"):
            raise UsageError("web.settings.mode", value=self.mode)
        weak = self.secret_key in ("", PLACEHOLDER_SECRET) or len(self.secret_key) < 32
        if self.production and weak:
            raise UsageError("web.settings.secret")
        if self.oidc_enabled and not (self.oidc_issuer and self.oidc_client_id):
            raise UsageError("web.settings.oidc")


def _convert(name: str, raw: Any, current: Any) -> Any:
    if isinstance(current, bool):
        if isinstance(raw, bool):
            return raw
        return str(raw).strip().lower() in ("1", "true", "yes", "on", "ja")
    try:
        if isinstance(current, int):
            return int(raw)
        if isinstance(current, float):
            return float(raw)
    except ValueError:
        raise UsageError("web.settings.value", name=name, value=raw) from None
    if isinstance(current, Path):
        return Path(str(raw))
    return None if raw in ("", None) and name == "pack" else str(raw)


def load_settings(config: Path | None = None, environ: dict[str, str] | None = None,
                  **overrides: Any) -> Settings:
    """Settings from defaults, then a TOML file, then ``WIJZER_*`` variables, then overrides."""
    env = dict(os.environ if environ is None else environ)
    values: dict[str, Any] = {}
    config = config or (Path(env["WIJZER_CONFIG"]) if env.get("WIJZER_CONFIG") else None)
    if config is not None:
        try:
            values.update(tomllib.loads(config.read_text(encoding="utf-8")))
        except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise UsageError("web.settings.file", path=config, detail=str(exc)) from None
    names = {f.name for f in fields(Settings)}
    unknown = sorted(set(values) - names)
    if unknown:
        raise UsageError("web.settings.unknown", names=", ".join(unknown))
    for name in names:
        key = f"WIJZER_{name.upper()}"
        if key in env:
            values[name] = env[key]
    values.update({k: v for k, v in overrides.items() if v is not None})
    base = Settings()
    converted = {name: _convert(name, raw, getattr(base, name)) for name, raw in values.items()}
    return replace(base, **converted)
