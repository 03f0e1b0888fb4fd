// `npm run db:derive-pg`: writes prisma/postgresql/schema.prisma from prisma/schema.prisma.
// People edit only the SQLite schema; the PostgreSQL one differs in its provider and client output.
import fs from "node:fs";
import path from "node:path";

export const SOURCE = path.join("prisma", "schema.prisma");
export const DERIVED = path.join("prisma", "postgresql", "schema.prisma");
const HEADER = "// generated from prisma/schema.prisma by npm run db:derive-pg — do not edit\n";

function replaceOnce(text: string, pattern: RegExp, replacement: string, what: string): string {
  const matches = text.match(new RegExp(pattern.source, pattern.flags.includes("g") ? pattern.flags : pattern.flags + "g"));
  // Fail loudly rather than write a schema that silently kept a SQLite setting.
  if (matches?.length !== 1) throw new Error(`derive-postgres-schema: expected exactly one ${what} in ${SOURCE}`);
  return text.replace(pattern, replacement);
}

export function derivePostgresSchema(sqliteSchema: string): string {
  // The source's leading comment speaks about itself; the derived file gets its own header.
  let body = sqliteSchema.replace(/^(\/\/[^\n]*\n)+\s*/, "");
  body = replaceOnce(body, /(generator client \{[^}]*?output\s*=\s*)"[^"]*"/, '$1"../../generated/prisma-pg"', "client output");
  body = replaceOnce(body, /(datasource db \{[^}]*?provider\s*=\s*)"sqlite"/, '$1"postgresql"', 'provider = "sqlite"');
  return HEADER + "\n" + body;
}

export function derivedSchemaFromDisk(root = process.cwd()): string {
  return derivePostgresSchema(fs.readFileSync(path.join(root, SOURCE), "utf8"));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const out = path.join(process.cwd(), DERIVED);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  const next = derivedSchemaFromDisk();
  const changed = !fs.existsSync(out) || fs.readFileSync(out, "utf8") !== next;
  if (changed) fs.writeFileSync(out, next);
  console.log(changed ? `Wrote ${DERIVED}.` : `${DERIVED} is up to date.`);
}
