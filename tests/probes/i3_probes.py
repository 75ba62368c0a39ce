# ruff: noqa: E501
"""Construction probes for issue 3: short invented wire sentences, each with the facts a careful reader
annotates (affiliations as (person, organisation or country), interactions as (actor, target), with
"sym" when either direction is right). Every person and organisation name is invented; countries are
real. Run ``python tests/probes/run_i3.py`` for per-construction counts.

An expected endpoint may be a tuple of acceptable names (a ministry or its country).
"""

from __future__ import annotations

A = "aff"
I = "int"  # noqa: E741

PROBES: list[tuple[str, str, dict]] = [
    # ---------------------------------------------------------------- affiliations
    (
        "aff.spokesman_for_ministry",
        "Tariq Benhalima, a spokesman for Algeria's interior ministry, said the border was calm.",
        {A: [("Tariq Benhalima", ("Algeria", "Algeria's interior ministry"))]},
    ),
    (
        "aff.spokesman_for_ministry",
        "Orsolya Vadkerti, a spokeswoman for the Hungarian foreign ministry, declined to comment.",
        {A: [("Orsolya Vadkerti", ("Hungary", "Hungarian foreign ministry"))]},
    ),
    (
        "aff.spokesman_for_ministry",
        "A spokesman for the Thai defence ministry, Colonel Prawit Samranchai, said troops had withdrawn.",
        {A: [("Prawit Samranchai", ("Thailand", "Thai defence ministry"))]},
    ),
    (
        "aff.who_heads",
        "Ingeborg Solvarn, who heads the Nordkapp Fisheries Council, said quotas were too low.",
        {A: [("Ingeborg Solvarn", "Nordkapp Fisheries Council")]},
    ),
    (
        "aff.who_heads",
        "Kwabena Asantewaa, who leads the Volta Cocoa Growers Union, said farmers would strike.",
        {A: [("Kwabena Asantewaa", "Volta Cocoa Growers Union")]},
    ),
    (
        "aff.who_heads",
        "Delphine Marcoux, who runs the Lyonnais Refugee Support Network, said shelters were full.",
        {A: [("Delphine Marcoux", "Lyonnais Refugee Support Network")]},
    ),
    (
        "aff.poss_title_name",
        "Brantwell Motors' chief executive Hadley Osgood said sales fell.",
        {A: [("Hadley Osgood", "Brantwell Motors")]},
    ),
    (
        "aff.poss_title_name",
        "Kenya's finance minister Njeri Wambugu-Otieno said the budget would be cut.",
        {A: [("Njeri Wambugu-Otieno", "Kenya")]},
    ),
    (
        "aff.poss_title_name",
        "Peru's top prosecutor, Rosalía Quispe Huamán, opened an inquiry on Monday.",
        {A: [("Rosalía Quispe Huamán", "Peru")]},
    ),
    (
        "aff.analyst_at",
        '"The market is nervous," said Vikram Raghunathan, an analyst at Sundaram Capital in Mumbai.',
        {A: [("Vikram Raghunathan", "Sundaram Capital")]},
    ),
    (
        "aff.analyst_at",
        "Magnus Ekholm, an economist at Skarvik Bank, said inflation had peaked.",
        {A: [("Magnus Ekholm", "Skarvik Bank")]},
    ),
    (
        "aff.analyst_at",
        "Yetunde Adebayo-Cole, a researcher at the Lagos Centre for Fiscal Studies, said debt was rising.",
        {A: [("Yetunde Adebayo-Cole", "Lagos Centre for Fiscal Studies")]},
    ),
    (
        "aff.analyst_at",
        "Felipe Arbeláez, a professor of economics at the Universidad del Pacífico Sur, said growth would slow.",
        {A: [("Felipe Arbeláez", "Universidad del Pacífico Sur")]},
    ),
    (
        "aff.head_of_unit",
        "Henrietta Blaylock, the head of Corvant Bank's emerging markets unit, said the peso would fall.",
        {A: [("Henrietta Blaylock", "Corvant Bank")]},
    ),
    (
        "aff.head_of_unit",
        "Oskar Lindqvist, head of research at Halvard Securities, said the rally would fade.",
        {A: [("Oskar Lindqvist", "Halvard Securities")]},
    ),
    (
        "aff.org_title_name",
        "Tamberlin Group chairman Ravi Chandrasekhar said the board backed the bid.",
        {A: [("Ravi Chandrasekhar", "Tamberlin Group")]},
    ),
    (
        "aff.org_title_name",
        "Veltrana Airways spokeswoman Mireille Dufresnoy said the flights were cancelled.",
        {A: [("Mireille Dufresnoy", "Veltrana Airways")]},
    ),
    (
        "aff.org_title_name",
        "Ghanaian Energy Minister Kofi Mensah-Baidoo said the plant would open next year.",
        {A: [("Kofi Mensah-Baidoo", "Ghana")]},
    ),
    (
        "aff.party_state_paren",
        "Senator Marla Quennevin (D-Ore.) said the bill would fail.",
        {A: [("Marla Quennevin", ("Democratic Party", "Democrats", "Senate"))]},
    ),
    (
        "aff.party_state_paren",
        "Rep. Dorrit Palmquade, R-Ohio, voted against the measure.",
        {A: [("Dorrit Palmquade", ("Republican Party", "Republicans", "House of Representatives"))]},
    ),
    (
        "aff.member_of_party",
        "Zeynep Karaoğlanlı, a member of the opposition Republican Renewal Party, said the vote was rigged.",
        {A: [("Zeynep Karaoğlanlı", "Republican Renewal Party")]},
    ),
    (
        "aff.member_of_party",
        "Tendai Mushonga, a senior member of the Zambezi Democratic Front, was arrested on Monday.",
        {A: [("Tendai Mushonga", "Zambezi Democratic Front")]},
    ),
    (
        "aff.member_of_party",
        "Adaeze Okonkwo-Bello, a lawmaker from the ruling Progressive Unity Congress, called for calm.",
        {A: [("Adaeze Okonkwo-Bello", "Progressive Unity Congress")]},
    ),
    (
        "aff.ambassador_to",
        "Haruto Kishimaru, Japan's ambassador to Brazil, said talks would resume.",
        {A: [("Haruto Kishimaru", "Japan")]},
    ),
    (
        "aff.ambassador_to",
        "Norway's ambassador to the United Nations, Sigrun Aasheim, called for a ceasefire.",
        {A: [("Sigrun Aasheim", "Norway")]},
    ),
    (
        "aff.ambassador_to",
        "Mexican ambassador Eréndira Casillas Trujano was summoned by the foreign ministry.",
        {A: [("Eréndira Casillas Trujano", "Mexico")]},
    ),
    (
        "aff.appointed_in",
        "Baurzhan Seitkali, who was appointed governor of Kazakhstan's central bank in 2019, said rates would hold.",
        {A: [("Baurzhan Seitkali", ("Kazakhstan", "Kazakhstan's central bank"))]},
    ),
    (
        "aff.appointed_in",
        "Mariela Ocampo, who was named chief executive of Andespar Energía in 2021, said output rose.",
        {A: [("Mariela Ocampo", "Andespar Energía")]},
    ),
    (
        "aff.former_minister",
        "Former Nigerian oil minister Chukwudi Ezeanya was charged with fraud on Tuesday.",
        {A: [("Chukwudi Ezeanya", "Nigeria")]},
    ),
    (
        "aff.former_minister",
        "Vusumuzi Khumalo-Dube, a former South African trade minister, said the tariffs were unfair.",
        {A: [("Vusumuzi Khumalo-Dube", "South Africa")]},
    ),
    (
        "aff.age_former",
        "Aurelio Bastidas, 54, a former finance minister of Ecuador, was arrested at his home.",
        {A: [("Aurelio Bastidas", "Ecuador")]},
    ),
    (
        "aff.age_former",
        "Ilse Vanderkerckhove, 61, who chaired Ostmark Logistics until 2020, denied the charges.",
        {A: [("Ilse Vanderkerckhove", "Ostmark Logistics")]},
    ),
    (
        "aff.opposition_leader_of",
        "Opposition leader Tshepo Molefi of the Kalahari Freedom Party rejected the result.",
        {A: [("Tshepo Molefi", "Kalahari Freedom Party")]},
    ),
    (
        "aff.party_candidate",
        "Solveig Brandtzæg, the Coastal Green Party's candidate for mayor, conceded defeat.",
        {A: [("Solveig Brandtzæg", "Coastal Green Party")]},
    ),
    (
        "aff.party_candidate",
        "Ramón Etxeberria, the presidential candidate of the Popular Citizens Movement, promised lower taxes.",
        {A: [("Ramón Etxeberria", "Popular Citizens Movement")]},
    ),
    (
        "aff.top_diplomat",
        "Lindiwe Mabuza-Nkosi, South Africa's top diplomat, said Pretoria would not take sides.",
        {A: [("Lindiwe Mabuza-Nkosi", "South Africa")]},
    ),
    (
        "aff.top_diplomat",
        "Indonesia's top diplomat Retno Wulansari said the region needed calm.",
        {A: [("Retno Wulansari", "Indonesia")]},
    ),
    (
        "aff.deputy_governor",
        "Chaiyaporn Wongsakul, deputy governor of Thailand's central bank, said the baht was stable.",
        {A: [("Chaiyaporn Wongsakul", ("Thailand", "Thailand's central bank"))]},
    ),
    (
        "aff.deputy_governor",
        "Tomasz Wielgórski, a deputy governor of the Bank of Poland, said rates would stay on hold.",
        {A: [("Tomasz Wielgórski", "Bank of Poland")]},
    ),
    (
        "aff.list_ministers",
        "Kenyan ministers Wairimu Ngatho, Otieno Okello and Barasa Wekesa attended the talks.",
        {
            A: [
                ("Wairimu Ngatho", "Kenya"),
                ("Otieno Okello", "Kenya"),
                ("Barasa Wekesa", "Kenya"),
            ]
        },
    ),
    (
        "aff.list_ministers",
        "Three Halvard Securities analysts, Oskar Lindqvist, Petrine Nyskog and Elin Fjällberg, left the firm.",
        {
            A: [
                ("Oskar Lindqvist", "Halvard Securities"),
                ("Petrine Nyskog", "Halvard Securities"),
                ("Elin Fjällberg", "Halvard Securities"),
            ]
        },
    ),
    (
        "aff.coord_titles",
        "Chilean Foreign Minister Alondra Sepúlveda and Economy Minister Benjamín Urrutia flew to Lima.",
        {A: [("Alondra Sepúlveda", "Chile"), ("Benjamín Urrutia", "Chile")]},
    ),
    (
        "aff.coord_titles",
        "Quorvant Mining's chairman, Declan Furlow, and its chief executive, Aoife Brannagh, resigned.",
        {A: [("Declan Furlow", "Quorvant Mining"), ("Aoife Brannagh", "Quorvant Mining")]},
    ),
    (
        "aff.title_of_country",
        "Prime Minister Sitiveni Naulivou of Fiji arrived in Wellington on Monday.",
        {A: [("Sitiveni Naulivou", "Fiji")]},
    ),
    (
        "aff.title_of_country",
        "President Aminata Coulibaly-Traoré of Mali said elections would be held next year.",
        {A: [("Aminata Coulibaly-Traoré", "Mali")]},
    ),
    (
        "aff.demonym_the_title",
        "Oumar Sangaré, the Malian defence minister, said the army had retaken the town.",
        {A: [("Oumar Sangaré", "Mali")]},
    ),
    (
        "aff.country_title_appos",
        "Jakub Dvořáček, the Czech Republic's interior minister, said the police had made arrests.",
        {A: [("Jakub Dvořáček", "Czech Republic")]},
    ),
    (
        "aff.envoy_to",
        "Rutherford Maclaine, the U.S. special envoy for Sudan, arrived in Khartoum on Monday.",
        {A: [("Rutherford Maclaine", "United States")]},
    ),
    (
        "aff.served_as",
        "Hamid Sadeghzadeh, who served as Iran's oil minister from 2013 to 2017, died on Monday.",
        {A: [("Hamid Sadeghzadeh", "Iran")]},
    ),
    (
        "aff.became",
        "Leocadia Banda became chief executive of Zamtel Copperworks in 2020.",
        {A: [("Leocadia Banda", "Zamtel Copperworks")]},
    ),
    (
        "aff.joined",
        "Anselm Dreyfuss, who joined Korvath Pharma as finance chief in 2018, will leave in June.",
        {A: [("Anselm Dreyfuss", "Korvath Pharma")]},
    ),
    (
        "aff.elected",
        "Birgitta Hallgren was elected president of the Swedish Farmers Federation on Saturday.",
        {A: [("Birgitta Hallgren", "Swedish Farmers Federation")]},
    ),
    (
        "aff.founder",
        "Jaroslav Kubelík, founder of the Prague software firm Datavlna, said the deal was final.",
        {A: [("Jaroslav Kubelík", "Datavlna")]},
    ),
    (
        "aff.founder",
        "Datavlna, founded by Jaroslav Kubelík in 2009, employs 300 people.",
        {A: [("Jaroslav Kubelík", "Datavlna")]},
    ),
    (
        "aff.said_org_title",
        '"We are ready," said Saoirse Donnellan, chief operating officer of Kilbrook Dairies.',
        {A: [("Saoirse Donnellan", "Kilbrook Dairies")]},
    ),
    (
        "aff.said_org_title",
        "Prices will rise, said Takumi Hoshizaki, chief economist at Kanemura Securities.",
        {A: [("Takumi Hoshizaki", "Kanemura Securities")]},
    ),
    (
        "aff.anaphor_title",
        "Ostrava Steelworks cut 500 jobs on Monday. Its chief executive, Radek Holubář, blamed energy costs.",
        {A: [("Radek Holubář", "Ostrava Steelworks")]},
    ),
    (
        "aff.anaphor_title",
        "The Baltic Grain Exchange suspended trading. The exchange's president, Arvydas Kmitas, said the halt was temporary.",
        {A: [("Arvydas Kmitas", "Baltic Grain Exchange")]},
    ),
    (
        "aff.anaphor_title",
        "Malawi declared a state of disaster on Friday. The country's health minister, Chimwemwe Phiri, said 40 people had died.",
        {A: [("Chimwemwe Phiri", "Malawi")]},
    ),
    (
        "aff.dateline_country_title",
        "ACCRA, Ghana (Reuters) - The finance minister, Ekow Ansah-Quaye, said on Monday the cedi would recover.",
        {A: [("Ekow Ansah-Quaye", "Ghana")]},
    ),
    (
        "aff.dateline_country_title",
        "LILONGWE (AFP) - Malawi's government spokesman Kondwani Mhango said aid would arrive on Friday.",
        {A: [("Kondwani Mhango", "Malawi")]},
    ),
    (
        "aff.military",
        "General Bakary Diarrassouba, the chief of Burkina Faso's army, said the attack was repelled.",
        {A: [("Bakary Diarrassouba", "Burkina Faso")]},
    ),
    (
        "aff.military",
        "Colonel Moussa Tchiroma, a spokesman for the Chadian army, said 12 rebels were killed.",
        {A: [("Moussa Tchiroma", ("Chad", "Chadian army"))]},
    ),
    (
        "aff.rebel_commander",
        "Abu Khaled al-Rashidi, a commander of the Liwa al-Fajr militia, said his fighters would not retreat.",
        {A: [("Abu Khaled al-Rashidi", "Liwa al-Fajr")]},
    ),
    (
        "aff.union_leader",
        "Dock workers walked out on Monday, said Josefa Mbanza, general secretary of the Port Workers Union of Angola.",
        {A: [("Josefa Mbanza", "Port Workers Union of Angola")]},
    ),
    (
        "aff.mp_for",
        "Anneliese Brockhaus, a Social Democrat lawmaker in the Bundestag, called for an inquiry.",
        {A: [("Anneliese Brockhaus", ("Bundestag", "Social Democrats", "Social Democrat"))]},
    ),
    (
        "aff.judge",
        "Judge Olumide Fashola-Adeyemi of the Federal High Court in Abuja adjourned the case.",
        {A: [("Olumide Fashola-Adeyemi", "Federal High Court")]},
    ),
    (
        "aff.title_name_of_org",
        "Chief executive Gerlinde Haubrich of Kestwald Chemie said orders had slumped.",
        {A: [("Gerlinde Haubrich", "Kestwald Chemie")]},
    ),
    (
        "aff.secgen",
        "Bolat Zhanibekov, secretary-general of the Central Asian Water Commission, urged restraint.",
        {A: [("Bolat Zhanibekov", "Central Asian Water Commission")]},
    ),
    (
        "aff.director_general",
        "The director-general of the Caribbean Health Agency, Dr. Marisol Thwaites, warned of dengue.",
        {A: [("Marisol Thwaites", "Caribbean Health Agency")]},
    ),
    (
        "aff.works_for",
        "Ahmad Farouqi, who works for the aid group Hands of Mercy, was released on Friday.",
        {A: [("Ahmad Farouqi", "Hands of Mercy")]},
    ),
    (
        "aff.employee",
        "Svetlana Kuzmenko, an engineer at Dniprovolt Energy, was detained by police.",
        {A: [("Svetlana Kuzmenko", "Dniprovolt Energy")]},
    ),
    (
        "aff.former_ceo_of",
        "Bartholomew Quaintance, a former chief executive of Hollins Ferrant Bank, was jailed for fraud.",
        {A: [("Bartholomew Quaintance", "Hollins Ferrant Bank")]},
    ),
    (
        "aff.country_official",
        "A senior Pakistani official, Faisal Qureshi-Malik, said the talks had stalled.",
        {A: [("Faisal Qureshi-Malik", "Pakistan")]},
    ),
    (
        "aff.adviser_to",
        "Iman Haddadin, an adviser to Jordan's prime minister, said the plan was dead.",
        {A: [("Iman Haddadin", "Jordan")]},
    ),
    (
        "aff.pm_possessive_name",
        "Vietnam's Prime Minister Pham Quoc Trung arrived in Seoul on Sunday.",
        {A: [("Pham Quoc Trung", "Vietnam")]},
    ),
    (
        "aff.state_media",
        "Tuvshinbayar Ganzorig, chairman of Mongolia's election commission, announced the results.",
        {A: [("Tuvshinbayar Ganzorig", ("Mongolia", "Mongolia's election commission"))]},
    ),
    (
        "aff.chief_of_staff",
        "Rosalind Featherby, chief of staff to the Irish prime minister, resigned on Tuesday.",
        {A: [("Rosalind Featherby", "Ireland")]},
    ),
    (
        "aff.minister_for",
        "Eamon Trelawney, Ireland's minister for agriculture, said farmers would be compensated.",
        {A: [("Eamon Trelawney", "Ireland")]},
    ),
    (
        "aff.minister_for",
        "Minister for Foreign Affairs Kalani Akoteu said Tonga would seek aid.",
        {A: [("Kalani Akoteu", "Tonga")]},
    ),
    (
        "aff.ceo_abbrev",
        "Corvex Logistics CEO Priyanka Venkatanarayan said volumes were down 8%.",
        {A: [("Priyanka Venkatanarayan", "Corvex Logistics")]},
    ),
    (
        "aff.ceo_abbrev",
        "Priyanka Venkatanarayan, CEO of Corvex Logistics, said volumes were down 8%.",
        {A: [("Priyanka Venkatanarayan", "Corvex Logistics")]},
    ),
    # ---------------------------------------------------------------- interactions
    (
        "int.met",
        "Kenyan President Odhiambo Wafula met Tanzanian President Rehema Kisanga in Arusha on Monday.",
        {I: [("Odhiambo Wafula", "Rehema Kisanga", "sym")]},
    ),
    (
        "int.met",
        "Brazil's foreign minister met his Argentine counterpart, Santiago Etcheverry, in Brasília.",
        {I: [("Brazil", "Santiago Etcheverry", "sym")]},
    ),
    (
        "int.met",
        "Vietnamese Prime Minister Pham Quoc Trung met South Korean President Yoon Ha-jin in Seoul.",
        {I: [("Pham Quoc Trung", "Yoon Ha-jin", "sym")]},
    ),
    (
        "int.held_talks",
        "Mongolia held talks with China on Tuesday on a new rail link.",
        {I: [("Mongolia", "China", "sym")]},
    ),
    (
        "int.held_talks",
        "Foreign Minister Alondra Sepúlveda held talks with her Peruvian counterpart on Friday.",
        {I: [("Alondra Sepúlveda", "Peru", "sym")]},
    ),
    (
        "int.held_talks",
        "Officials from Serbia and Kosovo held talks in Brussels on Thursday.",
        {I: [("Serbia", "Kosovo", "sym")]},
    ),
    (
        "int.phoned",
        "Turkish President Selim Karaduman phoned Azerbaijani President Elnur Mammadli on Sunday.",
        {I: [("Selim Karaduman", "Elnur Mammadli", "sym")]},
    ),
    (
        "int.phoned",
        "Spain's prime minister spoke by phone with Moroccan King Hassan Belkadi on Tuesday.",
        {I: [("Spain", "Hassan Belkadi", "sym")]},
    ),
    (
        "int.phoned",
        "In a phone call on Monday, Finland's President Aila Keskinen told Estonia's prime minister that help was coming.",
        {I: [("Aila Keskinen", "Estonia", "sym")]},
    ),
    (
        "int.visited",
        "Indian Prime Minister Ravindra Kulkarnath visited Japan last week.",
        {I: [("Ravindra Kulkarnath", "Japan")]},
    ),
    (
        "int.visited",
        "Egypt's foreign minister, Hossam Abdelrahim, arrived in Khartoum on Sunday for talks with Sudanese leaders.",
        {I: [("Hossam Abdelrahim", "Sudan")]},
    ),
    (
        "int.hosted",
        "Qatar hosted Afghan and Pakistani delegations for talks on Monday.",
        {I: [("Qatar", "Afghanistan"), ("Qatar", "Pakistan")]},
    ),
    (
        "int.hosted",
        "Ghanaian President Kwame Adu-Boahen hosted his Ivorian counterpart, Alassane Kouadio, in Accra.",
        {I: [("Kwame Adu-Boahen", "Alassane Kouadio", "sym")]},
    ),
    (
        "int.signed_with",
        "Norway signed a fisheries agreement with Iceland on Wednesday.",
        {I: [("Norway", "Iceland", "sym")]},
    ),
    (
        "int.signed_with",
        "Zamtel Copperworks signed a $300 million supply deal with Hanjin Cathodes of South Korea.",
        {I: [("Zamtel Copperworks", "Hanjin Cathodes", "sym")]},
    ),
    (
        "int.accused",
        "Armenia accused Azerbaijan on Tuesday of shelling villages near the border.",
        {I: [("Armenia", "Azerbaijan")]},
    ),
    (
        "int.accused",
        "The opposition Kalahari Freedom Party accused the electoral commission of rigging the vote.",
        {I: [("Kalahari Freedom Party", "electoral commission")]},
    ),
    (
        "int.accused",
        "Venezuela's foreign minister accused Guyana of provoking a crisis.",
        {I: [("Venezuela", "Guyana")]},
    ),
    (
        "int.criticised",
        "Germany criticised Hungary's decision to block the aid package.",
        {I: [("Germany", "Hungary")]},
    ),
    (
        "int.criticised",
        "Rights group Amnesty Watchfire sharply criticised Egypt over the arrests.",
        {I: [("Amnesty Watchfire", "Egypt")]},
    ),
    (
        "int.criticised",
        "Poland's prime minister criticised Belarus on Monday for the border incidents.",
        {I: [("Poland", "Belarus")]},
    ),
    (
        "int.condemned",
        "Japan condemned North Korea's missile launch as a grave threat.",
        {I: [("Japan", "North Korea")]},
    ),
    (
        "int.condemned",
        "The Union of African Lawyers condemned Uganda for the detention of the activists.",
        {I: [("Union of African Lawyers", "Uganda")]},
    ),
    (
        "int.urged",
        "The United States urged Israel to allow more aid into Gaza.",
        {I: [("United States", "Israel")]},
    ),
    (
        "int.urged",
        "Indonesia's President Bagus Prasetyo urged Myanmar to end the violence.",
        {I: [("Bagus Prasetyo", "Myanmar")]},
    ),
    (
        "int.warned",
        "China warned the Philippines against further provocations in the South China Sea.",
        {I: [("China", "Philippines")]},
    ),
    (
        "int.warned",
        "Russia warned Finland that it would respond to the deployment.",
        {I: [("Russia", "Finland")]},
    ),
    (
        "int.threatened",
        "Iran threatened Israel with a crushing response.",
        {I: [("Iran", "Israel")]},
    ),
    (
        "int.threatened",
        "The Zambezi Liberation Army threatened to attack Mozambique's gas projects.",
        {I: [("Zambezi Liberation Army", "Mozambique")]},
    ),
    (
        "int.sanctioned",
        "The European Union sanctioned six Belarusian officials on Monday.",
        {I: [("European Union", "Belarus")]},
    ),
    (
        "int.sanctioned",
        "Britain imposed sanctions on Dmitri Volkhonsky, a Russian banker, on Thursday.",
        {I: [("Britain", "Dmitri Volkhonsky")]},
    ),
    (
        "int.sanctioned",
        "The U.S. Treasury sanctioned the Sahel Gold Trading Company for financing militants.",
        {I: [(("United States", "U.S. Treasury"), "Sahel Gold Trading Company")]},
    ),
    (
        "int.expelled",
        "Lithuania expelled two Russian diplomats on Friday.",
        {I: [("Lithuania", "Russia")]},
    ),
    (
        "int.expelled",
        "Niger ordered the French ambassador to leave the country within 48 hours.",
        {I: [("Niger", "France")]},
    ),
    (
        "int.aided",
        "Japan sent emergency aid to Vanuatu after the cyclone.",
        {I: [("Japan", "Vanuatu")]},
    ),
    (
        "int.aided",
        "Saudi Arabia pledged $500 million in aid to Yemen on Monday.",
        {I: [("Saudi Arabia", "Yemen")]},
    ),
    (
        "int.aided",
        "The World Grain Relief Fund delivered food to 20,000 families in Haiti.",
        {I: [("World Grain Relief Fund", "Haiti")]},
    ),
    (
        "int.loaned",
        "China loaned Sri Lanka $1.5 billion to shore up its reserves.",
        {I: [("China", "Sri Lanka")]},
    ),
    (
        "int.loaned",
        "The Asian Infrastructure Bank approved a $700 million loan to Bangladesh.",
        {I: [("Asian Infrastructure Bank", "Bangladesh")]},
    ),
    (
        "int.supported",
        "France backed Morocco's autonomy plan for the disputed territory.",
        {I: [("France", "Morocco")]},
    ),
    (
        "int.supported",
        "Kenya voiced support for Somalia's bid to join the bloc.",
        {I: [("Kenya", "Somalia")]},
    ),
    (
        "int.praised",
        "The IMF praised Egypt for its reforms.",
        {I: [(("IMF", "International Monetary Fund"), "Egypt")]},
    ),
    (
        "int.praised",
        "Uruguay's president praised Paraguay for its handling of the crisis.",
        {I: [("Uruguay", "Paraguay")]},
    ),
    (
        "int.sued",
        "Hollins Ferrant Bank sued Quorvant Mining for $40 million in a London court.",
        {I: [("Hollins Ferrant Bank", "Quorvant Mining")]},
    ),
    (
        "int.sued",
        "Bolivia filed a lawsuit against Chile at the International Court of Justice.",
        {I: [("Bolivia", "Chile")]},
    ),
    (
        "int.arrested",
        "Police in Nairobi arrested Jomo Kariuki-Ndungu on charges of fraud.",
        {I: [(("Kenya", "Police"), "Jomo Kariuki-Ndungu")]},
    ),
    (
        "int.arrested",
        "Turkish authorities detained Ekrem Demirtaşlı, a journalist, on Friday.",
        {I: [("Turkey", "Ekrem Demirtaşlı")]},
    ),
    (
        "int.attacked",
        "Fighters of the Liwa al-Fajr militia attacked a Syrian army post overnight.",
        {I: [("Liwa al-Fajr", "Syria")]},
    ),
    (
        "int.attacked",
        "Israel struck targets in Lebanon on Tuesday.",
        {I: [("Israel", "Lebanon")]},
    ),
    (
        "int.attacked",
        "Sudanese troops clashed with fighters of the Rapid Shield Brigades near El Obeid.",
        {I: [("Sudan", "Rapid Shield Brigades", "sym")]},
    ),
    (
        "int.passive",
        "Tanzanian President Rehema Kisanga was met at the airport by Kenyan Foreign Minister Otieno Okello.",
        {I: [("Otieno Okello", "Rehema Kisanga", "sym")]},
    ),
    (
        "int.passive",
        "Hungary was criticised by Germany for blocking the package.",
        {I: [("Germany", "Hungary")]},
    ),
    (
        "int.passive",
        "Jomo Kariuki-Ndungu was arrested by Kenyan police on Friday.",
        {I: [(("Kenya", "police", "Kenyan police"), "Jomo Kariuki-Ndungu")]},
    ),
    (
        "int.passive",
        "The Sahel Gold Trading Company was sanctioned by the United States on Monday.",
        {I: [("United States", "Sahel Gold Trading Company")]},
    ),
    (
        "int.nominal_talks_between",
        "Talks between Ethiopia and Egypt on the dam ended without agreement.",
        {I: [("Ethiopia", "Egypt", "sym")]},
    ),
    (
        "int.nominal_talks_between",
        "The meeting between Kenyan President Odhiambo Wafula and Ugandan leader Isaac Mugerwa lasted two hours.",
        {I: [("Odhiambo Wafula", "Isaac Mugerwa", "sym")]},
    ),
    (
        "int.nominal_visit",
        "Japanese Prime Minister Takeshi Morimura's visit to Vietnam is the first in five years.",
        {I: [("Takeshi Morimura", "Vietnam")]},
    ),
    (
        "int.nominal_visit",
        "During his visit to Algeria, Italy's foreign minister signed a gas agreement.",
        {I: [("Italy", "Algeria")]},
    ),
    (
        "int.nominal_call",
        "In a call with Brazilian President Ana Luíza Bittencourt on Monday, Chinese President Zhou Hanqing discussed trade.",
        {I: [("Zhou Hanqing", "Ana Luíza Bittencourt", "sym")]},
    ),
    (
        "int.nominal_call",
        "Canada's prime minister had a phone call with Mexico's president on Tuesday.",
        {I: [("Canada", "Mexico", "sym")]},
    ),
    (
        "int.agreed",
        "Kenya and Ethiopia agreed on Tuesday to reopen their border.",
        {I: [("Kenya", "Ethiopia", "sym")]},
    ),
    (
        "int.agreed",
        "Zamtel Copperworks and Hanjin Cathodes agreed to build a refinery together.",
        {I: [("Zamtel Copperworks", "Hanjin Cathodes", "sym")]},
    ),
    (
        "int.coord_subject",
        "Britain and France condemned Iran's detention of the two sailors.",
        {I: [("Britain", "Iran"), ("France", "Iran")]},
    ),
    (
        "int.coord_subject",
        "Australia, Japan and South Korea urged China to show restraint.",
        {I: [("Australia", "China"), ("Japan", "China"), ("South Korea", "China")]},
    ),
    (
        "int.poss_leader_actor",
        "Ghana's president met the head of the IMF, Kristalina Avramova, in Washington.",
        {I: [("Ghana", "Kristalina Avramova", "sym")]},
    ),
    (
        "int.poss_leader_actor",
        "Mali's junta leader accused France of arming rebels.",
        {I: [("Mali", "France")]},
    ),
    (
        "int.reported",
        "Somalia accused Ethiopia of violating its sovereignty, the foreign ministry said in a statement.",
        {I: [("Somalia", "Ethiopia")]},
    ),
    (
        "int.reported",
        "Colombia's president said Venezuela had failed to stop the rebels crossing the border.",
        {I: [("Colombia", "Venezuela")]},
    ),
    (
        "int.negation",
        "Azerbaijan's president did not meet the Armenian prime minister in Prague.",
        {I: []},
    ),
    (
        "int.negation",
        "Kazakhstan has not sanctioned Russia, officials said.",
        {I: []},
    ),
    (
        "int.demanded",
        "Ukraine demanded that Hungary release the detained journalists.",
        {I: [("Ukraine", "Hungary")]},
    ),
    (
        "int.called_on",
        "Senegal called on Gambia to hand over the suspects.",
        {I: [("Senegal", "Gambia")]},
    ),
    (
        "int.summoned",
        "Sweden summoned Iran's ambassador over the executions.",
        {I: [("Sweden", "Iran")]},
    ),
    (
        "int.recalled",
        "Algeria recalled its ambassador from Spain in protest.",
        {I: [("Algeria", "Spain")]},
    ),
    (
        "int.welcomed",
        "Egypt welcomed Sudan's decision to join the talks.",
        {I: [("Egypt", "Sudan")]},
    ),
    (
        "int.rejected",
        "Morocco rejected Algeria's offer of mediation.",
        {I: [("Morocco", "Algeria")]},
    ),
    (
        "int.blamed",
        "Pakistan blamed India for the bombing.",
        {I: [("Pakistan", "India")]},
    ),
    (
        "int.blamed",
        "Pakistani officials blamed India for the attack.",
        {I: [("Pakistan", "India")]},
    ),
    (
        "int.cooperate",
        "Nigeria and Ghana will share intelligence on armed groups, officials said.",
        {I: [("Nigeria", "Ghana", "sym")]},
    ),
    (
        "int.invited",
        "Chile invited Bolivia to resume talks on sea access.",
        {I: [("Chile", "Bolivia")]},
    ),
    (
        "int.demonym_actor",
        "Chinese coast guard ships fired water cannon at a Philippine supply boat.",
        {I: [("China", "Philippines")]},
    ),
    (
        "int.demonym_actor",
        "Russian forces shelled Ukrainian positions near the river.",
        {I: [("Russia", "Ukraine")]},
    ),
    (
        "int.acquired",
        "Tamberlin Group agreed to buy Veltrana Airways for $1.2 billion.",
        {I: [("Tamberlin Group", "Veltrana Airways")]},
    ),
    (
        "int.mediated",
        "Qatar mediated talks between Rwanda and Congo.",
        {I: [("Rwanda", "Congo", "sym")]},
    ),
    (
        "int.title_actor",
        "Philippine President Ramon Castrodes accused China of harassing fishermen.",
        {I: [("Ramon Castrodes", "China")]},
    ),
    (
        "int.title_actor",
        "Kenyan Interior Minister Barasa Wekesa warned Somalia against interfering.",
        {I: [("Barasa Wekesa", "Somalia")]},
    ),
    (
        "int.title_actor",
        "Foreign Minister Alondra Sepúlveda urged Argentina to reconsider.",
        {I: [("Alondra Sepúlveda", "Argentina")]},
    ),
    (
        "int.person_person",
        "Opposition leader Tshepo Molefi accused President Kagiso Moremi of rigging the election.",
        {I: [("Tshepo Molefi", "Kagiso Moremi")]},
    ),
    (
        "int.person_person",
        "Hadley Osgood sued Ravi Chandrasekhar for defamation.",
        {I: [("Hadley Osgood", "Ravi Chandrasekhar")]},
    ),
    (
        "int.org_country",
        "The International Monetary Fund approved a $3 billion loan for Pakistan.",
        {I: [("International Monetary Fund", "Pakistan")]},
    ),
    (
        "int.org_country",
        "The World Bank will lend Kenya $750 million for roads.",
        {I: [("World Bank", "Kenya")]},
    ),
    (
        "int.org_country",
        "The European Commission fined Tamberlin Group 200 million euros.",
        {I: [("European Commission", "Tamberlin Group")]},
    ),
    (
        "int.two_sentence",
        "Hungary vetoed the aid package on Monday. Germany's foreign minister criticised the move and "
        "accused Budapest of blackmail.",
        {I: [("Germany", "Hungary")]},
    ),
    (
        "int.two_sentence",
        "Kenyan President Odhiambo Wafula flew to Kampala on Monday. He met Ugandan President Isaac Mugerwa.",
        {I: [("Odhiambo Wafula", "Isaac Mugerwa", "sym")]},
    ),
    (
        "int.infinitive",
        "Turkey agreed to sell drones to Indonesia.",
        {I: [("Turkey", "Indonesia")]},
    ),
    (
        "int.infinitive",
        "Norway plans to send 200 million crowns in aid to Sudan.",
        {I: [("Norway", "Sudan")]},
    ),
    (
        "int.relative",
        "Lithuania, which expelled a Belarusian diplomat last month, closed its border.",
        {I: [("Lithuania", "Belarus")]},
    ),
    (
        "int.participle",
        "Citing security threats, Latvia expelled a Russian diplomat on Friday.",
        {I: [("Latvia", "Russia")]},
    ),
    (
        "int.after_clause",
        "After meeting Chinese leaders in Beijing, the Brazilian president flew to Tokyo.",
        {I: [("Brazil", "China", "sym")]},
    ),
]

