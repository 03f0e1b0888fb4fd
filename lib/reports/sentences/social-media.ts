import type { SentenceContext } from "../context.ts";
import { dayText } from "../period.ts";
import { countOf } from "../words.ts";
import { byAnswer, type SentenceRule } from "./rule.ts";
import { teamsDo } from "./teams.ts";

// Social media: the policy, monitoring, and the cases the inspectorate's research referred (section D).

const ABOUT = "a policy on how officers and staff should behave on social networking sites";
const RESEARCH = "the inspectorate's independently commissioned research on social media";
const BEHAVIOUR = "potentially inappropriate behaviour on sites such as Facebook or Twitter";

const inDevelopment = (c: SentenceContext) => ["under_review", "not_started"].includes(c.choice("D1") ?? "");

/** "jointly with West Mercia Police" from D5 and the alliance partners (J4). */
function jointly(c: SentenceContext): { words: string; codes: string[] } | undefined {
  if (c.yn("D5") !== "yes") return undefined;
  const partners = c.partners();
  return partners ? { words: `jointly with ${partners.names}`, codes: ["D5", ...partners.codes] } : { words: "jointly with another force", codes: ["D5"] };
}

export const socialMediaSentences: SentenceRule[] = [
  (c) => {
    const status = c.choice("D1");
    const published = c.choice("D2");
    const expected = c.choice("D3");
    const on = published ? `on ${dayText(published)} ${c.forceName} published` : "the force has";
    const withDate = (codes: string[]) => (published ? [...codes, "D2"] : codes);
    switch (status) {
      case "updated_communicated":
        return c.say(`${on} ${ABOUT}, and officers and staff have been told about it.`, withDate(["D1"]));
      case "updated_not_communicated":
        return c.say(`${on} ${ABOUT}, but officers and staff have not yet been told about it.`, withDate(["D1"]));
      case "under_review": {
        const joint = jointly(c);
        const by = expected ? `, and the force expects to publish it by ${dayText(expected)}` : "";
        return c.say(`a new social media policy is being developed${joint ? ` ${joint.words}` : ""}${by}.`, [
          "D1",
          ...(joint?.codes ?? []),
          ...(expected ? ["D3"] : []),
        ]);
      }
      case "not_started":
        return c.say(
          `the force has not yet started work on a social media policy${expected ? `, but expects to publish one by ${dayText(expected)}` : ""}.`,
          expected ? ["D1", "D3"] : ["D1"],
        );
      default:
        return null;
    }
  },
  (c) => {
    const developing = c.choice("D1") === "under_review";
    if (c.yn("D5") === "no")
      return c.say(developing ? "the force is developing its social media policy on its own." : "the force developed its social media policy on its own.", ["D5"]);
    // Joint work on a policy being developed is said with its status, above.
    const joint = developing ? undefined : jointly(c);
    return joint ? c.say(`the social media policy has been, or is being, developed ${joint.words}.`, joint.codes) : null;
  },
  (c) =>
    byAnswer(c, "D4", {
      yes: "interim guidance is in place until the social media policy is published.",
      no: "there is no interim guidance in place until the social media policy is published.",
    }),
  (c) => {
    const policy = inDevelopment(c) ? "the draft social media policy" : "the social media policy";
    return byAnswer(c, "D6", {
      yes: `${policy} sets out how officers and staff should behave online when they are off duty.`,
      partly: `${policy} covers only some aspects of how officers and staff should behave online when they are off duty.`,
      no: `${policy} does not say how officers and staff should behave online when they are off duty.`,
    });
  },
  (c) => {
    const policy = inDevelopment(c) ? "the draft social media policy" : "the social media policy";
    return byAnswer(c, "D7", {
      yes: `${policy} gives advice on setting up police accounts and networks on sites such as Facebook and Twitter.`,
      no: `${policy} does not give advice on setting up police accounts and networks on social media.`,
    });
  },
  (c) => {
    const checked = c.yn("D8");
    if (checked === "no") return c.say("the force's own social media accounts are not checked regularly for misuse.", ["D8"]);
    if (!checked) return null;
    const who = teamsDo(c, "D9", { one: "checks", many: "check" });
    const codes = who ? ["D8", "D9"] : ["D8"];
    if (checked === "yes")
      return who
        ? c.say(`${who} the force's own social media accounts regularly for misuse.`, codes)
        : c.say("the force's own social media accounts are checked regularly for misuse.", codes);
    return who
      ? c.say(`${who} some of the force's own social media accounts for misuse, but not all of them or not regularly.`, codes)
      : c.say("some of the force's own social media accounts are checked for misuse, but not all of them or not regularly.", codes);
  },
  (c) =>
    byAnswer(c, "D10", {
      yes: "the force can monitor social media more widely than its own accounts, for example public posts by people who say they work for it.",
      partly: "the force can monitor social media beyond its own accounts only for specific cases.",
      no: "the force cannot yet monitor social media beyond its own accounts.",
    }),
  (c) => {
    const plan = c.choice("D11");
    if (plan === "alliance") {
      const partners = c.partners();
      return partners
        ? c.say(`the force plans to gain wider monitoring through its alliance with ${partners.names}.`, ["D11", ...partners.codes])
        : c.say("the force plans to gain wider monitoring through an alliance or collaboration with other forces.", ["D11"]);
    }
    if (plan === "force") return c.say("the force plans to develop wider monitoring on its own.", ["D11"]);
    if (plan === "none") return c.say("the force has no plans to gain wider monitoring.", ["D11"]);
    return null;
  },
  (c) => {
    const n = c.count("D12");
    if (!n) return null;
    if (n.total === 0) return c.say(`${RESEARCH} did not refer back to the force any cases of ${BEHAVIOUR} by its officers or staff.`, ["D12"]);
    const who = n.total === 1 ? "one of the force's officers or staff" : "the force's officers or staff";
    const them = n.total === 1 ? "it" : "them";
    return c.say(`${RESEARCH} found ${countOf(n.total, "case")} of ${BEHAVIOUR} by ${who}, and referred ${them} back to the force.`, ["D12"]);
  },
];
