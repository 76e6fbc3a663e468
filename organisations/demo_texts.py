"""Demo directory: focus areas and 32 invented organisations spread over the 12 counties.

Names, acronyms, addresses and registration numbers are invented (example.org addresses, NIPTs
that no real business holds); any likeness to a real organisation is accidental.
"""

from core.demo import T

DIRECTORY = {  # made with the implementers, which publish the demo library
    "slug": "organizatat",
    "slugs": {"en": "organisations"},
    "title": T("Organizatat", "Organisations"),
    "intro": T(
        "Organizatat e shoqërisë civile që zbatojnë projektin dhe botojnë kërkimet e tij mbi "
        "proceset zgjedhore.",
        "The civil-society organisations that implement the action and publish its research on "
        "electoral processes.",
    ),
    "search_description": T(
        "Profilet e organizatave që monitorojnë zgjedhjet dhe kontribuojnë në reformën zgjedhore "
        "në Shqipëri.",
        "Profiles of the organisations that monitor elections and contribute to electoral reform "
        "in Albania.",
    ),
}

PUBLISHERS = [  # the action's implementers, made first (the demo library cites them)
    {
        "slug": "qkbtat",
        "title": T(
            "Qendra Kombëtare Burimore e Trajnimit dhe Asistencës Teknike",
            "Albanian National Training and Technical Assistance Resource Center",
        ),
        "acronym": T("QKBTAT", "ANTTARC"),
        "website": "https://example.org/anttarc",
        "intro": T(
            "QKBTAT mbështet organizatat e shoqërisë civile në Shqipëri me trajnime, asistencë "
            "teknike dhe kërkime mbi politikat. Si organizata drejtuese e projektit të financuar "
            "nga Bashkimi Evropian, ajo i ndihmon OSHC-të të monitorojnë proceset zgjedhore dhe të "
            "marrin pjesë në dialogun për reformën zgjedhore.",
            "ANTTARC supports civil-society organisations in Albania with training, technical "
            "assistance and policy research. As the lead organisation of the action funded by the "
            "European Union, it helps CSOs to monitor electoral processes and to take part in the "
            "dialogue on electoral reform.",
        ),
    },
    {
        "slug": "ipls",
        "title": T(
            "Instituti për Studime Publike dhe Ligjore",
            "Institute for Political and Legal Studies",
        ),
        "acronym": T("IPLS", "IPLS"),
        "website": "https://example.org/ipls",
        "intro": T(
            "IPLS është një institut kërkimor që analizon legjislacionin zgjedhor, funksionimin e "
            "institucioneve dhe shtetin e së drejtës në Shqipëri. Si partner zbatues i projektit, "
            "ai drejton analizat ligjore dhe kërkimet mbi politikat që ushqejnë dialogun për "
            "reformën zgjedhore.",
            "IPLS is a research institute that analyses electoral legislation, the functioning of "
            "institutions and the rule of law in Albania. As implementing partner of the action, "
            "it leads the legal analyses and policy research that inform the dialogue on electoral "
            "reform.",
        ),
    },
]

FOCUS_AREAS = [
    ("election-observation", T("Vëzhgimi i zgjedhjeve", "Election observation")),
    ("voter-education", T("Edukimi i votuesve", "Voter education")),
    ("electoral-reform", T("Avokimi për reformën zgjedhore", "Electoral reform advocacy")),
    ("campaign-finance", T("Monitorimi i financimit të fushatave", "Campaign finance monitoring")),
    ("media-monitoring", T("Monitorimi i medias", "Media monitoring")),
    ("gender-equality", T("Barazia gjinore", "Gender equality")),
    ("youth", T("Të rinjtë", "Youth")),
    ("disability", T("Personat me aftësi të kufizuara", "Persons with disabilities")),
    ("minorities", T("Pakicat", "Minorities")),
    ("diaspora", T("Diaspora", "Diaspora")),
    ("legal-aid", T("Ndihma juridike", "Legal aid")),
    ("local-governance", T("Qeverisja vendore", "Local governance")),
]

