"""Step 2 for text: which lines are boilerplate. Tables of real strings (our own wording,
in the shapes saved pages take); a false drop of a result line is the worst failure."""

from __future__ import annotations

import json
import re
import time
from pathlib import Path

import pytest

from extract import boilerplate
from extract.boilerplate import clean_text, explain, load_rules

SHARED = Path(__file__).resolve().parents[2] / "shared"


def idfn(text: str) -> str:
    return re.sub(r"\W+", "_", text)[:40]


MUST_DROP = [
    "Associated Press writer Nora Hadley in Lincoln contributed to this report.",      # wire credits: where a reporter sat
    "Reporting by Marta Lindqvist and Oliver Brandt; Additional reporting by Tom Gallagher in Cheltenham; Editing by Kevin Lyle",
    "Our Standards: The Thomson Reuters Trust Principles.",
    "More coverage: State Senate District 30: Kerkhoff holds on | Brown County results, race by race",
    # ads and teasers
    "Advertisement",
    "ADVERTISEMENT",
    "Publicité / Advertisement",      # a bilingual page's ad slot
    "Table View", "Candidate Cards", "View all 7 candidates",      # a results portal's widget labels
    "Story continues below advertisement",
    "READ MORE: Green candidate takes Eastford with majority of 5,594",
    "ALSO READ: Full list of county winners",
    "RELATED: Election results LIVE: updates across the north",
    "Related: How to find your polling station",
    "Drumquin Voter, 2 hours ago: Still only 3 unionist candidates splitting barely 12,000 votes between them.",   # a reader's comment
    "Read more",
    # share bars and menus
    "Share on Facebook",
    "Share on X",
    "Copy link",
    "Share: Facebook | X | WhatsApp | Email | Copy link",
    "Facebook  Twitter  WhatsApp  Email",
    "Share  |  Tweet  |  Email",
    "Save article   Share   Gift",
    "1,203 shares",
    "Listen to this article (6 min)",
    "News | Sport | What's On | Business | Property | Jobs",
    "Home > News > Politics",
    "HOME > NEWS > POLITICS > ELECTIONS",
    "Home / News / Politics / Election 2023",
    "Contact us | Terms and conditions | Privacy notice | Cookie settings",
    "Skip to main content",
    "News",
    "Weather",
    # paywall and newsletter
    "You have read 3 of your 5 free articles this month.",
    "You've read 4 of 5 free articles this month. Register now for unlimited access.",
    "Subscribe for just £1 a month for your first three months. Cancel any time.",
    "Already a subscriber? Log in",
    "This is subscriber-only content. You have 2 free articles remaining this month.",
    "Premium: Unlock unlimited access to local news for $3.50 a week. Subscribe now.",
    "Sign up to our newsletter",
    "Get the day's top stories sent straight to your inbox every morning. Enter your email address",
    "By signing up you agree to our privacy notice.",
    "Enter your email",
    "Thank you for subscribing! Check your inbox to confirm.",
    # cookies
    "We use cookies to personalise content and ads. By clicking Accept all you consent to our use of cookies.",
    "Your privacy: we and our 142 partners store and access information on your device.",
    "This site uses cookies. By continuing to browse you agree to our use of cookies. Find out more | Close",
    # captions
    "Image: The winner is congratulated by supporters after the declaration (PA)",
    "Photo caption: Counting staff sort ballot papers at the leisure centre (Image: Getty)",
    "The new MP celebrates with campaigners at the count. Picture: Evening Courier",
    "The candidate hugs a volunteer at her office after the last polls came in. (Jane Roe/Valley Courier)",
    # comments and footers
    "Comments (214)",
    "Comments",
    "0 Comments | Log in to comment",
    "Comments are closed on this live blog. Please see our community guidelines.",
    "Comments are subject to our community guidelines. Posts may be moderated.",
    "© 2024 Valley Courier. All rights reserved.",
    "Copyright 2024 Valley Media Ltd",
    "Tags: General Election 2024, Eastford, Conservatives",
    "NOW PLAYING: Snow Patrol - Run", "ON AIR: Breakfast with Gareth & Orla, 6am-10am",    # a radio station's player
]

