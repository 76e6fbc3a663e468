"""Writes judgments.json from the families and decoys below (run it after editing them:
`python search/evaluation/make_judgments.py`). Every query of a family must find every page of
that family; every decoy query must not find its page."""

import json
from pathlib import Path

# class, pages (one sentence each, real Albanian), queries (other forms, typed with or without ë/ç)
FAMILIES = [
    (
        "masculine noun",
        "deputet",
        [
            "Deputeti i qarkut Kukës foli për reformën.",
            "Deputetët e opozitës kërkuan transparencë.",
            "Letra iu dërgua deputetëve të Kuvendit.",
        ],
        ["deputet", "deputetit", "deputetin", "deputeteve", "deputetet", "deputetesh"],
    ),
    (
        "masculine noun",
        "kandidat",
        [
            "Kandidati i pavarur paraqiti programin e tij.",
            "Lista e kandidatëve u botua nga KQZ.",
            "Partitë prezantuan kandidatët për bashkitë.",
        ],
        ["kandidat", "kandidati", "kandidatit", "kandidatin", "kandidateve", "kandidatë"],
    ),
    (
        "masculine noun",
        "ligj",
        [
            "Ligji për partitë politike ndryshoi në vitin 2020.",
            "Ndryshimet e ligjeve zgjedhore u miratuan.",
            "Organizatat propozuan një ligj të ri.",
        ],
        ["ligj", "ligji", "ligjit", "ligjin", "ligjet", "ligjeve"],
    ),
    (
        "masculine noun",
        "qytet",
        [
            "Qyteti i Shkodrës ka shumë organizata aktive.",
            "Tryezat u mbajtën në qytetet e veriut.",
            "Banorët e këtij qyteti votuan herët.",
        ],
        ["qytet", "qyteti", "qytetit", "qytetet", "qyteteve", "qytete"],
    ),
    (
        "masculine noun",
        "komision",
        [
            "Komisioni Qendror i Zgjedhjeve publikoi rezultatet.",
            "Anëtarët e komisioneve zonale u trajnuan.",
            "Raporti iu dorëzua komisionit parlamentar.",
        ],
        ["komision", "komisioni", "komisionit", "komisionin", "komisionet", "komisioneve"],
    ),
    (
        "masculine noun",
        "raport",
        [
            "Raporti përfundimtar i monitorimit u botua sot.",
            "Organizatat publikuan raportet e tyre.",
            "Gjetjet e raportit u diskutuan në tryezë.",
        ],
        ["raport", "raporti", "raportin", "raportet", "raporteve"],
    ),
    (
        "masculine noun",
        "vend",
        [
            "Shqiptarët jashtë vendit votuan me postë.",
            "Vendet e rajonit ndajnë të njëjtat sfida.",
            "Në këtë vend votimi nisi me vonesë.",
        ],
        ["vend", "vendi", "vendin", "vendet", "vendeve"],
    ),
    (
        "masculine noun",
        "zgjedhes",
        [
            "Zgjedhësit e rinj votuan për herë të parë.",
            "Saktësia e listës së zgjedhësve u verifikua.",
            "Çdo zgjedhës ka të drejtë të informohet.",
        ],
        ["zgjedhes", "zgjedhësi", "zgjedhësin", "zgjedhesit", "zgjedhesve"],
    ),
    (
        "feminine noun",
        "zgjedhje",
        [
            "Zgjedhjet vendore u mbajtën në maj.",
            "Monitorimi i zgjedhjeve parlamentare zgjati dy muaj.",
            "Pjesëmarrja në zgjedhje ishte e ulët.",
        ],
        ["zgjedhje", "zgjedhja", "zgjedhjes", "zgjedhjen", "zgjedhjet", "zgjedhjeve"],
    ),
    (
        "feminine noun",
        "reforme",
        [
            "Reforma zgjedhore është prioritet i Kuvendit.",
            "Organizatat mbështetën reformat në drejtësi.",
            "Debati për reformën vazhdoi gjatë gjithë vitit.",
        ],
        ["reforme", "reforma", "reformës", "reformen", "reformat", "reformave"],
    ),
    (
        "feminine noun",
        "fushate",
        [
            "Fushata zgjedhore zgjati tridhjetë ditë.",
            "Shpenzimet e fushatave u raportuan me vonesë.",
            "Gjatë fushatës u regjistruan shkelje.",
        ],
        ["fushate", "fushata", "fushatës", "fushaten", "fushatat", "fushatave"],
    ),
    (
        "feminine noun",
        "organizate",
        [
            "Organizata monitoroi votimin në Durrës.",
            "Rrjeti i organizatave të shoqërisë civile u takua.",
            "Kjo organizatë punon me të rinjtë.",
        ],
        ["organizate", "organizata", "organizatës", "organizaten", "organizatat", "organizatave"],
    ),
    (
        "feminine noun",
        "shoqeri",
        [
            "Shoqëria civile monitoron procesin zgjedhor.",
            "Roli i shoqërisë civile në zgjedhje.",
            "Shoqëritë e vogla u përfshinë në projekt.",
        ],
        ["shoqeri", "shoqëria", "shoqërisë", "shoqerine", "shoqerite", "shoqerive"],
    ),
    (
        "feminine noun",
        "liste",
        [
            "Lista e zgjedhësve përmban gabime.",
            "Partitë dorëzuan listat e kandidatëve.",
            "Emri i saj nuk ishte në listë.",
        ],
        ["liste", "lista", "listës", "listen", "listat", "listave"],
    ),
    (
        "feminine noun",
        "parti",
        [
            "Partia në pushtet fitoi shumicën.",
            "Financimi i partive politike duhet të jetë transparent.",
            "Partitë e vogla kërkuan prag më të ulët.",
        ],
        ["parti", "partia", "partise", "partine", "partite", "partive"],
    ),
    (
        "feminine noun",
        "pjesemarrje",
        [
            "Pjesëmarrja e të rinjve në zgjedhje u rrit.",
            "Nxitja e pjesëmarrjes qytetare është qëllimi ynë.",
        ],
        ["pjesëmarrje", "pjesemarrja", "pjesemarrjes", "pjesemarrjen"],
    ),
    (
        "definite / indefinite",
        "votim",
        [
            "Votimi jashtë vendit u zhvillua me postë.",
            "Qendrat e votimit u hapën në orën shtatë.",
            "Një votim i lirë dhe i ndershëm.",
        ],
        ["votim", "votimi", "votimit", "votimin", "votimet", "votimeve"],
    ),
    (
        "definite / indefinite",
        "monitorim",
        [
            "Monitorimi i mediave gjatë fushatës.",
            "Gjetjet e monitorimit u botuan në raport.",
            "Organizata kreu një monitorim të pavarur.",
        ],
        ["monitorim", "monitorimi", "monitorimit", "monitorimin", "monitorimet"],
    ),
    (
        "definite / indefinite",
        "vote",
        [
            "Blerja e votës mbetet problem në zonat rurale.",
            "Votat u numëruan gjatë natës.",
            "Çdo votë ka rëndësi.",
        ],
        ["vote", "vota", "votën", "votat", "votave"],
    ),
    (
        "vowel-dropping noun",
        "numer",
        [
            "Numri i votuesve u rrit në krahasim me vitin e kaluar.",
            "Numrat e telefonit u publikuan gabimisht.",
            "Një numër i madh ankesash u regjistrua.",
        ],
        ["numer", "numri", "numrin", "numrit", "numrat", "numrave"],
    ),
    (
        "vowel-dropping noun",
        "emer",
        [
            "Emri i organizatës u ndryshua.",
            "Emrat e kandidatëve janë në fletën e votimit.",
            "Ai votoi në emër të nënës së tij.",
        ],
        ["emer", "emri", "emrin", "emrit", "emrat", "emrave"],
    ),
    (
        "vowel-dropping noun",
        "qender",
        [
            "Qendra e votimit u hap me vonesë.",
            "Vëzhguesit vizituan qendrat e numërimit.",
            "Ai punon në një qendër komunitare.",
        ],
        ["qender", "qendra", "qendrën", "qendrës", "qendrat", "qendrave"],
    ),
    (
        "vowel-dropping noun",
        "liber",
        [
            "Libri i ri për sistemin zgjedhor u prezantua.",
            "Librat u shpërndanë në shkolla.",
        ],
        ["liber", "libri", "librin", "librat", "librave"],
    ),
    (
        "irregular plural",
        "grua",
        [
            "Gratë kandidate në zgjedhjet vendore.",
            "Pjesëmarrja e grave në politikë mbetet e ulët.",
            "Një grua u zgjodh kryetare bashkie.",
        ],
        ["grua", "gruaja", "gruas", "gra", "grate", "grave"],
    ),
    (
        "irregular plural",
        "njeri",
        [
            "Njerëzit me aftësi të kufizuara votuan me ndihmë.",
            "Të drejtat e njeriut janë në qendër të punës sonë.",
        ],
        ["njeri", "njeriu", "njerez", "njerezit", "njerezve"],
    ),
    (
        "irregular plural",
        "dore",
        [
            "Votat u numëruan me dorë.",
            "Duart e votuesve u shënuan me bojë.",
        ],
        ["dore", "dora", "duar", "duart"],
    ),
    (
        "feminine agent noun",
        "gjyqtar",
        [
            "Gjyqtarja e Kolegjit Zgjedhor shqyrtoi ankesën.",
            "Gjyqtari vendosi për rinumërimin.",
            "Vendimi i gjyqtarëve u botua.",
        ],
        ["gjyqtar", "gjyqtari", "gjyqtarja", "gjyqtares", "gjyqtaret", "gjyqtareve"],
    ),
    (
        "feminine agent noun",
        "monitorues",
        [
            "Monitoruesja e organizatës raportoi parregullsi.",
            "Monitoruesit vëzhguan numërimin e votave.",
            "Një monitorues i pavarur u pengua të hynte.",
        ],
        ["monitorues", "monitoruesja", "monitoruesit", "monitoruese", "monitoruesve"],
    ),
    (
        "feminine agent noun",
        "vezhgues",
        [
            "Vëzhguesja ndërkombëtare vizitoi Korçën.",
            "Vëzhguesit tanë monitoruan qendrat e votimit.",
            "Raporti i vëzhguesve vendas.",
        ],
        ["vezhgues", "vëzhguesja", "vezhguesit", "vezhguese", "vezhguesve"],
    ),
    (
        "feminine agent noun",
        "deputet-f",
        [
            "Deputetja e Tiranës propozoi ndryshimin.",
        ],
        ["deputet", "deputetja", "deputeti"],
    ),
    (
        "adjective",
        "zgjedhor",
        [
            "Kodi Zgjedhor u ndryshua pas konsultimeve.",
            "Procesi zgjedhor duhet të jetë transparent.",
            "Administrata zgjedhore u trajnua para votimit.",
        ],
        ["zgjedhor", "zgjedhore", "zgjedhorë", "zgjedhorit"],
    ),
    (
        "adjective",
        "vendor",
        [
            "Zgjedhjet vendore u mbajtën në maj.",
            "Qeverisja vendore dhe pjesëmarrja qytetare.",
            "Pushteti vendor ka përgjegjësi të mëdha.",
        ],
        ["vendor", "vendore", "vendorë", "vendorit"],
    ),
    (
        "adjective",
        "gjinor",
        [
            "Kuota gjinore u respektua nga partitë.",
            "Barazia gjinore në listat e kandidatëve.",
        ],
        ["gjinor", "gjinore", "gjinorë"],
    ),
    (
        "adjective",
        "shoqeror",
        [
            "Dialogu shoqëror për reformat zgjedhore.",
            "Organizatat shoqërore morën pjesë në tryezë.",
        ],
        ["shoqeror", "shoqerore", "shoqërorë"],
    ),
    (
        "verb",
        "votoj",
        [
            "Shumë të rinj votuan për herë të parë.",
            "Ai voton në qendrën e qytetit.",
            "Diaspora do të votojë me postë.",
        ],
        ["votoj", "voton", "votuan", "votoi", "votojne", "votuar"],
    ),
    (
        "verb",
        "monitoroj",
        [
            "Organizatat monitoruan fushatën zgjedhore.",
            "Rrjeti monitoron financimin e partive.",
        ],
        ["monitoroj", "monitoruan", "monitoron", "monitoruar"],
    ),
    (
        "verb",
        "raportoj",
        [
            "Vëzhguesit raportuan shkelje në tre qendra.",
            "Media raporton çdo ditë për fushatën.",
        ],
        ["raportoj", "raportuan", "raporton", "raportuar"],
    ),
    (
        "compound",
        "kryetar",
        [
            "Kryetari i bashkisë takoi organizatat.",
            "Kandidatët për kryetarë bashkish debatuan.",
        ],
        ["kryetar", "kryetari", "kryetarit", "kryetare"],
    ),
    (
        "compound",
        "vetqeverisje",
        [
            "Vetëqeverisja vendore dhe decentralizimi.",
            "Ligji për vetëqeverisjen vendore.",
        ],
        ["vetëqeverisje", "veteqeverisja", "vetëqeverisjes"],
    ),
    (
        "compound",
        "mosbesim",
        [
            "Mosbesimi ndaj institucioneve ul pjesëmarrjen.",
            "Niveli i mosbesimit është i lartë.",
        ],
        ["mosbesim", "mosbesimi", "mosbesimit"],
    ),
]

