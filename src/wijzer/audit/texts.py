"""What the audit report says, in Dutch and English (the audit's own message catalogue)."""

from __future__ import annotations

from typing import Any

from wijzer.i18n import fill

MESSAGES: dict[str, tuple[str, str]] = {
    "title": ("Terugblik op je berichten", "A look back at your posts"),
    "intro": ("Een spiegel voor jezelf: hoe je berichten er vandaag voor zouden staan, hoe vaak "
              "en wanneer je post, en waarover. Dit is geen beoordeling; je bepaalt zelf wat je "
              "ermee doet.",
              "A mirror for yourself: how your posts would fare today, how often and when you "
              "post, and what about. This is not an assessment; what you do with it is up to "
              "you."),
    "privacy": ("Privé: dit rapport bevat je eigen berichten. Wijzer heeft niets verstuurd of "
                "bewaard; alleen deze map is geschreven. Deel het alleen als jij dat wilt en "
                "verwijder de map als je klaar bent.",
                "Private: this report contains your own posts. Wijzer sent and kept nothing; "
                "only this folder was written. Share it only if you want to, and delete the "
                "folder when you are done."),
    "source": ("Export: {source} ({format})", "Export: {source} ({format})"),
    "period": ("Periode: {first} tot en met {last}", "Period: {first} to {last}"),
    "generated": ("Gemaakt op {when} met beleidspakket {pack} {version}.",
                  "Made on {when} with policy pack {pack} {version}."),
    "card.posts": ("berichten gelezen", "posts read"),
    "card.pass": ("zouden vandaag door de controle komen", "would pass today"),
    "card.look": ("om nog eens naar te kijken", "worth another look"),
    "card.days": ("dagen met berichten", "days with posts"),
    "h.overview": ("In het kort", "In short"),
    "h.activity": ("Je activiteit door de tijd", "Your activity over time"),
    "h.hours": ("Op welk uur je post", "At what hour you post"),
    "h.dosage": ("Dosering", "Dosage"),
    "h.focus": ("Focus: waarover je schrijft", "Focus: what you write about"),
    "h.findings": ("Wat Wijzer vandaag zou opmerken", "What Wijzer would point out today"),
    "h.posts": ("Berichten om nog eens naar te kijken", "Posts worth another look"),
    "h.read": ("Wat er gelezen en overgeslagen is", "What was read and what was skipped"),
    "all_clear": ("Geen opmerkingen over hoe vaak of waarover je post. Mooi zo.",
                  "Nothing to remark on how often or what about you post. Well done."),
    "note.busy_days": ("Op {days} dag(en) plaatste je meer dan {limit} berichten en reacties "
                       "(het meest: {max}). De richtlijn vraagt je gedoseerd mee te doen.",
                       "On {days} day(s) you posted more than {limit} posts and replies (at "
                       "most {max}). The guideline asks you to take part in moderation."),
    "note.bursts": ("{bursts} keer plaatste je meer dan {posts} berichten binnen {minutes} "
                    "minuten. Even wachten voor je reageert helpt.",
                    "{bursts} time(s) you posted more than {posts} posts within {minutes} "
                    "minutes. Pausing before you reply helps."),
    "note.late_night": ("{share}% van je berichten plaatste je 's nachts (meer dan {limit}%). "
                        "Wat je laat op de avond schrijft, lees je beter de volgende ochtend "
                        "nog eens.",
                        "{share}% of your posts were posted at night (more than {limit}%). "
                        "What you write late at night is better read again the next morning."),
    "note.off_field": ("{share}% van je berichten met een herkenbaar onderwerp gaat over je "
                       "eigen vakgebied ({field}); minder dan {limit}%. De richtlijn vraagt "
                       "je gericht mee te doen.",
                       "{share}% of your posts with a recognisable subject are about your own "
                       "field ({field}); less than {limit}%. The guideline asks you to take "
                       "part focused."),
    "note.scattered": ("Je berichten gaan over {subjects} onderwerpen; het grootste ({field}) "
                       "heeft maar {share}% (minder dan {limit}%). Met --field kies je je eigen "
                       "vakgebied.",
                       "Your posts cover {subjects} subjects; the largest ({field}) has only "
                       "{share}% (less than {limit}%). Use --field to name your own field."),
    "chart.activity": ("Berichten en reacties per {unit}", "Posts and replies per {unit}"),
    "chart.activity_desc": ("Staafdiagram van {count} {unit}en van {first} tot {last}; "
                            "hoogste: {max}. De tabel eronder geeft dezelfde cijfers.",
                            "Bar chart of {count} {unit}s from {first} to {last}; highest: "
                            "{max}. The table below gives the same figures."),
    "unit.month": ("maand", "month"),
    "unit.week": ("week", "week"),
    "chart.hours": ("Berichten per uur van de dag (Nederlandse tijd)",
                    "Posts per hour of the day (Dutch time)"),
    "chart.hours_desc": ("Staafdiagram van 24 uren; de nachturen ({start}-{end}) zijn "
                         "donkerder.",
                         "Bar chart of 24 hours; the night hours ({start}-{end}) are darker."),
    "chart.subjects": ("Berichten per onderwerp", "Posts per subject"),
    "chart.categories": ("Berichten per soort opmerking", "Posts per kind of remark"),
    "chart.guidelines": ("Berichten per punt van de richtlijn", "Posts per guideline item"),
    "chart.bars_desc": ("Liggend staafdiagram; de tabel eronder geeft dezelfde cijfers.",
                        "Horizontal bar chart; the table below gives the same figures."),
    "show_table": ("Cijfers als tabel", "Figures as a table"),
    "col.period": ("Periode", "Period"),
    "col.posts": ("Berichten", "Posts"),
    "col.replies": ("Reacties", "Replies"),
    "col.total": ("Totaal", "Total"),
    "col.hour": ("Uur", "Hour"),
    "col.subject": ("Onderwerp", "Subject"),
    "col.share": ("Aandeel", "Share"),
    "col.category": ("Soort", "Kind"),
    "col.guideline": ("Punt van de richtlijn", "Guideline item"),
    "col.what": ("Wat", "What"),
    "col.count": ("Aantal", "Count"),
    "col.day": ("Dag", "Day"),
    "col.from": ("Van", "From"),
    "col.to": ("Tot", "To"),
    "dosage.figures": ("{dated} berichten met datum op {days} dagen: gemiddeld {mean} per "
                       "actieve dag, hoogstens {max_day} op een dag en {max_week} in een week. "
                       "{late}% 's nachts ({start}-{end}).",
                       "{dated} dated posts on {days} days: on average {mean} per active day, "
                       "at most {max_day} in a day and {max_week} in a week. {late}% at night "
                       "({start}-{end})."),
    "dosage.busy": ("Drukste dagen", "Busiest days"),
    "dosage.bursts": ("Uitschieters (veel berichten kort na elkaar)",
                      "Bursts (many posts in a short time)"),
    "dosage.undated": ("{count} bericht(en) zonder datum tellen hier niet mee.",
                       "{count} post(s) without a date are not counted here."),
    "focus.figures": ("{classified} berichten hebben een herkenbaar onderwerp; {unclassified} "
                      "niet (die tellen niet mee).",
                      "{classified} posts have a recognisable subject; {unclassified} do not "
                      "(they are not counted)."),
    "focus.field": ("Je vakgebied: {field} ({share}% van je berichten met een onderwerp).",
                    "Your field: {field} ({share}% of your posts with a subject)."),
    "focus.top": ("Grootste onderwerp: {field} ({share}%).", "Largest subject: {field} "
                  "({share}%)."),
    "focus.private_share": ("{share}% gaat over privé-onderwerpen.",
                            "{share}% are about private topics."),
    "focus.private": ("privé-onderwerp", "private topic"),
    "findings.none": ("Geen van je berichten zou vandaag een opmerking krijgen.",
                      "None of your posts would get a remark today."),
    "posts.intro": ("Het ergste eerst. Deze berichten zou Wijzer vandaag niet zonder opmerking "
                    "laten doorgaan; misschien wist je het toen niet, of kijk je er nu anders "
                    "naar. Overweeg ze aan te passen of te verwijderen: wat je publiceert, blijft "
                    "staan (regel 3).",
                    "Worst first. Wijzer would not let these posts pass today without a remark; "
                    "perhaps you did not know then, or you see them differently now. Consider "
                    "editing or deleting them: what you publish stays (rule 3)."),
    "posts.not_listed": ("Nog {count} bericht(en) met een lichtere opmerking staan niet in "
                         "deze lijst.",
                         "{count} more post(s) with a lighter remark are not in this list."),
    "post.undated": ("zonder datum", "undated"),
    "post.in_reply": ("Reactie op", "In reply to"),
    "post.suggestion": ("Tip", "Tip"),
    "verdict.red": ("rood", "red"),
    "verdict.orange": ("oranje", "orange"),
    "verdict.green": ("groen", "green"),
    "kind.post": ("bericht", "post"),
    "kind.reply": ("reactie", "reply"),
    "kind.comment": ("reactie", "comment"),
    "kind.share": ("gedeeld", "share"),
    "kind.repost": ("doorgestuurd", "repost"),
    "read.records": ("{records} records gelezen, {posts} berichten gevonden, {checked} "
                     "gecontroleerd.",
                     "{records} records read, {posts} posts found, {checked} checked."),
    "read.complete": ("Alles is gelezen; er is niets overgeslagen.",
                      "Everything was read; nothing was skipped."),
    "read.skipped": ("Overgeslagen", "Skipped"),
    "read.member": ("Bestand", "File"),
    "read.problem": ("Probleem", "Problem"),
    "skip.empty": ("leeg (geen tekst)", "empty (no text)"),
    "skip.deleted": ("verwijderd (niet meer online)", "deleted (no longer online)"),
    "skip.media_only": ("alleen foto of video, geen tekst", "photo or video only, no text"),
    "skip.unreadable": ("onleesbaar record", "unreadable record"),
    "skip.unsafe_name": ("onveilige bestandsnaam (niet geopend)",
                         "unsafe file name (not opened)"),
    "skip.corrupt": ("beschadigd", "damaged"),
    "skip.truncated": ("afgebroken (onvolledig bestand)", "cut off (incomplete file)"),
    "skip.record_too_large": ("record te groot", "record too large"),
    "skip.encrypted": ("versleuteld", "encrypted"),
    "skip.too_long": ("te lang om te controleren", "too long to check"),
    "read.undated": ("{count} bericht(en) hebben geen datum: die zijn wel gecontroleerd, maar "
                     "tellen niet mee bij de dosering.",
                     "{count} post(s) have no date: they were checked, but do not count for "
                     "dosage."),
    "read.files": ("Gelezen bestanden (records per bestand)", "Files read (records per file)"),
    "footer": ("Gemaakt door Wijzer. Bij twijfel: vraag het {contact}.",
               "Made by Wijzer. In doubt? Ask {contact}."),
}


def t(code: str, lang: str = "nl", **params: Any) -> str:
    """The text for ``code`` in ``lang``, filled in; an unknown code is returned as it is."""
    return fill(MESSAGES, code, lang, **params)
