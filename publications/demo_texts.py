"""Fictional demo publications for the library (Botimet / Publications), in Albanian and English."""

from datetime import date

from core.demo import T

TOPICS = [  # (slug, T(name))
    ("reforma-zgjedhore", T("Reforma zgjedhore", "Electoral reform")),
    ("administrimi-zgjedhjeve", T("Administrimi i zgjedhjeve", "Election administration")),
    ("financimi-i-fushatave", T("Financimi i fushatave zgjedhore", "Campaign finance")),
    ("media-dhe-zgjedhjet", T("Media dhe zgjedhjet", "Media and elections")),
    ("edukimi-i-votuesve", T("Edukimi i votuesve", "Voter education")),
    ("pjesemarrja-e-grave", T("Pjesëmarrja politike e grave", "Women's political participation")),
    ("pjesemarrja-e-te-rinjve", T("Pjesëmarrja e të rinjve", "Youth participation")),
    (
        "aftesi-te-kufizuara",
        T(
            "Përfshirja e personave me aftësi të kufizuara",
            "Inclusion of persons with disabilities",
        ),
    ),
    ("pakicat", T("Pakicat", "Minorities")),
    ("votimi-i-diaspores", T("Votimi i diasporës", "Diaspora voting")),
    (
        "integriteti-zgjedhor",
        T("Blerja e votës dhe integriteti zgjedhor", "Vote buying and electoral integrity"),
    ),
]

TYPES = [  # (slug, T(name), schema_type)
    ("dokument-politikash", T("Dokument politikash", "Policy paper"), "Report"),
    ("raport-studimor", T("Raport studimor", "Research report"), "ScholarlyArticle"),
    ("permbledhje-politikash", T("Përmbledhje politikash", "Policy brief"), "Report"),
    ("raport-monitorimi", T("Raport monitorimi", "Monitoring report"), "Report"),
    ("udhezues", T("Udhëzues dhe paketë mjetesh", "Guide or toolkit"), "HowTo"),
    ("analize-ligjore", T("Analizë ligjore", "Legal analysis"), "Report"),
]

ELECTIONS = [  # (slug, T(name), kind, date)
    (
        "parlamentare-2025",
        T("Zgjedhjet parlamentare 2025", "2025 parliamentary elections"),
        "parliamentary",
        date(2025, 5, 11),
    ),
    (
        "vendore-2023",
        T("Zgjedhjet vendore 2023", "2023 local elections"),
        "local",
        date(2023, 5, 14),
    ),
    (
        "parlamentare-2021",
        T("Zgjedhjet parlamentare 2021", "2021 parliamentary elections"),
        "parliamentary",
        date(2021, 4, 25),
    ),
]

PEOPLE = [  # (key, given_name, family_name, T(affiliation), T(role)); all fictional
    (
        "hoxha",
        "Arbëresha",
        "Hoxha",
        T("QKBTAT", "ANTTARC"),
        T("Studiuese e politikave", "Policy researcher"),
    ),
    ("kelmendi", "Dritan", "Kelmendi", T("IPLS", "IPLS"), T("Ekspert ligjor", "Legal expert")),
    ("marku", "Elira", "Marku", T("IPLS", "IPLS"), T("Kërkuese e lartë", "Senior researcher")),
    (
        "dervishi",
        "Besnik",
        "Dervishi",
        T("QKBTAT", "ANTTARC"),
        T("Koordinator i monitorimit", "Monitoring coordinator"),
    ),
    (
        "shehu",
        "Ilda",
        "Shehu",
        T("QKBTAT", "ANTTARC"),
        T("Specialiste e edukimit të votuesve", "Voter education specialist"),
    ),
    ("leka", "Genti", "Leka", T("IPLS", "IPLS"), T("Analist i të dhënave", "Data analyst")),
]

LIBRARY = {
    "slug": "botimet",
    "old_slug": "kerkime",  # an older demo's name, "Kërkime" (see core.demo.renamed)
    "slugs": {"en": "publications"},
    "title": T("Botimet", "Publications"),
    "intro": T(
        "Dokumente politikash, raporte monitorimi dhe analiza ligjore të OSHC-ve mbi zgjedhjet dhe "
        "reformën zgjedhore në Shqipëri. Të gjitha botimet mund të shkarkohen falas.",
        "Policy papers, monitoring reports and legal analyses by CSOs on elections and electoral "
        "reform in Albania. All publications can be downloaded free of charge.",
    ),
    "search_description": T(
        "Botime të organizatave të shoqërisë civile mbi monitorimin e zgjedhjeve, reformën "
        "zgjedhore dhe pjesëmarrjen politike në Shqipëri.",
        "Publications by civil-society organisations on election monitoring, electoral reform and "
        "political participation in Albania.",
    ),
}

