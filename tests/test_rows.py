"""Candidate rows, one line each: (line, (name, party as written, votes, share, elected)) or None."""

from __future__ import annotations

import pytest

from extract.lines import party_tools as _party_tools
from extract.rows import header_map, parse_cells, parse_row, spaced_header, split_cells, split_spaced_row

ROWS = [
    ("  x Tyler Brandvold (PC)        20,118   44.6%", ("Tyler Brandvold", "PC", 20118, 44.6, True)),     # the winner's x, a space after it
    ("ARKWRIGHT (Ref) 1033 ✅", ("Arkwright", "Ref", 1033, None, True)),      # a surname in capitals before a known party's code
    ("*NDC* - Rashid Abubakar Tanko - *41,286* (49.68%) ✅✅✅", ("Rashid Abubakar Tanko", "NDC", 41286, 49.68, True)),     # a chat's bold and ticks
    ("Liberal Democrats Jenny Marsh – 1,034 (46.3%) ✔ ELECTED", ("Jenny Marsh", "Liberal Democrats", 1034, 46.3, True)),     # the party's full name first
    ("Reform UK Paul Ingram 647 (28.9%)", ("Paul Ingram", "Reform UK", 647, 28.9, False)),
    ("Ger Deere (FG)* 2,108 (2019: 1,744) – ELECTED, count 1", ("Ger Deere", "FG", 2108, None, True)),    # an outgoing member's star, last time's votes
    ("Hannah Ostrowski (ALP) (M) 12,604 (45.7 pct)", ("Hannah Ostrowski", "ALP", 12604, 45.7, False)),    # a wire's sitting member and "pct"
    ("Greg Whitcombe (LIB) 8,911 (32.3)", ("Greg Whitcombe", "LIB", 8911, 32.3, False)),     # the share in brackets, its % unsaid
    ("ANC – Thandeka Mkhize: 1,236 (32.1%) [58.4%]", ("Thandeka Mkhize", "ANC", 1236, 32.1, False)),     # last time's share in square brackets
    ("MK – Sibusiso Ngcobo: 1,842 (47.9%) [2021: did not stand]", ("Sibusiso Ngcobo", "MK", 1842, 47.9, False)),
    ("Independent (Gareth Price-Lloyd) 388 [33.8%]", ("Gareth Price-Lloyd", "Independent", 388, 33.8, False)),     # this one's share in square brackets
    ("Reform UK (Craig Naylor) 1,311 [48.5%, +29.6]", ("Craig Naylor", "Reform UK", 1311, 48.5, False)),
    ("Troy Maddox (R, incumbent) – 88,102 (58.9%) ✔", ("Troy Maddox", "R", 88102, 58.9, True)),      # the party and the incumbent's mark
    ("Darren Vogel (LNP) 10,012 41.5 (+19.0)", ("Darren Vogel", "LNP", 10012, 41.5, False)),     # a share without its "%", then its change
    ("Kedar Vishwanath Joshi (SHS-UBT) — 57,839 (47.97%) ✔ Won", ("Kedar Vishwanath Joshi", "SHS-UBT", 57839, 47.97, True)),
    ("Anna Dixon LAB 21,738 45.0%+5.8", ("Anna Dixon", "LAB", 21738, 45.0, False)),      # a graphic's change glued to its share
    ("Philip Davies CON 13,135 27.2%-23.6", ("Philip Davies", "CON", 13135, 27.2, False)),
    # a declaration pasted from a PDF, its cells run together
    ("NUTTALLLisa MarieReform UK1,496Elected", ("Lisa Marie Nuttall", "Reform UK", 1496, None, True)),
    ("HOGAN, Mary Fianna Fáil 2,406 -467 – – – – – – – Elected C1", ("Mary Hogan", "Fianna Fáil", 2406, None, True)),     # a count table's row:
    ("TREACY, Helen Aontú 455 +25 -480 – – – – – – Excluded C3", ("Helen Treacy", "Aontú", 455, None, False)),     # first count, transfers, outcome
    ("QS — Émilie Tran — 4,206 (11.2%)", ("Émilie Tran", "QS", 4206, 11.2, False)),     # Québec solidaire's code leading the row
    ("ACHESON Paul DavidLabour Party1,412Elected", ("Paul David Acheson", "Labour Party", 1412, None, True)),     # (a space after the surname)
    ("McKENNA SeanLabour Party402Not elected", ("Sean McKenna", "Labour Party", 402, None, False)),
    ("HOLLINGWORTHGraham PeterThe Conservative Party Candidate834",
     ("Graham Peter Hollingworth", "The Conservative Party Candidate", 834, None, False)),
    # bracket form
    ("Simon Anthony (The Green Party): 4,988", ("Simon Anthony", "The Green Party", 4988, None, False)),
    ("Daniel Okonjo (Labour): 1,493 – 4.7% – lost deposit", ("Daniel Okonjo", "Labour", 1493, 4.7, False)),
    ("McMAHON, Jim - Labour and Co-operative Party - 13,232 (ELECTED)", ("Jim McMahon", "Labour and Co-operative Party", 13232, None, True)),
    ("Jane Doe (Lab) 17,232 (35.09%)", ("Jane Doe", "Lab", 17232, 35.09, False)),
    ("Andrew George (Liberal Democrat) 25,033 · 52.0% (+12.7) ✔", ("Andrew George", "Liberal Democrat", 25033, 52.0, True)),
    ("Maya Ellison (I)         6,886    1.4%", ("Maya Ellison", "I", 6886, 1.4, False)),      # "(I)" is an independent, "(i)" an incumbent
    ("x-Lorraine Devereaux (D) (i)  281,530   57.9%", ("Lorraine Devereaux", "D", 281530, 57.9, True)),
    ("SAVILLE ROBERTS, Liz - Plaid Cymru - The Party of Wales - 21,788 (53.9%)",
     ("Liz Saville Roberts", "Plaid Cymru - The Party of Wales", 21788, 53.9, False)),
    ("Liberal Democrats (Helen Pascoe) 842 [42.5%; +18.2]", ("Helen Pascoe", "Liberal Democrats", 842, 42.5, False)),
    ("Reform UK (Darren Hollins) 514 [40.7%; new]", ("Darren Hollins", "Reform UK", 514, 40.7, False)),
    ("Brian Tully (Independent) Elected – 987", ("Brian Tully", "Independent", 987, None, True)),
    ("Gemma Rowntree, Liberal Democrats: 487 (elected after drawing of lots)", ("Gemma Rowntree", "Liberal Democrats", 487, None, True)),
    ("LAB Jane Smith ...... 12,345", ("Jane Smith", "LAB", 12345, None, False)),
    ("Denise Marlow (Labour) 1,684 (E)", ("Denise Marlow", "Labour", 1684, None, True)),
    ("Morag Dunlop (SNP) - 2,214 - ELECTED (stage 1)", ("Morag Dunlop", "SNP", 2214, None, True)),
    ("Labour: Emma Reynolds, 16,035 (35.9%) – elected", ("Emma Reynolds", "Labour", 16035, 35.9, True)),
    ("Gerald Price (Labour Party) – 15,791 votes (44.8%)", ("Gerald Price", "Labour Party", 15791, 44.8, False)),
    ("Aisha Ray (Liberal) 24,512 — 48.3%", ("Aisha Ray", "Liberal", 24512, 48.3, False)),
    ("TIDBALL, Marie (Lab) 19,169 43.6% (+10.3)", ("Marie Tidball", "Lab", 19169, 43.6, False)),
    ("Dev Raman (Family First) 3,012 - 3.1% (new)", ("Dev Raman", "Family First", 3012, 3.1, False)),
    ("Sean Woodcock Labour 18,468 38.3% ELECTED", ("Sean Woodcock", "Labour", 18468, 38.3, True)),
    ("JOHN GRADY LABOUR 15543 ELECTED", ("John Grady", "LABOUR", 15543, None, True)),      # a wire's capitals, no share
    ("Karen Lowther, Reform UK — 38.4% (new) Elected", ("Karen Lowther", "Reform UK", None, 38.4, True)),   # a share, no votes yet
    ("ASHWORTH, Julian - 412 - Elected", ("Julian Ashworth", None, 412, None, True)),
    ("GRECH Maria (PL) – 401 ✅ ELECTED 1st count", ("Maria Grech", "PL", 401, None, True)),     # a tick and the word, then the count it came on       # a parish poll: no parties
    ("Liz Caldera: 4,311 (55.0%)", ("Liz Caldera", None, 4311, 55.0, False)),       # a live blog's latest numbers
    ("  - Cian O Dubhghaill (SF) FP 12,330, 1st count", ("Cian O Dubhghaill", "SF", 12330, None, False)),     # a wire's first preferences
    ("  - Emma Clancy (Soc Dem) FP 5,401, 11th count, without reaching quota", ("Emma Clancy", "Soc Dem", 5401, None, False)),
    ("EFF – Luthando Ngcobo: 20.3% (612 votes) [2021: 14.9%]", ("Luthando Ngcobo", "EFF", 612, 20.3, False)),   # share first; last time's note
    ("MK – Aphiwe Tshangana: 11.4% (344 votes) [did not contest]", ("Aphiwe Tshangana", "MK", 344, 11.4, False)),
    ("PARSONS, Gerald - 298 - Not elected", ("Gerald Parsons", None, 298, None, False)),
    ("WOOD, Fiona (Green Party) - 177 - Not elected", ("Fiona Wood", "Green Party", 177, None, False)),
    ("Terry Lavallée, Conservative ........ 20,614 (validated: 20,619)", ("Terry Lavallée", "Conservative", 20614, None, False)),
    ("Chris Evans - Llafur a'r Blaid Gydweithredol / Welsh Labour and Co-operative Party - 14,538 (ETHOLWYD / ELECTED)",
     ("Chris Evans", "Llafur a'r Blaid Gydweithredol / Welsh Labour and Co-operative Party", 14538, None, True)),
    ("Laura Pennington (Liberal Democrat) 44.6%", ("Laura Pennington", "Liberal Democrat", None, 44.6, False)),
    ("AMY KETTYLES SCOTTISH GREENS 2727", ("Amy Kettyles", "SCOTTISH GREENS", 2727, None, False)),
    ("JO O'NEILL-SMITH LABOUR 15,543", ("Jo O'Neill-Smith", "LABOUR", 15543, None, False)),
    ("Dawson, Peter Alan, Labour Party, 611", ("Peter Alan Dawson", "Labour Party", 611, None, False)),   # a declaration read aloud
    ("Ciarán McLoughlin (FG) 8,205 - elected, count 6", ("Ciarán McLoughlin", "FG", 8205, None, True)),
    ("Williams Westwood, Anna (Green) 2,119", ("Anna Williams Westwood", "Green", 2119, None, False)),
    ("Chris Vince, Labour Co-operative: 16,313 (37.6%, +8.3)", ("Chris Vince", "Labour Co-operative", 16313, 37.6, False)),
    ("Malcolm Featherstone, Reform UK: 9,461 (21.8%, new)", ("Malcolm Featherstone", "Reform UK", 9461, 21.8, False)),
    ("Lib — Geneviève Lapointe-Roy (x) 25,318 (41.5%)", ("Geneviève Lapointe-Roy", "Lib", 25318, 41.5, False)),
    ("Martin Reeve - Conservative - 1,012 (elected by lot)", ("Martin Reeve", "Conservative", 1012, None, True)),
    ("Kevin Lowe, The Opportunity Party (TOP) – 702", ("Kevin Lowe", "The Opportunity Party (TOP)", 702, None, False)),
    ("Winner: Steffan Aquarone, Liberal Democrat - 19,488 (41.4%)", ("Steffan Aquarone", "Liberal Democrat", 19488, 41.4, True)),
    ("Runner-up: Duncan Baker, Conservative - 16,903 (35.9%)", ("Duncan Baker", "Conservative", 16903, 35.9, False)),
    ("Begley, Órfhlaith (SF) 22,711 (52.0%)", ("Órfhlaith Begley", "SF", 22711, 52.0, False)),
    ("Ó Murchú, Éamon (Aontú) 778 (1.8%)", ("Éamon Ó Murchú", "Aontú", 778, 1.8, False)),
    ("Michael Perera (Labour), 39, charity worker – 6,246", ("Michael Perera", "Labour", 6246, None, False)),
    ("Peter Newman (Scottish Greens), 58, retired teacher of 31 years – 2,038", ("Peter Newman", "Scottish Greens", 2038, None, False)),
    ("Peter Lamb (Lab) 17,453 WINNER", ("Peter Lamb", "Lab", 17453, None, True)),
    ("DEVLIN, Aileen (Scottish National Party (SNP)) 1,071", ("Aileen Devlin", "Scottish National Party (SNP)", 1071, None, False)),
    ("Danielle Arsenault — Liberal — 26,118 (51.2%) Incumbent ✔ Elected", ("Danielle Arsenault", "Liberal", 26118, 51.2, True)),
    ("Rob Reiss (LD) 2,866 (6.5%) -3.7", ("Rob Reiss", "LD", 2866, 6.5, False)),
    ("HOLLIS, Margaret (Labour Party) 1,472 *", ("Margaret Hollis", "Labour Party", 1472, None, True)),
    ("Ciara Nolan (SF) 10,118 — ELECTED", ("Ciara Nolan", "SF", 10118, None, True)),
    ("Jo Stevens (Lab) 15,833 (40.47%, -18.75%)", ("Jo Stevens", "Lab", 15833, 40.47, False)),
    ("Sachin Rambhau Kharade, NCP (SP): 1,10,809", ("Sachin Rambhau Kharade", "NCP (SP)", 110809, None, False)),
    ("Labour (Marcus Obi) 876 (35.9%, +6.1)", ("Marcus Obi", "Labour", 876, 35.9, False)),
    ("- Priya Desai (Green) 1,401 *", ("Priya Desai", "Green", 1401, None, True)),
    ("Raj Patel (Ind) 5,74,448", ("Raj Patel", "Ind", 574448, None, False)),
    # dashed form
    ("Maureen Black, Scottish Labour – 15,639", ("Maureen Black", "Scottish Labour", 15639, None, False)),
    ("Siân Jones - Green Party - 28,809 (55.0%)", ("Siân Jones", "Green Party", 28809, 55.0, False)),
    ("Rachel Okoye, Liberal Democrat – 1,302 (elected)", ("Rachel Okoye", "Liberal Democrat", 1302, None, True)),
    ("Stephen Lyle, Independent - 401 votes", ("Stephen Lyle", "Independent", 401, None, False)),
    ("Darlene Fuchs, Conservative: 22,415 (45.0 per cent)", ("Darlene Fuchs", "Conservative", 22415, 45.0, False)),
    ("Jane Doe (Lab) 17,232 (35.1 per cent)", ("Jane Doe", "Lab", 17232, 35.1, False)),
    # party first, capitals, surname first
    ("Labour: Jane Smith 12,345", ("Jane Smith", "Labour", 12345, None, False)),
    ("JANE SMITH (Labour) 12,345", ("Jane Smith", "Labour", 12345, None, False)),
    ("Smith, Jane (Lab) 12,345", ("Jane Smith", "Lab", 12345, None, False)),
    ("Steve AI (Independent) 179", ("Steve AI", "Independent", 179, None, False)),
    ("Mahadevaiah (BSP) 18,220", ("Mahadevaiah", "BSP", 18220, None, False)),
    # a results card's winner badge left after the name
    ("LAB Julie Minns Elected 18,129 39.4%", ("Julie Minns", "LAB", 18129, 39.4, True)),
    ("LAB Julie MinnsElected 18,129 39.4%", ("Julie Minns", "LAB", 18129, 39.4, True)),
    ("Tim Farron Winner (Liberal Democrat) 31,061", ("Tim Farron", "Liberal Democrat", 31061, None, True)),
    ("REF Stephen Ward 9,295 20.2%", ("Stephen Ward", "REF", 9295, 20.2, False)),
    # glued table cells
    ("Liberal DemocratMartin Wrigg31.7%15,201+9.4", ("Martin Wrigg", "Liberal Democrat", 15201, 31.7, False)),
    ("Reform UKChris Hill17.7%8,494", ("Chris Hill", "Reform UK", 8494, 17.7, False)),
    ("IndependentOwen Lewis0.9%457N/A", ("Owen Lewis", "Independent", 457, 0.9, False)),
]

NOT_ROWS = [
    "Jan Nabz Research | 39-45 | 22-31 | 0-2 | 0",       # an exit poll's agency, not a candidate
    "Axiom Surveys | 41-47 | 20-26 | 0-1 | 1",
    "Labour gained Hunslet - 1,118 (38.9%)",        # a party's words, no candidate after them
    "Same-day registrations: 3,912",        # a count's label, no share
    "Times Under Voted: 0",
    "Candidate B (party Y): 35,000 (35 per cent)",      # an explainer's worked example
    "Formal | – | 95,467 | 95.67 | +0.12 |",         # an AEC page's vote-type rows
    "Early (in-person) | 24,117",
    "Nancy Cole - Plaid Cydraddoldeb Menywod - 282 (0.6%)",     # a party the gazetteer does not know is no part of the name
    "JONES, Labour - 412",
    "Western Mirror Online (c) 2022",      # a copyright line
    "Reform UK ......... 5",      # a party's seats under dot leaders, not Reform's candidate "UK"
    "Plaid Cymru ....... 3",
    "Lab GAIN from Con. Maj 5,235",
    "Bramble Close Scout Hut (Portakabin in car park) 44",
    "Turnout was 55.6 per cent, with 40,748 valid votes counted from an electorate of 73,317.",
    "Labour's Keir Cozens ran him closest, finishing second with 12,959 votes.",
    "Electorate: 53,141",
    "Majority: 1,175",
    "Liz Truss (2022) 49",
    "Sunday 5 July 2024, 04:31 (BST)",
    "Read more (3) 1,200",
    "Others (Ind) 450",
    "Total (all) 12,000",
]