MUST_KEEP = [
    "Reporting for The Tribune, Lisa Carr (Lab) polled 1,355 votes.",
    "1. CITY OF CAPE TOWN WARD 64 (Table View / Parklands)",      # a ward and its suburbs, not a photo credit
    "RESULT: Crawley — Peter Lamb (Lab) 17,453 WINNER",
    "05/07/2024 02:19 Crawley count: Peter Lamb (Lab) 17,453",
    "RESULT: Chingford and Woodford Green – Conservative hold",
    "FULL RESULT",
    "Helen Ashworth (Liberal Democrat) 15,284 (41.3%)",
    "Lib Dem majority: 4,257",
    "Turnout: 48.4%",
    "Electorate: 76,412 | Rejected ballots: 112",
    "| Karen Bradley | Conservative | 15,310 | 35.4 | -28.7 |",
    "| Candidate | Party | Votes | % | +/- |",
    "Seat | Con | Lab | LD | Green",
    "Name\tParty\tVotes\tShare",
    "Candidate | Party | Votes | Share %",
    "Party | Projected seats | Change on 2019",
    "Liberal DemocratMartin Wrigley31.7%15,201+9.4",
    "Majority4.7%2,246",
    "HOLLIS, Margaret (Labour Party) 1,472 *",
    "Wes Streeting, Labour – 15,647",
    "Chris Carter (Independent): 117",
    "-",
    "(c) writing or mark by which the voter could be identified: 3",
    "And I do hereby declare that Llinos Medi is duly elected as the Member of Parliament.",
    "Labour 411, Conservative 121, Liberal Democrat 72, SNP 9",
    "Key events",
    "05:46 BST",
    "Results",
    "Reform UK's Stephen Conlay was third with 11,354 votes, or 27.0 per cent.",
    "Tom Collins (Labour/Co-op)",
    "Polling station | Ward | Opening hours",
    "The party's newsletter promised free parking in the town centre, she said.",
    "More Kent results",
    "STATE OF THE PARTIES – 650 of 650 seats declared",
    "On air, the presenter called the result for Labour at 2.14am.",
]


@pytest.mark.parametrize("line", MUST_DROP, ids=idfn)
def test_line_dropped(line):
    assert clean_text(f"Jane Doe (Labour) 12,345\n{line}\nTurnout: 60.1%") == "Jane Doe (Labour) 12,345\nTurnout: 60.1%"


@pytest.mark.parametrize("line", MUST_KEEP, ids=idfn)
def test_line_kept(line):
    assert line in clean_text(f"Some story text here.\n{line}\nMore story text here.").split("\n")