PUBLICATIONS = [  # 12 fictional publications, newest last
    {
        "slug": "dita-e-zgjedhjeve-ne-syte-e-vezhguesve-vendore",
        "title": T(
            "Dita e zgjedhjeve në sytë e vëzhguesve vendorë",
            "Election day through the eyes of domestic observers",
        ),
        "subtitle": T(
            "Raport monitorimi për zgjedhjet parlamentare të 25 prillit 2021",
            "Monitoring report on the parliamentary elections of 25 April 2021",
        ),
        "type": "raport-monitorimi",
        "topics": ["administrimi-zgjedhjeve", "integriteti-zgjedhor"],
        "election": "parlamentare-2021",
        "date": date(2021, 7, 15),
        "authors": ["dervishi", "hoxha"],
        "organisations": ["qkbtat"],
        "summary": [
            T(
                "Më 25 prill 2021, vëzhgues të trajnuar të organizatave të shoqërisë civile ndoqën "
                "hapjen, votimin dhe numërimin në një mostër qendrash votimi në të dymbëdhjetë "
                "qarqet. Ky raport paraqet çfarë vunë re ata, si i zbatuan komisionet e qendrave "
                "të votimit procedurat e Kodit Zgjedhor dhe ku hasën vështirësi votuesit. Ai "
                "plotëson gjetjet e misionit të vëzhgimit të OSBE/ODIHR me këndvështrimin e "
                "qytetarëve që vëzhgojnë zgjedhjet në vendin e tyre.",
                "On 25 April 2021, trained observers from civil-society organisations followed the "
                "opening, voting and counting in a sample of polling stations in all twelve "
                "counties. This report sets out what they saw, how polling station commissions "
                "applied the procedures of the Electoral Code and where voters met difficulties. "
                "It complements the findings of the OSCE/ODIHR observation mission with the "
                "perspective of citizens who observe elections in their own country.",
            ),
            T(
                "Në përgjithësi, votimi u zhvillua me rregull në shumicën e qendrave të votimit që "
                "monitoruan vëzhguesit tanë dhe komisionet i ndoqën kryesisht procedurat. "
                "Problemet u përqendruan te identifikimi i votuesve, mbipopullimi në orët e para "
                "dhe fshehtësia e votës, ndërsa disa vëzhgues raportuan grupe votuesish të "
                "shoqëruar ose të drejtuar jashtë qendrave të votimit. Raporti mbyllet me "
                "rekomandime për Komisionin Qendror të Zgjedhjeve dhe për partitë politike.",
                "Overall, voting was orderly in most of the polling stations our observers "
                "monitored, and the commissions largely followed the procedures. Problems centred "
                "on the identification of voters, overcrowding in the first hours and the secrecy "
                "of the vote, while several observers reported groups of voters being accompanied "
                "or directed outside polling stations. The report closes with recommendations to "
                "the Central Election Commission and to political parties.",
            ),
        ],
        "sections": [
            (
                T("Metodologjia e vëzhgimit", "Observation methodology"),
                [
                    T(
                        "Vëzhgimi mbuloi 412 qendra votimi, të përzgjedhura për të pasqyruar "
                        "raportin ndërmjet zonave urbane dhe rurale në të gjitha qarqet. Çdo "
                        "vëzhgues u akreditua nga Komisioni Qendror i Zgjedhjeve, ndoqi një "
                        "trajnim dyditor dhe përdori një listë kontrolli standarde për hapjen, "
                        "votimin, mbylljen dhe numërimin. Raportet dërgoheshin me telefon në orare "
                        "të caktuara gjatë ditës te një ekip qendror, i cili i verifikonte para "
                        "analizës. Mostra na lejon të përshkruajmë prirje, jo të vlerësojmë shifra "
                        "kombëtare.",
                        "The observation covered 412 polling stations, selected to reflect the "
                        "balance between urban and rural areas in every county. Each observer was "
                        "accredited by the Central Election Commission, attended a two-day "
                        "training and used a standard checklist for opening, voting, closing and "
                        "counting. Reports were sent by phone at fixed times during the day to a "
                        "central team, which checked them before analysis. The sample allows us to "
                        "describe patterns, not to estimate national figures.",
                    ),
                ],
            ),
            (
                T("Procedurat në qendrat e votimit", "Procedures in polling stations"),
                [
                    T(
                        "Në shumicën e qendrave të votimit që monitoruan vëzhguesit tanë, votimi "
                        "filloi në kohë dhe materialet ishin të plota. Identifikimi elektronik i "
                        "votuesve u përdor në të gjitha qendrat e mostrës, por në 47 prej tyre "
                        "vëzhguesit panë votues që fillimisht u kthyen mbrapsht sepse shenjat e "
                        "gishtave nuk u njohën, përpara se të identifikoheshin me mënyra të tjera. "
                        "Radhët e mëngjesit shkaktuan grumbullim brenda disa sallave dhe në 29 "
                        "qendra vendosja e kabinave nuk e mbronte plotësisht fshehtësinë e votës.",
                        "In most of the polling stations our observers monitored, voting started "
                        "on time and the materials were complete. Electronic voter identification "
                        "was used in every station in the sample, but in 47 of them observers saw "
                        "voters who were at first turned away because their fingerprints were not "
                        "recognised, before being identified by other means. Morning queues led to "
                        "crowding inside some rooms, and in 29 stations the layout of the booths "
                        "did not fully protect the secrecy of the vote.",
                    ),
                ],
            ),
            (
                T("Presioni mbi votuesit", "Pressure on voters"),
                [
                    T(
                        "Vëzhguesve iu kërkua të regjistronin çdo shenjë presioni brenda ose pranë "
                        "qendrave të votimit. Në 36 qendra ata raportuan aktivistë partiakë që "
                        "mbanin shënim se kush kishte votuar, ndërsa në 18 panë grupe votuesish të "
                        "shoqëruar deri te hyrja. Këto vëzhgime nuk e provojnë blerjen e votës, "
                        "por përputhen me prirjet e përshkruara nga OSBE/ODIHR dhe nga vëzhgues të "
                        "tjerë vendas dhe tregojnë pse mbrojtja e votuesit jashtë qendrës së "
                        "votimit meriton po aq vëmendje sa procedurat brenda saj.",
                        "Observers were asked to record any sign of pressure inside or near "
                        "polling stations. In 36 stations they reported party activists noting "
                        "down who had voted, while in 18 they saw groups of voters accompanied to "
                        "the entrance. These observations do not prove vote buying, but they match "
                        "the patterns described by OSCE/ODIHR and by other domestic observers, and "
                        "they show why protecting the voter outside the polling station deserves "
                        "as much attention as the procedures inside it.",
                    ),
                ],
            ),
        ],
        "findings": [
            T(
                "Votimi u zhvillua me rregull në shumicën e qendrave të votimit që monitoruan "
                "vëzhguesit tanë.",
                "Voting was orderly in most of the polling stations our observers monitored.",
            ),
            T(
                "Identifikimi elektronik funksionoi, por votuesit që pajisja nuk i njohu u "
                "trajtuan në mënyra të ndryshme nga komisione të ndryshme.",
                "Electronic identification worked, but voters whom the device did not recognise "
                "were handled in different ways by different commissions.",
            ),
            T(
                "Vendosja e kabinave nuk e garantonte gjithmonë fshehtësinë e votës.",
                "The layout of the voting booths did not always guarantee the secrecy of the vote.",
            ),
            T(
                "Shenjat e presionit mbi votuesit u vunë re më shpesh jashtë qendrave të votimit "
                "sesa brenda tyre.",
                "Signs of pressure on voters were seen more often outside polling stations than "
                "inside them.",
            ),
        ],
        "recommendations": [
            (
                T("Komisioni Qendror i Zgjedhjeve", "Central Election Commission"),
                T(
                    "Të miratojë një procedurë të njëtrajtshme për votuesit që pajisja elektronike "
                    "nuk i identifikon dhe ta përfshijë atë në trajnimin e komisioneve.",
                    "Adopt a uniform procedure for voters whom the electronic device does not "
                    "identify, and include it in the training of commissions.",
                ),
            ),
            (
                T("Partitë politike", "Political parties"),
                T(
                    "T’u japin udhëzime të qarta aktivistëve të tyre që të mos qëndrojnë pranë "
                    "qendrave të votimit dhe të mos mbajnë shënim votuesit.",
                    "Give their activists clear instructions not to stay near polling stations and "
                    "not to keep records of voters.",
                ),
            ),
            (
                T("Organizatat e shoqërisë civile", "Civil-society organisations"),
                T(
                    "Të koordinojnë mostrat e tyre të vëzhgimit, që zonat rurale dhe qendrat e "
                    "vogla të votimit të mbulohen më mirë.",
                    "Coordinate their observation samples so that rural areas and small polling "
                    "stations are better covered.",
                ),
            ),
        ],
        "doi": "",
        "isbn": "",
    },
    {
        "slug": "blerja-e-votes-nga-denoncimi-te-ndeshkimi",
        "title": T(
            "Blerja e votës: nga denoncimi te ndëshkimi",
            "Vote buying: from reporting to punishment",
        ),
        "subtitle": T(
            "Si të bëhet më efektive ndjekja penale e krimeve zgjedhore",
            "How to make the prosecution of electoral offences more effective",
        ),
        "type": "dokument-politikash",
        "topics": ["integriteti-zgjedhor", "reforma-zgjedhore"],
        "election": "parlamentare-2021",
        "date": date(2021, 11, 18),
        "authors": ["kelmendi", "leka"],
        "organisations": ["ipls"],
        "summary": [
            T(
                "Blerja e votës mbetet një nga kërcënimet më të qëndrueshme për integritetin e "
                "zgjedhjeve në Shqipëri. Pas zgjedhjeve parlamentare të vitit 2021, disa raste u "
                "kallëzuan në prokurori, por pak prej tyre arritën në gjykatë dhe edhe më pak "
                "përfunduan me vendim të formës së prerë. Ky dokument ndjek rrugën e një kallëzimi "
                "për blerje vote, nga denoncimi i parë deri te vendimi përfundimtar, dhe "
                "identifikon ku ndërpritet kjo rrugë.",
                "Vote buying remains one of the most persistent threats to the integrity of "
                "elections in Albania. After the 2021 parliamentary elections, several cases were "
                "reported to the prosecution, but few of them reached a court and even fewer ended "
                "in a final decision. This paper follows the path of a vote-buying report, from "
                "the first complaint to the final decision, and identifies where that path breaks "
                "down.",
            ),
            T(
                "Shqyrtuam vendimet publike të gjykatave, deklaratat e prokurorisë dhe ankesat e "
                "mbledhura nga organizatat e shoqërisë civile. Dokumenti argumenton se pengesa nuk "
                "qëndron aq te formulimi i Kodit Penal, sa te mungesa e provave të mbledhura "
                "herët, frika e dëshmitarëve dhe ritmi i ngadaltë i procedimeve. Ai propozon hapa "
                "praktikë për prokurorët, policinë dhe Komisionin Qendror të Zgjedhjeve.",
                "We reviewed public court decisions, statements by the prosecution and the "
                "complaints gathered by civil-society organisations. The paper argues that the "
                "obstacle lies less in the wording of the Criminal Code than in the lack of "
                "evidence gathered early, the fear of witnesses and the slow pace of proceedings. "
                "It proposes practical steps for prosecutors, the police and the Central Election "
                "Commission.",
            ),
        ],
        "sections": [
            (
                T("Nga kallëzimi te gjykata", "From report to court"),
                [
                    T(
                        "Shumica e kallëzimeve për blerje vote arrijnë në prokurori në ditët e "
                        "fundit të fushatës ose në vetë ditën e zgjedhjeve, shpesh përmes rrjeteve "
                        "sociale ose telefonatave anonime. Deri atëherë, paratë ose mallrat "
                        "zakonisht kanë kaluar nga një dorë në tjetrën dhe provat sigurohen me "
                        "vështirësi. Në rastet që shqyrtuam, shpesh kalonin javë ndërmjet "
                        "kallëzimit të parë dhe veprimit të parë hetimor. Kur rastet arritën në "
                        "gjykatë, ato mbështeteshin kryesisht te bisedat e regjistruara, të cilat "
                        "ndonjëherë u kundërshtuan për arsye procedurale.",
                        "Most reports of vote buying reach the prosecution in the final days of "
                        "the campaign or on election day itself, often through social networks or "
                        "anonymous phone calls. By then, money or goods have usually changed hands "
                        "and evidence is difficult to secure. In the cases we reviewed, weeks "
                        "often passed between the first report and the first investigative step. "
                        "Where cases reached a court, they relied mainly on recorded "
                        "conversations, which were sometimes challenged on procedural grounds.",
                    ),
                ],
            ),
            (
                T("Dëshmitarët dhe mbrojtja e tyre", "Witnesses and their protection"),
                [
                    T(
                        "Votuesit që e shesin votën rrezikojnë vetë ndjekjen penale, prandaj "
                        "rrallë pranojnë të dëshmojnë. Ata që refuzojnë një ofertë dhe duan ta "
                        "denoncojnë shpesh kanë frikë se do të humbasin punën, një ndihmë sociale "
                        "ose dashamirësinë e zyrtarëve vendorë. Organizatat e shoqërisë civile që "
                        "mbajnë linja telefonike na thanë se shumë telefonues u tërhoqën sapo "
                        "mësuan se emri i tyre mund të shfaqej në një dosje. Pa një mbrojtje të "
                        "besueshme për dëshmitarët, kallëzimet do të mbeten anonime dhe do të "
                        "shndërrohen me vështirësi në prova.",
                        "Voters who sell their vote are themselves exposed to prosecution, so they "
                        "rarely agree to testify. Those who refuse an offer and want to report it "
                        "often fear losing their job, a social benefit or the goodwill of local "
                        "officials. Civil-society organisations that run telephone hotlines told "
                        "us that many callers withdrew as soon as they learned that their name "
                        "might appear in a case file. Without credible protection for witnesses, "
                        "reports will remain anonymous and will be difficult to turn into "
                        "evidence.",
                    ),
                ],
            ),
        ],
        "findings": [
            T(
                "Pak raste të blerjes së votës përfundojnë me vendim gjykate të formës së prerë.",
                "Few vote-buying cases end in a final court decision.",
            ),
            T(
                "Provat humbasin kryesisht në javët e para pas kallëzimit.",
                "Evidence is mostly lost in the first weeks after a report.",
            ),
            T(
                "Frika nga pasojat i pengon votuesit të dëshmojnë.",
                "Fear of the consequences keeps voters from testifying.",
            ),
        ],
        "recommendations": [
            (
                T("Prokuroria e Përgjithshme", "General Prosecutor's Office"),
                T(
                    "Të caktojë prokurorë të specializuar për krimet zgjedhore në çdo prokurori të "
                    "rrethit gjatë periudhës zgjedhore.",
                    "Assign prosecutors specialised in electoral offences to every district "
                    "prosecution office during the election period.",
                ),
            ),
            (
                T("Kuvendi i Shqipërisë", "Assembly of Albania"),
                T(
                    "Të parashikojë masa mbrojtjeje për dëshmitarët e krimeve zgjedhore, përfshirë "
                    "votuesit që denoncojnë një ofertë.",
                    "Provide for protection measures for witnesses of electoral offences, "
                    "including voters who report an offer.",
                ),
            ),
            (
                T("Komisioni Qendror i Zgjedhjeve", "Central Election Commission"),
                T(
                    "Të publikojë rregullisht, në bashkëpunim me prokurorinë, ecurinë e "
                    "kallëzimeve për krime zgjedhore.",
                    "Publish regularly, together with the prosecution, the progress of reports of "
                    "electoral offences.",
                ),
            ),
        ],
        "doi": "",
        "isbn": "",
    },
    {
        "slug": "votimi-i-diaspores-pervoja-krahasuese-dhe-mundesite-per-shqiperine",
        "title": T(
            "Votimi i diasporës: përvoja krahasuese dhe mundësitë për Shqipërinë",
            "Diaspora voting: comparative experience and options for Albania",
        ),
        "subtitle": None,
        "type": "raport-studimor",
        "topics": ["votimi-i-diaspores", "reforma-zgjedhore"],
        "election": None,
        "date": date(2022, 5, 24),
        "authors": ["marku", "leka"],
        "organisations": ["ipls"],
        "summary": [
            T(
                "Një pjesë e madhe e shtetasve shqiptarë jetojnë jashtë vendit, por deri tani ata "
                "mund të votonin vetëm duke udhëtuar në Shqipëri ditën e zgjedhjeve. Ky raport "
                "krahason si u mundësojnë vende të tjera të rajonit dhe të Bashkimit Evropian "
                "shtetasve jashtë vendit të votojnë, në ambasada, me postë ose në mënyrë "
                "elektronike, dhe çfarë kërkon secila metodë për sa i përket regjistrimit, "
                "sigurisë dhe kostos.",
                "A large share of Albanian citizens live abroad, yet until now they could vote "
                "only by travelling to Albania on election day. This report compares how other "
                "countries in the region and in the European Union enable citizens abroad to vote, "
                "in embassies, by post or electronically, and what each method requires in terms "
                "of registration, security and cost.",
            ),
            T(
                "Raporti arrin në përfundimin se votimi me postë, i kombinuar me regjistrimin "
                "aktiv të votuesve jashtë vendit, është rruga më realiste për Shqipërinë, me kusht "
                "që Kodi Zgjedhor të përcaktojë afate të qarta dhe Komisioni Qendror i Zgjedhjeve "
                "të ketë kohën dhe burimet për t’u përgatitur. Raporti u shkrua për debatin publik "
                "mbi reformën zgjedhore dhe për deputetët e Kuvendit që do të vendosin.",
                "The report concludes that postal voting, combined with active registration of "
                "voters abroad, is the most realistic path for Albania, provided that the "
                "Electoral Code sets clear deadlines and that the Central Election Commission has "
                "the time and resources to prepare. It was written for the public debate on "
                "electoral reform and for the members of the Assembly who will decide.",
            ),
        ],
        "sections": [
            (
                T("Tri modele të votimit jashtë vendit", "Three models of voting abroad"),
                [
                    T(
                        "Votimi në përfaqësitë diplomatike është i njohur për votuesit, por kërkon "
                        "që ata të udhëtojnë, shpesh në distanca të gjata, dhe varet nga madhësia "
                        "e rrjetit konsullor. Votimi me postë i arrin votuesit kudo që jetojnë, "
                        "por mbështetet te shërbime postare të besueshme dhe te rregulla të rrepta "
                        "për kthimin e fletëve të votimit. Votimi elektronik e heq fare distancën, "
                        "por ngre çështje sigurie dhe besimi publik që pak vende i kanë zgjidhur. "
                        "Shumica e vendeve që studiuam kombinojnë më shumë se një metodë.",
                        "Voting in diplomatic missions is familiar to voters, but it requires them "
                        "to travel, often over long distances, and depends on the size of the "
                        "consular network. Postal voting reaches voters wherever they live, but it "
                        "relies on dependable postal services and on strict rules for the return "
                        "of ballot papers. Electronic voting removes distance altogether, but it "
                        "raises questions of security and public trust that few countries have "
                        "resolved. Most of the countries we studied combine more than one method.",
                    ),
                ],
            ),
            (
                T("Regjistrimi i votuesve jashtë vendit", "Registering voters abroad"),
                [
                    T(
                        "Çdo model varet nga njohja se kush jeton jashtë vendit dhe ku. Lista e "
                        "zgjedhësve në Shqipëri hartohet nga regjistri i gjendjes civile, i cili "
                        "për shumë emigrantë nuk ka një adresë aktuale jashtë vendit. Vendet me "
                        "përvojë të suksesshme në votimin jashtë vendit u kërkojnë votuesve të "
                        "regjistrohen në mënyrë aktive para çdo procesi zgjedhor, brenda një afati "
                        "të caktuar. Kjo e mban listën të saktë, edhe pse ul numrin e votuesve që "
                        "marrin pjesë. Regjistrimi duhet të jetë i thjeshtë, i mundshëm online dhe "
                        "i shoqëruar nga një fushatë informimi e qartë.",
                        "Every model depends on knowing who lives abroad and where. The voter list "
                        "in Albania is drawn from the civil registry, which for many emigrants "
                        "holds no current address abroad. Countries with successful experience of "
                        "voting abroad ask voters to register actively before each election, "
                        "within a set deadline. This keeps the list accurate, although it lowers "
                        "the number of voters who take part. Registration should be simple, "
                        "possible online and backed by a clear information campaign.",
                    ),
                ],
            ),
            (
                T(
                    "Çfarë duhet të përcaktojë Kodi Zgjedhor",
                    "What the Electoral Code needs to set out",
                ),
                [
                    T(
                        "Një reformë që funksionon në letër mund të dështojë në praktikë nëse "
                        "miratohet me vonesë. Kodi Zgjedhor duhet të përcaktojë metodën e votimit, "
                        "afatin e regjistrimit, trajtimin e fletëve të votimit të kthyera dhe "
                        "mënyrën si numërohen këto vota dhe si u caktohen zonave zgjedhore. Ai "
                        "duhet t’i japë gjithashtu Komisionit Qendror të Zgjedhjeve kompetencën të "
                        "miratojë rregulla të hollësishme në kohë. Përvoja krahasuese tregon se "
                        "duhet të paktën një vit ndërmjet miratimit të ligjit dhe votimit të parë "
                        "jashtë vendit.",
                        "A reform that works on paper can fail in practice if it is adopted late. "
                        "The Electoral Code should set out the voting method, the registration "
                        "deadline, the handling of returned ballot papers and the way these votes "
                        "are counted and assigned to constituencies. It should also give the "
                        "Central Election Commission the power to adopt detailed rules in good "
                        "time. Comparative experience shows that at least a year is needed between "
                        "the adoption of the law and the first vote abroad.",
                    ),
                ],
            ),
        ],
        "findings": [
            T(
                "Shumica e vendeve të studiuara kombinojnë votimin në ambasada me votimin me "
                "postë.",
                "Most of the countries studied combine voting in embassies with postal voting.",
            ),
            T(
                "Regjistrimi aktiv e bën listën e votuesve jashtë vendit më të saktë.",
                "Active registration makes the list of voters abroad more accurate.",
            ),
            T(
                "Votimi elektronik nga jashtë vendit mbetet i rrallë për shkak të shqetësimeve për "
                "sigurinë.",
                "Electronic voting from abroad remains rare because of security concerns.",
            ),
            T(
                "Koha ndërmjet miratimit të ligjit dhe zbatimit të tij është vendimtare për "
                "suksesin.",
                "The time between adopting the law and applying it is decisive for success.",
            ),
        ],
        "recommendations": [
            (
                T("Kuvendi i Shqipërisë", "Assembly of Albania"),
                T(
                    "Të miratojë rregullat për votimin e diasporës të paktën një vit para "
                    "zgjedhjeve të ardhshme parlamentare.",
                    "Adopt the rules for diaspora voting at least a year before the next "
                    "parliamentary elections.",
                ),
            ),
            (
                T("Komisioni Qendror i Zgjedhjeve", "Central Election Commission"),
                T(
                    "Të përgatisë që tani një sistem regjistrimi online për votuesit jashtë vendit "
                    "dhe ta testojë atë publikisht.",
                    "Prepare an online registration system for voters abroad now, and test it "
                    "publicly.",
                ),
            ),
        ],
        "doi": "10.5281/zenodo.6548213",
        "isbn": "",
    },
    {
        "slug": "te-rinjte-dhe-votimi-per-here-te-pare",
        "title": T(
            "Të rinjtë dhe votimi për herë të parë",
            "Young people and voting for the first time",
        ),
        "subtitle": T(
            "Si të arrihen votuesit e rinj para zgjedhjeve vendore",
            "How to reach young voters before the local elections",
        ),
        "type": "permbledhje-politikash",
        "topics": ["pjesemarrja-e-te-rinjve", "edukimi-i-votuesve"],
        "election": "vendore-2023",
        "date": date(2022, 11, 8),
        "authors": ["shehu"],
        "organisations": ["qkbtat"],
        "summary": [
            T(
                "Mijëra të rinj do të kenë mundësi të votojnë për herë të parë në zgjedhjet "
                "vendore të vitit 2023. Shumë prej tyre thonë se nuk e dinë si funksionon "
                "qeverisja vendore, çfarë vendos një kryetar bashkie ose një këshill bashkiak, apo "
                "pse ka rëndësi vota e tyre. Kjo përmbledhje mbështetet në grupe diskutimi me "
                "studentë dhe të rinj që punojnë në gjashtë bashki dhe propozon mënyra për t’i "
                "arritur votuesit për herë të parë para se të nisë fushata.",
                "Thousands of young people will be able to vote for the first time in the 2023 "
                "local elections. Many of them say they do not know how local government works, "
                "what a mayor or a municipal council decides, or why their vote matters. This "
                "brief draws on focus groups with students and young workers in six municipalities "
                "and proposes ways to reach first-time voters before the campaign begins.",
            ),
        ],
        "sections": [
            (
                T("Çfarë na thanë të rinjtë", "What young people told us"),
                [
                    T(
                        "Pjesëmarrësit në grupet e diskutimit ishin të interesuar për politikën, "
                        "por nuk u besonin partive. Shumica thanë se informohen për zgjedhjet nga "
                        "rrjetet sociale dhe nga familja, rrallë nga shkolla ose nga administrata "
                        "zgjedhore. Shumë prej tyre nuk e dinin ku ndodhej qendra e tyre e votimit "
                        "ose se u duhej një dokument identifikimi i vlefshëm për të votuar. Vajzat "
                        "e reja në qytetet më të vogla thoshin më shpesh se familja vendos si "
                        "voton e gjithë shtëpia, gjë që, sipas tyre, ua kufizonte zgjedhjen.",
                        "Participants in the focus groups were interested in politics but did not "
                        "trust parties. Most said they learn about elections from social networks "
                        "and from their family, and rarely from school or from the election "
                        "administration. Many did not know where their polling station was, or "
                        "that they needed a valid identity document to vote. Young women in "
                        "smaller towns more often said that the family decides how the whole "
                        "household votes, which, in their view, limited their own choice.",
                    ),
                ],
            ),
            (
                T("Si t’i arrijmë votuesit për herë të parë", "How to reach first-time voters"),
                [
                    T(
                        "Informacioni funksionon më mirë kur vjen nga bashkëmoshatarët dhe u "
                        "përgjigjet pyetjeve praktike: ku të votosh, çfarë të marrësh me vete dhe "
                        "si duket fleta e votimit. Videot e shkurtra, vizitat në shkolla nga "
                        "vëzhgues të rinj dhe udhëzuesit e thjeshtë me gjuhë të kuptueshme ishin "
                        "format që pjesëmarrësit u besonin më shumë. Bashkitë dhe Komisioni "
                        "Qendror i Zgjedhjeve mund t’i mbështesin këto përpjekje duke ndarë të "
                        "dhënat për vendndodhjen e qendrave të votimit në formate të hapura dhe "
                        "duke ftuar organizatat e të rinjve të testojnë materialet e tyre para "
                        "fushatës.",
                        "Information works best when it comes from peers and answers practical "
                        "questions: where to vote, what to bring and what the ballot paper looks "
                        "like. Short videos, school visits by young observers and simple guides in "
                        "plain language were the formats participants trusted most. Municipalities "
                        "and the Central Election Commission can support these efforts by sharing "
                        "data on the location of polling stations in open formats and by inviting "
                        "youth organisations to test their materials before the campaign.",
                    ),
                ],
            ),
        ],
        "findings": [
            T(
                "Të rinjtë informohen për zgjedhjet kryesisht nga rrjetet sociale dhe nga familja.",
                "Young people learn about elections mainly from social networks and from their "
                "family.",
            ),
            T(
                "Shumë votues për herë të parë nuk e dinë ku ndodhet qendra e tyre e votimit.",
                "Many first-time voters do not know where their polling station is.",
            ),
            T(
                "Mesazhet nga bashkëmoshatarët janë më të besueshme për të rinjtë sesa mesazhet e "
                "partive.",
                "Messages from peers are more credible to young people than messages from parties.",
            ),
        ],
        "recommendations": [
            (
                T("Komisioni Qendror i Zgjedhjeve", "Central Election Commission"),
                T(
                    "Të hartojë materiale informuese të posaçme për votuesit për herë të parë, në "
                    "bashkëpunim me organizatat e të rinjve.",
                    "Prepare information materials specifically for first-time voters, together "
                    "with youth organisations.",
                ),
            ),
            (
                T("Bashkitë", "Municipalities"),
                T(
                    "Të mbështesin vizitat informuese në shkollat e mesme gjatë muajve para "
                    "zgjedhjeve.",
                    "Support information visits to secondary schools in the months before the "
                    "elections.",
                ),
            ),
        ],
        "doi": "",
        "isbn": "",
    },
    {
        "slug": "udhezues-per-vezhguesit-e-organizatave-te-shoqerise-civile",
        "title": T(
            "Udhëzues për vëzhguesit e organizatave të shoqërisë civile",
            "A guide for observers from civil-society organisations",
        ),
        "subtitle": T(
            "Vëzhgimi i zgjedhjeve hap pas hapi, nga akreditimi te raporti përfundimtar",
            "Election observation step by step, from accreditation to the final report",
        ),
        "type": "udhezues",
        "topics": ["administrimi-zgjedhjeve", "integriteti-zgjedhor"],
        "election": "vendore-2023",
        "date": date(2023, 3, 15),
        "authors": [],
        "organisations": ["qkbtat", "ipls"],
        "summary": [
            T(
                "Ky udhëzues u drejtohet vullnetarëve dhe stafit të organizatave të shoqërisë "
                "civile që do të vëzhgojnë zgjedhjet vendore të vitit 2023, shumë prej tyre për "
                "herë të parë. Ai shpjegon të drejtat dhe detyrat e vëzhguesve sipas Kodit "
                "Zgjedhor, si të sillen në qendrën e votimit, çfarë të ndjekin në çdo fazë të "
                "ditës së zgjedhjeve dhe si ta raportojnë me saktësi dhe paanshmëri atë që shohin.",
                "This guide is written for the volunteers and staff of civil-society organisations "
                "who will observe the 2023 local elections, many of them for the first time. It "
                "explains the rights and duties of observers under the Electoral Code, how to "
                "behave in the polling station, what to follow at each stage of election day and "
                "how to report what they see accurately and impartially.",
            ),
            T(
                "Udhëzuesi përmban lista kontrolli për hapjen, votimin dhe numërimin, një fjalorth "
                "të shkurtër të termave zgjedhorë dhe një model raporti për incidentet. "
                "Organizatat mund ta përshtatin udhëzuesin sipas planeve të tyre të vëzhgimit, me "
                "kusht që të ruajnë parimet e paanshmërisë dhe saktësisë, mbi të cilat mbështetet "
                "vëzhgimi qytetar i besueshëm.",
                "The guide contains checklists for opening, voting and counting, a short glossary "
                "of election terms and a model incident report. Organisations may adapt the guide "
                "to their own observation plans, provided that they keep to the principles of "
                "impartiality and accuracy on which credible citizen observation rests.",
            ),
        ],
        "sections": [
            (
                T("Para ditës së zgjedhjeve", "Before election day"),
                [
                    T(
                        "Vëzhguesit duhet të akreditohen nga Komisioni Qendror i Zgjedhjeve "
                        "nëpërmjet organizatës së tyre, brenda afateve që cakton Komisioni. Para "
                        "ditës së zgjedhjeve, çdo vëzhgues duhet të ndjekë një trajnim, t’i lexojë "
                        "me kujdes listat e kontrollit dhe të dijë adresën e qendrës së votimit ku "
                        "është caktuar. Është praktikë e mirë që ta vizitojë zonën paraprakisht "
                        "dhe të bjerë dakord me koordinatorin e organizatës se si dhe kur do të "
                        "raportojë. Vëzhguesit duhet të mbajnë gjithmonë me vete kartën e "
                        "akreditimit dhe një dokument identifikimi.",
                        "Observers must be accredited by the Central Election Commission through "
                        "their organisation, within the deadlines the Commission sets. Before "
                        "election day, each observer should attend a training session, read the "
                        "checklists carefully and know the address of the polling station to which "
                        "they are assigned. It is good practice to visit the area beforehand and "
                        "to agree with the organisation's coordinator on how and when to report. "
                        "Observers should carry their accreditation badge and an identity document "
                        "at all times.",
                    ),
                ],
            ),
            (
                T("Në qendrën e votimit", "In the polling station"),
                [
                    T(
                        "Vëzhguesit vëzhgojnë; ata nuk ndërhyjnë. Ata mund të ndjekin çdo fazë të "
                        "votimit dhe të numërimit, t’i kërkojnë informacion kryetarit të "
                        "komisionit dhe të mbajnë shënim vëzhgimet e tyre, por nuk duhet t’u japin "
                        "udhëzime votuesve ose anëtarëve të komisionit, të prekin materialet "
                        "zgjedhore ose të shfaqin ndonjë preferencë politike. Nëse vënë re një "
                        "parregullsi, duhet të shënojnë orën, faktet dhe emrat e dëshmitarëve, "
                        "nëse ka, dhe ta raportojnë te koordinatori. Ankesat, kur nevojiten, "
                        "paraqiten nëpërmjet organizatës dhe jo nga vëzhguesi individual.",
                        "Observers observe; they do not intervene. They may follow every stage of "
                        "voting and counting, ask the chair of the commission for information and "
                        "note down their observations, but they must not give instructions to "
                        "voters or commission members, touch election materials or show any "
                        "political preference. If they notice an irregularity, they should record "
                        "the time, the facts and the names of any witnesses, and report it to "
                        "their coordinator. Complaints, where needed, are filed through the "
                        "organisation, not by the individual observer.",
                    ),
                ],
            ),
            (
                T("Raportimi", "Reporting"),
                [
                    T(
                        "Një raport i mirë vëzhgimi e dallon atë që pa vëzhguesi nga ajo që i "
                        "thanë të tjerët. Ai është i saktë për kohën dhe vendin, shmang gjykimet "
                        "që faktet nuk i mbështesin dhe dërgohet në kohë. Koordinatorët duhet ta "
                        "verifikojnë çdo raport para se të përdoret, ndërsa organizatat duhet t’i "
                        "publikojnë gjetjet së bashku me metodologjinë, që lexuesit të kuptojnë se "
                        "çfarë mbulon mostra. Një raport që i përshkruan problemet në mënyrë të "
                        "drejtë, dhe vë në dukje edhe ku procedurat funksionuan mirë, ka më shumë "
                        "peshë para institucioneve.",
                        "A good observation report separates what the observer saw from what "
                        "others told them. It is precise about time and place, avoids judgements "
                        "that the facts do not support and is sent on time. Coordinators should "
                        "check each report before it is used, and organisations should publish "
                        "their findings together with their methodology, so that readers "
                        "understand what the sample covers. A report that describes problems "
                        "fairly, and also notes where procedures worked well, carries more weight "
                        "with institutions.",
                    ),
                ],
            ),
        ],
        "findings": [
            T(
                "Vëzhguesit vëzhgojnë dhe raportojnë, por nuk ndërhyjnë në punën e komisioneve.",
                "Observers observe and report, but do not interfere in the work of the "
                "commissions.",
            ),
            T(
                "Një vëzhgim i besueshëm kërkon trajnim paraprak dhe lista kontrolli të "
                "përbashkëta.",
                "Credible observation requires prior training and shared checklists.",
            ),
            T(
                "Gjetjet duhet të publikohen së bashku me metodologjinë e vëzhgimit.",
                "Findings should be published together with the observation methodology.",
            ),
        ],
        "recommendations": [
            (
                T("Organizatat e shoqërisë civile", "Civil-society organisations"),
                T(
                    "Të trajnojnë çdo vëzhgues para akreditimit dhe të caktojnë një koordinator "
                    "për çdo bashki.",
                    "Train every observer before accreditation and appoint a coordinator for each "
                    "municipality.",
                ),
            ),
            (
                T("Komisioni Qendror i Zgjedhjeve", "Central Election Commission"),
                T(
                    "Të publikojë me kohë afatet dhe formularët e akreditimit për vëzhguesit "
                    "vendas.",
                    "Publish the deadlines and accreditation forms for domestic observers in good "
                    "time.",
                ),
            ),
        ],
        "doi": "",
        "isbn": "978-9928-172-31-0",
    },
    {
        "slug": "qendra-votimi-te-aksesueshme-per-te-gjithe",
        "title": T(
            "Qendra votimi të aksesueshme për të gjithë?",
            "Polling stations accessible to all?",
        ),
        "subtitle": T(
            "Monitorimi i aksesit për personat me aftësi të kufizuara në zgjedhjet vendore 2023",
            "Monitoring access for persons with disabilities in the 2023 local elections",
        ),
        "type": "raport-monitorimi",
        "topics": ["aftesi-te-kufizuara", "administrimi-zgjedhjeve"],
        "election": "vendore-2023",
        "date": date(2023, 9, 12),
        "authors": ["hoxha", "dervishi"],
        "organisations": ["qkbtat"],
        "summary": [
            T(
                "Personat me aftësi të kufizuara kanë të njëjtën të drejtë vote si çdo shtetas "
                "tjetër, por shumë prej tyre nuk mund të hyjnë në qendrën e tyre të votimit ose të "
                "votojnë fshehtas pa ndihmë. Gjatë zgjedhjeve vendore të 14 majit 2023, vëzhgues "
                "të organizatave të shoqërisë civile, disa prej të cilëve janë vetë persona me "
                "aftësi të kufizuara, vlerësuan aksesin fizik, pajisjet dhe asistencën e ofruar në "
                "qendrat e votimit në dhjetë bashki.",
                "Persons with disabilities have the same right to vote as every other citizen, yet "
                "many of them cannot enter their polling station or vote in secret without help. "
                "During the local elections of 14 May 2023, observers from civil-society "
                "organisations, some of whom are themselves persons with disabilities, assessed "
                "the physical access, the equipment and the assistance offered in polling stations "
                "in ten municipalities.",
            ),
            T(
                "Gjetjet tregojnë se aksesueshmëria varet ende nga ndërtesa dhe jo nga një plan. "
                "Shumica e qendrave të votimit ndodhen në shkolla të ndërtuara shumë kohë para se "
                "të ekzistonin standardet e aksesueshmërisë, ndërsa rampat e përkohshme ishin të "
                "rralla. Raporti rekomandon një auditim të aksesueshmërisë për çdo qendër votimi "
                "para zgjedhjeve të ardhshme dhe trajnim më të mirë të anëtarëve të komisioneve "
                "për votimin me asistencë.",
                "The findings show that accessibility still depends on the building rather than on "
                "a plan. Most polling stations are in schools built long before accessibility "
                "standards existed, and temporary ramps were rare. The report recommends an "
                "accessibility audit of every polling station before the next elections and better "
                "training of commission members on assisted voting.",
            ),
        ],
        "sections": [
            (
                T("Aksesi fizik", "Physical access"),
                [
                    T(
                        "Nga 286 qendrat e votimit që vizituan vëzhguesit tanë, 191 ndodheshin në "
                        "një kat të sipërm ose mund të arriheshin vetëm nëpërmjet shkallëve. Vetëm "
                        "23 kishin një rampë, të përhershme ose të përkohshme, që mund ta përdorte "
                        "pa ndihmë një person në karrige me rrota. Në disa shkolla, qendra e "
                        "votimit ishte zhvendosur në katin përdhes me kërkesë të organizatave "
                        "vendore, çka tregon se ndryshime të thjeshta janë të mundshme kur "
                        "planifikohen në kohë. Edhe ndriçimi, sinjalistika dhe gjerësia e dyerve "
                        "ishin shpesh të papërshtatshme.",
                        "Of the 286 polling stations our observers visited, 191 were on an upper "
                        "floor or could be reached only by stairs. Only 23 had a ramp, permanent "
                        "or temporary, that a wheelchair user could use without help. In several "
                        "schools the polling station had been moved to the ground floor at the "
                        "request of local organisations, which shows that simple changes are "
                        "possible when they are planned in time. Lighting, signs and the width of "
                        "doors were also often inadequate.",
                    ),
                ],
            ),
            (
                T(
                    "Votimi me asistencë dhe fshehtësia e votës",
                    "Assisted voting and the secrecy of the vote",
                ),
                [
                    T(
                        "Kodi Zgjedhor lejon që një votues që nuk mund të votojë vetë të ndihmohet "
                        "nga një person që ai zgjedh. Vëzhguesit tanë panë se ky rregull zbatohej "
                        "në mënyrë jo të njëtrajtshme: në disa qendra votimi anëtarët e komisionit "
                        "ofroheshin të ndihmonin, në të tjera i njëjti shoqërues ndihmoi disa "
                        "votues. Shabllonet prekëse të fletës së votimit për votuesit e verbër "
                        "ishin të disponueshme vetëm në pak nga qendrat e vizituara. Anëtarët e "
                        "komisioneve u thanë vëzhguesve se kishin marrë pak ose aspak trajnim se "
                        "si t’i mbështesin votuesit me aftësi të kufizuara duke mbrojtur "
                        "fshehtësinë e votës së tyre.",
                        "The Electoral Code allows a voter who cannot vote alone to be helped by a "
                        "person of their choice. Our observers saw this rule applied "
                        "inconsistently: in some polling stations commission members offered to "
                        "help, in others the same companion helped several voters. Tactile ballot "
                        "guides for blind voters were available in only a few of the stations "
                        "visited. Commission members told observers that they had received little "
                        "or no training on how to support voters with disabilities while "
                        "protecting the secrecy of their vote.",
                    ),
                ],
            ),
        ],
        "findings": [
            T(
                "Dy të tretat e qendrave të votimit që vizituam nuk ishin të aksesueshme për "
                "përdoruesit e karrigeve me rrota.",
                "Two thirds of the polling stations we visited were not accessible to wheelchair "
                "users.",
            ),
            T(
                "Zhvendosja e qendrave të votimit në katin përdhes funksionoi aty ku u planifikua "
                "në kohë.",
                "Moving polling stations to the ground floor worked where it was planned in time.",
            ),
            T(
                "Rregulli për votimin me asistencë zbatohej ndryshe nga një qendër votimi në "
                "tjetrën.",
                "The rule on assisted voting was applied differently from one polling station to "
                "another.",
            ),
            T(
                "Anëtarët e komisioneve kishin marrë pak trajnim për mbështetjen e votuesve me "
                "aftësi të kufizuara.",
                "Commission members had received little training on supporting voters with "
                "disabilities.",
            ),
        ],
        "recommendations": [
            (
                T("Komisioni Qendror i Zgjedhjeve", "Central Election Commission"),
                T(
                    "Të kryejë një auditim të aksesueshmërisë për çdo qendër votimi dhe ta "
                    "publikojë rezultatin në format të hapur.",
                    "Carry out an accessibility audit of every polling station and publish the "
                    "results in an open format.",
                ),
            ),
            (
                T("Bashkitë", "Municipalities"),
                T(
                    "Të sigurojnë rampa të përkohshme dhe qendra votimi në katin përdhes, në "
                    "bashkëpunim me organizatat e personave me aftësi të kufizuara.",
                    "Provide temporary ramps and ground-floor polling stations, in cooperation "
                    "with organisations of persons with disabilities.",
                ),
            ),
            (
                T("Komisioni Qendror i Zgjedhjeve", "Central Election Commission"),
                T(
                    "Të përfshijë votimin me asistencë në trajnimin e detyrueshëm të anëtarëve të "
                    "komisioneve të qendrave të votimit.",
                    "Include assisted voting in the compulsory training of polling station "
                    "commission members.",
                ),
            ),
        ],
        "doi": "",
        "isbn": "",
    },
    {
        "slug": "grate-kandidate-dhe-kuota-gjinore-ne-zgjedhjet-vendore",
        "title": T(
            "Gratë kandidate dhe kuota gjinore në zgjedhjet vendore",
            "Women candidates and the gender quota in local elections",
        ),
        "subtitle": T(
            "Një analizë e listave dhe e fushatës në zgjedhjet e 14 majit 2023",
            "An analysis of the candidate lists and the campaign in the elections of 14 May 2023",
        ),
        "type": "raport-studimor",
        "topics": ["pjesemarrja-e-grave", "reforma-zgjedhore"],
        "election": "vendore-2023",
        "date": date(2024, 2, 20),
        "authors": ["marku", "hoxha", "kelmendi"],
        "organisations": ["qkbtat", "ipls"],
        "summary": [
            T(
                "Kuota gjinore në Kodin Zgjedhor e ka ndryshuar përbërjen e këshillave bashkiakë "
                "në Shqipëri, por nuk ka ndryshuar se kush i drejton bashkitë. Ky raport shqyrton "
                "listat e kandidatëve për këshillat bashkiakë dhe kandidaturat për kryetar bashkie "
                "në zgjedhjet vendore të vitit 2023 dhe pyet pse gratë mbeten të rralla në krye të "
                "listave dhe ndër kandidatët për kryetar bashkie.",
                "The gender quota in the Electoral Code has changed the composition of municipal "
                "councils in Albania, but it has not changed who leads the municipalities. This "
                "report examines the candidate lists for municipal councils and the candidacies "
                "for mayor in the 2023 local elections, and asks why women remain rare at the top "
                "of the lists and among candidates for mayor.",
            ),
            T(
                "Krahas analizës së listave, intervistuam gra kandidate nga parti të ndryshme për "
                "fushatat e tyre. Ato përshkruan akses të kufizuar në fondet e partisë, më pak "
                "vëmendje nga mediat dhe, në disa raste, armiqësi të hapur në internet. Raporti "
                "propozon ndryshime në rregullat e partive dhe në Kodin Zgjedhor, si dhe "
                "mbështetje praktike që mund të ofrojnë organizatat e shoqërisë civile.",
                "Alongside the analysis of the lists, we interviewed women candidates from "
                "different parties about their campaigns. They described limited access to party "
                "funds, less attention from the media and, in some cases, open hostility online. "
                "The report proposes changes to party rules and to the Electoral Code, as well as "
                "practical support that civil-society organisations can offer.",
            ),
        ],
        "sections": [
            (
                T("Kuota në lista dhe në këshilla", "The quota on lists and in councils"),
                [
                    T(
                        "Kodi Zgjedhor kërkon që secila gjini të përfaqësohet në listat e "
                        "kandidatëve dhe që renditja e emrave të respektojë kuotën. Në listat që "
                        "analizuam, partitë përgjithësisht e respektuan rregullin dhe përqindja e "
                        "grave në këshillat bashkiakë është sot shumë më e lartë se një dekadë më "
                        "parë. Megjithatë, gratë u renditën më shpesh në pozicionet më të ulëta që "
                        "lejon kuota dhe pak prej tyre kryesonin një listë. Respektimi i germës së "
                        "rregullit nuk ka sjellë gjithmonë një zgjedhje të vërtetë të grave si "
                        "drejtuese.",
                        "The Electoral Code requires each gender to be represented on candidate "
                        "lists and the order of names to respect the quota. In the lists we "
                        "analysed, parties generally complied with the rule, and the share of "
                        "women in municipal councils is today much higher than a decade ago. "
                        "However, women were most often placed in the lowest positions that the "
                        "quota allows, and few of them headed a list. Compliance with the letter "
                        "of the rule has not always meant a real choice of women as leaders.",
                    ),
                ],
            ),
            (
                T("Kandidaturat për kryetar bashkie", "Candidacies for mayor"),
                [
                    T(
                        "Për kandidatët për kryetar bashkie nuk zbatohet asnjë kuotë dhe ndryshimi "
                        "duket qartë. Në zgjedhjet vendore të vitit 2023, gratë ishin një pakicë e "
                        "vogël ndër kandidatët për kryetar bashkie në bashkitë që ndoqëm, dhe "
                        "shumica e tyre kandiduan në bashki ku partia e tyre kishte pak shanse për "
                        "të fituar. Zyrtarët e partive me të cilët folëm e shpjeguan këtë me "
                        "nevojën për të zgjedhur kandidatin më të fortë; gratë kandidate e shihnin "
                        "si rezultat të vendimeve të marra nga një rreth i ngushtë drejtuesish "
                        "partiakë.",
                        "No quota applies to candidates for mayor, and the difference is clear. In "
                        "the 2023 local elections, women were a small minority among candidates "
                        "for mayor in the municipalities we followed, and most of them stood in "
                        "municipalities where their party had little chance of winning. The party "
                        "officials we spoke to explained this by the need to choose the strongest "
                        "candidate; the women candidates saw it as the result of decisions taken "
                        "by a narrow circle of party leaders.",
                    ),
                ],
            ),
            (
                T("Fushata dhe pengesat", "The campaign and its obstacles"),
                [
                    T(
                        "Gratë kandidate përshkruan fushata të zhvilluara me më pak burime se ato "
                        "të kolegëve të tyre meshkuj. Disa i paguan vetë materialet dhe disa të "
                        "tjera thanë se fondet e partisë shkonin kryesisht te drejtuesit e listës. "
                        "Mbulimi mediatik u përqendrua te kryetarët e partive, duke u lënë "
                        "kandidatëve vendorë, e veçanërisht grave, pak hapësirë në transmetime. "
                        "Pothuajse të gjitha gratë që intervistuam ishin përballur me komente "
                        "fyese ose seksiste në rrjetet sociale, dhe pak prej tyre e dinin ku t’i "
                        "denonconin.",
                        "Women candidates described campaigns run with fewer resources than those "
                        "of their male colleagues. Some paid for materials themselves, and others "
                        "said that party funds went mainly to the leaders of the list. Media "
                        "coverage focused on party leaders, leaving local candidates, and women in "
                        "particular, little airtime. Almost all the women we interviewed had faced "
                        "insulting or sexist comments on social networks, and few of them knew "
                        "where to report them.",
                    ),
                ],
            ),
        ],
        "findings": [
            T(
                "Partitë e respektuan kuotën gjinore në listat e kandidatëve për këshillat "
                "bashkiakë.",
                "Parties complied with the gender quota on the candidate lists for municipal "
                "councils.",
            ),
            T(
                "Gratë renditeshin rrallë në krye të listave.",
                "Women were rarely placed at the top of the lists.",
            ),
            T(
                "Gratë ishin një pakicë e vogël ndër kandidatët për kryetar bashkie.",
                "Women were a small minority among candidates for mayor.",
            ),
            T(
                "Shumica e grave kandidate që intervistuam ishin përballur me sulme seksiste në "
                "internet.",
                "Most of the women candidates we interviewed had faced sexist attacks online.",
            ),
        ],
        "recommendations": [
            (
                T("Partitë politike", "Political parties"),
                T(
                    "Të miratojnë rregulla të brendshme për përzgjedhjen e kandidatëve që u "
                    "sigurojnë grave vende në krye të listave dhe kandidatura për kryetar bashkie.",
                    "Adopt internal rules for selecting candidates that secure women places at the "
                    "top of lists and candidacies for mayor.",
                ),
            ),
            (
                T("Kuvendi i Shqipërisë", "Assembly of Albania"),
                T(
                    "Të shqyrtojë shtrirjen e detyrimeve për barazinë gjinore edhe te kandidaturat "
                    "e partive për kryetar bashkie.",
                    "Consider extending the obligations on gender equality to parties' candidacies "
                    "for mayor.",
                ),
            ),
            (
                T("Organizatat e shoqërisë civile", "Civil-society organisations"),
                T(
                    "Të ofrojnë trajnime dhe mbështetje ligjore për gratë kandidate që përballen "
                    "me sulme në internet.",
                    "Offer training and legal support to women candidates who face attacks online.",
                ),
            ),
        ],
        "doi": "10.5281/zenodo.8713529",
        "isbn": "",
    },
    {
        "slug": "ndryshimet-e-kodit-zgjedhor-para-zgjedhjeve-te-vitit-2025",
        "title": T(
            "Ndryshimet e Kodit Zgjedhor para zgjedhjeve të vitit 2025",
            "Amendments to the Electoral Code before the 2025 elections",
        ),
        "subtitle": T(
            "Analizë ligjore e propozimeve të Komisionit të Posaçëm Parlamentar për Reformën "
            "Zgjedhore",
            "A legal analysis of the proposals of the ad hoc parliamentary committee on electoral "
            "reform",
        ),
        "type": "analize-ligjore",
        "topics": ["reforma-zgjedhore", "votimi-i-diaspores", "administrimi-zgjedhjeve"],
        "election": "parlamentare-2025",
        "date": date(2024, 6, 11),
        "authors": ["kelmendi"],
        "organisations": ["ipls"],
        "summary": [
            T(
                "Në prag të zgjedhjeve parlamentare të vitit 2025, Komisioni i Posaçëm Parlamentar "
                "për Reformën Zgjedhore diskutoi ndryshime në Kodin Zgjedhor për votimin nga "
                "jashtë vendit, administratën zgjedhore dhe rregullat për listat e kandidatëve. "
                "Kjo analizë ligjore i shqyrton propozimet në raport me Kushtetutën, rekomandimet "
                "e OSBE/ODIHR dhe standardet ndërkombëtare për zgjedhje demokratike.",
                "In the run-up to the 2025 parliamentary elections, the ad hoc parliamentary "
                "committee on electoral reform discussed amendments to the Electoral Code on "
                "voting from abroad, the electoral administration and the rules for candidate "
                "lists. This legal analysis reviews the proposals against the Constitution, the "
                "recommendations of OSCE/ODIHR and international standards for democratic "
                "elections.",
            ),
            T(
                "Konstatojmë se disa propozime u përgjigjen rekomandimeve të bëra prej kohësh, "
                "sidomos për votimin nga jashtë vendit. Të tjera ua lënë çështjet kryesore akteve "
                "nënligjore të Komisionit Qendror të Zgjedhjeve ose vendosin afate shumë të "
                "shkurtra për një zbatim të rregullt. Analiza mbyllet me sugjerime konkrete për "
                "formulimin e ligjit dhe për procesin e miratimit të tij.",
                "We find that several proposals respond to long-standing recommendations, in "
                "particular on voting from abroad. Others leave key questions to secondary rules "
                "of the Central Election Commission or set deadlines that are too short for proper "
                "implementation. The analysis closes with concrete suggestions for the wording of "
                "the law and for the process of adopting it.",
            ),
        ],
        "sections": [
            (
                T("Votimi nga jashtë vendit", "Voting from abroad"),
                [
                    T(
                        "Propozimet do t’u lejonin shtetasve që jetojnë jashtë vendit të votojnë "
                        "me postë pasi të regjistrohen paraprakisht. Kjo u përgjigjet një kërkese "
                        "të hershme të diasporës dhe rekomandimeve të bëra pas zgjedhjeve të "
                        "mëparshme. Megjithatë, analiza vëren se projektligji ua lë pothuajse "
                        "tërësisht vendimeve të Komisionit Qendror të Zgjedhjeve procedurën e "
                        "regjistrimit, trajtimin e fletëve të votimit që mbërrijnë me vonesë dhe "
                        "numërimin e votave me postë. Garanci të tilla themelore për fshehtësinë "
                        "dhe barazinë e votës duhet të përcaktohen në vetë ligjin.",
                        "The proposals would allow citizens living abroad to vote by post after "
                        "registering in advance. This responds to a long-standing demand of the "
                        "diaspora and to recommendations made after earlier elections. The "
                        "analysis notes, however, that the draft law leaves the registration "
                        "procedure, the handling of ballot papers that arrive late and the "
                        "counting of postal votes almost entirely to decisions of the Central "
                        "Election Commission. Such basic guarantees of the secrecy and equality of "
                        "the vote should be set out in the law itself.",
                    ),
                ],
            ),
            (
                T("Administrata zgjedhore", "The electoral administration"),
                [
                    T(
                        "Disa ndryshime kanë të bëjnë me përbërjen dhe emërimin e komisioneve "
                        "zgjedhore të nivelit më të ulët. Komisionet e Zonave të Administrimit "
                        "Zgjedhor dhe komisionet e qendrave të votimit emërohen ende kryesisht me "
                        "propozim të partive politike, një model që OSBE/ODIHR e ka lidhur "
                        "vazhdimisht me zëvendësime në minutën e fundit dhe trajnim të "
                        "pabarabartë. Propozimet e shkurtojnë kohën e lejuar për zëvendësimet, gjë "
                        "që është e mirëpritur, por nuk sjellin një komponent profesional dhe "
                        "jopartiak. Sugjerojmë një rrugë graduale drejt komisioneve, anëtarët e të "
                        "cilave përzgjidhen sipas kualifikimeve të tyre.",
                        "Several amendments concern the composition and appointment of the "
                        "lower-level election commissions. The Commissions of Electoral "
                        "Administration Zones and the polling station commissions are still "
                        "appointed largely on the proposal of political parties, a model that "
                        "OSCE/ODIHR has repeatedly linked to last-minute replacements and uneven "
                        "training. The proposals shorten the time allowed for replacements, which "
                        "is welcome, but they do not introduce a professional, non-partisan "
                        "component. We suggest a gradual path towards commissions whose members "
                        "are selected for their qualifications.",
                    ),
                ],
            ),
        ],
        "findings": [
            T(
                "Propozimet për votimin me postë u përgjigjen rekomandimeve të bëra prej kohësh.",
                "The proposals on postal voting respond to long-standing recommendations.",
            ),
            T(
                "Garanci thelbësore për votimin nga jashtë vendit u lihen akteve nënligjore në "
                "vend që të përcaktohen në ligj.",
                "Essential guarantees for voting from abroad are left to secondary rules instead "
                "of being set out in the law.",
            ),
            T(
                "Modeli partiak i emërimit të komisioneve zgjedhore mbetet i pandryshuar.",
                "The party-based model for appointing election commissions remains unchanged.",
            ),
        ],
        "recommendations": [
            (
                T("Kuvendi i Shqipërisë", "Assembly of Albania"),
                T(
                    "Të përcaktojë në vetë Kodin Zgjedhor procedurat e regjistrimit dhe të "
                    "numërimit për votimin me postë.",
                    "Set out the registration and counting procedures for postal voting in the "
                    "Electoral Code itself.",
                ),
            ),
            (
                T(
                    "Komisioni i Posaçëm Parlamentar për Reformën Zgjedhore",
                    "Ad hoc parliamentary committee on electoral reform",
                ),
                T(
                    "Të publikojë projektligjin dhe të zhvillojë dëgjesa publike me organizatat e "
                    "shoqërisë civile para votimit në Kuvend.",
                    "Publish the draft law and hold public hearings with civil-society "
                    "organisations before the vote in the Assembly.",
                ),
            ),
            (
                T("Komisioni Qendror i Zgjedhjeve", "Central Election Commission"),
                T(
                    "Të përgatisë aktet nënligjore për votimin me postë menjëherë pas miratimit të "
                    "ligjit dhe t’i konsultojë ato publikisht.",
                    "Prepare the secondary rules for postal voting immediately after the law is "
                    "adopted, and consult on them publicly.",
                ),
            ),
        ],
        "doi": "",
        "isbn": "978-9928-172-58-7",
    },
    {
        "slug": "kush-e-paguan-fushaten-transparenca-ne-financimin-e-fushatave-zgjedhore",
        "title": T(
            "Kush e paguan fushatën? Transparenca në financimin e fushatave zgjedhore",
            "Who pays for the campaign? Transparency in campaign finance",
        ),
        "subtitle": None,
        "type": "permbledhje-politikash",
        "topics": ["financimi-i-fushatave", "integriteti-zgjedhor"],
        "election": "parlamentare-2025",
        "date": date(2024, 10, 30),
        "authors": ["leka", "kelmendi"],
        "organisations": ["ipls"],
        "summary": [
            T(
                "Votuesit kanë të drejtë të dinë kush i financon partitë dhe kandidatët që u "
                "kërkojnë votën. Partitë në Shqipëri i raportojnë të ardhurat dhe shpenzimet e "
                "fushatës te Komisioni Qendror i Zgjedhjeve dhe auditues të pavarur i shqyrtojnë "
                "raportet, por informacioni mbërrin muaj pas zgjedhjeve dhe në formate që "
                "krahasohen me vështirësi. Kjo përmbledhje shqyrton çfarë publikohet, kur dhe si, "
                "si dhe çfarë mund të ndryshojë para zgjedhjeve parlamentare të vitit 2025.",
                "Voters have a right to know who finances the parties and candidates that ask for "
                "their vote. Parties in Albania report their campaign income and spending to the "
                "Central Election Commission, and independent auditors review the reports, but the "
                "information arrives months after the elections and in formats that are difficult "
                "to compare. This brief looks at what is published, when and how, and at what "
                "could change before the 2025 parliamentary elections.",
            ),
        ],
        "sections": [
            (
                T("Çfarë publikohet sot", "What is published today"),
                [
                    T(
                        "Partitë dorëzojnë raportet financiare për fushatat e tyre pas ditës së "
                        "zgjedhjeve dhe Komisioni Qendror i Zgjedhjeve i publikon ato së bashku me "
                        "gjetjet e audituesve. Kur këto raporte dalin, vëmendja publike është "
                        "zhvendosur tashmë gjetkë. Dokumentet që shqyrtuam nga zgjedhjet e "
                        "mëparshme ishin kryesisht skedarë të skanuar, me kategori shpenzimesh që "
                        "ndryshojnë nga një parti në tjetrën. Dhurimet në natyrë, si përdorimi "
                        "falas i ambienteve ose i automjeteve, rrallë vlerësoheshin në para, "
                        "ndërsa shpenzimet e palëve të treta në favor të kandidatëve nuk "
                        "raportoheshin fare.",
                        "Parties submit financial reports on their campaigns after election day, "
                        "and the Central Election Commission publishes them together with the "
                        "auditors' findings. By the time these reports appear, public attention "
                        "has already moved elsewhere. The documents we reviewed from earlier "
                        "elections were mostly scanned files, with categories of spending that "
                        "differ from one party to another. Donations in kind, such as the free use "
                        "of premises or vehicles, were seldom given a monetary value, and spending "
                        "by third parties in favour of candidates was not reported at all.",
                    ),
                ],
            ),
            (
                T("Raportimi gjatë fushatës", "Reporting during the campaign"),
                [
                    T(
                        "Transparenca ka më shumë rëndësi kur votuesit janë ende duke vendosur. "
                        "Disa vende të rajonit u kërkojnë partive të publikojnë raporte të "
                        "ndërmjetme gjatë fushatës, me dhurimet mbi një prag të caktuar dhe zërat "
                        "kryesorë të shpenzimeve. Një formular online i thjeshtë dhe standard, i "
                        "plotësuar nga partitë dhe i publikuar nga Komisioni Qendror i Zgjedhjeve "
                        "si të dhëna të hapura, do t’u lejonte gazetarëve dhe organizatave të "
                        "shoqërisë civile ta ndiqnin paranë në kohë reale. Ai do ta bënte "
                        "gjithashtu auditimin përfundimtar më të shpejtë dhe më të besueshëm.",
                        "Transparency matters most while voters are still deciding. Some countries "
                        "in the region require parties to publish interim reports during the "
                        "campaign, listing donations above a set threshold and the main items of "
                        "spending. A simple, standard online form, filled in by parties and "
                        "published by the Central Election Commission as open data, would allow "
                        "journalists and civil-society organisations to follow the money in real "
                        "time. It would also make the final audit faster and more reliable.",
                    ),
                ],
            ),
        ],
        "findings": [
            T(
                "Raportet financiare të fushatave publikohen shumë kohë pas ditës së zgjedhjeve.",
                "Campaign finance reports are published long after election day.",
            ),
            T(
                "Formatet e raporteve nuk lejojnë krahasim të lehtë ndërmjet partive.",
                "The formats of the reports do not allow easy comparison between parties.",
            ),
            T(
                "Dhurimet në natyrë dhe shpenzimet e palëve të treta mbeten kryesisht të "
                "padukshme.",
                "Donations in kind and third-party spending remain largely invisible.",
            ),
        ],
        "recommendations": [
            (
                T("Kuvendi i Shqipërisë", "Assembly of Albania"),
                T(
                    "Të detyrojë partitë të publikojnë raporte financiare të ndërmjetme gjatë "
                    "fushatës zgjedhore.",
                    "Require parties to publish interim financial reports during the electoral "
                    "campaign.",
                ),
            ),
            (
                T("Komisioni Qendror i Zgjedhjeve", "Central Election Commission"),
                T(
                    "Të publikojë raportet financiare të partive si të dhëna të hapura, në një "
                    "format standard.",
                    "Publish parties' financial reports as open data, in a standard format.",
                ),
            ),
            (
                T("Partitë politike", "Political parties"),
                T(
                    "Të publikojnë vullnetarisht listën e donatorëve të tyre para ditës së "
                    "zgjedhjeve.",
                    "Voluntarily publish their list of donors before election day.",
                ),
            ),
        ],
        "doi": "",
        "isbn": "",
    },
    {
        "slug": "perfshirja-e-komuniteteve-rome-dhe-egjiptiane-ne-proceset-zgjedhore",
        "title": T(
            "Përfshirja e komuniteteve rome dhe egjiptiane në proceset zgjedhore",
            "The inclusion of Roma and Egyptian communities in electoral processes",
        ),
        "subtitle": T(
            "Dokument politikash para zgjedhjeve parlamentare të 11 majit 2025",
            "A policy paper ahead of the parliamentary elections of 11 May 2025",
        ),
        "type": "dokument-politikash",
        "topics": ["pakicat", "edukimi-i-votuesve", "integriteti-zgjedhor"],
        "election": "parlamentare-2025",
        "date": date(2025, 3, 20),
        "authors": [],
        "organisations": ["qkbtat"],
        "summary": [
            T(
                "Shtetasit romë dhe egjiptianë hasin pengesa në çdo fazë të procesit zgjedhor, nga "
                "mungesa e regjistrimit civil dhe e dokumenteve të identifikimit deri te presioni "
                "dhe blerja e votës në lagjet e varfra. Ky dokument bashkon përvojën e "
                "organizatave të komuniteteve dhe të vëzhguesve nga zgjedhjet e mëparshme dhe "
                "propozon masa që institucionet dhe partitë mund të marrin para zgjedhjeve "
                "parlamentare të vitit 2025.",
                "Roma and Egyptian citizens face obstacles at every stage of the electoral "
                "process, from missing civil registration and identity documents to pressure and "
                "vote buying in poor neighbourhoods. This paper brings together the experience of "
                "community organisations and of observers from earlier elections, and proposes "
                "measures that institutions and parties can take before the 2025 parliamentary "
                "elections.",
            ),
        ],
        "sections": [
            (
                T("Dokumentet dhe lista e zgjedhësve", "Documents and the voter list"),
                [
                    T(
                        "Një votues pa dokument identifikimi të vlefshëm nuk mund të votojë, dhe "
                        "një shtetas, lindja ose vendbanimi i të cilit nuk janë regjistruar kurrë, "
                        "nuk shfaqet në listën e zgjedhësve. Organizatat e komuniteteve raportojnë "
                        "se këto probleme janë ende të shpeshta te familjet rome dhe egjiptiane, "
                        "sidomos te ato që janë zhvendosur për të kërkuar punë ose janë kthyer nga "
                        "jashtë vendit. Shërbimet lëvizëse të gjendjes civile dhe kartat e "
                        "identitetit falas për ata në nevojë kanë ndihmuar në të kaluarën, por "
                        "shpesh janë organizuar shumë afër ditës së zgjedhjeve për të sjellë "
                        "ndryshim.",
                        "A voter without a valid identity document cannot vote, and a citizen "
                        "whose birth or residence was never registered does not appear on the "
                        "voter list. Community organisations report that these problems are still "
                        "common among Roma and Egyptian families, especially those who have moved "
                        "in search of work or have returned from abroad. Mobile civil registry "
                        "services and free identity cards for those in need have helped in the "
                        "past, but they were often organised too close to election day to make a "
                        "difference.",
                    ),
                ],
            ),
            (
                T("Presioni dhe blerja e votës", "Pressure and vote buying"),
                [
                    T(
                        "Varfëria i bën komunitetet të cenueshme ndaj ofertave me para, ushqime "
                        "ose favore në këmbim të votës, si dhe ndaj presionit të ndërmjetësve që "
                        "premtojnë votat e një lagjeje të tërë. Vëzhguesit në zgjedhjet e "
                        "mëparshme raportuan praktika të tilla në disa vendbanime rome. Zgjidhja "
                        "nuk është t’i trajtojmë këta votues si të dyshuar, por t’i mbrojmë: "
                        "informacion i qartë në gjuhën rome, vëzhgues të besuar nga komuniteti dhe "
                        "veprim i shpejtë i policisë dhe i prokurorisë kur ofertat denoncohen.",
                        "Poverty makes communities vulnerable to offers of money, food or favours "
                        "in exchange for their vote, and to pressure from intermediaries who "
                        "promise the votes of a whole neighbourhood. Observers at earlier "
                        "elections reported such practices in several Roma settlements. The answer "
                        "is not to treat these voters as suspects but to protect them: clear "
                        "information in the Romani language, observers trusted by the community "
                        "and swift action by the police and the prosecution when offers are "
                        "reported.",
                    ),
                ],
            ),
            (
                T("Përfaqësimi", "Representation"),
                [
                    T(
                        "Shtetasit romë dhe egjiptianë rrallë janë kandidatë në pozicione të "
                        "fitueshme dhe programet e partive i trajtojnë pak shqetësimet e tyre. Aty "
                        "ku anëtarë të komuniteteve kanë shërbyer në komisionet e qendrave të "
                        "votimit ose si vëzhgues, pjesëmarrja në votime dhe besimi te procesi kanë "
                        "pasur prirje të rriten. Partitë mund të përfshijnë anëtarë të "
                        "komuniteteve në listat dhe në ekipet e tyre të fushatës, ndërsa "
                        "administrata zgjedhore mund të rekrutojë anëtarë komisionesh dhe trajnerë "
                        "nga vetë komunitetet.",
                        "Roma and Egyptian citizens are rarely candidates in winnable positions, "
                        "and party programmes pay little attention to their concerns. Where "
                        "community members have served on polling station commissions or as "
                        "observers, voter turnout and trust in the process have tended to rise. "
                        "Parties can include community members on their lists and in their "
                        "campaign teams, and the election administration can recruit commission "
                        "members and trainers from the communities themselves.",
                    ),
                ],
            ),
        ],
        "findings": [
            T(
                "Mungesa e dokumenteve të identifikimit mbetet pengesa e parë për votuesit romë "
                "dhe egjiptianë.",
                "The lack of identity documents remains the first obstacle for Roma and Egyptian "
                "voters.",
            ),
            T(
                "Varfëria i bën komunitetet e margjinalizuara të cenueshme ndaj blerjes së votës.",
                "Poverty makes marginalised communities vulnerable to vote buying.",
            ),
            T(
                "Anëtarët e komuniteteve rrallë kandidojnë në pozicione të fitueshme.",
                "Community members rarely stand as candidates in winnable positions.",
            ),
        ],
        "recommendations": [
            (
                T("Komisioni Qendror i Zgjedhjeve", "Central Election Commission"),
                T(
                    "Të prodhojë materiale informuese në gjuhën rome dhe të rekrutojë trajnerë nga "
                    "komunitetet rome dhe egjiptiane.",
                    "Produce information materials in the Romani language and recruit trainers "
                    "from the Roma and Egyptian communities.",
                ),
            ),
            (
                T("Bashkitë", "Municipalities"),
                T(
                    "Të organizojnë, të paktën gjashtë muaj para zgjedhjeve, shërbime lëvizëse për "
                    "regjistrimin civil dhe pajisjen me dokumente identifikimi.",
                    "Organise, at least six months before the elections, mobile services for civil "
                    "registration and the issuing of identity documents.",
                ),
            ),
            (
                T("Partitë politike", "Political parties"),
                T(
                    "Të përfshijnë kandidatë nga komunitetet rome dhe egjiptiane në pozicione të "
                    "fitueshme në listat e tyre.",
                    "Include candidates from the Roma and Egyptian communities in winnable "
                    "positions on their lists.",
                ),
            ),
        ],
        "doi": "",
        "isbn": "",
    },
    {
        "slug": "media-rrjetet-sociale-dhe-dezinformimi-ne-fushaten-zgjedhore-te-vitit-2025",
        "title": T(
            "Media, rrjetet sociale dhe dezinformimi në fushatën zgjedhore të vitit 2025",
            "Media, social networks and disinformation in the 2025 electoral campaign",
        ),
        "subtitle": T(
            "Raport monitorimi për zgjedhjet parlamentare të 11 majit 2025",
            "Monitoring report on the parliamentary elections of 11 May 2025",
        ),
        "type": "raport-monitorimi",
        "topics": ["media-dhe-zgjedhjet", "integriteti-zgjedhor"],
        "election": "parlamentare-2025",
        "date": date(2025, 9, 25),
        "authors": ["leka", "shehu"],
        "organisations": ["qkbtat", "ipls"],
        "summary": [
            T(
                "Gjatë gjashtë javëve para zgjedhjeve parlamentare të 11 majit 2025, një ekip "
                "monitoruesish ndoqi edicionet kryesore të lajmeve të mbrëmjes në pesë kanale "
                "televizive kombëtare dhe një mostër faqesh publike në rrjetet sociale. Ky raport "
                "përshkruan sa kohë dhe hapësirë iu kushtua secilës parti, sa shpesh materialet e "
                "prodhuara nga partitë u transmetuan si lajme dhe si u përhap në internet "
                "dezinformimi për procesin e votimit.",
                "For six weeks before the parliamentary elections of 11 May 2025, a team of "
                "monitors followed the main evening news of five national television channels and "
                "a sample of public pages on social networks. This report describes how much time "
                "and space went to each party, how often material produced by parties was "
                "broadcast as news and how disinformation about the voting process spread online.",
            ),
            T(
                "Mbulimi në kanalet që monitoruam u dominua nga dy partitë më të mëdha dhe nga "
                "drejtuesit e tyre. Një pjesë e madhe e pamjeve të fushatës vinte e gatshme nga "
                "selitë e partive. Në internet, pretendimet e rreme që u shpërndanë më shumë "
                "kishin të bënin me votimin me postë nga jashtë vendit dhe me fshehtësinë e votës. "
                "Raporti jep rekomandime për Autoritetin e Mediave Audiovizive, transmetuesit dhe "
                "partitë.",
                "Coverage on the channels we monitored was dominated by the two largest parties "
                "and their leaders. Much of the campaign footage came ready-made from party "
                "headquarters. Online, the most widely shared false claims concerned postal voting "
                "from abroad and the secrecy of the vote. The report makes recommendations to the "
                "Audiovisual Media Authority, broadcasters and parties.",
            ),
        ],
        "sections": [
            (
                T("Mbulimi televiziv", "Television coverage"),
                [
                    T(
                        "Në emisionet e lajmeve që monitoruam, dy partitë më të mëdha morën së "
                        "bashku shumicën dërrmuese të kohës së transmetimit që iu dha aktorëve "
                        "politikë, ndërsa partitë më të vogla dhe kandidatët e pavarur u shfaqën "
                        "kryesisht në javën e fundit. Në shumicën e kronikave të fushatës flisnin "
                        "drejtuesit e partive, ndërsa kandidatët në qarqe rrallë. Pamjet e "
                        "prodhuara nga selitë e partive u transmetuan pa u etiketuar si të tilla "
                        "në një pjesë të madhe të kronikave të fushatës, duke e zbehur kufirin "
                        "ndërmjet gazetarisë dhe reklamës politike.",
                        "In the news programmes we monitored, the two largest parties together "
                        "received the overwhelming majority of the airtime given to political "
                        "actors, while smaller parties and independent candidates appeared mainly "
                        "in the final week. Party leaders spoke in most campaign reports, "
                        "candidates in the counties only rarely. Footage produced by party "
                        "headquarters was broadcast without being labelled as such in a large "
                        "share of campaign reports, blurring the line between journalism and "
                        "political advertising.",
                    ),
                ],
            ),
            (
                T("Dezinformimi në internet", "Disinformation online"),
                [
                    T(
                        "Ndër faqet publike që ndoqëm, pretendimet e rreme që u përhapën më shumë "
                        "kishin të bënin me vetë zgjedhjet dhe jo me kandidatët. Disa postime "
                        "pretendonin se votat me postë nga jashtë vendit do të hapeshin para "
                        "numërimit, se pajisjet e identifikimit elektronik regjistronin si votonin "
                        "njerëzit dhe se votuesit që nuk votonin do të humbnin ndihmat sociale. "
                        "Sqarimet e Komisionit Qendror të Zgjedhjeve arritën shumë më pak "
                        "përdorues. Pretendime të tilla e dëmtojnë besimin te procesi dhe mund t’i "
                        "dekurajojnë njerëzit të votojnë.",
                        "Among the public pages we followed, the false claims that spread furthest "
                        "were about the election itself rather than the candidates. Some posts "
                        "claimed that postal votes from abroad would be opened before the count, "
                        "that the electronic identification devices recorded how people voted and "
                        "that voters who did not vote would lose their social benefits. The "
                        "Central Election Commission's corrections reached far fewer users. Such "
                        "claims damage trust in the process and can discourage people from voting.",
                    ),
                ],
            ),
        ],
        "findings": [
            T(
                "Dy partitë më të mëdha dominuan mbulimin e fushatës në lajmet televizive që "
                "monitoruam.",
                "The two largest parties dominated campaign coverage in the television news we "
                "monitored.",
            ),
            T(
                "Pamjet e prodhuara nga partitë shpesh u transmetuan si lajme pa u etiketuar.",
                "Footage produced by parties was often broadcast as news without being labelled.",
            ),
            T(
                "Dezinformimi më i përhapur në internet kishte të bënte me procesin e votimit, jo "
                "me kandidatët.",
                "The most widespread disinformation online concerned the voting process, not the "
                "candidates.",
            ),
            T(
                "Sqarimet zyrtare arritën shumë më pak njerëz sesa pretendimet e rreme.",
                "Official corrections reached far fewer people than the false claims.",
            ),
        ],
        "recommendations": [
            (
                T("Autoriteti i Mediave Audiovizive", "Audiovisual Media Authority"),
                T(
                    "Të monitorojë dhe të publikojë gjatë fushatës përdorimin e pamjeve të "
                    "prodhuara nga partitë në emisionet e lajmeve.",
                    "Monitor and report publicly, during the campaign, on the use of "
                    "party-produced footage in news programmes.",
                ),
            ),
            (
                T("Transmetuesit", "Broadcasters"),
                T(
                    "T’i etiketojnë qartë të gjitha pamjet e siguruara nga partitë dhe t’u japin "
                    "hapësirë edhe kandidatëve në qarqe.",
                    "Clearly label all footage supplied by parties, and give airtime to candidates "
                    "in the counties as well.",
                ),
            ),
            (
                T("Komisioni Qendror i Zgjedhjeve", "Central Election Commission"),
                T(
                    "Të hartojë një plan komunikimi për t’iu përgjigjur shpejt dezinformimit për "
                    "procesin e votimit, në bashkëpunim me organizatat e verifikimit të fakteve.",
                    "Prepare a communication plan to respond quickly to disinformation about the "
                    "voting process, in cooperation with fact-checking organisations.",
                ),
            ),
        ],
        "doi": "10.5281/zenodo.9874316",
        "isbn": "",
    },
    {
        "slug": "pas-zgjedhjeve-te-vitit-2025-nje-axhende-e-oshc-ve-per-reformen-zgjedhore",
        "title": T(
            "Pas zgjedhjeve të vitit 2025: një axhendë e OSHC-ve për reformën zgjedhore",
            "After the 2025 elections: a CSO agenda for electoral reform",
        ),
        "subtitle": T(
            "Propozime për Komisionin e Posaçëm Parlamentar për Reformën Zgjedhore",
            "Proposals for the ad hoc parliamentary committee on electoral reform",
        ),
        "type": "dokument-politikash",
        "topics": ["reforma-zgjedhore", "administrimi-zgjedhjeve", "votimi-i-diaspores"],
        "election": "parlamentare-2025",
        "date": date(2026, 2, 17),
        "authors": [],
        "organisations": ["qkbtat", "ipls"],
        "summary": [
            T(
                "Zgjedhjet parlamentare të vitit 2025 ishin të parat në të cilat shtetasit jashtë "
                "vendit mund të votonin me postë dhe vunë në provë shumë nga ndryshimet e bëra në "
                "Kodin Zgjedhor vitet e fundit. Duke u mbështetur në monitorimin e kryer nga "
                "organizatat e shoqërisë civile në të gjithë vendin, ky dokument paraqet "
                "përparësitë që OSHC-të pjesëmarrëse në projekt propozojnë për raundin e ardhshëm "
                "të reformës zgjedhore.",
                "The 2025 parliamentary elections were the first in which citizens abroad could "
                "vote by post, and they put many of the changes made to the Electoral Code in "
                "recent years to the test. Drawing on the monitoring carried out by civil-society "
                "organisations across the country, this paper sets out the priorities that the "
                "CSOs taking part in the action propose for the next round of electoral reform.",
            ),
            T(
                "Axhenda u diskutua në tryeza të rrumbullakëta me palët e interesuara në Tiranë, "
                "Shkodër dhe Vlorë. Ajo përfshin listën e zgjedhësve, profesionalizmin e "
                "komisioneve zgjedhore, votimin me postë, financimin e fushatave zgjedhore dhe "
                "përfshirjen e grupeve që ende hasin pengesa. Çdo propozim i drejtohet "
                "institucionit që mund të veprojë për të.",
                "The agenda was discussed at round tables with stakeholders in Tirana, Shkodër and "
                "Vlorë. It covers the voter list, the professionalism of election commissions, "
                "postal voting, campaign finance and the inclusion of groups that still face "
                "barriers. Each proposal is addressed to the institution that can act on it.",
            ),
        ],
        "sections": [
            (
                T("Lista e zgjedhësve", "The voter list"),
                [
                    T(
                        "Lista e zgjedhësve hartohet nga regjistri i gjendjes civile dhe përfshin "
                        "shumë shtetas që jetojnë prej vitesh jashtë vendit. Kjo e fryn numrin e "
                        "zgjedhësve të regjistruar, e bën pjesëmarrjen në votime të duket më e "
                        "ulët se ç’është në të vërtetë dhe ushqen dyshimin se identiteti i "
                        "votuesve që mungojnë mund të keqpërdoret. Tani që ekziston votimi me "
                        "postë, lista mund të ndahet më qartë ndërmjet votuesve brenda vendit dhe "
                        "atyre jashtë tij. Një auditim i pavarur i regjistrit të gjendjes civile, "
                        "me vëzhgues nga shoqëria civile, do të ndihmonte në rikthimin e besimit "
                        "para zgjedhjeve të ardhshme.",
                        "The voter list is drawn from the civil registry and includes many "
                        "citizens who have lived abroad for years. This inflates the number of "
                        "registered voters, makes turnout look lower than it really is and feeds "
                        "suspicion that the identities of absent voters could be misused. Now that "
                        "postal voting exists, the list can be divided more clearly between voters "
                        "at home and voters abroad. An independent audit of the civil registry, "
                        "with observers from civil society, would help to restore confidence "
                        "before the next elections.",
                    ),
                ],
            ),
            (
                T("Komisione zgjedhore profesionale", "Professional election commissions"),
                [
                    T(
                        "Vëzhguesit tanë panë sërish komisione qendrash votimi, anëtarët e të "
                        "cilave ishin zëvendësuar disa ditë para votimit dhe nuk kishin ndjekur "
                        "trajnimin. Numërimi ishte i ngadaltë aty ku anëtarët nuk pajtoheshin "
                        "sipas vijave partiake. OSHC-të propozojnë që Komisioni Qendror i "
                        "Zgjedhjeve të mbajë një regjistër të anëtarëve të certifikuar të "
                        "komisioneve, të trajnuar dhe të testuar para çdo procesi zgjedhor, nga i "
                        "cili partitë të zgjedhin kandidaturat e tyre. Me kalimin e kohës, një "
                        "pjesë e çdo komisioni mund të përbëhej nga profesionistë jopartiakë të "
                        "përzgjedhur me konkurs të hapur.",
                        "Our observers again saw polling station commissions whose members had "
                        "been replaced a few days before the vote and had missed the training. "
                        "Counting was slow where members disagreed along party lines. CSOs propose "
                        "that the Central Election Commission keep a register of certified "
                        "commission members, trained and tested before each election, from which "
                        "parties would choose their nominees. Over time, part of each commission "
                        "could be made up of non-partisan professionals selected through an open "
                        "competition.",
                    ),
                ],
            ),
            (
                T("Votimi me postë dhe përfshirja", "Postal voting and inclusion"),
                [
                    T(
                        "Votimi me postë i riktheu në procesin zgjedhor shumë shtetas jashtë "
                        "vendit, por organizatat që punojnë me diasporën raportuan se periudha e "
                        "regjistrimit u duk e shkurtër dhe se informacioni mbërriti me vonesë te "
                        "shumë votues. Rregullat duhet të rishikohen duke pasur parasysh përvojën "
                        "e diasporës. Brenda vendit, aksesueshmëria e qendrave të votimit, "
                        "informimi i votuesve për herë të parë dhe mbrojtja e votuesve romë dhe "
                        "egjiptianë nga presioni mbeten çështje të papërfunduara, dhe për secilën "
                        "prej tyre plani i reformës duhet të caktojë një institucion përgjegjës "
                        "dhe një kalendar.",
                        "Postal voting brought many citizens abroad back into the electoral "
                        "process, but organisations working with the diaspora reported that the "
                        "registration period felt short and that information reached many voters "
                        "late. The rules should be reviewed in the light of the diaspora's "
                        "experience. At home, the accessibility of polling stations, information "
                        "for first-time voters and the protection of Roma and Egyptian voters from "
                        "pressure remain unfinished business, and for each of them the reform plan "
                        "should set a responsible institution and a timetable.",
                    ),
                ],
            ),
        ],
        "findings": [
            T(
                "Lista e zgjedhësve përfshin shumë shtetas që jetojnë prej kohësh jashtë vendit.",
                "The voter list includes many citizens who have long lived abroad.",
            ),
            T(
                "Zëvendësimet e vonshme të anëtarëve të komisioneve vazhduan të dëmtojnë cilësinë "
                "e numërimit.",
                "Late replacements of commission members continued to harm the quality of the "
                "count.",
            ),
            T(
                "Votimi me postë e zgjeroi pjesëmarrjen e diasporës, por procedurat e regjistrimit "
                "kanë nevojë për përmirësim.",
                "Postal voting widened the participation of the diaspora, but the registration "
                "procedures need improvement.",
            ),
        ],
        "recommendations": [
            (
                T(
                    "Komisioni i Posaçëm Parlamentar për Reformën Zgjedhore",
                    "Ad hoc parliamentary committee on electoral reform",
                ),
                T(
                    "Të miratojë një kalendar të reformës zgjedhore që përfundon të paktën një vit "
                    "para zgjedhjeve të ardhshme.",
                    "Adopt a timetable for electoral reform that ends at least a year before the "
                    "next elections.",
                ),
            ),
            (
                T("Komisioni Qendror i Zgjedhjeve", "Central Election Commission"),
                T(
                    "Të krijojë një regjistër të anëtarëve të certifikuar të komisioneve "
                    "zgjedhore.",
                    "Set up a register of certified members of election commissions.",
                ),
            ),
            (
                T("Kuvendi i Shqipërisë", "Assembly of Albania"),
                T(
                    "Të mandatojë një auditim të pavarur të regjistrit të gjendjes civile dhe të "
                    "listës së zgjedhësve.",
                    "Mandate an independent audit of the civil registry and of the voter list.",
                ),
            ),
            (
                T("Organizatat e shoqërisë civile", "Civil-society organisations"),
                T(
                    "Të vazhdojnë monitorimin e zbatimit të reformës dhe të raportojnë publikisht "
                    "çdo gjashtë muaj.",
                    "Continue monitoring the implementation of the reform and report publicly "
                    "every six months.",
                ),
            ),
        ],
        "doi": "",
        "isbn": "",
    },
]
