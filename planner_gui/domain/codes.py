"""The code lists of the interchange contract (CONTRACT.md section 2), in contract order."""

from __future__ import annotations

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
    "a_dagpenge": "A-dagpenge",
    "kontanthjaelp_jobparat": "Kontanthjælp, jobparat",
    "kontanthjaelp_aktivitetsparat": "Kontanthjælp, aktivitetsparat",
    "uddannelseshjaelp_uddannelsesparat": "Uddannelseshjælp, uddannelsesparat",
    "uddannelseshjaelp_aktivitetsparat": "Uddannelseshjælp, aktivitetsparat",
    "integrationsydelse": "Integrationsydelse",
    "sygedagpenge": "Sygedagpenge",
    "jobafklaring": "Jobafklaringsforløb",
    "ressourceforloeb": "Ressourceforløb",
    "ledighedsydelse": "Ledighedsydelse",
    "fleksjob": "Fleksjob",
    "revalidering": "Revalidering",
}

EFFORT_CATEGORY_LABELS: dict[str, str] = {
    "virksomhedspraktik": "Virksomhedspraktik",
    "loentilskud": "Løntilskud",
    "nytteindsats": "Nytteindsats",
    "ordinaere_timer": "Ordinære timer",
    "igu": "IGU",
    "fleksjob": "Fleksjob",
    "ips": "IPS",
    "opkvalificering": "Opkvalificering",
    "danskuddannelse": "Danskuddannelse",
    "fgu": "FGU",
    "mentor": "Mentor",
    "frivillig_mentor": "Frivillig mentor",
    "vejledning": "Vejledning",
    "jobsoegning": "Jobsøgningskursus",
    "behandling": "Behandling",
}

RESPONSIBLE_UNIT_LABELS: dict[str, str] = {
    "jobcenter": "Jobcenter",
    "social": "Socialforvaltning",
    "sundhed": "Sundhed",
    "psykiatri": "Psykiatri",
    "misbrug": "Misbrugsbehandling",
    "boern_unge": "Børn og unge",
    "ungeindsats": "Ungeindsats (UU/KUI)",
    "uddannelse": "Uddannelsesinstitution",
    "civilsamfund": "Civilsamfund / frivillige",
    "virksomhed": "Virksomhed",
}

EXIT_TYPE_LABELS: dict[str, str] = {
    "job": "Job",
    "uddannelse": "Uddannelse",
    "fleksjob": "Fleksjob",
    "foertidspension": "Førtidspension",
    "fraflyttet": "Fraflyttet",
    "andet": "Andet",
}

SUBGOAL_STATUS_LABELS: dict[str, str] = {
    "ikke_startet": "Ikke startet",
    "i_gang": "I gang",
    "naaet": "Nået",
    "opgivet": "Opgivet",
}
