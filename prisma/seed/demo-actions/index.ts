import type { DemoAction } from "./types";
import { plan as staffordshire } from "./staffordshire";
import { plan as warwickshire } from "./warwickshire";
import { plan as westMercia } from "./west-mercia";
import { plan as wiltshire } from "./wiltshire";

export type { DemoAction, DemoUpdate } from "./types";

/** Each demo force's action plan, by force slug. */
export const demoActionPlans: Record<string, DemoAction[]> = {
  staffordshire,
  warwickshire,
  "west-mercia": westMercia,
  wiltshire,
};
