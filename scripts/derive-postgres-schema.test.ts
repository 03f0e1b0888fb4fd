import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { DERIVED, derivePostgresSchema, derivedSchemaFromDisk } from "./derive-postgres-schema.ts";

describe("the derived PostgreSQL schema", () => {
  it("is what `npm run db:derive-pg` writes from prisma/schema.prisma now (run it and commit the result)", () => {
    expect(fs.readFileSync(DERIVED, "utf8")).toBe(derivedSchemaFromDisk());
  });

  it("changes only the header, the provider and the client output", () => {
    const source = '// about me\n\ngenerator client {\n  output = "../generated/prisma"\n}\n\ndatasource db {\n  provider = "sqlite"\n}\n\nmodel A {\n  id String @id\n}\n';
    expect(derivePostgresSchema(source)).toBe(
      '// generated from prisma/schema.prisma by npm run db:derive-pg — do not edit\n\ngenerator client {\n  output = "../../generated/prisma-pg"\n}\n\ndatasource db {\n  provider = "postgresql"\n}\n\nmodel A {\n  id String @id\n}\n',
    );
  });

  it("refuses a source it does not understand", () => {
    expect(() => derivePostgresSchema('datasource db {\n  provider = "postgresql"\n}\n')).toThrow(/expected exactly one/);
  });
});
