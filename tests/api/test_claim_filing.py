"""Claims filed by organisations: a unit for its members (all or none), a CE base or online
platform for trainees (idempotent by its own reference); admins' completion view and
certificate printing; the completion table proven equal to the claims."""

from __future__ import annotations

import asyncio
import subprocess
import sys
from pathlib import Path
from typing import Any

from models import AnnualCompletion, Claim, Professional, ReviewStep
from models.enums import ClaimStatus, ReviewKind, ReviewStatus
from tests.api.test_claims import training
from tests.conftest import LiveServer

ROOT = Path(__file__).resolve().parents[2]

FILE_FOR = """mutation($i: ClaimsFileInput!) { claimsFileForMembers(input: $i) {
    claimIds errors { code field message } } }"""
INGEST = """mutation($r: [ClaimRecordInput!]!) { claimsIngest(records: $r) {
    created unchanged errors { code field message } } }"""
MEMBERS = """query($f: MemberCompletionFilter!) { memberCompletions(filter: $f, first: 50) {
    totalCount edges { node { name idNumber unit year publicHours publicMet professionalHours
    totalHours passed } } } }"""


async def pid(tree: Any, name: str) -> str:
    return str((await Professional.get(account__id_number=tree.people[name])).id)


async def test_a_unit_files_for_members_all_or_none(
    live: LiveServer, tree: Any, tokens: dict[str, str]
) -> None:
    admin = tokens["hospital1"]
    claim = training(year=2022, requestedHours="32")
    outsider = await pid(tree, "刘洋")  # hospital2: not hospital1's member
    members = [await pid(tree, "王磊"), await pid(tree, "张伟")]  # 张伟 is in the branch below
    before = await Claim.all().count()
    refused = await live.data(
        FILE_FOR, {"i": {"professionalIds": [*members, outsider], "claim": claim}}, admin
    )
    assert refused["claimsFileForMembers"]["errors"][0]["code"] == "NOT_FOUND"
    assert await Claim.all().count() == before  # nobody was filed
    plain = await live.gql(
        FILE_FOR, {"i": {"professionalIds": members, "claim": claim}}, tokens["hospital2_plain"]
    )
    assert plain["errors"][0]["extensions"]["code"] == "FORBIDDEN"  # no CLAIM_FILING module
    bad = await live.data(
        FILE_FOR,
        {"i": {"professionalIds": members, "claim": {**claim, "requestedHours": "900"}}},
        admin,
    )
    assert bad["claimsFileForMembers"]["errors"][0]["field"] == "requestedHours"

    filed = await live.data(FILE_FOR, {"i": {"professionalIds": members, "claim": claim}}, admin)
    ids = [int(i) for i in filed["claimsFileForMembers"]["claimIds"]]
    assert len(ids) == 2
    claims = await Claim.filter(id__in=ids)
    assert {c.status for c in claims} == {ClaimStatus.APPROVED}
    assert all(str(c.recognised_hours) == "32.0" for c in claims)
    assert {c.filed_by_organisation_id for c in claims} == {tree.ids["hospital1"]}  # fmt: skip
    # the unit's filing is its review; verification waits at the competent department
    steps = await ReviewStep.filter(subject_type="claim", subject_id__in=ids)
    assert {(s.kind, s.status, s.reviewer_id) for s in steps} == {
        (ReviewKind.CLAIM_REVIEW, ReviewStatus.APPROVED, tree.ids["hospital1"]),
        (ReviewKind.CLAIM_VERIFICATION, ReviewStatus.PENDING, tree.ids["health"]),
    }
    row = await AnnualCompletion.get(professional_id=int(members[0]), year=2022)
    assert str(row.professional_hours) == "32.0"


async def test_a_base_ingests_idempotently_by_reference(
    live: LiveServer, tree: Any, tokens: dict[str, str]
) -> None:
    base = tokens["base"]
    online = {"year": 2023, "subject": "PUBLIC", "form": "ONLINE", "requestedHours": "12",
              "details": {"platform": "山东继教在线", "course": "职业道德", "date": "2023-06-01"}}  # fmt: skip
    records = [
        {"externalRef": "C-1", "idNumber": tree.people["刘洋"], "name": "刘洋", "claim": online},
        {"externalRef": "C-2", "idNumber": tree.people["王芳"].lower(), "name": "王芳", "claim": online},
    ]  # fmt: skip
    wrong_name = [records[0], {**records[1], "name": "王方"}]
    refused = await live.data(INGEST, {"r": wrong_name}, base)
    assert refused["claimsIngest"]["errors"][0] | {"message": ""} == {
        "code": "PERSON_NOT_FOUND", "field": "records.1.idNumber", "message": ""}  # fmt: skip
    assert not await Claim.filter(external_ref__in=["C-1", "C-2"]).exists()
    first = (await live.data(INGEST, {"r": records}, base))["claimsIngest"]
    assert len(first["created"]) == 2 and first["unchanged"] == [] and first["errors"] == []
    again = (await live.data(INGEST, {"r": records}, base))["claimsIngest"]
    assert again["created"] == [] and sorted(again["unchanged"]) == sorted(first["created"])
    assert await Claim.filter(external_ref__in=["C-1", "C-2"]).count() == 2
    changed = [{**records[0], "claim": {**online, "requestedHours": "13"}}]
    conflict = (await live.data(INGEST, {"r": changed}, base))["claimsIngest"]
    assert conflict["errors"][0]["code"] == "REFERENCE_CONFLICT"
    twice = (await live.data(INGEST, {"r": [records[0], records[0]]}, base))["claimsIngest"]
    assert twice["errors"][0] | {"message": ""} == {
        "code": "DUPLICATE_REFERENCE", "field": "records.1.externalRef", "message": ""}  # fmt: skip
    # an employer cannot ingest; the professional sees these apart from their own
    denied = await live.gql(INGEST, {"r": records}, tokens["hospital1"])
    assert denied["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    mine = await live.data(
        "{ myClaims(filedByOrganisation: true) { externalRef filedByOrganisation status } }",
        token=tokens["professional"],
    )
    assert mine["myClaims"] == [
        {"externalRef": "C-2", "filedByOrganisation": "济南市继续教育基地", "status": "APPROVED"}
    ]