def _ids(rows):
    return [r[0][:40] if isinstance(r, tuple) else r[:40] for r in rows]


@pytest.mark.parametrize("line, want", ROWS, ids=_ids(ROWS))
def test_row(line, want):
    is_party, split_glued = _party_tools()
    row = parse_row(line, is_party, split_glued)
    assert row is not None, line
    assert (row.name, row.party, row.votes, row.share, row.elected) == want


@pytest.mark.parametrize("line", ["Labour ........ 41%", "Kamala Harris ........ 48%", "Jane Smith | Labour | 41.2 | 39.0"])
def test_a_share_without_votes_needs_a_name_a_party_and_a_percent(line):
    is_party, _ = _party_tools()
    row = parse_cells(split_cells(line), None, is_party)
    assert row is None or row.votes is not None or row.share is None


def test_a_seat_then_declaration_heads_its_rows_after_another_seat_was_named():
    from extract.pipeline import extract_results
    text = ("Glasgow North East result expected around 0320.\n\nGlasgow East declaration\n"
            "John Grady Labour 15543 elected\nDavid Linden SNP 11759\n")
    assert [c.constituency for c in extract_results(text).contests] == ["Glasgow East"]


def test_an_archive_pages_older_election_box_below_this_one_is_skipped():
    from extract.pipeline import extract_results
    text = ("Stroud (UK Parliament constituency)\nThis page was last edited on 2 August 2024.\n\n"
            "General election 2024: Stroud\nParty | Candidate | Votes | %\n| Labour | Simon Opher | 25,607 | 46.4\n"
            "| Conservative | Siobhan Baillie | 14,219 | 25.7\nMajority | 11,388 | 20.6\n"
            "Elections in the 2010s\n\nGeneral election 2019: Stroud\nParty | Candidate | Votes | %\n"
            "| Conservative | Siobhan Baillie | 31,582 | 47.9\n| Labour | David Drew | 27,742 | 42.1\nMajority | 3,840 | 5.8\n")
    contest = extract_results(text).contests[0]
    assert [(x.name, x.votes) for x in contest.candidates] == [("Simon Opher", 25607), ("Siobhan Baillie", 14219)]
    assert contest.majority == 11388


def test_a_counts_stage_over_its_table_names_no_contest():
    from extract.pipeline import extract_results
    text = ("Published: 04/05/2012\n\nNo candidate reached 50 per cent on first preferences.\n\nFIRST ROUND\n"
            "Candidate             Party              Votes     %\n"
            "Steven Ogunleye       Labour            31,204   38.9\nDorothy Pennick       Independent       24,781   30.9\n")
    assert [c.constituency for c in extract_results(text).contests] == [None]


def test_a_two_candidate_preferred_table_in_capitals_is_skipped():
    from extract.pipeline import extract_results
    text = ("DIVISION OF PATERSON, NSW\nStatus: Declared    Last updated: 23/05/2025\n\nFIRST PREFERENCES\n"
            "Candidate                     Party                          Votes      %\n"
            "CALLOWAY, Meredith (Elected)  Australian Labor Party         41,806   39.84\n"
            "FARRELLY, Justin              Liberal                        33,517   31.94\n\nTWO CANDIDATE PREFERRED\n"
            "Candidate                     Party                          Votes      %\n"
            "CALLOWAY, Meredith            Australian Labor Party         55,214   52.62\n"
            "FARRELLY, Justin              Liberal                        49,725   47.38\n")
    got = [(c.constituency, [(x.name, x.votes) for x in c.candidates]) for c in extract_results(text).contests]
    assert got == [("Paterson", [("Meredith Calloway", 41806), ("Justin Farrelly", 33517)])]


def test_a_status_column_that_says_won():
    from extract.pipeline import extract_results
    text = ("Alathur result\nJune 4, 2024\n\nCandidate | Party | Total Votes | % of Votes | Status\n"
            "K.R. SASIDHARAN | Communist Party of India (Marxist) | 407150 | 40.53 | WON\n"
            "DIVYA CHANDRAN | Indian National Congress | 390290 | 38.85 | LOST\n")
    [contest] = extract_results(text).contests
    assert [(x.name, x.votes, x.elected) for x in contest.candidates] == [("K.R. Sasidharan", 407150, True), ("Divya Chandran", 390290, None)]


def test_a_status_column_left_empty_for_the_losers():
    from extract.pipeline import extract_results
    text = ("Validated results\nApril 28, 2025\n\nStatus | Candidate | Political affiliation | Votes obtained | % Votes\n"
            "Elected | Meera Sandhu | Liberal Party of Canada | 25,903 | 42.7\n| Daniel Vukovic | Conservative Party of Canada | 24,118 | 39.7\n")
    [contest] = extract_results(text).contests
    assert [(x.name, x.votes, x.share, x.elected) for x in contest.candidates] == [("Meera Sandhu", 25903, 42.7, True),
                                                                                ("Daniel Vukovic", 24118, 39.7, None)]


def test_a_divisions_name_over_last_times_winner_and_its_table():
    from extract.pipeline import extract_results
    text = ("County council elections 2025: Boston district results\n2 May 2025\n\nBoston Coastal\nWon in 2021: Conservative\n"
            "Candidate\tParty\tVotes\t\nMark Haldane\tReform UK\t1,684\tElected\nSandra Whitcombe\tConservative Party\t902\t\n\n"
            "Boston Fishtoft\nWon in 2021: Conservative\nCandidate\tParty\tVotes\t\nDaniel Aspinall\tConservative Party\t1,077\t\n"
            "Karen Drury\tReform UK\t1,541\tElected\n")
    got = {c.constituency: [x.name for x in c.candidates] for c in extract_results(text).contests}
    assert got == {"Boston Coastal": ["Mark Haldane", "Sandra Whitcombe"], "Boston Fishtoft": ["Karen Drury", "Daniel Aspinall"]}


def test_an_stv_count_table_gives_its_first_count():
    from extract.pipeline import extract_results
    text = ("KILDARE NORTH\n4 seats | Count complete\n\nCOUNT DETAILS\n"
            "Candidate   Party   Count 1   Count 2   Count 3\n"
            "Aoife Tormey   SF   12,604 ELECTED   11,787   11,787\n"
            "Gerard Lyster   FG   9,875   9,913   11,875 ELECTED\n"
            "Ruth Kinahan   Lab   4,388   4,476   Eliminated\n")
    [contest] = extract_results(text).contests
    assert {c.name: c.votes for c in contest.candidates} == {"Aoife Tormey": 12604, "Gerard Lyster": 9875, "Ruth Kinahan": 4388}


def test_a_grid_of_seats_with_winner_and_runner_up_and_their_votes():
    from extract.pipeline import extract_results
    text = ("THE CAPITAL AT A GLANCE\nFriday 5 July 2024\n"
            "Constituency                     Winner                     Votes    Runner-up                  Votes     Maj   Result\n"
            "Edinburgh East and Musselburgh   Chris Murray (Lab)        18,790    Tommy Sheppard (SNP)      15,075   3,715   Lab gain from SNP\n"
            "Edinburgh South                  Ian Murray (Lab)          24,976    Simita Kumar (SNP)         7,725  17,251   Lab hold\n")
    got = {c.constituency: ([(x.name, x.party, x.votes, x.elected) for x in c.candidates], c.majority)
           for c in extract_results(text).contests}
    assert got["Edinburgh East and Musselburgh"] == (
        [("Chris Murray", "Labour", 18790, True), ("Tommy Sheppard", "Scottish National Party", 15075, None)], 3715)
    assert got["Edinburgh South"][1] == 17251



def test_a_csv_of_seats_whose_name_is_in_surname_and_forenames_columns():
    from extract.pipeline import extract_results
    text = ("Declarations, 5 July 2024\n\nconstituency,ballot_order,surname,forenames,description,votes,elected\n"
            "Bristol Central,3,DEBBONAIRE,Thangam,Labour Party,14132,N\nBristol Central,4,DENYER,Carla,Green Party,24539,Y\n"
            "Bristol South,1,DONNELLY,Karin,Labour Party,18521,Y\n")
    got = {c.constituency: [(x.name, x.party, x.votes, x.elected) for x in c.candidates] for c in extract_results(text).contests}
    assert got == {"Bristol Central": [("Carla Denyer", "Green", 24539, True), ("Thangam Debbonaire", "Labour", 14132, None)],
                   "Bristol South": [("Karin Donnelly", "Labour", 18521, True)]}

GRIDS_WITH_RUNNERS_UP = [
    ("party-in-brackets", "How County Antrim voted\nFri 5 July 2024\n\nConstituency | Winner | Party | Runner-up | Majority | Turnout | Result\n"
     "North Antrim | Jim Allister | TUV | Ian Paisley (DUP) | 450 | 55.1% | TUV gain from DUP\n",
     [("Jim Allister", "Traditional Unionist Voice", True), ("Ian Paisley", "Democratic Unionist Party", None)], 450),
    ("a-party-column-each", "Haryana winners\nOctober 8, 2024\n\nConstituency | Winner | Party | Runner-up | Party | Margin\n"
     "Adampur | Chander Prakash | INC | Bhavya Bishnoi | BJP | 1,268\n",
     [("Chander Prakash", "Indian National Congress", True), ("Bhavya Bishnoi", "Bharatiya Janata Party", None)], 1268),
]


@pytest.mark.parametrize("text, people, majority", [g[1:] for g in GRIDS_WITH_RUNNERS_UP], ids=[g[0] for g in GRIDS_WITH_RUNNERS_UP])
def test_a_grid_whose_runner_up_has_no_votes_still_names_them(text, people, majority):
    from extract.pipeline import extract_results
    contest = extract_results(text).contests[0]
    assert [(x.name, x.party, x.elected) for x in contest.candidates] == people
    assert contest.majority == majority


@pytest.mark.parametrize("footer_gap", ["\n", "\n\n"], ids=["footers-under-the-tables", "footers-a-paragraph-apart"])
def test_a_table_titled_how_the_seat_voted_in_an_earlier_year_is_skipped(footer_gap):
    from extract.pipeline import extract_results
    text = ("Reform UK win Lydmouth\n29 November 2024\n\nLydmouth division by-election, 28 November 2024\n\nCandidate | Party | Votes | %\n"
            "Priya Chandran | Reform UK | 1,388 | 36.1\nRoger Tillotson | Conservative | 1,207 | 31.4" + footer_gap + "Reform UK GAIN from Conservative. Majority: 181. Turnout: 28.5%\n\n"
            "How Lydmouth voted in 2021\nCandidate | Party | Votes | %\nGraham Pickering | Conservative | 2,544 | 58.2\n"
            "Gemma Hurst | Labour | 1,103 | 25.2" + footer_gap + "Majority: 1,441. Turnout: 41.3%\n")
    contest = extract_results(text).contests[0]
    assert [x.name for x in contest.candidates] == ["Priya Chandran", "Roger Tillotson"]
    assert (contest.majority, contest.turnout) == (181, 28.5)


def test_a_card_of_two_lines_per_candidate_name_and_party_over_votes_and_share():
    from extract.pipeline import extract_results
    text = ("Pete Wishart clings on\n5 July 2024\n\nPERTH AND KINROSS-SHIRE                              SNP HOLD\n"
            "Pete Wishart                         Scottish National Party\n18,928 votes                         37.8%\n"
            "Luke Graham                          Scottish Conservative\n14,801 votes                         29.6%\n"
            "Majority 4,127                       Turnout 64.8%\n")
    contest = extract_results(text).contests[0]
    assert [(x.name, x.party, x.votes, x.share) for x in contest.candidates] == [
        ("Pete Wishart", "Scottish National Party", 18928, 37.8), ("Luke Graham", "Conservative", 14801, 29.6)]


def test_one_line_per_seat_with_its_outcome_top_three_majority_and_turnout():
    from extract.pipeline import extract_results
    text = ("RESULTS AT A GLANCE\nFriday 5 July 2024\nCLACTON - REF GAIN FROM CON - Nigel Farage (Reform UK) 21,225; Giles "
            "Watling (Con) 12,820; Jovan Owusu-Nepaul (Lab) 7,448 - Maj 8,405 - T/O 58.7%\n")
    [contest] = extract_results(text).contests
    assert [(c.name, c.votes) for c in contest.candidates] == [
        ("Nigel Farage", 21225), ("Giles Watling", 12820), ("Jovan Owusu-Nepaul", 7448)]
    assert (contest.majority, contest.turnout) == (8405, 58.7)


def test_a_seat_guide_of_winner_party_and_majority_rows():
    from extract.pipeline import extract_results
    text = ("Surrey results\nFriday 5 July 2024\nOUR SEAT-BY-SEAT GUIDE (winner ▸ party ▸ majority ▸ swing ▸ result)\n\n"
            "Guildford ▸ Zöe Franklin ▸ Liberal Democrat ▸ maj 8,429 ▸ 11.7% Con to LD ▸ LD GAIN\n"
            "Surrey Heath ▸ Al Pinkerton ▸ Liberal Democrat ▸ maj 5,640 ▸ 20.8% Con to LD ▸ LD GAIN\n")
    got = {c.constituency: ([(x.name, x.party, x.elected) for x in c.candidates], c.majority) for c in extract_results(text).contests}
    assert got == {"Guildford": ([("Zöe Franklin", "Liberal Democrat", True)], 8429),
                   "Surrey Heath": ([("Al Pinkerton", "Liberal Democrat", True)], 5640)}


def test_a_bare_seat_name_over_a_result_card_of_labelled_rows():
    from extract.pipeline import extract_results
    text = ("By-elections\nFri 16 Feb 2024\nLabour won both by-elections held on Thursday.\n\nKingswood\n\n"
            "Result | Labour gain from Conservative\nWinner | Damien Egan (Labour) – 11,176 votes, 44.9%\n"
            "Second | Sam Bromiley (Conservative) – 8,675\nMajority | 2,501\nTurnout | 37.1% (24,905 ballots)\n")
    [contest] = extract_results(text).contests
    assert contest.constituency == "Kingswood"
    assert [(c.name, c.votes, c.elected) for c in contest.candidates] == [("Damien Egan", 11176, True), ("Sam Bromiley", 8675, None)]
    assert (contest.majority, contest.turnout) == (2501, 37.1)


def test_capitals_led_paragraphs_with_a_dash_and_a_key_of_codes_the_gazetteer_does_not_know():
    from extract.pipeline import extract_results
    text = ("Eastern Townships results\nTuesday 4 October 2022\nParty abbreviations: CAQ - Coalition Avenir Québec; QS - Québec "
            "solidaire; PQ - Parti Québécois.\n\nSAINT-FRANÇOIS - Nathalie Poulin (CAQ), elected, 16,512 votes, 45.4%; Antoine "
            "Lacasse (QS) 7,044, 19.4%.\n\nORFORD - Stéphane Paradis (CAQ), elected, 17,836 votes, 46.3%; Anne-Marie Roux (PQ) 4,915, 12.8%.\n")
    got = {c.constituency: [(x.name, x.party, x.votes, x.elected) for x in c.candidates] for c in extract_results(text).contests}
    assert got == {"Saint-François": [("Nathalie Poulin", "Coalition Avenir Québec", 16512, True), ("Antoine Lacasse", "Québec solidaire", 7044, None)],
                   "Orford": [("Stéphane Paradis", "Coalition Avenir Québec", 17836, True), ("Anne-Marie Roux", "Parti Québécois", 4915, None)]}


def test_a_county_results_page_of_office_titles_over_tables():
    from extract.pipeline import extract_results
    text = ("November 8, 2022 General Election\n\nRegistered Voters | 213,402\nBallots Counted | 148,117\n\nSheriff\n\n"
            "Candidate | Votes | Percent\n✔ Ray Holcomb (Prefers Republican Party) | 71,260 | 50.33%\n"
            "Nadine Ochoa (Prefers Democratic Party) | 69,914 | 49.38%\nWrite-in | 402 | 0.28%\n\nSuperior Court Judge Position 7\n\n"
            "Candidate | Votes | Percent\n✔ Andrea Kwan | 63,118 | 52.06%\nThomas J. Pelletier | 58,027 | 47.86%\n")
    got = {c.constituency: [(x.name, x.party, x.votes, x.elected) for x in c.candidates] for c in extract_results(text).contests}
    assert got == {"Sheriff": [("Ray Holcomb", "Republican", 71260, True), ("Nadine Ochoa", "Democratic", 69914, None)],
                   "Superior Court Judge Position 7": [("Andrea Kwan", None, 63118, True), ("Thomas J. Pelletier", None, 58027, None)]}