LISTS = [
    # (text, kept lines) — headings of link lists drop the links under them, not what follows
    ("Story.\nSEE ALSO\n- Redditch results: Reform sweeps town divisions\n- Wythall: Lib Dem gain confirmed after bundle check\n",
     ["Story."]),
    ("Story.\nLATEST ESSEX RESULTS\nBasildon and Billericay: Richard Holden survives by 20 votes after recounts\n"
     "Harlow: Labour's Chris Vince takes seat from Conservatives\n", ["Story."]),
    ("Story.\nALSO IN FEDERAL ELECTION 2025\n> O'Connor: Nationals fall short again as Liberal holds on\n> Curtin teal retains with increased margin\n",
     ["Story."]),
    ("Story.\nRelated discussions\n· Greaves Park play area - is it ever going to reopen?\n· ROAD CLOSURE Hollybank Lane 14-18 Oct\n",
     ["Story."]),
    ("Story.\nMORE HEADLINES\n- Thirsk and Malton: Kevin Hollinrake holds for the Conservatives, majority 7,550\n- Filey lifeboat launched\n",
     ["Story."]),
    ("Story.\nMWY O'R ETHOLIAD / MORE FROM THE ELECTION\n- Dwyfor Meirionnydd: Liz Saville Roberts re-elected with 15,876 majority\n",
     ["Story."]),
    ("Story.\nALSO THIS WEEK\n- Chester North and Neston: Samantha Dixon holds on with 11,870 majority\n- Hoylake lifeboat called out twice\n",
     ["Story."]),
    ("Story.\nMore on this story\n- Sunak resigns as prime minister\n- Map: every result\n\nLast line.",
     ["Story.", "", "Last line."]),
    ("Story.\nMost read\n1. Council tax: what your bill will be\n2. A31 closed after lorry fire\n"
     "After the count the returning officer thanked the staff for their work.",
     ["Story.", "After the count the returning officer thanked the staff for their work."]),
    ("Story.\nRelated articles\nNewcastle goes to Labour's Adam Jogee\nTags: Election\nComments (0)",
     ["Story."]),
    ("Story.\nMORE ELECTION NEWS\n• St Albans: Daisy Cooper re-elected with 29,222 votes and a majority of 19,834\n"
     "• Election 2024: county council by-election date set\n", ["Story."]),
    ("Story.\nRelated:\n- Page: Nationals hold after a 3 per cent swing\n- Richmond count drags into second week\n",
     ["Story."]),
    ("Story.\nMost read.\n1. Council tax: what your bill will be\n", ["Story."]),
    ("Story.\nMORE OPINION\n> Poole: what the night tells us about the Dorset map\n> Letters: I queued 40 minutes\n",
     ["Story."]),
    ("Story.\nRelated / Perthnasol\n- Swansea West: Torsten Bell wins for Labour\n- Neath and Swansea East: full result\n",
     ["Story."]),
    ("Story.\nMORE BY-ELECTIONS\n- Newcastle Ward 30: MK gains from IFP by 88 votes\n- Cape Town Ward 9: DA holds with 91%\n",
     ["Story."]),
    ("Story.\n📰 MORE FROM ELECTION NIGHT\n• Godalming and Ash: Jeremy Hunt survives by 891 votes after Lib Dem scare\n",
     ["Story."]),
    ("Story.\nALSO IN THIS WEEK'S MERCURY\n> Glastonbury and Somerton: Sarah Dyke wins by 6,611\n> Dunster Show: entries close\n",
     ["Story."]),
    ("Story.\nELSEWHERE ACROSS THE NORTH\n- Mid Ulster: Cathal Mallaghan holds seat for Sinn Féin by 14,923\n"
     "- Newry and Armagh: full result\n", ["Story."]),
    ("Story.\nREAD ALSO\nPurnea: Independent Pappu Yadav wins by 23,847 votes\nPataliputra: Misa Bharti defeats Ram Kripal Yadav\n",
     ["Story."]),
    # a figure-bearing line that is not a list item ends the list: kept
    ("Related\nRichard Tice (Reform UK) 15,520 (38.4%)\nMatt Warman (Conservative) 13,510",
     ["Richard Tice (Reform UK) 15,520 (38.4%)", "Matt Warman (Conservative) 13,510"]),
    # a table row ends the list
    ("Top stories\nParty | Seats\nLabour | 411", ["Party | Seats", "Labour | 411"]),
    # a sentence ends the list
    ("Related\nThe count in Hendon went to two recounts before the result was finally declared.",
     ["The count in Hendon went to two recounts before the result was finally declared."]),
    # headlines each with only its age under it: a latest-news list; a live-blog entry with its text stays
    ("Story.\n\nCarlisle: Julie Minns wins for Labour with 5,200 majority\n12 minutes ago\n\n"
     "Whitehaven and Workington: Josh MacAlister wins by 13,286\n2 hours ago\n",
     ["Story."]),
    ("Carlisle: Julie Minns wins for Labour\n12 minutes ago\nJulie Minns has won Carlisle with a majority of 5,200.\n",
     ["Carlisle: Julie Minns wins for Labour", "12 minutes ago", "Julie Minns has won Carlisle with a majority of 5,200."]),
    # a newsletter's marked section heading in capitals over its result lines stays; a marked link goes
    ("► BRISTOL CENTRAL – GREEN GAIN FROM LABOUR\nCarla Denyer (Green) 24,539 · 56.6%\n",
     ["► BRISTOL CENTRAL – GREEN GAIN FROM LABOUR", "Carla Denyer (Green) 24,539 · 56.6%"]),
    ("► Bristol Central: Greens take the seat\nCarla Denyer won with 24,539 votes.\n", ["Carla Denyer won with 24,539 votes."]),
    ("Story.\n\n► FULL RESULTS MAP\n► SEE HOW YOUR SEAT VOTED\nLabour won 412 seats.\n", ["Story.", "", "Labour won 412 seats."]),
]


@pytest.mark.parametrize("text,kept", LISTS, ids=[idfn(t) for t, _ in LISTS])
def test_teaser_lists(text, kept):
    assert clean_text(text).split("\n") == kept


def test_comment_section_dropped_to_the_end():
    story = "\n".join(f"Paragraph {i} of the story, with 1,{i:03d} votes." for i in range(20))
    text = f"{story}\nComments: Our rules\nWe want our comments to be lively.\nReader: Labour won 5,000 votes"
    assert clean_text(text) == story


@pytest.mark.parametrize("heading", ["3 Comments", "Join the conversation\n14 comments", "Comments (12)", "Reader comments",
                                     "Responses (14)\nWrite a response", "Discussion about this post\nComments   Restacks"])
def test_a_comment_count_heading_late_in_the_page_starts_the_comments(heading):
    story = "\n".join(f"Paragraph {i} of the story, with 1,{i:03d} votes." for i in range(20))
    text = f"{story}\n{heading}\n  Castlederg Cathy: 91 votes for the Tories. Why do they bother?"
    assert clean_text(text) == story


