"""The demo register, drawn from the five seed articles in ../shared/seeds/.

Every `quote` is a verbatim passage of the article it is attributed to (a test
checks this against the seed files). Verdict summaries say where a finding
rests on knowledge from outside these five articles ("From outside these
articles: ..."). None of the articles came with a URL, and none is invented.
"""

import datetime
from decimal import Decimal

# --- Visits ------------------------------------------------------------------
NURTLEU_TEHRAN = "nurtleu-tehran-2025-06"
PEZESHKIAN_ASTANA = "pezeshkian-astana-2025-12"
PEZESHKIAN_ASHGABAT = "pezeshkian-ashgabat-2025-12"

PEZESHKIAN = "Masoud Pezeshkian, President of Iran"
TOKAYEV = "Kassym-Jomart Tokayev, President of Kazakhstan"
NURTLEU = "Murat Nurtleu, Deputy Prime Minister and Minister of Foreign Affairs of Kazakhstan"

VISITS = [
    {
        "ref": NURTLEU_TEHRAN,
        "title": "Murat Nurtleu in Tehran, June 2025",
        "host_country": "IR",
        "guest": NURTLEU,
        "guest_country": "KZ",
        "start_date": datetime.date(2025, 6, 7),
        "end_date": datetime.date(2025, 6, 7),
        "location": "Tehran",
        "summary": (
            "Kazakhstan's Deputy Prime Minister and Foreign Minister met President Pezeshkian on a Saturday morning, "
            "handed over a written message from President Tokayev, and signed a memorandum of understanding between "
            "the two foreign ministries with Foreign Minister Abbas Araghchi. "
            "Dates: the only report of the visit is dated 2025-06-07, which was a Saturday, so we infer that the "
            "meetings it places on 'Saturday' were on 7 June 2025. The report gives no arrival or departure date; "
            "the visit may have been longer than the one day recorded here."
        ),
    },
    {
        "ref": PEZESHKIAN_ASTANA,
        "title": "Masoud Pezeshkian in Astana, December 2025",
        "host_country": "KZ",
        "guest": PEZESHKIAN,
        "guest_country": "IR",
        "start_date": datetime.date(2025, 12, 10),
        "end_date": datetime.date(2025, 12, 11),
        "location": "Astana",
        "summary": (
            "Official visit at President Tokayev's invitation: talks, a joint statement, the signing of agreements "
            "and memoranda, a business forum and an honorary doctorate. "
            "Dates: the reports say Pezeshkian left Tehran for Astana on Wednesday 10 December 2025 and was welcomed "
            "by Tokayev on Thursday 11 December. They give neither the arrival date nor the day he left for "
            "Ashgabat: 10 December as the start (the day he left Tehran) and 11 December as the end are our inference."
        ),
    },
    {
        "ref": PEZESHKIAN_ASHGABAT,
        "title": "Masoud Pezeshkian in Ashgabat, December 2025",
        "host_country": "TM",
        "guest": PEZESHKIAN,
        "guest_country": "IR",
        "start_date": datetime.date(2025, 12, 11),
        "end_date": datetime.date(2025, 12, 12),
        "location": "Ashgabat",
        "summary": (
            "From Astana, Pezeshkian went on to Ashgabat for a conference on peace and trust (the reports name it "
            "differently) and met Turkmenistan's leader (the reports name different Berdimuhamedovs). "
            "Dates: no report dates the Ashgabat leg. It followed the Astana talks of Thursday 11 December 2025, and "
            "the report dated 12 December 2025 describes it in the past tense, so we infer 11–12 December 2025."
        ),
    },
]

# --- Outlets: only those the copies themselves name --------------------------
ALWAGHT = "Alwaght"
ASTANA_TIMES = "The Astana Times"

OUTLETS = [
    {"name": ALWAGHT, "country": "IR", "kind": "news", "website": ""},
    {"name": ASTANA_TIMES, "country": "KZ", "kind": "news", "website": ""},
]

# --- Sources: the five seed articles -----------------------------------------
TOUR_REPORT = "tehran-dateline-2025-12-12-pezeshkian-tour"
ALWAGHT_DEPARTURE = "alwaght-pezeshkian-leaves-for-central-asia"
ASTANA_TIMES_PARTNERSHIP = "astana-times-astana-and-tehran-elevate-partnership"
FORUM_REPORT = "pezeshkian-astana-business-forum-report"
NURTLEU_REPORT = "tehran-dateline-2025-06-07-nurtleu-meets-pezeshkian"

SOURCES = [
    {
        "ref": TOUR_REPORT,
        "seed": "000_712a1d4c76a568e5.txt",
        "title": "Pezeshkian's tour of Kazakhstan and Turkmenistan (report with a Tehran dateline, 12 December 2025)",
        "outlet": None,
        "kind": "article",
        "published_on": datetime.date(2025, 12, 12),
        "language": "en",
        "notes": (
            "Copy in hand: seed file 000_712a1d4c76a568e5.txt. It does not name its publisher, so no outlet is "
            "recorded: it opens 'date 2025-12-12 TEHRAN –', which says where the story was filed, not who "
            "published it. 2025-12-12 is taken as its date. The copy has no headline of its own (only section "
            "headings); the title here is the register's description. No URL: we have only the copy."
        ),
    },
    {
        "ref": ALWAGHT_DEPARTURE,
        "seed": "001_a0416f55a6677305.txt",
        "title": "Pezeshkian leaves Tehran for Kazakhstan and Turkmenistan",
        "outlet": ALWAGHT,
        "kind": "article",
        "published_on": None,
        "language": "en",
        "notes": (
            "Copy in hand: seed file 001_a0416f55a6677305.txt. It opens 'ALWAGHT-', which names Alwaght as the "
            "publisher. It states no date and has no headline (the title here is the register's description). "
            "Written as the trip began, in the future tense, and attributed to Pezeshkian's office ('according to "
            "his office'). No URL: we have only the copy."
        ),
    },
    {
        "ref": ASTANA_TIMES_PARTNERSHIP,
        "seed": "002_b6a535f419130623.txt",
        "title": "Astana and Tehran Elevate Partnership as Presidents Highlight Shared Vision and Regional Role",
        "outlet": ASTANA_TIMES,
        "kind": "article",
        "published_on": None,
        "language": "en",
        "notes": (
            "Copy in hand: seed file 002_b6a535f419130623.txt. Its closing line ('Get The Astana Times stories sent "
            "directly to you!') names The Astana Times. Dateline 'ASTANA –'. It states no publication date (11 "
            "December is the date of the joint statement it reports). Tokayev's remarks are attributed to Akorda, "
            "the Kazakh presidential office ('reported Akorda'; photo credit Akorda). No URL: we have only the copy."
        ),
    },
    {
        "ref": FORUM_REPORT,
        "seed": "003_04ef57403efc948d.txt",
        "title": "Pezeshkian at the Iran–Kazakhstan business forum in Astana (report, publisher not named)",
        "outlet": None,
        "kind": "article",
        "published_on": None,
        "language": "en",
        "notes": (
            "Copy in hand: seed file 003_04ef57403efc948d.txt. It does not name its publisher, so no outlet is "
            "recorded; it has no headline, no dateline and no date, and places the forum and the joint press "
            "conference 'on Thursday'. The title here is the register's description. No URL: we have only the copy."
        ),
    },
    {
        "ref": NURTLEU_REPORT,
        "seed": "004_c6e8a40646391112.txt",
        "title": (
            "Pezeshkian receives Kazakhstan's Foreign Minister Nurtleu (report with a Tehran dateline, 7 June 2025)"
        ),
        "outlet": None,
        "kind": "article",
        "published_on": datetime.date(2025, 6, 7),
        "language": "en",
        "notes": (
            "Copy in hand: seed file 004_c6e8a40646391112.txt. It does not name its publisher, so no outlet is "
            "recorded: it opens 'date 2025-06-07 TEHRAN –', which says where the story was filed, not who "
            "published it. 2025-06-07 is taken as its date. No headline of its own (only section headings); the "
            "title here is the register's description. No URL: we have only the copy."
        ),
    },
]

# The speaker when a report asserts something in its own voice.
TOUR_REPORT_VOICE = "The report itself (publisher not named; Tehran dateline)"
ALWAGHT_VOICE = "Alwaght (citing Pezeshkian's office)"
ASTANA_TIMES_VOICE = "The Astana Times"
FORUM_REPORT_VOICE = "The report itself (publisher not named)"
NURTLEU_REPORT_VOICE = "The report itself (publisher not named; Tehran dateline)"


