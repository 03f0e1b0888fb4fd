import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/auth/roles.ts";
import { can } from "@/lib/auth/permissions.ts";
import { fileEvidenceSchema, linkEvidenceSchema, type Marking } from "@/lib/evidence/schema.ts";
import { FILE_MESSAGES, fileSizeError } from "@/lib/evidence/limits.ts";
import { cleanFileName } from "@/lib/evidence/names.ts";
import { checkFileType } from "@/lib/evidence/sniff.ts";
import { removeFile, storeFile, type StoredFile } from "@/lib/evidence/storage.ts";
import { canonicalJson } from "@/lib/checklist/hash.ts";
import { fieldErrorsOf, parseOrThrow } from "@/lib/validation.ts";
import { prisma, type Tx } from "./client.ts";
import { appendAudit } from "./audit.ts";
import { authoriseAnswerChange, isStillOpen, type AnswerTarget } from "./answer-scope.ts";
import { createAnswer, deleteAnswer, EMPTY_EVIDENCE_NOTE } from "./answers.ts";
import { checklistForVersion } from "./checklist.ts";
import { ForbiddenError, NotFoundError, ValidationError, type FieldErrors } from "./errors.ts";

// Evidence attached to an assessment's questions: files (stored by lib/evidence/storage.ts) or links.
// Storage keys never leave this module except to the download route, through evidenceForDownload.

export type EvidenceItem = {
  id: string;
  kind: "FILE" | "LINK";
  questionCode: string | null;
  title: string;
  fileName: string | null;
  url: string | null;
  sizeBytes: number | null;
  mimeType: string | null;
  sha256: string | null;
  marking: Marking;
  createdAt: Date;
  addedBy: string | null;
};

const rowSelect = {
  id: true,
  kind: true,
  questionCode: true,
  title: true,
  fileName: true,
  url: true,
  sizeBytes: true,
  mimeType: true,
  sha256: true,
  marking: true,
  createdAt: true,
  uploadedById: true,
} as const;
type AuditFields = Pick<EvidenceItem, "id" | "kind" | "questionCode" | "title" | "fileName" | "url" | "sizeBytes" | "mimeType" | "sha256" | "marking">;

const idSchema = z.string().min(1).max(64);
const listSchema = z.object({ assessmentId: idSchema, questionCode: z.string().regex(/^[A-Z][0-9]{1,3}$/).optional() });

/** What an audit event keeps about an item: everything but the storage key and uploader id. */
function auditView(row: AuditFields, assessmentId: string) {
  const { id, kind, questionCode, title, fileName, url, sizeBytes, mimeType, sha256, marking } = row;
  return { id, assessmentId, questionCode, kind, title, fileName, url, sizeBytes, mimeType, sha256, marking };
}

const isUniqueViolation = (e: unknown) => e instanceof Error && "code" in e && (e as { code: unknown }).code === "P2002";

const LOCKED = "This assessment has just been sent for sign-off, so its evidence cannot be changed";

/**
 * The status check again, inside the write (as saveAnswer does): a change racing "send for
 * sign-off" or "submit" must not land after it. Touching the row serialises with those changes.
 */
async function assertStillOpen(tx: Tx, assessmentId: string): Promise<void> {
  if (!(await isStillOpen(tx, assessmentId))) throw new ForbiddenError(LOCKED);
}

/** Adding evidence is changing an answer: the force's PSD while the assessment is with the force. */
const authoriseChange = (actor: Actor, assessmentId: string, questionCode: string): Promise<AnswerTarget> =>
  authoriseAnswerChange(actor, assessmentId, questionCode, "evidence");

type NewEvidence = { kind: "FILE" | "LINK"; title: string; marking: Marking } & Partial<
  Record<"fileName" | "storageKey" | "url" | "sha256" | "mimeType", string> & { sizeBytes: number }
>;