def test_a_bare_seat_name_over_its_rows_when_the_story_names_it():
    from extract.pipeline import extract_results
    text = ("STATE ELECTION 2022\nDecember 6 2022\nLabor retained Geelong, Lara and South Barwon.\n\nLara\n\n"
            "Michael Byrne-Tate (Labor) 20,118 – 52.6% ELECTED\nKylie Venables (Liberal) 10,975 – 28.7%\n\nFirst Round\n\n"
            "Kylie Venables (Liberal) 10,975 – 28.7%\n")
    [contest] = extract_results(text).contests
    assert contest.constituency == "Lara"
    assert [(c.name, c.votes, c.elected) for c in contest.candidates] == [
        ("Michael Byrne-Tate", 20118, True), ("Kylie Venables", 10975, None)]


def test_a_line_of_labelled_figures_joined_by_dashes():
    from extract.pipeline import extract_results
    text = ("Sheffield Hallam\nFriday 5 July 2024\nOlivia Blake (Labour) 23,875 ELECTED\nShaffaq Mohammed (Liberal Democrat) 15,686\n"
            "Majority: 8,189 - Turnout: 70.8% - Swing: 7.0% Lib Dem to Labour\n")
    [contest] = extract_results(text).contests
    assert (contest.majority, contest.turnout) == (8189, 70.8)


def test_a_key_of_codes_written_code_equals_name():
    from extract.document import party_key
    assert party_key("✓ = elected. PC = Progressive Conservative, NDP = New Democratic Party, NB = New Blue. Change is in points.\n") == {
        "PC": "Progressive Conservative", "NDP": "New Democratic Party", "NB": "New Blue"}


def test_a_turnout_cell_with_last_times_figure_in_brackets():
    from extract.pipeline import extract_results
    text = ("Msunduzi Ward 21\nThursday 25 July 2024\nJane Mokoena (ANC) 1,204\nPieter Botha (DA) 998\n"
            "Registered voters: 11,943 | Turnout: 31.4% (2021: 38.9%) | Spoilt: 42\n")
    [contest] = extract_results(text).contests
    assert contest.turnout == 31.4


def test_a_row_of_figures_is_no_header_and_a_dot_between_cells_is_no_cell():
    from extract.pipeline import extract_results
    text = ("West Wales results\nFriday 5 July 2024\n\nCAERFYRDDIN  -  Plaid Cymru gain from Conservative\n"
            "  Plaid Cymru ............ Ann Davies ............. 15,520   34.0%   +3.4   ELECTED\n"
            "  Labour ................. Martha O'Neil .......... 10,985   24.1%   -1.0\n"
            "  Majority 4,535  ·  Turnout 61.6%\n")
    [contest] = extract_results(text).contests
    assert [(c.name, c.votes, c.elected) for c in contest.candidates] == [("Ann Davies", 15520, True), ("Martha O'Neil", 10985, None)]
    assert (contest.majority, contest.turnout) == (4535, 61.6)


@pytest.mark.parametrize("line", NOT_ROWS, ids=_ids(NOT_ROWS))
def test_not_a_row(line):
    is_party, split_glued = _party_tools()
    assert parse_row(line, is_party, split_glued) is None


@pytest.mark.parametrize("line", ["  Valid signatures ........................  8,102", "Signing places | 6",
                                  "Eligible to sign ........ 73,180", "Postal ballots | 3,411"])
def test_a_box_of_a_petitions_or_counts_figures_is_no_candidate(line):
    is_party, _ = _party_tools()
    assert parse_cells(split_cells(line), None, is_party) is None


TABLES = [
    (None, "*Catriona Bell (Scottish Conservative and Unionist Party)*   284",
     ("Catriona Bell", "Scottish Conservative and Unionist Party", 284, None, False)),     # an email's bold, no winner's star
    (None, "x-Kowalczyk (D)\t17,402\t55%", ("Kowalczyk", "D", 17402, 55.0, True)),       # AP agate: a surname alone with its party's letter
    (None, "Michalski (R) (i)\t14,287\t45%", ("Michalski", "R", 14287, 45.0, False)),
    (None, "Dunne (LIBT)\t1,244\t2.9%", None),      # (an unknown code: no sign that a lone word is a name)
    ("Candidates        Votes       Party        Votes", "CARTER, Graeme        National Party   15,203      National Party        13,118",
     ("Graeme Carter", "National Party", 15203, None, False)),     # the party-vote table beside the candidates' under one header
    (None, "GORMLEY, Martin (FF) ..... 2,244 - ELECTED Count 1", ("Martin Gormley", "FF", 2244, None, True)),   # the count it came on
    ("Candidate | Party | Votes | % | Swing", "Warren Keogh (MP) | Liberal Party | 41,880 | 41.3% | -2.6",
     ("Warren Keogh", "Liberal Party", 41880, 41.3, False)),       # the sitting member's post-nominal is no party
    (None, "* Sushila Devi Rawat (SP) ............ 468,221", ("Sushila Devi Rawat", "SP", 468221, None, False)),   # a bullet, not a star
    # (header line, row line, (name, party, votes, share, elected))
    ("| Candidate | Party | Votes | % | +/- |", "| Karen Wood | Conservative | 15,310 | 35.4 | -28.7 |",
     ("Karen Wood", "Conservative", 15310, 35.4, False)),
    ("Name\tParty\tVotes\tShare", "Martin Reid\tLabour\t18,931\t46.9%", ("Martin Reid", "Labour", 18931, 46.9, False)),
    ("  Party (2025 candidate)      2021 votes   2021 %   2025 votes   2025 %   Change (pts)",
     "  Green (Tom Ashcroft)               241      9.1          231      8.5           -0.6", ("Tom Ashcroft", "Green", 231, 8.5, False)),
    ("Candidate | Party | Votes | %", "Helen Moore ✓ elected | Liberal Democrat | 26,214 | 52.9",
     ("Helen Moore", "Liberal Democrat", 26214, 52.9, True)),
    ("Candidate | Party | Votes | %", "Julia Bell LAB GAIN | Labour | 22,932 | 44.5", ("Julia Bell", "Labour", 22932, 44.5, True)),
    ("Candidate | Party | Votes | Elected", "Patricia Ellwood | Liberal Democrats | 1,502 | Yes",
     ("Patricia Ellwood", "Liberal Democrats", 1502, None, True)),
    ("Candidate | Party | Votes | Elected", "Jonathan Pike | Conservative | 1,261 | No",
     ("Jonathan Pike", "Conservative", 1261, None, False)),
    ("Candidate | Party | Votes cast | % | +/-", "Hamish Falconer | Labour Party | 18,470 | 43.8 | +2.8",
     ("Hamish Falconer", "Labour Party", 18470, 43.8, False)),
    ("Candidate name | Political party | Votes polled | Share of vote | Change since 2019",
     "Karl McCartney | Conservative | 9,677 | 23.0 | -25.0", ("Karl McCartney", "Conservative", 9677, 23.0, False)),
    ("Ymgeisydd / Candidate | Disgrifiad / Description | Pleidleisiau / Votes | % | Newid / Change",
     "Catrin Wager | Plaid Cymru – The Party of Wales | 9,112 | 21.9 | +5.7",
     ("Catrin Wager", "Plaid Cymru – The Party of Wales", 9112, 21.9, False)),
    ("Office / Candidate | Ward | Votes | % of votes | Status", "TREMBLAY, Luc | Ward 1 | 1,244 | 43.86% | ELECTED",
     ("Luc Tremblay", None, 1244, 43.86, True)),      # the office heads the group of rows; each row is its candidate's
    (None, "John Cooper       Scottish Conservative        13 527   29.6%",
     ("John Cooper", "Scottish Conservative", 13527, 29.6, False)),
    (None, "Tom Collins | Labour | 18,622 votes | 40.5% | Elected", ("Tom Collins", "Labour", 18622, 40.5, True)),
    ("Candidate | Party | Votes | Pct.", "Emerson Vail (i) ✓ | Republican | 19,604 | 52.1%", ("Emerson Vail", "Republican", 19604, 52.1, True)),
    ("Candidate,Party,Votes,Share", "Chris Kane,Scottish Labour,16856,33.9",
     ("Chris Kane", "Scottish Labour", 16856, 33.9, False)),
    ("Nominee | Affiliation | Tally | %", "Ben Spencer * | Conservative | 18,442 | 38.2",
     ("Ben Spencer", "Conservative", 18442, 38.2, True)),      # (a "* sitting MP" legend unmarks it later)
    (None, "Stuart Allen (Conservative) ✓ elected · CON HOLD | 17,628 (34.1%)",
     ("Stuart Allen", "Conservative", 17628, 34.1, True)),
    (None, "CROSBY, Vera              Welsh Conservatives / Ceidwadwyr Cymreig                    9,953",
     ("Vera Crosby", "Welsh Conservatives / Ceidwadwyr Cymreig", 9953, None, False)),
    (None, "ARMITAGE Alex, Scottish Green Party .......... 2046", ("Alex Armitage", "Scottish Green Party", 2046, None, False)),
    ("Candidate | Committee | Votes | %", "KMIEĆ Tomasz Jan | KKW Koalicja Obywatelska | 9 233 | 25.70",     # a capital from Latin Extended-A
     ("Tomasz Jan Kmieć", "KKW Koalicja Obywatelska", 9233, 25.7, False)),
    (None, "HARTLEY, Fiona — Australian Labor Party — 38,412 — 37.6% — +2.3",
     ("Fiona Hartley", "Australian Labor Party", 38412, 37.6, False)),
    (None, "Michael Payne, Labour ........................ 47.8%", ("Michael Payne", "Labour", None, 47.8, False)),
    ("Candidate | Party | Share", "Tom Randall | Conservative | 23.4", ("Tom Randall", "Conservative", None, 23.4, False)),
    ("Candidate | Party | 1st pref. | % | Result", "Ruairí Mac Gabhann | Sinn Féin | 6,447 | 16.7 | Elected, count 5",
     ("Ruairí Mac Gabhann", "Sinn Féin", 6447, 16.7, True)),
    (None, "Mike Reader – Labour – 16,890 – 38.5% (+7.6)", ("Mike Reader", "Labour", 16890, 38.5, False)),
    (None, "Rebecca Paul · CON ✓ | 18,822 · 35.4%", ("Rebecca Paul", "CON", 18822, 35.4, True)),
    ("| Candidate | Party | Votes | % | Change", "✓ | Aaliyah Mensah-Cole | NDP | 16,842 | 50.5 | -3.6",
     ("Aaliyah Mensah-Cole", "NDP", 16842, 50.5, True)),
    (None, "  Julie Amundsen-Reyes (incumbent) ..... 21,904 .. 22.8%  ELECTED", ("Julie Amundsen-Reyes", None, 21904, 22.8, True)),
    (None, "THOMAS, Eleri Wyn | - | 301 ETHOLWYD / ELECTED", ("Eleri Wyn Thomas", None, 301, None, True)),
    (None, "DUP - Jim Shannon - 15,559 - 40.0", ("Jim Shannon", "DUP", 15559, 40.0, False)),
    (None, "Sinn Féin - Noel Sands - 2,793 - 7.2", ("Noel Sands", "Sinn Féin", 2793, 7.2, False)),
    (None, "Kathryn Dale Elected | Liberal Democrats | 1,502 votes (43.3%)", ("Kathryn Dale", "Liberal Democrats", 1502, 43.3, True)),
    (None, "Pat Cullen (Sinn Féin) — elected | 24,844 votes · 48.6%", ("Pat Cullen", "Sinn Féin", 24844, 48.6, True)),
    ("  Surname      Other names   Description                          Votes",
     "  COX          Geoffrey      The Conservative Party Candidate     16,049  (Elected)",
     ("Geoffrey Cox", "The Conservative Party Candidate", 16049, None, True)),      # a declaration's name in two columns
    ("Candidate | Affiliation | Iteration 1 | % | Status", "NGATA, Aroha | None | 4,812 | 31.1 | Elected",
     ("Aroha Ngata", None, 4812, 31.1, True)),      # an STV count's first iteration; "None": no party
    ("Candidate | Party | Votes | Party | Votes | %", "ABERNETHY, Grace | National Party | 18,934 | National Party | 15,410 | 35.07",
     ("Grace Abernethy", "National Party", 18934, None, False)),     # the party-vote table printed beside (New Zealand)
    ("Candidate | Party | Electorate votes", "Grant Talbot | National Party | 16,877",
     ("Grant Talbot", "National Party", 16877, None, False)),      # a New Zealand electorate's votes (its party vote is another table)
    (None, "ROSALES (D) (i) ........ 612,044 .... 49.6%", ("Rosales", "D", 612044, 49.6, False)),     # a ticker's surname, party letter, incumbent mark
    (None, "DUNHAM (IAP) ........... 22,113 ..... 1.8%", ("Dunham", "IAP", 22113, 1.8, False)),
    (None, "T. Venkatesh | JD(S) | 9,874 | 3.75%", ("T. Venkatesh", "JD(S)", 9874, 3.75, False)),       # (a party with its bracket)
    ("Party / Won / 2022 result", "Katter's Australian Party / 1 / 1", None),
    ("Candidat(e) | Parti | Voix | % | Écart 2021 (pts)", "Marie-Ève Tremblay | BQ | 17302 | 32.3 % | −4,8",
     ("Marie-Ève Tremblay", "BQ", 17302, 32.3, False)),      # a French header
    ("Candidate | Party | Votes | Vote %", "Ajinkya Suresh Sawant ✔ Won | SHS(UBT) | 63,412 | 45.04",
     ("Ajinkya Suresh Sawant", "SHS(UBT)", 63412, 45.04, True)),     # the badge's word goes with its tick     # a seat table's row (read by seats), no candidate
    ("Candidate / Party / First preferences / Second preferences / Final", "Shirley Adeyemi / Labour / 17,115 (30.9%) / 6,214 / 23,329 ELECTED",
     ("Shirley Adeyemi", "Labour", 17115, 30.9, True)),
    ("Candidate | Party | First Preference Votes | Result", "MULHERN, Rosemary | 100% Redress Party | 1,922 | Elected – Count 9*",
     ("Rosemary Mulhern", "100% Redress Party", 1922, None, True)),      # a party whose name starts with a figure
]


@pytest.mark.parametrize("header, line, want", TABLES, ids=[t[1][:40] for t in TABLES])
def test_table_row(header, line, want):
    is_party, _ = _party_tools()
    hm = header_map(split_cells(header)) if header else None
    row = parse_cells(split_cells(line), hm, is_party)
    if want is None:
        assert row is None, row
        return
    assert row is not None, line
    assert (row.name, row.party, row.votes, row.share, row.elected) == want


def test_a_decimal_under_votes_is_never_a_count():
    is_party, _ = _party_tools()
    hm = header_map(split_cells("Candidate | Party | Votes | Party | Votes | %"))
    row = parse_cells(split_cells("| | | Freedoms NZ | 248 | 0.56"), hm, is_party)     # its empty cells dropped, the row shifts
    assert row is None or row.votes != 0


@pytest.mark.parametrize("line", ["  Not called    16", "In doubt ......... 16", "Undecided | 4"])
def test_a_tally_of_races_not_yet_called_is_no_candidate(line):
    is_party, _ = _party_tools()
    assert parse_cells(split_cells(line), None, is_party) is None


def test_a_winner_badge_in_the_name_cell_marks_the_winner():
    is_party, _ = _party_tools()
    hm = header_map(split_cells("Candidate | Party | Votes | % | +/-"))
    row = parse_cells(split_cells("Manuela Perteghella Winner | Liberal Democrat | 23,450 | 44.3 | +20.1"), hm, is_party)
    assert (row.name, row.elected, row.votes) == ("Manuela Perteghella", True, 23450)


def test_change_column_is_never_votes_or_share():
    is_party, _ = _party_tools()
    hm = header_map(split_cells("Party | Candidate | Votes | Share | Change"))
    row = parse_cells(split_cells("Labour | Ann Hay | 9,120 | 41.0 | +12.5"), hm, is_party)
    assert (row.votes, row.share) == (9120, 41.0)


# A legend decides what a mark means: AP's 'x-' is the winner under "x - Declared winner" and the
# incumbent under "x - denotes incumbent"; '*' likewise.
LEGENDS = [
    ("x - Declared winner   * - Incumbent", "x-Jane Kowalczyk (D) | 24,118\nMark DeVries (R)* | 22,374",
     {"Jane Kowalczyk": True, "Mark DeVries": None}),
    ("x - denotes incumbent", "Jennifer Alvarez | (D) | 43,418\nx-Tom Becker | (R) | 42,317",
     {"Jennifer Alvarez": None, "Tom Becker": None}),
    ("* denotes incumbent", "Jennifer Alvarez (D) | 43,418\nTom Becker (R)* | 42,317",
     {"Jennifer Alvarez": None, "Tom Becker": None}),
    ("", "x-Jane Kowalczyk (D) | 24,118\nMark DeVries (R) | 22,374", {"Jane Kowalczyk": True, "Mark DeVries": None}),
    ("(x = winner; i = incumbent)", "x-i-Lauren Whitcomb, D-Oakdale ..... 21,406 ... 51.3%\nMark Ellison, R-Fairhaven .......... 20,318 ... 48.7%",
     {"Lauren Whitcomb": True, "Mark Ellison": None}),
]


