import { countOf, ofWhich } from "../words.ts";
import { policySentence } from "./policy.ts";
import { byAnswer, type SentenceRule } from "./rule.ts";
import { teamsDo } from "./teams.ts";

// Relationships with the media and leaks of information (section C).

/** What the force calls its media rules, from C1. */
function mediaRules(form: string | undefined): string {
  if (form === "policy") return "media policy";
  if (form === "guidance_only") return "media guidance";
  return "media policy or guidance";
}

export const mediaSentences: SentenceRule[] = [
  (c) => {
    const form = c.choice("C1");
    if (form === "guidance_only")
      return c.say("the force does not have a specific media policy, but it gives guidance on how relationships with the media should be managed.", ["C1"]);
    if (form === "none") return c.say("the force has no written policy or guidance on relationships with the media.", ["C1"]);
    return null; // a policy: the status sentence says so
  },
  (c) => policySentence(c, mediaRules(c.choice("C1")), { status: "C2", published: "C3", expected: "C4" }, c.choice("C1") ? ["C1"] : []),
  (c) => {
    const rules = mediaRules(c.choice("C1"));
    return byAnswer(c, "C5", {
      yes: `the force's ${rules} is in line with the national guidance on relationships with the media from the Association of Chief Police Officers (ACPO).`,
      no: `the force's ${rules} is not in line with the national guidance on relationships with the media from the Association of Chief Police Officers (ACPO).`,
    }, c.choice("C1") ? ["C1"] : []);
  },
  (c) =>
    byAnswer(c, "C6", {
      yes: "officers and staff must consult the press office about all their contacts with the media.",
      partly: "some officers and staff, or some kinds of contact with the media, must be referred to the press office, but not all.",
      no: "officers and staff do not have to consult the press office about their contacts with the media.",
    }),
  (c) =>
    byAnswer(c, "C7", {
      yes: "officers and staff must record their contacts with the media.",
      partly: "some contacts with the media are recorded, but not all of them.",
      no: "officers and staff do not have to record their contacts with the media.",
    }),
  (c) =>
    byAnswer(c, "C8", {
      yes: "officers and staff are aware of the rules on contact with the media.",
      partly: "not all officers and staff are yet aware of the rules on contact with the media.",
      no: "officers and staff are not yet aware of the rules on contact with the media.",
    }),
  (c) => {
    const n = c.count("C9");
    if (!n) return null;
    if (n.total === 0) return c.say(`${c.period.between} the force did not investigate any instances of inappropriate disclosure to the media.`, ["C9"]);
    const ongoing = n.parts?.ongoing;
    const still =
      ongoing === undefined
        ? ""
        : `, ${ofWhich(ongoing, n.total, "still ongoing at the time of the health check", "no longer ongoing at the time of the health check")}`;
    return c.say(`${c.period.between} the force investigated ${countOf(n.total, "instance")} of inappropriate disclosure to the media${still}.`, ["C9"]);
  },
  (c) => {
    const extent = c.yn("C10");
    if (extent === "no") return c.say("the force does not monitor the media for signs that information has been leaked.", ["C10"]);
    if (!extent) return null;
    const who = teamsDo(c, "C11", { one: "monitors", many: "monitor" });
    const codes = who ? ["C10", "C11"] : ["C10"];
    const subject = who ?? "the force monitors";
    return extent === "yes"
      ? c.say(`${subject} local and national media for signs that information has been leaked.`, codes)
      : c.say(`${subject} the media for signs that information has been leaked, but not all local and national media, or not regularly.`, codes);
  },
];
