# ruff: noqa: E501
"""Place probes for issue 3: short invented wire articles with the located-in, part-of, citizen-of
and resides-in facts a careful reader annotates (``"rel"``: (kind, subject, object)). Every person
and organisation name is invented; countries and cities are real. Run
``python tests/probes/run_i3.py --module i3_places -v``.
"""

from __future__ import annotations

R = "rel"

PROBES: list[tuple[str, str, dict]] = [
    (
        "place.reuters_plant",
        "Steelmaker to shut Austrian plant as orders slump\n\n"
        "FRANKFURT, March 3 (Reuters) - Halvorsteg Stahl, the Duisburg-based steelmaker, said on Tuesday it "
        "would close its rolling mill in Linz, Austria, by the end of the year, cutting 640 jobs.\n\n"
        "The company, which also runs a coating line in Ostrava in the Czech Republic, blamed weak demand "
        "from carmakers and high energy prices.\n\n"
        '"We have no choice," chief executive Wendelin Obermayr told reporters in Frankfurt.\n\n'
        "Its logistics arm, Kessmar Transport, will be sold to a Polish rival, Trzaska Cargo of Gdansk, "
        "the company said.\n\n"
        "Reporting by Annelie Brucknerova; Editing by Tom Hesketh",
        {
            R: [
                ("locatedIn", "Halvorsteg Stahl", "Duisburg"),
                ("locatedIn", "Linz", "Austria"),
                ("locatedIn", "Ostrava", "Czech Republic"),
                ("partOf", "Kessmar Transport", "Halvorsteg Stahl"),
                ("locatedIn", "Trzaska Cargo", ("Gdansk", "Poland")),
            ]
        },
    ),
    (
        "place.ap_local",
        "Flooding forces hundreds from homes in northern Italy\n\n"
        "MILAN (AP) — Floodwaters forced more than 800 people from their homes in the Piedmont region of "
        "northern Italy on Sunday after the Tanaro river burst its banks near Alessandria.\n\n"
        "Giulia Fenestrelli, a 71-year-old resident of Asti, said the water reached her kitchen within "
        'minutes. "I have lived here all my life and never seen this," she said.\n\n'
        "The Italian Civil Protection Department said rescuers from Turin and Genoa had been sent to help.\n\n"
        "Cesare Brondolo of Alessandria, a retired teacher, said his street was under a metre of water.",
        {
            R: [
                ("locatedIn", "Alessandria", ("Piedmont", "Italy")),
                ("residesIn", "Giulia Fenestrelli", "Asti"),
                ("residesIn", "Cesare Brondolo", "Alessandria"),
                ("locatedIn", "Italian Civil Protection Department", "Italy"),
                ("locatedIn", "Piedmont", "Italy"),
            ]
        },
    ),
    (
        "place.afp_ngo",
        "Aid group says clinic in Chad struck\n\n"
        "N'DJAMENA (AFP) - A health centre run by the Geneva-based charity Soins Sans Frontieres Sahel was "
        "hit by shelling near Adre, on Chad's border with Sudan, the group said Thursday.\n\n"
        "Two nurses, a Chadian and a Kenyan national, were wounded, said Marguerite Oyono-Kessler, the "
        "group's regional coordinator in N'Djamena.\n\n"
        "The clinic, which is funded by the Nairobi-based Horn Relief Fund, treats refugees from "
        "Sudan's Darfur region.\n\n"
        "Oyono-Kessler, a Cameroonian doctor, said the charity would move its staff to Abeche.",
        {
            R: [
                ("locatedIn", "Soins Sans Frontieres Sahel", "Geneva"),
                ("locatedIn", "Adre", "Chad"),
                ("locatedIn", "Horn Relief Fund", "Nairobi"),
                ("locatedIn", "Darfur", "Sudan"),
                ("citizenOf", "Marguerite Oyono-Kessler", "Cameroon"),
            ]
        },
    ),
    (
        "place.bbc_court",
        "Businessman jailed over Cardiff care home fraud\n\n"
        "A businessman from Swansea who stole £2m from a chain of care homes has been jailed for six years.\n\n"
        "Rhodri Trevanance, 58, of Mumbles, ran Glanmor Care, which owned five homes across south Wales, "
        "Cardiff Crown Court heard.\n\n"
        "The court was told that he moved money to a company in Jersey, Tallis Holdings, which he "
        "controlled through his wife, Seren Trevanance.\n\n"
        'Judge Idris Vaughan-Leckie said Trevanance had "betrayed the most vulnerable". South Wales Police '
        "said it would seek to recover the money.",
        {
            R: [
                ("residesIn", "Rhodri Trevanance", ("Mumbles", "Swansea")),
                ("locatedIn", "Tallis Holdings", "Jersey"),
                ("locatedIn", "Cardiff Crown Court", "Cardiff"),
            ]
        },
    ),
    (
        "place.reuters_bank",
        "Brazil's Banco Itacolomi to buy Chilean lender\n\n"
        "SAO PAULO, June 9 (Reuters) - Banco Itacolomi, Brazil's fourth-largest private bank, agreed on "
        "Monday to buy Santiago-based Banco Austral de Fomento for $1.2 billion, its first deal outside "
        "Brazil.\n\n"
        "Itacolomi said it would keep the Chilean bank's brand and its headquarters in Santiago. The deal "
        "needs approval from Chile's financial regulator, the Comision para el Mercado Financiero.\n\n"
        "Analysts at Rio de Janeiro brokerage Corretora Pedra Azul said the price was fair.\n\n"
        "Itacolomi's shares rose 2% in Sao Paulo.",
        {
            R: [
                ("locatedIn", "Banco Itacolomi", "Brazil"),
                ("locatedIn", "Banco Austral de Fomento", ("Santiago", "Chile")),
                ("locatedIn", "Comision para el Mercado Financiero", "Chile"),
                ("locatedIn", "Corretora Pedra Azul", "Rio de Janeiro"),
            ]
        },
    ),
    (
        "place.guardian_university",
        "Scientists at a Leeds university warn of river pollution\n\n"
        "Researchers from the University of Harrowgate's water institute in Leeds have found high levels "
        "of sewage in rivers across Yorkshire, England.\n\n"
        "The study, led by Dr Priyanka Venkatraman, tested water at 60 sites, including stretches near "
        "Ilkley and Otley.\n\n"
        "A spokesperson for Aire Valley Water, the regional supplier based in Bradford, said it was "
        "investing £400m.\n\n"
        'Venkatraman, who lives in Harrogate, said: "People deserve clean rivers."',
        {
            R: [
                ("locatedIn", "University of Harrowgate", "Leeds"),
                ("locatedIn", "Aire Valley Water", "Bradford"),
                ("residesIn", "Priyanka Venkatraman", "Harrogate"),
                ("locatedIn", "Yorkshire", "England"),
            ]
        },
    ),
    (
        "place.aljazeera_strike",
        "Strike hits port in southern Lebanon\n\n"
        "BEIRUT — An air strike hit a warehouse at the port of Tyre in southern Lebanon early on Friday, "
        "according to Lebanon's state-run National News Agency.\n\n"
        "The warehouse belonged to Sidon-based shipping firm Zoghbi Marine Services, its owner Tarek "
        "Zoghbi-Nassar told Al Jazeera.\n\n"
        "Lebanon's caretaker health minister said five people were wounded and taken to hospitals in "
        "Nabatieh and Sidon.\n\n"
        "The Beirut-based rights group Masar Watch condemned the strike.",
        {
            R: [
                ("locatedIn", "Tyre", "Lebanon"),
                ("locatedIn", "Zoghbi Marine Services", "Sidon"),
                ("locatedIn", "Masar Watch", "Beirut"),
                ("locatedIn", "National News Agency", "Lebanon"),
            ]
        },
    ),
    (
        "place.nikkei_factory",
        "Japanese chipmaker picks Kumamoto for new plant\n\n"
        "TOKYO -- Semiconductor maker Aokawa Devices will build a 300 billion yen plant in Kumamoto "
        "Prefecture, on the southern island of Kyushu, the company said Wednesday.\n\n"
        "The Osaka-headquartered company, a unit of the Aokawa Group, will hire 1,200 workers. Its "
        "Taiwanese partner, Hsinchu-based Lianfa Precision, will supply equipment.\n\n"
        "Aokawa President Kenjiro Matsudaira said the site in Kikuyo, a town near Kumamoto city, was "
        "chosen for its water supply.",
        {
            R: [
                ("locatedIn", "Aokawa Devices", "Osaka"),
                ("partOf", "Aokawa Devices", "Aokawa Group"),
                ("locatedIn", "Lianfa Precision", ("Hsinchu", "Taiwan")),
                ("locatedIn", "Kumamoto Prefecture", ("Kyushu", "Japan")),
                ("locatedIn", "Kikuyo", ("Kumamoto", "Kumamoto Prefecture")),
            ]
        },
    ),
    (
        "place.dw_profile",
        "German-born physicist wins Nordic science prize\n\n"
        "STOCKHOLM (dpa) - Hartmut Wegscheider, a German-born physicist who has lived in Uppsala since 1998, "
        "won the Osterlund Prize on Monday for his work on superconductors.\n\n"
        "Wegscheider, 66, a Swedish citizen since 2005, works at the Brannstrom Institute for Materials in "
        "Lund, in southern Sweden.\n\n"
        'The prize committee, based at the Royal Nordic Academy in Stockholm, praised "decades of patient '
        'work". His former student, Ines Vasconcelos-Brito of Porto, shared the award.',
        {
            R: [
                ("residesIn", "Hartmut Wegscheider", "Uppsala"),
                ("citizenOf", "Hartmut Wegscheider", ("Sweden", "Germany")),
                ("locatedIn", "Brannstrom Institute for Materials", "Lund"),
                ("locatedIn", "Lund", "Sweden"),
                ("locatedIn", "Royal Nordic Academy", "Stockholm"),
                ("residesIn", "Ines Vasconcelos-Brito", "Porto"),
            ]
        },
    ),
    (
        "place.ft_capital",
        "Investors flock to Nairobi bourse\n\n"
        "Foreign investors poured $300mn into the Nairobi Securities Exchange in the first quarter, "
        "according to the Capital Markets Authority, Kenya's market regulator.\n\n"
        "Fund managers in Johannesburg and London said Kenya's capital offered better returns than Lagos, "
        "Nigeria's commercial hub.\n\n"
        '"The macro story has turned," said Wanjiru Kiptanui-Odera, who heads the Africa desk at '
        "Mombasa-based Pwani Asset Managers. Uganda's Kampala exchange also gained.",
        {
            R: [
                ("locatedIn", "Nairobi Securities Exchange", ("Nairobi", "Kenya")),
                ("locatedIn", "Capital Markets Authority", "Kenya"),
                ("locatedIn", "Nairobi", "Kenya"),
                ("locatedIn", "Lagos", "Nigeria"),
                ("locatedIn", "Pwani Asset Managers", "Mombasa"),
                ("locatedIn", "Kampala", "Uganda"),
            ]
        },
    ),
    (
        "place.province",
        "Earthquake kills 12 in eastern Turkey\n\n"
        "ANKARA, Oct 2 (Reuters) - A magnitude 5.9 earthquake struck Malatya province in eastern Turkey on "
        "Wednesday, killing at least 12 people, the Disaster and Emergency Management Authority (AFAD) "
        "said.\n\n"
        "The quake was felt in Elazig and Adiyaman. Buildings collapsed in the town of Yesilyurt, "
        "Malatya's governor Selim Karaagacli told state broadcaster TRT.\n\n"
        "Rescue teams from Istanbul-based volunteer group Arama Kurtarma Dostlari were on their way.",
        {
            R: [
                ("locatedIn", "Malatya", "Turkey"),
                ("locatedIn", "Disaster and Emergency Management Authority", "Turkey"),
                ("locatedIn", "Yesilyurt", "Malatya"),
                ("locatedIn", "Arama Kurtarma Dostlari", "Istanbul"),
                ("locatedIn", "TRT", "Turkey"),
            ]
        },
    ),
    (
        "place.embassy",
        "Embassy staff withdrawn from Niamey\n\n"
        "PARIS, Aug 5 (Reuters) - France pulled non-essential staff from its embassy in Niamey on Saturday "
        "after protesters attacked the building, the French foreign ministry said.\n\n"
        "The Italian embassy in the Nigerien capital also closed. Italy's ambassador, Gennaro Sciarrillo, "
        "said staff were safe.\n\n"
        "The Niamey-based Sahel Observatory for Democracy, a think tank, said the unrest had spread to "
        "Zinder and Maradi, Niger's second and third cities.",
        {
            R: [
                ("locatedIn", "Sahel Observatory for Democracy", "Niamey"),
                ("locatedIn", "Niamey", "Niger"),
                ("locatedIn", "Zinder", "Niger"),
                ("locatedIn", "Maradi", "Niger"),
            ]
        },
    ),
    (
        "place.tech_startup",
        "Startup raises $40 million for battery recycling\n\n"
        "SAN FRANCISCO (Reuters) - Voltreclaim, a Reno, Nevada-based battery recycler, said on Thursday it "
        "had raised $40 million from investors led by Menlo Park venture firm Quillfeather Partners.\n\n"
        "Voltreclaim, founded in 2019 by former Tesla engineers Darnell Okonkwo-Reyes and Priya Halvorsen, "
        "will use the money to open a plant in Monterrey, Mexico.\n\n"
        "The company's Canadian unit, Voltreclaim Canada, is based in Kingston, Ontario.",
        {
            R: [
                ("locatedIn", "Voltreclaim", ("Reno", "Nevada")),
                ("locatedIn", "Reno", "Nevada"),
                ("locatedIn", "Quillfeather Partners", "Menlo Park"),
                ("locatedIn", "Monterrey", "Mexico"),
                ("partOf", "Voltreclaim Canada", "Voltreclaim"),
                ("locatedIn", "Voltreclaim Canada", ("Kingston", "Canada")),
                ("locatedIn", "Kingston", "Ontario"),
            ]
        },
    ),
    (
        "place.obituary",
        "Celebrated Ghanaian novelist dies at 88\n\n"
        "ACCRA (AP) — Kwesi Ampofo-Danquah, the Ghanaian novelist whose books chronicled life in the cocoa "
        "towns of the Ashanti region, has died at his home in Kumasi. He was 88.\n\n"
        "Born in Obuasi in 1937, Ampofo-Danquah studied in Edinburgh and taught for decades at the "
        "University of Cape Coast Lakeside College.\n\n"
        "His publisher, London-based Harmattan Lane Books, said he would be buried in Obuasi.",
        {
            R: [
                ("citizenOf", "Kwesi Ampofo-Danquah", "Ghana"),
                ("residesIn", "Kwesi Ampofo-Danquah", "Kumasi"),
                ("locatedIn", "Harmattan Lane Books", "London"),
            ]
        },
    ),
    (
        "place.mining",
        "Miner halts output at Zambian copper mine after collapse\n\n"
        "LUSAKA, Feb 11 (Reuters) - Toronto-listed Kelbourne Minerals suspended production at its "
        "Chisanga mine near Solwezi in Zambia's North-Western Province on Tuesday after a tunnel collapse "
        "trapped nine workers.\n\n"
        "The mine is run by Kelbourne's local unit, Kafue Copper Mines, which is 20% owned by Zambia's "
        "state mining company ZCCM Investment Holdings.\n\n"
        "A spokesman for the Mine Workers Union of Zambia, based in Kitwe, said rescue teams from the "
        "Copperbelt town of Chingola had arrived.",
        {
            R: [
                ("locatedIn", "Solwezi", ("North-Western Province", "Zambia")),
                ("partOf", "Kafue Copper Mines", "Kelbourne Minerals"),
                ("locatedIn", "ZCCM Investment Holdings", "Zambia"),
                ("locatedIn", "Mine Workers Union of Zambia", ("Kitwe", "Zambia")),
                ("locatedIn", "Chingola", "Copperbelt"),
            ]
        },
    ),
    (
        "place.latam_politics",
        "Colombian mayor arrested over contracts\n\n"
        "BOGOTA (AP) — Colombian police arrested the mayor of the northern city of Monteria on Thursday "
        "over contracts awarded to a Barranquilla construction firm, Obras del Caribe Sinu.\n\n"
        "The mayor, Ramiro Escallon Vidales, denies wrongdoing. His lawyer, Catalina Urrego of Medellin, "
        "said he would cooperate.\n\n"
        "The case is led by the Attorney General's Office in Bogota and by prosecutors in Cordoba "
        "province, of which Monteria is the capital.",
        {
            R: [
                ("locatedIn", "Monteria", ("Colombia", "Cordoba")),
                ("locatedIn", "Obras del Caribe Sinu", "Barranquilla"),
                ("residesIn", "Catalina Urrego", "Medellin"),
                ("locatedIn", "Cordoba", "Colombia"),
            ]
        },
    ),
    (
        "place.south_asia",
        "Floods cut off villages in Pakistan's Swat valley\n\n"
        "ISLAMABAD, July 28 (Reuters) - Flash floods cut off dozens of villages in the Swat valley of "
        "Pakistan's Khyber Pakhtunkhwa province on Sunday, officials said.\n\n"
        "The Peshawar-based Provincial Disaster Management Authority said 14 people had died in the town "
        "of Bahrain and in nearby Kalam.\n\n"
        "Shaukat Yousafzai-Khan, a shopkeeper from Mingora, the valley's main town, said the water rose "
        "within an hour.",
        {
            R: [
                ("locatedIn", "Swat", ("Khyber Pakhtunkhwa", "Pakistan")),
                ("locatedIn", "Khyber Pakhtunkhwa", "Pakistan"),
                ("locatedIn", "Provincial Disaster Management Authority", "Peshawar"),
                ("residesIn", "Shaukat Yousafzai-Khan", "Mingora"),
            ]
        },
    ),
    (
        "place.sports",
        "Ajaccio club fined over fan violence\n\n"
        "PARIS (Reuters) - French football's disciplinary committee fined Corsican club Gazelec Porto "
        "Vecchio 50,000 euros on Wednesday after fans threw flares during a match against Nimes.\n\n"
        "The club, based in the southern Corsican town of Porto-Vecchio, said it would appeal.\n\n"
        "Its president, Dominique Santucci-Orsoni, told the Ajaccio newspaper Corse Soir Matin that the "
        "punishment was unfair.",
        {
            R: [
                ("locatedIn", "Gazelec Porto Vecchio", "Porto-Vecchio"),
                ("locatedIn", "Corse Soir Matin", "Ajaccio"),
            ]
        },
    ),
    (
        "place.crime_local",
        "Two charged after Glasgow warehouse raid\n\n"
        "Two men have been charged after police seized cannabis worth £1.2m from a warehouse in the "
        "Hillington area of Glasgow.\n\n"
        "Darren McAuslan, 34, from Paisley, and Kieran Brolly-Stewart, 29, of Renfrew, appeared at "
        "Glasgow Sheriff Court on Monday.\n\n"
        "The warehouse was leased by Clydeside Fresh Produce, a Motherwell-based wholesaler, which said "
        "it had no knowledge of the drugs. Police Scotland said inquiries were continuing.",
        {
            R: [
                ("locatedIn", "Hillington", "Glasgow"),
                ("residesIn", "Darren McAuslan", "Paisley"),
                ("residesIn", "Kieran Brolly-Stewart", "Renfrew"),
                ("locatedIn", "Clydeside Fresh Produce", "Motherwell"),
            ]
        },
    ),
    (
        "place.health",
        "WHO sends experts to Guinea after Marburg case\n\n"
        "GENEVA (Reuters) - The World Health Organization said on Friday it was sending experts to "
        "Gueckedou in southern Guinea after a case of Marburg virus was confirmed there.\n\n"
        "Samples were tested at the Institut Pasteur de Dakar in Senegal, a WHO spokeswoman said.\n\n"
        "The patient, a farmer from a village near Gueckedou, died in hospital. Aminata Soumah-Diallo, "
        "who heads the Conakry-based National Agency for Health Security, said 40 contacts were being "
        "traced.",
        {
            R: [
                ("locatedIn", "Gueckedou", "Guinea"),
                ("locatedIn", "Institut Pasteur de Dakar", ("Dakar", "Senegal")),
                ("locatedIn", "National Agency for Health Security", "Conakry"),
            ]
        },
    ),
    (
        "place.business_asia",
        "Vietnam's Hoang Long Textiles to build plant in Cambodia\n\n"
        "HANOI, May 6 (Reuters) - Hoang Long Textiles, a garment maker based in Ho Chi Minh City, will build "
        "a $90 million factory in Cambodia's Kampong Speu province, the company said on Tuesday.\n\n"
        "The plant will supply Japanese retailer Kazahana Apparel, which is headquartered in Nagoya.\n\n"
        "Hoang Long's chairman, Tran Quoc Vinh, said the Phnom Penh Special Economic Zone was also "
        "considered.",
        {
            R: [
                ("locatedIn", "Hoang Long Textiles", ("Ho Chi Minh City", "Vietnam")),
                ("locatedIn", "Kampong Speu", "Cambodia"),
                ("locatedIn", "Kazahana Apparel", ("Nagoya", "Japan")),
            ]
        },
    ),
    (
        "place.profile_residence",
        "Lottery winner plans to stay put\n\n"
        "A 62-year-old bus driver from Ballymena who won £4m on the lottery says he will keep working.\n\n"
        "Trevor Gillespie-Moore, who has lived in the County Antrim town all his life, said he would buy "
        "his daughter a house in Belfast.\n\n"
        "His wife, Noreen, a nurse at Antrim Area Hospital, said they had not told their neighbours in "
        "Broughshane Road.",
        {
            R: [
                ("residesIn", "Trevor Gillespie-Moore", "Ballymena"),
                ("locatedIn", "Ballymena", "County Antrim"),
            ]
        },
    ),
]
