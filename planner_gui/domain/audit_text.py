"""An audit entry as a Danish sentence, for the people who read the log: an administrator in the audit viewer and a
citizen reading their access-request extract ("Åbnede borgeren", "Ændrede planens eget mål fra »…« til »…«",
"Eksporterede rapport.xlsx (fuldført)").

The log itself keeps what the services wrote (``action``, ``entity`` and the ``details`` JSON); only the reading is
translated here. Pure: no database, no Qt. An entry of a kind this module does not know yet still reads as Danish: the
verb of its action, the noun of its entity and its details as "Label: værdi; …", never as Python or JSON text.

A sentence is a :class:`~planner_gui.domain.i18n.Text` (context ``Revisionsspor``, its labels ``Koder``): the Danish
``str`` for the audit workbook and the command line, which the desktop shows in the user's language
(``planner_gui.ui.i18n.translated``). Pieces that only punctuation joins ("Label: værdi; …") are a ``Text`` without a
translation of its own whose pieces are translated. An unknown field's label in lower case stays Danish.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping, Sequence
from typing import Any, Final

from planner_gui.domain.codes import AUDIT_ACTIONS, EXIT_TYPE_LABELS, TARGET_GROUP_LABELS
from planner_gui.domain.dates import format_date
from planner_gui.domain.i18n import QT_TRANSLATE_NOOP, Text
from planner_gui.domain.plan import FIELD_LABELS, SUMMARY_ORDER, format_value

#: The kinds of audit entry, in the order the audit viewer offers them (``domain.codes.AUDIT_ACTIONS``).
ACTIONS: tuple[str, ...] = AUDIT_ACTIONS

#: The "Handling" column: what kind of entry.
ACTION_LABELS: dict[str, str] = {
    "login": QT_TRANSLATE_NOOP("Koder", "Log ind"),
    "login_failed": QT_TRANSLATE_NOOP("Koder", "Log ind mislykket"),
    "logout": QT_TRANSLATE_NOOP("Koder", "Log ud"),
    "search": QT_TRANSLATE_NOOP("Koder", "Søgning"),
    "view": QT_TRANSLATE_NOOP("Koder", "Visning"),
    "create": QT_TRANSLATE_NOOP("Koder", "Oprettelse"),
    "update": QT_TRANSLATE_NOOP("Koder", "Ændring"),
    "delete": QT_TRANSLATE_NOOP("Koder", "Sletning"),
    "export": QT_TRANSLATE_NOOP("Koder", "Eksport"),
    "import": QT_TRANSLATE_NOOP("Koder", "Import"),
    "print": QT_TRANSLATE_NOOP("Koder", "Udskrift"),
    "report": QT_TRANSLATE_NOOP("Koder", "Rapport"),
    "purge": QT_TRANSLATE_NOOP("Koder", "Sletning af gamle poster"),
    "system": QT_TRANSLATE_NOOP("Koder", "System"),
    "refused": QT_TRANSLATE_NOOP("Koder", "Afvist"),
}

#: The "Emne" column: what the entry is about.
ENTITY_LABELS: dict[str, str] = {
    "citizen": QT_TRANSLATE_NOOP("Koder", "Borger"),
    "plan": QT_TRANSLATE_NOOP("Koder", "Plan"),
    "sub_goal": QT_TRANSLATE_NOOP("Koder", "Delmål"),
    "effort": QT_TRANSLATE_NOOP("Koder", "Indsats"),
    "note": QT_TRANSLATE_NOOP("Koder", "Notat"),
    "benefit_period": QT_TRANSLATE_NOOP("Koder", "Ydelse"),
    "exit": QT_TRANSLATE_NOOP("Koder", "Afgang"),
    "assignment": QT_TRANSLATE_NOOP("Koder", "Sagsbehandler"),
    "staff": QT_TRANSLATE_NOOP("Koder", "Bruger"),
    "company": QT_TRANSLATE_NOOP("Koder", "Virksomhed"),
    "measurement": QT_TRANSLATE_NOOP("Koder", "Måling"),
    "instrument": QT_TRANSLATE_NOOP("Koder", "Måleredskab"),
    "setting": QT_TRANSLATE_NOOP("Koder", "Indstilling"),
    "audit_log": QT_TRANSLATE_NOOP("Koder", "Revisionsspor"),
    "aktindsigt": QT_TRANSLATE_NOOP("Koder", "Aktindsigt"),
    "goal_file": QT_TRANSLATE_NOOP("Koder", "Målrapport"),
    "workbook": QT_TRANSLATE_NOOP("Koder", "Regneark"),
    "database": QT_TRANSLATE_NOOP("Koder", "Database"),
    "demo": QT_TRANSLATE_NOOP("Koder", "Demodata"),
    "retention": QT_TRANSLATE_NOOP("Koder", "Sletning af gamle sager"),
    "kommando": QT_TRANSLATE_NOOP("Koder", "Kommando"),
    "noeglefil": QT_TRANSLATE_NOOP("Koder", "Nøglefil"),
    "udtagning": QT_TRANSLATE_NOOP("Koder", "Udtagning til bærbar"),
    "synkronisering": QT_TRANSLATE_NOOP("Koder", "Synkronisering"),
    "konflikt": QT_TRANSLATE_NOOP("Koder", "Konflikt"),
    "indtjekning": QT_TRANSLATE_NOOP("Koder", "Indtjekning"),
}

# the entity in a sentence ("Ændrede …", "Slettede …")
_NOUNS: dict[str, str] = {
    "citizen": QT_TRANSLATE_NOOP("Revisionsspor", "borgeren"),
    "plan": QT_TRANSLATE_NOOP("Revisionsspor", "planen"),
    "sub_goal": QT_TRANSLATE_NOOP("Revisionsspor", "delmålet"),
    "effort": QT_TRANSLATE_NOOP("Revisionsspor", "indsatsen"),
    "note": QT_TRANSLATE_NOOP("Revisionsspor", "notatet"),
    "benefit_period": QT_TRANSLATE_NOOP("Revisionsspor", "ydelsen"),
    "exit": QT_TRANSLATE_NOOP("Revisionsspor", "afgangen"),
    "assignment": QT_TRANSLATE_NOOP("Revisionsspor", "sagsbehandleren"),
    "staff": QT_TRANSLATE_NOOP("Revisionsspor", "brugeren"),
    "company": QT_TRANSLATE_NOOP("Revisionsspor", "virksomheden"),
    "measurement": QT_TRANSLATE_NOOP("Revisionsspor", "målingen"),
    "instrument": QT_TRANSLATE_NOOP("Revisionsspor", "måleredskabet"),
    "setting": QT_TRANSLATE_NOOP("Revisionsspor", "en indstilling"),
    "audit_log": QT_TRANSLATE_NOOP("Revisionsspor", "revisionssporet"),
    "aktindsigt": QT_TRANSLATE_NOOP("Revisionsspor", "aktindsigten"),
    "goal_file": QT_TRANSLATE_NOOP("Revisionsspor", "målrapporten"),
    "workbook": QT_TRANSLATE_NOOP("Revisionsspor", "regnearket"),
    "database": QT_TRANSLATE_NOOP("Revisionsspor", "databasen"),
    "demo": QT_TRANSLATE_NOOP("Revisionsspor", "demodata"),
    "retention": QT_TRANSLATE_NOOP("Revisionsspor", "listen over sager, der skal slettes"),
    "kommando": QT_TRANSLATE_NOOP("Revisionsspor", "kommandoen"),
    "noeglefil": QT_TRANSLATE_NOOP("Revisionsspor", "nøglefilen"),
    "udtagning": QT_TRANSLATE_NOOP("Revisionsspor", "udtagningen til bærbar"),
    "synkronisering": QT_TRANSLATE_NOOP("Revisionsspor", "synkroniseringen"),
    "konflikt": QT_TRANSLATE_NOOP("Revisionsspor", "konflikten"),
    "indtjekning": QT_TRANSLATE_NOOP("Revisionsspor", "indtjekningen"),
}

_VERBS: dict[str, str] = {
    "login": QT_TRANSLATE_NOOP("Revisionsspor", "Loggede ind"),
    "login_failed": QT_TRANSLATE_NOOP("Revisionsspor", "Mislykket forsøg på at logge ind"),
    "logout": QT_TRANSLATE_NOOP("Revisionsspor", "Loggede ud"),
    "search": QT_TRANSLATE_NOOP("Revisionsspor", "Søgte i"),
    "view": QT_TRANSLATE_NOOP("Revisionsspor", "Så"),
    "create": QT_TRANSLATE_NOOP("Revisionsspor", "Oprettede"),
    "update": QT_TRANSLATE_NOOP("Revisionsspor", "Ændrede"),
    "delete": QT_TRANSLATE_NOOP("Revisionsspor", "Slettede"),
    "export": QT_TRANSLATE_NOOP("Revisionsspor", "Eksporterede"),
    "import": QT_TRANSLATE_NOOP("Revisionsspor", "Importerede"),
    "print": QT_TRANSLATE_NOOP("Revisionsspor", "Udskrev"),
    "report": QT_TRANSLATE_NOOP("Revisionsspor", "Lavede"),
    "purge": QT_TRANSLATE_NOOP("Revisionsspor", "Slettede gamle poster i"),
    "system": QT_TRANSLATE_NOOP("Revisionsspor", "Systemhændelse:"),
    "refused": QT_TRANSLATE_NOOP("Revisionsspor", "Afviste"),
}

# a changed field after "Ændrede" (with "for delmålet »…«" and the like where it belongs to a row)
_FIELD_PHRASES: dict[str, str] = {
    "own_goal": QT_TRANSLATE_NOOP("Revisionsspor", "planens eget mål"),
    "job_goal": QT_TRANSLATE_NOOP("Revisionsspor", "planens job- eller uddannelsesmål"),
    "next_step": QT_TRANSLATE_NOOP("Revisionsspor", "planens næste skridt"),
    "next_meeting": QT_TRANSLATE_NOOP("Revisionsspor", "planens næste møde"),
    "handover_note": QT_TRANSLATE_NOOP("Revisionsspor", "overdragelsesnotatet"),
    "text": QT_TRANSLATE_NOOP("Revisionsspor", "teksten"),
    "status": QT_TRANSLATE_NOOP("Revisionsspor", "status"),
    "start": QT_TRANSLATE_NOOP("Revisionsspor", "startdatoen"),
    "deadline": QT_TRANSLATE_NOOP("Revisionsspor", "fristen"),
    "category": QT_TRANSLATE_NOOP("Revisionsspor", "kategorien"),
    "responsible": QT_TRANSLATE_NOOP("Revisionsspor", "den ansvarlige"),
    "company": QT_TRANSLATE_NOOP("Revisionsspor", "virksomheden"),
    "end": QT_TRANSLATE_NOOP("Revisionsspor", "slutdatoen"),
    "hours_per_week": QT_TRANSLATE_NOOP("Revisionsspor", "timer pr. uge"),
    "note": QT_TRANSLATE_NOOP("Revisionsspor", "bemærkningen"),
    "target_group": QT_TRANSLATE_NOOP("Revisionsspor", "målgruppen"),
    "type": QT_TRANSLATE_NOOP("Revisionsspor", "typen"),
}

# labels of detail keys the services write besides the plan's fields
_DETAIL_LABELS: dict[str, str] = {
    "fil": QT_TRANSLATE_NOOP("Koder", "Fil"),
    "mappe": QT_TRANSLATE_NOOP("Koder", "Mappe"),
    "status": QT_TRANSLATE_NOOP("Koder", "Status"),
    "poster": QT_TRANSLATE_NOOP("Koder", "Poster"),
    "rækker": QT_TRANSLATE_NOOP("Koder", "Rækker"),
    "filer": QT_TRANSLATE_NOOP("Koder", "Filer"),
    "nye": QT_TRANSLATE_NOOP("Koder", "Nye"),
    "opdateret": QT_TRANSLATE_NOOP("Koder", "Opdateret"),
    "initialer": QT_TRANSLATE_NOOP("Koder", "Initialer"),
    "rolle": QT_TRANSLATE_NOOP("Koder", "Rolle"),
    "adgangskode": QT_TRANSLATE_NOOP("Koder", "Adgangskode"),
    "cvr": QT_TRANSLATE_NOOP("Koder", "CVR-nummer"),
    "navn": QT_TRANSLATE_NOOP("Koder", "Navn"),
    "socialoekonomisk": QT_TRANSLATE_NOOP("Koder", "Socialøkonomisk"),
    "kode": QT_TRANSLATE_NOOP("Koder", "Kode"),
    "version": QT_TRANSLATE_NOOP("Koder", "Version"),
    "udfald": QT_TRANSLATE_NOOP("Koder", "Udfald"),
    "dimensioner": QT_TRANSLATE_NOOP("Koder", "Dimensioner"),
    "udgaaet": QT_TRANSLATE_NOOP("Koder", "Udgået"),
    "dato": QT_TRANSLATE_NOOP("Koder", "Dato"),
    "antal": QT_TRANSLATE_NOOP("Koder", "Antal"),
    "instrument": QT_TRANSLATE_NOOP("Koder", "Måleredskab"),
    "kommune": QT_TRANSLATE_NOOP("Koder", "Kommune"),
    "plan": QT_TRANSLATE_NOOP("Koder", "Plan"),
    "maalfil": QT_TRANSLATE_NOOP("Koder", "Målfil"),
    "fra": QT_TRANSLATE_NOOP("Koder", "Fra"),
    "til": QT_TRANSLATE_NOOP("Koder", "Til"),
    "maal": QT_TRANSLATE_NOOP("Koder", "Mål"),
    "bruger": QT_TRANSLATE_NOOP("Koder", "Bruger"),
    "handling": QT_TRANSLATE_NOOP("Koder", "Handling"),
    "borger": QT_TRANSLATE_NOOP("Koder", "Borger"),
    "fundet": QT_TRANSLATE_NOOP("Koder", "Fundet"),
    "fund": QT_TRANSLATE_NOOP("Koder", "Fundet"),
    "aar": QT_TRANSLATE_NOOP("Koder", "År"),
    "maaneder": QT_TRANSLATE_NOOP("Koder", "Måneder"),
    "dage": QT_TRANSLATE_NOOP("Koder", "Dage"),
    "foer": QT_TRANSLATE_NOOP("Koder", "Før"),
    "pseudonym": QT_TRANSLATE_NOOP("Koder", "Pseudonym"),
    "sidste_aktivitet": QT_TRANSLATE_NOOP("Koder", "Sidste aktivitet"),
    "slettet": QT_TRANSLATE_NOOP("Koder", "Slettet"),
    "primaer": QT_TRANSLATE_NOOP("Koder", "Sagsbehandler"),
    "kommando": QT_TRANSLATE_NOOP("Koder", "Kommando"),
    "tidspunkt": QT_TRANSLATE_NOOP("Koder", "Tidspunkt"),
    "server": QT_TRANSLATE_NOOP("Koder", "Server"),
    "bærbar": QT_TRANSLATE_NOOP("Koder", "Bærbar"),
    "til_server": QT_TRANSLATE_NOOP("Koder", "Til serveren"),
    "til_bærbar": QT_TRANSLATE_NOOP("Koder", "Til den bærbare"),
    "tid_på_bærbar": QT_TRANSLATE_NOOP("Koder", "Tid på den bærbare"),
    "bruger_på_bærbar": QT_TRANSLATE_NOOP("Koder", "Bruger på den bærbare"),
    "handling_på_bærbar": QT_TRANSLATE_NOOP("Koder", "Handling på den bærbare"),
    "bærbar_logposter": QT_TRANSLATE_NOOP("Koder", "Logposter fra den bærbare"),
    "sat_til_side": QT_TRANSLATE_NOOP("Koder", "Sat til side"),
    "ændringer": QT_TRANSLATE_NOOP("Koder", "Ændringer"),
    "behold": QT_TRANSLATE_NOOP("Koder", "Beholdt"),
    "gendannet_fra": QT_TRANSLATE_NOOP("Koder", "Gendannet fra"),
    "tidligere_fil": QT_TRANSLATE_NOOP("Koder", "Tidligere fil"),
    "administrator": QT_TRANSLATE_NOOP("Koder", "Administrator"),
    "borgere": QT_TRANSLATE_NOOP("Koder", "Borgere"),
    "seed": QT_TRANSLATE_NOOP("Koder", "Frø"),
    "exit_type": QT_TRANSLATE_NOOP("Koder", "Afgangstype"),
    "overdragelsesnotat": QT_TRANSLATE_NOOP("Koder", "Overdragelsesnotat"),
    "begrundelse": QT_TRANSLATE_NOOP("Koder", "Begrundelse"),
    "art": QT_TRANSLATE_NOOP("Koder", "Søgning på"),
    "laengde": QT_TRANSLATE_NOOP("Koder", "Længde"),
    "kilde": QT_TRANSLATE_NOOP("Koder", "Søgt af"),
    "ord": QT_TRANSLATE_NOOP("Koder", "Ord"),
    "op_til": QT_TRANSLATE_NOOP("Koder", "Til og med post"),
    "anker": QT_TRANSLATE_NOOP("Koder", "Anker"),
    "tekst": QT_TRANSLATE_NOOP("Koder", "Tekst"),
}

# detail keys that are internal bookkeeping, not for a reader
_HIDDEN = frozenset({"anker", "bærbar_kædehoved", "bærbar_seq", "bærbar_seq_sendt", "seed"})


# the order of a row's values in a summary (the rest alphabetically, as stored): the same as the history's
_ORDER = SUMMARY_ORDER

# the translation context of the sentences (their labels are ``Koder``)
CONTEXT: Final = "Revisionsspor"


def _shape(template: str, **values: Any) -> str:
    """Pieces put together by punctuation alone ("{head}: {rest}", "{a}; {b}"): a :class:`Text` that the ui leaves as
    it is (lupdate never sees it, so it has no translation) and whose pieces it translates, when any is a ``Text``."""
    if not any(isinstance(v, Text) for v in values.values()):
        return template.format(**values)
    return Text(CONTEXT, template, values)


def _joined(parts: Sequence[Any], sep: str) -> str:
    """``sep.join(parts)``, each part still translatable."""
    return _shape(sep.join(f"{{p{i}}}" for i in range(len(parts))), **{f"p{i}": p for i, p in enumerate(parts)})


def _ordered(d: Mapping[str, Any]) -> list[tuple[str, Any]]:
    return sorted(d.items(), key=lambda kv: _ORDER.index(kv[0]) if kv[0] in _ORDER else len(_ORDER))


def parse_details(details: str | Mapping[str, Any] | None) -> dict[str, Any]:
    """The details of an entry as a dict ({} when empty; {"tekst": …} when it is not a JSON object)."""
    if details is None or details == "":
        return {}
    if isinstance(details, Mapping):
        return dict(details)
    try:
        data = json.loads(details)
    except ValueError:
        return {"tekst": details}
    return data if isinstance(data, dict) else {"tekst": data}


def value_text(value: Any) -> str:
    """A detail value in Danish: dates dd-mm-åååå, yes/no, lists numbered, nested values as "Label: værdi"."""
    if isinstance(value, Text):
        return value
    if isinstance(value, str) and len(value) >= 19 and value[10] == "T":
        try:
            stamp = dt.datetime.fromisoformat(value)
        except ValueError:
            return value
        return f"{format_date(stamp.date())} {stamp:%H:%M}"
    if isinstance(value, dict):
        return _joined([_pair(k, v) for k, v in _ordered(value) if v not in (None, "", [], {})], "; ")
    if isinstance(value, list | tuple):
        return _joined([_shape("{i}. {v}", i=i, v=value_text(v)) for i, v in enumerate(value, 1)], "; ")
    return format_value(value)


def _pair(key: str, value: Any) -> str:
    return _shape("{label}: {value}", label=label(key), value=value_text(value))


def label(key: str) -> str:
    return FIELD_LABELS.get(key) or _DETAIL_LABELS.get(key) or key.replace("_", " ").capitalize()


def _q(value: Any) -> str:
    text = value_text(value)
    return QT_TRANSLATE_NOOP("Revisionsspor", "»{text}«").format(text=text) if text else _EMPTY


_EMPTY = QT_TRANSLATE_NOOP("Revisionsspor", "(tomt)")


def _rest(d: Mapping[str, Any], skip: tuple[str, ...] = ()) -> str:
    parts = [_pair(k, v) for k, v in _ordered(d) if k not in skip and k not in _HIDDEN and v not in (None, "", [], {})]
    return _joined(parts, "; ")


def _with(sentence: str, extra: str, sep: str = ": ") -> str:
    return _joined((sentence, extra), sep) if extra else sentence


def _in_brackets(sentence: str, extra: str) -> str:
    """``sentence (extra)``, or the sentence alone when there is nothing to add."""
    return _shape("{sentence} ({extra})", sentence=sentence, extra=extra) if extra else sentence


def _from_to(old: Any, new: Any) -> str:
    """The change of a value, to follow a sentence: " fra »…« til »…«"."""
    old_t, new_t = value_text(old), value_text(new)
    if not old_t:
        return QT_TRANSLATE_NOOP("Revisionsspor", " til {new}").format(new=_q(new))
    if not new_t:
        return QT_TRANSLATE_NOOP("Revisionsspor", " fra {old} til (tomt)").format(old=_q(old))
    return QT_TRANSLATE_NOOP("Revisionsspor", " fra {old} til {new}").format(old=_q(old), new=_q(new))


def _changed(what: str, old: Any, new: Any) -> str:
    """The sentence "Ændrede {what} fra »…« til »…«"."""
    return QT_TRANSLATE_NOOP("Revisionsspor", "Ændrede {what}{change}").format(what=what, change=_from_to(old, new))


def _why(sentence: str, d: Mapping[str, Any]) -> str:
    """The sentence with the reason given, when one was."""
    why = d.get("begrundelse")
    if not why:
        return sentence
    return QT_TRANSLATE_NOOP("Revisionsspor", "{sentence}. Begrundelse: {why}").format(sentence=sentence, why=why)


def _on(sentence: str, when: str) -> str:
    """The sentence with the date it is about ("… den 02-01-2026")."""
    if not when:
        return sentence
    return QT_TRANSLATE_NOOP("Revisionsspor", "{sentence} den {date}").format(sentence=sentence, date=when)


def _group(code: Any) -> str:
    return TARGET_GROUP_LABELS.get(str(code), str(code)) if code else ""


def _phrase(fld: str) -> str:
    """A changed field after "Ændrede" ("planens eget mål"); an unknown one by its label, in lower case."""
    return _FIELD_PHRASES.get(fld) or label(fld).lower()


def _change(action: str, entity: str, d: Mapping[str, Any]) -> str:
    """An entry written as a change of one value (``field``, ``old``, ``new``: the citizen screen's actions)."""
    fld = str(d.get("field", ""))
    old, new = d.get("old"), d.get("new")
    if entity == "plan" and fld == "min_plan":
        if new == "printer":
            return QT_TRANSLATE_NOOP("Revisionsspor", "Udskrev Min plan")
        return QT_TRANSLATE_NOOP("Revisionsspor", "Gemte Min plan som PDF")
    if entity == "plan" and fld == "handover_note" and new == "(læst)":
        return QT_TRANSLATE_NOOP("Revisionsspor", "Kvitterede for overdragelsesnotatet")
    if entity == "assignment":
        if fld == "koordinerende":
            role = QT_TRANSLATE_NOOP("Revisionsspor", "koordinerende sagsbehandler")
        else:
            role = QT_TRANSLATE_NOOP("Revisionsspor", "sagsbehandler")
        if fld == "primaer" and old and new:
            text = QT_TRANSLATE_NOOP("Revisionsspor", "Overdrog borgeren fra {old} til {new}").format(
                old=_q(old), new=_q(new)
            )
        elif not new:
            text = QT_TRANSLATE_NOOP("Revisionsspor", "Fjernede {role} {old}").format(role=role, old=_q(old))
        else:
            text = QT_TRANSLATE_NOOP("Revisionsspor", "Skiftede {role}{change}").format(
                role=role, change=_from_to(old, new)
            )
        note = d.get("overdragelsesnotat")
        if not note:
            return text
        return QT_TRANSLATE_NOOP("Revisionsspor", "{sentence}. Overdragelsesnotat: {note}").format(
            sentence=text, note=_q(note)
        )
    if entity == "sub_goal":
        if fld == "raekkefoelge":
            return QT_TRANSLATE_NOOP("Revisionsspor", "Ændrede delmålenes rækkefølge til: {new} (før: {old})").format(
                new=value_text(new), old=value_text(old)
            )
        if action in ("create", "delete"):
            row = new if action == "create" else old
            row = row if isinstance(row, dict) else {"text": row}
            if action == "create":
                head = QT_TRANSLATE_NOOP("Revisionsspor", "Oprettede delmålet {text}").format(text=_q(row.get("text")))
            else:
                head = QT_TRANSLATE_NOOP("Revisionsspor", "Slettede delmålet {text}").format(text=_q(row.get("text")))
            return _in_brackets(head, _rest(row, ("text",)))
        return QT_TRANSLATE_NOOP("Revisionsspor", "Ændrede {what} for delmålet {goal}{change}").format(
            what=_phrase(fld), goal=_q(d.get("delmaal")), change=_from_to(old, new)
        )
    if entity == "effort":
        if action == "create":
            return _with(QT_TRANSLATE_NOOP("Revisionsspor", "Oprettede en indsats"), value_text(new))
        if action == "delete":
            return _with(QT_TRANSLATE_NOOP("Revisionsspor", "Slettede en indsats"), value_text(old))
        return QT_TRANSLATE_NOOP("Revisionsspor", "Ændrede {what} for indsatsen {effort}{change}").format(
            what=_phrase(fld), effort=_q(d.get("indsats")), change=_from_to(old, new)
        )
    if entity == "note":
        return QT_TRANSLATE_NOOP("Revisionsspor", "Skrev et notat: {text}").format(text=_q(new))
    if entity == "benefit_period":
        group = _group(d.get("target_group"))
        if action == "create":
            return _with(QT_TRANSLATE_NOOP("Revisionsspor", "Registrerede en ydelse"), value_text(new))
        if action == "delete":
            return _why(_with(QT_TRANSLATE_NOOP("Revisionsspor", "Slettede ydelsen"), value_text(old)), d)
        if group:
            return QT_TRANSLATE_NOOP("Revisionsspor", "Ændrede {what} for ydelsen {group}{change}").format(
                what=_phrase(fld), group=group, change=_from_to(old, new)
            )
        return QT_TRANSLATE_NOOP("Revisionsspor", "Ændrede {what} for ydelsen{change}").format(
            what=_phrase(fld), change=_from_to(old, new)
        )
    if entity == "exit":
        if action in ("create", "delete"):
            row = new if action == "create" else old
            row = row if isinstance(row, dict) else {}
            if action == "create":
                verb = QT_TRANSLATE_NOOP("Revisionsspor", "Registrerede afgang")
            else:
                verb = QT_TRANSLATE_NOOP("Revisionsspor", "Slettede afgangen")
            kind = row.get("type") or EXIT_TYPE_LABELS.get(str(d.get("exit_type", "")), "")
            return _why(_in_brackets(_on(verb, value_text(row.get("start"))), kind), d)
        if fld == "start":
            return _changed(QT_TRANSLATE_NOOP("Revisionsspor", "afgangens dato"), old, new)
        what = QT_TRANSLATE_NOOP("Revisionsspor", "afgangens {field}").format(field=label(fld).lower())
        return _changed(what, old, new)
    if entity == "plan" and action == "update":
        return _changed(_phrase(fld), old, new)
    if entity == "setting":
        return QT_TRANSLATE_NOOP("Revisionsspor", "Ændrede indstillingen {name}{change}").format(
            name=_q(label(fld)), change=_from_to(old, new)
        )
    head = _shape("{verb} {noun}", verb=_VERBS.get(action, _UPDATED), noun=_NOUNS.get(entity, _A_ROW))
    return _why(_with(head, _shape("{label}{change}", label=label(fld), change=_from_to(old, new))), d)


_UPDATED = QT_TRANSLATE_NOOP("Revisionsspor", "Ændrede")
_A_ROW = QT_TRANSLATE_NOOP("Revisionsspor", "en post")
_REGISTERED = QT_TRANSLATE_NOOP("Revisionsspor", "Registrerede")


def _found(sentence: str, d: Mapping[str, Any]) -> str:
    found = d.get("fundet", d.get("fund"))
    if found is None:
        return sentence
    return QT_TRANSLATE_NOOP("Revisionsspor", "{sentence} ({n} fundet)").format(sentence=sentence, n=value_text(found))


def _file_entry(action: str, entity: str, d: Mapping[str, Any]) -> str:
    """An export, a report or an import of a file or folder ("Eksporterede rapport.xlsx (fuldført)")."""
    target = d.get("fil") or d.get("mappe") or ""
    if entity == "aktindsigt":
        head = QT_TRANSLATE_NOOP("Revisionsspor", "Lavede aktindsigt i mappen")
    elif action == "report":
        head = QT_TRANSLATE_NOOP("Revisionsspor", "Lavede målrapporten")
    elif action == "import":
        head = QT_TRANSLATE_NOOP("Revisionsspor", "Importerede")
    elif entity == "audit_log":
        head = QT_TRANSLATE_NOOP("Revisionsspor", "Eksporterede revisionssporet til")
    elif entity == "citizen":
        head = QT_TRANSLATE_NOOP("Revisionsspor", "Eksporterede borgerens data til")
    else:
        head = QT_TRANSLATE_NOOP("Revisionsspor", "Eksporterede")
    if action == "import":
        counts = []
        if d.get("nye") not in (None, ""):
            counts.append(QT_TRANSLATE_NOOP("Revisionsspor", "{n} nye").format(n=value_text(d["nye"])))
        if d.get("opdateret") not in (None, ""):
            counts.append(QT_TRANSLATE_NOOP("Revisionsspor", "{n} opdateret").format(n=value_text(d["opdateret"])))
        return _in_brackets(_shape("{head} {target}", head=head, target=target), _joined(counts, ", "))
    target = str(target).rstrip()
    extra = [str(d["status"])] if d.get("status") else []
    if d.get("poster") not in (None, ""):
        extra.append(QT_TRANSLATE_NOOP("Revisionsspor", "{n} poster").format(n=value_text(d["poster"])))
    if d.get("filer") not in (None, ""):
        extra.append(QT_TRANSLATE_NOOP("Revisionsspor", "{n} filer").format(n=value_text(d["filer"])))
    if isinstance(d.get("rækker"), dict):
        extra.append(value_text(d["rækker"]))
    return _in_brackets(_with(head, target, " "), _joined(extra, ", "))


def describe(action: str, entity: str, details: str | Mapping[str, Any] | None) -> str:
    """The entry as one Danish sentence; a :class:`~planner_gui.domain.i18n.Text`, which the desktop shows in the
    user's language (``planner_gui.ui.i18n.translated``)."""
    d = parse_details(details)
    if "field" in d:
        return _change(action, entity, d)
    if action == "login":
        return QT_TRANSLATE_NOOP("Revisionsspor", "Loggede ind")
    if action == "logout":
        return QT_TRANSLATE_NOOP("Revisionsspor", "Loggede ud")
    if action == "login_failed":
        if entity == "noeglefil":
            return _in_brackets(
                QT_TRANSLATE_NOOP("Revisionsspor", "Mislykket forsøg på at låse databasen op"),
                value_text(d.get("tidspunkt")),
            )
        return QT_TRANSLATE_NOOP("Revisionsspor", "Mislykket forsøg på at logge ind")
    if action == "view" and entity == "citizen":
        return QT_TRANSLATE_NOOP("Revisionsspor", "Åbnede borgeren")
    if action == "search":
        if entity == "citizen":
            return _found(QT_TRANSLATE_NOOP("Revisionsspor", "Søgte efter borgere"), d)
        if entity == "retention":
            return _found(QT_TRANSLATE_NOOP("Revisionsspor", "Fandt sager, der skal slettes"), d)
        if entity == "audit_log":
            filters = dict(d)
            filters.pop("fundet", None)
            if filters.get("handling"):
                filters["handling"] = ACTION_LABELS.get(str(filters["handling"]), filters["handling"])
            return _with(_found(QT_TRANSLATE_NOOP("Revisionsspor", "Søgte i revisionssporet"), d), _rest(filters))
    if action in ("export", "report", "import") and ("fil" in d or "mappe" in d or "status" in d):
        return _file_entry(action, entity, d)
    if action == "report" and d.get("visning"):
        period = _shape(" {start} – {end}", start=value_text(d.get("fra")), end=value_text(d.get("til")))
        return QT_TRANSLATE_NOOP("Revisionsspor", "Så målrapporten for {municipality}{period} på skærmen").format(
            municipality=d.get("kommune") or QT_TRANSLATE_NOOP("Revisionsspor", "kommunen"),
            period=period if d.get("fra") else "",
        )
    if action == "purge":
        sentence = QT_TRANSLATE_NOOP("Revisionsspor", "Slettede {n} gamle poster i revisionssporet").format(
            n=value_text(d.get("antal"))
        )
        before = value_text(d.get("foer"))
        if not before:
            return sentence
        return QT_TRANSLATE_NOOP("Revisionsspor", "{sentence} (ældre end {date})").format(
            sentence=sentence, date=before
        )
    if action == "refused":
        if d.get("kommando"):
            return QT_TRANSLATE_NOOP("Revisionsspor", "Afviste kommandoen {command}").format(command=_q(d["kommando"]))
        return QT_TRANSLATE_NOOP("Revisionsspor", "Afviste handlingen")
    if action == "system" and entity == "database" and d.get("gendannet_fra"):
        return QT_TRANSLATE_NOOP("Revisionsspor", "Gendannede databasen fra sikkerhedskopien {file}").format(
            file=d["gendannet_fra"]
        )
    if entity == "citizen" and action == "create":
        if d.get("primaer"):
            return QT_TRANSLATE_NOOP("Revisionsspor", "Oprettede borgeren med sagsbehandler {who}").format(
                who=_q(d["primaer"])
            )
        return QT_TRANSLATE_NOOP("Revisionsspor", "Oprettede borgeren")
    if entity == "citizen" and action == "delete":
        return _with(QT_TRANSLATE_NOOP("Revisionsspor", "Slettede borgerens oplysninger"), _rest(d))
    if entity == "staff" and action == "create":
        initials, role = d.get("initialer", ""), d.get("rolle", "")
        if role == "":
            return QT_TRANSLATE_NOOP("Revisionsspor", "Oprettede brugeren {initials}").format(initials=initials)
        return QT_TRANSLATE_NOOP("Revisionsspor", "Oprettede brugeren {initials} ({role})").format(
            initials=initials, role=role
        )
    if entity == "staff" and action == "update" and d.get("adgangskode"):
        return QT_TRANSLATE_NOOP("Revisionsspor", "Satte en ny adgangskode")
    if entity == "company" and action == "create":
        return QT_TRANSLATE_NOOP("Revisionsspor", "Registrerede virksomheden {name} (CVR {cvr})").format(
            name=d.get("navn", ""), cvr=d.get("cvr", "")
        )
    if entity == "measurement":
        info = d.get("efter") if action == "update" else d
        info = info if isinstance(info, dict) else {}
        sentence = _MEASUREMENT_VERBS.get(action, _MEASUREMENT_CHANGED)
        if info.get("instrument"):
            sentence = QT_TRANSLATE_NOOP("Revisionsspor", "{sentence} med {instrument}").format(
                sentence=sentence, instrument=info["instrument"]
            )
        return _on(sentence, value_text(info.get("dato")))
    if entity == "setting" and action == "update" and len(d) == 1:
        key, value = next(iter(d.items()))
        template = _SETTING_SENTENCES.get(key)
        if template is not None:
            return template.format(n=value_text(value))
    if entity == "database" and action == "create":
        return QT_TRANSLATE_NOOP("Revisionsspor", "Oprettede databasen")
    if entity == "demo" and action == "create":
        return QT_TRANSLATE_NOOP("Revisionsspor", "Oprettede demodata ({n} borgere)").format(
            n=value_text(d.get("borgere"))
        )
    if entity == "udtagning":
        if action == "export":
            return QT_TRANSLATE_NOOP("Revisionsspor", "Tjekkede borgeren ud til en bærbar")
        return QT_TRANSLATE_NOOP("Revisionsspor", "Hentede borgeren fra serveren")
    if entity == "synkronisering":
        return _with(QT_TRANSLATE_NOOP("Revisionsspor", "Synkroniserede med serveren"), _rest(d))
    if entity == "konflikt":
        return _with(QT_TRANSLATE_NOOP("Revisionsspor", "Løste en konflikt"), _rest(d))
    if entity == "indtjekning":
        if action == "update":
            return QT_TRANSLATE_NOOP("Revisionsspor", "Tjekkede borgeren ind")
        return QT_TRANSLATE_NOOP("Revisionsspor", "Fjernede borgeren fra den bærbare efter indtjekning")
    verb = _VERBS.get(action, _REGISTERED)
    noun = _NOUNS.get(entity)
    return _with(_with(verb, noun or "", " "), _rest(d))


_MEASUREMENT_VERBS: dict[str, str] = {
    "create": QT_TRANSLATE_NOOP("Revisionsspor", "Registrerede en måling"),
    "update": QT_TRANSLATE_NOOP("Revisionsspor", "Rettede en måling"),
    "delete": QT_TRANSLATE_NOOP("Revisionsspor", "Slettede en måling"),
}
_MEASUREMENT_CHANGED = QT_TRANSLATE_NOOP("Revisionsspor", "Ændrede en måling")

# a setting changed on its own ("Satte opbevaringstiden for revisionssporet til 12 måneder")
_SETTING_SENTENCES: dict[str, Text] = {
    "maaneder": QT_TRANSLATE_NOOP("Revisionsspor", "Satte opbevaringstiden for revisionssporet til {n} måneder"),
    "aar": QT_TRANSLATE_NOOP("Revisionsspor", "Satte opbevaringstiden for borgersager til {n} år"),
    "dage": QT_TRANSLATE_NOOP("Revisionsspor", "Satte påmindelsen om ny måling til {n} dage"),
}
