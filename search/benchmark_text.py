"""Synthetic but realistic research text for the search benchmark, in Albanian and English.

A real library of election research is topical: every paper talks about elections, but each one
about a few themes (vote buying, women candidates, the diaspora vote...) in one or two places
and elections. So each synthetic publication picks a place, an election and three of the themes
below, and writes its sentences from them: a query for a theme or a place matches a few per cent
of the library, "zgjedhje" almost all of it, as on the real site.
"""

# (Albanian, English) subjects of a sentence.
SUBJECTS = [
    ("Komisioni Qendror i Zgjedhjeve", "The Central Election Commission"),
    ("Vëzhguesit vendorë", "Domestic observers"),
    ("Organizatat e shoqërisë civile", "Civil society organisations"),
    ("Kuvendi i Shqipërisë", "The Parliament of Albania"),
    ("Partitë politike", "Political parties"),
    ("Misioni i OSBE/ODIHR-it", "The OSCE/ODIHR mission"),
    ("Avokati i Popullit", "The Ombudsman"),
    ("Gazetarët investigativë", "Investigative journalists"),
    ("Komisionerët zonalë", "Zonal commissioners"),
    ("Prokuroria e Posaçme", "The Special Prosecution Office"),
    ("Kolegji Zgjedhor", "The Electoral College"),
    ("Delegacioni i Bashkimit Evropian", "The European Union Delegation"),
    ("Grupet e të rinjve", "Youth groups"),
    ("Rrjetet e grave", "Women's networks"),
    ("Autoriteti i Mediave Audiovizive", "The Audiovisual Media Authority"),
    ("Këshillat bashkiakë", "Municipal councils"),
]

# Themes: each is a few (Albanian, English) predicates on one subject of electoral reform.
THEMES = [
    [
        ("raportuan raste të blerjes së votës", "reported cases of vote buying"),
        ("denoncuan presionin mbi punonjësit publikë", "denounced pressure on public employees"),
        ("kërkuan hetimin e votave të blera", "asked for an investigation of bought votes"),
    ],
    [
        ("vlerësuan pjesëmarrjen e grave në listat e kandidatëve", "assessed women's place on candidate lists"),
        ("propozuan zbatimin e kuotës gjinore", "proposed enforcing the gender quota"),
        ("trajnuan kandidatet gra për fushatën", "trained women candidates for the campaign"),
    ],
    [
        ("analizuan votimin e diasporës me postë", "analysed diaspora voting by post"),
        ("numëruan zarfet e emigrantëve", "counted the emigrants' envelopes"),
        ("kërkuan regjistrim më të thjeshtë për shqiptarët jashtë vendit", "asked for simpler registration for Albanians abroad"),
    ],
    [
        ("monitoruan numërimin e votave në qendrat e numërimit", "monitored the vote count at counting centres"),
        ("gjetën parregullsi në procesverbalet e numërimit", "found irregularities in the counting records"),
        ("krahasuan rezultatet me numërimin paralel", "compared the results with a parallel count"),
    ],
    [
        ("shqyrtuan financimin e fushatave zgjedhore", "examined the financing of election campaigns"),
        ("publikuan raportet financiare të partive", "published the parties' financial reports"),
        ("kërkuan transparencë për donatorët privatë", "called for transparency about private donors"),
    ],
    [
        ("matën kohën e transmetimit të partive në televizion", "measured the parties' airtime on television"),
        ("dokumentuan dezinformimin në rrjetet sociale", "documented disinformation on social networks"),
        ("vlerësuan paanësinë e mediave publike", "assessed the impartiality of public media"),
    ],
    [
        ("kontrolluan aksesueshmërinë e qendrave të votimit", "checked the accessibility of polling stations"),
        ("kërkuan fletë votimi në alfabetin Braille", "asked for ballots in Braille"),
        ("ndihmuan personat me aftësi të kufizuara të votojnë", "helped persons with disabilities to vote"),
    ],
    [
        ("testuan identifikimin elektronik të votuesve", "tested the electronic identification of voters"),
        ("vlerësuan pajisjet e votimit elektronik", "evaluated the electronic voting machines"),
        ("raportuan defekte në skanerët e gjurmëve", "reported faults in the fingerprint scanners"),
    ],
    [
        ("diskutuan ndryshimet në Kodin Zgjedhor", "discussed the amendments to the Electoral Code"),
        ("hartuan rekomandime për reformën zgjedhore", "drafted recommendations for electoral reform"),
        ("mbështetën listat e hapura të kandidatëve", "supported open candidate lists"),
    ],
    [
        ("organizuan debate me votuesit për herë të parë", "organised debates with first-time voters"),
        ("shpërndanë fletëpalosje në shkolla dhe universitete", "handed out leaflets in schools and universities"),
        ("nxitën pjesëmarrjen e të rinjve në votime", "encouraged young people to vote"),
    ],
    [
        ("verifikuan listat e zgjedhësve me regjistrin civil", "checked the voter lists against the civil register"),
        ("gjetën zgjedhës të vdekur në lista", "found deceased voters on the lists"),
        ("kërkuan përditësimin e adresave të votuesve", "asked for the voters' addresses to be updated"),
    ],
    [
        ("regjistruan ankesat në Kolegjin Zgjedhor", "recorded the complaints to the Electoral College"),
        ("ankimuan vendimet e komisioneve zonale", "appealed against the zonal commissions' decisions"),
        ("analizuan vendimet e Gjykatës Kushtetuese", "analysed the Constitutional Court's rulings"),
    ],
    [
        ("dokumentuan përdorimin e burimeve shtetërore në fushatë", "documented the use of state resources in the campaign"),
        ("raportuan punësime të reja para zgjedhjeve", "reported new hirings before the elections"),
        ("kritikuan inaugurimet e projekteve publike", "criticised the opening ceremonies of public works"),
    ],
    [
        ("informuan komunitetet rome dhe egjiptiane për të drejtën e votës", "informed Roma and Egyptian communities about the right to vote"),
        ("përkthyen materialet zgjedhore në gjuhët e pakicave", "translated election materials into minority languages"),
        ("monitoruan votimin në zonat rurale", "monitored voting in rural areas"),
    ],
    [
        ("trajnuan komisionerët e qendrave të votimit", "trained the polling station commissioners"),
        ("vlerësuan profesionalizmin e administratës zgjedhore", "assessed the professionalism of the election administration"),
        ("propozuan përzgjedhjen e komisionerëve me konkurs", "proposed selecting commissioners by open competition"),
    ],
    [
        ("mblodhën të dhëna për pjesëmarrjen në votime", "collected data on voter turnout"),
        ("krahasuan pjesëmarrjen sipas bashkive", "compared turnout by municipality"),
        ("shpjeguan rënien e pjesëmarrjes së votuesve", "explained the fall in voter turnout"),
    ],
]  # fmt: skip

