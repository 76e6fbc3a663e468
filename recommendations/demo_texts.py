"""Demo register: 30 invented recommendations on Albanian electoral reform.

Every source is a fictional demo round table or demo report of this platform, never OSCE/ODIHR
or a real organisation; assessments are by the demo directory's invented organisations. Every
record is flagged `is_demo` and says so on its page.
"""

from datetime import date

from core.demo import T

REGISTER = {
    "slug": "rekomandimet",
    "slugs": {"en": "recommendations"},
    "title": T("Rekomandimet", "Recommendations"),
    "intro": T(
        "Çdo rekomandim për reformën zgjedhore në një regjistër: kujt i drejtohet, nga vjen dhe "
        "sa është zbatuar. Të dhënat këtu janë demonstruese.",
        "Every recommendation on electoral reform in one register: who it is addressed to, where "
        "it comes from and how far it has been implemented. The records here are demo data.",
    ),
    "search_description": T(
        "Regjistri i rekomandimeve për reformën zgjedhore dhe zbatimi i tyre.",
        "The register of electoral reform recommendations and their implementation.",
    ),
}

RT25 = T(
    "Tryeza demonstruese «Pas zgjedhjeve të 2025-s» (demo)",
    "Demo round table “After the 2025 elections” (demo)",
)
RV23 = T(
    "Raport demonstrues i vëzhgimit të zgjedhjeve vendore 2023 (demo)",
    "Demo observation report on the 2023 local elections (demo)",
)
RT21 = T(
    "Tryeza demonstruese për kuadrin ligjor zgjedhor (demo)",
    "Demo round table on the electoral legal framework (demo)",
)
SOURCES = {  # key: (source kind, title, election slug)
    "rt25": ("round-table", RT25, "parlamentare-2025"),
    "rv23": ("publication", RV23, "vendore-2023"),
    "rt21": ("round-table", RT21, "parlamentare-2021"),
}

# Invented organisations of the demo directory that assess (organisations/demo_texts.py).
ASSESSORS = [
    "vezhgimi-qytetar-shkoder",
    "observatori-i-fushatave",
    "ndihma-juridike-zgjedhore",
    "media-ne-fokus",
    "grate-aktive-korce",
]

REASONS = {
    "fully": T(
        "Ndryshimi u miratua dhe u zbatua në zgjedhjet e fundit, sipas monitorimit tonë.",
        "The change was adopted and applied at the latest elections, according to our monitoring.",
    ),
    "mostly": T(
        "Ligji u ndryshua; mbeten disa akte nënligjore që nuk janë miratuar ende.",
        "The law was amended; a few implementing regulations are still to be adopted.",
    ),
    "partially": T(
        "U ndërmorën hapa, por zbatimi ishte i pabarabartë nëpër qarqe.",
        "Steps were taken, but implementation was uneven across counties.",
    ),
    "not-implemented": T(
        "Nuk ka asnjë ndryshim ligjor apo praktik që nga rekomandimi.",
        "There has been no legal or practical change since the recommendation.",
    ),
}

