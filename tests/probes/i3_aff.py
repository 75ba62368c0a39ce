# ruff: noqa: E501
"""Affiliation and nationality probes for issue 3: invented wire articles (company news, party
politics, courts, international bodies, armed forces, academia, sport, NGOs, obituaries, profiles)
with every affiliation (person, organisation or country) and citizen-of fact a careful reader
annotates, following the dev gold's conventions (an office of state is an affiliation with the
state; a stated demonym is a nationality, one only implied by the office is optional; a lawyer is
not affiliated with the client). Every person and organisation name is invented; countries and
cities are real. Run ``python tests/probes/run_i3.py --module i3_aff -v``.
"""

from __future__ import annotations

A = "aff"
R = "rel"
O = "opt"  # noqa: E741

PROBES: list[tuple[str, str, dict]] = [
    # ---------------------------------------------------------------- company news
    (
        "aff.company_appointment",
        "Salmon farmer Fjordvik names Telenor veteran as chief executive\n\n"
        "OSLO, May 14 (Reuters) - Norwegian fish farmer Fjordvik Havbruk on Wednesday appointed Sigrun "
        "Aasheim-Ruud, a former head of strategy at telecoms group Nordtelia, as its chief executive, "
        "replacing Torleif Brekkestad, who retired in March after 11 years in the job.\n\n"
        "Aasheim-Ruud, 49, will take up the post on Aug. 1. Until then the company's chief financial "
        "officer, Oddvar Lysgaard, will continue as acting CEO, Fjordvik said in a statement.\n\n"
        '"Sigrun brings exactly the discipline this company needs," chairman Henning Soltvedt said.\n\n'
        "Shares in Fjordvik rose 3.1% in Oslo by 0900 GMT.\n\n"
        '"It is a safe pair of hands rather than a visionary," said Marit Kvalnes, an analyst at '
        'Bergen-based Skagerak Fondsforvaltning. "Investors wanted someone from inside the industry."\n\n'
        "Reporting by Gunnhild Ostervold; Editing by Jan Harvey",
        {
            A: [
                ("Sigrun Aasheim-Ruud", "Fjordvik Havbruk"),
                ("Sigrun Aasheim-Ruud", "Nordtelia"),
                ("Torleif Brekkestad", "Fjordvik Havbruk"),
                ("Oddvar Lysgaard", "Fjordvik Havbruk"),
                ("Henning Soltvedt", "Fjordvik Havbruk"),
                ("Marit Kvalnes", "Skagerak Fondsforvaltning"),
            ],
            R: [
                ("locatedIn", "Fjordvik Havbruk", "Norway"),
                ("locatedIn", "Skagerak Fondsforvaltning", "Bergen"),
            ],
            O: [("locatedIn", "Bergen", "Norway"), ("locatedIn", "Oslo", "Norway")],
        },
    ),
    (
        "aff.earnings_call",
        "Brazilian lender Banco Serra Dourada beats forecasts as bad loans ease\n\n"
        "SAO PAULO, Feb 6 (Reuters) - Banco Serra Dourada posted a better-than-expected 14% rise in "
        "fourth-quarter net profit on Thursday, helped by a drop in soured consumer loans.\n\n"
        '"The worst of the credit cycle is behind us," Chief Executive Otávio Mendonça Leal told analysts '
        "on a conference call. Chief Financial Officer Renata Vilaça said the bank expected loan growth of "
        "8% to 10% this year.\n\n"
        'The results were well received. "Asset quality surprised to the upside," said Caio Brandimarte, '
        "who covers Brazilian banks for Itapuã Investimentos.\n\n"
        'Others were more guarded. "Rates are still very high, and that will bite in the second half," '
        "said Luísa Carvalhosa, the bank's chief economist, adding that she saw the central bank's "
        "benchmark Selic rate ending the year at 12.75%.\n\n"
        "Juliano Prates of brokerage Vértice Capital said the bank's dividend payout of 40% was lower "
        "than he had hoped.\n\n"
        "Shares rose 2.4% in early trading.",
        {
            A: [
                ("Otávio Mendonça Leal", "Banco Serra Dourada"),
                ("Renata Vilaça", "Banco Serra Dourada"),
                ("Caio Brandimarte", "Itapuã Investimentos"),
                ("Luísa Carvalhosa", "Banco Serra Dourada"),
                ("Juliano Prates", "Vértice Capital"),
            ],
            R: [],
            O: [("locatedIn", "Banco Serra Dourada", "Brazil")],
        },
    ),
    (
        "aff.company_resignation",
        "Dutch chipmaker Velmont's chairman quits after accounting probe\n\n"
        "AMSTERDAM (Bloomberg) -- Velmont Semiconductors NV said Chairman Pieter van Oudenhove will step "
        "down at the annual meeting in April, after an internal review found errors in how the company "
        "booked revenue from Chinese customers.\n\n"
        "Van Oudenhove, 67, has been on the board of the Eindhoven-based company since 2014. He will be "
        "succeeded by Marijke Dollekamp, a former chief operating officer of shipping company Rotterlijn "
        "who joined Velmont's board last year.\n\n"
        "The review was led by the board's audit committee, whose chair, Anselm Krietenbrink, said in a "
        "statement that no evidence of fraud had been found.\n\n"
        "Velmont's chief executive, Joost Hamerslag, apologised to shareholders. \"We got this wrong, and "
        'we will fix it," he said.\n\n'
        "The Dutch financial markets regulator AFM is looking into the matter, spokeswoman Lotte Verschuur "
        "said.",
        {
            A: [
                ("Pieter van Oudenhove", "Velmont Semiconductors NV"),
                ("Marijke Dollekamp", "Velmont Semiconductors NV"),
                ("Marijke Dollekamp", "Rotterlijn"),
                ("Anselm Krietenbrink", "Velmont Semiconductors NV"),
                ("Joost Hamerslag", "Velmont Semiconductors NV"),
                ("Lotte Verschuur", "AFM"),
            ],
            R: [("locatedIn", "Velmont Semiconductors NV", ("Eindhoven", "Netherlands"))],
            O: [("locatedIn", "AFM", "Netherlands"), ("locatedIn", "Eindhoven", "Netherlands")],
        },
    ),
    # ---------------------------------------------------------------- politics
    (
        "aff.party_election",
        "Opposition gains in Malawi by-elections as ruling party stumbles\n\n"
        "By Chifundo Kalilombe\n\n"
        "BLANTYRE, Malawi (AP) — Malawi's main opposition party won four of six parliamentary "
        "by-elections held on Tuesday, official results showed, a setback for President Lusungu Mkandawire "
        "a year before a general election.\n\n"
        "The United Progress Front (UPF) took seats in Blantyre, Zomba and two rural constituencies. Its "
        "leader, Chimwemwe Banda-Nkhoma, said voters had punished the government for rising food prices.\n\n"
        '"People are hungry and they are angry," Banda-Nkhoma told supporters in Zomba.\n\n'
        "The ruling Malawi Democratic Alliance (MDA) kept its two seats in the north. Party spokesman "
        'Kondwani Mhango blamed low turnout and said the MDA would "reflect and regroup."\n\n'
        "Among the winners was Tadala Msiska-Chirwa, 34, a UPF lawmaker's daughter and former teacher who "
        "becomes the youngest member of parliament. Losing candidates included former deputy finance "
        "minister Yamikani Chisale of the MDA.\n\n"
        "The Malawi Electoral Commission's chairperson, Justice Fyson Mwakasungula, said the vote had "
        "been peaceful.",
        {
            A: [
                ("Lusungu Mkandawire", "Malawi"),
                ("Chimwemwe Banda-Nkhoma", "United Progress Front"),
                ("Kondwani Mhango", "Malawi Democratic Alliance"),
                ("Yamikani Chisale", "Malawi Democratic Alliance"),
                ("Yamikani Chisale", "Malawi"),
                ("Fyson Mwakasungula", "Malawi Electoral Commission"),
            ],
            R: [],
            O: [
                ("aff", "Tadala Msiska-Chirwa", "United Progress Front"),
                ("citizenOf", "Lusungu Mkandawire", "Malawi"),
                ("citizenOf", "Yamikani Chisale", "Malawi"),
                ("locatedIn", "Blantyre", "Malawi"),
                ("locatedIn", "Malawi Electoral Commission", "Malawi"),
                ("locatedIn", "Malawi Democratic Alliance", "Malawi"),
                ("locatedIn", "United Progress Front", "Malawi"),
                ("locatedIn", "Zomba", "Malawi"),
            ],
        },
    ),
    (
        "aff.cabinet_list",
        "Estonia's new prime minister unveils slimmed-down cabinet\n\n"
        "TALLINN, Jan 20 (Reuters) - Estonian Prime Minister Kadri Looverand named a 12-member cabinet on "
        "Monday, cutting three ministries to save money as the Baltic state raises defence spending.\n\n"
        "Looverand, who leads the centre-right Reform Renewal party, kept Foreign Minister Margus Tähepõld "
        "and Defence Minister Indrek Saarvali in their posts. The finance ministry goes to Liis "
        "Roosimägi, an economist who was previously deputy governor of the central bank, Eesti Pank.\n\n"
        "The junior coalition partner, the Social Democratic Union, gets the interior and education "
        "portfolios, to be held by its chairman Urmas Kivisaar and Helve Ojamets respectively.\n\n"
        '"This is a government for hard times," Looverand told reporters.\n\n'
        "Opposition leader Mart Vaikmaa of the Estonian Conservative Bloc called the cabinet "
        '"the same faces in new chairs."',
        {
            A: [
                ("Kadri Looverand", "Estonia"),
                ("Kadri Looverand", ("Reform Renewal", "Reform Renewal party")),
                ("Margus Tähepõld", "Estonia"),
                ("Indrek Saarvali", "Estonia"),
                ("Liis Roosimägi", "Estonia"),
                ("Liis Roosimägi", "Eesti Pank"),
                ("Urmas Kivisaar", "Social Democratic Union"),
                ("Urmas Kivisaar", "Estonia"),
                ("Mart Vaikmaa", "Estonian Conservative Bloc"),
            ],
            R: [("citizenOf", "Kadri Looverand", "Estonia")],
            O: [
                ("locatedIn", "Tallinn", "Estonia"),
                ("aff", "Helve Ojamets", "Estonia"),
                ("aff", "Helve Ojamets", "Social Democratic Union"),
                ("citizenOf", "Margus Tähepõld", "Estonia"),
                ("citizenOf", "Indrek Saarvali", "Estonia"),
                ("locatedIn", "Eesti Pank", "Estonia"),
                ("locatedIn", "Estonian Conservative Bloc", "Estonia"),
            ],
        },
    ),
    # ---------------------------------------------------------------- courts
    (
        "aff.court",
        "South African court freezes assets of former rail chief\n\n"
        "JOHANNESBURG (Reuters) - A South African court on Friday froze assets worth 240 million rand "
        "belonging to Sipho Dlamini-Mokoena, a former chief executive of state rail operator Transvaal "
        "Rail Corporation, pending his trial on fraud charges.\n\n"
        "Judge Nomvula Khumalo-Pietersen of the Gauteng High Court granted the order at the request of "
        'the National Prosecuting Authority (NPA). "There is a real risk that these assets will be '
        'dissipated," she wrote.\n\n'
        "NPA spokesperson Mthunzi Radebe said prosecutors would seek to recover a further 90 million "
        "rand.\n\n"
        "Dlamini-Mokoena's lawyer, Advocate Riaan Oosthuysen, said his client would appeal. \"This order "
        'punishes a man who has not been convicted of anything," Oosthuysen said.\n\n'
        "Lindiwe Mabuza-Tshabalala, who chairs parliament's transport committee and is a member of the "
        "ruling party, welcomed the ruling.\n\n"
        "The rail company's current chief executive, Pieter Swanepoel-Nel, said it was cooperating with "
        "investigators.",
        {
            A: [
                ("Sipho Dlamini-Mokoena", "Transvaal Rail Corporation"),
                ("Nomvula Khumalo-Pietersen", "Gauteng High Court"),
                ("Mthunzi Radebe", "National Prosecuting Authority"),
                ("Pieter Swanepoel-Nel", "Transvaal Rail Corporation"),
            ],
            R: [],
            O: [
                ("aff", "Lindiwe Mabuza-Tshabalala", "South Africa"),
                ("citizenOf", "Sipho Dlamini-Mokoena", "South Africa"),
                ("locatedIn", "Transvaal Rail Corporation", "South Africa"),
                ("locatedIn", "National Prosecuting Authority", "South Africa"),
                ("locatedIn", "Gauteng High Court", "South Africa"),
            ],
        },
    ),
    (
        "aff.court_us",
        "Jury selection begins in trial of crypto lender founder\n\n"
        "NEW YORK (AP) — Jury selection began Monday in the fraud trial of Damon Kettleridge, the founder "
        "of collapsed crypto lender Orbisvault, who is accused of stealing $600 million from customers.\n\n"
        "U.S. District Judge Harriet Mallinson told prospective jurors the trial could last six weeks.\n\n"
        "Assistant U.S. Attorney Corwin Blaisdell said prosecutors would call Orbisvault's former chief "
        "technology officer, Priya Venkataraman-Hale, who pleaded guilty last year and is cooperating.\n\n"
        'Kettleridge, 36, has pleaded not guilty. His attorney, Noreen Fitzgarland, said he "built a real '
        'company and made real mistakes, but he is not a thief."\n\n'
        "Outside the courthouse, Dwayne Oyelaran, a former Orbisvault customer from Queens who lost his "
        'savings, held a sign reading "Pay us back."',
        {
            A: [
                ("Damon Kettleridge", "Orbisvault"),
                ("Priya Venkataraman-Hale", "Orbisvault"),
            ],
            R: [("residesIn", "Dwayne Oyelaran", "Queens")],
            O: [
                ("citizenOf", "Corwin Blaisdell", "United States"),
                ("locatedIn", "New York", "United States"),
                ("locatedIn", "Queens", "United States"),
                ("aff", "Harriet Mallinson", "United States"),
                ("aff", "Corwin Blaisdell", "United States"),
                ("locatedIn", "Queens", "New York"),
            ],
        },
    ),
    # ---------------------------------------------------------------- international bodies
    (
        "aff.un_envoy",
        "U.N. envoy warns of famine in Sudan's Darfur as talks stall\n\n"
        "GENEVA, Sept 9 (Reuters) - The United Nations' special envoy for Sudan, Raimund Oberkirchner, "
        "warned on Tuesday that famine was spreading in Darfur and urged the warring sides to return to "
        "talks in Jeddah.\n\n"
        '"Every week of delay is measured in children\'s lives," said Oberkirchner, a veteran Austrian '
        "diplomat who previously headed the U.N. mission in South Sudan.\n\n"
        "The World Food Programme's regional director for eastern Africa, Wanjiru Kamau-Ndegwa, said the "
        "agency had reached only a third of the people it planned to feed.\n\n"
        "Ahmed Osman Elhassan, Sudan's ambassador to the U.N. in Geneva, rejected the famine warning as "
        '"exaggerated."\n\n'
        "Also speaking was Dr. Ines Larrañaga-Sosa, a Uruguayan physician who coordinates the emergency "
        "programme of the International Medical Relief Alliance in El Fasher.",
        {
            A: [
                ("Raimund Oberkirchner", "United Nations"),
                ("Wanjiru Kamau-Ndegwa", "World Food Programme"),
                ("Ahmed Osman Elhassan", "Sudan"),
                ("Ines Larrañaga-Sosa", "International Medical Relief Alliance"),
            ],
            R: [
                ("citizenOf", "Raimund Oberkirchner", "Austria"),
                ("citizenOf", "Ines Larrañaga-Sosa", "Uruguay"),
            ],
            O: [
                ("aff", "Raimund Oberkirchner", "Austria"),
                ("partOf", "World Food Programme", "United Nations"),
                ("locatedIn", "International Medical Relief Alliance", "El Fasher"),
                ("citizenOf", "Ahmed Osman Elhassan", "Sudan"),
                ("locatedIn", "Darfur", "Sudan"),
                ("locatedIn", "El Fasher", ("Darfur", "Sudan")),
                ("residesIn", "Ines Larrañaga-Sosa", "El Fasher"),
            ],
        },
    ),
    (
        "aff.iaea_spokes",
        "Nuclear watchdog says inspectors denied access to Iranian site\n\n"
        "VIENNA (AFP) - The International Atomic Energy Agency said on Monday its inspectors had been "
        "refused entry to a uranium enrichment plant in central Iran for the second time this month.\n\n"
        '"This is unacceptable," the agency\'s director general, Lucien Vasseur-Dalmas, told a board '
        "meeting, according to a copy of his speech.\n\n"
        "An IAEA spokeswoman, Henrike Vollgraf, said the agency had asked Tehran for an explanation.\n\n"
        "Iran's envoy to the agency, Mohsen Ghaffarizadeh, said the inspectors had arrived without proper "
        'notice and accused Western members of the board of "politicising a technical matter."\n\n'
        "France's representative on the board, Ambassador Clothilde Barennes, called for a special "
        "session.",
        {
            A: [
                ("Lucien Vasseur-Dalmas", ("International Atomic Energy Agency", "IAEA")),
                ("Henrike Vollgraf", ("International Atomic Energy Agency", "IAEA")),
                ("Mohsen Ghaffarizadeh", "Iran"),
                ("Clothilde Barennes", "France"),
            ],
            R: [],
            O: [
                ("locatedIn", "Tehran", "Iran"),
                ("citizenOf", "Mohsen Ghaffarizadeh", "Iran"),
                ("citizenOf", "Clothilde Barennes", "France"),
                ("aff", "Mohsen Ghaffarizadeh", ("International Atomic Energy Agency", "IAEA")),
                ("aff", "Clothilde Barennes", ("International Atomic Energy Agency", "IAEA")),
            ],
        },
    ),
    # ---------------------------------------------------------------- military and police
    (
        "aff.military",
        "Philippine army says 9 rebels killed in Mindanao clash\n\n"
        "MANILA, April 2 (Reuters) - Philippine troops killed nine communist guerrillas in a clash on the "
        "southern island of Mindanao, the army said on Wednesday.\n\n"
        "Lieutenant Colonel Rodolfo Dimaculangan, a spokesman for the army's 4th Infantry Division, said "
        "two soldiers were wounded in the fighting near the town of Esperanza.\n\n"
        '"The enemy was caught off guard," said Brigadier General Efren Macaraeg-Tolentino, the '
        "division's commander.\n\n"
        "Police chief Arnulfo Sisonbayan of Agusan del Sur province said officers had recovered 11 rifles.\n\n"
        "The New People's Army, the armed wing of the Communist Party of the Philippines, did not comment. "
        "Its spokesman in the region, who uses the nom de guerre Ka Dalisay, has previously accused the "
        "military of killing civilians.",
        {
            A: [
                ("Rodolfo Dimaculangan", ("4th Infantry Division", "Philippine army", "Philippines")),
                ("Efren Macaraeg-Tolentino", ("4th Infantry Division", "Philippine army", "Philippines")),
                ("Arnulfo Sisonbayan", ("Agusan del Sur", "Agusan del Sur province", "Philippines")),
            ],
            R: [("partOf", "New People's Army", "Communist Party of the Philippines")],
            O: [
                ("locatedIn", "Manila", "Philippines"),
                ("aff", "Ka Dalisay", "New People's Army"),
                ("locatedIn", "Mindanao", "Philippines"),
                ("locatedIn", "Esperanza", ("Mindanao", "Agusan del Sur", "Philippines")),
                ("locatedIn", "Agusan del Sur", ("Mindanao", "Philippines")),
                ("citizenOf", "Rodolfo Dimaculangan", "Philippines"),
                ("citizenOf", "Efren Macaraeg-Tolentino", "Philippines"),
                ("locatedIn", "Communist Party of the Philippines", "Philippines"),
            ],
        },
    ),
    # ---------------------------------------------------------------- academia and think tanks
    (
        "aff.think_tank",
        "Analysts split on what Kenya's tax U-turn means for IMF talks\n\n"
        "NAIROBI (Reuters) - Kenya's decision to scrap a planned fuel levy has left economists divided "
        "over whether the country can still meet targets agreed with the International Monetary Fund.\n\n"
        '"The arithmetic no longer works," said Achieng Oduor-Wafula, a senior fellow at the '
        'Nairobi-based Institute for Fiscal Accountability. "Something else will have to give."\n\n'
        "Professor Kiprono Langat-Rotich, who teaches public finance at Moi University, said the "
        "government could make up the shortfall by cutting wasteful spending.\n\n"
        "Greta Hallberg-Voss of the London-based Centre for Frontier Markets said investors would "
        '"forgive a lot if the fund stays on board."\n\n'
        "Treasury Cabinet Secretary Njoroge Mwangi-Kiarie is due to meet IMF mission chief Dragan "
        "Petrakovic next week, a ministry official said.",
        {
            A: [
                ("Achieng Oduor-Wafula", "Institute for Fiscal Accountability"),
                ("Kiprono Langat-Rotich", "Moi University"),
                ("Greta Hallberg-Voss", "Centre for Frontier Markets"),
                ("Njoroge Mwangi-Kiarie", ("Kenya", "Treasury")),
                ("Dragan Petrakovic", ("International Monetary Fund", "IMF")),
            ],
            R: [
                ("locatedIn", "Institute for Fiscal Accountability", "Nairobi"),
                ("locatedIn", "Centre for Frontier Markets", "London"),
            ],
            O: [
                ("citizenOf", "Njoroge Mwangi-Kiarie", "Kenya"),
                ("locatedIn", "Moi University", "Kenya"),
                ("locatedIn", "Treasury", "Kenya"),
                ("locatedIn", "Nairobi", "Kenya"),
            ],
        },
    ),
    # ---------------------------------------------------------------- sport governance
    (
        "aff.sport",
        "Athletics body suspends Kenyan federation chief over doping cover-up\n\n"
        "MONACO (AP) — The Athletics Integrity Unit on Thursday provisionally suspended the head of "
        "Kenya's national athletics federation, accusing him of helping to hide positive doping tests.\n\n"
        "Barnabas Kiplagat-Sang, who has been president of Athletics Kenya Federation since 2017, denied "
        'wrongdoing. "I have served this sport for forty years," he said.\n\n'
        "The unit's head, Dorothea Ashcombe-Reilly, said the federation's former medical officer, "
        "Dr. Wilfred Cheruiyot-Too, had also been charged.\n\n"
        'World Athletics president Sir Alastair Penhallow said the governing body would "not hesitate to '
        'act" if the charges were proven.\n\n'
        "Kenyan marathon runner Faith Jepkosgei-Maritim, a two-time Boston champion, said athletes were "
        '"ashamed and angry." The federation\'s acting president, Rose Wambui-Koech, said it would '
        "cooperate.\n\n"
        "AP sports: https://apnews.com/hub/sports",
        {
            A: [
                ("Barnabas Kiplagat-Sang", "Athletics Kenya Federation"),
                ("Dorothea Ashcombe-Reilly", "Athletics Integrity Unit"),
                ("Wilfred Cheruiyot-Too", "Athletics Kenya Federation"),
                ("Alastair Penhallow", "World Athletics"),
                ("Rose Wambui-Koech", "Athletics Kenya Federation"),
            ],
            R: [("citizenOf", "Faith Jepkosgei-Maritim", "Kenya")],
            O: [
                ("locatedIn", "Athletics Kenya Federation", "Kenya"),
                ("partOf", "Athletics Integrity Unit", "World Athletics"),
                ("citizenOf", "Barnabas Kiplagat-Sang", "Kenya"),
            ],
        },
    ),
    # ---------------------------------------------------------------- NGOs
    (
        "aff.ngo",
        "Aid groups warn Haiti hunger worsening as gangs block roads\n\n"
        "PORT-AU-PRINCE, Haiti (AP) — Aid agencies said Wednesday that nearly half of Haiti's population "
        "now faces acute hunger as armed gangs block the main roads out of the capital.\n\n"
        '"We cannot get trucks to Artibonite at all," said Mireille Dorsainvil-Pierre, the country '
        'director of Hands for Haiti, a U.S.-based charity. "Our warehouses are full and our clinics are '
        'empty."\n\n'
        "Jean-Baptiste Lafontant, who coordinates the work of the Haitian Red Cross Society in the north, "
        "said fuel shortages had halted ambulances.\n\n"
        "The group's president, Dr. Guerda Saint-Fleurant, appealed for a humanitarian corridor.\n\n"
        "Canadian aid worker Tessa Blackwood-Ng, who works for Ottawa-based Northern Relief Network, said "
        "her team had been robbed twice.",
        {
            A: [
                ("Mireille Dorsainvil-Pierre", "Hands for Haiti"),
                ("Jean-Baptiste Lafontant", "Haitian Red Cross Society"),
                ("Guerda Saint-Fleurant", "Haitian Red Cross Society"),
                ("Tessa Blackwood-Ng", "Northern Relief Network"),
            ],
            R: [
                ("citizenOf", "Tessa Blackwood-Ng", "Canada"),
                ("locatedIn", "Hands for Haiti", "United States"),
                ("locatedIn", "Northern Relief Network", "Ottawa"),
            ],
            O: [
                ("locatedIn", "Haitian Red Cross Society", "Haiti"),
                ("locatedIn", "Artibonite", "Haiti"),
                ("locatedIn", "Port-au-Prince", "Haiti"),
                ("locatedIn", "Ottawa", "Canada"),
            ],
        },
    ),
    # ---------------------------------------------------------------- obituaries and profiles
    (
        "aff.obituary",
        "Kwesi Amponsah-Boateng, Ghanaian novelist and former culture minister, dies at 83\n\n"
        "ACCRA, Ghana (AP) — Kwesi Amponsah-Boateng, the Ghanaian novelist whose books about village life "
        "after independence were read in schools across West Africa, has died, his publisher said Sunday. "
        "He was 83.\n\n"
        "Amponsah-Boateng died in Kumasi after a short illness, said Efua Dankwa-Mensah, managing editor "
        "of Sankofa House Books, which published all nine of his novels.\n\n"
        "Born in Cape Coast in 1942, he studied English at the University of Legon Coast and taught there "
        "for two decades. A longtime member of the Ghana People's Convention, he served as culture "
        "minister from 1993 to 1997 and later as Ghana's ambassador to Nigeria.\n\n"
        'President Kofi Asantehene-Darko called him "a giant of our literature" and ordered flags flown '
        "at half-staff.\n\n"
        "He is survived by his wife, Abena, and four children.",
        {
            A: [
                ("Kwesi Amponsah-Boateng", "Ghana"),
                ("Kwesi Amponsah-Boateng", "Ghana People's Convention"),
                ("Kwesi Amponsah-Boateng", "University of Legon Coast"),
                ("Efua Dankwa-Mensah", "Sankofa House Books"),
                ("Kofi Asantehene-Darko", "Ghana"),
            ],
            R: [
                ("citizenOf", "Kwesi Amponsah-Boateng", "Ghana"),
                ("residesIn", "Kwesi Amponsah-Boateng", "Kumasi"),
            ],
            O: [
                ("locatedIn", "Accra", "Ghana"),
                ("citizenOf", "Kofi Asantehene-Darko", "Ghana"),
                ("residesIn", "Kwesi Amponsah-Boateng", "Cape Coast"),
                ("locatedIn", "Kumasi", "Ghana"),
                ("locatedIn", "Cape Coast", "Ghana"),
                ("locatedIn", "Ghana People's Convention", "Ghana"),
                ("locatedIn", "University of Legon Coast", "Ghana"),
            ],
        },
    ),
    (
        "aff.profile",
        "Former minister emerges as front-runner to lead Tunisia's central bank\n\n"
        "TUNIS (Reuters) - Hichem Ben Slimane-Triki, 54, a former finance minister who now advises the "
        "African Development Bank, has emerged as the leading candidate to become governor of Tunisia's "
        "central bank, two government sources said.\n\n"
        "Ben Slimane-Triki, a French-trained economist, served in the cabinet of former prime minister "
        "Habib Zouaghi-Mabrouk between 2016 and 2018.\n\n"
        "The current governor, Mondher Kasdallah, is due to retire in June.\n\n"
        '"He knows the lenders and the lenders know him," said Sofiane Haddar-Belkhodja, head of '
        "research at Tunis brokerage Carthage Valeurs.\n\n"
        "The Tunisian presidency declined to comment.",
        {
            A: [
                ("Hichem Ben Slimane-Triki", "Tunisia"),
                ("Hichem Ben Slimane-Triki", "African Development Bank"),
                ("Habib Zouaghi-Mabrouk", "Tunisia"),
                ("Mondher Kasdallah", ("Tunisia", "central bank")),
                ("Sofiane Haddar-Belkhodja", "Carthage Valeurs"),
            ],
            R: [("locatedIn", "Carthage Valeurs", "Tunis")],
            O: [
                ("locatedIn", "African Development Bank", "Tunis"),
                ("citizenOf", "Hichem Ben Slimane-Triki", "Tunisia"),
                ("citizenOf", "Habib Zouaghi-Mabrouk", "Tunisia"),
                ("locatedIn", "Tunis", "Tunisia"),
            ],
        },
    ),
    # ---------------------------------------------------------------- bylines, captions
    (
        "aff.caption_byline",
        "Indian airline orders 40 jets as travel booms\n\n"
        "By Ananya Deshpande-Rao of Mumbai Business Daily\n\n"
        "MUMBAI — Low-cost carrier SkyKesari Airlines on Tuesday ordered 40 narrow-body jets from "
        "European planemaker Aerovance, its biggest order yet.\n\n"
        '"India is the fastest-growing aviation market in the world and we intend to grow with it," '
        "SkyKesari founder and managing director Vikrant Malhotra-Sethi said at a signing ceremony in New "
        "Delhi attended by Civil Aviation Minister Rammohan Bhagwati.\n\n"
        "Aerovance's chief commercial officer, Étienne Grandjouan, said deliveries would start in 2028.\n\n"
        "Photo caption: Vikrant Malhotra-Sethi, managing director of SkyKesari Airlines, and Étienne "
        "Grandjouan of Aerovance shake hands in New Delhi on Tuesday.",
        {
            A: [
                ("Vikrant Malhotra-Sethi", "SkyKesari Airlines"),
                ("Rammohan Bhagwati", "India"),
                ("Étienne Grandjouan", "Aerovance"),
            ],
            R: [],
            O: [
                ("locatedIn", "Mumbai", "India"),
                ("aff", "Ananya Deshpande-Rao", "Mumbai Business Daily"),
                ("citizenOf", "Rammohan Bhagwati", "India"),
                ("locatedIn", "SkyKesari Airlines", "India"),
                ("locatedIn", "Mumbai Business Daily", ("Mumbai", "India")),
                ("locatedIn", "New Delhi", "India"),
            ],
        },
    ),
    # ---------------------------------------------------------------- central bank, unions, diplomacy
    (
        "aff.central_bank",
        "Hungary's central bank holds rates, signals caution\n\n"
        "BUDAPEST, June 24 (Reuters) - Hungary's central bank left its base rate unchanged at 6.5% on "
        "Tuesday, as expected, and Deputy Governor Ákos Rácz-Bodnár said policymakers would stay patient.\n\n"
        '"There is no room for a cut this year," Rácz-Bodnár told a news conference.\n\n'
        "Governor Zsolt Várhelyi-Kiss, who was appointed by Prime Minister Géza Orbánfy's government last "
        "year, has repeatedly clashed with Economy Minister Balázs Nagyvathy over the pace of easing.\n\n"
        '"The bank is sending a clear message to the government," said Dóra Kemenesi, an economist at '
        "Danube Vienna Bank in Budapest.",
        {
            A: [
                ("Ákos Rácz-Bodnár", ("Hungary's central bank", "Hungary")),
                ("Zsolt Várhelyi-Kiss", ("Hungary's central bank", "Hungary")),
                ("Géza Orbánfy", "Hungary"),
                ("Balázs Nagyvathy", "Hungary"),
                ("Dóra Kemenesi", "Danube Vienna Bank"),
            ],
            R: [],
            O: [
                ("locatedIn", "Budapest", "Hungary"),
                ("citizenOf", "Géza Orbánfy", "Hungary"),
                ("citizenOf", "Balázs Nagyvathy", "Hungary"),
                ("citizenOf", "Ákos Rácz-Bodnár", "Hungary"),
                ("citizenOf", "Zsolt Várhelyi-Kiss", "Hungary"),
                ("locatedIn", "Danube Vienna Bank", ("Budapest", "Vienna")),
                ("locatedIn", "Hungary's central bank", "Hungary"),
            ],
        },
    ),
    (
        "aff.union_strike",
        "British rail workers to strike over pay, union says\n\n"
        "LONDON (Reuters) - Train drivers at three British rail operators will strike for 48 hours next "
        "week after talks broke down, the drivers' union said on Thursday.\n\n"
        '"Our members have had enough," said Gareth Pennycuick, general secretary of the Associated '
        'Footplate Workers\' Union. "They have not had a real pay rise in five years."\n\n'
        "The union's lead negotiator, Shona MacAskill-Reid, said the operators had offered 3%.\n\n"
        "Transport Secretary Louise Ambridge-Hart urged both sides to return to talks. A spokesperson for "
        'Rail Partners Britain, which represents the operators, said the offer was "fair and '
        'affordable."\n\n'
        'Commuters reacted with weary resignation. "I\'ll work from home," said Priyanka Lalwani-Shaw, a '
        "nurse from Reading.",
        {
            A: [
                ("Gareth Pennycuick", "Associated Footplate Workers' Union"),
                ("Shona MacAskill-Reid", "Associated Footplate Workers' Union"),
                ("Louise Ambridge-Hart", ("Britain", "United Kingdom")),
            ],
            R: [("residesIn", "Priyanka Lalwani-Shaw", "Reading")],
            O: [
                ("locatedIn", "London", ("Britain", "United Kingdom")),
                ("locatedIn", "Reading", ("Britain", "United Kingdom")),
                ("citizenOf", "Louise Ambridge-Hart", ("Britain", "United Kingdom")),
                ("locatedIn", "Associated Footplate Workers' Union", ("Britain", "United Kingdom")),
                ("locatedIn", "Rail Partners Britain", ("Britain", "United Kingdom")),
            ],
        },
    ),
    (
        "aff.diplomats",
        "Colombia and Venezuela reopen consulates after four-year freeze\n\n"
        "BOGOTA, March 28 (AFP) - Colombia and Venezuela reopened consulates in each other's border "
        "cities on Friday, the latest step in a thaw between the neighbours.\n\n"
        "Colombia's ambassador in Caracas, Fernando Lizarazo-Pinzón, attended a ceremony in the "
        "Venezuelan city of San Cristóbal, where he was greeted by Táchira state governor Yelitza "
        "Contreras-Mora.\n\n"
        '"This is good news for the millions of families who live on both sides of the border," said '
        "Colombian Foreign Minister Andrea Sarmiento Ucrós.\n\n"
        "Venezuela's deputy foreign minister for Latin America, Rander Peñaloza-Vivas, said trade through "
        "the Simón Bolívar bridge had tripled since 2023.\n\n"
        "Juan Pablo Restrepo-Arango, president of the Colombo-Venezuelan Chamber of Commerce, said "
        "businesses still faced long delays at customs.",
        {
            A: [
                ("Fernando Lizarazo-Pinzón", "Colombia"),
                ("Andrea Sarmiento Ucrós", "Colombia"),
                ("Rander Peñaloza-Vivas", "Venezuela"),
                ("Juan Pablo Restrepo-Arango", "Colombo-Venezuelan Chamber of Commerce"),
            ],
            R: [
                ("citizenOf", "Andrea Sarmiento Ucrós", "Colombia"),
                ("locatedIn", "San Cristóbal", ("Táchira", "Venezuela")),
            ],
            O: [
                ("aff", "Yelitza Contreras-Mora", ("Táchira", "Venezuela")),
                ("locatedIn", "Bogotá", "Colombia"),
                ("citizenOf", "Fernando Lizarazo-Pinzón", "Colombia"),
                ("citizenOf", "Rander Peñaloza-Vivas", "Venezuela"),
                ("citizenOf", "Yelitza Contreras-Mora", "Venezuela"),
                ("locatedIn", "Táchira", "Venezuela"),
                ("locatedIn", "Caracas", "Venezuela"),
                ("residesIn", "Fernando Lizarazo-Pinzón", "Caracas"),
            ],
        },
    ),
    (
        "aff.police",
        "Police arrest 14 in Lagos fuel smuggling raid\n\n"
        "LAGOS, Nigeria (AP) — Nigerian police arrested 14 people and seized three tanker trucks in an "
        "overnight raid on an illegal fuel depot in the Ikorodu area of Lagos, officials said Saturday.\n\n"
        "Lagos State police commissioner Adeyemi Ogunlesi-Bakare told reporters the suspects had been "
        "diverting fuel from a pipeline run by the state oil company, Niger Delta Petroleum Corporation.\n\n"
        '"This is economic sabotage," said Ogunlesi-Bakare, who took command in January.\n\n'
        "The force's spokesman in Lagos, Superintendent Chinedu Okwuosa-Ibe, said two police officers were "
        "among those detained.\n\n"
        "Tunde Fashola-Adeoye, a spokesman for the pipeline company, said losses had fallen by half this "
        "year. Its managing director, Engineer Halima Dangote-Sule, has promised to install drones along "
        "the route.",
        {
            A: [
                (
                    "Adeyemi Ogunlesi-Bakare",
                    ("Lagos State police", "Nigeria Police", "Nigeria", "Lagos State"),
                ),
                ("Chinedu Okwuosa-Ibe", ("Lagos State police", "Nigeria Police", "Nigeria")),
                ("Tunde Fashola-Adeoye", "Niger Delta Petroleum Corporation"),
                ("Halima Dangote-Sule", "Niger Delta Petroleum Corporation"),
            ],
            R: [],
            O: [
                ("locatedIn", "Ikorodu", ("Lagos", "Nigeria")),
                ("locatedIn", "Lagos", "Nigeria"),
                ("locatedIn", "Niger Delta Petroleum Corporation", "Nigeria"),
            ],
        },
    ),
    (
        "aff.un_spokes",
        "U.N. says aid convoy reached besieged Sudanese city\n\n"
        "UNITED NATIONS (AP) — A U.N. convoy carrying food and medicine reached the besieged city of "
        "Kadugli for the first time in four months, the United Nations said Thursday.\n\n"
        "Deputy U.N. spokesman Florian Hasselbrink-Auer told reporters the 22 trucks belonged to the World "
        "Food Programme and the U.N. children's agency, UNICEF.\n\n"
        '"It is a drop in the ocean," said Aminata Sow-Diallo, UNICEF\'s representative in Sudan.\n\n'
        "The U.N. humanitarian coordinator for Sudan, Bjørn Aasland-Moe, a Norwegian who previously worked "
        "for the Norwegian Refugee Council, urged both armies to allow more convoys.\n\n"
        "Sudan's U.N. ambassador, Omer Babiker-Idris, thanked the agencies. The Rapid Support Forces, "
        "which besieges the city, did not comment; its adviser Mustafa Tambour-Kheir has denied blocking "
        "aid.",
        {
            A: [
                ("Florian Hasselbrink-Auer", ("United Nations", "U.N.")),
                ("Aminata Sow-Diallo", "UNICEF"),
                ("Bjørn Aasland-Moe", ("United Nations", "U.N.")),
                ("Bjørn Aasland-Moe", "Norwegian Refugee Council"),
                ("Omer Babiker-Idris", "Sudan"),
                ("Mustafa Tambour-Kheir", "Rapid Support Forces"),
            ],
            R: [("citizenOf", "Bjørn Aasland-Moe", "Norway")],
            O: [
                ("citizenOf", "Omer Babiker-Idris", "Sudan"),
                ("locatedIn", "Kadugli", "Sudan"),
                ("partOf", "UNICEF", ("United Nations", "U.N.")),
                ("locatedIn", "Norwegian Refugee Council", "Norway"),
                ("partOf", "World Food Programme", ("United Nations", "U.N.")),
                ("aff", "Omer Babiker-Idris", "United Nations"),
                ("locatedIn", "Rapid Support Forces", "Sudan"),
            ],
        },
    ),
    (
        "aff.football_club",
        "Benfica-style revival? Porto rivals Vitória Setúbalense sack coach after fifth defeat\n\n"
        "LISBON (Reuters) - Portuguese top-flight club Vitória Setúbalense sacked coach Rui Paixão-Correia on "
        "Monday after a fifth straight league defeat left them bottom of the table.\n\n"
        "Assistant coach Tiago Meireles-Santos will take charge for Saturday's game, the club said.\n\n"
        '"Results were not good enough," club president Amândio Sequeira-Lobo said in a statement. '
        '"We thank Rui for his dedication."\n\n'
        "Paixão-Correia, 47, a former Portugal international, joined the club in June from Greek side "
        "Atromitos Pireas.\n\n"
        "The Portuguese league's chief executive, Helena Campos-Vidal, said earlier this month that clubs "
        "were changing coaches too often.",
        {
            A: [
                ("Rui Paixão-Correia", "Vitória Setúbalense"),
                ("Rui Paixão-Correia", "Atromitos Pireas"),
                ("Tiago Meireles-Santos", "Vitória Setúbalense"),
                ("Amândio Sequeira-Lobo", "Vitória Setúbalense"),
            ],
            R: [("locatedIn", "Vitória Setúbalense", "Portugal")],
            O: [
                ("aff", "Helena Campos-Vidal", ("Portuguese league", "Portugal")),
                ("citizenOf", "Helena Campos-Vidal", "Portugal"),
                ("aff", "Rui Paixão-Correia", "Portugal"),
                ("citizenOf", "Rui Paixão-Correia", "Portugal"),
                ("locatedIn", "Atromitos Pireas", "Greece"),
                ("locatedIn", "Lisbon", "Portugal"),
            ],
        },
    ),
    (
        "aff.tech_unit",
        "Korean battery maker picks Hungary for fourth European plant\n\n"
        "SEOUL, July 8 (Yonhap) -- South Korea's Hanseong Energy Solutions said on Tuesday it would build a "
        "$1.8 billion battery cell plant in Debrecen, Hungary, its fourth in Europe.\n\n"
        "\"Europe's carmakers want cells made close to home,\" said Park Ji-hoon, who heads the company's "
        "European business. Production is due to start in 2028.\n\n"
        "Hungarian Foreign Minister Péter Szalkai-Nemes welcomed the investment. Kim Soo-yeon, an analyst "
        "with Mirae Daewon Securities, said the plant would help Hanseong win orders from German "
        "automakers.\n\n"
        "Hanseong's chief financial officer, Lee Dong-wook, told a conference call that the project would "
        "be funded from cash and green bonds.",
        {
            A: [
                ("Park Ji-hoon", "Hanseong Energy Solutions"),
                ("Péter Szalkai-Nemes", "Hungary"),
                ("Kim Soo-yeon", "Mirae Daewon Securities"),
                ("Lee Dong-wook", "Hanseong Energy Solutions"),
            ],
            R: [
                ("citizenOf", "Péter Szalkai-Nemes", "Hungary"),
                ("locatedIn", "Hanseong Energy Solutions", "South Korea"),
                ("locatedIn", "Debrecen", "Hungary"),
            ],
            O: [("locatedIn", "Seoul", "South Korea")],
        },
    ),
    (
        "aff.university_lab",
        "Swiss team reports malaria vaccine boost in trial\n\n"
        "ZURICH (Reuters) - A malaria vaccine developed at the University of Lémanie protected 78% of "
        "children in a trial in Burkina Faso, researchers said on Wednesday.\n\n"
        '"These are the best results we have seen," said Professor Annelies Brunschwig-Roth, who led the '
        "study and directs the university's Institute of Tropical Immunology.\n\n"
        "The trial was run with Burkina Faso's National Health Research Centre, whose director, Dr. "
        "Salif Ouédraogo-Kaboré, said a larger study would start next year.\n\n"
        "Bernhard Zollinger-Haas, a vaccine specialist at the Geneva-based Global Vaccine Access "
        'Partnership who was not involved in the work, called the findings "very encouraging."',
        {
            A: [
                ("Annelies Brunschwig-Roth", ("University of Lémanie", "Institute of Tropical Immunology")),
                ("Salif Ouédraogo-Kaboré", "National Health Research Centre"),
                ("Bernhard Zollinger-Haas", "Global Vaccine Access Partnership"),
            ],
            R: [
                ("locatedIn", "Global Vaccine Access Partnership", "Geneva"),
                ("locatedIn", "National Health Research Centre", "Burkina Faso"),
            ],
            O: [
                ("partOf", "Institute of Tropical Immunology", "University of Lémanie"),
                ("aff", "Annelies Brunschwig-Roth", "Institute of Tropical Immunology"),
                ("locatedIn", "University of Lémanie", "Switzerland"),
                ("citizenOf", "Salif Ouédraogo-Kaboré", "Burkina Faso"),
            ],
        },
    ),
    (
        "aff.party_split",
        "Senegal ruling party expels former minister after leadership row\n\n"
        "DAKAR (AFP) - Senegal's ruling Rassemblement pour le Renouveau (RPR) on Sunday expelled former "
        "energy minister Aïssatou Ndiaye-Fall, who had challenged party leader Mamadou Kane-Thiam for the "
        "leadership.\n\n"
        '"She has put her ambition above the party," RPR secretary-general Ousmane Diop-Sarr told '
        "reporters.\n\n"
        "Ndiaye-Fall, 58, said she would form a new movement. Several RPR lawmakers, including Pape "
        "Sall-Mbengue and Fatou Bintou Gaye, said they would follow her.\n\n"
        'The opposition Front Patriotique (FP) said the split showed the government was "running out of '
        'steam." FP leader Ibrahima Faye-Ndour called for early elections.',
        {
            A: [
                ("Aïssatou Ndiaye-Fall", ("Rassemblement pour le Renouveau", "RPR")),
                ("Aïssatou Ndiaye-Fall", "Senegal"),
                ("Mamadou Kane-Thiam", ("Rassemblement pour le Renouveau", "RPR")),
                ("Ousmane Diop-Sarr", ("Rassemblement pour le Renouveau", "RPR")),
                ("Pape Sall-Mbengue", ("Rassemblement pour le Renouveau", "RPR")),
                ("Fatou Bintou Gaye", ("Rassemblement pour le Renouveau", "RPR")),
                ("Ibrahima Faye-Ndour", ("Front Patriotique", "FP")),
            ],
            R: [],
            O: [
                ("citizenOf", "Aïssatou Ndiaye-Fall", "Senegal"),
                ("locatedIn", "Rassemblement pour le Renouveau", "Senegal"),
                ("locatedIn", "Front Patriotique", "Senegal"),
                ("locatedIn", "Dakar", "Senegal"),
            ],
        },
    ),
    (
        "aff.sanctions_list",
        "EU sanctions six Belarusian officials over jailed activists\n\n"
        "BRUSSELS (Reuters) - The European Union on Monday imposed sanctions on six Belarusian officials it "
        "blamed for the mistreatment of jailed activists.\n\n"
        "Among those targeted were Viktar Hrodzenski, the head of the prison service, and Alena Maksimava, "
        "a deputy director of the Belarusian KGB. Judges Pavel Zhuk and Iryna Savitskaya of the Minsk City "
        "Court, who jailed opposition figures last year, were also named.\n\n"
        '"These people must answer for what they have done," said Anneli Kaskela, the European '
        "Parliament's rapporteur on Belarus. Both Kaskela and fellow lawmaker Tomas Vaiciunas belong to the "
        "centre-right European People's Party.\n\n"
        'Belarus\'s foreign ministry spokesman, Andrei Hlushakou, called the measures "illegal."',
        {
            A: [
                ("Viktar Hrodzenski", "Belarus"),
                ("Alena Maksimava", ("KGB", "Belarusian KGB", "Belarus")),
                ("Pavel Zhuk", "Minsk City Court"),
                ("Iryna Savitskaya", "Minsk City Court"),
                ("Anneli Kaskela", "European Parliament"),
                ("Anneli Kaskela", "European People's Party"),
                ("Tomas Vaiciunas", "European People's Party"),
                ("Andrei Hlushakou", ("Belarus", "foreign ministry", "Belarus's foreign ministry")),
            ],
            R: [],
            O: [
                ("aff", "Tomas Vaiciunas", "European Parliament"),
                ("citizenOf", "Andrei Hlushakou", "Belarus"),
                ("locatedIn", "Belarus's foreign ministry", "Belarus"),
                ("citizenOf", "Viktar Hrodzenski", "Belarus"),
                ("citizenOf", "Alena Maksimava", "Belarus"),
                ("locatedIn", "Minsk City Court", ("Minsk", "Belarus")),
                ("locatedIn", "KGB", "Belarus"),
                ("partOf", "European Parliament", "European Union"),
            ],
        },
    ),
    (
        "aff.bank_economist",
        "Chile's peso slides as copper falls; analysts see more weakness\n\n"
        "SANTIAGO, Sept 3 (Reuters) - Chile's peso fell 1.2% on Wednesday to its weakest level in six months "
        "as copper prices slid on worries about Chinese demand.\n\n"
        '"The peso is a copper proxy, and copper is in trouble," said Matías Errázuriz, chief economist at '
        'Banco del Pacífico Austral. "We see 980 per dollar by year-end."\n\n'
        "Codelco, the state copper miner, said output fell 4% in July. Its chairman, Rodrigo Larraín Vial, "
        "told a Senate committee that two mines would need new investment.\n\n"
        "Finance Minister Constanza Ibáñez said the government had no plans to intervene. Central bank "
        "board member Felipe Gazmuri said in a speech that inflation remained under control.\n\n"
        '"We are not worried," said a trader at a Santiago brokerage, who asked not to be named.',
        {
            A: [
                ("Matías Errázuriz", "Banco del Pacífico Austral"),
                ("Rodrigo Larraín Vial", "Codelco"),
                ("Constanza Ibáñez", "Chile"),
                ("Felipe Gazmuri", ("central bank", "Chile")),
            ],
            R: [],
            O: [
                ("citizenOf", "Constanza Ibáñez", "Chile"),
                ("locatedIn", "Codelco", "Chile"),
                ("locatedIn", "Banco del Pacífico Austral", "Chile"),
                ("locatedIn", "Santiago", "Chile"),
            ],
        },
    ),
]
