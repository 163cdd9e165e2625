"""Function words of Dutch and English (ignored in retrieval) and of a few other languages."""

from __future__ import annotations

DUTCH = frozenset("""
de het een en of maar want dus ook nog al wel niet geen te van in op aan bij met voor door over
uit naar om tot tegen onder na als per dan dat die dit deze daar hier er ik je jij u we wij ze zij
hij hem haar hun mijn mn m'n jouw jou uw onze ons mij me zich zelf zelfs wat wie welk welke waar
hoe ben bent is zijn was waren wordt worden word werd heb hebt heeft hebben had zal zou zullen
kan kun kunt kunnen mag mogen moet moeten wil wilt willen ga gaat gaan doe doet doen iets zo nu
even toch eens z'n zn 't da's mee dan waarbij waarover waarop zoals omdat terwijl toen alleen
gewoon best eigenlijk misschien ja nee oké oke ok okee hè he hoor ermee erover erop ervan
daarover daarmee daarop iemand niemand iets niks niets alles elke elk ieder allemaal wel
toegestaan erg probleem handig verstandig mogelijk prima goed slim beter dingen ding zeggen zegt
zou zouden graag kunnen laten vinden vind vindt moeten staat staan zitten zit hierover hiermee
manier laat komen komt kwam kom meer tussen zodat via wanneer volgende weet weten gelden geldt
terecht vraag vragen precies zag zie zien krijg krijgen kreeg erbij mezelf jezelf mens mensen
""".split())

ENGLISH = frozenset("""
the a an and or but so also too not no of in on at to for with from by about as into than then
that this these those there here it its i me my mine you your yours we us our they them their
he him his she her what which who whom where how when is am are was were be been being do does
did doing have has had will would shall should can could may might must want get got just some
any ok okay allowed permitted fine problem i'm i've it's that's what's don't can't isn't
doesn't won't shouldn't someone anyone something anything things thing now yes please still
really actually maybe okay if whether very much really allowed say says go going let make
way during more most next know knows apply applies question questions ask asking
see saw seen find found people myself yourself
""".split())

# Common function words of languages Wijzer does not answer in; words that are also Dutch or
# English ("die", "in", "was", "je", "en", "de") are left out.
OTHER = frozenset("""
ich du er wir ihr sie nicht ist sind darf dürfen durfen kann können konnen mein meine meinen
dein ihre unser auf mit für fur über uber und oder aber wenn weil dass auch noch schon
eine einen einem einer der das des dem den wie wo warum soll sollte arbeit beim vom zum zur
est ce que qui je peux puis-je pouvoir les des une sur pour avec dans mon ma mes ton ta
vos nous vous ils elles pas être etre avoir mais ou où quand comment pourquoi travail
le la du au aux
puedo puede podemos el los las una por para con del al es mi mis tu sus pero cuando como
porque trabajo
si faire fait cette ces leur leurs votre sont peut dois doit puis collègue collègues
posso puoi può della dei delle sono non è che il lo gli per collega colleghi
czy mogę może jest się nie jak dla kolegi
bir ve ile için mı mi miyim musun değil
""".split()) - DUTCH - ENGLISH
