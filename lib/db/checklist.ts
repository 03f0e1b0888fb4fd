import "server-only";
import { loadChecklist } from "@/lib/checklist/index.ts";
import { canonicalJson, contentHash } from "@/lib/checklist/hash.ts";
import type { ChecklistDefinition } from "@/lib/checklist/types.ts";
import type { Actor } from "@/lib/auth/roles.ts";
import { prisma } from "./client.ts";
import { appendAudit } from "./audit.ts";
import { ConflictError, NotFoundError } from "./errors.ts";
import { can } from "@/lib/auth/permissions.ts";

export type LoadedChecklist = ReturnType<typeof loadChecklist>;
export type PublishedVersion = { id: string; number: number; label: string; contentHash: string; publishedAt: Date };

/**
 * Publishes a definition as an immutable version. Publishing the same content again is a no-op;
 * reusing a version number for different content is refused.
 */
export async function publishChecklistVersion(actor: Actor | null, definition: ChecklistDefinition): Promise<PublishedVersion> {
  const checked = loadChecklist(definition).definition;
  const hash = contentHash(checked);
  const select = { id: true, number: true, label: true, contentHash: true, publishedAt: true } as const;
  const same = await prisma.checklistVersion.findUnique({ where: { contentHash: hash }, select });
  if (same) return same;
  const clash = await prisma.checklistVersion.findUnique({ where: { number: checked.version }, select: { id: true } });
  if (clash) throw new ConflictError(`Checklist version ${checked.version} is already published with different content`);

  return prisma.$transaction(async (tx) => {
    const version = await tx.checklistVersion.create({
      data: { number: checked.version, label: checked.label, contentHash: hash, definition: canonicalJson(checked) },
      select,
    });
    for (const [sIndex, section] of checked.sections.entries()) {
      const s = await tx.checklistSection.create({
        data: { versionId: version.id, code: section.code, position: sIndex + 1, title: section.title, summary: section.summary },
        select: { id: true },
      });
      await tx.checklistQuestion.createMany({
        data: section.questions.map((q, qIndex) => {
          const { code, prompt, hint, type, required, cites, reportHeading, ...config } = q;
          return {
            versionId: version.id,
            sectionId: s.id,
            code,
            position: qIndex + 1,
            prompt,
            hint: hint ?? null,
            answerType: type,
            required,
            cites,
            reportHeading,
            config: canonicalJson(config),
          };
        }),
      });
    }
    await appendAudit(tx, actor, {
      entityType: "checklistVersion",
      entityId: version.id,
      action: "checklist.publish",
      after: { number: version.number, label: version.label, contentHash: hash },
    });
    return version;
  });
}

// Published versions never change, so their parsed definitions can be kept for the life of the process.
const loaded = new Map<string, LoadedChecklist>();

export async function checklistForVersion(versionId: string): Promise<LoadedChecklist> {
  const hit = loaded.get(versionId);
  if (hit) return hit;
  const row = await prisma.checklistVersion.findUniqueOrThrow({ where: { id: versionId }, select: { definition: true } });
  const checklist = loadChecklist(JSON.parse(row.definition));
  loaded.set(versionId, checklist);
  return checklist;
}

export async function latestChecklistVersion(): Promise<PublishedVersion | null> {
  return prisma.checklistVersion.findFirst({
    orderBy: { number: "desc" },
    select: { id: true, number: true, label: true, contentHash: true, publishedAt: true },
  });
}

export async function listChecklistVersions(actor: Actor): Promise<(PublishedVersion & { questions: number; assessments: number })[]> {
  if (!can(actor, "reference:manage", null)) throw new NotFoundError();
  const rows = await prisma.checklistVersion.findMany({
    orderBy: { number: "desc" },
    select: { id: true, number: true, label: true, contentHash: true, publishedAt: true, _count: { select: { questions: true, assessments: true } } },
  });
  return rows.map(({ _count, ...v }) => ({ ...v, questions: _count.questions, assessments: _count.assessments }));
}
