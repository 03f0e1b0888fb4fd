import { dayText } from "../period.ts";
import { byAnswer, type SentenceRule } from "./rule.ts";

// Opening findings: the health check itself and the policy review (section A).

const REPORT = "the 2011 report, Without Fear or Favour";

const HOW: Record<string, string> = {
  force_wide_health_check: `a force-wide integrity health check against the recommendations of ${REPORT}`,
  recommendations_self_assessment: `a self-assessment of its position on integrity against the recommendations of ${REPORT}`,
  report_checklist: `an integrity health check using the Self-Assessment Checklist in ${REPORT}`,
  other: `an integrity health check against the recommendations of ${REPORT}, using a method of its own`,
};

const ACTIONS: Record<string, string> = {
  policy_review: "which concentrate on reviewing and updating policy and procedure",
  mixed: "which combine a review of policy and procedure with other changes",
  other_changes: "which are mainly changes other than reviewing policy",
};

export const overviewRules: SentenceRule[] = [
  // A1 with A2 (how) or A4 (when it will be finished).
  (c) => {
    const done = c.yn("A1");
    if (!done) return null;
    const how = c.choice("A2");
    if (done === "no") {
      const by = c.choice("A4");
      return by
        ? c.say(`the force has not yet carried out an integrity health check against the 2011 recommendations, and expects to finish one by ${dayText(by)}.`, ["A1", "A4"])
        : c.say("the force has not yet carried out an integrity health check against the 2011 recommendations.", ["A1"]);
    }
    if (done === "partly") {
      return how && HOW[how]
        ? c.say(`the force has started, but not yet finished, ${HOW[how]}.`, ["A1", "A2"])
        : c.say("the force has started, but not yet finished, an integrity health check against the 2011 recommendations.", ["A1"]);
    }
    return how && HOW[how]
      ? c.say(`since 2011 ${c.forceName} has carried out ${HOW[how]}.`, ["A1", "A2"])
      : c.say(`since 2011 ${c.forceName} has carried out an integrity health check against the 2011 recommendations.`, ["A1"]);
  },
  (c) => {
    const agreed = c.yn("A5");
    if (agreed === "no") return c.say("the health check did not lead to any agreed actions.", ["A5"]);
    if (agreed !== "yes") return null;
    const kind = c.choice("A6");
    return kind && ACTIONS[kind]
      ? c.say(`the health check led to agreed actions to deal with the risks it found, ${ACTIONS[kind]}.`, ["A5", "A6"])
      : c.say("the health check led to agreed actions to deal with the risks it found.", ["A5"]);
  },
  (c) =>
    byAnswer(c, "A7", {
      yes: "the force is tracking its progress on these actions.",
      no: "the force is not yet tracking its progress on these actions.",
    }),
  (c) =>
    byAnswer(c, "A8", {
      yes: "the force's policies on all four risk areas (relationships with the media, gifts and hospitality, social media, and second jobs) have been updated or are being reviewed.",
      partly: "some, but not all, of the force's policies on the four risk areas (relationships with the media, gifts and hospitality, social media, and second jobs) have been updated or are being reviewed.",
      no: "the force has not yet updated or started to review its policies on the four risk areas (relationships with the media, gifts and hospitality, social media, and second jobs).",
    }),
  (c) =>
    byAnswer(c, "A10", {
      yes: "the policies were compared with national guidance during the review.",
      no: "the policies were not compared with national guidance during the review.",
    }),
  (c) => {
    const joint = c.yn("A11");
    if (joint === "no") return c.say("the force reviewed its policies on its own, not jointly with another force.", ["A11"]);
    if (joint !== "yes") return null;
    const partners = c.partners();
    return partners
      ? c.say(`the review was carried out jointly with ${partners.names}, so that the forces can adopt shared policies.`, ["A11", ...partners.codes])
      : c.say("the review was carried out jointly with another force, so that the forces can adopt shared policies.", ["A11"]);
  },
  (c) =>
    byAnswer(c, "A9", {
      yes: "officers and staff have been told about the policy changes.",
      partly: "the force has started telling officers and staff about the policy changes, but has not yet reached everyone.",
      no: "officers and staff have not yet been told about the policy changes.",
    }),
];
