"""Demo texts of the policy dialogue: fictional proposals, contributions and a statement,
clearly marked as demo. No real institution's draft is quoted."""

from core.demo import T

DEMO_NOTE = T(
    "Shembull demonstrues: propozimi, kontributet dhe përgjigjet janë fiktive.",
    "Demo example: the proposal, the contributions and the responses are fictional.",
)

SECTION = {
    "slug": "dialogu",
    "slugs": {"en": "dialogue"},
    "title": T("Dialogu për politikat", "Policy dialogue"),
    "intro": T(
        "Konsultime për propozimet e reformës zgjedhore dhe deklarata të përbashkëta të "
        "organizatave të shoqërisë civile.",
        "Consultations on electoral reform proposals and joint statements of civil society "
        "organisations.",
    ),
    "search_description": T(
        "Komentoni propozimet e reformës zgjedhore dhe nënshkruani deklarata të përbashkëta.",
        "Comment on electoral reform proposals and co-sign joint statements.",
    ),
}

PROPOSER = T(
    "Komisioni i posaçëm fiktiv për reformën zgjedhore (demo)",
    "Fictional ad hoc committee on electoral reform (demo)",
)

OPEN = {
    "slug": "ndryshimet-e-kodit-zgjedhor-demo",
    "title": T(
        "Projektndryshimet e Kodit Zgjedhor (demo)", "Draft amendments to the Electoral Code (demo)"
    ),
    "intro": T(
        "Projektndryshimet synojnë transparencë më të madhe në financimin e fushatave, "
        "votim më të aksesueshëm dhe numërim më të shpejtë.",
        "The draft amendments aim at more transparent campaign finance, more accessible "
        "voting and faster counting.",
    ),
    "days": (-5, 20),
    # demo recommendations of the register (recommendations.demo_texts) that it answers
    "cites": ["DEMO-RT25-04", "DEMO-RT25-08", "DEMO-RV23-01", "DEMO-RV23-09", "DEMO-RT25-02"],
    "articles": [
        (
            "1",
            T("Raportimi i shpenzimeve", "Reporting of expenses"),
            T(
                "Partitë politike raportojnë shpenzimet e fushatës në Komisionin Qendror të "
                "Zgjedhjeve brenda 60 ditëve pas ditës së zgjedhjeve.",
                "Political parties report campaign expenses to the Central Election Commission "
                "within 60 days after election day.",
            ),
        ),
        (
            "2",
            T("Qendrat e votimit", "Polling stations"),
            T(
                "Qendrat e votimit vendosen në ndërtesa publike të aksesueshme për personat me "
                "aftësi të kufizuara.",
                "Polling stations are placed in public buildings accessible to persons with "
                "disabilities.",
            ),
        ),
        (
            "3",
            T("Vëzhguesit vendas", "Domestic observers"),
            T(
                "Organizatat jofitimprurëse të regjistruara akreditojnë vëzhgues vendas jo më "
                "vonë se 10 ditë para zgjedhjeve.",
                "Registered non-profit organisations accredit domestic observers no later than "
                "10 days before the election.",
            ),
        ),
        (
            "4",
            T("Numërimi i votave", "Counting of votes"),
            T(
                "Numërimi i votave fillon në qendrat e numërimit brenda 12 orëve pas mbylljes "
                "së qendrave të votimit.",
                "The counting of votes begins in the counting centres within 12 hours after "
                "the polling stations close.",
            ),
        ),
        (
            "5",
            T("Ankimet", "Complaints"),
            T(
                "Ankimet ndaj vendimeve të komisioneve zgjedhore paraqiten brenda 5 ditëve.",
                "Complaints against the decisions of election commissions are filed within 5 days.",
            ),
        ),
    ],
    "contributions": [
        # (article, kind, text, proposed wording or None, author name, organisation index)
        (
            "1",
            "amendment",
            "Afati prej 60 ditësh e vonon shumë kontrollin publik të financimit.",
            "Partitë politike raportojnë shpenzimet e fushatës në Komisionin Qendror të "
            "Zgjedhjeve brenda 30 ditëve pas ditës së zgjedhjeve dhe i publikojnë ato në "
            "faqen e tyre.",
            "Elira Demo",
            0,
        ),
        (
            "2",
            "comment",
            "Duhet të parashikohet edhe votimi i asistuar dhe materialet në Braille.",
            None,
            "Arben Demo",
            1,
        ),
        (
            "3",
            "amendment",
            "Akreditimi duhet të jetë më i hershëm, që vëzhguesit të trajnohen.",
            "Organizatat jofitimprurëse të regjistruara akreditojnë vëzhgues vendas jo më "
            "vonë se 30 ditë para zgjedhjeve.",
            "",
            2,
        ),
        (
            "4",
            "comment",
            "Numërimi duhet të transmetohet drejtpërdrejt në çdo qendër numërimi.",
            None,
            "Mira Demo",
            0,
        ),
    ],
}