@pytest.mark.parametrize("legend, rows, want", LEGENDS, ids=[l or "no-legend" for l, _, _ in LEGENDS])
def test_a_legend_says_what_a_mark_means(legend, rows, want):
    from extract.pipeline import extract_results
    text = f"Wednesday 6 November 2024\nMichigan State House - District 58\n{rows}\n\n{legend}\n"
    got = {c.name: c.elected for c in extract_results(text).contests[0].candidates}
    assert got == want


def test_a_party_letter_and_home_town_after_the_name():
    """An American paper's box: "Mark Ellison, R-Fairhaven" is Mark Ellison, a Republican from Fairhaven."""
    from extract.pipeline import extract_results
    text = ("Wednesday 6 November 2024\nUNOFFICIAL RESULTS\nState Senate, District 19\n"
            "x-Ray Castellanos, R-Millbrook ..... 58,902 ... 50.6%\nDana Pruitt, D-Holloway ............ 55,117 ... 47.3%\n"
            "Jeff Amundsen, Lib-Bristow .........  2,441 ...  2.1%\nPrecincts reporting: 100% (Senate 19: 118 of 118)\n"
            "Unofficial results with all precincts reporting; the Republican ticket carried the district.\n")
    got = [(c.name, c.party, c.votes, c.elected) for c in extract_results(text).contests[0].candidates]
    assert got == [("Ray Castellanos", "Republican", 58902, True), ("Dana Pruitt", "Democratic", 55117, None),
                   ("Jeff Amundsen", "Libertarian", 2441, None)]


def test_a_party_key_whose_last_pair_ends_in_a_sentence():
    from extract.document import party_key
    key = party_key("Party key: DEM Democratic Party; REP Republican Party; PGP Pacific Green Party. Percentages may not total 100%.")
    assert key == {"DEM": "Democratic Party", "REP": "Republican Party", "PGP": "Pacific Green Party"}


def test_a_key_that_makes_I_the_incumbents_mark_leaves_no_independent():
    from extract.pipeline import extract_results
    text = ("Tuesday, October 25, 2022\nWARD 6 (ELMVALE) - UNOFFICIAL RESULTS\nMarisa Defreitas ........ 3,472 .. 36.4% (elected)\n"
            "Kevin O'Rourke (I) ...... 3,190 .. 33.5%\n(I) = incumbent\n")
    contest = extract_results(text).contests[0]
    assert contest.constituency == "Ward 6 (Elmvale)"
    assert [(c.name, c.party) for c in contest.candidates] == [("Marisa Defreitas", None), ("Kevin O'Rourke", None)]


@pytest.mark.parametrize("line, want", [
    ("Labour majority | 6,484", 6484), ("Majority | 6,618 | 15.5", 6618), ("Notional majority 2019 | 12,006", None),
])
def test_a_majority_row_under_a_table(line, want):
    from extract.pipeline import extract_results
    text = f"Friday 5 July 2024\nBasingstoke\nParty | Candidate | Votes\nLabour | Luke Murphy | 19,451\n{line}\n"
    assert extract_results(text).contests[0].majority == want


def test_a_page_key_defines_its_party_codes():
    from extract.pipeline import extract_results
    text = ("Friday 5 July 2024\nParty key: LAB Labour · CON Conservative · PW Party of Women · Heritage - Heritage Party\n\n"
            "Barrow and Furness\nLAB Michelle Scrogham 18,537 43.9%\nCON Simon Fell 13,213 31.3%\nPW Lisa Morgan 290 0.7%\n"
            "Izzy Solabarrieta (Heritage) 81 0.2%\n")
    [contest] = extract_results(text).contests
    assert [(c.name, c.party, c.votes) for c in contest.candidates] == [
        ("Michelle Scrogham", "Labour", 18537), ("Simon Fell", "Conservative", 13213),
        ("Lisa Morgan", "Party of Women", 290), ("Izzy Solabarrieta", "Heritage Party", 81)]


@pytest.mark.parametrize("rows", [
    "LAB Julie Minns 18,129 39.4%\nREF Stephen Ward 9,295 20.2%\nLD Brian Wernham 2,982 6.5%\n",
    "Julie Minns (Labour) 18,129\nStephen Ward (Reform UK) 9,295\nBrian Wernham (Liberal Democrats) 2,982\n",
    "Stephen Ward, Reform UK: 18,129\nJulie Minns, Labour: 9,295\nBrian Wernham, Liberal Democrat: 2,982\n",
])
def test_a_row_whose_surname_is_a_place_word_is_no_ward_heading(rows):
    from extract.pipeline import extract_results
    text = "Friday 5 July 2024\nCarlisle\n" + rows
    [contest] = extract_results(text).contests
    assert contest.constituency == "Carlisle"
    assert sorted(c.name for c in contest.candidates) == ["Brian Wernham", "Julie Minns", "Stephen Ward"]


def test_rows_under_a_polling_station_header_are_no_candidates():
    from extract.pipeline import extract_results
    text = ("Friday 5 July 2024\nLlanbryn by-election: where to vote\nPolling station | Address | Electors\n"
            "Llanbryn Memorial Hall | Heol y Llan, Llanbryn | 1,204\nCapel Salem vestry | Ffordd y Capel, Pentrebach | 611\n")
    assert extract_results(text).contests == []


def test_a_sentence_opening_in_a_ward_is_no_heading():
    from extract.pipeline import extract_results
    text = "Friday 5 July 2024\nIn Abbey Ward, Labour's Jane Smith polled 1,234 votes.\n"
    [contest] = extract_results(text).contests
    assert [(c.name, c.votes) for c in contest.candidates] == [("Jane Smith", 1234)]


def test_a_footer_cell_with_two_labels():
    from extract.pipeline import extract_results
    text = ("Friday 5 July 2024\nCheltenham\nParty | Candidate | Votes | % | +/- %\n"
            "Liberal Democrat | Max Wilkinson | 25,076 | 50.6 | +4.7\nConservative | Alex Chalk | 17,866 | 36.1 | −12.4\n"
            "Majority | 7,210 | 14.6 |\nElectorate 76,144 · Turnout | – | 65.1 |\n")
    [contest] = extract_results(text).contests
    assert (contest.majority, contest.turnout) == (7210, 65.1)


def test_a_name_alone_above_a_candidates_table_heads_its_contest():
    from extract.pipeline import extract_results
    text = ("County elections 2025\nFriday 2 May 2025\n\nStowford and Lea\n\nCandidate | Party | Votes | %\n"
            "Kevin Marsh | Reform UK | 1,488 | 38.4\nCaroline Aske | Conservative | 1,102 | 28.5\n\nWenbury Rural\n\n"
            "Candidate | Party | Votes | %\nEdward Fairfax-Hume | Conservative | 1,231 | 34.5\nLynne Cotter | Reform UK | 1,198 | 33.5\n")
    assert [(c.constituency, [x.name for x in c.candidates]) for c in extract_results(text).contests] == [
        ("Stowford and Lea", ["Kevin Marsh", "Caroline Aske"]), ("Wenbury Rural", ["Edward Fairfax-Hume", "Lynne Cotter"])]


def test_a_seat_named_in_passing_beside_results_is_no_record():
    from extract.pipeline import extract_results
    text = ("Friday 5 July 2024\nMansfield\nSteve Yemm (Labour) - 16,048\nBen Bradley (Conservative) - 12,563\n\n"
            "Our colleagues will have reaction from Doncaster, where Ed Miliband has held Doncaster North.\n"
            "Oakridge ward – 1 councillor to be elected\nPatricia Lomax (Conservative) was declared elected unopposed.\n")
    assert [c.constituency for c in extract_results(text).contests] == ["Mansfield", "Oakridge"]


def test_a_centred_ward_heading_of_a_pdf_page():
    from extract.pipeline import extract_results
    text = ("Friday 3 May 2024\n                  DECLARATION OF RESULT OF POLL\n\n"
            "                  Election of a District Councillor\n                        Ashcombe Ward\n\n"
            " Name of Candidate          Description (if any)               Number of Votes     Elected\n"
            " BRANDRETH, Colin Arthur    Reform UK                          287\n"
            " FAIRWEATHER, Helen Louise  The Conservative Party Candidate   498                 Elected\n")
    [contest] = extract_results(text).contests
    assert contest.constituency == "Ashcombe"
    assert [(c.name, c.votes, c.elected) for c in contest.candidates] == [
        ("Helen Louise Fairweather", 498, True), ("Colin Arthur Brandreth", 287, None)]


def test_unnamed_figures_stay_with_the_seat_named_before_them():
    from extract.pipeline import extract_results
    text = ("Saturday 13 July 2024\nTurnout in Leicester East was down on five years ago. When the votes were counted, "
            "the Conservative Shivani Raja had won the seat with 14,526 votes. Claudia Webbe took 5,532 votes.\n\n"
            "On the same night Labour's Jonathan Ashworth lost Leicester South to the independent Shockat Adam by 979 votes.\n")
    got = {c.constituency: [x.name for x in c.candidates] for c in extract_results(text).contests}
    assert got["Leicester East"] == ["Shivani Raja", "Claudia Webbe"]
    assert "Shivani Raja" not in got.get("Leicester South", [])


def test_a_newsletter_section_heading_boxed_between_rules():
    from extract.pipeline import extract_results
    text = ("Friday 5 July 2024\n-----------------------------------\n>> NORTH EAST SOMERSET AND HANHAM: LAB GAIN FROM CON\n"
            "-----------------------------------\nThe big scalp. Jacob Rees-Mogg is out.\nNorris (Lab) 20,739 - 40.6%\n"
            "Rees-Mogg (Con) 15,420 - 30.2%\nMaj: 5,319 | T/out: 69.2%\n\n"
            "-----------------------------------\n>> WESTON-SUPER-MARE: LAB GAIN FROM CON\n-----------------------------------\n"
            "Dan Aldridge took Weston for Labour with 16,310 votes (38.5%). Labour majority 4,409.\n")
    got = {c.constituency: (c.majority, c.turnout, [x.name for x in c.candidates]) for c in extract_results(text).contests}
    assert got == {"North East Somerset and Hanham": (5319, 69.2, ["Norris", "Jacob Rees-Mogg"]),
                   "Weston-super-Mare": (4409, None, ["Dan Aldridge"])}


def test_a_teaser_line_with_a_marker_is_still_dropped():
    from extract.boilerplate import clean_text
    assert clean_text("Story.\n>> Labour hold Bolton West with a majority of 4,000\nEnd.") == "Story.\nEnd."


def test_a_table_flattened_to_one_cell_per_line():
    from extract.pipeline import extract_results
    text = ("Friday 5 July 2024\nSouth West Norfolk\nThe result in full\n\nCandidate\nParty\nVotes\nShare (%)\n"
            "Terry Jermy\nLabour\n11,847\n26.7\nLiz Truss\nConservative\n11,217\n25.3\n")
    [contest] = extract_results(text).contests
    assert [(c.name, c.votes, c.share) for c in contest.candidates] == [("Terry Jermy", 11847, 26.7), ("Liz Truss", 11217, 25.3)]


def test_a_declaration_one_cell_per_line_surname_forenames_then_a_wrapped_description():
    from extract.pipeline import extract_results
    text = ("Thursday 4 July 2024\nDECLARATION OF RESULT OF POLL\nNorth Herefordshire County Constituency\n"
            "Name of\nCandidate\nDescription (if any)\nNumber of\nVotes*\n"
            "BROWNING\nJon\nLabour Party\n3,205\nCHOWNS\nEllie\nGreen Party\n21,736\nElected\n"
            "WIGGIN\nBill\nThe Conservative Party\nCandidate\n15,842\n")
    [contest] = extract_results(text).contests
    assert sorted((c.name, c.party, c.votes, c.elected) for c in contest.candidates) == [
        ("Bill Wiggin", "Conservative", 15842, None), ("Ellie Chowns", "Green", 21736, True),
        ("Jon Browning", "Labour", 3205, None)]


def test_a_won_badge_in_brackets_is_no_party():
    from extract.pipeline import extract_results
    text = ("Wednesday 5 June 2024\nThanjavur result\nCandidate | Party | Votes | Share\n"
            "S. Kalaiselvan (Won) | DMK | 5,02,245 | 48.10\nP. Sivanesan | AIADMK | 3,14,882 | 30.16\n")
    [contest] = extract_results(text).contests
    assert [(c.name, c.party_as_written, c.elected) for c in contest.candidates][0] == ("S. Kalaiselvan", "DMK", True)


def test_a_code_the_story_spells_out_is_the_party_it_names():
    from extract.pipeline import extract_results
    text = ("Wednesday 5 June 2024\nThanjavur result\n"
            "R. Dhivya Bharathi of the Naam Tamilar Katchi (NTK) finished fourth with 75,912 votes.\n\n"
            "Candidate | Party | Votes\nS. Kalaiselvan | DMK | 5,02,245\nR. Dhivya Bharathi | NTK | 75,912\n")
    [contest] = extract_results(text).contests
    assert [(c.name, c.party) for c in contest.candidates] == [
        ("S. Kalaiselvan", "Dravida Munnetra Kazhagam"), ("R. Dhivya Bharathi", "Naam Tamilar Katchi")]


def test_an_undefined_code_gives_way_to_the_party_the_story_names_for_that_person():
    from extract.pipeline import extract_results
    text = ("Saturday 2 November 2024\nCaloundra\nSandra Kowalczyk of Family First received 1,251 votes.\n\n"
            "Daniel Pascoe (LNP) 14,962\nSandra Kowalczyk (FFP) 1,251\nJo Ngata (XYZ) 900\n")
    [contest] = extract_results(text).contests
    assert {c.name: c.party for c in contest.candidates}["Sandra Kowalczyk"] == "Family First"
    assert {c.name: c.party for c in contest.candidates}["Jo Ngata"] == "XYZ"


def test_a_share_and_change_header_alone_says_whose_nothing():
    from extract.rows import header_map
    assert header_map(["%", "Newid / Change"]) is None


def test_a_note_on_the_change_column_after_the_turnout_is_a_sentence_of_its_own():
    from extract.pipeline import extract_results
    text = ("Friday 5 July 2024\nLincoln\nCandidate | Party | Votes cast | %\nHamish Falconer | Labour Party | 18,470 | 43.8\n"
            "Karl McCartney | Conservative | 9,677 | 23.0\nLabour majority: 8,793. Turnout: 58.3%. +/- is the change in "
            "percentage points against 2019 notional results.\n")
    [contest] = extract_results(text).contests
    assert (contest.majority, contest.turnout) == (8793, 58.3)


def test_a_notice_of_uncontested_election_elects_everyone_it_lists():
    from extract.pipeline import extract_results
    text = ("Friday 3 May 2024\nNOTICE OF UNCONTESTED ELECTION\nI, the undersigned, do hereby give notice that the persons "
            "named below were duly elected unopposed.\n\nCASTLE WARD\nNumber of councillors to be elected: 2\n\n"
            "Name of Candidate        Address        Description (if any)\n"
            "AMBROSE Julia Mary        3 Castle Hill, Haddenham, CB6 3PL\n"
            "BELL Nicholas        27 The Rookery, Haddenham, CB6 3RW     Independent\n")
    [contest] = extract_results(text).contests
    assert contest.constituency == "Castle"
    assert [(c.name, c.party, c.votes, c.elected) for c in contest.candidates] == [
        ("Julia Mary Ambrose", None, None, True), ("Nicholas Bell", "Independent", None, True)]


def test_an_address_table_without_a_notice_is_no_result():
    from extract.pipeline import extract_results
    text = ("Friday 3 May 2024\nCASTLE WARD\nName of Candidate        Address        Description (if any)\n"
            "AMBROSE Julia Mary        3 Castle Hill, Haddenham, CB6 3PL\n")
    assert extract_results(text).contests == []


def test_a_declaration_in_blocks_surname_and_votes_then_forenames_and_description():
    from extract.pipeline import extract_results
    text = ("Saturday 4 May 2024\nDECLARATION OF RESULT OF POLL\nSevern Vale mayor\n\n"
            "Candidate's Name        Description (if any)        Number of Votes\n(Surname, Other names)\n\n"
            "ASHCROFT        71,388\nHelen Margaret        The Conservative Party Candidate\n\n"
            "BRENNAN        103,562   ELECTED\nThomas James        Labour and Co-operative Party\n\n"
            "PRYCE-JONES        6,212\nGareth        Independent\n")
    [contest] = extract_results(text).contests
    assert [(c.name, c.party, c.votes, c.elected) for c in contest.candidates] == [
        ("Thomas James Brennan", "Labour", 103562, True), ("Helen Margaret Ashcroft", "Conservative", 71388, None),
        ("Gareth Pryce-Jones", "Independent", 6212, None)]


