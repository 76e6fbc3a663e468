"""Fictional demo awareness campaigns for the campaigns section, in Albanian and English."""

from datetime import date

from core.demo import T

AUDIENCES = [  # (slug, T(name))
    ("votuesit-per-here-te-pare", T("Votuesit për herë të parë", "First-time voters")),
    ("grate", T("Gratë", "Women")),
    ("te-rinjte", T("Të rinjtë", "Young people")),
    ("diaspora", T("Diaspora", "Diaspora")),
    ("aftesi-te-kufizuara", T("Personat me aftësi të kufizuara", "Persons with disabilities")),
    ("pakicat", T("Pakicat", "Minorities")),
    ("publiku-i-gjere", T("Publiku i gjerë", "General public")),
]

CAMPAIGN_INDEX = {
    "slug": "fushatat",
    "slugs": {"en": "campaigns"},
    "title": T("Fushatat", "Campaigns"),
    "intro": T(
        "Fushata ndërgjegjësimi të organizatave të shoqërisë civile për zgjedhje të lira, të "
        "ndershme dhe gjithëpërfshirëse në Shqipëri. Shfletoni fushatat, shpërndani mesazhet e "
        "tyre dhe mbështetni ato me të cilat pajtoheni.",
        "Awareness campaigns by civil-society organisations for free, fair and inclusive elections "
        "in Albania. Browse the campaigns, share their messages and support the ones you agree "
        "with.",
    ),
    "search_description": T(
        "Fushata ndërgjegjësimi të OSHC-ve kundër blerjes së votës dhe për pjesëmarrjen e të "
        "rinjve, grave, diasporës, pakicave dhe personave me aftësi të kufizuara në zgjedhje.",
        "CSO awareness campaigns against vote buying and for the participation of young people, "
        "women, the diaspora, minorities and persons with disabilities in elections.",
    ),
}

