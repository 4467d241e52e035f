"""The code lists of the interchange contract (CONTRACT.md section 2), in contract order."""

from __future__ import annotations

from planner_gui.domain.i18n import QT_TRANSLATE_NOOP

TARGET_GROUPS: tuple[str, ...] = (
    "a_dagpenge",
    "kontanthjaelp_jobparat",
    "kontanthjaelp_aktivitetsparat",
    "uddannelseshjaelp_uddannelsesparat",
    "uddannelseshjaelp_aktivitetsparat",
    "integrationsydelse",
    "sygedagpenge",
    "jobafklaring",
    "ressourceforloeb",
    "ledighedsydelse",
    "fleksjob",
    "revalidering",
)

EFFORT_CATEGORIES: tuple[str, ...] = (
    "virksomhedspraktik",
    "loentilskud",
    "nytteindsats",
    "ordinaere_timer",
    "igu",
    "fleksjob",
    "ips",
    "opkvalificering",
    "danskuddannelse",
    "fgu",
    "mentor",
    "frivillig_mentor",
    "vejledning",
    "jobsoegning",
    "behandling",
)

#: The seven company-based categories; ``virksomhedsrettet`` in goal files stands for these.
COMPANY_BASED_CATEGORIES: tuple[str, ...] = EFFORT_CATEGORIES[:7]
COMPANY_BASED_ALIAS = "virksomhedsrettet"

RESPONSIBLE_UNITS: tuple[str, ...] = (
    "jobcenter",
    "social",
    "sundhed",
    "psykiatri",
    "misbrug",
    "boern_unge",
    "ungeindsats",
    "uddannelse",
    "civilsamfund",
    "virksomhed",
)

EXIT_TYPES: tuple[str, ...] = ("job", "uddannelse", "fleksjob", "foertidspension", "fraflyttet", "andet")

STAFF_ROLES: tuple[str, ...] = ("sagsbehandler", "teamleder", "administrator")
ASSIGNMENT_ROLES: tuple[str, ...] = ("koordinerende", "primaer")
RATERS: tuple[str, ...] = ("borger", "sagsbehandler")
SUBGOAL_STATUSES: tuple[str, ...] = ("ikke_startet", "i_gang", "naaet", "opgivet")

#: Danish display labels, used by the UI, the printouts and the reports.
TARGET_GROUP_LABELS: dict[str, str] = {
    "a_dagpenge": QT_TRANSLATE_NOOP("Koder", "A-dagpenge"),
    "kontanthjaelp_jobparat": QT_TRANSLATE_NOOP("Koder", "Kontanthjælp, jobparat"),
    "kontanthjaelp_aktivitetsparat": QT_TRANSLATE_NOOP("Koder", "Kontanthjælp, aktivitetsparat"),
    "uddannelseshjaelp_uddannelsesparat": QT_TRANSLATE_NOOP("Koder", "Uddannelseshjælp, uddannelsesparat"),
    "uddannelseshjaelp_aktivitetsparat": QT_TRANSLATE_NOOP("Koder", "Uddannelseshjælp, aktivitetsparat"),
    "integrationsydelse": QT_TRANSLATE_NOOP("Koder", "Integrationsydelse"),
    "sygedagpenge": QT_TRANSLATE_NOOP("Koder", "Sygedagpenge"),
    "jobafklaring": QT_TRANSLATE_NOOP("Koder", "Jobafklaringsforløb"),
    "ressourceforloeb": QT_TRANSLATE_NOOP("Koder", "Ressourceforløb"),
    "ledighedsydelse": QT_TRANSLATE_NOOP("Koder", "Ledighedsydelse"),
    "fleksjob": QT_TRANSLATE_NOOP("Koder", "Fleksjob"),
    "revalidering": QT_TRANSLATE_NOOP("Koder", "Revalidering"),
}

