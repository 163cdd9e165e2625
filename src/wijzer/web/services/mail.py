"""E-mail over SMTP (off by default). Mails carry a link, never the draft or question."""

from __future__ import annotations

import logging
import smtplib
from email.message import EmailMessage

from wijzer.web.settings import Settings

log = logging.getLogger("wijzer.web.mail")


class Mailer:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    @property
    def enabled(self) -> bool:
        return self.settings.smtp_enabled

    def send(self, to: str, subject: str, body: str) -> bool:
        """Send one mail; failures are logged (without addresses or content), never raised."""
        if not self.enabled or not to:
            return False
        s = self.settings
        message = EmailMessage()
        message["From"] = s.smtp_from
        message["To"] = to
        message["Subject"] = subject
        message.set_content(body)
        try:
            with smtplib.SMTP(s.smtp_host, s.smtp_port, timeout=s.smtp_timeout) as smtp:
                if s.smtp_starttls:
                    smtp.starttls()
                if s.smtp_user:
                    smtp.login(s.smtp_user, s.smtp_password)
                smtp.send_message(message)
        except (OSError, smtplib.SMTPException) as exc:
            log.warning("mail not sent: %s", type(exc).__name__)
            return False
        return True