CELL_ROWS = [
    ("✔ Laila Haddad INC | Democratic | 31,208 | 61.2%", ("Laila Haddad", "Democratic", 31208, 61.2, True)),   # an incumbent's badge
    ("Brad Fennimore — Progressive Conservative (incumbent) | 15,307 votes · 32.1%",
     ("Brad Fennimore", "Progressive Conservative", 15307, 32.1, False)),
    ("Mira Castellano — Ontario Liberal Party Elected | 19,842 votes · 41.6%",
     ("Mira Castellano", "Ontario Liberal Party", 19842, 41.6, True)),
    ("Claire Vosper (Labour) – 168,402 – 51.3%", ("Claire Vosper", "Labour", 168402, 51.3, False)),
    ("Kenneth Bain | SNP | 10,904 | (31.2%)", ("Kenneth Bain", "SNP", 10904, 31.2, False)),     # a share in brackets
]


@pytest.mark.parametrize("line, want", CELL_ROWS, ids=_ids(CELL_ROWS))
def test_cells_of_a_row_without_a_header(line, want):
    from extract.rows import parse_cells
    is_party, _ = _party_tools()
    row = parse_cells(split_cells(line), None, is_party)
    assert (row.name, row.party, row.votes, row.share, row.elected) == want


def test_rows_under_a_percentage_heading_are_shares():
    from extract.pipeline import extract_results
    text = ("Sunday 8 December 2024\nMountview by-election\nFIRST PREFERENCES (% of formal vote, NSWEC)\n"
            "Andrew Kostakis (Liberal) 38.9\nCheryl Vance (One Nation) 5.9\n\nTWO-PARTY PREFERRED\n"
            "Kostakis (LIB) 53.2 — Marr (ALP) 46.8\n")
    [contest] = extract_results(text).contests
    assert [(c.name, c.party, c.votes, c.share) for c in contest.candidates] == [
        ("Andrew Kostakis", "Liberal", None, 38.9), ("Cheryl Vance", "One Nation", None, 5.9)]


def test_a_one_letter_code_from_the_page_key_in_a_seat_tally():
    from extract.pipeline import extract_results
    text = ("Friday 5 July 2024\nKey: Lab = Labour, C = Conservative, Ind = Independent.\n"
            "SCOREBOARD (12 of 12 declared): Lab 8, C 3, Ind 1\n")
    assert [(x.party, x.seats) for x in extract_results(text).seat_counts] == [
        ("Labour", 8), ("Conservative", 3), ("Independent", 1)]


def test_a_table_of_the_declared_and_the_corrected_count_reads_the_corrected():
    from extract.pipeline import extract_results
    text = ("Friday 14 March 2025\nSaltmarsh ward by-election\nHOW THE RESULT CHANGED\n\n"
            "                         Declared 8 Nov 2024      Determined by court 13 Mar 2025\n"
            "Priya Natarajan (LD)           729                          781\n"
            "Graham Oddie (Con)             734                          684\n")
    [contest] = extract_results(text).contests
    assert [(c.name, c.votes) for c in contest.candidates] == [("Priya Natarajan", 781), ("Graham Oddie", 684)]


def test_a_winners_list_gives_each_seat_its_winner_and_majority():
    from extract.pipeline import extract_results
    text = ("Winners by constituency\n\nBroadland and Fakenham — Jerome Mayhew (Conservative), majority 719\n"
            "North Norfolk — Steffan Aquarone (Liberal Democrat), majority 2,585\n"
            "South West Norfolk — awaiting declaration (recount requested).\n")
    got = [(c.constituency, [(x.name, x.party, x.elected) for x in c.candidates], c.majority)
           for c in extract_results(text).contests]
    assert got == [("Broadland and Fakenham", [("Jerome Mayhew", "Conservative", True)], 719),
                   ("North Norfolk", [("Steffan Aquarone", "Liberal Democrat", True)], 2585)]


@pytest.mark.parametrize("line, cells", [
    ("Chris Kane,Scottish Labour,16856,33.9", ["Chris Kane", "Scottish Labour", "16856", "33.9"]),
    ("Rejected papers,,242,", ["Rejected papers", "–", "242", "–"]),
    ("1,234,567", []),                                  # a number, not three cells
    ("Smith, Jones, Brown and Green stood.", []),      # prose
])
def test_pasted_csv_lines_are_cells(line, cells):
    assert split_cells(line) == cells


def test_a_card_footer_naming_seats_declared_keeps_its_majority_and_turnout():
    from extract.pipeline import extract_results
    text = ("East Londonderry DUP HOLD\n\nGregory Campbell Democratic Unionist Party 11,506 27.9%\n"
            "Kathleen McGurk Sinn Féin 11,327 27.4%\n\nMajority: 179 · Turnout: 54.5% · Seats declared in NI: 18/18\n")
    [contest] = extract_results(text).contests
    assert (contest.majority, contest.turnout) == (179, 54.5)


def test_a_bilingual_definition_list_with_labelled_values():
    from extract.pipeline import extract_results
    text = ("Llanfair Is-coed Ward By-election – Result\n\n"
            "Siân Elin Pritchard | Plaid / Party: Plaid Cymru – The Party of Wales | Pleidleisiau / Votes: 687 | Etholwyd / Elected\n"
            "Dylan Morgan-Hughes | Plaid / Party: Llafur Cymru / Welsh Labour | Pleidleisiau / Votes: 512\n\n"
            "Mwyafrif / Majority | 175\nEtholwyr / Electorate | 5,112\nNifer a bleidleisiodd / Turnout | 38.9%\n")
    [contest] = extract_results(text).contests
    got = [(c.name, c.party, c.votes, c.elected) for c in contest.candidates]
    assert got == [("Siân Elin Pritchard", "Plaid Cymru", 687, True), ("Dylan Morgan-Hughes", "Labour", 512, None)]
    assert (contest.majority, contest.electorate, contest.turnout) == (175, 5112, 38.9)


def test_names_under_an_elected_unopposed_heading_are_winners_without_figures():
    from extract.pipeline import extract_results
    text = ("YOUR NEW TOWN COUNCIL\n\nNorth Ward (4 seats) - elected unopposed:\nPeter Langridge (Independent)\n"
            "Susan Okoro (Liberal Democrats)\n\nWest Ward (3 seats) - contested. The results were:\n"
            "Janet Rowley (Independent) 612 - elected\nBethany Cole (Conservative) 421\n")
    got = {c.constituency: [(x.name, x.party, x.votes, x.elected) for x in c.candidates] for c in extract_results(text).contests}
    assert got == {"North Ward": [("Peter Langridge", "Independent", None, True), ("Susan Okoro", "Liberal Democrat", None, True)],
                   "West Ward": [("Janet Rowley", "Independent", 612, True), ("Bethany Cole", "Conservative", 421, None)]}


def test_a_councils_capitalised_notice_of_names_elected_unopposed_surname_first():
    from extract.pipeline import extract_results
    text = ("Parish and town council elections\n\nLITTLE WENDLE PARISH COUNCIL (7 seats) - uncontested\n"
            "The following were elected unopposed:\nBRIGGS, Alan Peter\nCORDELL, Mary Anne\n\n"
            "STOWFORD TOWN COUNCIL - MARKET WARD (4 seats) - uncontested\nThe following were elected unopposed:\n"
            "DAVIES, Hugh (Independent)\nKHAN, Rubina\n")
    got = {c.constituency: [(x.name, x.party, x.elected) for x in c.candidates] for c in extract_results(text).contests}
    assert got == {"Little Wendle": [("Alan Peter Briggs", None, True), ("Mary Anne Cordell", None, True)],
                   "Market": [("Hugh Davies", "Independent", True), ("Rubina Khan", None, True)]}


def test_seat_names_over_winner_cards_with_a_dashed_party_and_a_margin():
    from extract.pipeline import extract_results
    text = ("Full list of winners\nJune 4, 2024\n\nAmbala (SC)\n\nWinner: Sunita Rani Chauhan — Congress\n\nMargin: 49,036 votes\n\n"
            "Kurukshetra\n\nWinner: Devender Singh Malik — BJP\n\nMargin: 29,021 votes\n")
    got = [(c.constituency, [(x.name, x.party, x.elected) for x in c.candidates], c.majority) for c in extract_results(text).contests]
    assert got == [("Ambala", [("Sunita Rani Chauhan", "Indian National Congress", True)], 49036),
                   ("Kurukshetra", [("Devender Singh Malik", "Bharatiya Janata Party", True)], 29021)]


def test_the_seats_needed_for_a_majority_are_no_contests_majority():
    from extract.pipeline import extract_results
    text = ("Council composition\n\nSeats declared: 31 of 51 · Needed for majority: 26\n\n"
            "Hollins Cross: Lib Dem gain from Conservative\n\nThe Liberal Democrats have taken Hollins Cross. Majority 138.\n\n"
            "Carl Whitaker (Liberal Democrats) – 1,144 ELECTED\nTessa Grove (Conservative) – 1,006\n")
    [contest] = extract_results(text).contests
    assert contest.majority == 138


def test_a_party_share_table_with_last_times_shares_in_brackets():
    from extract.pipeline import extract_results
    text = ("The Inkatha Freedom Party (IFP) has taken Newcastle Ward 17 from the ANC.\n"
            "IFP candidate Sibusiso Mthembu received 1,642 votes. The ANC's Nomvula Khumalo got 1,118 votes, ahead of the "
            "Democratic Alliance (DA)'s Pieter van Rensburg on 226.\n"
            "IFP provincial spokesperson Siphesihle Mabaso said voters had spoken.\n\n"
            "Ward 17 results (previous by-election in brackets):\nIFP 47.3% (38.0%)\nANC 32.2% (54.1%)\nDA 6.5% (2.7%)\n")
    [contest] = extract_results(text).contests
    got = [(c.name, c.party, c.votes, c.share) for c in contest.candidates]
    assert got == [("Sibusiso Mthembu", "Inkatha Freedom Party", 1642, 47.3),
                   ("Nomvula Khumalo", "African National Congress", 1118, 32.2),
                   ("Pieter van Rensburg", "Democratic Alliance", 226, 6.5)]
    assert contest.constituency == "Newcastle Ward 17"


def test_a_recounts_majority_line_names_the_winners_party():
    from extract.pipeline import extract_results
    text = ("North West Cambridgeshire\nTHE RECOUNT RESULT\n\nSam Carling (Labour) 14,785 (33.3%)\n"
            "Shailesh Vara (Conservative) 14,746 (33.2%)\n\nLabour majority after recount: 39. Turnout 58.5%.\n")
    [contest] = extract_results(text).contests
    assert (contest.majority, contest.turnout) == (39, 58.5)
    assert [c.name for c in contest.candidates if c.elected] == ["Sam Carling"]


def test_a_running_tally_of_seats_declared_in_a_sentence():
    from extract.pipeline import extract_results
    text = ("Live: results night\n03:52 The state of play: with 412 of 650 seats now declared, Labour have 301, the "
            "Conservatives 52, the Liberal Democrats 38 and the Greens 1.\n")
    got = {(s.kind, s.party): s.seats for s in extract_results(text).seat_counts}
    assert got == {("declared", "Labour"): 301, ("declared", "Conservative"): 52,
                   ("declared", "Liberal Democrat"): 38, ("declared", "Green"): 1}


def test_a_parish_poll_whose_rows_skip_an_empty_description():
    from extract.pipeline import extract_results
    text = ("ELECTION OF PARISH COUNCILLORS – LITTLE HADDON PARISH\n\n"
            "Candidate (Surname, Other names)     Description       Votes\n"
            "ASHWORTH, Margaret Ann        412   Elected\nBRIGGS, Thomas Edward        297\n"
            "CHAUHAN, Deepak        Green Party        371   Elected\nBallot papers issued        703\n")
    [contest] = extract_results(text).contests
    got = [(c.name, c.party, c.votes, c.elected) for c in contest.candidates]
    assert got == [("Margaret Ann Ashworth", None, 412, True), ("Deepak Chauhan", "Green", 371, True),
                   ("Thomas Edward Briggs", None, 297, None)]


def test_a_graphic_flattened_one_field_per_line_with_a_surname_that_is_a_place_word():
    from extract.pipeline import extract_results
    text = ("How Bassetlaw voted\n\nLABOUR GAIN\nLabour\nJo White\n18,476\n41.2%\nConservative\nBrendan Clarke-Smith\n"
            "12,708\n28.3%\nReform UK\nFrank Ward\n9,751\n21.7%\n")
    [contest] = extract_results(text).contests
    assert contest.constituency == "Bassetlaw"
    assert [(c.name, c.votes) for c in contest.candidates] == [("Jo White", 18476), ("Brendan Clarke-Smith", 12708),
                                                               ("Frank Ward", 9751)]


def test_a_bulleted_gains_list_with_the_party_gained_from_in_brackets():
    from extract.pipeline import extract_results
    text = ("Where the Lib Dems gained\n\n• Tewkesbury (from Con): Cameron Thomas, majority 6,262\n"
            "• Chelmsford (from Con): Marie Goldman, majority 4,753\n")
    got = [(c.constituency, [(x.name, x.elected) for x in c.candidates], c.majority) for c in extract_results(text).contests]
    assert got == [("Tewkesbury", [("Cameron Thomas", True)], 6262), ("Chelmsford", [("Marie Goldman", True)], 4753)]


def test_all_650_seats_is_no_seat_count_for_alliance():
    from extract.pipeline import extract_results
    text = "Declared seats\nAll 650 seats have now declared. Labour have 411 seats and the Conservatives 121.\n"
    assert not any(s.party == "Alliance" for s in extract_results(text).seat_counts)


@pytest.mark.parametrize("line, want", [
    ("Party Seats 2019 Change Popular vote", ["Party", "Seats", "2019", "Change", "Popular vote"]),
    ("Candidate Party Votes %", ["Candidate", "Party", "Votes", "%"]),      # two columns, as in its rows
    ("Candidate Party Votes % Swing", ["Candidate", "Party", "Votes", "%", "Swing"]),
    ("Party Projected seats Change on 2024", ["Party", "Projected seats", "Change on 2024"]),
    ("Party leaders meet today", None),          # prose that starts with a column word
    ("The party won seats", None),
    ("Party Seats won", None),                   # two columns are no table
])
def test_a_header_flattened_to_single_spaces(line, want):
    assert spaced_header(line) == want


_SEATS_HEADER = ["Party", "Seats", "2019", "Change", "Popular vote"]
_VOTES_HEADER = ["Candidate", "Party", "Votes", "%", "Swing"]


@pytest.mark.parametrize("line, header, want", [
    ("Bloc Québécois 32 32 0 7.6%", _SEATS_HEADER, ["Bloc Québécois", "32", "32", "0", "7.6%"]),
    ("Independent 0 1 -1 –", _SEATS_HEADER, ["Independent", "0", "1", "-1", "–"]),
    ("Total 338 338", _SEATS_HEADER, None),                  # fewer figures than columns
    ("Labour won 411 seats", ["Party", "Seats", "Change"], None),
    # a name and a party column: the words split where a known party begins
    ("Gisele Kapterian Liberal 44,012 41.6 -3.4", _VOTES_HEADER, ["Gisele Kapterian", "Liberal", "44,012", "41.6", "-3.4"]),
    ("Steven Bell Trumpet of Patriots 1,766 1.7 +1.7", _VOTES_HEADER,
     ["Steven Bell", "Trumpet of Patriots", "1,766", "1.7", "+1.7"]),
    ("Munira Wilson Liberal Democrats 28,000 50.1 +2.0", _VOTES_HEADER,
     ["Munira Wilson", "Liberal Democrats", "28,000", "50.1", "+2.0"]),       # the longest party, not "Democrats"
    ("Labour Jo White 20,000 45.0 +3.1", ["Party", "Candidate", "Votes", "%", "Change"],
     ["Labour", "Jo White", "20,000", "45.0", "+3.1"]),
    ("Others - - - -2.0", _VOTES_HEADER, None),               # no party to split at
])
def test_a_row_under_a_header_flattened_to_single_spaces(line, header, want):
    assert split_spaced_row(line, header) == want


def test_a_candidate_table_run_together_on_one_line():
    from extract.pipeline import extract_results
    text = ("Bradfield\n\nFirst preference count\n\nCandidate Party Votes % Swing Gisele Kapterian Liberal 44,012 41.6 -3.4 "
            "Nicolette Boele Independent 31,487 29.8 +8.9 Harjit Singh Greens 8,941 8.5 -3.0 Others - - - -2.0 "
            "Formal 105,736 Informal 3,992 3.6\n")
    got = [(c.name, c.party, c.votes, c.share) for k in extract_results(text).contests for c in k.candidates]
    assert got == [("Gisele Kapterian", "Liberal", 44012, 41.6), ("Nicolette Boele", "Independent", 31487, 29.8),
                   ("Harjit Singh", "Green", 8941, 8.5)]


