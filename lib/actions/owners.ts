// Who owns an action: a person of the force, or a named role when the post matters more than the
// person (people move on; "Head of procurement" stays). Kept free of server-only imports so forms,
// filters and the data layer share one encoding: "user:<id>", "role:<ROLE>" or "" (nobody yet).

export const OWNER_ROLES = [
  "DEPUTY_CHIEF_CONSTABLE",
  "CHIEF_OFFICER_TEAM",
  "HEAD_OF_PSD",
  "ANTI_CORRUPTION_UNIT",
  "CORPORATE_COMMUNICATIONS",
  "HEAD_OF_PROCUREMENT",
  "HEAD_OF_FINANCE",
  "HEAD_OF_HR",
  "INFORMATION_SECURITY",
  "LEARNING_AND_DEVELOPMENT",
] as const;
export type OwnerRole = (typeof OWNER_ROLES)[number];

export const OWNER_ROLE_LABELS: Record<OwnerRole, string> = {
  DEPUTY_CHIEF_CONSTABLE: "Deputy chief constable",
  CHIEF_OFFICER_TEAM: "Chief officer team",
  HEAD_OF_PSD: "Head of professional standards",
  ANTI_CORRUPTION_UNIT: "Anti-corruption unit",
  CORPORATE_COMMUNICATIONS: "Corporate communications",
  HEAD_OF_PROCUREMENT: "Head of procurement",
  HEAD_OF_FINANCE: "Head of finance",
  HEAD_OF_HR: "Head of human resources",
  INFORMATION_SECURITY: "Information security",
  LEARNING_AND_DEVELOPMENT: "Learning and development",
};

export const NO_OWNER_LABEL = "No owner yet";

export type OwnerValue = { userId: string; role: null } | { userId: null; role: OwnerRole } | { userId: null; role: null };

const USER_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** "user:<id>" | "role:<ROLE>" | "" → the columns it sets; null when it is neither. */
export function parseOwner(value: string): OwnerValue | null {
  if (value === "") return { userId: null, role: null };
  if (value.startsWith("user:")) {
    const id = value.slice(5);
    return USER_ID.test(id) ? { userId: id, role: null } : null;
  }
  if (value.startsWith("role:")) {
    const role = value.slice(5);
    return (OWNER_ROLES as readonly string[]).includes(role) ? { userId: null, role: role as OwnerRole } : null;
  }
  return null;
}

export function ownerValue(o: { userId: string | null; role: string | null }): string {
  if (o.userId) return `user:${o.userId}`;
  if (o.role) return `role:${o.role}`;
  return "";
}

export function ownerRoleLabel(role: string): string {
  return OWNER_ROLE_LABELS[role as OwnerRole] ?? role;
}

/**
 * The tracker's owner filter: the same values as the form, a bare user id (older links), or "none".
 * Returns null for a value that matches nobody, so the filter can match nothing rather than everything.
 */
export function parseOwnerFilter(value: string): OwnerValue | null {
  if (value === "none") return { userId: null, role: null };
  if (value === "") return null;
  return parseOwner(value) ?? (USER_ID.test(value) ? { userId: value, role: null } : null);
}

// Words that do not make a force's initials.
const FILLER = new Set(["and", "of", "the", "police", "constabulary", "service"]);

/**
 * The start of a force's action references: initials of a several-word name ("West Mercia" → "WM"),
 * or the first three letters of a one-word name ("Wiltshire" → "WIL"). Two forces may share a
 * prefix (Northumbria, Northamptonshire); references stay unique because numbers run per prefix.
 */
export function forceInitials(forceName: string): string {
  const words = forceName
    .split(/[\s-]+/)
    .map((w) => w.replace(/[^A-Za-z]/g, ""))
    .filter((w) => w && !FILLER.has(w.toLowerCase()));
  if (words.length === 0) return "F";
  if (words.length === 1) return words[0]!.slice(0, 3).toUpperCase();
  return words.map((w) => w[0]!.toUpperCase()).join("");
}

export function actionReference(prefix: string, n: number): string {
  return `${prefix}-A-${String(n).padStart(4, "0")}`;
}