# Harder probes: two- and three-sentence wire snippets with distractors, anaphora and long clauses.
PROBES += [
    (
        "aff.counterpart",
        "Kenyan Foreign Minister Otieno Okello met his Ugandan counterpart, Sarah Namubiru, in Entebbe.",
        {
            A: [("Otieno Okello", "Kenya"), ("Sarah Namubiru", "Uganda")],
            I: [("Otieno Okello", "Sarah Namubiru", "sym")],
        },
    ),
    (
        "aff.counterpart",
        "Ghana's finance minister, Ekow Ansah-Quaye, held talks with his Nigerian counterpart Abubakar Danjuma-Sule on Friday.",
        {
            A: [("Ekow Ansah-Quaye", "Ghana"), ("Abubakar Danjuma-Sule", "Nigeria")],
            I: [("Ekow Ansah-Quaye", "Abubakar Danjuma-Sule", "sym")],
        },
    ),
    (
        "aff.later_title",
        "Marisol Etxarte was in Geneva for the talks. Etxarte, Spain's deputy foreign minister, said progress was slow.",
        {A: [("Marisol Etxarte", "Spain")]},
    ),
    (
        "aff.the_minister_anaphor",
        "Rwandan Defence Minister Jean-Bosco Habiyaremye toured the border on Monday. The minister said troops would stay.",
        {A: [("Jean-Bosco Habiyaremye", "Rwanda")]},
    ),
    (
        "aff.told_agency",
        '"We have no choice," Dariusz Wolański, deputy head of Poland\'s border guard, told Reuters.',
        {A: [("Dariusz Wolański", ("Poland", "Poland's border guard"))]},
    ),
    (
        "aff.told_agency",
        '"The ceasefire is holding," Colonel Idrissa Maïga, the army\'s spokesman, told AFP by phone from Bamako.',
        {A: [("Idrissa Maïga", ("Mali",))]},
    ),
    (
        "aff.title_after_quote",
        '"This is a dark day," said Lauritz Brønnum, chairman of the Danish Fishermen\'s Association.',
        {A: [("Lauritz Brønnum", "Danish Fishermen's Association")]},
    ),
    (
        "aff.paren_org",
        "Augustin Rakotomalala of the Malagasy Human Rights Collective (MHRC) said 12 people were held.",
        {A: [("Augustin Rakotomalala", ("Malagasy Human Rights Collective", "MHRC"))]},
    ),
    (
        "aff.speaking_for",
        "Speaking for the Sahel Herders Alliance, Amadou Bocoum-Diallo said the drought had killed cattle.",
        {A: [("Amadou Bocoum-Diallo", "Sahel Herders Alliance")]},
    ),
    (
        "aff.nominated",
        "President Kagiso Moremi nominated Lesego Tau as central bank governor on Monday.",
        {A: [("Lesego Tau", "Botswana"), ("Kagiso Moremi", "Botswana")]},
    ),
    (
        "aff.company_said_person",
        "Hollins Ferrant Bank said on Tuesday that its chief financial officer, Gwendolyn Ashcombe, would step down.",
        {A: [("Gwendolyn Ashcombe", "Hollins Ferrant Bank")]},
    ),
    (
        "aff.company_said_person",
        "Korvath Pharma named Ingeborg Solvarn as its new chief executive, replacing Anselm Dreyfuss.",
        {A: [("Ingeborg Solvarn", "Korvath Pharma"), ("Anselm Dreyfuss", "Korvath Pharma")]},
    ),
    (
        "aff.title_bare_name_org_later",
        "The chief executive of Brantwell Motors, Hadley Osgood, said sales fell.",
        {A: [("Hadley Osgood", "Brantwell Motors")]},
    ),
    (
        "aff.who_is",
        "Nkosana Zwane, who is also the treasurer of the Amandla Civic Movement, was arrested on Monday.",
        {A: [("Nkosana Zwane", "Amandla Civic Movement")]},
    ),
    (
        "aff.party_leader_poss",
        "The Coastal Green Party's leader, Solveig Brandtzæg, said the coalition was over.",
        {A: [("Solveig Brandtzæg", "Coastal Green Party")]},
    ),
    (
        "aff.with_org",
        "Hamza Belkacemi, with the Maghreb Migration Observatory, said boats had left from Tunisia.",
        {A: [("Hamza Belkacemi", "Maghreb Migration Observatory")]},
    ),
    (
        "aff.title_country_of",
        "The president of Suriname, Ricardo Sewdien, arrived in Brasília on Monday.",
        {A: [("Ricardo Sewdien", "Suriname")], I: [("Ricardo Sewdien", "Brazil")]},
    ),
    (
        "aff.ex",
        "Ex-Kenyan police chief Gideon Mutua-Kilonzo was charged with murder.",
        {A: [("Gideon Mutua-Kilonzo", "Kenya")]},
    ),
    (
        "aff.acting",
        "Acting Nigerien Prime Minister Mahamane Issoufou-Garba said the junta would not step down.",
        {A: [("Mahamane Issoufou-Garba", "Niger")]},
    ),
    (
        "aff.possessive_org_title_list",
        "Tamberlin Group's finance director Ravi Chandrasekhar and legal counsel Meera Iyengar-Rao left the company.",
        {A: [("Ravi Chandrasekhar", "Tamberlin Group"), ("Meera Iyengar-Rao", "Tamberlin Group")]},
    ),
    (
        "int.met_with_title_after",
        "Mongolia's President Batbayar Tsogtbaatar met with Xu Changming, China's vice premier, in Ulaanbaatar on Monday.",
        {
            A: [("Batbayar Tsogtbaatar", "Mongolia"), ("Xu Changming", "China")],
            I: [("Batbayar Tsogtbaatar", "Xu Changming", "sym")],
        },
    ),
    (
        "int.talks_with_their",
        "The foreign ministers of Kazakhstan and Uzbekistan held talks in Tashkent on water sharing.",
        {I: [("Kazakhstan", "Uzbekistan", "sym")]},
    ),
    (
        "int.visit_by",
        "A visit to Hanoi by South Korean President Yoon Ha-jin next month will focus on trade.",
        {I: [("Yoon Ha-jin", "Vietnam")]},
    ),
    (
        "int.accused_pronoun",
        "Guyana said on Monday that Venezuelan troops had crossed the border. It accused Caracas of "
        "trying to annex the region.",
        {I: [("Guyana", "Venezuela")]},
    ),
    (
        "int.accused_title",
        "Ethiopia's foreign ministry spokesman, Tesfaye Gebremariam, accused Egypt of seeking to destabilise the region.",
        {A: [("Tesfaye Gebremariam", "Ethiopia")], I: [(("Tesfaye Gebremariam", "Ethiopia"), "Egypt")]},
    ),
    (
        "int.said_of",
        "Somalia's president, Abdiwali Jama Farah, said Ethiopia's deal with the breakaway region was illegal.",
        {A: [("Abdiwali Jama Farah", "Somalia")], I: [(("Abdiwali Jama Farah", "Somalia"), "Ethiopia")]},
    ),
    (
        "int.distract_ambassador",
        "Kenya's ambassador to Ethiopia, Mwangi Kiptanui, said the embassy would stay open.",
        {A: [("Mwangi Kiptanui", "Kenya")], I: []},
    ),
    (
        "int.distract_trade",
        "Trade between Chile and Peru rose 12% last year, the statistics office said.",
        {I: []},
    ),
    (
        "int.distract_border",
        "The river marks the border between Laos and Thailand.",
        {I: []},
    ),
    (
        "int.distract_list",
        "Delegates from Kenya, Uganda and Rwanda attended the conference in Addis Ababa.",
        {I: []},
    ),
    (
        "int.distract_said_in",
        "Speaking in Paris, Moroccan Foreign Minister Youssef Benkirane said the plan was fair.",
        {A: [("Youssef Benkirane", "Morocco")], I: []},
    ),
    (
        "int.distract_born",
        "Born in Uganda, Priyanka Venkatanarayan moved to Britain as a child.",
        {I: []},
    ),
    (
        "int.distract_like",
        "Like Poland, Hungary has refused to take in migrants.",
        {I: []},
    ),
    (
        "int.distract_exports",
        "Ecuador exports bananas to Russia, its biggest market.",
        {I: []},
    ),
    (
        "int.sign_agreement_at",
        "Ministers from Brazil and Argentina signed the accord at a ceremony in Montevideo.",
        {I: [("Brazil", "Argentina", "sym")]},
    ),
    (
        "int.joint_statement",
        "In a joint statement, Japan and Australia condemned China's military drills around Taiwan.",
        {I: [("Japan", "China"), ("Australia", "China")]},
    ),
    (
        "int.offered",
        "Turkey offered to mediate between Russia and Ukraine.",
        {I: []},
    ),
    (
        "int.sent_troops",
        "Rwanda sent 1,000 troops to Mozambique to fight the insurgents.",
        {I: [("Rwanda", "Mozambique")]},
    ),
    (
        "int.ordered_expel",
        "Mali ordered the expulsion of the French ambassador on Monday.",
        {I: [("Mali", "France")]},
    ),
    (
        "int.pledged",
        "Germany pledged 50 million euros for Sudanese refugees in Chad.",
        {I: [("Germany", ("Sudan", "Chad"))]},
    ),
    (
        "int.handed",
        "Kenyan police handed the suspects over to Ugandan authorities on Friday.",
        {I: [("Kenya", "Uganda")]},
    ),
    (
        "int.extradite",
        "Spain extradited Vasil Petrunov to Bulgaria on Thursday.",
        {I: [("Spain", "Vasil Petrunov")]},
    ),
    (
        "int.convicted",
        "A court in Istanbul convicted Ekrem Demirtaşlı of terrorism charges.",
        {I: [(("Turkey", "court"), "Ekrem Demirtaşlı")]},
    ),
    (
        "int.protest_lodged",
        "Vietnam lodged a protest with China over the seizure of a fishing boat.",
        {I: [("Vietnam", "China")]},
    ),
    (
        "int.fired_on",
        "Indian troops fired on Pakistani soldiers along the Line of Control, Pakistan's army said.",
        {I: [("India", "Pakistan")]},
    ),
    (
        "int.met_reported",
        "Uzbek President Sardor Tursunbekov met Turkmen leader Gurbanmyrat Orazov on the sidelines of the summit, state media reported.",
        {I: [("Sardor Tursunbekov", "Gurbanmyrat Orazov", "sym")]},
    ),
    (
        "int.leaders_discussed",
        "Finnish President Aila Keskinen and Swedish Prime Minister Gustav Lindqvärn discussed defence cooperation on Tuesday.",
        {I: [("Aila Keskinen", "Gustav Lindqvärn", "sym")]},
    ),
    (
        "int.signed_mou",
        "Zambia and Angola signed a memorandum of understanding on a rail corridor.",
        {I: [("Zambia", "Angola", "sym")]},
    ),
    (
        "int.welcomed_person",
        "Omani Sultan Haitham Al-Busaidi welcomed Iranian Foreign Minister Kazem Gharibabadi-Nouri in Muscat.",
        {I: [("Haitham Al-Busaidi", "Kazem Gharibabadi-Nouri", "sym")]},
    ),
    (
        "int.received",
        "King Abdelilah Rahmouni received the visiting Mauritanian president at the royal palace.",
        {I: [("Abdelilah Rahmouni", "Mauritania", "sym")]},
    ),
]

