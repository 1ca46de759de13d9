"""Claims filed through the API (the professional's side), for the console's queues."""

from __future__ import annotations

from tests.conftest import LiveServer

CREATE = """mutation($i: ClaimInput!) { claimCreate(input: $i) { claim { id } errors { code } } }"""
SUBMIT = """mutation($id: ID!) { claimSubmit(input: {id: $id}) {
    claim { id status } errors { code } } }"""
MINE = "{ myClaims { id status } }"


def training_claim(hours: str = "8") -> dict[str, object]:
    details = {"organiser": "山东省卫生健康培训中心", "className": "2024年全科医师培训班",
               "content": "全科诊疗规范", "startDate": "2024-05-06", "endDate": "2024-05-10"}  # fmt: skip
    return {"year": 2024, "subject": "PROFESSIONAL", "form": "POST_TRAINING",
            "requestedHours": hours, "details": details}  # fmt: skip


async def submit_claim(live: LiveServer, token: str) -> str:
    """A new claim, submitted to the professional's employer; returns its id."""
    created = (await live.data(CREATE, {"i": training_claim()}, token))["claimCreate"]
    assert created["errors"] == [], created
    submitted = (await live.data(SUBMIT, {"id": created["claim"]["id"]}, token))["claimSubmit"]
    assert submitted["claim"]["status"] == "SUBMITTED", submitted
    return str(submitted["claim"]["id"])


async def claim_statuses(live: LiveServer, token: str) -> dict[str, str]:
    return {c["id"]: c["status"] for c in (await live.data(MINE, token=token))["myClaims"]}