CAMPAIGNS = [  # 8 fictional campaigns: 3 active, 2 upcoming and 3 ended on 25 November 2026
    {
        "slug": "vota-ime-nuk-shitet",
        "title": T("Vota ime nuk shitet", "My vote is not for sale"),
        "tagline": T(
            "Vota jote është e fshehtë dhe vetëm e jotja: asnjë para, dhuratë apo premtim nuk "
            "mund ta blejë.",
            "Your vote is secret and yours alone: no money, gift or promise can buy it.",
        ),
        "start": date(2026, 9, 15),
        "end": date(2027, 5, 31),
        "topics": ["integriteti-zgjedhor", "edukimi-i-votuesve"],
        "audiences": ["publiku-i-gjere"],
        "counties": [],
        "hashtags": "#VotaImeNukShitet #Vendore2027",
        "intro": [
            T(
                "Blerja e votës mbetet një nga kërcënimet më serioze për integritetin zgjedhor në "
                "Shqipëri. Në çdo proces zgjedhor, vëzhguesit e organizatave të shoqërisë civile "
                "kanë raportuar oferta me para, ushqime ose punësim në këmbim të votës, sidomos në "
                "zonat ku familjet jetojnë në vështirësi ekonomike. Kjo fushatë ndërgjegjësimi u "
                "kujton votuesve se vota e tyre nuk është mall për t’u shitur.",
                "Vote buying remains one of the most serious threats to electoral integrity in "
                "Albania. In every election, observers from civil-society organisations have "
                "reported offers of money, food or jobs in exchange for votes, especially in areas "
                "where families live in economic hardship. This awareness campaign reminds voters "
                "that their vote is not a commodity to be sold.",
            ),
            T(
                "Para zgjedhjeve vendore të vitit 2027, OSHC-të partnere do të organizojnë takime "
                "në lagje dhe fshatra, do të shpërndajnë fletëpalosje dhe do të ndajnë histori të "
                "vërteta në rrjetet sociale. Mesazhi është i thjeshtë: fshehtësia e votës është e "
                "garantuar, askush nuk mund ta dijë se si votoni dhe kushdo që ofron para për "
                "votën kryen vepër penale.",
                "Ahead of the 2027 local elections, partner CSOs will hold meetings in "
                "neighbourhoods and villages, hand out leaflets and share true stories on social "
                "media. The message is simple: the secrecy of the vote is guaranteed, nobody can "
                "know how you vote, and anyone who offers money for a vote commits a criminal "
                "offence.",
            ),
        ],
        "key_messages": [
            T(
                "Askush nuk mund ta shohë se për kë votoni në kabinën e votimit.",
                "Nobody can see whom you vote for in the voting booth.",
            ),
            T(
                "Kush ofron para, mallra ose punë në këmbim të votës kryen vepër penale.",
                "Anyone who offers money, goods or a job in exchange for a vote commits a criminal "
                "offence.",
            ),
            T(
                "Një votë e shitur sot do të thotë katër vjet pa zë për ju dhe për komunitetin "
                "tuaj.",
                "A vote sold today means four years without a voice for you and for your "
                "community.",
            ),
            T(
                "Nëse ju ofrojnë para për votën, raportojeni te policia ose te prokuroria.",
                "If someone offers you money for your vote, report it to the police or to the "
                "prosecution office.",
            ),
        ],
        "facts": [
            (
                T(
                    "Ofrimi i parave, i mallrave ose i favoreve në këmbim të votës është vepër "
                    "penale në Shqipëri.",
                    "Offering money, goods or favours in exchange for a vote is a criminal offence "
                    "in Albania.",
                ),
                T("Udhëzues i OSHC-ve për votuesit, 2026", "CSO guide for voters, 2026"),
                "https://example.org/udhezues-per-votuesit-2026",
            ),
            (
                T(
                    "Në zgjedhjet parlamentare të vitit 2025, vëzhguesit e OSHC-ve raportuan "
                    "dyshime për blerje vote në shumë qarqe të vendit.",
                    "In the 2025 parliamentary elections, CSO observers reported suspected vote "
                    "buying in many counties of the country.",
                ),
                T("Raporti i monitorimit të OSHC-ve, 2025", "CSO monitoring report, 2025"),
                "https://example.org/raporti-i-monitorimit-2025",
            ),
            (
                T(
                    "Fshehtësia e votës garantohet nga Kushtetuta e Republikës së Shqipërisë.",
                    "The secrecy of the vote is guaranteed by the Constitution of the Republic of "
                    "Albania.",
                ),
                T("Përmbledhje ligjore e OSHC-ve, 2026", "CSO legal summary, 2026"),
                "https://example.org/permbledhje-ligjore-2026",
            ),
        ],
        "call_to_action": {
            "heading": T("Zotohuni të mos e shisni votën", "Pledge not to sell your vote"),
            "text": T(
                "Shtoni emrin tuaj në listën e votuesve që zotohen se vota e tyre nuk shitet dhe "
                "ftoni miqtë tuaj të bëjnë të njëjtën gjë.",
                "Add your name to the list of voters who pledge that their vote is not for sale, "
                "and invite your friends to do the same.",
            ),
            "button_label": T("Zotohem", "I pledge"),
        },
        "materials": [
            ("poster", T("Posteri “Vota ime nuk shitet”", "“My vote is not for sale” poster")),
            (
                "leaflet",
                T(
                    "Fletëpalosje: çfarë të bëni nëse ju ofrojnë para për votën",
                    "Leaflet: what to do if someone offers you money for your vote",
                ),
            ),
            (
                "social_card",
                T(
                    "Kartë për rrjetet sociale: vota jote është e fshehtë",
                    "Social media card: your vote is secret",
                ),
            ),
        ],
        "support": {
            "intro": T(
                "Bashkohuni me qytetarët që zotohen publikisht se nuk do ta shesin kurrë votën e "
                "tyre.",
                "Join the citizens who publicly pledge never to sell their vote.",
            ),
            "goal": 500,
        },
        "supporters": 40,
    },
    {
        "slug": "nje-reforme-zgjedhore-per-te-gjithe",
        "title": T("Një reformë zgjedhore për të gjithë", "An electoral reform for everyone"),
        "tagline": T(
            "OSHC-të kërkojnë një reformë zgjedhore të hapur, që dëgjon gratë, të rinjtë, pakicat "
            "dhe diasporën.",
            "CSOs call for an open electoral reform that listens to women, young people, "
            "minorities and the diaspora.",
        ),
        "start": date(2026, 4, 15),
        "end": date(2027, 1, 31),
        "topics": ["reforma-zgjedhore"],
        "audiences": ["publiku-i-gjere"],
        "counties": [],
        "hashtags": "#ReformePerTeGjithe #KodiZgjedhor",
        "intro": [
            T(
                "Pas zgjedhjeve parlamentare të 11 majit 2025, Kuvendi i Shqipërisë pritet të "
                "rihapë diskutimin për ndryshimet në Kodin Zgjedhor. Organizatat e shoqërisë "
                "civile që marrin pjesë në projektin e financuar nga Bashkimi Evropian, të "
                "udhëhequr nga QKBTAT në partneritet me IPLS, kërkojnë që ky proces të jetë "
                "transparent, të nisë në kohë dhe të mbështetet në gjetjet e monitorimit të "
                "zgjedhjeve.",
                "After the parliamentary elections of 11 May 2025, the Assembly of Albania is "
                "expected to reopen the discussion on changes to the Electoral Code. The "
                "civil-society organisations taking part in the action funded by the European "
                "Union, led by ANTTARC in partnership with IPLS, call for this process to be "
                "transparent, to start in time and to build on the findings of election "
                "monitoring.",
            ),
            T(
                "Një reformë gjithëpërfshirëse nuk mund të hartohet vetëm nga partitë politike. "
                "Ajo duhet të dëgjojë gratë, të rinjtë, personat me aftësi të kufizuara, pakicat "
                "dhe shtetasit që jetojnë jashtë vendit. Me këtë fushatë, OSHC-të mbledhin "
                "mbështetjen e qytetarëve për propozimet e tyre dhe ia paraqesin ato Komisionit të "
                "Posaçëm Parlamentar për Reformën Zgjedhore.",
                "An inclusive reform cannot be drafted by political parties alone. It must listen "
                "to women, young people, persons with disabilities, minorities and citizens who "
                "live abroad. With this campaign, CSOs gather citizens' support for their "
                "proposals and present them to the ad hoc parliamentary committee on electoral "
                "reform.",
            ),
        ],
        "key_messages": [
            T(
                "Reforma zgjedhore u përket të gjithë qytetarëve, jo vetëm partive politike.",
                "Electoral reform belongs to all citizens, not only to political parties.",
            ),
            T(
                "Ndryshimet në Kodin Zgjedhor duhet të miratohen të paktën një vit para "
                "zgjedhjeve.",
                "Changes to the Electoral Code should be adopted at least a year before the "
                "elections.",
            ),
            T(
                "Mbledhjet e Komisionit të Posaçëm Parlamentar duhet të jenë të hapura për "
                "publikun dhe për OSHC-të.",
                "The meetings of the ad hoc parliamentary committee should be open to the public "
                "and to CSOs.",
            ),
            T(
                "Çdo propozim duhet të vlerësohet për ndikimin e tij te grupet që hasin më shumë "
                "pengesa.",
                "Every proposal should be assessed for its impact on the groups that face the most "
                "barriers.",
            ),
        ],
        "facts": [
            (
                T(
                    "Standardet ndërkombëtare rekomandojnë që elementet themelore të ligjit "
                    "zgjedhor të mos ndryshohen më pak se një vit para zgjedhjeve.",
                    "International standards recommend that the fundamental elements of electoral "
                    "law should not be changed less than a year before an election.",
                ),
                T(
                    "Përmbledhje e standardeve zgjedhore ndërkombëtare, 2026",
                    "Summary of international electoral standards, 2026",
                ),
                "https://example.org/standardet-zgjedhore-2026",
            ),
            (
                T(
                    "Gjatë vitit 2026, OSHC-të partnere mblodhën propozime për reformën në tryeza "
                    "të rrumbullakëta me palët e interesuara në disa qarqe.",
                    "During 2026, partner CSOs gathered proposals for the reform at round tables "
                    "with stakeholders in several counties.",
                ),
                T(
                    "Axhenda e OSHC-ve për reformën zgjedhore, 2026",
                    "CSO agenda for electoral reform, 2026",
                ),
                "https://example.org/axhenda-e-reformes-2026",
            ),
        ],
        "call_to_action": {
            "heading": T("Mbështetni thirrjen e OSHC-ve", "Support the CSOs' call"),
            "text": T(
                "Nënshkruani thirrjen për një reformë zgjedhore të hapur dhe gjithëpërfshirëse. Do "
                "t’ia dorëzojmë Kuvendit së bashku me emrat e të gjithë mbështetësve.",
                "Sign the call for an open and inclusive electoral reform. We will hand it to the "
                "Assembly together with the names of all supporters.",
            ),
            "button_label": T("Nënshkruaj thirrjen", "Sign the call"),
        },
        "materials": [
            (
                "leaflet",
                T(
                    "Thirrja e OSHC-ve për një reformë zgjedhore gjithëpërfshirëse",
                    "The CSOs' call for an inclusive electoral reform",
                ),
            ),
            (
                "social_card",
                T(
                    "Kartë për rrjetet sociale: reforma u përket të gjithëve",
                    "Social media card: the reform belongs to everyone",
                ),
            ),
        ],
        "support": {
            "intro": T(
                "Shtoni emrin tuaj në thirrjen e OSHC-ve për një reformë zgjedhore që dëgjon të "
                "gjithë qytetarët.",
                "Add your name to the CSOs' call for an electoral reform that listens to all "
                "citizens.",
            ),
            "goal": 1000,
        },
        "supporters": 25,
    },
    {
        "slug": "gjysma-e-zerave-gjysma-e-vendeve",
        "title": T("Gjysma e zërave, gjysma e vendeve", "Half the voices, half the seats"),
        "tagline": T(
            "Gratë janë gjysma e votuesve dhe meritojnë gjysmën e vendeve në listat e kandidatëve "
            "dhe në këshillat vendorë.",
            "Women are half of the voters and deserve half of the places on candidate lists and in "
            "local councils.",
        ),
        "start": date(2026, 10, 1),
        "end": date(2027, 3, 8),
        "topics": ["pjesemarrja-e-grave", "reforma-zgjedhore"],
        "audiences": ["grate", "publiku-i-gjere"],
        "counties": ["AL-10", "AL-06", "AL-12"],
        "hashtags": "#GjysmaEZerave #KuotaGjinore",
        "intro": [
            T(
                "Kodi Zgjedhor parashikon kuota gjinore për listat e kandidatëve, por gratë mbeten "
                "ende të nënpërfaqësuara në Kuvend, në krye të bashkive dhe në drejtimin e "
                "partive politike. Shpesh ato renditen në vende me pak gjasa për t’u zgjedhur ose, "
                "ndonjëherë, zëvendësohen pas zgjedhjeve. Kjo fushatë synon ta bëjë pjesëmarrjen "
                "politike të grave një temë të përditshme, jo vetëm një detyrim ligjor.",
                "The Electoral Code provides for gender quotas on candidate lists, but women are "
                "still under-represented in the Assembly, at the head of municipalities and in "
                "the leadership of political parties. They are often placed in positions with "
                "little chance of being elected or, at times, replaced after the elections. This "
                "campaign aims to make women's political participation an everyday topic, not "
                "just a legal obligation.",
            ),
            T(
                "Para zgjedhjeve vendore të vitit 2027, OSHC-të partnere do t’u kërkojnë partive "
                "të respektojnë plotësisht kuotat gjinore, do të trajnojnë gra kandidate dhe do të "
                "ndajnë historitë e grave që kanë shërbyer në këshillat bashkiakë. Votuesit mund "
                "ta mbështesin fushatën dhe t’u kërkojnë kandidatëve të tyre të zotohen për "
                "barazinë gjinore.",
                "Ahead of the 2027 local elections, partner CSOs will urge parties to respect "
                "gender quotas in full, train women candidates and share the stories of women who "
                "have served on municipal councils. Voters can support the campaign and ask their "
                "candidates to commit to gender equality.",
            ),
        ],
        "key_messages": [
            T(
                "Gratë duhet të renditen në vende të fitueshme në listat e kandidatëve, jo vetëm "
                "në fund të tyre.",
                "Women should be placed in winnable positions on candidate lists, not only at the "
                "bottom.",
            ),
            T(
                "Kuotat gjinore janë minimumi, jo kufiri i pjesëmarrjes së grave.",
                "Gender quotas are the minimum, not the limit, of women's participation.",
            ),
            T(
                "Mandati i fituar nga një grua duhet të mbetet te një grua.",
                "A seat won by a woman should stay with a woman.",
            ),
            T(
                "Pyetni kandidatët tuaj se si do ta mbështesin barazinë gjinore.",
                "Ask your candidates how they will support gender equality.",
            ),
        ],
        "facts": [
            (
                T(
                    "Kodi Zgjedhor parashikon kuota gjinore si për listat e kandidatëve për "
                    "Kuvendin, ashtu edhe për ato për këshillat bashkiakë.",
                    "The Electoral Code provides for gender quotas both on candidate lists for the "
                    "Assembly and on those for municipal councils.",
                ),
                T("Përmbledhje ligjore e OSHC-ve, 2026", "CSO legal summary, 2026"),
                "https://example.org/permbledhje-ligjore-2026",
            ),
            (
                T(
                    "Në zgjedhjet vendore të vitit 2023, gratë ishin një pakicë e vogël mes "
                    "kandidatëve për kryetarë bashkish.",
                    "In the 2023 local elections, women were a small minority among the candidates "
                    "for mayor.",
                ),
                T("Raporti i monitorimit të OSHC-ve, 2023", "CSO monitoring report, 2023"),
                "https://example.org/raporti-i-monitorimit-2023",
            ),
            (
                T(
                    "Gratë kandidate të intervistuara nga OSHC-të përmendën mungesën e fondeve dhe "
                    "të mbështetjes nga partia si pengesat kryesore.",
                    "The women candidates interviewed by CSOs named a lack of funds and of support "
                    "from their party as the main barriers.",
                ),
                T(
                    "Studim i OSHC-ve për gratë kandidate, 2024",
                    "CSO study on women candidates, 2024",
                ),
                "https://example.org/studim-gra-kandidate-2024",
            ),
        ],
        "call_to_action": {
            "heading": T("Kërkoni barazi në lista", "Call for equality on the lists"),
            "text": T(
                "Mbështetni fushatën dhe u kërkoni partive politike që gratë të renditen në vende "
                "të fitueshme në listat për zgjedhjet vendore të vitit 2027.",
                "Support the campaign and ask political parties to place women in winnable "
                "positions on the lists for the 2027 local elections.",
            ),
            "button_label": T("Mbështet barazinë", "Support equality"),
        },
        "materials": [
            (
                "poster",
                T(
                    "Posteri “Gjysma e zërave, gjysma e vendeve”",
                    "“Half the voices, half the seats” poster",
                ),
            ),
            (
                "social_card",
                T(
                    "Kartë për rrjetet sociale: gratë në vende të fitueshme",
                    "Social media card: women in winnable positions",
                ),
            ),
        ],
        "support": {
            "intro": T(
                "Mbështetni kërkesën që gratë të kenë një vend të barabartë në politikën vendore.",
                "Support the demand that women have an equal place in local politics.",
            ),
            "goal": None,
        },
        "supporters": 12,
    },
    {
        "slug": "vota-ime-e-pare",
        "title": T("Vota ime e parë", "My first vote"),
        "tagline": T(
            "Mbush 18 vjeç para zgjedhjeve të vitit 2027? Mëso si, ku dhe pse të votosh për herë "
            "të parë.",
            "Turning 18 before the 2027 elections? Learn how, where and why to vote for the first "
            "time.",
        ),
        "start": date(2027, 2, 1),
        "end": date(2027, 5, 31),
        "topics": ["pjesemarrja-e-te-rinjve", "edukimi-i-votuesve"],
        "audiences": ["votuesit-per-here-te-pare", "te-rinjte"],
        "counties": ["AL-11", "AL-02", "AL-03", "AL-10", "AL-06"],
        "hashtags": "#VotaImeEPare #Vendore2027",
        "intro": [
            T(
                "Çdo vit, dhjetëra mijëra të rinj mbushin 18 vjeç dhe fitojnë të drejtën e votës. "
                "Shumë prej tyre nuk e dinë ku ndodhet qendra e tyre e votimit, çfarë dokumenti u "
                "duhet ose si plotësohet fleta e votimit, ndërsa të tjerë mendojnë se vota e tyre "
                "nuk ndryshon asgjë. Kjo fushatë u drejtohet votuesve për herë të parë para "
                "zgjedhjeve vendore të vitit 2027.",
                "Every year, tens of thousands of young people turn 18 and gain the right to vote. "
                "Many of them do not know where their polling station is, what document they need "
                "or how to fill in the ballot paper, while others think that their vote changes "
                "nothing. This campaign is aimed at first-time voters ahead of the 2027 local "
                "elections.",
            ),
            T(
                "Në bashkëpunim me shkolla të mesme, universitete dhe organizata rinore, OSHC-të "
                "partnere do të zhvillojnë simulime votimi, debate me kandidatë dhe sesione "
                "informimi në rrjetet sociale. Të rinjtë do të flasin me të rinjtë, në gjuhën e "
                "tyre, për mënyrën se si vendimet e bashkisë prekin jetën e tyre të përditshme.",
                "Working with secondary schools, universities and youth organisations, partner "
                "CSOs will run mock elections, debates with candidates and information sessions "
                "on social media. Young people will talk to young people, in their own language, "
                "about the way the decisions of the municipality affect their daily lives.",
            ),
        ],
        "key_messages": [
            T(
                "Nëse mbush 18 vjeç deri në ditën e zgjedhjeve, ke të drejtë të votosh.",
                "If you turn 18 by election day, you have the right to vote.",
            ),
            T(
                "Merr me vete kartën e identitetit ose pasaportën e vlefshme kur shkon të votosh.",
                "Take your valid identity card or passport with you when you go to vote.",
            ),
            T(
                "Kontrollo në listën e zgjedhësve se në cilën qendër votimi je regjistruar.",
                "Check the voter list to see at which polling station you are registered.",
            ),
            T(
                "Bashkia vendos për transportin, sportin dhe hapësirat ku kalon kohën e lirë.",
                "The municipality decides on transport, sport and the places where you spend your "
                "free time.",
            ),
        ],
        "facts": [
            (
                T(
                    "Kushtetuta u jep të drejtën e votës të gjithë shtetasve që mbushin 18 vjeç, "
                    "edhe nëse i mbushin në ditën e zgjedhjeve.",
                    "The Constitution gives the right to vote to all citizens who turn 18, even if "
                    "they turn 18 on election day.",
                ),
                T("Përmbledhje ligjore e OSHC-ve, 2026", "CSO legal summary, 2026"),
                "https://example.org/permbledhje-ligjore-2026",
            ),
            (
                T(
                    "Të rinjtë e anketuar nga OSHC-të thanë se burimi i tyre kryesor i "
                    "informacionit për zgjedhjet janë rrjetet sociale.",
                    "The young people surveyed by CSOs said that social media are their main "
                    "source of information about elections.",
                ),
                T("Anketë e OSHC-ve me të rinjtë, 2026", "CSO survey of young people, 2026"),
                "https://example.org/anketa-me-te-rinjte-2026",
            ),
        ],
        "call_to_action": {
            "heading": T("Bëhu gati për votën tënde të parë", "Get ready for your first vote"),
            "text": T(
                "Mbështet fushatën dhe ftoji shokët e klasës të votojnë për herë të parë së bashku "
                "me ty.",
                "Support the campaign and invite your classmates to vote for the first time "
                "together with you.",
            ),
            "button_label": T("Mbështet fushatën", "Support the campaign"),
        },
        "materials": [
            (
                "leaflet",
                T(
                    "Fletëpalosje: votimi hap pas hapi për votuesit për herë të parë",
                    "Leaflet: voting step by step for first-time voters",
                ),
            ),
            (
                "social_card",
                T("Kartë për rrjetet sociale: vota ime e parë", "Social media card: my first vote"),
            ),
        ],
        "support": {
            "intro": T(
                "Mbështetni të rinjtë që do të votojnë për herë të parë në zgjedhjet vendore të "
                "vitit 2027.",
                "Support the young people who will vote for the first time in the 2027 local "
                "elections.",
            ),
            "goal": 500,
        },
        "supporters": 0,
    },
    {
        "slug": "zeri-yne-numeron",
        "title": T("Zëri ynë numëron", "Our voice counts"),
        "tagline": T(
            "Informacion i qartë për votimin për komunitetet rome dhe egjiptiane, nga ndërmjetës "
            "të besuar të komunitetit.",
            "Clear voting information for Roma and Egyptian communities, from trusted community "
            "mediators.",
        ),
        "start": date(2027, 3, 15),
        "end": date(2027, 6, 15),
        "topics": ["pakicat", "edukimi-i-votuesve"],
        "audiences": ["pakicat", "votuesit-per-here-te-pare"],
        "counties": ["AL-11", "AL-03", "AL-04", "AL-06", "AL-02"],
        "hashtags": "#ZeriYneNumeron #Vendore2027",
        "intro": [
            T(
                "Shumë votues romë dhe egjiptianë përballen me pengesa që i largojnë nga kutitë e "
                "votimit: mungesa e dokumenteve të identifikimit, regjistrimi në një adresë ku nuk "
                "jetojnë më, informacioni që nuk u mbërrin dhe presioni i atyre që u ofrojnë para "
                "ose ndihma në këmbim të votës. Këto pengesa i bëjnë zërat e tyre më pak të "
                "dëgjuar në vendimet vendore.",
                "Many Roma and Egyptian voters face barriers that keep them away from the ballot "
                "box: a lack of identity documents, registration at an address where they no "
                "longer live, information that does not reach them, and pressure from those who "
                "offer them money or aid in exchange for their vote. These barriers make their "
                "voices less heard in local decisions.",
            ),
            T(
                "Para zgjedhjeve vendore të vitit 2027, OSHC-të partnere do të punojnë me "
                "ndërmjetës romë dhe egjiptianë, me të rinj të komuniteteve dhe me zyrat e "
                "gjendjes civile. Ata do të vizitojnë lagjet, do të ndihmojnë familjet të pajisen "
                "me dokumente dhe do të shpjegojnë, me fjalë të thjeshta, ku dhe si votohet dhe "
                "pse vota është e fshehtë.",
                "Ahead of the 2027 local elections, partner CSOs will work with Roma and Egyptian "
                "mediators, young people from the communities and civil registry offices. They "
                "will visit neighbourhoods, help families obtain documents and explain, in simple "
                "words, where and how to vote and why the vote is secret.",
            ),
        ],
        "key_messages": [
            T(
                "Çdo votues ka të drejtë të marrë informacion për votimin në një gjuhë që e "
                "kupton.",
                "Every voter has the right to receive information about voting in a language they "
                "understand.",
            ),
            T(
                "Pa kartë identiteti ose pasaportë të vlefshme nuk mund të votoni, prandaj "
                "pajisuni me to në kohë.",
                "Without a valid identity card or passport you cannot vote, so obtain one in good "
                "time.",
            ),
            T(
                "Askush nuk ka të drejtë t’ju thotë për kë të votoni ose ta kontrollojë votën "
                "tuaj.",
                "Nobody has the right to tell you whom to vote for or to check your vote.",
            ),
        ],
        "facts": [
            (
                T(
                    "Për të votuar, çdo votues duhet të paraqesë kartën e identitetit ose "
                    "pasaportën e vlefshme.",
                    "To vote, every voter must show a valid identity card or passport.",
                ),
                T("Udhëzues i OSHC-ve për votuesit, 2026", "CSO guide for voters, 2026"),
                "https://example.org/udhezues-per-votuesit-2026",
            ),
            (
                T(
                    "Ndërmjetësit e komunitetit që intervistuam e përmendën mungesën e "
                    "dokumenteve si arsyen më të shpeshtë pse njerëzit nuk votojnë.",
                    "The community mediators we interviewed named the lack of documents as the "
                    "most common reason why people do not vote.",
                ),
                T(
                    "Studim i OSHC-ve për pjesëmarrjen e komuniteteve rome dhe egjiptiane, 2026",
                    "CSO study on the participation of Roma and Egyptian communities, 2026",
                ),
                "https://example.org/studim-komunitetet-rome-dhe-egjiptiane-2026",
            ),
        ],
        "call_to_action": {
            "heading": T("Bashkohuni si vullnetar", "Join as a volunteer"),
            "text": T(
                "Nëse flisni gjuhën rome ose e njihni mirë lagjen tuaj, na ndihmoni ta çojmë "
                "informacionin për votimin te çdo familje.",
                "If you speak Romani or know your neighbourhood well, help us bring voting "
                "information to every family.",
            ),
            "button_label": T("Bëhu vullnetar", "Become a volunteer"),
        },
        "materials": [
            (
                "leaflet",
                T(
                    "Fletëpalosje: si votohet, me fjalë të thjeshta",
                    "Leaflet: how to vote, in simple words",
                ),
            ),
            ("poster", T("Posteri “Zëri ynë numëron”", "“Our voice counts” poster")),
        ],
        "support": None,
        "supporters": 0,
    },
    {
        "slug": "votim-pa-pengesa",
        "title": T("Votim pa pengesa", "Voting without barriers"),
        "tagline": T(
            "Çdo qendër votimi duhet të jetë e aksesueshme, që personat me aftësi të kufizuara të "
            "votojnë vetë dhe me dinjitet.",
            "Every polling station should be accessible, so that persons with disabilities can "
            "vote independently and with dignity.",
        ),
        "start": date(2023, 3, 1),
        "end": date(2023, 5, 31),
        "topics": ["aftesi-te-kufizuara", "administrimi-zgjedhjeve"],
        "audiences": ["aftesi-te-kufizuara"],
        "counties": ["AL-11", "AL-02", "AL-12"],
        "hashtags": "#VotimPaPengesa #Vendore2023",
        "intro": [
            T(
                "Për shumë persona me aftësi të kufizuara, dita e zgjedhjeve fillon me një shkallë "
                "pa rampë, një derë të ngushtë ose një kabinë votimi ku karrigia me rrota nuk "
                "futet dot. Të tjerë nuk gjejnë fletë votimi që mund t’i lexojnë ose informacion "
                "në gjuhën e shenjave. Kështu, një e drejtë e garantuar nga Kushtetuta kthehet në "
                "një provë durimi.",
                "For many persons with disabilities, election day begins with steps without a "
                "ramp, a narrow door or a voting booth that a wheelchair cannot get into. Others "
                "find no ballot papers they can read or information in sign language. In this "
                "way, a right guaranteed by the Constitution becomes a test of patience.",
            ),
            T(
                "Para zgjedhjeve vendore të 14 majit 2023, OSHC-të partnere, së bashku me "
                "organizatat e personave me aftësi të kufizuara, kontrolluan aksesueshmërinë e "
                "qendrave të votimit në tre qarqe dhe ua dërguan gjetjet komisioneve zgjedhore. "
                "Fushata prodhoi gjithashtu video në gjuhën e shenjave që shpjegonin procedurat e "
                "votimit.",
                "Ahead of the local elections of 14 May 2023, partner CSOs, together with "
                "organisations of persons with disabilities, checked the accessibility of polling "
                "stations in three counties and sent their findings to the election commissions. "
                "The campaign also produced videos in sign language explaining the voting "
                "procedures.",
            ),
        ],
        "key_messages": [
            T(
                "Qendrat e votimit duhet të ndodhen në katin përdhes dhe të kenë rampa.",
                "Polling stations should be on the ground floor and have ramps.",
            ),
            T(
                "Votuesit që nuk mund ta plotësojnë vetë fletën e votimit kanë të drejtë të "
                "ndihmohen nga një person që e zgjedhin vetë.",
                "Voters who cannot fill in the ballot paper themselves have the right to be helped "
                "by a person of their own choosing.",
            ),
            T(
                "Informacioni për zgjedhjet duhet të jepet edhe në gjuhën e shenjave dhe në "
                "formate të lehta për t’u lexuar.",
                "Information about elections should also be given in sign language and in "
                "easy-to-read formats.",
            ),
        ],
        "facts": [
            (
                T(
                    "Në zgjedhjet parlamentare të vitit 2021, vëzhguesit e OSHC-ve gjetën qendra "
                    "votimi në katet e sipërme, pa ashensor dhe pa rampë.",
                    "In the 2021 parliamentary elections, CSO observers found polling stations on "
                    "upper floors, with no lift and no ramp.",
                ),
                T("Raporti i monitorimit të OSHC-ve, 2021", "CSO monitoring report, 2021"),
                "https://example.org/raporti-i-monitorimit-2021",
            ),
            (
                T(
                    "Gjatë fushatës, vullnetarët i kontrolluan qendrat e votimit me një listë "
                    "kontrolli të hartuar bashkë me organizatat e personave me aftësi të "
                    "kufizuara.",
                    "During the campaign, volunteers checked polling stations with a checklist "
                    "drawn up together with organisations of persons with disabilities.",
                ),
                T("Raporti përmbyllës i fushatës, 2023", "Final campaign report, 2023"),
                "https://example.org/raporti-permbylles-2023",
            ),
        ],
        "call_to_action": {
            "heading": T("Mbështetni votimin pa pengesa", "Support voting without barriers"),
            "text": T(
                "Fushata ka përfunduar, por ju ende mund t’i tregoni bashkisë suaj se qendrat e "
                "votimit duhet të jenë të aksesueshme për të gjithë.",
                "The campaign has ended, but you can still tell your municipality that polling "
                "stations must be accessible to everyone.",
            ),
            "button_label": T("Shtoni mbështetjen tuaj", "Add your support"),
        },
        "materials": [
            ("poster", T("Posteri “Votim pa pengesa”", "“Voting without barriers” poster")),
            (
                "leaflet",
                T(
                    "Fletëpalosje: të drejtat e votuesve me aftësi të kufizuara",
                    "Leaflet: the rights of voters with disabilities",
                ),
            ),
        ],
        "support": {
            "intro": T(
                "Mbështetni kërkesën që çdo qendër votimi të jetë e aksesueshme deri në zgjedhjet "
                "e ardhshme.",
                "Support the demand that every polling station be accessible by the next "
                "elections.",
            ),
            "goal": None,
        },
        "supporters": 5,
    },
    {
        "slug": "vota-jote-udheton-me-poste",
        "title": T("Vota jote udhëton me postë", "Your vote travels by post"),
        "tagline": T(
            "Për herë të parë, shqiptarët jashtë vendit mund të votojnë me postë. Regjistrohu në "
            "kohë dhe bëje zërin tënd të dëgjohet.",
            "For the first time, Albanians abroad can vote by post. Register in time and make "
            "your voice heard.",
        ),
        "start": date(2025, 1, 15),
        "end": date(2025, 5, 11),
        "topics": ["votimi-i-diaspores"],
        "audiences": ["diaspora"],
        "counties": [],
        "hashtags": "#VotoNgaLarg #Zgjedhje2025",
        "intro": [
            T(
                "Zgjedhjet parlamentare të 11 majit 2025 ishin të parat në të cilat shtetasit "
                "shqiptarë që jetojnë jashtë vendit mund të votonin me postë. Për shumë familje në "
                "emigracion, kjo ishte mundësia e parë për të votuar pa bërë një udhëtim të gjatë "
                "dhe të kushtueshëm për në Shqipëri. Por procedura ishte e re dhe kërkonte "
                "regjistrim paraprak brenda afateve.",
                "The parliamentary elections of 11 May 2025 were the first in which Albanian "
                "citizens living abroad could vote by post. For many emigrant families, this was "
                "the first chance to vote without making a long and costly journey to Albania. But "
                "the procedure was new and required registration in advance, within the "
                "deadlines.",
            ),
            T(
                "Fushata u shpjegoi votuesve në diasporë, hap pas hapi, si të regjistroheshin, si "
                "ta merrnin paketën e votimit dhe si ta dërgonin votën në kohë. OSHC-të partnere "
                "bashkëpunuan me shoqata të diasporës në disa vende të Evropës dhe iu përgjigjën "
                "në internet pyetjeve të qindra votuesve.",
                "The campaign explained to voters in the diaspora, step by step, how to register, "
                "how to receive the voting package and how to send their vote in time. Partner "
                "CSOs worked with diaspora associations in several European countries and "
                "answered the questions of hundreds of voters online.",
            ),
        ],
        "key_messages": [
            T(
                "Regjistrohu për votimin me postë brenda afatit, përndryshe nuk do të mund të "
                "votosh nga jashtë.",
                "Register for postal voting within the deadline, otherwise you will not be able to "
                "vote from abroad.",
            ),
            T(
                "Dërgoje votën menjëherë pasi të marrësh paketën, që të mbërrijë në kohë.",
                "Send your vote as soon as you receive the package, so that it arrives in time.",
            ),
            T(
                "Vota jote nga jashtë ka të njëjtën peshë si çdo votë e hedhur në Shqipëri.",
                "Your vote from abroad carries the same weight as any vote cast in Albania.",
            ),
        ],
        "facts": [
            (
                T(
                    "Zgjedhjet parlamentare të vitit 2025 ishin të parat në Shqipëri me votim me "
                    "postë për shtetasit jashtë vendit.",
                    "The 2025 parliamentary elections were the first in Albania with postal voting "
                    "for citizens abroad.",
                ),
                T("Raporti i monitorimit të OSHC-ve, 2025", "CSO monitoring report, 2025"),
                "https://example.org/raporti-i-monitorimit-2025",
            ),
            (
                T(
                    "Shoqatat e diasporës me të cilat bashkëpunuam raportuan se shumë votues e "
                    "morën vesh me vonesë se duhej të regjistroheshin.",
                    "The diaspora associations we worked with reported that many voters learned "
                    "late that they had to register.",
                ),
                T("Raporti përmbyllës i fushatës, 2025", "Final campaign report, 2025"),
                "https://example.org/raporti-permbylles-2025",
            ),
        ],
        "call_to_action": {
            "heading": T("Ndani përvojën tuaj", "Share your experience"),
            "text": T(
                "Fushata ka përfunduar. Nëse keni votuar me postë në vitin 2025, na tregoni si "
                "shkoi, që t’i përmirësojmë propozimet tona për reformën zgjedhore.",
                "The campaign has ended. If you voted by post in 2025, tell us how it went, so "
                "that we can improve our proposals for electoral reform.",
            ),
            "button_label": T("Na shkruani", "Write to us"),
        },
        "materials": [
            (
                "leaflet",
                T(
                    "Udhëzues: votimi me postë hap pas hapi",
                    "Guide: postal voting step by step",
                ),
            ),
            (
                "social_card",
                T(
                    "Kartë për rrjetet sociale: regjistrohu për të votuar nga jashtë",
                    "Social media card: register to vote from abroad",
                ),
            ),
        ],
        "support": None,
        "supporters": 0,
    },
    {
        "slug": "mendo-para-se-te-shperndash",
        "title": T("Mendo para se të shpërndash", "Think before you share"),
        "tagline": T(
            "Lajmet e rreme për zgjedhjet përhapen shpejt. Kontrollo burimin para se të klikosh "
            "“Shpërndaj”.",
            "False news about elections spreads fast. Check the source before you click “Share”.",
        ),
        "start": date(2025, 3, 15),
        "end": date(2025, 5, 31),
        "topics": ["media-dhe-zgjedhjet", "integriteti-zgjedhor"],
        "audiences": ["te-rinjte", "publiku-i-gjere"],
        "counties": [],
        "hashtags": "#MendoParaSeTeShperndash #Zgjedhje2025",
        "intro": [
            T(
                "Gjatë fushatave zgjedhore, rrjetet sociale mbushen me pretendime të rreme: data "
                "të gabuara votimi, thashetheme se vota nuk është e fshehtë, video të manipuluara "
                "të kandidatëve. Ky dezinformim nuk synon vetëm të ndikojë në vendimin se për kë "
                "do të votojmë, por edhe të na bindë se nuk ia vlen të votojmë fare.",
                "During electoral campaigns, social media fill up with false claims: wrong voting "
                "dates, rumours that the vote is not secret, manipulated videos of candidates. "
                "This disinformation aims not only to influence our decision on whom to vote for, "
                "but also to convince us that voting is not worth it at all.",
            ),
            T(
                "Para zgjedhjeve parlamentare të vitit 2025, OSHC-të partnere dhe gazetarë të "
                "verifikimit të fakteve publikuan çdo javë shembuj dezinformimi dhe shpjegime të "
                "thjeshta se si ta njohësh atë. Fushata ftoi qytetarët, sidomos të rinjtë, të "
                "kontrollojnë burimin, datën dhe qëllimin e çdo postimi para se ta shpërndajnë.",
                "Ahead of the 2025 parliamentary elections, partner CSOs and fact-checking "
                "journalists published examples of disinformation every week, with simple "
                "explanations of how to recognise it. The campaign invited citizens, especially "
                "young people, to check the source, date and purpose of every post before sharing "
                "it.",
            ),
        ],
        "key_messages": [
            T(
                "Kontrolloni se kush e ka publikuar informacionin dhe kur.",
                "Check who published the information and when.",
            ),
            T(
                "Për datat dhe procedurat e votimit, besoni vetëm burimet zyrtare të Komisionit "
                "Qendror të Zgjedhjeve.",
                "For voting dates and procedures, trust only the official sources of the Central "
                "Election Commission.",
            ),
            T(
                "Një titull që ju zemëron fort shpesh është shkruar pikërisht për këtë qëllim.",
                "A headline that makes you very angry has often been written for exactly that "
                "purpose.",
            ),
            T(
                "Kur nuk jeni të sigurt, mos e shpërndani.",
                "When you are not sure, do not share it.",
            ),
        ],
        "facts": [
            (
                T(
                    "Dezinformimi më i përhapur gjatë fushatës zgjedhore të vitit 2025 kishte të "
                    "bënte me procesin e votimit, jo me kandidatët.",
                    "The most widespread disinformation during the 2025 electoral campaign "
                    "concerned the voting process, not the candidates.",
                ),
                T(
                    "Raporti i OSHC-ve për monitorimin e medias, 2025",
                    "CSO media monitoring report, 2025",
                ),
                "https://example.org/monitorimi-i-medias-2025",
            ),
            (
                T(
                    "Sqarimet zyrtare arritën shumë më pak njerëz se pretendimet e rreme që ato "
                    "korrigjonin.",
                    "Official corrections reached far fewer people than the false claims they "
                    "corrected.",
                ),
                T(
                    "Raporti i OSHC-ve për monitorimin e medias, 2025",
                    "CSO media monitoring report, 2025",
                ),
                "https://example.org/monitorimi-i-medias-2025",
            ),
        ],
        "call_to_action": {
            "heading": T("Mësoni të dalloni dezinformimin", "Learn to spot disinformation"),
            "text": T(
                "Fushata ka përfunduar, por materialet e saj mbeten të vlefshme. Shkarkojini dhe "
                "përdorini në shkollë, në punë ose në familje.",
                "The campaign has ended, but its materials remain useful. Download them and use "
                "them at school, at work or at home.",
            ),
            "button_label": T("Shkarko materialet", "Download the materials"),
        },
        "materials": [
            (
                "poster",
                T("Posteri “Mendo para se të shpërndash”", "“Think before you share” poster"),
            ),
            (
                "leaflet",
                T(
                    "Fletëpalosje: si ta njohësh dezinformimin",
                    "Leaflet: how to recognise disinformation",
                ),
            ),
            (
                "social_card",
                T(
                    "Kartë për rrjetet sociale: pesë pyetje para se të shpërndash",
                    "Social media card: five questions before you share",
                ),
            ),
        ],
        "support": {
            "intro": T(
                "Zotohuni se do ta kontrolloni çdo lajm për zgjedhjet para se ta shpërndani.",
                "Pledge to check every piece of election news before you share it.",
            ),
            "goal": None,
        },
        "supporters": 18,
    },
]

FIRST_NAMES = [  # common Albanian first names for demo supporters
    "Agron",
    "Anila",
    "Arbër",
    "Ardit",
    "Besnik",
    "Bledar",
    "Blerta",
    "Brikena",
    "Çlirim",
    "Dëshira",
    "Drita",
    "Dritan",
    "Elira",
    "Endrit",
    "Enkelejda",
    "Erion",
    "Erisa",
    "Ermal",
    "Fatjona",
    "Fatos",
    "Flutura",
    "Gëzim",
    "Ilir",
    "Jonida",
    "Klajdi",
    "Klea",
    "Lindita",
    "Lorenc",
    "Luan",
    "Manjola",
    "Mërgim",
    "Mimoza",
    "Rezarta",
    "Shkëlqim",
    "Shpresa",
    "Sokol",
    "Taulant",
    "Teuta",
    "Vjosa",
    "Xhensila",
]