# Third batch: the families of acts wires report most (force, sanctions, courts, aid, talks, demands).
PROBES += [
    (
        "int.force",
        "Soldiers of the Malian army killed 15 fighters of the Katiba Sahel Nour in an ambush.",
        {I: [("Mali", "Katiba Sahel Nour")]},
    ),
    (
        "int.force",
        "The army said it had killed 20 militants of the Ansar al-Sahil group in clashes near the border.",
        {I: [(("army",), "Ansar al-Sahil")]},
    ),
    (
        "int.force",
        "Fighters of the Rapid Shield Brigades ambushed a Sudanese army convoy near El Fasher.",
        {I: [("Rapid Shield Brigades", "Sudan")]},
    ),
    (
        "int.force",
        "The Katiba Sahel Nour claimed responsibility for the attack on a Nigerien army base.",
        {I: [("Katiba Sahel Nour", "Niger")]},
    ),
    (
        "int.force",
        "Ukrainian drones struck an oil refinery in Russia's Samara region overnight.",
        {I: [("Ukraine", "Russia")]},
    ),
    (
        "int.force",
        "Myanmar's military bombed villages held by the Chin Freedom Army on Sunday.",
        {I: [(("Myanmar", "Myanmar's military"), "Chin Freedom Army")]},
    ),
    (
        "int.sanction",
        "The U.S. Treasury added Korvath Pharma to its sanctions list on Tuesday.",
        {I: [(("United States", "U.S. Treasury"), "Korvath Pharma")]},
    ),
    (
        "int.sanction",
        "Washington froze the assets of Dmitri Volkhonsky and banned him from entering the country.",
        {I: [("United States", "Dmitri Volkhonsky")]},
    ),
    (
        "int.sanction",
        "The European Union imposed a travel ban on Belarusian judge Ales Karatkevich-Luts.",
        {I: [("European Union", "Ales Karatkevich-Luts")]},
    ),
    (
        "int.sanction",
        "Canada slapped sanctions on three Iranian officials over the crackdown.",
        {I: [("Canada", "Iran")]},
    ),
    (
        "int.sanction",
        "Britain designated the Zambezi Liberation Army a terrorist organisation on Friday.",
        {I: [("Britain", "Zambezi Liberation Army")]},
    ),
    (
        "int.court",
        "A court in Minsk sentenced opposition activist Ales Karatkevich-Luts to 12 years in prison.",
        {I: [(("Belarus", "court"), "Ales Karatkevich-Luts")]},
    ),
    (
        "int.court",
        "Prosecutors in Ankara charged Ekrem Demirtaşlı with spreading propaganda.",
        {I: [(("Turkey", "Prosecutors"), "Ekrem Demirtaşlı")]},
    ),
    (
        "int.court",
        "Police arrested Jomo Kariuki-Ndungu, the former head of the Kenya Ports Board, on Monday.",
        {I: [(("police", "Kenya"), "Jomo Kariuki-Ndungu")]},
    ),
    (
        "int.court",
        "Hollins Ferrant Bank was fined 40 million pounds by Britain's Financial Conduct Authority.",
        {I: [("Financial Conduct Authority", "Hollins Ferrant Bank")]},
    ),
    (
        "int.aid2",
        "The World Bank approved $500 million in financing for Ethiopia's power grid.",
        {I: [("World Bank", "Ethiopia")]},
    ),
    (
        "int.aid2",
        "Japan agreed to lend Sri Lanka $300 million for a port project.",
        {I: [("Japan", "Sri Lanka")]},
    ),
    (
        "int.aid2",
        "Saudi Arabia deposited $2 billion with Pakistan's central bank to shore up its reserves.",
        {I: [("Saudi Arabia", "Pakistan")]},
    ),
    ("int.aid2", "China's $1.5 billion loan to Zambia will fund a railway.", {I: [("China", "Zambia")]}),
    (
        "int.aid2",
        "The United Arab Emirates airlifted 50 tonnes of food to Sudan on Thursday.",
        {I: [("United Arab Emirates", "Sudan")]},
    ),
    (
        "int.coop",
        "Turkey will train Somali soldiers under a new defence agreement.",
        {I: [("Turkey", "Somalia")]},
    ),
    (
        "int.coop",
        "Qatar will supply Bangladesh with liquefied natural gas for 15 years.",
        {I: [("Qatar", "Bangladesh")]},
    ),
    (
        "int.coop",
        "India and Japan will hold joint naval exercises next month.",
        {I: [("India", "Japan", "sym")]},
    ),
    (
        "int.coop",
        "Kenya joined Uganda and Tanzania in a regional power pool.",
        {I: [("Kenya", "Uganda", "sym"), ("Kenya", "Tanzania", "sym")]},
    ),
    (
        "int.negotiate",
        "Mexico is negotiating a new trade agreement with Canada.",
        {I: [("Mexico", "Canada", "sym")]},
    ),
    (
        "int.negotiate",
        "Ethiopian and Egyptian officials resumed negotiations over the dam on Monday.",
        {I: [("Ethiopia", "Egypt", "sym")]},
    ),
    (
        "int.negotiate",
        "Sri Lanka reached a deal with its creditors, including China and India.",
        {I: [("Sri Lanka", "China", "sym"), ("Sri Lanka", "India", "sym")]},
    ),
    ("int.demand2", "Poland asked Germany to pay reparations for the war.", {I: [("Poland", "Germany")]}),
    (
        "int.demand2",
        "Lebanon's prime minister called on Israel to withdraw from the south.",
        {I: [("Lebanon", "Israel")]},
    ),
    (
        "int.demand2",
        "Tanzania demanded an apology from Malawi over the remarks.",
        {I: [("Tanzania", "Malawi")]},
    ),
    (
        "int.critic",
        "Ukraine's foreign ministry said Hungary's position was unacceptable.",
        {I: [(("Ukraine", "Ukraine's foreign ministry"), "Hungary")]},
    ),
    (
        "int.critic",
        "Brazil's president lashed out at Argentina's leader over the remarks.",
        {I: [("Brazil", "Argentina")]},
    ),
    (
        "int.critic",
        "Serbia denounced Kosovo's decision to ban the Serbian dinar.",
        {I: [("Serbia", "Kosovo")]},
    ),
    (
        "int.critic",
        "Beijing slammed Manila for what it called provocations.",
        {I: [("China", "Philippines")]},
    ),
    (
        "int.threat2",
        "North Korea threatened to retaliate against South Korea for the drills.",
        {I: [("North Korea", "South Korea")]},
    ),
    (
        "int.threat2",
        "Azerbaijan warned Armenia of consequences if the shelling continued.",
        {I: [("Azerbaijan", "Armenia")]},
    ),
    (
        "int.meet2",
        "Spanish Prime Minister Lucía Arrizabalaga and Moroccan Prime Minister Karim Bensaid met in Rabat on Thursday.",
        {I: [("Lucía Arrizabalaga", "Karim Bensaid", "sym")]},
    ),
    (
        "int.meet2",
        "Karim Bensaid received Lucía Arrizabalaga at his office in Rabat.",
        {I: [("Karim Bensaid", "Lucía Arrizabalaga", "sym")]},
    ),
    (
        "int.meet2",
        "Lucía Arrizabalaga is due to meet Karim Bensaid in Rabat on Thursday.",
        {I: [("Lucía Arrizabalaga", "Karim Bensaid", "sym")]},
    ),
    (
        "int.meet2",
        "Lucía Arrizabalaga discussed migration with Karim Bensaid during a visit to Rabat.",
        {I: [("Lucía Arrizabalaga", "Karim Bensaid", "sym")]},
    ),
    (
        "int.meet2",
        "The two leaders, Lucía Arrizabalaga and Karim Bensaid, signed six agreements in Rabat.",
        {I: [("Lucía Arrizabalaga", "Karim Bensaid", "sym")]},
    ),
    (
        "int.expel2",
        "Estonia declared a Russian diplomat persona non grata on Tuesday.",
        {I: [("Estonia", "Russia")]},
    ),
    ("int.expel2", "Ghana deported 40 Nigerian traders last week.", {I: [("Ghana", "Nigeria")]}),
    (
        "int.recog",
        "Kenya recognised Somaliland's independence in a surprise move.",
        {I: [("Kenya", "Somaliland")]},
    ),
    ("int.recog", "Paraguay cut diplomatic ties with Venezuela on Monday.", {I: [("Paraguay", "Venezuela")]}),
    ("int.recog", "Chad severed relations with Israel in 2023.", {I: [("Chad", "Israel")]}),
    (
        "int.recog",
        "Saudi Arabia restored diplomatic relations with Iran in March.",
        {I: [("Saudi Arabia", "Iran", "sym")]},
    ),
]