# What each focus area means in a profile: (short description, mission).
FOCUS_TEXTS = {
    "election-observation": (
        T(
            "Organizon vëzhgues vendorë në ditën e zgjedhjeve dhe publikon gjetjet e tyre.",
            "Deploys domestic observers on election day and publishes what they find.",
        ),
        T(
            "Çdo votë të numërohet ashtu si u hodh, dhe çdo shkelje të dokumentohet.",
            "Every vote counted as cast, and every violation documented.",
        ),
    ),
    "voter-education": (
        T(
            "Shpjegon si, ku dhe pse të votohet, me takime në lagje dhe fshatra.",
            "Explains how, where and why to vote, in meetings in neighbourhoods and villages.",
        ),
        T(
            "Çdo qytetar të votojë i informuar dhe pa frikë.",
            "Every citizen voting informed and without fear.",
        ),
    ),
    "electoral-reform": (
        T(
            "Harton propozime për Kodin Zgjedhor dhe i ndjek në Kuvend.",
            "Drafts proposals for the Electoral Code and follows them in the Assembly.",
        ),
        T(
            "Rregulla zgjedhore të qarta, të drejta dhe të zbatuara njësoj për të gjithë.",
            "Electoral rules that are clear, fair and applied to everyone alike.",
        ),
    ),
    "campaign-finance": (
        T(
            "Ndjek shpenzimet e partive në fushatë dhe i krahason me raportet zyrtare.",
            "Tracks what parties spend in the campaign and compares it with official reports.",
        ),
        T("Para të pastra dhe të dukshme në politikë.", "Clean and visible money in politics."),
    ),
    "media-monitoring": (
        T(
            "Mat kohën dhe tonin e mbulimit mediatik të kandidatëve gjatë fushatës.",
            "Measures the time and tone of media coverage of candidates during the campaign.",
        ),
        T(
            "Media të paanshme që u japin votuesve informacion të plotë.",
            "Impartial media that give voters full information.",
        ),
    ),
    "gender-equality": (
        T(
            "Mbështet gratë kandidate dhe ndjek zbatimin e kuotës gjinore.",
            "Supports women candidates and monitors the gender quota.",
        ),
        T(
            "Gra dhe burra të përfaqësuar njësoj në vendimmarrje.",
            "Women and men equally represented in decision-making.",
        ),
    ),
    "youth": (
        T(
            "Fton votuesit e rinj në debate, trajnime dhe vullnetarizëm zgjedhor.",
            "Brings young voters into debates, training and electoral volunteering.",
        ),
        T(
            "Të rinj që votojnë, kandidojnë dhe kërkojnë llogari.",
            "Young people who vote, stand for office and hold power to account.",
        ),
    ),
    "disability": (
        T(
            "Vlerëson aksesueshmërinë e qendrave të votimit dhe ndihmon votuesit me aftësi të "
            "kufizuara.",
            "Assesses the accessibility of polling stations and helps voters with disabilities.",
        ),
        T(
            "Votim i pavarur dhe i fshehtë për çdo person me aftësi të kufizuara.",
            "Independent and secret voting for every person with a disability.",
        ),
    ),
    "minorities": (
        T(
            "Punon me komunitetet pakicë për regjistrimin dhe pjesëmarrjen e tyre në votime.",
            "Works with minority communities on their registration and participation in elections.",
        ),
        T(
            "Asnjë komunitet i lënë jashtë listave dhe jashtë debatit.",
            "No community left off the lists or out of the debate.",
        ),
    ),
    "diaspora": (
        T(
            "Informon shqiptarët jashtë vendit për votimin me postë dhe ndjek procesin.",
            "Informs Albanians abroad about postal voting and follows the process.",
        ),
        T(
            "Zëri i diasporës të dëgjohet në çdo zgjedhje.",
            "The diaspora's voice heard in every election.",
        ),
    ),
    "legal-aid": (
        T(
            "Ofron këshilla juridike falas për ankesat zgjedhore dhe përfaqëson qytetarët.",
            "Gives free legal advice on electoral complaints and represents citizens.",
        ),
        T("Drejtësi zgjedhore e arritshme për këdo.", "Electoral justice within everyone's reach."),
    ),
    "local-governance": (
        T(
            "Ndjek premtimet e kryetarëve dhe këshillave bashkiakë pas zgjedhjeve.",
            "Follows up mayors' and municipal councils' promises after the elections.",
        ),
        T(
            "Pushtet vendor që u përgjigjet qytetarëve.",
            "Local government that answers to citizens.",
        ),
    ),
}