def test_a_results_strip_of_timed_entries_with_continuation_lines():
    from extract.pipeline import extract_results
    text = ("ELECTION 24 - RESULTS STRIP\nLast updated 05:47, Friday 5 July 2024\n\n"
            "01:58  LAB HOLD  DONCASTER NORTH  Ed Miliband (LAB) 16,231  Glenn Bluff (CON) 7,105\n       MAJ 9,126\n"
            "02:57  LAB HOLD  LEEDS EAST  Richard Burgon (LAB)  MAJ 11,265\n"
            "04:26  CON HOLD  BRIDLINGTON AND THE WOLDS  Charlie Dewhirst (CON)  MAJ 3,125\n       TURNOUT 57.9%\n")
    got = {c.constituency: (c.majority, c.turnout, [(x.name, x.votes, x.party, x.elected) for x in c.candidates])
           for c in extract_results(text).contests}
    assert got == {
        "Doncaster North": (9126, None, [("Ed Miliband", 16231, "Labour", True), ("Glenn Bluff", 7105, "Conservative", None)]),
        "Leeds East": (11265, None, [("Richard Burgon", None, "Labour", True)]),
        "Bridlington and The Wolds": (3125, 57.9, [("Charlie Dewhirst", None, "Conservative", True)]),
    }


@pytest.mark.parametrize("cells", [["Stockport", "Navendu Mishra", "21,787"], ["Navendu Mishra", "Stockport", "21,787"]])
def test_a_seat_and_its_winner_are_no_candidate_and_party(cells):
    is_party, _ = _party_tools()
    assert parse_cells(cells, None, is_party) is None


def test_a_cell_split_inside_a_bracket_is_no_row():
    is_party, _ = _party_tools()
    cells = split_cells("Liz Saville Roberts (Plaid Cymru – The Party of Wales) – 21,788 votes (53.9%)")
    assert parse_cells(cells, None, is_party) is None


def test_a_total_poll_with_its_percentage_gives_the_turnout():
    from extract.pipeline import extract_results
    text = ("Dublin Bay North\n30 November 2024\n\nSeats: 5 | Electorate: 107,220 | Total poll: 67,480 (62.9%) | Spoiled: 650\n\n"
            "Candidate | Party | 1st pref | %\nAoife Doolan | SF | 12,410 | 18.6\nBrian Breen | FF | 9,900 | 14.8\n")
    [contest] = extract_results(text).contests
    assert contest.turnout == 62.9


def test_a_flattened_card_whose_turnout_label_names_the_seat():
    from extract.pipeline import extract_results
    text = ("Clacton results\nFriday 5 July 2024\n\nClacton\n\nReform UK\nNigel Farage\nVotes\n21,225\n\nConservative\nGiles Watling\n"
            "Votes\n12,820\n\nReform UK majority\n8,405\nClacton turnout\n58.9%\n")
    [contest] = extract_results(text).contests
    assert (contest.majority, contest.turnout) == (8405, 58.9)


def test_a_partys_majority_line_under_the_rows_names_the_winner():
    from extract.pipeline import extract_results
    text = ("Tyneside results\nFriday 5 July 2024\n\nTYNEMOUTH\nAlan Campbell (Lab) 24,491\nLewis Bartoli (Con) 9,036\n"
            "Lab maj 15,455 | Turnout 66.3%\n")
    [contest] = extract_results(text).contests
    assert contest.majority == 15455
    assert {x.name: x.elected for x in contest.candidates} == {"Alan Campbell": True, "Lewis Bartoli": None}


def test_a_winner_sentence_before_the_majority_on_one_line_is_read():
    from extract.pipeline import extract_results
    text = ("Wirral results\nFriday 5 July 2024\n\nWallasey\nAngela Eagle | Labour | 24,674\nJohn Smith | Reform UK | 6,678\n"
            "Angela Eagle elected. Majority 17,996.\n")
    [contest] = extract_results(text).contests
    assert contest.majority == 17996
    assert {x.name: x.elected for x in contest.candidates} == {"Angela Eagle": True, "John Smith": None}


@pytest.mark.parametrize("header, roles", [
    ("Ward\tSeats\tCandidate\tParty\tVotes 2024\tElected?\tVotes 2021\tChange",
     ["place", "seats", "name", "party", "votes", "winner", "other", "change"]),     # the latest year's column is this count
    ("Candidate | Party | Votes | % | 2019 votes", ["name", "party", "votes", "share", "other"]),
    ("New seat | Electorate | Notional 2019 winner | Notional majority", ["other", "other", "other", "other"]),   # estimates, no results
    ("Choice | Party | Ballot Count | Percent", ["name", "party", "votes", "share"]),     # a county results portal's count
    ("RaceID | RaceName | Candidate | Party | Votes | PercentOfTotalVotes", ["other", "place", "name", "party", "votes", "share"]),   # an export's camelCase
    ("Ballot Position | Candidate | Party | Count 1 Votes | Count 1 % | Count 2 | Status",
     ["other", "name", "party", "votes", "share", "other", "other"]),     # a distribution of preferences: the first count is the vote
    ("Sl. Name of Candidate   Party   Votes   % of Valid", ["other", "name", "party", "votes", "share"]),     # the serial's column run into the name's
    ("ymgeisydd_candidate,disgrifiad_description,pleidleisiau_votes,canran_share,etholwyd_elected",
     ["name", "party", "votes", "share", "winner"]),      # a bilingual data file's Welsh_English column names
])
def test_columns_named_with_years(header, roles):
    assert header_map(split_cells(header)).columns == roles


@pytest.mark.parametrize("upper, lower, cells", [
    ("Sl.  Name of Candidate        Party        EVM      Postal     Total    % of", "No.        Votes     Votes      Votes    Votes",
     ["Sl. No.", "Name of Candidate", "Party", "EVM Votes", "Postal Votes", "Total Votes", "% of Votes"]),
    ("Sl. Name of Candidate          Party    Votes      % of Valid", "                                        Secured    Votes",
     ["Sl. Name of Candidate", "Party", "Votes Secured", "% of Valid Votes"]),
    ("Name of        Description (if any)        Number       ", "Candidate        of Votes     ",
     ["Name of Candidate", "Description (if any)", "Number of Votes"]),    # a declaration's: the name's heading wraps too
    ("Candidate   Votes", "Smith   Jones   Brown", None),      # more words below than columns: no header's second line
])
def test_a_header_printed_on_two_lines(upper, lower, cells):
    from extract.rows import stacked_header
    assert stacked_header(upper, lower) == cells


def test_a_spreadsheet_of_one_row_per_candidate_with_its_ward_and_an_elected_flag():
    from extract.pipeline import extract_results
    text = ("Borough elections 2 May 2024 - results\n\n"
            "Ward\tSeats\tCandidate\tParty\tVotes 2024\tElected?\tVotes 2021\tChange\n"
            "Ashby Fields\t2\tPriya Raman\tLabour\t1,284\tY\t1,061\t+223\n"
            "Ashby Fields\t2\tColin Wetherall\tLabour\t1,197\tY\t\t\n"
            "Ashby Fields\t2\tHelen Markham\tConservative\t1,102\t\t1,220\t-118\n"
            "Ashby Fields\t\tTurnout %\t\t38.1\t\t40.0\t\n"
            "Holme Lane\t1\tGareth Lindqvist\tLiberal Democrats\t1,046\tY\t\t\n"
            "Holme Lane\t1\tAnita Sharrock\tConservative\t883\t\t\t\n")
    got = {c.constituency: (c.turnout, [(x.name, x.votes, x.elected) for x in c.candidates]) for c in extract_results(text).contests}
    assert got == {"Ashby Fields": (38.1, [("Priya Raman", 1284, True), ("Colin Wetherall", 1197, True), ("Helen Markham", 1102, None)]),
                   "Holme Lane": (None, [("Gareth Lindqvist", 1046, True), ("Anita Sharrock", 883, None)])}


def test_a_declaration_whose_descriptions_are_hyphenated_onto_the_forenames_line():
    from extract.pipeline import extract_results
    text = ("FOREST OF DEAN CONSTITUENCY\nDECLARATION OF RESULT OF POLL\n\n"
            "Name of Candidate          Description (if any)                      Number of Votes\n"
            "BISHOP                     Labour Party                               16,373   Elected\nMatt\n"
            "HARPER                     The Conservative Party Can-                16,095\nMark                       didate\n"
            "JOYCE                      Liberal Demo-                               2,604\nJames                      crats\n")
    [contest] = extract_results(text).contests
    assert [(x.name, x.party) for x in contest.candidates] == [
        ("Matt Bishop", "Labour"), ("Mark Harper", "Conservative"), ("James Joyce", "Liberal Democrat")]


def test_a_three_line_card_whose_figures_line_ends_on_elected():
    from extract.pipeline import extract_results
    text = ("Bromley and Biggin Hill constituency\n\nResult of poll\n\nCOOK, Alan\nReform UK\n8,203 votes (17.5%)\n\n"
            "FORTUNE, Peter\nThe Conservative Party Candidate\n15,929 votes (34.0%) - Elected\n")
    [contest] = extract_results(text).contests
    assert [(x.name, x.votes, x.share, x.elected) for x in contest.candidates] == [
        ("Peter Fortune", 15929, 34.0, True), ("Alan Cook", 8203, 17.5, None)]


@pytest.mark.parametrize("line, want", [
    ("ANC - Sipho Mkhize - 1,842 - 56.1% (2021: 72.4%)", ("Sipho Mkhize", "ANC", 1842, 56.1)),      # last time's share after
    ("Pete Iturri D (i) 5,776 44.8%", ("Pete Iturri", "D", 5776, 44.8)),                          # an incumbent's mark
])
def test_a_rows_trailing_marks_are_no_party_or_count(line, want):
    from extract.lines import party_tools
    row = parse_row(line, *party_tools())
    assert (row.name, row.party, row.votes, row.share) == want


def test_a_spreadsheet_of_several_seats_with_the_seat_only_on_each_blocks_first_row():
    from extract.pipeline import extract_results
    text = ("Coventry's seats: the full numbers\nPosted on 5 July 2024\n\n"
            "Constituency\tCandidate\tParty\tVotes\tShare %\tElected\n"
            "Coventry East\tMary Creagh\tLabour\t18 308\t49.5\tY\n\tIddrisu Sufyan\tReform UK\t6 685\t18.1\t\n"
            "\tMajority\t\t11 623\t\t\n\tTurnout %\t\t\t48.8\t\n\n"
            "Coventry North West\tTaiwo Owatemi\tLabour\t19 696\t46.9\tY\n\tTom Mercer\tConservative\t8 522\t20.3\t\n")
    got = {c.constituency: (c.majority, c.turnout, [(x.name, x.votes, x.elected) for x in c.candidates])
           for c in extract_results(text).contests}
    assert got == {"Coventry East": (11623, 48.8, [("Mary Creagh", 18308, True), ("Iddrisu Sufyan", 6685, None)]),
                   "Coventry North West": (None, None, [("Taiwo Owatemi", 19696, True), ("Tom Mercer", 8522, None)])}


def test_a_precincts_rows_under_its_breakdown_header_are_no_candidates():
    from extract.pipeline import extract_results
    text = ("Cass County, Indiana          Precinct Detail Report\nNovember 5, 2024\n\nCOUNTY CORONER (Vote For 1)\n\n"
            "Precinct       Registered  Ballots    Hulse   Ferrer  Under  Over\n"
            "Adams 1             2,175    1,393      929      383     75     0\n"
            "Deer Creek          1,272      949      479      339    128     0\n"
            "Eel 01              2,532    1,548      728      707    109     0\n")
    names = [x.name for c in extract_results(text).contests for x in c.candidates]
    assert "Deer Creek" not in names


def test_a_welsh_declaration_with_a_bilingual_header_over_three_lines_and_the_elected_mark_wrapped():
    from extract.pipeline import extract_results
    text = ("Cyngor Sir Powys County Council\n\nBrecon, Radnor and Cwm Tawe Constituency\n\nDECLARATION OF RESULT OF POLL\n"
            "Thursday, 4 July 2024\n\n"
            "Enw'r Ymgeisydd /        Disgrifiad (os oes un) /                           Nifer y\n"
            "Name of Candidate        Description (if any)                               Pleidleisiau /\n"
            "                                                                            Number of Votes\n"
            "CHADWICK                 Welsh Liberal Democrats - Democratiaid             13,736    (Etholwyd /\n"
            "David                    Rhyddfrydol Cymru                                            Elected)\n"
            "DORRANCE                 Welsh Labour / Llafur Cymru                         9,904\n"
            "Matthew\n"
            "JONES                    Welsh Conservatives / Ceidwadwyr Cymreig           12,264\n"
            "Fay\n")
    [contest] = extract_results(text).contests
    assert [(x.name, x.party, x.votes, x.elected) for x in contest.candidates] == [
        ("David Chadwick", "Liberal Democrat", 13736, True), ("Fay Jones", "Conservative", 12264, None),
        ("Matthew Dorrance", "Labour", 9904, None)]


def test_an_incumbents_mark_in_a_table_flattened_one_cell_per_line_is_no_part_of_the_name():
    from extract.pipeline import extract_results
    text = ("HEMPSTEAD TOWN SUPERVISOR\nCandidate\nParty\nVotes\n%\n✓ Winner\nJohn R. Ferretti Jr. (i)\nREP\n91,004\nCON\n7,766\n"
            "Total\n98,770\n58.1%\nDana Shulman\nDEM\n66,650\nWOR\n4,554\nTotal\n71,204\n41.9%\n")   # (New York's party lines)
    got = [c.name for k in extract_results(text).contests for c in k.candidates]
    assert got == ["John R. Ferretti Jr.", "Dana Shulman"]


@pytest.mark.parametrize("text, want", [
    ("Texas House Speaker Dade Phelan narrowly survived Tuesday's Republican runoff.\n\nRUNOFF RESULTS\n\nTEXAS HOUSE\n"
     "District 21, Republican\n143 of 143 precincts - 100 percent\nx-Dade Phelan (i)\t12,713\t50.7\nDavid Covey\t12,347\t49.3\n\n"
     "JEFFERSON COUNTY\nDistrict 4, Democratic\n27 of 27 precincts - 100 percent\nx-Darnell Whitmire\t4,188\t53.4\n"
     "Regina Batiste-Cole\t3,655\t46.6\n",
     [("District 21", "Dade Phelan", "Republican"), ("District 21", "David Covey", "Republican"),
      ("District 4", "Darnell Whitmire", "Democratic"), ("District 4", "Regina Batiste-Cole", "Democratic")]),
    ("Texas primary runoff results at a glance\nMay 29, 2024\n\nU.S. HOUSE\n\nDistrict 23 — Republican\n"        # (after a dash)
     "1,141 of 1,141 precincts — 100 percent\nCandidate\tVotes\tPct.\nx-Tony Gonzales (i)\t26,140\t50.4\nBrandon Herrera\t25,713\t49.6\n\n"
     "STATE HOUSE\n\nDistrict 116 — Democratic\n88 of 88 precincts — 100 percent\nCandidate\tVotes\tPct.\nx-Carla Benavides\t4,410\t52.5\n"
     "Martin Salcedo\t3,987\t47.5\n",
     [("District 23", "Tony Gonzales", "Republican"), ("District 23", "Brandon Herrera", "Republican"),
      ("District 116", "Carla Benavides", "Democratic"), ("District 116", "Martin Salcedo", "Democratic")]),
], ids=["after-a-comma", "after-a-dash"])
def test_an_agate_box_names_each_partys_race_in_its_heading(text, want):
    from extract.pipeline import extract_results
    got = [(k.constituency, c.name, c.party) for k in extract_results(text).contests for c in k.candidates]
    assert got == want


def test_sections_in_capitals_with_a_blank_line_over_their_rows():
    from extract.pipeline import extract_results
    text = ("Police and crime commissioner results\n\n-----\n\nCLEVELAND\n\nRachel Ainsley (Lab) 45,871 (45.3%)\n"
            "Daniel Hewson (C) 39,207 (38.8%)\n\nLab gain from C\n\n-----\n\nAVON AND SOMERSET\n\nHelen Arkwright (Lab) 160,431 (34.2%)\n"
            "Jonathan Pike (C) 139,672 (29.8%)\n")
    got = [(k.constituency, [c.name for c in k.candidates]) for k in extract_results(text).contests]
    assert got == [("Cleveland", ["Rachel Ainsley", "Daniel Hewson"]), ("Avon and Somerset", ["Helen Arkwright", "Jonathan Pike"])]


def test_a_winner_and_runner_up_grid_whose_seats_are_numbers_under_their_kind():
    from extract.pipeline import extract_results
    text = ("Ward-wise: key results\n\nWard | Winner | Party | Votes | Runner-up | Party | Votes | Margin\n"
            "12 | Harjinder Singh Lali | AAP | 4,215 | Rajinder Pal Sharma | BJP | 3,998 | 217\n"
            "44 | Neha Malhotra | INC | 5,031 | Seema Kalra | AAP | 4,002 | 1,029\n")
    got = [(k.constituency, k.majority, [(c.name, c.votes, c.elected) for c in k.candidates]) for k in extract_results(text).contests]
    assert got == [("Ward 12", 217, [("Harjinder Singh Lali", 4215, True), ("Rajinder Pal Sharma", 3998, None)]),
                   ("Ward 44", 1029, [("Neha Malhotra", 5031, True), ("Seema Kalra", 4002, None)])]