CLOSED = {
    "slug": "rregullorja-e-vezhguesve-demo",
    "title": T(
        "Rregullorja për akreditimin e vëzhguesve (demo)",
        "Regulation on the accreditation of observers (demo)",
    ),
    "intro": T(
        "Një rregullore fiktive e KQZ-së për akreditimin e vëzhguesve vendas dhe të huaj.",
        "A fictional CEC regulation on accrediting domestic and international observers.",
    ),
    "days": (-60, -20),
    "cites": ["DEMO-RT21-04", "DEMO-RV23-09"],
    "summary": [
        T(
            "Morëm 3 kontribute nga 3 organizata. Shumica kërkuan afate më të qarta dhe një "
            "formular elektronik akreditimi.",
            "We received 3 contributions from 3 organisations. Most asked for clearer "
            "deadlines and an online accreditation form.",
        ),
    ],
    "articles": [
        (
            "1",
            T("Kërkesa për akreditim", "Application for accreditation"),
            T(
                "Kërkesa për akreditim dorëzohet në letër në zyrat e KQZ-së.",
                "The application for accreditation is submitted on paper at the CEC offices.",
            ),
            "partly",
            T(
                "Pranohet edhe dorëzimi elektronik; dorëzimi në letër mbetet i mundur.",
                "Online submission is accepted too; paper submission remains possible.",
            ),
        ),
        (
            "2",
            T("Afati i vendimit", "Deadline for the decision"),
            T(
                "KQZ vendos për kërkesën brenda 15 ditëve.",
                "The CEC decides on the application within 15 days.",
            ),
            "accepted",
            T("Afati shkurtohet në 5 ditë.", "The deadline is shortened to 5 days."),
        ),
        (
            "3",
            T("Kartat e identifikimit", "Identity badges"),
            T(
                "Vëzhguesit mbajnë kartën e identifikimit gjatë gjithë kohës.",
                "Observers wear their identity badge at all times.",
            ),
            "rejected",
            T(
                "Dispozita mbetet e pandryshuar për arsye sigurie.",
                "The provision stays unchanged for security reasons.",
            ),
        ),
    ],
    "contributions": [
        (
            "1",
            "comment",
            "Një formular elektronik do t'u kursente kohë organizatave në rrethe.",
            None,
            "",
            1,
        ),
        (
            "2",
            "amendment",
            "Afati prej 15 ditësh është shumë i gjatë.",
            "KQZ vendos për kërkesën brenda 5 ditëve.",
            "Elira Demo",
            0,
        ),
    ],
}

STATEMENT = {
    "slug": "deklarate-per-reformen-demo",
    "title": T(
        "Deklaratë e përbashkët për një reformë zgjedhore gjithëpërfshirëse (demo)",
        "Joint statement for an inclusive electoral reform (demo)",
    ),
    "intro": T(
        "Organizatat nënshkruese kërkojnë që reforma zgjedhore të diskutohet hapur me "
        "shoqërinë civile.",
        "The signatory organisations ask that the electoral reform be discussed openly with "
        "civil society.",
    ),
    "body": [
        T(
            "Ne, organizatat e shoqërisë civile që monitorojmë zgjedhjet, kërkojmë konsultim "
            "publik për çdo ndryshim të Kodit Zgjedhor.",
            "We, the civil society organisations that monitor elections, call for public "
            "consultation on every change to the Electoral Code.",
        ),
        T(
            "Kërkojmë afate të arsyeshme, publikim të kontributeve dhe përgjigje të "
            "arsyetuara për çdo propozim.",
            "We ask for reasonable deadlines, publication of the contributions and reasoned "
            "responses to every proposal.",
        ),
    ],
    "signatories": 4,
}
