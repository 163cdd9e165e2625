"""Allow-lists of public contact details (the organisation's own) and of work contacts.

Entry forms in a data file, one per line:

- ``info@zeeland.nl``: this e-mail address;
- ``info@*``: a general mailbox with this name at any domain;
- ``@zeeland.nl``: any address at this domain;
- ``0118 631 011``: this phone number (any writing: +31, 0031, spaces, dashes);
- ``0118 631*``: phone numbers starting with these digits;
- anything else: an address as written ("Abdij 6"), compared case- and space-insensitively.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from wijzer.pack.model import Pack

_PHONE_ENTRY = re.compile(r"^[+(]?[0-9][0-9 ()./-]{3,}\*?$")


def national_digits(number: str) -> str:
    """A Dutch phone number's digits without country code or trunk zero."""
    digits = re.sub(r"[^0-9+]", "", number.replace("(0)", ""))
    if digits.startswith("+31"):
        digits = digits[3:]
    elif digits.startswith("0031"):
        digits = digits[4:]
    digits = digits.lstrip("+")
    return digits[1:] if digits.startswith("0") else digits


def normal_text(text: str) -> str:
    return " ".join(text.lower().replace(",", " ").split())


@dataclass
class ContactList:
    """One kind of list: exact entries plus prefix and domain rules."""

    emails: set[str] = field(default_factory=set)
    mailboxes: set[str] = field(default_factory=set)
    domains: set[str] = field(default_factory=set)
    phones: set[str] = field(default_factory=set)
    phone_prefixes: list[str] = field(default_factory=list)
    addresses: set[str] = field(default_factory=set)

    def add(self, entry: str) -> None:
        lowered = entry.strip().lower()
        if "@" in lowered:
            if lowered.startswith("@"):
                self.domains.add(lowered[1:])
            elif lowered.endswith("@*"):
                self.mailboxes.add(lowered[:-2])
            else:
                self.emails.add(lowered)
        elif _PHONE_ENTRY.match(lowered):
            digits = national_digits(lowered.rstrip("*"))
            (self.phone_prefixes.append(digits) if lowered.endswith("*")
             else self.phones.add(digits))
        else:
            self.addresses.add(normal_text(lowered))

    def has_email(self, address: str) -> bool:
        local, _, domain = address.lower().partition("@")
        return address.lower() in self.emails or local in self.mailboxes or domain in self.domains

    def has_phone(self, digits: str) -> bool:
        return digits in self.phones or any(digits.startswith(p) for p in self.phone_prefixes)

    def has_address(self, text: str) -> bool:
        return normal_text(text) in self.addresses


@dataclass
class AllowList:
    """``public``: not personal data at all; ``work``: work contacts, scored low."""

    public: ContactList = field(default_factory=ContactList)
    work: ContactList = field(default_factory=ContactList)

    @classmethod
    def load(cls, pack: Pack, public: list[str], work: list[str]) -> AllowList:
        allow = cls()
        for names, target in ((public, allow.public), (work, allow.work)):
            for name in names:
                for line in pack.lines(name):
                    target.add(line)
        return allow
