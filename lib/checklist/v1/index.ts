import type { ChecklistDefinition } from "../types";
import { sectionA } from "./a-health-check";
import { sectionB } from "./b-leadership";
import { sectionC } from "./c-media";
import { sectionD } from "./d-social-media";
import { sectionE } from "./e-gifts";
import { sectionF } from "./f-procurement";
import { sectionG } from "./g-expenses";
import { sectionH } from "./h-second-jobs";
import { sectionI } from "./i-anti-corruption";
import { sectionJ } from "./j-governance";
import { sectionK } from "./k-training";
import { recommendations } from "./recommendations";

// Version 1 is frozen once published: change wording or structure in a new version instead,
// because stored answers and content hashes refer to these codes.
const sections = [
  sectionA,
  sectionB,
  sectionC,
  sectionD,
  sectionE,
  sectionF,
  sectionG,
  sectionH,
  sectionI,
  sectionJ,
  sectionK,
];

export const checklistV1: ChecklistDefinition = {
  version: 1,
  label: "2011 recommendations health check",
  recommendations,
  sections,
};