# --- Passages cited more than once -------------------------------------------
Q_DEPARTED = (
    "Iranian President Masoud Pezeshkian departed Tehran on Wednesday, December 10, 2025, for a two-day regional "
    "tour, beginning with an official visit to Kazakhstan and followed by a trip to Turkmenistan."
)
Q_ALWAGHT_DEPARTED = (
    "Iranian President Masoud Pezeshkian departed Tehran for Astana, Kazakhstan, on Wednesday at the invitation of "
    "President Kassym-Jomart Tokayev."
)
Q_FOURTEEN = (
    "During his visit to Kazakhstan, President Pezeshkian signed 14 bilateral agreements and memoranda of "
    "understanding covering a wide range of areas, including transportation, transit and logistics, cultural "
    "exchanges, legal assistance, healthcare, and diplomatic and media cooperation."
)
Q_EIGHT_EXCHANGED = "Eight of these agreements were formally exchanged between the two countries."
Q_EIGHT_SIGNED = (
    "Eight important intergovernmental documents were signed, including a treaty on mutual legal assistance in "
    "criminal matters and a protocol amending the bilateral agreement on international road transport."
)
Q_MEMORANDUMS = (
    "Additional memorandums were signed on intellectual property, strategic cooperation in transport and logistics, "
    "collaboration in healthcare, and a media partnership between the President of Kazakhstan’s Television and "
    "Radio Complex and the Islamic Republic of Iran Broadcasting."
)
Q_PROGRAMMES = (
    "Both delegations also approved cooperation programs between their foreign ministries and a 2026–2028 cultural "
    "exchange program."
)
Q_JOINT_STATEMENT_SIGNED = (
    "In addition, both nations signed a joint statement outlining their commitment to deepen collaboration."
)
Q_JOINT_STATEMENT_DELIVERED = (
    "Presidents Kassym-Jomart Tokayev and Masoud Pezeshkian delivered a joint statement on Dec. 11, emphasizing the "
    "deep historical ties between Kazakhstan and Iran, the steady growth of bilateral trade, and the shared "
    "commitment to expanding cooperation in transport, agriculture, and culture."
)
Q_WELCOMED = (
    "Accompanied by a delegation of 100 Iranian business leaders, Pezeshkian was formally welcomed by Kazakh "
    "President Kassym-Jomart Tokayev at the Presidential Palace in Astana on Thursday, December 11."
)
Q_CHAMBER = (
    "A ministerial delegation is accompanying the president for talks in key sectors, and a large Iranian Chamber "
    "of Commerce group is already in Kazakhstan preparing business partnerships, with a joint merchant meeting "
    "scheduled in Astana."
)
Q_HIGH_RANKING = (
    'Pezeshkian, who is in Astana at the head of a high-ranking delegation, called Kazakhstan a "strategic '
    'partner" for Iran, saying Tehran has no limitations in developing bilateral relations.'
)
Q_PRESS_CONFERENCE = (
    "In a joint press conference on Thursday Kazakh President Kassym-Jomart Tokayev praised Iran’s increasing "
    "scientific and technological advancements, attributing them to Iran’s effective policies and efforts."
)
Q_FORTY_PAST_YEAR = (
    "Speaking at the bilateral meeting, Pezeshkian highlighted a 40 percent growth in trade between Iran and "
    "Kazakhstan over the past year."
)
Q_FORTY_TEN_MONTHS = (
    "He noted that over the past ten months, trade between Kazakhstan and Iran has grown by 40% compared to the "
    "previous year, with expectations for further growth given the countries’ capacity."
)
Q_NINE_MONTHS = (
    "From the first nine months of 2025, trade reached $310.8 million, up 44.9% compared to the same period last year."
)
Q_TRADE_2024 = (
    "He noted that current trade levels between the two countries are not commensurate with their vast capacities, "
    "adding that bilateral trade in 2024 reached only $340 million."
)
Q_ROADMAP = (
    "A roadmap aiming to raise bilateral trade to three billion dollars has been prepared and is ready for "
    "implementation, with an emphasis on mobilizing private sector capacities on both sides."
)
Q_ROADMAP_FORUM = (
    "Highlighting a roadmap to increase trade volume to $3 billion, the president said “it is essential that both "
    "the private and public sectors exert all their efforts to remove obstacles and achieve this goal.”"
)
Q_SINCE_INDEPENDENCE = (
    "He also noted that friendly relations have existed between the two countries since Kazakhstan’s independence "
    "and stressed the strategic importance of close relations with neighboring nations."
)
Q_JANUARY_1992 = "Diplomatic relations between Kazakhstan and Iran were established in January 1992."
Q_JUNE_2022 = (
    "Notably, President Tokayev’s visit to Tehran in June 2022 resulted in 24 signed agreements, commercial deals "
    "worth $235 million, and the launch of the first container train along the Kazakhstan-Turkmenistan-Iran-Türkiye "
    "route."
)
Q_EXHIBITION_TOURED = (
    "As part of his visit, President Pezeshkian toured an exhibition of historical Iranian documents related to "
    "Central Asia, the broader Syrdarya region, and the Kazakh Khanates."
)
Q_TWENTY_SEVEN = (
    "He noted that 27 ancient manuscripts brought by the Iranian delegation contain valuable information on the "
    "history, socio-economic situation, and regional dynamics of the Kazakh Khanate in the 18th century, including "
    "data on mineral exploration and early resource extraction in the Kazakh steppe."
)
Q_EXHIBITION_TO_ORGANISE = (
    "Tokayev instructed Kazakhstan’s Ministry of Culture and Information, together with Iranian partners, to "
    "organize an exhibition of ancient manuscripts presented by Iran."
)
Q_EIGHTY_FIVE = (
    "Approximately 85% of land cargo between Europe and China transits through Kazakhstan, strengthening the "
    "relevance of the North-South corridor and the Kazakhstan-Turkmenistan-Iran railway."
)
Q_CORRIDOR_FORUM = (
    "He noted that the North-South transport corridor and the Kazakhstan-Turkmenistan-Iran railway projects “hold "
    "special significance, and these projects are “in line with the interests of both countries.”"
)
Q_FREE_TRADE_ZONES = (
    "The visit builds upon ongoing regional engagement, advancing discussions in areas such as joint free trade "
    "zones, border markets, energy contracts, and cross-border infrastructure."
)
Q_FORUM_TOUR_REPORT = (
    "During a joint Iran-Kazakhstan business forum, President Pezeshkian emphasized that today’s global economy "
    "relies on trust, transparency, and regional integration."
)
Q_FORUM_THURSDAY = (
    "During a joint Iran-Kazakhstan business forum on Thursday in Astana, Pezeshkian emphasized the strategic "
    "position of Iran and Kazakhstan in the regional transport network, describing transportation as “the engine of "
    "economic development” for both countries."
)
Q_STRATEGIC_PARTNER = (
    "Pezeshkian described Kazakhstan as a strategic partner and emphasized that Tehran has no limitations on "
    "developing relations with Astana."
)
Q_ROOTED_TOUR_REPORT = (
    "“Our relationship is rooted in shared history, longstanding cultural connections, and mutual respect. This "
    "visit symbolizes our enduring friendship and represents a significant step in expanding economic and "
    "commercial cooperation,” he said."
)
Q_ROOTED_FORUM = (
    "“Relations between the Islamic Republic of Iran and Kazakhstan are rooted in shared history, long-standing "
    "culture, and mutual respect between our peoples,” he said adding that this visit “symbolizes not only the "
    "enduring friendship between our nations but also represents a significant step toward expanding economic and "
    "trade cooperation.”"
)
Q_DOCTORATE_HEADING = "Pezeshkian receives honorary doctorate at Nazarbayev University"
Q_DOCTORATE_TOUR_REPORT = (
    "In addition to diplomatic and economic meetings, President Pezeshkian visited the Kazakhstan University "
    "Medical Center and attended a ceremony at Nazarbayev International University, where he was awarded an "
    "honorary doctorate."
)
Q_DOCTORATE_FORUM = (
    "During his visit, Pezeshkian also received an honorary doctorate from Nazarbayev International University, "
    "addressing faculty, researchers, and students."
)
Q_MEDICAL_SCIENCE = (
    "He praised the university’s role as a leading regional center for medical science, noting its significant "
    "contribution to public health in Kazakhstan and the advancement of medical knowledge."
)
Q_CONFERENCE_TOUR_REPORT = (
    "After concluding his engagements in Kazakhstan, President Pezeshkian traveled to Ashgabat, Turkmenistan, to "
    "participate in the International Conference on Peace and Trust."
)
Q_CONFERENCE_ALWAGHT = (
    "Following his official visit to Kazakhstan, President Pezeshkian will continue to Turkmenistan to attend the "
    "World Conference on Dialogue for Peace and Trust in Ashgabat, at the invitation of President Serdar "
    "Berdimuhamedov."
)
Q_GURBANGULY = "Ahead of the conference, he met with President Gurbanguly Berdimuhamedov."
Q_TWO_DAY_ALWAGHT = (
    "President Masoud Pezeshkian left Tehran for a two-day Central Asia trip to Kazakhstan and Turkmenistan, with "
    "plans to secure trade deals and attend a peace summit, according to his office."
)
Q_FORUMS_TOUR_REPORT = (
    "The Iranian president emphasized Tehran and Astana’s close alignment on regional and global issues, citing "
    "successful collaboration in multilateral forums including the Shanghai Cooperation Organization, the Eurasian "
    "Economic Union, the Organization of Islamic Cooperation, and the Caspian region."
)
Q_NURTLEU_MEETING = (
    "In a meeting held in Tehran on Saturday morning, Iranian President Masoud Pezeshkian met with Kazakhstan’s "
    "Deputy Prime Minister and Minister of Foreign Affairs, Murat Nurtleu."
)


def evidence(source: str, stance: str, quote: str, note: str) -> dict:
    return {"source": source, "stance": stance, "quote": quote, "note": note}


