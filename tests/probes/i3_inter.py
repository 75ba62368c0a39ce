# ruff: noqa: E501
"""Interaction probes for issue 3: invented wire articles (diplomacy, conflict, sanctions, trade,
aid, courts, protests, party politics, international bodies) with every actor -> target pair a careful
reader annotates, following the dev gold's conventions (an official's act is also their country's, so
an endpoint is often a tuple of the person and the state). Distractors: reported speech about third
parties, background, hypotheticals, attendee lists, venues, negations, captions and footers. Every
person and organisation name is invented; countries are real. Run
``python tests/probes/run_i3.py --module i3_inter -v``.
"""

from __future__ import annotations

I = "int"  # noqa: E741

KZ = ("Kazakhstan", "Yerlan Duisenbayev")
MN = ("Mongolia", "Batbold Tsogtsaikhan")
SD = ("Sudan", "army", "Sudan's army", "Sudanese army", "Nabil Abdelkarim Osman")
LT = ("Lithuania", "Gintarė Vaitkevičienė", "Vilnius")
BY = ("Belarus", "Minsk", "Belarusian foreign ministry", "foreign ministry", "Anatol Hrushevich")
ID = ("Indonesia", "Rudi Hartawan", "Jakarta", "trade ministry")
EU = ("European Union", "EU", "European Commission", "Brussels", "Annelie Vranckx")
IMF = ("International Monetary Fund", "IMF", "Carlota Benítez-Ruano")
MW = ("Malawi", "Chikondi Mwale-Banda")
NCC = ("Nigerian Communications Commission", "commission", "Nigeria")
ORV = ("Orvalink Nigeria", "Orvalink")
PE = ("Peru", "Rosaura Tincopa", "Álvaro Benavides Rey")
FED = ("Apurímac Farmers Federation", "Teodoro Huillca Ccahuana", "Huillca")
HAM = ("Hamzah Rusdi", "Hamzah", "National Renewal Front")
AZL = ("Azlan Mokhtar", "Azlan", "People's Progress Alliance", "Tengku Faridah Ismail")
WHO = ("World Health Organization", "WHO", "Ngozi Abara-Eze")
AO = ("Angola", "Silvana Tchiteculo")
JP = ("Japan", "Kenji Morisawa", "Morisawa", "Tokyo", "Japanese Foreign Ministry")
PH = ("Philippines", "Ramon Dela Rosa-Aquino", "Dela Rosa-Aquino")
CN = ("China", "Lin Jiaqiang", "Beijing", "China's coast guard")
TH = ("Thailand", "Somchai Wongthanarat", "Thailand's army")
KH = ("Cambodia", "Heng Sovannarith", "Cambodia's defence ministry")
MY = ("Malaysia", "Zulkifli Hamdan")
GR = ("Greece", "Nikos Papadakis", "Papadakis", "Athens")
TR = ("Turkey", "Kemal Aydınoğlu", "Ankara")
FR = ("France", "Étienne Marchal-Roux")
NATO = ("NATO", "Lars Henriksen-Moe")
EG = ("Egypt", "Hany Soliman-Farag", "Egypt's water ministry")
ET = ("Ethiopia", "Abebe Teshome Girma")
NI = ("Nicaragua", "Rosa Elvira Talavera", "Managua", "Nicaragua's government")
EU2 = ("European Union", "EU", "Katrin Vaher-Lindqvist")
PK = ("Pakistan", "Pakistan's foreign ministry", "Khalid Mehmood Rana")
AF = ("Afghanistan", "Mawlawi Abdul Rahim Haqbeen", "Kabul")

