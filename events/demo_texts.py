"""Fictional demo events (round tables, strategy meetings, trainings), in Albanian and English."""

from datetime import time

from core.demo import T

EVENT_INDEX = {
    "slug": "aktivitetet",
    "slugs": {"en": "events"},
    "title": T("Aktivitetet", "Events"),
    "intro": T(
        "Tryeza të rrumbullakëta, takime strategjike dhe trajnime ku organizatat e shoqërisë "
        "civile, institucionet dhe palët e interesuara diskutojnë për monitorimin e zgjedhjeve dhe "
        "për reformën zgjedhore. Regjistrohuni për aktivitetet e ardhshme ose lexoni përfundimet e "
        "aktiviteteve të kaluara.",
        "Round tables, strategy meetings and trainings where civil-society organisations, "
        "institutions and stakeholders discuss election monitoring and electoral reform. Register "
        "for upcoming events or read the conclusions of past ones.",
    ),
    "search_description": T(
        "Aktivitetet e OSHC-ve për zgjedhjet në Shqipëri: tryeza të rrumbullakëta me KQZ-në dhe me "
        "Kuvendin, trajnime për vëzhguesit, webinare dhe konferenca.",
        "CSO events on elections in Albania: round tables with the CEC and the Assembly, trainings "
        "for observers, webinars and conferences.",
    ),
}

SPEAKERS = [  # (key, given_name, family_name, T(affiliation), T(role)); all fictional
    (
        "prifti",
        "Alketa",
        "Prifti",
        T("QKBTAT", "ANTTARC"),
        T("Koordinatore e programit", "Programme coordinator"),
    ),
    (
        "muca",
        "Gentian",
        "Muça",
        T("IPLS", "IPLS"),
        T("Ekspert i financimit të fushatave zgjedhore", "Campaign finance expert"),
    ),
    (
        "gjoka",
        "Mirela",
        "Gjoka",
        T("Anëtare e Kuvendit", "Member of Parliament"),
        T(
            "Anëtare e Komisionit të Posaçëm Parlamentar për Reformën Zgjedhore",
            "Member of the ad hoc parliamentary committee on electoral reform",
        ),
    ),
    (
        "shtylla",
        "Ardian",
        "Shtylla",
        T("Komisioni Qendror i Zgjedhjeve (KQZ)", "Central Election Commission (CEC)"),
        T("Specialist i lartë për listat e zgjedhësve", "Senior voter list specialist"),
    ),
    (
        "kola",
        "Erjon",
        "Kola",
        T("Gazetar", "Journalist"),
        T("Redaktor i lajmeve politike", "Political news editor"),
    ),
    (
        "lindqvist",
        "Hanna",
        "Lindqvist",
        T("Vëzhguese ndërkombëtare", "International observer"),
        T("Eksperte e votimit jashtë vendit", "Out-of-country voting expert"),
    ),
]