# (class, query, a page that must NOT match it): look-alike words with other meanings
DECOYS = [
    # the old stemmer cut these to one stem: deputet -> dep, depo -> depo, ...
    ("votë", "Vatra e votrës së shtëpisë."),
    ("vote", "Votra e vjetër u shemb."),
    ("votër", "Votat u numëruan gjatë natës."),
    ("kod", "Kodra mbi qytet u pyllëzua."),
    ("kodër", "Kodi Zgjedhor u ndryshua pas konsultimeve."),
    ("koder", "Kodet e sigurisë u ndryshuan."),
    ("mal", "Malli i shitur nuk kthehet."),
    ("mall", "Mali ishte i mbuluar me borë."),
    ("mall", "Malet e veriut janë të larta."),
    ("mal", "Mallrat u zhdoganuan."),
    ("deputet", "Depoja e materialeve zgjedhore u mbyll."),
    ("depo", "Deputetët e opozitës kërkuan transparencë."),
    ("deputet", "Depozita u kthye pas zgjedhjeve."),
    ("depozite", "Deputeti i qarkut Kukës foli."),
    ("shtet", "Shtetasit e huaj nuk votojnë."),
    ("shtetas", "Shteti duhet të garantojë votën e lirë."),
    ("shtet", "Shtetësia shqiptare fitohet me ligj."),
    ("shtetesi", "Shtetet e rajonit ndajnë sfida."),
    ("shtepi", "Shteti duhet të garantojë votën e lirë."),
    ("shteti", "Shtëpia e kulturës u rikonstruktua."),
    ("qytet", "Qytetarët kërkuan llogari."),
    ("qytetar", "Qyteti i Shkodrës ka organizata aktive."),
    ("qytetaret", "Qytetet e veriut mbetën pa ujë."),
    ("qytetet", "Qytetarët e rinj u regjistruan."),
    ("qytetari", "Qytetërimi ilir la gjurmë."),
    ("qyteterim", "Qytetaria aktive nis në shkollë."),
    ("zgjedhje", "Zgjedhësit e rinj votuan për herë të parë."),
    ("zgjedhes", "Zgjedhjet vendore u mbajtën në maj."),
    ("zgjedhesit", "Zgjedhjet e parakohshme u shpallën."),
    ("zgjedhjet", "Lista e zgjedhësve përmban gabime."),
    ("vend", "Vendimi i gjykatës u botua."),
    ("vendim", "Shqiptarët jashtë vendit votuan me postë."),
    ("vendimet", "Vendet e rajonit ndajnë sfida."),
    ("vendet", "Vendimet e KQZ u ankimuan."),
    ("vendor", "Vendimi i gjykatës u botua."),
    ("vendim", "Zgjedhjet vendore u mbajtën në maj."),
    ("vendos", "Vendet e rajonit ndajnë sfida."),
    ("vendore", "Shqiptarët jashtë vendit votuan."),
    ("parti", "Partizanët u përkujtuan në nëntor."),
    ("partizan", "Partitë e vogla kërkuan prag më të ulët."),
    ("partiake", "Partitë e vogla kërkuan prag."),
    ("partite", "Disiplina partiake u kritikua."),
    ("fushate", "Fusha e futbollit u shndërrua në park."),
    ("fushe", "Fushata zgjedhore zgjati tridhjetë ditë."),
    ("fushen", "Fushata zgjedhore zgjati tridhjetë ditë."),
    ("fusha", "Fushatat e partive kushtuan shumë."),
    ("ligj", "Ligjërata e profesorit zgjati dy orë."),
    ("ligjerata", "Ligji për partitë politike ndryshoi."),
    ("ligjor", "Ligjet e reja u miratuan."),
    ("ligjet", "Korniza ligjore është e paqartë."),
    ("komision", "Komisioneri i zonës u zëvendësua."),
    ("komisioner", "Komisioni Qendror publikoi rezultatet."),
    ("komisioneret", "Komisionet zonale u trajnuan."),
    ("komisionet", "Komisionerët e zonave u trajnuan."),
    ("organizate", "Organizimi i tryezës ishte i mirë."),
    ("organizim", "Organizata monitoroi votimin."),
    ("organizator", "Organizatat e shoqërisë civile u takuan."),
    ("organizatat", "Organizatori i fushatës foli."),
    ("liste", "Listimi i kandidatëve sipas alfabetit."),
    ("listim", "Lista e zgjedhësve përmban gabime."),
    ("gjyqtar", "Gjykata Kushtetuese shqyrtoi ankesën."),
    ("gjykata", "Gjyqtari vendosi për rinumërimin."),
    ("gjyqesor", "Gjyqtarët e rinj u emëruan."),
    ("gjyqtaret", "Sistemi gjyqësor në reformë."),
    ("numer", "Numërimi i votave zgjati dy ditë."),
    ("numerim", "Numri i votuesve u rrit."),
    ("numerimi", "Numrat e telefonit u publikuan."),
    ("numrat", "Numërimi elektronik u testua."),
    ("votim", "Votuesit e rinj u regjistruan."),
    ("votues", "Votimi jashtë vendit u zhvillua me postë."),
    ("votuesit", "Votimet e mëparshme u krahasuan."),
    ("votimet", "Votuesve iu dha fleta."),
    ("administrate", "Administratori i faqes u ndryshua."),
    ("administrator", "Administrata zgjedhore u trajnua."),
    ("rajon", "Zhvillimi rajonal i veriut."),
    ("rajonal", "Vendet e rajonit ndajnë sfida."),
    ("kandidat", "Kandidatura e saj u pranua."),
    ("kandidature", "Kandidati i pavarur paraqiti programin."),
    ("kandidaturat", "Kandidatët për bashkitë u prezantuan."),
    ("kandidatet", "Kandidaturat u dorëzuan në kohë."),
    ("qender", "Pushteti qendror dhe bashkitë."),
    ("qendror", "Qendra e votimit u hap me vonesë."),
    ("qendrore", "Qendrat e numërimit u mbyllën."),
    ("qendrat", "Zyrat qendrore u zhvendosën."),
    ("pune", "Punonjësit e bashkisë votuan."),
    ("punonjes", "Puna e vëzhguesve ishte e vështirë."),
    ("shoqeri", "Dialogu shoqëror për reformat."),
    ("shoqeror", "Shoqëria civile monitoron procesin."),
    ("monitorim", "Monitoruesit vëzhguan numërimin."),
    ("monitorues", "Monitorimi i mediave gjatë fushatës."),
    ("vezhgim", "Vëzhguesit vizituan qendrat."),
    ("vezhgues", "Vëzhgimi i fushatës zgjati dy muaj."),
    ("raport", "Raportuesi i OSBE-së foli."),
    ("raportues", "Raporti përfundimtar u botua sot."),
    ("pjese", "Pjesëmarrja e të rinjve në zgjedhje u rrit."),
    ("pjesemarrje", "Pjesa më e madhe e votave."),
    ("pjesemarres", "Pjesëmarrja e grave mbetet e ulët."),
    ("pjesemarrja", "Pjesëmarrësit e tryezës folën."),
    ("kryetar", "Kryeministri foli për reformën."),
    ("kryeminister", "Kryetari i bashkisë takoi organizatat."),
    ("mandat", "Mandatari u ngarkua me qeverinë."),
    ("mandatar", "Mandati i deputetëve zgjat katër vjet."),
    ("grua", "Grupi i të rinjve u takua."),
    ("grup", "Gratë kandidate në zgjedhjet vendore."),
    ("gra", "Grada e oficerit u hoq."),
    ("emer", "Emërimi i anëtarëve të KQZ."),
    ("emerim", "Emri i organizatës u ndryshua."),
    ("emrat", "Emërimet u kundërshtuan."),
    ("liber", "Liria e shprehjes u mbrojt."),
    ("liri", "Libri i ri u prezantua."),
    ("dore", "Dorëzimi i listave u shty."),
    ("dorezim", "Votat u numëruan me dorë."),
    ("mosbesim", "Besimi te institucionet u rrit."),
    ("besim", "Mosbesimi ndaj institucioneve ul pjesëmarrjen."),
    ("vetëqeverisje", "Qeverisja qendrore dhe bashkitë."),
    ("qeverisje", "Vetëqeverisja vendore dhe decentralizimi."),
    ("reforme", "Reformatori i ri i partisë foli."),
    ("reformator", "Reforma zgjedhore është prioritet."),
    ("gjinor", "Gjinia e kandidatit nuk ka rëndësi."),
    ("gjini", "Kuota gjinore u respektua."),
    ("korrupsion", "Korruptimi i zyrtarit u provua."),
    ("transparence", "Transparent ishte vetëm procesi."),
]

