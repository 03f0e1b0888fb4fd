import type { SentenceContext } from "../context.ts";
import { dayText } from "../period.ts";
import { agree, countOf, listAnd, numberInWords } from "../words.ts";
import { byAnswer, type SentenceRule } from "./rule.ts";

// Governance and alliances (J), anti-corruption capability (I), leadership (B) and training (K).

const AUTHORITY = "the police authority or police and crime commissioner";

const LEAD: Record<string, string> = {
  chief_constable: "the chief constable leads on integrity for the force.",
  deputy_chief_constable: "the deputy chief constable leads on integrity for the force.",
  assistant_chief_constable: "an assistant chief constable leads on integrity for the force.",
  police_staff_chief_officer: "a police staff chief officer leads on integrity for the force.",
  none: "no chief officer has been named as the lead for integrity.",
};

// Short names, so a list of areas does not run "and … and … and" together.
const AREAS: Record<string, string> = {
  information_disclosure: "inappropriate disclosure of information",
  media_relationships: "relationships with the media",
  gifts_hospitality: "gifts and hospitality",
  second_jobs: "second jobs",
  social_media: "social media",
  procurement: "procurement",
};

const staff = (n: number) => (n === 0 ? "none" : countOf(n, "member of staff", "staff"));

function acuStaffing(c: SentenceContext) {
  const then = c.count("I1")?.total;
  const now = c.count("I2")?.total;
  const unit = "the number of staff working in the anti-corruption unit";
  if (then !== undefined && now !== undefined) {
    if (then === now && now === 0) return c.say("the force had no staff working in an anti-corruption unit at the time of the 2011 inspection, and has none now.", ["I1", "I2"]);
    if (then === now) return c.say(`${unit} has not changed since the 2011 inspection (${staff(now)}).`, ["I1", "I2"]);
    const change = now > then ? "risen" : "fallen";
    return c.say(`${unit} has ${change} from ${staff(then)} at the time of the 2011 inspection to ${staff(now)} now.`, ["I1", "I2"]);
  }
  if (then !== undefined) return c.say(`at the time of the 2011 inspection, ${staff(then)} worked in the anti-corruption unit.`, ["I1"]);
  if (now !== undefined) return c.say(`${staff(now)} ${agree(now, "works", "work")} in the anti-corruption unit now.`, ["I2"]);
  return null;
}

function conductInvestigations(c: SentenceContext) {
  const n = c.count("I4");
  if (!n) return null;
  const areas = "into the conduct of its officers and staff in the areas covered by this report";
  if (n.total === 0) return c.say(`${c.period.between} the force did not start any investigations ${areas}.`, ["I4"]);
  const out = [c.say(`${c.period.between} the force started ${countOf(n.total, "investigation")} ${areas}.`, ["I4"])];
  const q = c.question("I4");
  const parts = (q?.ofWhich ?? []).filter((p) => n.parts?.[p.key] !== undefined).map((p) => ({ n: n.parts![p.key]!, label: p.label }));
  const some = parts.filter((p) => p.n > 0).map((p) => `${numberInWords(p.n)} ${agree(p.n, "was", "were")} ${p.label}`);
  const none = parts.filter((p) => p.n === 0).map((p) => p.label);
  if (some.length || none.length) {
    const clauses = [...(some.length ? [listAnd(some)] : []), ...(none.length ? [`none were ${none.join(" or ")}`] : [])];
    out.push(c.say(`of these, ${clauses.join("; ")}.`, ["I4"]));
  }
  return out;
}

export const identifyMonitorManageSentences: SentenceRule[] = [
  (c) =>
    byAnswer(c, "J1", {
      yes: `${AUTHORITY} has kept up its oversight of integrity issues since 2011.`,
      partly: `${AUTHORITY} has overseen integrity issues only occasionally since 2011.`,
      no: `${AUTHORITY} has not kept up its oversight of integrity issues since 2011.`,
    }),
  (c) =>
    byAnswer(c, "J2", {
      yes: "there is an ethics, integrity or audit committee with independent members.",
      no: "there is no ethics, integrity or audit committee with independent members.",
    }),
  (c) => {
    const alliance = c.yn("J3");
    if (alliance === "no") return c.say("the force is not in, or forming, a strategic alliance with another force.", ["J3"]);
    if (alliance !== "yes") return null;
    const partners = c.partners();
    const withWhom = partners ? ` with ${partners.names}` : " with another force";
    const codes = ["J3", ...(partners?.codes ?? [])];
    const stage = c.choice("J5");
    if (stage === "proposed") return c.say(`the force is exploring a strategic alliance${withWhom}.`, [...codes, "J5"]);
    if (stage === "agreed") return c.say(`the force's strategic alliance${withWhom} has been formally agreed and is being put in place.`, [...codes, "J5"]);
    if (stage === "operating") return c.say(`the force's strategic alliance${withWhom} is up and running.`, [...codes, "J5"]);
    return c.say(`the force is in, or forming, a strategic alliance${withWhom}.`, codes);
  },
  (c) => {
    const single = c.yn("J6");
    if (single === "no") return c.say("the alliance will keep a separate professional standards department for each force.", ["J6"]);
    if (single !== "yes") return null;
    const parts = c.labels("J7").map((l) => (l === "something else" ? "other functions" : l));
    return parts.length
      ? c.say(`the alliance will have a single professional standards department, bringing together ${listAnd(parts)}.`, ["J6", "J7"])
      : c.say("the alliance will have a single professional standards department.", ["J6"]);
  },
  (c) => {
    const start = c.choice("J8");
    return start ? c.say(`the single professional standards department is due to start on ${dayText(start)}.`, ["J8"]) : null;
  },
  acuStaffing,
  (c) =>
    byAnswer(c, "I3", {
      yes: "the force looks for signs of corruption proactively, not only in response to allegations.",
      partly: "the force looks for signs of corruption proactively only to a limited extent.",
      no: "the force does not look for signs of corruption proactively; it responds to allegations.",
    }),
  conductInvestigations,
  (c) => {
    const lead = c.choice("B1");
    return lead && LEAD[lead] ? c.say(LEAD[lead], ["B1"]) : null;
  },
  (c) =>
    byAnswer(c, "B2", {
      yes: "chief officers regularly speak and write to staff about the force's values and about integrity.",
      partly: "chief officers speak and write to staff about the force's values and about integrity, but only now and then, or not all of them do so.",
      no: "chief officers do not regularly speak or write to staff about the force's values or about integrity.",
    }),
  (c) =>
    byAnswer(c, "B3", {
      yes: "the force publishes chief officers' own gifts, hospitality and business interests.",
      partly: "the force publishes some, but not all, of chief officers' own gifts, hospitality and business interests.",
      no: "the force does not publish chief officers' own gifts, hospitality and business interests.",
    }),
  (c) => {
    const trained = c.yn("K1");
    if (trained === "no") return c.say("since 2011, officers and staff have not had training or guidance on integrity.", ["K1"]);
    if (!trained) return null;
    const areas = (c.many("K2") ?? []).map((v) => AREAS[v] ?? v);
    const covering = areas.length ? `, covering ${listAnd(areas)}` : "";
    const who = trained === "yes" ? "officers and staff" : "some groups of officers and staff";
    return c.say(`since 2011, ${who} have had training or guidance on integrity${covering}.`, areas.length ? ["K1", "K2"] : ["K1"]);
  },
  (c) => {
    const done = c.count("K3");
    return done ? c.say(`so far, ${done.total}% of officers and staff have completed the training.`, ["K3"]) : null;
  },
];