EVENTS = [  # 9 fictional events: 6 upcoming and 3 past, relative to the day the demo is loaded
    {
        "slug": "lista-e-zgjedhesve-para-zgjedhjeve-vendore-2027",
        "kind": "round_table",
        "title": T(
            "Lista e zgjedhësve para zgjedhjeve vendore 2027",
            "The voter list ahead of the 2027 local elections",
        ),
        "summary": T(
            "Organizatat e shoqërisë civile takohen me përfaqësues të Komisionit Qendror të "
            "Zgjedhjeve (KQZ) për të diskutuar saktësinë e listës së zgjedhësve, gjetjet e "
            "vëzhguesve nga zgjedhjet e vitit 2025 dhe hapat që duhen marrë para zgjedhjeve "
            "vendore të vitit 2027.",
            "Civil-society organisations meet representatives of the Central Election Commission "
            "(CEC) to discuss the accuracy of the voter list, observers' findings from the 2025 "
            "elections and the steps that need to be taken before the 2027 local elections.",
        ),
        "description": [
            T(
                "Lista e zgjedhësve është themeli i çdo procesi zgjedhor. Gjatë zgjedhjeve "
                "parlamentare të vitit 2025, vëzhguesit e OSHC-ve raportuan votues që nuk e gjenin "
                "emrin e tyre në listë, adresa të pasakta dhe emra personash që kishin ndërruar "
                "jetë ose që jetonin prej vitesh jashtë vendit. Në këtë tryezë të rrumbullakët, "
                "përfaqësues të KQZ-së do të shpjegojnë si hartohet lista nga Regjistri Kombëtar i "
                "Gjendjes Civile, si mund ta kontrollojnë qytetarët regjistrimin e tyre dhe cilat "
                "ndryshime janë planifikuar para zgjedhjeve vendore.",
                "The voter list is the foundation of every electoral process. During the 2025 "
                "parliamentary elections, CSO observers reported voters who could not find their "
                "names on the list, inaccurate addresses and the names of people who had died or "
                "had been living abroad for years. At this round table, CEC representatives will "
                "explain how the list is drawn from the National Civil Status Register, how "
                "citizens can check their registration and which changes are planned before the "
                "local elections.",
            ),
            T(
                "OSHC-të pjesëmarrëse do të paraqesin rekomandimet e tyre për një listë më të "
                "saktë, përfshirë informimin e votuesve që janë zhvendosur brenda vendit dhe të "
                "atyre që jetojnë jashtë tij. Pas prezantimeve do të ketë kohë të mjaftueshme për "
                "pyetje dhe për diskutim të hapur. Vendet në sallë janë të kufizuara, prandaj ju "
                "lutemi të regjistroheni sa më shpejt.",
                "The participating CSOs will present their recommendations for a more accurate "
                "list, including how to inform voters who have moved within the country and those "
                "who live abroad. After the presentations there will be ample time for questions "
                "and open discussion. Seats in the hall are limited, so please register as soon as "
                "possible.",
            ),
        ],
        "topics": ["administrimi-zgjedhjeve"],
        "day_offset": 12,
        "start": time(10, 0),
        "end": time(13, 0),
        "venue": T("Salla e konferencave, Hotel Ura e Lanës", "Conference hall, Ura e Lanës Hotel"),
        "address": T("Rruga e Durrësit 112, Tiranë", "Rruga e Durrësit 112, Tirana"),
        "municipality": "tirane",
        "online": False,
        "capacity": 25,
        "requires_approval": False,
        "per_organisation_limit": None,
        "agenda": [
            (
                time(10, 0),
                T(
                    "Mirëseardhje dhe hyrje nga organizatorët",
                    "Welcome and introduction by the organisers",
                ),
                ["prifti"],
            ),
            (
                time(10, 15),
                T(
                    "Si hartohet dhe përditësohet lista e zgjedhësve",
                    "How the voter list is compiled and updated",
                ),
                ["shtylla"],
            ),
            (
                time(10, 45),
                T(
                    "Gjetjet e vëzhguesve të OSHC-ve për listën e zgjedhësve në zgjedhjet e vitit "
                    "2025",
                    "CSO observers' findings on the voter list in the 2025 elections",
                ),
                ["prifti"],
            ),
            (
                time(11, 30),
                T("Diskutim i hapur dhe rekomandime", "Open discussion and recommendations"),
                [],
            ),
            (time(12, 45), T("Fjalë përmbyllëse", "Closing remarks"), ["prifti"]),
        ],
        "speakers": ["shtylla", "prifti"],
        "outcomes": [],
        "registrations": 23,
    },
    {
        "slug": "reforma-zgjedhore-ne-kuvend-cfare-propozojne-oshc-te",
        "kind": "round_table",
        "title": T(
            "Reforma zgjedhore në Kuvend: çfarë propozojnë OSHC-të",
            "Electoral reform in the Assembly: what CSOs propose",
        ),
        "summary": T(
            "Anëtarë të Komisionit të Posaçëm Parlamentar për Reformën Zgjedhore dhe përfaqësues "
            "të OSHC-ve diskutojnë propozimet e shoqërisë civile për ndryshimet në Kodin Zgjedhor, "
            "nga financimi i fushatave deri te përfaqësimi i grave.",
            "Members of the ad hoc parliamentary committee on electoral reform and CSO "
            "representatives discuss civil society's proposals for changes to the Electoral Code, "
            "from campaign finance to the representation of women.",
        ),
        "description": [
            T(
                "Pas zgjedhjeve parlamentare të vitit 2025, Kuvendi i Shqipërisë po diskuton "
                "sërish ndryshimet në Kodin Zgjedhor. OSHC-të që marrin pjesë në projektin e "
                "financuar nga Bashkimi Evropian kanë përgatitur një paketë propozimesh të "
                "mbështetura në gjetjet e monitorimit të zgjedhjeve dhe në rekomandimet e "
                "OSBE/ODIHR. Kjo tryezë e rrumbullakët u jep mundësinë t’i paraqesin ato "
                "drejtpërdrejt para anëtarëve të Komisionit të Posaçëm Parlamentar.",
                "After the 2025 parliamentary elections, the Assembly of Albania is once again "
                "discussing changes to the Electoral Code. The CSOs taking part in the action "
                "funded by the European Union have prepared a package of proposals based on the "
                "findings of election monitoring and on the recommendations of OSCE/ODIHR. This "
                "round table gives them the opportunity to present them directly to members of the "
                "ad hoc parliamentary committee.",
            ),
            T(
                "Diskutimi do të përqendrohet në tri çështje: transparenca e financimit të "
                "fushatave, afatet për miratimin e ndryshimeve dhe përfaqësimi i grave në listat e "
                "kandidatëve. Për shkak të natyrës së takimit, vendet janë të kufizuara dhe çdo "
                "regjistrim miratohet nga organizatorët. Do t’ju njoftojmë me email brenda pesë "
                "ditëve pune pas regjistrimit.",
                "The discussion will focus on three issues: the transparency of campaign finance, "
                "the deadlines for adopting the changes and the representation of women on "
                "candidate lists. Because of the nature of the meeting, places are limited and "
                "every registration is approved by the organisers. We will let you know by email "
                "within five working days of your registration.",
            ),
        ],
        "topics": ["reforma-zgjedhore"],
        "day_offset": 33,
        "start": time(10, 0),
        "end": time(12, 30),
        "venue": T(
            "Salla e mbledhjeve, Hotel Kodra e Diellit", "Meeting room, Kodra e Diellit Hotel"
        ),
        "address": T("Bulevardi Zogu I 45, Tiranë", "Bulevardi Zogu I 45, Tirana"),
        "municipality": "tirane",
        "online": False,
        "capacity": 30,
        "requires_approval": True,
        "per_organisation_limit": None,
        "agenda": [
            (time(10, 0), T("Hapja e tryezës", "Opening of the round table"), ["muca"]),
            (
                time(10, 10),
                T(
                    "Ku ka arritur puna e Komisionit të Posaçëm Parlamentar",
                    "Where the work of the ad hoc parliamentary committee stands",
                ),
                ["gjoka"],
            ),
            (
                time(10, 40),
                T(
                    "Propozimet e OSHC-ve për ndryshimet në Kodin Zgjedhor",
                    "CSO proposals for changes to the Electoral Code",
                ),
                ["muca", "prifti"],
            ),
            (
                time(11, 20),
                T("Diskutim me anëtarët e Kuvendit", "Discussion with members of the Assembly"),
                ["gjoka"],
            ),
            (time(12, 15), T("Hapat e ardhshëm", "Next steps"), ["muca"]),
        ],
        "speakers": ["gjoka", "muca", "prifti"],
        "outcomes": [],
        "registrations": 14,
    },
    {
        "slug": "mbulimi-i-paanshem-i-zgjedhjeve-ne-media",
        "kind": "round_table",
        "title": T(
            "Mbulimi i paanshëm i zgjedhjeve në media",
            "Impartial election coverage in the media",
        ),
        "summary": T(
            "Gazetarë, redaktorë dhe vëzhgues të OSHC-ve nga veriu i vendit diskutojnë si të "
            "raportojnë për fushatën zgjedhore në mënyrë të paanshme, si të verifikojnë "
            "pretendimet e kandidatëve dhe si t’i kundërvihen dezinformimit para zgjedhjeve "
            "vendore të vitit 2027.",
            "Journalists, editors and CSO observers from the north of the country discuss how to "
            "report on the electoral campaign impartially, how to check candidates' claims and how "
            "to counter disinformation ahead of the 2027 local elections.",
        ),
        "description": [
            T(
                "Monitorimi i medias gjatë zgjedhjeve parlamentare të vitit 2025 tregoi se shumë "
                "media vendore mbështeteshin kryesisht te materialet e gatshme që u dërgonin "
                "partitë politike, ndërsa kandidatët e partive të vogla dhe gratë kandidate "
                "merrnin pak hapësirë. Në këtë tryezë të rrumbullakët, gazetarë nga Shkodra, Lezha "
                "dhe Kukësi do të ndajnë përvojën e tyre me vëzhgues të OSHC-ve dhe me ekspertë të "
                "medias.",
                "Media monitoring during the 2025 parliamentary elections showed that many local "
                "media relied mainly on ready-made material sent to them by political parties, "
                "while candidates of small parties and women candidates received little space. At "
                "this round table, journalists from Shkodër, Lezhë and Kukës will share their "
                "experience with CSO observers and media experts.",
            ),
            T(
                "Pjesëmarrësit do të punojnë së bashku për një listë të shkurtër parimesh për "
                "mbulimin e fushatës së zgjedhjeve vendore, të cilën OSHC-të do ta ndajnë më pas "
                "me redaksitë në të gjithë vendin. Salla ka vetëm njëzet vende. Nëse regjistrimi "
                "është plot, mund të shtoheni në listën e pritjes dhe do t’ju njoftojmë sapo të "
                "lirohet një vend.",
                "Participants will work together on a short list of principles for covering the "
                "local election campaign, which the CSOs will then share with newsrooms across the "
                "country. The hall has only twenty seats. If registration is full, you can join "
                "the waiting list and we will let you know as soon as a seat becomes free.",
            ),
        ],
        "topics": ["media-dhe-zgjedhjet"],
        "day_offset": 8,
        "start": time(10, 0),
        "end": time(13, 0),
        "venue": T(
            "Salla e konferencave, Hotel Lumi i Bunës", "Conference hall, Lumi i Bunës Hotel"
        ),
        "address": T("Rruga Kolë Idromeno 18, Shkodër", "Rruga Kolë Idromeno 18, Shkodër"),
        "municipality": "shkoder",
        "online": False,
        "capacity": 20,
        "requires_approval": False,
        "per_organisation_limit": None,
        "agenda": [
            (
                time(10, 0),
                T(
                    "Mirëseardhje dhe prezantimi i pjesëmarrësve",
                    "Welcome and introduction of participants",
                ),
                [],
            ),
            (
                time(10, 20),
                T(
                    "Çfarë tregoi monitorimi i medias në zgjedhjet e vitit 2025",
                    "What media monitoring showed in the 2025 elections",
                ),
                ["prifti"],
            ),
            (
                time(10, 50),
                T(
                    "Përvoja e një redaksie vendore gjatë fushatës",
                    "A local newsroom's experience during the campaign",
                ),
                ["kola"],
            ),
            (
                time(11, 30),
                T(
                    "Punë në grupe: parimet për mbulimin e fushatës",
                    "Group work: principles for covering the campaign",
                ),
                [],
            ),
            (
                time(12, 40),
                T("Përfundime dhe hapat e ardhshëm", "Conclusions and next steps"),
                ["prifti"],
            ),
        ],
        "speakers": ["kola", "prifti"],
        "outcomes": [],
        "registrations": 26,
    },
    {
        "slug": "plani-i-perbashket-per-vezhgimin-e-zgjedhjeve-vendore-2027",
        "kind": "strategy_meeting",
        "title": T(
            "Plani i përbashkët për vëzhgimin e zgjedhjeve vendore 2027",
            "A joint plan for observing the 2027 local elections",
        ),
        "summary": T(
            "Organizatat e shoqërisë civile që vëzhgojnë zgjedhjet takohen për të hartuar një plan "
            "të përbashkët për zgjedhjet vendore të vitit 2027: ndarjen e bashkive, rekrutimin e "
            "vëzhguesve, mjetet e raportimit dhe bashkëpunimin me institucionet.",
            "Civil-society organisations that observe elections meet to draw up a joint plan for "
            "the 2027 local elections: dividing up the municipalities, recruiting observers, "
            "reporting tools and cooperation with institutions.",
        ),
        "description": [
            T(
                "Në zgjedhjet e kaluara, disa OSHC vëzhguan të njëjtat qendra votimi, ndërsa "
                "bashki të tëra, sidomos në zonat malore, mbetën pa asnjë vëzhgues vendas. Ky "
                "takim strategjik synon ta shmangë këtë mbivendosje në zgjedhjet vendore të vitit "
                "2027. Pjesëmarrësit do të bien dakord për ndarjen e territorit, për një listë "
                "kontrolli të përbashkët dhe për mënyrën se si do të shkëmbehen të dhënat gjatë "
                "ditës së zgjedhjeve.",
                "In past elections, several CSOs observed the same polling stations, while entire "
                "municipalities, especially in mountain areas, were left without a single domestic "
                "observer. This strategy meeting aims to avoid such overlap in the 2027 local "
                "elections. Participants will agree on how to divide up the territory, on a common "
                "checklist and on how data will be exchanged during election day.",
            ),
            T(
                "Takimi është i hapur për OSHC-të që planifikojnë të akreditojnë vëzhgues pranë "
                "KQZ-së. Për të pasur sa më shumë organizata në sallë, çdo organizatë mund të "
                "regjistrojë deri në dy përfaqësues, mundësisht drejtuesin dhe koordinatorin e "
                "vëzhguesve. Drekën dhe shpenzimet e udhëtimit për pjesëmarrësit nga qytetet e "
                "tjera i mbulon projekti.",
                "The meeting is open to CSOs that plan to accredit observers with the CEC. To have "
                "as many organisations as possible in the room, each organisation may register up "
                "to two representatives, preferably its director and its observer coordinator. "
                "Lunch and travel costs for participants from other towns are covered by the "
                "action.",
            ),
        ],
        "topics": ["integriteti-zgjedhor", "administrimi-zgjedhjeve"],
        "day_offset": 47,
        "start": time(9, 30),
        "end": time(16, 0),
        "venue": T(
            "Salla e konferencave, Hotel Bregu i Detit", "Conference hall, Bregu i Detit Hotel"
        ),
        "address": T("Rruga Taulantia 27, Durrës", "Rruga Taulantia 27, Durrës"),
        "municipality": "durres",
        "online": False,
        "capacity": 40,
        "requires_approval": False,
        "per_organisation_limit": 2,
        "agenda": [
            (
                time(9, 30),
                T("Hapja dhe qëllimet e takimit", "Opening and aims of the meeting"),
                ["prifti"],
            ),
            (
                time(10, 0),
                T(
                    "Mësime nga vëzhgimi i zgjedhjeve parlamentare të vitit 2025",
                    "Lessons from observing the 2025 parliamentary elections",
                ),
                ["prifti", "lindqvist"],
            ),
            (
                time(11, 30),
                T(
                    "Punë në grupe sipas qarqeve: ndarja e bashkive",
                    "Group work by county: dividing up the municipalities",
                ),
                [],
            ),
            (
                time(14, 0),
                T(
                    "Lista e përbashkët e kontrollit dhe shkëmbimi i të dhënave",
                    "The common checklist and data exchange",
                ),
                ["prifti"],
            ),
            (
                time(15, 30),
                T("Miratimi i planit të përbashkët", "Adoption of the joint plan"),
                [],
            ),
        ],
        "speakers": ["prifti", "lindqvist"],
        "outcomes": [],
        "registrations": 18,
    },
    {
        "slug": "trajnim-per-metodologjine-e-vezhgimit-te-zgjedhjeve",
        "kind": "training",
        "title": T(
            "Trajnim për metodologjinë e vëzhgimit të zgjedhjeve",
            "Training on election observation methodology",
        ),
        "summary": T(
            "Trajnim njëditor për koordinatorët dhe vëzhguesit e rinj të OSHC-ve: si funksionon "
            "vëzhgimi i bazuar në mostër, si plotësohet lista e kontrollit në qendrën e votimit "
            "dhe si raportohen shkeljet në mënyrë të saktë dhe të paanshme.",
            "A one-day training for coordinators and new observers from CSOs: how sample-based "
            "observation works, how to fill in the checklist at the polling station and how to "
            "report violations accurately and impartially.",
        ),
        "description": [
            T(
                "Vëzhgimi i besueshëm i zgjedhjeve nuk varet vetëm nga numri i vëzhguesve, por "
                "edhe nga mënyra se si ata janë përgatitur. Ky trajnim shpjegon parimet e "
                "vëzhgimit të paanshëm, kodin e sjelljes për vëzhguesit vendas dhe përdorimin e "
                "një mostre qendrash votimi që pasqyron të gjithë bashkinë. Pjesëmarrësit do të "
                "ushtrohen në plotësimin e listës së kontrollit për hapjen, votimin dhe numërimin.",
                "Credible election observation depends not only on the number of observers but "
                "also on how they have been prepared. This training explains the principles of "
                "impartial observation, the code of conduct for domestic observers and the use of "
                "a sample of polling stations that reflects the whole municipality. Participants "
                "will practise filling in the checklist for opening, voting and counting.",
            ),
            T(
                "Në pjesën e dytë të ditës, trajnerët do të simulojnë situata të vështira në një "
                "qendër votimi, si votimi familjar, presioni mbi votuesit ose një komision që nuk "
                "i lejon vëzhguesit të ndjekin numërimin. Trajnimi u drejtohet kryesisht OSHC-ve "
                "nga qarqet e Elbasanit, Beratit dhe Korçës. Pjesëmarrësit që e përfundojnë do të "
                "marrin një certifikatë.",
                "In the second part of the day, the trainers will simulate difficult situations at "
                "a polling station, such as family voting, pressure on voters or a commission that "
                "does not allow observers to follow the count. The training is aimed mainly at "
                "CSOs from the counties of Elbasan, Berat and Korçë. Participants who complete it "
                "will receive a certificate.",
            ),
        ],
        "topics": ["administrimi-zgjedhjeve", "integriteti-zgjedhor"],
        "day_offset": 68,
        "start": time(9, 30),
        "end": time(16, 30),
        "venue": T(
            "Salla e trajnimeve, Qendra Rinore e Elbasanit", "Training room, Elbasan Youth Centre"
        ),
        "address": T("Rruga Qemal Stafa 9, Elbasan", "Rruga Qemal Stafa 9, Elbasan"),
        "municipality": "elbasan",
        "online": False,
        "capacity": 30,
        "requires_approval": False,
        "per_organisation_limit": None,
        "agenda": [
            (
                time(9, 30),
                T(
                    "Parimet e vëzhgimit të paanshëm të zgjedhjeve",
                    "Principles of impartial election observation",
                ),
                ["lindqvist"],
            ),
            (
                time(11, 0),
                T(
                    "Mostra e qendrave të votimit dhe lista e kontrollit",
                    "The sample of polling stations and the checklist",
                ),
                ["prifti"],
            ),
            (time(13, 0), T("Drekë", "Lunch"), []),
            (
                time(14, 0),
                T(
                    "Simulim: situata të vështira në qendrën e votimit",
                    "Simulation: difficult situations at the polling station",
                ),
                ["prifti", "lindqvist"],
            ),
            (
                time(16, 0),
                T(
                    "Vlerësimi i trajnimit dhe shpërndarja e certifikatave",
                    "Evaluation of the training and presentation of certificates",
                ),
                [],
            ),
        ],
        "speakers": ["lindqvist", "prifti"],
        "outcomes": [],
        "registrations": 11,
    },
    {
        "slug": "votimi-i-diaspores-mesime-nga-votimi-me-poste-ne-vitin-2025",
        "kind": "webinar",
        "title": T(
            "Votimi i diasporës: mësime nga votimi me postë në vitin 2025",
            "Diaspora voting: lessons from postal voting in 2025",
        ),
        "summary": T(
            "Webinar për votimin e shtetasve shqiptarë që jetojnë jashtë vendit: çfarë funksionoi "
            "dhe çfarë jo në votimin e parë me postë në vitin 2025 dhe çfarë duhet ndryshuar para "
            "zgjedhjeve të ardhshme parlamentare.",
            "A webinar on voting by Albanian citizens who live abroad: what worked and what did "
            "not in the first postal vote in 2025, and what should change before the next "
            "parliamentary elections.",
        ),
        "description": [
            T(
                "Zgjedhjet parlamentare të 11 majit 2025 ishin të parat në të cilat shqiptarët "
                "jashtë vendit mund të votonin me postë. Mijëra votues e shfrytëzuan këtë mundësi, "
                "por shumë të tjerë nuk arritën të regjistroheshin në kohë ose e morën paketën e "
                "votimit me vonesë. Në këtë webinar, një vëzhguese ndërkombëtare dhe përfaqësues "
                "të OSHC-ve do të paraqesin gjetjet kryesore të monitorimit të votimit me postë.",
                "The parliamentary elections of 11 May 2025 were the first in which Albanians "
                "abroad could vote by post. Thousands of voters took this opportunity, but many "
                "others did not manage to register in time or received their voting package late. "
                "In this webinar, an international observer and CSO representatives will present "
                "the key findings of the monitoring of postal voting.",
            ),
            T(
                "Pjesëmarrësit do të diskutojnë edhe nëse votimi nga jashtë vendit duhet të "
                "zgjerohet në zgjedhjet vendore dhe si mund të informohen më mirë votuesit në "
                "diasporë. Webinari zhvillohet në shqip dhe në anglisht, me përkthim simultan. Ora "
                "e fillimit është sipas kohës së Tiranës. Lidhjen për t’u bashkuar do ta merrni me "
                "email një ditë para webinarit.",
                "Participants will also discuss whether voting from abroad should be extended to "
                "local elections and how voters in the diaspora can be better informed. The "
                "webinar is held in Albanian and English, with simultaneous interpretation. The "
                "start time is given in Tirana time. You will receive the link to join by email "
                "one day before the webinar.",
            ),
        ],
        "topics": ["votimi-i-diaspores"],
        "day_offset": 19,
        "start": time(18, 0),
        "end": time(19, 30),
        "venue": None,
        "address": None,
        "municipality": None,
        "online": True,
        "capacity": None,
        "requires_approval": False,
        "per_organisation_limit": None,
        "agenda": [
            (
                time(18, 0),
                T(
                    "Hyrje: votimi me postë në zgjedhjet e vitit 2025",
                    "Introduction: postal voting in the 2025 elections",
                ),
                ["prifti"],
            ),
            (
                time(18, 15),
                T(
                    "Gjetjet e vëzhgimit ndërkombëtar për votimin nga jashtë vendit",
                    "International observation findings on out-of-country voting",
                ),
                ["lindqvist"],
            ),
            (
                time(18, 40),
                T("Pyetje nga votuesit në diasporë", "Questions from voters in the diaspora"),
                [],
            ),
            (
                time(19, 15),
                T("Rekomandime për reformën zgjedhore", "Recommendations for electoral reform"),
                ["muca"],
            ),
        ],
        "speakers": ["lindqvist", "prifti", "muca"],
        "outcomes": [],
        "registrations": 34,
    },
    {
        "slug": "gjetjet-e-monitorimit-te-zgjedhjeve-parlamentare-2025",
        "kind": "conference",
        "title": T(
            "Gjetjet e monitorimit të zgjedhjeve parlamentare 2025",
            "Monitoring findings from the 2025 parliamentary elections",
        ),
        "summary": T(
            "Në këtë konferencë kombëtare, OSHC-të që vëzhguan zgjedhjet parlamentare të 11 majit "
            "2025 paraqitën gjetjet e tyre për fushatën, ditën e zgjedhjeve dhe numërimin, si dhe "
            "rekomandimet për institucionet dhe për partitë politike.",
            "At this national conference, the CSOs that observed the parliamentary elections of 11 "
            "May 2025 presented their findings on the campaign, election day and the count, "
            "together with their recommendations for institutions and political parties.",
        ),
        "description": [
            T(
                "Konferenca mblodhi vëzhgues, përfaqësues të KQZ-së, deputetë, diplomatë dhe "
                "gazetarë për të diskutuar rezultatet e monitorimit të përbashkët të zgjedhjeve "
                "parlamentare të vitit 2025. Ekipet e OSHC-ve paraqitën të dhëna nga qendrat e "
                "votimit në të gjithë vendin, gjetjet për financimin e fushatave dhe për mbulimin "
                "mediatik, si dhe përvojën e votimit të parë me postë nga diaspora.",
                "The conference brought together observers, CEC representatives, members of "
                "Parliament, diplomats and journalists to discuss the results of the joint "
                "monitoring of the 2025 parliamentary elections. CSO teams presented data from "
                "polling stations across the country, findings on campaign finance and media "
                "coverage, and the experience of the first postal vote from the diaspora.",
            ),
            T(
                "Konferenca u zhvillua në formë hibride: pjesëmarrësit nga qarqet e tjera dhe nga "
                "jashtë vendit e ndoqën online dhe bënë pyetje përmes platformës. Gjetjet e "
                "paraqitura në konferencë u përfshinë më pas në raportin përfundimtar të "
                "monitorimit dhe në propozimet që OSHC-të i dorëzuan Komisionit të Posaçëm "
                "Parlamentar për Reformën Zgjedhore.",
                "The conference was held in a hybrid format: participants from other counties and "
                "from abroad followed it online and asked questions through the platform. The "
                "findings presented at the conference were later included in the final monitoring "
                "report and in the proposals that the CSOs submitted to the ad hoc parliamentary "
                "committee on electoral reform.",
            ),
        ],
        "topics": ["integriteti-zgjedhor", "administrimi-zgjedhjeve"],
        "day_offset": -160,
        "start": time(9, 30),
        "end": time(14, 0),
        "venue": T("Salla e madhe, Hotel Ura e Lanës", "Main hall, Ura e Lanës Hotel"),
        "address": T("Rruga e Durrësit 112, Tiranë", "Rruga e Durrësit 112, Tirana"),
        "municipality": "tirane",
        "online": True,
        "capacity": 120,
        "requires_approval": False,
        "per_organisation_limit": None,
        "agenda": [
            (time(9, 30), T("Fjalë përshëndetëse", "Opening remarks"), ["prifti"]),
            (
                time(10, 0),
                T(
                    "Gjetjet kryesore të vëzhgimit të ditës së zgjedhjeve",
                    "Key findings from election-day observation",
                ),
                ["prifti"],
            ),
            (
                time(11, 0),
                T(
                    "Financimi i fushatave dhe mbulimi mediatik",
                    "Campaign finance and media coverage",
                ),
                ["muca", "kola"],
            ),
            (
                time(12, 30),
                T(
                    "Panel diskutimi: nga gjetjet te reforma zgjedhore",
                    "Panel discussion: from findings to electoral reform",
                ),
                ["gjoka", "muca"],
            ),
        ],
        "speakers": ["prifti", "muca", "kola", "gjoka"],
        "outcomes": [
            T(
                "Pjesëmarrësit ranë dakord që saktësia e listës së zgjedhësve dhe presioni mbi "
                "votuesit mbeten shqetësimet kryesore.",
                "Participants agreed that the accuracy of the voter list and pressure on voters "
                "remain the main concerns.",
            ),
            T(
                "OSHC-të u zotuan të paraqesin një paketë të përbashkët propozimesh për reformën "
                "zgjedhore.",
                "The CSOs committed to presenting a joint package of proposals for electoral "
                "reform.",
            ),
            T(
                "Përfaqësuesit e KQZ-së pranuan të takohen rregullisht me vëzhguesit vendas para "
                "zgjedhjeve vendore të vitit 2027.",
                "CEC representatives agreed to meet domestic observers regularly before the 2027 "
                "local elections.",
            ),
        ],
        "registrations": 30,
    },
    {
        "slug": "trajnim-per-monitorimin-e-financimit-te-fushatave-zgjedhore",
        "kind": "training",
        "title": T(
            "Trajnim për monitorimin e financimit të fushatave zgjedhore",
            "Training on monitoring campaign finance",
        ),
        "summary": T(
            "Trajnim njëditor për OSHC-të nga jugu i vendit mbi monitorimin e financimit të "
            "fushatave zgjedhore: si lexohen raportet financiare të partive, si vlerësohen "
            "shpenzimet e dukshme të fushatës dhe si dokumentohet keqpërdorimi i burimeve "
            "shtetërore.",
            "A one-day training for CSOs from the south of the country on monitoring campaign "
            "finance: how to read parties' financial reports, how to estimate visible campaign "
            "spending and how to document the misuse of state resources.",
        ),
        "description": [
            T(
                "Financimi i fushatave zgjedhore mbetet një nga fushat më pak transparente të "
                "procesit zgjedhor në Shqipëri. Gjatë trajnimit, pjesëmarrësit mësuan si t’i "
                "krahasojnë shpenzimet që deklarojnë partitë me ato që vihen re në terren, si "
                "tubimet, reklamat në rrugë dhe postimet e sponsorizuara në rrjetet sociale. "
                "Ushtrimet praktike u mbështetën në të dhëna nga fushata e zgjedhjeve parlamentare "
                "të vitit 2025.",
                "Campaign finance remains one of the least transparent areas of the electoral "
                "process in Albania. During the training, participants learned how to compare the "
                "spending that parties declare with what can be seen on the ground, such as "
                "rallies, street advertising and sponsored posts on social media. The practical "
                "exercises were based on data from the campaign for the 2025 parliamentary "
                "elections.",
            ),
            T(
                "Në pjesën e dytë, një ekspert i IPLS-së shpjegoi detyrimet ligjore të partive dhe "
                "të kandidatëve sipas Kodit Zgjedhor, si dhe rolin e KQZ-së në kontrollin e "
                "financave të tyre. Pjesëmarrësit hartuan një formular të përbashkët për "
                "monitorimin e shpenzimeve, të cilin OSHC-të do ta përdorin gjatë fushatës për "
                "zgjedhjet vendore të vitit 2027.",
                "In the second part, an IPLS expert explained the legal obligations of parties and "
                "candidates under the Electoral Code, as well as the role of the CEC in overseeing "
                "their finances. Participants drew up a common form for monitoring spending, which "
                "the CSOs will use during the campaign for the 2027 local elections.",
            ),
        ],
        "topics": ["financimi-i-fushatave"],
        "day_offset": -40,
        "start": time(9, 30),
        "end": time(16, 0),
        "venue": T(
            "Salla e konferencave, Hotel Gjiri i Artë", "Conference hall, Gjiri i Artë Hotel"
        ),
        "address": T("Rruga Ismail Qemali 54, Vlorë", "Rruga Ismail Qemali 54, Vlorë"),
        "municipality": "vlore",
        "online": False,
        "capacity": 25,
        "requires_approval": False,
        "per_organisation_limit": None,
        "agenda": [],
        "speakers": ["muca"],
        "outcomes": [
            T(
                "Pjesëmarrësit miratuan një formular të përbashkët për monitorimin e shpenzimeve "
                "të fushatës.",
                "Participants adopted a common form for monitoring campaign spending.",
            ),
            T(
                "OSHC-të ranë dakord t’i ndajnë të dhënat e tyre të monitorimit në një bazë të "
                "dhënash të përbashkët.",
                "The CSOs agreed to share their monitoring data in a common database.",
            ),
            T(
                "U rekomandua që KQZ-ja t’i publikojë raportet financiare të partive në një format "
                "të hapur dhe të lexueshëm.",
                "It was recommended that the CEC publish parties' financial reports in an open, "
                "readable format.",
            ),
        ],
        "registrations": 22,
    },
    {
        "slug": "grate-kandidate-ne-zgjedhjet-vendore",
        "kind": "round_table",
        "title": T("Gratë kandidate në zgjedhjet vendore", "Women candidates in local elections"),
        "summary": T(
            "Gra kandidate dhe këshilltare bashkiake, së bashku me përfaqësues të OSHC-ve nga "
            "juglindja e vendit, diskutuan pengesat që hasin gratë kur kandidojnë në zgjedhjet "
            "vendore dhe si mund të forcohet zbatimi i kuotës gjinore.",
            "Women candidates and municipal councillors, together with CSO representatives from "
            "the south-east of the country, discussed the barriers women face when standing in "
            "local elections and how the enforcement of the gender quota can be strengthened.",
        ),
        "description": [
            T(
                "Kodi Zgjedhor kërkon që çdo listë kandidatësh për këshillat bashkiakë të ketë një "
                "kandidat të secilës gjini në çdo dy emra. Megjithatë, gratë mbeten shumë pak të "
                "përfaqësuara mes kandidatëve për kryetar bashkie dhe shumë prej tyre tregojnë se "
                "hasin pengesa brenda partive të tyre. Kjo tryezë e rrumbullakët dëgjoi përvojën e "
                "grave që kanë kandiduar në bashkitë e qarkut të Korçës.",
                "The Electoral Code requires every list of candidates for municipal councils to "
                "include one candidate of each gender in every two names. Even so, women remain "
                "greatly under-represented among candidates for mayor, and many of them report "
                "facing obstacles within their own parties. This round table heard the experience "
                "of women who have stood as candidates in the municipalities of Korçë County.",
            ),
            T(
                "Pjesëmarrësit diskutuan mbështetjen financiare për kandidatet, sigurinë e tyre "
                "gjatë fushatës dhe rolin e medias vendore. Takimi u organizua nga një OSHC "
                "partnere në Korçë me mbështetjen e QKBTAT-së. Propozimet e tryezës u përfshinë në "
                "kontributin e OSHC-ve për reformën zgjedhore, me qëllim që zgjedhjet vendore të "
                "vitit 2027 të kenë më shumë gra si kandidate dhe si të zgjedhura.",
                "Participants discussed financial support for women candidates, their safety "
                "during the campaign and the role of local media. The meeting was organised by a "
                "partner CSO in Korçë with the support of ANTTARC. The round table's proposals "
                "were included in the CSOs' contribution to electoral reform, so that the 2027 "
                "local elections will see more women as candidates and as elected officials.",
            ),
        ],
        "topics": ["pjesemarrja-e-grave", "reforma-zgjedhore"],
        "day_offset": -95,
        "start": time(10, 0),
        "end": time(13, 0),
        "venue": T(
            "Salla e konferencave, Hotel Pllaja e Moravës",
            "Conference hall, Pllaja e Moravës Hotel",
        ),
        "address": T("Bulevardi Republika 21, Korçë", "Bulevardi Republika 21, Korçë"),
        "municipality": "korce",
        "online": False,
        "capacity": 30,
        "requires_approval": False,
        "per_organisation_limit": None,
        "agenda": [],
        "speakers": ["gjoka", "prifti"],
        "outcomes": [
            T(
                "Pjesëmarrësit kërkuan sanksione më të rrepta për partitë që nuk e respektojnë "
                "kuotën gjinore.",
                "Participants called for tougher sanctions on parties that do not respect the "
                "gender quota.",
            ),
            T(
                "U propozua krijimi i një rrjeti rajonal mbështetjeje për gratë kandidate në "
                "qarkun e Korçës.",
                "A regional support network for women candidates in Korçë County was proposed.",
            ),
        ],
        "registrations": 17,
    },
]

