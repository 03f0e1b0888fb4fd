import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

// better-auth signs cookies with this secret. A fresh secret on every start would sign
// everyone out, so when none is configured we generate one once and keep it beside the data.
const SECRET_FILE = path.resolve(/*turbopackIgnore: true*/ process.cwd(), process.env.AUTH_SECRET_FILE ?? "data/auth-secret");

export function ensureAuthSecret(): string {
  const configured = process.env.BETTER_AUTH_SECRET?.trim();
  if (configured) return configured;
  try {
    const stored = fs.readFileSync(SECRET_FILE, "utf8").trim();
    if (stored.length >= 32) return (process.env.BETTER_AUTH_SECRET = stored);
  } catch {
    // no stored secret yet
  }
  const secret = crypto.randomBytes(32).toString("base64url");
  fs.mkdirSync(path.dirname(SECRET_FILE), { recursive: true });
  fs.writeFileSync(SECRET_FILE, secret + "\n", { mode: 0o600 });
  return (process.env.BETTER_AUTH_SECRET = secret);
}