def test_an_stv_count_sheet_flattened_one_cell_per_line():
    from extract.pipeline import extract_results
    text = ("Bandon-Kinsale LEA — 6 seats\n\nCount 1 and Count 2 (distribution of Hurley surplus)\nCandidate\nParty\n1st Count\n"
            "Hurley surplus\n2nd Count\nAidan Hurley\nFF\n3,902\n-725\n3,177\nMaria Dineen\nFG\n3,218\n+51\n3,269\n"
            "Gráinne Crowley\nFF\n2,655\n+297\n2,952\nKieran Murphy\nFG\n2,511\n+44\n2,555\n")
    got = [(c.name, c.votes) for k in extract_results(text).contests for c in k.candidates]
    assert got == [("Aidan Hurley", 3902), ("Maria Dineen", 3218), ("Gráinne Crowley", 2655), ("Kieran Murphy", 2511)]


@pytest.mark.parametrize("line", ["ELECTED: Hurley (FF), Dineen (FG), Crowley (FF)",
                                  "Elected: Aidan Hurley, Maria Dineen, Gráinne Crowley"])
def test_a_counts_list_of_who_was_elected_under_its_table(line):
    from extract.pipeline import extract_results
    text = ("Bandon-Kinsale count\n\nAidan Hurley (FF) 3,902\nMaria Dineen (FG) 3,218\nGráinne Crowley (FF) 2,655\n"
            "Paddy Crowley (II) 1,011\n\n" + line + "\n")
    got = [(c.name, c.elected) for k in extract_results(text).contests for c in k.candidates]
    assert got == [("Aidan Hurley", True), ("Maria Dineen", True), ("Gráinne Crowley", True), ("Paddy Crowley", None)]


def test_a_county_clerks_summary_report_one_cell_per_line():
    from extract.pipeline import extract_results
    text = ("Summary Results Report\n\nState Proposition LL (Statutory)\nVote For 1\nChoice\nTotal\nPercent\nYes/For\n71,204\n54.76%\n"
            "No/Against\n58,833\n45.24%\nTotal Votes Cast\n130,037\n\nCity of Loveland Mayor\nVote For 1\nChoice\nTotal\nPercent\n"
            "Ken Marlowe\n14,872\n49.01%\nPatricia Gaddis\n12,309\n40.56%\nHarold Voss\n3,054\n10.06%\nWrite-in Totals\n112\n0.37%\n"
            "Total Votes Cast\n30,347\n")
    got = [(k.constituency, [(c.name, c.votes, c.share) for c in k.candidates]) for k in extract_results(text).contests]
    assert got == [("City of Loveland Mayor", [("Ken Marlowe", 14872, 49.01), ("Patricia Gaddis", 12309, 40.56),
                                               ("Harold Voss", 3054, 10.06)])]      # (a measure's "Yes/For" is no one)


def test_a_seat_in_capitals_over_its_final_count():
    from extract.pipeline import extract_results
    text = ("UNC holds on to Tunapuna after recount\n\nThe EBC released the final count for Tunapuna on Friday.\n\n"
            "TUNAPUNA – FINAL COUNT\n\nCandidate | Party | Votes | %\nAnil Persad-Roberts | UNC | 10,214 | 49.73\n"
            "Kerwin Baptiste | PNM | 9,876 | 48.08\n")
    assert [c.constituency for c in extract_results(text).contests] == ["Tunapuna"]


def test_result_cards_titled_with_one_partys_runoff():
    from extract.pipeline import extract_results
    text = ("LIVE RESULTS: Jackson mayoral runoff\n\nJackson Mayor - Democratic Primary Runoff\n\n91 of 91 precincts reporting (100%)\n"
            "Candidate | Party | Votes | Pct.\n✔ John Horhn | DEM | 13,412 | 57.6%\nChokwe Antar Lumumba (i) | DEM | 9,867 | 42.4%\n\n"
            "Jackson City Council Ward 2 - Democratic Primary Runoff\n\n14 of 14 precincts reporting (100%)\nCandidate | Party | Votes | Pct.\n"
            "Roderick Pace | DEM | 1,402 | 50.4%\nLaToya Huddleston | DEM | 1,377 | 49.6%\n")
    got = [(k.constituency, [c.name for c in k.candidates]) for k in extract_results(text).contests]
    assert got == [("Jackson Mayor", ["John Horhn", "Chokwe Antar Lumumba"]),
                   ("Jackson City Council Ward 2", ["Roderick Pace", "LaToya Huddleston"])]


def test_a_municipal_card_per_district_with_its_name():
    from extract.pipeline import extract_results
    text = ("Andy Fillmore was elected mayor of the Halifax Regional Municipality on Saturday night with 58,240 votes, or 49.3 per cent.\n\n"
            "UNOFFICIAL RESULTS\nDistrict 7 – Halifax South Downtown\nLaura White | 3,912 | 52.7% | ELECTED\nKyle Boudreau | 2,488 | 33.5%\n"
            "District 12 – Timberlea-Beechville-Clayton Park-Wedgewood\nJanet Steele | 4,605 | 60.6% | ELECTED\nOmar Qasim | 2,997 | 39.4%\n")
    got = [(k.constituency, [c.name for c in k.candidates]) for k in extract_results(text).contests]
    assert ("Halifax South Downtown", ["Laura White", "Kyle Boudreau"]) in got
    assert ("Timberlea-Beechville-Clayton Park-Wedgewood", ["Janet Steele", "Omar Qasim"]) in got
    assert not any("Municipality" in name for _, names in got for name in names)     # (the municipality is no candidate)


def test_a_grid_of_seats_flattened_one_cell_per_line_with_indian_counts():
    from extract.pipeline import extract_results
    text = ("RESULTS AT A GLANCE\nConstituency\nWinner\nParty\nVotes\n%\nRunner-up\nParty\nVotes\n%\nMargin\n"
            "Channapatna\nC.P. Yogeeshwara\nINC\n1,12,642\n54.92\nNikhil Kumaraswamy\nJD(S)\n87,229\n42.53\n25,413\n"
            "Shiggaon\nYasir Ahmed Khan Pathan\nINC\n1,00,587\n51.90\nBharath Bommai\nBJP\n86,960\n44.87\n13,627\n")
    got = [(k.constituency, k.majority, [(c.name, c.votes, c.elected) for c in k.candidates]) for k in extract_results(text).contests]
    assert got == [("Channapatna", 25413, [("C.P. Yogeeshwara", 112642, True), ("Nikhil Kumaraswamy", 87229, None)]),
                   ("Shiggaon", 13627, [("Yasir Ahmed Khan Pathan", 100587, True), ("Bharath Bommai", 86960, None)])]


def test_a_header_parted_by_spaced_hyphens_is_a_header_and_a_menu_is_not():
    assert split_cells("Candidate - Party - Votes - %") == ["Candidate", "Party", "Votes", "%"]
    assert split_cells("Home - News - Sport - Weather") == []


def test_a_grid_of_wards_flattened_one_cell_per_line():
    from extract.pipeline import extract_results
    cells = ["Ward", "Winner", "Party", "Votes", "Runner-up", "Party", "Votes", "Margin",
             "Dwarka-B", "Manisha Devi", "BJP", "14,226", "Rajesh Dahiya", "AAP", "9,870", "4,356",
             "Chandni Mahal", "Mohammad Imran", "AIFB", "9,115", "Mudassir Usman", "AAP", "8,694", "421"]
    text = "MCD bypoll results\nDecember 3, 2025\n\nResults in key wards\n\n" + "\n".join(cells) + "\n"
    got = [(k.constituency, k.majority, [(c.name, c.party) for c in k.candidates]) for k in extract_results(text).contests]
    assert got == [("Dwarka-B", 4356, [("Manisha Devi", "Bharatiya Janata Party"), ("Rajesh Dahiya", "Aam Aadmi Party")]),
                   ("Chandni Mahal", 421, [("Mohammad Imran", "All India Forward Bloc"), ("Mudassir Usman", "Aam Aadmi Party")])]


def test_ap_agate_of_each_partys_primaries_with_whole_percents_and_the_unopposed():
    from extract.pipeline import extract_results
    text = ("^Unofficial results in contested Pennsylvania House primaries<\nApr. 24, 2024 2:16 a.m. ET\n\n"
            "PA. HOUSE - DIST. 24 - DEM PRIMARY\n41 of 41 precincts - 100 percent\nx-Aisha Bennett                4,118     51 percent\n"
            "Theo Marchetti                 1,060     13 percent\n\nPA. HOUSE - DIST. 88 - GOP PRIMARY\n"
            "x-Perry A. Lindgren (i)       Unopposed\n\nDistrict 9\nx-Sheila Boyd, Dem (i)   Unopposed\n")
    got = {c.constituency: [(x.name, x.party, x.votes, x.share, x.elected) for x in c.candidates] for c in extract_results(text).contests}
    assert got == {"Pa. House District 24 Democratic primary": [("Aisha Bennett", "Democratic", 4118, 51.0, True),
                                                                ("Theo Marchetti", "Democratic", 1060, 13.0, None)],
                   "Pa. House District 88 Republican primary": [("Perry A. Lindgren", "Republican", None, None, True)],
                   "District 9": [("Sheila Boyd", "Democratic", None, None, True)]}


def test_a_county_canvass_flattened_one_cell_per_line_with_ways_of_voting_and_blank_party_cells():
    from extract.pipeline import extract_results
    text = ("Cumberland County, North Carolina\nNovember 5, 2024\nOFFICIAL RESULTS\n\n"
            "NC HOUSE OF REPRESENTATIVES DISTRICT 045 (Vote for 1)\nChoice\nParty\nElection Day\nOne Stop\nAbsentee by Mail\nProvisional\nTotal\n\n"
            "Tanya Mobley\nDEM\n4,112\n13,208\n1,377\n41\n18,738\n51.73%\nGerald Hux\nREP\n4,905\n11,843\n612\n19\n17,379\n47.98%\n"
            "Write-In (Miscellaneous)\n\n38\n61\n4\n0\n103\n0.28%\n\n"
            "CUMBERLAND SOIL AND WATER CONSERVATION DISTRICT SUPERVISOR (Vote for 1)\nChoice\nParty\nElection Day\nOne Stop\nAbsentee by Mail\n"
            "Provisional\nTotal\n\nWendell Bass\n\n22,014\n61,877\n6,011\n250\n90,152\n66.23%\nHarold (Buddy) Melvin\n\n11,020\n30,155\n3,401\n147\n"
            "44,723\n32.85%\n")
    got = [[(x.name, x.party, x.votes, x.share) for x in c.candidates] for c in extract_results(text).contests]
    assert got == [[("Tanya Mobley", "Democratic", 18738, 51.73), ("Gerald Hux", "Republican", 17379, 47.98)],
                   [("Wendell Bass", None, 90152, 66.23), ("Harold (Buddy) Melvin", None, 44723, 32.85)]]


@pytest.mark.parametrize("cells, party", [
    (["Muhammad Nawaz Sharif", "Pakistan Muslim League (N)", "171,024"], "Pakistan Muslim League (N)"),   # a party's own bracket
    (["H. K. Nikhilesh", "Janata Dal (Secular)", "87,229"], "Janata Dal (Secular)"),
])
def test_a_party_cell_whose_name_ends_in_a_bracket_keeps_it(cells, party):
    is_party, _ = _party_tools()
    row = parse_cells(cells, header_map(["Candidate", "Party", "Votes"]), is_party)
    assert (row.name, row.party) == (cells[0], party)


def test_a_row_whose_party_names_its_province_with_stops():
    from extract.lines import party_tools
    is_party, split_glued = party_tools()
    row = parse_row("Honveer Randhawa, B.C. Conservatives: 10,218 (47.0%)", is_party, split_glued)
    assert (row.name, row.party, row.votes, row.share) == ("Honveer Randhawa", "B.C. Conservatives", 10218, 47.0)


def test_a_town_by_town_table_whose_total_column_is_the_count():
    from extract.pipeline import extract_results
    text = ("Results by town, from the town clerks' tally sheets, for the two-seat Orleans-Caledonia House district:\n\n"
            "Candidate | Barton | Glover | Worcester | Irasburg | Total\n"
            "Ruth Cayer (D/WF) ★ | 1,210 | 312 | 440 | 356 | 2,318\n"
            "Paul Lemieux (R) ★ | 1,085 | 370 | 388 | 259 | 2,102\n"
            "Alice Morin (D) | 1,060 | 355 | 402 | 238 | 2,055\n\n"
            "★ elected (vote for 2)\n")
    [contest] = extract_results(text).contests
    assert [(x.name, x.party, x.votes, x.elected) for x in contest.candidates] == [
        ("Ruth Cayer", "Democratic", 2318, True), ("Paul Lemieux", "Republican", 2102, True), ("Alice Morin", "Democratic", 2055, None)]
    assert contest.constituency != "Worcester"      # a town in the header is no seat


def test_a_card_three_lines_a_candidate_name_party_and_votes_with_share_on_one_line():
    from extract.pipeline import extract_results
    text = ("CONSTITUENCY RESULT\nDundee City West\nSNP HOLD\n\nAileen Murray\nSNP\n14,204  41.6%  ELECTED\n\n"
            "Craig Boyd\nScottish Labour\n11,087  32.5%\n\nFiona Hart\nReform UK\n5,951  17.4%\n\nMajority: 3,117\n")
    [contest] = extract_results(text).contests
    assert [(x.name, x.votes, x.share, x.elected) for x in contest.candidates] == [
        ("Aileen Murray", 14204, 41.6, True), ("Craig Boyd", 11087, 32.5, None), ("Fiona Hart", 5951, 17.4, None)]
    assert contest.majority == 3117


def test_a_declaration_form_with_ranked_rows_and_each_party_indented_under_its_row():
    from extract.pipeline import extract_results
    text = ("ODM's Achieng wins Bamburi MCA seat\n\nFORM 36B\nDECLARATION OF RESULTS FOR MEMBER OF COUNTY ASSEMBLY\n\n"
            "CANDIDATE'S NAME (SURNAME FIRST)        VALID VOTES\nPOLITICAL PARTY\n\n"
            "1. BARASA, JOHN WEKESA        711\n   UNITED DEMOCRATIC ALLIANCE\n"
            "2. ACHIENG, MARY AWINO        2,976\n   ORANGE DEMOCRATIC MOVEMENT\n"
            "3. ODHIAMBO, PETER        140\n   INDEPENDENT\n")
    [contest] = extract_results(text).contests
    assert contest.constituency == "Bamburi"        # (the member's title is no part of the seat)
    assert [(x.name, x.party, x.votes) for x in contest.candidates] == [
        ("Mary Awino Achieng", "Orange Democratic Movement", 2976), ("John Wekesa Barasa", "United Democratic Alliance", 711),
        ("Peter Odhiambo", "Independent", 140)]


def test_a_canvass_of_offices_with_ranked_rows_and_proclaimed_winners():
    from extract.pipeline import extract_results
    text = ("OFFICIAL CANVASS — CITY OF BAYAWAN\n\nVICE MAYOR\n  REYES, Ana Marie (NPC) .................. 35,880  PROCLAIMED\n"
            "  PONCE, Arnel (Lakas-CMD) ................ 32,017\n\nMEMBER, SANGGUNIANG PANLUNGSOD (2 to be elected)\n"
            "   1. GUSTILO, Carlo Jose (NPC) ............ 41,220  PROCLAIMED\n   2. TAN, Rhea Marie (NPC) ................ 39,874  PROCLAIMED\n"
            "   3. BALDEVIA, Arturo (Lakas-CMD) ......... 29,761\n")
    got = {c.constituency: [(x.name, x.votes, x.elected) for x in c.candidates] for c in extract_results(text).contests}
    assert got == {"Vice Mayor": [("Ana Marie Reyes", 35880, True), ("Arnel Ponce", 32017, None)],
                   "Sangguniang Panlungsod": [("Carlo Jose Gustilo", 41220, True), ("Rhea Marie Tan", 39874, True), ("Arturo Baldevia", 29761, None)]}


@pytest.mark.parametrize("figures", ["18,663 votes · 40.9%", "18,663 votes | 40.9%", "18,663, 40.9%"])
def test_a_card_of_name_party_and_votes_with_share_after_a_separator(figures):
    from extract.pipeline import extract_results
    text = (f"HOW THE CONSTITUENCY VOTED\n\n[card]\nMorag Ellis\nScottish Labour\n{figures}\nChange: +26.5\nELECTED\n[/card]\n\n"
            "[card]\nIain Moffat\nSNP\n12,446 votes · 27.3%\nChange: -20.4\n[/card]\n")
    [contest] = extract_results(text).contests
    assert [(x.name, x.votes, x.share) for x in contest.candidates] == [("Morag Ellis", 18663, 40.9), ("Iain Moffat", 12446, 27.3)]


def test_a_portals_zeros_before_counting_are_no_result():
    from extract.pipeline import extract_results
    text = ("Ward 14 – City of Tshwane\n\nCounting in progress. Results: 0 of 5 voting districts captured.\n\nCandidates\n\nDA\n\n"
            "Pieter Nel\n\nDemocratic Alliance\n\n0 votes · 0.00%\n\nANC\n\nThandi Mokoena\n\nAfrican National Congress\n\n0 votes · 0.00%\n\n"
            "Voting districts | 5\nCaptured | 0\n")
    assert extract_results(text).contests == []