ORGANISATION_NAMES = [  # invented CSOs for demo registrants
    "Qendra për vëzhgimin qytetar Shkodër",
    "Shoqata “Zëri i votuesit” Elbasan",
    "Rrjeti i grave aktive Korçë",
    "Forumi rinor për demokraci Vlorë",
    "Qendra për transparencë vendore Durrës",
    "Shoqata për integritet zgjedhor Fier",
    "Nisma qytetare për zgjedhje të ndershme Berat",
    "Qendra për përfshirjen e personave me aftësi të kufizuara Kukës",
    "Instituti për pjesëmarrje qytetare Tiranë",
    "Klubi i gazetarëve vendorë Gjirokastër",
    "Aleanca për qeverisje të mirë Lezhë",
    "Qendra komunitare e romëve dhe egjiptianëve Kamëz",
]

REGISTRANT_FIRST_NAMES = [  # common Albanian first names
    "Albana",
    "Arbër",
    "Ardita",
    "Artan",
    "Besiana",
    "Blerim",
    "Çlirim",
    "Dorina",
    "Edlira",
    "Elton",
    "Eriona",
    "Fatmir",
    "Gëzim",
    "Greta",
    "Ilirjana",
    "Jetmir",
    "Klodiana",
    "Kujtim",
    "Ledia",
    "Lirim",
    "Majlinda",
    "Mërgim",
    "Nertila",
    "Olsi",
    "Rudina",
    "Shkëlzen",
    "Suela",
    "Valbona",
    "Ylli",
    "Zamira",
]

REGISTRANT_LAST_NAMES = [  # common Albanian surnames
    "Bajrami",
    "Beqiri",
    "Cani",
    "Çela",
    "Dema",
    "Dervishi",
    "Duka",
    "Gjika",
    "Gjoni",
    "Halili",
    "Hasani",
    "Hoxha",
    "Hysa",
    "Kelmendi",
    "Koçi",
    "Krasniqi",
    "Leka",
    "Lleshi",
    "Marku",
    "Mema",
    "Mëhilli",
    "Ndreu",
    "Pashaj",
    "Prenga",
    "Shehu",
    "Sinani",
    "Tafaj",
    "Tola",
    "Xhafa",
    "Zeneli",
]

POSITIONS = [
    T("Drejtor ekzekutiv", "Executive director"),
    T("Koordinatore projekti", "Project coordinator"),
    T("Koordinator i vëzhguesve", "Observer coordinator"),
    T("Zyrtare avokimi", "Advocacy officer"),
    T("Jurist", "Lawyer"),
    T("Zyrtar komunikimi", "Communications officer"),
]
