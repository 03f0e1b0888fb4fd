import type { Role } from "./roles.ts";

export type NavItem = { href: string; label: string };

// What each role may reach from the header. Pages still check access themselves.
export const NAV_BY_ROLE: Record<Role, NavItem[]> = {
  PSD: [
    { href: "/psd", label: "Your force's health checks" },
    { href: "/actions", label: "Actions" },
  ],
  CHIEF_OFFICER: [
    { href: "/chief", label: "Overview" },
    { href: "/actions", label: "Actions" },
  ],
  INSPECTOR: [
    { href: "/inspector", label: "Submitted assessments" },
    { href: "/review", label: "Review" },
    { href: "/national", label: "National view" },
    { href: "/actions", label: "Actions" },
    { href: "/forces", label: "Forces" },
  ],
  ADMIN: [
    { href: "/admin", label: "Users" },
    { href: "/admin/forces", label: "Forces" },
    { href: "/admin/cycles", label: "Cycles" },
    { href: "/admin/checklists", label: "Checklist versions" },
  ],
};
