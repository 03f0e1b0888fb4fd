import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import "./govuk-frontend.css";
import "./theme.css";
import "./widgets.css";
import { ServiceFooter, ServiceHeader, SkipLink } from "@/components";
import { getActor } from "@/lib/auth/session.ts";
import { HOME_BY_ROLE, ROLE_LABELS } from "@/lib/auth/roles.ts";
import { NAV_BY_ROLE } from "@/lib/auth/navigation.ts";
import { signOutAction } from "./(auth)/sign-out-action.ts";

export const metadata: Metadata = {
  title: { template: "%s – Integrity Health Check", default: "Integrity Health Check" },
  description: "Check, prove and improve a police force's integrity arrangements.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#1d3b4f" };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const actor = await getActor();
  const navItems = actor ? NAV_BY_ROLE[actor.role] : [];
  return (
    <html lang="en-GB" className="govuk-template">
      <body className="govuk-template__body">
        <SkipLink />
        <ServiceHeader
          serviceName="Integrity Health Check"
          homeHref={actor ? HOME_BY_ROLE[actor.role] : "/"}
          navItems={navItems}
          user={actor ? { name: actor.name, roleLabel: ROLE_LABELS[actor.role], forceName: actor.forceName ?? undefined } : undefined}
          signOutAction={actor ? signOutAction : undefined}
        />
        <div className="govuk-width-container">
          <main className="govuk-main-wrapper" id="main-content">
            {children}
          </main>
        </div>
        <ServiceFooter links={[{ href: "/accessibility", text: "Accessibility statement" }]} />
      </body>
    </html>
  );
}
