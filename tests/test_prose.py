"""Results inside sentences: short texts in, the figures each candidate gets out.

Each case is (text, {name: {field: value}}, contest-level {field: value}); only the
fields listed are checked, and a name listed as None must not be a candidate.
Traps (past majorities, ages, swings, other people) are cases of their own.
"""

from __future__ import annotations

import pytest

from extract import prose
from extract.pipeline import extract_results
from extract.scan import Folded

HEAD = "Westbury result: Labour take the seat\nFriday 5 July 2024\n"

CASES = [
    ("a-two-word-title-between-the-party-and-the-name-is-no-part-of-the-name",
     "Democrat Abigail Spanberger was elected on Tuesday, defeating Republican Lt. Gov. Winsome Earle-Sears. "
     "Spanberger had 1,976,412 votes to Earle-Sears' 1,458,903.",
     {"Abigail Spanberger": {"votes": 1976412, "party": "Democratic"}, "Winsome Earle-Sears": {"votes": 1458903, "party": "Republican"}}, {}),
    ("a-small-count-inside-a-list-of-bracketed-parties-is-no-age",
     HEAD + "Priya Nandra (Lab) 742, Ruth Ellery (Grn) 96, Martin Oduya (LD) 61. Kay Wesley (Green), 66, said she was delighted.",
     {"Ruth Ellery": {"votes": 96, "party": "Green"}, "Martin Oduya": {"votes": 61}}, {}),
    ("two-shares-after-two-paired-counts-are-theirs-in-order",
     "House District 56A\nNov 6, 2024\n\nDFL Rep. Kari Sorensen won a third term, defeating Republican Mike Kaczmarek 13,402 votes to 11,877, "
     "or 53% to 47%.",
     {"Kari Sorensen": {"votes": 13402, "share": 53.0}, "Mike Kaczmarek": {"votes": 11877, "share": 47.0}}, {}),
    ("a-candidate-trailing-by-a-count-has-no-majority-and-no-win",
     "U.S. HOUSE — DISTRICT 4   [79% IN]\nNov 6, 2024\nGil Benning (R) ........ 134,012 .... 49.4%\nFrances Okafor (D) ........ 131,450 .... 48.4%\n\n"
     "The 4th District, held by Democratic Rep. Frances Okafor since 2019, was still up for grabs, with Okafor trailing Republican "
     "Gil Benning by about 2,500 votes.",
     {"Frances Okafor": {"elected": None}, "Gil Benning": {"elected": None}}, {"majority": None}),
    ("a-party-gaining-ground-names-no-winner",
     "Saskatoon Westview result\n\nKelsey Dumont ended with 4,418 votes and a margin of 212 over NDP challenger Aaron Pelletier.\n\nAcross the city, the NDP "
     "gained ground this election.",
     {"Aaron Pelletier": {"elected": None}}, {}),
    ("a-margin-for-a-numbered-place-after-the-figure-is-no-majority",
     HEAD + "Baggy Shanker (Labour) – 14,503\nAlan Graves (Reform UK) – 8,501\n\nThe last seat went to Grace Liu, who edged her "
     "running mate Sean Fitzgerald by 445 votes for 10th place.",
     {"Baggy Shanker": {"votes": 14503}}, {"majority": None}),
    ("a-seat-someone-had-won-in-a-year-is-past-when-the-story-names-no-year-of-its-own",
     "Westbury result: Conservative hold\n\nIn Westbury, Conservative Robbie Moore held on by 1,625 votes. Moore won 18,589 votes "
     "against 16,964 for Labour's John Grogan. Moore had won the seat from Grogan in 2019 with a majority of 2,218.\n",
     {"Robbie Moore": {"votes": 18589}}, {"majority": 1625}),
    ("an-appositions-own-year-and-a-gapped-list-of-two-independents-respectively",
     HEAD + "Dr Andrew Murrison, a former Royal Navy medical officer who was first elected to Parliament in 2001, polled 15,617 "
     "votes, giving him a majority of 3,243. Liberal Democrat Bret Palmer took 7,205 and the two independents, James Ward and "
     "Thomas Culshaw, 448 and 441 respectively.",
     {"Andrew Murrison": {"votes": 15617}, "James Ward": {"votes": 448, "party": "Independent"},
      "Thomas Culshaw": {"votes": 441, "party": "Independent"}, "Royal Navy": None}, {"majority": 3243}),
    ("the-party-candidate-in-apposition-and-a-former-seats-member-before-his-name",
     HEAD + "Daniel Pratt, the Green Party candidate, took 5,652 votes (12.2 per cent). Reform UK's Gordon Fletcher was second "
     "with 9,454 and former Blyth Valley MP Ian Levy, standing for the Conservatives, third with 8,592.",
     {"Daniel Pratt": {"party": "Green", "votes": 5652}, "Ian Levy": {"party": "Conservative", "votes": 8592}, "Blyth Valley": None}, {}),
    ("a-party-heading-its-list-of-names-with-figures-and-returning-for-a-party",
     HEAD + "Former MP Gordon Birtwistle, returning to the fray for the Liberal Democrats, came second with 9,178. Three "
     "independents - Rayyan Fiass (292), Mitchell Cryer (169) and David Roper (151) - made up the field.",
     {"Gordon Birtwistle": {"party": "Liberal Democrat", "votes": 9178}, "Rayyan Fiass": {"party": "Independent", "votes": 292},
      "David Roper": {"party": "Independent", "votes": 151}}, {}),
    ("a-seats-short-name-in-a-sentence-gives-its-majority-to-the-full-names-list",
     "Birmingham Selly Oak — LAB HOLD\n\nNext door, Labour's Al Carns held Selly Oak with a majority of 11,537.\n\n"
     "Al Carns | Labour · 17,371 · 45.2%\nSimon Phipps | Conservative · 5,834 · 15.2%\n",
     {"Al Carns": {"votes": 17371, "elected": True}}, {"constituency": "Birmingham Selly Oak", "majority": 11537}),
    ("a-majority-given-roughly-then-to-be-exact-and-a-vote-increased-to",
     HEAD + "James Cartlidge has held the seat with a majority of just over 3,000 - 3,047 to be exact. Green Party candidate "
     "Christine West increased her vote to 2,131.",
     {"James Cartlidge": {"elected": True}, "Christine West": {"votes": 2131}}, {"majority": 3047, "majority_qualifier": None}),
    ("a-ward-surname-after-a-forename-or-an-honorific-and-shares-with-managed-or-after-the-name",
     HEAD + "Chris Ward, the new MP, squeaks home. At the count, Mr Ward took 17,893 votes, 44.0 per cent. Behind him came the "
     "Conservative Karen Cooksley with 13.2 per cent. Janet Bickerdike of the Christian Peoples Alliance managed 1.1 per cent.",
     {"Chris Ward": {"votes": 17893, "share": 44.0, "elected": True}, "Karen Cooksley": {"share": 13.2, "party": "Conservative"},
      "Janet Bickerdike": {"share": 1.1}}, {}),
    ("a-pronoun-then-a-rival-and-two-counts-and-a-share-after-the-party-it-was-taken-from",
     HEAD + "Labor's Mei-Ling Rourke has retained Westbury. She leads the LNP's Cameron Astbury 14,310 votes to 13,980 on first "
     "preferences. Elsewhere the LNP's Bree Whitlock has taken Westbury from Labor with 44.1 per cent of the primary vote.",
     {"Mei-Ling Rourke": {"votes": 14310}, "Cameron Astbury": {"votes": 13980}, "Bree Whitlock": {"share": 44.1}}, {}),
    ("a-score-with-shares-in-brackets-is-no-margin",
     HEAD + "Westbury went to the Liberal Democrat David Chadwick. He beat the sitting Conservative MP Fay Jones by 13,736 votes "
     "(29.5 per cent) to 12,264 (26.3 per cent), a majority of 1,472.",
     {"David Chadwick": {"votes": 13736, "share": 29.5, "elected": True}, "Fay Jones": {"votes": 12264, "share": 26.3}},
     {"majority": 1472}),
    ("a-margin-for-third-place-is-no-win",
     HEAD + "Baggy Shanker (Labour) – 14,503\nAlan Graves (Reform UK) – 8,501\n\nChris Williamson, the former Labour MP for "
     "Derby North, edged out the Conservatives for third place by just 13 votes.",
     {"Baggy Shanker": {"votes": 14503}, "Chris Williamson": None}, {"majority": None}),
    ("a-rival-named-after-her-party-is-who-the-margin-is-over-and-came-third-with-is-a-share",
     HEAD + "Richard Gainsford was elected with 15,380 votes, 3,114 ahead of Lib Dem Sarah Vowles. "
     "Labour's Anil Sethi came third with 10.3 per cent.",
     {"Richard Gainsford": {"votes": 15380, "elected": True}, "Anil Sethi": {"share": 10.3, "party": "Labour"}},
     {"majority": 3114}),
    ("a-welsh-seat-name-joined-by-ac",
     "Plaid Cymru hold Llŷn ac Eifionydd with more than half the vote\n\nElin Haf Pritchard won 52.7% of the vote "
     "and a majority of 7,191 over Welsh Labour.",
     {"Elin Haf Pritchard": {"share": 52.7}}, {"constituency": "Llŷn ac Eifionydd", "majority": 7191}),
    ("the-first-of-the-new-tds-to-be-declared",
     HEAD + "Fianna Fáil's Siobhán Harrington was the first of the three new TDs for the constituency to be declared on Sunday. "
     "Harrington polled 11,842 first preferences.",
     {"Siobhán Harrington": {"elected": True, "votes": 11842}}, {}),
    ("a-partys-former-spokeswoman-is-still-its-candidate",
     HEAD + "Labour's Scott Arthur defeated the SNP's former justice spokeswoman Joanna Cherry by 18,663 votes to 12,446.",
     {"Scott Arthur": {"party": "Labour", "votes": 18663}, "Joanna Cherry": {"party": "Scottish National Party", "votes": 12446}}, {}),
    ("a-seat-called-for-a-partys-candidate-is-her-win-a-group-called-so-is-no-one",
     HEAD + "The ABC has called Westbury for Labor's Mitchell Brandt, who had 37,402 votes. A group called Iowans for Accountable "
     "Courts spent about $1.2 million.",
     {"Mitchell Brandt": {"elected": True, "votes": 37402}, "Accountable Courts": None}, {}),
    ("number-ones-are-first-preferences-and-a-total-short-of-the-quota-is-a-later-counts",
     HEAD + "Independent Tadhg Crowley was next home. He had 10,215 number ones on Saturday. Fine Gael's Fergal Noonan, a farmer "
     "from near Ballinamore, Co Leitrim, finished on 109,032 votes, 8,044 short of the quota of 117,076.",
     {"Tadhg Crowley": {"votes": 10215}, "Fergal Noonan": None, "Co Leitrim": None}, {}),
    ("a-seats-result-line-with-its-figures-and-parties-told-as-an-mps-and-a-leaders",
     "Burghart returned as Brentwood and Ongar stays blue\n5 July 2024\n\nAlex Burghart has been re-elected as the Conservative "
     "MP for Brentwood and Ongar. Mr Burghart received 17,731 votes. Robin Tilbrook, leader of the English Democrats, took 189.\n\n"
     "Brentwood and Ongar result: Majority: 5,980. Turnout: 64.1%.",
     {"Alex Burghart": {"party": "Conservative", "votes": 17731, "elected": True}, "Robin Tilbrook": {"party": "English Democrats"}},
     {"majority": 5980, "turnout": 64.1}),
    ("an-stv-counts-later-stage-totals-are-not-first-preferences",
     HEAD + "Labour's Nora Aherne has taken the final seat from Sinn Féin's Pádraig Lynch. At the adjournment Aherne was on 9,512 "
     "and Lynch on 9,498. The original count had her 14 votes clear, on 9,512 to Lynch's 9,498.",
     {"Nora Aherne": {"elected": True, "votes": None}, "Pádraig Lynch": {"votes": None}}, {}),
    ("a-seat-held-with-its-history-in-a-relative-clause-then-the-party-mp",
     HEAD + "Across the river, Fleur Anderson increased her grip on the seat she took from the Tories five years ago. The Labour "
     "MP won 24,113 votes, 48.9 per cent of those cast, against 11,625 for Conservative Lee Roberts, a majority of 12,488.",
     {"Fleur Anderson": {"elected": True, "party": "Labour", "votes": 24113, "share": 48.9}, "Lee Roberts": {"votes": 11625}},
     {"majority": 12488}),
    ("a-former-partys-mp-who-stood-as-an-independent-this-time",
     HEAD + "Ruth Ames won with 17,025 votes. The seat's former Labour MP Emma Dent Coad, who famously won it by just 20 votes in "
     "2017, stood as an independent this time and took 1,824.",
     {"Emma Dent Coad": {"party": "Independent", "votes": 1824}}, {}),
    ("a-majority-that-soared-after-a-party-possessive-name",
     HEAD + "Lib Dem Munira Wilson's majority soared to 21,457. She won 30,185 votes, with Conservative Jonathan Hulley on 8,728.",
     {"Munira Wilson": {"votes": 30185}, "Jonathan Hulley": {"votes": 8728}}, {"majority": 21457}),
    ("a-winner-whose-forename-is-a-seats-name",
     HEAD + "Lincoln Jopp holds Spelthorne for the Conservatives with 14,038 votes. Labour's Claire Tighe was 1,590 votes behind on 12,448.",
     {"Lincoln Jopp": {"votes": 14038, "party": "Conservative"}, "Claire Tighe": {"votes": 12448}}, {}),
    ("a-states-turnout-in-its-voting-phase-is-not-the-seats",
     HEAD + "Harpreet Singh Grewal polled 4,02,551 votes to Kulwant Singh Sandhu's 3,71,208. Punjab voted in the last phase on "
     "June 1 with a turnout of 62.8%.",
     {"Harpreet Singh Grewal": {"votes": 402551}}, {"turnout": None}),
    ("a-states-recorded-turnout-is-not-the-seats",
     HEAD + "Vinesh Phogat polled 65,080 votes to Yogesh Kumar's 58,824. Haryana had recorded a turnout of 67.90 per cent in the "
     "single-phase poll.", {"Vinesh Phogat": {"votes": 65080}}, {"turnout": None}),
    ("the-seats-own-recorded-turnout-beside-its-states",
     HEAD + "Vinesh Phogat polled 65,080 votes to Yogesh Kumar's 58,824. It recorded a turnout of 58.9 per cent, slightly below the "
     "Haryana-wide figure.", {"Vinesh Phogat": {"votes": 65080}}, {"turnout": 58.9}),
    ("the-seats-own-voting-phase-keeps-its-turnout",
     HEAD + "Sourav Mitra polled 5,19,376 votes to Abhijit Saha's 4,55,062. The seat voted in the fifth phase on May 20, "
     "when 75.4% of electors turned out.",
     {"Sourav Mitra": {"votes": 519376}}, {"turnout": 75.4}),
    ("a-possessive-indian-party-code-before-its-candidate",
     HEAD + "Sourav Mitra polled 5,19,376 votes. ISF's Imran Hossain Mollah got 21,907.",
     {"Imran Hossain Mollah": {"votes": 21907, "party": "Indian Secular Front"}}, {}),
    ("a-partys-candidate-named-in-an-apposition-after-the-description",
     HEAD + "The Workers Party of Britain candidate, the former diplomat Craig Murray, came third with 7,105 votes (18.3 per cent).",
     {"Craig Murray": {"party": "Workers Party of Britain", "votes": 7105, "share": 18.3}}, {}),
    ("a-list-of-names-whose-last-has-a-party-then-their-counts-respectively",
     HEAD + "The remaining three candidates, independents Chris Johnston and Roy Ivinson and Shaun Long of the Social Democratic "
     "Party, polled 195, 119 and 156 votes respectively.",
     {"Chris Johnston": {"votes": 195}, "Roy Ivinson": {"votes": 119}, "Shaun Long": {"votes": 156}}, {}),
    ("a-pair-of-counts-after-a-loss-to-someone-is-the-winners-first",
     HEAD + "The biggest upset came in Tennant Hill, where Conservative council leader Graham Pettifer lost his seat to Liberal Democrat "
     "Ruth Okafor by 61 votes, 1,088 to 1,027.",
     {"Ruth Okafor": {"votes": 1088}, "Graham Pettifer": {"votes": 1027}}, {}),
    ("an-mp-since-a-year-is-still-this-elections-winner",
     HEAD + "For the record, the seat stayed with the Conservative Andrew Rosindell, its MP since 2001, on 15,339 votes, a majority of 1,463.",
     {"Andrew Rosindell": {"votes": 15339, "party": "Conservative"}}, {"majority": 1463}),
    ("a-sentence-opening-on-its-seat-and-a-party-winning-another-after-and",
     "NZ DECIDES 2023\nSunday 15 October 2023\n\nIn Auckland Central, Chlöe Swarbrick of the Green Party held the seat comfortably, and the "
     "Greens also won Wellington Central and Rongotai from Labour, their best electorate haul.\n",
     {"Chlöe Swarbrick": {"elected": True, "party": "Green"}}, {"constituency": "Auckland Central"}),
    ("a-returning-officers-words-quoted-one-sentence-per-candidate",
     HEAD + "In Rawmarsh and Conisbrough the returning officer read: \"John Healey, Labour Party, 16,612. Tom Hill, Green Party, 1,687. "
     "Adam Wood, Reform UK, 9,704.\"",
     {"John Healey": {"votes": 16612, "party": "Labour"}, "Tom Hill": {"votes": 1687}, "Adam Wood": {"votes": 9704}}, {}),
    ("a-long-lead-in-before-a-colon-and-a-list-of-rows",
     HEAD + "The result in Rawmarsh and Conisbrough was: John Healey (Labour) 16,612; Adam Wood (Reform UK) 9,704.",
     {"John Healey": {"votes": 16612}, "Adam Wood": {"votes": 9704}}, {}),
    ("to-his-count-after-defeated-x-is-xs",
     HEAD + "Liberal Democrat Caroline Voaden defeated Anthony Mangnall, taking 22,540 votes to his 15,413 - a majority of 7,127.",
     {"Caroline Voaden": {"votes": 22540}, "Anthony Mangnall": {"votes": 15413}}, {"majority": 7127}),
    ("to-his-count-after-a-possessive-is-the-possessors",
     HEAD + "John Stevenson's 14-year tenure ended when Labour's Julie Minns won with 18,129 votes to his 12,929.",
     {"Julie Minns": {"votes": 18129}, "John Stevenson": {"votes": 12929}}, {}),
    ("to-his-count-is-the-rival-the-pronoun-names-not-the-subject",
     "Ossett and Denby Dale: Labour's Jade Botterill unseats Mark Eastwood\nFriday 5 July 2024\n\nLabour has taken the new Ossett and "
     "Denby Dale constituency, with Jade Botterill finishing with a lead of 4,542 votes over the sitting Conservative MP Mark Eastwood.\n\n"
     "Ms Botterill polled 17,232 votes (39.3%) to his 12,690.\n",
     {"Jade Botterill": {"votes": 17232}, "Mark Eastwood": {"votes": 12690, "elected": None}}, {"constituency": "Ossett and Denby Dale"}),
    ("a-county-office-named-as-the-winners-next-post-and-a-count-with-its-share-aside-for-the-rival",
     "Carraway wins Tygart County judge-executive race; Mattingly keeps 91st District seat\nTUESDAY, NOVEMBER 5, 2024\n\n"
     "Republican Doug Carraway will be Tygart County's next judge-executive.\n\nWith 98% of precincts reporting, Carraway had 14,206 votes, "
     "or 58.8%, to 9,954, or 41.2%, for Democrat Annette Slone.\n\nIn the race for the 91st District seat in the Kentucky House, Republican "
     "Rep. Kyle Mattingly won a fourth term, defeating independent Shawn Dotson 11,305 votes (63.7%) to 6,443 (36.3%).\n",
     {"Doug Carraway": {"votes": 14206}, "Annette Slone": {"votes": 9954, "party": "Democratic"}},
     {"constituency": "Tygart County judge-executive"}),
    ("a-byelection-written-as-one-word-in-a-dashed-riding",
     "Kings—Hants byelection too close to call\nTuesday, March 11, 2025\n\nMonday's federal byelection in Kings—Hants is too close to call.\n\n"
     "  Alana Morrice (Conservative) - 9,884 - 41.2%\n  Peter Gaudet (Liberal) - 9,841 - 41.0%\n\nMorrice, speaking in Windsor, called it a nail-biter.\n",
     {"Alana Morrice": {"votes": 9884}, "Peter Gaudet": {"votes": 9841}}, {"constituency": "Kings—Hants"}),
    ("a-winner-card-with-its-party-on-the-next-label-line",
     "How every seat in Lincolnshire voted\nFri 5 Jul 2024, 07:40\n\nLincoln\n\nWinner: Hamish Falconer\nParty: Labour (gain from Conservative)\n"
     "Majority: 8,793\nTurnout: 58.3%\n",
     {"Hamish Falconer": {"elected": True, "party": "Labour"}}, {"constituency": "Lincoln", "majority": 8793, "turnout": 58.3}),
    ("a-then-and-now-comparison-reads-only-now",
     "Then and now: how Devon seats moved since 2019\nSaturday 6 July 2024\n\nPLYMOUTH MOOR VIEW\n"
     "Then: Johnny Mercer's 26,831 votes (60.7 per cent) gave him a 12,897 majority over Labour's Charlotte Holloway.\n"
     "Now: Labour's Fred Thomas, a former Royal Marine, beat the veterans minister with 17,665 votes to Mercer's 12,061. The majority was 5,604.\n",
     {"Fred Thomas": {"votes": 17665}, "Johnny Mercer": {"votes": 12061}}, {"constituency": "Plymouth Moor View", "majority": 5604}),
    ("a-surname-that-is-also-a-seat-acting-as-the-person",
     "Labour gain\nFriday 5 July 2024\n\nEmily Darlington was elected as the MP for Milton Keynes Central in the early hours of Friday morning.\n\n"
     "Darlington won 20,209 votes and a majority of 7,291.\n",
     {"Emily Darlington": {"elected": True, "votes": 20209}}, {"constituency": "Milton Keynes Central", "majority": 7291}),
    ("a-win-by-a-figure-from-the-runner-up",
     HEAD + "Sir Geoffrey Clifton-Brown polled 17,426 votes to win by 3,357 from the Liberal Democrats' Paul Hodgkinson, who took 14,069.",
     {"Geoffrey Clifton-Brown": {"votes": 17426}, "Paul Hodgkinson": {"votes": 14069}}, {"majority": 3357}),
    ("a-headlines-majority-told-figure-first",
     "Labour's Tony Vaughan ousts Damian Collins with 3,729 majority\nFriday 5 July 2024\n\nFolkestone and Hythe has elected a Labour MP "
     "after Tony Vaughan unseated Conservative Damian Collins.\n\nMr Vaughan won 15,020 votes. Mr Collins took 11,291. Five years ago "
     "Mr Collins had a 21,337 majority.\n",
     {"Tony Vaughan": {"elected": True, "votes": 15020}}, {"constituency": "Folkestone and Hythe", "majority": 3729}),
    ("the-seats-mp-again-then-the-party-candidate-who-won-it-back",
     "Frith back in Parliament as Labour retake Bury North\nFriday 5 July 2024\n\nJames Frith is Bury North's MP again. The Labour "
     "candidate, who held the seat from 2017 until he lost it in 2019, won it back overnight with 19,625 votes at the count in Bury.\n\n"
     "Conservative James Daly came second with 12,681.\n",
     {"James Frith": {"elected": True, "party": "Labour", "votes": 19625}, "James Daly": {"votes": 12681}}, {"constituency": "Bury North"}),
    ("a-majority-in-a-relative-aside-gives-way-to-the-main-clauses",
     HEAD + "Labour's Chris Webb has held Blackpool South. Mr Webb, who took the seat in May with a majority of 7,607, saw off a strong "
     "challenge from Reform UK to win by 6,848 votes.",
     {"Chris Webb": {"elected": True}}, {"majority": 6848}),
    ("a-newsletters-name-over-its-post-is-no-seat-and-a-by-election-in-a-dashed-riding",
     "The Riding Report\nSubscribe\n\nLakeshore—Fenwick: the Conservatives flip it\nSep 17, 2025\n\nLast night's federal by-election in "
     "Lakeshore—Fenwick went to the Conservatives. Megan Thibault won with 18,904 votes, 44.1% of the total, and a margin of 3,527 over the "
     "Liberals' Arjun Malhotra.\n\nThanks for reading The Riding Report! Subscribe for free.\n",
     {"Megan Thibault": {"votes": 18904}}, {"constituency": "Lakeshore—Fenwick", "majority": 3527}),
    ("a-numbered-ward-named-in-brackets-is-its-name-and-a-newcomer-is-no-name",
     "Newcomer Defreitas unseats two-term councillor in Ward 6\nTue., Oct. 25, 2022\n\n"
     "First-time candidate Marisa Defreitas won Ward 6 (Elmvale) by 282 votes. Defreitas finished with 3,472 votes, or 36.4 per cent.\n\n"
     "WARD 6 (ELMVALE) - UNOFFICIAL RESULTS\nMarisa Defreitas ........ 3,472 .. 36.4% (elected)\nKevin O'Rourke ...... 3,190 .. 33.5%\n",
     {"Marisa Defreitas": {"elected": True, "votes": 3472}}, {"constituency": "Ward 6 (Elmvale)", "majority": 282}),
    ("an-ordinal-district-in-prose-is-the-boxs-numbered-district",
     "Whitcomb survives rematch\nWednesday, November 6, 2024\n\nState Rep. Lauren Whitcomb held on to the 38th House District seat on Tuesday. "
     "Her margin of 1,088 votes was more than triple her 2022 edge.\n\nState House, District 38\n"
     "Lauren Whitcomb (D) ..... 21,406 ... 51.3%\nMark Ellison (R) .......... 20,318 ... 48.7%\n",
     {"Lauren Whitcomb": {"votes": 21406}}, {"majority": 1088}),
    ("a-seat-led-winner-line-with-only-its-majority",
     HEAD + "Bedford: Mohammad Yasin (Lab) re-elected, maj 9,430.",
     {"Mohammad Yasin": {"elected": True, "party": "Labour"}}, {"constituency": "Bedford", "majority": 9430}),
    ("a-caps-seat-led-gain-line-with-only-its-majority",
     HEAD + "HAMILTON AND CLYDE VALLEY: Imogen Walker (Labour) gain from SNP, majority 9,472.",
     {"Imogen Walker": {"elected": True, "party": "Labour"}}, {"constituency": "Hamilton and Clyde Valley", "majority": 9472}),
    ("a-gain-line-with-maj-and-a-full-stop",
     HEAD + "Henley and Thame: Freddie Van Mierlo (Lib Dem) GAIN - maj. 6,267.",
     {"Freddie Van Mierlo": {"elected": True, "party": "Liberal Democrat"}}, {"constituency": "Henley and Thame", "majority": 6267}),
    ("a-winner-label-with-its-majority-after-a-dash",
     "Results\nFriday 5 July 2024\n\nSouth Northamptonshire CON HOLD\n\nWinner: Sarah Bool (Conservative) — majority 3,687\n",
     {"Sarah Bool": {"elected": True, "party": "Conservative"}}, {"constituency": "South Northamptonshire", "majority": 3687}),
    ("a-rivals-party-named-as-its-candidate-and-a-possessed-majority-after-a-colon",
     "Results\nFriday 5 July 2024\nIndependent Iqbal Mohamed won 15,641 votes (41.1%) against 8,707 (22.9%) for Heather Iqbal, "
     "Labour's candidate and a former adviser to Rachel Reeves. Mohamed's majority: 6,934.",
     {"Iqbal Mohamed": {"elected": True, "votes": 15641}, "Heather Iqbal": {"party": "Labour", "elected": None}},
     {"majority": 6934}),
    ("declared-winner-on-a-weekday-night",
     "Results\nFriday 5 July 2024\nODM's Walter Omondi Oyugi was on Thursday night declared winner of the Nyando parliamentary "
     "seat. Oyugi garnered 31,207 votes to beat independent candidate Dr Millicent Auma Atieno, who got 12,954 votes.",
     {"Walter Omondi Oyugi": {"elected": True, "votes": 31207}, "Millicent Auma Atieno": {"elected": None}}, {}),
    ("a-seat-and-its-date-before-the-colon-of-a-one-line-result",
     "Seely ousted\n5 July 2024\n\nIsle of Wight West, 4 July 2024: Richard Quigley (Lab) 13,240 (38.6%); Bob Seely (Con) "
     "10,063 (29.3%). Lab gain from Con, majority 3,177.",
     {"Richard Quigley": {"votes": 13240, "elected": True}, "Bob Seely": {"votes": 10063}},
     {"constituency": "Isle of Wight West", "majority": 3177}),
    ("edged-out-for-fourth-place-is-no-win",
     HEAD + "Ms Whately polled 14,816 votes. Green Hannah Temple (4,218) edged out Liberal Democrat Hannah Perkin (4,158) "
     "for fourth place.", {"Hannah Temple": {"elected": None, "votes": 4218}}, {}),
    ("a-possessed-share-before-a-verb",
     HEAD + "Becca Horn, Green: 5,761\nTom Reed, Labour: 19,000\n\nBecca Horn’s 12.5% is a big jump for the Greens here.",
     {"Becca Horn": {"share": 12.5, "votes": 5761}}, {}),
    ("the-one-who-held-on-after-but-has-the-majority-not-the-sentences-subject",
     "Canterbury results\nNovember 3, 2023\n\nBANKS PENINSULA\nFiona Delaney (Nat) 17,880\nDaniel Ohlsson (Lab) 17,431\n\n"
     "Labour's Daniel Ohlsson had hoped the special votes would close the gap, but National's Fiona Delaney held on with a "
     "majority of just 449.", {"Fiona Delaney": {"elected": True}, "Daniel Ohlsson": {"elected": None}}, {"majority": 449}),
    ("grabbed-is-a-vote-verb",
     HEAD + "Anna Field won with 21,004 votes. Independent Yvonne Ridley, who campaigned on Gaza, grabbed 3,627.",
     {"Yvonne Ridley": {"votes": 3627, "party": "Independent"}}, {}),
    ("a-later-mention-by-the-first-two-names",
     HEAD + "Md Shahjahan Kabir has won, defeating three-term MP Nurun Nabi Chowdhury by 6,507 votes. Shahjahan got 68,412 votes "
     "while Nurun Nabi bagged 61,905.", {"Nurun Nabi Chowdhury": {"votes": 61905}, "Nurun Nabi": None}, {}),
    ("elected-on-a-count-and-the-next-on-the-next",
     "Longford-Westmeath count\n1 December 2024\nSinn Féin's Sorcha Mulvihill (9,802) was elected on the eighth count and Fine "
     "Gael's Pádraig Geoghegan (9,115) on the ninth, after the elimination of his running mate.",
     {"Sorcha Mulvihill": {"elected": True}, "Pádraig Geoghegan": {"elected": True, "votes": 9115}}, {}),
    ("romped-home-for-a-party",
     HEAD + "Layla Moran romped home for the Lib Dems with 23,414 votes. The Conservatives' Vinay Raniga was a distant second on 8,520.",
     {"Layla Moran": {"party": "Liberal Democrat", "votes": 23414}}, {}),
    ("cruised-to-a-fifth-term",
     "Lyles wins again in Charlotte\nNovember 5, 2025\nMayor Vi Lyles cruised to a fifth term on Tuesday. Lyles received 96,412 "
     "votes, or 69.4%. Terrie Donovan received 41,870 votes, or 30.1%.",
     {"Vi Lyles": {"elected": True, "votes": 96412}, "Terrie Donovan": {"elected": None}}, {}),
    ("a-surname-that-is-a-seat-and-a-win-over-a-sitting-mp",
     "Mundingburra result\nOctober 28, 2024\nJanelle Poole toppled one-term MP Les Walker. Poole polled 11,902 votes and Walker 10,311.",
     {"Janelle Poole": {"elected": True, "votes": 11902}, "Les Walker": {"elected": None, "votes": 10311}}, {}),
    ("declared-the-winner-past-an-aside-and-a-job-that-is-no-race",
     "Live updates: Omaha mayor results\nMay 14, 2025\nThe Associated Press has declared John Ewing Jr., the Douglas County treasurer and "
     "a Democrat, the winner over Republican Mayor Jean Stothert. Ewing had 60,214 votes to Stothert's 51,388.",
     {"John Ewing Jr": {"elected": True, "votes": 60214}, "Jean Stothert": {"elected": None, "votes": 51388}}, {"constituency": "Omaha"}),
    ("two-deemed-elected-at-once",
     HEAD + "Anna Field (Labour) and Tom Reed (Conservative) have been deemed elected without reaching the quota.",
     {"Anna Field": {"elected": True}, "Tom Reed": {"elected": True}}, {}),
    ("held-off-a-challenge-from-the-runner-up",
     HEAD + "Labour's Anna Field held off a strong challenge from Reform's Tom Reed, winning by 217 votes. Field polled 4,215 votes, "
     "Reed 3,998.", {"Anna Field": {"elected": True}, "Tom Reed": {"elected": None}}, {"majority": 217}),
    ("cruised-to-re-election",
     HEAD + "Julia Mayfield cruised to re-election with 74,305 votes. Don Whitt took 39,118.",
     {"Julia Mayfield": {"elected": True, "votes": 74305}}, {}),
    ("a-party-and-an-occupation-before-the-name",
     HEAD + "Lib Dem vet Danny Chambers won with 28,729 votes, unseating Flick Drummond.",
     {"Danny Chambers": {"party": "Liberal Democrat", "votes": 28729}}, {}),
    ("that-was-a-share-of-the-last-sentences-subject",
     HEAD + "Amy Lowther, a 29-year-old community gardener, took 523 votes in Thursday's poll.\n\nThat was 33.2 per cent of "
     "the vote and enough to edge out Labour's Jonathan Breeze, who finished on 488.",
     {"Amy Lowther": {"votes": 523, "share": 33.2}, "Jonathan Breeze": {"votes": 488, "share": None}}, {}),
    ("a-share-after-primary-votes",
     HEAD + "The sitting Labor MP, Jo-Anne Pritchard, polled 12,388 primary votes, 34.7 per cent, a fall of more than nine points.",
     {"Jo-Anne Pritchard": {"votes": 12388, "share": 34.7}}, {}),
    ("with-a-party-on-a-share-in-one-seat",
     HEAD + "Graham Stuart (Conservative) 15,501\nMargaret Pinder (Labour) 15,377\n\nHis share of the vote fell to 34.5 per cent, "
     "with Labour on 34.3 per cent.", {"Margaret Pinder": {"share": 34.3}}, {}),
    ("a-polls-list-of-parties-on-shares-is-no-result",
     HEAD + "Graham Stuart (Conservative) 15,501\nMargaret Pinder (Labour) 15,377\n\nA survey of 400 residents put the Conservatives "
     "on 29%, Labour on 15% and the Greens on 7%.", {"Margaret Pinder": {"share": None}}, {}),
    ("a-named-polls-candidates-on-shares-are-no-result",
     HEAD + "Graham Stuart (Conservative) 15,501\nMargaret Pinder (Labour) 15,377\n\nA poll for the Pulse last month by Tern Insight, "
     "of 1,012 residents, had Mr Stuart on 38 per cent and Ms Pinder on 24.", {"Graham Stuart": {"share": None}, "Margaret Pinder": {"share": None}}, {}),
    ("two-have-both-been-elected",
     "Count centre live\n30 November 2024\nSinn Féin's Fionnuala Gallagher and Fianna Fáil's Seán Feeney have both been elected on "
     "the fifth count in Sligo–Leitrim. Gallagher had 10,412 first preferences and Feeney 9,380.",
     {"Fionnuala Gallagher": {"elected": True}, "Seán Feeney": {"elected": True}}, {}),
    ("the-first-td-elected",
     "Count centre live\n30 November 2024\nFianna Fáil's Ciarán Dowling is the first TD elected in Kildare South, on the first "
     "count with 11,604 first preferences.", {"Ciarán Dowling": {"elected": True, "votes": 11604}}, {}),
    ("a-party-before-a-title-abbreviation-and-the-name",
     "118th House District results\nNovember 6, 2024\nDemocrat Priya Castellanos defeated three-term Republican state Rep. "
     "Brent Kowalczyk on Tuesday. Castellanos had 19,844 votes to Kowalczyk's 18,612.",
     {"Brent Kowalczyk": {"party": "Republican", "votes": 18612}}, {}),
    ("a-share-of-the-vote-in-a-by-election-is-no-count-progress",
     "Ward 17 by-election\n14 February 2024\nActionSA has won Ekurhuleni Ward 17, with Kgothatso Mahlangu taking 47.9% of the vote "
     "in Wednesday's by-election. Mahlangu received 1,312 votes.", {"Kgothatso Mahlangu": {"share": 47.9, "votes": 1312}}, {}),
    ("a-partys-national-share-after-an-analysts-name-is-not-his",
     "Ward 21 by-election\n14 February 2024\nThe ANC's Thandi Zulu won with 1,204 votes. Political analyst Dr Mbongeni Sithole said "
     "the result mirrored the national elections, when MK won 45% of the vote in KwaZulu-Natal.",
     {"Thandi Zulu": {"votes": 1204}, "Mbongeni Sithole": None}, {}),
    ("a-party-and-cabinet-minister-before-a-knights-name",
     "Teesside results\nFriday 5 July 2024\nFormer Conservative Cabinet minister Sir Simon Clarke is out. Labour's Luke Myer won "
     "16,468 votes to Clarke's 16,254 - a majority of just 214.", {"Simon Clarke": {"party": "Conservative", "votes": 16254}}, {}),
    ("a-grandee-described-after-his-name",
     "MOGG-NIFICENT EXIT\nFriday 5 July 2024\nJACOB Rees-Mogg has been dumped out of Parliament.\n\nThe double-breasted Tory "
     "grandee lost North East Somerset and Hanham to Labour's Dan Norris, who romped home with 20,739 votes.\n\n"
     "Rees-Mogg could only muster 15,420.", {"Jacob Rees-Mogg": {"party": "Conservative", "votes": 15420}}, {}),
    ("a-former-party-in-the-apposition-then-standing-for-another",
     HEAD + "She took 22,468 votes (52.1%). In second place was Jo Bird, a former Labour councillor standing for the Green Party, "
     "on 8,670 (20.1%).", {"Jo Bird": {"party": "Green", "votes": 8670}}, {}),
    ("back-with-a-thumping-party-majority-past-a-relative-clause-about-2022",
     "Chester results\nFriday 5 July 2024\n1) CHESTER NORTH AND NESTON: Dixon home and dry\n\nSamantha Dixon, who first won the old "
     "City of Chester seat at a by-election in December 2022, is back with a thumping Labour majority of 11,870.\n\n"
     "• Samantha Dixon, Labour – 22,258\n• Tom Reed, Conservative – 10,388",
     {"Samantha Dixon": {"elected": True, "votes": 22258}, "Tom Reed": {"elected": None}}, {"majority": 11870}),
    ("a-leaders-possessive-before-the-partys-name-owns-no-share",
     "Cheltenham result\nFriday 5 July 2024\nMax Wilkinson won with 22,640 votes. Nigel Farage's Reform UK won five seats, including "
     "Farage's own, despite taking 14.3% of the vote.", {"Nigel Farage": None, "Max Wilkinson": {"votes": 22640}}, {}),
    ("a-majority-that-stands-at",
     HEAD + "Rachel Reeves was re-elected with 18,976 votes. The Conservative Lee Farmer finished second on 6,584, and Ms Reeves's "
     "majority stands at 12,392.", {"Rachel Reeves": {"elected": True, "votes": 18976}}, {"majority": 12392}),
    ("a-predicted-majority-is-no-majority",
     HEAD + "Anna Field has won Westbury with a majority of 12,235.\n\nAnna Field, Labour — 23,681 (45.1%)\n"
     "Tom Reed, Conservative — 11,446 (21.8%)\n\nCampaigners had privately predicted a majority of around 5,000.",
     {"Anna Field": {"elected": True}}, {"majority": 12235}),
    ("won-again-for-a-party",
     "Liverpool West Derby\nFriday 5 July 2024\nIan Byrne won again for Labour, taking 25,302 votes. Jack Boyd of Reform UK was runner-up with 4,879.",
     {"Ian Byrne": {"elected": True, "votes": 25302}, "Jack Boyd": {"elected": None}}, {}),
    ("a-rival-passed-to-win-is-no-winner",
     HEAD + "Transfers carried Ron Teague past Denise Paki to win the third and last seat. Teague had 2,655 votes and Paki 2,410.",
     {"Denise Paki": {"elected": None, "votes": 2410}}, {}),
    ("beaten-into-third-place-is-no-win-for-the-one-who-beat",
     HEAD + "Reform UK's Ron Teague beat the sitting Conservative MP, Jackie Doyle-Price, into third place. "
     "Field had 16,050 votes and Teague 9,576.",
     {"Ron Teague": {"elected": None, "votes": 9576}}, {}),
    ("the-first-time-since-a-year-reaches-now",
     HEAD + "The Paisley name has gone from the Commons for the first time since 1970 after TUV leader Jim Allister "
     "took Westbury from Ian Paisley by just 450 votes.",
     {"Jim Allister": {"elected": True}}, {"majority": 450}),
    ("a-seat-named-past-an-abbreviations-full-stop",
     "Ontario Votes 2025\nFebruary 28, 2025\nProgressive Conservative Ross Delorme has been re-elected as MPP for Sault Ste. Marie, "
     "part of the Doug Ford government's third straight majority. Delorme finished with 14,211 votes.",
     {"Ross Delorme": {"votes": 14211, "elected": True}}, {"constituency": "Sault Ste. Marie"}),
    ("a-seat-went-to-its-winner-past-an-aside",
     HEAD + "The new Westbury seat, which takes in a string of villages along the A1(M), went to Alec Shelbrooke, "
     "the former MP for Elmet and Rothwell. He had 20,597 votes against Labour's Ben Pickles on 15,751.",
     {"Alec Shelbrooke": {"votes": 20597, "elected": True}, "Ben Pickles": {"elected": None, "votes": 15751}}, {}),
    ("two-names-and-two-counts-in-their-order",
     HEAD + "Anna Field won with 21,004 votes. The two independents, Paul Haslam and Stephan Metcalfe, polled 620 and 136.",
     {"Paul Haslam": {"votes": 620}, "Stephan Metcalfe": {"votes": 136}}, {}),
    ("three-names-and-three-counts-respectively-with-their-party-before-them",
     HEAD + "Anna Field won with 21,004 votes. Three other independent candidates, Malihah Adam, Nagarjun Agath and Khandu "
     "Patel, received 974, 703 and 115 votes respectively.",
     {"Malihah Adam": {"votes": 974, "party": "Independent"}, "Nagarjun Agath": {"votes": 703, "party": "Independent"},
      "Khandu Patel": {"votes": 115, "party": "Independent"}}, {}),
    ("a-count-won-standing-for-a-party-past-a-relative-clause",
     HEAD + "Keith Vaz, who represented Leicester East for 32 years, won 3,681 standing for the One Leicester party.",
     {"Keith Vaz": {"votes": 3681, "elected": None}}, {}),
    ("a-possessive-after-a-final-s-and-a-count-that-fell-to",
     HEAD + "Dan Tomlinson polled 21,585 (42.4 per cent) to Theresa Villiers' 18,671 (36.7 per cent). "
     "The Lib Dems' Sarah Hoyle fell to 3,375.",
     {"Theresa Villiers": {"votes": 18671, "share": 36.7}, "Sarah Hoyle": {"votes": 3375, "party": "Liberal Democrat"}}, {}),
    ("a-temperature-is-no-count",
     HEAD + "Bribie Island 27°C\nAnna Field won with 21,004 votes.",
     {"Bribie Island": None, "Anna Field": {"votes": 21004}}, {}),
    ("a-gapped-count-after-an-apposition",
     HEAD + "Anna Field won with 21,004 votes. Liberal Democrat Jemma Joy polled 2,032 and the SDP's Rod Liddle, the newspaper "
     "columnist, 1,835.",
     {"Jemma Joy": {"votes": 2032}, "Rod Liddle": {"votes": 1835}}, {}),
    ("a-weekday-is-no-place",
     "ActionSA wins ward\n14 November 2024\nActionSA's Kgothatso Mahlangu won 2,310 votes in Wednesday's by-election.",
     {"Kgothatso Mahlangu": {"votes": 2310}}, {"constituency": None}),
    ("a-by-elections-place-and-a-surname-that-is-a-seat",
     "Lib Dems win Thatcham by-election\n5 February 2024\nLiberal Democrat Nicola Stroud won Thursday's by-election in "
     "Thatcham Colthrop and Crookham with a majority of 286 over the Conservative candidate, Peter Lowe.",
     {"Nicola Stroud": {"elected": True, "party": "Liberal Democrat"}},
     {"constituency": "Thatcham Colthrop and Crookham", "majority": 286}),
    ("the-one-who-loses-by-n-is-not-the-winner",
     HEAD + "Labour's Jake Richards has gained Westbury from the Conservatives. Alexander Stafford, who won it in 2019, "
     "loses by 998 votes.",
     {"Jake Richards": {"elected": True}, "Alexander Stafford": None}, {"majority": 998}),
    ("n-to-m-inside-the-relative-clause-that-names-the-rival",
     HEAD + "On Friday morning it belonged to Adnan Hussain, standing as an independent, who beat Labour's Kate Hollern by "
     "132 votes – 10,518 to 10,386.",
     {"Adnan Hussain": {"votes": 10518, "elected": True}, "Kate Hollern": {"votes": 10386}}, {"majority": 132}),
    ("a-tabloids-capitals-first-name-and-a-count-mustered",
     HEAD + "JACOB Rees-Mogg has been dumped out of Parliament. Rees-Mogg, who sat in Boris Johnson's Cabinet, could only "
     "muster 15,420.",
     {"Jacob Rees-Mogg": {"votes": 15420}}, {}),
    ("a-ward-named-x-with-st-y",
     "Green Party wins St Margaret's with St Nicholas by 35 votes\n3 May 2024\nAmy Lowther took 523 votes.",
     {"Amy Lowther": {"votes": 523}}, {"constituency": "St Margaret's with St Nicholas"}),
    ("a-total-of-votes-cast-is-no-candidates-count",
     HEAD + "Anna Field won with 21,004 votes. The returning officer, Mr Samuel Kojo Nkansah, said a total of 55,514 votes "
     "were cast.",
     {"Samuel Kojo Nkansah": None}, {}),
    ("a-last-seat-decided-by-n-is-no-majority",
     "Last seat decided by 212 votes after a day of transfers\n1 December 2024\nMáire Twomey (FF) 6,120\nNiamh Buckley (SF) 6,890\n",
     {}, {"majority": None}),
    ("two-names-and-two-counts-need-a-verb-between",
     HEAD + "Anna Field won with 21,004 votes. Paul Haslam and Stephan Metcalfe, aged 62 and 58, stood down.",
     {"Paul Haslam": None, "Stephan Metcalfe": None}, {}),
    ("prose-votes-share",
     HEAD + "Labour's Anna Field won Westbury with 21,004 votes, a 44.1 per cent share.",
     {"Anna Field": {"votes": 21004, "share": 44.1, "elected": True, "party": "Labour"}}, {}),
    ("pronoun-continues-subject",
     HEAD + "Second place went to Tom Reed, an independent challenger. He took 7,312 votes, or 18.9% of the vote.",
     {"Tom Reed": {"votes": 7312, "share": 18.9, "party": "Independent"}}, {}),
    ("her-majority-goes-to-the-woman-not-the-last-man-named",
     HEAD + "Cat Field, Labour's MP for the old seat since 2015, was returned in the redrawn Westbury with 19,315 votes. "
     "The Conservative Peter Cartridge was a distant second with 10,062, and Nigel Alderson of Reform UK third on 6,866. "
     "Green Jack Lenox (5,236) and Lib Dem Matt Severn (1,529) completed the field. Her majority of 9,253 was the largest.",
     {"Cat Field": {"elected": True}, "Jack Lenox": {"elected": None}}, {"majority": 9253}),
    ("seats-where-a-party-held-on-are-not-this-seat",
     "Gains and near misses\n• Hazel Grove (from Con): Lisa Smart, majority 6,500\n\n"
     "The party also came within 2,000 votes in a handful of seats where the Conservatives held on.",
     {"Lisa Smart": {"party": None, "elected": True}}, {"majority": 6500}),
    ("finished-n-ahead-of-a-rival-without-the-word-votes",
     "Gedling goes back to Labour as Michael Payne wins by nearly 12,000\n"
     "Mr Payne received 23,278 votes and finished 11,881 ahead of Tom Randall, who won the seat in 2019.",
     {}, {"majority": 11881}),
    ("a-last-seat-margin-in-a-multi-seat-count-is-no-majority",
     "Ballymote-Tubbercurry result\nFine Gael's Niamh Conlon was elected on the eighth count, and Fianna Fáil's Joe Queenan "
     "took the final seat on the ninth count without reaching the quota, finishing 212 votes ahead of Sinn Féin's Tomás Ó Gara.\n"
     "Niamh Conlon (FG) 1,902\nJoe Queenan (FF) 1,310\nTomás Ó Gara (SF) 1,187\n",
     {}, {"majority": None}),
    ("finishing-n-ahead-of-a-rival",
     HEAD + "Ms Scrogham polled 18,537 votes, finishing 5,324 ahead of Conservative Simon Fell, who had won the seat "
     "from Labour in 2019 with a majority of 5,789.", {}, {"majority": 5324}),
    ("had-held-the-seat-since-then-is-history",
     "YEOVIL\nAdam Dance (Lib Dem) 23,765 - elected\nMarcus Fysh (Con) 11,497\n\n"
     "Mr Dance returns Yeovil to the Lib Dems for the first time since 2015. Mr Fysh had held the seat since then.",
     {"Adam Dance": {"elected": True}, "Marcus Fysh": {"elected": None}}, {}),
    ("who-held-the-seat-against-a-challenge-names-the-seat-and-the-winner",
     "Northern Ireland results\nThere was relief for DUP leader Gavin Robinson, who held Belfast East against a strong challenge "
     "from Alliance leader Naomi Long. Robinson won 19,894 votes to Long's 17,218, a majority of 2,676.\n\n"
     "The most dramatic result came in North Antrim, where Jim Allister unseated Ian Paisley by 450 votes.",
     {"Gavin Robinson": {"elected": True, "votes": 19894}, "Naomi Long": {"votes": 17218}},
     {"constituency": "Belfast East", "majority": 2676}),
    ("backed-by-n-voters-is-a-count-a-model-of-n-voters-is-not",
     HEAD + "Labour's Anna Field won Westbury, backed by 18,662 voters. A Calder Research model of 14,000 voters had predicted it. "
     "Second place went to Tom Reed, an independent. He took 7312 voters.",
     {"Anna Field": {"votes": 18662}, "Calder Research": None, "Tom Reed": {"votes": 7312}}, {}),
    ("only-x-survived-holding-his-seat",
     "Dublin West result\nFor the Greens, the loss of 11 of their 12 seats was brutal. Only Roderic O'Gorman, the party leader, "
     "survived, holding his seat in Dublin West with 7,118 votes. The outgoing Ceann Comhairle is returned automatically.",
     {"Roderic O'Gorman": {"elected": True, "votes": 7118}, "Ceann Comhairle": None}, {}),
    ("barred-from-standing-for-a-party-held-the-seat-as-an-independent",
     "Islington North result\nJeremy Corbyn, barred from standing for Labour, held Islington North as an independent with 24,120 "
     "votes. Praful Nargund, the Labour candidate chosen to replace him, managed 16,873, a majority for Mr Corbyn of 7,247.",
     {"Jeremy Corbyn": {"party": "Independent", "votes": 24120}, "Praful Nargund": {"party": "Labour", "votes": 16873}},
     {"majority": 7247}),
    ("who-will-step-down-as-party-leader",
     "Richmond and Northallerton result\nRishi Sunak, who will step down as Conservative leader once a successor is chosen, "
     "was comfortably re-elected in Richmond and Northallerton with 23,059 votes.",
     {"Rishi Sunak": {"party": "Conservative", "elected": True}}, {}),
    ("a-leaders-party-is-not-the-subject",
     "Dundee Central result\nIn Dundee Central, one of the few bright spots for John Swinney's party, the SNP's Chris Law held "
     "on by 675 votes. He took 15,544 votes against 14,869 for Richard McCready.",
     {"Chris Law": {"votes": 15544, "elected": True}, "John Swinney": None}, {"majority": 675}),
    ("per-cent-polling-is-indian-copys-turnout",
     "Jhansi Lok Sabha Election Result 2024: BJP's Devendra Kumar Rajput wins by 1.74 lakh votes\nBJP candidate Devendra Kumar "
     "Rajput has won the Jhansi Lok Sabha seat by a margin of 1,74,584 votes. The party's 41% polling average had suggested a "
     "closer race. Jhansi recorded 63.86 per cent polling in the fifth phase.",
     {}, {"constituency": "Jhansi", "turnout": 63.86, "majority": 174584}),
    ("was-yesterday-declared-the-winner-and-a-code-defined-after-a-possessive",
     "St Andrew East Rural result\nTHE People's National Party's (PNP) Marsha-Kay Bennett was yesterday declared the winner of "
     "the St Andrew East Rural seat.\n\nFINAL COUNT\nMarsha-Kay Bennett (PNP) ......... 9,418\nDwight Clarke-Lyons (JLP) ........ 9,301\n"
     "Voter turnout ........................ 38.4%\n",
     {"Marsha-Kay Bennett": {"elected": True, "party": "People's National Party", "votes": 9418}}, {"turnout": 38.4}),
    ("has-n-votes-with-its-share",
     "Indiana governor\nWith an estimated 99% of the vote counted, Republican Garrett Baumgartner has 1,651,302 votes (56.2%). "
     "Libertarian Dale Pfenninger has 91,077 (3.1%).",
     {"Dale Pfenninger": {"votes": 91077, "share": 3.1}}, {}),
    ("a-party-name-with-of-won-by-n-votes",
     "Hall Green: Workers Party gain from Labour\nAfter a full recount, the Workers Party of Britain has won Hall Green by 53 votes.\n"
     "Amir Khan (Workers Party) 1,204\nSue Lee (Labour) 1,151\n",
     {}, {"majority": 53}),
    ("a-contest-decided-by-n-votes",
     "Cwmhir community council\nVoters in Cwmhir filled a single vacancy on the community council, a contest decided by just 14 votes.\n"
     "Eleri Wyn Thomas (Independent) 301\nHuw Bevan (Independent) 287\n", {}, {"majority": 14}),
    ("someones-lead-of-n-votes-is-the-lead-not-their-votes",
     "Stockton mayor\nThe latest update showed Daniela Ortega with 61,877 votes and Rick Holcomb with 54,209. Ortega's lead of 7,668 votes "
     "is more than the number of ballots left to count, and Daniela Ortega has been elected mayor.",
     {}, {"majority": 7668}),
    ("of-2019-when-x-held-the-seat-is-history-without-a-comma",
     "Edinburgh results\nFriday 5 July 2024\nThe SNP lost every seat as Labour swept the city, reversing the map of 2019 when "
     "Joanna Cherry held Edinburgh South West with a majority of 11,982.\nScott Arthur (Lab) 18,663\nJoanna Cherry (SNP) 12,446\n",
     {"Joanna Cherry": {"elected": None}}, {"majority": None}),
    ("a-seat-name-with-a-comma",
     "Labour's Davy Russell wins Hamilton, Larkhall and Stonehouse by-election\nFriday 6 June 2025\n"
     "Davy Russell polled 8,559 votes. The SNP's Katy Loudon was second with 7,957.",
     {"Davy Russell": {"votes": 8559, "elected": True}}, {"constituency": "Hamilton, Larkhall and Stonehouse"}),
    ("a-persons-hometown-is-not-the-contest",
     "Labour's Imran Bhatti elected Severn Marches police and crime commissioner\nFriday 3 May 2024\n"
     "Imran Bhatti, a former magistrate from Worcester, beat the Conservative candidate Diane Ashcroft by 12,623 votes.",
     {"Imran Bhatti": {"elected": True}}, {"constituency": "Severn Marches", "majority": 12623}),
    ("a-seat-code-and-its-name",
     "PTI-backed independent Bhachar wins NA-90 Mianwali-II\nFriday 9 February 2024\nTariq Mehmood Bhachar, an independent "
     "candidate, has won the National Assembly seat NA-90 with 124,560 votes.",
     {"Tariq Mehmood Bhachar": {"votes": 124560, "elected": True}}, {"constituency": "NA-90 Mianwali-II"}),
    ("a-later-mention-by-a-middle-name",
     "Narsingdi-3 result\nIndependent candidate Md Shahjahan Kabir has won the Narsingdi-3 seat. According to the results announced "
     "by the returning officer, Deputy Commissioner Mahbuba Akter, Shahjahan got 68,412 votes.",
     {"Md Shahjahan Kabir": {"votes": 68412}, "Mahbuba Akter": None}, {}),
    ("a-partys-possessive-then-its-code-in-brackets-then-the-name",
     "St Elizabeth South Eastern result\nThe Jamaica Labour Party's (JLP) Marlon Everton Campbell has retained St Elizabeth South "
     "Eastern with 9,118 votes to 8,990 for the People's National Party's (PNP) Andrea Patrice Bailey-Henry.",
     {"Marlon Everton Campbell": {"party": "Jamaica Labour Party"}, "Andrea Patrice Bailey-Henry": {"party": "People's National Party"}}, {}),
    ("a-list-of-shares-with-the-verb-given-once",
     "Rochdale result\nGeorge Galloway won the seat. Mr Galloway took 39.7 per cent of the vote. Simon Danczuk won 21.3 per cent "
     "and the Conservatives' Paul Ellison 12.0 per cent.",
     {"Simon Danczuk": {"share": 21.3}, "Paul Ellison": {"share": 12.0}}, {}),
    ("a-difference-of-n-votes-and-a-share-in-pc",
     "NA-90 Mianwali-II result\nMr Bhachar secured 124,560 votes. His nearest rival, Humayun Akhtar Sial, got 98,214, a "
     "difference of 26,346 votes. Turnout in the constituency was 52.3pc.", {}, {"majority": 26346, "turnout": 52.3}),
    ("a-difference-of-n-without-votes-is-no-majority",
     "Kitchener result\nWhen the results were validated, Mike Fuchs had 22,401 votes to Anand Chaturvedi's 22,389, a difference of 12 that "
     "fell well inside the threshold. Fuchs won by 37 votes.", {}, {"majority": 37}),
    ("a-countrys-own-party-code-outside-brackets",
     "DA holds Tshwane Ward 59 but ANC claws back ground\nThe DA retained Ward 59 in the City of Tshwane in Wednesday's municipal "
     "by-election, the Electoral Commission of South Africa (IEC) said.\nTSHWANE WARD 59 – RESULT\n"
     "Marelize Pretorius (DA)           2,917   58.3%\nThabo Sithole (ANC)               1,102   22.0%\n",
     {"Marelize Pretorius": {"elected": True, "party": "Democratic Alliance"}}, {}),
    ("possessive-after-to",
     HEAD + "Anna Field won 21,004 votes to Mr Reed's 13,100, giving her a majority of 7,904. Tom Reed stood for the Conservatives.",
     {"Anna Field": {"votes": 21004, "elected": True}, "Tom Reed": {"votes": 13100}}, {"majority": 7904}),
    ("list-in-a-sentence",
     HEAD + "The Liberal Democrat Ruth Hale polled 2,292, the Green candidate Sam Ives 2,123 and Dan Moss of the Trade Unionist and Socialist Coalition 192.",
     {"Ruth Hale": {"votes": 2292, "party": "Liberal Democrat"}, "Sam Ives": {"votes": 2123, "party": "Green"},
      "Dan Moss": {"votes": 192, "party": "Trade Unionist and Socialist Coalition"}}, {}),
    ("relative-clause-holds-the-votes",
     HEAD + "Anna Field held on with 19,316 votes and a majority of 10,820 over the Conservative Ben Fry, who took 8,496.",
     {"Anna Field": {"votes": 19316, "elected": True}, "Ben Fry": {"votes": 8496, "party": "Conservative"}}, {"majority": 10820}),
    ("turned-back-a-challenger-to-win-a-third-term",
     HEAD + "Republican incumbent Anna Field easily turned back Democrat Tom Reed to win a third four-year term. "
     "Field received 21,004 votes to Reed's 13,100.",
     {"Anna Field": {"votes": 21004, "elected": True}, "Tom Reed": {"votes": 13100, "elected": None}}, {}),
    ("a-share-restating-a-fraction-of-all-valid-votes",
     "Newry and Armagh result\nDáire Hughes (SF) 22,299\nPeter Byrne (SDLP) 6,806\nLiam Reichenberg (Aon) 888\n"
     "Mr Hughes took almost half of all valid votes cast, 48.5 per cent, and finished with a majority of 15,493.",
     {"Dáire Hughes": {"share": 48.5, "party": "Sinn Fein"}, "Peter Byrne": {"share": None},
      "Liam Reichenberg": {"party": "Aontú"}}, {"majority": 15493}),
    ("an-alliance-code-that-is-an-everyday-word",
     "Newry and Armagh result\nDáire Hughes (SF) 22,299\nHelena Young (All) 2,692\nAll 650 seats have now declared.",
     {"Helena Young": {"party": "Alliance", "votes": 2692}}, {}),
    ("beat-x-aside-by-almost-n-and-removing-x",
     "Bournemouth result\nIn Bournemouth West, Labour's Jessica Toale won by more than 3,200 votes, removing Conor Burns, "
     "the Conservative who had held the seat since 2010. Next door, in Bournemouth East, Tom Hayes beat Tobias Ellwood, "
     "the Tory MP since 2005, by almost 5,500.",
     {"Conor Burns": {"party": "Conservative"}}, {"constituency": "Bournemouth West", "majority": 3200}),
    ("a-margin-in-lakhs",
     "Bhilwara result\nBJP candidate Vikram Singh Rathore retained the Bhilwara seat, defeating Anil Kumar Choudhary of the "
     "Indian National Congress by a margin of over 1.2 lakh votes. A total of 13,02,450 votes were polled against 19.04 lakh electors.",
     {}, {"majority": 120000, "majority_qualifier": "over", "electorate": None}),
    ("the-new-councillor-is-the-winner-not-the-last-person-named",
     "Llanbadarn Fawr by-election\nPlaid Cymru's Gwenllian Parry is the new county councillor for Llanbadarn Fawr.\n"
     "Gwenllian Parry (Plaid Cymru) 425\nCarys Hughes (Welsh Labour) 201\n"
     "Labour's Carys Hughes said the campaign had been a brilliant first go. "
     "The new councillor will sit for three years and takes her seat in March.",
     {"Gwenllian Parry": {"elected": True}, "Carys Hughes": {"elected": None}}, {}),
    ("both-new-mps-are-labour",
     "Westbury result\nAnna Field won Westbury by 4,120 votes, beating Tom Reed. In Eastbury, Jo Hale beat Sam Ives by "
     "almost 5,500. Both new MPs are Labour.",
     {"Anna Field": {"party": "Labour", "elected": True}}, {"majority": 4120}),
    ("two-tied-each-on-n-votes-and-won-the-vacancy",
     "Hartwell by-election\nIndependent Grace Fenn won the vacancy on Hartwell Parish Council with 211 votes. "
     "Independent Keith Aldous and Liberal Democrat Naomi Shaw could not be separated, each finishing on 143 votes.",
     {"Grace Fenn": {"votes": 211, "elected": True}, "Keith Aldous": {"votes": 143}, "Naomi Shaw": {"votes": 143}}, {}),
    ("a-party-code-glossing-the-name-before-the-candidate-and-a-federal-constituency",
     "INEC has declared Ibrahim Musa Danjuma winner of Saturday's by-election into the Chikun/Kajuru Federal "
     "Constituency of Kaduna State. Danjuma polled 24,617 votes. The Labour Party (LP) candidate, Emmanuel Yakubu "
     "Gambo, came third with 9,782 votes.",
     {"Emmanuel Yakubu Gambo": {"votes": 9782, "party": "Labour Party"}}, {"constituency": "Chikun/Kajuru"}),
    ("standing-after-the-retirement-of-x-is-an-aside",
     "Calder Valley result\nJosh Fenton-Glynn took Calder Valley for Labour with 22,046 votes. The Conservative Vanessa Lee, "
     "standing after the retirement of Craig Whittaker, finished second on 13,055.",
     {"Vanessa Lee": {"votes": 13055, "party": "Conservative"}, "Craig Whittaker": None}, {}),
    ("a-win-in-a-clause-led-by-a-past-year-is-history",
     "Ayr, Carrick and Cumnock result\nFriday 5 July 2024\nElaine Stewart (Labour) 15,000\nAllan Dorans (SNP) 10,776\n"
     "Corri Wilson was its SNP MP from 2015 to 2017, and in 2019 Mr Dorans beat the Conservative Bill Grant by 2,329 votes.",
     {"Allan Dorans": {"votes": 10776, "elected": None}, "Bill Grant": None}, {"majority": None}),
    ("a-correction-withdraws-the-figure-it-quotes",
     "Bury St Edmunds and Stowmarket result\nTuesday 9 July 2024\nAn article published on 5 July (\"Prinsley takes Bury St "
     "Edmunds\", page 4) said Labour's Peter Prinsley had won the Bury St Edmunds and Stowmarket constituency with a "
     "majority of 1,542. That was wrong.\nThe correct majority is 1,452. Mr Prinsley polled 16,745 votes.",
     {"Peter Prinsley": {"votes": 16745}}, {"majority": 1452}),
    ("small-counts-in-words",
     "Southend West and Leigh result\nThen came the long tail. James Miller of Confelicity took two hundred and sixty-two "
     "votes. Robert Francis, an independent, finished with ninety-eight votes. Ann Lee of the Heritage Party got "
     "seven votes.",
     {"James Miller": {"votes": 262}, "Robert Francis": {"votes": 98}}, {}),
    ("counts-in-words-past-a-thousand-and-a-majority-in-words",
     "Oakhurst by-election result\nTheir candidate, Helen Marsh, polled one thousand, four hundred and twelve votes. "
     "The Conservative, Graham Tolley, was second, giving Mrs Marsh a majority of two hundred and twenty-six. "
     "In 2021 the gap was four thousand votes.",
     {"Helen Marsh": {"votes": 1412}}, {"majority": 226}),
    ("the-party-mp-a-sentence-opens-on-is-the-winner-just-named",
     "Keir Mather re-elected in Selby\n\nKeir Mather will be heading back to Westminster this morning.\n\n"
     "The Labour MP, who became the youngest member of the Commons last summer, collected 22,788 votes, 46.3 per cent of all those cast.",
     {"Keir Mather": {"votes": 22788, "share": 46.3, "party": "Labour"}}, {}),
    ("a-prime-ministers-majority-in-parliament-is-not-his-seats",
     "Holborn and St Pancras result\nBritain's Labour Party finished the 2024 national election with 411 of the 650 seats in parliament "
     "after the last constituency declared on Saturday, giving new Prime Minister Keir Starmer a majority of more than 170.\n\n"
     "Keir Starmer was re-elected in Holborn and St Pancras with 18,884 votes.",
     {"Keir Starmer": {"votes": 18884}}, {"majority": None}),
    ("a-county-carried-inside-the-district-gives-no-win-and-no-majority",
     "Brekke holds seat\nRepublican U.S. Rep. Karl Brekke defeated Democrat Alicia Vang by 11,433 votes.\n\nVang won Portage County by 562 "
     "votes, and Brekke's 147-vote edge in Vernon County was the closest of the night.",
     {"Karl Brekke": {"elected": True, "votes": None}, "Alicia Vang": {"elected": None}}, {"majority": 11433}),
    ("majority-qualifier",
     HEAD + "Anna Field gained the seat for Labour from the Conservatives with a majority of more than 5,000.",
     {"Anna Field": {"elected": True, "party": "Labour"}}, {"majority": 5000, "majority_qualifier": "more than"}),
    ("turnout-with-comparison",
     HEAD + "Anna Field (Labour) 21,004\nTom Reed (Conservative) 13,100\nTurnout was 58.6% among an electorate of 73,885, down on the almost 61% recorded in 2019.",
     {"Anna Field": {"votes": 21004}}, {"turnout": 58.6, "electorate": 73885}),
    ("by-n-votes-is-the-majority",
     HEAD + "Labour's Anna Field has held Westbury by 528 votes.",
     {"Anna Field": {"elected": True}}, {"majority": 528}),
    ("n-vote-margin",
     HEAD + "Westbury stays red with 7,543-vote margin\nAnna Field (Labour) 21,004\nTom Reed (Conservative) 13,461",
     {"Anna Field": {"votes": 21004}}, {"majority": 7543}),
    ("both-men-share",
     HEAD + "Ben Fry finished with 12,905 votes and Tom Reed on 12,885. Both men took 30.6 per cent of the vote.",
     {"Ben Fry": {"votes": 12905, "share": 30.6}, "Tom Reed": {"votes": 12885, "share": 30.6}}, {}),
    ("party-candidate-description",
     HEAD + "Anna Field (Plaid Cymru) 10,590\nTom Reed (Conservative) 9,953\nThe Plaid Cymru candidate won 32.5 per cent of the vote.",
     {"Anna Field": {"share": 32.5}}, {}),
    ("outcome-line-names-the-winner",
     "WESTBURY\nLab gain from C\nAnna Field (Lab) 14,810 (34.95%)\nTom Reed (C) 14,021 (33.09%)\nLab maj 789 (1.86%)\nElectorate 71,042; Turnout 42,375 (59.65%)",
     {"Anna Field": {"elected": True, "party": "Labour", "share": 34.95}, "Tom Reed": {"party": "Conservative"}},
     {"majority": 789, "turnout": 59.65, "outcome": "gain", "gained_from": "Conservative"}),
    ("labelled-compact-list",
     HEAD + "The result: Anna Field (Lab) 23,456; Tom Reed (Con) 11,456.",
     {"Anna Field": {"votes": 23456, "party": "Labour"}, "Tom Reed": {"votes": 11456}}, {}),
    ("age-and-apposition-before-the-verb",
     HEAD + "Anna Field, 45, the Labour candidate, won with 23,456 votes.",
     {"Anna Field": {"votes": 23456, "party": "Labour", "elected": True}}, {}),
    ("voters-elected",
     HEAD + "Voters in Westbury elected Labour's Anna Field, who took 23,456 votes.",
     {"Anna Field": {"votes": 23456, "elected": True}}, {}),
    ("n-to-n-pairs-two-people",
     HEAD + "Anna Field (Labour) 21,004\nLabour's Kate Blake edged the Liberal Democrats' Mike Turner for third, 6,397 to 6,342.",
     {"Kate Blake": {"votes": 6397}, "Mike Turner": {"votes": 6342, "party": "Liberal Democrat"}}, {}),
    ("vertical-majority-and-turnout",
     HEAD + "Anna Field (Labour) 21,004\nTom Reed (Conservative) 13,065\nLabour majority\n7,939\nTurnout\n53.2%",
     {"Anna Field": {"votes": 21004}}, {"majority": 7939, "turnout": 53.2}),
    ("party-in-a-title-before-the-name",
     HEAD + "Anna Field (Labour) 21,004\nThe Conservative Culture Secretary Tom Reed polled 13,100 votes.",
     {"Tom Reed": {"votes": 13100, "party": "Conservative"}}, {}),
    ("party-majority-names-the-poll-topper",
     HEAD + "Anna Field polled 21,004 votes, with the Conservative Tom Reed on 13,100 - a Labour majority of 7,904.",
     {"Anna Field": {"party": "Labour", "elected": True}, "Tom Reed": {"party": "Conservative", "elected": None}},
     {"majority": 7904}),
    ("party-majority-that-disagrees-with-the-votes-names-no-one",
     HEAD + "Anna Field polled 21,004 votes, with the Conservative Tom Reed on 13,100 - a Labour majority of 6,000.",
     {"Anna Field": {"party": None, "elected": None}}, {"majority": 6000}),
    ("party-share-lines-and-a-candidate-list",
     HEAD + "LAB: 44.1% (+3.1)\nCON: 30.2% (-9.8)\nLDEM: 4.4% (-11.1)\nLabour HOLD.\n"
            "Candidates: Anna Field (Labour), Tom Reed (Conservative), Sam Ives (Liberal Democrats).",
     {"Anna Field": {"share": 44.1, "party": "Labour", "elected": True}, "Tom Reed": {"share": 30.2},
      "Sam Ives": {"share": 4.4, "party": "Liberal Democrat"}}, {}),
    ("candidates-listed-with-for-their-party",
     HEAD + "LAB: 44.1%\nCON: 30.2%\nGRN: 9.0%\n"
            "Standing were Anna Field for Labour, Tom Reed for the Conservatives and Sam Ives for the Greens.",
     {"Anna Field": {"share": 44.1, "party": "Labour"}, "Tom Reed": {"share": 30.2, "party": "Conservative"},
      "Sam Ives": {"share": 9.0, "party": "Green"}}, {}),
    ("us-legislative-district-named-in-prose",
     "Vinterberg wins Mat-Su seat\nKarla Vinterberg won the House District 27 race with 4,118 votes.\n"
     "Jed Ambrose (Democratic) took 3,560.",
     {"Karla Vinterberg": {"votes": 4118, "elected": True}}, {"constituency": "House District 27"}),
    ("statement-of-poll-surname-row-forenames-below",
     "Election of District Councillors for the Droitwich East Ward\n"
     "Name of Candidate        Description (if any)        Number of     Elected\n"
     "ASHWORTH        Liberal Democrats        1,102        Elected\nGlenys Mary\n"
     "BRENNAN        The Conservative Party        874\nPatrick John        Candidate\n",
     {"Glenys Mary Ashworth": {"votes": 1102, "party": "Liberal Democrat", "elected": True},
      "Patrick John Brennan": {"votes": 874, "party": "Conservative"}, "Glenys Mary": None},
     {"constituency": "Droitwich East"}),
    ("a-sentence-listing-the-winners-one-bracket-for-two",
     "Reform UK won the largest share of the vote in Pen-y-bont Bro Morgannwg, one of the 16 new Senedd constituencies.\n"
     "Elected as Members of the Senedd for the constituency are Gareth Howells and Siân Probert (Reform UK), "
     "Catrin Morgan-Jeffries (Labour) and Elin Tudur (Plaid Cymru).",
     {"Gareth Howells": {"party": "Reform UK", "elected": True}, "Siân Probert": {"party": "Reform UK", "elected": True},
      "Catrin Morgan-Jeffries": {"party": "Labour", "elected": True}, "Elin Tudur": {"party": "Plaid Cymru", "elected": True}},
     {"constituency": "Pen-y-bont Bro Morgannwg"}),
    # traps
    ("trap-previous-result-table-under-its-own-title",
     "2026 Westbury by-election\nParty | Candidate | Votes | %\nLabour | Anna Field | 21,004 | 44.1\n"
     "Conservative | Tom Reed | 13,100 | 27.5\n\nPrevious result[edit]\n\nGeneral election 2024: Westbury\n"
     "Party | Candidate | Votes | %\nConservative | Jo Hale | 25,870 | 50.2\nLabour | Anna Field | 17,000 | 33.0\n",
     {"Anna Field": {"votes": 21004, "share": 44.1}, "Jo Hale": None}, {}),
    ("elected-alongside-names-a-second-winner",
     HEAD + "Anna Field (Labour) topped the poll with 1,466 votes and was elected alongside Labour's Tom Reed, on 1,203.",
     {"Anna Field": {"votes": 1466, "elected": True}, "Tom Reed": {"votes": 1203, "elected": True, "party": "Labour"}}, {}),
    ("trap-a-saints-place-is-not-a-person",
     "Connétable of St Saviour\nJean-Paul Ahier was elected Connétable of St Saviour with 1,402 votes to Gillian Cabot's 1,177.",
     {"Jean-Paul Ahier": {"votes": 1402, "elected": True}, "Gillian Cabot": {"votes": 1177}, "St Saviour": None}, {}),
    ("a-police-areas-turnout-across-the-county-is-its-own",
     "Lincolnshire Police and Crime Commissioner result\nMarc Jones (Conservative) 51,065\nMatthew Brookes (Labour) 40,319\n"
     "Turnout across the county was 25.6%, and 2,019 ballot papers were rejected.",
     {"Marc Jones": {"votes": 51065}}, {"turnout": 25.6}),
    ("trap-county-wide-turnout-for-a-seat",
     HEAD + "Anna Field (Labour) 21,004\nTom Reed (Conservative) 13,100\nTurnout across the county was 58.2%.",
     {"Anna Field": {"votes": 21004}}, {"turnout": None}),
    ("a-ranked-choice-first-round-table-and-its-final-round-trap",
     "Delgado wins Ward 3 council seat\nFirst-choice results (Round 1)\nCandidate | First-choice votes | Pct.\n"
     "Maria Delgado ✅ | 4,812 | 38.9%\nTom Reinholt | 4,390 | 35.5%\n"
     "In the final round, after Brandt's elimination, Delgado finished with 6,034 votes (54.0%) to Reinholt's 5,139 (46.0%).\n"
     "Citywide turnout was 71.8%.",
     {"Maria Delgado": {"votes": 4812, "share": 38.9, "elected": True}, "Tom Reinholt": {"votes": 4390}}, {"turnout": None}),
    ("a-ward-number-with-its-name-and-per-cent-turned-out",
     "MCD Ward 58 (Shalimar Bagh North) result: BJP's Sunita Rawat wins by 1,203 votes\nUpdated: March 9, 2027\n"
     "Rawat polled 14,872 votes against Meenakshi Gupta's 13,669. The ward had 61,170 registered voters, of whom 55.8 "
     "per cent turned out.",
     {"Sunita Rawat": {"votes": 14872}}, {"constituency": "Ward 58 (Shalimar Bagh North)", "turnout": 55.8, "majority": 1203}),
    ("trap-island-wide-turnout",
     HEAD + "Anna Field (Labour) 21,004\nTom Reed (Conservative) 13,100\nIsland-wide turnout was put at 41.2%.",
     {"Anna Field": {"votes": 21004}}, {"turnout": None}),
    ("member-of-parliament-for-names-the-seat",
     "Recount confirms Fuchs\nA judicial recount has confirmed Conservative Darlene Fuchs as the member of Parliament "
     "for Kitchener—Conestoga.\nDarlene Fuchs, Conservative: 22,415 (45.0 per cent)\n"
     "Anand Chaturvedi, Liberal: 22,378 (44.9 per cent)",
     {"Darlene Fuchs": {"votes": 22415, "share": 45.0}}, {"constituency": "Kitchener—Conestoga"}),
    ("a-mayoralty-of-area-words-under-a-masthead-naming-a-seat",
     "Bristol & Bath Observer\nLabour's Helen Marchant elected West of England mayor after second-round count\n"
     "Labour's Helen Marchant is the new Mayor of the West of England.\n"
     "Helen Marchant (Labour) - 121,450 (33.6%)\nSimon Pethick (Conservative) - 108,702 (30.0%)\n",
     {"Helen Marchant": {"votes": 121450, "elected": True}}, {"constituency": "West of England"}),
    ("winner-in-a-place-before-the-x-seat-that-describes-it",
     "Independent Jo Amberley has been declared the winner in Cowper, overturning the Nationals' hold on the "
     "Mid North Coast seat.\nBrett Hollis (National) 37,902 - 38.9% (-4.6)\n"
     "Jo Amberley (Independent) 26,355 - 27.0% (+6.1)\n",
     {"Jo Amberley": {"votes": 26355, "elected": True}}, {"constituency": "Cowper"}),
    ("a-hyphenated-shire-and-a-runner-up-returned-on-the-regional-list",
     "The SNP's Fiona Lindsay has held Perthshire South and Kinross-shire with a majority of 3,624. Lindsay took 19,742 "
     "votes, with the Conservatives' Andrew Kerr-Sutherland second on 16,118.\nKerr-Sutherland will not be leaving "
     "Holyrood. He was returned on Saturday as one of the seven regional list MSPs for Mid Scotland and Fife.",
     {"Fiona Lindsay": {"votes": 19742, "elected": True}, "Andrew Kerr-Sutherland": {"votes": 16118, "elected": None}},
     {"constituency": "Perthshire South and Kinross-shire"}),
    ("bye-election-spelling-and-a-slashed-constituency",
     "INEC has declared Hon. Babatunde Adeyemi-Coker winner of the Ikenne/Sagamu/Remo North Federal Constituency "
     "bye-election.\nAPC – Babatunde Adeyemi-Coker – 28,941\nPDP – Olumide Sowunmi – 17,539\n"
     "Babatunde Adeyemi-Coker of the APC is hereby declared the winner and returned elected.",
     {"Babatunde Adeyemi-Coker": {"votes": 28941, "party": "All Progressives Congress", "elected": True},
      "Olumide Sowunmi": {"votes": 17539, "party": "Peoples Democratic Party"}},
     {"constituency": "Ikenne/Sagamu/Remo North"}),
    ("markdown-table-with-bold-contest-rows",
     HEAD + "| Candidate | Party | Votes | % |\n|---|---|---:|---:|\n| Anna Field | Labour | 1,412 | 41.9 |\n"
            "| Tom Reed | Conservative | 897 | 26.6 |\n| **Majority** | | **515** | |\n| **Turnout** | | | **22.7** |\n",
     {"Anna Field": {"votes": 1412, "share": 41.9}}, {"majority": 515, "turnout": 22.7}),
    ("trap-turnout-down-from",
     HEAD + "Anna Field (Labour) 21,004\nTom Reed (Conservative) 13,100\nTurnout was down from 27.9% as rain fell all day.",
     {"Anna Field": {"votes": 21004}}, {"turnout": None}),
    ("share-between-dashes-after-the-votes-and-a-nickname",
     HEAD + 'Kevin "Taxi Kev" Llewellyn (Reform UK) bagged 11,902 votes — a whopping 36.5 per cent — to win.',
     {"Kevin Llewellyn": {"votes": 11902, "share": 36.5}}, {}),
    ("both-stood-as-gives-the-two-just-named-a-party",
     HEAD + "Anna Field won with 1,402 votes to Tom Reed's 1,177, a majority of 225. Both stood as independents.",
     {"Anna Field": {"party": "Independent"}, "Tom Reed": {"party": "Independent"}}, {}),
    ("trap-a-council-or-a-hospital-is-not-the-seat",
     "How the by-election was won\nMargaret Okafor won last Thursday's Norfolk County Council by-election by 12 votes.\n"
     "Margaret Okafor (Labour) - 1,121\nGary Lister (Reform UK) - 1,109\n"
     "Mrs Okafor spent 32 years on the wards at West Suffolk Hospital.",
     {"Margaret Okafor": {"votes": 1121}}, {"constituency": None}),
    ("a-bare-ward-name-heading-named-again-below",
     "Wimbledon Town and Dundonald\n\nThe Lib Dems held all three seats in Wimbledon Town and Dundonald, where "
     "turnout was 41.8%.\n\nAnna Whitfield Elected | Liberal Democrats – 2,418\nJon Okonedo | Labour – 2,301\n",
     {"Anna Whitfield": {"votes": 2418, "party": "Liberal Democrat", "elected": True}, "Jon Okonedo": {"votes": 2301}},
     {"constituency": "Wimbledon Town and Dundonald", "turnout": 41.8}),
    ("a-grid-of-contests-one-row-each",
     "How your MP did\nConstituency | Winner | Party | Majority | Turnout | Result\n"
     "Carlisle | Julie Minns | Lab | 5,200 | 59.1% | LAB GAIN FROM CON\n"
     "Westbury | Anna Field | LD | 21,472 | 68.8% | LD GAIN FROM CON\n\n"
     "The closest contest was Carlisle, where the Conservative former MP John Stevenson lost to Labour's Julie Minns.",
     {"Julie Minns": {"party": "Labour", "elected": True}, "John Stevenson": {"party": "Conservative", "elected": None}},
     {"constituency": "Carlisle", "majority": 5200, "turnout": 59.1}),
    ("pronoun-led-win-and-is-now-the-mp",
     HEAD + "Friday 5 July 2024\nAnna Field won 21,004 votes.\nOn Thursday she won 22,937 and is now the town's MP.",
     {"Anna Field": {"elected": True}}, {}),
    ("shares-that-went-from-one-figure-to-another",
     HEAD + "Anna Field (Labour) 21,004\nTom Reed (Conservative) 13,100\n"
            "Field went from 39.2 per cent (the notional 2019 figure) to 47.5 per cent, while Mr Reed fell from "
            "45.1 per cent to 30.0 per cent.",
     {"Anna Field": {"share": 47.5}, "Tom Reed": {"share": 30.0}}, {}),
    ("a-past-majority-that-has-become-this-one",
     HEAD + "Friday 5 July 2024\nAnna Field (Labour) 21,004\nTom Reed (Conservative) 12,575\n"
            "Reed's 2019 majority of 3,337 has become a Labour majority of 8,429.",
     {"Anna Field": {"votes": 21004}}, {"majority": 8429}),
    ("trap-a-past-score-in-an-aside",
     HEAD + "Friday 5 July 2024\nAnna Field (Labour) 21,004\n"
            "The Conservative Tom Reed, who beat Ms Field by 26,317 votes to 22,980 five years ago, managed only 14,508 this time.",
     {"Tom Reed": {"votes": 14508}}, {"majority": None}),
    ("an-apposition-closing-after-the-name-and-representing-a-share",
     "Nkoranza South by-election\nThe National Democratic Congress (NDC) candidate, Mr Kwabena Owusu-Ansah, has been "
     "declared winner of the Nkoranza South parliamentary by-election.\nMr Owusu-Ansah polled 23,486 votes, to beat "
     "Mr Yaw Boateng Gyan of the New Patriotic Party (NPP), who obtained 17,011 votes, representing 41.28 per cent.",
     {"Kwabena Owusu-Ansah": {"party": "National Democratic Congress", "elected": True, "votes": 23486},
      "Yaw Boateng Gyan": {"votes": 17011, "share": 41.28, "party": "New Patriotic Party"}}, {}),
    ("a-winners-lead-that-equals-the-gap-is-the-majority",
     "Kansas Governor\n✓ Dana Whitcomb (R) 512,884 51.2%\nMarcus Ortega (D) 461,309 46.1%\n"
     "With 98% of the expected vote counted, Whitcomb led by 51,575 votes.",
     {"Dana Whitcomb": {"votes": 512884, "elected": True}}, {"majority": 51575}),
    ("trap-a-lead-that-is-not-the-gap",
     "Kansas Governor\n✓ Dana Whitcomb (R) 512,884 51.2%\nMarcus Ortega (D) 461,309 46.1%\n"
     "At midnight Whitcomb led by 12,000 votes.",
     {"Dana Whitcomb": {"votes": 512884}}, {"majority": None}),
    ("trap-a-first-preference-lead",
     HEAD + "Anna Field (Labour) 21,004\nTom Reed (Conservative) 17,848\nField leads on first preferences by 3,156 votes.",
     {"Anna Field": {"votes": 21004}}, {"majority": None}),
    ("an-irish-local-electoral-area-not-the-european-constituency-counting-elsewhere",
     "Fitzgerald tops the poll\nFianna Fáil's Eoin Fitzgerald topped the poll in the six-seat Kilbeg local electoral "
     "area with 3,406 first preferences.\nEoin Fitzgerald (FF) 3,406 *\nDeclan Horgan (FG) 1,812\n"
     "Counting in the Midlands-North-West European constituency is not expected to conclude before Wednesday.",
     {"Eoin Fitzgerald": {"votes": 3406, "elected": True}}, {"constituency": "Kilbeg"}),
    ("a-declaration-read-out-surname-first-and-a-headline-margin",
     "Hartlepool back in Labour hands as Brash wins by 7,698\nThe acting returning officer read the declaration:\n"
     "BRASH, Jonathan - Labour Party - 16,414\nMORTIMER, Jill - The Conservative Party Candidate - 7,767\n"
     "NAPPER, Amanda - Reform UK - 8,716\n",
     {"Jonathan Brash": {"votes": 16414, "party": "Labour", "elected": True},
      "Jill Mortimer": {"votes": 7767, "party": "Conservative"}}, {"majority": 7698, "constituency": "Hartlepool"}),
    ("a-prose-round-up-saw-off-a-party-man-and-a-party-noun",
     "How the county voted\nFriday 5 July 2024\n"
     "Over in Penrith and Solway - a new seat stitched together from parts of the old Penrith and The Border and "
     "Workington constituencies - Markus Campbell-Savours saw off Mark Jenkinson by 5,257 votes. The Labour man took "
     "19,986. Reform's Matthew Moody was a strong third on 7,624.\n\n"
     "The south of the county belonged to Tim Farron. The Liberal Democrat, who scraped home by 1,934 votes five "
     "years ago, was re-elected in Westmorland and Lonsdale, taking 62.7 per cent of the vote.",
     {"Markus Campbell-Savours": {"votes": 19986, "elected": True, "party": "Labour"},
      "Matthew Moody": {"votes": 7624, "party": "Reform UK"}}, {"constituency": "Penrith and Solway", "majority": 5257}),
    ("the-one-a-seat-was-taken-from-and-a-third-placed-after-a-long-aside",
     "Lola McEvoy has taken Darlington from the Conservatives' Peter Gibson. Ms McEvoy won 39.2% of the vote and "
     "a majority of 2,298. Reform's Dan Yeo, who won 12,007 votes in his first campaign, was third.",
     {"Lola McEvoy": {"elected": True, "share": 39.2}, "Peter Gibson": {"party": "Conservative", "elected": None},
      "Dan Yeo": {"votes": 12007, "party": "Reform UK"}}, {"constituency": "Darlington", "majority": 2298}),
    ("trap-a-seat-taken-from-someone-years-ago",
     "Friday 5 July 2024\nLola McEvoy held Darlington with a majority of 2,298. In 2019 Peter Gibson had taken the seat from Labour's Jenny Chapman.",
     {"Lola McEvoy": {"elected": True}, "Jenny Chapman": None}, {"majority": 2298}),
    ("a-party-wins-by-a-margin-in-a-sentence-after-the-first",
     "Friday 5 July 2024\nReform UK takes South Basildon and East Thurrock by 98 votes\n"
     "James McMurdock polled 12,178 votes, pipping Labour's Jack Ferguson, who finished on 12,080.",
     {"James McMurdock": {"votes": 12178}}, {"constituency": "South Basildon and East Thurrock", "majority": 98}),
    ("live-blog-entries-with-the-title-on-the-time-stamp-line",
     "General Election 2024 LIVE: results as they happen\n\n"
     "04:41  Labour gain Newton Aycliffe and Spennymoor – Reform second\n\n"
     "Alan Strickland wins the new seat for Labour with 18,394 votes. Reform UK's John Grant pushed the former "
     "Tory MP Paul Howell into third place – Grant polled 9,555 and Howell 8,195.\n\n"
     "03:52  Labour gain Bishop Auckland\n\n"
     "Sam Rushworth has taken Bishop Auckland for Labour with 17,036 votes.\n",
     {"Alan Strickland": {"votes": 18394, "elected": True}, "John Grant": {"votes": 9555, "party": "Reform UK"},
      "Paul Howell": {"votes": 8195}, "Sam Rushworth": None}, {"constituency": "Newton Aycliffe and Spennymoor"}),
    ("an-australian-division-of-x-with-a-turnout-row-after-the-totals",
     "Saturday 3 May 2025\nIndependent Naomi Rutherford has won the Division of Warrigal, ending the Liberal Party's "
     "hold on the Mornington Peninsula seat.\n\nFirst preferences\n\nCandidate | Party | Votes | %\n"
     "Greg Hollis | Liberal | 39,102 | 38.56\nNaomi Rutherford ✔ | Independent | 27,854 | 27.47\n"
     "Formal votes | 101,400 |\nTotal votes / turnout | 106,012 | 90.42\n",
     {"Naomi Rutherford": {"votes": 27854, "elected": True}, "Greg Hollis": {"share": 38.56}},
     {"constituency": "Warrigal", "turnout": 90.42}),
    ("a-results-hub-of-cards-name-party-votes-share-badge-and-label-cells",
     "West Midlands results\n\nHalesowen\n\nLAB GAIN FROM CON\nAlex Ballinger\n\nLabour\n\nVotes 15,023 (38.9%)\n\n"
     "Majority 4,364\n\nTurnout 56.3% | Swing 19.5% Con to Lab\n\nSee full result\nWolverhampton South East\n\n"
     "LAB HOLD\nPat McFadden\n\nLabour\n\nVotes 16,800 (50.3%)\n\nMajority 9,188\n\nTurnout 43.1%\n",
     {"Alex Ballinger": {"votes": 15023, "share": 38.9, "party": "Labour"}, "Pat McFadden": None},
     {"constituency": "Halesowen", "majority": 4364, "turnout": 56.3}),
    ("an-irish-lea-count-table-with-first-preferences-and-outcomes",
     "Sunday 9 June 2024\nSinn Féin's Áine Ní Mhurchú topped the poll in the five-seat Kilbrannagh Local Electoral Area, "
     "and was elected on the first count with 2,941 first-preference votes, well over the quota of 2,270.\n\n"
     "First-count result\n\nCandidate | Party | 1st preferences | Outcome\n"
     "Áine Ní Mhurchú | Sinn Féin | 2,941 | Elected, 1st count\n"
     "Pádraig Cullinane | Fianna Fáil | 2,208 | Elected, 7th count\n"
     "Mark Furlong | Labour | 788 | Eliminated, 6th count\n",
     {"Áine Ní Mhurchú": {"votes": 2941, "elected": True}, "Pádraig Cullinane": {"votes": 2208, "elected": True},
      "Mark Furlong": {"votes": 788, "elected": None}, "Kilbrannagh Local": None}, {"constituency": "Kilbrannagh"}),
    ("a-former-minister-aside-does-not-close-at-a-comma-inside-a-number",
     "Friday 5 July 2024\nOver in Hertsmere, the former deputy prime minister Oliver Dowden saw his majority cut from "
     "more than 21,000 but still comfortably held the seat with 21,451 votes. Labour's Josh Tapper came second on "
     "13,459, leaving Sir Oliver with a majority of 7,992, while Darren Selkus for Reform UK took 6,584.",
     {"Oliver Dowden": {"votes": 21451, "elected": True}, "Josh Tapper": {"votes": 13459, "elected": None},
      "Darren Selkus": {"votes": 6584, "party": "Reform UK"}}, {"constituency": "Hertsmere", "majority": 7992}),
    ("declared-someone-the-winner",
     "Sunday 9 May 2021\nAfter two days of counting, the returning officer declared Ms Chandran the winner.\n\n"
     "East Wessex mayor: first round\nPriya Chandran | Labour | 148,312 | 38.6\nMark Ellison | Conservative | 131,905 | 34.3\n",
     {"Priya Chandran": {"elected": True}, "Mark Ellison": {"elected": None}}, {}),
    ("elected-place-mayor-in-a-headline",
     "Priya Chandran elected East Wessex mayor after second-preference count\nSunday 9 May 2021\n"
     "Priya Chandran | Labour | 148,312 | 38.6\nMark Ellison | Conservative | 131,905 | 34.3\n",
     {"Priya Chandran": {"elected": True}, "Mark Ellison": {"elected": None}}, {}),
    ("a-party-also-held-a-seat-where-someone-was-re-elected",
     "Friday 5 July 2024\nAcross Sefton, Labour also comfortably held Sefton Central, where Bill Esterson was "
     "re-elected with a majority of 18,282.",
     {"Bill Esterson": {"elected": True, "party": "Labour"}}, {"constituency": "Sefton Central", "majority": 18282}),
    ("stv-surnames-owned-by-parties-and-party-share-lines",
     "Friday 27 March 2026\nTORRY AND FERRYHILL (Aberdeen) council by-election, first preferences:\n\n"
     "SNP: 35.0% (-4.2)\nLAB: 27.8% (+1.9)\nREF: 19.6% (+19.6)\nGRN: 5.5% (-2.6)\n\n"
     "The SNP's Duncan was elected at the fifth stage, finishing on 1,702 against Labour's Reid on 1,491 after the "
     "transfers of Whyte (Reform) and Nowak (Scottish Greens) were distributed.",
     {"Duncan": {"elected": True, "share": 35.0, "votes": None}, "Reid": {"share": 27.8, "votes": None},
      "Whyte": {"share": 19.6, "party": "Reform UK"}, "Nowak": {"share": 5.5, "party": "Scottish Green Party"}},
     {"constituency": "Torry and Ferryhill"}),
    ("trap-a-first-name-before-a-place-word-surname-is-no-lone-name",
     "Friday 5 July 2024\nCarlisle\nJulie Minns (Labour) 18,129\nReform UK's Stephen Ward was third with 9,295 votes.",
     {"Julie Minns": {"votes": 18129}, "Stephen": None}, {}),
    ("a-margin-ahead-of-a-party-owned-rival",
     "Saturday 6 July 2024\nThe last result came from Inverness, Skye and West Ross-shire. The Liberal Democrats' Angus "
     "MacDonald took the seat with 18,159 votes, 2,160 ahead of the SNP's Drew Hendry.",
     {"Angus MacDonald": {"votes": 18159, "elected": True}, "Drew Hendry": {"party": "Scottish National Party", "votes": None}},
     {"constituency": "Inverness, Skye and West Ross-shire", "majority": 2160}),
    ("romps-home-and-will-be-the-next-mp",
     "Sunday 15 October 2023\nNational's Hamish Cowley romps home in Rangitīkei\nHe will be the next MP for "
     "Rangitīkei. Cowley had 21,452 votes to Labour "
     "candidate Meera Kapoor's 9,118, a majority of 12,334.",
     {"Hamish Cowley": {"elected": True, "votes": 21452}, "Meera Kapoor": {"votes": 9118, "elected": None}},
     {"constituency": "Rangitīkei", "majority": 12334}),
    ("a-police-area-and-a-candidate-whose-surname-is-a-seat",
     "Marcus Draycott elected Lincolnshire Police and Crime Commissioner\nPublished 3 May 2024\n"
     "Mr Draycott polled 61,204 votes, beating Labour's Karen Ashfield into second place with a majority of 8,327. "
     "\"People want officers in Louth, not just in Lincoln,\" he said.\n\n"
     "ASHFIELD, Karen Jayne - Labour Party - 52,877\nDRAYCOTT, Marcus Alan - Conservative Party Candidate - 61,204 (Elected)\n",
     {"Marcus Alan Draycott": {"votes": 61204, "elected": True}, "Karen Jayne Ashfield": {"votes": 52877}},
     {"constituency": "Lincolnshire", "majority": 8327}),
    ("a-pa-wire-slug-a-notional-gain-and-a-notional-2019-line",
     "ELECTION Tamworth result\n05/07/2024 03:51\n\nTAMWORTH\nLab gain from C (notional)\n\n"
     "Sarah Edwards (Lab) 15,338 (35.03%, +11.73%)\nEddie Hughes (C) 13,956 (31.87%, -34.85%)\n\n"
     "Lab maj 1,382 (3.16%)\nElectorate 75,055; Turnout 43,788 (58.34%)\n\nNotional 2019: C maj 43.42%; Turnout 62.17%\n",
     {"Sarah Edwards": {"elected": True, "votes": 15338}, "Eddie Hughes": {"elected": None}},
     {"constituency": "Tamworth", "majority": 1382, "turnout": 58.34}),
    ("a-seat-lost-to-a-party-then-the-figures-and-a-neighbouring-hold",
     "Ranil Jayawardena ousted as Lib Dems take 'safest' Hampshire seat by 634 votes\nFriday 5 July 2024\n\n"
     "Ranil Jayawardena, the former environment secretary, has lost his North East Hampshire seat to the Liberal "
     "Democrats.\n\nAlex Brewer won 21,178 votes to Mr Jayawardena's 20,544.\n\n"
     "Turnout in the commuter seat was 72.4 per cent.\n\n"
     "The Conservatives clung on in neighbouring North West Hampshire, where Kit Malthouse held on with a majority of 3,288.",
     {"Alex Brewer": {"votes": 21178, "elected": True}, "Ranil Jayawardena": {"votes": 20544, "elected": None},
      "Kit Malthouse": None}, {"constituency": "North East Hampshire", "majority": 634}),
    ("a-paragraph-introduces-its-seat-then-gives-the-figures",
     "Saturday 6 July 2024\nThe starkest example was Birmingham Yardley. Jess Phillips held on by just 693 votes. "
     "Phillips polled 11,275 votes against 10,582 for Jody McIntyre.\n\n"
     "A few miles away in Birmingham Ladywood, Shabana Mahmood saw her majority reduced to 3,421. She won 15,558 votes.",
     {"Jess Phillips": {"votes": 11275, "elected": True}, "Jody McIntyre": {"votes": 10582}, "Shabana Mahmood": None},
     {"constituency": "Birmingham Yardley", "majority": 693}),
    ("ward-names-in-capitals-as-section-headings",
     "Friday 8 May 2026\nNORTHFIELD\n\nLiberal Democrat Helen Strand held Northfield with a majority of 214, polling "
     "1,034 votes to Conservative Barry Nuttall's 820.\n\nReform UK's Kevin Doyle came third with 611.\n\n"
     "ST ANNE'S\n\nThe Green Party gained St Anne's from the Conservatives, with Fiona Marlow winning 1,276 votes.\n",
     {"Helen Strand": {"votes": 1034, "elected": True}, "Kevin Doyle": {"votes": 611}, "Fiona Marlow": None},
     {"constituency": "Northfield", "majority": 214}),
    ("a-us-district-named-two-ways-a-county-breakdown-and-has-defeated",
     "Republican Lauren Pichler flips Pennsylvania's 7th District\nNov. 7, 2024\n\n"
     "Republican state Rep. Lauren Pichler has defeated Democratic U.S. Rep. Daniel Ferreira in Pennsylvania's 7th "
     "Congressional District.\n\nPichler received 203,512 votes, or 50.1%, to Ferreira's 198,904, or 48.9%.\n\n"
     "County | Pichler (R) | Ferreira (D)\nLehigh | 84,211 | 91,375\nMonroe (part) | 10,987 | 14,260\n",
     {"Lauren Pichler": {"votes": 203512, "elected": True}, "Daniel Ferreira": {"votes": 198904}, "Monroe (part)": None},
     {"constituency": "Pennsylvania's 7th Congressional District"}),
    ("a-paragraph-opening-on-a-seat-hands-it-to-the-placeless-paragraphs-after",
     "Friday 5 July 2024\nIn Mid and South Pembrokeshire, Labour's Henry Tufnell won 16,505 votes to Mr Crabb's 14,627, "
     "a majority of 1,878.\n\nBetting row MP loses\n\nIn Montgomeryshire and Glyndŵr, Craig Williams came a distant "
     "third.\n\nLabour's Steve Witherden won the new seat with a majority of 3,815. The full result was:\n\n"
     "Steve Witherden (Labour) 12,709 - 29.4%\nOliver Lewis (Reform UK) 8,894 - 20.6%\n",
     {"Henry Tufnell": {"votes": 16505}, "Steve Witherden": None}, {"constituency": "Mid and South Pembrokeshire"}),
    ("a-box-of-party-shares-per-seat-reaches-each-partys-candidate",
     "Saturday 6 July 2024\nIn Birmingham Yardley, Labour's Jess Phillips won 11,275 votes, Reform UK's Nora Kamberi 5,061.\n\n"
     "How the seats voted\nBirmingham Yardley: Lab 31.2%, Workers Party 29.3%, Reform 14.0%\n"
     "Bradford West: Lab 31.6%, Ind 29.7%, Green 10.0%\n",
     {"Jess Phillips": {"share": 31.2}, "Nora Kamberi": {"share": 14.0}}, {"constituency": "Birmingham Yardley"}),
    ("votes after the person a seat was vacated by are the subjects",
     "Friday 5 July 2024\nWokingham. Clive Jones, the Liberal Democrat leader of the local council, took the seat "
     "vacated by Sir John Redwood, who had held it since 1987, with 25,743 votes (47.7 per cent). The Conservative, "
     "Lucy Demery, was second with 17,398.",
     {"Clive Jones": {"votes": 25743, "share": 47.7}, "John Redwood": None}, {"constituency": "Wokingham"}),
    ("trap-a-recount-rule-is-no-margin",
     "Tuesday 30 May 2023\nNew Democrat Jordan Kessler has won Lethbridge-Coulee by 464 votes. A judicial recount "
     "can be requested if the margin is fewer than 100 votes.",
     {"Jordan Kessler": {"elected": True}}, {"majority": 464}),
    ("a-candidate-called-green-and-the-rival-a-margin-is-over",
     "Friday 5 July 2024\nChesham and Amersham. Sarah Green, who won the seat at the 2021 by-election with a majority "
     "of 8,028, held it with a reduced majority of 5,451 over the Conservative Gareth Williams. Green took 44.8 per cent "
     "of the vote.",
     {"Sarah Green": {"elected": True, "share": 44.8, "party": None}, "Gareth Williams": {"party": "Conservative"}},
     {"constituency": "Chesham and Amersham", "majority": 5451}),
    ("trap-a-paragraph-that-opens-in-a-past-election-keeps-its-figures-there",
     "Published Sept. 14, 2024\nVoters in Ridgeway—Kestrel Lake go to the polls on Monday.\n\n"
     "In the 2021 general election, Glenn Marchetti held the riding with 24,861 votes. Liberal Dana Whitcombe was "
     "second with 17,394 (31.8 per cent), followed by the NDP's Ravi Sandhu with 6,120.\n\n"
     "Ridgeway—Kestrel Lake result\nJordan Vance (Conservative) 20,114\nDana Whitcombe (Liberal) 18,002\n",
     {"Jordan Vance": {"votes": 20114}, "Dana Whitcombe": {"votes": 18002, "share": None}, "Ravi Sandhu": None}, {}),
    ("trap-a-paragraph-that-opens-when-the-seat-last-voted",
     "Thursday, 14 November 2024\nMoorside by-election: polls open today.\n\n"
     "When the ward last voted, in May 2023, Mr Foley held the seat with 1,118 votes. The Conservative candidate, "
     "Steven Thwaite, who is standing again today, was second on 904, a gap of 214 votes. Turnout was 28.4%.\n\n"
     "Moorside result\nJoanne Clegg (Labour) 1,020\nSteven Thwaite (Conservative) 990\n",
     {"Joanne Clegg": {"votes": 1020}, "Steven Thwaite": {"votes": 990}, "Foley": None},
     {"majority": None, "turnout": None}),
    ("trap-what-happened-last-time",
     "Thursday, 14 November 2024\nMoorside by-election\nJoanne Clegg (Labour) 1,020\nSteven Thwaite (Conservative) 990\n\n"
     "WHAT HAPPENED LAST TIME\nLabour's Jim Foley won with 1,118 votes to Mr Thwaite's 904. Turnout was 28.4%.\n",
     {"Joanne Clegg": {"votes": 1020}, "Steven Thwaite": {"votes": 990}, "Jim Foley": None}, {"turnout": None}),
    ("declared-the-member-for-the-seat",
     "Wednesday 6 November 2024\nThe Liberal National Party's Daniel Pascoe has been formally declared the member for "
     "Caloundra. Pascoe won 14,962 first-preference votes, ahead of Labor's Kendall Ngata on 12,400.",
     {"Daniel Pascoe": {"elected": True, "votes": 14962}}, {"constituency": "Caloundra"}),
    ("votes-to-n-for-the-independent-rival-is-the-rivals-party",
     "Friday 5 July 2024\nBethnal Green and Stepney. Rushanara Ali won 15,896 votes to 14,207 for the independent "
     "Ajmal Masroor, a majority of 1,689.",
     {"Rushanara Ali": {"party": None, "votes": 15896}, "Ajmal Masroor": {"party": "Independent", "votes": 14207}}, {}),
    ("a-party-share-equal-to-a-candidates-share-is-that-candidates-party",
     "Saturday 6 July 2024\nThe starkest example was Birmingham Yardley. Jess Phillips polled 11,275 votes (31.2%) "
     "against 10,582 (29.3%) for Jody McIntyre. Reform UK's Nora Kamberi was third on 5,061.\n\n"
     "How the seat voted\nBirmingham Yardley: Lab 31.2%, Workers Party 29.3%, Reform 14.0%\n",
     {"Jess Phillips": {"party": "Labour", "share": 31.2}, "Jody McIntyre": {"party": "Workers Party of Britain"},
      "Nora Kamberi": {"party": "Reform UK", "share": 14.0}}, {}),
    ("the-subject-celebrates-after-winning-with-n-votes",
     "Friday 5 July 2024\nLabour's Emma Reynolds celebrates at the Wycombe count after winning with 16,035 votes, a "
     "majority of 4,591 over Conservative Steve Baker.",
     {"Emma Reynolds": {"elected": True, "votes": 16035}, "Steve Baker": {"elected": None}}, {"majority": 4591}),
    ("trap-after-winning-in-the-past",
     "Friday 5 July 2024\nWycombe\nEmma Reynolds (Labour) 16,035\nSteve Baker (Conservative) 11,444\n\n"
     "Steve Baker, pictured in 2019 after winning with 24,766 votes, conceded at 4am.",
     {"Steve Baker": {"elected": None, "votes": 11444}}, {}),
    ("the-county-seat-is-the-headed-seat",
     "Friday 5 July 2024\nClacton\nAt the eighth attempt, Nigel Farage is finally an MP. The Reform UK leader took the "
     "Essex seat from the Conservatives with 21,225 votes and a majority of 8,405 over Giles Watling. Watling finished on 12,820.\n",
     {"Nigel Farage": {"votes": 21225, "party": "Reform UK"}, "Giles Watling": {"votes": 12820}},
     {"constituency": "Clacton", "majority": 8405}),
    ("a-former-mp-standing-for-his-own-party",
     "Friday 5 July 2024\nLeicester East\nShivani Raja won with 14,526 votes. Former Labour MP Keith Vaz, who represented "
     "the seat for 32 years and stood this time for his own One Leicester party, won 3,681. The former Tory MP Paul Howell "
     "polled 2,195.",
     {"Keith Vaz": {"party": "One Leicester", "votes": 3681}, "Paul Howell": {"party": "Conservative"}}, {}),
    ("held-the-seat-he-has-represented-since-a-past-year",
     "Friday 5 July 2024\nIslington North\nJeremy Corbyn, standing as an independent, held the seat he has represented "
     "since 1983 with a majority of 7,247. Corbyn won 24,120 votes. Labour's Praful Nargund came second on 16,873.",
     {"Jeremy Corbyn": {"elected": True, "votes": 24120}}, {"majority": 7247}),
    ("trap-who-had-held-the-seat-since-a-past-year",
     "Friday 5 July 2024\nRossendale and Darwen\nAndy MacNae (Labour) 17,247\nJake Berry (Conservative) 11,500\n\n"
     "Jake Berry, who had held the seat since 2010, conceded.",
     {"Jake Berry": {"elected": None}}, {}),
    ("a-share-of-the-vote-fell-to",
     "Friday 5 July 2024\nSkipton and Ripon\nJulian Smith (Conservative) - 18,833 - ELECTED\nMalcolm Birks (Labour) - 17,183\n\n"
     "Mr Smith's share of the vote fell to 35.2 per cent, while Mr Birks finished second on 32.1 per cent.\n",
     {"Julian Smith": {"share": 35.2}, "Malcolm Birks": {"share": 32.1}}, {}),
    ("a-career-as-the-citys-party-mp",
     "Friday 5 July 2024\nPortsmouth North\nLabour's Amanda Martin has won Portsmouth North, ending Penny Mordaunt's "
     "14-year career as the city's Conservative MP. Martin won 14,495 votes. Mordaunt finished with 13,715 votes.\n",
     {"Amanda Martin": {"party": "Labour"}, "Penny Mordaunt": {"party": "Conservative", "votes": 13715}}, {}),
    ("a-party-leaders-his-partys-share-is-its-candidates",
     "Friday 21 November 2025\nLlanelli\nFfion Rhys-Evans (Plaid Cymru) 9,744\nOwain Marsh (Labour) 7,215\n\n"
     "Plaid leader Rhun ap Iorwerth insisted his party's 29.9 per cent showed it was the real alternative.",
     {"Ffion Rhys-Evans": {"share": 29.9}, "Rhun ap Iorwerth": None}, {}),
    ("trap-his-partys-national-share",
     "Friday 5 July 2024\nClacton\nNigel Farage (Reform UK) 21,225\nGiles Watling (Conservative) 12,820\n\n"
     "Reform UK leader Nigel Farage said his party's 14.3 per cent nationally was a revolt.",
     {"Nigel Farage": {"share": None}}, {}),
    ("defeated-x-winning-by-n-is-the-subjects-win",
     "Friday 28 February 2025\nBrantford—Brant result\nLiberal Mira Castellano, a family physician, defeated two-term "
     "Progressive Conservative MPP Brad Fennimore on Thursday, winning by 4,535 votes. Castellano took 19,842 votes "
     "and Fennimore 15,307.",
     {"Mira Castellano": {"elected": True}, "Brad Fennimore": {"elected": None}}, {"majority": 4535}),
    ("trap-an-estimated-share-of-the-vote-counted",
     "Wednesday 6 November 2024\nWisconsin's 17th Senate District\nRepublican Dale Voss won by 2,707 votes, according to "
     "unofficial returns, with an estimated 99% of the vote counted. Voss received 41,721 votes, or 50.6%. Democrat Laura "
     "Hartley received 39,014 votes.",
     {"Dale Voss": {"share": 50.6, "votes": 41721}}, {"majority": 2707}),
    ("finished-first-on-primary-votes-with-a-share-after-an-aside",
     "Sunday 8 December 2024\nMountview by-election\nThe Liberals held Mountview, with Andrew Kostakis declared the "
     "winner on Sunday.\n\nKostakis, a 44-year-old former Hills Shire councillor, finished first on primary votes with "
     "38.9 per cent, ahead of Labor's Danielle Marr on 33.6 per cent.\n",
     {"Andrew Kostakis": {"share": 38.9}, "Danielle Marr": {"share": 33.6}, "Hills Shire": None}, {}),
    ("won-the-ward-with-n-votes-a-qualified-majority-over-a-rival",
     "Friday 3 May 2024\nMarsh End by-election\nIndependent candidate Dave Colley, a former landlord of the Ship Inn, won "
     "Marsh End with 612 votes, a majority of more than 200 over Labour's Sharon Tibbs.",
     {"Dave Colley": {"votes": 612, "elected": True}, "Sharon Tibbs": {"party": "Labour", "votes": None}, "Marsh End": None},
     {"majority": 200, "majority_qualifier": "more than"}),
    ("elected-without-reaching-the-quota",
     "Friday 3 May 2024\nLochside and Drumfern\n| Candidate | Party | Votes |\n| Rowan Sinclair | Scottish Green Party | 624 |\n"
     "| Fiona Baird | SNP | 1,012 |\n\nStage 8: With one seat left, Rowan Sinclair (Scottish Green) elected without "
     "reaching the quota.",
     {"Rowan Sinclair": {"elected": True, "votes": 624}, "Fiona Baird": {"elected": None}}, {}),
    ("a-party-took-its-first-seat-when-x-won",
     "Friday 3 May 2024\nHillside by-election\nReform UK took its first seat on Tamebridge council when Craig Dutton won "
     "Hillside with 1,104 votes, ahead of Labour's Maureen Kelsall on 871 – a majority of 233.",
     {"Craig Dutton": {"party": "Reform UK", "elected": True}, "Maureen Kelsall": {"party": "Labour"}}, {"majority": 233}),
    ("trap-a-party-took-a-share",
     "Friday 3 May 2024\nHillside by-election\nCraig Dutton (Reform UK) 1,104\nMaureen Kelsall (Labour) 871\n\n"
     "The Conservatives took 12 per cent.",
     {"Craig Dutton": {"party": "Reform UK"}}, {"outcome": None}),
    ("votes-to-the-n-of-a-named-rival",
     "Friday 5 July 2024\nBoris Johnson's former seat of Uxbridge and South Ruislip fell to Labour's Danny Beales, who "
     "won 16,599 votes to the 16,012 of Conservative Steve Tuckwell, a majority of 587. He took 42.0% of the vote.",
     {"Danny Beales": {"votes": 16599}, "Steve Tuckwell": {"votes": 16012, "party": "Conservative"}}, {"majority": 587}),
    ("back-after-winning-with-a-majority-and-a-short-first-name",
     "Friday 5 July 2024\nFormer Labour MP Nic Dakin is back in the House of Commons after winning Scunthorpe with a "
     "majority of 3,542.\n\nNicholas Dakin (Labour) 15,484\nHolly Mumby-Croft (Conservative) 11,942\n\n"
     "The Greens had targeted the seat since 2019, when Ms Mumby-Croft won Scunthorpe with a majority of 6,451.",
     {"Nicholas Dakin": {"elected": True, "votes": 15484}, "Holly Mumby-Croft": {"elected": None}},
     {"constituency": "Scunthorpe", "majority": 3542}),
    ("a-sentence-about-someone-called-ward-is-not-a-ward-heading",
     HEAD + "Anna Field (Labour) 21,004\nLabour's Tom Ward was a distant second.",
     {"Anna Field": {"votes": 21004}}, {"constituency": None}),      # (not "Tom", and not a heading)
    ("trap-a-majority-in-a-phrase-hanging-off-a-past-clause",
     HEAD + "Friday 5 July 2024\nAnna Field beat Tom Reed by 930 votes.\n"
            "The seat was held at the last election by Jo Hale, the outgoing minister, with a majority of 1,805.",
     {"Anna Field": {"elected": True}}, {"majority": 930}),
    ("trap-the-nearest-person-was-unseated-by-the-margin",
     "Cannock Chase\nFriday 5 July 2024\nAmanda Milling (C) 12,546\nJosh Newbury (Lab) 15,671\n"
     "Amanda Milling has lost Cannock Chase to Labour, while veteran Tory Michael Fabricant was unseated in "
     "Lichfield by 810 votes.",
     {"Amanda Milling": {"elected": None}}, {}),
    ("a-columnists-seat-lost-to-an-independent",
     "Where Labour lost\nSaturday 6 July 2024\nThen go north. In Leicester South, Labour's Jonathan Ashworth - a "
     "shadow cabinet minister, a man who had been pencilled in for the cabinet table - lost to the independent "
     "Shockat Adam by 979 votes.",
     {"Shockat Adam": {"elected": True, "party": "Independent"}}, {"constituency": "Leicester South", "majority": 979}),
    ("another-independent-beat-a-named-loser",
     "Where Labour lost\nSaturday 6 July 2024\nIn Blackburn the margin was thinner still: Adnan Hussain, another "
     "independent, beat Labour's Kate Hollern by 132. Jeremy Corbyn, expelled by Labour for standing against it as "
     "an independent, held Islington North with 24,120 votes. Labour's candidate, Praful Nargund, was 7,247 behind.",
     {"Adnan Hussain": {"party": "Independent", "elected": True}, "Kate Hollern": {"party": "Labour", "elected": None}},
     {"constituency": "Blackburn", "majority": 132}),
    ("a-loser-who-was-n-behind",
     "Where Labour lost\nSaturday 6 July 2024\nJeremy Corbyn, expelled by Labour for standing against it as an "
     "independent, held Islington North with 24,120 votes. Labour's candidate, Praful Nargund, was 7,247 behind.",
     {"Jeremy Corbyn": {"party": "Independent", "votes": 24120}, "Praful Nargund": {"party": "Labour", "votes": None}},
     {"constituency": "Islington North"}),
    ("trap-the-defeated-mp-is-an-adjective-not-a-verb",
     HEAD + "Anna Field (Labour) 21,004\nThe defeated Conservative MP Tom Reed said it had been a privilege.",
     {"Tom Reed": None}, {}),
    ("trap-one-who-lost-is-no-winner-of-the-sentence",
     "Where Labour lost\nSaturday 6 July 2024\nGeorge Galloway himself lost Rochdale, for what it's worth, despite "
     "11,587 votes; he won the by-election in February by 5,697.",
     {"George Galloway": {"votes": 11587, "elected": None}}, {}),
    ("trap-voting-intention-block",
     HEAD + "Westminster voting intention:\nLAB: 28% (-1)\nCON: 18% (=)\n\n"
            "Anna Field (Labour) 21,004\nTom Reed (Conservative) 13,100",
     {"Anna Field": {"share": None}, "Tom Reed": {"share": None}}, {}),
    ("trap-age-is-not-votes",
     HEAD + "Anna Field (Labour) 21,004\nTom Reed (Conservative) 13,100\nMr Reed, 66, thanked the count staff.",
     {"Anna Field": {"votes": 21004}, "Tom Reed": {"votes": 13100}}, {}),
    ("trap-previous-majority",
     HEAD + "Anna Field (Labour) 21,004\nTom Reed (Conservative) 13,100\nMr Reed, who had a majority of 24,702 in 2019, was pushed into second place.",
     {"Anna Field": {"votes": 21004}}, {"majority": None}),
    ("trap-majority-this-result-overturned",
     HEAD + "Anna Field polled 21,004 votes, overturning a Conservative majority of 5,299.",
     {"Anna Field": {"votes": 21004}}, {"majority": None}),
    ("trap-majority-the-loser-defended",
     HEAD + "Anna Field (Labour) 21,004\nTom Reed (Conservative) 13,100, turning a Tory majority of 9,000 into a heavy defeat.",
     {"Tom Reed": {"votes": 13100}}, {"majority": None}),
    ("trap-majority-wiped-out-beside-the-new-one",
     HEAD + "Anna Field (Labour) 21,004\nTom Reed (Conservative) 13,100\nLabour wiped out a majority of 12,000 to win with a majority of 7,904.",
     {"Anna Field": {"votes": 21004}}, {"majority": 7904}),
    ("trap-comparison-with-the-past",
     HEAD + "Anna Field received 25,870 votes, giving her a majority of 17,235, comfortably more than the 10,489 she recorded in 2019.",
     {"Anna Field": {"votes": 25870}}, {"majority": 17235}),
    ("majority-fell-to",
     HEAD + "Anna Field was re-elected with 18,884 votes. But her majority fell to 11,572.",
     {"Anna Field": {"votes": 18884, "elected": True}}, {"majority": 11572}),
    ("a-description-after-a-place-lead-is-the-subject",
     HEAD + "Anna Field is the new prime minister. In Westbury, the new prime minister was re-elected with 18,884 votes.",
     {"Anna Field": {"votes": 18884, "elected": True}}, {}),
    ("a-council-is-no-person",
     HEAD + "Ms Field, a physiotherapist and former Sunshine Coast Council candidate, finished with 14,706 votes.",
     {"Sunshine Coast": None}, {}),
    ("trap-a-former-office-names-no-seat",
     HEAD + "Anna Field won 18,884 votes. Tom Reed, a former ANC MP in South Africa, took 7,312 votes.",
     {"Tom Reed": {"votes": 7312}}, {}),
    ("both-finished-on-one-share",
     HEAD + "Anna Field had 14,168 votes to the 14,150 of Tom Reed. Both men finished on 31.8 per cent of the vote.",
     {"Anna Field": {"votes": 14168, "share": 31.8}, "Tom Reed": {"votes": 14150, "share": 31.8}}, {}),
    ("a-relative-clause-that-goes-on-in-a-list-of-verbs",
     HEAD + "Anna Field won 18,470 votes. Mr Reed, who first won the seat in 2010, lost it to Labour's Jo Lee in 2017 and "
     "took it back in 2019, finished a distant second with 9,677 votes.",
     {"Reed": {"votes": 9677}, "Jo Lee": None}, {}),
    ("the-gap-between-the-two-is-the-majority",
     HEAD + "Anna Field won 18,470 votes and Tom Reed 9,677. This time the gap between the two men was 8,793 votes.",
     {"Anna Field": {"votes": 18470}}, {"majority": 8793}),
    ("trap-a-when-clause-after-a-past-year",
     HEAD + "Anna Field won 25,076 votes. She finished with a majority of 7,210, a dramatic turnaround from 2019, "
     "when Mr Reed beat the Lib Dems by just 981 votes.",
     {"Reed": None}, {"majority": 7210}),
    ("ahead-of-a-list-of-candidates",
     HEAD + "Anna Field won 16,522 votes. Reform UK's Mark Cole was third with 9,806, ahead of Liberal Democrat "
     "Natalie Sommers and Green Andrew Canessa.",
     {"Natalie Sommers": {"party": "Liberal Democrat"}, "Andrew Canessa": {"party": "Green"}}, {}),
    ("trap-ahead-of-without-a-placing",
     HEAD + "Anna Field won 16,522 votes. Ahead of polling day Green Andrew Canessa toured the town.",
     {"Andrew Canessa": None}, {}),
    ("party-shares-in-one-seat-one-against-the-other",
     HEAD + "Labour's Anna Field won 21,004 votes. Conservative Tom Reed polled 13,100. Labour took 38.1 per cent of the "
     "vote against 37.0 per cent for the Conservatives, whose share fell by almost 25 points.",
     {"Anna Field": {"share": 38.1}, "Tom Reed": {"share": 37.0}}, {}),
    ("trap-party-share-for-a-party-nationally",
     HEAD + "Labour's Anna Field won 21,004 votes. Conservative Tom Reed polled 13,100. Nationally Labour took 33.7 per cent "
     "against 23.7 per cent for the Conservatives.",
     {"Anna Field": {"share": None}, "Tom Reed": {"share": None}}, {}),
    ("it-gives-the-party-a-share-in-one-seat",
     HEAD + "Green Anna Field took 24,539 votes. It gives the Greens 56.6 per cent of the votes cast in a seat that "
     "only came into being this year.",
     {"Anna Field": {"share": 56.6}}, {}),
    ("a-party-share-for-the-winner-whose-party-only-the-outcome-gives",
     "Lib Dems take Westbury by 634 votes\nFriday 5 July 2024\nAnna Field won 21,178 votes to Mr Reed's 20,544. "
     "The Liberal Democrats took 38.1 per cent of the vote.",
     {"Anna Field": {"party": "Liberal Democrat", "share": 38.1}}, {}),
    ("lost-the-seat-to-someone-by-n-votes",
     "Saturday 13 July 2024\nOn the same night Labour's Jonathan Ashworth, the former shadow paymaster general, lost "
     "Leicester South to the independent Shockat Adam by 979 votes.",
     {"Shockat Adam": {"elected": True, "party": "Independent"}, "Jonathan Ashworth": {"party": "Labour", "elected": None}},
     {"majority": 979, "constituency": "Leicester South"}),
    ("whose-candidate-finished-fourth",
     HEAD + "Lee Anderson took 17,062 votes. The Conservatives, whose candidate Debbie Soloman finished fourth, had held the seat since 2019.",
     {"Debbie Soloman": {"party": "Conservative"}}, {}),
    ("the-party-candidate-named-without-figures-stood",
     HEAD + "Anna Field won 21,004 votes. Reform UK's Raj Solanki took 2,611 and the Green candidate, Mags Lewis, "
     "a little over two thousand.",
     {"Mags Lewis": {"party": "Green"}}, {}),
    ("trap-a-former-candidate-who-withdrew",
     HEAD + "Anna Field won 21,004 votes. She was put forward after former Labour candidate Darren Rodwell withdrew.",
     {"Darren Rodwell": None}, {}),
    ("trap-swing-and-poll",
     HEAD + "Anna Field (Labour) 21,004\nThe result represents a 3.8% swing to Labour. Opinion polls had put Labour on 41% nationally.",
     {"Anna Field": {"share": None}}, {}),
    ("trap-national-majority",
     HEAD + "Anna Field (Labour) 21,004\nTom Reed (Conservative) 13,100\nOn these figures Labour would have a majority of 170 in the Commons.",
     {"Anna Field": {"votes": 21004}}, {"majority": None}),
    ("trap-quoted-non-candidate",
     HEAD + "Anna Field (Labour) 21,004\nCouncillor Mary Lyle, 64, said volunteers knocked on 200 doors a day.",
     {"Mary Lyle": None}, {}),
    ("trap-football-score",
     HEAD + "Anna Field (Labour) 21,004\nOn Saturday Westbury Town scored 3 goals and drew 4,312 fans.",
     {"Westbury Town": None}, {}),
]


HEADINGS = [
    ("Truro-Bible Hill-Millbrook-Salmon River: full results", "Truro-Bible Hill-Millbrook-Salmon River"),
    ("THE COUNT - PARKES (first preferences)", "Parkes"), ("Somerset Council By-election: Frome North Division", "Frome North"), ("House District 56B (Savage, part of Burnsville)", "House District 56B"), ("WARD 4 Polls reporting: 3 of 3", "Ward 4"), ("THE VOTE: Wyre Forest", "Wyre Forest"),
    ("FIRST PREFERENCE VOTES - Ward 7 Glenmorvie and Balcraig (4 to elect)", "Ward 7 Glenmorvie and Balcraig"),
    ("ALFRETON RIDDINGS ELECTORAL DIVISION", "Alfreton Riddings"),
    ("Ward B - first preference votes (3 vacancies; quota 6,135)", "Ward B"), ("Vancouver City Council — 10 to be elected\nPreliminary results, 133 of 133 voting places reporting", "Vancouver City Council"),
    ("Ward 11 – City Centre (3 seats)", "City Centre"), ("Ward 15 – Southside/Newington (4 seats)", "Southside/Newington"),   # a numbered ward's name
    ("Partick East/Kelvindale by-election, stage 1 (first preferences)", "Partick East/Kelvindale"),      # Scottish wards' slashes
    ("=== HIGHLAND: Inverness Central ===", "Inverness Central"), ("FIFE: Kirkcaldy East", "Kirkcaldy East"),   # a blog's council: ward
    ("=== Chingford and Woodford Green ===", "Chingford and Woodford Green"),
    ("Chingford and Woodford Green – FINAL COUNT", "Chingford and Woodford Green"),
    ("Omaha mayor election results 2025", "Omaha"), ("Omaha mayor's race: results", "Omaha"),    # the mayoralty's town
    ("Constituency-wise result: KALYAN WEST (Thane district)", "Kalyan West"),
    ("SENATE DISTRICT 29 - UNOFFICIAL RESULTS BY COUNTY", "Senate District 29"),
    ("Trentmere Combined Authority mayoral election 2024", "Trentmere"), ("Harland and Esk Police and Crime Commissioner", "Harland and Esk"),
    ("Westbury result", "Westbury"), ("Westbury results in full:", "Westbury"), ("ABBEY WARD (three seats)", "Abbey"),
    ("RESULT: Chingford and Woodford Green – Conservative hold", "Chingford and Woodford Green"),
    ("Kingsmead ward (two to elect)", "Kingsmead"), ("RIDING RESULTS: KINGSTON AND THE ISLANDS", "Kingston and the Islands"), ("Result – Little Brampton Parish Council by-election", "Little Brampton"), ("Labour gain Nuneaton", "Nuneaton"),
    ("AT A GLANCE: NEWTON AYCLIFFE AND SPENNYMOOR", "Newton Aycliffe and Spennymoor"), ("RIDGEWAY (three seats, new ward boundaries)", "Ridgeway"), ("ARDMILLAN AND CRAIGEND (Ward 6) - 4 to elect", "Ardmillan and Craigend"), ("CYNGOR CYMUNED CWMHIR / CWMHIR COMMUNITY COUNCIL", "Cwmhir"), ("TSHWANE WARD 59 – RESULT", "Tshwane Ward 59"), ("Jhansi Lok Sabha result 2024: candidate-wise votes", "Jhansi"), ("FINAL COUNT - Juan de Fuca-Malahat", "Juan de Fuca-Malahat"), ("FINAL FIRST PREFERENCES — WERRIBEE", "Werribee"), ("Result card: Wayanad (Lok Sabha bypoll)", "Wayanad"), ("Legislative District 17", "Legislative District 17"),
    ("Pima County Board of Supervisors, District 3", "Pima County Board of Supervisors, District 3"),
    ("SUNDERLAND, Hetton", "Hetton"), ("HERTFORDSHIRE CC, St Albans South (two seats)", "St Albans South"),      # a round-up's authority in capitals, then its ward
    ("BIRMINGHAM, Edgbaston", "Birmingham Edgbaston"),      # (a seat told that way keeps its whole name)
    ("Terrebonne (Quebec) – Electoral district 24075", "Terrebonne"), ("Validated results", None),     # an agency's seat with its code
    ("RESULT - HAMILTON, LARKHALL AND STONEHOUSE (Scottish Parliament by-election)", "Hamilton, Larkhall and Stonehouse"),     # a name with commas
    ("Election of a County Councillor for the Llanddewi Fach Electoral Ward", "Llanddewi Fach"), ("Key figures: Westbury", "Westbury"),
    ("FIRST COUNT: WATERFORD (4 seats)", "Waterford"), ("General Election result", None), ("Full results", None),
    ("ROSSMERE (Hartlepool) council by-election result:", "Rossmere"),
    ("Heybridge West (Maldon) county by-election", "Heybridge West"),
    ("Lib Dems take both seats in Droitwich East by-election", "Droitwich East"),
    ("St Helier South (four Deputies)", "St Helier South"), ("Connétable of St Saviour", "St Saviour"),
    ("Georgetown Constituency No. 5 (Queenstown)", "Georgetown Constituency No. 5 (Queenstown)"), ("Pick Other Constituency", None), ("GĦARGĦUR local council (5 seats) – 1st count 🗳", "Għargħur"),
    ("Mayor of the West Midlands", "West Midlands"), ("MAYOR (BURMISTRZ) OF TCZEW", "Tczew"), ("PRESIDENT OF THE CITY OF SŁUPSK", "Słupsk"),
    ("RESULTS: TSHWANE WARD 12", "Tshwane Ward 12"),
    ("Haddenham St Mary Town Council – HYTHE WARD", "Hythe"),
    ("North Ward (4 seats) - elected unopposed:", "North Ward"),
    ("Deschutes County Circuit Court Judge, Position 7 Nonpartisan", "Deschutes County Circuit Court Judge, Position 7"),
    ("State Representative, District 53", "State Representative, District 53"), ("Ward 6 - Braeside and Kinnaird By-election", "Braeside and Kinnaird"), ("Orchard Park: two Conservative holds", "Orchard Park"), ("RESULT - SEVERNVALE POLICE AREA", "Severnvale"), ("CANNOCK CHASE (Lab gain from Con)", "Cannock Chase"), ("Berrien County Sheriff", "Berrien County Sheriff"), ("FIRST PREFERENCES - COWPER", "Cowper"), ("Result: Kilbeg", "Kilbeg"), ("RESULTS: Full list", None), ("Declared result", None), ("Provisional results", None),
    ("1) CHESTER NORTH AND NESTON: Dixon home and dry", "Chester North and Neston"),
    ("Severn Marches Police and Crime Commissioner", "Severn Marches"),
    ("Bowthorpe, Norwich City Council", "Bowthorpe"), ("Kirkcaldy Holyrood result 2026", "Kirkcaldy"), ("Hythe West (Folkestone and Hythe District Council)", "Hythe West"),
    ("Clay Cross North - North East Derbyshire District Council by-election", "Clay Cross North"),
    ("1. CITY OF CAPE TOWN WARD 64 (Table View / Parklands)", "City of Cape Town Ward 64"),
    ("LONDON: Labour is back in power after fourteen years.", None),
    ("WHAT THEY SPENT", None), ("More Somerset results", None), ("Special election results", None), ("FINAL RESULTS - FUNDY SHORE-HAMPTON", "Fundy Shore-Hampton"), ("CARLOW–KILKENNY (5 seats)", "Carlow-Kilkenny"), ("Delaware Governor", "Delaware Governor"), ("First count, 10th District (selected candidates)", "10th District"), ("Ohio U.S. Senate", "Ohio U.S. Senate"), ("Ohio U.S. Senate - unofficial results (98% of expected vote)", "Ohio U.S. Senate"),
    ("WARD 9 - BURNTISLAND, KINGHORN AND WESTERN KIRKCALDY (3 councillors)", "Burntisland, Kinghorn and Western Kirkcaldy"),
    ("1ST DISTRICT (southeast Wisconsin)", "1st District"), ("8th Congressional District:", "8th Congressional District"), ("Official result: Bolton West", "Bolton West"),
    ("LOCAL ELECTIONS 2024 - KILBRANNAGH LEA (5 seats)", "Kilbrannagh"), ("Division of Gilmore, NSW", "Gilmore"), ("Severn Vale PCC election result", "Severn Vale"), ("Moyola DEA – first preference votes (5 to elect)", "Moyola"),
    ("KŌWHAI SUBDIVISION - FINAL RESULT (4 to be elected)", "Kōwhai"), ("The ward result, as declared by the returning officer:", None),
    ("WARD 6 (ELMVALE) - UNOFFICIAL RESULTS", "Ward 6 (Elmvale)"),
    ("HARLAND MBC - Brookside", "Brookside"), ("CASTLEBRIDGE CITY - St Anne's", "St Anne's"),
    ("HARTWELL BOROUGH COUNCIL - MEETING OF FULL COUNCIL", None),
    ("Representative in Congress, 5th District", "Representative in Congress, 5th District"), ("State Senator, 9th District", "State Senator, 9th District"),
    ("Sorrel County Commission, District 2 — 100% of precincts reporting", "Sorrel County Commission, District 2"),
    ("Albrecht-Dahl holds 2nd District for Democrats in closer-than-expected race", "2nd District"),    # (no seat "Albrecht")
    ("Mid Derbyshire Declared · LAB GAIN FROM CON", "Mid Derbyshire"),
    ("Voters keep Justice Oyelaran; Greer wins hard-fought circuit judge seat", None),
    ("FIRST ROUND", None), ("Second stage", None),      # a count's stage, no place
    ("WELLINGTON MAYOR - PRELIMINARY (first preferences)", "Wellington"), ("CUP - FINAL", None),     # a count's status after the seat
    ("STANDISH WITH LANGTREE - Independent gain from Conservative", "Standish with Langtree"),
    ("Shevington with Lower Ground - Labour hold", "Shevington with Lower Ground"),      # a ward's "with"
    ("FINAL TALLY (70 seats)", None), ("FINAL SCOTLAND SCOREBOARD (57 seats)", None), ("Verdict", None),     # a board's title, no place
    ("FINAL HOUSE OF REPRESENTATIVES RESULT", None),
    ("Ashcombe REF GAIN FROM CON", "Ashcombe"), ("Fenbury LD HOLD", "Fenbury"), ("LAB GAIN FROM CON", None), ("MARAVAL  |  UNC GAIN FROM PNM", "Maraval"), ("ST ANDREW SOUTH EASTERN -- PNP gain from JLP", "St Andrew South Eastern"),
    ("SELECTED CONSTITUENCY RESULTS (preliminary count, EOJ)", None),   # a results page's badges
    ("DIVISION OF PATERSON, NSW", "Paterson"), ("Previous division: Parramatta | Next division: Reid", None),
    ("District 2 (open seat)", "District 2"), ("DISTRICT 14", "District 14"),    # under its chamber's heading ("U.S. HOUSE")
    ("N.C. Senate, District 48", "N.C. Senate District 48"), ("Mich. House - District 27", "Mich. House District 27"),
    ("FREDERICTON_OROMOCTO (N.B.) _ Liberal gain from Conservative.", "Fredericton—Oromocto"),    # a wire's ASCII dashes
    ("NANAIMO—LADYSMITH (B.C.) – Liberal hold.", "Nanaimo—Ladysmith"),
    ("Wendling Green gain from Lab", "Wendling"), ("St Aldhelm's Con hold", "St Aldhelm's"), ("Northgate LD gain from Con", "Northgate"),
    ("Huge Reform gain in Kent", None), ("Worli\n\nSHS(UBT) HOLD", "Worli"),
    ("Hembury (two seats)\nLIB DEM HOLD AND LIB DEM GAIN FROM CONSERVATIVE", "Hembury"),
    ("BANKS PENINSULA - OFFICIAL RESULT (electorate vote)", "Banks Peninsula"), ("INALA (ALP 28.2%) - ALP RETAIN", "Inala"),
    ("STOCKTON MAYOR - OFFICIAL RESULT", "Stockton"), ("Brookhampton\nLIB DEM GAIN FROM CONSERVATIVE", "Brookhampton"), ("BC Conservative GAIN from BC United", None), ("Green gain from Lab", None),
    ("Pukehīnau/Lambton Ward (three vacancies)", "Pukehīnau/Lambton"),
    ("ELECTION OF THE ELECTED MAYOR OF NORTH TYNESIDE", "North Tyneside"), ("SHEPPEY (two councillors to be elected)", "Sheppey"), ("GARKI/BABURA FEDERAL CONSTITUENCY (JIGAWA)", "Garki/Babura"), ("OGBOMOSO SOUTH STATE CONSTITUENCY (OYO)", "Ogbomoso South"),
    ("MSUNDUZI WARD 21 (Pietermaritzburg, KwaZulu-Natal) – MK gain from ANC", "Msunduzi Ward 21"),
    ("WATAUGA COUNTY BOARD OF EDUCATION (NONPARTISAN)\nVote for 3 | Precincts 20 of 20", "Watauga County Board of Education"),
    ("Tübingen's constituency winner is left without a Bundestag seat", "Tübingen"), ("St Anne's ward result", "St Anne's"),
    ("BELVEDERE (three councillors to elect)", "Belvedere"), ("Crayford - three councillors to elect", "Crayford"),
]


@pytest.mark.parametrize("heading, want", HEADINGS, ids=[h for h, _ in HEADINGS])
def test_heading_names_the_contest(heading, want):
    result = extract_results(heading + "\nFriday 5 July 2024\nAnna Field (Labour) 21,004\nTom Reed (Conservative) 13,100\n")
    assert [c.constituency for c in result.contests] == [want]


def _contest(result):
    assert len(result.contests) >= 1, result
    return result.contests[0]


@pytest.mark.parametrize("text, people, contest_fields", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_prose(text, people, contest_fields):
    contest = _contest(extract_results(text))
    by_name = {c.name: c for c in contest.candidates}
    for name, fields in people.items():
        if fields is None:
            assert name not in by_name, by_name.keys()
            continue
        assert name in by_name, f"{name} not in {list(by_name)}"
        for field, want in fields.items():
            assert getattr(by_name[name], field) == want, (name, field)
    for field, want in contest_fields.items():
        assert getattr(contest, field) == want, field



def test_the_win_word_gate_only_saves_time(monkeypatch):
    """The win rules run only on sentences with a win word; with the gate open every case reads the same."""
    gated = [extract_results(c[1]).model_dump() for c in CASES]
    monkeypatch.setattr(prose, "_WIN_WORDS", Folded(r""))
    assert [extract_results(c[1]).model_dump() for c in CASES] == gated

BLOCKS = [
    ("party-comma-name", "Labour, Andy Mace\n- 18,247 votes\n- 40.9% share\n- +4.3 change\n"
                         "Conservative, Jake Bell\n- 12,619 votes\n- 28.3% share\n- -28.1 change\n"),
    ("party-line-name-line", "Labour\nAndy Mace\nvotes 18,247\nshare 40.9%\nchange +4.3\n"
                             "Jake Bell\nConservative\nVotes: 12,619\nShare: 28.3%\nChange: -28.1\n"),
    ("cards-with-term-and-value-cells-and-a-long-party-name",
     "Winner\nAndy Mace\n\nLabour Party\n\nVotes | 18,247\nShare | 40.9%\nChange | +4.3\n"
     "Jake Bell\n\nConservative and Unionist Party\n\nVotes | 12,619\nShare | 28.3%\nChange | −28.1\n"),
    ("name-line-then-party-and-figures-line", "Andy Mace\nLabour · 18,247 (40.9%)\nJake Bell\nConservative · 12,619 (28.3%)\n"),
]


@pytest.mark.parametrize("body", [b for _, b in BLOCKS], ids=[i for i, _ in BLOCKS])
def test_broadcaster_candidate_blocks(body):
    contest = _contest(extract_results("Westbury result\nFriday 5 July 2024\n" + body))
    got = [(c.name, c.party, c.votes, c.share) for c in contest.candidates]
    assert got == [("Andy Mace", "Labour", 18247, 40.9), ("Jake Bell", "Conservative", 12619, 28.3)]


PARTY_BALLOTS = [
    # a union's general secretary, a committee's chair, a club's player of the season: no public poll
    "Mottram wins union general secretary race\nKaren Mottram has been elected general secretary of the union. The "
    "independent scrutineer's report shows Mottram secured 18,412 votes (52.6%). Steve Okoro received 11,903 votes (34.0%). "
    "In total 35,005 valid ballot papers were returned, a turnout of 11.8%.\n",
    "New planning committee chair chosen\nCouncillor Imran Sadiq, who represents Millbrook ward, was elected chair of the "
    "planning committee by 9 votes to 6, defeating Councillor Graham Pettit.\n",
    "Akinola voted Supporters' Player of the Season\nStriker Jordan Akinola has been elected the Supporters' Player of the "
    "Season by a landslide.\n\nJordan Akinola - 44.8%\nCallum Reddish - 27.3%\n",
    # a party choosing its candidate: members' ballot figures are not an election result
    "Plaid picks new candidate\nPlaid Cymru members have chosen Rhodri Pugh after a ballot of members.\n"
    "First round: Rhodri Pugh 98\nCllr Eleri Morgan 71\nMembers voting: 213 of 356 eligible\n",
    "Labour selects councillor\nJane Hale was selected as the party's candidate at a selection meeting, "
    "winning 120 votes to Tom Reed's 85.",
    # a club's members' ballot has a turnout and people "elected", and is still no public election
    "Ellison elected Rovers chairman in members' ballot\nFormer captain Dave Ellison has been elected chairman of "
    "Harbourside Rovers after a ballot of the Rovers Members' Society, beating Margaret Okonjo by 1,318 votes to 1,187. "
    "Of 4,120 members eligible to vote, 2,505 returned ballots, a turnout of 60.8 per cent.\n\n"
    "Members also chose three directors:\n\nPriya Chandran – 1,644 (elected)\nLiam Brogan – 1,502 (elected)\nNeil Ashby – 1,021\n",
    # a council choosing its own mayor by a show of hands: no public election
    "Oduya-Briggs is Kettlewick's new Town Mayor\nCllr Janet Oduya-Briggs has been chosen as Kettlewick's Town Mayor. On a show "
    "of hands, councillors backed Cllr Oduya-Briggs by 11 votes to 6.\n",
]


def test_a_majority_goes_to_the_seat_whose_count_it_fits():
    text = ("Friday 5 July 2024\nThe two neighbouring constituencies were counted overnight, with the Harrogate and "
            "Knaresborough result declared first and the Skipton and Ripon declaration following.\n\n"
            "Tom Gordon, a councillor who grew up in the town, unseated the Conservative Andrew Jones with a majority of 8,238.\n\n"
            "Harrogate and Knaresborough\nTom Gordon (Liberal Democrat) - 23,976\nAndrew Jones (Conservative) - 15,738\n\n"
            "Skipton and Ripon\nJulian Smith (Conservative) - 18,833\nMalcolm Birks (Labour) - 17,183\n")
    majorities = {c.constituency: c.majority for c in extract_results(text).contests}
    assert majorities == {"Harrogate and Knaresborough": 8238, "Skipton and Ripon": None}


@pytest.mark.parametrize("text", PARTY_BALLOTS)
def test_a_party_ballot_is_not_an_election_result(text):
    assert extract_results(text).contests == []


def test_a_party_ballot_word_does_not_hide_a_declared_result():
    text = ("Westbury result\nAnna Field, selected as the party's candidate last year, was elected with 21,004 votes.\n"
            "Tom Reed (Conservative) 13,100")
    assert [c.name for c in extract_results(text).contests[0].candidates] == ["Anna Field", "Tom Reed"]


def test_a_seat_models_figures_are_no_result():
    text = ("Mega-poll points to Labour majority of 242 as Tory vote collapses\n16 June 2024\n"
            "The model suggests Reform UK could take five seats despite winning 15% of the vote nationally. In Clacton, it "
            "has Nigel Farage on 42% against 27% for the Conservative Giles Watling.")
    result = extract_results(text)
    assert (result.contests, result.seat_counts) == ([], [])


def test_a_magazines_news_section_in_capitals_is_no_contest():
    rule = "-" * 40 + "\n"
    text = (rule + "PARISH COUNCIL ELECTION - THE RESULT\n" + rule + "\nTen candidates stood for the seven seats on Little Wendham Parish "
            "Council. The result (elected candidates marked *):\n\n  Margaret Ellery (Independent) ........ 412 *\n"
            "  David Pountney ....................... 389 *\n  Joan Wicks ........................... 219\n\n"
            + rule + "PRECEPT AND PLAY AREA\nThe parish precept has been set at £24,600.\n\n"
            + rule + "CHURCH ROOF APPEAL\nWe have now raised £11,240 towards our £18,500 target.\n\n"
            + rule + "SPORT\nBowls: Little Wendham beat Coldharbour 64-51.\n")
    assert "Church Roof Appeal" not in [c.constituency for c in extract_results(text).contests]


def test_provisional_figures_before_a_recount_are_no_result():
    text = ("Recount ordered in Tidworth Cross after just four votes separate top two\n\nThe result in the Tidworth Cross division will "
            "not be declared tonight.\n\nAccording to provisional figures seen by the Messenger at the end of the first count, Reform UK's "
            "Jason Fairfax was on 1,402 votes and the sitting Conservative councillor, Ann Lightfoot, on 1,398. Liberal Democrat Peter Wynn "
            "was thought to be third on about 900, with Labour's Gwen Hale on 311.\n")
    assert extract_results(text).contests == []


def test_a_candidate_whose_surname_is_a_seat_does_not_name_the_contest():
    text = ("TOWN COUNCIL NEWS\nNew councillor for Castle Ward\n\nThe by-election filled the vacancy left by the late Cllr Fred Howarth.\n\n"
            "Sheila Markham, an Independent, took 412 votes. The other candidates were Darren Whitby of the Green Party, who received 287 "
            "votes, and Colin Foyle, the Conservative candidate, who received 156.\n")
    assert [c.constituency for c in extract_results(text).contests] == ["Castle Ward"]


def test_a_live_blog_entry_titled_by_a_partys_hold_in_its_seat():
    text = ("County council election count LIVE\n\n14:52\nReform gain Stanwick\n\nStanwick result:\n\nKeith Aldous (Reform UK) 1,733 - ELECTED\n"
            "Jill Haverhill (Conservative) 1,205\n\nMajority 528.\n\n12:05\nLib Dem hold in Upwell Fen\n\nUpwell Fen: Neil Amos (Lib Dem) "
            "1,540, elected; Donna Pike (Reform UK) 1,492. Majority 48. Turnout 35.2%.\n")
    got = {c.constituency: (c.majority, [x.name for x in c.candidates]) for c in extract_results(text).contests}
    assert got == {"Stanwick": (528, ["Keith Aldous", "Jill Haverhill"]), "Upwell Fen": (48, ["Neil Amos", "Donna Pike"])}


def test_no_results_in_a_story_without_results():
    text = ("Labour selects former footballer for Westbury\nMonday 3 March 2025\n"
            "Dan Okoro, 34, scored 87 goals in 214 appearances. He won 61% of the members' ballot. "
            "Labour held the seat last July with a majority of 9,412.")
    assert extract_results(text).contests == []


def test_a_preview_naming_who_stands_is_no_result():
    text = ("Westbury by-election: who is standing\nMonday 3 March 2025\n"
            "The Conservative candidate, Richard Aske, is a farmer. The Labour candidate, Jo Evans, is a teacher. "
            "Polls open at 7am and 14,212 people are registered to vote.")
    assert extract_results(text).contests == []


@pytest.mark.parametrize("opening", [
    "Four and a half years ago the Bury North count ran past five in the morning. After two recounts, Conservative James "
    "Daly was declared the winner with 21,660 votes to Labour's James Frith on 21,555.",
    "Behind them in December 2019 were the Liberal Democrats' Gareth Lloyd-Johnson on 1,584, Alan McCarthy of the Brexit "
    "Party on 1,240 and the Green Party's Charlie Allen with 802.",
])
def test_a_preview_that_recalls_last_times_figures_is_no_result(opening):
    text = ("Bury North: the two Jameses meet again\nFriday 21 June 2024\n\n" + opening +
            "\n\nOn 4 July the two men meet for a third time.\n")
    assert extract_results(text).contests == []


def test_a_preview_quotes_last_times_result_under_a_sentence_that_says_so():
    text = ("SIX CANDIDATES CONFIRMED FOR BRAMLEY AND STANNINGLEY BY-ELECTION\nPublished 18 July 2025\n\nThe by-election will take place "
            "on Thursday, August 14.\n\nLabour has held the ward for a decade. When Cllr Waddington was last re-elected in May 2024, the "
            "result was: \n\nLorraine Waddington (Labour) 2,814 - 59.8%\nConservative 904\nGreen 612\n\nThat gave her a majority of 1,910 "
            "on a turnout of 26.1 per cent.\n")
    assert extract_results(text).contests == []


def test_a_reminder_of_last_times_result_in_a_live_blog_is_no_result():
    text = ("Runcorn and Helsby by-election: live\n2 May 2025\n\nReminder of last July's result in Runcorn and Helsby: Labour's Mike "
            "Amesbury won with 52.9 per cent of the vote and a majority of 14,696. Reform were second.\n\n"
            "Halton Lea (Halton BC) by-election\nAngela Teeling (Labour) 1,102 ELECTED\nPaul Merrick (Reform UK) 978\n")
    assert [(c.constituency, [x.name for x in c.candidates]) for c in extract_results(text).contests] == \
        [("Halton Lea", ["Angela Teeling", "Paul Merrick"])]     # (a ward "Halton Lea" is no "Halton" LEA)


@pytest.mark.parametrize("text", [
    "Tranter elected BFAWU president\n24 April 2026\nLisa Tranter won the union's postal ballot. The result, announced by the independent "
    "scrutineer, was:\n\nLisa Tranter - 3,412 (48.6%)\nDave McCartney - 2,206 (31.4%)\n\nMr McCartney is a Labour councillor in Salford.\n",
    "Laporta wins Barcelona presidency again\nMarch 7, 2021\nJoan Laporta was elected president of Barcelona on Sunday, winning a club vote. "
    "Laporta received 30,184 votes, or 54.24%, in a ballot of the club's members, known as socis. Victor Font was second with 16,679 votes.\n",
])
def test_a_club_or_union_ballot_of_its_members_is_no_public_result(text):
    assert extract_results(text).contests == []


def test_a_winners_quote_that_looks_back_is_no_history_feature():
    text = ("Clover Moore wins sixth term as Lord Mayor\n15 September 2024\n\nClover Moore has been returned as Lord Mayor of Sydney. "
            "She secured 41,602 first preference votes, or 47.6 per cent, down from 50.6 per cent in 2021. Labor's Zann Maxwell came second "
            "with 14,877 votes.\n\n\"Twenty years on, the people of this city have again backed a vision for a greener Sydney,\" Moore said.\n\n"
            "Candidate | Group | 1st pref | %\nMOORE Clover | Clover Moore Independents | 41,602 | 47.6\nMAXWELL Zann | Labor | 14,877 | 17.0\n")
    got = [(c.constituency, [(x.name, x.party, x.votes) for x in c.candidates]) for c in extract_results(text).contests]
    assert got == [("Sydney", [("Clover Moore", "Clover Moore Independents", 41602), ("Zann Maxwell", "Labor", 14877)])]


def test_a_council_meetings_votes_beside_a_by_election_are_no_candidates_figures():
    text = ("Cornwall Council backs second homes premium\n14 November 2025\n\nThe motion, proposed by Liberal Democrat councillor Mike "
            "Treharne, was passed by 62 votes to 12.\n\nCllr Julia Rowse won a secret ballot of members by 51 votes to 30 against Conservative "
            "Cllr Derek Vosper.\n\nIn the Camborne Trelowarren by-election, the returning officer declared Labour's Anna Field elected with "
            "612 votes. Tom Reed (Conservative) had 401.\n")
    names = {c.name for k in extract_results(text).contests for c in k.candidates}
    assert names == {"Anna Field", "Tom Reed"}


def test_an_obituary_retells_old_wins_and_is_no_result():
    text = ("Harold Whitcombe obituary\nFriday 4 October 2024\n\nHarold Whitcombe, who has died aged 91, was the Labour MP "
            "for Bradwell Moor for 18 years.\n\nHe held the seat by 312 votes over the Conservative, Anthea Royle, with "
            "the Alliance candidate taking almost 11,000.\n")
    assert extract_results(text).contests == []


def test_a_majority_in_the_election_that_year_is_past():
    text = ("Bradwell Moor: a seat with a long memory\nFriday 5 July 2024\n\nHe won the seat at the first attempt in "
            "February 1974. In the October election that year he increased his majority to 4,210.\n")
    assert [c.majority for c in extract_results(text).contests] in ([], [None])


def test_a_poll_that_puts_each_candidate_on_a_share_is_no_result():
    text = ("Mayoral hopefuls' spending revealed\nFriday 12 April 2024\n\nWhoever wins on 2 May will take charge of a £1.1bn "
            "budget. A poll for the Gazette last month put Ms Pryor on 34 per cent, Mr Tolland on 29 per cent and Ms Ramsden "
            "on 13 per cent, with 18 per cent undecided.\n")
    assert extract_results(text).contests == []


def test_a_mayoralty_named_as_its_owner_names_the_contest():
    text = ("Friday 4 May 2012\n\nLabour's Steven Ogunleye has become Brackwater's first directly elected mayor after a "
            "night-long count.\n\nMr Ogunleye had led on first choices with 31,204 votes (38.9%). Mrs Pennick took 24,781 (30.9%).\n")
    assert [c.constituency for c in extract_results(text).contests] == ["Brackwater"]


def test_a_dateline_place_longer_than_a_known_seat_is_that_place():
    text = ("Carrillo-Barnes defeats Tillotson in mayoral runoff\nSat, June 8th 2024\n\nHARLOW SPRINGS, Texas (KHSX) - Denise "
            "Carrillo-Barnes will be the next mayor of Harlow Springs.\n\nShe won Saturday's runoff election with 18,733 votes, "
            "or 52.6%, defeating businessman Wade Tillotson, who received 16,881 votes, or 47.4%.\n")
    assert [c.constituency for c in extract_results(text).contests] == ["Harlow Springs"]


def test_live_entries_titled_by_an_outcome_badge_or_a_mayoralty():
    text = ("Mayoral results live\n\n18:42\nGreens take Lowmoor Vale mayoralty\n\nAnna Field has won the Lowmoor Vale mayoralty "
            "for the Greens with a majority of 1,204.\n\nAnna Field (Green) 30,112 (40.1%)\nTom Reed (Conservative) 28,908 (38.5%)\n\n"
            "15:58\nCON HOLD: Ives re-elected in Bramble Fen\n\nConservative Sam Ives has held Bramble Fen by 2,255 votes. Ives "
            "polled 84,210; Labour's Kim Ansell 81,955.\n")
    got = {c.constituency: [x.name for x in c.candidates] for c in extract_results(text).contests}
    assert got == {"Lowmoor Vale": ["Anna Field", "Tom Reed"], "Bramble Fen": ["Sam Ives", "Kim Ansell"]}


def test_a_seat_won_back_beside_a_seat_sharing_pact_and_a_states_scorecard():
    text = ("TMC wins by 64,314\n4 Jun 2024\n\nThe TMC on Tuesday won back Barrackpore, the industrial seat it had lost in 2019, "
            "with Sourav Mitra defeating the BJP's sitting MP Abhijit Saha by 64,314 votes.\n\nMitra polled 5,19,376 votes (47.46%) "
            "to Saha's 4,55,062 (41.58%). CPI(M) nominee Debabrata Sen, backed by the INC under the Left-Congress seat-sharing "
            "arrangement, got 88,214 votes (8.06%).\n\nBENGAL SCORECARD (42 seats, all declared)\nTMC 29 | BJP 12 | INC 1\n")
    result = extract_results(text)
    assert [c.constituency for c in result.contests] == ["Barrackpore"]
    assert [(s.kind, s.party, s.seats) for s in result.seat_counts] == [
        ("declared", "All India Trinamool Congress", 29), ("declared", "Bharatiya Janata Party", 12),
        ("declared", "Indian National Congress", 1)]        # ("(42 seats, all declared)" titles a tally, not a seat)


def test_a_live_entry_titled_by_an_unknown_seat_also_named_after_in():
    text = ("Results LIVE\nLast updated: June 4, 2024 8:12 pm IST\n8:12 pm\nLudhiana: Congress's Harpreet Singh Grewal declared elected\n\n"
            "Grewal polled 4,02,551 votes (36.03%) to BJP candidate Kulwant Singh Sandhu's 3,71,208 (33.23%).\n\n"
            "11:20 am\nPunjab trends\n\nIn Ludhiana, BJP's Sandhu is leading after round 5.\n")
    assert [c.constituency for c in extract_results(text).contests] == ["Ludhiana"]


@pytest.mark.parametrize("text, seat", [
    ("Election 2024 > Results > Leinster > Kildare North\n\nSinn Féin's Aoife Tormey was elected on the first count with "
     "12,604 first preferences.\n", "Kildare North"),
    ("Harrington leads the way\n\nFIANNA Fáil's Siobhán Harrington was the first of the three new TDs for Cork South-West to be "
     "declared, elected on the fourth count. Harrington polled 11,842 first preferences.\n", "Cork South-West"),
    ("Ó Conghaile tops the poll in Gaillimh Thiar\n\nIndependent TD Máirtín Ó Conghaile topped the poll, taking 11,432 first "
     "preferences (17.3%) and passing the quota on the first count.\n", "Galway West"),
    ("Recount in Cork North Central\n\nLabour's Nora Aherne was elected with 5,106 first preferences.\n", "Cork North-Central"),
])
def test_a_dail_constituency_names_the_contest_in_any_spelling(text, seat):
    assert [c.constituency for c in extract_results(text).contests] == [seat]


def test_live_entries_titled_by_a_known_seat_are_named_by_it():
    text = ("LIVE: Election night\nLast updated 03:52\n\n03:52\nGlasgow East: Labour take it\n\nJohn Grady is elected with 15,543 "
            "votes.\n\n02:10\nReform gain Harlow Drove\n\nShane Murtagh, Reform UK - 1,406 (elected)\nPenny Ould, Conservative - 1,010\n")
    got = {c.constituency: [x.name for x in c.candidates] for c in extract_results(text).contests}
    assert got == {"Glasgow East": ["John Grady"], "Harlow Drove": ["Shane Murtagh", "Penny Ould"]}


def test_a_partys_national_share_beside_its_commons_majority_is_no_result():
    text = ("All 650 seats declared\n6 July 2024\n\nLabour's total leaves Sir Keir Starmer with a working majority of 174, though the "
            "party won it on 33.7% of the vote.\n")
    assert extract_results(text).contests == []


def test_live_entries_titled_by_a_badge_before_or_after_an_unknown_division():
    text = ("LIVE: Lancashire County Council election count 2025\nLast updated: 16:42 BST, Friday 2 May 2025\n\n16:31\n"
            "LABOUR HOLD in Skelmersdale Central - a rare bit of good news for the party today.\nTerry Aldridge (Labour) 1,118\n"
            "Colin Mercer (Reform UK) 1,035\n\n15:58\nReform GAIN Ormskirk from Labour. Philip Hesketh is elected with 1,476 votes "
            "to Labour's Ruth Ainscough on 1,302.\n\n15:20\nCON HOLD - Penwortham West\nDerek Heyes (Con): 1,655\nShaun Kirby "
            "(Reform UK): 1,497\n\n14:05\nFIRST RESULT FROM SOUTH RIBBLE: Leyland Central - REFORM GAIN FROM LABOUR\n"
            "Nathan Birch (Reform UK) - 1,622 - ELECTED\nJo Whittaker (Labour) - 1,044\n\n13:40\nRohini declared. BJP's Anil "
            "Bansal has won, defeating AAP's Pradeep Khurana. Final figures: Anil Bansal (BJP) - 70,365; Pradeep Khurana (AAP) - 32,549.\n")
    got = {c.constituency: [x.name for x in c.candidates][:1] for c in extract_results(text).contests}
    assert got == {"Skelmersdale Central": ["Terry Aldridge"], "Ormskirk": ["Philip Hesketh"], "Penwortham West": ["Derek Heyes"],
                   "Leyland Central": ["Nathan Birch"], "Rohini": ["Anil Bansal"]}


def test_a_recount_story_under_a_papers_masthead_names_the_division_handed_over():
    text = ("BROMSGROVE & REDDITCH STANDARD\nThursday 8 May 2025 edition\n\nRecount hands Barnt Green and Hopwood to Conservatives\n\n"
            "Anne Whitlock keeps Worcestershire County Council seat by four votes\n\nConservative councillor Anne Whitlock held on at "
            "Bromsgrove's count. When the ballot papers for Barnt Green and Hopwood were first counted, Reform's Shaun Pelley was three "
            "votes ahead, by 1,318 to 1,315.\n\nFinal result (after recount)\nAnne Whitlock, Conservative: 1,321 - ELECTED\n"
            "Shaun Pelley, Reform UK: 1,317\nMajority: 4\n\nAcross Worcestershire, Reform became the largest party, with the count in "
            "Redditch continuing on Saturday.\n\nSEE ALSO\n- Redditch results: Reform sweeps town divisions\n")
    [contest] = extract_results(text).contests
    assert contest.constituency == "Barnt Green and Hopwood"
    assert {c.name: c.votes for c in contest.candidates} == {"Anne Whitlock": 1321, "Shaun Pelley": 1317}


@pytest.mark.parametrize("text", [
    ("Wyeside Journal\nWednesday 8 October 2025\n\nONE YEAR ON\n\nThe incinerator by-election: what happened next in Holme Marsh?\n\n"
     "Gareth Pryor stood as an independent. He took the ward with 892 votes to the Conservative candidate's 611, a majority of 281 "
     "on a turnout of 34.6%.\n"),
    ("Chelmsford: the battle of the feeds\n24 June 2024\n\nOn raw numbers Ms Ford is well ahead, with roughly 38,350 followers across "
     "her accounts against 15,660 for Liberal Democrat Marie Goldman.\n"),
    ("Northern Dales Courier\nSunday edition\n\nShe held on when neighbouring seats fell like dominoes.\n14 January 2024\n\nThe "
     "Labour MP for Ribbledale and Settlebridge first stood in 2015 and lost. Two years later she took the seat with a majority of 2,139.\n"),
    ("AGM report: new chair elected\n14 May 2025\n\nThank you to the 246 members who came to the club's annual general meeting. "
     "Following a secret ballot, Mike Dolan was elected chair by 143 votes to 96 over Sarah Whitfield.\n"),
    ("By-election confirmed after 8,902 sign recall petition against Radstock and Somer Valley MP\n\n"
     "Gavin Harcourt loses his seat after more than one in ten voters backed his removal\n\nA by-election will be held in "
     "Radstock and Somer Valley after a recall petition against Conservative MP "
     "Gavin Harcourt passed the threshold needed to unseat him.\n\nThe petition was signed by 8,902 voters, "
     "11.6 per cent of the electorate of 76,741.\n"),
    ("ADVISORY: election night declarations\n4 July 2024\n\nEstimated declaration times (BST):\n\n"
     "  Houghton and Sunderland South ....... 2330\n  Swindon South ....................... 0100\n"
     "  Bristol Central ..................... 0400\n"),
    ("Notice of election: Ferrisham County Council elections 1 May 2025\n\nPublished: Tuesday 25 March 2025\n\n"
     "Electoral divisions in the Ashvale district and number of county councillors to be elected\n"
     "Electoral division | Number of county councillors to be elected\nAshvale Central | 1\nAshvale North and Hythe Green | 2\n"
     "Kings Ashton | 2\n"),
], ids=["a-year-on-feature", "social-media-followers", "years-later-under-a-masthead", "a-clubs-agm",
        "a-recall-petitions-electorate", "seats-with-declaration-times", "a-notice-of-election-with-seats-to-fill"])
def test_figures_of_a_past_contest_or_no_public_poll_are_no_result(text):
    assert extract_results(text).contests == []


def test_live_entries_stamped_with_am_pm_and_a_zone_and_titled_by_a_seat_going_to_a_party():
    text = ("Australian election 2025 live\nSat 3 May 2025 23.58 AEST\n\n10.52pm AEST\nBonner goes to Labor\n\nHere's how the primaries "
            "look:\n\nBrandt (Labor) 37,402 - 38.1%\nRoss Pemberton (LNP) 35,770 - 36.4%\n\n10.09pm AEST\nLNP hangs on in Longman\n\n"
            "Bridget Kahler has retained Longman. She has 38,214 first-preference votes to 30,177 for Labor's Sean Delahunty.\n")
    got = {c.constituency: sorted(x.name for x in c.candidates) for c in extract_results(text).contests}
    assert got == {"Bonner": ["Brandt", "Ross Pemberton"], "Longman": ["Bridget Kahler", "Sean Delahunty"]}


def test_a_headlines_short_seat_name_is_the_end_of_the_full_one_and_romps_home_by_is_a_majority():
    text = ("LABOUR STORM CARSE OF STIRLING\nFraser McAulay romps home by 4,318 in Bannockburn by-election\n\n"
            "SCOTTISH Labour have snatched the Carse of Stirling and Bannockburn seat from the SNP.\n\n"
            "Fraser McAulay, 38, took 48.3 per cent of the vote, with the SNP's Kirsty Drummond trailing.\n")
    contest = _contest(extract_results(text))
    assert (contest.constituency, contest.majority) == ("Carse of Stirling and Bannockburn", 4318)


def test_live_entries_titled_after_a_label_or_with_the_badge_last_and_key_points_naming_two_seats():
    text = ("Police commissioner results LIVE\n\nKey points\nLabour gain Northmarsh and Fosse and Tame\n\n"
            "16:58\nLabour gain Fosse and Tame\n\nHarpreet Sandhu (Lab) 56,602\nMartin Venn (Con) 40,117\n\n"
            "14:20\nTight finish in Calderbrook - Conservative hold\n\nRichard Dunn held on.\n\n"
            "Dunn (Con) 78,412 (41.4%); Haigh (Lab) 74,308 (39.2%)\n\n"
            "13:05\nFirst result: Labour gain Northmarsh\n\nMs Kerr received 61,834 votes to Mr Bellingham's 55,120.\n")
    got = {c.constituency: sorted(k.votes for k in c.candidates) for c in extract_results(text).contests}
    assert got == {"Fosse and Tame": [40117, 56602], "Calderbrook": [74308, 78412], "Northmarsh": [55120, 61834]}


def test_last_times_box_with_its_year_is_no_result():
    text = ("Adeyemi wins second term as Mayor of Greater Kingsmouth\n\nTHE RESULT - MAYOR OF GREATER KINGSMOUTH 2024\n"
            "Grace Adeyemi (Labour) 402,118 (40.6%) ELECTED\nNicholas Hollis (Conservative) 331,574 (33.5%)\n\n"
            "> HOW IT LOOKED LAST TIME (2021, supplementary vote)\n"
            "> First preferences: Grace Adeyemi (Lab) 361,905 (38.9%); Simon Cole (Con) 318,770 (34.3%)\n")
    assert [k.name for k in _contest(extract_results(text)).candidates] == ["Grace Adeyemi", "Nicholas Hollis"]


def test_the_totals_row_of_a_table_whose_columns_are_the_candidates():
    text = ("Fairweather elected first Mayor of Wyvern\n\nLabour's Marcus Fairweather beat Conservative Jill Stannard.\n\n"
            "Votes by local authority area\nArea | Fairweather (Lab) | Stannard (Con) | Turnout\n"
            "Ashcombe | 31,204 | 24,877 | 29.2%\nTotal | 102,884 (40.7%) | 84,634 (33.5%) | 28.3%\n")
    got = {k.name: (k.votes, k.share) for k in _contest(extract_results(text)).candidates}
    assert got == {"Marcus Fairweather": (102884, 40.7), "Jill Stannard": (84634, 33.5)}


def test_canadian_live_entries_titled_by_a_riding_a_badge_or_a_colour_and_a_wire_paragraph_led_by_its_riding():
    text = ("Canada election 2025 live updates\n\n12:47 a.m. ET\nSaint John—Kennebecasis: Liberal Mathieu Arsenault is "
            "declared elected with all polls in. Unofficial count: Arsenault 22,951, Conservative Heather Doiron 22,347.\n\n"
            "11:55 p.m. ET\nCONSERVATIVE GAIN in Brampton East: Simran Bhullar defeats Liberal Ravi Gill, 21,004 votes to 19,876.\n\n"
            "10:58 p.m. ET\nCalgary Confederation stays blue. Conservative Blake Harrington wins re-election by 9,876 votes.\n")
    got = {c.constituency: sorted(k.name for k in c.candidates) for c in extract_results(text).contests}
    assert got == {"Saint John—Kennebecasis": ["Heather Doiron", "Mathieu Arsenault"], "Brampton East": ["Ravi Gill", "Simran Bhullar"],
                   "Calgary Confederation": ["Blake Harrington"]}
    wire = ("Bloc hangs on in Trois-Rivières as Liberals take Shefford\n\nUnofficial results, all polls reporting:\n\n"
            "Trois-Rivières — Geneviève Lemay-Caron, Bloc Québécois, 21,884; Olivier Beauchesne, Liberal, 20,615.\n\n"
            "Shefford — Isabelle Fortier-Gagnon, Liberal, 25,310; Mathieu Ducharme, Bloc Québécois, 23,977.\n")
    got = {c.constituency: sorted(k.votes for k in c.candidates) for c in extract_results(wire).contests}
    assert got == {"Trois-Rivières": [20615, 21884], "Shefford": [23977, 25310]}


def test_a_riding_joined_by_dashes_keeps_its_whole_name_and_a_toronto_ward_its_name_after_the_number():
    text = ("Liberal Rana Siddiqui won Sackville—Bedford—Preston going away, taking 51.7 per cent of the vote.\n\n"
            "Turnout was 67.2 per cent.\n")
    assert _contest(extract_results(text)).constituency == "Sackville—Bedford—Preston"
    text = ("Marchuk wins Ward 3 by-election\n\nElena Marchuk has won Monday's by-election in Ward 3 Etobicoke-Lakeshore, "
            "beating Tom Addo by 1,215 votes.\n\nElena Marchuk | 6,118 | 37.2\nTom Addo | 4,903 | 29.8\n")
    assert _contest(extract_results(text)).constituency == "Ward 3 Etobicoke-Lakeshore"


def test_a_results_portals_fields_side_by_side_and_its_alerts_line():
    text = ("Constituency-wise result: KALYAN WEST (Thane district)\n\nCandidate | Party | Votes | Vote %\n"
            "Sandeep Bhoir | SHS | 96,412 | 46.95\nRupesh Patil | SS(UBT) | 75,107 | 36.57\n\n"
            "Electors: 3,91,670    Poll percentage: 52.43%\n\n"
            "WINNER: Sandeep Bhoir (Shiv Sena)     RUNNER-UP: Rupesh Patil (Shiv Sena (UBT))\n\n"
            "Get constituency alerts on WhatsApp. Tap to subscribe.\n")
    contest = _contest(extract_results(text))
    assert (contest.constituency, contest.turnout) == ("Kalyan West", 52.43)
    assert [k.name for k in contest.candidates if k.elected] == ["Sandeep Bhoir"]


def test_a_party_that_snatches_a_seat_and_a_lower_case_assembly_seat():
    text = ("JMM snatches Barkatha as Dilip Mahto edges past BJP's Suresh Gupta\n\n"
            "Jharkhand Mukti Morcha (JMM) candidate Dilip Kumar Mahto won the Barkatha assembly seat on Saturday, "
            "defeating Suresh Prasad Gupta of the Bharatiya Janata Party (BJP) by a margin of 14,286 votes.\n\n"
            "> Hazaribagh district: BJP holds Hazaribagh Sadar, loses Barhi\n")
    contest = _contest(extract_results(text))
    assert (contest.constituency, contest.majority) == ("Barkatha", 14286)
    text = ("By-election night: Reform snatches Hillside as Greens take Oakhurst\n\nHILLSIDE (Tamebridge Borough Council)\n"
            "Craig Dutton won Hillside with 1,104 votes, ahead of Labour's Maureen Kelsall on 871.\n")
    assert {k.name: k.party for k in _contest(extract_results(text)).candidates}["Craig Dutton"] == "Reform UK"


def test_a_blogs_posted_by_line_in_capitals_is_no_seat():
    text = ("CROYDON CITIZEN\n\nPOSTED BY: CITIZEN EDITORIAL  *  JULY 5, 2024  *  3 COMMENTS\n\n"
            "Philp squeaks home in Croydon South as Labour come within 2,313 votes\n\n"
            "CROYDON CITIZEN SAYS: Support our journalism.\n\nChris Philp polled 19,757 votes. Labour's Ben Taylor came within "
            "touching distance with 17,444.\n")
    contest = _contest(extract_results(text))
    assert contest.constituency == "Croydon South"
    assert [k.name for k in contest.candidates if k.elected] == ["Chris Philp"]


def test_a_declarations_surname_and_initial_is_the_storys_full_name_when_only_one_fits():
    text = ("Orchard ward: both Patels elected\n\nLabour's Anita Patel and the Conservatives' Vikram Patel both won seats; "
            "Labour's Colin Reeve missed out.\n\nPatel, A (Labour) ..................... 1,302 *\n"
            "Patel, V (Conservative) ............... 1,219 *\nReeve, C (Labour) ..................... 1,180\n"
            "Gill, T (Reform UK) ................... 941\n")
    names = [k.name for k in _contest(extract_results(text)).candidates]
    assert names == ["Anita Patel", "Vikram Patel", "Colin Reeve", "T Gill"]


_CARD = "{seat}\n{party} {badge}\n\n{party}\n{name}\nVotes {votes}\nShare {share}%\nChange n/a\n"
_SUMMARY_BLOCK = ("{office}\nVote For 1\n                                   TOTAL     VOTE %\n{rows}"
                  "Write-In Totals                       19      0.14%\nTotal Votes Cast                  {total}    100.00%\n"
                  "Overvotes                              2\n\n")
# Pages of several contests: (id, text, {contest: its candidates' names in order}).
CANDIDATES_BY_CONTEST = [
    ("a-table-flattened-one-cell-per-line-with-a-blank-line-after-each-cell",
     "WELLINGTON MAYOR - PRELIMINARY (first preferences)\n\nCandidate\n\nVotes\n\n%\n\nAndrew Little\n\n27,804\n\n50.2\n\n"
     "Ray Chung\n\n18,266\n\n33.0\n\nDiane Calvert\n\n6,932\n\n12.5\n\nTurnout in Wellington city was 47.1 per cent.\n",
     {"Wellington": ["Andrew Little", "Ray Chung", "Diane Calvert"]}),
    ("a-table-under-a-sentence-saying-whose-figures-it-gives-after-another-seats-paragraph",
     "The seat of Bradfield was the last to be declared after a recount. Independent Nicolette Boele won the seat by 26 votes.\n\n"
     "In the outer-Brisbane seat of Dickson, which he had held since 2001, the then opposition leader was defeated by Labor's Ali France.\n\n"
     "The AEC's final figures for Dickson show:\n\nCandidate | Party | Votes | %\nAli France | Labor | 38,411 | 41.9\n"
     "Peter Dutton | Liberal National | 34,207 | 37.3\nEmily Jordan | Greens | 9,876 | 10.8\n",
     {"Bradfield": ["Nicolette Boele"], "Dickson": ["Ali France", "Peter Dutton", "Emily Jordan"]}),
    ("a-table-of-districts-whose-seat-cell-is-filled-on-its-first-row-only",
     "Results in key races\n\nDistrict | Candidate | Party | Votes | Pct.\n22nd | Nadia Farouk* | D | 17,950 | 53.9%\n"
     "| Greg Lambert (i) | R | 15,311 | 46.0%\n30th | Curtis Haynes (i)* | R | 19,402 | 50.7%\n| Meredith Sloan | D | 18,814 | 49.2%\n\n"
     "* Winner. (i) Incumbent.\n",
     {"22nd District": ["Nadia Farouk", "Greg Lambert"], "30th District": ["Curtis Haynes", "Meredith Sloan"]}),
    ("a-table-of-wards-by-name-whose-seat-cell-is-filled-on-its-first-row-only",
     "Ward | Candidate | Party | Votes\nAshgrove | Tom Bell | Labour | 1,204\n| Ann Roe | Green | 998\nBexley | Sam Lee | Reform UK | 1,530\n"
     "| Jo Tate | Labour | 1,102\n",
     {"Ashgrove": ["Tom Bell", "Ann Roe"], "Bexley": ["Sam Lee", "Jo Tate"]}),
    ("two-result-cards-under-a-results-title",
     "By-elections: Labour take Lichfield Chase\n\nResults\n\n"
     + _CARD.format(seat="Lichfield Chase", party="Labour", badge="GAIN from Conservative", name="Marcus Hale",
                    votes="13,546", share="44.2")
     + "\n" + _CARD.format(seat="Ouse Valley and Olney", party="Conservative", badge="HOLD", name="Edward Tompkins",
                           votes="16,218", share="48.8"),
     {"Lichfield Chase": ["Marcus Hale"], "Ouse Valley and Olney": ["Edward Tompkins"]}),
    ("divisions-the-gazetteer-does-not-know-told-as-the-places-where-they-were-won",
     "Reform sweep the town's divisions\nSaturday May 3 2025\n\nReform UK took every division counted on Friday.\n\n"
     "The closest of them was Kelsall Brook, where Reform newcomer Owen Tate polled 1,176 votes to Conservative Ada Lyle's 1,167. "
     "Labour's Ben Cray was third with 640.\n\nThe story was much the same in Fernhill Heath, where Ruth Dale won for Reform with "
     "1,388 votes, ahead of the Conservative Sam Orme on 786.\n",
     {"Kelsall Brook": ["Owen Tate", "Ada Lyle", "Ben Cray"], "Fernhill Heath": ["Ruth Dale", "Sam Orme"]}),
    ("seats-told-by-the-paragraph-that-opens-or-closes-on-them",
     "Congress sweeps the bypolls\nNovember 23, 2024\n\nCongress candidate K.R. Mahadevaiah won the Kollur Assembly bypoll on Saturday, "
     "defeating Janata Dal (Secular) nominee H.D. Srinivas by 25,413 votes. Mr. Mahadevaiah polled 1,12,642 votes to Mr. Srinivas's 87,229.\n\nIn Malvalli (Mandya district), the seat vacated by a former minister, Congress's "
     "Azeem Pathan defeated BJP's Sharan Gowda by 13,448 votes.\n\nIn Sandur (Ballari district), Congress's Sumalatha Tukaram "
     "defeated BJP's Ranga Hanumanthu by 9,649 votes to retain the Scheduled Tribe-reserved seat.\n\nElsewhere, the Liberal Isabelle "
     "Fortin unseated Bloc incumbent Mathieu Roy in Granby Ouest by 1,333 votes.\n",
     {"Kollur": ["K.R. Mahadevaiah", "H.D. Srinivas"], "Malvalli": ["Azeem Pathan", "Sharan Gowda"],
      "Sandur": ["Sumalatha Tukaram", "Ranga Hanumanthu"], "Granby Ouest": ["Isabelle Fortin", "Mathieu Roy"]}),
    ("a-namesake-with-other-initials-is-another-candidate",
     "Alathur result\nJune 4, 2024\n\nCPI(M)'s K.R. Sasidharan won Alathur, defeating Divya Chandran by 16,860 votes.\n\n"
     "Candidate | Party | Votes\nK.R. Sasidharan | CPI(M) | 4,03,447\nDivya Chandran | INC | 3,86,587\nK. Sasidharan | IND | 3,983\n",
     {"Alathur": ["K.R. Sasidharan", "Divya Chandran", "K. Sasidharan"]}),
    ("at-a-glance-lines-one-per-seat-and-a-seat-whose-name-holds-a-known-one",
     "County council results\n3 May 2025\n\nKey results are below.\n\nAT A GLANCE\n"
     "Brickfield North - Nora Gale (Reform UK) 1,432, maj 311 - REF GAIN FROM CON\n"
     "Kiln Cross - Tom Rye (Reform UK) 1,208, maj 407 - REF GAIN FROM LAB\n\n"
     "Old Stevenage: Labour hold. Rob Kelsey (Labour) 1,288 (33.6%); Gail Strong (Reform UK) 1,203 (31.3%); "
     "Philip Dyer (Conservative) 802 (20.9%); Helen Wenham (Liberal Democrat) 355 (9.2%). Majority 85.\n",
     {"Brickfield North": ["Nora Gale"], "Kiln Cross": ["Tom Rye"],
      "Old Stevenage": ["Rob Kelsey", "Gail Strong", "Philip Dyer", "Helen Wenham"]}),
    ("a-wires-line-for-last-times-result-over-its-rows-is-skipped-with-them",
     "BYELECTION Kelsall Vale RESULT\n12 March 2026\n\nKELSALL VALE\nReform UK gain from Lab\n\n"
     "Gareth Pryce (Reform UK) 11,204 (36.68%, +20.74%)\nSian Edwards (Lab) 8,089 (26.48%, -12.17%)\n\n"
     "Reform UK maj 3,115 (10.20%)\n\n2024: Lab maj 4,622 (9.67%) - Turnout 47,822 (62.40%)\n"
     "Gittins (Lab) 18,484 (38.65%); Davies (C) 13,862 (28.99%); Walmsley (Reform UK) 7,626 (15.95%)\n",
     {"Kelsall Vale": ["Gareth Pryce", "Sian Edwards"]}),
    ("a-live-entry-titled-with-how-the-seat-voted-last-time-is-past",
     "By-election night live\n13 March 2026\n\n02:10 GMT\nReform take Bassetford\n\nReform's Craig Atkin has won Bassetford with 12,804 votes, "
     "a majority of 1,911 over Labour's Ann Marsh, who polled 10,893.\n\n01:30 GMT\nHow the seat voted in 2024\n\nA quick reminder of the "
     "starting point.\n\nIn Bassetford, Labour's Jo Whitby won with 18,476 votes, a majority of 5,768 over the Conservative Brendan Clark. "
     "Reform's Frank Ware was third with 9,751.\n",
     {"Bassetford": ["Craig Atkin", "Ann Marsh"]}),
    ("a-riding-too-close-to-call-over-its-progress-and-table",
     "Byelection results\nMarch 3, 2026\n\nTwo ridings voted on Monday.\n\nKelso West (Sask.) — Conservative hold\n\n"
     "Polls reporting: 203/203 · Voter turnout: 39.3%\n\nCandidate | Party | Votes | %\nKyle Reimer ✔ | Conservative | 13,120 | 42.2\n"
     "Amrit Sidhu | NDP | 11,455 | 36.9\n\nOakmont West (Ont.) — Too close to call\n\nPolls reporting: 201/214 · Last updated 1:32 AM ET\n\n"
     "Candidate | Party | Votes | %\nPriya Malik | Liberal | 17,012 | 47.1\nAndrew Szabo | Conservative | 16,744 | 46.3\n",
     {"Kelso West": ["Kyle Reimer", "Amrit Sidhu"], "Oakmont West": ["Priya Malik", "Andrew Szabo"]}),
    ("offices-over-a-party-primary-line-and-tables-flattened-one-cell-per-line",
     "ELECTION RESULTS: June 18, 2024 Primary\n\nCOUNTY COMMISSIONER, DISTRICT 2\nRepublican Primary\n9 of 9 precincts reporting\n"
     "Candidate\nVotes\nPct.\n✔ Dale Whitcomb\n2,905\n51.71%\nRuss Engle\n1,836\n32.68%\nTotal\n4,741\n\nSHERIFF\nRepublican Primary\n"
     "24 of 31 precincts reporting\nCandidate\nVotes\nPct.\nJim Castellano\n6,015\n48.19%\nWesley Ortmann\n4,870\n39.02%\n",
     {"County Commissioner, District 2": ["Dale Whitcomb", "Russ Engle"], "Sheriff": ["Jim Castellano", "Wesley Ortmann"]}),
    ("a-county-summary-reports-offices-over-vote-for-and-a-figures-only-header",
     "ELECTION RESULTS - NOVEMBER 5, 2024 GENERAL ELECTION\n\nBallots Cast - Total                       14,207\n\n"
     + _SUMMARY_BLOCK.format(office="COUNTY TREASURER", total="13,872",
                             rows="REP  Marvin T. Egland              7,412     53.43%\nDEM  Sheila Oduya                  5,630     40.59%\n")
     + _SUMMARY_BLOCK.format(office="COUNTY AUDITOR", total="14,035",
                             rows="REP  Janet L. Voss                 8,903     63.43%\nDEM  Curtis Albrecht               5,061     36.06%\n"),
     {"County Treasurer": ["Marvin T. Egland", "Sheila Oduya"], "County Auditor": ["Janet L. Voss", "Curtis Albrecht"]}),
    ("us-districts-leading-their-results-and-one-with-its-winner-only",
     "Wednesday 6 November 2024\nHere are the latest unofficial numbers.\n\n"
     "1st Congressional District: Rep. Thomas Caruso (R) 201,556 (55.4%), Ellen Whitford (D) 162,310 (44.6%). AP called it for Caruso.\n"
     "2nd Congressional District: AP called the race for Rep. Vincent Lombardo (R) at 9:58 p.m. County figures were not complete.\n"
     "State Senate, 8th District: Sen. Dean Marcoux (R) 49,882 (50.3%), Priya Raman (D) 49,301 (49.7%). NOT CALLED.\n",
     {"1st Congressional District": ["Thomas Caruso", "Ellen Whitford"], "2nd Congressional District": ["Vincent Lombardo"],
      "State Senate, 8th District": ["Dean Marcoux", "Priya Raman"]}),
    ("ridings-heading-their-paragraphs-in-capitals-one-also-named-in-the-standfirst",
     "PRAIRIE DISPATCH\n\nLiberals crack Saskatchewan's blue wall\n\nRegina—Wascana goes red as Conservatives win 12 of 14\n"
     "Published Apr 29, 2025\n\nREGINA—WASCANA\n\nLiberal Carla Rempel-Stone won the riding back for her party by 1,448 votes over "
     "Conservative Warren Kozak. Rempel-Stone had 22,450 votes (48.7 per cent) to Kozak's 21,002 (45.6 per cent).\n\n"
     "SASKATOON WEST\n\nConservative Brad Kuzyk held Saskatoon West comfortably, taking 49.6 per cent of the vote, ahead of "
     "New Democrat Tanya Bird, who had 27.4 per cent.\n",
     {"Regina—Wascana": ["Carla Rempel-Stone", "Warren Kozak"], "Saskatoon West": ["Brad Kuzyk", "Tanya Bird"]}),
    ("a-wire-of-seats-led-in-capitals-one-reserved-and-a-partys-past-win",
     "Cong bags 7 of 13 Punjab seats\nChandigarh, Jun 4, 2024\n\nFollowing are the results of some key seats:\n\n"
     "SANGRUR: Gurmeet Singh Dhillon (AAP) 3,64,085; Sukhdev Singh Kang (Cong) 1,91,525. (Margin: 1,72,560)\n\n"
     "FARIDKOT (SC): Sarabjit Singh Mann (Ind) 2,98,062; Karamjit Sekhon (AAP) 2,28,009. (Margin: 70,053)\n\n"
     "The AAP had won 92 of 117 seats in the 2022 Assembly election.\n",
     {"Sangrur": ["Gurmeet Singh Dhillon", "Sukhdev Singh Kang"], "Faridkot": ["Sarabjit Singh Mann", "Karamjit Sekhon"]}),
    ("a-canvass-statement-of-offices-in-capitals-with-ordinal-districts",
     "LEGAL NOTICES\nPublished Thursday, November 21, 2024\n\nCERTIFIED STATEMENT OF VOTES\n\nCOUNTY COMMISSIONER — 2ND DISTRICT\n"
     "DONALD R. HEIKKINEN, Republican Party ........ 2,611\nSUSAN J. MARR, Democratic Party .............. 1,580\n\n"
     "COUNTY COMMISSIONER — 5TH DISTRICT\nPAMELA K. ROSSI, Republican Party ............ 2,944\nTOM BRIGGS, Democratic Party ........ 1,201\n",
     {"County Commissioner — 2nd District": ["Donald R. Heikkinen", "Susan J. Marr"],
      "County Commissioner — 5th District": ["Pamela K. Rossi", "Tom Briggs"]}),
    ("a-seat-named-mid-sentence-after-and-in-with-its-winner-and-majority",
     "Specials cost National two seats\nFriday 3 November 2023\n\nThe official count also changed the winner in two electorates. "
     "Te Pāti Māori picked up a seat from Labour, and in Nelson, Labour's Sophie Brereton overturned a 54-vote deficit to beat "
     "National's Blair Hollings by 29 votes.\n\nThe Port Waikato by-election will be held on November 25.\n",
     {"Nelson": ["Sophie Brereton", "Blair Hollings"]}),
    ("live-entries-led-by-a-seat-and-its-badge-in-capitals",
     "Jharkhand live\nSaturday 23 November 2024\n\n7:36 PM IST\nDHANBAD DECLARED: BJP's Ravi Shankar Agrawal wins by 36,714 votes "
     "over Congress's Mohammad Arif Ansari. Agrawal polled 1,42,617 (52.83 per cent), Ansari 1,05,903.\n\n6:10 PM IST\n"
     "RANCHI DECLARED: BJP retains Ranchi. Sanjay Kumar Prasad beats JMM's Nandini Oraon by 9,876 votes. Final: Prasad 98,412, Oraon 88,536.\n",
     {"Dhanbad": ["Ravi Shankar Agrawal", "Mohammad Arif Ansari"], "Ranchi": ["Sanjay Kumar Prasad", "Nandini Oraon"]}),
    ("a-town-heading-its-voters-and-a-list-after-who-won-a-race",
     "New mayors in Lacombe, Innisfail\nTuesday, October 21, 2025\n\nInnisfail\n\nInnisfail voters went with Darla Vanderhoek, who won a "
     "three-way race for the mayor's chair:\n\nDarla Vanderhoek – 1,288 (elected)\nKen Froese – 1,102\nBev Lutz – 301\n\n"
     "That's a margin of 186 votes.\n",
     {"Innisfail": ["Darla Vanderhoek", "Ken Froese", "Bev Lutz"]}),
    ("offices-over-rows-one-too-close-to-call-and-a-judge-of-a-numbered-court",
     "Election night live\nNovember 6, 2024\n\nAll 98 precincts reporting: here's where things stand\n\n"
     "County Commissioner, Precinct 4 – TOO CLOSE TO CALL\nRaymond Ybarra (D) – 17,342 (50.1%)\nKyle Strickland (R) – 17,278 (49.9%)\n\n"
     "Judge, 483rd District Court\nGretchen Moody (R) – 85,201 (57.5%) ✔\nTomas Escalante (D) – 63,010 (42.5%)\n",
     {"County Commissioner, Precinct 4": ["Raymond Ybarra", "Kyle Strickland"],
      "Judge, 483rd District Court": ["Gretchen Moody", "Tomas Escalante"]}),
    ("a-district-in-the-headline-not-the-neighbour-named-after-the-figures",
     "Willamette Valley Journal\n\nOberholtzer concedes 5th District to Lindqvist\nNov. 9, 2024\n\nRepublican U.S. Rep. Curtis Oberholtzer conceded to Democrat "
     "Maya Lindqvist. Lindqvist had 197,466 votes (50.1%) to Oberholtzer's 186,902 (47.4%).\n\nElsewhere, Rep. Marcus Chen, D-Eugene, easily won a third term in the neighboring 4th District.\n\n"
     "Comments (14)\nTop comment: \"Turnout in Deschutes was something like 78 percent.\"\n",
     {"5th District": ["Maya Lindqvist", "Curtis Oberholtzer"]}),     # (a seat won in passing beside results is a mention)
    ("a-divisions-name-over-its-seats-and-electorate-line-heads-the-table-below",
     "Election results 2025: electoral divisions A to C\n2 May 2025\n\nSuccessful candidates are marked Elected.\n\nAycliffe East\n\n"
     "Number of councillors to be elected: 2 | Electorate: 7,912\n\nCandidate | Description | Votes | Result\n"
     "DIXON, Ruth | Reform UK | 1,298 | Elected\nHOPE, Margaret Anne | Labour Party | 655 |\n\nBelmont\n\n"
     "Number of councillors to be elected: 3 | Electorate: 13,985\n\nCandidate | Description | Votes | Result\n"
     "BLAKEY, Amanda | Liberal Democrats | 2,011 | Elected\nCARR, Ian | Reform UK | 1,640 |\n",
     {"Aycliffe East": ["Ruth Dixon", "Margaret Anne Hope"], "Belmont": ["Amanda Blakey", "Ian Carr"]}),
    ("an-office-with-its-vote-for-in-brackets-heads-a-table-flattened-one-cell-per-line",
     "County results\nNov. 5, 2025\n\nResults below are copied from the County Clerk's site.\n\nBoard of County Commissioners (Vote for 3)\n"
     "Candidate\nParty\nVotes\nPercent\nElaine Sutter\nDEM\n41,206\n17.29%\nFrank Colasanti\nREP\n38,904\n16.32%\n\n"
     "Surrogate (Vote for 1)\nCandidate\nParty\nVotes\nPercent\nColleen Ambrose\nDEM\n42,015\n52.01%\nVincent Tirado\nREP\n38,771\n47.99%\n",
     {"Board of County Commissioners": ["Elaine Sutter", "Frank Colasanti"], "Surrogate": ["Colleen Ambrose", "Vincent Tirado"]}),
]


@pytest.mark.parametrize("text, want", [c[1:] for c in CANDIDATES_BY_CONTEST], ids=[c[0] for c in CANDIDATES_BY_CONTEST])
def test_candidates_by_contest(text, want):
    assert {c.constituency: [k.name for k in c.candidates] for c in extract_results(text).contests} == want


def test_a_wires_seats_led_in_capitals_and_a_partys_win_in_an_earlier_election():
    text = ("Cong bags 7 of 13 Punjab seats\nChandigarh, Jun 4 (NNS) The Congress on Tuesday won seven of Punjab's 13 Lok Sabha seats.\n\n"
            "Following are the results of some key seats (winner first, margin in brackets):\n\n"
            "LUDHIANA: Harjit Singh Gill (Cong) 3,22,224; Gurpreet Sandhu (BJP) 3,01,282. (Margin: 20,942)\n\n"
            "FARIDKOT (SC): Sarabjit Singh Mann (Ind) 2,98,062; Karamjit Sekhon (AAP) 2,28,009. (Margin: 70,053)\n\n"
            "Chief Minister Bhagwant Mann said the party accepted the mandate. The AAP had won 92 of 117 seats in the 2022 Assembly election.\n")
    got = {c.constituency: [(k.name, k.party, k.elected) for k in c.candidates] for c in extract_results(text).contests}
    assert got == {"Ludhiana": [("Harjit Singh Gill", "Indian National Congress", None), ("Gurpreet Sandhu", "Bharatiya Janata Party", None)],
                   "Faridkot": [("Sarabjit Singh Mann", "Independent", None), ("Karamjit Sekhon", "Aam Aadmi Party", None)]}


def test_a_councillors_votes_when_first_elected_are_the_past():
    text = ("Co-option confirmed as Lagan River councillor steps down\nThursday 25 July 2024\n\nA new councillor will take his seat "
            "after the party filled a vacancy in the Lagan River District Electoral Area.\n\nMs Galbraith was first elected in May 2023, "
            "polling 1,604 first preferences in a DEA that returns five councillors.\n")
    assert [k.votes for c in extract_results(text).contests for k in c.candidates] == []


def test_a_list_of_an_areas_winners_each_elected_on_a_count():
    text = ("Galway County Council: all the results\nMonday 10 June 2024\n\nAthenry-Oranmore (7 seats) – COMPLETE\n\n"
            "Independent Gabriel Costello topped the poll with 1,950, exceeding the quota of 1,688. Fianna Fáil took two seats.\n\n"
            "✔ Gabriel Costello (Ind) – elected count 1\nLisa Ní Bhriain (Soc Dems) – elected count 4\n"
            "Fintan Hardiman (FF) – elected on the sixth count\n")
    [contest] = extract_results(text).contests
    assert [(k.name, k.party, k.elected) for k in contest.candidates] == [
        ("Gabriel Costello", "Independent", True), ("Lisa Ní Bhriain", "Social Democrats", True), ("Fintan Hardiman", "Fianna Fáil", True)]


def test_a_seat_named_by_its_members_possessive_and_a_section_whose_first_words_name_it():
    text = ("Tallis survives scare as independents fall short\nMay 5 2025\n\nWannon's Liberal MP Geoff Tallis will return to Canberra for a "
            "fourth term.\n\nMr Tallis won 41.3 per cent of first preferences (40,112 votes). Mr Coutts won 29,870 (30.8 per cent).\n\n"
            "BALLARAT\n\nLabor's Rebecca Dunstall cruised to a seventh term in Ballarat, winning 44.8 per cent of first preferences.\n\n"
            "MALLEE\n\nIn Mallee, the Nationals' Lachlan Harker comfortably kept the state's biggest electorate in Nationals hands, "
            "taking 52.7 per cent of first preferences.\n")
    got = {c.constituency for c in extract_results(text).contests}
    assert got == {"Wannon", "Ballarat", "Mallee"}


def test_a_county_results_page_of_offices_over_their_progress_lines_and_ballot_measures():
    text = ("Calder County Election Results - 2024 General Election\nNovember 5, 2024\n\nState Representative, District 38\n\n"
            "Vote For 1 Precincts Reported: 41 of 41\nChoice | Party | Early Voting | Vote By Mail | Election Day | Total |\n"
            "Dana Kowalczyk | REP | 14,001 | 9,465 | 8,408 | 31,874 | 54.59%\nMarcus Bell | DEM | 11,306 | 9,016 | 6,187 | 26,509 | 45.41%\n"
            "Undervotes: | – | 584 | 432 | 386 | 1,402 |\nCircuit Judge, Fifth Judicial Circuit, Group 14 (Nonpartisan)\n\n"
            "Vote For 1 Precincts Reported: 87 of 87\nChoice | Party | Early Voting | Vote By Mail | Election Day | Total |\n"
            "Ellen Marchetti | – | 24,017 | 18,870 | 15,430 | 58,317 | 55.06%\nJonah Raskin | – | 20,113 | 14,840 | 12,651 | 47,604 | 44.94%\n"
            "School Bond Referendum\n\nVote For 1 Precincts Reported: 87 of 87\nChoice | Party | Early Voting | Vote By Mail | Election Day | Total |\n"
            "For Bonds | – | 28,898 | 18,975 | 17,039 | 64,912 | 57.85%\nAgainst Bonds | – | 20,346 | 16,060 | 10,899 | 47,305 | 42.15%\n\n"
            "BOONE COUNTY\n\nSheriff\n81 of 81 precincts - 100 percent\nx-i-Lyle Brandenburg, Dem 50,331 - 54 percent\n"
            "i-Tracy Kemper, GOP 42,877 - 46 percent\n\nCounty Commission, Southern District\n38 of 38 precincts - 100 percent\n"
            "x-Janelle Forsythe, Dem 19,004 - 52 percent\nGary Holtkamp, GOP 17,541 - 48 percent\n")
    got = {c.constituency: [(k.name, k.votes) for k in c.candidates] for c in extract_results(text).contests}
    assert got == {"State Representative, District 38": [("Dana Kowalczyk", 31874), ("Marcus Bell", 26509)],
                   "Circuit Judge, Fifth Judicial Circuit, Group 14": [("Ellen Marchetti", 58317), ("Jonah Raskin", 47604)],
                   "Sheriff": [("Lyle Brandenburg", 50331), ("Tracy Kemper", 42877)],
                   "County Commission, Southern District": [("Janelle Forsythe", 19004), ("Gary Holtkamp", 17541)]}


def test_paragraphs_opening_in_a_seat_with_its_winner_and_majority_and_an_initial_that_is_no_party_code():
    text = ("DMK-led front sweeps TN again\nChennai, Jun 4, 2024\n\nIn Coimbatore, DMK candidate K Senthilnathan defeated BJP's "
            "R Prabhakaran by 1,22,325 votes. Senthilnathan secured 5,71,240 votes against Prabhakaran's 4,48,915.\n\n"
            "The BJP had pinned its hopes on Coimbatore, where it had come close in the Coimbatore South assembly seat in 2021.\n\n"
            "In Theni, DMK's T Muthukumar defeated AMMK's R Jeyapal by 2,77,747 votes. Muthukumar polled 5,02,337 votes, Jeyapal 2,24,590.\n")
    got = {c.constituency: {k.name: k.votes for k in c.candidates} for c in extract_results(text).contests}
    assert got == {"Coimbatore": {"K Senthilnathan": 571240, "R Prabhakaran": 448915},
                   "Theni": {"T Muthukumar": 502337, "R Jeyapal": 224590}}


def test_office_headings_with_their_district_post_or_seat_over_tables():
    text = ("Morrow unseats Patterson in District 3\nNovember 6, 2024\n\nUnofficial results\n\nCounty Commission, District 3\n\n"
            "Candidate | Party | Votes | Pct.\n✓ Keisha Morrow | Dem. | 21,408 | 51.9%\nGlenn Patterson (inc.) | Rep. | 19,842 | 48.1%\n"
            "Board of Education, Post 5\n\nCandidate | Party | Votes | Pct.\n✓ Linda Abernathy | Rep. | 19,310 | 55.6%\n"
            "Omar Haddad | Dem. | 15,420 | 44.4%\n\nDistrict Court, District 5, Seat 3\n\nCandidate | Party | Votes | Pct.\n"
            "✓ Ana Ruiz | Dem. | 60,118 | 50.8%\nTom Hale | Rep. | 58,210 | 49.2%\n")
    got = {c.constituency: [k.name for k in c.candidates] for c in extract_results(text).contests}
    assert got == {"County Commission, District 3": ["Keisha Morrow", "Glenn Patterson"],
                   "Board of Education, Post 5": ["Linda Abernathy", "Omar Haddad"],
                   "District Court, District 5, Seat 3": ["Ana Ruiz", "Tom Hale"]}


def test_live_entries_titled_too_close_to_call_or_conceded_and_a_winner_only_entry_kept():
    text = ("Federal election 2025 live\nSaturday 3 May 2025\n\n11.30pm\nLeichhardt still too close to call\n\n"
            "Far North Queensland's Leichhardt is one of the seats we cannot call tonight. The LNP's Alison Terry has 28,411 "
            "first-preference votes (36.2 per cent) to Labor's Matt Ruskin on 24,930 (31.8 per cent).\n\n"
            "10.47pm\nLabor holds Bendemeer\n\nLabor's Rhiannon Sykes has been re-elected in Bendemeer.\n\n"
            "8.31pm\nLiberals concede Gilmore\n\nLiberal challenger Warwick Soames has rung Labor's Natalie Brandt to concede.\n")
    got = {c.constituency: [k.name for k in c.candidates] for c in extract_results(text).contests}
    assert got == {"Leichhardt": ["Alison Terry", "Matt Ruskin"], "Bendemeer": ["Rhiannon Sykes"]}


def test_a_list_after_someone_who_won_a_race_is_no_list_of_winners():
    text = ("New mayors\nTuesday, October 21, 2025\n\nInnisfail voters went with Darla Vanderhoek, who won a three-way race for the "
            "mayor's chair:\n\nDarla Vanderhoek – 1,288 (elected)\nKen Froese – 1,102\nBev Lutz – 301\n")
    [contest] = extract_results(text).contests
    assert [(k.name, k.elected) for k in contest.candidates] == [("Darla Vanderhoek", True), ("Ken Froese", None), ("Bev Lutz", None)]


def test_live_entries_titled_by_a_party_taking_or_losing_a_division():
    text = ("Northshire County Council election results 2025 LIVE\nFriday 2 May 2025\n\n15:08\nReform take Ashwell & Marston\n\n"
            "Another big one.\n\nCarl Jeffries (Reform UK) 2,114 - ELECTED\nHugh Pennington (Conservative) 1,487\n\n"
            "13:15\nLabour lose Old Moor\n\nLabour have lost one of only four divisions they held. We'll bring you the figures soon.\n\n"
            "Shane Petty (Reform UK) 1,620 - ELECTED\nJean Hale (Labour) 611\n")
    got = {c.constituency: [k.name for k in c.candidates] for c in extract_results(text).contests}
    assert got == {"Ashwell & Marston": ["Carl Jeffries", "Hugh Pennington"], "Old Moor": ["Shane Petty", "Jean Hale"]}


def test_a_supplementary_vote_table_with_slashes_between_its_cells():
    text = ("Adeyemi snatches mayoralty on second preferences\nSaturday, May 07, 2016\n\nTHE RESULT\n\n"
            "Candidate / Party / First preferences / Second preferences / Final\n"
            "Shirley Adeyemi / Labour / 17,115 (30.9%) / 6,214 / 23,329 ELECTED\n"
            "Tony Marsh / Independent / 18,402 (33.2%) / 4,518 / 22,920\n"
            "Clive Dobbs / Conservative / 9,882 (17.8%) / - / eliminated\n")
    [contest] = extract_results(text).contests
    assert [(k.name, k.party, k.votes, k.share, k.elected) for k in contest.candidates] == [
        ("Tony Marsh", "Independent", 18402, 33.2, None), ("Shirley Adeyemi", "Labour", 17115, 30.9, True),
        ("Clive Dobbs", "Conservative", 9882, 17.8, None)]


def test_a_bilingual_page_with_french_figures_and_its_own_party_key():
    text = ("Résultats / Results\nTuesday, April 29, 2025\n\nLongueuil—Saint-Hubert\n\nBloc hold / Bloc conserve · Bureaux dépouillés / "
            "Polls reported: 201/201\n\nCandidat·e / Candidate | Parti / Party | Votes | % | Écart 2021 / Change (pts)\n"
            "✔ Élu Sylvain Marcoux | BQ | 23 418 | 43,6 % | −2,1\nNaïma Benali | PLC | 19 870 | 37,0 % | +8,9\n"
            "Kevin Ouimet | PCC | 6 544 | 12,2 % | +3,0\n\nLa Prairie—Atateken\n\n"
            "Gain PLC (de BQ) / Liberal gain from Bloc · Bureaux dépouillés / Polls reported: 214/214\n\n"
            "Candidat·e / Candidate | Parti / Party | Votes | % | Écart 2021 / Change (pts)\n"
            "✔ Élu Jean-Philippe Ricard | PLC | 25 102 | 43,3 % | +13,5\nLysanne Côté | BQ | 22 455 | 38,7 % | −5,4\n\n"
            "Parties / Partis: BQ = Bloc Québécois; PLC = Parti libéral du Canada / Liberal Party of Canada; "
            "PCC = Parti conservateur du Canada / Conservative Party of Canada.\n")
    got = {c.constituency: [(k.name, k.party, k.votes, k.share, k.elected) for k in c.candidates] for c in extract_results(text).contests}
    assert got == {
        "Longueuil—Saint-Hubert": [("Sylvain Marcoux", "Bloc Québécois", 23418, 43.6, True), ("Naïma Benali", "Liberal", 19870, 37.0, None),
                                   ("Kevin Ouimet", "Conservative", 6544, 12.2, None)],
        "La Prairie—Atateken": [("Jean-Philippe Ricard", "Liberal", 25102, 43.3, True), ("Lysanne Côté", "Bloc Québécois", 22455, 38.7, None)]}


def test_a_news_in_brief_title_names_the_seat_by_its_new_member():
    text = ("NEWS IN BRIEF\n\nNEW MP FOR STRATFORD\nLiberal Democrat Manuela Perteghella won with 23,450 votes, ahead of "
            "Conservative Chris Clarkson on 16,328. She becomes Stratford-on-Avon's first Lib Dem MP.\n\nBRIDGE STREET WORKS "
            "DELAYED\nResurfacing of Bridge Street will now start on 22 July.\n\nSHOTTERY FLOWER SHOW RECORD\nA record 1,204 "
            "entries were received, up from 987 last year.\n")
    assert [c.constituency for c in extract_results(text).contests] == ["Stratford-on-Avon"]


def test_a_section_under_an_earlier_year_is_last_times_story_but_names_who_stands_now():
    text = ("Burnley: then and now\n\n2019\nIn December 2019 Antony Higginbotham took Burnley for the Conservatives with "
            "15,720 votes, beating Labour's Julie Cooper on 14,368.\n\n2024\nLast night Labour's Oliver Ryan won the seat with "
            "12,598 votes. Mr Higginbotham slid to third with 8,058.\n")
    [contest] = extract_results(text).contests
    assert [(c.name, c.votes) for c in contest.candidates] == [("Oliver Ryan", 12598), ("Antony Higginbotham", 8058)]


def test_a_wire_slugs_county_is_not_the_seat_the_story_names():
    text = ("ELECTION Cumbria\nNEW TOP adding Barrow and Furness result\n\nLabour has won Barrow and Furness, completing a "
            "clean sweep of the west of Cumbria for the party.\n\nMichelle Scrogham took 18,537 votes, beating the sitting "
            "Conservative MP Simon Fell, who polled 13,213, by 5,324.\n")
    assert [c.constituency for c in extract_results(text).contests] == ["Barrow and Furness"]


def test_a_declaration_pdf_run_together_has_a_ward_per_field_line():
    text = ("ASHBURY BOROUGH COUNCILElection of Borough CouncillorsThursday 7 May 2026\nDECLARATION OF RESULTS OF POLL\n"
            "Ward: CanalsideNumber of Councillors to be elected: 1\nCandidate NameDescription (if any)Number of VotesResult\n"
            "ACHESON Paul DavidLabour Party1,412Elected\nCARTWRIGHT Jason LeeReform UK1,265Not elected\n"
            "Ward: St Botolph'sNumber of Councillors to be elected: 1\nCandidate NameDescription (if any)Number of VotesResult\n"
            "IRVING Claire LouiseLiberal Democrats1,036Elected\nMcKENNA SeanLabour Party402Not elected\n")
    got = {c.constituency: [(x.name, x.elected) for x in c.candidates] for c in extract_results(text).contests}
    assert got == {"Canalside": [("Paul David Acheson", True), ("Jason Lee Cartwright", None)],
                   "St Botolph's": [("Claire Louise Irving", True), ("Sean McKenna", None)]}


def test_a_notice_of_uncontested_election_without_addresses_elects_every_name():
    text = ("NOTICE OF UNCONTESTED ELECTION\n\nLITTLE HARNHAM PARISH COUNCIL\n\nI, the undersigned, being the Returning Officer at "
            "the above election, hereby give notice that the following persons were duly elected as Parish Councillors for Little "
            "Harnham Parish Council without a contest.\n\nName of Candidate            Description (if any)\nASPINALL Gillian Mary\n"
            "CROWTHER Neil                Independent\nOWUSU Kwame                  Green Party\n\n"
            "Number of councillors to be elected: 5\n")
    [contest] = extract_results(text).contests
    assert [(c.name, c.party, c.elected) for c in contest.candidates] == [
        ("Gillian Mary Aspinall", None, True), ("Neil Crowther", "Independent", True), ("Kwame Owusu", "Green", True)]


def test_a_closed_lists_party_votes_are_no_candidates_and_its_declared_list_is_elected():
    text = ("DECLARATION OF RESULT OF POLL\nSenedd Cymru Election\n\nI, Returning Officer, declare that the votes cast for each "
            "party were as follows:\n\nPlaid Cymru - The Party of Wales ......................... 38,114\n"
            "Ceidwadwyr Cymreig / Welsh Conservatives .................. 9,204\n"
            "Plaid Werdd Cymru / Wales Green Party ..................... 2,946\n\n"
            "A bod yr ymgeiswyr canlynol wedi eu hethol / And that the following candidates are elected:\n"
            "Elin Haf Pugh (Plaid Cymru - The Party of Wales)\nRobert Glyn Hughes (Ceidwadwyr Cymreig / Welsh Conservatives)\n")
    [contest] = extract_results(text).contests
    assert [(c.name, c.party, c.votes, c.elected) for c in contest.candidates] == [
        ("Elin Haf Pugh", "Plaid Cymru", None, True), ("Robert Glyn Hughes", "Conservative", None, True)]


def test_a_list_seats_winners_given_party_by_party_under_who_was_elected():
    text = ("Plaid Cymru has won three of the six seats in Bangor Conwy Môn.\n\nHOW THE VOTES WERE CAST\nPlaid Cymru - 31,480\n"
            "Reform UK - 24,906\nTurnout: 50.6%\n\nWHO WAS ELECTED\nPlaid Cymru: Ifan Prys Davies, Catrin Haf Morgan\n"
            "Reform UK: Gareth Pennant\n")
    [contest] = extract_results(text).contests
    assert [(c.name, c.party, c.elected) for c in contest.candidates] == [
        ("Ifan Prys Davies", "Plaid Cymru", True), ("Catrin Haf Morgan", "Plaid Cymru", True), ("Gareth Pennant", "Reform UK", True)]


@pytest.mark.parametrize("margin, want", [("1,415", 1415), ("1,500", None)])
def test_a_margin_field_is_the_majority_when_the_counts_agree(margin, want):
    text = ("Kamloops Centre\n\nCandidate | Party | Votes | %\nDana Whitford ✔ | BC Conservative | 12,488 | 47.5\n"
            f"Harjit Sandhu-Moore | BC NDP | 11,073 | 42.1\n\nMargin: {margin} votes · Turnout: 58.9%\n")
    [contest] = extract_results(text).contests
    assert (contest.majority, contest.turnout) == (want, 58.9)


def test_a_civic_partys_column_and_the_pages_key_to_its_codes():
    text = ("VANCOUVER CITY COUNCIL — 10 TO BE ELECTED\n\n #  Candidate             Elector org.  Votes\n"
            " 1  Kirsten Laidlaw       ABC       71,284  ELECTED\n 2  Nathalie Roussel      Green     66,452  ELECTED\n"
            " 3  Kenji Abe             IND       12,406\n\nElector organizations: ABC = ABC Vancouver; Green = Green Party of "
            "Vancouver; IND = independent\n")
    [contest] = extract_results(text).contests
    assert [(c.name, c.party_as_written) for c in contest.candidates] == [
        ("Kirsten Laidlaw", "ABC"), ("Nathalie Roussel", "Green"), ("Kenji Abe", "IND")]
    assert contest.candidates[0].party == "ABC Vancouver"


def test_live_entries_about_the_offices_party_primaries_chose_for():
    text = ("LIVE: Bexley County primary election results\n\n11:48 PM\nTeague wins JP Precinct 3 outright\n\nRoy Teague avoided a "
            "runoff in the Republican primary for Justice of the Peace, Precinct 3. With all 28 vote centers reporting: Roy Teague "
            "2,564 (52.1%), Jim Dillard 1,536 (31.2%).\n\n10:20 PM\nWhitby clears 50% in county judge race\n\nSharon Whitby will be "
            "the Republican nominee for Bexley County Judge. Final unofficial totals in the GOP primary: Whitby 11,020 (50.6%), Carl "
            "Monroe 6,310 (29.0%).\n")
    got = {c.constituency: [(x.name, x.votes) for x in c.candidates] for c in extract_results(text).contests}
    assert got == {"Justice of the Peace, Precinct 3": [("Roy Teague", 2564), ("Jim Dillard", 1536)],
                   "Bexley County Judge": [("Sharon Whitby", 11020), ("Carl Monroe", 6310)]}


def test_a_sites_menu_of_places_names_no_contest():
    text = ("Falkirk | Stirling | Clackmannanshire\n\nLabour win Carronshore and Kinnaird\n\nLABOUR has won the Falkirk Council "
            "by-election in Ward 4 - Carronshore and Kinnaird - despite finishing second on first preferences.\n\nThe SNP's Fiona "
            "McAllister led at the first stage with 1,214 first-preference votes (31.3 per cent), just 27 ahead of Labour's Craig "
            "Donnelly on 1,187 (30.6 per cent).\n")
    assert [c.constituency for c in extract_results(text).contests] == ["Carronshore and Kinnaird"]


def test_a_glance_box_of_surnames_and_codes_names_the_storys_candidates():
    text = ("Wollongong by-election\n\nLabor's Teresa Mancuso has held Wollongong. Greens candidate Oliver Petrakis was second and "
            "a Labor volunteer said the swing was expected.\n\nPRIMARY VOTE AT A GLANCE\nMancuso (ALP)      18,942   43.4%   (-8.9)\n"
            "Petrakis (GRN)      9,806   22.5%   (+7.2)\n")
    [contest] = extract_results(text).contests
    assert [(c.name, c.votes) for c in contest.candidates] == [("Teresa Mancuso", 18942), ("Oliver Petrakis", 9806)]


def test_a_county_seat_abroad_is_no_forename_and_no_council_area():
    text = ("Bristol East result\n5 July 2024\n\nLabour's Kerry McCarthy held Bristol East with 19,000 votes. Conservative "
            "Clare Hughes was second with 5,000.\n")
    assert [c.name for c in extract_results(text).contests[0].candidates] == ["Kerry McCarthy", "Clare Hughes"]
    text = ("LOCAL ELECTIONS 2024 | OFFALY\n\nDolan tops the poll in Tullamore\n\nThe six seats in the Tullamore Local Electoral "
            "Area were filled on Monday. Fianna Fáil's Seán Dolan topped the poll with 1,842 first-preference votes.\n")
    assert [c.constituency for c in extract_results(text).contests] == ["Tullamore"]


def test_a_phone_number_in_a_stations_promo_is_no_vote_count():
    text = ("Belfast South result\n5 July 2024\n\nNOW PLAYING ON CITY FM: The Breakfast Show with Gráinne & Mark, 6-10am "
            "Text the studio on 81 404 - texts cost 25p plus your standard network rate.\n")
    assert extract_results(text).contests == []


def test_a_newsroom_running_order_of_four_digit_times():
    text = ("ELECTION FEED GE24 OVERNIGHT RUNNING ORDER\n\n0251 GLASGOW NORTH EAST RESULT EXPECTED AROUND 0320\n\n"
            "0314 GLASGOW EAST DECLARATION\nLAB GAIN FROM SNP\nJOHN GRADY LABOUR 15543 ELECTED\nDAVID LINDEN SNP 11759\n"
            "LAB MAJORITY 3784\n\n0331 WEATHER OVERNIGHT LOW 11 DEGREES\n")
    got = [(c.constituency, [(x.name, x.votes) for x in c.candidates]) for c in extract_results(text).contests]
    assert got == [("Glasgow East", [("John Grady", 15543), ("David Linden", 11759)])]


def test_a_paragraph_that_opens_next_door_in_a_seat_is_that_seats():
    text = ("London results\n5 July 2024\n\nIn Putney, Fleur Anderson won 24,113 votes against 11,625 for Conservative Lee Roberts.\n\n"
            "Next door in Twickenham, Lib Dem Munira Wilson's majority soared to 21,457. She won 30,185 votes, or 56.3 per cent, "
            "with Conservative Jonathan Hulley on 8,728.\n")
    got = {c.constituency: [x.name for x in c.candidates] for c in extract_results(text).contests}
    assert got == {"Putney": ["Fleur Anderson", "Lee Roberts"], "Twickenham": ["Munira Wilson", "Jonathan Hulley"]}


def test_a_recount_story_of_a_dashed_riding_whose_losers_wont_appeal():
    text = ("Judicial recount confirms Lavallée's win\nOntario Superior Court justice completes three-day recount; Liberals won't "
            "appeal\nMay 16, 2025\n\nConservative Terry Lavallée will be the MP for Sault Ste. Marie—Algoma after a judicial recount "
            "confirmed his narrow win over Liberal Jennifer Oakes.\n\nTerry Lavallée, Conservative ........ 20,614\n"
            "Jennifer Oakes, Liberal ............. 20,587\n")
    got = [(c.constituency, [(x.name, x.elected) for x in c.candidates]) for c in extract_results(text).contests]
    assert got == [("Sault Ste. Marie—Algoma", [("Terry Lavallée", True), ("Jennifer Oakes", None)])]


def test_the_county_clerk_whose_office_posted_the_results_is_no_contest():
    text = ("Vandermolen wins House District 71\nNovember 6, 2024\n\nAccording to unofficial results posted by the Saline County "
            "clerk's office, Republican Curtis Vandermolen received 7,452 votes and Democrat Alicia Frey-Mendoza 6,348.\n\n"
            "Democrat Hannah Reinholt received 15,904 votes to Bryce Oldenburg's 14,871, according to unofficial results from "
            "the Brown County clerk.\n")
    assert all(c.constituency is None or "clerk" not in c.constituency for c in extract_results(text).contests)


def test_a_seats_name_that_is_a_surname_after_a_partys_possessive_and_a_seat_taken():
    text = ("Kinsella makes history in Forrest\nSaturday, 10 May 2025\n\nAfter five days of counting, the former GP has taken "
            "Forrest.\n\nThe sitting Liberal, Andrew Pettigrove, topped the primary vote with 36,912 votes. Dr Sarah Kinsella polled "
            "28,455.\n\nOne Nation's Bevan Stroud, with 6,402 votes, sent preferences to the Liberal.\n")
    got = [(c.constituency, [x.name for x in c.candidates]) for c in extract_results(text).contests]
    assert got == [("Forrest", ["Andrew Pettigrove", "Sarah Kinsella", "Bevan Stroud"])]


def test_the_seat_the_subject_first_won_long_ago_is_the_seat_they_are_returned_for():
    text = ("London results\n5 July 2024\n\nIn Putney, Fleur Anderson won 24,113 votes against 11,625 for Conservative Lee Roberts.\n\n"
            "Further upstream the Liberal Democrats were dominant. Sarah Olney, who first won Richmond Park for the Lib Dems in the "
            "2016 by-election by 1,872 votes, was returned with 28,528 votes and a majority of 17,155 over Tory Sara Gezdari, who "
            "managed 11,373.\n")
    got = {c.constituency: (c.majority, [x.name for x in c.candidates]) for c in extract_results(text).contests}
    assert got["Richmond Park"] == (17155, ["Sarah Olney", "Sara Gezdari"])


ORDERS = [
    # every candidate has votes: highest first, whatever order the article used
    (HEAD + "Tom Reed (Con) 7,312\nAnna Field (Lab) 21,004\nSam Ives (Green) 2,123",
     ["Anna Field", "Tom Reed", "Sam Ives"]),
    # shares only: highest share first
    (HEAD + "Tom Reed (Con) 18.9%\nAnna Field (Lab) 44.1%",
     ["Anna Field", "Tom Reed"]),
    # one candidate without a figure: a ranking would be a guess, so the article's order stays
    (HEAD + "Tom Reed (Con) 7,312. Anna Field (Lab) was elected.",
     ["Tom Reed", "Anna Field"]),
]


@pytest.mark.parametrize("text, want", ORDERS)
def test_candidates_in_result_order(text, want):
    result = extract_results(text)
    assert [c.name for c in _contest(result).candidates] == want


def test_a_round_up_of_paragraphs_led_by_their_seat_in_capitals():
    text = ("By-election round-up\n\nHARTWELL: Independent Grace Fenn won the vacancy on Hartwell Parish Council with 211 "
            "votes, beating Conservative Joe Whitlam, who polled 164.\n\nSTOKE AMBLE: Tobias Reid of the Green Party was "
            "elected to Stoke Amble Town Council, holding the seat for the Greens.\n")
    got = {c.constituency: [(x.name, x.votes) for x in c.candidates] for c in extract_results(text).contests}
    assert got == {"Hartwell": [("Grace Fenn", 211), ("Joe Whitlam", 164)], "Stoke Amble": [("Tobias Reid", None)]}


def test_a_dateline_in_capitals_names_no_contest():
    text = ("PUNE: BJP candidate Sunil Kolte retained the Khadakwasla seat on Saturday, defeating Sachin "
            "Kharade by a margin of 52,322 votes.\nSunil Kolte (BJP) 1,63,131\nSachin Kharade (NCP-SP) 1,10,809\n")
    assert [c.constituency for c in extract_results(text).contests] == ["Khadakwasla"]


def test_a_council_kept_under_control_is_no_seats_winner_and_a_seats_history_is_no_past_clause():
    text = ("Lib Dems snatch Ashby Fields from Tories in county by-election\n"
            "The Liberal Democrats have taken a seat on Wexshire County Council from the Conservatives after a "
            "by-election in the Ashby Fields division on Thursday.\n"
            "Harriet Coombes, a school governor who lives in Ashby St Mary, won with 1,482 votes. Conservative candidate "
            "Geoffrey Tillett came second with 1,127.\nThat gave Ms Coombes a majority of 355 in a division the Tories had "
            "held since it was created in 2005.\nThe Conservatives retain overall control of the 70-member authority.")
    [contest] = extract_results(text).contests
    got = [(c.name, c.party, c.votes, c.elected) for c in contest.candidates]
    assert got == [("Harriet Coombes", "Liberal Democrat", 1482, True), ("Geoffrey Tillett", "Conservative", 1127, None)]
    assert (contest.constituency, contest.majority) == ("Ashby Fields", 355)


def test_a_headlines_short_name_for_a_seat_named_in_full_below_is_that_seat():
    text = ("Labour take Kilbeg West from SNP\nLabour's Craig Muir won Kilbeg West with 1,498 votes.\n\n"
            "Kilbeg West and Inverallan result\nCraig Muir (Scottish Labour) 1,498\nAileen Rennie (SNP) 1,387\n")
    assert [c.constituency for c in extract_results(text).contests] == ["Kilbeg West and Inverallan"]


def test_a_partys_primary_gives_every_candidate_its_party_and_a_called_races_count_is_no_share():
    text = ("Ferreira wins Democratic primary for open Colorado Senate District 31 seat\n"
            "Published 10:58 PM MDT, June 25, 2024\n"
            "DENVER (AP) — Lucia Ferreira won a three-way Democratic primary for Colorado's Senate District 31 on "
            "Tuesday, taking 46% of the vote to 35% for state Rep. Daniel Whitford.\n"
            "The Associated Press declared Ferreira the winner at 9:47 p.m. MDT, when an estimated 88% of the vote had "
            "been counted.\n\nColorado State Senate - District 31 - Dem Primary\nx-Lucia Ferreira ... 9,842\n"
            "Daniel Whitford ... 7,511\n")
    [contest] = extract_results(text).contests
    got = [(c.name, c.party, c.votes, c.share) for c in contest.candidates]
    assert got == [("Lucia Ferreira", "Democratic", 9842, 46.0), ("Daniel Whitford", "Democratic", 7511, 35.0)]


def test_a_nonpartisan_board_opened_by_a_paragraph_then_its_rows():
    text = ("Republican Gary Lindqvist will take the Marion County Commission District 2 seat.\n\n"
            "With 41 of 43 precincts reporting, Lindqvist had 14,382 votes (54.1%) to 12,201 (45.9%) for Democrat "
            "Annette Obi.\n\nSchool board: top two win seats\n\n"
            "In the nonpartisan race for two at-large seats on the Marion County School Board, voters could pick two "
            "of four candidates.\n\nTeresa Villanueva – 18,904 (30.2%) ✔\nMarcus Hale – 16,733 (26.7%) ✔\n"
            "Dorothy Pruitt – 15,218 (24.3%)\n")
    got = {c.constituency: [(x.name, x.votes, x.elected) for x in c.candidates] for c in extract_results(text).contests}
    assert got == {"Marion County Commission District 2": [("Gary Lindqvist", 14382, True), ("Annette Obi", 12201, None)],
                   "Marion County School Board": [("Teresa Villanueva", 18904, True), ("Marcus Hale", 16733, True),
                                                  ("Dorothy Pruitt", 15218, None)]}


def test_a_turnout_in_brackets_on_a_heading_line():
    text = "Carlisle – result in full (turnout 59.1%)\nJulie Minns (Lab) 18,129\nJohn Stevenson (Con) 12,929\n"
    [contest] = extract_results(text).contests
    assert (contest.constituency, contest.turnout) == ("Carlisle", 59.1)


@pytest.mark.parametrize("dateline, year", [("UKNA 0412 BST 05/07/24", 2024), ("Friday 5 July 2024", 2024),
                                            ("Published 05/07/2024 04:12", 2024)])
def test_the_articles_own_year_from_its_dateline(dateline, year):
    from extract.document import Doc
    assert Doc.build(dateline + "\nMr Thomson had held the seat since 2019, when he ousted Colin Clark.").election_year == year


def test_a_rival_beaten_in_a_past_contest_did_not_stand_now():
    text = ("UKNA 0412 BST 05/07/24\nThe Conservatives' Harriet Cross has won Gordon and Buchan with 14,418 votes, "
            "a majority of 878 over the SNP's Richard Thomson on 13,540.\nMr Thomson had been the MP for the old Gordon "
            "constituency since 2019, when he ousted the Conservative Colin Clark.")
    [contest] = extract_results(text).contests
    assert [c.name for c in contest.candidates] == ["Harriet Cross", "Richard Thomson"]


def test_figures_told_with_their_seat_in_one_sentence_go_to_that_seat():
    text = ("Friday 5 July 2024\n\nBARNSLEY NORTH\nDan Jarvis (Labour) 17,000\nRobert Lomas (Reform UK) 9,189\n\n"
            "BARNSLEY SOUTH\nStephanie Peacock (Labour) 15,000\nDavid White (Reform UK) 10,252\n\n"
            "Dan Jarvis held Barnsley North with a majority of 7,811. Stephanie Peacock's majority in Barnsley South was "
            "4,748.\n\nTurnout was 47.3 per cent in Barnsley North and 46.4 per cent in Barnsley South.\n")
    got = {c.constituency: (c.majority, c.turnout) for c in extract_results(text).contests}
    assert got == {"Barnsley North": (7811, 47.3), "Barnsley South": (4748, 46.4)}


def test_a_winner_finished_n_votes_ahead_and_a_compact_list_whose_winner_has_no_party():
    text = ("Lib Dem double in Mendip\nFriday 5 July 2024\n\nIn Wells and Mendip Hills, Tessa Munt returned to Westminster. "
            "She finished 11,121 votes ahead of Conservative Meg Powell-Chandler.\n\n"
            "Wells and Mendip Hills: Tessa Munt 23,622; Meg Powell-Chandler (Con) 12,501; Helen Hims (Reform UK) 6,611\n")
    [contest] = extract_results(text).contests
    assert contest.majority == 11121
    assert [(c.name, c.votes) for c in contest.candidates] == [("Tessa Munt", 23622), ("Meg Powell-Chandler", 12501),
                                                               ("Helen Hims", 6611)]


def test_an_exact_majority_in_the_story_beats_the_headlines_rounded_one():
    text = ("Hazzard holds South Down with majority of more than 9,000\nFriday 5 July 2024\n"
            "Mr Hazzard, who first took the seat from the SDLP in 2017, finished 9,280 votes clear of Mr McGrath.\n"
            "Chris Hazzard (Sinn Féin) 19,698\nColin McGrath (SDLP) 10,418\n")
    [contest] = extract_results(text).contests
    assert (contest.majority, contest.majority_qualifier) == (9280, None)


def test_paragraphs_that_open_on_a_person_and_name_one_seat_each():
    text = ("Friday 5 July 2024\n\nLizzi Collinge, standing for Labour, ended the Conservative David Morris's 14-year run in "
            "Morecambe and Lunesdale. She took 19,603 votes against 13,788 for Mr Morris.\n\n"
            "Cat Smith, Labour's MP for the old Lancaster and Fleetwood seat since 2015, was returned in the redrawn "
            "Lancaster and Wyre with 19,315 votes. The Conservative Peter Cartridge was second with 10,062.\n")
    got = {c.constituency: [(x.name, x.votes) for x in c.candidates] for c in extract_results(text).contests}
    assert got == {"Morecambe and Lunesdale": [("Lizzi Collinge", 19603), ("David Morris", 13788)],
                   "Lancaster and Wyre": [("Cat Smith", 19315), ("Peter Cartridge", 10062)]}


def test_a_gain_told_of_a_named_ward_belongs_to_that_ward():
    text = ("Local by-election results\nThree changes of hands, including a Green gain by six votes in Westleigh, "
            "as Greens hold firm in Tollgate.\n\n"
            "Sedgefold (Northmoor UA) - Ref gain from Con\nRef (Dale Hurst): 689 (38.1%, +38.1)\nLDem (Peter Quist): 301 (16.6%, +2.1)\n"
            "Grn (Rowan Tate): 68 (3.8%, -5.9)\n\nWestleigh (Harwell DC) - Grn gain from LDem\nGrn (Amy Lowe): 455 (36.0%)\n"
            "LDem (Clare Whitmore): 449 (35.5%)\n")
    got = {(c.constituency, x.name): (x.party, x.elected) for c in extract_results(text).contests for x in c.candidates}
    assert got[("Sedgefold", "Dale Hurst")] == ("Reform UK", True)
    assert got[("Sedgefold", "Rowan Tate")] == ("Green", None)
    assert got[("Sedgefold", "Peter Quist")] == ("Liberal Democrat", None)
    assert got[("Westleigh", "Amy Lowe")] == ("Green", True)



def test_a_results_page_titled_by_its_division_and_state_with_surname_first_cells():
    text = ("Federal Election 2025 / Results / Western Australia\n\nBullwinkel (WA)\nLabor gain from Liberal (notional)\n"
            "Megan Costello elected\n\nFirst preferences\nCandidate\nParty\nVotes\n%\nHARGREAVES, Daniel\nLiberal\n27,804\n34.5\n"
            "COSTELLO, Megan\nLabor\n26,117\n32.4\nMcALLISTER, Ross\nNationals\n4,388\n5.4\n")
    [contest] = extract_results(text).contests
    assert contest.constituency == "Bullwinkel"
    assert [(c.name, c.votes) for c in contest.candidates] == [
        ("Daniel Hargreaves", 27804), ("Megan Costello", 26117), ("Ross McAllister", 4388)]


def test_ap_blocks_with_check_marks_incumbent_x_and_percent_in_words():
    text = ("Election results\nNovember 4, 2025\nKEY: x - denotes incumbent. (check) - AP has declared a winner.\n\n"
            "Charlotte City Council - District 1\n27 of 27 precincts - 100 percent\n\n"
            "(check) x-Renata Oyelaran, Dem ........ 14,832 - 72 percent\nThomas Whitley, GOP ................... 5,768 - 28 percent\n\n"
            "Board of Education - District 4 (nonpartisan)\n22 of 22 precincts - 100 percent\n\n"
            "(check) Monique Etheridge ............. 9,118 - 55 percent\nx-Gary Lindqvist ...................... 7,460 - 45 percent\n")
    got = {c.constituency: [(x.name, x.votes, x.share, x.elected) for x in c.candidates] for c in extract_results(text).contests}
    assert got == {"Charlotte City Council - District 1": [("Renata Oyelaran", 14832, 72.0, True), ("Thomas Whitley", 5768, 28.0, None)],
                   "Board of Education - District 4": [("Monique Etheridge", 9118, 55.0, True), ("Gary Lindqvist", 7460, 45.0, None)]}


def test_an_ap_results_block_with_its_legend_and_an_unopposed_race():
    text = ("Election 2024\nFriday 8 November 2024\n\nU.S. HOUSE\nArizona - District 6\n97% of expected vote counted\n"
            "x-Caleb Thornbury (R) (i) ..... 191,402 .... 50.1%\nMarisol Ybarra (D) ............ 178,655 .... 46.8%\n"
            "Leonard Fisk (G) ............... 11,878 ..... 3.1%\n\nPima County Board of Supervisors, District 3\n"
            "x-Adelita Camacho (D) (i) ...... Unopposed\n\nx - winner   (i) - incumbent   D - Democrat   R - Republican   G - Green\n")
    got = {c.constituency: [(x.name, x.party, x.votes, x.elected) for x in c.candidates] for c in extract_results(text).contests}
    assert got["Arizona's 6th Congressional District"] == [
        ("Caleb Thornbury", "Republican", 191402, True), ("Marisol Ybarra", "Democratic", 178655, None),
        ("Leonard Fisk", "Green", 11878, None)]
    assert got["Pima County Board of Supervisors, District 3"] == [("Adelita Camacho", "Democratic", None, True)]


def test_a_table_under_a_paragraph_that_gives_its_seats_result_is_that_seats_count():
    text = ("Labour take both seats\nFriday 5 July 2024\n\nPenistone and Stocksbridge went to Marie Tidball, who beat Miriam "
            "Cates by 8,739 votes.\n\nCandidate | Party | Votes\nMarie Tidball | Labour | 19,169\nMiriam Cates | Conservative | 10,430\n"
            "Andy Davies | Green | 2,044\n\nRother Valley, held by Labour for a century until 2019, came back to the party by just 998 "
            "votes. Jake Richards defeated Alexander Stafford.\n\nCandidate | Party | Votes\nJake Richards | Labour | 16,023\n"
            "Alexander Stafford | Conservative | 15,025\n")
    got = {c.constituency: ([x.name for x in c.candidates], c.majority) for c in extract_results(text).contests}
    assert got == {"Penistone and Stocksbridge": (["Marie Tidball", "Miriam Cates", "Andy Davies"], 8739),
                   "Rother Valley": (["Jake Richards", "Alexander Stafford"], 998)}


def test_a_mayors_first_round_is_the_result_and_the_final_round_a_trap():
    text = ("London Mayor result\nSaturday 8 May 2021\nSadiq Khan has been re-elected Mayor of London.\n\nFINAL ROUND RESULTS\n"
            "1. Labour, Sadiq Khan\n   final total votes 1,206,034\n   share 55.2%\n\nFIRST ROUND RESULTS\n1. Labour, Sadiq Khan\n"
            "   1st preference votes 1,013,721\n   1st preference share 40.0%\n   2nd preference votes 192,313\n"
            "2. Conservative, Shaun Bailey\n   1st preference votes 893,051\n   1st preference share 35.3%\n\nLONDON ASSEMBLY\n"
            "Seats after all 14 constituencies and the London-wide list declared\nLabour 11 | Conservative 9 | Green 3\n")
    result = extract_results(text)
    [contest] = result.contests
    assert [(c.name, c.votes, c.share) for c in contest.candidates] == [
        ("Sadiq Khan", 1013721, 40.0), ("Shaun Bailey", 893051, 35.3)]
    assert [(s.kind, s.party, s.seats) for s in result.seat_counts] == [
        ("declared", "Labour", 11), ("declared", "Conservative", 9), ("declared", "Green", 3)]


def test_a_sentence_that_opens_on_its_seat_routes_its_figures_there():
    text = ("Holyrood 2021\nFriday 7 May 2021\nLabour's Daniel Johnson held Edinburgh Southern with 20,760 votes, ahead of the "
            "SNP's Catriona MacDonald on 16,738.\n\nIn Edinburgh Western, Liberal Democrat Alex Cole-Hamilton won 25,578 votes. "
            "Sarah Masson of the SNP was second with 15,693.")
    got = {c.constituency: sorted(x.name for x in c.candidates) for c in extract_results(text).contests}
    assert got["Edinburgh Western"] == ["Alex Cole-Hamilton", "Sarah Masson"]
    assert "Alex Cole-Hamilton" not in got["Edinburgh Southern"]


def test_capitals_headings_named_with_their_outcome_in_brackets():
    text = ("How Ottawa voted\nMay 23, 2025\n\nORLÉANS (Lib hold)\nLuc Brisebois, Lib: 49,780 ELECTED\n"
            "Sandra McIntyre, CPC: 22,315\nMajority: 27,465\n\nOTTAWA CENTRE (Lib hold)\nMaya Goldfarb, Lib: 46,902 ELECTED\n"
            "Joel Arsenault, NDP: 13,880\nMajority: 33,022\n")
    got = {c.constituency: ([x.name for x in c.candidates], c.majority) for c in extract_results(text).contests}
    assert got == {"Orléans": (["Luc Brisebois", "Sandra McIntyre"], 27465),
                   "Ottawa Centre": (["Maya Goldfarb", "Joel Arsenault"], 33022)}


def test_a_declaration_with_a_starred_votes_header_and_a_notice_of_names_elected_unopposed():
    text = ("Town council election results 2024\nPosted on 3 May 2024\n\n"
            "Election of Town Councillors for Bridge Ward of Ashcombe Town Council on Thursday 2 May 2024\n\n"
            "Name of Candidate          Description (if any)             Number of Votes*\n"
            "BARKER Susan Elizabeth                                      612  Elected\n"
            "DOYLE Patrick James        Green Party                      587  Elected\n"
            "TILLING Robert             Conservative Party Candidate     390\n\n"
            "* If elected the word 'Elected' appears against the Candidate's name\n\n"
            "NOTICE OF UNCONTESTED ELECTION\n\nElection of Town Councillors for Moor Ward of Ashcombe Town Council\n\n"
            "I, Helen Corrigan, being the Returning Officer, do hereby give notice that the persons named below were duly "
            "elected unopposed:\nCROSSLEY Janet Mary        Independent\nLIM Howard                 (no description)\n")
    got = {c.constituency: [(x.name, x.party, x.votes, x.elected) for x in c.candidates] for c in extract_results(text).contests}
    assert got == {"Bridge": [("Susan Elizabeth Barker", None, 612, True), ("Patrick James Doyle", "Green", 587, True),
                              ("Robert Tilling", "Conservative", 390, None)],
                   "Moor": [("Janet Mary Crossley", "Independent", None, True), ("Howard Lim", None, None, True)]}


def test_sections_headed_by_names_in_capitals_with_a_declared_winner_line():
    text = ("KAKAMEGA: Full list of MPs-elect\nSaturday, 13 August 2022\n\nReturning officers have declared winners. "
            "Results were read out from Forms 35B.\n\nLURAMBI\nDeclared winner: Jacob Wafula Shikuku (ODM)\n"
            "Jacob Wafula Shikuku (ODM) ........ 23,614\nGrace Akinyi Mukabi (UDA) ......... 19,880\n\n"
            "MALAVA\nCaleb Muyonga Amisi of UDA was declared winner after garnering 27,901 votes.\n\n"
            "STILL COUNTING: Butere. With 71 per cent of polling stations in, the ODM candidate for Woman Representative "
            "is ahead by some 40,000 votes.\n\nWestern Mirror Online (c) 2022\n")
    got = {c.constituency: [(x.name, x.party, x.votes, x.elected) for x in c.candidates] for c in extract_results(text).contests}
    assert got == {"Lurambi": [("Jacob Wafula Shikuku", "Orange Democratic Movement", 23614, True),
                               ("Grace Akinyi Mukabi", "United Democratic Alliance", 19880, None)],
                   "Malava": [("Caleb Muyonga Amisi", "United Democratic Alliance", 27901, True)]}


def test_a_paragraph_that_opens_over_somewhere_in_a_seat_is_about_that_seat():
    text = ("The Gaza independents\n8 July 2024\n\nIn Blackburn, Adnan Hussain won 10,518 votes.\n\n"
            "Over the Pennines in Dewsbury and Batley the margin was anything but close. Independent Iqbal Mohamed won "
            "15,641 votes against 8,707 for Heather Iqbal.")
    got = {c.constituency: sorted(x.name for x in c.candidates) for c in extract_results(text).contests}
    assert got["Dewsbury and Batley"] == ["Heather Iqbal", "Iqbal Mohamed"]


def test_a_table_flattened_one_cell_per_line_with_an_elected_cell_after_the_name():
    text = ("Wollaton West ward result\nLast updated 5 May 2023\n\nWollaton West\nSeats: 3\n\nCandidate\nParty\nVotes\n%\n"
            "Rosalind Trent\nElected\nConservative\n2,318\n16.0\nFarah Qureshi\nElected\nLabour\n2,187\n15.1\n"
            "Mark Tillotson\nLabour\n2,150\n14.8\n\nMs Qureshi took the final seat by 37 votes from her running mate.\n\n"
            "Previous result (2019)\nLabour 3 seats\nConservative 0 seats\n")
    result = extract_results(text)
    [contest] = result.contests
    assert [(c.name, c.party, c.votes, c.elected) for c in contest.candidates] == [
        ("Rosalind Trent", "Conservative", 2318, True), ("Farah Qureshi", "Labour", 2187, True), ("Mark Tillotson", "Labour", 2150, None)]
    assert result.seat_counts == []


def test_names_returned_unopposed_under_a_ward_heading():
    text = ("Town council election\nMay 2023\n\nPRIORY WARD (3 councillors to elect)\nOnly three nominations were received, "
            "so the following were returned unopposed and no poll was held:\nAnn Poulter (Independent)\nGareth Mills (Green Party)\n"
            "Susan Reddy\n")
    [contest] = extract_results(text).contests
    assert (contest.constituency, [(c.name, c.party, c.elected) for c in contest.candidates]) == (
        "Priory", [("Ann Poulter", "Independent", True), ("Gareth Mills", "Green", True), ("Susan Reddy", None, True)])


def test_seat_headings_with_their_district_in_brackets_over_their_tables():
    text = ("Haryana Assembly Election Result 2024\nOct 08, 2024\n\nUchana Kalan (Jind)\n\nCandidate | Party | Votes | Vote %\n"
            "Mahavir Singh Dhanda (Won) | BJP | 48,968 | 34.51\nKuldeep Attri | INC | 48,907 | 34.46\n"
            "Narnaund (Hisar)\n\nCandidate | Party | Votes | Vote %\nRavinder Lohan (Won) | INC | 72,115 | 51.12\n"
            "Satpal Redhu | BJP | 59,884 | 42.45\n")
    got = {c.constituency: [x.name for x in c.candidates] for c in extract_results(text).contests}
    assert got == {"Uchana Kalan": ["Mahavir Singh Dhanda", "Kuldeep Attri"], "Narnaund": ["Ravinder Lohan", "Satpal Redhu"]}


def test_sections_headed_by_seat_names_over_paragraphs_that_give_their_results():
    text = ("Maharashtra Election Results 2024: Who won, who lost\nNov 23, 2024\n\nParner\n\n"
            "NCP's Sudhakar Aute edged past Madhuri Thube of the NCP (Sharadchandra Pawar) by 2,526 votes.\n\n"
            "Nagpur Central\n\nBJP candidate Vikas Ghate defeated Anees Kureshi of the Congress by 11,672 votes. "
            "Ghate polled 90,560 votes to Kureshi's 78,888.\n\nCalderbrook Valley Express\n\n"
            "Dawn Whitlock elected Mayor of Greater Calderbrook after second-preference count\n")
    got = {c.constituency: (c.majority, [x.name for x in c.candidates if x.elected]) for c in extract_results(text).contests}
    assert got["Parner"] == (2526, ["Sudhakar Aute"])
    assert got["Nagpur Central"] == (11672, ["Vikas Ghate"])
    assert "Calderbrook Valley Express" not in got


def test_a_declaration_sheet_in_capitals_with_its_seat_as_a_form_field():
    text = ("FULL RESULTS: Weija-Gbawe parliamentary\nPosted 09/12/2024\n\nELECTORAL COMMISSION OF GHANA\n"
            "REGION: GREATER ACCRA   CONSTITUENCY: WEIJA-GBAWE   CODE: G2207\n"
            "S/N  NAME OF CANDIDATE        PARTY    VOTES OBTAINED (FIGURES)   (WORDS)        %\n"
            "1    TETTEH, SAMUEL NII AYI        NDC      47,856   FORTY-SEVEN THOUSAND EIGHT HUNDRED AND FIFTY-SIX     47.69\n"
            "2    ADJEI, PATRICIA NAA DEDEI        NPP      51,203   FIFTY-ONE THOUSAND TWO HUNDRED AND THREE        51.03\n"
            "I, the Returning Officer, HEREBY DECLARE that ADJEI, PATRICIA NAA DEDEI has been duly elected as Member of "
            "Parliament for the above constituency.\n")
    [contest] = extract_results(text).contests
    assert contest.constituency == "Weija-Gbawe"
    assert [(c.name, c.party, c.votes, c.share) for c in contest.candidates] == [
        ("Patricia Naa Dedei Adjei", "New Patriotic Party", 51203, 51.03),
        ("Samuel Nii Ayi Tetteh", "National Democratic Congress", 47856, 47.69)]


def test_a_table_flattened_one_cell_per_line_with_serial_numbers_and_three_vote_columns():
    cells = ["Constituencywise-All Candidates", "S.N.", "Candidate", "Party", "EVM Votes", "Postal Votes", "Total Votes", "% of Votes",
             "1", "BIRSA TUDU", "Jharkhand Mukti Morcha", "95210", "1104", "96314", "50.15",
             "2", "RAJKUMAR MARANDI", "Bharatiya Janata Party", "80015", "1288", "81303", "42.34",
             "3", "PAULUS MURMU", "Independent", "1987", "3", "1990", "1.04",
             "Total", "189570", "2465", "192035"]
    text = "Assembly Constituency 10 - Dumka (Jharkhand)\n23/11/2024\n\n" + "\n".join(cells) + "\n"
    [contest] = extract_results(text).contests
    assert [(c.name, c.votes, c.share) for c in contest.candidates] == [
        ("Birsa Tudu", 96314, 50.15), ("Rajkumar Marandi", 81303, 42.34), ("Paulus Murmu", 1990, 1.04)]


def test_live_blog_entries_titled_by_a_seat_the_gazetteer_does_not_know():
    text = ("LIVE: Count day\nLast updated 23:52, 1 Dec 2024\n\n23:52\nSligo–Leitrim: final two seats filled\n\n"
            "Fine Gael's Paula Reynolds is elected on the eighth count.\n\n16:05\nKildare South: Dowling over the line\n\n"
            "Fianna Fáil's Ciarán Dowling is elected on the first count with 11,604 first preferences.\n\n13:48\n"
            "Sligo–Leitrim first count\n\nFionnuala Gallagher (SF) 10,412\nSeán Feeney (FF) 9,655\nPaula Reynolds (FG) 8,031\n\n09:15\n"
            "Baumgartner: I will govern for all\n\nGarrett Baumgartner said he would serve every county.\n")
    got = {c.constituency: sorted(x.name for x in c.candidates) for c in extract_results(text).contests}
    # (the Dáil's seats are in the gazetteer now: its spelling names them)
    assert got == {"Sligo-Leitrim": ["Fionnuala Gallagher", "Paula Reynolds", "Seán Feeney"], "Kildare South": ["Ciarán Dowling"]}


def test_a_flattened_table_with_a_first_preference_header_and_a_result_column():
    cells = ["Candidate", "Party", "1st Pref", "Result", "Brendan Kilroe", "Fianna Fáil", "2,388", "Elected, Ct 1",
             "Deirdre Hanley", "Fine Gael", "1,962", "Elected, Ct 6", "Rachel Moore-Kenny", "Social Democrats", "1,020",
             "Excluded, Ct 7", "Liam Furey", "Sinn Féin", "866", "Excluded, Ct 5"]
    text = "Athlone LEA: how the six seats were won\n10/06/2024\n\nATHLONE LEA - 6 SEATS\nQuota: 2,100\n\n" + "\n".join(cells) + "\n"
    [contest] = extract_results(text).contests
    assert [(c.name, c.votes, c.elected) for c in contest.candidates] == [
        ("Brendan Kilroe", 2388, True), ("Deirdre Hanley", 1962, True), ("Rachel Moore-Kenny", 1020, None), ("Liam Furey", 866, None)]


def test_a_fact_checks_claim_and_source_labels_name_no_contest():
    text = ("FACTCHECK NORTH\n11 July 2024\n\nCLAIM: \"Blackburn's new MP was elected by barely one in seven voters in the town.\"\n"
            "SOURCE: Widely shared social media post, 9 July 2024\n\nAdnan Hussain, standing as an independent, won Blackburn "
            "on 4 July with 10,518 votes.\n\nFull result:\nAdnan Hussain, Independent - 10,518\nKate Hollern, Labour - 10,386\n")
    assert [c.constituency for c in extract_results(text).contests] == ["Blackburn"]


def test_office_and_ward_headings_with_candidates_acclaimed():
    text = ("Municipal election 2022\nOctober 27, 2022\n\nREEVE\nWayne Friesen - acclaimed\n\nCOUNCILLOR, WARD 1\n"
            "Ed Klassen (incumbent) - 212  ELECTED\nMarlene Dueck - 187\n\nCOUNCILLOR, WARD 2\nGord Penner (incumbent) - acclaimed\n")
    got = {c.constituency: [(x.name, x.votes, x.elected) for x in c.candidates] for c in extract_results(text).contests}
    assert got == {"Reeve": [("Wayne Friesen", None, True)], "Ward 1": [("Ed Klassen", 212, True), ("Marlene Dueck", 187, None)],
                   "Ward 2": [("Gord Penner", None, True)]}


def test_us_county_race_titles_over_their_tables():
    text = ("2022 General Election: Lockhart County results\nNov. 8, 2022\n\nCounty Board of Commissioners District 1\n\n"
            "Candidate | Party | Votes | Pct.\n✔ Ruth Ann Pekarek | REP | 6,214 | 58.89%\nDale Voss | DEM | 4,337 | 41.11%\n"
            "Lockhart County Board of Education (nonpartisan) – Vote for 3\n\nCandidate | Votes | Pct.\n"
            "✔ Keisha Danforth | 9,412 | 23.79%\nCarl Whitlock | 7,644 | 19.32%\n")
    got = {c.constituency: [x.name for x in c.candidates] for c in extract_results(text).contests}
    assert got == {"County Board of Commissioners District 1": ["Ruth Ann Pekarek", "Dale Voss"],
                   "Lockhart County Board of Education": ["Keisha Danforth", "Carl Whitlock"]}


def test_race_blocks_under_one_column_header_keep_its_total_column():
    text = ("City election results\n\nMAYOR (Vote For 1)\nCandidate               Early Voting   Election Day   Total   Pct\n"
            "Carla Benavides         2,104          1,377          3,481   54.88%\nRon Teague              1,650          1,212          2,862   45.12%\n\n"
            "COUNCIL MEMBER, PLACE 2 (Vote For 1)\nEddie Nguyen            1,911          1,139          3,050   51.17%\n"
            "Susan Pruitt            1,784          1,127          2,911   48.83%\n")
    got = {c.constituency: [(x.name, x.votes) for x in c.candidates] for c in extract_results(text).contests}
    assert got == {"Mayor": [("Carla Benavides", 3481), ("Ron Teague", 2862)],
                   "Council Member, Place 2": [("Eddie Nguyen", 3050), ("Susan Pruitt", 2911)]}


@pytest.mark.parametrize("lead", [
    "Carla Benavides defeated two-term council member Ron Teague in Saturday's city election.",
    "Carla Benavides will be the city's first Latina mayor after defeating Ron Teague in Saturday's city election.",
    "Carla Benavides will be Mesquite Hollow's first Latina mayor after defeating Ron Teague in Saturday's city election.",
])
def test_a_winner_told_in_the_lead_before_the_results_table(lead):
    text = lead + ("\n\nMAYOR (Vote For 1)\nCandidate | Total | Pct\nCarla Benavides | 3,481 | 54.88%\n"
                   "Ron Teague | 2,862 | 45.12%\n")
    got = {x.name: x.elected for c in extract_results(text).contests for x in c.candidates}
    assert got == {"Carla Benavides": True, "Ron Teague": None}


@pytest.mark.parametrize("heading, want", [("HANTS SHORE (all 36 polls reporting)", "Hants Shore"),
                                           ("UNOFFICIAL RESULTS — SHERBROOKE (241 of 241 polls)", "Sherbrooke"),
                                           ("MONCTON EAST (33 of 33)", "Moncton East")])     # (a wire's "Polls reporting in brackets")
def test_a_seat_heading_with_its_counts_progress_over_rows(heading, want):
    text = (f"Results night\nNovember 27, 2024\n\n{want} was a different story.\n\n{heading}\n"
            "Mark Doucette, NDP ... 3,988 (35.8%)  ELECTED\nCarol Ann Whynot, Liberal ... 3,702 (33.2%)\n")
    assert [c.constituency for c in extract_results(text).contests] == [want]


@pytest.mark.parametrize("said, town", [("Joanne Kraus will be Bethany Falls' next mayor.", "Bethany Falls"),
                                         ("Carla Benavides will be Mesquite Hollow's first Latina mayor.", "Mesquite Hollow"),
                                         ("Ron Vasquez cruised to a second term as Cedar Bluff mayor.", "Cedar Bluff"),
                                         ("We're tracking the race for Marlowe mayor tonight.", "Marlowe")])
def test_a_mayors_table_headed_only_mayor_is_named_for_the_town_the_story_gives(said, town):
    text = (f"Election results\nNovember 6, 2024\n\n{said}\n\nMAYOR\nJoanne Kraus (D) 9,412 58.6%\nPhil Amato (R) 6,650 41.4%\n")
    [contest] = extract_results(text).contests
    assert contest.constituency == f"{town} mayor"
    assert any(town in ev for ev in contest.evidence)


# Contests a page names, one entry per layout: (id, article text, the contests' names in order).
CONTESTS_NAMED = [
    ("re-elected-easily-in-a-seat-the-gazetteer-does-not-know",
     "Nova Scotia election live\n\n11:54 p.m.\nChender cruises in Dartmouth South\nNDP Leader Claudia Chender is re-elected easily in "
     "Dartmouth South. Final numbers:\nClaudia Chender (NDP) — 4,987\nMark Boudreau (PC) — 2,311\n",
     ["Dartmouth South"]),
    ("live-entries-titled-by-their-area-and-count",
     "Galway count live\n\n23:41\nCONNEMARA NORTH — FINAL (5th count)\nSorcha Ní Fhlatharta (FG) and Peadar Ó Cualáin (Ind) have been deemed "
     "elected.\n\n22:10\nGALWAY CITY CENTRAL — FIRST COUNT\nColette Walsh (FF) — 1,611\nNiall Fahy (FG) — 1,402\n\n20:52\n"
     "CONNEMARA NORTH — FIRST COUNT\nMáirtín Ó Conghaile (FF) — 2,588 — ELECTED\nSorcha Ní Fhlatharta (FG) — 2,102\nPeadar Ó Cualáin (Ind) — 1,955\n",
     ["Connemara North", "Galway City Central"]),
    ("a-county-board-and-its-district",
     "ELSEWHERE IN NORTHEAST GEORGIA\n\nFORSYTH COUNTY: Laura Tidwell beat Mark Eubanks-Hale in the Republican runoff for the Forsyth County "
     "Board of Commissioners, District 1, 4,511 votes (51.7%) to 4,206 (48.3%).\n",
     ["Forsyth County Board of Commissioners, District 1"]),
    ("a-seat-numbered-in-roman",
     "By-election: APC's Laguda wins Gbajabiamila's Surulere I seat\n\nFuad Kayode Laguda has been declared winner of the Surulere I "
     "Federal Constituency by-election in Lagos State. Laguda polled 10,575 votes to defeat Olufemi Adebayo-Ojo, who scored 2,841 votes.\n",
     ["Surulere I"]),
    ("seats-known-by-their-number",
     "Congress sweeps Kathmandu\n\nNepali Congress general secretary Gagan Kumar Thapa was elected from Kathmandu-4 on Wednesday night, "
     "defeating CPN-UML's Rajan Bhattarai by 8,226 votes. Thapa secured 22,416 votes to Bhattarai's 14,190.\n\nIn Kathmandu-5, "
     "Congress's Pradip Paudel defeated UML general secretary Ishwar Pokhrel. Paudel got 15,637 votes and Pokhrel 12,209.\n",
     ["Kathmandu-4", "Kathmandu-5"]),
    ("paragraphs-that-open-on-seats-the-gazetteer-does-not-know",
     "NDC flips Accra seats\n\nIn Okaikwei Central, former deputy minister Baba Jamal Mohammed Ahmed of the NDC defeated three-term MP "
     "Patrick Yaw Boamah by 2,213 votes.\n\nIn Bantama, Francis Asenso-Boakye was re-elected with 51,203 votes (77.49%) against 14,870 "
     "(22.51%) for the NDC's Kwabena Owusu-Agyemang.\n\nIn Ghana, the NDC won 183 seats.\n",
     ["Okaikwei Central", "Bantama"]),
    ("result-cards-one-cell-per-line-under-one-header-each-titled-in-capitals",
     "RESULT CARDS\n\nAYAWASO WEST WUOGON\n\nCandidate\n\nParty\n\nVotes\n\n%\n\nJohn Dumelo\n\nNDC\n\n37,842\n\n56.80\n\n"
     "Lydia Seyram Alhassan\n\nNPP\n\n28,466\n\n42.73\n\nErnest Ofori-Atta\n\nCPP\n\n312\n\n0.47\n\nOKAIKWEI CENTRAL\n\n"
     "Baba Jamal Mohammed Ahmed\n\nNDC\n\n30,118\n\n51.69\n\nPatrick Yaw Boamah\n\nNPP\n\n27,905\n\n47.89\n\n"
     "Figures as declared by returning officers. Baba Jamal won Okaikwei Central.\n",
     ["Ayawaso West Wuogon", "Okaikwei Central"]),
    ("a-section-in-capitals-whose-paragraph-is-in-the-neighbouring-seat",
     "Townsville results\n\nMUNDINGBURRA\n\nIn neighbouring Mundingburra, Janelle Poole toppled one-term MP Les Walker.\n\n"
     "Candidate\tParty\tVotes\t%\nJanelle Poole\tLNP\t11,902\t45.1\nLes Walker\tALP\t10,311\t39.1\n",
     ["Mundingburra"]),
    ("a-paragraph-opens-on-its-numbered-ward",
     "Ludhiana MC poll result\n\nThe closest contest was in Ward No. 88, where BJP candidate Inderjeet Kaur defeated AAP's Priya Arora by "
     "just 3 votes. Kaur got 2,950 votes against 2,947 for Arora.\n\nIn Ward No. 12, AAP's Harjinder Singh Lali held off a strong "
     "challenge from BJP's Rajinder Pal Sharma, winning by 217 votes. Lali polled 4,215 votes, Sharma 3,998.\n",
     ["Ward No. 88", "Ward No. 12"]),
    ("a-numbered-ward-with-its-name-after-a-comma-is-the-named-ward",
     "MCD Ward 58 (Shalimar Bagh North) result: BJP's Sunita Rawat wins by 1,203 votes\n\nBJP candidate Sunita Rawat won Ward No. 58, "
     "Shalimar Bagh (North), by 1,203 votes, defeating AAP's Meenakshi Gupta. Rawat polled 14,872 votes to Gupta's 13,669.\n",
     ["Ward 58 (Shalimar Bagh North)"]),
    ("a-card-one-cell-per-line-under-its-seat-and-a-leading-status-line",
     "Ontario results\n\nKINGSTON AND THE ISLANDS\nLIB LEADING · 87% of polls reporting (176/203)\nLEADING\nTed Hsu\nLiberal\n14,022\n38.3%\n"
     "Marissa Boyle\nNDP\n11,988\n32.7%\nGary Bennett\nProgressive Conservative\n9,417\n25.7%\n",
     ["Kingston and the Islands"]),
    ("a-state-whose-governor-is-elected-names-the-governors-race",
     "Democrat Abigail Spanberger was elected governor of Virginia on Tuesday, defeating Republican Winsome Earle-Sears. "
     "Spanberger had 1,976,412 votes to Earle-Sears' 1,458,903.\n",
     ["Governor of Virginia"]),
    ("a-country-whose-largest-riding-is-held-is-no-seat",
     "Idlout re-elected in Nunavut as Liberals close the gap\n\nNDP MP holds Canada's largest riding by 624 votes\n\n"
     "Lori Idlout will return to Ottawa as Nunavut's member of Parliament. The NDP incumbent won with 3,911 votes, or 43.7 per cent. "
     "Liberal Kilikvak Kabloona finished second with 3,287 votes (36.8 per cent).\n",
     ["Nunavut"]),
    ("a-live-entry-titled-with-the-seat-that-holds-for-a-party",
     "B.C. final count live\n\nMost recent posts appear first.\n\n" + "-" * 40 + "\n1:15 p.m.\nJuan de Fuca-Malahat holds for NDP\n\n"
     "The final count widens the NDP's lead, and Dana Lajeunesse holds the seat. He finishes with 11,802 votes (42.9 per cent), ahead of "
     "Conservative Marina Sapozhnikov with 11,689 (42.5 per cent).\n\n" + "-" * 40 + "\n11:52 a.m.\nKelowna Centre confirmed for Conservatives\n\n"
     "Kristina Loewen won by 512 votes.\n",
     ["Juan de Fuca-Malahat", "Kelowna Centre"]),      # (its entry's figure is its own, not the seat's above)
    ("result-cards-whose-seat-has-its-winning-partys-badge-after-it",
     "Mumbai results 2024\n\nMUMBAI NORTH WEST SHIV SENA WINS\nRavindra Waikar | Shiv Sena | 4,52,644 | 47.57% | WON\n"
     "Amol Kirtikar | Shiv Sena (UBT) | 4,52,596 | 47.56% | LOST\n\nMUMBAI SOUTH SHIV SENA (UBT) WINS\n"
     "Arvind Sawant | Shiv Sena (UBT) | 3,95,655 | 50.75% | WON\nYamini Jadhav | Shiv Sena | 3,42,982 | 43.99% | LOST\n",
     ["Mumbai North West", "Mumbai South"]),
    ("a-ward-named-x-with-y-in-its-heading-and-its-first-word-in-the-story",
     "Wigan results\n\nSTANDISH WITH LANGTREE - Independent gain from Conservative\nIndependent Ray Whittle won Standish with Langtree "
     "with 2,011 votes (37.4 per cent), beating Conservative Victoria Barlow, who polled 1,240 (23.1 per cent), by 771. Turnout in Standish "
     "was 38.0 per cent.\n",
     ["Standish with Langtree"]),
    ("a-live-entry-titled-with-a-seat-taken-in-a-ward",
     "Local elections live\n\n11.02 BST\n\nGreens take a seat in Tooting Bec\n\nWandsworth has declared the three-seat ward. Full result:\n\n"
     "Kate Ormerod (Lab) 2,977 ELECTED\nSanjay Mistry (Lab) 2,841 ELECTED\nTobias Hale (Green) 2,703 ELECTED\nPhilippa Wren (Lab) 2,655\n",
     ["Tooting Bec"]),
    ("a-seat-won-as-his-own-seat-in-a-place",
     "Liberals win fourth term\n\nCarney, 60, a former central banker, won his own seat in Nepean comfortably. He took 46,073 votes, "
     "or 63.8 per cent, to 22,910 for Conservative Barbara Bal, a margin of more than 23,000 votes.\n",
     ["Nepean"]),
    ("a-headline-ending-on-the-seat-the-story-never-names-again-with-figures",
     "Liberal Bruce Fanjoy topples Pierre Poilievre in Carleton\n\nThe Conservative leader, who had held the suburban Ottawa riding for two "
     "decades, lost his own seat as his party fell short nationally\n\nIt took until 1:30 a.m., but Carleton has a new member of Parliament.\n\n"
     "With all 241 polls reporting, Fanjoy had 45,528 votes (51.3 per cent) to Poilievre's 40,211 (45.3 per cent).\n\n"
     "Liberal MP David McGuinty, re-elected in Ottawa South, stopped by to congratulate the winner.\n",
     ["Carleton"]),
    ("live-entries-led-by-a-seat-in-capitals-one-with-result-after-it",
     "Odisha results live\nJune 4, 2024\n\n23:10 IST\nJEYPORE: The BJD's Rabindra Narayan Panda has won Jeypore by 6,210 votes.\n\n"
     "22:35 IST\nPATKURA RESULT: BJP's Sasmita Mohapatra defeats BJD's Arabinda Samal by 8,414 votes. Mohapatra 79,884, Samal 71,470.\n",
     ["Jeypore", "Patkura"]),
    ("a-live-entry-whose-sentence-wins-a-numbered-district-over-its-rows",
     "Michigan live\nNov 5, 2024\n\n12:41 a.m. - Pike hangs on in the 28th\n\nDemocratic state Rep. Lauren Pike has held the 28th District, "
     "AP says. With all precincts reporting, Pike had 23,910 votes to 21,477 for Republican Gary Sobczak.\n\n11:30 p.m. - Gaines wins "
     "comfortably in the 84th\n\nRepublican Tyler Gaines won the open 84th District seat in Ottawa County, AP projects.\n\n"
     "  Tyler Gaines (R) - 27,114 - 54.6%\n  Corinne Abbott (D) - 21,390 - 43.1%\n",
     ["28th District", "84th District"]),
    ("a-section-per-leader-titled-by-the-person-and-the-seat",
     "How the party leaders fared\nFebruary 28, 2025\n\nHere is how each leader did.\n\nColleen Abernathy (NDP) — Davenport\n\n"
     "Abernathy cruised to a third term, taking 21,355 votes. Liberal Ben Okonkwo-Sterling was second with 9,870 in Davenport.\n\n"
     "Natalie Crowe-Singh (Liberal) — Mississauga East—Cooksville\n\nThe Liberal leader lost to Progressive Conservative incumbent "
     "Tony Mancuso by 1,659 votes.\n\nTony Mancuso (PC) – 15,980 (48.2%) – elected\nNatalie Crowe-Singh (Liberal) – 14,321 (43.2%)\n",
     ["Davenport", "Mississauga East—Cooksville"]),
    ("a-councils-at-large-race-with-its-vote-for-and-precincts",
     "Monroe, Aldana, Quon win at-large seats\nNov. 5, 2025\n\nPort Ellison voters returned two incumbents.\n\n"
     "Port Ellison City Council, at-large (vote for 3) — 41 of 41 precincts\nCandidate | Votes\nKeisha Monroe (i) ✔ | 9,842\n"
     "Ben Aldana ✔ | 8,911\nHarriet Quon (i) ✔ | 8,207\nDrew Stolz | 7,955\n",
     ["Port Ellison City Council, at-large"]),
    ("a-live-entrys-seat-over-a-line-of-prose-and-its-rows",
     "Alberta election night\nMay 30, 2023\n\n11:52 p.m.\nCALGARY-ACADIA FINAL\nAll 41 polls reporting. NDP's Dana Whitford beats UCP "
     "incumbent Tyler Braun.\nWhitford (NDP) 11,204 — 50.9%\nBraun (UCP) 10,318 — 46.9%\n\n10:55 p.m.\nKESSLER RE-ELECTED\n"
     "Premier Rhonda Kessler has held Brooks-Medicine Hat easily.\n",
     ["Calgary-Acadia"]),
    ("a-hubs-seat-with-its-uncalled-badge",
     "Brisbane, Griffith and Ryan: how the seats fell\nMay 7, 2025\n\nGriffith ALP GAIN FROM GRN\n\nCandidate | Party | Votes | %\n"
     "Kavita Raman | ALP | 30,120 | 31.2\nHamish Lyle | Greens | 29,369 | 30.4\n\nRyan IN DOUBT\n\nCounted: 78.6% of enrolment\n\n"
     "Candidate | Party | Votes | %\nTom Whitcombe | LNP | 33,905 | 39.68\nEliza Barnard | Greens | 25,811 | 30.20\n",
     ["Griffith", "Ryan"]),
    ("a-wires-seats-in-capitals-with-their-outcome-in-brackets",
     "NSW by-elections\nSept 13 2025\n\nRESULTS (NSW Electoral Commission, 10.15pm AEST):\n\nTERRIGAL (LIB retain)\nVotes counted: 80.7% of enrolment\n"
     "PALTRIDGE, Sienna (LIB) 21,486 46.8% (+2.9)\nKILBY, Brett (ALP) 12,305 26.8% (-1.4)\n\nGOULBURN (IND gain from LIB)\n"
     "BAGGETT, Louise (LIB) 16,017 33.7% (-14.2)\nFITZHARDINGE, Cameron (IND) 14,208 29.9% (new)\n",
     ["Terrigal", "Goulburn"]),
    ("the-seat-a-loser-lost-to-the-winner",
     "Dutton loses Dickson\nSun 4 May 2025\n\nIn the most dramatic result of the night, Opposition Leader Peter Dutton lost Dickson "
     "to Labor's Ali France.\n",
     ["Dickson"]),
    ("an-eci-return-of-election-names-its-seat-not-the-place-it-was-signed",
     "Kachchh result\nJune 5, 2024\nBhuj | Gandhidham | Anjar | Mandvi\n\nBelow is the Return of Election.\n\nElection to the House of the People "
     "from the 1 - Kachchh (SC) Parliamentary Constituency of the State of Gujarat\n\nSl. No.   Name of candidate        Party affiliation"
     "        Number of votes polled\n1        DEVJIBHAI PARMAR        Bharatiya Janata Party        641220\n2        MANJULABEN VAGHELA"
     "        Indian National Congress        373105\n\nPlace: Bhuj\nDate: 04/06/2024\n",
     ["Kachchh"]),
    ("reserved-seats-each-over-the-paragraph-that-reports-it",
     "How Bihar's SC constituencies voted\nPatna, June 8, 2024\n\nHere is a seat-by-seat look.\n\nGopalganj (SC)\nThe JD(U)'s Alok Kumar "
     "Baitha won with 5,11,866 votes, beating Premnath Ram, who polled 3,84,686.\n\nHajipur (SC)\nThe seat held for decades by the late "
     "Ram Vilas Paswan's family stayed with the Lok Janshakti Party (Ram Vilas). Its candidate, Anand Kishore Ram, won by 1.7 lakh "
     "votes against the RJD's Mukesh Ravidas.\n",
     ["Gopalganj", "Hajipur"]),
    ("a-wires-wards-with-their-councils-seats-and-outcomes",
     "COUNCIL BY-ELECTIONS - Results\n17/10/2025\n\nResults of local council by-elections held on Thursday.\n\n"
     "Brickfields (Norbridge DC) - Ref gain from C.\nKarl Whitlock (Ref) 1,021; Janet Price (C) 744.\nRef maj 277. Turnout 25.6%.\n\n"
     "Ferry Road (Saltmarsh BC), two seats - Lab hold, Ref gain from Lab.\nDonna Keyes (Lab) 1,152 elected; Lee Hartshorn (Ref) 1,104 "
     "elected; Paul Quigley (Ref) 1,061.\nTurnout 22.9%.\n\nTown Centre (Redbrook MBC) - Lab hold.\nRashid Mahmood (Lab) 1,003; "
     "Craig Dunn (Ref) 812.\nLab maj 191. Turnout 19.7%.\n",
     ["Brickfields", "Ferry Road", "Town Centre"]),
    ("a-sidebars-labelled-title-names-its-seat",
     "Labour hold Carlton Moor\nFriday, 5 July 2024\n\nCARLTON MOOR WARD BY-ELECTION - RESULT\n\nLisa Cartwright (Labour) 2,904 - elected\n"
     "Dale Hinchliffe (Reform UK) 2,211\n\nMajority: 693.\n\nBOX: HOW BARNSLEY NORTH VOTED\n\nLabour's Dan Jarvis was re-elected as MP "
     "for Barnsley North, the redrawn seat that includes Carlton Moor.\n\nDan Jarvis (Labour) 18,610\nRobert Lomas (Reform UK) 10,799\n",
     ["Carlton Moor", "Barnsley North"]),
    ("a-seats-heading-keeps-its-gloss-out-of-the-name",
     "Labour's clean sweep in Stoke\nFriday, 5 July 2024\n\nHere are the results in full.\n\nSTOKE-ON-TRENT CENTRAL\nLabour gain from Conservative\n"
     "Gareth Snell (Lab) 14,950\nLuke Shenton (Reform) 8,541\nMajority: 6,409.\n\nSTOKE-ON-TRENT NORTH (includes Kidsgrove)\n"
     "Labour gain from Conservative\nDavid Williams (Lab) 14,579\nJonathan Gullis (Con) 9,497\nMajority: 5,082.\n",
     ["Stoke-on-Trent Central", "Stoke-on-Trent North"]),
    ("a-chambers-numbered-district-is-named-number-first",
     "Castellano wins special election\nFebruary 25, 2025\n\nDemocrat Maria Castellano won Tuesday's special election for the state "
     "Senate's 13th District. Castellano received 5,214 votes, or 53.2 percent. Republican Edward Brannigan had 4,308 votes, or 43.9 percent.\n",
     ["13th Senate District"]),
    ("a-seat-the-winner-took-next-door-is-the-seat-won",
     "Kent County Council results\nMay 2, 2025\n\nReform's Lynn Carver also took neighbouring Sittingbourne South from the "
     "Conservatives, winning by 612 votes, while Reform candidates took Swale East and Swale West by comfortable margins.\n",
     ["Sittingbourne South"]),
    ("a-mayors-table-keeps-its-bare-title-when-the-story-names-two-towns-mayors-alike",
     "Election results\nNovember 6, 2024\n\nThe race for Marlowe mayor and the race for Topeka mayor both went late.\n\n"
     "MAYOR\nJoanne Kraus (D) 9,412 58.6%\nPhil Amato (R) 6,650 41.4%\n",
     ["Mayor"]),
    ("a-riding-named-over-its-polls-reporting-heads-the-table-below",
     "Kowalczyk holds riding\nFebruary 28, 2025\n\nHaddad, a Cambridge family physician, came third. Results in Cambridge "
     "are on our regional page.\n\nElection results\nKitchener South—Hespeler\n187 of 187 polls reporting · Last updated 11:58 p.m.\n"
     "Candidate\nParty\nVotes\n%\nRenata Kowalczyk\nPC\n17,842\n44.9\nSamir Haddad\nLIB\n9,106\n22.9\n",
     ["Kitchener South—Hespeler"]),
    ("a-results-page-badge-may-name-a-party-its-own-key-defines",
     "General Election 2025: results\nApril 29, 2025\n\nCandidates: TPP – Tobago People's Party; PDP – Progressive Democratic "
     "Patriots.\n\nTobago East TPP GAIN from PNM\n\nCandidate | Party | Votes | %\nDwight Mc Kenzie ✔ | TPP | 7,412 | 57.42\n"
     "Ayanna Thomas-Roberts | PNM | 4,986 | 38.63\n",
     ["Tobago East"]),
    ("a-seats-type-printed-in-capitals-stays-in-capitals",
     "GE2025: full SMC results\nMay 4, 2025\n\nThe Elections Department declared the results in Singapore.\n\nPOTONG PASIR SMC\n"
     "PAP - Lim Hui Wen: 17,214 votes (58.76%) - ELECTED\nSPP - Desmond Chua Boon Kiat: 12,083 votes (41.24%)\n\n"
     "HOUGANG SMC\nWP - Nurul Huda Rahmat: 18,305 votes (62.41%) - ELECTED\nPAP - Kelvin Ng Jun Hao: 11,026 votes (37.59%)\n",
     ["Potong Pasir SMC", "Hougang SMC"]),
    ("a-numbered-seat-won-keeps-its-number",
     "Maharjan wins Lalitpur-3 by 2,342 votes\nNov 23, 2022\n\nNepali Congress candidate Ramesh Kumar Maharjan wins Lalitpur-3, "
     "defeating CPN-UML's Sushila Shrestha. Maharjan polled 21,338 votes to Shrestha's 18,996.\n",
     ["Lalitpur-3"]),
    ("a-mayoralty-table-is-named-for-the-town",
     "Rowe-Tuhiwai confirmed as Wellington mayor\nOctober 16, 2025\n\nTessa Rowe-Tuhiwai has been confirmed as Wellington's mayor.\n\n"
     "Mayoralty: first preferences\n\nCandidate | Affiliation | First preferences | %\nGraeme Castellan | Independent | 22,940 | 33.9\n"
     "Tessa Rowe-Tuhiwai (elected) | Labour | 21,705 | 32.1\n",
     ["Wellington mayor"]),
    ("a-tv-stations-offices-in-capitals-head-their-rows",
     "Election results\nNov. 4, 2025\n\nA check mark indicates the winner.\n\nHARMON FALLS MAYOR\n\n"
     "✔ Denise Kowalczyk - 6,214 votes (54.8%)\nTom Varga (i) - 5,127 votes (45.2%)\n\n"
     "HARMON FALLS CITY COUNCIL AT-LARGE (vote for 3)\n\n✔ Renee Castillo - 5,988 (25%)\n✔ Jim Halloway (i) - 5,402 (23%)\n\n"
     "CLEARFORK CITY SCHOOLS BOARD OF EDUCATION (vote for 2)\n\n✔ Michelle Baird - 7,442 (32%)\nSandra Tilley - 6,015 (26%)\n",
     [ "Harmon Falls Mayor", "Harmon Falls City Council At-Large", "Clearfork City Schools Board of Education"]),
    ("an-eci-pages-numbered-seat-with-its-polling-date-heads-its-result-and-candidate-wise-is-no-seat",
     "Indore Lok Sabha Election Result 2024\n4 June 2024\n\nParliamentary Constituency 26 - Indore (Madhya Pradesh) · Polling date: "
     "May 13, 2024 · Phase 4\n\nResult Declared\n\nCandidate-wise result\n\nS.N. | Candidate | Party | Total Votes | % of Votes\n"
     "1 | Sudhir Kumar Gupta | Bharatiya Janata Party | 1226442 | 80.96\n2 | Lakshman Singh Solanki | Bahujan Samaj Party | 51659 | 3.41\n",
     ["Indore"]),
    ("a-seats-name-over-one-paragraph-then-its-table-heads-the-table",
     "Gurugram district results\nOctober 8, 2024\n\nThe BJP swept the district.\n\nBadshahpur\n\n"
     "The most populous seat in the district gave the day's biggest win. Rao Dhirender Singh's lead never dipped after the second round.\n\n"
     "Candidate | Party | Votes | Vote %\nRao Dhirender Singh ✔ Won | BJP | 1,45,380 | 59.90\nKuldeep Yadav | INC | 85,236 | 35.12\n\n"
     "Pataudi (SC)\n\nPataudi was the one contest that kept both parties guessing until the Farukhnagar villages were counted.\n\n"
     "Candidate | Party | Votes | Vote %\nSunita Bhorwal ✔ Won | BJP | 79,655 | 48.15\nSudhir Chauhan | INC | 76,590 | 46.30\n",
     ["Badshahpur", "Pataudi"]),
    ("seats-the-party-also-retained-are-not-the-one-whose-rows-are-told",
     "Nationals hold the bush as Labor sweeps the cities\nMay 4, 2025\n\nThe Nationals held the seat comfortably on Saturday night.\n\n"
     "Jane Smith (Nationals) 24,511 52.1%\nTom Brown (Labor) 14,300 30.4%\nAnn Green (Greens) 8,210 17.5%\n\n"
     "The Nationals also retained Riverina and New England, and the party's leader said the result was a strong one.\n",
     [None]),
    ("a-round-up-of-towns-each-over-its-office-and-rows",
     "Municipal byelection results\nNov 25, 2025\n\nThree communities voted on Monday.\n\nKESTREL BAY — MAYOR\nPolls reported: 7 of 7\n"
     "Ruth Amberley  2,031  ELECTED\nDon Pelletier  1,544\n\nAmberley won comfortably.\n\n"
     "SAINT-ANSELME — COUNCILLOR, WARD 2\nPolls reported: 1 of 1\nLuc Theriault  301  ELECTED\nAnne Cormier  288\n\n"
     "MAPLE RIDGE LANDING — COUNCILLOR AT LARGE (2 to be elected)\nPolls reported: 3 of 3\nPeter Osei  744  ELECTED\n"
     "Gail Brandt  690  ELECTED\nTom Weir  412\n",
     ["Mayor of Kestrel Bay", "Saint-Anselme Ward 2", "Maple Ridge Landing"]),
    ("a-city-pages-races-each-headed-by-its-office-over-a-paragraph-and-rows",
     "Count update: Ferrante leads\nNov. 9, 2024\n\nThe registrar posted its third update on Saturday.\n\nMayor\n\n"
     "Councilmember Dora Ferrante has all but secured the job; her rival conceded on Friday evening.\n\n"
     "Dora Ferrante — 18,220 (55.1%)\nWes Holbrook — 14,848 (44.9%)\n\nCity Council, District 3\n\n"
     "Jon Pak — 2,911 (52.0%)\nAmy Lund — 2,687 (48.0%)\n\nBayview Unified School Board, Trustee Area 1\n\n"
     "The race for the open seat is close, and neither candidate has claimed victory.\n\n"
     "Rae Cortez — 1,402 (50.4%)\nSal Minto — 1,380 (49.6%)\n",
     ["Mayor", "City Council, District 3", "Bayview Unified School Board, Trustee Area 1"]),
    ("a-tickers-races-each-an-office-a-dash-and-its-district-or-state",
     "Election night ticker\nNov. 6, 2024\n\nU.S. SENATE — NEVADA   [81% IN]\nJackie Rosales (D) ........ 612,044 .... 49.6%\n"
     "Dale Hartwell (R) ........ 581,208 .... 47.1%\n\nU.S. HOUSE — DISTRICT 3   [84% IN]\nMarisol Abrego (D) ........ 168,902 .... 52.6%\n"
     "Kurt Pruett (R) ........ 152,377 .... 47.4%\n",
     ["U.S. Senate - Nevada", "U.S. House District 3"]),
    ("a-hubs-ridings-each-over-a-call-status-and-progress-line",
     "Regina riding results\nOct. 29, 2024\n\nThe NDP swept most of the city.\n\nRegina Lakeview East\n\nNDP GAIN · Polls reported 56/56\n"
     "Amara Nwosu | NDP | ELECTED | 5,204 | 51.3%\nCurtis Dyck | Sask. Party | 4,388 | 43.2%\n\nRegina Walsh Meadows\n\n"
     "TOO CLOSE TO CALL · Polls reported 49/49\nDerek Olfert | Sask. Party | LEADING | 3,941 | 47.7%\nFatima Rahimi | NDP | 3,876 | 46.9%\n",
     ["Regina Lakeview East", "Regina Walsh Meadows"]),
    ("sections-titled-by-a-seat-in-capitals-and-a-headline-over-the-winning-paragraph",
     "How the city voted\nNovember 24, 2024\n\nHere is how the key contests went.\n\nWORLI: A much closer call for Aaditya Thackeray\n\n"
     "Sitting MLA Aaditya Thackeray held Worli by 8,801 votes. He polled 63,324 votes against 54,523 for Milind Deora.\n\n"
     "BYCULLA: Jamsutkar unseats Yamini Jadhav\n\nThe Sena (UBT)'s Manoj Jamsutkar defeated sitting MLA Yamini Jadhav by 31,361 votes.\n",
     ["Worli", "Byculla"]),
    ("an-office-keeps-the-vacancy-it-fills",
     "Judicial results\nNovember 6, 2024\n\nUNOFFICIAL RESULTS - 26TH JUDICIAL CIRCUIT\n\nCircuit Judge (Mayhew vacancy)\n"
     "Andrea Kowalski (D) - 41,227 - 52.80%\nSteven Turek (R) - 36,855 - 47.20%\n",
     ["Circuit Judge (Mayhew vacancy)"]),
]


@pytest.mark.parametrize("text, want", [c[1:] for c in CONTESTS_NAMED], ids=[c[0] for c in CONTESTS_NAMED])
def test_a_page_names_its_contests(text, want):
    assert [c.constituency for c in extract_results(text).contests] == want


def test_a_ballot_measure_passing_with_a_share_is_no_candidate():
    text = ("Whitaker wins Pinecrest mayor's race\nNov. 7, 2024\n\nLorraine Whitaker finished with 18,402 votes, or 44.1%. "
            "Miguel Dominguez had 15,977 (38.3%).\n\nMeasure P, a one-cent sales tax for road repairs, was passing with 58.6% of the vote.\n")
    names = {x.name for c in extract_results(text).contests for x in c.candidates}
    assert names == {"Lorraine Whitaker", "Miguel Dominguez"}


def test_a_margin_after_defeating_belongs_to_an_earlier_years_race_the_clause_before_names():
    text = ("Whitaker wins Pinecrest mayor's race\nNov. 7, 2024\n\nLorraine Whitaker finished with 18,402 votes, or 44.1%. "
            "Miguel Dominguez had 15,977 (38.3%).\n\nIbarra, who is termed out, won the 2020 mayoral race with 52.7% of the vote, "
            "defeating then-Councilman Gil Soto by about 3,900 votes.\n")
    [contest] = extract_results(text).contests
    assert contest.majority is None and "Gil Soto" not in {x.name for x in contest.candidates}


def test_ridings_in_capitals_over_their_counts_progress_head_a_widget_flattened_one_cell_per_line():
    text = ("Okanagan results\nOct 19, 2024\n\nElections BC's initial count in British Columbia.\n\n"
            "KELOWNA CENTRE\n100% of ballot boxes reported\nMargo Lindqvist\nConservative\n10,214\n52.6%\nELECTED\n"
            "Ravi Sandhar\nNDP\n7,388\n38.0%\n\nKELOWNA-MISSION\n100% of ballot boxes reported\nBrad Tolmie\nConservative\n"
            "12,406\n52.8%\nELECTED\nKiran Bal\nNDP\n6,918\n29.5%\n")
    got = {c.constituency: {x.name: x.votes for x in c.candidates} for c in extract_results(text).contests}
    assert got == {"Kelowna Centre": {"Margo Lindqvist": 10214, "Ravi Sandhar": 7388},
                   "Kelowna-Mission": {"Brad Tolmie": 12406, "Kiran Bal": 6918}}


def test_a_seat_won_then_and_another_winner_is_not_one_name():
    text = ("Conservatives sweep Kelowna\nOct 19, 2024\n\nConservative Margo Lindqvist has won Kelowna Centre and Brad Tolmie has "
            "easily held Kelowna-Mission for the party. Lindqvist took 10,214 votes.\n")
    assert "Kelowna Centre and Brad Tolmie" not in {c.constituency for c in extract_results(text).contests}


def test_a_numbered_seat_leads_its_list_and_its_outcome_after_the_list_is_read():
    text = ("Samoa election: preliminary results\n30 August 2025\n\nPreliminary count from the Office of the Electoral Commissioner in Apia.\n\n"
            "Vaimauga No. 3: Fuimaono Tavita Aumua (FAST) 1,204; Leota Siaosi Faamausili (HRPP) 987; Masoe Ioane Tupuola (SUP) 412. "
            "FAST gain from HRPP.\n\nFaleata No. 2: Vaaelua Sefo Lauina (HRPP) 1,366; Tuiloma Iakopo Pula (FAST) 1,318. HRPP hold.\n")
    got = {c.constituency: {x.name: x.elected for x in c.candidates} for c in extract_results(text).contests}
    assert got == {"Vaimauga No. 3": {"Fuimaono Tavita Aumua": True, "Leota Siaosi Faamausili": None, "Masoe Ioane Tupuola": None},
                   "Faleata No. 2": {"Vaaelua Sefo Lauina": True, "Tuiloma Iakopo Pula": None}}


def test_a_round_ups_towns_in_capitals_with_their_voting_system_head_their_paragraphs():
    text = ("Mayoral round-up\nSunday 12 October 2025\n\nKey mayoral results in Aotearoa:\n\nHAMLYN BAY (first past the post)\n"
            "Kiri Matenga won the mayoralty with 24,310 votes. Ewan Lockie was second on 17,428.\n\nWHANGĀREI (single transferable vote)\n"
            "Marnie Ruatapu (Independent) was elected on the first iteration with 15,890 votes. Shaun Tibbs had 12,004.\n")
    got = {c.constituency: {x.name: x.votes for x in c.candidates} for c in extract_results(text).contests}
    assert got == {"Hamlyn Bay": {"Kiri Matenga": 24310, "Ewan Lockie": 17428},
                   "Whangārei": {"Marnie Ruatapu": 15890, "Shaun Tibbs": 12004}}


@pytest.mark.parametrize("dem, rep", [("Democratic primary — House District 131", "Republican primary — House District 131"),
                                      ("House District 131 - Dem Primary", "House District 131 - GOP Primary")])
def test_each_partys_primary_for_one_seat_is_a_contest_of_its_own(dem, rep):
    text = (f"Primary results\nMay 21, 2024\n\nBarnwell wins the Democratic primary; the Republican primary goes to a runoff.\n\n{dem}\n\n"
            "Candidate | Votes | Pct.\n✔ Keisha Barnwell | 4,812 | 52.4%\nTerrence Odom | 2,967 | 32.3%\n\n"
            f"{rep}\n\nCandidate | Votes | Pct.\nBrent Calloway (runoff) | 3,406 | 44.9%\nDana Pruitt (runoff) | 2,288 | 30.2%\n")
    got = {c.constituency: {x.name: x.party for x in c.candidates} for c in extract_results(text).contests}
    assert got == {"House District 131 Democratic primary": {"Keisha Barnwell": "Democratic", "Terrence Odom": "Democratic"},
                   "House District 131 Republican primary": {"Brent Calloway": "Republican", "Dana Pruitt": "Republican"}}


def test_an_areas_party_tallies_in_capitals_name_no_contest():
    from extract.document import Doc
    from extract.headings import heading
    text = ("Edo guber: INEC declares winner\nSept. 22, 2024\n\nLGA-BY-LGA COLLATION (APC / PDP / LP)\n\n"
            "AKOKO-EDO: APC 18,408; PDP 10,065; LP 3,391\nEGOR: APC 14,906; PDP 17,752; LP 3,953\nUHUNMWONDE: APC 9,214; PDP 6,812; LP 1,152\n")
    doc = Doc.build(text)
    s = text.index("UHUNMWONDE")
    assert heading(doc, s, text.index("\n", s)) is None


def test_a_section_in_capitals_with_its_seats_in_brackets_counts_among_a_pages_sections():
    text = ("GE2025 results\nMay 4, 2025\n\nRESULTS (Elections Department, Singapore, official)\n\nTAMPINES GRC (5 seats)\n"
            "PAP     74,160   55.23%   ELECTED\nWP      55,093   41.03%\n\nSEMBAWANG WEST SMC\n"
            "PAP  Angeline Wong Pei Yi   14,288   59.46%   ELECTED\nSDP  Lionel Ong Soon Heng    9,740   40.54%\n")
    got = {c.constituency: sorted(x.name for x in c.candidates) for c in extract_results(text).contests}
    assert got.get("Sembawang West SMC") == ["Angeline Wong Pei Yi", "Lionel Ong Soon Heng"]


@pytest.mark.parametrize("vote_for", ["Vote For 2", "Vote for 2 • 4 of 4 Precincts Reported (100.00%)"])
def test_a_results_summarys_office_over_vote_for_names_its_contest_as_printed(vote_for):
    text = ("Election Summary Report\nNovember 4, 2025\n\nSchool Board Member (ISD #911 - Cambria Area Schools)\n"
            f"{vote_for}\nPrecincts Reported: 9 of 9 (100.00%)\n                      TOTAL     VOTE %\n"
            "Heather Sundberg      5,406     23.86%\nTim Kraemer           4,872     21.50%\nWrite-In Totals          44      0.19%\n\n"
            "City of Cambria Council Member\nVote For 2\n                      TOTAL     VOTE %\n"
            "Brad Lundquist        2,233     29.75%\nNicole Fernholz       2,051     27.33%\n")
    assert [c.constituency for c in extract_results(text).contests] == ["School Board Member (ISD #911 - Cambria Area Schools)",
                                                                        "City of Cambria Council Member"]


def test_a_changed_hands_table_names_each_winner_and_a_subhead_names_the_seat_its_list_is_of():
    text = ("Every Lancashire County Council division that changed hands\n2 May 2025\n\n"
            "Division | New councillor | Party | Gained from | Majority | 2021 majority\n"
            "Burnley Rural | Hannah Whitworth | Reform UK | Conservative | 1,012 | 1,287\n"
            "Skelmersdale Central | Carl Hewson | Reform UK | Labour | 27 | 1,604\n\nThe closest call: Skelmersdale Central\n\n"
            "Carl Hewson (Reform UK) – 1,219 – elected\nTerri Aldridge (Labour) – 1,192\n")
    got = {c.constituency: {x.name: (x.votes, x.elected) for x in c.candidates} for c in extract_results(text).contests}
    assert got == {"Burnley Rural": {"Hannah Whitworth": (None, True)},
                   "Skelmersdale Central": {"Carl Hewson": (1219, True), "Terri Aldridge": (1192, None)}}


def test_a_bracketed_note_with_a_count_is_no_candidate():
    text = ("West Coast-Tasman - Official Result\n3 November 2023\n\nTotal Votes Counted: 38,044   (Official Count Complete)\n\n"
            "Candidate | Party | Votes\nGraeme Carter | National Party | 15,203\nRachel Holloway | Labour Party | 12,617\n")
    assert {x.name for c in extract_results(text).contests for x in c.candidates} == {"Graeme Carter", "Rachel Holloway"}


def test_a_grid_rows_winner_with_party_and_badge_and_its_margin_beside_last_times():
    text = ("Durham results\nApril 29, 2025\n\nRIDING\tWINNER\tVOTES\tRUNNER-UP\tVOTES\tMARGIN\t2021 MARGIN\tTURNOUT\n"
            "Oshawa\tRyan Kowalczyk (CPC) HOLD\t29,410\tFatima Siddiqui (LPC)\t26,775\t2,635\t7,920\t63.9%\n"
            "Whitby\tHelen Barros (LPC) HOLD\t36,018\tDerek Holm (CPC)\t28,402\t7,616\t4,111\t71.2%\n")
    got = {c.constituency: (c.majority, {x.name: (x.party, x.votes, x.elected) for x in c.candidates}) for c in extract_results(text).contests}
    assert got["Oshawa"] == (2635, {"Ryan Kowalczyk": ("Conservative", 29410, True), "Fatima Siddiqui": ("Liberal", 26775, None)})


def test_a_partys_name_alone_over_its_members_rows_is_their_party():
    text = ("Kandy District: NPP 9, SJB 3\nNovember 15, 2024\n\nThe National People's Power swept the Kandy District in Sri Lanka.\n\n"
            "National People's Power\n\nSuranga Dissanayake – 214,803\nPradeep Herath – 98,412\n\nSamagi Jana Balawegaya\n\n"
            "Lakshman Kiriella – 66,301\n")
    got = {x.name: x.party for c in extract_results(text).contests for x in c.candidates}
    assert got == {"Suranga Dissanayake": "National People's Power", "Pradeep Herath": "National People's Power",
                   "Lakshman Kiriella": "Samagi Jana Balawegaya"}


def test_a_council_page_one_cell_per_line_keeps_each_ward_and_its_losers_rows():
    """Ward name, its facts as label/value lines, then a table whose "Result" cell is missing on losers' rows."""
    ward = ("{name}\nSeats to be filled\n1\nElectorate\n8,233\nRejected ballot papers\n14\nTurnout\n{turnout}\n"
            "Candidate\nDescription\nVotes\nResult\n{rows}\n")
    text = ("Borough council elections 2 May 2024: results by ward\n\n"
            + ward.format(name="Fenwick", turnout="28.8%", rows="AKHTAR Nadia\nLabour Party\n1,102\nElected\nBRIGGS Stephen Paul\n"
                          "The Conservative Party Candidate\n611\nCOLE Jason\nReform UK\n402\nDAWES Holly Anne\nGreen Party\n173")
            + "Labour hold\n\n"
            + ward.format(name="Sandholme", turnout="27.5%", rows="MOSS Gary\nReform UK\n702\nElected\nNUTTALL Angela Mary\n"
                          "The Conservative Party Candidate\n655\nOWEN Carl\nLabour Party\n410"))
    contests = extract_results(text).contests
    assert [(c.constituency, c.turnout, [(k.name, k.votes) for k in c.candidates]) for c in contests] == [
        ("Fenwick", 28.8, [("Nadia Akhtar", 1102), ("Stephen Paul Briggs", 611), ("Jason Cole", 402), ("Holly Anne Dawes", 173)]),
        ("Sandholme", 27.5, [("Gary Moss", 702), ("Angela Mary Nuttall", 655), ("Carl Owen", 410)])]
    assert [k.elected for k in contests[0].candidates] == [True, None, None, None]


def test_a_riding_box_one_cell_per_line_with_its_province_and_badges():
    """A broadcaster's box: the riding's name over its province and outcome, the winner's row with badge cells of its own."""
    text = ("Halifax West: Federal election 2025 riding results\nApr. 29, 2025\nSearch by riding name or postal code\nHalifax West\n"
            "Nova Scotia\nLIB HOLD\nPolls reported: 198/198\nCandidate\nParty\nVotes\n% Votes\nRana Khoury\nINCUMBENT\nLiberal\n"
            "ELECTED\n31,402\n59.1%\nMatt Doucette\nConservative\n15,087\n28.4%\nJenna Sparling\nNDP\n5,366\n10.1%\n")
    contests = extract_results(text).contests
    assert [(c.constituency, [(k.name, k.party, k.votes, k.elected) for k in c.candidates]) for c in contests] == [
        ("Halifax West", [("Rana Khoury", "Liberal", 31402, True), ("Matt Doucette", "Conservative", 15087, None),
                          ("Jenna Sparling", "New Democratic", 5366, None)])]


# A page's contests and the majority each is given: (id, text, {contest: majority}).
MAJORITIES = [
    ("live-entries-titled-by-the-end-of-a-seats-name-are-that-seat",
     "Birmingham election results LIVE\n\n05:10\nYARDLEY: Jess Phillips holds on\n\nIt went right to the wire in "
     "Birmingham Yardley. Labour's Jess Phillips 11,275. Workers Party of Britain candidate Jody McIntyre 10,582. "
     "Majority: 693.\n\n04:20\nPERRY BARR: Independent gain from Labour\n\nAyoub Khan (Independent) - 13,303\n"
     "Khalid Mahmood (Labour) - 12,796\n\nMajority 507. Birmingham Perry Barr had been Labour since 2001.\n",
     {"Birmingham Yardley": 693, "Birmingham Perry Barr": 507}),
    ("seats-under-their-commission-numbers-head-their-tables",
     "Nashik district results 2024\n23 Nov 2024\n\nThe Mahayuti swept Nashik district.\n\n123 - Nashik Central\n\n"
     "Result: BJP hold | Margin: 18,613 | Turnout: 57.9%\n\nCandidate | Party | EVM votes | Postal votes | Total | % votes\n"
     "Sunanda Pharande ✔ | BJP | 1,04,211 | 1,402 | 1,05,613 | 52.64\nVilas Gite | SHS(UBT) | 86,012 | 988 | 87,000 | 43.36\n\n"
     "127 - Igatpuri (ST)\n\nResult: NCP hold | Margin: 86,434 | Turnout: 71.3%\n\n"
     "Candidate | Party | EVM votes | Postal votes | Total | % votes\nHiraman Bhaskar Khandve ✔ | NCP | 1,17,402 | 1,510 | 1,18,912 | 63.07\n"
     "Lakshman Jadhav | INC | 31,876 | 602 | 32,478 | 17.22\n",
     {"Nashik Central": 18613, "Igatpuri": 86434}),
    ("the-figure-over-its-rounding",
     "Kachchh (SC) result: BJP's Devjibhai Parmar wins by 2.68 lakh votes\nJune 5, 2024\n\nThe BJP retained the Kachchh (SC) "
     "Lok Sabha seat as its candidate Devjibhai Parmar defeated Congress nominee Manjulaben Vaghela by 2,68,115 votes.\n",
     {"Kachchh": 268115}),
    ("the-margin-told-with-the-seat-over-one-placed-after-it",
     "Saroj unseats Sonkar\nJune 5, 2024\n\nThe Samajwadi Party wrested the Kaushambi (SC) Lok Sabha seat, with Rameshwar Prasad Saroj "
     "defeating Dinesh Chandra Sonkar by 1,03,944 votes.\n\nSaroj took the lead in the opening round; by the end of the 11th round "
     "he was ahead by 27,310 votes.\n",
     {"Kaushambi": 103944}),
]


@pytest.mark.parametrize("text, want", [c[1:] for c in MAJORITIES], ids=[c[0] for c in MAJORITIES])
def test_which_majority_a_story_gives(text, want):
    assert {c.constituency: c.majority for c in extract_results(text).contests} == want


def test_an_early_counts_figures_give_way_to_the_final_ones_told_before_them():
    text = ("Michigan live\nNov 5, 2024\n\nDemocratic state Rep. Lauren Pike has held the 28th District, AP says. With all precincts "
            "reporting, Pike had 23,910 votes to 21,477 for Republican Gary Sobczak.\n\nKeep an eye on the 28th District. With roughly "
            "40% of precincts reporting, Pike leads Sobczak 9,812 to 8,337.\n")
    [contest] = extract_results(text).contests
    assert [(c.name, c.votes) for c in contest.candidates] == [("Lauren Pike", 23910), ("Gary Sobczak", 21477)]


def test_a_seat_held_easily_with_its_count_is_no_person():
    text = ("Alberta results\nMay 30, 2023\n\nRhonda Kessler has held Medicine Hat easily with 14,010 votes to Gwen Arsenault's 6,102.\n")
    [contest] = extract_results(text).contests
    assert [(c.name, c.votes, c.elected) for c in contest.candidates] == [("Rhonda Kessler", 14010, True), ("Gwen Arsenault", 6102, None)]


def test_a_mayors_race_told_in_prose_stays_apart_from_the_ward_results_below_it():
    text = ("Morrow-Lapointe wins Kessington mayoralty\nOct 25, 2022\n\nDiane Morrow-Lapointe will be Kessington's next mayor "
            "after a comfortable win over two-term councillor Jeff Baptiste.\n\nUnofficial results gave Morrow-Lapointe 8,904 votes. "
            "Baptiste finished with 6,133.\n\nCouncil results\nWard 3\nDevon Mackie – 1,301 (elected)\nBrenda Sauvé – 1,276\n\n"
            "Ward 3 was the tightest race of the night: Mackie edged Sauvé by 25 votes. Ward 3 turnout was low.\n")
    got = {c.constituency: {x.name: (x.votes, x.elected) for x in c.candidates} for c in extract_results(text).contests}
    assert got == {"Kessington": {"Diane Morrow-Lapointe": (8904, True), "Jeff Baptiste": (6133, None)},
                   "Ward 3": {"Devon Mackie": (1301, True), "Brenda Sauvé": (1276, None)}}


def test_office_titles_with_their_count_named_after_a_dash():
    text = ("Council election 2024\nMarch 19, 2024\n\nMayor — first preferences\n\nHARTCHER, Jodie | 24,880 · 52.6% · Elected\n"
            "BRENNAN, Mal | 15,312 · 32.4%\n\nCouncillor, Division 5 — first preferences\n\nPAPADAKIS, Steve | 3,904 · 41.8%\n"
            "MITCHELL-REID, Lauren | 3,611 · 38.7% · Elected\n\n\"It was nerve-racking,\" said Ms Mitchell-Reid, a physiotherapist "
            "and Greens voter who ran as an independent.\n")
    got = {c.constituency: {x.name: x.party for x in c.candidates} for c in extract_results(text).contests}
    assert got == {"Mayor": {"Jodie Hartcher": None, "Mal Brennan": None},
                   "Division 5": {"Steve Papadakis": None, "Lauren Mitchell-Reid": "Independent"}}


def test_a_section_titled_by_the_end_of_a_seats_name_is_that_seat():
    text = ("Liverpool's five MPs all returned\nFriday 5 July 2024\n\nRIVERSIDE\nKim Johnson held Liverpool Riverside for Labour "
            "with 20,039 votes. The Green Party's Chris Coughlan came second on 5,246.\n\nLIVERPOOL WALTON\n"
            "Dan Carden (Labour) re-elected:\n- Dan Carden, Labour: 26,032 (70.6%)\n- Joe Doran, Reform UK: 5,787 (15.7%)\n")
    got = {c.constituency: {x.name: x.elected for x in c.candidates} for c in extract_results(text).contests}
    assert got == {"Liverpool Riverside": {"Kim Johnson": True, "Chris Coughlan": None},
                   "Liverpool Walton": {"Dan Carden": True, "Joe Doran": None}}


def test_a_seat_that_fell_to_a_party_past_an_aside_about_an_old_by_election():
    text = ("Oxfordshire results\nFriday 5 July 2024\n\nWITNEY\nDavid Cameron's old seat, which Robert Courts held at the 2016 "
            "by-election by 5,702 votes, fell to the Liberal Democrats.\n- Charles Maynard (Liberal Democrat): 20,832\n"
            "- Robert Courts (Conservative): 16,493\nMajority 4,339.\n")
    [contest] = extract_results(text).contests
    assert {x.name: x.elected for x in contest.candidates} == {"Charles Maynard": True, "Robert Courts": None}


@pytest.mark.parametrize("sentence", [
    "Barros-Curtis, who succeeds Kevin Brennan, has a majority of 7,019.",
    "Barros-Curtis, a former lawyer, has represented the area since 2019. Her majority: 7,019.",
])
def test_the_one_whose_majority_it_is_won(sentence):
    text = ("Results\nFriday 5 July 2024\n\nCardiff West\nAlex Barros-Curtis (Labour) 16,442\nKiera Marshall (Plaid Cymru) 9,423\n\n"
            + sentence + "\n")
    [contest] = extract_results(text).contests
    assert contest.majority == 7019
    assert {x.name: x.elected for x in contest.candidates} == {"Alex Barros-Curtis": True, "Kiera Marshall": None}


@pytest.mark.parametrize("after", [
    "She has kept a deliberately low profile since.",
    "Mordaunt, first elected in 2010, has returned to life in Portsmouth.",
])
def test_a_loser_who_kept_a_low_profile_or_returned_to_life_did_not_win(after):
    text = ("Where are they now?\nFriday 4 July 2025\n\nPenny Mordaunt lost Portsmouth North to Labour's Fred Thomas. "
            "Mordaunt polled 12,061 against Thomas's 17,665.\n\n" + after + "\n")
    got = {x.name: x.elected for c in extract_results(text).contests for x in c.candidates}
    assert got == {"Fred Thomas": True, "Penny Mordaunt": None}


def test_returned_to_a_council_is_elected():
    text = ("Parish round-up\nFriday 5 May 2023\n\nKINGSBURY MARSH: Labour's Imogen Tate was returned to Kingsbury Marsh "
            "Town Council for Quay ward, replacing Anthony Crisp, who stood down.\n")
    assert {x.name: x.elected for c in extract_results(text).contests for x in c.candidates} == {"Imogen Tate": True}


def test_a_paragraph_opening_on_a_council_by_election_keeps_its_figures():
    text = ("Corrections and clarifications\n12 July 2024\n\nOur report of the Hexham result gave the wrong figures. Guy Opperman "
            "received 20,275 votes, and Joe Morris of Labour, who polled 23,988, won by a majority of 3,713.\n\n26 September 2024\n\n"
            "Clarification: in our report on the Allen Valleys county council by-election (19 September) we described the winning "
            "candidate, Ruth Ellerby, as an independent. Ms Ellerby stood for the Green Party and was elected with 1,046 votes.\n")
    got = {c.constituency: {x.name: (x.votes, x.elected) for x in c.candidates} for c in extract_results(text).contests}
    assert got["Allen Valleys"] == {"Ruth Ellerby": (1046, True)}
    assert "Ruth Ellerby" not in got["Hexham"]


def test_an_stv_table_whose_party_cell_runs_into_its_figures_and_a_ward_known_by_number_and_name():
    text = ("Council elections 2022\n06 May 2022\n\nThe SNP's Morag Baillie topped the poll in Ward 6 – Carron Valley.\n\n"
            "Ward 6 count runs to seven stages\n\nFIRST PREFERENCES\n"
            "Candidate          Party                          1st pref    %\n"
            "Morag Baillie      Scottish National Party (SNP)     1,742  26.7  Elected stage 1\n"
            "Alasdair Grant     Scottish Conservative and Unionist 1,048 16.1  Elected stage 6\n\n"
            "Stage 2 – Baillie surplus (438.00) transferred: Grant 1,056.10\n")
    got = {c.constituency: {x.name: (x.votes, x.share) for x in c.candidates} for c in extract_results(text).contests}
    assert got == {"Carron Valley": {"Morag Baillie": (1742, 26.7), "Alasdair Grant": (1048, 16.1)}}


def test_a_ward_named_after_a_road_is_no_constituency_of_that_town():
    text = ("Greens break Labour's grip on Harlow Road\nFriday, 3 May 2024\n\nLabour councillor Jean Whitworth lost her seat in "
            "Harlow Road.\n\nHARLOW ROAD – three to be elected\n\n  Aisha Rahman (Labour Party) .............. 2,104  ELECTED\n"
            "  Jean Whitworth (Labour Party) ............ 1,788\n")
    assert [c.constituency for c in extract_results(text).contests] == ["Harlow Road"]


def test_a_description_that_wins_is_the_one_named_before_not_the_rival_after():
    text = ("Ouellette keeps Kingston red\nLiberal newcomer wins by more than 15,000 votes as Conservatives gain ground but fall short\n"
            "April 28, 2025\n\nDanielle Ouellette will be Kingston and the Islands' next member of Parliament.\n\n"
            "The former Queen's University administrator won by more than 15,000 votes over Conservative Gord Brant, "
            "a local business owner.\n\nRIDING RESULTS: KINGSTON AND THE ISLANDS\n"
            "Danielle Ouellette, Lib. — 38,112 — 55.0%\nGord Brant, Con. — 22,905 — 33.1%\n")
    [contest] = extract_results(text).contests
    assert (contest.majority, contest.majority_qualifier) == (15000, "more than")
    assert {x.name: x.elected for x in contest.candidates} == {"Danielle Ouellette": True, "Gord Brant": None}


def test_a_threads_numbered_posts_each_head_their_seat():
    text = ("Sheffield results thread\nJul 5, 2024\n\nSarah Lund @sarahlund_star · Jul 5\n2/5 SHEFFIELD HEELEY - Lab hold\n"
            "Louise Haigh (Lab) 21,230\nAlexi Dimond (Grn) 5,926\nMaj 15,304. Turnout 53.2%\n\nSarah Lund @sarahlund_star · Jul 5\n"
            "3/5 SHEFFIELD SOUTH EAST - Lab hold\nClive Betts (Lab) 18,710\nCaroline Kampila (Con) 6,252\nMaj 12,458. Turnout 49.3%\n")
    got = {c.constituency: [x.name for x in c.candidates] for c in extract_results(text).contests}
    assert got == {"Sheffield Heeley": ["Louise Haigh", "Alexi Dimond"], "Sheffield South East": ["Clive Betts", "Caroline Kampila"]}


def test_a_definition_list_labelled_candidate_row_by_row():
    text = ("Borough election results\n3 May 2024\n\nCastle ward (one seat)\n\nCandidate | Brian Tully (Independent) Elected – 987\n"
            "Candidate | Helen Marsh (The Conservative Party Candidate) – 921\nMajority: 66. Turnout: 27.5%.\n")
    [contest] = extract_results(text).contests
    assert [(x.name, x.votes, x.elected) for x in contest.candidates] == [("Brian Tully", 987, True), ("Helen Marsh", 921, None)]


WRAPPED = ("BRISTOL EAST: Lab hold. Kerry McCarthy (Lab) 20,748; Ani Stafford-Townsend (Green) 14,142;\n"
           "Dan Conaghan (C) 6,435; Tony Sutcliffe (LD) 2,713; Farooq Siddique (Ind) 1,259; Claire\n"
           "Dunnage (SDP) 555; Wael Arafat (Ind) 257. Lab maj 6,606 (14.33%). Lab to Green swing 17.81%.\n"
           "Electorate 75,917; turnout 46,954 (61.85%).\n")


@pytest.mark.parametrize("text, joined", [
    (WRAPPED, True),            # wire copy wrapped at ~90 characters
    ("Helen Hayes (Lab) 23,946; Ricky Knight (Green) 7,521; Joel\n(Reform UK) 2,941. Lab maj. 16,425.\n", True),   # a row split from its name
    ("Helen Hayes (Lab) 23,946; Ricky Knight (Green) 7,521\n(Reform UK) 2,941. Lab maj. 16,425.\n", False),   # a line that ends on a figure
    ("Alan Brown, Scottish National Party (SNP) ............... 13,936\n"
     "Jordan Cowie, Scottish Conservative and Unionist ......... 3,527\n"
     "Bex Glen, Scottish Green Party ........................... 1,237\n", False),      # a declaration's leader dots
    ("Kerry McCarthy         Labour Party                 20,748    43.1%   ELECTED\n"
     "Ani Stafford-Townsend  Green Party                  14,142    29.4%\n"
     "Dan Conaghan           Conservative and Unionist     6,435    13.4%\n", False),      # an aligned table
    ("Henley and Thame: Freddie Van Mierlo (Lib Dem) GAIN - maj. 6,267.\n"
     "Didcot and Wantage: Olly Glover (LD) 21,793, David Johnston (Con) 15,560. LD gain, maj 6,233.\n", False),   # lines led by their seat
    ("* North Ayrshire and Arran - Irene Campbell (Lab) unseats Patricia Gibson (SNP).\n"
     "  Majority 3,551.\n", True),     # a bullet item continued on an indented line
    ("* Aberdeenshire North and Moray East - Seamus Logan (SNP) defeats Scottish Conservative\n"
     "  leader Douglas Ross (Con). Majority 942.\n", True),
    ("\u2022 Birmingham Hodge Hill and Solihull North \u2014 Lab hold (04:19)\n"
     "  Liam Byrne* (Lab) 10,655; James Giles (Workers) 9,089; Jamie Pullin (Reform) 6,456\n", False),   # a seat's heading over its rows
    ("* Alloa and Grangemouth - Brian Leishman (Lab) unseats John Nicolson (SNP). Majority 6,122.\n"
     "* Central Ayrshire - Alan Gemmell (Lab) beats Annie McIndoe (SNP). Majority 6,869.\n", False),    # two items
    ("JACOB REES-MOGG (Conservative), North East Somerset and Hanham\n"
     "The former business secretary and Brexit champion, an MP since 2010, lost to Labour's Dan Norris, a former MP for the "
     "area. Norris won 20,739 votes to Rees-Mogg's 15,420.\n", False),     # a title over a paragraph longer than any wrap
])
def test_hard_wrapped_paragraphs_are_joined_and_tables_are_not(text, joined):
    from extract.document import unwrap_hard_wraps
    out = unwrap_hard_wraps(text)
    assert len(out) == len(text)
    assert (out.count("\n") == 1) is joined


@pytest.mark.parametrize("text, kept", [
    ("PA0358 2 POL ELECTION Maldon URGENT 05-07-24 03:58\nELECTION Maldon\n"
     "Sir John took 19,374 votes, a majority of 6,906 over Reform UK's Pamela\n"
     "Walford, who won 12,468. Labour's Onike Gollo polled 9,817, Liberal Democrat\n"
     "Simon Burwood 5,882 and Green Isobel Doubleday 2,300.\n", 3),      # slug lines over a wrapped paragraph: its wraps join
    ("ELECTION Edinburgh\nJoanna Cherry loses Edinburgh South West as Labour sweeps capital\n"
     "SNP veteran defeated by Scott Arthur after 9 years at Westminster\nBy Euan MacLeod\n", 4),     # headline, standfirst, byline
    ("Ward Etholiadol / Electoral Ward: Bro Eithin\n"
     "JONES, Elin Wyn - Plaid Cymru - The Party of Wales - 1,204 - ETHOLWYD / ELECTED\n"
     "ROWLANDS, Gethin - Plaid Cymru - The Party of Wales - 1,087 - ETHOLWYD / ELECTED\n"
     "PRITCHARD, Siân - Llafur Cymru / Welsh Labour - 986\n", 4),         # a declaration's rows
], ids=["slug-lines-over-a-wire-paragraph", "headline-standfirst-byline", "declaration-rows"])
def test_a_wrapped_paragraph_under_short_lines_is_joined_alone(text, kept):
    from extract.document import unwrap_hard_wraps
    out = unwrap_hard_wraps(text)
    assert len(out) == len(text) and out.count("\n") == kept


def test_a_county_clerks_printout_with_office_headings_over_figure_only_headers():
    text = ("Lindahl wins DA race\n\nRun Time 12:58 AM    Run Date 11/06/2024                Page 1 of 1\n"
            "Precincts Reported      6 of 6 (100.00%)\n\nDISTRICT ATTORNEY (Vote for 1)\n"
            "                                      TOTAL      VOTE %\n"
            "REP  KAREN LINDAHL                    5,811      55.17%\nDEM  THOMAS BRZEZINSKI                4,702      44.64%\n"
            "     Write-in Totals                     19       0.18%\n\nREGISTER OF DEEDS (Vote for 1)\n"
            "                                      TOTAL      VOTE %\n"
            "REP  DALE HUTCHINS                    5,964      57.38%\nDEM  MARISOL ORTEGA                   4,419      42.51%\n")
    got = {c.constituency: [(x.name, x.votes) for x in c.candidates] for c in extract_results(text).contests}
    assert got == {"District Attorney": [("Karen Lindahl", 5811), ("Thomas Brzezinski", 4702)],
                   "Register of Deeds": [("Dale Hutchins", 5964), ("Marisol Ortega", 4419)]}


def test_a_counts_section_and_a_row_surname_that_is_a_place_name_no_contest():
    text = ("ASSEMBLY ELECTION 2027 / EAST LONDONDERRY\n\nMcLaughlin topped the poll.\n\nTHE COUNTS\n"
            "Count 1: McLaughlin (SF) elected.\n\nFIRST PREFERENCES\n"
            "McLaughlin, Ciara (Sinn Féin) ........ 8,214  ELECTED (1)\nHarlow, Neil (UUP) .................... 3,960\n")
    assert [c.constituency for c in extract_results(text).contests] == ["East Londonderry"]


def test_a_division_named_in_the_story_not_the_town_of_its_count():
    text = ("ELECTION NEWS\n\nOur villages all fall within the Tealby and Wolds Villages Division, which elects one county "
            "councillor.\n\nOur new county councillor is Gary Pocklington of Reform UK. The full result, as declared at the "
            "count in Gainsborough, was:\n\n  Gary POCKLINGTON (Reform UK) ........ 1,588  Elected\n"
            "  Susan THORLEY (Conservative) ........ 1,341\n\nThat is a majority of 247.\n")
    [contest] = extract_results(text).contests
    assert (contest.constituency, contest.majority) == ("Tealby and Wolds Villages", 247)


def test_an_electoral_ward_named_in_a_declaration_is_the_ward():
    text = ("Name of Candidate   Description              Number of Votes\n\nDAVIES Rhian Mair   Plaid Cymru              1,043   Elected\n"
            "EVANS Gareth Wyn    Welsh Labour               987\n\nAnd I do hereby declare that Rhian Mair DAVIES is duly elected as "
            "County Councillor for the Pentrebach Electoral Ward.\n")
    assert [c.constituency for c in extract_results(text).contests] == ["Pentrebach"]


def test_a_council_named_in_welsh_is_no_seat():
    text = ("By-election\n\nPlaid Cymru hold Bro Aberffraw\n\nPlaid Cymru has held the Bro Aberffraw ward on Cyngor Sir Ynys Môn / "
            "Isle of Anglesey County Council, with Siân Elin Parry elected by 174 votes in Thursday's by-election.\n")
    [contest] = extract_results(text).contests
    assert (contest.constituency, contest.majority) == ("Bro Aberffraw", 174)


def test_a_majority_that_is_the_gap_between_the_sentences_two_counts_names_the_winner():
    text = "Results\n5 July 2024\n\nIan Sollom took 19,517 votes (36.9%) to Anthony Browne's 14,896 (28.2%), a majority of 4,621.\n"
    [contest] = extract_results(text).contests
    assert [(x.name, x.elected) for x in contest.candidates] == [("Ian Sollom", True), ("Anthony Browne", None)]


def test_a_person_in_a_dash_aside_owns_none_of_the_sentences_figures():
    text = ("Chester South and Eddisbury\n5 July 2024\n\nAphra Brandreth – daughter of broadcaster and former Chester MP "
            "Gyles Brandreth, who sat from 1992 to 1997 – won with 19,905 votes (37.9%), a majority of 3,057 over Labour's "
            "Angeliki Stogia on 16,848.\n")
    [contest] = extract_results(text).contests
    assert [(x.name, x.votes) for x in contest.candidates] == [("Aphra Brandreth", 19905), ("Angeliki Stogia", 16848)]


def test_a_mailing_address_box_number_is_no_count_and_the_place_taken_is_the_one_won():
    text = ("Subject: Overnight: Lib Dems take Ely by 495, Huntingdon stays blue\n\nHUNTINGDON\n\nThe Conservatives held "
            "Huntingdon. Ben Obese-Jecty polled 18,257 against Labour's Alex Bulat on 16,758 - a majority of 1,499.\n\n"
            "Our mailing address is: The Fenland Dispatch, PO Box 4412, Ely, CB7 9ZZ\n")
    got = {c.constituency: [(x.name, x.party) for x in c.candidates] for c in extract_results(text).contests}
    assert got["Huntingdon"] == [("Ben Obese-Jecty", "Conservative"), ("Alex Bulat", "Labour")]


def test_a_sentence_that_opens_on_a_one_word_seat_and_gives_its_whole_result():
    text = ("Big fights\nNovember 23, 2024\n\nIn Worli, Shiv Sena (UBT) leader Aaditya Thackeray held on against Shiv Sena's "
            "Milind Deora, winning with 63,324 votes to Deora's 54,523, a margin of 8,801.\n\nIn Mumbai, it rained.\n")
    [contest] = extract_results(text).contests
    assert contest.constituency == "Worli"
    assert [(x.name, x.votes, x.elected) for x in contest.candidates] == [("Aaditya Thackeray", 63324, True), ("Milind Deora", 54523, None)]


def test_a_winner_who_defeated_a_rival_named_after_a_role_and_a_comma():
    text = ("Election\n5 July 2024\n\nIn Caerfyrddin, the new seat centred on Carmarthen, Plaid Cymru's Ann Davies defeated the "
            "government chief whip, Simon Hart, who finished third.\n")
    [contest] = extract_results(text).contests
    assert [x.name for x in contest.candidates if x.elected] == ["Ann Davies"]      # (not a loser "defeated")


def test_a_paragraph_that_opens_on_another_seats_result_keeps_its_figures_there():
    text = ("Wales\n5 July 2024\n\nCaerfyrddin result:\nAnn Davies (Plaid Cymru) 15,520 - 34.0%\nMartha O'Neil (Labour) 10,985 - 24.1%\n"
            "Majority: 4,535.\n\nLib Dem comeback in Powys\nThe Liberal Democrats regained a Welsh seat in Brecon, Radnor and Cwm "
            "Tawe, where David Chadwick beat the Conservative Fay Jones by 1,472 votes. Chadwick polled 13,736 (29.5%) to Jones's 12,264.\n")
    got = {c.constituency: [(x.name, x.votes) for x in c.candidates] for c in extract_results(text).contests}
    assert got["Brecon, Radnor and Cwm Tawe"] == [("David Chadwick", 13736), ("Fay Jones", 12264)]
    assert [n for n, _ in got["Caerfyrddin"]] == ["Ann Davies", "Martha O'Neil"]


def test_two_seats_of_one_town_told_apart_by_the_words_that_differ():
    text = ("Wolverhampton\n5 July 2024\n\nIn Wolverhampton North East, Labour's Sureena Brackenridge beat the sitting Conservative "
            "MP, Jane Stevenson, with 14,282 votes to 8,860.\n\nIn Wolverhampton West, Warinder Juss was elected for Labour with "
            "19,331 votes, and a majority of 7,868 over the Tory Mike Newton, who received 11,463.\n\nIn the west, the seat's "
            "predecessor was held by Stuart Anderson. Reform's Don Brookes finished third on 6,078.\n\nFurther down in North East, "
            "the Green Party's Kwaku Tano-Yeboah took 1,424.\n\nThe West contest had eight names on the ballot. Green Andrea "
            "Cantrill polled 2,550; Celia Hibbert, of the Independent Network, 1,395; Lib Dem Phillip Howells 1,376; independent "
            "Zahid Shah 888.\n")
    got = {c.constituency: [(x.name, x.party) for x in c.candidates] for c in extract_results(text).contests}
    assert got["Wolverhampton North East"] == [("Sureena Brackenridge", "Labour"), ("Jane Stevenson", "Conservative"),
                                               ("Kwaku Tano-Yeboah", "Green")]
    assert got["Wolverhampton West"] == [("Warinder Juss", "Labour"), ("Mike Newton", "Conservative"), ("Don Brookes", "Reform UK"),
                                         ("Andrea Cantrill", "Green"), ("Celia Hibbert", "Independent Network"),
                                         ("Phillip Howells", "Liberal Democrat"), ("Zahid Shah", "Independent")]


def test_a_later_party_in_the_same_clause_is_the_candidates():
    text = ("Leicester East\n5 July 2024\n\nShivani Raja won Leicester East with 14,526 votes. Claudia Webbe, who was elected as "
            "a Labour MP in 2019 but later sat as an independent, took 5,532 votes.\n")
    [contest] = extract_results(text).contests
    assert {x.name: x.party for x in contest.candidates}["Claudia Webbe"] == "Independent"


def test_an_apposition_between_subject_and_verb_owns_no_figure_and_a_gap_that_gave_someone_a_margin():
    text = ("Tunbridge Wells\n5 July 2024\n\nMike Martin polled 23,661 votes - 43.6pc - when the result was declared.\n\n"
            "Conservative Neil Mahapatra, the party's choice to replace former cabinet minister Greg Clark, came second on 14,974, "
            "or 27.6pc. That gave Dr Martin a margin of 8,687.\n\nJohn Hurst, for the Greens, amassed 2,344.\n")
    [contest] = extract_results(text).contests
    assert [(x.name, x.party, x.votes, x.elected) for x in contest.candidates] == [
        ("Mike Martin", None, 23661, True), ("Neil Mahapatra", "Conservative", 14974, None), ("John Hurst", "Green", 2344, None)]
    assert contest.majority == 8687


def test_a_news_story_that_recalls_the_last_time_deep_in_its_body_is_no_history_feature():
    text = ("Plaid Cymru win Ynys Môn from Conservatives\n\nBy Gwen Parry\n05 JUL 2024\n\n"
            "Plaid Cymru have won Ynys Môn, taking the island seat from the Conservatives at the general election.\n"
            "Llinos Medi, the leader of Isle of Anglesey County Council, finished 637 votes ahead of Virginia Crosbie, who had won the "
            "seat for the Tories in 2019 with a majority of 1,968. Labour, who held Ynys Môn until 2019, came third. Turnout was 61.4%, "
            "with counting at Llangefni starting shortly after 11pm and the declaration coming at 3.40am.\n"
            "It is the first time Plaid has won the Westminster seat since Ieuan Wyn Jones in 1997 - 27 years ago.\n\n"
            "MEDI, Llinos - Plaid Cymru - 10,590 (ELECTED)\nCROSBIE, Virginia - Welsh Conservatives - 9,953\n")
    [contest] = extract_results(text).contests
    assert (contest.constituency, [x.votes for x in contest.candidates]) == ("Ynys Môn", [10590, 9953])


def test_a_feature_that_looks_back_decades_reports_no_result():
    text = ("The night Britain changed its mind\n\nTwenty-five years ago this weekend, Tony Blair's New Labour swept to power. "
            "Our political editor looks back at the night of 1-2 May 1997.\n\nBy Hugh Cavendish  |  Saturday 30 April 2022\n\n"
            "By breakfast, Labour had won 418 seats, the Conservatives 165 and the Liberal Democrats 46.\n\nIn Tatton, Martin Bell "
            "ousted Neil Hamilton with a majority of 11,077.\n")
    result = extract_results(text)
    assert (result.contests, result.seat_counts) == ([], [])


def test_the_dateline_is_the_bylines_date_not_one_in_the_standfirst():
    from extract.document import _election_year
    assert _election_year("Looks back at the night of 1-2 May 1997.\n\nBy Hugh Cavendish  |  Saturday 30 April 2022\n") == 2022
    assert _election_year("Results\n5 July 2024\n\nIn 2019, on 12 December 2019, ...") == 2024


def test_a_list_of_winners_by_ward_without_figures():
    text = ("Three new faces as STV count settles council\n\nSunday 12 October 2025\n\nWHO HAS BEEN ELECTED\n\n"
            "Takapū Ward (three councillors)\n- Mereana Hohaia (Green Party)\n- Stuart Pickering (Independent)\n\n"
            "Motu Ward (two councillors)\n- Fiona Dalgety (Harbour First)\n\nCitywide voter return was 46.8 per cent.\n\n"
            "- Read our explainer\n")
    got = {c.constituency: [(x.name, x.party, x.elected) for x in c.candidates] for c in extract_results(text).contests}
    assert got == {"Takapū": [("Mereana Hohaia", "Green", True), ("Stuart Pickering", "Independent", True)],
                   "Motu": [("Fiona Dalgety", "Harbour First", True)]}


def test_a_list_of_winners_seat_by_seat_under_a_sentence_that_announces_it():
    text = ("General Election 2024: every winner in Wales\n\nHere is the full list of who won, seat by seat.\n\n"
            "Aberafan Maesteg: Stephen Kinnock (Labour)\nBangor Aberconwy: Claire Hughes (Labour) - gain\n"
            "Ynys Môn: Llinos Medi (Plaid Cymru) - gain\n\nREAD MORE\n")
    got = {c.constituency: [(x.name, x.party, x.elected) for x in c.candidates] for c in extract_results(text).contests}
    assert got == {"Aberafan Maesteg": [("Stephen Kinnock", "Labour", True)], "Bangor Aberconwy": [("Claire Hughes", "Labour", True)],
                   "Ynys Môn": [("Llinos Medi", "Plaid Cymru", True)]}


def test_each_seats_winners_listed_after_elected_beside_seats_with_figures():
    text = ("Who's in: the TDs elected in every constituency\n\nParty key: FF = Fianna Fáil, FG = Fine Gael, SF = Sinn Féin.\n\n"
            "KERRY (5 seats)\nElected: Donal Sheahan (FF), Bríd O'Connor (SF).\nTurnout 64.1%.\n\n"
            "MEATH WEST (3 seats)\nElected: Niall Reilly (FG), Orla Gaffney (SF) and Damien Farrelly (FF).\nNo change.\n")
    got = {c.constituency: [(x.name, x.party, x.elected) for x in c.candidates] for c in extract_results(text).contests}
    assert got == {"Kerry": [("Donal Sheahan", "Fianna Fáil", True), ("Bríd O'Connor", "Sinn Féin", True)],
                   "Meath West": [("Niall Reilly", "Fine Gael", True), ("Orla Gaffney", "Sinn Féin", True), ("Damien Farrelly", "Fianna Fáil", True)]}


def test_under_a_districts_heading_the_seat_a_sentence_describes_is_that_district():
    text = ("Wisconsin's House races\n\n8TH DISTRICT (Green Bay)\nRepublican Kyle Jorgensen held the Fox Valley seat for his party, "
            "taking 229,816 votes.\n\n7TH DISTRICT (northwest)\nCarl Brunner (R) 240,158 (59.8%)\nShauna Rask (D) 152,667 (38.0%)\n")
    got = {c.constituency: [(x.name, x.votes) for x in c.candidates] for c in extract_results(text).contests}
    assert got == {"8th District": [("Kyle Jorgensen", 229816)], "7th District": [("Carl Brunner", 240158), ("Shauna Rask", 152667)]}


def test_a_seats_one_named_person_of_the_party_that_won_it_is_its_winner():
    text = ("Results at a glance\n\nTEESSIDE\nHartlepool - Jonathan Brash (Lab) - Lab GAIN from Con, maj 7,698\n"
            "Darlington - Lola McEvoy (Lab) - Lab GAIN from Con, maj 2,298. Peter Gibson (Con) defeated\n")
    got = {c.constituency: (c.majority, [(x.name, x.party, x.elected) for x in c.candidates]) for c in extract_results(text).contests}
    assert got == {"Hartlepool": (7698, [("Jonathan Brash", "Labour", True)]),
                   "Darlington": (2298, [("Lola McEvoy", "Labour", True), ("Peter Gibson", "Conservative", None)])}


def test_a_seat_and_its_state_over_its_outcome_sentence_heads_its_rows():
    text = ("Seats to watch: how our picks went\n\n1. Bradfield (NSW)\n\nResult: Independent gain from Liberal. Clare Wentworth-Holt "
            "has won despite trailing on primaries.\n\nHamish Trevaskis, Liberal — 42,118 (38.9%)\nClare Wentworth-Holt, Independent — 36,204 (33.4%)\n\n"
            "2. Kooyong (Vic)\n\nResult: Independent retain.\n\nMira Sandhu, Independent — 45,210 (45.1%)\nPeter Lusk, Liberal — 38,990 (38.9%)\n")
    got = {c.constituency: [(x.name, x.votes) for x in c.candidates] for c in extract_results(text).contests}
    assert got == {"Bradfield": [("Hamish Trevaskis", 42118), ("Clare Wentworth-Holt", 36204)],
                   "Kooyong": [("Mira Sandhu", 45210), ("Peter Lusk", 38990)]}


def test_a_name_alone_over_a_paragraph_that_reports_its_win_is_a_seat_the_story_names_again():
    text = ("Liberals take three ridings\n\nThe Conservatives kept Kitchener—Conestoga and picked up Kitchener Centre.\n\n"
            "Kitchener Centre\n\nCandidate | Party | Votes\nMark Zehr | Conservative | 22,340\nAnita Bauman | Liberal | 21,905\n\n"
            "Kitchener—Conestoga\n\nConservative Brent Shantz held the riding, finishing 2,706 votes ahead of Liberal Julie Martin-Cole. "
            "Shantz had 30,112 votes to Martin-Cole's 27,406.\n\nWhat comes next\n\nValidated results are expected later this week.\n")
    got = {c.constituency: [(x.name, x.votes) for x in c.candidates] for c in extract_results(text).contests}
    assert got == {"Kitchener Centre": [("Mark Zehr", 22340), ("Anita Bauman", 21905)],
                   "Kitchener—Conestoga": [("Brent Shantz", 30112), ("Julie Martin-Cole", 27406)]}


def test_the_township_a_mayor_is_mayor_of_and_a_ward_a_sentence_opens_on():
    text = ("Municipal election 2022\n\nLorna McFadden will be sworn in as mayor of the Township of Cedar Haven after ousting "
            "Gord Thibodeau.\n\nMcFadden finished with 3,214 votes to Thibodeau's 2,687.\n\n"
            "In Ward 2, newcomer Tom Vasquez won with 1,102 votes, ahead of Heather Doyle with 964.\n")
    got = {c.constituency: [(x.name, x.votes) for x in c.candidates] for c in extract_results(text).contests}
    assert got == {"Cedar Haven": [("Lorna McFadden", 3214), ("Gord Thibodeau", 2687)],
                   "Ward 2": [("Tom Vasquez", 1102), ("Heather Doyle", 964)]}


def test_the_place_whose_voters_returned_its_winners_is_their_ward():
    text = ("Labour strengthens grip\n\nVoters in St Hilda's returned Carol Ashdown and Imran Baig, both standing for Labour, "
            "to the two seats on offer.\n\nCllr Ashdown topped the poll with 1,644 votes, with Cllr Baig on 1,590.\n\n"
            "Moor End (two seats)\nFrank Hobday (Independent) 1,208\nSusan Mellor (Independent) 1,117\n")
    got = {c.constituency: [(x.name, x.votes, x.elected) for x in c.candidates] for c in extract_results(text).contests}
    assert got["St Hilda's"] == [("Carol Ashdown", 1644, True), ("Imran Baig", 1590, True)]
    assert [x[0] for x in got["Moor End"]] == ["Frank Hobday", "Susan Mellor"]


def test_a_states_senate_district_known_by_its_ordinal_in_prose():
    text = ("Republican wins open seat\n\nCONCORD, N.H. (AP) — Republican Daniel Whitcomb won New Hampshire's 11th state Senate district "
            "on Tuesday, defeating Democrat Paula Hollis. Whitcomb received 14,388 votes to Hollis' 13,493.\n")
    assert [c.constituency for c in extract_results(text).contests] == ["New Hampshire's 11th state Senate district"]


def test_a_riding_named_before_the_day_and_a_party_that_won_it_at_the_last_federal_election():
    text = ("UPDATE 2-Canada's Conservatives snatch Kitchener Centre from Liberals in by-election upset\n\nOTTAWA, Nov 17 (Reuters) - Canada's Conservatives won a special election in the Ontario "
            "riding of Kitchener Centre on Monday, trimming the government's numbers in the House of Commons.\n\nConservative Dana Whitfield "
            "won 14,362 votes, with all polls reporting, Elections Canada data showed. Liberal Arjun Sethi was second with "
            "13,871 votes, a margin of 491 votes.\n\nThe Liberals won it with 45.1% of the vote at the last federal election.\n")
    got = {c.constituency: [(x.name, x.elected) for x in c.candidates] for c in extract_results(text).contests}
    assert list(got) == ["Kitchener Centre"] and ("Arjun Sethi", None) in got["Kitchener Centre"]


def test_a_factbox_of_defeated_names_each_headed_by_person_party_and_seat():
    text = ("Factbox-Big names who lost their seats\n\nLONDON (Reuters) - Here are some of the best-known casualties:\n\n"
            "LIZ TRUSS (Conservative), South West Norfolk\nThe former prime minister lost to Labour's Terry Jermy by 630 votes. "
            "Jermy polled 11,847 to Truss's 11,217.\n\n"
            "JACOB REES-MOGG (Conservative), North East Somerset and Hanham\nThe former business secretary and Brexit champion, an MP since "
            "2010, lost to Labour's Dan Norris, a former MP for the area. Norris won 20,739 votes to Rees-Mogg's 15,420.\n")
    got = {c.constituency: {x.name: (x.party, x.votes) for x in c.candidates} for c in extract_results(text).contests}
    assert got == {"South West Norfolk": {"Terry Jermy": ("Labour", 11847), "Liz Truss": ("Conservative", 11217)},
                   "North East Somerset and Hanham": {"Dan Norris": ("Labour", 20739), "Jacob Rees-Mogg": ("Conservative", 15420)}}


def test_who_won_where_seat_winner_and_party_on_each_line():
    text = ("Council election 2024: who won where\n\nLabour tightened its grip on the council overnight as a third of seats were "
            "contested. Here is the winner in every ward, with the party and whether the seat changed hands.\n\n"
            "Abbeyfields – Jane Porter – Labour (hold)\nBridge End – Marcus Quilley – Labour (gain from Conservative)\n"
            "Grange (two seats) – Tom Ellery and Nadia Farouk – Labour (hold; one seat filled after a resignation)\n\n"
            "The new council: Labour 31, Conservative 10.\n")
    got = {c.constituency: [(x.name, x.party, x.elected) for x in c.candidates] for c in extract_results(text).contests}
    assert got == {"Abbeyfields": [("Jane Porter", "Labour", True)], "Bridge End": [("Marcus Quilley", "Labour", True)],
                   "Grange": [("Tom Ellery", "Labour", True), ("Nadia Farouk", "Labour", True)]}


def test_the_mps_returned_listed_seat_by_seat_with_their_outcome():
    text = ("Full list: Northern Ireland's 18 MPs\n\nAll 18 constituencies have now declared. These are the MPs returned, with the party "
            "each represents.\n\nBelfast East — Gavin Robinson (DUP) – hold\nLagan Valley — Sorcha Eastwood (Alliance) – GAIN from DUP\n")
    got = {c.constituency: [(x.name, x.party, x.elected) for x in c.candidates] for c in extract_results(text).contests}
    assert got == {"Belfast East": [("Gavin Robinson", "Democratic Unionist Party", True)],
                   "Lagan Valley": [("Sorcha Eastwood", "Alliance", True)]}


def test_a_school_board_and_its_write_in_winner():
    text = ("Write-in candidate wins school board seat\n\nKristin Haugland won one of three seats on the Northfield School Board on "
            "Tuesday.\n\nVoters could choose up to three candidates. Unofficial results:\n\n  Amy Tollefsrud ............... 6,902  (elected)\n"
            "  Kristin Haugland (write-in) ... 5,118  (elected)\n  Dale Rysavy .................. 4,977\n")
    got = {c.constituency: [(x.name, x.votes, x.elected) for x in c.candidates] for c in extract_results(text).contests}
    assert got == {"Northfield School Board": [("Amy Tollefsrud", 6902, True), ("Kristin Haugland", 5118, True), ("Dale Rysavy", 4977, None)]}


def test_a_county_a_candidate_won_inside_the_district_is_no_contest():
    text = ("Brekke holds his seat\n\nRepublican U.S. Rep. Karl Brekke defeated Democrat Alicia Vang by 11,433 votes in Wisconsin's "
            "3rd Congressional District. Brekke finished with 160,747 votes to Vang's 149,314.\n\nBut Brekke ran up large leads in Wood "
            "County, and won Grant County's share of the district by nearly 2,800.\n")
    assert [c.constituency for c in extract_results(text).contests] == ["Wisconsin's 3rd Congressional District"]


def test_a_members_district_heading_takes_the_name_the_story_gives_its_seat():
    text = ("Results\nNovember 6, 2024\n\nRep. Dana Ortiz held House District 53 on Tuesday.\n\nState Representative, District 53\n"
            "Dana Ortiz (D) 14,211\nMark Bell (R) 12,040\n")
    assert [c.constituency for c in extract_results(text).contests] == ["House District 53"]


def test_a_runoff_story_leaves_the_first_rounds_table_out():
    text = ("Alvarado wins District 3 runoff\nDec. 15, 2024\n\nRoland Alvarado won the runoff for the Corpus Christi City Council "
            "District 3 seat.\n\nRoland Alvarado – 3,459 votes, 52.61%\nCeleste Whitmore – 3,116 votes, 47.39%\n\nWhitmore finished first "
            "among four candidates on Nov. 5 but fell short of the majority needed to win outright. The November results were:\n"
            "Candidate | Votes | %\nCeleste Whitmore | 4,812 | 38.91\nRoland Alvarado | 3,655 | 29.55\nGabriel Ybarra | 2,417 | 19.54\n")
    got = [(x.name, x.votes) for c in extract_results(text).contests for x in c.candidates]
    assert got == [("Roland Alvarado", 3459), ("Celeste Whitmore", 3116)]


def test_a_live_blogs_entry_titled_by_the_outcome_in_capitals():
    text = ("LIVE: Ashbridge council count\nFriday 8 May 2026\n\n03:05\nREFORM GAIN Stanhope from Labour\n\n"
            "Kevin Aldous (Reform UK) 1,611 – ELECTED\nJoanne Platt (Labour) 1,190\nMajority 421\n\n"
            "02:05\nLIB DEM HOLD Riverside\n\nHelen Stroud, Liberal Democrat, 1,455 (elected); Dean Maddox, Reform UK, 702. Majority: 753.\n")
    got = {c.constituency: [(x.name, x.votes) for x in c.candidates] for c in extract_results(text).contests}
    assert got == {"Stanhope": [("Kevin Aldous", 1611), ("Joanne Platt", 1190)],
                   "Riverside": [("Helen Stroud", 1455), ("Dean Maddox", 702)]}


def test_members_elected_from_a_partys_closed_list():
    text = ("Plaid Cymru take three of six Senedd seats\n8 May 2026\n\nThe six new MSs\n\n"
            "Elected from the Plaid Cymru list: Elin Prys-Jones, Gethin ap Dafydd and Sioned Harries.\n\n"
            "Elected from the Reform UK list: Darren Pugh and Carys Whitlock.\n\nElected from the Welsh Labour list: Rhodri Bevan.\n")
    got = [(x.name, x.party, x.elected) for c in extract_results(text).contests for x in c.candidates]
    assert got == [("Elin Prys-Jones", "Plaid Cymru", True), ("Gethin ap Dafydd", "Plaid Cymru", True), ("Sioned Harries", "Plaid Cymru", True),
                   ("Darren Pugh", "Reform UK", True), ("Carys Whitlock", "Reform UK", True), ("Rhodri Bevan", "Labour", True)]


def test_a_paragraph_opening_on_the_seat_of_x_and_a_prime_minister_returned():
    text = ("Albanese secures second term\nSunday 4 May 2025\n\nAnthony Albanese has been returned as prime minister with an expanded "
            "majority.\n\nIn the most dramatic result of the night, Opposition Leader Peter Dutton lost his Brisbane seat of Dickson, which he "
            "had held since 2001. Labor's Ali France won the seat at her third attempt.\n")
    got = {c.constituency: [(x.name, x.party, x.elected) for x in c.candidates] for c in extract_results(text).contests}
    assert got == {"Dickson": [("Ali France", "Labor", True)]}


def test_a_name_met_in_a_seat_total_sentence_is_known_later_and_a_possessive_count_needs_vote_talk():
    text = ("Modi wins Varanasi\nJune 4, 2024\n\nThe BJP won 240 seats, leaving Prime Minister Narendra Modi dependent on allies.\n\n"
            "In Varanasi, Modi, the BJP candidate, defeated Ajay Rai by 1,52,513 votes. Modi polled 6,12,970 votes to Rai's 4,60,457.\n\n"
            "Keir Starmer can command the Commons. Tony Blair's 179 was built on hope; Keir Starmer's 174 is built on fatigue.\n")
    result = extract_results(text)
    got = {x.name: x.votes for c in result.contests for x in c.candidates}
    assert got.get("Narendra Modi") == 612970 and "Keir Starmer" not in got and "Tony Blair" not in got


def test_the_rest_of_the_field_by_share_under_a_line_that_announces_it():
    text = (HEAD + "Debbie Abrahams took 14,091 votes, 35.2 per cent of the total.\n\nThe remaining candidates finished as follows:\n"
            "- Sam Al-Hamdani (Liberal Democrat) 8.5 per cent\n- Fesl Reza Khan (Green) 3.7 per cent\n\nTurnout was 54.5 per cent.\n")
    got = {x.name: (x.party, x.share) for c in extract_results(text).contests for x in c.candidates}
    assert got["Sam Al-Hamdani"] == ("Liberal Democrat", 8.5) and got["Fesl Reza Khan"] == ("Green", 3.7)


def test_a_tv_stations_results_list_of_offices_with_incumbent_marks():
    text = ("2024 Election Results\n\nKEY: D = Democrat R = Republican NP = Nonpartisan (i) = Incumbent\n\n"
            "State Representative, Legislative District 21 Seat A\n\nPrecincts: 100% reporting\n"
            "✔ Brent Colley R (i) 18,944 63.9%\nMara Jensen | D | 10,702 | 36.1%\nDistrict Judge, Fourth Judicial District\n\n"
            "Precincts: 98% reporting\n✔ Alan Okamura NP 41,230 52.7%\nJill Rasmussen | NP | 37,009 | 47.3%\n")
    got = {c.constituency: [(x.name, x.party, x.votes, x.elected) for x in c.candidates] for c in extract_results(text).contests}
    assert got == {"Legislative District 21 Seat A": [("Brent Colley", "Republican", 18944, True), ("Mara Jensen", "Democratic", 10702, None)],
                   "District Judge, Fourth Judicial District": [("Alan Okamura", None, 41230, True), ("Jill Rasmussen", None, 37009, None)]}


def test_a_pair_of_counts_with_their_shares_after_a_win_over_a_rival_in_a_district_known_by_its_ordinal():
    text = ("Results\nNovember 5, 2024\n\nIn the race for the 91st District seat in the Kentucky House, Republican Rep. Kyle "
            "Mattingly won a fourth term, defeating independent Shawn Dotson, a Morehead teacher, 11,305 votes (63.7%) to 6,443 (36.3%).\n")
    [contest] = extract_results(text).contests
    assert contest.constituency == "91st District"
    assert [(x.name, x.votes, x.share, x.elected) for x in contest.candidates] == [
        ("Kyle Mattingly", 11305, 63.7, True), ("Shawn Dotson", 6443, 36.3, None)]


def test_a_riding_polls_shares_are_no_result():
    text = ("Quebec election preview\n12 September 2026\n\nThe firm also surveyed 400 voters in Rivière-du-Nord-Laurentides. Among "
            "decided voters, PQ candidate Geneviève Lacasse had 38 per cent and Liberal Marc-André Tessier 29 per cent. Conservative "
            "candidate Éric Vachon had 11 per cent.\n")
    assert extract_results(text).contests == []


def test_a_bylines_writer_is_no_antecedent_and_seats_in_doubt_are_no_candidate():
    text = ("Labor on 85 seats with 13 still in doubt\n\nTom Ferrante, Chief political correspondent\nUpdated Tuesday 6 May 2025\n"
            "The Albanese government has won at least 85 seats in the new House of Representatives.\n\n"
            "Seats won, as of 6pm Tuesday\n\nLabor | 85\nGreens | 1\nIn doubt | 13\n")
    assert extract_results(text).contests == []


def test_a_paragraph_that_opens_on_an_election_years_before_the_article_is_that_elections():
    text = ("Council leader's claims about the Hollinsmoor result don't add up\n\nPublished 9 October 2025\n\n"
            "We checked the official declaration from the May 2023 election, published by the council's returning officer. "
            "The Liberal Democrat candidate Joanne Pryce received 1,104 votes and the Conservative Alan Morley received 885.\n")
    assert extract_results(text).contests == []


def test_bullets_led_by_an_office_in_capitals():
    text = ("Highlights\nNovember 7, 2024\n\n* STATE HOUSE DISTRICT 33: Jordan Ellis flipped the seat, winning 12,044 votes (51.8%) "
            "to 11,187 (48.2%) for Republican Rick Sandoval, a margin of 857 votes.\n\n* COUNTY TREASURER: Treasurer Denise Holloway "
            "was re-elected to a second term, beating Republican Curt Fenner by 6,118 votes.\n")
    got = {c.constituency: (c.majority, [x.name for x in c.candidates]) for c in extract_results(text).contests}
    assert got == {"State House District 33": (857, ["Jordan Ellis", "Rick Sandoval"]),
                   "County Treasurer": (6118, ["Denise Holloway", "Curt Fenner"])}


def test_the_next_mayor_of_a_town_and_the_town_read_as_no_person():
    text = ("Kowalchuk unseats Maitland to become Harrow Mills' next mayor\n\nPublished Oct 24, 2022\n\nDianne Kowalchuk will be "
            "the next mayor of Harrow Mills after defeating one-term incumbent Greg Maitland by 1,304 votes.\n")
    [contest] = extract_results(text).contests
    assert (contest.constituency, contest.majority) == ("Harrow Mills", 1304)
    assert [x.name for x in contest.candidates if x.elected] == ["Dianne Kowalchuk"]


@pytest.mark.parametrize("line, elected", [
    ("Count 6: Brosnan (FG) eliminated; Greaney and O'Dwyer elected", {"Pat Greaney", "Mary O'Dwyer"}),     # a pair elected together
    ("Green transfers split between Labour and the SNP, and that was enough to elect Ms Galbraith.", {"Kirsty Galbraith"}),
])
def test_winners_of_a_multi_seat_count_told_in_its_stages(line, elected):
    text = ("Count\n5 May 2024\n\nLabour's Kirsty Galbraith had 1,240. Pat Greaney (FF) had 2,884 and Mary O'Dwyer (FF) 2,410. "
            "Tom Brosnan (FG) 1,766.\n\n" + line + "\n")
    assert {x.name for c in extract_results(text).contests for x in c.candidates if x.elected} == elected


def test_voters_returned_a_board_member():
    text = ("Results\nNov. 7, 2024\n\nVoters in the Riverbend district returned board President Angela Whitcomb, according to updated "
            "results.\n\nAngela Whitcomb (Inc.) — 12,884 — 22.4%\nGregory Paine (Inc.) — 9,876 — 17.2%\n")
    assert {x.name: x.elected for c in extract_results(text).contests for x in c.candidates} == {"Angela Whitcomb": True, "Gregory Paine": None}


def test_a_list_of_seats_that_changed_hands_with_the_beaten_named_and_majorities_on_wrapped_lines():
    text = ("The seats that changed hands\n\nLABOUR GAINS FROM THE SNP\n"
            "* Midlothian - Kirsty McNeill (Labour Co-op) defeats Owen Thompson (SNP). Majority 8,167.\n"
            "* North Ayrshire and Arran - Irene Campbell (Lab) unseats Patricia Gibson (SNP).\n  Majority 3,551.\n"
            "* Central Ayrshire - Alan Gemmell (Lab) beats Annie McIndoe (SNP). Majority 6,869.\n")
    got = {c.constituency: (c.majority, [(x.name, x.party, x.elected) for x in c.candidates]) for c in extract_results(text).contests}
    assert got == {
        "Midlothian": (8167, [("Kirsty McNeill", "Labour", True), ("Owen Thompson", "Scottish National Party", None)]),
        "North Ayrshire and Arran": (3551, [("Irene Campbell", "Labour", True), ("Patricia Gibson", "Scottish National Party", None)]),
        "Central Ayrshire": (6869, [("Alan Gemmell", "Labour", True), ("Annie McIndoe", "Scottish National Party", None)]),
    }


def test_a_wrapped_wire_block_keeps_names_broken_across_lines_and_a_party_code_before_a_full_stop():
    text = ("ELECTION Results Bristol\nBy PA Election Unit\n\n" + WRAPPED + "\n"
            "FILTON AND BRADLEY STOKE: Lab gain from C. Claire Hazelgrove (Lab) 22,905; Jack Lopresti (C) 12,905.\n")
    got = {c.constituency: [x.name for x in c.candidates] for c in extract_results(text).contests}
    assert "Claire Dunnage" in got["Bristol East"]
    assert got["Filton and Bradley Stoke"] == ["Claire Hazelgrove", "Jack Lopresti"]


def test_an_area_descriptor_is_no_seat_name():
    text = ("Election night live\nApril 29, 2025\n\nConservative Leader Pierre Poilievre has lost Carleton, the Ottawa-area seat he "
            "had held for two decades, to Liberal Bruce Fanjoy. Fanjoy had 50,334 votes to Poilievre's 46,020.\n")
    assert "Ottawa-area" not in [c.constituency for c in extract_results(text).contests]


def test_an_election_commissions_status_cards_give_the_winner_and_margin():
    text = ("Election Commission of India\nAssembly Constituency 10 - Dumka (Jharkhand)\n23/11/2024\n\nBIRSA TUDU\nwon\n96314 ( + 15011)\n"
            "Jharkhand Mukti Morcha\n\nRAJKUMAR MARANDI\nlost\n81303 ( -15011)\nBharatiya Janata Party\n")
    [contest] = extract_results(text).contests
    assert contest.majority == 15011
    elected = {x.name: x.elected for x in contest.candidates}
    assert elected["Birsa Tudu"] is True and not elected.get("Rajkumar Marandi")


def test_a_page_key_of_party_codes_after_a_sentence_and_a_win_with_a_past_concession():
    text = ("By-election wrap\n14 November 2024\n\nThree by-elections were held on Wednesday. Party codes: DA Democratic Alliance, "
            "PA Patriotic Alliance.\n\n1. CITY OF CAPE TOWN WARD 64 (Table View / Parklands)\nThe DA retained the ward with 61% of "
            "the vote, though that is well down on the 78% it took in 2021.\n   DA - Marleen van der Merwe - 2,441 (61.0%)\n"
            "   PA - Desmond Jacobs - 892 (22.3%)\n")
    [contest] = extract_results(text).contests
    assert [(x.name, x.party, x.votes, x.elected) for x in contest.candidates] == [
        ("Marleen van der Merwe", "Democratic Alliance", 2441, True), ("Desmond Jacobs", "Patriotic Alliance", 892, None)]


def test_a_one_word_seat_opening_a_sentence_when_a_capitals_section_names_it():
    text = ("Canterbury results\nNovember 3, 2023\n\nIn Selwyn, National's Ben Harcourt was returned with a majority of more than "
            "18,700.\n\nSELWYN - Nat hold\nBen Harcourt (Nat) 27,614\nAnika Shaw (Lab) 8,902\n")
    [contest] = extract_results(text).contests
    assert (contest.constituency, contest.majority, contest.majority_qualifier) == ("Selwyn", 18700, "more than")


@pytest.mark.parametrize("clause, past", [
    ("The Liberals won it with 45.1% of the vote at the last federal election", True),
    ("Labour held it at the last general election", True),
    ("Labour won it on Thursday", False),
    ("The AAP had won 92 of 117 seats in the 2022 Assembly election", True),
    ("He was re-elected four times", True), ("after first taking the seat from Labour's Chris Leslie", True),
    ("Before the election, Democrats held 56 seats", True), ("Republicans went into the election holding 220 seats", True),
])
def test_a_clause_about_the_last_election_of_any_level_is_past(clause, past):
    from extract.clauses import is_past
    assert is_past(clause, 2025) is past


def test_a_newest_first_live_blog_names_the_winner_in_full_only_below_the_final_count():
    text = ("Live updates: Omaha mayor election results 2025\n\n11:52 p.m.\n\nAll precincts in: Ewing wins by 8,826 votes\n\n"
            "With every precinct reporting, Ewing finished with 60,214 votes (54.0%) to Stothert's 51,388 (46.0%).\n\n9:58 p.m.\n\n"
            "The Associated Press has declared John Ewing Jr., a Democrat, the winner over Republican Mayor Jean Stothert.\n\n"
            "9:30 p.m.\n\nWith 211 of 286 precincts reporting, Ewing has 49,870 votes (53.1%) to Stothert's 44,105 (46.9%).\n")
    contest = _contest(extract_results(text))
    got = {c.name: (c.votes, c.elected) for c in contest.candidates}
    assert got == {"John Ewing Jr": (60214, True), "Jean Stothert": (51388, None)} and contest.majority == 8826


def test_a_mayoral_elections_table_is_the_mayors_race():
    text = ("Friday 27 September 2024\n\nMayoral election - first preference votes\nCandidate - Party - Votes - %\n"
            "WADDELL Warren - Liberal - 38,914 - 44.05\nLAM Sophie - Labor - 19,702 - 22.30\n\n"
            "Ward B - first preference votes (3 vacancies; quota 6,135)\nGREENWOOD Verity (Liberal) 9,842 (40.11%) - ELECTED\n"
            "ADAIR Fiona (Labor) 5,517 (22.48%) - ELECTED\n")
    got = {c.constituency: [x.name for x in c.candidates] for c in extract_results(text).contests}
    assert got == {"Mayor": ["Warren Waddell", "Sophie Lam"], "Ward B": ["Verity Greenwood", "Fiona Adair"]}


def test_a_divisions_name_over_its_count_facts_then_a_table_one_cell_per_line():
    cells = "\n".join(["Candidate", "Description", "Votes", "Result", "ATKINSON, Karen", "Reform UK", "1,402", "Elected",
                       "FENWICK, John", "The Conservative Party Candidate", "141", "Not elected"])
    text = ("Friday 2 May 2025\n\nBrandon\nNumber of councillors to be elected: 1\nElectorate: 8,114\nBallot papers issued: 2,444\n"
            "Turnout: 30.12%\nBallot papers rejected: 11\n\n" + cells + "\n")
    (contest,) = extract_results(text).contests
    assert (contest.constituency, contest.turnout) == ("Brandon", 30.12)
    assert [(c.name, c.votes) for c in contest.candidates] == [("Karen Atkinson", 1402), ("John Fenwick", 141)]


def test_a_results_page_one_cell_per_line_whose_losers_outcome_cells_are_blank_lines():
    rows = ["Andrea Horwath", "63,424", "49.34%", "Elected", "Keanin Loomis", "56,781", "44.17%", "", "Hugh Tansley", "5,012",
            "3.90%", "", "Jason Hebert", "2,207", "1.72%", ""]
    text = ("Horwath narrowly elected mayor\nOct. 24, 2022\n\nAndrea Horwath, who stepped down as Ontario NDP leader in June, will "
            "be the city's next mayor.\n\nWARD 1 COUNCILLOR\nPolls reporting: 100%\nCandidate\nVotes\n%\nStatus\n" + "\n".join(rows) + "\n")
    (contest,) = extract_results(text).contests
    assert contest.constituency == "Ward 1"
    assert [(c.name, c.party, c.votes) for c in contest.candidates] == [
        ("Andrea Horwath", None, 63424), ("Keanin Loomis", None, 56781), ("Hugh Tansley", None, 5012), ("Jason Hebert", None, 2207)]
    # (a party leader's post she has left is no party in this race)


def test_a_canvass_of_party_sections_gives_each_partys_race_for_an_office_a_contest():
    text = ("OFFICIAL ABSTRACT OF VOTES\nPRIMARY ELECTION - MAY 21, 2024\n\nNotice is hereby given, pursuant to Idaho Code 34-1205, that "
            "the board canvassed the returns.\n\nREPUBLICAN PARTY\n\nSTATE SENATOR, LEGISLATIVE DISTRICT 1 (Bonner County portion)\n"
            "*Harlan J. Dekker ........... 7,433\n Susan Whitmore-Pratt ........ 6,502\n\nSHERIFF\n*Rick Halvorsen ............. 8,715\n"
            " James Tomlinson ............ 5,604\n\nDEMOCRATIC PARTY\n\nSHERIFF\n*Marta Oyler ................ 1,102\n\nNONPARTISAN\n\n"
            "DISTRICT JUDGE, FIRST JUDICIAL DISTRICT\n*Carolyn D. Mikesell ... 9,214\n Paul R. Eckhart ............ 7,108\n")
    got = {c.constituency: [(x.name, x.party, x.votes) for x in c.candidates] for c in extract_results(text).contests}
    assert got == {
        "State Senator, Legislative District 1 Republican primary": [("Harlan J. Dekker", "Republican", 7433),
                                                                     ("Susan Whitmore-Pratt", "Republican", 6502)],
        "Sheriff Republican primary": [("Rick Halvorsen", "Republican", 8715), ("James Tomlinson", "Republican", 5604)],
        "Sheriff Democratic primary": [("Marta Oyler", "Democratic", 1102)],
        "District Judge, First Judicial District": [("Carolyn D. Mikesell", None, 9214), ("Paul R. Eckhart", None, 7108)]}


def test_offices_titled_with_their_partys_name_under_party_sections_and_a_levy_is_no_one():
    box = ("Vote for not more than 1 · Precincts reporting 78 of 78\n\nCandidate | Party | Votes | Percent\n{rows}Total Votes | – | {total} |\n"
           "Undervotes | – | 1,883 |\nOvervotes | – | 3 |\n\n")
    text = ("March 19, 2024 Primary Election - Unofficial Results\n\nRepublican Party\n\nSheriff – Republican\n\n"
            + box.format(rows="Dale R. Hutchins | REP | 9,114 | 48.16%\nRichard Amsel | REP | 7,602 | 40.17%\n", total="16,716")
            + "Democratic Party\n\nSheriff – Democratic\n\n"
            + box.format(rows="Tanya M. Reeves | DEM | 6,488 | 55.89%\nLuis Ocampo | DEM | 5,120 | 44.11%\n", total="11,608")
            + "Issues\n\nIssue 4 – Senior Services Levy (Renewal)\n\nChoice | – | Votes | Percent\nFOR THE TAX LEVY | – | 18,406 | 55.10%\n"
            "AGAINST THE TAX LEVY | – | 14,997 | 44.90%\n")
    got = {c.constituency: [x.name for x in c.candidates] for c in extract_results(text).contests}
    assert got == {"Sheriff Republican primary": ["Dale R. Hutchins", "Richard Amsel"],
                   "Sheriff Democratic primary": ["Tanya M. Reeves", "Luis Ocampo"]}


def test_a_newest_first_blog_of_mayoralties_each_told_its_own_way():
    text = ("Local elections 2025 live: Reform wins first mayoralties\nFollow the latest, plus the Runcorn and Helsby by-election\n"
            "2 May 2025\n\n16:20\n\nLabour's Godwin edges West of England\n\nLabour have held on to the West of England mayoralty, "
            "though only just. Helen Godwin has been elected with 51,197 votes (25.1%), ahead of Reform UK's Arron Banks on 45,252 (22.2%).\n\n"
            "14:52\n\nCampbell elected Hull and East Yorkshire mayor\n\nIt's official: Luke Campbell is the first Mayor of Hull and "
            "East Yorkshire.\n\nThe full result:\n\nLuke Campbell Reform UK 69,420 37.5% ELECTED Mike Ross Liberal Democrat 44,115 23.8% "
            "Kerry Harrison Green 11,602 6.3% Majority: 25,305 Turnout: 28.5%\n\n11:30\n\nRos Jones holds Doncaster\n\n"
            "Labour's Ros Jones has been re-elected Mayor of Doncaster, but her majority over Reform UK's Alexander Jones was only 698.\n")
    got = {c.constituency: (c.majority, c.turnout, [(x.name, x.votes) for x in c.candidates]) for c in extract_results(text).contests}
    assert got == {
        "West of England": (None, None, [("Helen Godwin", 51197), ("Arron Banks", 45252)]),
        "Hull and East Yorkshire": (25305, 28.5, [("Luke Campbell", 69420), ("Mike Ross", 44115), ("Kerry Harrison", 11602)]),
        "Doncaster": (698, None, [("Ros Jones", None), ("Alexander Jones", None)])}


def test_a_county_courts_numbered_seat_and_a_school_place_told_in_a_sentence():
    text = ("Hendricks holds seat for GOP\nNov. 6, 2024\n\nRepublican Clay Hendricks kept the Hays County Commissioners Court's "
            "Precinct 4 seat in GOP hands Tuesday, edging Democrat Monica Ibarra-Lowe. Hendricks received 38,214 votes (51.6%) to Ibarra-Lowe's 35,906 (48.4%).\n\n"
            "In Place 1, Veronica Salas defeated Derek Pfluger, 14,806 votes (53.3%) to 12,993 (46.7%).\n")
    got = {c.constituency: [x.name for x in c.candidates] for c in extract_results(text).contests}
    assert got == {"Hays County Commissioners Court Precinct 4": ["Clay Hendricks", "Monica Ibarra-Lowe"],
                   "Place 1": ["Veronica Salas", "Derek Pfluger"]}


@pytest.mark.parametrize("sentence, seat", [
    ("Dr Minnis held on in Killarney. He polled 2,631 votes, or 52.7 per cent, to 1,947 for the PLP's Jamal Moss.", "Killarney"),
    ("Hubert Minnis holds on in Moruga/Tableland with 2,631 votes to 1,947 for the PLP's Jamal Moss.", "Moruga/Tableland"),
])
def test_a_seat_held_on_in(sentence, seat):
    text = "Results night\nSeptember 17, 2021\n\nThe count went on into the night.\n\n" + sentence + "\n"
    assert [c.constituency for c in extract_results(text).contests] == [seat]


def test_a_round_ups_seat_named_in_passing_keeps_the_next_paragraphs_figures_about_its_people():
    text = ("Labour wins half of Senedd seats\n8 May 2021\n\nThe most striking result came in Rhondda, where former Plaid Cymru "
            "leader Leanne Wood lost the seat to Labour's Buffy Williams.\n\nMs Williams, a community campaigner, took 15,939 votes to "
            "Ms Wood's 10,455, a majority of 5,484. Turnout was 46.3%.\n\nIn the Vale of Clwyd, vacated by Labour's Ann Jones, Gareth "
            "Davies took the seat for the Tories with 13,366 votes. Labour's Jason McLellan polled 11,986, a majority of 1,380.\n\n"
            "In Brecon and Radnorshire, where Kirsty Williams stood down, James Evans gained the seat for the Conservatives. He won "
            "12,181 votes to the Lib Dem candidate William Powell's 8,831, a majority of 3,350.\n\nElsewhere, Jenny Rathbone held "
            "Cardiff Central for Labour.\n\nLabour's share of the constituency vote rose to 39.9%. The Conservatives took 26.1%.\n")
    got = {c.constituency: (c.majority, c.turnout, [x.name for x in c.candidates]) for c in extract_results(text).contests}
    assert got["Rhondda"] == (5484, 46.3, ["Buffy Williams", "Leanne Wood"])
    assert got["Vale of Clwyd"] == (1380, None, ["Gareth Davies", "Jason McLellan"])
    assert got["Brecon and Radnorshire"] == (3350, None, ["James Evans", "William Powell"])


def test_a_live_blogs_court_branch_and_school_board_district_each_a_contest():
    text = ("Wisconsin spring election 2025 live updates\nUpdated 11:22 p.m. CT April 1, 2025\n\n11:22 p.m.\nSandoval wins open seat\n"
            "Milwaukee County Circuit Court Branch 12 has a new judge-elect. With all wards counted, Miguel Sandoval had 71,420 votes "
            "(52.4%) to 64,987 (47.6%) for Kathleen Dorsey-Pratt.\n\n11:05 p.m.\nTolliver ousts MPS board incumbent\nAll wards are in "
            "for Milwaukee Public Schools board District 4, and challenger Keisha Tolliver has won. Tolliver had 9,884 votes, or 52.9%, "
            "to incumbent Aaron Lindqvist's 8,817, or 47.1%.\n")
    got = {c.constituency: [x.name for x in c.candidates] for c in extract_results(text).contests}
    assert got["Milwaukee Public Schools board District 4"] == ["Keisha Tolliver", "Aaron Lindqvist"]
    assert "Kathleen Dorsey-Pratt" in got["Milwaukee County Circuit Court Branch 12"]
    assert not any("Court" in name for names in got.values() for name in names)


def test_a_bulletins_numbered_entries_name_the_ward_its_council_and_its_vacancies():
    text = ("THE BY-ELECTION BULLETIN\nFriday 23 January 2026\n\n1. SHILDON AND DENE VALLEY (Durham) - double vacancy\nReform UK GAIN x2 from Labour\n\n"
            "Gary Holmes (Reform UK) 1,402 - elected\nLisa Carr (Reform UK) 1,355 - elected\nBrian Stephens (Labour) 893\n\n"
            "2. INVERNESS CENTRAL (Highland) - STV, one vacancy\nSNP HOLD\n\nFirst preferences:\nIsla MacRae (SNP) 1,014 (32.8%)\n"
            "Peter Gunn (Scottish Labour) 702 (22.7%)\n")
    got = {c.constituency: [x.name for x in c.candidates] for c in extract_results(text).contests}
    assert got == {"Shildon and Dene Valley": ["Gary Holmes", "Lisa Carr", "Brian Stephens"], "Inverness Central": ["Isla MacRae", "Peter Gunn"]}


@pytest.mark.parametrize("title, seat", [
    ("Ohio Supreme Court, Justice (Donnelly seat)", "Ohio Supreme Court, Justice (Donnelly seat)"),
    ("8th District Court of Appeals (Cuyahoga County)", "8th District Court of Appeals"),     # (where the court sits is no part of its name)
    ("Cuyahoga County Court of Common Pleas, General Division (nonpartisan)", "Cuyahoga County Court of Common Pleas, General Division"),
])
def test_a_courts_seat_heads_its_rows(title, seat):
    text = (f"Results at a glance\nNov. 6, 2024\n\n{title}\nMegan Shanahan (R)\t3,096,512\t55.5%\tWINNER\n"
            "Michael P. Donnelly (D)\t2,484,907\t44.5%\n")
    assert [c.constituency for c in extract_results(text).contests] == [seat]


def test_a_round_ups_ward_in_capitals_over_its_council_and_cause_then_dotted_rows():
    text = ("COUNCIL BY-ELECTIONS: Thursday 14 November 2024\n\nCAMBORNE TRELOWARREN\nCornwall Council\n"
            "Cause: resignation of Conservative councillor\n\nDaniel TREGEAR (Reform UK) ..................... 512   34.1%   ELECTED\n"
            "Jo PASCOE (Liberal Democrats) .................. 433   28.8%\n\nMajority ........................................ 79\n")
    (contest,) = extract_results(text).contests
    assert (contest.constituency, contest.majority) == ("Camborne Trelowarren", 79)
    assert [(c.name, c.votes) for c in contest.candidates] == [("Daniel Tregear", 512), ("Jo Pascoe", 433)]


def test_a_mayor_of_a_states_city_names_no_seat():
    text = ("Ewing ousts Stothert\nMay 14, 2025\n\nDemocrat John Ewing Jr. defeated three-term Mayor Jean Stothert on Tuesday, becoming the "
            "first Black mayor of Nebraska's largest city. He received 57,806 votes to Stothert's 50,912, a margin of 6,894.\n")
    assert [c.constituency for c in extract_results(text).contests] == [None]


def test_a_recount_storys_seat_keeps_its_later_paragraphs_beside_other_seats_told_after():
    text = ("Four votes: Recount confirms Borrelli win\nMay 16, 2025\n\nA judicial recount has confirmed Conservative MP-elect Kathy Borrelli as "
            "the winner in Windsor-Tecumseh-Lakeshore, ahead of Liberal MP Irek Kusmierczyk.\n\nFollowing the recount, Borrelli finished "
            "with 30,934 votes to Kusmierczyk's 30,930.\n\nNDP candidate Gary Tupper finished third with 4,617 votes. Turnout in the riding "
            "was 69.8 per cent.\n\nIn Terrebonne, Liberal Tatiana Auguste won by a single vote over the Bloc's Nathalie Sinclair-Desgagné.\n")
    got = {c.constituency: (c.turnout, [(x.name, x.votes) for x in c.candidates]) for c in extract_results(text).contests}
    assert got["Windsor-Tecumseh-Lakeshore"] == (69.8, [("Kathy Borrelli", 30934), ("Irek Kusmierczyk", 30930), ("Gary Tupper", 4617)])


def test_a_by_election_in_a_state_is_named_for_its_seat():
    text = ("Barisan Nasional retains Ayer Kuning with bigger majority\nApr 26, 2025\n\nBarisan Nasional candidate Mohamad Yusri Bakir won the "
            "Ayer Kuning state by-election in Perak on Saturday. He polled 11,065 votes to 6,059 for Abd Muhaimin Malek.\n")
    assert [c.constituency for c in extract_results(text).contests] == ["Ayer Kuning"]


def test_a_columns_wards_headed_by_municipality_number_and_name_then_outcome():
    text = ("Wednesday's municipal by-elections\n19 March 2025\n\neThekwini, Ward 62 (Inanda) — MK gain from ANC\n\nMK's Sibusiso Mthembu "
            "won with 3,104 votes (46.4%), ahead of the ANC's Thandeka Zulu on 2,157 (32.3%).\n\nCity of Tshwane, Ward 69 (Moreleta Park) — "
            "DA hold\n\nThe DA's Riana Pretorius-Venter took 2,418 votes (72.6%) to 611 (18.3%) for Johan du Plessis.\n")
    got = {c.constituency: [x.name for x in c.candidates] for c in extract_results(text).contests}
    assert got == {"eThekwini, Ward 62 (Inanda)": ["Sibusiso Mthembu", "Thandeka Zulu"],
                   "City of Tshwane, Ward 69 (Moreleta Park)": ["Riana Pretorius-Venter", "Johan du Plessis"]}


def test_a_riding_card_titled_with_its_declared_badge():
    text = ("Carleton byelection\nJune 24, 2025\n\nCarleton — Declared\n\nPolls reported: 266 of 266\n\nCandidate | Party | Votes | %\n"
            "Bruce Fanjoy ✔ | LIB | 43,846 | 50.2\nPierre Poilievre | CPC | 39,411 | 45.1\n")
    assert [c.constituency for c in extract_results(text).contests] == ["Carleton"]


def test_a_round_ups_party_shares_and_nations_turnout_told_after_its_seats_are_no_seats():
    text = ("Conservatives gain two Senedd seats\n8 May 2021\n\nIn the Vale of Clwyd, Gareth Davies took the seat for the Tories with "
            "13,366 votes. Labour's Jason McLellan polled 11,986, a majority of 1,380.\n\nIn Brecon and Radnorshire, James Evans gained "
            "the seat for the Conservatives. He won 12,181 votes to the Lib Dem candidate William Powell's 8,831, a majority of 3,350.\n\n"
            "Elsewhere, Jenny Rathbone held Cardiff Central for Labour.\n\nThe Conservatives took 26.1% and Plaid Cymru 20.3%.\n\n"
            "Turnout across Wales was 46.6%, up from 45.3% five years ago.\n")
    got = {c.constituency: (c.turnout, [(x.name, x.share) for x in c.candidates]) for c in extract_results(text).contests}
    assert got["Vale of Clwyd"] == (None, [("Gareth Davies", None), ("Jason McLellan", None)])
    assert got["Brecon and Radnorshire"][0] is None


@pytest.mark.parametrize("sentence, turnout", [
    ("Turnout across Northern Ireland as a whole is running at 56.5%.", None),
    ("Turnout throughout Ontario was 45.4 per cent.", None),
    ("Turnout in Scotland was 59.2 per cent.", None),
    ("Turnout in Nunavut was 38.2 per cent.", 38.2),       # (a territory of one seat may be the seat)
    ("Turnout in the riding was 38.2 per cent.", 38.2),
])
def test_a_turnout_across_a_nation_or_province_is_not_the_seats(sentence, turnout):
    text = ("Idlout re-elected in Nunavut\nApril 29, 2025\n\nNDP MP Lori Idlout won with 3,911 votes to 3,287 for Liberal Kilikvak "
            f"Kabloona. {sentence}\n")
    (contest,) = extract_results(text).contests
    assert contest.turnout == turnout


@pytest.mark.parametrize("title, body", [
    ("Liberals take back Toronto—St. Paul's", "The Liberal fortress is back in Liberal hands. Leslie Church won"),
    ("Liberal fortress falls back into line", "Leslie Church won Toronto—St. Paul's with"),
])
def test_a_seat_named_for_a_saint_keeps_its_abbreviation_and_possessive(title, body):
    text = f"{title}\nApril 29, 2025\n\n{body} 36,418 votes to Don Stewart's 21,905.\n"
    assert [c.constituency for c in extract_results(text).contests] == ["Toronto—St. Paul's"]


@pytest.mark.parametrize("sentence, seat", [
    ("Scottish Labour has won the Hamilton, Larkhall and Stonehouse Holyrood by-election.", "Hamilton, Larkhall and Stonehouse"),
    ("UPND candidate Andrew Tayengwa has won the Kabwata Parliamentary seat.", "Kabwata"),
])
def test_a_chambers_name_before_seat_or_by_election_is_no_part_of_the_seats(sentence, seat):
    text = f"By-election result\nJune 6, 2025\n\n{sentence} Andrew Tayengwa polled 8,559 votes to Katy Loudon's 7,957.\n"
    assert [c.constituency for c in extract_results(text).contests] == [seat]


def test_a_press_releases_numbered_note_heads_its_result_and_a_quoted_councillors_name_heads_nothing():
    text = ("PRESS RELEASE: Lib Dems gain Southwater North\n13 November 2025\n\nThe Liberal Democrats have won the by-election.\n\n"
            "Cllr Ruth Fletcher-Ward, Leader of the Liberal Democrat group on Horsham District Council, said:\n\n\"A superb result.\"\n\n"
            "NOTES TO EDITORS\n\n1. Full result, Southwater North ward by-election, Horsham District Council, Thursday 13 November 2025:\n\n"
            "Dr Anjali Mehta-Rowe (Liberal Democrats) - 1,146 (41.9%) - ELECTED\nRobert Ashdown (Conservative) - 721 (26.4%)\n"
            "Daniel Okoye (Labour) - 98 (3.6%)\n\n"
            "Lib Dem GAIN from Conservative. Majority: 425. Turnout: 29.7%.\n")
    (contest,) = extract_results(text).contests
    assert (contest.constituency, contest.majority, contest.turnout) == ("Southwater North", 425, 29.7)


def test_a_state_named_before_seat_is_where_the_seat_is_and_a_state_by_election_names_its_seat():
    text = ("KKB polls: Pakatan retains seat\nMay 11, 2024\n\nKUALA KUBU BAHARU: Pakatan Harapan's Pang Sock Tao has won the Kuala Kubu "
            "Baharu state by-election with a majority of 3,869 votes, keeping the Selangor seat in the unity government's hands.\n\n"
            "Pang polled 14,000 votes against 10,131 for Perikatan Nasional's Khairul Azhari Saut.\n")
    (contest,) = extract_results(text).contests
    assert (contest.constituency, contest.majority) == ("Kuala Kubu Baharu", 3869)


def test_a_double_by_election_names_its_ward_and_a_council_named_for_a_town_is_no_seat():
    text = ("Labour holds both seats in Park East double by-election\n17 October 2025\n\nLABOUR held on to both seats in a rare double "
            "by-election in Darlington last night.\n\nSarah Bowen-Jones and Farzana Ali were elected to represent Park East ward on "
            "Darlington Borough Council.\n\nTHE RESULT\nSarah Bowen-Jones (Labour) 842 - ELECTED\nFarzana Ali (Labour) 798 - ELECTED\n"
            "Gary Price (Reform UK) 702\nJulie Price (Reform UK) 689\n\nThey fought under the slogan \"Two Prices, One Message\".\n")
    (contest,) = extract_results(text).contests
    assert contest.constituency == "Park East"
    assert [c.name for c in contest.candidates] == ["Sarah Bowen-Jones", "Farzana Ali", "Gary Price", "Julie Price"]


def test_a_by_election_in_a_ward_whose_name_is_a_comma_list():
    text = ("Lib Dems gain\nJune 5, 2025\n\nThe Liberal Democrats' Alasdair Rhind has won yesterday's Highland Council by-election in "
            "Wester Ross, Strathpeffer and Lochalsh, taking the seat. Rhind polled 1,204 votes to 1,158 for Catriona Macleod.\n")
    assert [c.constituency for c in extract_results(text).contests] == ["Wester Ross, Strathpeffer and Lochalsh"]


def test_a_numbered_ward_with_its_name_and_province_over_its_outcome():
    text = ("Wednesday's by-elections\n19 March 2025\n\neThekwini Ward 27 (Inanda), KwaZulu-Natal: MK gain from ANC\n\nOn Wednesday, MK's "
            "Sibusiso Ngcobo won with 2,914 votes (48.62%). The ANC's Thandeka Mkhize took 1,871 votes (31.22%).\n\n"
            "Matjhabeng Ward 10 (Welkom), Free State: ANC hold\n\nThe ANC's Mpho Mofokeng held on with 1,210 votes (50.15%), ahead of "
            "the EFF's Kagiso Sello on 802 (33.24%).\n")
    got = {c.constituency: [x.name for x in c.candidates] for c in extract_results(text).contests}
    assert got == {"eThekwini Ward 27": ["Sibusiso Ngcobo", "Thandeka Mkhize"], "Matjhabeng Ward 10": ["Mpho Mofokeng", "Kagiso Sello"]}


@pytest.mark.parametrize("sentence", [
    "Republican Rep. Janine Hartzell won a second term in the 131st District, beating Democrat Owen Keyes 53.8% to 46.2%.",
    "In the 131st District, Janine Hartzell defeated County Legislator Owen Keyes, 53.8% to 46.2%.",
])
def test_a_winner_and_the_one_beaten_share_a_pair_of_percentages(sentence):
    text = f"House results\nNov 6, 2024\n\n{sentence}\n"
    (contest,) = extract_results(text).contests
    assert [(c.name, c.share) for c in contest.candidates] == [("Janine Hartzell", 53.8), ("Owen Keyes", 46.2)]


def test_a_pennsylvania_house_district_in_capitals_heads_its_paragraph():
    text = ("Lehigh Valley results\nNov 6, 2024\n\n134TH HOUSE DISTRICT\n\nIn the 134th District, Democratic Rep. Paolo Ferrante narrowly "
            "held off Republican Brad Stauffer. Ferrante had 18,406 votes to Stauffer's 18,187.\n\n183RD HOUSE DISTRICT\n\nRepublican Rep. "
            "Curt Driesbach easily won re-election in the 183rd, with 21,955 votes. Democrat Amanda Sell received 15,340.\n")
    got = {c.constituency: [x.name for x in c.candidates] for c in extract_results(text).contests}
    assert got == {"134th House District": ["Paolo Ferrante", "Brad Stauffer"], "183rd House District": ["Curt Driesbach", "Amanda Sell"]}


def test_a_round_ups_seats_led_in_title_case_and_a_tally_standings_heading():
    text = ("NDP holds the lower city\nFeb 28, 2025\n\nQUEEN'S PARK STANDINGS (124 seats, 63 for majority)\nPC 80  |  NDP 27  |  LIB 14\n\n"
            "Hamilton Mountain: NDP veteran Monique Taylor held on. Taylor finished with 17,226 votes to Progressive Conservative "
            "Jim Van Rooy's 15,988, a margin of 1,238 votes.\n\nHamilton West-Ancaster-Dundas: New Democrat Sandy Shaw held the seat "
            "for a third term.\n\nFlamborough-Glanbrook: PC Donna Skelly cruised to re-election with 49.7 per cent.\n")
    result = extract_results(text)
    got = {c.constituency: [(x.name, x.votes, x.share) for x in c.candidates] for c in result.contests}
    assert got == {"Hamilton Mountain": [("Monique Taylor", 17226, None), ("Jim Van Rooy", 15988, None)],
                   "Hamilton West-Ancaster-Dundas": [("Sandy Shaw", None, None)],
                   "Flamborough-Glanbrook": [("Donna Skelly", None, 49.7)]}
    assert {(s.party, s.seats) for s in result.seat_counts} >= {("Progressive Conservative", 80), ("New Democratic", 27)}


def test_an_unnamed_cards_count_is_not_a_sidebar_seats_named_after_it():
    text = ("Election result 2023: Bommai wins by 35,978 votes\nMay 13, 2023\n\nBasavaraj Bommai | BJP | WON | 1,00,016 | 58.3%\n"
            "Yasir Ahmed Khan Pathan | INC | LOST | 64,038 | 37.33%\nShashidhar Yaligar | JD(S) | LOST | 3,862 | 2.25%\n\n"
            "Other key results\nKanakapura: KPCC president DK Shivakumar (INC) won by 1,22,392 votes, the biggest margin in the state.\n"
            "Varuna: Siddaramaiah (INC) defeated BJP minister V Somanna by 46,163 votes.\n")
    got = {c.constituency: [x.name for x in c.candidates] for c in extract_results(text).contests}
    assert got["Kanakapura"] == ["DK Shivakumar"]
    assert got[None] == ["Basavaraj Bommai", "Yasir Ahmed Khan Pathan", "Shashidhar Yaligar"]


@pytest.mark.parametrize("pair", ["5,820 to 4,180", "58.2% to 41.8%"])
def test_a_seat_won_in_an_earlier_year_by_beating_a_rival_is_no_result(pair):
    text = f"Voter guide\nOct 20, 2024\n\nCarla Whitfield-Ross won the seat in 2022, defeating Republican Tom Brill {pair}.\n"
    assert extract_results(text).contests == []


def test_a_bulletins_local_body_ward_entries_name_body_and_ward():
    text = ("Local body bypolls\nDecember 11, 2024\n\nKEY RESULTS\n\n* Kollam Corporation, Eravipuram ward: LDF's R. Prasannakumar (CPI-M) "
            "retained the ward by 312 votes.\n* Pothencode grama panchayat, Chembakamangalam ward: UDF's S. Shameena (IUML) won by 88 votes.\n"
            "* Kayamkulam Municipality, Puthiyidam (ward 11): UDF-backed independent Shaji Chackochan won by just 9 votes.\n")
    got = {c.constituency: (c.majority, [x.name for x in c.candidates]) for c in extract_results(text).contests}
    assert got == {"Kollam Corporation, Eravipuram": (312, ["R. Prasannakumar"]),
                   "Pothencode grama panchayat, Chembakamangalam": (88, ["S. Shameena"]),
                   "Kayamkulam Municipality, Puthiyidam (ward 11)": (9, ["Shaji Chackochan"])}


def test_a_fiercely_contested_by_election_names_its_seat_and_a_grid_row_awaiting_declaration_names_no_winner():
    text = ("UDA's Wamuthende edges Karish\nNovember 28, 2025\n\nLeonard Wamuthende Muriuki of the United Democratic Alliance (UDA) has "
            "been declared the winner of the fiercely contested Mbeere North parliamentary by-election. He garnered 15,802 votes "
            "against 15,308 for Newton Kariuki.\n\nBY-ELECTIONS AT A GLANCE\nConstituency / County / Winner / Party\n"
            "Mbeere North / Embu / Wamuthende / UDA\nMalava / Kakamega / Awaiting declaration / -\nUgunja / Siaya / Awaiting declaration / -\n")
    got = {c.constituency: [(x.name, x.votes) for x in c.candidates] for c in extract_results(text).contests}
    assert list(got) == ["Mbeere North"]
    assert got["Mbeere North"][:2] == [("Leonard Wamuthende Muriuki", 15802), ("Newton Kariuki", 15308)]


def test_result_cards_named_over_their_status_line():
    text = ("Lok Sabha Election Results 2024\nJun 05, 2024\n\nKey constituency results\n\nUttar Pradesh\n\nRae Bareli\n\nResult Declared\n"
            "Rahul Gandhi | INC | WON | Votes: 6,87,649 | Vote share: 66.17%\nDinesh Pratap Singh | BJP | LOST | Votes: 2,97,619 | Vote share: 28.64%\n"
            "Margin: 3,90,030\nUttar Pradesh\n\nAmethi\n\nResult Declared\nKishori Lal | INC | WON | Votes: 5,39,228 | Vote share: 54.99%\n"
            "Smriti Irani | BJP | LOST | Votes: 3,72,032 | Vote share: 37.94%\nMargin: 1,67,196\n")
    got = {c.constituency: [(x.name, x.votes) for x in c.candidates] for c in extract_results(text).contests}
    assert got == {"Rae Bareli": [("Rahul Gandhi", 687649), ("Dinesh Pratap Singh", 297619)],
                   "Amethi": [("Kishori Lal", 539228), ("Smriti Irani", 372032)]}


def test_a_then_prime_ministers_votes_are_a_past_elections():
    text = ("Fiji election explainer\nNov 1, 2026\n\nThen-prime minister Voreqe Bainimarama polled the highest personal vote, with "
            "111,467 votes, against 68,110 for Rabuka.\n")
    assert extract_results(text).contests == []


def test_a_seat_named_with_the_town_it_lies_in_is_the_seat():
    text = ("Belize's ruling party wins second landslide\nMarch 13, 2025\n\nUDP leader Tracy Taegar Panton held the Albert division in "
            "Belize City by 412 votes over the PUP's Paul Thompson.\n\nThe Liberal Democrats regained a Welsh seat in Brecon, Radnor and "
            "Cwm Tawe, where David Chadwick beat Fay Jones by 1,472 votes.\n")
    got = {c.constituency: c.majority for c in extract_results(text).contests}
    assert got == {"Albert": 412, "Brecon, Radnor and Cwm Tawe": 1472}


def test_a_status_line_after_a_card_is_no_round_up_seat():
    text = ("Bypoll results live\nNov 23, 2024\n\nResult card: Wayanad (Lok Sabha bypoll)\n\nCandidate | Party | Votes | %\n"
            "Priyanka Gandhi Vadra | INC | 6,22,338 | 64.99\nSathyan Mokeri | CPI | 2,11,407 | 22.08\n\nStatus: WON (INC). Margin: 4,10,931. "
            "Thirteen other candidates together polled 8,481 votes.\n\nChelakkara: LDF's U.R. Pradeep won the assembly bypoll by 12,201 votes.\n\n"
            "Palakkad: Congress's Rahul Mamkootathil won by 18,840 votes.\n")
    got = [c.constituency for c in extract_results(text).contests]
    assert "Status" not in got and "Wayanad" in got


def test_a_seat_told_as_changing_hands_keeps_the_next_sentences_people():
    text = ("Official results\nOct 3, 2025\n\nLabour's Rachel Boyack has held Nelson by 29 votes. Boyack finished on 16,198 votes to "
            "Cameron's 16,169.\n\nTe Atatū has also changed hands on specials. National's Angee Nicholas finished on 15,289 votes, 131 "
            "behind Labour's Phil Twyford on 15,420.\n")
    got = {c.constituency: [(x.name, x.votes) for x in c.candidates] for c in extract_results(text).contests}
    assert got["Te Atatū"] == [("Phil Twyford", 15420), ("Angee Nicholas", 15289)]
    assert [name for name, _ in got["Nelson"]] == ["Rachel Boyack"]


def test_a_live_entrys_bare_title_over_a_declaration_names_its_ward():
    text = ("LIVE: Borough council count\nLast updated 16:52, Friday 2 May 2025\n\n16:31\nHarcourt Vale (3 seats) - LAB HOLD\n"
            "Dina Obi (Labour) 1,344 - ELECTED\nRoss Kemble (Reform UK) 688\n\n11:45\nWESTLEIGH\nFARRANT, Gail - Conservative - 1,402 *\n"
            "OKAFOR, Ben - Labour - 1,298\n* elected. Turnout 34.1%.\n")
    got = {c.constituency: [x.name for x in c.candidates] for c in extract_results(text).contests}
    assert got == {"Harcourt Vale": ["Dina Obi", "Ross Kemble"], "Westleigh": ["Gail Farrant", "Ben Okafor"]}


def test_two_names_of_one_seat_the_gazetteer_knows_are_one_contest():
    text = ("Na h-Eileanan an Iar\n\nWestern Isles\n\nLAB GAIN FROM SNP\n\nTorcuil Crichton (Scottish Labour) 6,692\n"
            "Susan Thomson (SNP) 2,856\n\nMajority: 3,836\n")
    [contest] = extract_results(text).contests
    assert (contest.constituency, contest.majority, len(contest.candidates)) == ("Na h-Eileanan an Iar", 3836, 2)


def test_a_councillors_years_on_the_council_are_no_look_back():
    text = ("Kennerley wins town council by-election\nPosted 27 February 2026\n\nThe vacancy arose when councillor Roy Pickering "
            "stepped down in December after 22 years on the council, first elected in 2004.\n\nTHE RESULT - Whitchurch Town Council, North Ward\n"
            "Helen Kennerley (Independent) 387 ELECTED\nDarren Shaw (Reform UK) 254\n")
    assert [x.name for c in extract_results(text).contests for x in c.candidates] == ["Helen Kennerley", "Darren Shaw"]


def test_cards_of_a_name_over_its_votes_under_a_vote_for_office():
    text = ("Spring election results\nApril 2, 2025\n\nSCHOOL BOARD (vote for 2)\n\nMegan Thornbury (incumbent) - ELECTED\n6,104 votes | 24.1%\n\n"
            "Luis Carrillo - ELECTED\n5,877 votes | 23.2%\n\nOlivia Sato\n3,311 votes | 13.1%\n")
    [contest] = extract_results(text).contests
    assert contest.constituency == "School Board"
    assert [(x.name, x.votes, x.share, x.elected) for x in contest.candidates] == [
        ("Megan Thornbury", 6104, 24.1, True), ("Luis Carrillo", 5877, 23.2, True), ("Olivia Sato", 3311, 13.1, None)]


def test_a_canvass_of_offices_elect_n_over_name_and_votes_a_line_each():
    text = ("RESOLUTION DECLARING THE RESULTS OF THE NOVEMBER 4, 2025 MUNICIPAL GENERAL ELECTION\n\nMAYOR (Elect 1)\nCandidate\nVotes\n"
            "Rhonda Pettis\n4,102\nSamuel Greer\n2,940\n\nCOUNCIL MEMBER WARD 1 (Elect 1)\nCandidate\nVotes\nJacob Lindgren\n1,210\n"
            "Maria Castaneda\n1,034\n")
    got = {c.constituency: [(x.name, x.votes) for x in c.candidates] for c in extract_results(text).contests}
    assert got == {"Mayor": [("Rhonda Pettis", 4102), ("Samuel Greer", 2940)],
                   "Council Member Ward 1": [("Jacob Lindgren", 1210), ("Maria Castaneda", 1034)]}


def test_a_school_districts_board_with_its_seats_over_its_table_heads_it():
    text = ("Spring election\nApr 2, 2025\n\nEau Claire Area School District Board of Education (3 seats)\nCandidate | Votes\n"
            "Heidi Lundquist | 12,904\nPriya Natarajan | 11,877\n")
    assert [c.constituency for c in extract_results(text).contests] == ["Eau Claire Area School District Board of Education"]


def test_a_place_then_where_someone_won_its_seat_names_that_contest():
    text = ("Germany votes\nFebruary 24, 2025\n\nBrenner topped the count in the Tübingen constituency with 52,118 votes to 47,906 for "
            "Felix Hartmann.\n\nThere was no such drama in neighbouring Reutlingen (Wahlkreis 289), where the CDU's Stefan Kohler won "
            "the constituency comfortably. Kohler took 61,240 first votes to 31,507 for the AfD's Lena Esslinger.\n")
    got = {c.constituency: [x.name for x in c.candidates] for c in extract_results(text).contests}
    assert got["Reutlingen"] == ["Stefan Kohler", "Lena Esslinger"]


def test_a_declaration_form_of_name_dash_party_over_labelled_figures_and_its_winner_declared():
    text = ("ELECTORAL COMMISSION OF GHANA\nDECLARATION OF PARLIAMENTARY ELECTION RESULTS\nDate of Poll: 07/12/2024\n\n"
            "Constituency: HO CENTRAL\n\nCANDIDATE / PARTY\n1. DZIFA KOMLA AGBENYEGA - NDC\n   Votes obtained: 71,204     Percentage: 87.17%\n"
            "2. EDEM YAO TSIKATA - CPP\n   Votes obtained: 1,106      Percentage: 1.35%\n\nI, the undersigned Returning Officer, hereby "
            "declare Dzifa Komla Agbenyega of the National Democratic Congress as duly elected Member of Parliament for Ho Central.\n")
    [contest] = extract_results(text).contests
    assert [(x.name, x.votes, x.share, x.elected) for x in contest.candidates] == [
        ("Dzifa Komla Agbenyega", 71204, 87.17, True), ("Edem Yao Tsikata", 1106, 1.35, None)]


def test_a_seat_pages_last_election_box_and_related_seats_list_give_its_count_nothing():
    text = ("Seat in doubt\nUpdated Wed 7 May 2025\n\nFirst preference count\nCandidate | Party | Votes | %\n"
            "Alexandra Kuo | Liberal | 42,118 | 41.1%\nVesna Pavlic | Independent | 29,874 | 29.2%\n\nLast election (2022)\n"
            "Liberal retain. 2CP: Liberal 54.2% v Independent 45.8%.\n\nRelated seats\nNorth Sydney — IND ahead\n"
            "Warringah — IND retain\nMackellar — IND gain\n")
    [contest] = [c for c in extract_results(text).contests if c.candidates]
    assert contest.constituency is None
    assert [(x.name, x.elected) for x in contest.candidates] == [("Alexandra Kuo", None), ("Vesna Pavlic", None)]


def test_a_ward_wise_result_sheet_with_its_header_on_two_lines_and_its_verdict_line():
    text = ("WARD WISE DETAILED RESULT\nDate of Poll: 04.12.2022\n\nWard No. & Name : 24 - JAHANGIR PURI  (Reserved: SC Women)\n"
            "Total Electors : 61204     Total Votes Polled : 30360     Poll % : 49.60\n"
            "Sl. Name of Candidate          Party    Votes      % of Valid\n                                        Secured    Votes\n"
            "1   RITU CHAUHAN               AAP      14862      49.05\n2   SUNITA DEVI KAUSHIK        BJP      11097      36.62\n"
            "Result : RITU CHAUHAN (AAP) declared elected.   Margin : 3765\n")
    [contest] = extract_results(text).contests
    assert contest.constituency == "Jahangir Puri"
    assert [(x.name, x.votes, x.share, x.elected) for x in contest.candidates] == [
        ("Ritu Chauhan", 14862, 49.05, True), ("Sunita Devi Kaushik", 11097, 36.62, None)]


def test_a_stv_declarations_ward_name_field_and_its_list_of_who_was_elected_at_which_stage():
    text = ("DECLARATION OF RESULT\n\n Ward Number: 7          Ward Name: LOCHEE\n Number of Vacancies: 3\n\n FIRST PREFERENCE VOTES\n\n"
            " Candidate                 Description                                   Votes      %\n"
            " BRAND, Nadia              Scottish Labour Party                         1,402    38.10\n"
            " DOIG, Callum              Scottish National Party (SNP)                 1,288    35.00\n"
            " FARQUHAR, Ewan            Scottish Conservative and Unionist              990    26.90\n\n"
            " The following candidates were duly elected:\n\n"
            "   BRAND, Nadia          Scottish Labour Party              Stage 1\n"
            "   DOIG, Callum          Scottish National Party (SNP)      Stage 3\n\n"
            " W A R D  7  -  L O C H E E          STAGE BY STAGE RESULT (values to 2 d.p.)\n")     # (a letter-spaced banner: no row)
    [contest] = extract_results(text).contests
    assert contest.constituency == "Lochee"
    assert [(x.name, x.votes, x.elected) for x in contest.candidates] == [
        ("Nadia Brand", 1402, True), ("Callum Doig", 1288, True), ("Ewan Farquhar", 990, None)]


def test_a_decimal_comma_storys_counts_grouped_by_spaces_are_whole_numbers():
    text = ("WARD 9 (MTHATHA CENTRAL), KING SABATA DALINDYEBO\nANC hold\n\nNomvuyo Mqhayi kept the seat with a majority of 1 230.\n\n"
            "ANC – Nomvuyo Mqhayi: 61,2% (1 842 votes)\nEFF – Luthando Ngcobo: 20,3% (612 votes)\n\nRegistered voters: 10 374 | Turnout: 29,3%\n")
    [contest] = extract_results(text).contests
    assert (contest.majority, contest.turnout) == (1230, 29.3)
    assert [(x.name, x.votes, x.share) for x in contest.candidates] == [("Nomvuyo Mqhayi", 1842, 61.2), ("Luthando Ngcobo", 612, 20.3)]


def test_a_councils_csv_with_the_name_in_two_columns_and_its_wards_turnout_in_a_table_below():
    text = ("Labour held Brookfield and the Lib Dems took Old Mill.\n\n"
            "ward_code,ward_name,seats,candidate_surname,candidate_forenames,party_description,votes,percentage,elected\n"
            "E05012201,Brookfield,1,HARGREAVES,\"Deborah Ann\",Labour Party,812,41.3,Y\nE05012201,Brookfield,1,OKAFOR,Samuel,Reform UK,591,30.1,N\n"
            "E05012207,Old Mill,1,ASHWORTH,Keith,Liberal Democrats,1021,,Y\nE05012207,Old Mill,1,CROSSLEY,Paul,Labour Party,702,,N\n\n"
            "ward_code,ward_name,electorate,ballot_papers_issued,rejected,turnout_pct\n"
            "E05012201,Brookfield,7402,1975,9,26.7\nE05012207,Old Mill,6890,2211,14,32.1\nE05012209,Riverside,5102,1200,4,23.5\n")
    got = {c.constituency: (c.turnout, [(x.name, x.votes, x.elected) for x in c.candidates]) for c in extract_results(text).contests}
    assert got == {"Brookfield": (26.7, [("Deborah Ann Hargreaves", 812, True), ("Samuel Okafor", 591, None)]),
                   "Old Mill": (32.1, [("Keith Ashworth", 1021, True), ("Paul Crossley", 702, None)])}    # (Riverside: no contest)


def test_a_clerks_workbook_of_offices_whose_town_wide_races_have_a_ward_column():
    text = ("TOWN OF PORT ELLERY - OFFICIAL RESULTS\nOffice / Candidate | Ward | Votes | % of votes | Status\nMAYOR (vote for 1)\n"
            "BRENNAN, Claire | Town-wide | 4,812 | 51.58% | ELECTED\nDUVAL, Marc | Town-wide | 3,907 | 41.88% |\n"
            "COUNCILLOR - WARD 1 (vote for 1)\nTREMBLAY, Luc | Ward 1 | 1,244 | 43.86% | ELECTED\nABERNETHY, Susan | Ward 1 | 1,190 | 41.96% |\n")
    got = {c.constituency: [(x.name, x.votes, x.elected) for x in c.candidates] for c in extract_results(text).contests}
    assert got == {"Mayor": [("Claire Brennan", 4812, True), ("Marc Duval", 3907, None)],
                   "Councillor - Ward 1": [("Luc Tremblay", 1244, True), ("Susan Abernethy", 1190, None)]}


def test_a_state_feed_whose_columns_are_named_in_a_comment_line():
    text = ("# STATE ELECTION NIGHT MEDIA RESULTS FEED\n# Fields: ContestID|ContestName|VoteFor|ChoiceID|BallotName|PartyCode|Incumbent|Votes\n"
            "# PartyCode: DEM=Democratic REP=Republican\n0|BALLOTS CAST - TOTAL|0|0|||N|2540417\n"
            "150|ATTORNEY GENERAL|1|15001|CORDERO, LENA|DEM|Y|1201004\n150|ATTORNEY GENERAL|1|15002|PRICE, RODNEY W.|REP|N|1188390\n"
            "150|ATTORNEY GENERAL|1|15097|OVER VOTES||N|1388\n")
    [contest] = extract_results(text).contests
    assert [(x.name, x.party, x.votes) for x in contest.candidates] == [
        ("Lena Cordero", "Democratic", 1201004), ("Rodney W. Price", "Republican", 1188390)]


def test_a_ward_named_with_its_number_of_seats_in_prose():
    text = ("Lib Dems take control of Wealdmere\n\nIn the two-seat Millbrook ward, the Liberal Democrats took both seats from the "
            "Conservatives. Rosa Kimani topped the poll with 1,388 votes and her running mate Paul Greaves was also elected with 1,301.\n")
    [contest] = extract_results(text).contests
    assert contest.constituency == "Millbrook"
    assert [(x.name, x.votes) for x in contest.candidates] == [("Rosa Kimani", 1388), ("Paul Greaves", 1301)]


def test_a_candidate_called_jan_is_a_person_not_a_month():
    text = ("Stoneleigh ward result\n\nTamsin Rowe beat the Conservative Simon Fairweather by 733 votes to 685. "
            "Labour's Jan Kowalski was third with 119.\n")
    [contest] = extract_results(text).contests
    assert [(x.name, x.votes) for x in contest.candidates] == [("Tamsin Rowe", 733), ("Simon Fairweather", 685), ("Jan Kowalski", 119)]


def test_a_bare_result_heading_named_again_below_is_no_seat():
    text = ("Gordon and Buchan - General election results 2024\n\nResult\n\nResults declared\n\nScottish National Party\nSeamus Logan\n"
            "Votes | 13,455\nVote share | 35.2%\nConservative\nDouglas Ross\nVotes | 12,513\nVote share | 32.8%\n\nSNP majority | 942\n")
    [contest] = extract_results(text).contests
    assert (contest.constituency, contest.majority) == ("Gordon and Buchan", 942)


def test_an_open_data_csv_whose_camel_case_columns_hold_the_name_in_two_parts():
    text = ("Durham County Council election results 2025 (open data)\n\n"
            "ElectionDate,DivisionCode,DivisionName,SeatsContested,TurnoutPct,CandidateSurname,CandidateForenames,Description,Votes,Elected\n"
            "2025-05-01,E05008812,Chester-le-Street North,1,31.18,BLENKINSOP,Tony,Independent,401,N\n"
            "2025-05-01,E05008812,Chester-le-Street North,1,31.18,ELLIOTT,Margaret,Labour Party,612,Y\n")
    [contest] = extract_results(text).contests
    assert [(x.name, x.votes, x.elected) for x in contest.candidates] == [("Margaret Elliott", 612, True), ("Tony Blenkinsop", 401, None)]


def test_a_threads_labels_thread_and_alt_name_no_seat():
    text = ("🧵 THREAD: I'm at the Wellingborough and Rushden count tonight. Follow along 👇 1/\n\n"
            "RESULT: Gen Kitchen holds Wellingborough and Rushden for Labour. Majority 5,486 6/\n\n"
            "ALT: Declaration of result. GOSS David, The Conservative Party Candidate, 12248. "
            "KITCHEN Gen, Labour Party, 17734 (elected).\n")
    assert [c.constituency for c in extract_results(text).contests] == ["Wellingborough and Rushden"]


def test_a_news_in_brief_headline_with_a_verb_is_no_seat():
    text = ("NEWS IN BRIEF\n\n--------------------\nLIB DEMS TAKE MEADOWFIELD\nThe Liberal Democrats gained Meadowfield ward from the "
            "Conservatives in last Thursday's by-election.\n  Helen DACRE (Lib Dem) .............. 812\n"
            "  Graham PETT (Con) .................. 604\n  LD maj. 208. Turnout 27.1%.\n")
    [contest] = extract_results(text).contests
    assert (contest.constituency, contest.majority) == ("Meadowfield", 208)


def test_a_wires_mayoralty_heading_noted_as_a_new_post():
    text = ("ELECTIONS Mayors results\n\nHULL AND EAST YORKSHIRE (new post)\nConnor Lavelle (Ref) 45,210 (35.87%)\n"
            "Helen Marwood (LD) 34,077 (27.04%)\nRef win\nRef maj 11,133 (8.83%)\n\nDONCASTER\nLab hold\nLab maj 698 (1.08%)\n"
            "Sandra Lockwood (Lab) 24,516 (37.88%)\nKevin Tasker (Ref) 23,818 (36.81%)\n")
    got = {c.constituency: (c.majority, [x.votes for x in c.candidates]) for c in extract_results(text).contests}
    assert got == {"Hull and East Yorkshire": (11133, [45210, 34077]), "Doncaster": (698, [24516, 23818])}


def test_a_portals_previous_election_tab_with_its_date_is_last_times_table():
    text = ("Brixworth ward: election results, Thursday 1 May 2025\n\nCandidate | Party | Votes | Outcome\n"
            "Jo Marsh | Reform UK | 2210 | Elected\nKen Pritchard | Conservative and Unionist Party | 1802 | Not elected\n\n"
            "Previous election: Thursday, 6th May, 2021\n\nCandidate | Party | Votes | Outcome\n"
            "Ken Pritchard | Conservative and Unionist Party | 3288 | Elected\nPriti Anand | Liberal Democrats | 1530 | Not elected\n")
    [contest] = extract_results(text).contests
    assert [(x.name, x.votes) for x in contest.candidates] == [("Jo Marsh", 2210), ("Ken Pritchard", 1802)]


def test_an_at_a_glance_boxs_turnout_in_per_cent():
    text = ("Hendon general election result 2024 in full\n\nDavid Pinto-Duschinsky (Labour) – 15,855 (ELECTED)\n"
            "Ameet Jogia (Conservative) – 15,840\n\nAt a glance\n\nMajority | 15\nTurnout | 55.1 per cent\nElectorate | 74,865\n")
    [contest] = extract_results(text).contests
    assert (contest.majority, contest.turnout) == (15, 55.1)


def test_a_national_nights_loser_and_turnout_and_a_chambers_majority_make_no_contest():
    text = ("Japan election live\nOctober 28, 2024\n\n8:00 pm Polls close\nThe LDP held 247 seats before the election. A majority is 233.\n\n"
            "11:45 pm\nKomeito leader Keiichi Ishii has been defeated in his single-seat district in Saitama, NHK reports.\n\n"
            "6:05 am\nTurnout was 53.85%, the third lowest in the post-war era.\n")
    assert extract_results(text).contests == []


def test_a_two_line_card_whose_party_line_carries_the_votes_and_the_elected_mark():
    text = ("Bexley results\nFriday, 8 May 2026\n\nBELVEDERE (three councillors to elect)\n\nSade Adeyemi\nLabour Party - 1,655 ELECTED\n\n"
            "Gary Pemberton\nReform UK - 1,621 ELECTED\n\nTracey Hollins\nReform UK - 1,548\n")
    [contest] = extract_results(text).contests
    assert contest.constituency == "Belvedere"
    assert [(x.name, x.party, x.votes, x.elected) for x in contest.candidates] == [
        ("Sade Adeyemi", "Labour", 1655, True), ("Gary Pemberton", "Reform UK", 1621, True), ("Tracey Hollins", "Reform UK", 1548, None)]


def test_a_card_of_a_name_and_party_marked_elected_over_its_votes():
    text = ("How Fermanagh and South Tyrone voted\nFri 5 Jul 2024\n\nPat Cullen (Sinn Féin) – ELECTED\n24,844 votes\n\n"
            "Diana Armstrong (UUP)\n20,273 votes\n\nDana Yost (registered write-in) - ELECTED\n188 votes\n")
    got = [(x.name, x.party, x.votes, x.elected) for c in extract_results(text).contests for x in c.candidates]
    assert got == [("Pat Cullen", "Sinn Fein", 24844, True), ("Diana Armstrong", "Ulster Unionist Party", 20273, None),
                   ("Dana Yost", None, 188, True)]


def test_a_boards_numbered_post_is_the_contest_and_no_persons_name():
    text = ("LIVE UPDATES: Cobb County results\nNov 5, 2024\n\nDemocrat Taryn Mosley has defeated Republican incumbent Brad Wheeler for the "
            "Cobb County Board of Education Post 2 seat, 30,117 votes (51.0%) to 28,904 (49.0%), a 1,213-vote margin.\n")
    [contest] = extract_results(text).contests
    assert contest.constituency == "Cobb County Board of Education Post 2"
    assert [(x.name, x.votes, x.elected) for x in contest.candidates] == [("Taryn Mosley", 30117, True), ("Brad Wheeler", 28904, None)]


def test_a_race_called_for_a_candidate_by_its_numbered_districts_name():
    text = ("Results\nNov 5, 2024\n\nThe Associated Press has called Georgia House District 43 for Democrat Luisa Wakeman, who ousted "
            "Republican Rep. Tom Harrell. Wakeman had 18,560 votes (51.7%) to Harrell's 17,340 (48.3%).\n")
    [contest] = extract_results(text).contests
    assert [(x.name, x.elected) for x in contest.candidates] == [("Luisa Wakeman", True), ("Tom Harrell", None)]


def test_a_canvass_of_local_offices_dash_their_place_in_capitals():
    text = ("OFFICIAL RESULTS\nMay 13, 2025\n\nMAYOR - DUMAGUETE CITY\nALCANTARA, ROBERTO Q. (LAKAS) ........ 31,204\n"
            "VILLANUEVA, MARIA ELENA S. (NP) ...... 24,877\nMEMBER, HOUSE OF REPRESENTATIVES - NEGROS ORIENTAL 2ND DISTRICT\n"
            "ENRIQUEZ, ANTONIO JR. V. (PFP) ........ 98,441\nPALAGANAS, GRACE T. (NUP) ............. 91,302\n")
    got = {c.constituency: [x.name for x in c.candidates] for c in extract_results(text).contests}
    assert got == {"Dumaguete City mayor": ["Roberto Q. Alcantara", "Maria Elena S. Villanueva"],
                   "Negros Oriental 2nd District": ["Antonio V. Enriquez Jr.", "Grace T. Palaganas"]}


def test_a_name_with_its_party_and_election_symbol_over_a_votes_label_line():
    text = ("Sylhet-3 result\nJanuary 8, 2024\n\nUnofficial results announced by the returning officer:\n"
            "Md Mahmudur Rahman Chowdhury (Awami League) - symbol: Boat\nVotes: 96,540 (55.73%)\n"
            "Md Jalal Uddin (Zaker Party) - symbol: Rose\nVotes: 1,183 (0.68%)\n")
    got = [(x.name, x.party, x.votes, x.share) for c in extract_results(text).contests for x in c.candidates]
    assert got == [("Md Mahmudur Rahman Chowdhury", "Awami League", 96540, 55.73), ("Md Jalal Uddin", "Zaker Party", 1183, 0.68)]


def test_a_dateline_between_the_author_and_published_at_is_no_heading():
    from extract.document import Doc
    from extract.headings import heading
    doc = Doc.build("Politics | Koshi Province\n\nUML retains Ilam-2 as Tumbahangphe beats joint candidate\n\nNirmal Rai\nIlam\n"
                    "Published at : April 29, 2024\nUpdated at : April 29, 2024 19:45\n\nYuvraj Tumbahangphe of the UML has won the "
                    "by-election in Ilam constituency 2. Tumbahangphe polled 30,871 votes, defeating Dambar Bahadur Karki, who got "
                    "21,566 votes.\n\nUML member Hem Raj Angdembe told supporters in Ilam bazaar on Monday.\n")
    assert [heading(doc, a, b) for a, b in doc.line_spans if doc.text[a:b] == "Ilam"] == [None]


def test_a_live_entrys_unnamed_rows_are_not_the_race_a_later_entry_names():
    text = ("LIVE: Harlan County sheriff and school board results\n\n11:40 p.m.\n\nPrice wins third term as Harlan sheriff\n\n"
            "Democratic Sheriff Mara Price has won re-election, beating Republican Dale Voss. With all 88 precincts reporting:\n\n"
            "Mara Price (D) - 41,220 (55.1%)\nDale Voss (R) - 33,590 (44.9%)\n\n"
            "10:05 p.m.\n\nOkafor takes school board District 3\n\nDemocrat Nia Okafor has beaten Republican Glen Hart for the "
            "Harlan County Board of Education District 3 seat, 9,812 votes (52.4%) to 8,914 (47.6%).\n\n"
            "9:15 p.m.\n\nSheriff's race: Price out front\n\nWith 60 of 88 precincts reporting, Price leads Voss by roughly "
            "5,000 votes.\n")
    got = {c.constituency: [x.name for x in c.candidates] for c in extract_results(text).contests}
    assert got["Harlan County Board of Education District 3"] == ["Nia Okafor", "Glen Hart"]
    assert ["Mara Price", "Dale Voss"] in got.values()


@pytest.mark.parametrize("line, stamp", [
    ("05.58 — RESULT: Basildon and Billericay — CON HOLD", True),
    ("10.52pm AEST", True),
    ("11:52 p.m.", True),
    ("43.71", False),       # a share in a table printed one cell a line
    ("1.34", False),
    ("10.62", False),
])
def test_a_time_stamp_with_a_dot_has_a_zone_or_a_title(line, stamp):
    from extract.headings import TIMESTAMP
    assert bool(TIMESTAMP.match(line)) is stamp


def test_a_table_one_cell_a_line_with_shares_is_no_live_blog():
    text = ("HOLLIS (AC 41) - RESULT DECLARED\n\nCANDIDATE\nPARTY\nVOTES\nVOTE %\n\nAsha Kale\nWON\nNCP\n1,04,810\n48.71\n\n"
            "Ravi More\nINC\n92,688\n43.10\n\nSunil Pawar\nMNS\n17,751\n8.19\n\n"
            "Ajit Pawar's NCP retained Hollis on Saturday, with Asha Kale defeating Ravi More by 12,122 votes.\n")
    [contest] = extract_results(text).contests
    assert [(x.name, x.votes, x.share) for x in contest.candidates] == [
        ("Asha Kale", 104810, 48.71), ("Ravi More", 92688, 43.1), ("Sunil Pawar", 17751, 8.19)]


def test_a_pakistani_seat_by_code_over_its_rows_with_shares_in_pc_and_a_chamber_before_seat():
    text = ("PML-N keeps the Narowal National Assembly seat\n\nThe ruling PML-N retained the Narowal National Assembly seat in "
            "Saturday's by-election.\n\nNA-76 Narowal-II\nUnofficial result from 388 of 388 polling stations:\n\n"
            "Ahsan Rafiq (PML-N) - 88,214 - 52.9pc\nSana Butt (Independent) - 70,630 - 42.3pc\nAbid Shah (TLP) - 7,874 - 4.7pc\n")
    [contest] = extract_results(text).contests
    assert contest.constituency == "NA-76 Narowal-II"
    assert [(x.name, x.votes, x.share) for x in contest.candidates] == [
        ("Ahsan Rafiq", 88214, 52.9), ("Sana Butt", 70630, 42.3), ("Abid Shah", 7874, 4.7)]


def test_a_majority_told_nationally_is_not_the_districts():
    text = ("District 4: Borg and Vella elected\n\nLabour's Maria Borg topped the Fourth District with 6,120 first-count votes, "
            "with Paul Vella elected after polling 4,480.\n\nNationally, Labour won 162,707 first-count votes (55.11%) to the "
            "PN's 123,233 (41.74%), a majority of 39,474 votes.\n")
    result = extract_results(text)
    assert all(c.majority is None for c in result.contests)


def test_a_returning_officers_notice_of_list_votes_and_members_declared_elected():
    text = ("Senedd Cymru General Election 2026: Declaration of result for Pen-y-bont Bro Morgannwg\n\n"
            "The Constituency Returning Officer for the Pen-y-bont Bro Morgannwg Senedd constituency, which covers parts of "
            "Bridgend and the Vale of Glamorgan, has declared the result of the poll.\n\n"
            "Number of votes cast for each registered party and individual candidate:\n\n"
            "  Welsh Labour / Llafur Cymru .................................. 22,830\n"
            "  Gwlad - Plaid Annibyniaeth Cymru .............................. 1,120\n"
            "  JONES, Carys (Independent / Annibynnol) ....................... 2,215\n\n"
            "The following persons were declared duly elected as Members of the Senedd:\n\n"
            "  Gareth Rees        Welsh Labour\n  Mari Lloyd        Plaid Cymru\n")
    [contest] = extract_results(text).contests
    assert contest.constituency == "Pen-y-bont Bro Morgannwg"
    got = {x.name: (x.party, x.votes, x.elected) for x in contest.candidates}
    assert got == {"Gareth Rees": ("Labour", None, True), "Mari Lloyd": ("Plaid Cymru", None, True),
                   "Carys Jones": ("Independent", 2215, None)}


def test_a_us_house_results_box_under_a_ticker_and_a_dateline():
    text = ("RACES CALLED: House 389 of 435 • Dem 201 • GOP 188\n\nOrtega flips OH-9 as Democrats gain\n\n"
            "U.S. House, Ohio District 9\n\nCandidate | Votes | Pct.\n✔ Lena Ortega (D) | 151,442 | 51.2%\n"
            "Mark Dolan (R)* | 144,336 | 48.8%\n\n* Incumbent. Source: AP\n\n"
            "TOLEDO — Lucas County Executive Lena Ortega, a Democrat, defeated first-term Republican U.S. Rep. Mark Dolan on "
            "Tuesday, winning by 7,106 votes.\n")
    [contest] = extract_results(text).contests
    assert contest.constituency == "Ohio District 9"
    assert [(x.name, x.votes, x.elected) for x in contest.candidates] == [("Lena Ortega", 151442, True), ("Mark Dolan", 144336, None)]
    assert contest.majority == 7106


def test_a_sponsored_line_in_capitals_is_no_round_up_seat():
    text = ("ALSO DECLARED: Arouca (PNM hold) and Chaguanas East (UNC hold).\n\n"
            "ANALYSIS: In 2020 the PNM took Maraval by 2,218 votes. Tonight's 668-vote UNC win surprised many.\n\n"
            "SPONSORED: Open a savings account with 4.5% interest. Terms apply.\n")
    assert "Sponsored" not in [c.constituency for c in extract_results(text).contests]


def test_a_name_in_capitals_over_its_party_is_a_candidate_when_the_first_name_is_any_candidates():
    text = ("Wokingham result\n\nCLIVE JONES\nLiberal Democrats | 25,743 votes | 47.7% | ELECTED\n\n"
            "MERV BONIFACE\nGreen Party | 1,953 votes | 3.6%\n")
    [contest] = extract_results(text).contests
    assert [(x.name, x.party, x.votes) for x in contest.candidates] == \
        [("Clive Jones", "Liberal Democrat", 25743), ("Merv Boniface", "Green", 1953)]


def test_a_result_title_in_capitals_names_the_seat_over_its_rows_but_not_the_countrys_table():
    # ("National" is a party in a New Zealand story only)
    rows = "Sam Uffindell, National - 19,733 (50.0%)\nJan Tinetti, Labour - 12,408 (31.4%)\nKevin Mutu, NZ First - 2,355 (6.0%)\n"
    text = ("Election night in New Zealand: electorate results as the Electoral Commission counts\n\n"
            "TAURANGA RESULT (electorate vote, 100% of places counted)\n" + rows)
    [contest] = extract_results(text).contests
    assert contest.constituency == "Tauranga"
    assert [(x.name, x.party, x.votes) for x in contest.candidates] == \
        [("Sam Uffindell", "National", 19733), ("Jan Tinetti", "Labour", 12408), ("Kevin Mutu", "New Zealand First", 2355)]
    national = extract_results("Australia votes\n\nFINAL HOUSE OF REPRESENTATIVES RESULT\nParty\nSeats\nLabor\n94\nCoalition\n43\n")
    assert [c.constituency for c in national.contests] == []


def test_a_by_election_round_up_names_each_ward_over_its_defending_partys_note():
    text = ("LOCAL BY-ELECTIONS | THE WEEK IN REVIEW\n\n"
            "BRINNINGTON (Stockport MBC) [Lab defence, resignation]\n"
            "Lee Halliwell (Reform UK) 912 [44.6%; +44.6]\nJoanne Pickup (Labour) 688 [33.7%; -21.9]\n"
            "Reform UK GAIN from Labour. Majority 224. Turnout 21.3%.\n\n"
            "CUPAR (Fife) [LD defence, resignation] - first preferences\n"
            "Alison Moffat (Liberal Democrat) 1,402 [29.0%; -4.5]\nDerek Baird (Scottish National Party) 1,377 [28.5%; -2.5]\n")
    got = {c.constituency: [(x.name, x.votes, x.share) for x in c.candidates] for c in extract_results(text).contests}
    assert got == {"Brinnington": [("Lee Halliwell", 912, 44.6), ("Joanne Pickup", 688, 33.7)],
                   "Cupar": [("Alison Moffat", 1402, 29.0), ("Derek Baird", 1377, 28.5)]}


def test_a_local_office_in_capitals_over_two_line_cards_names_its_race():
    text = ("Chico council District 4 lead flips in Friday update\n\n"
            "CHICO CITY COUNCIL, DISTRICT 2\nMonica Delgado\n3,988 votes | 54.6%\nEvan Trask\n3,316 votes | 45.4%\n\n"
            "CHICO UNIFIED SCHOOL DISTRICT, TRUSTEE AREA 2\nRita Kinney\n2,944 votes | 44.0%\nJose Navarro\n2,301 votes | 34.4%\n")
    got = {c.constituency: [(x.name, x.votes) for x in c.candidates] for c in extract_results(text).contests}
    assert got == {"Chico City Council, District 2": [("Monica Delgado", 3988), ("Evan Trask", 3316)],
                   "Chico Unified School District, Trustee Area 2": [("Rita Kinney", 2944), ("Jose Navarro", 2301)]}


def test_a_declarations_offices_each_head_their_own_table():
    text = ("CITY OF COURTENAY\nDECLARATION OF OFFICIAL ELECTION RESULTS\n\n"
            "OFFICE OF MAYOR (one (1) to be elected)\n\n  CANDIDATE        VOTES        RESULT\n"
            "  ASHWORTH, Lianne        5,902        ELECTED\n  MORRISON, Doug        4,377\n\n"
            "OFFICE OF COUNCILLOR (six (6) to be elected)\n\n  CANDIDATE        VOTES        RESULT\n"
            "  DUNCAN, Karen        6,844        ELECTED\n  NAKAMURA, Ken        4,702\n")
    got = {c.constituency: [(x.name, x.votes, x.elected) for x in c.candidates] for c in extract_results(text).contests}
    assert got == {"Mayor": [("Lianne Ashworth", 5902, True), ("Doug Morrison", 4377, None)],
                   "Councillor": [("Karen Duncan", 6844, True), ("Ken Nakamura", 4702, None)]}


def test_a_citys_certified_tables_under_offices_with_their_terms():
    text = ("OFFICIAL RESULTS — CITY OF ROLLA\n\nMAYOR (4-year term)\nCandidate\tVotes\tPercent\nNathan Voelker\t1,912\t58.9%\n"
            "Cheryl Lamar\t1,318\t40.6%\nTotal\t3,247\t100.0%\n\n"
            "COUNCIL MEMBER, WARD 2 (2-year term)\nCandidate\tVotes\tPercent\nMegan Tate (unopposed)\t288\t98.0%\n"
            "Write-in (other)\t6\t2.0%\nTotal\t294\t100.0%\n")
    got = {c.constituency: [(x.name, x.party, x.votes) for x in c.candidates] for c in extract_results(text).contests}
    assert got == {"Mayor": [("Nathan Voelker", None, 1912), ("Cheryl Lamar", None, 1318)],
                   "Council Member, Ward 2": [("Megan Tate", None, 288)]}


def test_an_stv_districts_cards_with_the_count_each_was_elected_on():
    text = ("Malta general election 2022: the count at Naxxar\n\n"
            "TENTH DISTRICT – HOW THE CANDIDATES FARED (first count)\nQuota: 3,688 | Valid votes: 22,122 | Invalid: 348\n\n"
            "Karl Azzopardi – Nationalist Party\n4,105 votes · ELECTED (1st count)\n\n"
            "Rebecca Balzan – Labour Party\n3,202 votes · ELECTED (14th count)\n\n"
            "Sandra Gauci – ADPD\n702 votes\n\n"
            "At national level, Labour was returned to government with a majority of more than 39,000 votes.\n")
    [contest] = extract_results(text).contests
    assert contest.constituency == "Tenth District"
    assert [(x.name, x.party, x.votes, x.elected) for x in contest.candidates] == [
        ("Karl Azzopardi", "Nationalist Party", 4105, True), ("Rebecca Balzan", "Labour Party", 3202, True),
        ("Sandra Gauci", "ADPD – The Green Party", 702, None)]
    assert contest.majority is None


def test_a_nigerian_reps_seat_and_its_local_government_areas_breakdown():
    text = ("By-election: APC's Bawa wins Chikun/Kajuru Reps seat\n\n"
            "KADUNA (NAN) - The Independent National Electoral Commission (INEC) has declared Mr Ishaya Tanko Bawa of the All "
            "Progressives Congress (APC) winner of the Chikun/Kajuru Federal Constituency by-election with 37,598 votes. "
            "Mr Emmanuel Kachia of the Peoples Democratic Party (PDP) polled 33,970 votes.\n\n"
            "A breakdown of the results by local government area showed that the APC won Chikun LGA with 28,410 votes to the "
            "PDP's 22,350, while the PDP carried Kajuru LGA with 11,620 votes against the APC's 9,188.\n")
    got = {c.constituency: [(x.name, x.votes) for x in c.candidates] for c in extract_results(text).contests}
    assert got == {"Chikun/Kajuru": [("Ishaya Tanko Bawa", 37598), ("Emmanuel Kachia", 33970)]}


def test_a_bilingual_portals_seat_and_names_in_english():
    text = ("House of Representatives Election 2082 — Results\n\n"
            "Chitwan - 2 | चितवन क्षेत्र नं. २\n\nResult: Declared (निर्वाचित घोषणा)\n\n"
            "Candidate / उम्मेदवार | Party / दल | Votes / प्राप्त मत | % | Status\n"
            "Sunil Kumar Adhikari सुनिल कुमार अधिकारी | Rastriya Swatantra Party | 41,806 | 45.17 | Elected ✔\n"
            "Shyam Prasad Dahal श्याम प्रसाद दाहाल | Nepali Congress | 23,514 | 25.41 |\n")
    [contest] = extract_results(text).contests
    assert contest.constituency == "Chitwan-2"
    assert [(x.name, x.votes, x.elected) for x in contest.candidates] == [("Sunil Kumar Adhikari", 41806, True), ("Shyam Prasad Dahal", 23514, None)]


def test_a_forwarded_chat_message_of_results_under_its_emoji_title():
    text = ("07/12/2024, 23:41 - Nii Ayi Kojo Media Hub: Forwarded many times\n"
            "🚨🚨 *OKAIKWEI CENTRAL PARLIAMENTARY RESULTS* 🚨🚨\n"
            "*NDC* - Rashid Abubakar Tanko - *41,286* (49.68%) ✅✅✅\n*NPP* - Emmanuel Kofi Asante-Darko - 38,904 (46.82%)\n")
    [contest] = extract_results(text).contests
    assert contest.constituency == "Okaikwei Central"
    assert [(x.name, x.votes, x.elected) for x in contest.candidates] == \
        [("Rashid Abubakar Tanko", 41286, True), ("Emmanuel Kofi Asante-Darko", 38904, None)]


def test_a_tally_sheet_under_its_numbered_seat_field_and_a_quoted_csv_with_a_seat_column():
    text = ("CONSTITUENCY: 240 NYAKACH\nCANDIDATE\tPARTY\tVOTES\t%\tSTATUS\n"
            "WALTER ODHIAMBO ONYANGO\tODM\t38412\t77.44\tELECTED\nPETER OKOTH OBURA\tIND\t9115\t18.38\n\n"
            '"Constituency","Candidate","Party","Votes","Percent","Status"\n'
            '"241 MUHORONI","Fredrick Otieno Ouma","ODM","24,877","55.80","ELECTED"\n'
            '"241 MUHORONI","Tom Okumu Ayieko","IND","17,906","40.17",""\n'
            '"241 MUHORONI","Total valid","","44,580","100.00",""\n')
    got = {c.constituency: [(x.name, x.votes) for x in c.candidates] for c in extract_results(text).contests}
    assert got == {"Nyakach": [("Walter Odhiambo Onyango", 38412), ("Peter Okoth Obura", 9115)],
                   "Muhoroni": [("Fredrick Otieno Ouma", 24877), ("Tom Okumu Ayieko", 17906)]}


def test_last_elections_pair_of_figures_and_its_restatement_in_shares_are_no_result():
    text = ("Candidates file for the May 19, 2026 primary in Berks County.\n\n"
            "Republican Rep. Todd Kessler, 58, faces a primary challenge from Amy Reinert. Kessler beat Democrat Lauren Pace "
            "17,204 to 14,911 in 2024, or 53.6% to 46.4%, the closest House race in the county that year.\n")
    assert extract_results(text).contests == []
    now = extract_results("Republican Tom Bracken won a fourth term as sheriff Tuesday, defeating Democrat Luis Ortega "
                          "23,118 votes to 14,602.\n")
    assert [(x.name, x.votes) for x in now.contests[0].candidates] == [("Tom Bracken", 23118), ("Luis Ortega", 14602)]


POLL_STORIES = [
    ("Poll: PA holds lead but a third of voters undecided\n\nBy Losirene Naivalu | Monday, November 10, 2025\n\n"
     "On preferred prime minister, Sitiveni Rabuka, 77, was chosen by 31 per cent, ahead of Opposition Leader Inia Seruiratu "
     "on 18 per cent and Deputy Prime Minister Biman Prasad on 12 per cent.\n\n"
     "Tebbutt Research's project manager, Alisi Vakaloloma, said undecided voters were highest among those aged 18 to 29.\n"),
    ("Paraná governor race tightens as Borges closes gap on Calixto, poll shows\n\n"
     "In the last Pulso poll, at the end of August, Calixto had 38% and Borges 24%.\n"),
]


@pytest.mark.parametrize("text", POLL_STORIES, ids=["poll-colon", "poll-shows"])
def test_a_story_its_headline_calls_a_polls_has_no_result(text):
    assert extract_results(text).contests == []


def test_a_declaration_of_result_of_poll_is_no_poll_story():
    text = ("Declaration of result of poll: Brockwell Green ward by-election\n\n"
            "Sam Hill (Labour) won with 41.2% of the vote.\n")
    assert [x.share for x in extract_results(text).contests[0].candidates] == [41.2]


def test_a_welsh_bilingual_card_of_name_party_and_pleidlais_votes():
    text = ("CANLYNIAD LLAWN / FULL RESULT\nCaerfyrddin - Plaid Cymru gain from Conservative\n\n"
            "Ann Davies\nPlaid Cymru - The Party of Wales\n15,520 pleidlais / votes | 34.0%\nETHOLWYD / ELECTED\n\n"
            "Will Beasley\nPlaid Werdd Cymru a Lloegr - Green Party\n1,371 pleidlais / votes | 3.0%\n")
    [contest] = extract_results(text).contests
    assert [(x.name, x.party, x.votes, x.share) for x in contest.candidates] == \
        [("Ann Davies", "Plaid Cymru", 15520, 34.0), ("Will Beasley", "Green", 1371, 3.0)]


def test_a_card_of_name_comma_party_over_votes_share_and_elected():
    text = ("FULL RESULT: NORTH WEST CAMBRIDGESHIRE\n\nSam Carling, Labour\n14,785 votes (33.3%) - ELECTED\n\n"
            "Shailesh Vara, Conservative\n14,746 votes (33.2%)\n\nMajority: 39\n")
    [contest] = extract_results(text).contests
    assert [(x.name, x.party, x.votes, x.share, x.elected) for x in contest.candidates] == \
        [("Sam Carling", "Labour", 14785, 33.3, True), ("Shailesh Vara", "Conservative", 14746, 33.2, None)]


def test_a_ticked_name_over_its_votes_and_elected():
    text = ("KIDSGROVE WARD - 4 seats, 8 candidates\n\n✔ Sandra Meakin (Labour)\n   741 votes - ELECTED\n"
            "Kevin Birks (Reform UK)\n   598 votes\n")
    [contest] = extract_results(text).contests
    assert [(x.name, x.party, x.votes, x.elected) for x in contest.candidates] == \
        [("Sandra Meakin", "Labour", 741, True), ("Kevin Birks", "Reform UK", 598, None)]


def test_a_winners_name_in_capitals_over_its_votes_among_cards_is_no_heading():
    text = ("Here are the unofficial results. Winners are in capital letters.\n\nWARD 9 (Upper Stoney Creek)\n"
            "TESS MULLIGAN\n5,214 votes (49.7%)\nNick Petrakis\n3,877 votes (36.9%)\n\n"
            "WARD 10 (Lower Stoney Creek)\nOKSANA PETRENKO\n6,031 votes (47.6%)\nAlyssa Chen\n5,688 votes (44.9%)\n")
    got = {c.constituency: [(x.name, x.votes) for x in c.candidates] for c in extract_results(text).contests}
    assert got == {"Ward 9 (Upper Stoney Creek)": [("Tess Mulligan", 5214), ("Nick Petrakis", 3877)],
                   "Ward 10 (Lower Stoney Creek)": [("Oksana Petrenko", 6031), ("Alyssa Chen", 5688)]}


def test_a_ridings_dashed_name_holds_no_person():
    text = ("In Milton East—Halton Hills South, Liberal Anita Gill Saran defeated Conservative Parm Bhamra 31,402 to 31,381.\n")
    [contest] = extract_results(text).contests
    assert [(x.name, x.votes) for x in contest.candidates] == [("Anita Gill Saran", 31402), ("Parm Bhamra", 31381)]


def test_a_numbered_seat_on_a_county_board_names_its_district():
    text = ("Dee Jackson-Webb won Tuesday's Democratic primary runoff for the District 4 seat on the Henry County Board of "
            "Commissioners, defeating Marcus Pettigrew. Jackson-Webb had 4,118 votes, or 57.3%, to Pettigrew's 3,069, or 42.7%.\n")
    [contest] = extract_results(text).contests
    assert contest.constituency == "Henry County Board of Commissioners District 4"


def test_a_seat_whose_name_a_dash_joins_keeps_its_first_part():
    text = ("Sinn Féin's Niamh Kelly topped the poll in the Dunmore–Ballyvaughan Local Electoral Area with 2,411 first "
            "preferences and was elected on the first count.\n")
    [contest] = extract_results(text).contests
    assert contest.constituency == "Dunmore–Ballyvaughan"
    assert [(x.name, x.votes, x.elected) for x in contest.candidates] == [("Niamh Kelly", 2411, True)]


def test_a_list_of_surnames_that_win_the_seats():
    text = ("Contest  Choice  Total\nVillage of Plover Trustee  Beth Kowalski  900\nVillage of Plover Trustee  Marcus Yang  815\n"
            "Village of Plover Trustee  Terry Brennan  776\nVillage of Plover Trustee  Dale Wierzba  703\n\n"
            "So Kowalski, Yang and Brennan win the three trustee seats, Wierzba misses out by 73.\n")
    [contest] = extract_results(text).contests
    assert [(x.name, x.elected) for x in contest.candidates] == \
        [("Beth Kowalski", True), ("Marcus Yang", True), ("Terry Brennan", True), ("Dale Wierzba", None)]


def test_a_ward_declared_in_capitals_over_its_rows():
    text = "OLDFIELD DECLARED\nARKWRIGHT (Ref) 1033 ✅\nBENSON (Lab) 1021 ✅\nCHEN (Lab) 988\n"
    [contest] = extract_results(text).contests
    assert contest.constituency == "Oldfield"
    assert [(x.name, x.votes, x.elected) for x in contest.candidates] == [("Arkwright", 1033, True), ("Benson", 1021, True), ("Chen", 988, None)]


def test_a_german_constituency_with_a_spaced_dash_and_the_countrys_election_named_by_its_people():
    text = ("Katrin Wendlandt of the far-right Alternative for Germany (AfD) won the Oberhavel - Havelland II constituency in "
            "Sunday's German election with 52,318 first votes, a margin of 13,544 over Michael Brandes (CDU), who had 38,774.\n")
    [contest] = extract_results(text).contests
    assert (contest.constituency, contest.majority) == ("Oberhavel - Havelland II", 13544)
    assert [(x.name, x.votes, x.elected) for x in contest.candidates] == [("Katrin Wendlandt", 52318, True), ("Michael Brandes", 38774, None)]


def test_a_round_ups_ridings_in_capitals_each_over_a_blank_line_and_its_paragraph():
    text = ("Here is how the races in and around the capital played out.\n\nOTTAWA CENTRE\n\n"
            "The NDP's Nadia Okafor-Riel cruised to a second term. She finished with 27,614 votes, almost double the tally "
            "of Liberal Samuel Ducharme, who took 14,905.\n\nKANATA—CARLETON\n\n"
            "The tightest contest in the region went to the PCs. Karen Lindqvist-Marr held the suburban seat with 21,904 votes, "
            "ahead of Liberal Rahim Qureshi's 19,387.\n")
    got = {c.constituency: [(x.name, x.votes) for x in c.candidates] for c in extract_results(text).contests}
    assert got == {"Ottawa Centre": [("Nadia Okafor-Riel", 27614), ("Samuel Ducharme", 14905)],
                   "Kanata—Carleton": [("Karen Lindqvist-Marr", 21904), ("Rahim Qureshi", 19387)]}


def test_a_ward_whose_name_has_and_before_its_number_in_brackets():
    text = ("The SNP's Ewan MacKenzie has won the Highland Council by-election in Lochside and Strathnairn ward (Ward 19), "
            "taking the seat from the Liberal Democrats.\n\nMr MacKenzie led on first preferences with 1,402 (36.8%).\n")
    [contest] = extract_results(text).contests
    assert contest.constituency == "Lochside and Strathnairn"


def test_a_council_portals_ward_over_its_seats_line_and_a_results_word():
    text = ("Election results for Wyvern Vale District Council, Thursday, 7th May, 2026\n\nBroadmead\n\nNumber of seats: 1\n\nResults\n"
            "Candidate | Party | Votes | % | Outcome\nCarl Anthony Dunning | Reform UK | 902 | 35% | Elected\n"
            "Linda Yeo | Conservative and Unionist Party | 711 | 28% | Not elected\n")
    [contest] = extract_results(text).contests
    assert contest.constituency == "Broadmead"
    assert [(x.name, x.votes, x.elected) for x in contest.candidates] == [("Carl Anthony Dunning", 902, True), ("Linda Yeo", 711, None)]


def test_a_results_portals_seat_with_its_number_over_its_status_and_rows_ending_won_or_lost():
    text = ("Constituency-wise Results\n\nEtah (PC No. 22)\n\nResult Declared · Rounds 25/25\n\n"
            "RAGHUVEER SINGH SHAKYA | SP | 5,03,142 | 47.76% | WON\nANIL KUMAR LODHI | BJP | 4,62,915 | 43.94% | LOST\n")
    [contest] = extract_results(text).contests
    assert contest.constituency == "Etah"
    assert [(x.name, x.votes, x.elected) for x in contest.candidates] == \
        [("Raghuveer Singh Shakya", 503142, True), ("Anil Kumar Lodhi", 462915, None)]


def test_a_portals_row_that_says_unopposed_in_its_votes_cell_is_elected():
    text = ("Denby Vale\n\nNumber of seats: 3\n\nResults\nCandidate | Party | Votes | Outcome\n"
            "Frances Atherley | Independent | Unopposed | Elected\nNoreen Blackett | Conservative and Unionist Party | Unopposed | Elected\n")
    [contest] = extract_results(text).contests
    assert contest.constituency == "Denby Vale"
    assert [(x.name, x.votes, x.elected) for x in contest.candidates] == [("Frances Atherley", None, True), ("Noreen Blackett", None, True)]


def test_a_state_pages_governor_card_over_its_call_and_rows():
    text = ("Arizona election results 2026\n\nGovernor\n\nAP called Nov. 4, 8:02 p.m.\n\n"
            "✔ | Marisol Ybarra | Dem | 1,301,884 | 50.3%\nDean Whitlock | GOP | 1,248,310 | 48.2%\n")
    [contest] = extract_results(text).contests
    assert contest.constituency == "Governor"
    assert [(x.name, x.votes, x.elected) for x in contest.candidates] == [("Marisol Ybarra", 1301884, True), ("Dean Whitlock", 1248310, None)]


def test_a_wire_names_the_by_election_after_its_state_and_its_header_fields_are_no_seats():
    from extract.pipeline import extract_results
    text = ("SLUG:      POL NSW BYELECTION KILLARA FLATS (UPDATE 2)\nDATELINE:  SYDNEY, Nov 24 AAP\n"
            "CORRECTS:  Liberal primary vote in para 4 to 12,880\n\n"
            "SYDNEY, Nov 24 AAP - Independent Rosa Tindall has won the NSW state by-election in Killara Flats.\n\n"
            " Rosa Tindall (Ind)          14,020   38.1 pct\n Neil Prosser (Lib)          12,880   35.0 pct\n\n"
            " Turnout 81.2 per cent.\n")
    [contest] = extract_results(text).contests
    assert contest.constituency == "Killara Flats"
    assert [(c.name, c.votes) for c in contest.candidates] == [("Rosa Tindall", 14020), ("Neil Prosser", 12880)]


def test_a_posts_list_numbered_with_keycap_digits():
    text = ("🗳️ KOWHAI BAY COMMUNITY BOARD (3 seats)\n\n1\ufe0f\u20e3 Jo Harrow – 1,402 ✅\n2\ufe0f\u20e3 Sam Te Kani – 1,288 ✅\n"
            "3\ufe0f\u20e3 Deb Ellingham – 1,150 ✅\n4\ufe0f\u20e3 Greg Strachan – 1,083\n")
    [contest] = extract_results(text).contests
    assert [(x.name, x.votes, x.elected) for x in contest.candidates] == [
        ("Jo Harrow", 1402, True), ("Sam Te Kani", 1288, True), ("Deb Ellingham", 1150, True), ("Greg Strachan", 1083, None)]


def test_a_mayor_of_a_combined_authority_names_the_contest_not_a_town_in_the_story():
    text = ("Reform UK's Craig Tennant has been elected Mayor of the Marsh Vale Combined Authority, unseating Labour's Naomi "
            "Fairbrother.\n\nMr Tennant, who built up a haulage firm in Selby, polled 98,416 votes, 34.8 per cent. "
            "Ms Fairbrother took 86,270 votes (30.5 per cent).\n")
    [contest] = extract_results(text).contests
    assert contest.constituency == "Marsh Vale Combined Authority"
    assert [(x.name, x.votes) for x in contest.candidates] == [("Craig Tennant", 98416), ("Naomi Fairbrother", 86270)]