def claim(
    ref: str,
    *,
    article: str,
    visit: str,
    speaker: str,
    topic: str,
    text: str,
    quote: str,
    status: str,
    verdict_summary: str = "",
    publish: bool = False,
    figure: tuple | None = None,
    evidence: tuple = (),
    review_note: str = "",
) -> dict:
    """One claim row. `review_note` says what is left to check on a claim still being worked on."""
    value, unit, period = figure if figure else (None, "", "")
    return {
        "ref": ref,
        "article": article,
        "visit": visit,
        "speaker": speaker,
        "topic": topic,
        "text": text,
        "quote": quote,
        "status": status,
        "verdict_summary": verdict_summary,
        "publish": publish,
        "figure_value": Decimal(value) if value is not None else None,
        "figure_unit": unit,
        "figure_period": period,
        "evidence": list(evidence),
        "review_note": review_note,
    }


# --- Claims ------------------------------------------------------------------
CLAIMS = [
    # The Astana visit: dates and the shape of the trip.
    claim(
        "pezeshkian-left-tehran-wednesday-10-december-2025",
        article=TOUR_REPORT,
        visit=PEZESHKIAN_ASTANA,
        speaker=TOUR_REPORT_VOICE,
        topic="diplomacy",
        text="Pezeshkian left Tehran for Kazakhstan on Wednesday, 10 December 2025.",
        quote=Q_DEPARTED,
        status="verified",
        publish=True,
        verdict_summary=(
            "Alwaght also reports that he left Tehran for Astana on a Wednesday. Wednesday 10 December 2025 is "
            "right: the date and the weekday agree. Neither report gives the time of arrival in Astana."
        ),
        evidence=(
            evidence(ALWAGHT_DEPARTURE, "corroborates", Q_ALWAGHT_DEPARTED, "Same day of the week; no date given."),
        ),
    ),
    claim(
        "tour-of-kazakhstan-and-turkmenistan-lasted-two-days",
        article=ALWAGHT_DEPARTURE,
        visit=PEZESHKIAN_ASTANA,
        speaker=ALWAGHT_VOICE,
        topic="diplomacy",
        text="Pezeshkian's trip to Kazakhstan and Turkmenistan was a two-day trip.",
        quote=Q_TWO_DAY_ALWAGHT,
        status="partly_verified",
        publish=True,
        verdict_summary=(
            "The Tehran-dateline report also calls it a two-day tour. But its own dates put the departure from "
            "Tehran on Wednesday 10 December 2025 and the talks in Astana on Thursday 11 December, with Ashgabat "
            "after that, and no report dates the Ashgabat leg. Two days of engagements is plausible; a trip of two "
            "calendar days is not shown."
        ),
        evidence=(
            evidence(TOUR_REPORT, "corroborates", Q_DEPARTED, "Also 'two-day', and dates the departure."),
            evidence(TOUR_REPORT, "context", Q_WELCOMED, "The Astana talks were on the day after the departure."),
        ),
    ),
    claim(
        "tokayev-welcomed-pezeshkian-thursday-11-december-2025",
        article=TOUR_REPORT,
        visit=PEZESHKIAN_ASTANA,
        speaker=TOUR_REPORT_VOICE,
        topic="diplomacy",
        text="Tokayev formally welcomed Pezeshkian in Astana on Thursday, 11 December 2025.",
        quote=Q_WELCOMED,
        status="verified",
        publish=True,
        verdict_summary=(
            "The Astana Times dates the presidents' joint statement 11 December, and the business-forum report puts "
            "the joint press conference 'on Thursday'; Thursday 11 December 2025 is right. The venue (the "
            "Presidential Palace) is named only in this report."
        ),
        evidence=(
            evidence(ASTANA_TIMES_PARTNERSHIP, "corroborates", Q_JOINT_STATEMENT_DELIVERED, "Same date: Dec. 11."),
            evidence(FORUM_REPORT, "corroborates", Q_PRESS_CONFERENCE, "Same day of the week: Thursday."),
        ),
    ),
    # What was signed in Astana.
    claim(
        "fourteen-agreements-and-memoranda-signed-in-astana",
        article=TOUR_REPORT,
        visit=PEZESHKIAN_ASTANA,
        speaker=TOUR_REPORT_VOICE,
        topic="agreements",
        text="Pezeshkian signed 14 bilateral agreements and memoranda of understanding during the visit to Kazakhstan.",
        quote=Q_FOURTEEN,
        figure=("14", "documents", "Astana visit, December 2025"),
        status="partly_verified",
        publish=True,
        verdict_summary=(
            "The Astana Times gives no total. It reports eight intergovernmental documents signed and four further "
            "memorandums (12 in all), and says the delegations also approved cooperation programmes between the "
            "foreign ministries and a 2026–2028 cultural exchange programme; whether those programmes make up the "
            "difference to 14 is not said. The areas listed match: legal assistance, transport and logistics, "
            "healthcare, media, culture, diplomacy."
        ),
        evidence=(
            evidence(ASTANA_TIMES_PARTNERSHIP, "context", Q_EIGHT_SIGNED, "Eight documents, described as signed."),
            evidence(ASTANA_TIMES_PARTNERSHIP, "corroborates", Q_MEMORANDUMS, "Four more memorandums, same areas."),
            evidence(ASTANA_TIMES_PARTNERSHIP, "context", Q_PROGRAMMES, "Programmes approved, not counted."),
        ),
    ),
    claim(
        "eight-of-the-agreements-formally-exchanged",
        article=TOUR_REPORT,
        visit=PEZESHKIAN_ASTANA,
        speaker=TOUR_REPORT_VOICE,
        topic="agreements",
        text="Eight of the agreements signed in Astana were formally exchanged between the two countries.",
        quote=Q_EIGHT_EXCHANGED,
        figure=("8", "documents", "Astana visit, December 2025"),
        status="in_review",
        publish=False,
        review_note="A partly verified verdict needs corroboration from an independent source; none is recorded yet.",
        evidence=(
            evidence(ASTANA_TIMES_PARTNERSHIP, "context", Q_EIGHT_SIGNED, "Eight, but 'signed', not 'exchanged'."),
        ),
    ),
    claim(
        "eight-intergovernmental-documents-signed-in-astana",
        article=ASTANA_TIMES_PARTNERSHIP,
        visit=PEZESHKIAN_ASTANA,
        speaker=ASTANA_TIMES_VOICE,
        topic="agreements",
        text=(
            "Eight intergovernmental documents were signed in Astana, including a treaty on mutual legal assistance "
            "in criminal matters and a protocol amending the road transport agreement."
        ),
        quote=Q_EIGHT_SIGNED,
        figure=("8", "documents", "Astana visit, December 2025"),
        status="in_review",
        publish=False,
        review_note="A partly verified verdict needs corroboration from an independent source; none is recorded yet.",
        evidence=(
            evidence(
                TOUR_REPORT, "contradicts", Q_FOURTEEN, "A total of 14, including legal assistance and transport."
            ),
            evidence(TOUR_REPORT, "context", Q_EIGHT_EXCHANGED, "Eight of the 14, 'formally exchanged'."),
        ),
    ),
    claim(
        "memorandums-on-ip-transport-healthcare-and-media",
        article=ASTANA_TIMES_PARTNERSHIP,
        visit=PEZESHKIAN_ASTANA,
        speaker=ASTANA_TIMES_VOICE,
        topic="agreements",
        text=(
            "Further memorandums were signed on intellectual property, transport and logistics, healthcare, and a "
            "media partnership between Kazakhstan's presidential TV and radio complex and IRIB."
        ),
        quote=Q_MEMORANDUMS,
        status="partly_verified",
        publish=True,
        verdict_summary=(
            "The Tehran-dateline report lists transport, transit and logistics, healthcare and media cooperation "
            "among the areas of the documents signed, which matches three of the four. No other seed mentions "
            "intellectual property or names the two broadcasters."
        ),
        evidence=(evidence(TOUR_REPORT, "corroborates", Q_FOURTEEN, "Transport, healthcare and media are listed."),),
    ),
    claim(
        "cultural-exchange-programme-2026-2028-approved",
        article=ASTANA_TIMES_PARTNERSHIP,
        visit=PEZESHKIAN_ASTANA,
        speaker=ASTANA_TIMES_VOICE,
        topic="culture",
        text=(
            "The delegations approved cooperation programmes between the foreign ministries and a cultural exchange "
            "programme for 2026–2028."
        ),
        quote=Q_PROGRAMMES,
        status="partly_verified",
        publish=True,
        verdict_summary=(
            "The Tehran-dateline report lists cultural exchanges and diplomatic cooperation among the areas the "
            "Astana documents cover, but names no programme and no years. The 2026–2028 span is stated only here."
        ),
        evidence=(evidence(TOUR_REPORT, "corroborates", Q_FOURTEEN, "Cultural and diplomatic cooperation listed."),),
    ),
    claim(
        "joint-statement-signed-in-astana",
        article=TOUR_REPORT,
        visit=PEZESHKIAN_ASTANA,
        speaker=TOUR_REPORT_VOICE,
        topic="agreements",
        text="Iran and Kazakhstan signed a joint statement during the Astana visit.",
        quote=Q_JOINT_STATEMENT_SIGNED,
        status="partly_verified",
        publish=True,
        verdict_summary=(
            "The Astana Times reports a joint statement by the two presidents on 11 December, but says it was "
            "'delivered', not signed. A joint statement is confirmed; that it was a signed document is not."
        ),
        evidence=(
            evidence(
                ASTANA_TIMES_PARTNERSHIP, "corroborates", Q_JOINT_STATEMENT_DELIVERED, "'Delivered', not 'signed'."
            ),
        ),
    ),
    claim(
        "chief-of-staff-said-trade-agreements-would-be-finalised",
        article=ALWAGHT_DEPARTURE,
        visit=PEZESHKIAN_ASTANA,
        speaker="Mohsen Haji-Mirzaei, chief of staff to the President of Iran",
        topic="agreements",
        text="Pezeshkian's chief of staff said several cooperation agreements on trade would be finalised in Astana.",
        quote=(
            "His chief of staff, Mohsen Haji-Mirzaei, noted that several cooperation agreements on expanding trade "
            "are set to be finalized during the stay."
        ),
        status="verified",
        publish=True,
        verdict_summary=(
            "Written before the visit, and borne out: both later reports say documents were signed in Astana (14 "
            "agreements and memoranda in the Tehran-dateline report; eight intergovernmental documents and further "
            "memorandums in The Astana Times). That Haji-Mirzaei said it rests on this article alone."
        ),
        evidence=(
            evidence(TOUR_REPORT, "corroborates", Q_FOURTEEN, "Agreements were signed."),
            evidence(ASTANA_TIMES_PARTNERSHIP, "corroborates", Q_EIGHT_SIGNED, "Agreements were signed."),
        ),
    ),
    # Who went.
    claim(
        "delegation-of-100-business-leaders-accompanied-pezeshkian",
        article=TOUR_REPORT,
        visit=PEZESHKIAN_ASTANA,
        speaker=TOUR_REPORT_VOICE,
        topic="trade",
        text="A delegation of 100 Iranian business leaders accompanied Pezeshkian to Astana.",
        quote=Q_WELCOMED,
        figure=("100", "business leaders", "Astana visit, December 2025"),
        status="disputed",
        publish=True,
        verdict_summary=(
            "No other seed gives a number, and Alwaght describes the business side differently: a ministerial "
            "delegation travelled with the president, while 'a large Iranian Chamber of Commerce group' was already "
            "in Kazakhstan before he left. The business-forum report says only that he led 'a high-ranking "
            "delegation'. Neither the figure of 100 nor that they travelled with him is supported."
        ),
        evidence=(
            evidence(ALWAGHT_DEPARTURE, "contradicts", Q_CHAMBER, "Business group already in Kazakhstan; no number."),
            evidence(FORUM_REPORT, "context", Q_HIGH_RANKING, "A 'high-ranking delegation'; no number."),
        ),
    ),
    claim(
        "chamber-of-commerce-group-already-in-kazakhstan",
        article=ALWAGHT_DEPARTURE,
        visit=PEZESHKIAN_ASTANA,
        speaker=ALWAGHT_VOICE,
        topic="trade",
        text=(
            "A large Iranian Chamber of Commerce group was already in Kazakhstan before the visit, preparing business "
            "partnerships."
        ),
        quote=Q_CHAMBER,
        status="in_review",
        review_note=(
            "Only Alwaght says this; the Tehran-dateline report instead has 100 business leaders accompanying the "
            "president. Needs a Chamber of Commerce or business-forum source."
        ),
        evidence=(evidence(TOUR_REPORT, "contradicts", Q_WELCOMED, "Has the business leaders travelling with him."),),
    ),
    # Trade figures.
    claim(
        "pezeshkian-trade-grew-40-percent-past-year",
        article=TOUR_REPORT,
        visit=PEZESHKIAN_ASTANA,
        speaker=PEZESHKIAN,
        topic="trade",
        text="Pezeshkian said trade between Iran and Kazakhstan grew 40 percent over the past year.",
        quote=Q_FORTY_PAST_YEAR,
        figure=("40", "percent", "the past year, to December 2025"),
        status="partly_verified",
        publish=True,
        verdict_summary=(
            "The other seeds give close but different figures, from a different speaker: the business-forum report "
            "has Tokayev saying trade grew 40% over the past ten months compared with the previous year, and The "
            "Astana Times gives $310.8 million for January–September 2025, up 44.9%. Growth of roughly 40–45% in "
            "2025 is supported; '40 percent over the past year' from Pezeshkian is not found elsewhere."
        ),
        evidence=(
            evidence(FORUM_REPORT, "corroborates", Q_FORTY_TEN_MONTHS, "40%, but from Tokayev and over ten months."),
            evidence(ASTANA_TIMES_PARTNERSHIP, "context", Q_NINE_MONTHS, "44.9% over January–September 2025."),
        ),
    ),
    claim(
        "tokayev-trade-grew-40-percent-past-ten-months",
        article=FORUM_REPORT,
        visit=PEZESHKIAN_ASTANA,
        speaker=TOKAYEV,
        topic="trade",
        text=(
            "Tokayev said trade between Kazakhstan and Iran grew 40% over the past ten months compared with the "
            "previous year."
        ),
        quote=Q_FORTY_TEN_MONTHS,
        figure=("40", "percent", "the past ten months, to December 2025"),
        status="partly_verified",
        publish=True,
        verdict_summary=(
            "The Astana Times gives 44.9% growth for January–September 2025 (nine months): close, but not the same "
            "figure or period. The Tehran-dateline report attributes a 40 percent figure 'over the past year' to "
            "Pezeshkian, not Tokayev. The size of the growth is broadly supported; this exact figure and period are "
            "not confirmed by another seed."
        ),
        evidence=(
            evidence(ASTANA_TIMES_PARTNERSHIP, "context", Q_NINE_MONTHS, "44.9% over nine months."),
            evidence(TOUR_REPORT, "corroborates", Q_FORTY_PAST_YEAR, "40 percent, but from Pezeshkian, over a year."),
        ),
    ),
    claim(
        "trade-reached-310-8-million-january-september-2025",
        article=ASTANA_TIMES_PARTNERSHIP,
        visit=PEZESHKIAN_ASTANA,
        speaker=ASTANA_TIMES_VOICE,
        topic="trade",
        text="Trade between Kazakhstan and Iran reached $310.8 million in January–September 2025.",
        quote=Q_NINE_MONTHS,
        figure=("310800000", "USD", "January–September 2025"),
        status="unverifiable",
        publish=True,
        verdict_summary=(
            "No other seed gives a value for 2025. The business-forum report gives $340 million for the whole of "
            "2024; with 44.9% growth, $310.8 million implies about $214.5 million for January–September 2024, "
            "leaving about $125.5 million for October–December 2024. That is possible, so the two do not contradict "
            "each other, but nothing in these articles confirms either figure; customs statistics would."
        ),
        evidence=(evidence(FORUM_REPORT, "context", Q_TRADE_2024, "The 2024 total, $340 million."),),
    ),
    claim(
        "trade-up-44-9-percent-january-september-2025",
        article=ASTANA_TIMES_PARTNERSHIP,
        visit=PEZESHKIAN_ASTANA,
        speaker=ASTANA_TIMES_VOICE,
        topic="trade",
        text="Trade in January–September 2025 was 44.9% higher than in the same period of 2024.",
        quote=Q_NINE_MONTHS,
        figure=("44.9", "percent", "January–September 2025 on January–September 2024"),
        status="partly_verified",
        publish=True,
        verdict_summary=(
            "Two other seeds report growth of about 40% in 2025 (Tokayev: 40% over the past ten months; Pezeshkian: "
            "40 percent over the past year). The direction and rough size agree; the exact 44.9% appears only here."
        ),
        evidence=(
            evidence(FORUM_REPORT, "corroborates", Q_FORTY_TEN_MONTHS, "About 40%, over ten months."),
            evidence(TOUR_REPORT, "corroborates", Q_FORTY_PAST_YEAR, "About 40%, over the past year."),
        ),
    ),
    claim(
        "bilateral-trade-2024-340-million",
        article=FORUM_REPORT,
        visit=PEZESHKIAN_ASTANA,
        speaker=PEZESHKIAN,
        topic="trade",
        text="Pezeshkian said bilateral trade in 2024 was only $340 million.",
        quote=Q_TRADE_2024,
        figure=("340000000", "USD", "2024"),
        status="unverifiable",
        publish=True,
        verdict_summary=(
            "Only this report gives a total for 2024. The Astana Times' figures for 2025 ($310.8 million in "
            "January–September, up 44.9%) do not contradict it (they imply about $214.5 million for January–"
            "September 2024), but no seed confirms it."
        ),
        evidence=(evidence(ASTANA_TIMES_PARTNERSHIP, "context", Q_NINE_MONTHS, "Nine-month figures for 2025."),),
    ),
    claim(
        "roadmap-to-raise-trade-to-3-billion-dollars",
        article=TOUR_REPORT,
        visit=PEZESHKIAN_ASTANA,
        speaker=PEZESHKIAN,
        topic="trade",
        text=(
            "Pezeshkian said a roadmap to raise bilateral trade to $3 billion has been prepared and is ready for "
            "implementation."
        ),
        quote=Q_ROADMAP,
        figure=("3000000000", "USD", "target; no year given"),
        status="verified",
        publish=True,
        verdict_summary=(
            "The business-forum report also has Pezeshkian highlighting a roadmap to increase trade to $3 billion. "
            "Neither report gives a target year, and the roadmap is not among the documents either report lists as "
            "signed. This verdict is that the statement was made, not that the target is realistic."
        ),
        evidence=(evidence(FORUM_REPORT, "corroborates", Q_ROADMAP_FORUM, "Same roadmap, same $3 billion."),),
    ),
    claim(
        "700-iranian-companies-operate-in-kazakhstan",
        article=FORUM_REPORT,
        visit=PEZESHKIAN_ASTANA,
        speaker=TOKAYEV,
        topic="trade",
        text="About 700 Iranian companies operate in Kazakhstan.",
        quote=(
            "He added that approximately 700 Iranian companies operate in Kazakhstan, mainly in industry, "
            "infrastructure, and agriculture, while Kazakh firms invest in Iran across mining, transportation, "
            "logistics, and food production projects."
        ),
        figure=("700", "companies", "December 2025 (approximately)"),
        status="unverifiable",
        publish=True,
        verdict_summary=(
            "Only the business-forum report gives this figure, as Tokayev's; no other seed counts companies. A "
            "Kazakh business register would be needed."
        ),
    ),
    claim(
        "kazakhstan-supplied-500000-tons-of-barley-to-iran",
        article=ASTANA_TIMES_PARTNERSHIP,
        visit=PEZESHKIAN_ASTANA,
        speaker=ASTANA_TIMES_VOICE,
        topic="agriculture",
        text="Kazakhstan supplied more than 500,000 tonnes of barley to Iran 'last year'.",
        quote=(
            "Agriculture remains a priority sector: Kazakhstan supplied more than 500,000 tons of barley to Iran last "
            "year and has the capacity to increase exports several times over."
        ),
        figure=("500000", "tonnes", "'last year': 2024 if written in December 2025 (more than)"),
        status="unverifiable",
        publish=True,
        verdict_summary=(
            "Only The Astana Times gives the tonnage. The same article says 2025 export growth was led by barley, "
            "which fits but is the same source. The report is undated, so 'last year' is read as 2024 only because "
            "it covers the December 2025 visit. Export statistics would be needed."
        ),
    ),
    claim(
        "kazakh-exports-to-iran-nearly-tripled-in-2025",
        article=ASTANA_TIMES_PARTNERSHIP,
        visit=PEZESHKIAN_ASTANA,
        speaker=ASTANA_TIMES_VOICE,
        topic="trade",
        text="Trade growth in 2025 was driven mainly by a nearly threefold increase in Kazakh exports.",
        quote=(
            "Growth was driven primarily by a nearly threefold increase in Kazakh exports, particularly of barley, "
            "wheat, cotton, and processed agricultural products."
        ),
        figure=("3", "times (nearly)", "January–September 2025"),
        status="in_review",
        review_note=(
            "Stated only here. Needs customs data for 2025; check too the next sentence, whose 'Iranian imports' is "
            "ambiguous (imports from Iran, or Iran's imports?)."
        ),
    ),
    # Transport and regional projects.
    claim(
        "85-percent-of-europe-china-land-cargo-transits-kazakhstan",
        article=ASTANA_TIMES_PARTNERSHIP,
        visit=PEZESHKIAN_ASTANA,
        speaker=TOKAYEV,
        topic="transport",
        text="About 85% of land cargo between Europe and China transits through Kazakhstan.",
        quote=Q_EIGHTY_FIVE,
        figure=("85", "percent", "share of Europe–China overland cargo (approximately)"),
        status="unverifiable",
        publish=True,
        verdict_summary=(
            "Stated only in The Astana Times' account of Tokayev's remarks; no other seed gives transit shares. "
            "Freight statistics from outside these articles would be needed."
        ),
    ),
    claim(
        "tokayev-north-south-corridor-and-kti-railway-significant",
        article=FORUM_REPORT,
        visit=PEZESHKIAN_ASTANA,
        speaker=TOKAYEV,
        topic="transport",
        text=(
            "Tokayev singled out the North–South transport corridor and the Kazakhstan–Turkmenistan–Iran railway "
            "as projects of special significance."
        ),
        quote=Q_CORRIDOR_FORUM,
        status="verified",
        publish=True,
        verdict_summary=(
            "The Astana Times' account of Tokayev's remarks names the same two projects, the North-South corridor "
            "and the Kazakhstan-Turkmenistan-Iran railway."
        ),
        evidence=(evidence(ASTANA_TIMES_PARTNERSHIP, "corroborates", Q_EIGHTY_FIVE, "Same two projects."),),
    ),
    claim(
        "iran-allocated-land-to-kazakhstan-at-shahid-rajaee-port",
        article=ASTANA_TIMES_PARTNERSHIP,
        visit=PEZESHKIAN_ASTANA,
        speaker=TOKAYEV,
        topic="transport",
        text="Iran has allocated land to Kazakhstan at the Shahid Rajaee port in Bandar Abbas.",
        quote=(
            "He expressed gratitude to Iran for allocating land to Kazakhstan at the Shahid Rajaee port in Bandar "
            "Abbas."
        ),
        status="unverifiable",
        publish=True,
        verdict_summary="Only The Astana Times reports it, as Tokayev's thanks; no other seed mentions the port.",
    ),
    claim(
        "joint-free-economic-zone-in-mangystau-proposed",
        article=ASTANA_TIMES_PARTNERSHIP,
        visit=PEZESHKIAN_ASTANA,
        speaker=TOKAYEV,
        topic="trade",
        text="Tokayev welcomed a proposal for a joint free economic zone in Kazakhstan's Mangystau Region.",
        quote=(
            "He welcomed the proposal to establish a joint free economic zone in the Mangystau Region, which would "
            "allow production of finished goods from Iranian raw materials for export across the region."
        ),
        status="unverifiable",
        publish=True,
        verdict_summary=(
            "Alwaght lists 'joint free trade zones' among the subjects under discussion, without naming a place; "
            "only The Astana Times names Mangystau. Consistent, but not confirmed."
        ),
        evidence=(evidence(ALWAGHT_DEPARTURE, "context", Q_FREE_TRADE_ZONES, "Free trade zones under discussion."),),
    ),
    # The business forum.
    claim(
        "business-forum-held-in-astana-on-thursday",
        article=FORUM_REPORT,
        visit=PEZESHKIAN_ASTANA,
        speaker=FORUM_REPORT_VOICE,
        topic="trade",
        text="Pezeshkian spoke at a joint Iran–Kazakhstan business forum in Astana on Thursday (11 December 2025).",
        quote=Q_FORUM_THURSDAY,
        status="verified",
        publish=True,
        verdict_summary=(
            "The Tehran-dateline report also has Pezeshkian speaking at a joint Iran–Kazakhstan business forum, and "
            "Alwaght said a joint merchant meeting was scheduled in Astana. This report says only 'Thursday'; read "
            "with the Tehran-dateline report's Thursday 11 December, the date is our inference."
        ),
        evidence=(
            evidence(TOUR_REPORT, "corroborates", Q_FORUM_TOUR_REPORT, "Same forum."),
            evidence(ALWAGHT_DEPARTURE, "corroborates", Q_CHAMBER, "A joint merchant meeting was planned in Astana."),
        ),
    ),
    claim(
        "kazakhstan-a-strategic-partner-with-no-limitations",
        article=FORUM_REPORT,
        visit=PEZESHKIAN_ASTANA,
        speaker=PEZESHKIAN,
        topic="diplomacy",
        text=(
            "Pezeshkian called Kazakhstan a strategic partner and said Tehran has no limitations on developing "
            "relations with it."
        ),
        quote=Q_HIGH_RANKING,
        status="verified",
        publish=True,
        verdict_summary="The Tehran-dateline report says the same, in nearly the same words.",
        evidence=(evidence(TOUR_REPORT, "corroborates", Q_STRATEGIC_PARTNER, "Same remark."),),
    ),
    claim(
        "forum-remark-on-shared-history-quoted-in-different-words",
        article=TOUR_REPORT,
        visit=PEZESHKIAN_ASTANA,
        speaker=PEZESHKIAN,
        topic="diplomacy",
        text=(
            "Pezeshkian told the forum, in these words: 'Our relationship is rooted in shared history, longstanding "
            "cultural connections, and mutual respect.'"
        ),
        quote=Q_ROOTED_TOUR_REPORT,
        status="in_review",
        publish=False,
        review_note="A partly verified verdict needs corroboration from an independent source; none is recorded yet.",
        evidence=(evidence(FORUM_REPORT, "contradicts", Q_ROOTED_FORUM, "Same remark, different wording."),),
    ),
    # The university, the medical centre.
    claim(
        "honorary-doctorate-at-nazarbayev-university",
        article=TOUR_REPORT,
        visit=PEZESHKIAN_ASTANA,
        speaker=TOUR_REPORT_VOICE,
        topic="education",
        text="Pezeshkian received an honorary doctorate at Nazarbayev University.",
        quote=Q_DOCTORATE_HEADING,
        status="verified",
        publish=True,
        verdict_summary=(
            "The business-forum report also says he received an honorary doctorate during the visit. Both that "
            "report and this report's own body text call the institution 'Nazarbayev International University'. "
            "From outside these articles: the university in Astana is named Nazarbayev University, as this heading "
            "has it."
        ),
        evidence=(evidence(FORUM_REPORT, "corroborates", Q_DOCTORATE_FORUM, "The doctorate; the name given differs."),),
    ),
    claim(
        "doctorate-from-nazarbayev-international-university",
        article=FORUM_REPORT,
        visit=PEZESHKIAN_ASTANA,
        speaker=FORUM_REPORT_VOICE,
        topic="education",
        text="Pezeshkian received an honorary doctorate from 'Nazarbayev International University'.",
        quote=Q_DOCTORATE_FORUM,
        status="partly_verified",
        publish=True,
        verdict_summary=(
            "The doctorate is corroborated by the Tehran-dateline report. The name is not: that report's heading "
            "says 'Nazarbayev University', though its body repeats 'Nazarbayev International University'. From "
            "outside these articles: the university in Astana is called Nazarbayev University; we know of no "
            "institution named Nazarbayev International University."
        ),
        evidence=(
            evidence(TOUR_REPORT, "corroborates", Q_DOCTORATE_TOUR_REPORT, "The doctorate, with the same name."),
            evidence(TOUR_REPORT, "contradicts", Q_DOCTORATE_HEADING, "The heading names Nazarbayev University."),
        ),
    ),
    claim(
        "pezeshkian-visited-kazakhstan-university-medical-center",
        article=TOUR_REPORT,
        visit=PEZESHKIAN_ASTANA,
        speaker=TOUR_REPORT_VOICE,
        topic="health",
        text="Pezeshkian visited the Kazakhstan University Medical Center.",
        quote=Q_DOCTORATE_TOUR_REPORT,
        status="unverifiable",
        publish=True,
        verdict_summary=(
            "Only the Tehran-dateline report mentions the visit. The business-forum report has Pezeshkian praising "
            "the university as a centre for medical science, which fits but does not confirm a visit."
        ),
        evidence=(evidence(FORUM_REPORT, "context", Q_MEDICAL_SCIENCE, "Praise for medical science; no visit."),),
    ),
    # Manuscripts and the exhibition.
    claim(
        "iranian-delegation-brought-27-ancient-manuscripts",
        article=ASTANA_TIMES_PARTNERSHIP,
        visit=PEZESHKIAN_ASTANA,
        speaker=TOKAYEV,
        topic="culture",
        text="The Iranian delegation brought 27 ancient manuscripts on the 18th-century Kazakh Khanate.",
        quote=Q_TWENTY_SEVEN,
        figure=("27", "manuscripts", "Astana visit, December 2025"),
        status="partly_verified",
        publish=True,
        verdict_summary=(
            "The Tehran-dateline report confirms that historical Iranian documents, including manuscripts, on "
            "Central Asia and the Kazakh Khanates were shown during the visit. It gives no number; the count of 27 "
            "is stated only here."
        ),
        evidence=(evidence(TOUR_REPORT, "corroborates", Q_EXHIBITION_TOURED, "Documents shown; no count."),),
    ),
    claim(
        "pezeshkian-toured-exhibition-of-iranian-documents",
        article=TOUR_REPORT,
        visit=PEZESHKIAN_ASTANA,
        speaker=TOUR_REPORT_VOICE,
        topic="culture",
        text=(
            "During the visit Pezeshkian toured an exhibition of historical Iranian documents on Central Asia and the "
            "Kazakh Khanates."
        ),
        quote=Q_EXHIBITION_TOURED,
        status="partly_verified",
        publish=True,
        verdict_summary=(
            "The Astana Times confirms that the Iranian delegation brought 27 ancient manuscripts on the Kazakh "
            "Khanate, but describes the exhibition as still to come: Tokayev instructed the Ministry of Culture and "
            "Information to organise one with Iranian partners. The documents are confirmed; an exhibition already "
            "open and toured during the visit is not."
        ),
        evidence=(
            evidence(ASTANA_TIMES_PARTNERSHIP, "corroborates", Q_TWENTY_SEVEN, "The manuscripts were there."),
            evidence(ASTANA_TIMES_PARTNERSHIP, "context", Q_EXHIBITION_TO_ORGANISE, "An exhibition still to organise."),
        ),
    ),
    claim(
        "tokayev-ordered-exhibition-of-the-manuscripts",
        article=ASTANA_TIMES_PARTNERSHIP,
        visit=PEZESHKIAN_ASTANA,
        speaker=ASTANA_TIMES_VOICE,
        topic="culture",
        text=(
            "Tokayev instructed Kazakhstan's Ministry of Culture and Information to organise an exhibition of the "
            "manuscripts presented by Iran."
        ),
        quote=Q_EXHIBITION_TO_ORGANISE,
        status="unverifiable",
        publish=True,
        verdict_summary=(
            "Only The Astana Times reports the instruction. The Tehran-dateline report says Pezeshkian had already "
            "toured an exhibition of historical Iranian documents during the visit; the seeds do not say whether "
            "that was the same exhibition or a smaller display."
        ),
        evidence=(evidence(TOUR_REPORT, "context", Q_EXHIBITION_TOURED, "An exhibition already toured."),),
    ),
    # History and earlier visits.
    claim(
        "friendly-relations-since-kazakhstan-independence",
        article=TOUR_REPORT,
        visit=PEZESHKIAN_ASTANA,
        speaker=PEZESHKIAN,
        topic="history",
        text="Pezeshkian said the two countries have had friendly relations since Kazakhstan's independence.",
        quote=Q_SINCE_INDEPENDENCE,
        status="verified",
        publish=True,
        verdict_summary=(
            "The Astana Times says diplomatic relations were established in January 1992. From outside these "
            "articles: Kazakhstan declared independence on 16 December 1991, so relations date from just after "
            "independence. 'Friendly' is a characterisation, not something to check."
        ),
        evidence=(evidence(ASTANA_TIMES_PARTNERSHIP, "corroborates", Q_JANUARY_1992, "Relations from January 1992."),),
    ),
    claim(
        "diplomatic-relations-established-january-1992",
        article=ASTANA_TIMES_PARTNERSHIP,
        visit=PEZESHKIAN_ASTANA,
        speaker=ASTANA_TIMES_VOICE,
        topic="history",
        text="Diplomatic relations between Kazakhstan and Iran were established in January 1992.",
        quote=Q_JANUARY_1992,
        status="in_review",
        review_note=(
            "Consistent with the Tehran-dateline report ('since Kazakhstan's independence'), but the month is "
            "stated only here. Check against the foreign ministries' own records."
        ),
        evidence=(evidence(TOUR_REPORT, "context", Q_SINCE_INDEPENDENCE, "Relations since independence."),),
    ),
    claim(
        "more-than-15-high-level-visits-since-the-1990s",
        article=ASTANA_TIMES_PARTNERSHIP,
        visit=PEZESHKIAN_ASTANA,
        speaker=ASTANA_TIMES_VOICE,
        topic="history",
        text="More than 15 high-level visits between Kazakhstan and Iran have taken place since the 1990s.",
        quote=(
            "Since the 1990s, more than 15 high-level visits to strengthen bilateral dialogue have been held between "
            "the two countries."
        ),
        figure=("15", "visits", "since the 1990s (more than)"),
        status="unverifiable",
        publish=True,
        verdict_summary=(
            "Only The Astana Times gives the count, and no seed lists earlier visits beyond Tokayev's June 2022 trip "
            "to Tehran. Nothing in these articles confirms or contradicts it."
        ),
    ),
    claim(
        "june-2022-tehran-visit-produced-24-agreements",
        article=ASTANA_TIMES_PARTNERSHIP,
        visit=PEZESHKIAN_ASTANA,
        speaker=ASTANA_TIMES_VOICE,
        topic="agreements",
        text="Tokayev's visit to Tehran in June 2022 resulted in 24 signed agreements.",
        quote=Q_JUNE_2022,
        figure=("24", "documents", "Tokayev's visit to Tehran, June 2022"),
        status="in_review",
        review_note=(
            "No other seed covers the June 2022 visit. Check the count against the June 2022 official readouts."
        ),
    ),
    claim(
        "june-2022-tehran-visit-deals-worth-235-million",
        article=ASTANA_TIMES_PARTNERSHIP,
        visit=PEZESHKIAN_ASTANA,
        speaker=ASTANA_TIMES_VOICE,
        topic="trade",
        text=(
            "Tokayev's June 2022 visit to Tehran produced commercial deals worth $235 million and the first container "
            "train on the Kazakhstan–Turkmenistan–Iran–Türkiye route."
        ),
        quote=Q_JUNE_2022,
        figure=("235000000", "USD", "Tokayev's visit to Tehran, June 2022"),
        status="unverifiable",
        publish=True,
        verdict_summary=(
            "Only The Astana Times mentions the June 2022 visit; no other seed bears on the deals or the train. "
            "Official records from 2022 would be needed."
        ),
    ),
    claim(
        "persian-origin-words-around-4-percent-of-kazakh",
        article=ASTANA_TIMES_PARTNERSHIP,
        visit=PEZESHKIAN_ASTANA,
        speaker=TOKAYEV,
        topic="culture",
        text="Tokayev said Persian-origin words make up around 4% of the Kazakh lexicon.",
        quote=(
            "He added that many Persian-origin words – around 4% of the Kazakh lexicon, remain in everyday use today."
        ),
        figure=("4", "percent", "share of the Kazakh lexicon (around)"),
        status="unverifiable",
        publish=True,
        verdict_summary=(
            "Only The Astana Times gives the figure, as Tokayev's remark; no other seed touches on language. A "
            "linguistic source would be needed."
        ),
    ),
    claim(
        "more-than-5000-ethnic-kazakhs-in-golestan",
        article=ASTANA_TIMES_PARTNERSHIP,
        visit=PEZESHKIAN_ASTANA,
        speaker=ASTANA_TIMES_VOICE,
        topic="other",
        text="More than 5,000 ethnic Kazakhs live in Iran's Golestan province.",
        quote="More than 5,000 ethnic Kazakhs currently reside in Iran’s Golestan province.",
        figure=("5000", "people", "December 2025 (more than)"),
        status="in_review",
        review_note=(
            "Stated only here, and it is unclear whether it is Tokayev's remark or the paper's own. Needs census or "
            "official figures."
        ),
    ),
    claim(
        "taikazan-crafted-by-tabrizi-master",
        article=ASTANA_TIMES_PARTNERSHIP,
        visit=PEZESHKIAN_ASTANA,
        speaker=TOKAYEV,
        topic="history",
        text=(
            "The Taikazan in the Khoja Ahmed Yasawi Mausoleum was crafted by the Iranian master Abdul-Aziz Sharafuddin "
            "Tabrizi."
        ),
        quote=(
            "Tokayev noted that Iranian master Abdul-Aziz Sharafuddin Tabrizi crafted the famous Taikazan in the "
            "Khoja Ahmed Yasawi Mausoleum."
        ),
        status="in_review",
        review_note=(
            "A historical attribution no other seed touches; needs a source on the mausoleum from outside these "
            "articles."
        ),
    ),
    claim(
        "farabi-cultural-and-historical-complex-to-be-built",
        article=ASTANA_TIMES_PARTNERSHIP,
        visit=PEZESHKIAN_ASTANA,
        speaker=ASTANA_TIMES_VOICE,
        topic="culture",
        text="Kazakhstan and Iran will cooperate on building a cultural and historical complex dedicated to al-Farabi.",
        quote=(
            "The countries will also cooperate on building a cultural and historical complex dedicated to Abu Nasr "
            "al-Farabi."
        ),
        status="unverifiable",
        publish=True,
        verdict_summary=(
            "Only The Astana Times mentions the complex; no other seed does, and none names a place or date."
        ),
    ),
    claim(
        "iran-eaeu-free-trade-agreement-to-be-fully-implemented",
        article=TOUR_REPORT,
        visit=PEZESHKIAN_ASTANA,
        speaker=PEZESHKIAN,
        topic="trade",
        text=(
            "Pezeshkian said fully implementing the Iran–Eurasian Economic Union free trade agreement will open "
            "further opportunities."
        ),
        quote=(
            "Pezeshkian also underscored the need to resolve banking and financial connectivity challenges to "
            "facilitate trade and noted that fully implementing the Iran-Eurasian Economic Union free trade "
            "agreement will create further opportunities for economic expansion."
        ),
        status="in_review",
        review_note=(
            "No other seed mentions the agreement. Check its status (signed, in force, how far implemented) from "
            "outside these articles before giving a verdict."
        ),
    ),
    claim(
        "visit-to-astana-at-tokayev-invitation",
        article=ALWAGHT_DEPARTURE,
        visit=PEZESHKIAN_ASTANA,
        speaker=ALWAGHT_VOICE,
        topic="diplomacy",
        text="Pezeshkian went to Astana at the invitation of President Tokayev.",
        quote=Q_ALWAGHT_DEPARTED,
        status="unverifiable",
        publish=True,
        verdict_summary=(
            "Only Alwaght mentions the invitation. The Tehran-dateline report calls it an official visit, which "
            "fits, but does not say who invited whom."
        ),
        evidence=(evidence(TOUR_REPORT, "context", Q_DEPARTED, "'An official visit to Kazakhstan'."),),
    ),
    # The Ashgabat leg.
    claim(
        "ashgabat-conference-named-international-conference-on-peace-and-trust",
        article=TOUR_REPORT,
        visit=PEZESHKIAN_ASHGABAT,
        speaker=TOUR_REPORT_VOICE,
        topic="diplomacy",
        text="The conference Pezeshkian attended in Ashgabat was the 'International Conference on Peace and Trust'.",
        quote=Q_CONFERENCE_TOUR_REPORT,
        status="disputed",
        publish=True,
        verdict_summary=(
            "Alwaght calls it the 'World Conference on Dialogue for Peace and Trust'. The reports agree that "
            "Pezeshkian went to a peace-and-trust conference in Ashgabat after Kazakhstan, but not on its name, and "
            "nothing in these articles settles the official title."
        ),
        evidence=(evidence(ALWAGHT_DEPARTURE, "contradicts", Q_CONFERENCE_ALWAGHT, "A different name."),),
    ),
    claim(
        "ashgabat-conference-named-world-conference-on-dialogue-for-peace-and-trust",
        article=ALWAGHT_DEPARTURE,
        visit=PEZESHKIAN_ASHGABAT,
        speaker=ALWAGHT_VOICE,
        topic="diplomacy",
        text="The conference in Ashgabat was the 'World Conference on Dialogue for Peace and Trust'.",
        quote=Q_CONFERENCE_ALWAGHT,
        status="disputed",
        publish=True,
        verdict_summary=(
            "The Tehran-dateline report calls it the 'International Conference on Peace and Trust'. The reports "
            "agree on a peace-and-trust conference in Ashgabat but not on its name, and nothing in these articles "
            "settles the official title."
        ),
        evidence=(evidence(TOUR_REPORT, "contradicts", Q_CONFERENCE_TOUR_REPORT, "A different name."),),
    ),
    claim(
        "pezeshkian-met-president-gurbanguly-berdimuhamedov",
        article=TOUR_REPORT,
        visit=PEZESHKIAN_ASHGABAT,
        speaker=TOUR_REPORT_VOICE,
        topic="diplomacy",
        text=(
            "The President of Turkmenistan whom Pezeshkian met before the Ashgabat conference was Gurbanguly "
            "Berdimuhamedov."
        ),
        quote=Q_GURBANGULY,
        status="false",
        publish=True,
        verdict_summary=(
            "From outside these articles: Serdar Berdimuhamedov has been President of Turkmenistan since March 2022; "
            "Gurbanguly Berdimuhamedov, his father, was president from 2007 to 2022 and now chairs the People's "
            "Council (Halk Maslahaty). Alwaght names President Serdar Berdimuhamedov as Pezeshkian's host. "
            "'President Gurbanguly Berdimuhamedov' is wrong for December 2025; the seeds do not show which of the "
            "two Pezeshkian met."
        ),
        evidence=(evidence(ALWAGHT_DEPARTURE, "contradicts", Q_CONFERENCE_ALWAGHT, "Names President Serdar."),),
    ),
    claim(
        "invited-to-ashgabat-by-president-serdar-berdimuhamedov",
        article=ALWAGHT_DEPARTURE,
        visit=PEZESHKIAN_ASHGABAT,
        speaker=ALWAGHT_VOICE,
        topic="diplomacy",
        text="Pezeshkian went to Ashgabat at the invitation of Turkmenistan's President, Serdar Berdimuhamedov.",
        quote=Q_CONFERENCE_ALWAGHT,
        status="in_review",
        publish=False,
        review_note="A partly verified verdict needs corroboration from an independent source; none is recorded yet.",
        evidence=(evidence(TOUR_REPORT, "contradicts", Q_GURBANGULY, "Names 'President Gurbanguly'."),),
    ),
    claim(
        "ashgabat-summit-brought-together-leaders-of-un-member-states",
        article=TOUR_REPORT,
        visit=PEZESHKIAN_ASHGABAT,
        speaker="Berdimuhamedov, as the report names him (which Berdimuhamedov is disputed)",
        topic="diplomacy",
        text="The Ashgabat peace summit brought together leaders from UN member states.",
        quote=(
            "President Berdimuhamedov expressed satisfaction with the growing warmth of Turkmenistan-Iran relations "
            "and highlighted his country’s role in convening the peace summit, which brought together leaders from UN "
            "member states."
        ),
        status="unverifiable",
        publish=True,
        verdict_summary=(
            "Alwaght, writing beforehand, expected other heads of state and government to attend, which fits, but "
            "no seed says who came. A list of participants from outside these articles would be needed."
        ),
        evidence=(
            evidence(
                ALWAGHT_DEPARTURE,
                "context",
                "Pezeshkian is scheduled to deliver an official address at the conference and hold bilateral meetings "
                "with other attending heads of state and government, aiming to foster practical dialogue on peace and "
                "trust.",
                "Other heads of state and government expected.",
            ),
        ),
    ),
    claim(
        "pezeshkian-to-address-ashgabat-conference",
        article=ALWAGHT_DEPARTURE,
        visit=PEZESHKIAN_ASHGABAT,
        speaker=ALWAGHT_VOICE,
        topic="diplomacy",
        text=(
            "Pezeshkian was to deliver an official address at the Ashgabat conference and hold bilateral meetings "
            "there."
        ),
        quote=(
            "Pezeshkian is scheduled to deliver an official address at the conference and hold bilateral meetings "
            "with other attending heads of state and government, aiming to foster practical dialogue on peace and "
            "trust."
        ),
        status="unverified",
        evidence=(evidence(TOUR_REPORT, "context", Q_GURBANGULY, "One bilateral meeting reported; no address."),),
    ),
    claim(
        "iran-and-central-asia-share-eco-sco-brics-membership",
        article=ALWAGHT_DEPARTURE,
        visit=PEZESHKIAN_ASHGABAT,
        speaker=ALWAGHT_VOICE,
        topic="diplomacy",
        text="Iran and the Central Asian states share membership of the ECO, the SCO and BRICS+.",
        quote=(
            "It underscores Iran’s determined effort to strengthen economic and trade links within Central Asia, "
            "leveraging shared membership in regional organizations like the ECO, SCO, and BRICS+ forums."
        ),
        status="unverified",
        evidence=(evidence(TOUR_REPORT, "context", Q_FORUMS_TOUR_REPORT, "Lists other forums: SCO, EAEU, OIC."),),
    ),
    # Nurtleu in Tehran, June 2025: one report only.
    claim(
        "pezeshkian-received-nurtleu-saturday-7-june-2025",
        article=NURTLEU_REPORT,
        visit=NURTLEU_TEHRAN,
        speaker=NURTLEU_REPORT_VOICE,
        topic="diplomacy",
        text="Pezeshkian received Murat Nurtleu in Tehran on Saturday morning, 7 June 2025.",
        quote=Q_NURTLEU_MEETING,
        status="unverifiable",
        publish=True,
        verdict_summary=(
            "Only this report covers the June visit; no other seed mentions it. It is consistent with itself: it is "
            "dated 2025-06-07 and Saturday 7 June 2025 is right, so 'Saturday morning' is read as 7 June (our "
            "inference)."
        ),
    ),
    claim(
        "nurtleu-deputy-prime-minister-and-foreign-minister-june-2025",
        article=NURTLEU_REPORT,
        visit=NURTLEU_TEHRAN,
        speaker=NURTLEU_REPORT_VOICE,
        topic="diplomacy",
        text="In June 2025 Murat Nurtleu was Kazakhstan's Deputy Prime Minister and Minister of Foreign Affairs.",
        quote=Q_NURTLEU_MEETING,
        status="in_review",
        review_note=(
            "No other seed names him. Needs an official Kazakh government source for his offices on 7 June 2025."
        ),
    ),
    claim(
        "foreign-ministries-memorandum-signed-in-tehran",
        article=NURTLEU_REPORT,
        visit=NURTLEU_TEHRAN,
        speaker=NURTLEU_REPORT_VOICE,
        topic="agreements",
        text=(
            "Nurtleu and Iran's Foreign Minister Abbas Araghchi signed a memorandum of understanding between the two "
            "foreign ministries at the Iranian Foreign Ministry on Saturday (7 June 2025)."
        ),
        quote=(
            "The two ministers signed a new memorandum of understanding to strengthen institutional cooperation "
            "between the two foreign ministries."
        ),
        status="unverifiable",
        publish=True,
        verdict_summary=(
            "Only this report mentions the June memorandum. The Astana Times reports that in December the "
            "delegations approved cooperation programmes between the foreign ministries, which fits such a "
            "framework but does not confirm the June signing. The date is our inference from 'Saturday' in a report "
            "dated 7 June 2025."
        ),
        evidence=(
            evidence(
                ASTANA_TIMES_PARTNERSHIP, "context", Q_PROGRAMMES, "December: foreign-ministry programmes approved."
            ),
        ),
    ),
    claim(
        "nurtleu-handed-over-written-message-from-tokayev",
        article=NURTLEU_REPORT,
        visit=NURTLEU_TEHRAN,
        speaker=NURTLEU_REPORT_VOICE,
        topic="diplomacy",
        text="Nurtleu handed Pezeshkian a written message from President Tokayev.",
        quote=(
            "Nurtleu also handed over a formal written message from President Tokayev to President Pezeshkian, "
            "expressing hope that it would mark the beginning of a new era in bilateral cooperation."
        ),
        status="unverifiable",
        publish=True,
        verdict_summary="Only this report mentions the message; no other seed covers the June visit.",
    ),
    claim(
        "pezeshkian-and-tokayev-phoned-on-thursday-before-eid",
        article=NURTLEU_REPORT,
        visit=NURTLEU_TEHRAN,
        speaker=NURTLEU_REPORT_VOICE,
        topic="diplomacy",
        text="Pezeshkian and Tokayev spoke by telephone on the Thursday before Eid al-Adha (5 June 2025).",
        quote=(
            "In the lead-up to Eid al-Adha, President Pezeshkian and President Tokayev held a telephone conversation "
            "on Thursday, exchanging holiday greetings and reaffirming the brotherly ties between their nations."
        ),
        status="unverifiable",
        publish=True,
        verdict_summary=(
            "Only this report mentions the call. It gives no date: in a report dated Saturday 7 June 2025, "
            "'Thursday' is read as Thursday 5 June 2025 (our inference)."
        ),
    ),
    claim(
        "iaea-confirmed-transparency-of-iran-nuclear-activities",
        article=NURTLEU_REPORT,
        visit=NURTLEU_TEHRAN,
        speaker=PEZESHKIAN,
        topic="security",
        text="Pezeshkian said the IAEA has confirmed the transparency of Iran's nuclear activities multiple times.",
        quote=(
            "“We have clearly and repeatedly stated—both in words and in action—that Iran has never pursued nuclear "
            "weapons or any form of weapons of mass destruction,” he said, noting that the International Atomic "
            "Energy Agency (IAEA) has confirmed the transparency of Iran’s nuclear activities multiple times."
        ),
        status="in_review",
        review_note="No seed bears on it. Needs the IAEA's own reports up to June 2025, from outside these articles.",
    ),
    claim(
        "kazakhstan-supports-iran-right-to-peaceful-nuclear-energy",
        article=NURTLEU_REPORT,
        visit=NURTLEU_TEHRAN,
        speaker=NURTLEU,
        topic="security",
        text="Nurtleu said Kazakhstan fully supports Iran's right to the peaceful use of nuclear energy.",
        quote=(
            "“We fully support your legitimate right to the peaceful use of nuclear energy, and we have great "
            "confidence that your government’s reform efforts will bear fruit in advancing the well-being of the "
            "Iranian people.”"
        ),
        status="unverifiable",
        publish=True,
        verdict_summary="Only this report carries the remark; no other seed covers the June visit.",
    ),
]