ELECTIONS = [
    ("gjatë zgjedhjeve vendore të vitit 2015", "during the 2015 local elections"),
    ("gjatë zgjedhjeve parlamentare të vitit 2017", "during the 2017 parliamentary elections"),
    ("gjatë zgjedhjeve vendore të vitit 2019", "during the 2019 local elections"),
    ("gjatë zgjedhjeve parlamentare të vitit 2021", "during the 2021 parliamentary elections"),
    ("gjatë zgjedhjeve vendore të vitit 2023", "during the 2023 local elections"),
    ("gjatë zgjedhjeve parlamentare të vitit 2025", "during the 2025 parliamentary elections"),
    ("në zgjedhjet e pjesshme", "in the by-elections"),
]

PLACES = [
    ("Tiranë", "Tirana"), ("Durrës", "Durrës"), ("Shkodër", "Shkodër"), ("Elbasan", "Elbasan"),
    ("Vlorë", "Vlorë"), ("Korçë", "Korçë"), ("Fier", "Fier"), ("Berat", "Berat"),
    ("Lushnjë", "Lushnjë"), ("Kavajë", "Kavajë"), ("Gjirokastër", "Gjirokastër"),
    ("Sarandë", "Sarandë"), ("Kukës", "Kukës"), ("Lezhë", "Lezhë"), ("Dibër", "Dibër"),
    ("Pogradec", "Pogradec"), ("Kamëz", "Kamëz"), ("Vorë", "Vorë"), ("Tropojë", "Tropojë"),
    ("Has", "Has"), ("Pukë", "Pukë"), ("Mirditë", "Mirditë"), ("Kurbin", "Kurbin"),
    ("Mat", "Mat"), ("Bulqizë", "Bulqizë"), ("Librazhd", "Librazhd"), ("Përmet", "Përmet"),
    ("Tepelenë", "Tepelenë"), ("Delvinë", "Delvinë"), ("Himarë", "Himarë"),
]  # fmt: skip

KINDS = [
    ("Raport monitorimi", "Monitoring report"),
    ("Dokument politikash", "Policy paper"),
    ("Përmbledhje politikash", "Policy brief"),
    ("Analizë ligjore", "Legal analysis"),
]

THEMES_PER_PUBLICATION = 3


def publication(rng, sentences):
    """(title, summary, body) pairs for one publication: {"sq": (...), "en": (...)}."""
    themes = rng.sample(THEMES, THEMES_PER_PUBLICATION)
    place, election, kind = rng.choice(PLACES), rng.choice(ELECTIONS), rng.choice(KINDS)
    lines = [
        (rng.choice(SUBJECTS), rng.choice(rng.choice(themes)), election, place)
        for _ in range(sentences)
    ]
    found = {}
    for index, code in enumerate(("sq", "en")):
        first = lines[0][1][index]
        title = f"{kind[index]}: {place[index]}, {first[0].upper()}{first[1:]}"
        written = [_sentence(line, index) for line in lines]
        found[code] = (title[:250], " ".join(written[:3]), " ".join(written))
    return found


def _sentence(line, index):
    subject, predicate, election, place = (part[index] for part in line)
    where = f"në {place}" if index == 0 else f"in {place}"
    return f"{subject} {predicate} {where} {election}."
