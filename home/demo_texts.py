"""Bilingual demo texts for the home page and the general pages.

Drawn from the action's own description (shared/data/action-description.txt), in its own
Albanian and English wording where it has one.
"""

from core.demo import T

HOME = {
    "title": T("Kreu", "Home"),
    "image_title": T("Shqipëria: harta e pjesëmarrjes", "Albania: a map of participation"),
    "hero_heading": T(
        "Pjesëmarrja e OSHC-ve në proceset elektorale për një demokraci më të fortë",
        "Participation of CSOs in electoral processes for a stronger democracy",
    ),
    "hero_intro": [
        T(
            "Platforma e përbashkët ku organizatat e shoqërisë civile ndajnë botimet, "
            "fushatat dhe tryezat e rrumbullakëta për monitorimin e zgjedhjeve dhe reformën "
            "zgjedhore.",
            "The common platform where civil-society organisations share publications, "
            "campaigns and round tables for monitoring elections and for electoral reform.",
        ),
    ],
    "hero_cta_label": T("Rreth projektit", "About the action"),
    "search_description": T(
        "Botime, fushata, tryeza të rrumbullakëta dhe organizata të shoqërisë civile për "
        "zgjedhje të lira dhe reformë zgjedhore në Shqipëri.",
        "Publications, campaigns, round tables and civil-society organisations for free "
        "elections and electoral reform in Albania.",
    ),
    "body": [
        (
            "heading",
            {"text": T("Si funksionon platforma", "How the platform works"), "level": "h2"},
        ),
        (
            "paragraphs",
            [
                T(
                    "Botojmë studime mbi politikat, zhvillojmë fushata informimi dhe "
                    "ndërgjegjësimi dhe mbledhim OSHC-të me palët e interesuara në tryeza të "
                    "rrumbullakëta.",
                    "We publish policy research, run information and awareness campaigns, and "
                    "bring CSOs together with stakeholders at round tables.",
                ),
            ],
        ),
    ],
}

OUTPUTS = [
    T(
        "OSHC-të aktive në proceset elektorale do të përfitojnë nga një program i veçantë për "
        "zhvillimin e kapaciteteve, për monitorimin e proceseve elektorale dhe për pjesëmarrjen "
        "në dialogun politik mbi reformën elektorale (Rezultati i pritshëm 1).",
        "CSOs active in the electoral processes will benefit from a customised capacity-building "
        "programme, to monitor election processes and take part in the policy dialogue on "
        "electoral reform (Expected Output 1).",
    ),
    T(
        "Studime mbi politikat, fushata informimi dhe ndërgjegjësimi, seminare strategjike të "
        "OSHC-ve dhe tryeza të rrumbullakëta me palët e interesuara, dhe një platformë "
        "digjitale e përbashkët do të rrisin ndarjen e informacionit, koordinimin, rrjetëzimin "
        "dhe bashkëpunimin (Rezultati i pritshëm 2).",
        "Policy research, information and awareness campaigns, CSO strategy meetings and round "
        "tables with the main stakeholders, and a common digital platform will increase the "
        "sharing of information, coordination, networking and collaboration (Expected "
        "Output 2).",
    ),
    T(
        "Nën-grantet për OSHC-të do t’i mundësojnë ato të monitorojnë zgjedhjet, proceset "
        "elektorale dhe të kontribuojnë në reformën elektorale (Rezultati i pritshëm 3).",
        "Sub-grants for CSOs will enable them to monitor elections and electoral processes, and "
        "to contribute to electoral reform (Expected Output 3).",
    ),
]

ABOUT = {
    "title": T("Rreth nesh", "About us"),
    "search_description": T(
        "Projekti që fuqizon OSHC-të në monitorimin e zgjedhjeve dhe reformën zgjedhore.",
        "The action that strengthens CSOs in election monitoring and electoral reform.",
    ),
    "intro": T(
        "Me financim nga Delegacioni i Bashkimit Evropian në Shqipëri, Qendra Kombëtare Burimore "
        "e Trajnimit dhe Asistencës Teknike – QKBTAT, në partneritet me Institutin për Studime "
        "Publike dhe Ligjore – IPLS, po zbatojnë projektin “Pjesëmarrja e OSHC-ve në proceset "
        "elektorale për një demokraci më të fortë dhe integrim të përshpejtuar në BE”.",
        "With funding from the EU Delegation to Albania, the Albanian National Training and "
        "Technical Assistance Resource Center – ANTTARC, in partnership with the Institute for "
        "Political and Legal Studies – IPLS, is implementing the “Participation of CSOs in "
        "electoral processes for a stronger democracy and accelerated EU integration” action.",
    ),
    "body": [
        ("heading", {"text": T("Objektivi", "Objective"), "level": "h2"}),
        (
            "quote",
            {
                "quote": T(
                    "Të rritet pjesëmarrja e OSHC-ve shqiptare në monitorimin e proceseve "
                    "zgjedhore dhe në dialogun politik për reformën zgjedhore.",
                    "To increase the participation of Albanian CSOs in the monitoring of "
                    "electoral processes and policy dialogue on electoral reform.",
                ),
                "attribution": T("Objektivi i projektit", "The action's objective"),
            },
        ),
        ("heading", {"text": T("Rezultatet e pritshme", "Expected outputs"), "level": "h2"}),
        ("paragraphs", OUTPUTS),
        ("heading", {"text": T("Partnerët", "Partners"), "level": "h2"}),
        (
            "table",
            {
                "caption": T("Kush e zbaton projektin", "Who implements the action"),
                "rows": [
                    [T("Organizata", "Organisation"), T("Roli", "Role")],
                    [
                        T(
                            "Qendra Kombëtare Burimore e Trajnimit dhe Asistencës Teknike (QKBTAT)",
                            "Albanian National Training and Technical Assistance Resource Center "
                            "(ANTTARC)",
                        ),
                        T("Drejton projektin", "Leads the action"),
                    ],
                    [
                        T(
                            "Instituti për Studime Publike dhe Ligjore (IPLS)",
                            "Institute for Political and Legal Studies (IPLS)",
                        ),
                        T("Partner zbatues", "Implementing partner"),
                    ],
                    [
                        T(
                            "Delegacioni i Bashkimit Evropian në Shqipëri",
                            "Delegation of the European Union to Albania",
                        ),
                        T("Financon projektin", "Funds the action"),
                    ],
                ],
            },
        ),
    ],
}

