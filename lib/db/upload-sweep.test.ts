import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "./client.ts";
import { sweepOrphanedUploads } from "./upload-sweep.ts";
import { storeFile } from "@/lib/evidence/storage.ts";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ihc-sweep-"));
const DAY = 24 * 60 * 60 * 1000;
const age = (file: string, ms: number) => {
  const t = new Date(Date.now() - ms);
  fs.utimesSync(file, t, t);
};
const fileOf = (key: string) => path.join(dir, key.slice(0, 2), key);

beforeAll(() => {
  process.env.UPLOAD_DIR = dir;
});
afterAll(() => {
  delete process.env.UPLOAD_DIR;
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("sweeping orphaned uploads", () => {
  it("removes old parts and old unrecorded files, keeps recorded and young ones", async () => {
    const assessment = await prisma.assessment.findFirstOrThrow({ select: { id: true } });
    const recorded = await storeFile(new TextEncoder().encode("recorded"));
    await prisma.evidence.create({ data: { assessmentId: assessment.id, kind: "FILE", title: "Kept", fileName: "kept.txt", storageKey: recorded.key, sha256: recorded.sha256, sizeBytes: recorded.sizeBytes, mimeType: "text/plain" } });
    const orphan = await storeFile(new TextEncoder().encode("orphan"));
    const young = await storeFile(new TextEncoder().encode("young orphan"));
    fs.mkdirSync(path.join(dir, "tmp"), { recursive: true });
    const oldPart = path.join(dir, "tmp", `${"a".repeat(32)}.123.part`);
    const youngPart = path.join(dir, "tmp", `${"b".repeat(32)}.123.part`);
    fs.writeFileSync(oldPart, "half");
    fs.writeFileSync(youngPart, "half");
    for (const f of [fileOf(recorded.key), fileOf(orphan.key), oldPart]) age(f, 2 * DAY);

    expect(await sweepOrphanedUploads()).toEqual({ parts: 1, files: 1 });
    expect(fs.existsSync(fileOf(recorded.key))).toBe(true);
    expect(fs.existsSync(fileOf(orphan.key))).toBe(false);
    expect(fs.existsSync(fileOf(young.key))).toBe(true);
    expect(fs.existsSync(oldPart)).toBe(false);
    expect(fs.existsSync(youngPart)).toBe(true);
  });

  it("copes with an upload directory that does not exist yet", async () => {
    process.env.UPLOAD_DIR = path.join(dir, "missing");
    expect(await sweepOrphanedUploads()).toEqual({ parts: 0, files: 0 });
    process.env.UPLOAD_DIR = dir;
  });
});