# --- Commitments and repeated statements -------------------------------------
# Two more appearances of statements already logged above: the same remark, reported by another article.
CLAIMS += [
    claim(
        "roadmap-to-3-billion-dollars-in-forum-report",
        article=FORUM_REPORT,
        visit=PEZESHKIAN_ASTANA,
        speaker=PEZESHKIAN,
        topic="trade",
        text="Pezeshkian highlighted a roadmap to raise bilateral trade to $3 billion.",
        quote=Q_ROADMAP_FORUM,
        status="verified",
        publish=True,
        verdict_summary=(
            "The Tehran-dateline report also has Pezeshkian presenting a roadmap to raise bilateral trade to three "
            "billion dollars. Neither report gives a target year. This verdict is that the statement was made."
        ),
        evidence=(evidence(TOUR_REPORT, "corroborates", Q_ROADMAP, "Same roadmap, same three billion dollars."),),
    ),
    claim(
        "strategic-partner-no-limitations-in-tour-report",
        article=TOUR_REPORT,
        visit=PEZESHKIAN_ASTANA,
        speaker=PEZESHKIAN,
        topic="diplomacy",
        text=(
            "Pezeshkian described Kazakhstan as a strategic partner and said Tehran has no limitations on developing "
            "relations with Astana."
        ),
        quote=Q_STRATEGIC_PARTNER,
        status="verified",
        publish=True,
        verdict_summary="The business-forum report says the same, in nearly the same words.",
        evidence=(evidence(FORUM_REPORT, "corroborates", Q_HIGH_RANKING, "Same remark."),),
    ),
]

