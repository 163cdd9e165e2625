"""The web app's own message catalogue (nl/en), following the pattern of :mod:`wijzer.i18n`."""

from __future__ import annotations

from typing import Any

from wijzer.errors import UsageError, WijzerError
from wijzer.i18n import fill

LANGS = ("nl", "en")

MESSAGES: dict[str, tuple[str, str]] = {
    # settings and commands
    "web.settings.mode": ("Onbekende modus '{value}': kies development of production.",
                          "Unknown mode '{value}': choose development or production."),
    "web.settings.secret": (
        "Wijzer start niet in productiemodus met de voorbeeldsleutel. Zet WIJZER_SECRET_KEY op "
        "een geheime, willekeurige waarde van minstens 32 tekens.",
        "Wijzer does not start in production mode with the placeholder secret. Set "
        "WIJZER_SECRET_KEY to a secret random value of at least 32 characters."),
    "web.settings.oidc": ("Voor single sign-on zijn WIJZER_OIDC_ISSUER en WIJZER_OIDC_CLIENT_ID "
                          "nodig.",
                          "Single sign-on needs WIJZER_OIDC_ISSUER and WIJZER_OIDC_CLIENT_ID."),
    "web.settings.value": ("Instelling {name}: '{value}' is geen geldig getal.",
                           "Setting {name}: '{value}' is not a valid number."),
    "web.settings.file": ("Instellingenbestand {path} kan niet gelezen worden: {detail}",
                          "Cannot read settings file {path}: {detail}"),
    "web.settings.unknown": ("Onbekende instelling(en) in het bestand: {names}.",
                             "Unknown setting(s) in the file: {names}."),
    "web.db.unavailable": ("De database is niet bereikbaar ({detail}). Controleer "
                           "WIJZER_DATABASE_URL en of de database draait.",
                           "The database cannot be reached ({detail}). Check "
                           "WIJZER_DATABASE_URL and whether the database is running."),
    "web.users.exists": ("Er bestaat al een account '{username}'.",
                         "An account '{username}' already exists."),
    "web.users.unknown": ("Er is geen account '{username}'.", "There is no account '{username}'."),
    "web.users.password_short": ("Het wachtwoord moet minstens {limit} tekens hebben.",
                                 "The password needs at least {limit} characters."),
    "web.users.password_mismatch": ("De wachtwoorden zijn niet gelijk.",
                                    "The passwords do not match."),
    "web.users.bad_name": ("Een gebruikersnaam heeft 1-64 letters, cijfers of . _ - @.",
                           "A user name has 1-64 letters, digits or . _ - @."),
    "web.users.added": ("Account '{username}' ({role}) aangemaakt.",
                        "Account '{username}' ({role}) created."),
    "web.users.changed": ("Account '{username}' bijgewerkt.", "Account '{username}' updated."),
    "web.db.upgraded": ("Database bijgewerkt naar de nieuwste versie ({url}).",
                        "Database upgraded to the latest version ({url})."),
    "web.db.pruned": ("{count} verzoek(en) ouder dan {days} dagen verwijderd, met hun bijlagen.",
                      "{count} request(s) older than {days} days deleted, with their attachments."),
    "web.serve.starting": ("Wijzer draait op {url} (Ctrl+C stopt).",
                           "Wijzer runs at {url} (Ctrl+C stops)."),
}


def translate(code: str, lang: str = "nl", **params: Any) -> str:
    """The web message for ``code`` in ``lang``, filled in (the code itself when unknown)."""
    from wijzer.web.texts import PAGE_TEXTS

    return fill(MESSAGES if code in MESSAGES else PAGE_TEXTS, code, lang, **params)


class WebError(WijzerError):
    """An input error of the web app, with its message from this catalogue."""

    def message(self, lang: str = "nl") -> str:
        return translate(self.code, lang, **self.params)


class WebUsageError(UsageError):
    """A wrong setting or command call of the web app (exit status 2)."""

    def message(self, lang: str = "nl") -> str:
        return translate(self.code, lang, **self.params)