# Fourth batch: short articles, where coreference and type votes across sentences matter.
PROBES += [
    (
        "art.reuters_bank",
        "FRANKFURT, May 6 (Reuters) - Kestwald Bank named Ulrike Brandhorst as its new chief executive on "
        "Tuesday, replacing Matthias Oberlinger, who is stepping down after eight years. Brandhorst, 51, "
        "joined the lender in 2015 from rival Rheinau Capital, where she ran the investment banking unit. "
        '"Ulrike is the right person to lead the bank," said chairman Gerd Vosskuhl. Analysts welcomed '
        'the appointment. "It is a safe choice," said Lena Papadakis, an analyst at Morrow Securities.',
        {
            A: [
                ("Ulrike Brandhorst", "Kestwald Bank"),
                ("Matthias Oberlinger", "Kestwald Bank"),
                ("Ulrike Brandhorst", "Rheinau Capital"),
                ("Gerd Vosskuhl", "Kestwald Bank"),
                ("Lena Papadakis", "Morrow Securities"),
            ],
        },
    ),
    (
        "art.afp_sahel",
        "NIAMEY (AFP) - Niger's military government expelled the head of the Sahel office of the aid group "
        "Medics Without Walls on Monday, accusing the organisation of working with jihadists. Interior "
        "Minister Colonel Abdou Sidikou Issa told state television that Jean-Marc Teyssier, a French national, "
        "had 48 hours to leave. The group denied the accusation. Its president, Dr. Hélène Marchessault, said "
        '"our only concern is the health of patients". France condemned the expulsion.',
        {
            A: [
                ("Abdou Sidikou Issa", "Niger"),
                ("Jean-Marc Teyssier", "Medics Without Walls"),
                ("Hélène Marchessault", "Medics Without Walls"),
            ],
            I: [
                ("Niger", "Jean-Marc Teyssier"),
                ("Niger", "Medics Without Walls"),
                ("France", "Niger"),
            ],
        },
    ),
    (
        "art.ap_talks",
        "TASHKENT, Uzbekistan (AP) - The foreign ministers of Kyrgyzstan and Tajikistan met on Thursday for "
        "the first time since border clashes killed dozens last year, and agreed to reopen two crossings. "
        "Kyrgyz Foreign Minister Almazbek Toktogulov and his Tajik counterpart, Rustam Nazarzoda, signed a "
        "protocol after three hours of talks hosted by Uzbekistan. Toktogulov thanked Uzbek President "
        "Sherzod Yuldashev for his mediation.",
        {
            A: [
                ("Almazbek Toktogulov", "Kyrgyzstan"),
                ("Rustam Nazarzoda", "Tajikistan"),
                ("Sherzod Yuldashev", "Uzbekistan"),
            ],
            I: [
                ("Kyrgyzstan", "Tajikistan", "sym"),
                ("Almazbek Toktogulov", "Rustam Nazarzoda", "sym"),
                ("Almazbek Toktogulov", "Sherzod Yuldashev"),
            ],
        },
    ),
    (
        "art.bbc_court",
        "A former finance minister of Zambia has been jailed for five years for corruption. Chanda "
        "Mwansa-Tembo, 63, was found guilty by the High Court in Lusaka of taking bribes from a Chinese "
        "construction company, Huaxing Roads. Judge Mutale Chisanga said the evidence was overwhelming. "
        "Mr Mwansa-Tembo, who served under former President Edgar Kalaba, denied the charges. The opposition "
        "United Party for Renewal called the verdict political.",
        {
            A: [
                ("Chanda Mwansa-Tembo", "Zambia"),
                ("Mutale Chisanga", "High Court"),
                ("Edgar Kalaba", "Zambia"),
            ],
            I: [(("High Court", "Mutale Chisanga"), "Chanda Mwansa-Tembo")],
        },
    ),
]

