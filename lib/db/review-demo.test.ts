import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/roles.ts";
import { verifySnapshot } from "@/lib/assessments/snapshot.ts";
import { buildAcceptanceSnapshot } from "@/lib/review/acceptance-snapshot.ts";
import { DEMO_ACCEPTANCES } from "@/prisma/seed/demo-review.ts";
import { prisma } from "./client.ts";
import { actorFor } from "./test-support/actors.ts";
import { getReview } from "./review.ts";

// The demo data's review state (prisma/seed/demo-review.ts), as seeded: read only.

let inspector: Actor;
beforeAll(async () => {
  inspector = await actorFor("inspector@inspectorate.example.org");
});

describe("the demo data", () => {
  const demo = (slug: string) =>
    prisma.assessment.findFirstOrThrow({
      where: { force: { slug }, cycle: { slug: "2012-revisit" } },
      include: { force: true, cycle: true, checklistVersion: true, snapshots: { orderBy: { sequence: "asc" } }, answers: true, sections: true },
    });

  it("Staffordshire and West Mercia are accepted with some progress, their acceptance snapshot built as the app builds it", async () => {
    for (const slug of ["staffordshire", "west-mercia"]) {
      const a = await demo(slug);
      const seed = DEMO_ACCEPTANCES[slug]!;
      expect(a).toMatchObject({ status: "ACCEPTED", judgement: "SOME_PROGRESS", inspectorName: "Morgan Ellery", inspectorRegion: a.force.region });
      expect(a.snapshots.map((x) => x.kind)).toEqual(["SUBMISSION", "ACCEPTANCE"]);
      const stored = a.snapshots[1]!;
      const rebuilt = buildAcceptanceSnapshot({
        assessment: a,
        force: a.force,
        cycle: a.cycle,
        checklist: a.checklistVersion,
        answers: Object.fromEntries(a.answers.map((x) => [x.questionCode, JSON.parse(x.value) as unknown])),
        declaration: { name: a.declarationName!, role: a.declarationRole!, date: a.declarationDate! },
        judgement: { judgement: "SOME_PROGRESS", summary: a.judgementSummary!, inspectorName: a.inspectorName!, inspectorRegion: a.inspectorRegion! },
        sectionJudgements: seed.sectionJudgements,
        takenAt: a.acceptedAt!,
      });
      expect(stored).toMatchObject({ content: rebuilt.content, sha256: rebuilt.sha256 });
      expect(verifySnapshot(stored.content, stored.sha256)).toBe(true);
      expect(Object.fromEntries(a.sections.filter((x) => x.judgement).map((x) => [x.sectionCode, x.judgement]))).toEqual(seed.sectionJudgements);
      const view = await getReview(inspector, a.id);
      expect(view.counts.ACCEPTED).toBe(Object.keys(seed.acceptedAnswers).length);
    }
  });

  it("Warwickshire and Wiltshire are submitted and waiting for review, untouched", async () => {
    for (const slug of ["warwickshire", "wiltshire"]) {
      const a = await demo(slug);
      expect(a.status, slug).toBe("SUBMITTED");
      expect(await prisma.reviewComment.count({ where: { assessmentId: a.id } })).toBe(0);
    }
  });
});