PROBES: list[tuple[str, str, dict]] = [
    (
        "int.visit_readout",
        """Kazakh president hosts Mongolian leader, signs rail and water deals

ASTANA, March 4 (Reuters) - Kazakhstan's President Yerlan Duisenbayev hosted Mongolian President Batbold Tsogtsaikhan in Astana on Tuesday, and the two leaders signed agreements on a cross-border railway and the sharing of water from the Irtysh basin.

Duisenbayev said after the talks that Kazakhstan would help Mongolia build a grain terminal at the border crossing of Tsagaannuur. "Our countries are neighbours in all but geography," he said.

Tsogtsaikhan invited Duisenbayev to visit Ulaanbaatar next year, according to a readout from the Mongolian presidency.

The talks were held at the Akorda palace and were also attended by Kazakh Foreign Minister Aigerim Zhaksylykova, Mongolian Foreign Minister Oyunchimeg Lkhagvasuren and the heads of the two national railway companies.

Separately, Zhaksylykova spoke by telephone with her Chinese counterpart Liang Jiahui about transit fees, the ministry said.

Mongolia has sought to reduce its dependence on Russia and China, through which nearly all of its trade passes.

(Reporting by Daniyar Omarov; Editing by Clare Whitcombe)""",
        {
            I: [
                (KZ, MN, "sym"),
                (("Aigerim Zhaksylykova", "Kazakhstan"), ("Liang Jiahui", "China"), "sym"),
            ]
        },
    ),
    (
        "int.conflict_blame",
        """Army and paramilitaries trade blame after shelling of market in Sudan's El Obeid

KHARTOUM, June 11 (AFP) - At least 19 people were killed when shells hit a crowded market in El Obeid on Wednesday, medics said, as Sudan's army and the paramilitary Desert Shield Forces blamed each other for the attack.

The army said the Desert Shield Forces had fired artillery at the city from positions to the west. The paramilitary group denied the charge and accused the army of bombing its own civilians to discredit it.

"This is a crime against our people," said army spokesman Brigadier Nabil Abdelkarim Osman, who called on the United Nations to condemn the group.

The United Nations envoy for Sudan, Henrik Valstad, urged both sides to agree to a humanitarian truce so aid could reach the city. Egypt and Saudi Arabia, which mediated previous talks in Jeddah, said in a joint statement they were ready to host new negotiations.

The war between the army and the Desert Shield Forces broke out in April 2023.

The United States imposed sanctions on the paramilitary's commander, Idris Jumaa Haggar, in January.""",
        {
            I: [
                (SD, "Desert Shield Forces", "sym"),
                (SD, "United Nations"),
                (("Henrik Valstad", "United Nations"), SD),
                (("Henrik Valstad", "United Nations"), "Desert Shield Forces"),
                ("United States", "Idris Jumaa Haggar"),
            ]
        },
    ),
    (
        "int.expulsion_summons",
        """Lithuania expels Belarusian diplomat, Minsk summons envoy

VILNIUS, Feb 2 (Reuters) - Lithuania on Monday ordered a Belarusian diplomat to leave the country within five days over what it called activities incompatible with his status, the foreign ministry said.

Foreign Minister Gintarė Vaitkevičienė said the diplomat, a first secretary at the Belarusian embassy in Vilnius, had tried to gather information about Lithuanian military sites near the border.

In Minsk, the Belarusian foreign ministry summoned Lithuania's charge d'affaires, Rokas Paulauskis, and handed him a note of protest. Ministry spokesman Anatol Hrushevich said Belarus "reserves the right to respond".

Latvia and Estonia expressed solidarity with Vilnius. Latvian Foreign Minister Edgars Zvirbulis wrote on X that "Belarus must stop its hostile activities against its neighbours".

Relations between Lithuania and Belarus have been tense since 2021. Lithuania has also closed two of its six border checkpoints with Belarus.""",
        {
            I: [
                (LT, BY),
                (BY, LT + ("Rokas Paulauskis",)),
                ("Latvia", LT),
                ("Estonia", LT),
                (("Edgars Zvirbulis", "Latvia"), BY),
            ]
        },
    ),
    (
        "int.trade_dispute",
        """Indonesia files WTO complaint over EU nickel duties

JAKARTA, Aug 19 (Reuters) - Indonesia has filed a complaint at the World Trade Organization against anti-dumping duties the European Union imposed on its stainless steel and nickel products, the trade ministry said on Tuesday.

Trade Minister Rudi Hartawan said the duties of up to 21 percent were "discriminatory" and hurt Indonesian exporters such as Sulawesi Metalindo, a smelter based in Morowali.

The European Commission, which handles trade policy for the 27-member bloc, said it would defend its measures. "The duties were imposed to protect European producers from unfair competition," commission spokeswoman Annelie Vranckx told reporters in Brussels.

Indonesia banned exports of raw nickel ore in 2020, prompting the EU to challenge the ban at the WTO. A WTO panel ruled against Jakarta in 2022, and Indonesia appealed.

Hartawan said Jakarta was still open to talks with Brussels on a free trade agreement, which the two sides have been negotiating since 2016.

Analysts at Kencana Securities said the complaint would have little immediate effect because the WTO's appeals body has not functioned since 2019.""",
        {
            I: [
                (ID, EU),
                (EU, ID),
                (("World Trade Organization", "WTO"), ID),
            ]
        },
    ),
    (
        "int.imf_loan",
        """IMF agrees $310 million loan with Malawi as debt talks drag on

LILONGWE, Oct 7 (Reuters) - The International Monetary Fund said on Tuesday it had reached a staff-level agreement with Malawi on a $310 million loan, after the government agreed to let its currency float more freely.

"The authorities have shown strong commitment to reform," IMF mission chief Carlota Benítez-Ruano said in a statement at the end of a two-week visit to Lilongwe.

The deal needs approval from the IMF's executive board and depends on Malawi securing debt relief from its creditors, including China and the Afreximbank trade lender.

Finance Minister Chikondi Mwale-Banda thanked the fund and said the government would protect spending on fertiliser subsidies. He said Malawi had asked Beijing to restructure about $400 million of loans, and that talks were "progressing well".

The World Bank last month approved a $150 million grant to help Malawi rebuild roads damaged by Cyclone Freddy.

Opposition leader Gift Chanthunya-Phiri accused the government of "selling the country" to the IMF and said his Alliance for Renewal party would hold protests in Blantyre on Saturday.

(Reporting by Lameck Mvula; Editing by Toby Harcastle)""",
        {
            I: [
                (IMF, MW, "sym"),
                (MW, ("China", "Beijing"), "sym"),
                ("World Bank", MW),
                (("Gift Chanthunya-Phiri", "Alliance for Renewal"), MW),
            ]
        },
    ),
    (
        "int.court_regulator",
        """Nigerian court upholds regulator's fine on mobile operator Orvalink

LAGOS, May 14 (Reuters) - A Federal High Court in Lagos on Wednesday upheld a 22 billion naira ($14 million) fine imposed on mobile operator Orvalink Nigeria by the Nigerian Communications Commission for failing to disconnect unregistered SIM cards.

Justice Folasade Ogunbiyi-Adeyemi dismissed Orvalink's suit against the commission, ruling that the regulator had acted within its powers.

Orvalink, a unit of Dubai-based Terracom Group, said it would appeal. "We respectfully disagree with the judgment," company spokesman Emeka Nwachukwu-Obi said.

The commission's executive vice chairman, Bashir Lawan Dikko, welcomed the ruling and warned other operators that they faced similar sanctions if they did not comply.

In a separate case, the Consumer Fair Trade Authority sued Orvalink and a rival, Swiftnet, last year, accusing them of colluding on data prices. Both companies denied wrongdoing.

Nigeria has about 220 million mobile subscriptions.""",
        {
            I: [
                (NCC, ORV),
                (ORV, NCC),
                (("Folasade Ogunbiyi-Adeyemi", "Federal High Court"), ORV),
                ("Consumer Fair Trade Authority", ORV),
                ("Consumer Fair Trade Authority", "Swiftnet"),
            ]
        },
    ),
    (
        "int.protest_government",
        """Peruvian farmers block highways to protest mining concession

LIMA, Sept 3 (AP) — Thousands of farmers blocked highways in Peru's southern Apurímac region on Wednesday to protest against a government decision to grant a copper concession to Chinese-owned Andahuaylas Minerals near their water sources.

The protest was organised by the Apurímac Farmers Federation, whose leader, Teodoro Huillca Ccahuana, said the blockades would continue until President Rosaura Tincopa cancels the concession. "The government sold our water to foreigners," he told reporters.

Police fired tear gas at protesters near the town of Chalhuanca, and at least 12 people were injured, the ombudsman's office said.

Prime Minister Álvaro Benavides Rey invited the federation's leaders to talks in Lima on Friday, but Huillca said they would only meet ministers in Apurímac.

The company said in a statement that it had complied with all environmental rules.

The dispute is the latest challenge for Tincopa, who has faced three impeachment attempts by Congress since taking office.""",
        {
            I: [
                (FED, PE, "sym"),
                (PE, "Andahuaylas Minerals"),
                ("Congress", ("Rosaura Tincopa", "Tincopa")),
            ]
        },
    ),
    (
        "int.party_rivals",
        """Malaysian opposition leader accuses PM of vote buying ahead of state polls

KUALA LUMPUR, July 22 (Reuters) - Malaysia's opposition leader Hamzah Rusdi accused Prime Minister Azlan Mokhtar on Monday of using government cash handouts to buy votes ahead of elections in six states next month.

"This is bribery dressed up as welfare," Hamzah, who heads the National Renewal Front, told a rally in Shah Alam.

Azlan's People's Progress Alliance dismissed the charge. Its secretary-general, Tengku Faridah Ismail, said Hamzah was "recycling old lies" and challenged him to file a complaint with the Election Commission.

The Anti-Graft Bureau said it had received several reports about the handouts but had not opened an investigation.

Azlan met leaders of the Sarawak-based Borneo Unity Party in Kuching on Sunday to discuss a seat-sharing deal, his office said.

The Bar Council urged both sides to avoid racial rhetoric during the campaign.""",
        {
            I: [
                (HAM, AZL, "sym"),
                (AZL, "Borneo Unity Party"),
                ("Bar Council", HAM),
                ("Bar Council", AZL),
            ]
        },
    ),
    (
        "int.who_aid",
        """WHO sends experts to Angola as cholera spreads; neighbours tighten border checks

GENEVA/LUANDA, Jan 29 (Reuters) - The World Health Organization said on Thursday it had sent a team of 20 experts and 1.5 million doses of oral cholera vaccine to Angola, where an outbreak has killed more than 300 people since December.

"The next four weeks are critical," said Dr. Ngozi Abara-Eze, the WHO's regional emergencies director for Africa.

Angola's health minister Silvana Tchiteculo thanked the WHO for its help and said the government had asked Portugal and Brazil to send additional doctors.

Namibia and Zambia have stepped up screening at border crossings. Namibian Health Minister Petrus Nangolo-Iipinge said Windhoek was not planning to close its border with Angola "at this stage".

The European Union announced 2 million euros in emergency funding for Angola's cholera response.

The outbreak is Angola's worst since 2006.""",
        {
            I: [
                (WHO, AO, "sym"),
                (AO, "Portugal"),
                (AO, "Brazil"),
                ("European Union", AO),
            ]
        },
    ),
    (
        "int.phone_call",
        """Japan, Philippines leaders discuss South China Sea in phone call

TOKYO, Nov 4 (Kyodo) - Japanese Prime Minister Kenji Morisawa held a 30-minute phone call with Philippine President Ramon Dela Rosa-Aquino on Monday, and the two agreed to speed up talks on a reciprocal access agreement for their troops, the Japanese Foreign Ministry said.

Morisawa expressed "serious concern" about China's actions around the Second Thomas Shoal, where Chinese coast guard vessels fired water cannon at a Philippine supply boat last month, according to the ministry.

Dela Rosa-Aquino thanked Japan for providing coastal radar systems to the Philippine navy.

China's foreign ministry spokesperson, Lin Jiaqiang, said on Tuesday that Japan "has no right to interfere" in disputes between China and the Philippines and urged Tokyo to stop "stirring up trouble".

The call came a day after Morisawa met Australian Prime Minister Callum Ashby in Canberra, where the two leaders signed a defence pact.""",
        {
            I: [
                (JP, PH, "sym"),
                (JP, CN),
                (CN, PH),
                (CN, JP),
                (JP, ("Callum Ashby", "Australia"), "sym"),
            ]
        },
    ),
    (
        "int.ceasefire_mediation",
        """Thailand, Cambodia agree ceasefire after four days of border clashes

BANGKOK, July 28 (Reuters) - Thailand and Cambodia agreed on Monday to an immediate ceasefire after four days of fighting along their disputed border that killed at least 33 people, following talks hosted by Malaysia.

Thai acting Prime Minister Somchai Wongthanarat and Cambodian Prime Minister Heng Sovannarith met in Putrajaya in talks mediated by Malaysian Prime Minister Zulkifli Hamdan.

Each side accused the other of firing first. Thailand's army said Cambodian troops had shelled a hospital in Surin province; Cambodia's defence ministry said Thai jets had bombed Cambodian positions near the Preah Vihear temple.

The United States and China sent observers to the talks. The UN Security Council, which held an emergency meeting on Saturday, had called for restraint.

Thailand had earlier rejected mediation offers, insisting the dispute be settled bilaterally.""",
        {
            I: [
                (TH, KH, "sym"),
                (MY, TH),
                (MY, KH),
            ]
        },
    ),
    (
        "int.hypothetical_campaign",
        """Chilean candidate says he would restore ties with Venezuela if elected

SANTIAGO, Nov 10 (Reuters) - Chilean presidential candidate Tomás Irarrázaval said on Sunday that, if elected, he would meet Venezuelan officials to negotiate the return of thousands of migrants, a plan his rival Javiera Montecinos called "naive and dangerous".

Irarrázaval, of the right-wing Republican Order party, leads the polls ahead of the Dec. 14 runoff. He has said he would expel migrants who entered illegally.

Montecinos, who is backed by the governing Broad Left coalition, accused Irarrázaval of "using migrants as scapegoats" during a televised debate on Saturday.

Venezuela expelled Chile's diplomats in July 2024 after Santiago questioned the result of Venezuela's presidential election, and consular services have been suspended since then.

The Venezuelan government did not respond to a request for comment.""",
        {
            I: [
                (("Javiera Montecinos", "Montecinos"), ("Tomás Irarrázaval", "Irarrázaval")),
                ("Venezuela", ("Chile", "Santiago")),
                (("Chile", "Santiago"), "Venezuela"),
            ]
        },
    ),
    (
        "int.did_not_meet",
        """Greek, Turkish leaders do not meet at NATO summit as maritime row deepens

BRUSSELS, June 25 (AP) — Greek Prime Minister Nikos Papadakis and Turkish President Kemal Aydınoğlu did not meet on the sidelines of the NATO summit on Wednesday, officials from both countries said, as a dispute over oil exploration in the eastern Mediterranean deepened.

Athens accused Ankara last week of sending a survey ship into waters it claims as its continental shelf. Turkey rejected the accusation, saying the ship was operating in Turkish waters.

Papadakis instead held talks with French President Étienne Marchal-Roux, who promised France's support in the dispute.

NATO Secretary General Lars Henriksen-Moe said he had urged both allies to resolve the dispute through dialogue.

The two leaders last met in Vilnius in July 2023, where they agreed to resume talks on confidence-building measures.""",
        {
            I: [
                (GR, TR, "sym"),
                (GR, FR, "sym"),
                (NATO, GR),
                (NATO, TR),
            ]
        },
    ),
    (
        "int.venue_negation",
        """Egypt, Ethiopia hold first dam talks in two years

CAIRO, Feb 9 (Reuters) - Egypt and Ethiopia held their first talks in two years on Sunday over the giant dam Ethiopia has built on the Blue Nile, Egypt's water ministry said.

The talks were held in Abu Dhabi and were attended by Egyptian Water Minister Hany Soliman-Farag and Ethiopian Water Minister Abebe Teshome Girma, the ministry said. The United Arab Emirates did not take part in the negotiations, an Emirati official said.

Sudan, which also lies downstream of the dam, was not invited.

Egypt has accused Ethiopia of filling the reservoir without an agreement, and has said it would "defend its water rights by all means". Ethiopia says the dam is vital for its development.

Soliman-Farag did not meet Ethiopian Prime Minister Dawit Alemayehu, contrary to earlier reports.""",
        {
            I: [
                (EG, ET, "sym"),
            ]
        },
    ),
    (
        "int.sanctions_officials",
        """EU sanctions seven Nicaraguan officials over crackdown on church

BRUSSELS, Oct 20 (Reuters) - The European Union on Monday imposed sanctions on seven Nicaraguan officials, including the head of the national police, over the arrest of priests and the closure of Catholic universities, the bloc's foreign ministers said.

The measures freeze assets in the EU and ban travel to the bloc by police chief Rigoberto Saballos Lanuza and Attorney General Marisol Úbeda Centeno, among others.

EU foreign policy chief Katrin Vaher-Lindqvist said the bloc "stands with the people of Nicaragua".

Nicaragua's government called the sanctions "illegal and interventionist" and said it would recall its ambassador to Brussels. Vice President Rosa Elvira Talavera said on state television that the EU "serves the interests of the empire", a reference to the United States.

The United States and Canada imposed similar sanctions on Nicaraguan officials earlier this year. Nicaragua expelled the Vatican's envoy in 2022.""",
        {
            I: [
                (EU2, NI),
                (EU2, "Rigoberto Saballos Lanuza"),
                (EU2, "Marisol Úbeda Centeno"),
                (NI, EU2),
                ("United States", NI),
                ("Canada", NI),
                (NI, "Vatican"),
            ]
        },
    ),
    (
        "int.cross_border_strikes",
        """Pakistan says air strikes killed militants in Afghanistan; Kabul vows retaliation

ISLAMABAD, March 18 (Reuters) - Pakistan carried out air strikes on suspected militant hideouts inside Afghanistan on Monday, killing at least eight people, two days after an attack on an army post in North Waziristan killed seven soldiers.

Pakistan's foreign ministry said the strikes targeted fighters of the Tehreek-e-Sarhad group, which it said operates from Afghan soil with the support of the Taliban government.

Afghanistan's Taliban-led government said the strikes killed women and children in Khost and Paktika provinces and warned Pakistan of "consequences". Taliban spokesman Mawlawi Abdul Rahim Haqbeen said Afghan forces had fired on Pakistani border posts in response.

Pakistani President Khalid Mehmood Rana said on Saturday that Pakistan would respond to attacks by militants "wherever they are".

China, which has close ties to both countries, called for calm and offered to mediate.

Tehreek-e-Sarhad claimed the attack on the army post.""",
        {
            I: [
                (PK, AF, "sym"),
                (PK, "Tehreek-e-Sarhad"),
                ("Tehreek-e-Sarhad", PK),
                (("Afghanistan", "Taliban"), "Tehreek-e-Sarhad"),
                ("China", PK),
                ("China", AF),
            ]
        },
    ),
    (
        "int.loan_third_party",
        """Sri Lanka signs $1.1 bln port loan with China's Exim bank; India voices concern

COLOMBO, April 15 (Reuters) - Sri Lanka on Tuesday signed a $1.1 billion loan agreement with the Export-Import Bank of China to expand the southern port of Hambantota, the finance ministry said.

State Minister of Finance Ruvani Seneviratne signed the deal with the bank's vice president, Zhou Mingyuan, at a ceremony in Colombo attended by Chinese Ambassador Qi Zhenhong and officials of the state-run Lanka Harbour Holdings.

India, which has long been wary of Chinese influence in the island nation, said it was "studying the agreement". Indian foreign ministry spokesman Arvind Kapoor-Menon said New Delhi expected Colombo to take its security concerns into account.

Opposition lawmaker Dinesh Tissera accused the government of "mortgaging the country to Beijing" and said his party would challenge the loan in the Supreme Court.

Sri Lanka defaulted on its foreign debt in 2022 and agreed a $2.9 billion bailout with the International Monetary Fund the following year. An IMF spokesperson declined to comment on the new loan.

(Reporting by Uditha Jayasinghe-Perera; Editing by Martin Kell)""",
        {
            I: [
                (
                    ("Sri Lanka", "Ruvani Seneviratne"),
                    ("Export-Import Bank of China", "Zhou Mingyuan", "China"),
                    "sym",
                ),
                (("India", "Arvind Kapoor-Menon", "New Delhi"), ("Sri Lanka", "Colombo")),
                ("Dinesh Tissera", ("Sri Lanka", "Beijing", "China")),
                ("Sri Lanka", ("International Monetary Fund", "IMF"), "sym"),
            ]
        },
    ),
    (
        "int.protest_embassy_pact",
        """Chadians protest outside French embassy as N'Djamena ends defence pact

N'DJAMENA, Dec 1 (AFP) - Several thousand people demonstrated outside the French embassy in N'Djamena on Sunday, two days after Chad announced it was ending a defence cooperation agreement with France.

The protesters, organised by the youth movement Wakit Sahel, chanted slogans against Paris and demanded the immediate departure of about 1,000 French troops stationed in the country.

Chadian Foreign Minister Abdelkerim Mahamat Souleymane said the decision was "not a rupture" and that Chad wanted to keep good relations with France. French Defence Minister Sébastien Lacombe-Roux said Paris "took note" of the decision and would discuss the withdrawal timetable with N'Djamena.

Russia, which has expanded its military presence in the Sahel, welcomed the move, Kremlin spokesman Oleg Zavarin told reporters.

France has already withdrawn its troops from Mali, Burkina Faso and Niger after military juntas in those countries ordered them out.""",
        {
            I: [
                (
                    ("Chad", "Abdelkerim Mahamat Souleymane", "N'Djamena"),
                    ("France", "Sébastien Lacombe-Roux", "Paris"),
                    "sym",
                ),
                ("Wakit Sahel", ("France", "Paris")),
                (("Russia", "Oleg Zavarin"), "Chad"),
                ("France", "Mali", "sym"),
                ("France", "Burkina Faso", "sym"),
                ("France", "Niger", "sym"),
            ]
        },
    ),
    (
        "int.coalition_rivals",
        """Romanian president rebukes PM over tax plan; coalition partner threatens to quit

BUCHAREST, Sept 9 (Reuters) - Romanian President Radu Ilescu on Tuesday rebuked Prime Minister Mirela Stanciu over her plan to raise value-added tax, saying it would "punish the poorest families", in the latest clash between the two leaders.

Stanciu, whose Social Democratic Union leads the ruling coalition, hit back, accusing Ilescu of "playing politics with the budget".

The junior coalition partner, the liberal Alianța Civică, threatened to leave the government if the tax increase was not dropped. Its leader, Andrei Dumitrescu-Pavel, met Stanciu late on Monday but the two failed to reach agreement.

The European Commission has warned Romania, which has the largest budget deficit in the European Union, that it could lose EU funds unless it cuts spending.

Hungarian Prime Minister Ferenc Takács-Nagy, speaking in Budapest, praised Ilescu as "a friend of the region", a comment Romanian officials did not address.""",
        {
            I: [
                (("Radu Ilescu", "Ilescu"), ("Mirela Stanciu", "Stanciu"), "sym"),
                (
                    ("Alianța Civică", "Andrei Dumitrescu-Pavel"),
                    ("Mirela Stanciu", "Stanciu", "Social Democratic Union", "Romania"),
                    "sym",
                ),
                ("European Commission", "Romania"),
                (("Ferenc Takács-Nagy", "Hungary"), ("Radu Ilescu", "Ilescu")),
            ]
        },
    ),
    (
        "int.air_strike_caption",
        """Myanmar junta air strike kills 20 in Sagaing; rebels seize border town

(Reuters) - A Myanmar military air strike killed at least 20 people in a village in the Sagaing region on Friday, a rebel group and local media said, as ethnic armed groups captured a town on the border with China.

The Sagaing People's Resistance said the strike hit a school. Military spokesman Major General Aung Kyaw Hlaing said the army had targeted "terrorists" of the Sagaing People's Resistance and denied that civilians were killed.

China, which has brokered previous ceasefires between the army and rebel groups, urged the military to stop the fighting. The Association of Southeast Asian Nations, which has barred Myanmar's junta leader from its summits, said it was "deeply concerned".

Thailand said it had reinforced its border.

Photo caption: Smoke rises over the town of Kyin Lei after an air strike, in this image released by the Sagaing People's Resistance. REUTERS/Stringer""",
        {
            I: [
                (("Myanmar", "Aung Kyaw Hlaing", "army", "military"), "Sagaing People's Resistance"),
                ("China", ("Myanmar", "military", "army")),
                (("Association of Southeast Asian Nations", "ASEAN"), "Myanmar"),
            ]
        },
    ),
    (
        "int.regulator_fine",
        """Norway's competition authority fines salmon farmer Fjord Salmon Group; company to appeal

OSLO, Feb 20 (NTB) - Norway's Competition Authority fined Fjord Salmon Group 640 million crowns ($61 million) on Thursday for sharing price information with rivals, the largest penalty it has ever imposed.

Authority director Hege Halvorsen-Brekke said the company and a competitor, Kveldstad Havbruk, had exchanged sales data for four years.

"This conduct harmed consumers across Europe," Halvorsen-Brekke said.

Fjord Salmon said it would appeal to the Competition Appeals Tribunal. Kveldstad Havbruk, which cooperated with the investigation, received a reduced fine of 80 million crowns.

Fisheries Minister Bjørn Aasland-Moe told NTB the government would not interfere with the authority's work.""",
        {
            I: [
                (
                    (
                        "Competition Authority",
                        "Norway's Competition Authority",
                        "Hege Halvorsen-Brekke",
                        "Norway",
                    ),
                    ("Fjord Salmon Group", "Fjord Salmon"),
                ),
                (
                    (
                        "Competition Authority",
                        "Norway's Competition Authority",
                        "Hege Halvorsen-Brekke",
                        "Norway",
                    ),
                    "Kveldstad Havbruk",
                ),
                (("Fjord Salmon Group", "Fjord Salmon"), "Competition Appeals Tribunal"),
            ]
        },
    ),
    (
        "int.attendees_caption",
        """Baltic, Nordic ministers pledge to protect undersea cables after new damage

HELSINKI, Jan 9 (Reuters) - Defence ministers from eight Nordic and Baltic countries agreed on Thursday to step up patrols of undersea cables in the Baltic Sea, after a power link between Finland and Estonia was damaged on Christmas Day.

The meeting in Helsinki was attended by Finnish Defence Minister Mikael Rautanen, Estonian Defence Minister Hanno Keskula, Latvian Defence Minister Aivars Kronbergs and Polish Deputy Defence Minister Piotr Zalewski-Rog, among others.

Finnish police last week seized the tanker Kestrel Dawn, which they suspect of dragging its anchor across the cable. The ship's operator, Dubai-based Sundra Ports, denied wrongdoing.

Rautanen said NATO would send two frigates to the area. "We will not be intimidated," he said.

Russia's embassy in Helsinki rejected suggestions that Moscow was involved, calling them "Russophobic speculation".

Photo: A Finnish coast guard vessel patrols near the Estlink 2 cable in the Gulf of Finland, Jan. 8, 2025. REUTERS/Tom Little""",
        {
            I: [
                (("Finland", "Finnish police"), "Sundra Ports"),
                ("NATO", "Finland"),
                (("Russia", "Russia's embassy", "Moscow"), ("Finland", "Helsinki")),
            ]
        },
    ),
    (
        "int.aid_visit",
        """Australia pledges $20 million to help Tonga rebuild after cyclone

NUKU'ALOFA, March 3 (AP) — Australia will give Tonga 30 million Australian dollars ($20 million) to rebuild schools and clinics destroyed by Cyclone Mele, Australian Foreign Minister Harriet Dunmore said Monday during a visit to the capital.

Dunmore met Tongan Prime Minister Viliami Fonua and Health Minister Meleane Taufa, and toured a hospital damaged by the storm.

New Zealand has sent two air force planes with water tanks and generators, and Japan said it would provide emergency supplies through the Japan International Cooperation Agency.

China, which has expanded its influence in the Pacific, offered a loan of $50 million for reconstruction, according to Tonga's finance ministry. Fonua said his government had not decided whether to accept it.

Dunmore said Australia "respects Tonga's sovereign choices" when asked about the Chinese offer.""",
        {
            I: [
                (("Australia", "Harriet Dunmore"), ("Tonga", "Viliami Fonua", "Meleane Taufa")),
                ("New Zealand", "Tonga"),
                (("Japan", "Japan International Cooperation Agency"), "Tonga"),
                ("China", "Tonga"),
            ]
        },
    ),
    (
        "int.arbitration",
        """Mining firm Haldor Resources wins $310 mln arbitration award against Tanzania

LONDON, June 2 (Reuters) - Australian-listed Haldor Resources said on Monday an international tribunal had ordered Tanzania to pay it $310 million in compensation for the 2018 cancellation of its nickel mining licence.

The tribunal at the World Bank's International Centre for Settlement of Investment Disputes (ICSID) ruled that Tanzania had breached a bilateral investment treaty with Britain, where Haldor's main subsidiary is registered, the company said.

Tanzania's attorney general, Eliezer Mbwambo-Kisanga, said the government would seek to annul the award.

Haldor chief executive Ruth Oyelaran said the company remained open to talks with Dodoma on a settlement.

The ruling is the latest in a string of arbitration cases against Tanzania, which was ordered in 2023 to pay $109 million to another Australian miner.""",
        {
            I: [
                (
                    ("International Centre for Settlement of Investment Disputes", "ICSID", "tribunal"),
                    "Tanzania",
                ),
                (
                    ("Haldor Resources", "Ruth Oyelaran"),
                    ("Tanzania", "Dodoma", "Eliezer Mbwambo-Kisanga"),
                    "sym",
                ),
            ]
        },
    ),
]
