import type { Actor } from "./roles.ts";

// The one place that decides who may do what. Data-layer functions call `can` (or
// `assertCan`) with the resource they loaded; pages use the same table to show buttons.

export const ASSESSMENT_STATUSES = ["DRAFT", "READY_FOR_SIGN_OFF", "SUBMITTED", "RETURNED", "ACCEPTED"] as const;
export type AssessmentStatus = (typeof ASSESSMENT_STATUSES)[number];

/** Statuses an inspector can see: anything that has reached the inspectorate. */
export const INSPECTOR_VISIBLE: readonly AssessmentStatus[] = ["SUBMITTED", "RETURNED", "ACCEPTED"];
/** Statuses in which the force may change answers. */
export const FORCE_EDITABLE: readonly AssessmentStatus[] = ["DRAFT", "RETURNED"];

export type AssessmentRef = { forceId: string; status: AssessmentStatus };
export type ForceRef = { forceId: string };

type Rules = {
  "assessment:read": AssessmentRef;
  "assessment:start": ForceRef;
  "assessment:answer": AssessmentRef;
  "assessment:mark-ready": AssessmentRef;
  "assessment:sign-off": AssessmentRef;
  "assessment:review": AssessmentRef;
  "review:read": AssessmentRef;
  "review:respond": AssessmentRef;
  "action:read": ForceRef & { assessmentStatus?: AssessmentStatus | null };
  "action:write": ForceRef;
  "action:close": ForceRef;
  "force:read": ForceRef;
  "user:manage": null;
  "reference:manage": null;
  "national:read": null;
};
export type Permission = keyof Rules;

const ownForce = (actor: Actor, forceId: string) => actor.forceId !== null && actor.forceId === forceId;

const RULES: { [P in Permission]: (actor: Actor, resource: Rules[P]) => boolean } = {
  "assessment:read": (a, r) =>
    ((a.role === "PSD" || a.role === "CHIEF_OFFICER") && ownForce(a, r.forceId)) ||
    (a.role === "INSPECTOR" && INSPECTOR_VISIBLE.includes(r.status)),
  "assessment:start": (a, r) => a.role === "PSD" && ownForce(a, r.forceId),
  "assessment:answer": (a, r) => a.role === "PSD" && ownForce(a, r.forceId) && FORCE_EDITABLE.includes(r.status),
  "assessment:mark-ready": (a, r) => a.role === "PSD" && ownForce(a, r.forceId) && FORCE_EDITABLE.includes(r.status),
  "assessment:sign-off": (a, r) =>
    a.role === "CHIEF_OFFICER" && ownForce(a, r.forceId) && r.status === "READY_FOR_SIGN_OFF",
  "assessment:review": (a, r) => a.role === "INSPECTOR" && r.status === "SUBMITTED",
  // The review (queries, decisions, judgement) is the inspectorate's working view: force users
  // see only the queries put to them, through "review:respond" and the task list.
  "review:read": (a, r) => a.role === "INSPECTOR" && INSPECTOR_VISIBLE.includes(r.status),
  "review:respond": (a, r) => a.role === "PSD" && ownForce(a, r.forceId) && r.status === "RETURNED",
  "action:read": (a, r) =>
    ((a.role === "PSD" || a.role === "CHIEF_OFFICER") && ownForce(a, r.forceId)) ||
    (a.role === "INSPECTOR" && !!r.assessmentStatus && INSPECTOR_VISIBLE.includes(r.assessmentStatus)),
  "action:write": (a, r) => (a.role === "PSD" || a.role === "CHIEF_OFFICER") && ownForce(a, r.forceId),
  "action:close": (a, r) => a.role === "CHIEF_OFFICER" && ownForce(a, r.forceId),
  "force:read": (a, r) => a.role === "INSPECTOR" || a.role === "ADMIN" || ownForce(a, r.forceId),
  "user:manage": (a) => a.role === "ADMIN",
  "reference:manage": (a) => a.role === "ADMIN",
  // Cross-force figures are the inspectorate's: force users and admins never see them.
  "national:read": (a) => a.role === "INSPECTOR",
};

export function can<P extends Permission>(actor: Actor, permission: P, resource: Rules[P]): boolean {
  return RULES[permission](actor, resource);
}
