import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openFile, removeFile, storedSize, storeFile, uploadDir } from "./storage.ts";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ihc-storage-"));
process.env.UPLOAD_DIR = path.join(dir, "nested", "uploads");
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("evidence storage", () => {
  it("creates the directory, writes atomically and records the SHA-256 of what it wrote", async () => {
    const bytes = crypto.randomBytes(1024 * 1024 + 17);
    const stored = await storeFile(bytes);
    expect(stored.key).toMatch(/^[0-9a-f]{32}$/);
    expect(stored.sha256).toBe(crypto.createHash("sha256").update(bytes).digest("hex"));
    expect(await storedSize(stored.key)).toBe(bytes.length);
    expect(new Uint8Array(await new Response(openFile(stored.key)).arrayBuffer())).toEqual(new Uint8Array(bytes));
    // Nothing half-written is left behind.
    expect(fs.readdirSync(path.join(uploadDir(), "tmp"))).toEqual([]);
  });
  it("gives every file its own key", async () => {
    const [a, b] = await Promise.all([storeFile(new Uint8Array([1])), storeFile(new Uint8Array([1]))]);
    expect(a.key).not.toBe(b.key);
    expect(a.sha256).toBe(b.sha256);
  });
  it("removes files, and a file already gone is not an error", async () => {
    const { key } = await storeFile(new Uint8Array([1, 2, 3]));
    await removeFile(key);
    expect(await storedSize(key)).toBeNull();
    await expect(removeFile(key)).resolves.toBeUndefined();
  });
  it("never follows a key outside the directory", async () => {
    await expect(removeFile("../../etc/passwd")).rejects.toThrow("Invalid evidence storage key");
    expect(() => openFile("..")).toThrow("Invalid evidence storage key");
  });
});
