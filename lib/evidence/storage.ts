import "server-only";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { Readable } from "node:stream";

// Evidence files on disk. Every app instance may share the directory (a network file system, a
// mounted volume): keys are random, files appear only by an atomic rename once complete, and
// nothing is ever kept in memory between requests.

export const DEFAULT_UPLOAD_DIR = "data/uploads";
const KEY = /^[0-9a-f]{32}$/;
const CHUNK = 1024 * 1024;

/** The configured directory, resolved from the repository root (where `npm start` runs). */
export function uploadDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), process.env.UPLOAD_DIR?.trim() || DEFAULT_UPLOAD_DIR);
}

function pathOf(key: string): string {
  // The key comes from our database, but it still names a file: never let it leave the directory.
  if (!KEY.test(key)) throw new Error("Invalid evidence storage key");
  return path.join(uploadDir(), key.slice(0, 2), key);
}

export type StoredFile = { key: string; sha256: string; sizeBytes: number };

/** Writes the bytes under a new random key; the SHA-256 is computed over exactly what was written. */
export async function storeFile(bytes: Uint8Array): Promise<StoredFile> {
  const key = crypto.randomBytes(16).toString("hex");
  const final = pathOf(key);
  const tmpDir = path.join(uploadDir(), "tmp");
  await fs.promises.mkdir(tmpDir, { recursive: true });
  await fs.promises.mkdir(path.dirname(final), { recursive: true });
  // In the same directory tree as the final file, so the rename stays on one file system.
  const tmp = path.join(tmpDir, `${key}.${process.pid}.part`);
  const hash = crypto.createHash("sha256");
  const handle = await fs.promises.open(tmp, "wx", 0o600);
  try {
    for (let at = 0; at < bytes.length; at += CHUNK) {
      const chunk = bytes.subarray(at, at + CHUNK);
      await handle.write(chunk);
      hash.update(chunk);
    }
    await handle.sync();
    await handle.close();
    await fs.promises.rename(tmp, final);
  } catch (e) {
    await handle.close().catch(() => undefined);
    await fs.promises.rm(tmp, { force: true });
    throw e;
  }
  return { key, sha256: hash.digest("hex"), sizeBytes: bytes.length };
}

/** A web stream of the file, for a download response. */
export function openFile(key: string): ReadableStream<Uint8Array> {
  return Readable.toWeb(fs.createReadStream(pathOf(key))) as ReadableStream<Uint8Array>;
}

/** The stored file's size, or null when it is not there. */
export async function storedSize(key: string): Promise<number | null> {
  return fs.promises.stat(pathOf(key)).then(
    (s) => s.size,
    () => null,
  );
}

/** Removes a stored file; one already gone is not an error (another instance may have removed it). */
export async function removeFile(key: string): Promise<void> {
  await fs.promises.rm(pathOf(key), { force: true });
}

/**
 * Files under the upload directory older than `olderThanMs`: half-written `.part` files that a
 * killed process left in tmp/, and stored files by key. Young files are never listed, since
 * another instance may be writing one or about to record it.
 */
export async function listOldUploads(olderThanMs: number, now = Date.now()): Promise<{ parts: string[]; keys: string[] }> {
  const root = uploadDir();
  const old = async (file: string) => {
    const stat = await fs.promises.stat(file).catch(() => null);
    return stat !== null && stat.mtimeMs < now - olderThanMs;
  };
  const parts: string[] = [];
  const keys: string[] = [];
  const entries = await fs.promises.readdir(root, { withFileTypes: true }).catch(() => []);
  for (const dir of entries) {
    if (!dir.isDirectory()) continue;
    const inner = await fs.promises.readdir(path.join(root, dir.name)).catch(() => []);
    for (const name of inner) {
      const file = path.join(root, dir.name, name);
      if (dir.name === "tmp" && name.endsWith(".part") && (await old(file))) parts.push(file);
      else if (KEY.test(name) && name.startsWith(dir.name) && (await old(file))) keys.push(name);
    }
  }
  return { parts, keys };
}

/** Removes a half-written upload found by `listOldUploads`. */
export async function removePart(file: string): Promise<void> {
  if (path.dirname(file) !== path.join(uploadDir(), "tmp") || !file.endsWith(".part")) throw new Error("Not an upload part");
  await fs.promises.rm(file, { force: true });
}