NETWORKS = [
    T("Koalicioni për Zgjedhje të Ndershme", "Coalition for Fair Elections"),
    T("Rrjeti i Vëzhguesve Vendorë", "Network of Domestic Observers"),
    T("Platforma e Grave për Pjesëmarrje", "Women's Participation Platform"),
    T("Forumi Rinor Kombëtar", "National Youth Forum"),
]

# (slug, name, acronym, seat municipality, other municipalities, focus areas, founded, networks)
ORGANISATIONS = [
    (
        "vezhgimi-qytetar-shkoder",
        T("Qendra për vëzhgimin qytetar Shkodër", "Centre for Citizen Observation Shkodër"),
        T("QVQ", "CCO"),
        "shkoder",
        ["malesi-e-madhe", "vau-i-dejes", "puke"],
        ["election-observation", "local-governance"],
        2003,
        [0, 1],
    ),
    (
        "zeri-i-votuesit-elbasan",
        T("Shoqata “Zëri i votuesit” Elbasan", "“Voter's Voice” Association Elbasan"),
        T("ZV", "VV"),
        "elbasan",
        ["cerrik", "peqin", "librazhd"],
        ["voter-education", "election-observation"],
        2008,
        [1],
    ),
    (
        "grate-aktive-korce",
        T("Rrjeti i grave aktive Korçë", "Active Women's Network Korçë"),
        T("RGA", "AWN"),
        "korce",
        ["pogradec", "maliq", "devoll"],
        ["gender-equality", "voter-education"],
        2011,
        [2],
    ),
    (
        "forumi-rinor-vlore",
        T("Forumi rinor për demokraci Vlorë", "Youth Forum for Democracy Vlorë"),
        T("FRD", "YFD"),
        "vlore",
        ["himare", "selenice"],
        ["youth", "voter-education"],
        2014,
        [3],
    ),
    (
        "transparenca-vendore-durres",
        T("Qendra për transparencë vendore Durrës", "Centre for Local Transparency Durrës"),
        T("QTV", "CLT"),
        "durres",
        ["shijak", "kruje"],
        ["local-governance", "campaign-finance"],
        2009,
        [0],
    ),
    (
        "integriteti-zgjedhor-fier",
        T("Shoqata për integritet zgjedhor Fier", "Association for Electoral Integrity Fier"),
        T("SHIZ", "AEI"),
        "fier",
        ["patos", "roskovec", "mallakaster"],
        ["election-observation", "campaign-finance"],
        2005,
        [0, 1],
    ),
    (
        "nisma-qytetare-berat",
        T(
            "Nisma qytetare për zgjedhje të ndershme Berat",
            "Citizens' Initiative for Fair Elections Berat",
        ),
        T("NQZN", "CIFE"),
        "berat",
        ["kucove", "skrapar", "polican"],
        ["election-observation", "electoral-reform"],
        2012,
        [0],
    ),
    (
        "perfshirja-kukes",
        T(
            "Qendra për përfshirjen e personave me aftësi të kufizuara Kukës",
            "Centre for the Inclusion of Persons with Disabilities Kukës",
        ),
        T("QPAK", "CIPD"),
        "kukes",
        ["has", "tropoje"],
        ["disability", "voter-education"],
        2010,
        [1],
    ),
    (
        "pjesemarrja-qytetare-tirane",
        T("Instituti për pjesëmarrje qytetare Tiranë", "Institute for Civic Participation Tirana"),
        T("IPQ", "ICP"),
        "tirane",
        ["kamez", "vore", "kavaje"],
        ["electoral-reform", "voter-education"],
        2001,
        [0],
    ),
    (
        "gazetaret-vendore-gjirokaster",
        T("Klubi i gazetarëve vendorë Gjirokastër", "Local Journalists' Club Gjirokastër"),
        T("KGV", "LJC"),
        "gjirokaster",
        ["tepelene", "permet", "libohove"],
        ["media-monitoring"],
        2006,
        [],
    ),
    (
        "qeverisja-e-mire-lezhe",
        T("Aleanca për qeverisje të mirë Lezhë", "Good Governance Alliance Lezhë"),
        T("AQM", "GGA"),
        "lezhe",
        ["kurbin", "mirdite"],
        ["local-governance", "election-observation"],
        2007,
        [0],
    ),
    (
        "qendra-komunitare-kamez",
        T(
            "Qendra komunitare e romëve dhe egjiptianëve Kamëz",
            "Roma and Egyptian Community Centre Kamëz",
        ),
        T("QKRE", "RECC"),
        "kamez",
        ["tirane"],
        ["minorities", "voter-education"],
        2013,
        [],
    ),
    (
        "observatori-i-fushatave",
        T("Observatori i financimit të fushatave", "Campaign Finance Observatory"),
        T("OFF", "CFO"),
        "tirane",
        [],
        ["campaign-finance", "electoral-reform"],
        2016,
        [0],
    ),
    (
        "media-ne-fokus",
        T("Media në fokus", "Media in Focus"),
        T("MnF", "MiF"),
        "tirane",
        ["durres"],
        ["media-monitoring", "electoral-reform"],
        2015,
        [0],
    ),
    (
        "ndihma-juridike-zgjedhore",
        T("Klinika e ndihmës juridike zgjedhore", "Electoral Legal Aid Clinic"),
        T("KNJZ", "ELAC"),
        "tirane",
        ["elbasan", "shkoder"],
        ["legal-aid", "electoral-reform"],
        2018,
        [0],
    ),
    (
        "dibra-voton",
        T("Dibra voton", "Dibër Votes"),
        T("DV", "DV"),
        "diber",
        ["bulqize", "klos", "mat"],
        ["voter-education", "youth"],
        2019,
        [3],
    ),
    (
        "grate-ne-politike-diber",
        T("Gratë në politikë – Dibër", "Women in Politics – Dibër"),
        T("GnP", "WiP"),
        "diber",
        ["mat"],
        ["gender-equality"],
        2017,
        [2],
    ),
    (
        "rinia-e-jugut-sarande",
        T("Rinia e jugut Sarandë", "Southern Youth Sarandë"),
        T("RJ", "SY"),
        "sarande",
        ["delvine", "konispol", "finiq"],
        ["youth", "minorities"],
        2015,
        [3],
    ),
    (
        "komuniteti-dropull",
        T("Shoqata kulturore e komunitetit të Dropullit", "Dropull Community Cultural Association"),
        T("SHKKD", "DCCA"),
        "dropull",
        ["gjirokaster", "finiq"],
        ["minorities"],
        2004,
        [],
    ),
    (
        "votuesit-e-ardhshem-lushnje",
        T("Votuesit e ardhshëm Lushnjë", "Future Voters Lushnjë"),
        T("VA", "FV"),
        "lushnje",
        ["divjake", "rrogozhine"],
        ["youth", "voter-education"],
        2020,
        [3],
    ),
    (
        "diaspora-voton",
        T("Lëvizja “Diaspora voton”", "“Diaspora Votes” Movement"),
        T("DVT", "DVM"),
        "tirane",
        [],
        ["diaspora", "electoral-reform"],
        2021,
        [0],
    ),
    (
        "ura-e-emigranteve-korce",
        T("Ura e emigrantëve Korçë", "Emigrants' Bridge Korçë"),
        T("UE", "EB"),
        "korce",
        ["kolonje"],
        ["diaspora"],
        2012,
        [],
    ),
    (
        "zgjedhje-pa-barriera",
        T("Zgjedhje pa barriera", "Elections without Barriers"),
        T("ZpB", "EwB"),
        "tirane",
        ["durres", "fier", "vlore"],
        ["disability", "election-observation"],
        2014,
        [1],
    ),
    (
        "avokatet-e-veriut",
        T("Shoqata e avokatëve të rinj të veriut", "Northern Young Lawyers' Association"),
        T("SHARV", "NYLA"),
        "shkoder",
        ["lezhe", "kukes"],
        ["legal-aid"],
        2016,
        [],
    ),
    (
        "qendra-per-barazi-elbasan",
        T("Qendra për barazi gjinore Elbasan", "Centre for Gender Equality Elbasan"),
        T("QBG", "CGE"),
        "elbasan",
        ["gramsh", "belsh", "prrenjas"],
        ["gender-equality", "local-governance"],
        2009,
        [2],
    ),
    (
        "radio-komuniteti-pogradec",
        T("Radio e komunitetit Pogradec", "Pogradec Community Radio"),
        T("RKP", "PCR"),
        "pogradec",
        ["pustec"],
        ["media-monitoring", "minorities"],
        2002,
        [],
    ),
    (
        "banoret-aktive-vlore",
        T("Banorët aktivë të Vlorës", "Active Residents of Vlorë"),
        T("BAV", "ARV"),
        "vlore",
        [],
        ["local-governance", "voter-education"],
        2018,
        [],
    ),
    (
        "vezhguesit-e-rinj-berat",
        T("Vëzhguesit e rinj të Beratit", "Young Observers of Berat"),
        T("VRB", "YOB"),
        "berat",
        ["dimal"],
        ["youth", "election-observation"],
        2022,
        [1, 3],
    ),
    (
        "celesi-qytetar-tepelene",
        T("Çelësi qytetar Tepelenë", "Civic Key Tepelenë"),
        T("ÇQ", "CK"),
        "tepelene",
        ["memaliaj", "kelcyre"],
        ["voter-education", "local-governance"],
        2011,
        [],
    ),
    (
        "eja-voto-kavaje",
        T("Eja voto Kavajë", "Come and Vote Kavajë"),
        T("EV", "CV"),
        "kavaje",
        ["rrogozhine"],
        ["voter-education", "youth"],
        2019,
        [3],
    ),
    (
        "thirrja-per-drejtesi",
        T("Thirrja për drejtësi zgjedhore", "Call for Electoral Justice"),
        T("TDZ", "CEJ"),
        "tirane",
        ["shkoder", "korce", "vlore"],
        ["legal-aid", "election-observation"],
        2010,
        [0, 1],
    ),
    (
        "xhepi-i-fushates",
        T("Xhepi i fushatës – vëzhgim financiar", "Campaign Pocket – Finance Watch"),
        T("XF", "CP"),
        "durres",
        ["tirane"],
        ["campaign-finance", "media-monitoring"],
        2023,
        [0],
    ),
    (
        "endrra-mirdite",
        T("Ëndrra e Mirditës", "Mirditë's Dream"),
        T("EM", "MD"),
        "mirdite",
        ["puke", "fushe-arrez"],
        ["youth", "gender-equality"],
        2017,
        [2, 3],
    ),
]