EFFORT_CATEGORY_LABELS: dict[str, str] = {
    "virksomhedspraktik": QT_TRANSLATE_NOOP("Koder", "Virksomhedspraktik"),
    "loentilskud": QT_TRANSLATE_NOOP("Koder", "Løntilskud"),
    "nytteindsats": QT_TRANSLATE_NOOP("Koder", "Nytteindsats"),
    "ordinaere_timer": QT_TRANSLATE_NOOP("Koder", "Ordinære timer"),
    "igu": QT_TRANSLATE_NOOP("Koder", "IGU"),
    "fleksjob": QT_TRANSLATE_NOOP("Koder", "Fleksjob"),
    "ips": QT_TRANSLATE_NOOP("Koder", "IPS"),
    "opkvalificering": QT_TRANSLATE_NOOP("Koder", "Opkvalificering"),
    "danskuddannelse": QT_TRANSLATE_NOOP("Koder", "Danskuddannelse"),
    "fgu": QT_TRANSLATE_NOOP("Koder", "FGU"),
    "mentor": QT_TRANSLATE_NOOP("Koder", "Mentor"),
    "frivillig_mentor": QT_TRANSLATE_NOOP("Koder", "Frivillig mentor"),
    "vejledning": QT_TRANSLATE_NOOP("Koder", "Vejledning"),
    "jobsoegning": QT_TRANSLATE_NOOP("Koder", "Jobsøgningskursus"),
    "behandling": QT_TRANSLATE_NOOP("Koder", "Behandling"),
}

RESPONSIBLE_UNIT_LABELS: dict[str, str] = {
    "jobcenter": QT_TRANSLATE_NOOP("Koder", "Jobcenter"),
    "social": QT_TRANSLATE_NOOP("Koder", "Socialforvaltning"),
    "sundhed": QT_TRANSLATE_NOOP("Koder", "Sundhed"),
    "psykiatri": QT_TRANSLATE_NOOP("Koder", "Psykiatri"),
    "misbrug": QT_TRANSLATE_NOOP("Koder", "Misbrugsbehandling"),
    "boern_unge": QT_TRANSLATE_NOOP("Koder", "Børn og unge"),
    "ungeindsats": QT_TRANSLATE_NOOP("Koder", "Ungeindsats (UU/KUI)"),
    "uddannelse": QT_TRANSLATE_NOOP("Koder", "Uddannelsesinstitution"),
    "civilsamfund": QT_TRANSLATE_NOOP("Koder", "Civilsamfund / frivillige"),
    "virksomhed": QT_TRANSLATE_NOOP("Koder", "Virksomhed"),
}

EXIT_TYPE_LABELS: dict[str, str] = {
    "job": QT_TRANSLATE_NOOP("Koder", "Job"),
    "uddannelse": QT_TRANSLATE_NOOP("Koder", "Uddannelse"),
    "fleksjob": QT_TRANSLATE_NOOP("Koder", "Fleksjob"),
    "foertidspension": QT_TRANSLATE_NOOP("Koder", "Førtidspension"),
    "fraflyttet": QT_TRANSLATE_NOOP("Koder", "Fraflyttet"),
    "andet": QT_TRANSLATE_NOOP("Koder", "Andet"),
}

SUBGOAL_STATUS_LABELS: dict[str, str] = {
    "ikke_startet": QT_TRANSLATE_NOOP("Koder", "Ikke startet"),
    "i_gang": QT_TRANSLATE_NOOP("Koder", "I gang"),
    "naaet": QT_TRANSLATE_NOOP("Koder", "Nået"),
    "opgivet": QT_TRANSLATE_NOOP("Koder", "Opgivet"),
}


#: The kinds of audit entry, in the order the audit viewer offers them; ``storage.audit.record`` refuses any other
#: (here, not in ``domain.audit_text`` with their words: recording an entry needs only the names, at every login).
AUDIT_ACTIONS: tuple[str, ...] = (
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
