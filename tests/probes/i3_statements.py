# ruff: noqa: E501
"""Statement probes for issue 3: short invented wire articles with who said something (``"stm"``:
(speaker, least number of statements)). Every person and organisation name is invented; countries
are real. Run ``python tests/probes/run_i3.py --module i3_statements -v``.
"""

from __future__ import annotations

S = "stm"

PROBES: list[tuple[str, str, dict]] = [
    (
        "stm.reuters_central_bank",
        "Central bank holds rates, warns on inflation\n\n"
        "ACCRA, March 12 (Reuters) - Ghana's central bank kept its main rate at 27% on Wednesday. "
        '"Inflation remains the biggest risk to the economy," Governor Kwadwo Ansah-Boateng told a news '
        "conference.\n\n"
        '"We will not hesitate to act," he added. "But the data must lead us."\n\n'
        "The International Monetary Fund said in a statement that the country's reforms were on track.\n\n"
        "Analysts were less sure. According to Efua Mensah-Larbi, an economist at Tema Capital, the cedi "
        "could fall further.",
        {
            S: [
                ("Kwadwo Ansah-Boateng", 2),
                ("International Monetary Fund", 1),
                ("Efua Mensah-Larbi", 1),
            ]
        },
    ),
    (
        "stm.ap_paragraphs",
        "Mayor defends budget cuts\n\n"
        "DENVER (AP) — Mayor Lucinda Harrowgate-Pike on Tuesday defended cuts to the city's library budget.\n\n"
        '"Nobody wants to close a library. But we have a hole of $40 million and the law says we must '
        "balance the books.\n\n"
        '"I would rather make hard choices now than leave them to the next mayor," Harrowgate-Pike said.\n\n'
        'Council member Rafael Ontiveros called the plan short-sighted. "Libraries are where our kids '
        'learn," he said.\n\n'
        "The Friends of Denver Libraries group warned that the cuts would hit poor neighbourhoods hardest.",
        {
            S: [
                ("Lucinda Harrowgate-Pike", 1),
                ("Rafael Ontiveros", 1),
                ("Friends of Denver Libraries", 1),
            ]
        },
    ),
    (
        "stm.colon_and_org",
        "Regulator fines airline over refunds\n\n"
        "LONDON (Reuters) - Britain's aviation regulator fined Skyvale Airways £3 million on Thursday for "
        "failing to refund passengers.\n\n"
        "The Civil Aviation Authority said the airline had ignored repeated warnings. Its chief executive, "
        'Harriet Colquhoun, put it bluntly: "Passengers were let down again and again."\n\n'
        "Skyvale said it would appeal. A spokeswoman for the airline said it had paid 95% of claims.\n\n"
        "Consumer group Fairfare welcomed the fine.",
        {
            S: [
                ("Civil Aviation Authority", 1),
                ("Harriet Colquhoun", 1),
                ("Skyvale Airways", 1),
            ]
        },
    ),
    (
        "stm.diplomacy_surnames",
        "Foreign ministers meet on border dispute\n\n"
        "ASTANA, June 3 (AFP) - The foreign ministers of Kazakhstan and Kyrgyzstan met on Monday to discuss "
        "a border dispute that has flared since April.\n\n"
        'Kazakh Foreign Minister Yerlan Dzhaksybekov said the talks were "frank and useful". His Kyrgyz '
        "counterpart, Aibek Toktogulov, said both sides wanted calm.\n\n"
        '"There is no alternative to dialogue," Toktogulov told reporters after the meeting.\n\n'
        "Dzhaksybekov added that a joint commission would meet in July.",
        {
            S: [
                ("Yerlan Dzhaksybekov", 2),
                ("Aibek Toktogulov", 2),
            ]
        },
    ),
    (
        "stm.unnamed_sources",
        "Talks on grain deal stall\n\n"
        "ISTANBUL (Reuters) - Talks on reviving a grain export deal stalled on Friday, two diplomats said, "
        "as Russia demanded the lifting of sanctions on its farm bank.\n\n"
        '"We are not close," one of the diplomats said, speaking on condition of anonymity.\n\n'
        "Turkish President's spokesman Ilker Sanlitepe said Ankara would keep trying. The United Nations "
        "said it remained in contact with all parties.",
        {
            S: [
                ("Ilker Sanlitepe", 1),
                ("United Nations", 1),
            ]
        },
    ),
    (
        "stm.court",
        "Former minister jailed for graft\n\n"
        "LUSAKA (Reuters) - A Zambian court jailed former energy minister Chanda Mwape-Lungu for five years "
        "on Friday for taking bribes.\n\n"
        '"The accused abused his office for personal gain," Magistrate Beatrice Kapumba said in her '
        "ruling.\n\n"
        'Mwape-Lungu\'s lawyer, Mutale Chibesakunda, said they would appeal. "This judgment is wrong in law," '
        "he told journalists outside the court.\n\n"
        "The Anti-Corruption Commission said the sentence sent a strong message.",
        {
            S: [
                ("Beatrice Kapumba", 1),
                ("Mutale Chibesakunda", 2),
                ("Anti-Corruption Commission", 1),
            ]
        },
    ),
    (
        "stm.company_results",
        "Brewer's profit jumps on price rises\n\n"
        "AMSTERDAM, Feb 14 (Reuters) - Dutch brewer Kroonvelt reported a 12% rise in annual profit on "
        "Wednesday.\n\n"
        '"Consumers kept buying our beers even as prices rose," Chief Executive Maarten van Duivenbode said '
        'in a statement. "We expect 2026 to be tougher."\n\n'
        "Finance chief Saskia Oudewater told analysts on a call that costs would rise.\n\n"
        'Kroonvelt\'s shares fell 3%. "The outlook disappointed," said Pieter Lammerink, an analyst at '
        "Zuidas Equity.",
        {
            S: [
                ("Maarten van Duivenbode", 2),
                ("Saskia Oudewater", 1),
                ("Pieter Lammerink", 1),
            ]
        },
    ),
    (
        "stm.split_quote",
        "Opposition vows to fight election result\n\n"
        "LILONGWE (Reuters) - Malawi's main opposition party said on Sunday it would challenge the "
        "presidential election result in court.\n\n"
        '"We have evidence of fraud in at least 12 districts," said Chimwemwe Banda-Kalua, the secretary '
        'general of the United Democratic Front. "We will not accept a stolen election."\n\n'
        "The electoral commission's chairwoman, Justice Ruth Mhango-Phiri, said the vote had been free and "
        "fair, and that observers agreed.\n\n"
        '"The results stand," she said.',
        {
            S: [
                ("Chimwemwe Banda-Kalua", 2),
                ("United Democratic Front", 1),
                ("Ruth Mhango-Phiri", 2),
            ]
        },
    ),
    (
        "stm.spokesperson",
        "Ministry denies role in data leak\n\n"
        "JAKARTA (Reuters) - Indonesia's communications ministry on Monday denied that its systems were "
        "the source of a leak of 30 million voter records.\n\n"
        '"Our servers were not breached," ministry spokesman Dedy Prasetyo-Wibowo told reporters.\n\n'
        "The leak was first reported by cybersecurity firm Garudasec, whose founder, Ayu Lestarini, said "
        "the data was on sale for $5,000.\n\n"
        "Police said they were investigating.",
        {
            S: [
                ("Dedy Prasetyo-Wibowo", 1),
                ("Ayu Lestarini", 1),
            ]
        },
    ),
    (
        "stm.according_org",
        "Drought leaves millions hungry in Horn of Africa\n\n"
        "NAIROBI (AFP) - More than 20 million people face hunger in Kenya, Ethiopia and Somalia after a "
        "sixth failed rainy season, according to the World Food Programme.\n\n"
        "The UN agency warned that funding had fallen by half. Save the Children said children were dying "
        "of malnutrition in camps near Dollow.\n\n"
        "Kenya's drought management authority said 2.4 million Kenyans needed aid. Its chief executive, "
        "Hassan Wario-Abdi, urged donors to act.",
        {
            S: [
                ("World Food Programme", 2),
                ("Save the Children", 1),
                ("Hassan Wario-Abdi", 1),
            ]
        },
    ),
]
