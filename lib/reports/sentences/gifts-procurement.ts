import { dayText } from "../period.ts";
import { countOf } from "../words.ts";
import { policySentence } from "./policy.ts";
import { byAnswer, type SentenceRule } from "./rule.ts";

// Gifts and hospitality (E), procurement (F), and corporate credit cards and expenses (G).

const LOW_VALUE = "low-value spending (purchases of about £5,000 or less)";
const CARDS = "suspected misuse of corporate credit cards or expenses";

export const giftsProcurementSentences: SentenceRule[] = [
  (c) => policySentence(c, "gifts and hospitality policy", { status: "E1", published: "E2", expected: "E3" }),
  (c) => {
    const single = c.yn("E4");
    if (single === "no") return c.say("the force does not keep a single, force-wide register of gifts and hospitality.", ["E4"]);
    if (single !== "yes") return null;
    const electronic = c.yn("E5");
    const codes = electronic ? ["E4", "E5"] : ["E4"];
    const kind = electronic === "yes" ? "electronic register" : "register";
    const paper = electronic === "no" ? ", but it is not kept electronically" : "";
    return c.say(`the force keeps a single, force-wide ${kind} of the gifts and hospitality offered to officers and staff${paper}.`, codes);
  },
  (c) =>
    byAnswer(c, "E7", {
      yes: "the central register was already in place at the time of the 2011 inspection.",
      no: "the central register has been set up since the 2011 inspection.",
    }),
  (c) =>
    byAnswer(c, "E6", {
      yes: "the head of the professional standards department oversees the register.",
      no: "the register is not overseen by the head of the professional standards department.",
    }),
  (c) =>
    byAnswer(c, "F1", {
      yes: "the force checks its contract and procurement registers against the gifts and hospitality register, so that it can spot a company that gives hospitality and later wins a contract.",
      partly: "the force checks its contract and procurement registers against the gifts and hospitality register only occasionally, or only for some contracts.",
      no: "the force does not check its contract and procurement registers against the gifts and hospitality register (to spot, for example, a company that gives hospitality and later wins a contract).",
    }),
  (c) => {
    const plans = c.yn("F2");
    if (!plans) return null;
    const what = c.yn("F1") === "partly" ? "extend these checks" : "start these checks";
    if (plans === "no") return c.say(`the force has no plans to ${what}.`, ["F2"]);
    const codes = ["F2"];
    let how = "";
    const alliance = c.yn("F3");
    if (alliance === "yes") {
      const partners = c.partners();
      how = partners ? ` as part of its alliance with ${partners.names}` : " as part of an alliance or collaboration with another force";
      codes.push("F3", ...(partners?.codes ?? []));
    } else if (alliance === "no") {
      how = " itself, not through an alliance";
      codes.push("F3");
    }
    const from = c.choice("F4");
    if (from) codes.push("F4");
    return c.say(`the force plans to ${what}${how}${from ? `, from ${dayText(from)}` : ""}.`, codes);
  },
  (c) =>
    byAnswer(c, "F5", {
      yes: "suppliers are checked against the register of officers' and staff's business interests, so the force can tell whether it is paying companies run by its own people.",
      partly: "only some suppliers are checked against the register of officers' and staff's business interests.",
      no: "suppliers are not checked against the register of officers' and staff's business interests, so the force cannot tell whether it is paying companies run by its own people.",
    }),
  (c) =>
    byAnswer(c, "F6", {
      yes: `there are effective controls on ${LOW_VALUE}.`,
      partly: `there are controls on ${LOW_VALUE}, but they are not checked.`,
      no: `there are no effective controls on ${LOW_VALUE}.`,
    }),
  (c) => policySentence(c, "policy on corporate credit cards and expenses", { status: "G1", expected: "G2" }),
  (c) =>
    byAnswer(c, "G3", {
      yes: "someone other than the cardholder reviews every corporate credit card statement.",
      partly: "corporate credit card statements are reviewed by someone other than the cardholder, but not every month or not for every card.",
      no: "corporate credit card statements are not reviewed by anyone other than the cardholder.",
    }),
  (c) => {
    const n = c.count("G4");
    if (!n) return null;
    return n.total === 0
      ? c.say(`${c.period.between} the force did not investigate any cases of ${CARDS}.`, ["G4"])
      : c.say(`${c.period.between} the force investigated ${countOf(n.total, "case")} of ${CARDS}.`, ["G4"]);
  },
];