def test_early_comment_heading_does_not_cut_the_story():
    text = "Comments: Our rules\nJane Doe (Labour) 12,345\nJohn Roe (Conservative) 10,000\n" + "Story. " * 50
    assert "Jane Doe (Labour) 12,345" in clean_text(text)


def test_boxed_notice_dropped_whole():
    text = ("Story line.\n-----\nSUBSCRIBER NOTICE\nYou have read 3 of your 5 free articles this month.\n"
            "Local journalism costs money.\n-----\nNext story line.")
    assert clean_text(text) == "Story line.\nNext story line."


def test_kept_lines_are_verbatim_and_blank_runs_collapse():
    text = "  Indented line  \n\n\n\nAdvertisement\n\n\nLast\tline"
    assert clean_text(text) == "  Indented line  \n\nLast\tline"


def test_explain_names_rules():
    rules = {rid for _, _, rid in explain("Advertisement\nREAD MORE: x\nShare on X\nStory.")}
    assert rules == {"ad-label", "teaser-line", "nav-or-share"}


def test_every_rule_loads_and_has_reason():
    data = json.loads(boilerplate.DATA_PATH.read_text(encoding="utf-8"))
    ids = [r["id"] for r in data["rules"]]
    assert len(ids) == len(set(ids))
    assert all(r["reason"] and r["kind"] in boilerplate.KINDS for r in data["rules"])
    assert load_rules() is load_rules()   # compiled once


def test_bad_rule_is_refused(tmp_path):
    data = json.loads(boilerplate.DATA_PATH.read_text(encoding="utf-8"))
    data["rules"].append({"id": "broken", "kind": "line", "reason": "test", "patterns": ["(unclosed"]})
    path = tmp_path / "rules.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ValueError, match="broken"):
        load_rules(path)


DEVSET = sorted((SHARED / "devset").glob("*.txt")) if (SHARED / "devset").is_dir() else []


@pytest.mark.skipif(not DEVSET, reason="shared devset not present")
@pytest.mark.parametrize("path", DEVSET, ids=lambda p: p.stem)
def test_devset_figures_survive_and_teasers_go(path):
    raw = path.read_text(encoding="utf-8")
    label = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    out = clean_text(raw)
    out_lines = set(out.split("\n"))
    assert all(line in raw.split("\n") for line in out_lines)           # whole lines only
    for contest in label["contests"]:
        for cand in contest["candidates"]:
            if cand["name"] in raw:
                assert cand["name"] in out
            votes = cand.get("votes")
            if votes is not None and f"{votes:,}" in raw:
                assert f"{votes:,}" in out
        if contest.get("majority") and f"{contest['majority']:,}" in raw:
            assert f"{contest['majority']:,}" in out
    assert not any(line.upper().startswith(("READ MORE", "ALSO READ", "RELATED:")) for line in out_lines)
    assert not any(line.strip() in ("Advertisement", "Share on Facebook", "Copy link") for line in out_lines)


@pytest.mark.skipif(not DEVSET, reason="shared devset not present")
def test_cleaning_is_fast():
    texts = [p.read_text(encoding="utf-8") for p in DEVSET]
    clean_text(texts[0])
    start = time.perf_counter()
    for text in texts * 5:
        clean_text(text)
    per_article = (time.perf_counter() - start) / (5 * len(texts))
    assert per_article < 0.002   # ~0.3 ms measured; the pipeline budget is ~1 ms an article


@pytest.mark.parametrize("line, message", [
    ("05/07/2024, 01:51 - Sam Rhodes: Nigel Farage (Reform UK) 21,225 - 46.2%", "Nigel Farage (Reform UK) 21,225 - 46.2%"),
    ("[05/07/2024, 02:21:37] Mick Farrell: DECLARED", "DECLARED"),
    ("[05.07.24 02:19] Kwame: Workers Party over 2k in Crawley is a thing", "Workers Party over 2k in Crawley is a thing"),
])
def test_an_exported_chats_time_and_sender_go_and_its_message_stays(line, message):
    """A newsroom's chat carries the results its reporters type in; the rules read its messages like any other lines."""
    assert clean_text(f"WhatsApp Chat with COUNT DESK\n{line}") == f"WhatsApp Chat with COUNT DESK\n{message}"


def test_a_telegram_exports_channel_and_time_line_goes_whole_and_the_message_under_it_stays():
    text = "Island Wire LIVE, [11/06/2024 10:02]\nCAMILLERI Josef (PN) – 512\n\nForwarded from Electoral Commission\n[11/06/2024 10:40]\nLija: count 1"
    assert clean_text(text) == "CAMILLERI Josef (PN) – 512\n\nForwarded from Electoral Commission\nLija: count 1"