# The action's implementers, whose profiles the research library's demo creates:
# slug -> (seat, other municipalities, focus areas, founding year)
IMPLEMENTERS = {
    "qkbtat": ("tirane", ["shkoder", "korce", "vlore", "elbasan"],
               ["election-observation", "voter-education", "local-governance"], 1995),
    "ipls": ("tirane", ["durres"], ["electoral-reform", "legal-aid"], 2007),
}  # fmt: skip

# Demo campaigns (by slug) and the demo organisations that are their partners
CAMPAIGN_PARTNERS = {
    "vota-ime-nuk-shitet": [
        "vezhgimi-qytetar-shkoder", "zeri-i-votuesit-elbasan", "observatori-i-fushatave",
    ],
    "nje-reforme-zgjedhore-per-te-gjithe": ["ndihma-juridike-zgjedhore", "nisma-qytetare-berat"],
    "gjysma-e-zerave-gjysma-e-vendeve": ["grate-aktive-korce", "grate-ne-politike-diber"],
    "vota-ime-e-pare": [
        "forumi-rinor-vlore", "rinia-e-jugut-sarande", "votuesit-e-ardhshem-lushnje",
    ],
    "votim-pa-pengesa": ["perfshirja-kukes", "qendra-komunitare-kamez"],
    "mendo-para-se-te-shperndash": ["media-ne-fokus", "gazetaret-vendore-gjirokaster"],
}  # fmt: skip
