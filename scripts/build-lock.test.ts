import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, expect, it } from "vitest";
import { withBuildLock } from "./build-lock.ts";

let dir: string;
const before = process.env.NEXT_DIST_DIR;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "ihc-lock-"));
  process.env.NEXT_DIST_DIR = path.join(dir, ".next");
});
afterEach(() => {
  if (before === undefined) delete process.env.NEXT_DIST_DIR;
  else process.env.NEXT_DIST_DIR = before;
  fs.rmSync(dir, { recursive: true, force: true });
});

it("lets one builder in at a time", async () => {
  const order: string[] = [];
  const slow = (name: string) => async () => {
    order.push(`${name} in`);
    await new Promise((r) => setTimeout(r, 50));
    order.push(`${name} out`);
  };
  await Promise.all([withBuildLock(slow("a"), 10), withBuildLock(slow("b"), 10)]);
  expect(order).toEqual(["a in", "a out", "b in", "b out"]);
  expect(fs.existsSync(`${process.env.NEXT_DIST_DIR}-build.lock`)).toBe(false);
});

it("takes over a lock whose process has died", async () => {
  fs.writeFileSync(`${process.env.NEXT_DIST_DIR}-build.lock`, "999999999");
  expect(await withBuildLock(() => "built", 10)).toBe("built");
});