# (code, source key, institution slug, topic slugs, T(text), [(assessor index, status, date)])
RECOMMENDATIONS = [
    (
        "DEMO-RT25-01",
        "rt25",
        "kuvendi",
        ["reforma-zgjedhore"],
        T(
            "Të miratohen ndryshimet në Kodin Zgjedhor të paktën një vit para zgjedhjeve të "
            "ardhshme.",
            "Adopt amendments to the Electoral Code at least one year before the next elections.",
        ),
        [(2, "partially", date(2026, 3, 10))],
    ),
    (
        "DEMO-RT25-02",
        "rt25",
        "kqz",
        ["administrimi-zgjedhjeve"],
        T(
            "Të publikohen rezultatet për çdo qendër votimi në format të hapur brenda 48 orëve.",
            "Publish the results of every polling station in an open format within 48 hours.",
        ),
        [(0, "mostly", date(2026, 2, 1))],
    ),
    (
        "DEMO-RT25-03",
        "rt25",
        "kqz",
        ["administrimi-zgjedhjeve"],
        T(
            "Të trajnohen anëtarët e komisioneve të qendrave të votimit me një program të "
            "njëtrajtshëm.",
            "Train members of polling station commissions with a uniform programme.",
        ),
        [(0, "fully", date(2026, 1, 15))],
    ),
    (
        "DEMO-RT25-04",
        "rt25",
        "partite-politike",
        ["financimi-i-fushatave"],
        T(
            "Të publikojnë raportet e financimit të fushatës gjatë fushatës, jo vetëm pas saj.",
            "Publish campaign finance reports during the campaign, not only after it.",
        ),
        [(1, "not-implemented", date(2026, 4, 2))],
    ),
    (
        "DEMO-RT25-05",
        "rt25",
        "ama",
        ["media-dhe-zgjedhjet"],
        T(
            "Të monitorojë mbulimin e fushatës në mediat audiovizive dhe të publikojë raporte "
            "javore.",
            "Monitor campaign coverage in audiovisual media and publish weekly reports.",
        ),
        [(3, "partially", date(2026, 2, 20))],
    ),
    (
        "DEMO-RT25-06",
        "rt25",
        "qeveria",
        ["integriteti-zgjedhor"],
        T(
            "Të ndalohet përdorimi i burimeve shtetërore për fushatë dhe të sanksionohet shkelja.",
            "Prohibit the use of state resources for campaigning and sanction violations.",
        ),
        [(1, "not-implemented", date(2026, 3, 5))],
    ),
    (
        "DEMO-RT25-07",
        "rt25",
        "kuvendi",
        ["votimi-i-diaspores"],
        T(
            "Të zgjerohet votimi me postë për votuesit jashtë vendit dhe të thjeshtohet "
            "regjistrimi.",
            "Extend postal voting for voters abroad and simplify their registration.",
        ),
        [(2, "mostly", date(2026, 1, 30))],
    ),
    (
        "DEMO-RT25-08",
        "rt25",
        "kqz",
        ["aftesi-te-kufizuara"],
        T(
            "Të bëhen të aksesueshme qendrat e votimit për personat me aftësi të kufizuara.",
            "Make polling stations accessible to persons with disabilities.",
        ),
        [(4, "partially", date(2026, 2, 12))],
    ),
    (
        "DEMO-RT25-09",
        "rt25",
        "gjykatat",
        ["reforma-zgjedhore"],
        T(
            "Të shqyrtohen ankimet zgjedhore brenda afateve ligjore dhe vendimet të publikohen "
            "plotësisht.",
            "Decide electoral appeals within the legal deadlines and publish the decisions in "
            "full.",
        ),
        [],
    ),
    (
        "DEMO-RT25-10",
        "rt25",
        "prokuroria",
        ["integriteti-zgjedhor"],
        T(
            "Të hetohen me përparësi rastet e denoncuara të blerjes së votës.",
            "Investigate reported cases of vote buying as a priority.",
        ),
        [(1, "partially", date(2026, 4, 15))],
    ),
    (
        "DEMO-RV23-01",
        "rv23",
        "bashkite",
        ["aftesi-te-kufizuara"],
        T(
            "Të caktojnë ndërtesa pa pengesa fizike si qendra votimi.",
            "Designate buildings without physical barriers as polling stations.",
        ),
        [(4, "partially", date(2024, 9, 1)), (4, "mostly", date(2025, 6, 20))],
    ),
    (
        "DEMO-RV23-02",
        "rv23",
        "kqz",
        ["edukimi-i-votuesve"],
        T(
            "Të zhvillojë fushata edukimi për votuesit e rinj në gjuhë të thjeshtë.",
            "Run education campaigns for young voters in plain language.",
        ),
        [(0, "fully", date(2024, 5, 10))],
    ),
    (
        "DEMO-RV23-03",
        "rv23",
        "partite-politike",
        ["pjesemarrja-e-grave"],
        T(
            "Të respektojnë kuotën gjinore edhe në renditjen e kandidatëve, jo vetëm në numër.",
            "Respect the gender quota in the order of candidates, not only in their number.",
        ),
        [(4, "mostly", date(2024, 3, 8))],
    ),
    (
        "DEMO-RV23-04",
        "rv23",
        "kqz",
        ["financimi-i-fushatave"],
        T(
            "Të caktojë audituesit e fushatave me short dhe t'i publikojë raportet e tyre.",
            "Appoint campaign auditors by lot and publish their reports.",
        ),
        [(1, "fully", date(2024, 2, 14))],
    ),
    (
        "DEMO-RV23-05",
        "rv23",
        "transmetuesit",
        ["media-dhe-zgjedhjet"],
        T(
            "Të shënojnë qartë materialet e përgatitura nga partitë si reklamë politike.",
            "Label material produced by parties clearly as political advertising.",
        ),
        [(3, "not-implemented", date(2024, 4, 18))],
    ),
    (
        "DEMO-RV23-06",
        "rv23",
        "bashkite",
        ["pakicat"],
        T(
            "Të sigurojnë informacion zgjedhor edhe në gjuhët e pakicave kombëtare.",
            "Provide election information in the languages of national minorities as well.",
        ),
        [],
    ),
    (
        "DEMO-RV23-07",
        "rv23",
        "kqz",
        ["administrimi-zgjedhjeve"],
        T(
            "Të miratojë një procedurë të qartë për votuesit që pajisja elektronike nuk i "
            "identifikon.",
            "Adopt a clear procedure for voters whom the electronic device does not identify.",
        ),
        [(0, "partially", date(2024, 1, 20)), (0, "fully", date(2025, 4, 30))],
    ),
    (
        "DEMO-RV23-08",
        "rv23",
        "qeveria",
        ["edukimi-i-votuesve"],
        T(
            "Të përfshijë edukimin qytetar dhe zgjedhor në kurrikulën e shkollës së mesme.",
            "Include civic and electoral education in the secondary school curriculum.",
        ),
        [(2, "partially", date(2024, 10, 2))],
    ),
    (
        "DEMO-RV23-09",
        "rv23",
        "shoqeria-civile",
        ["edukimi-i-votuesve"],
        T(
            "Të koordinojnë vëzhgimin vendor që të mbulohen edhe zonat rurale.",
            "Coordinate domestic observation so that rural areas are covered too.",
        ),
        [(0, "mostly", date(2024, 6, 5))],
    ),
    (
        "DEMO-RV23-10",
        "rv23",
        "ama",
        ["media-dhe-zgjedhjet"],
        T(
            "Të vendosë sanksione proporcionale dhe të shpejta për shkeljet gjatë fushatës.",
            "Impose proportionate and timely sanctions for violations during the campaign.",
        ),
        [],
    ),
    (
        "DEMO-RT21-01",
        "rt21",
        "kuvendi",
        ["reforma-zgjedhore"],
        T(
            "Të sigurohet një proces gjithëpërfshirës konsultimi për çdo ndryshim të Kodit "
            "Zgjedhor.",
            "Ensure an inclusive consultation process for every amendment to the Electoral Code.",
        ),
        [(2, "partially", date(2022, 11, 1)), (2, "not-implemented", date(2024, 12, 1))],
    ),
    (
        "DEMO-RT21-02",
        "rt21",
        "kuvendi",
        ["pjesemarrja-e-grave"],
        T(
            "Të forcohen sanksionet për partitë që nuk respektojnë kuotën gjinore.",
            "Strengthen sanctions for parties that do not respect the gender quota.",
        ),
        [(4, "fully", date(2022, 3, 8))],
    ),
    (
        "DEMO-RT21-03",
        "rt21",
        "kqz",
        ["administrimi-zgjedhjeve"],
        T(
            "Të profesionalizohen komisionet e zonave të administrimit zgjedhor.",
            "Professionalise the commissions of the electoral administration zones.",
        ),
        [(0, "mostly", date(2023, 1, 15))],
    ),
    (
        "DEMO-RT21-04",
        "rt21",
        "gjykatat",
        ["reforma-zgjedhore"],
        T(
            "Të garantohet e drejta e vëzhguesve dhe e votuesve për të ankimuar rezultatet.",
            "Guarantee the right of observers and voters to appeal results.",
        ),
        [(2, "not-implemented", date(2023, 5, 2))],
    ),
    (
        "DEMO-RT21-05",
        "rt21",
        "qeveria",
        ["integriteti-zgjedhor"],
        T(
            "Të mos bëhen emërime apo pushime masive nga puna në administratë gjatë fushatës.",
            "Make no mass appointments or dismissals in the public administration during "
            "campaigns.",
        ),
        [(1, "not-implemented", date(2022, 6, 30))],
    ),
    (
        "DEMO-RT21-06",
        "rt21",
        "partite-politike",
        ["pjesemarrja-e-te-rinjve"],
        T(
            "Të përfshijnë të rinjtë në lista në vende të zgjedhshme.",
            "Place young people on candidate lists in electable positions.",
        ),
        [],
    ),
    (
        "DEMO-RT21-07",
        "rt21",
        "kqz",
        ["votimi-i-diaspores"],
        T(
            "Të hartojë një plan për regjistrimin e votuesve jashtë vendit me afate të qarta.",
            "Draw up a plan with clear deadlines for registering voters abroad.",
        ),
        [(2, "fully", date(2024, 11, 20))],
    ),
    (
        "DEMO-RT21-08",
        "rt21",
        "prokuroria",
        ["integriteti-zgjedhor"],
        T(
            "Të publikojë statistika për ecurinë e procedimeve penale për krimet zgjedhore.",
            "Publish statistics on the progress of criminal proceedings for electoral offences.",
        ),
        [(1, "partially", date(2023, 9, 9))],
    ),
    (
        "DEMO-RT21-09",
        "rt21",
        "ama",
        ["media-dhe-zgjedhjet"],
        T(
            "Të sigurojë kohë të barabartë transmetimi për kandidatët e pavarur.",
            "Ensure equal airtime for independent candidates.",
        ),
        [(3, "mostly", date(2023, 2, 2))],
    ),
    (
        "DEMO-RT21-10",
        "rt21",
        "bashkite",
        ["pakicat"],
        T(
            "Të bashkëpunojnë me KQZ-në për të përditësuar listat e votuesve në zonat me pakica.",
            "Work with the CEC to update voter lists in areas where minorities live.",
        ),
        [(0, "partially", date(2022, 12, 12))],
    ),
]
