"""The word sets that mark person mentions; a finder can be given other ones."""

from __future__ import annotations

from dataclasses import dataclass


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


@dataclass(frozen=True)
class PersonWords:
    """Folded words, by their role in a mention ("mevrouw De Kok", "die vrouw uit Axel")."""

    titles: frozenset[str] = _words(
        "mevrouw meneer mevr mw mvr dhr heer familie fam mr mrs ms miss mister madam juffrouw")
    expert_titles: frozenset[str] = _words("dr prof ir drs ing dokter")
    colleagues: frozenset[str] = _words(
        "collega colleague coworker co-worker teamgenoot teamgenote teamlid teammate kamergenoot "
        "stagiair stagiaire")
    roles: frozenset[str] = _words(
        "cdk commissaris gedeputeerde directeur teamleider manager leidinggevende baas chef "
        "afdelingshoofd secretaresse receptioniste provinciesecretaris griffier burgemeester "
        "wethouder boswachter portier concierge director boss supervisor teamlead intern mayor")
    # Before a name: not a citizen but someone in office or at work ("gedeputeerde Jan de Vries").
    officials: frozenset[str] = _words(
        "gedeputeerde wethouder burgemeester minister statenlid commissaris cdk directeur "
        "dijkgraaf staatssecretaris kamerlid raadslid voorzitter spreker collega colleague mayor "
        "director speaker chairman prof dr adviseur advisor adviser jurist medewerker "
        "beleidsmedewerker projectleider manager teamleider coordinator consultant specialist "
        "ecoloog boswachter woordvoerder spokesperson officer lawyer")
    # Before a name: the person acts in a profession, not as a patient ("bedrijfsarts Marieke").
    professionals: frozenset[str] = _words(
        "arts bedrijfsarts huisarts dokter psycholoog therapeut fysiotherapeut coach spreker "
        "expert deskundige trainer verpleegkundige specialist doctor speaker nurse dr prof")
    citizens: frozenset[str] = _words(
        "bewoner inwoner burger man vrouw boer boerin buurman buurvrouw dame jongen meisje "
        "eigenaar melder indiener aanvrager klager bezwaarmaker omwonende mevrouw meneer heer "
        "familie gezin echtpaar klant ondernemer resident neighbour neighbor woman guy lady "
        "gentleman citizen family couple farmer vent kerel gast figuur mannetje vrouwtje oudje "
        "bejaarde weduwe weduwnaar jongeman knul meid")
    determiners: frozenset[str] = _words("die deze this that")
    owners: frozenset[str] = _words("mijn m'n onze ons my our de the die deze zijn z'n haar")
    prefixes: tuple[str, ...] = ("oud-", "ex-", "voormalig-")
    # After a name: "Kees Goedhart van de Milieufederatie" speaks for an organisation.
    affiliations: frozenset[str] = _words("van namens of bij")
    units: frozenset[str] = _words(
        "team afdeling provincie gemeente waterschap stichting vereniging directie bureau dienst "
        "buitendienst griffie")
    particles: frozenset[str] = _words(
        "van de der den het 't ter ten te vd la le du di da von op in")
    locators: frozenset[str] = _words("uit van in aan op from at on")
    numbers: frozenset[str] = _words("nummer nr huisnummer number no")
    not_names: frozenset[str] = _words(
        "de het een ik wij we zij ze hij jij je u the i provincie zeeland gemeente team facebook "
        "linkedin twitter instagram youtube tiktok whatsapp google x en of and or maar dus dit "
        "dat")
    abbreviations: frozenset[str] = _words("mevr mw mvr dhr fam mr mrs ms dr prof ir drs ing")
