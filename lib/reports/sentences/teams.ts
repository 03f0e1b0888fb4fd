import type { SentenceContext } from "../context.ts";
import { listAnd } from "../words.ts";

// Who does something (C11, D9), as the subject of a sentence with a verb that agrees.

const TEAMS: Record<string, string> = {
  corporate_communications: "the corporate communications department",
  psd: "the professional standards department",
  acu: "the anti-corruption unit",
  account_owners: "the teams that run the accounts",
  other: "another team",
};

/** "the corporate communications department monitors" / "… and the anti-corruption unit monitor" */
export function teamsDo(c: SentenceContext, code: string, verb: { one: string; many: string }): string | undefined {
  const values = c.many(code);
  if (!values) return undefined;
  const plural = values.length > 1 || values.includes("account_owners");
  return `${listAnd(values.map((v) => TEAMS[v] ?? v))} ${plural ? verb.many : verb.one}`;
}