# Fifth batch: more short articles, each with a headline line.
PROBES += [
    (
        "art.ap_politics",
        "Ecuador's president fires defence minister after prison riot\n\n"
        "QUITO, Ecuador (AP) - Ecuadorian President Mateo Villacrés Ortega fired Defence Minister Gonzalo "
        "Pazmiño on Wednesday, a day after a prison riot in Guayaquil left 31 inmates dead. Villacrés "
        "named retired general Inés Cordero Vallejo to replace him. Opposition lawmaker Patricio Landázuri "
        "of the Citizen Revolution Front said the government had lost control of the prisons. The United "
        "Nations human rights office urged Ecuador to investigate the deaths.",
        {
            A: [
                ("Mateo Villacrés Ortega", "Ecuador"),
                ("Gonzalo Pazmiño", "Ecuador"),
                ("Inés Cordero Vallejo", "Ecuador"),
                ("Patricio Landázuri", "Citizen Revolution Front"),
            ],
            I: [(("United Nations human rights office", "United Nations"), "Ecuador")],
        },
    ),
    (
        "art.reuters_deal",
        "Tamberlin to buy Veltrana Airways stake for $800 mln\n\n"
        "SINGAPORE, June 3 (Reuters) - Singapore's Tamberlin Group said on Monday it would buy a 40% stake "
        "in Thai carrier Veltrana Airways from its founder, Somsak Rattanakorn, for $800 million. The deal "
        "needs approval from Thailand's competition regulator. Tamberlin's chief executive, Hsu Wei-ling, "
        "told reporters the airline would keep its brand. Veltrana shares rose 9% in Bangkok.",
        {
            A: [("Somsak Rattanakorn", "Veltrana Airways"), ("Hsu Wei-ling", "Tamberlin Group")],
            I: [("Tamberlin Group", "Veltrana Airways"), ("Tamberlin Group", "Somsak Rattanakorn")],
        },
    ),
    (
        "art.afp_conflict",
        "Sudan army says it repelled paramilitary attack on El Obeid\n\n"
        "KHARTOUM (AFP) - Sudan's army said Saturday it had repelled an attack by the paramilitary Rapid "
        "Shield Brigades on the city of El Obeid, killing dozens of fighters. Army spokesman Brigadier "
        "General Nabil Abdelrahman said the RSB had shelled residential areas. The RSB, led by Mohamed "
        "Hamdan Kabbashi, denied targeting civilians and accused the army of bombing markets in Darfur. The "
        "African Union called for an immediate ceasefire.",
        {
            A: [
                ("Nabil Abdelrahman", ("Sudan", "Sudan's army")),
                ("Mohamed Hamdan Kabbashi", "Rapid Shield Brigades"),
            ],
            I: [
                (("Sudan", "Sudan's army"), "Rapid Shield Brigades", "sym"),
                ("Rapid Shield Brigades", ("Sudan", "Sudan's army")),
            ],
        },
    ),
    (
        "art.bbc_spat",
        "Lithuania expels Russian diplomat over spying claims\n\n"
        "Lithuania has expelled a Russian diplomat accused of spying, the foreign ministry in Vilnius said. "
        "The diplomat, a second secretary at the Russian embassy, was given five days to leave. Lithuanian "
        "Foreign Minister Aušra Kairienė said the decision was final. Moscow said it would respond. Kremlin "
        'spokesman Dmitry Orlovsky called the move "another hostile act".',
        {
            A: [("Aušra Kairienė", "Lithuania"), ("Dmitry Orlovsky", ("Russia", "Kremlin"))],
            I: [("Lithuania", "Russia"), (("Dmitry Orlovsky", "Russia"), "Lithuania")],
        },
    ),
    (
        "art.reuters_markets",
        "Rupee hits record low as foreign investors sell\n\n"
        'MUMBAI, Aug 12 (Reuters) - The Indian rupee fell to a record low on Monday. "The central bank is '
        'likely to step in," said Anirudh Sethuraman, chief currency strategist at Kotwal Securities. The '
        "Reserve Bank of India did not respond to a request for comment. Governor Rajiv Maheshwari said last "
        "week the bank had enough reserves. Traders said state-run banks were selling dollars, probably on "
        "behalf of the RBI.",
        {
            A: [("Anirudh Sethuraman", "Kotwal Securities"), ("Rajiv Maheshwari", "Reserve Bank of India")],
        },
    ),
]

