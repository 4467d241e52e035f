"""The demo job centre's make-up: teams and their target groups, where citizens go next, how long they stay, which
efforts and sub-goals they get, who is measured. Plain data the generator draws from (``planner_gui.demo.generator``);
the names it gives people and companies are data too (``resources/demo/names.json``)."""

from __future__ import annotations

TEAMS = {
    "Team Job": ("a_dagpenge", "kontanthjaelp_jobparat"),
    "Team Aktiv": ("kontanthjaelp_aktivitetsparat",),
    "Team Ung": ("uddannelseshjaelp_uddannelsesparat", "uddannelseshjaelp_aktivitetsparat"),
    "Team Integration": ("integrationsydelse",),
    "Team Sygedagpenge": ("sygedagpenge", "jobafklaring"),
    "Team Ressource": ("ressourceforloeb", "ledighedsydelse", "fleksjob", "revalidering"),
}
TEAM_OF_GROUP = {g: team for team, groups in TEAMS.items() for g in groups}

# Where a citizen goes next from a target group: (next group or exit type, weight).
NEXT_STEPS: dict[str, tuple[tuple[str, int], ...]] = {
    "a_dagpenge": (("job", 60), ("kontanthjaelp_jobparat", 15), ("sygedagpenge", 8), ("uddannelse", 7), ("andet", 10)),
    "kontanthjaelp_jobparat": (
        ("job", 45),
        ("kontanthjaelp_aktivitetsparat", 20),
        ("sygedagpenge", 5),
        ("uddannelse", 10),
        ("fraflyttet", 5),
        ("andet", 15),
    ),
    "kontanthjaelp_aktivitetsparat": (
        ("kontanthjaelp_jobparat", 20),
        ("ressourceforloeb", 20),
        ("job", 15),
        ("fleksjob", 8),
        ("foertidspension", 7),
        ("sygedagpenge", 5),
        ("fraflyttet", 5),
        ("andet", 20),
    ),
    "uddannelseshjaelp_uddannelsesparat": (
        ("uddannelse", 55),
        ("job", 20),
        ("uddannelseshjaelp_aktivitetsparat", 10),
        ("kontanthjaelp_jobparat", 5),
        ("andet", 10),
    ),
    "uddannelseshjaelp_aktivitetsparat": (
        ("uddannelseshjaelp_uddannelsesparat", 30),
        ("uddannelse", 20),
        ("ressourceforloeb", 10),
        ("kontanthjaelp_aktivitetsparat", 15),
        ("job", 10),
        ("andet", 15),
    ),
    "integrationsydelse": (
        ("job", 35),
        ("uddannelse", 15),
        ("kontanthjaelp_jobparat", 20),
        ("kontanthjaelp_aktivitetsparat", 15),
        ("fraflyttet", 10),
        ("andet", 5),
    ),
    "sygedagpenge": (
        ("job", 65),
        ("jobafklaring", 15),
        ("ressourceforloeb", 5),
        ("kontanthjaelp_aktivitetsparat", 5),
        ("andet", 10),
    ),
    "jobafklaring": (
        ("job", 30),
        ("ressourceforloeb", 25),
        ("fleksjob", 15),
        ("revalidering", 5),
        ("foertidspension", 10),
        ("andet", 15),
    ),
    "ressourceforloeb": (
        ("fleksjob", 25),
        ("foertidspension", 25),
        ("kontanthjaelp_aktivitetsparat", 20),
        ("job", 10),
        ("ressourceforloeb", 10),
        ("andet", 10),
    ),
    "ledighedsydelse": (("fleksjob", 80), ("foertidspension", 10), ("andet", 10)),
    "fleksjob": (("ledighedsydelse", 50), ("andet", 50)),
    "revalidering": (("job", 50), ("uddannelse", 30), ("andet", 20)),
}
FIRST_GROUP_ADULT = (
    ("a_dagpenge", 26),
    ("kontanthjaelp_jobparat", 14),
    ("kontanthjaelp_aktivitetsparat", 14),
    ("sygedagpenge", 26),
    ("integrationsydelse", 8),
    ("jobafklaring", 3),
    ("ressourceforloeb", 3),
    ("ledighedsydelse", 3),
    ("revalidering", 1),
    ("fleksjob", 2),
)
FIRST_GROUP_YOUNG = (
    ("uddannelseshjaelp_uddannelsesparat", 45),
    ("uddannelseshjaelp_aktivitetsparat", 30),
    ("a_dagpenge", 10),
    ("integrationsydelse", 10),
    ("sygedagpenge", 5),
)
MONTHS_IN: dict[str, tuple[int, int]] = {
    "a_dagpenge": (1, 18),
    "kontanthjaelp_jobparat": (2, 24),
    "kontanthjaelp_aktivitetsparat": (6, 48),
    "uddannelseshjaelp_uddannelsesparat": (2, 14),
    "uddannelseshjaelp_aktivitetsparat": (4, 30),
    "integrationsydelse": (6, 48),
    "sygedagpenge": (1, 12),
    "jobafklaring": (6, 24),
    "ressourceforloeb": (12, 60),
    "ledighedsydelse": (1, 12),
    "fleksjob": (12, 72),
    "revalidering": (6, 30),
}
# Efforts by target group: (category, responsible, weight).
EFFORTS: dict[str, tuple[tuple[str, str, int], ...]] = {
    "job": (
        ("jobsoegning", "jobcenter", 30),
        ("virksomhedspraktik", "virksomhed", 20),
        ("loentilskud", "virksomhed", 15),
        ("opkvalificering", "uddannelse", 20),
        ("vejledning", "jobcenter", 15),
    ),
    "aktiv": (
        ("mentor", "jobcenter", 20),
        ("virksomhedspraktik", "virksomhed", 20),
        ("behandling", "sundhed", 10),
        ("behandling", "psykiatri", 7),
        ("behandling", "misbrug", 6),
        ("nytteindsats", "jobcenter", 8),
        ("ordinaere_timer", "virksomhed", 6),
        ("ips", "psykiatri", 5),
        ("frivillig_mentor", "civilsamfund", 8),
        ("vejledning", "social", 10),
    ),
    "ung": (
        ("fgu", "uddannelse", 25),
        ("vejledning", "ungeindsats", 25),
        ("mentor", "ungeindsats", 15),
        ("virksomhedspraktik", "virksomhed", 15),
        ("opkvalificering", "uddannelse", 10),
        ("behandling", "boern_unge", 5),
        ("frivillig_mentor", "civilsamfund", 5),
    ),
    "integration": (
        ("danskuddannelse", "uddannelse", 35),
        ("igu", "virksomhed", 15),
        ("virksomhedspraktik", "virksomhed", 25),
        ("loentilskud", "virksomhed", 10),
        ("frivillig_mentor", "civilsamfund", 15),
    ),
    "syg": (
        ("behandling", "sundhed", 40),
        ("virksomhedspraktik", "virksomhed", 20),
        ("vejledning", "jobcenter", 20),
        ("mentor", "jobcenter", 10),
        ("behandling", "psykiatri", 10),
    ),
    "ressource": (
        ("mentor", "social", 25),
        ("behandling", "psykiatri", 15),
        ("behandling", "misbrug", 10),
        ("virksomhedspraktik", "virksomhed", 20),
        ("fleksjob", "virksomhed", 15),
        ("ips", "psykiatri", 15),
    ),
}
EFFORT_PROFILE = {
    "a_dagpenge": "job",
    "kontanthjaelp_jobparat": "job",
    "kontanthjaelp_aktivitetsparat": "aktiv",
    "uddannelseshjaelp_uddannelsesparat": "ung",
    "uddannelseshjaelp_aktivitetsparat": "ung",
    "integrationsydelse": "integration",
    "sygedagpenge": "syg",
    "jobafklaring": "syg",
    "ressourceforloeb": "ressource",
    "ledighedsydelse": "job",
    "fleksjob": "ressource",
    "revalidering": "job",
}
NEEDS_COORDINATOR = {
    "kontanthjaelp_aktivitetsparat",
    "uddannelseshjaelp_aktivitetsparat",
    "ressourceforloeb",
    "jobafklaring",
    "integrationsydelse",
}
MEASURED = {
    "kontanthjaelp_aktivitetsparat",
    "uddannelseshjaelp_aktivitetsparat",
    "ressourceforloeb",
    "jobafklaring",
    "integrationsydelse",
    "kontanthjaelp_jobparat",
    "uddannelseshjaelp_uddannelsesparat",
}
COMMON_SUB_GOALS = (
    "Møde stabilt i praktik tre dage om ugen",
    "Få lavet et CV og søge fem job om ugen",
    "Få styr på økonomien med hjælp fra mentor",
    "Prøve arbejdet af i en virksomhedspraktik",
)
# (the citizen's own goal in their own words, the job or education goal, sub-goals that fit, for young people only)
PLAN_GOALS: tuple[tuple[str, str, tuple[str, ...], bool], ...] = (
    (
        "Jeg vil have et arbejde, hvor jeg kan bruge mine hænder.",
        "Lager og logistik",
        ("Gennemføre AMU-kursus i truckkørsel",),
        False,
    ),
    (
        "Jeg vil gerne i gang med en uddannelse som social- og sundhedshjælper.",
        "Social- og sundhedsområdet",
        ("Søge optagelse på SOSU-skolen", "Prøve faget af i praktik på et plejecenter"),
        False,
    ),
    (
        "Jeg vil have styr på min hverdag, så jeg kan klare et job.",
        "Fleksjob i service",
        ("Starte i behandling og holde aftalerne", "Afklare arbejdsevnen med praktik"),
        False,
    ),
    (
        "Jeg vil arbejde i et køkken igen, men på nedsat tid i starten.",
        "Køkken og kantine",
        ("Starte i praktik i kantinen ti timer om ugen", "Tage hygiejnebevis"),
        False,
    ),
    ("Jeg vil lære bedre dansk, så jeg kan få et job i butik.", "Butik og detail", ("Bestå danskprøve 2",), False),
    ("Jeg vil have mit kørekort og et job som chauffør.", "Transport", ("Tage kørekort til lastbil (C)",), False),
    (
        "Jeg vil tilbage til mit fag som tømrer, når ryggen tillader det.",
        "Bygge og anlæg",
        ("Afklare hvad ryggen kan tåle med fysioterapeut", "Afklare arbejdsevnen med praktik"),
        False,
    ),
    (
        "Jeg vil gerne have en læreplads som elektriker.",
        "Erhvervsuddannelse (EUD)",
        ("Søge optagelse på FGU", "Søge fem lærepladser om måneden"),
        True,
    ),
    (
        "Jeg vil tage en studentereksamen.",
        "Gymnasial uddannelse",
        ("Søge optagelse på HF", "Møde hver dag på FGU"),
        True,
    ),
    ("Jeg vil kunne forsørge mine børn selv.", "Rengøring", ("Gennemføre AMU-kursus i rengøring",), False),
    (
        "Jeg vil have et fast job med kolleger, jeg kan lide.",
        "Lager og logistik",
        ("Gennemføre AMU-kursus i truckkørsel",),
        False,
    ),
)
