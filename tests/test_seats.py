"""National seat counts: (text, expected [(kind, party, seats)]) — exit polls, projections, declared totals, traps."""

from __future__ import annotations

import pytest

from extract.pipeline import extract_results

CASES = [
    ("a-forecasters-own-heading-after-the-exit-polls-paragraph",
     "When polls closed at 10pm the exit poll put Labour on 410 and the\nConservatives on 131. Our model thinks that was generous.\n\n"
     "SEAT FORECAST (updated 04:20)\nBased on the 512 declared results:\n\n  Labour ............. 408\n  Conservative ....... 136\n"
     "  Lib Dem ............  71\n",
     [("exit_poll", "Labour", 410), ("exit_poll", "Conservative", 131), ("projection", "Labour", 408),
      ("projection", "Conservative", 136), ("projection", "Liberal Democrat", 71)]),
    ("an-exit-polls-table-under-the-poll-that-suggests-a-distribution-of-seats",
     "Sir Keir Starmer is on course for a majority of 170, according to the exit poll for the BBC, ITV News and Sky News.\n\n"
     "The poll, conducted by Ipsos, suggests the following distribution of seats\n(change on the notional 2019 result in brackets):\n\n"
     "LAB   410  (+209)\nCON   131  (-241)\nLD     61   (+50)\n",
     [("exit_poll", "Labour", 410), ("exit_poll", "Conservative", 131), ("exit_poll", "Liberal Democrat", 61)]),
    ("a-graphic-one-figure-per-line-whose-party-name-two-countries-share",      # "Liberals": Canada's here, Sweden's in Stockholm
     "Carney's Liberals lead in Ontario and British Columbia; the NDP and the Bloc Québécois trail.\n\nSEAT PROJECTION\n\n"
     "The Poll Tracker's seat projection currently gives:\n\nLiberals\n189\nConservatives\n124\nBloc Québécois\n22\n",
     [("projection", "Liberal", 189), ("projection", "Conservative", 124), ("projection", "Bloc Québécois", 22)]),
    ("a-swedish-seat-table",
     "Sweden election: Kristersson's bloc wins the Riksdag\n\nAll votes counted. Final seats:\n\nParty | Seats\n"
     "Social Democrats | 107\nSweden Democrats | 73\nModerates | 68\nLeft Party | 24\nLiberals | 16\n",
     [("declared", "Social Democrats", 107), ("declared", "Sweden Democrats", 73), ("declared", "Moderates", 68),
      ("declared", "Left Party", 24), ("declared", "Liberals", 16)]),
    ("a-running-tally-of-seats-decided-so-far-then-the-final-standings",
     "Japan election live\nOctober 28, 2024\n\n10:30 pm Seat tally update\nSeats decided so far (of 465):\nLDP 102 | CDP 79 | Komeito 9\n\n"
     "6:05 am FINAL: all seats decided\nAll 465 seats have now been decided. Final standings:\nLiberal Democratic Party - 191\n"
     "Constitutional Democratic Party - 148\nKomeito - 24\n",
     [("declared", "Liberal Democratic Party", 191), ("declared", "Constitutional Democratic Party of Japan", 148), ("declared", "Komeito", 24)]),
    ("a-broadcasters-projection-told-in-prose",
     "Midterms 2026\nNovember 4, 2026\n\nThe AP projects Democrats will hold 224 seats in the next Congress and Republicans 211. "
     "A party needs 218 for a majority.\n",
     [("projection", "Democratic", 224), ("projection", "Republican", 211)]),
    ("a-named-chambers-size-then-each-partys-seats",
     "Germany votes\nFebruary 24, 2025\n\nIn the new 630-seat Bundestag, the CDU/CSU has 208 seats, the AfD 152 and the SPD 120, according "
     "to the preliminary official result. A coalition needs 316 seats.\n",
     [("declared", "CDU/CSU", 208), ("declared", "Alternative for Germany", 152), ("declared", "Social Democratic Party", 120)]),
    ("a-regions-final-tally-told-in-one-sentence",
     "Northern Ireland results\n\nThe final Northern Ireland tally of 18 seats was: Sinn Féin 7, DUP 5, SDLP 2, Alliance 1.\n",
     [("declared", "Sinn Fein", 7), ("declared", "Democratic Unionist Party", 5), ("declared", "Social Democratic and Labour Party", 2),
      ("declared", "Alliance", 1)]),
    ("a-results-box-counted-after-all-its-seats-one-cell-per-line",
     "Islington North\n\nUK results\nAfter 650 of 650 seats\nParty\nSeats\nChange\nLabour\n411\n+211\nConservative\n121\n-251\n",
     [("declared", "Labour", 411), ("declared", "Conservative", 121)]),
    ("a-results-box-part-way-through-the-night-is-no-final-total",
     "UK results\nAfter 600 of 650 seats\nParty\nSeats\nChange\nLabour\n380\n+180\nConservative\n110\n-252\n",
     []),
    ("a-factbox-of-how-a-parliaments-seats-are-distributed-with-each-partys-share-between",
     "German election: how the new Bundestag adds up\nFebruary 24, 2025\n\nHere is how the 630 seats in the new Bundestag will be "
     "distributed, with each party's share of the second (party-list) vote:\n\n* Alternative for Germany (AfD) - 20.8% - 152 seats\n"
     "* Greens - 11.6% - 85 seats\n",
     [("declared", "Alternative for Germany", 152), ("declared", "Greens", 85)]),
    ("an-election-computers-projection-listed-one-party-a-line-and-not-its-earlier-one",
     "Albanese returned in landslide\nSun 4 May 2025\n\nThe ABC's election computer at 12:30am projected the following result in the House "
     "of Representatives:\n\nLabor — 86\nCoalition — 40\nGreens — 1\nIn doubt — 13\n\nThe projection has been climbing all evening. At 9pm, "
     "the computer had Labor on 79 seats and the Coalition on 47.\n",
     [("projection", "Labor", 86), ("projection", "Coalition", 40), ("projection", "Greens", 1)]),
    ("a-tab-table-whose-columns-are-told-in-brackets-over-a-blank-line-with-this-and-last-elections-seats",
     "ANC loses majority\n2 June 2024\n\nFINAL SEAT ALLOCATION - NATIONAL ASSEMBLY\n(Party / % of national ballot / seats 2024 / seats 2019 / change)\n\n"
     "African National Congress\t40.18\t159\t230\t-71\nDemocratic Alliance\t21.81\t87\t84\t+3\nuMkhonto weSizwe Party\t14.58\t58\t-\tnew\n",
     [("declared", "African National Congress", 159), ("declared", "Democratic Alliance", 87), ("declared", "uMkhonto weSizwe", 58)]),
    ("a-results-box-ticker-with-the-count-of-seats-declared",
     "Leigh and Atherton\n5 July 2024\n\nUK results: 650 of 650 seats | LAB 411 | CON 121 | LD 72 | SNP 9 | REF 5 | GRN 4\n",
     [("declared", "Labour", 411), ("declared", "Conservative", 121), ("declared", "Liberal Democrat", 72),
      ("declared", "Scottish National Party", 9), ("declared", "Reform UK", 5), ("declared", "Green", 4)]),
    ("finished-the-general-election-with-mps-before-a-dash-and-history",
     "How the Lib Dems did it\n6 July 2024\n\nThe Liberal Democrats finished the general election with 72 MPs - more than at any "
     "point since the Liberals won 158 in 1923.\n",
     [("declared", "Liberal Democrat", 72)]),
    ("an-alliances-row-sums-its-parties-and-a-party-named-with-a-dash-is-one-party",
     "Lok Sabha Election Results 2024: Final party-wise tally\n5 June 2024\n\nALLIANCE / PARTY          WON    2019\n"
     "NDA                       293     353\n  Bharatiya Janata Party (BJP)        240     303\n"
     "INDIA                     234      91\n  Nationalist Congress Party – Sharadchandra Pawar     8       -\n",
     [("declared", "Bharatiya Janata Party", 240), ("declared", "Nationalist Congress Party (Sharadchandra Pawar)", 8)]),
    ("a-later-sentences-exit-poll-is-not-the-cue-of-the-one-before",
     "What the numbers mean\n5 June 2024\n\nThe BJP's 240 seats leave it 32 short of a majority on its own. Exit polls on June 1 "
     "had projected 350 to 400 seats for the NDA.\n", []),
    ("seats-elected-or-leading-are-a-projection",
     "Carney's Liberals to form government\n29 April 2025\n\nSEATS: ELECTED OR LEADING (343 total)\nLIB | 169\nCON | 144\nBQ | 22\n",
     [("projection", "Liberal", 169), ("projection", "Conservative", 144), ("projection", "Bloc Québécois", 22)]),
    ("an-exit-polls-seats-before-a-dash-and-last-times-after-it",
     "EXIT POLL: Labour heading for landslide\n4 July 2024\n\nThe survey, carried out by Ipsos for the BBC, projects Labour will win "
     "410 of the 650 seats - double the 202 the party won under Jeremy Corbyn five years ago.\n",
     [("exit_poll", "Labour", 410)]),
    ("on-course-for-seats-and-the-next-party-for-a-number",
     "EXIT POLL: Labour heading for landslide\n4 July 2024\n\nAccording to the exit poll, Plaid Cymru are on course for four seats "
     "and the Greens for two.\n",
     [("exit_poll", "Plaid Cymru", 4), ("exit_poll", "Green", 2)]),
    ("seats-a-party-needs-to-gain-are-no-total",
     "6 November 2024\nAssembly results\n\nDemocrats needed to flip 10 seats statewide to take control of the 99-seat Assembly.\n", []),
    ("a-councils-recorded-vote-by-party-is-no-seat-total",
     "Council tax to rise after budget passes\n27 February 2025\n\nThe ruling Liberal Democrats, who hold 27 of the council's 53 "
     "seats, were joined by two Green councillors.\n\nRECORDED VOTE - BUDGET 2025/26\n  For ............ 29  (Liberal Democrat 27, Green 2)\n"
     "  Against ........ 21  (Conservative 17, Reform UK 3, Labour 1)\n  Abstain ........  2  (Independent 2)\n", []),
    ("a-list-that-goes-on-from-a-past-elections-clause-is-that-elections",
     "14 March 2026\nHolyrood poll\n\nFinal results in 2021 gave the SNP its fourth term. The SNP won 64 seats at that election, the Conservatives 31, "
     "the Greens eight and the Lib Dems four.\n", []),
    ("a-when-clause-after-a-past-year-and-the-list-it-goes-on-with",
     "April 29, 2025\nSeat tally\n\nThe Liberals had won 160 seats in 2021, when the Conservatives took 119, the Bloc 32 and the NDP 25.\n", []),
    ("a-list-after-a-current-clause-stays-current",
     "5 July 2024\nFinal results\n\nThe SNP won 9 seats, down from 48 at the last election, while Reform UK returned 5 MPs, the Greens 4 and Plaid Cymru 4.\n",
     [("declared", "Scottish National Party", 9), ("declared", "Reform UK", 5), ("declared", "Green", 4), ("declared", "Plaid Cymru", 4)]),
    ("a-party-vote-and-seats-table-with-its-electorate-and-list-split",
     "Sunday 15 October 2023\nNZ DECIDES 2023\n\nChristopher Luxon will be the next prime minister after National dominated the party vote.\n\nPARTY VOTE / SEATS\nNational ........ 38.95% .... 50 seats (45 electorate, 5 list)\n"
     "Labour .......... 26.92% .... 34 seats (17 electorate, 17 list)\nTe Pāti Māori ...  2.61% ....  4 seats (4 electorate)\n"
     "TOP .............  2.22% ....  0 seats\n",
     [("declared", "National", 50), ("declared", "Labour", 34), ("declared", "Te Pāti Māori", 4), ("declared", "The Opportunity Party", 0)]),
    ("a-wires-final-tally-after-all-declarations",
     "6 July 2024\nLONDON (Reuters) - Britain's Labour Party finished the 2024 national election with 411 of the 650 seats in parliament after "
     "the last constituency declared on Saturday.\n\nSeats by party after all 650 declarations:\nConservatives 121\nLiberal Democrats 72\n",
     [("declared", "Labour", 411), ("declared", "Conservative", 121), ("declared", "Liberal Democrat", 72)]),
    ("declared-totals-then-the-exit-poll-they-are-compared-with",
     "5 July 2024\nGlasgow South result\n\nAcross Scotland, Labour finished with 37 of the 57 seats. The SNP was reduced to 9, the Liberal "
     "Democrats won 6 and the Conservatives 5. The exit poll at 10pm had suggested the SNP would hold 10.\n",
     [("declared", "Labour", 37), ("declared", "Scottish National Party", 9), ("declared", "Liberal Democrat", 6),
      ("declared", "Conservative", 5), ("exit_poll", "Scottish National Party", 10)]),
    ("a-results-box-of-codes-with-their-changes",
     "5 July 2024\nBracknell result\n\nUK results after 650 of 650 seats\nLAB 411 +211\nCON 121 -251\nLD 72 +64\nOthers 24\n"
     "326 seats needed for a majority\n",
     [("declared", "Labour", 411), ("declared", "Conservative", 121), ("declared", "Liberal Democrat", 72)]),
    ("a-nations-seats-after-every-one-has-been-declared",
     "5 July 2024\nWales has 32 MPs, and every one of them has now been declared. Labour won 27, Plaid Cymru 4 and the Liberal Democrats 1.\n",
     [("declared", "Labour", 27), ("declared", "Plaid Cymru", 4), ("declared", "Liberal Democrat", 1)]),
    ("an-election-commissions-won-leading-total-table-by-alliance",
     "November 23, 2024\nMaharashtra results\n\nPARTY POSITION (ECI, 4 pm)            Won   Leading   Total\nMahayuti\n"
     "  Bharatiya Janata Party (BJP)         92      40       132\n  Shiv Sena                            38      19        57\n"
     "Others / Independents                   9       3        12\n",
     [("declared", "Bharatiya Janata Party", 92), ("declared", "Shiv Sena", 38)]),
    ("south-africas-smaller-parties-after-its-seat-table",
     "2 June 2024\nThe Electoral Commission of South Africa published the allocation of seats in the 400-member National Assembly.\n\n"
     "National Assembly seat allocation\nParty | Vote % | Seats\nANC | 40.18 | 159\nActionSA | 1.20 | 6\n"
     "Ten smaller parties share the remaining 19 seats: ACDP 3, UDM 3, Rise Mzansi 2, BOSA 2 and GOOD 1.\n",
     [("declared", "African National Congress", 159), ("declared", "ActionSA", 6), ("declared", "African Christian Democratic Party", 3),
      ("declared", "United Democratic Movement", 3), ("declared", "Rise Mzansi", 2), ("declared", "Build One South Africa", 2),
      ("declared", "GOOD", 1)]),
    ("an-official-result-seats-box-with-electorate-list-and-total-columns",
     "4 November 2023\nThe Electoral Commission's official count is in; New Zealand First has eight seats.\n\n"
     "OFFICIAL RESULT - SEATS\nParty            Electorate  List  Total\nNational             43        5     48\n"
     "Labour               17       17     34\nTOTAL                71       51    122\n",
     [("declared", "National", 48), ("declared", "Labour", 34)]),
    ("an-mrp-models-projected-seats-table-a-few-lines-on-is-the-polls",
     "4 October 2025\nThe multilevel regression and post-stratification (MRP) model puts Labour on 178 seats.\n\n"
     "Projected seats (Great Britain, 632 seats)\n\nParty | Projected seats | Range | 2024 result\nReform UK | 271 | 238–304 | 5\n"
     "Labour | 178 | 151–209 | 411\n", []),
    ("a-broadcasters-projection-with-the-results-counted-so-far",
     "5 July 2024\nWith 389 of the 650 constituencies now declared, the ITV News projection – which combines the results counted so "
     "far with its model – is pointing to a Labour landslide.\n\nOur latest projection suggests the final House of Commons "
     "will look like this:\nLabour: 412\nConservative: 123\n", [("projection", "Labour", 412), ("projection", "Conservative", 123)]),
    ("a-live-blogs-running-tally-then-its-final-standings-of-parties-the-gazetteer-lacks",
     "28 October 2024\n10:30 pm Seat tally update\nSeats decided so far (of 465):\nLDP 102 | CDP 79 | Komeito 9\n\n"
     "6:05 am FINAL: all seats decided\nAll 465 seats have now been decided. Final standings:\nLiberal Democratic Party - 191\n"
     "Nippon Ishin no Kai - 38\nIndependents - 12\n",
     [("declared", "Liberal Democratic Party", 191), ("declared", "Nippon Ishin no Kai", 38), ("declared", "Independent", 12)]),
    ("a-decision-desks-projection",
     "April 29, 2025\nAs of 1:45 a.m., we project the final standings in the 343-seat House of Commons will be:\n\nLiberal - 168\n"
     "Conservative - 145\nBloc Québécois - 22\n",
     [("projection", "Liberal", 168), ("projection", "Conservative", 145), ("projection", "Bloc Québécois", 22)]),
    ("an-opinion-polls-seat-model-is-no-result",
     "28 September 2025\nThe model, based on a survey of 11,804 adults in Great Britain, projects the following seat totals:\n\n"
     "Reform UK – 290\nLabour – 165\nLiberal Democrats – 72\n\nThe projection would be a dramatic reversal of last year's "
     "election, when Labour won 411 seats on 33.7% of the vote and Reform won just 5.\n", []),
    ("the-last-elections-seats-in-a-paragraph-that-opens-on-it",
     "Thursday 4 July 2024\nThe exit poll suggests Labour will take 410 seats.\n\nAt the last general election, Boris Johnson led the "
     "Conservatives to 365 seats. The SNP won 48 of Scotland's 59 seats, the Lib Dems 11 and Plaid Cymru 4.\n",
     [("exit_poll", "Labour", 410)]),
    ("seats-at-dissolution",
     "April 29, 2025\nFinal seat tally: Liberal 169, Conservative 144.\n\nWhen the House was dissolved in March, the Liberals held "
     "152 seats and the Conservatives 120.\n", [("declared", "Liberal", 169), ("declared", "Conservative", 144)]),
    ("a-scoreboard-line-of-parties-and-seats-with-long-names",
     "Friday 5 July 2024\nUK results: 650 of 650 seats declared\n\nLabour 411 Conservative 121 Liberal Democrat 72 SNP 9 Reform UK 5\n",
     [("declared", "Labour", 411), ("declared", "Conservative", 121), ("declared", "Liberal Democrat", 72),
      ("declared", "Scottish National Party", 9), ("declared", "Reform UK", 5)]),
    ("a-councils-final-tally-after-the-council-is-named-is-no-seat-total",
     "Friday 3 May 2024\nLabour will run Harrowden Borough Council for another four years after an all-out election.\n\n"
     "The final tally at the Riverside Leisure Centre was Labour 26, Conservative 11, Green 6 and Liberal Democrat 2.", []),
    ("a-house-result-box-titled-by-its-seat-count-with-the-coalition",
     "Saturday 14 June 2025\nLabor finished with 94 seats.\n\nFINAL HOUSE RESULT (150 seats)\nLabor .......................... 94\n"
     "Coalition ...................... 43\nCentre Alliance ................. 1\n",
     [("declared", "Labor", 94), ("declared", "Coalition", 43), ("declared", "Centre Alliance", 1)]),
    ("a-final-seat-allocation-box-with-dotted-rows",
     "Saturday 4 November 2023\nFinal seat allocation — 53rd Parliament (122 seats)\n  National ............... 48\n"
     "  Labour ................. 34\n  NZ First ................ 8\nTe Pāti Māori won six electorates.\n",
     [("declared", "National", 48), ("declared", "Labour", 34), ("declared", "New Zealand First", 8)]),
    ("a-party-seats-table-of-parties-the-gazetteer-lacks-with-their-codes",
     "Monday 3 June 2024\nNational Assembly seat allocation, 2024 (400 seats)\nParty | Seats\nAfrican National Congress (ANC) | 159\n"
     "United Democratic Movement (UDM) | 3\nFreedom Front Plus (VF+) | 6\n",
     [("declared", "African National Congress", 159), ("declared", "United Democratic Movement", 3),
      ("declared", "Freedom Front Plus", 6)]),
    ("seats-taken-of-a-regions-total-with-a-past-figure-after-a-dash",
     "Friday 5 July 2024\nBy morning, Labour had taken 37 of Scotland's 57 seats and the SNP just 9 – down from the 48 the "
     "party won in 2019.", [("declared", "Labour", 37), ("declared", "Scottish National Party", 9)]),
    ("a-nation-wide-list-of-seats-without-a-verb",
     "Friday 5 July 2024\nScotland-wide the results were just as stark: Labour 37 seats, SNP 9, Liberal Democrats 6, Conservatives 5.",
     [("declared", "Labour", 37), ("declared", "Scottish National Party", 9), ("declared", "Liberal Democrat", 6),
      ("declared", "Conservative", 5)]),
    ("seats-secured-nationally",
     "Friday 5 July 2024\nIt was the night on which Labour secured 411 seats nationally.", [("declared", "Labour", 411)]),
    ("a-share-nationally-is-no-seat-count",
     "Friday 5 July 2024\nNationally, Labour's share rose to 34 per cent and Reform UK 14 points behind.", []),
    ("a-totals-table-flattened-to-single-spaces",
     "Friday 1 October 2021\nSeats won, 2021\nParty Seats 2019 Change Popular vote\nLiberal 160 157 +3 32.6%\n"
     "Conservative 119 121 -2 33.7%\nIndependent 0 1 -1 –\nTotal 338 338\n",
     [("declared", "Liberal", 160), ("declared", "Conservative", 119), ("declared", "Independent", 0)]),
    ("a-totals-table-whose-rows-a-page-ran-together-on-one-line",
     "Friday 1 October 2021\nSeats won, 2021\nParty Seats 2019 Change Popular vote Liberal 160 157 +3 32.6% "
     "Conservative 119 121 -2 33.7% NDP 25 24 +1 17.8% Total 338 338\nSource: Elections Canada.\n",
     [("declared", "Liberal", 160), ("declared", "Conservative", 119), ("declared", "New Democratic", 25)]),
    ("exit-poll-prose",
     "Thursday 4 July 2024\nThe exit poll predicts Labour will win 410 seats, the Conservatives 131, the Lib Dems 61 and Reform UK 13.",
     [("exit_poll", "Labour", 410), ("exit_poll", "Conservative", 131), ("exit_poll", "Liberal Democrat", 61),
      ("exit_poll", "Reform UK", 13)]),
    ("exit-poll-table",
     "Thursday 4 July 2024\nWhat does the exit poll say?\nParty | Projected seats | Change on 2019\nLabour | 410 | +209\nSNP | 10 | -38",
     [("exit_poll", "Labour", 410), ("exit_poll", "Scottish National Party", 10)]),
    ("declared-line",
     "Saturday 6 July 2024\nSTATE OF THE PARTIES – 650 of 650 seats declared\nLabour 411, Conservative 121, SNP 9, Speaker 1",
     [("declared", "Labour", 411), ("declared", "Conservative", 121), ("declared", "Scottish National Party", 9),
      ("declared", "Speaker", 1)]),
    ("a-totals-table-after-the-wire-slugs-of-its-heading",
     "STATE OF THE PARTIES AFTER 648 OF 650 DECLARATIONS\nIssued: 05/07/2024 07:05 BST\nEmbargo: None\nSource: wire desk\n"
     "Party     Seats   Gain   Loss   Net\nLab        411     218      7   +211\nCon        120       1    252   -251\n",
     [("declared", "Labour", 411), ("declared", "Conservative", 120)]),
    ("exit-poll-and-actual-seats-columns-side-by-side",
     "Monday 8 July 2024\nThe exit poll was (almost) right again\n"
     "Party | Exit poll (10pm, 4 July) | Actual seats | Miss\nLabour | 410 | 411 | +1\nConservative | 131 | 121 | -10\n",
     [("exit_poll", "Labour", 410), ("declared", "Labour", 411), ("exit_poll", "Conservative", 131),
      ("declared", "Conservative", 121)]),
    ("a-box-titled-by-a-regions-seats-with-dotted-rows",
     "Friday, July 5, 2024\nNORTHERN IRELAND'S 18 SEATS\nSinn Féin .............. 7\nDUP .................... 5\n",
     [("declared", "Sinn Fein", 7), ("declared", "Democratic Unionist Party", 5)]),
    ("projection-rows-with-ranges-and-a-vote-share-list-that-is-no-seats",
     "Sunday 23 June 2024\nSEAT PROJECTION (central estimate, range in brackets)\nLabour ........................ 438 (409-466)\n"
     "Reform UK ....................... 6 (2-14)\nThe national figures underlying the model are: Labour 39 per cent, Reform UK 16.",
     [("projection", "Labour", 438), ("projection", "Reform UK", 6)]),
    ("party-codes-with-their-change-in-brackets",
     "Tue 3 Dec 2024\nThe last seats in the 34th Dáil were filled overnight, and Micheál Martin will return as Taoiseach.\nSTATE OF THE PARTIES (change on 2020 in brackets)\nFF  48 (+10)\nFG  38 (+3)\nSD  11 (new)\n",
     [("declared", "Fianna Fáil", 48), ("declared", "Fine Gael", 38), ("declared", "Social Democrats", 11)]),
    ("the-survey-is-the-exit-poll-just-named",
     "Thursday 4 July 2024\nKeir Starmer is set to become prime minister, according to the exit poll.\n\nThe survey by Ipsos "
     "for the BBC projects that Labour will win 410 seats, while the Conservatives will be reduced to 131, down 241.",
     [("exit_poll", "Labour", 410), ("exit_poll", "Conservative", 131)]),
    ("a-hubs-tally-of-codes-under-all-six-seats-declared",
     "Friday 5 July 2024\nCornwall results 2024\nLast updated 08:30 BST. All six Cornwall seats have declared.\nLab 4 LD 2 Con 0\n",
     [("declared", "Labour", 4), ("declared", "Liberal Democrat", 2), ("declared", "Conservative", 0)]),
    ("declared-with-change-column",
     "Sunday 7 July 2024\nSeats won (change on 2019 in brackets)\nLabour 412 (+211)\nConservative 121 (-251)",
     [("declared", "Labour", 412), ("declared", "Conservative", 121)]),
    ("seats-line-of-a-multi-member-result",
     "Friday 8 May 2026\nSeats: Reform UK 2, Labour 2, Plaid Cymru 1, Conservative 1.",
     [("declared", "Reform UK", 2), ("declared", "Labour", 2), ("declared", "Plaid Cymru", 1), ("declared", "Conservative", 1)]),
    ("declared-number-before-its-party-and-holds",
     "Friday 23 May 2025\nThe result leaves the Conservatives with 144 seats in the House of Commons, against 169 for "
     "Mark Carney's Liberals. The Bloc Québécois holds 22 and the NDP seven.",
     [("declared", "Conservative", 144), ("declared", "Liberal", 169), ("declared", "Bloc Québécois", 22),
      ("declared", "New Democratic", 7)]),
    ("a-local-party-in-a-seats-table",
     "Friday 8 May 2026\nMerton Council: seats won\nParty | Seats | +/-\nLabour | 30 | -1\n"
     "Merton Park Ward Independent Residents | 3 | 0\nTotal | 57 |",
     [("declared", "Labour", 30), ("declared", "Merton Park Ward Independent Residents", 3)]),
    ("regional-totals-with-had-won-and-were-reduced-to",
     "Friday 5 July 2024\nWith all of Scotland's 57 seats declared, Labour had won 37, the SNP were reduced to nine, "
     "the Liberal Democrats took six and the Conservatives five.",
     [("declared", "Labour", 37), ("declared", "Scottish National Party", 9), ("declared", "Liberal Democrat", 6),
      ("declared", "Conservative", 5)]),
    ("exit-poll-named-earlier-in-the-paragraph",
     "Friday 5 July 2024\nThe results tracked the exit poll closely. Published as polls closed at 10pm, it had "
     "projected Labour on 410 seats, the Conservatives on 131 and the Liberal Democrats on 61.",
     [("exit_poll", "Labour", 410), ("exit_poll", "Conservative", 131), ("exit_poll", "Liberal Democrat", 61)]),
    ("projection-model",
     "Tuesday 2 July 2024\nOur final seat projection gives Labour 428 seats and the Conservatives 108.",
     [("projection", "Labour", 428), ("projection", "Conservative", 108)]),
    ("word-number",
     "Thursday 4 July 2024\nThe exit poll says Plaid Cymru are forecast to win four seats.",
     [("exit_poll", "Plaid Cymru", 4)]),
    ("number-words-in-a-list",
     "Saturday 6 July 2024\nSTATE OF THE PARTIES\nThe Conservatives won 144, the Bloc 22, the SNP seven and the Greens one.",
     [("declared", "Conservative", 144), ("declared", "Bloc Québécois", 22), ("declared", "Scottish National Party", 7),
      ("declared", "Green", 1)]),
    ("a-number-word-before-its-party-and-was-elected",
     "Friday 3 June 2022\nThe PCs won 80 of the 124 seats in the legislature. The NDP won 27 seats, "
     "while the Greens won two and one Independent was elected.",
     [("declared", "Progressive Conservative", 80), ("declared", "New Democratic", 27),
      ("declared", "Green", 2), ("declared", "Independent", 1)]),
    ("a-landslide-of-n-seats-and-a-party-slumping-to-m",
     "Friday 5 July 2024\nThe 10pm exit poll forecast a Labour landslide of 410 seats, with the Tories slumping to just 131.",
     [("exit_poll", "Labour", 410), ("exit_poll", "Conservative", 131)]),
    ("a-table-of-party-votes-and-seats",
     "Friday 8 May 2026\nCaerdydd Penarth – party votes and seats\nParty | Votes | % | Seats\nWelsh Labour | 31,406 | 27.1 | 2\n"
     "Plaid Cymru | 28,115 | 24.3 | 2\nWelsh Conservatives | 12,480 | 10.8 | –\n",
     [("declared", "Labour", 2), ("declared", "Plaid Cymru", 2)]),
    ("a-councils-composition-is-no-seat-total",
     "Friday 5 May 2023\nCouncil composition after the 2023 election\n\nParty | Seats | Change\nLiberal Democrats | 22 | +9\n"
     "Conservative | 12 | -10\n",
     []),
    ("a-councils-seats-in-prose-are-no-totals",
     "Friday 2 May 2025\nDeclared results\nAcross the county, Reform UK won 42 of the 64 seats to take control of Derbyshire "
     "County Council from the Conservatives.",
     []),
    ("a-tally-on-one-line-between-middle-dots",
     "Saturday 6 July 2024\nAt 10pm on Thursday the exit poll forecast:\nLabour 410 · Conservatives 131 · Lib Dems 61 · Greens 2\n",
     [("exit_poll", "Labour", 410), ("exit_poll", "Conservative", 131), ("exit_poll", "Liberal Democrat", 61),
      ("exit_poll", "Green", 2)]),
    ("validated-seat-totals-with-dot-leaders",
     "Friday 23 May 2025\nValidated seat totals (343 seats; 172 needed for a majority):\nLiberal ......... 169\n"
     "Bloc Québécois ... 22\n\nIn 2021, the seat count was Liberal 160.",
     [("declared", "Liberal", 169), ("declared", "Bloc Québécois", 22)]),
    ("final-declared-totals-after-the-exit-poll-and-a-grouped-row",
     "Posted 6 July 2024\nThe exit poll projected the following seats:\n\nLabour 410\nConservative 131\n\n"
     "And the final declared totals, after the last seat declared on Saturday:\n\nLabour 411\nConservative 121\n"
     "Other parties and the Speaker 6\n",
     [("exit_poll", "Labour", 410), ("exit_poll", "Conservative", 131),
      ("declared", "Labour", 411), ("declared", "Conservative", 121)]),
    ("seats-in-prose-after-the-make-up-of-parliament-and-a-coalition-sum",
     "Sunday 15 October 2023\nThe party vote is what decides the make-up of Parliament. On election-night figures "
     "National has 50 seats, Labour 34, the Greens 14, ACT 11 and Te Pāti Māori 4 in a 121-seat House, meaning "
     "National and ACT would together hold 61 seats.",
     [("declared", "National", 50), ("declared", "Labour", 34), ("declared", "Green", 14), ("declared", "ACT", 11),
      ("declared", "Te Pāti Māori", 4)]),
    ("a-nations-declared-seats-as-n-of-m-in-prose",
     "Friday 5 July 2024\nWhen the last result was declared on Friday morning Labour had 27 of Wales' 32 seats, "
     "Plaid Cymru four and the Lib Dems one.",
     [("declared", "Labour", 27), ("declared", "Plaid Cymru", 4), ("declared", "Liberal Democrat", 1)]),
    ("a-party-left-with-none-after-a-past-aside",
     "Friday 5 July 2024\nWhen the last result was declared Labour had 27 of Wales' 32 seats. "
     "The Conservatives, who won 14 Welsh seats at the 2019 election, have none.\n"
     "The final declared totals: the SNP were left with no seats in Cornwall.",
     [("declared", "Labour", 27), ("declared", "Conservative", 0)]),
    ("trap-none-of-and-a-past-none",
     "Saturday 6 July 2024\nThe final declared totals. Reform UK has none of the seats it targeted in Wales. "
     "In 2019 the Liberal Democrats won no seats in Wales.", []),
    ("a-party-named-by-its-leader-finished-with-n-seats",
     "Friday 5 July 2024\nSir Ed Davey's party finished the night with 72 seats, its best tally for a century.",
     [("declared", "Liberal Democrat", 72)]),
    ("trap-a-past-finish-and-a-leader-without-a-seat-count",
     "Friday 5 July 2024\nIn 2019 the Conservatives finished with 365 seats. Nigel Farage's party won 14.3 per cent.", []),
    ("trap-the-forecast-as-a-yardstick-below-the-exit-poll",
     "Saturday 6 July 2024\nHow good was the exit poll?\nThe exit poll projected Labour on 410 seats and Reform UK on 13.\n\n"
     "Ipsos said it was pleased.\n\nAnalysts agreed.\n\nThe biggest misses were at the edges. Reform UK, projected to win "
     "13 seats, won five. The Conservatives finished ten seats below the forecast.",
     [("exit_poll", "Labour", 410), ("exit_poll", "Reform UK", 13)]),
    ("a-party-returns-n-mps-to-westminster",
     "Friday 5 July 2024\nThe result means the DUP returns five MPs to Westminster, down from eight at the 2019 election.",
     [("declared", "Democratic Unionist Party", 5)]),
    ("trap-returned-mps-in-the-past",
     "Friday 5 July 2024\nIn 2019 the DUP returned eight MPs to Westminster.", []),
    ("trap-seats-a-party-needs-of-the-chamber",
     "Sunday 27 October 2024\nThe LNP needs 47 of the 93 seats for a majority in its own right.\n"
     "Bribie Island State School   LNP 1,982  ALP 1,204  GRN 411\n", []),
    # traps
    ("a-list-of-parties-with-one-each-and-lower-case-independents",
     "Saturday 6 July 2024\nThe final declared totals. The SDLP took 2, and Alliance, the UUP and the TUV won 1 each. "
     "Across the UK, 6 independents were elected.",
     [("declared", "Social Democratic and Labour Party", 2), ("declared", "Alliance", 1),
      ("declared", "Ulster Unionist Party", 1), ("declared", "Traditional Unionist Voice", 1), ("declared", "Independent", 6)]),
    ("one-each-for-a-list-ending-in-a-named-independent",
     "Saturday 6 July 2024\nThe final tally was Sinn Féin 7, DUP 5, SDLP 2, and one each for Alliance, the UUP and "
     "independent Alex Easton.",
     [("declared", "Sinn Fein", 7), ("declared", "Democratic Unionist Party", 5),
      ("declared", "Social Democratic and Labour Party", 2), ("declared", "Alliance", 1),
      ("declared", "Ulster Unionist Party", 1), ("declared", "Independent", 1)]),
    ("trap-each-in-the-past",
     "Saturday 6 July 2024\nThe final declared totals. In 2019, Alliance and the SDLP won 1 each.", []),
    ("trap-seats-needed",
     "Thursday 4 July 2024\nThe exit poll is out. A party needs 326 seats to hold a majority in Parliament.", []),
    ("trap-previous-exit-poll",
     "Thursday 4 July 2024\nHas the exit poll been right before? In 2019, the exit poll gave the Conservatives 368 seats.", []),
    ("trap-other-model",
     "Thursday 4 July 2024\nThe exit poll is out. One MRP survey published in June projected Labour on 425 seats.", []),
    ("trap-hedged",
     "Thursday 4 July 2024\nThe exit poll suggests Labour will win more than 400 seats.", []),
    ("a-house-table-with-slashes-and-a-row-of-seats-in-doubt",
     "Tuesday 6 May 2025\nSTATE OF THE HOUSE (as at 6pm AEST Tuesday)\nParty / Won / 2022 result\nLabor / 89 / 77\n"
     "Centre Alliance / 1 / 1\nIn doubt / 8 / -\nTotal / 150 / 151\n",
     [("declared", "Labor", 89), ("declared", "Centre Alliance", 1)]),
    ("a-table-of-the-exit-poll-beside-the-declared-count",
     "Friday 5 July 2024\nState of the parties, 7.45am Friday\nParty | Exit poll | Declared (648 of 650)\nLabour | 410 | 411\n"
     "Conservative | 131 | 120\nSinn Féin | – | 7\nOthers | 19 | –\n",
     [("exit_poll", "Labour", 410), ("declared", "Labour", 411), ("exit_poll", "Conservative", 131), ("declared", "Conservative", 120),
      ("declared", "Sinn Fein", 7)]),
    ("trap-before-the-election",
     "Wednesday 6 November 2024\nSeats won, based on AP race calls. Before the election, Democrats held 56 seats and "
     "Republicans 54.", []),
    ("a-broadcasters-projection-by-its-pollster-gave-the-distribution-of-seats",
     "German election\nFebruary 23, 2025\n\nBy 11:45 p.m., ARD's projection (Hochrechnung) by infratest dimap gave the following "
     "distribution of seats in the 630-member parliament:\n\nCDU/CSU: 208\nAfD: 152\nSPD: 120\nSSW: 1\n",
     [("projection", "CDU/CSU", 208), ("projection", "Alternative for Germany", 152), ("projection", "Social Democratic Party", 120),
      ("projection", "South Schleswig Voters' Association", 1)]),
    ("a-coalitions-seats-between-them-are-no-partys",
     "Official results\nOct 3, 2025\n\nThe Electoral Commission's official count is in, and New Zealand First will decide. The final tally leaves National and ACT with 59 seats between them.\n\nOFFICIAL RESULT - SEATS IN PARLIAMENT\n"
     "National\t48\nLabour\t34\nACT\t11\n",
     [("declared", "National", 48), ("declared", "Labour", 34), ("declared", "ACT", 11)]),
    ("trap-went-into-the-election",
     "Wednesday 6 November 2024\nThe AP has now called 204 House seats. Republicans went into the election holding 220 seats.", []),
]


def test_a_seat_told_after_the_totals_in_one_sentence_is_read_too():
    text = ("Friday 2 May 2025\nSeats won, 2025\nThe Conservatives under Pierre Poilievre won 144 seats, their largest haul "
            "since 2011, but Poilievre himself lost his Ottawa-area riding of Carleton to Liberal Bruce Fanjoy.")
    result = extract_results(text)
    assert [(s.party, s.seats) for s in result.seat_counts] == [("Conservative", 144)]
    [contest] = result.contests
    assert contest.constituency == "Carleton"
    assert [(c.name, c.elected) for c in contest.candidates if c.elected] == [("Bruce Fanjoy", True)]


@pytest.mark.parametrize("text, want", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_seats(text, want):
    got = [(s.kind, s.party, s.seats) for s in extract_results(text).seat_counts]
    assert got == want