ENGLISH = [
    ("election", "Elections were held in May."),
    ("voting", "Votes were counted overnight."),
    ("monitoring", "Our observers monitored the count."),
    ("campaigns", "The campaign ended in May."),
]
ENGLISH_DECOYS = [("vote", "The veto was overturned."), ("election", "The electorate was small.")]


def build():
    pages, judgments = {}, []
    for klass, family, texts, queries in FAMILIES:
        for n, text in enumerate(texts, 1):
            key = f"{family}-{n}"
            pages[key] = {"language": "sq", "text": text}
            judgments += [{"q": q, "page": key, "match": True, "class": klass} for q in queries]
    for n, (q, text) in enumerate(DECOYS, 1):
        key = f"decoy-{n}"
        pages[key] = {"language": "sq", "text": text}
        judgments.append({"q": q, "page": key, "match": False, "class": "decoy"})
    for n, (q, text) in enumerate(ENGLISH, 1):
        pages[f"en-{n}"] = {"language": "en", "text": text}
        judgments.append({"q": q, "page": f"en-{n}", "match": True, "class": "English"})
    for n, (q, text) in enumerate(ENGLISH_DECOYS, 1):
        pages[f"en-decoy-{n}"] = {"language": "en", "text": text}
        judgments.append({"q": q, "page": f"en-decoy-{n}", "match": False, "class": "decoy"})
    return {"about": __doc__.split("\n\n")[0], "pages": pages, "judgments": judgments}


if __name__ == "__main__":
    out = Path(__file__).with_name("judgments.json")
    out.write_text(json.dumps(build(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