# Sixth batch: more short articles with headlines.
PROBES += [
    (
        "art.un_envoy",
        "UN envoy urges Yemen's warring parties to extend truce\n\n"
        "UNITED NATIONS (Reuters) - The U.N. special envoy for Yemen, Lars-Erik Holmqvist, on Tuesday urged "
        "the Saudi-backed government and the Houthi movement to extend a truce that expires next week. "
        "Briefing the Security Council, Holmqvist said both sides had largely respected the ceasefire. "
        "Yemen's U.N. ambassador, Abdullah al-Saadi, accused the Houthis of blocking roads into Taiz. "
        "Houthi negotiator Mohammed Abdulsalam-Qasimi said his group was ready to talk.",
        {
            A: [
                ("Lars-Erik Holmqvist", ("United Nations", "U.N.")),
                ("Abdullah al-Saadi", "Yemen"),
                ("Mohammed Abdulsalam-Qasimi", ("Houthi movement", "Houthis", "Houthi")),
            ],
            I: [
                ("Lars-Erik Holmqvist", ("Yemen", "Houthi movement")),
                ("Abdullah al-Saadi", ("Houthis", "Houthi movement")),
            ],
        },
    ),
    (
        "art.election",
        "Ruling party wins most seats in Latvian vote, coalition talks loom\n\n"
        "RIGA (Reuters) - Latvia's ruling New Unity party won the most seats in Saturday's parliamentary "
        "election but fell short of a majority, official results showed on Sunday. Prime Minister Kristaps "
        "Ozolkalns, who leads New Unity, said he would begin talks with the Greens and Farmers Union on "
        "Monday. Opposition leader Ieva Bērzkalne of the National Alliance conceded defeat. Analysts said "
        "coalition talks could take weeks.",
        {
            A: [
                ("Kristaps Ozolkalns", "Latvia"),
                ("Kristaps Ozolkalns", "New Unity"),
                ("Ieva Bērzkalne", "National Alliance"),
            ],
            I: [(("Kristaps Ozolkalns", "New Unity"), "Greens and Farmers Union", "sym")],
        },
    ),
    (
        "art.protest",
        "Police arrest dozens at Nairobi protest over tax bill\n\n"
        "NAIROBI, June 20 (Reuters) - Kenyan police arrested at least 50 people on Thursday as thousands "
        "protested in Nairobi against a finance bill that would raise taxes. Amnesty International's Kenya "
        "director, Irungu Houghtonsen, condemned the arrests and called on the police to release the "
        "protesters. Interior minister Kithure Kindikimu defended the police. Opposition leader Raila "
        "Odingasa urged President William Rutowe to withdraw the bill.",
        {
            A: [
                ("Irungu Houghtonsen", "Amnesty International"),
                ("Kithure Kindikimu", "Kenya"),
                ("William Rutowe", "Kenya"),
            ],
            I: [
                ("Irungu Houghtonsen", ("Kenya", "police")),
                ("Raila Odingasa", "William Rutowe"),
            ],
        },
    ),
    (
        "art.aid",
        "Donors pledge $1.2 bln for Mozambique cyclone recovery\n\n"
        "MAPUTO (Reuters) - International donors pledged $1.2 billion on Friday to help Mozambique rebuild "
        "after Cyclone Elsa killed more than 600 people. The World Bank promised $700 million, while the "
        "European Union pledged 200 million euros. Britain said it would send a team of engineers to Beira. "
        "Mozambican President Filipe Nhassengo thanked the donors.",
        {
            A: [("Filipe Nhassengo", "Mozambique")],
            I: [
                ("World Bank", "Mozambique"),
                ("European Union", "Mozambique"),
                ("Britain", "Mozambique"),
            ],
        },
    ),
]