/** One transaction: the item, the answer an evidence question needs to count as answered, the audit event. */
async function insert(actor: Actor, t: AnswerTarget, data: NewEvidence): Promise<EvidenceItem> {
  const run = () =>
    prisma.$transaction(async (tx) => {
      await assertStillOpen(tx, t.assessmentId);
      const row = await tx.evidence.create({
        data: { ...data, assessmentId: t.assessmentId, questionCode: t.question.code, uploadedById: actor.userId },
        select: rowSelect,
      });
      if (t.question.type === "evidence") {
        const where = { assessmentId_questionCode: { assessmentId: t.assessmentId, questionCode: t.question.code } };
        if (!(await tx.answer.findUnique({ where, select: { id: true } }))) {
          await createAnswer(tx, actor, { assessmentId: t.assessmentId, versionId: t.versionId, forceId: t.forceId, question: t.question, value: EMPTY_EVIDENCE_NOTE });
        }
      }
      await appendAudit(tx, actor, { entityType: "evidence", entityId: row.id, action: "evidence.add", forceId: t.forceId, after: auditView(row, t.assessmentId) });
      return row;
    });
  // Two first attachments at once may both try to create the answer; the second try finds it.
  const { uploadedById: _, ...row } = await run().catch((e: unknown) => {
    if (isUniqueViolation(e)) return run();
    throw e;
  });
  return { ...row, addedBy: actor.name };
}

export type CheckedUpload<T> = { fields: T; fileName: string; mimeType: string };

/**
 * The checks every upload passes before anything is stored: the form's fields, then the file's
 * size, name and content. All problems are reported together. Shared with action evidence.
 */
export function checkUpload<S extends z.ZodType>(schema: S, fields: unknown, file: { name: string; bytes: Uint8Array }): CheckedUpload<z.output<S>> {
  const parsed = schema.safeParse(fields);
  const errors: FieldErrors = parsed.success ? {} : fieldErrorsOf(parsed.error);
  const fileName = cleanFileName(file.name);
  const sizeError = file.name === "" && file.bytes.length === 0 ? FILE_MESSAGES.missing : fileSizeError(file.bytes.length);
  const type = sizeError ? null : checkFileType(fileName, file.bytes);
  const fileError = sizeError ?? (type && !type.ok ? type.message : null);
  if (fileError) errors.file = fileError;
  if (!parsed.success || fileError || !type?.ok) throw new ValidationError(errors);
  return { fields: parsed.data, fileName, mimeType: type.mimeType };
}

/** The columns of a checked and stored file, as an evidence row keeps them. */
export type FileColumns = { kind: "FILE"; title: string; fileName: string; storageKey: string; sha256: string; sizeBytes: number; mimeType: string; marking: Marking };

/** Stores the checked file, then records it; if recording fails the file goes, since nothing points at it. */
export async function storeThenRecord<T>(upload: CheckedUpload<{ marking: Marking }>, bytes: Uint8Array, record: (file: FileColumns) => Promise<T>): Promise<T> {
  const stored: StoredFile = await storeFile(bytes);
  try {
    const { fileName, mimeType } = upload;
    return await record({ kind: "FILE", title: fileName, fileName, storageKey: stored.key, sha256: stored.sha256, sizeBytes: stored.sizeBytes, mimeType, marking: upload.fields.marking });
  } catch (e) {
    await removeFile(stored.key).catch((cleanup: unknown) => console.error("Could not remove an unrecorded evidence file", cleanup));
    throw e;
  }
}

/** Uploads a file: size, name and content checked; stored (SHA-256 recorded) only if all are fine. */
export async function addFileEvidence(actor: Actor, fields: unknown, file: { name: string; bytes: Uint8Array }): Promise<EvidenceItem> {
  const upload = checkUpload(fileEvidenceSchema, fields, file);
  const target = await authoriseChange(actor, upload.fields.assessmentId, upload.fields.questionCode);
  return storeThenRecord(upload, file.bytes, (columns) => insert(actor, target, columns));
}

export async function addLinkEvidence(actor: Actor, input: unknown): Promise<EvidenceItem> {
  const { assessmentId, questionCode, url, title, marking } = parseOrThrow(linkEvidenceSchema, input);
  const target = await authoriseChange(actor, assessmentId, questionCode);
  return insert(actor, target, { kind: "LINK", title, url: new URL(url).href, marking });
}

