"""A file posted in pieces through the client's public method (geocoding uses it): cut at the limit, each piece's
answer in order, through the client's transport."""

from epoch_eudr.core.api import Upload
from epoch_eudr.core.api.geocoding import PATH, normalize_locations


def addresses(n):
    rows = ["facility_id,facility_name,address,country"] + [f"F-{i},Mill {i},Road {i},Brazil" for i in range(n)]
    return Upload(("\n".join(rows) + "\n").encode(), "mills.csv", "csv")


def test_a_csv_is_posted_in_pieces_and_answered_in_order(client, sandbox):
    seen = []
    answers = list(client.post_in_pieces(PATH, addresses(5), limit=2,
                                         progress=lambda done, total: seen.append((done, total))))
    assert len(answers) == 3 and seen[-1] == (3, 3)
    ids = [f["properties"]["facility_id"] for answer in answers for f in answer["features"]]
    assert ids == [f"F-{i}" for i in range(5)]
    sent = [name for path, name in ((p, o.get("filename")) for p, o in sandbox.facility_requests) if path == PATH]
    assert sorted(sent[-3:]) == ["mills_part1.csv", "mills_part2.csv", "mills_part3.csv"]  # sent side by side


def test_geocoding_goes_through_it(client, sandbox):
    answers = list(normalize_locations(client, addresses(3)))
    assert len(answers) == 1 and len(answers[0]["features"]) == 3
