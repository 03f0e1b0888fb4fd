import { expect, it } from "vitest";
import { submitSchema } from "./workflow-schemas.ts";

it("reports a bad declaration date together with the other missing fields", () => {
  const r = submitSchema.safeParse({ declarationName: "", declarationRole: "Deputy Chief Constable", "declarationDate-day": "31", "declarationDate-month": "2", "declarationDate-year": "2012", confirm: "yes" });
  expect(r.success).toBe(false);
  const paths = r.error!.issues.map((i) => i.path.join("."));
  expect(paths).toContain("declarationName");
  expect(paths.some((p) => p.startsWith("declarationDate"))).toBe(true);
});
