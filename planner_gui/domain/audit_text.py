"""An audit entry as a Danish sentence, for the people who read the log: an administrator in the audit viewer and a
citizen reading their access-request extract ("Åbnede borgeren", "Ændrede planens eget mål fra »…« til »…«",
"Eksporterede rapport.xlsx (fuldført)").

The log itself keeps what the services wrote (``action``, ``entity`` and the ``details`` JSON); only the reading is
translated here. Pure: no database, no Qt. An entry of a kind this module does not know yet still reads as Danish: the
verb of its action, the noun of its entity and its details as "Label: værdi; …", never as Python or JSON text.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from typing import Any

from planner_gui.domain.codes import EXIT_TYPE_LABELS, TARGET_GROUP_LABELS
from planner_gui.domain.dates import format_date
from planner_gui.domain.i18n import QT_TRANSLATE_NOOP
from planner_gui.domain.plan import FIELD_LABELS, SUMMARY_ORDER, format_value

#: The kinds of audit entry, in the order the audit viewer offers them; ``storage.audit.record`` refuses any other.
ACTIONS: tuple[str, ...] = (
    "login",
    "login_failed",
    "logout",
    "search",
    "view",
    "create",
    "update",
    "delete",
    "export",
    "import",
    "print",
    "report",
    "purge",
    "system",
    "refused",
)

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
    "citizen": "borgeren",
    "plan": "planen",
    "sub_goal": "delmålet",
    "effort": "indsatsen",
    "note": "notatet",
    "benefit_period": "ydelsen",
    "exit": "afgangen",
    "assignment": "sagsbehandleren",
    "staff": "brugeren",
    "company": "virksomheden",
    "measurement": "målingen",
    "instrument": "måleredskabet",
    "setting": "en indstilling",
    "audit_log": "revisionssporet",
    "aktindsigt": "aktindsigten",
    "goal_file": "målrapporten",
    "workbook": "regnearket",
    "database": "databasen",
    "demo": "demodata",
    "retention": "listen over sager, der skal slettes",
    "kommando": "kommandoen",
    "noeglefil": "nøglefilen",
    "udtagning": "udtagningen til bærbar",
    "synkronisering": "synkroniseringen",
    "konflikt": "konflikten",
    "indtjekning": "indtjekningen",
}

_VERBS: dict[str, str] = {
    "login": "Loggede ind",
    "login_failed": "Mislykket forsøg på at logge ind",
    "logout": "Loggede ud",
    "search": "Søgte i",
    "view": "Så",
    "create": "Oprettede",
    "update": "Ændrede",
    "delete": "Slettede",
    "export": "Eksporterede",
    "import": "Importerede",
    "print": "Udskrev",
    "report": "Lavede",
    "purge": "Slettede gamle poster i",
    "system": "Systemhændelse:",
    "refused": "Afviste",
}

# a changed field after "Ændrede" (with "for delmålet »…«" and the like where it belongs to a row)
_FIELD_PHRASES: dict[str, str] = {
    "own_goal": "planens eget mål",
    "job_goal": "planens job- eller uddannelsesmål",
    "next_step": "planens næste skridt",
    "next_meeting": "planens næste møde",
    "handover_note": "overdragelsesnotatet",
    "text": "teksten",
    "status": "status",
    "start": "startdatoen",
    "deadline": "fristen",
    "category": "kategorien",
    "responsible": "den ansvarlige",
    "company": "virksomheden",
    "end": "slutdatoen",
    "hours_per_week": "timer pr. uge",
    "note": "bemærkningen",
    "target_group": "målgruppen",
    "type": "typen",
}

# labels of detail keys the services write besides the plan's fields
_DETAIL_LABELS: dict[str, str] = {
    "fil": "Fil",
    "mappe": "Mappe",
    "status": "Status",
    "poster": "Poster",
    "rækker": "Rækker",
    "filer": "Filer",
    "nye": "Nye",
    "opdateret": "Opdateret",
    "initialer": "Initialer",
    "rolle": "Rolle",
    "adgangskode": "Adgangskode",
    "cvr": "CVR-nummer",
    "navn": "Navn",
    "socialoekonomisk": "Socialøkonomisk",
    "kode": "Kode",
    "version": "Version",
    "udfald": "Udfald",
    "dimensioner": "Dimensioner",
    "udgaaet": "Udgået",
    "dato": "Dato",
    "antal": "Antal",
    "instrument": "Måleredskab",
    "kommune": "Kommune",
    "plan": "Plan",
    "maalfil": "Målfil",
    "fra": "Fra",
    "til": "Til",
    "maal": "Mål",
    "bruger": "Bruger",
    "handling": "Handling",
    "borger": "Borger",
    "fundet": "Fundet",
    "fund": "Fundet",
    "aar": "År",
    "maaneder": "Måneder",
    "dage": "Dage",
    "foer": "Før",
    "pseudonym": "Pseudonym",
    "sidste_aktivitet": "Sidste aktivitet",
    "slettet": "Slettet",
    "primaer": "Sagsbehandler",
    "kommando": "Kommando",
    "tidspunkt": "Tidspunkt",
    "server": "Server",
    "bærbar": "Bærbar",
    "til_server": "Til serveren",
    "til_bærbar": "Til den bærbare",
    "tid_på_bærbar": "Tid på den bærbare",
    "bruger_på_bærbar": "Bruger på den bærbare",
    "handling_på_bærbar": "Handling på den bærbare",
    "bærbar_logposter": "Logposter fra den bærbare",
    "sat_til_side": "Sat til side",
    "ændringer": "Ændringer",
    "behold": "Beholdt",
    "gendannet_fra": "Gendannet fra",
    "tidligere_fil": "Tidligere fil",
    "administrator": "Administrator",
    "borgere": "Borgere",
    "seed": "Frø",
    "exit_type": "Afgangstype",
    "overdragelsesnotat": "Overdragelsesnotat",
    "begrundelse": "Begrundelse",
    "art": "Søgning på",
    "laengde": "Længde",
    "kilde": "Søgt af",
    "ord": "Ord",
    "op_til": "Til og med post",
    "anker": "Anker",
}

# detail keys that are internal bookkeeping, not for a reader
_HIDDEN = frozenset({"anker", "bærbar_kædehoved", "bærbar_seq", "bærbar_seq_sendt", "seed"})


# the order of a row's values in a summary (the rest alphabetically, as stored): the same as the history's
_ORDER = SUMMARY_ORDER


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
    if isinstance(value, str) and len(value) >= 19 and value[10] == "T":
        try:
            stamp = dt.datetime.fromisoformat(value)
        except ValueError:
            return value
        return f"{format_date(stamp.date())} {stamp:%H:%M}"
    if isinstance(value, dict):
        return "; ".join(f"{label(k)}: {value_text(v)}" for k, v in _ordered(value) if v not in (None, "", [], {}))
    if isinstance(value, list | tuple):
        return "; ".join(f"{i}. {value_text(v)}" for i, v in enumerate(value, 1))
    return format_value(value)


def label(key: str) -> str:
    return FIELD_LABELS.get(key) or _DETAIL_LABELS.get(key) or key.replace("_", " ").capitalize()


def _q(value: Any) -> str:
    text = value_text(value)
    return f"»{text}«" if text else "(tomt)"


def _rest(d: Mapping[str, Any], skip: tuple[str, ...] = ()) -> str:
    parts = [
        f"{label(k)}: {value_text(v)}"
        for k, v in _ordered(d)
        if k not in skip and k not in _HIDDEN and v not in (None, "", [], {})
    ]
    return "; ".join(parts)


def _with(sentence: str, extra: str, sep: str = ": ") -> str:
    return f"{sentence}{sep}{extra}" if extra else sentence


def _from_to(old: Any, new: Any) -> str:
    old_t, new_t = value_text(old), value_text(new)
    if not old_t:
        return f" til {_q(new)}"
    if not new_t:
        return f" fra {_q(old)} til (tomt)"
    return f" fra {_q(old)} til {_q(new)}"


def _why(d: Mapping[str, Any]) -> str:
    why = d.get("begrundelse")
    return f". Begrundelse: {why}" if why else ""


def _group(code: Any) -> str:
    return TARGET_GROUP_LABELS.get(str(code), str(code)) if code else ""


def _change(action: str, entity: str, d: Mapping[str, Any]) -> str:
    """An entry written as a change of one value (``field``, ``old``, ``new``: the citizen screen's actions)."""
    fld = str(d.get("field", ""))
    old, new = d.get("old"), d.get("new")
    if entity == "plan" and fld == "min_plan":
        return "Udskrev Min plan" if new == "printer" else "Gemte Min plan som PDF"
    if entity == "plan" and fld == "handover_note" and new == "(læst)":
        return "Kvitterede for overdragelsesnotatet"
    if entity == "assignment":
        role = "koordinerende sagsbehandler" if fld == "koordinerende" else "sagsbehandler"
        if fld == "primaer" and old and new:
            text = f"Overdrog borgeren fra {_q(old)} til {_q(new)}"
        elif not new:
            text = f"Fjernede {role} {_q(old)}"
        else:
            text = f"Skiftede {role}{_from_to(old, new)}"
        note = d.get("overdragelsesnotat")
        return text + (f". Overdragelsesnotat: {_q(note)}" if note else "")
    if entity == "sub_goal":
        if fld == "raekkefoelge":
            return f"Ændrede delmålenes rækkefølge til: {value_text(new)} (før: {value_text(old)})"
        if action in ("create", "delete"):
            row = new if action == "create" else old
            row = row if isinstance(row, dict) else {"text": row}
            verb = "Oprettede" if action == "create" else "Slettede"
            rest = _rest(row, ("text",))
            return f"{verb} delmålet {_q(row.get('text'))}" + (f" ({rest})" if rest else "")
        return f"Ændrede {_FIELD_PHRASES.get(fld, label(fld).lower())} for delmålet {_q(d.get('delmaal'))}" + (
            _from_to(old, new)
        )
    if entity == "effort":
        if action == "create":
            return _with("Oprettede en indsats", value_text(new))
        if action == "delete":
            return _with("Slettede en indsats", value_text(old))
        return f"Ændrede {_FIELD_PHRASES.get(fld, label(fld).lower())} for indsatsen {_q(d.get('indsats'))}" + (
            _from_to(old, new)
        )
    if entity == "note":
        return f"Skrev et notat: {_q(new)}"
    if entity == "benefit_period":
        group = _group(d.get("target_group"))
        if action == "create":
            return _with("Registrerede en ydelse", value_text(new))
        if action == "delete":
            return _with("Slettede ydelsen", value_text(old)) + _why(d)
        what = f"for ydelsen {group}" if group else "for ydelsen"
        return f"Ændrede {_FIELD_PHRASES.get(fld, label(fld).lower())} {what}{_from_to(old, new)}"
    if entity == "exit":
        if action in ("create", "delete"):
            row = new if action == "create" else old
            row = row if isinstance(row, dict) else {}
            verb = "Registrerede afgang" if action == "create" else "Slettede afgangen"
            kind = row.get("type") or EXIT_TYPE_LABELS.get(str(d.get("exit_type", "")), "")
            when = value_text(row.get("start"))
            text = verb + (f" den {when}" if when else "") + (f" ({kind})" if kind else "")
            return text + _why(d)
        what = "afgangens dato" if fld == "start" else f"afgangens {label(fld).lower()}"
        return f"Ændrede {what}{_from_to(old, new)}"
    if entity == "plan" and action == "update":
        return f"Ændrede {_FIELD_PHRASES.get(fld, label(fld).lower())}{_from_to(old, new)}"
    if entity == "setting":
        return f"Ændrede indstillingen {_q(label(fld))}{_from_to(old, new)}"
    verb = _VERBS.get(action, "Ændrede")
    noun = _NOUNS.get(entity, "en post")
    return _with(f"{verb} {noun}", f"{label(fld)}{_from_to(old, new)}") + _why(d)


def describe(action: str, entity: str, details: str | Mapping[str, Any] | None) -> str:
    """The entry as one Danish sentence."""
    d = parse_details(details)
    if "field" in d:
        return _change(action, entity, d)
    if action == "login":
        return "Loggede ind"
    if action == "logout":
        return "Loggede ud"
    if action == "login_failed":
        if entity == "noeglefil":
            when = value_text(d.get("tidspunkt"))
            return "Mislykket forsøg på at låse databasen op" + (f" ({when})" if when else "")
        return "Mislykket forsøg på at logge ind"
    if action == "view" and entity == "citizen":
        return "Åbnede borgeren"
    if action == "search":
        found = d.get("fundet", d.get("fund"))
        n = f" ({value_text(found)} fundet)" if found is not None else ""
        if entity == "citizen":
            return f"Søgte efter borgere{n}"
        if entity == "retention":
            return f"Fandt sager, der skal slettes{n}"
        if entity == "audit_log":
            filters = dict(d)
            filters.pop("fundet", None)
            if filters.get("handling"):
                filters["handling"] = ACTION_LABELS.get(str(filters["handling"]), filters["handling"])
            return _with(f"Søgte i revisionssporet{n}", _rest(filters))
    if action in ("export", "report", "import") and ("fil" in d or "mappe" in d or "status" in d):
        target = d.get("fil") or d.get("mappe") or ""
        if entity == "aktindsigt":
            head = f"Lavede aktindsigt i mappen {target}"
        elif action == "report":
            head = f"Lavede målrapporten {target}"
        elif action == "import":
            head = f"Importerede {target}"
        elif entity == "audit_log":
            head = f"Eksporterede revisionssporet til {target}"
        elif entity == "citizen":
            head = f"Eksporterede borgerens data til {target}"
        else:
            head = f"Eksporterede {target}"
        if action == "import":
            counts = [f"{value_text(d[k])} {k}" for k in ("nye", "opdateret") if d.get(k) not in (None, "")]
            return head + (f" ({', '.join(counts)})" if counts else "")
        extra = [str(d["status"])] if d.get("status") else []
        for key in ("poster", "filer"):
            if d.get(key) not in (None, ""):
                extra.append(f"{value_text(d[key])} {key}")
        if isinstance(d.get("rækker"), dict):
            extra.append(value_text(d["rækker"]))
        return head.rstrip() + (f" ({', '.join(extra)})" if extra else "")
    if action == "report" and d.get("visning"):
        period = f" {value_text(d.get('fra'))} – {value_text(d.get('til'))}" if d.get("fra") else ""
        return f"Så målrapporten for {d.get('kommune') or 'kommunen'}{period} på skærmen"
    if action == "purge":
        before = value_text(d.get("foer"))
        return f"Slettede {value_text(d.get('antal'))} gamle poster i revisionssporet" + (
            f" (ældre end {before})" if before else ""
        )
    if action == "refused":
        return f"Afviste kommandoen {_q(d.get('kommando'))}" if d.get("kommando") else "Afviste handlingen"
    if action == "system" and entity == "database" and d.get("gendannet_fra"):
        return f"Gendannede databasen fra sikkerhedskopien {d['gendannet_fra']}"
    if entity == "citizen" and action == "create":
        return "Oprettede borgeren" + (f" med sagsbehandler {_q(d['primaer'])}" if d.get("primaer") else "")
    if entity == "citizen" and action == "delete":
        return _with("Slettede borgerens oplysninger", _rest(d))
    if entity == "staff" and action == "create":
        return f"Oprettede brugeren {d.get('initialer', '')} ({d.get('rolle', '')})".replace(" ()", "")
    if entity == "staff" and action == "update" and d.get("adgangskode"):
        return "Satte en ny adgangskode"
    if entity == "company" and action == "create":
        return f"Registrerede virksomheden {d.get('navn', '')} (CVR {d.get('cvr', '')})"
    if entity == "measurement":
        verbs = {"create": "Registrerede en måling", "update": "Rettede en måling", "delete": "Slettede en måling"}
        info = d.get("efter") if action == "update" else d
        info = info if isinstance(info, dict) else {}
        when = value_text(info.get("dato"))
        return (
            verbs.get(action, "Ændrede en måling")
            + (f" med {info['instrument']}" if info.get("instrument") else "")
            + (f" den {when}" if when else "")
        )
    if entity == "setting" and action == "update" and len(d) == 1:
        key, value = next(iter(d.items()))
        what = {
            "maaneder": ("opbevaringstiden for revisionssporet", "måneder"),
            "aar": ("opbevaringstiden for borgersager", "år"),
            "dage": ("påmindelsen om ny måling", "dage"),
        }.get(key)
        if what is not None:
            return f"Satte {what[0]} til {value_text(value)} {what[1]}"
    if entity == "database" and action == "create":
        return "Oprettede databasen"
    if entity == "demo" and action == "create":
        return f"Oprettede demodata ({value_text(d.get('borgere'))} borgere)"
    if entity == "udtagning":
        return "Tjekkede borgeren ud til en bærbar" if action == "export" else "Hentede borgeren fra serveren"
    if entity == "synkronisering":
        return _with("Synkroniserede med serveren", _rest(d))
    if entity == "konflikt":
        return _with("Løste en konflikt", _rest(d))
    if entity == "indtjekning":
        return "Tjekkede borgeren ind" if action == "update" else "Fjernede borgeren fra den bærbare efter indtjekning"
    head = f"{_VERBS.get(action, 'Registrerede')} {_NOUNS.get(entity, '')}".strip()
    return _with(head, _rest(d))