async def test_admins_see_completion_in_scope_and_print_certificates(
    live: LiveServer, tree: Any, tokens: dict[str, str]
) -> None:
    admin = tokens["hospital2"]
    liu = await pid(tree, "刘洋")
    await live.data(FILE_FOR, {"i": {"professionalIds": [liu], "claim": training(year=2021, subject="PUBLIC", requestedHours="30")}}, admin)  # fmt: skip
    await live.data(FILE_FOR, {"i": {"professionalIds": [liu], "claim": training(year=2021, requestedHours="60")}}, admin)  # fmt: skip
    rows = (await live.data(MEMBERS, {"f": {"year": 2021}}, admin))["memberCompletions"]
    assert rows["totalCount"] == 2  # 刘洋 and 陈静, none of hospital1's people
    by_name = {e["node"]["name"]: e["node"] for e in rows["edges"]}
    assert by_name["刘洋"] | {"idNumber": ""} == {
        "name": "刘洋", "idNumber": "", "unit": "济南第二医院", "year": 2021, "publicHours": "30.0",
        "publicMet": True, "professionalHours": "60.0", "totalHours": "90.0", "passed": True}  # fmt: skip
    assert by_name["陈静"]["totalHours"] == "0.0" and by_name["陈静"]["passed"] is False
    passed = await live.data(MEMBERS, {"f": {"year": 2021, "passed": True}}, admin)
    assert [e["node"]["name"] for e in passed["memberCompletions"]["edges"]] == ["刘洋"]
    sibling = await live.data(MEMBERS, {"f": {"year": 2021}}, tokens["hospital1"])
    assert "刘洋" not in {e["node"]["name"] for e in sibling["memberCompletions"]["edges"]}

    headers = {"Authorization": f"Bearer {admin}"}
    chen = await pid(tree, "陈静")
    not_passed = await live.client.get(f"/certificates/2021.pdf?ids={liu},{chen}", headers=headers)
    assert not_passed.status_code == 422 and "陈静" in not_passed.json()["message"]
    outsider = await pid(tree, "王芳")
    hidden = await live.client.get(f"/certificates/2021.pdf?ids={liu},{outsider}", headers=headers)
    assert hidden.status_code == 404
    printed = await live.client.get(f"/certificates/2021.pdf?ids={liu}", headers=headers)
    assert printed.status_code == 200 and printed.content.startswith(b"%PDF")


async def test_many_certificates_print_as_one_pdf(
    live: LiveServer, tree: Any, tokens: dict[str, str], tmp_path: Path
) -> None:
    admin = tokens["hospital1"]
    people = [await pid(tree, "王芳"), await pid(tree, "李娜")]
    for subject, hours in (("PUBLIC", "30"), ("PROFESSIONAL", "60")):
        claim = training(year=2020, subject=subject, requestedHours=hours)
        await live.data(FILE_FOR, {"i": {"professionalIds": people, "claim": claim}}, admin)
    response = await live.client.get(
        f"/certificates/2020.pdf?ids={','.join(people)}",
        headers={"Authorization": f"Bearer {admin}"},
    )
    assert response.status_code == 200
    pdf = tmp_path / "many.pdf"
    pdf.write_bytes(response.content)
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    assert "Pages:           2" in info.stdout


async def test_the_completion_table_equals_a_recomputation(
    live: LiveServer, tree: Any, database_url: str, tmp_path: Path
) -> None:
    env = {"DATABASE_URL": database_url, "DATA_DIR": str(tmp_path), "SECRET_KEY": "x",
           "PATH": "/usr/bin:/bin"}  # fmt: skip
    command = [sys.executable, "-m", "server.cli", "completion-rebuild"]

    def run(*extra: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([*command, *extra], cwd=ROOT, env=env, capture_output=True, text=True)

    clean = await asyncio.to_thread(run)
    assert clean.returncode == 0, clean.stdout + clean.stderr
    # every decision above moved the statistics rollup in its own transaction
    assert "completion table: 0 rows differ" in clean.stdout
    assert "completion rollup: 0 rows differ" in clean.stdout
    row = await AnnualCompletion.filter(passed=True).first()
    assert row is not None
    await AnnualCompletion.filter(id=row.id).update(public_hours=0, passed=False)
    drifted = await asyncio.to_thread(run)
    assert drifted.returncode == 1 and "1 rows differ" in drifted.stdout
    assert f"professional {row.professional_id} year {row.year}" in drifted.stdout
    fixed = await asyncio.to_thread(run, "--fix")
    assert fixed.returncode == 0
    assert (await AnnualCompletion.get(professional_id=row.professional_id, year=row.year)).passed
    assert "0 rows differ" in (await asyncio.to_thread(run)).stdout