def test_a_card_of_a_name_in_capitals_over_its_party_and_figures():
    from extract.pipeline import extract_results
    text = ("Here's how the votes fell in Bracknell Forest:\n\nCLIVE HARDING\nLiberal Democrats | 25,743 votes | 47.7% | ELECTED\n\n"
            "LUCY MARSH\nConservative | 17,398 votes | 32.2%\n\nCOLIN WRIGHT\nReform UK | 5,274 votes | 9.8%\n")
    [contest] = extract_results(text).contests
    assert [(x.name, x.party, x.votes, x.share, x.elected) for x in contest.candidates] == [
        ("Clive Harding", "Liberal Democrat", 25743, 47.7, True), ("Lucy Marsh", "Conservative", 17398, 32.2, None),
        ("Colin Wright", "Reform UK", 5274, 9.8, None)]


def test_a_wires_list_of_seats_under_its_key_in_brackets():
    from extract.pipeline import extract_results
    text = ("Following is the list of some of the winners (constituency - winner - nearest rival - margin):\n\n"
            "1. Bahour - K. Selvam (BJP) - S. Anand (DMK) - 2,118\n2. Nettapakkam - R. Kumaravel (AINRC) - M. Saravanan (DMK) - 1,907\n")
    got = {c.constituency: (c.majority, [(x.name, x.elected) for x in c.candidates]) for c in extract_results(text).contests}
    assert got == {"Bahour": (2118, [("K. Selvam", True), ("S. Anand", None)]),
                   "Nettapakkam": (1907, [("R. Kumaravel", True), ("M. Saravanan", None)])}


def test_an_election_commission_grid_of_leading_and_trailing_candidates_once_declared():
    from extract.pipeline import extract_results
    text = ("Constituency\tConst. No.\tLeading Candidate\tLeading Party\tTrailing Candidate\tTrailing Party\tMargin\tRound\tStatus\n"
            "Kuttiady\t21\tSHAMEER K. P.\tIndian Union Muslim League\tP. K. SUMA\tCommunist Party of India  (Marxist)\t6412\t15/15\tResult Declared\n"
            "Kozhikode North\t27\tADV. T. NAVEEN CHANDRAN\tIndian National Congress\tK. P. SREEJA\tCommunist Party of India  (Marxist)\t4012\t13/13\tResult Declared\n"
            "Vatakara\t20\tK. K. RAMA\tRevolutionary Marxist Party of India\tM. K. BHASKARAN\tJanata Dal  (Secular)\t1210\t9/16\tResult in Progress\n")
    got = {c.constituency: ([(x.name, x.elected) for x in c.candidates], c.majority) for c in extract_results(text).contests}
    assert got == {"Kuttiady": ([("Shameer K. P.", True), ("P. K. Suma", None)], 6412),
                   "Kozhikode North": ([("T. Naveen Chandran", True), ("K. P. Sreeja", None)], 4012)}


def test_a_print_pages_table_headed_by_its_seat_with_its_footer_fields_side_by_side():
    from extract.pipeline import extract_results
    text = ("HUDDERSFIELD & DEWSBURY EXAMINER     Saturday, July 6, 2024        3\n\nTHE RESULT\n"
            "DEWSBURY AND BATLEY        Votes      %     +/-\n"
            "Iqbal Mohamed (Ind)        15,641   41.1      -\nHeather Iqbal (Lab)        8,707   22.9  -36.2\n"
            "Ind GAIN from Lab     Majority 6,934     Turnout 53.3%\n")
    [contest] = extract_results(text).contests      # (the masthead's date and page number are no candidate's)
    assert (contest.constituency, contest.majority, contest.turnout) == ("Dewsbury and Batley", 6934, 53.3)
    assert [(x.name, x.votes, x.elected) for x in contest.candidates] == [("Iqbal Mohamed", 15641, True), ("Heather Iqbal", 8707, None)]


def test_a_county_canvass_csv_with_a_contest_column():
    from extract.pipeline import extract_results
    text = ("Unofficial results, November 3, 2026\n\nContest,Choice,Party,Election Day,Total Votes,Percent\n"
            '"Sheriff","TOLLIVER, RAY",REP,23073,38904,96.98%\n"Sheriff","Write-In",,722,1211,3.02%\n'
            '"Fiscal Court Commissioner District 2","EBBERS, WALT",REP,4114,6912,52.36%\n'
            '"Fiscal Court Commissioner District 2","REYES, DANA",DEM,3801,6288,47.64%\n'
            "Village of Plover Trustee (Vote For 3),Beth Kowalski,,612,900,30.1%\n")
    got = {c.constituency: [(x.name, x.votes) for x in c.candidates] for c in extract_results(text).contests}
    assert got == {"Sheriff": [("Ray Tolliver", 38904)], "Fiscal Court Commissioner District 2": [("Walt Ebbers", 6912), ("Dana Reyes", 6288)],
                   "Village of Plover Trustee": [("Beth Kowalski", 900)]}


@pytest.mark.parametrize("line, cells", [
    ('2026-05-07,Kirkstall Bridge,OKAFOR,Grace Adaeze,"Labour and Co-operative Party",1302,N',
     ["2026-05-07", "Kirkstall Bridge", "OKAFOR", "Grace Adaeze", "Labour and Co-operative Party", "1302", "N"]),    # one field quoted
    ('"It was a great night," she said, adding that 1,200 volunteers had helped', []),       # a quote in prose is no CSV
])
def test_a_csv_line_with_a_quoted_field(line, cells):
    assert split_cells(line) == cells


def test_a_data_files_column_names_with_underscores():
    hm = header_map(split_cells("ward_code,ward_name,surname,forenames,description,votes,elected"))
    assert hm.columns == ["other", "place", "other", "other", "party", "votes", "winner"]


def test_a_semicolon_csv_in_french_with_decimal_commas_and_its_summary_rows():
    from extract.pipeline import extract_results
    text = ("circonscription;ordre;candidat;parti;votes;pct_valides;elu\n"
            "Sherbrooke;1;Bélanger, Maude-Éliane;Québec solidaire;14 872;36,60;oui\n"
            "Sherbrooke;2;Thibault, Luc-Olivier;Coalition avenir Québec;12 406;30,53;\n"
            "Sherbrooke;;Taux de participation;;;66,34;\nSherbrooke;;Majorité;;2 466;6,07;\n")
    [contest] = extract_results(text).contests
    assert (contest.constituency, contest.majority, contest.turnout) == ("Sherbrooke", 2466, 66.34)
    assert [(x.name, x.votes, x.share, x.elected) for x in contest.candidates] == \
        [("Maude-Éliane Bélanger", 14872, 36.6, True), ("Luc-Olivier Thibault", 12406, 30.53, None)]


def test_a_csv_with_a_status_column_its_seats_counts_in_the_name_column_and_a_quoted_party_key():
    from extract.pipeline import extract_results
    text = ("province,constituency_code,constituency,candidate (SURNAME Other Names),party,votes,percent,status\n"
            "Southern,094,Choma Central,HAMOONGA Mutinta,UPND,41208,90.43,ELECTED\n"
            "Southern,094,Choma Central,SIAMWIINGA Brian,PF,2105,4.62,\n"
            "Southern,094,Choma Central,REGISTERED VOTERS,,58650,,\n"
            "Southern,094,Choma Central,TURNOUT (%),,79.25,,\n\n"
            '"Party key: UPND=United Party for National Development; PF=Patriotic Front; IND=Independent"\n')
    [contest] = extract_results(text).contests
    assert contest.turnout == 79.25
    assert [(x.name, x.party, x.votes, x.elected) for x in contest.candidates] == \
        [("Mutinta Hamoonga", "United Party for National Development", 41208, True), ("Brian Siamwiinga", "Patriotic Front", 2105, None)]


def test_a_fixed_width_grid_whose_header_sets_two_headings_one_space_apart():
    from extract.pipeline import extract_results
    text = ("LOTHIAN REGION: HOW YOUR CONSTITUENCIES VOTED\n\n"
            "CONSTITUENCY        ELECTED        PARTY    VOTES      %     MAJ TURNOUT    CHG  RESULT\n"
            "Almond Valley        Fraser Dunlop        SNP     19,214   49.1   9,870    61.3   +2.8  SNP HOLD\n"
            "Edinburgh Southern        Dougie Laidlaw        LAB     20,461   47.9   4,388    73.8   +2.4  LAB HOLD\n")
    got = {c.constituency: (c.majority, c.turnout, [(x.name, x.votes, x.share, x.elected) for x in c.candidates])
           for c in extract_results(text).contests}
    assert got == {"Almond Valley": (9870, 61.3, [("Fraser Dunlop", 19214, 49.1, True)]),
                   "Edinburgh Southern": (4388, 73.8, [("Dougie Laidlaw", 20461, 47.9, True)])}


def test_a_declaration_whose_name_heading_wraps_reads_forenames_below_each_surname():
    from extract.pipeline import extract_results
    text = ("DECLARATION OF RESULT OF POLL\n\nMARSHFORD CONSTITUENCY\n\n"
            "Name of              Description (if any)                  Number\n"
            "Candidate                                                  of Votes\n"
            "-----------------------------------------------------------------------\n"
            "OKAFOR               Labour Party                           9,871   Elected\nChinedu\n\n"
            "PRENDERGAST          The Conservative Party                 7,402\nHelen Mary           Candidate\n")
    [contest] = extract_results(text).contests
    got = [(c.name, c.party, c.votes, c.elected) for c in contest.candidates]
    assert got == [("Chinedu Okafor", "Labour", 9871, True), ("Helen Mary Prendergast", "Conservative", 7402, None)]


def test_a_portal_table_one_cell_per_line_with_counts_grouped_by_spaces_and_a_run_off_column():
    from extract.pipeline import extract_results
    text = ("MAYOR (BURMISTRZ) OF WIERZBNO\nRound I – 7 April 2024\nTurnout\n48,02%\n"
            "Candidate\nCommittee\nVotes\n%\nResult\n"
            "SZARAFIN Piotr\nKKW Koalicja Obywatelska (Civic Coalition)\n9 804\n44,08%\nROUND II\n"
            "POBŁOCKI Mirosław Stanisław\nKWW Mirosława Pobłockiego (Mirosław Pobłocki voters' committee)\n8 120\n36,51%\nROUND II\n"
            "EBERTOWSKI Kazimierz\nKW Prawo i Sprawiedliwość (Law and Justice)\n3 312\n14,89%\n"
            "KROPIDŁOWSKA Natalia\nKKW Lewica (The Left)\n1 005\n4,52%\n")
    [contest] = extract_results(text).contests
    assert contest.constituency == "Wierzbno"
    assert [(c.name, c.votes, c.share, c.elected) for c in contest.candidates] == [
        ("Piotr Szarafin", 9804, 44.08, None), ("Mirosław Stanisław Pobłocki", 8120, 36.51, None),
        ("Kazimierz Ebertowski", 3312, 14.89, None), ("Natalia Kropidłowska", 1005, 4.52, None)]


def test_a_county_summary_report_with_spaced_leader_dots_under_a_figures_only_header():
    from extract.pipeline import extract_results
    text = ("  HOLLIS COUNTY, OHIO\n  SUMMARY REPORT -- UNOFFICIAL RESULTS\n  TOTAL VOTES  %\n"
            "PRECINCTS COUNTED (OF 64) . . . . . . . . . . . . . . .  64  100.00\n"
            "COUNCIL AT LARGE - CITY OF ASHGROVE\nVOTE FOR  2\n(WITH 22 OF 22 PRECINCTS COUNTED)\n"
            "  TERESA BALOGUN (DEM). . . . . . . . . . . . . . . . .  7,120  38.15\n"
            "  MARK STUCKEY (REP). . . . . . . . . . . . . . . . . .  6,488  34.76\n"
            "  WRITE-IN. . . . . . . . . . . . . . . . . . . . . . .  44  .12\n"
            "  Total  . . . . . . . . . . . . . . . . . . . . . .  18,664\n"
            "TRUSTEE - HARLAN TOWNSHIP\nVOTE FOR  1\n(WITH 5 OF 5 PRECINCTS COUNTED)\n"
            "  FRED AMSTUTZ. . . . . . . . . . . . . . . . . . . . .  2,118  59.95\n"
            "  DALE WEAVER . . . . . . . . . . . . . . . . . . . . .  1,403  39.71\n"
            "  Total  . . . . . . . . . . . . . . . . . . . . . .  3,533\n")
    got = [(c.constituency, [(x.name, x.party, x.votes, x.share) for x in c.candidates]) for c in extract_results(text).contests]
    assert got == [("Council At Large - City of Ashgrove", [("Teresa Balogun", "Democratic", 7120, 38.15), ("Mark Stuckey", "Republican", 6488, 34.76)]),
                   ("Trustee - Harlan Township", [("Fred Amstutz", None, 2118, 59.95), ("Dale Weaver", None, 1403, 39.71)])]


def test_a_cards_winner_line_names_no_seat_and_last_elections_table_under_its_year_is_skipped():
    from extract.pipeline import extract_results
    text = ("Pencader by-election: Plaid Cymru gain by 61 votes\n27 February 2026\n\nPencader\n\nWinner Carys Hughes PC\n"
            "Candidate | Party | Votes | Share %\nCarys Hughes ✔ | PC | 11,402 | 36.4\nGareth Prosser | REF | 11,341 | 36.2\n"
            "Majority | 61\n2024 general election result\nParty | Candidate | Votes | %\nLAB | Nia Griffith | 12,751 | 31.3\n"
            "REF | Gareth Beer | 11,247 | 27.6\n")
    [contest] = extract_results(text).contests
    assert contest.constituency == "Pencader"
    assert [(x.name, x.votes, x.elected) for x in contest.candidates] == [("Carys Hughes", 11402, True), ("Gareth Prosser", 11341, None)]


def test_a_csv_with_a_district_and_a_constituency_column_names_the_constituency_and_skips_its_tally_rows():
    from extract.pipeline import extract_results
    text = ("Parliamentary results (CSV)\n\nregion,district,constituency,candidate,party,votes,pct_valid,status\n"
            'Central,Lilongwe City,Lilongwe City Centre,"PHIRI, Yohane",DPP,15880,42.69,WINNER\n'
            'Central,Lilongwe City,Lilongwe City Centre,"BANDA, Chikondi",MCP,14203,38.18,\n'
            "Central,Lilongwe City,Lilongwe City Centre,NULL AND VOID,,402,,\n"
            "Central,Lilongwe City,Lilongwe City Centre,TOTAL VALID,,37199,100.00,\n")
    [contest] = extract_results(text).contests
    assert contest.constituency == "Lilongwe City Centre"
    assert [(x.name, x.votes, x.share, x.elected) for x in contest.candidates] == [
        ("Yohane Phiri", 15880, 42.69, True), ("Chikondi Banda", 14203, 38.18, None)]


def test_an_auditors_csv_of_races_by_id_and_name_gives_each_race_its_rows():
    from extract.pipeline import extract_results
    text = ('"Marlow County Auditor - Elections Division"\n\nRaceID,RaceName,Candidate,Party,Votes,PercentOfTotalVotes\n'
            '101,"Marlow County Commissioner District 2 - Unexpired 2-Year Term","Ellen Sato","(Prefers Democratic Party)",12408,48.04\n'
            '101,"Marlow County Commissioner District 2 - Unexpired 2-Year Term","Jim Van Wyk","(Prefers Republican Party)",13361,51.73\n'
            '101,"Marlow County Commissioner District 2 - Unexpired 2-Year Term","Total Votes",,25827,\n'
            '204,"City of Wenlow Mayor","Carla Bjornstad","Nonpartisan",5120,53.75\n'
            '204,"City of Wenlow Mayor","Tyler Merritt","Nonpartisan",4377,45.95\n'
            '517,"Fire District No. 4 Proposition No. 1","Levy Approved",,3014,53.17\n'
            '517,"Fire District No. 4 Proposition No. 1","Levy Rejected",,2655,46.83\n')
    got = [(c.constituency, [(x.name, x.party, x.votes) for x in c.candidates]) for c in extract_results(text).contests]
    assert got == [("Marlow County Commissioner District 2 - Unexpired 2-Year Term", [("Jim Van Wyk", "Republican", 13361), ("Ellen Sato", "Democratic", 12408)]),
                   ("City of Wenlow Mayor", [("Carla Bjornstad", None, 5120), ("Tyler Merritt", None, 4377)])]


def test_a_semicolon_export_with_surname_and_first_name_columns_names_each_candidate():
    from extract.pipeline import extract_results
    text = ("Helsinki district, confirmed result (Finland):\n\ndistrict;cand_no;surname;first_name;party;age;votes;share_pct;status\n"
            "01 Helsinki;66;LINDHOLM;Saara;KOK;39;24118;6,00;ELECTED\n01 Helsinki;149;HALONEN;Eero;SDP;64;18552;4,62;ELECTED\n"
            "01 Helsinki;287;KALLIO;Noora;VAS;28;5604;1,39;DEPUTY\n")
    [contest] = extract_results(text).contests
    assert [(x.name, x.party, x.votes, x.share, x.elected) for x in contest.candidates] == [
        ("Saara Lindholm", "National Coalition Party", 24118, 6.0, True), ("Eero Halonen", "Social Democratic Party", 18552, 4.62, True),
        ("Noora Kallio", "Left Alliance", 5604, 1.39, None)]