/** Evidence of an assessment (or of one of its questions), oldest first, for anyone who may read it. */
export async function listEvidence(actor: Actor, assessmentId: string, questionCode?: string): Promise<EvidenceItem[]> {
  const input = parseOrThrow(listSchema, { assessmentId, questionCode });
  const a = await prisma.assessment.findUnique({ where: { id: input.assessmentId }, select: { forceId: true, status: true } });
  if (!a || !can(actor, "assessment:read", a)) throw new NotFoundError();
  const rows = await prisma.evidence.findMany({
    where: { assessmentId: input.assessmentId, ...(input.questionCode ? { questionCode: input.questionCode } : {}) },
    select: rowSelect,
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  const ids = [...new Set(rows.flatMap((r) => (r.uploadedById ? [r.uploadedById] : [])))];
  const names = new Map(
    ids.length ? (await prisma.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } })).map((u) => [u.id, u.name]) : [],
  );
  return rows.map(({ uploadedById, ...r }) => ({ ...r, addedBy: uploadedById ? (names.get(uploadedById) ?? null) : null }));
}

/** An evidence item with the assessment it belongs to, or not found for anyone who may not read that assessment. */
async function loadVisible(actor: Actor, evidenceId: string) {
  const id = idSchema.safeParse(evidenceId);
  if (!id.success) throw new NotFoundError();
  const e = await prisma.evidence.findUnique({
    where: { id: id.data },
    select: { ...rowSelect, storageKey: true, assessmentId: true, assessment: { select: { forceId: true, status: true, checklistVersionId: true } } },
  });
  if (!e || !e.assessmentId || !e.assessment || !can(actor, "assessment:read", e.assessment)) throw new NotFoundError();
  return { ...e, assessmentId: e.assessmentId, assessment: e.assessment };
}

export type EvidenceDownload = { assessmentId: string; key: string; fileName: string; mimeType: string; sizeBytes: number };

/** What the download route needs; only files, only for people who may read the assessment. */
export async function evidenceForDownload(actor: Actor, evidenceId: string): Promise<EvidenceDownload> {
  const e = await loadVisible(actor, evidenceId);
  if (e.kind !== "FILE" || !e.storageKey || !e.fileName || !e.mimeType || e.sizeBytes === null) throw new NotFoundError();
  return { assessmentId: e.assessmentId, key: e.storageKey, fileName: e.fileName, mimeType: e.mimeType, sizeBytes: e.sizeBytes };
}

/** Removes an item while the force may still change the assessment; its file goes once the removal is recorded. */
export async function deleteEvidence(actor: Actor, evidenceId: string): Promise<{ assessmentId: string; questionCode: string | null; title: string }> {
  const e = await loadVisible(actor, evidenceId);
  if (!can(actor, "assessment:answer", e.assessment)) {
    throw new ForbiddenError(
      actor.role === "PSD" ? "This assessment is with the chief officer or the inspectorate, so its evidence cannot be removed" : "Only professional standards staff can remove evidence",
    );
  }
  const { assessmentId, questionCode } = e;
  const question = questionCode ? (await checklistForVersion(e.assessment.checklistVersionId)).questionByCode.get(questionCode) : undefined;
  await prisma.$transaction(async (tx) => {
    await assertStillOpen(tx, assessmentId);
    const { count } = await tx.evidence.deleteMany({ where: { id: e.id } });
    // Someone else removed it first: theirs is the audited removal.
    if (count === 0) throw new NotFoundError();
    await appendAudit(tx, actor, { entityType: "evidence", entityId: e.id, action: "evidence.delete", forceId: e.assessment.forceId, before: auditView(e, assessmentId) });
    // The answer that only said "evidence attached" goes with the last piece of evidence.
    if (question?.type !== "evidence" || (await tx.evidence.count({ where: { assessmentId, questionCode: question.code } })) > 0) return;
    const answer = await tx.answer.findUnique({ where: { assessmentId_questionCode: { assessmentId, questionCode: question.code } }, select: { id: true, value: true } });
    if (answer?.value === canonicalJson(EMPTY_EVIDENCE_NOTE)) await deleteAnswer(tx, actor, { ...answer, assessmentId, forceId: e.assessment.forceId, code: question.code });
  });
  if (e.storageKey) {
    // After the commit: a failed transaction must not lose the file. A failure here leaves only an orphan file.
    await removeFile(e.storageKey).catch((err: unknown) => console.error(`Could not remove the file of evidence ${e.id}`, err));
  }
  return { assessmentId: e.assessmentId, questionCode: e.questionCode, title: e.title };
}