# Claims that are commitments, with their due date when the articles give one, and the horizon in their words.
# Each is checked against its quote: a roadmap "ready for implementation", a programme for 2026–2028, a zone
# whose proposal Tokayev welcomed, an exhibition he instructed the ministry to organise, a complex the
# countries "will cooperate on building". None of the five articles reports a follow-up, so none is recorded.
COMMITMENTS = {
    "roadmap-to-raise-trade-to-3-billion-dollars": {"due": None, "horizon": "no date given"},
    "cultural-exchange-programme-2026-2028-approved": {
        # The programme runs to the end of 2028: its last day is our reading of '2026–2028'.
        "due": datetime.date(2028, 12, 31),
        "horizon": "2026–2028",
    },
    "joint-free-economic-zone-in-mangystau-proposed": {"due": None, "horizon": "a proposal; no date given"},
    "tokayev-ordered-exhibition-of-the-manuscripts": {"due": None, "horizon": "no date given"},
    "farabi-cultural-and-historical-complex-to-be-built": {"due": None, "horizon": "no date given"},
}

# (appearance, first appearance): the same statement reported by two articles.
REPEATS = [
    ("roadmap-to-3-billion-dollars-in-forum-report", "roadmap-to-raise-trade-to-3-billion-dollars"),
    ("strategic-partner-no-limitations-in-tour-report", "kazakhstan-a-strategic-partner-with-no-limitations"),
    ("doctorate-from-nazarbayev-international-university", "honorary-doctorate-at-nazarbayev-university"),
]
