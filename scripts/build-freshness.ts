import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

// `npm start` builds only when the sources differ from those of the last build.

const INPUTS = ["app", "components", "lib", "public", "instrumentation.ts", "proxy.ts", "prisma/schema.prisma", "next.config.js", "tsconfig.json", "package-lock.json", "app/govuk-frontend.css"];
const distDir = () => process.env.NEXT_DIST_DIR || ".next";

function walk(p: string, out: string[]): void {
  if (!fs.existsSync(p)) return;
  const stat = fs.statSync(p);
  if (stat.isFile()) return void out.push(p);
  for (const name of fs.readdirSync(p).sort()) {
    if (name === "node_modules" || name.startsWith(".")) continue;
    walk(path.join(p, name), out);
  }
}

export function sourceHash(root = process.cwd()): string {
  const files: string[] = [];
  for (const input of INPUTS) walk(path.join(root, input), files);
  const h = crypto.createHash("sha256");
  for (const f of files) h.update(path.relative(root, f)).update("\0").update(fs.readFileSync(f)).update("\0");
  return h.digest("hex");
}

export function buildIsCurrent(root = process.cwd()): boolean {
  const stamp = path.join(root, distDir(), "ihc-source-hash");
  if (!fs.existsSync(path.join(root, distDir(), "BUILD_ID")) || !fs.existsSync(stamp)) return false;
  return fs.readFileSync(stamp, "utf8").trim() === sourceHash(root);
}

export function recordBuild(root = process.cwd()): void {
  fs.writeFileSync(path.join(root, distDir(), "ihc-source-hash"), sourceHash(root) + "\n");
}
