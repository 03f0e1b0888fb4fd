// Roles as the product names them. Kept free of server-only imports so pages and tests can share it.

export const ROLES = ["PSD", "CHIEF_OFFICER", "INSPECTOR", "ADMIN"] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  PSD: "Professional standards",
  CHIEF_OFFICER: "Chief officer",
  INSPECTOR: "Inspector",
  ADMIN: "Administrator",
};

/** Roles that belong to a force; the others work across forces. */
export const FORCE_ROLES: readonly Role[] = ["PSD", "CHIEF_OFFICER"];

export function roleNeedsForce(role: Role): boolean {
  return FORCE_ROLES.includes(role);
}

/** The signed-in person, as every data-layer function receives them. */
export type Actor = {
  userId: string;
  name: string;
  email: string;
  role: Role;
  forceId: string | null;
  forceSlug: string | null;
  forceName: string | null;
};

export const HOME_BY_ROLE: Record<Role, string> = {
  PSD: "/psd",
  CHIEF_OFFICER: "/chief",
  INSPECTOR: "/inspector",
  ADMIN: "/admin",
};