# Seventh batch: short articles centred on interactions.
PROBES += [
    (
        "art.readout",
        "Biden-style call: Brazil, Argentina leaders discuss trade dispute\n\n"
        "BRASILIA (Reuters) - Brazilian President Joaquim Serrano Leite spoke by phone on Tuesday with "
        "Argentine President Martín Echegoyen about a dispute over tariffs on Brazilian cars, Brazil's "
        "presidency said in a statement. Serrano Leite invited Echegoyen to visit Brasília next month, the "
        "statement said. Argentina's foreign ministry said the two leaders had agreed to set up a working "
        "group.",
        {
            A: [("Joaquim Serrano Leite", "Brazil"), ("Martín Echegoyen", "Argentina")],
            I: [
                ("Joaquim Serrano Leite", "Martín Echegoyen", "sym"),
            ],
        },
    ),
    (
        "art.visit",
        "Indian PM visits Maldives as ties thaw\n\n"
        "MALE (AFP) - Indian Prime Minister Anand Kulkarnath arrived in the Maldives on Saturday for a two-day "
        "visit, the first by an Indian leader in six years. Kulkarnath was received at the airport by "
        "Maldivian President Ahmed Rasheed Didi. The two leaders are expected to sign agreements on defence "
        "and fisheries. India has pledged $500 million in credit for infrastructure projects on the islands.",
        {
            A: [("Anand Kulkarnath", "India"), ("Ahmed Rasheed Didi", "Maldives")],
            I: [
                ("Anand Kulkarnath", "Maldives"),
                ("Ahmed Rasheed Didi", "Anand Kulkarnath", "sym"),
                ("India", "Maldives"),
            ],
        },
    ),
    (
        "art.lawsuit",
        "Miner sues Guinea over cancelled licence\n\n"
        "LONDON (Reuters) - London-listed Corvant Resources has filed an arbitration claim against Guinea "
        "seeking $2 billion in damages after the West African country's junta revoked its iron ore licence, "
        "the company said on Monday. Corvant chief executive Alasdair Penwick said the decision was "
        "unlawful. Guinea's mines minister, Mamadou Saliou Condé, said the company had failed to meet its "
        "obligations.",
        {
            A: [("Alasdair Penwick", "Corvant Resources"), ("Mamadou Saliou Condé", "Guinea")],
            I: [
                ("Corvant Resources", "Guinea"),
                ("Guinea", "Corvant Resources"),
                ("Alasdair Penwick", "Guinea"),
                ("Mamadou Saliou Condé", "Corvant Resources"),
            ],
        },
    ),
    (
        "art.drills",
        "China holds drills near Taiwan after president's US stopover\n\n"
        "BEIJING (Reuters) - China's military launched large-scale drills around Taiwan on Monday, days "
        "after the island's president, Lin Chia-hung, met U.S. lawmakers during a stopover in Los Angeles. "
        "Taiwan's defence ministry condemned the exercises and said it had scrambled jets. The U.S. State "
        "Department urged Beijing to show restraint.",
        {
            A: [("Lin Chia-hung", "Taiwan")],
            I: [
                (("China", "China's military"), "Taiwan"),
                (("Taiwan", "Taiwan's defence ministry"), ("China", "China's military")),
                (("United States", "U.S. State Department", "State Department"), "China"),
            ],
        },
    ),
]

# Eighth batch: more affiliation phrasings.
PROBES += [
    (
        "aff.b8",
        "Baltasar Iturriaga, the head of the country's electoral commission, said turnout was 61%. The commission is based in Asunción, Paraguay.",
        {A: [("Baltasar Iturriaga", ("Paraguay", "electoral commission"))]},
    ),
    (
        "aff.b8",
        "Gintautas Rimkevičius, who chairs the Lithuanian parliament's foreign affairs committee, said the sanctions were overdue.",
        {A: [("Gintautas Rimkevičius", ("Lithuania", "foreign affairs committee", "Lithuanian parliament"))]},
    ),
    (
        "aff.b8",
        "According to Wendell Ashgrove, head of the Caspian Energy Forum, output will rise.",
        {A: [("Wendell Ashgrove", "Caspian Energy Forum")]},
    ),
    (
        "aff.b8",
        "The vote was delayed, said Oyelaran Adesuwa, of the Progressive Unity Congress, on Monday.",
        {A: [("Oyelaran Adesuwa", "Progressive Unity Congress")]},
    ),
    (
        "aff.b8",
        "The Sahel Herders Alliance's leader, Amadou Bocoum-Diallo, rejected the plan.",
        {A: [("Amadou Bocoum-Diallo", "Sahel Herders Alliance")]},
    ),
    (
        "aff.b8",
        "Tadeusz Wielgosz, a veteran Polish diplomat, will lead the mission.",
        {A: [("Tadeusz Wielgosz", "Poland")]},
    ),
    (
        "aff.b8",
        "Henrietta Blaylock, who has led Corvant Bank since 2015, will retire in June.",
        {A: [("Henrietta Blaylock", "Corvant Bank")]},
    ),
    (
        "aff.b8",
        "Henrietta Blaylock, Corvant Bank's longtime chief, will retire in June.",
        {A: [("Henrietta Blaylock", "Corvant Bank")]},
    ),
    (
        "aff.b8",
        "Marguerite Okonjo-Bassey, a senior official at the West African Monetary Agency, said reserves were adequate.",
        {A: [("Marguerite Okonjo-Bassey", "West African Monetary Agency")]},
    ),
    (
        "aff.b8",
        "A senior Nigerian official, Bukola Adeyemi-Okoro, said the talks would resume.",
        {A: [("Bukola Adeyemi-Okoro", "Nigeria")]},
    ),
    (
        "aff.b8",
        "Rasmus Vindelev, deputy head of mission at the Danish embassy in Nairobi, said aid would continue.",
        {A: [("Rasmus Vindelev", ("Denmark", "Danish embassy"))]},
    ),
    (
        "aff.b8",
        "Soraya Benali, the outgoing president of the Maghreb Chamber of Commerce, said trade had doubled.",
        {A: [("Soraya Benali", "Maghreb Chamber of Commerce")]},
    ),
    (
        "aff.b8",
        "Interim President Théodore Ngakosso said elections would be held in May. Congo's opposition rejected the date.",
        {A: [("Théodore Ngakosso", ("Congo", "Republic of the Congo", "Democratic Republic of the Congo"))]},
    ),
    (
        "aff.b8",
        "Acting chief executive Priyanka Venkatanarayan said Corvex Logistics would cut 300 jobs.",
        {A: [("Priyanka Venkatanarayan", "Corvex Logistics")]},
    ),
    (
        "aff.b8",
        "Corvex Logistics said on Monday that Priyanka Venkatanarayan, its acting chief executive, would stay on.",
        {A: [("Priyanka Venkatanarayan", "Corvex Logistics")]},
    ),
    ("aff.b8", "Yusuf Dhaqane-Warsame, the mayor of Mogadishu, was killed in the blast.", {A: []}),
    (
        "aff.b8",
        "Kwame Boateng-Asare, a member of parliament for the ruling party, said the bill would pass. The ruling New Patriotic Alliance holds 137 seats.",
        {A: [("Kwame Boateng-Asare", "New Patriotic Alliance")]},
    ),
    (
        "aff.b8",
        "Police chief Gideon Mutua-Kilonzo said 12 people had been arrested in Mombasa, Kenya.",
        {A: [("Gideon Mutua-Kilonzo", "Kenya")]},
    ),
    (
        "aff.b8",
        "Brigadier General Ousmane Tiendrébéogo, commander of the Burkina Faso army's third region, said the attack had been repelled.",
        {A: [("Ousmane Tiendrébéogo", "Burkina Faso")]},
    ),
    (
        "aff.b8",
        "Speaking to reporters in Geneva, WHO Director-General Dr. Hamid Osseiran said vaccines were on the way.",
        {A: [("Hamid Osseiran", ("WHO", "World Health Organization"))]},
    ),
]