PRIVACY = {
    "title": T("Politika e privatësisë", "Privacy policy"),
    "search_description": T(
        "Si i mbledhim, i përdorim dhe i mbrojmë të dhënat tuaja personale.",
        "How we collect, use and protect your personal data.",
    ),
    "intro": T(
        "Mbledhim vetëm të dhënat personale që na duhen dhe vetëm me pëlqimin tuaj.",
        "We collect only the personal data we need, and only with your consent.",
    ),
    "body": [
        ("heading", {"text": T("Çfarë mbledhim", "What we collect"), "level": "h2"}),
        (
            "paragraphs",
            [
                T(
                    "Kur regjistroheni për një aktivitet, mbështetni një fushatë ose regjistroni "
                    "organizatën tuaj, ruajmë emrin, adresën e email-it dhe të dhënat që "
                    "plotësoni në formular.",
                    "When you register for an event, support a campaign or register your "
                    "organisation, we keep your name, email address and the details you enter "
                    "in the form.",
                ),
            ],
        ),
        ("heading", {"text": T("Pse i përdorim", "Why we use it"), "level": "h2"}),
        (
            "paragraphs",
            [
                T(
                    "I përdorim vetëm për qëllimin për të cilin i dhatë: për t’ju konfirmuar "
                    "regjistrimin, për t’ju njoftuar për aktivitetin ose për të numëruar "
                    "mbështetjen. Nuk i shesim dhe nuk i ndajmë me palë të treta.",
                    "We use it only for the purpose you gave it for: to confirm your "
                    "registration, to keep you informed about the event or to count your "
                    "support. We do not sell it or share it with third parties.",
                ),
            ],
        ),
        ("heading", {"text": T("Të drejtat tuaja", "Your rights"), "level": "h2"}),
        (
            "paragraphs",
            [
                T(
                    "Mund të kërkoni në çdo kohë një kopje të të dhënave tuaja, korrigjimin ose "
                    "fshirjen e tyre. Të dhënat fshihen kur nuk nevojiten më.",
                    "You may ask at any time for a copy of your data, for its correction or for "
                    "its deletion. Data is deleted once it is no longer needed.",
                ),
                T(
                    "Të dhënat personale të të regjistruarve në aktivitete fshihen 90 ditë pas "
                    "aktivitetit; ruajmë vetëm numrin anonim të pjesëmarrësve për çdo organizatë. "
                    "Emrat dhe email-et e mbështetësve të një fushate fshihen 30 ditë pas "
                    "përfundimit të saj; numri i mbështetësve mbetet.",
                    "Event registrants' personal data is erased 90 days after the event; we keep "
                    "only the anonymous number of participants per organisation. The names and "
                    "emails of a campaign's supporters are erased 30 days after it ends; the "
                    "number of supporters remains.",
                ),
            ],
        ),
    ],
}

CONTACT = {
    "title": T("Kontakt", "Contact"),
    "search_description": T(
        "Si të lidheni me ekipin e platformës.",
        "How to reach the platform's team.",
    ),
    "intro": T(
        "Keni një pyetje, një propozim për bashkëpunim ose dëshironi që organizata juaj të "
        "bëhet pjesë e rrjetit? Na shkruani.",
        "Do you have a question or a proposal for collaboration, or would you like your "
        "organisation to join the network? Write to us.",
    ),
    "body": [
        (
            "paragraphs",
            [
                T(
                    "Ekipi i QKBTAT-it dhe i IPLS-it u përgjigjet mesazheve brenda tri ditëve "
                    "të punës, në shqip ose në anglisht.",
                    "The ANTTARC and IPLS team answers messages within three working days, in "
                    "Albanian or in English.",
                ),
            ],
        ),
    ],
}

CONTACT_CTA = {  # older demos' About page; a new one gets JOIN_CTA (organisations.demo)
    "heading": T("Bashkohuni me rrjetin", "Join the network"),
    "text": T(
        "Organizata juaj punon për zgjedhje të lira dhe të ndershme? Na shkruani.",
        "Does your organisation work for free and fair elections? Write to us.",
    ),
    "button_label": T("Na kontaktoni", "Contact us"),
}

JOIN_CTA = {  # leads to the directory's registration form
    "heading": T("Bashkohuni me rrjetin", "Join the network"),
    "text": T(
        "Organizata juaj punon për zgjedhje të lira dhe të ndershme? Regjistrojeni në "
        "listën e organizatave: e shqyrtojmë brenda pak ditësh.",
        "Does your organisation work for free and fair elections? Register it in the "
        "directory: we review it within a few days.",
    ),
    "button_label": T("Regjistroni organizatën", "Register your organisation"),
}
