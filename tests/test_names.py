"""Person names in sentences, and name clean-up."""

from __future__ import annotations

import pytest

from extract.document import Doc
from extract.names import clean_name, find_people, flip_surname_first, given_name_gender

SENTENCES = [
    ("The board proclaimed Ana Reyes as mayor of San Carlos after the canvass gave her 38,412 votes.", ["Ana Reyes"]),   # a town
    ("Mayor of London Sadiq Khan said he would serve again.", ["Sadiq Khan"]),
    ("Lucas County Executive Lena Ortega defeated first-term Republican U.S. Rep. Mark Dolan.", ["Lena Ortega", "Mark Dolan"]),   # titles
    ("Barry Colclough, a former Royal Engineers sergeant, won with 1,487 votes.", ["Barry Colclough"]),
    ("Independent Craig Pemberton, a two-term councillor and former Federated Farmers branch chair, led with 9,812 votes.",
     ["Craig Pemberton"]),
    ("Modi defeated Congress's Uttar Pradesh chief Ajay Rai by 1,52,513 votes.", ["Ajay Rai"]),
    ("Mr Kerr, a Sandstone Point builder and former Moreton Bay councillor, led with 14,905.", ["Kerr"]),
    ("Labour's Keir Cozens ran him closest.", ["Keir Cozens"]),
    ("Nick TIMOTHY (Conservative and Unionist Party) is duly elected with 15,814 votes.", ["Nick Timothy"]),
    ("Reform UK's Rupert Lowe wins Great Yarmouth.", ["Rupert Lowe"]),
    ("Theresa May was in Maidenhead on Friday 5 May 2024.", ["Theresa May"]),
    ("On Thursday May 2 voters went to the polls.", []),
    ("The Conservative candidate, James Clark, slipped to third.", ["James Clark"]),
    ("Sinn Féin's Caoimhe Ní Bhriain topped the poll.", ["Caoimhe Ní Bhriain"]),
    ("BJP candidate Shankar V. Patil won.", ["Shankar V. Patil"]),
    ("Congress candidate K.S. Mahadevaiah beat H.N. Srinivas.", ["K.S. Mahadevaiah", "H.N. Srinivas"]),
    ("U.S. Rep. Susan Wild conceded to B.C. Conservative Ann Lee.", ["Susan Wild", "Ann Lee"]),
    ("Ms Caliskan took to the stage.", ["Caliskan"]),
    ("Independent Paul Brown picked up 230 votes.", ["Paul Brown"]),
    ("Labour Party members met in Westbury on Friday.", []),
    ("Polling stations close at 10pm on Thursday 4 July.", []),
    ("He was declared the winner at the Ashby Moor Leisure Centre with 13,908 votes.", []),
    ("Jane Hall won the seat.", ["Jane Hall"]),
    ("The SNP's Duncan was elected, ahead of Labour's Reid.", ["Duncan", "Reid"]),
    ("The transfers of Whyte (Reform) were distributed.", ["Whyte"]),
    ("Labour's Leader said so.", []),
    ("Sarah Green held it with a reduced majority.", ["Sarah Green"]),
    ("Vote Green on Thursday.", []),
    ("Reform UK's John Grant polled 9,555 and Grant thanked voters.", ["John Grant", "Grant"]),
    ("Green candidate Sarah Ward polled 2,218.", ["Sarah Ward"]),
    ("Reform UK's Stephen Ward was a strong third.", ["Stephen Ward"]),
    ("Stephen Ward (Reform UK) came third.", ["Stephen Ward"]),
    ("Surprised Mackenzie only got 612 – he was everywhere on Facebook.", []),     # a reader's comment
    ("They fought under the slogan \"Two Prices, One Message\".", []),
    ("Lucky Aiyedatiwa polled 366,781 votes.", ["Lucky Aiyedatiwa"]),
    ("The DA's Marike van der Walt held the ward.", ["Marike van der Walt"]),
    ("In the only contested Mount Pleasant City Council race, Jim Scheetz won.", ["Jim Scheetz"]),     # a place's body
    ("Former City Council President Rosa Delgado will be mayor.", ["Rosa Delgado"]),
    ("In Homa Bay County, Boyd Were of the Orange Democratic Movement won the Kasipul seat.", ["Boyd Were"]),
    ("In the runoff for Dougherty Judicial Circuit Superior Court judge, attorney Margaret Oyler-Banks defeated Assistant District "
     "Attorney Stephen Cato.", ["Margaret Oyler-Banks", "Stephen Cato"]),      # a court's name; "Attorney" a title
    ("Uncontested. LOMAX, Patricia (The Conservative Party Candidate) was declared elected unopposed.", ["Patricia Lomax"]),
    ("The count in BOLTON, Greater Manchester, ended at 3am.", []),
    ("Mahadevaiah of the Bahujan Samaj Party got 18,220 votes.", ["Mahadevaiah"]),
    ("Leader of the Labour Party won praise.", []),
    ("Victoria Ward was held by Labour.", []),
    ("Reform UK's Sandra Senior was third.", ["Sandra Senior"]),
    ("She was a former Sunshine Coast Council candidate.", []),
    ("Jo Amberley, a Port Macquarie physiotherapist, polled 26,355.", ["Jo Amberley"]),
    ("An Aberdeen councillor, Jo Reid, came second.", ["Jo Reid"]),
    ("Reform UK's Max Windsor-Peplow came third with 5,438.", ["Max Windsor-Peplow"]),
    ("Instead Lee Pitcher took 15,122 to beat Nick Fletcher, MP for the old Don Valley seat.", ["Lee Pitcher", "Nick Fletcher"]),
]


@pytest.mark.parametrize("sentence, want", SENTENCES, ids=[s[:30] for s, _ in SENTENCES])
def test_find_people(sentence, want):
    doc = Doc.build(sentence)
    people = find_people(sentence, 0, len(sentence), set(), [(m.start, m.end) for m in doc.parties],
                         [(m.start, m.end) for m in doc.places])
    assert [p.name for p in people] == want


@pytest.mark.parametrize("raw, want", [
    ("Sir Keir Starmer", "Keir Starmer"), ("Dr Thérèse Coffey", "Thérèse Coffey"), ("Cllr Jane Hale", "Jane Hale"),
    ("Ms Caliskan's", "Caliskan"), ("Judge-Executive Aaron Fitch", "Aaron Fitch"),
    ("Perit Josef Camilleri", "Josef Camilleri"),       # Malta's architect
])
def test_clean_name(raw, want):
    assert clean_name(raw) == want


@pytest.mark.parametrize("raw, want", [
    ("CROSBIE, Virginia", "Virginia Crosbie"), ("FULLER, Anne-Marie", "Anne-Marie Fuller"),
    ("SHORTICUS, Sir Grumpus L", "Sir Grumpus L Shorticus"),
    ("HUTCHINS, BEV", "Bev Hutchins"), ("SMITH, JD", "JD Smith"),     # a known first name in capitals; initials stay
])
def test_flip_surname_first(raw, want):
    assert flip_surname_first(raw) == want


@pytest.mark.parametrize("name, want", [
    ("Lorraine Beavers", "F"), ("Siobhán McDonagh", "F"), ("Jack Lenox", "M"), ("Matt Severn", "M"),
    ("Sam Ives", None), ("Beavers", None), ("Lorraine", None),
    # first names of the 2024 candidates (data/given_names.json), not titles or stage names
    ("Merv Boniface", "M"), ("Cat Smith", "F"), ("Zbigniew Kowalski", "M"), ("King Charles", None), ("Howling Laud", None),
])
def test_given_name_gender(name, want):
    assert given_name_gender(name) == want