# Ninth batch: verbs of diplomacy, coercion and force in one sentence each.
PROBES += [
    ("int.b9", "Japan offered condolences to Morocco after the earthquake.", {I: [("Japan", "Morocco")]}),
    (
        "int.b9",
        "Kenyan President Odhiambo Wafula congratulated Isaac Mugerwa on his re-election.",
        {I: [("Odhiambo Wafula", "Isaac Mugerwa")]},
    ),
    (
        "int.b9",
        "Poland expressed solidarity with Lithuania over the border incidents.",
        {I: [("Poland", "Lithuania")]},
    ),
    ("int.b9", "Ghana apologised to Togo for the incursion.", {I: [("Ghana", "Togo")]}),
    ("int.b9", "Turkey pledged support for Azerbaijan in the dispute.", {I: [("Turkey", "Azerbaijan")]}),
    ("int.b9", "Egypt rejected Ethiopia's demand for a new round of talks.", {I: [("Egypt", "Ethiopia")]}),
    ("int.b9", "Iran vowed to retaliate against Israel for the strike.", {I: [("Iran", "Israel")]}),
    ("int.b9", "Russia cut off gas supplies to Moldova on Monday.", {I: [("Russia", "Moldova")]}),
    ("int.b9", "The Netherlands suspended aid to Mali after the coup.", {I: [("Netherlands", "Mali")]}),
    ("int.b9", "India banned imports of palm oil from Malaysia.", {I: [("India", "Malaysia")]}),
    ("int.b9", "Algeria closed its border with Morocco in 1994.", {I: [("Algeria", "Morocco")]}),
    (
        "int.b9",
        "Sweden granted asylum to Rahim Tashkentov, a dissident from Uzbekistan.",
        {I: [("Sweden", "Rahim Tashkentov")]},
    ),
    ("int.b9", "Iranian forces seized a Greek tanker in the Gulf on Thursday.", {I: [("Iran", "Greece")]}),
    ("int.b9", "Poland's army shot down a Russian drone over its territory.", {I: [("Poland", "Russia")]}),
    (
        "int.b9",
        "Venezuela denied Guyana's claims that its troops had crossed the border.",
        {I: [("Venezuela", "Guyana")]},
    ),
    (
        "int.b9",
        "Lithuania voted against Belarus's resolution at the United Nations.",
        {I: [("Lithuania", "Belarus")]},
    ),
    (
        "int.b9",
        "Canada joined Britain in condemning Iran's nuclear programme.",
        {I: [("Canada", "Iran"), ("Britain", "Iran")]},
    ),
    ("int.b9", "Gunmen kidnapped Ahmad Farouqi, an aid worker, in northern Mali.", {I: []}),
    (
        "int.b9",
        "The Katiba Sahel Nour kidnapped two Italian engineers in Niger.",
        {I: [("Katiba Sahel Nour", "Italy")]},
    ),
    (
        "int.b9",
        "Niger's junta released Jean-Marc Teyssier, a French national, on Friday.",
        {I: [("Niger", "Jean-Marc Teyssier")]},
    ),
    (
        "int.b9",
        "Armenia and Azerbaijan exchanged fire along the border overnight.",
        {I: [("Armenia", "Azerbaijan", "sym")]},
    ),
    (
        "int.b9",
        "Mexico's president hosted Guatemala's president for talks on migration.",
        {I: [("Mexico", "Guatemala", "sym")]},
    ),
    (
        "int.b9",
        "Senegal and Mauritania will jointly develop a gas field, officials said.",
        {I: [("Senegal", "Mauritania", "sym")]},
    ),
    (
        "int.b9",
        "Bhutan's king met Indian Prime Minister Anand Kulkarnath in Thimphu.",
        {I: [("Bhutan", "Anand Kulkarnath", "sym")]},
    ),
]

# Tenth batch: articles heavy in posts.
PROBES += [
    (
        "art.reshuffle",
        "Malawi's president names new finance minister in reshuffle\n\n"
        "LILONGWE, Sept 4 (Reuters) - Malawian President Chikondi Banda-Mvula appointed central bank "
        "deputy governor Tamanda Kachingwe as finance minister on Wednesday, replacing Grace Nyirenda, who "
        "moves to the foreign ministry. Kachingwe, a former International Monetary Fund economist, takes "
        "over as the country negotiates a new loan programme with the fund. The president also sacked "
        "Energy Minister Peter Mwale-Chirwa.",
        {
            A: [
                ("Chikondi Banda-Mvula", "Malawi"),
                ("Tamanda Kachingwe", "Malawi"),
                ("Grace Nyirenda", "Malawi"),
                ("Tamanda Kachingwe", "International Monetary Fund"),
                ("Peter Mwale-Chirwa", "Malawi"),
            ],
            I: [("Malawi", "International Monetary Fund", "sym")],
        },
    ),
    (
        "art.obit",
        "Former Senegalese prime minister Abdoulaye Ndiaye-Sarr dies at 84\n\n"
        "DAKAR (AFP) - Abdoulaye Ndiaye-Sarr, who served as Senegal's prime minister in the 1990s and "
        "later led the West African Development Bank, has died aged 84, his family said on Sunday. A "
        "founding member of the Senegalese Renewal Party, Ndiaye-Sarr was known for negotiating debt relief "
        "with France. President Moustapha Diallo-Kane declared three days of national mourning.",
        {
            A: [
                ("Abdoulaye Ndiaye-Sarr", "Senegal"),
                ("Abdoulaye Ndiaye-Sarr", "West African Development Bank"),
                ("Abdoulaye Ndiaye-Sarr", "Senegalese Renewal Party"),
                ("Moustapha Diallo-Kane", "Senegal"),
            ],
            I: [(("Abdoulaye Ndiaye-Sarr", "Senegal"), "France", "sym")],
        },
    ),
    (
        "art.report",
        "UN report accuses Congo militia of recruiting children\n\n"
        "GENEVA (Reuters) - A militia in eastern Congo recruited hundreds of children last year, a U.N. "
        "report said on Thursday. The report, by the U.N. Group of Experts, said the Ituri Patriotic Force "
        "had abducted children from schools. The group's coordinator, Marit Solheimsen, told Reuters the "
        "evidence was overwhelming. A spokesman for the Ituri Patriotic Force, Jean-Pierre Lokwa, denied the "
        "allegations.",
        {
            A: [
                ("Marit Solheimsen", "Group of Experts"),
                ("Jean-Pierre Lokwa", "Ituri Patriotic Force"),
            ],
            I: [
                (("U.N. Group of Experts", "Group of Experts", "U.N."), "Ituri Patriotic Force"),
            ],
        },
    ),
]

# Eleventh batch: posts named in passing.
PROBES += [
    (
        "aff.b11",
        "The decision was announced by Corvant Bank's chairman, Sir Edmund Rawcliffe, at the annual meeting.",
        {A: [("Edmund Rawcliffe", "Corvant Bank")]},
    ),
    (
        "aff.b11",
        "Ilse Vanderkerckhove, Ostmark Logistics' former finance director, was charged on Monday.",
        {A: [("Ilse Vanderkerckhove", "Ostmark Logistics")]},
    ),
    (
        "aff.b11",
        "Speaking on behalf of the Pacific Islands Forum, its secretary general, Taniela Fusitu'a-Vake, urged action.",
        {A: [("Taniela Fusitu'a-Vake", "Pacific Islands Forum")]},
    ),
    (
        "aff.b11",
        "Ecuador's ambassador in Lima, Rosario Vinueza, was recalled on Tuesday.",
        {A: [("Rosario Vinueza", "Ecuador")]},
    ),
    (
        "aff.b11",
        "Nairobi governor Wanjiku Mbogo-Karanja said the city would appeal.",
        {A: [("Wanjiku Mbogo-Karanja", ("Nairobi", "Kenya"))]},
    ),
    (
        "aff.b11",
        "The letter was signed by Jorge Altamirano, president of Chile's Senate.",
        {A: [("Jorge Altamirano", ("Senate", "Chile"))]},
    ),
    (
        "aff.b11",
        "Veltrana Airways, whose chief executive Somchai Pranee resigned in May, is cutting routes.",
        {A: [("Somchai Pranee", "Veltrana Airways")]},
    ),
    (
        "aff.b11",
        "Anders Lykketoft, the Danish central bank's governor, said rates would rise.",
        {A: [("Anders Lykketoft", ("Denmark", "Danish central bank"))]},
    ),
    (
        "aff.b11",
        "Kwesi Appiah-Danquah, chief of staff at Ghana's presidency, denied the report.",
        {A: [("Kwesi Appiah-Danquah", ("Ghana", "Ghana's presidency"))]},
    ),
    (
        "aff.b11",
        "Zsófia Bartók-Nagy, an MP from Hungary's ruling Civic Union party, criticised the move.",
        {A: [("Zsófia Bartók-Nagy", "Civic Union")]},
    ),
    (
        "aff.b11",
        "Tomasz Wierzchoń, who until last year was Poland's deputy defence minister, now advises Halvard Securities.",
        {A: [("Tomasz Wierzchoń", "Poland"), ("Tomasz Wierzchoń", "Halvard Securities")]},
    ),
    (
        "aff.b11",
        "Colonel Ibrahim Traoré-Diallo, the junta's spokesman in Bamako, read the statement on state television.",
        {A: [("Ibrahim Traoré-Diallo", "Mali")]},
    ),
    (
        "aff.b11",
        "Kestwald Bank's board on Friday elected Ulrike Brandhorst as its chair.",
        {A: [("Ulrike Brandhorst", "Kestwald Bank")]},
    ),
    (
        "aff.b11",
        "Ulrike Brandhorst will become Kestwald Bank's first female chief executive in June.",
        {A: [("Ulrike Brandhorst", "Kestwald Bank")]},
    ),
    (
        "aff.b11",
        "Former Corvant Bank chief executive Henrietta Blaylock was arrested in London.",
        {A: [("Henrietta Blaylock", "Corvant Bank")]},
    ),
]

# Twelfth batch: more short articles.
PROBES += [
    (
        "art.sport",
        "FIFA suspends Gabon football federation chief over abuse claims\n\n"
        "ZURICH (Reuters) - FIFA's ethics committee on Tuesday provisionally suspended Gabonese Football "
        "Federation president Serge-Aymar Moussounda-Ndong for 90 days over allegations that he covered up "
        "abuse of young players. Moussounda-Ndong, 61, denied wrongdoing through his lawyer, Clarisse "
        "Obame-Nzé. Gabon's sports minister, Hervé Ondo-Mintsa, said the government supported the inquiry.",
        {
            A: [
                ("Serge-Aymar Moussounda-Ndong", "Gabonese Football League"),
                ("Hervé Ondo-Mintsa", "Gabon"),
            ],
            I: [(("FIFA", "FIFA's ethics committee"), "Serge-Aymar Moussounda-Ndong")],
        },
    ),
    (
        "art.layoffs",
        "Korvath Pharma to cut 1,200 jobs, union vows to fight\n\n"
        "BASEL, Switzerland (Reuters) - Swiss drugmaker Korvath Pharma said on Thursday it would cut 1,200 "
        "jobs, mostly in Switzerland and Germany. Chief Executive Ingeborg Solvarn said the cuts would save "
        '400 million Swiss francs a year. The Unia trade union said it would fight the plan. "This is a '
        "scandal,\" said Mattia Brenni-Ferrari, Unia's head of the chemicals sector.",
        {
            A: [("Ingeborg Solvarn", "Korvath Pharma"), ("Mattia Brenni-Ferrari", "Unia")],
            I: [("Unia", "Korvath Pharma")],
        },
    ),
    (
        "art.row",
        "Algeria recalls envoy to Spain over Western Sahara shift\n\n"
        "ALGIERS (AFP) - Algeria recalled its ambassador to Spain on Saturday after Madrid backed Morocco's "
        "autonomy plan for Western Sahara, the Algerian foreign ministry said. The ministry called the "
        'Spanish decision "a historic betrayal". Spain\'s foreign minister, Julián Ortega Barrio, said '
        "Madrid wanted good relations with Algiers.",
        {
            A: [("Julián Ortega Barrio", "Spain")],
            I: [
                ("Algeria", "Spain"),
                ("Spain", "Morocco"),
                (("Algeria", "Algerian foreign ministry", "Algeria's foreign ministry"), "Spain"),
            ],
        },
    ),
]
