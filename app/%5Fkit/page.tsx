// A hidden gallery of the UI kit with example props (including error states), for e2e/axe checks
// and screenshots. The folder is `%5Fkit` so the URL is /_kit (a plain `_kit` folder would be a
// private, unroutable folder in the App Router). Off in production unless SHOW_KIT=1 at build.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ErrorSummary, ServiceFooter, ServiceHeader } from "@/components";
import { DisplayExamples } from "./display-examples";
import { FormExamples } from "./form-examples";

export const dynamic = "force-static";

export const metadata: Metadata = {
  title: "Component kit",
  robots: { index: false, follow: false },
};

async function demoSignOut(): Promise<void> {
  "use server";
  // The kit's sign-out button posts here; nothing to do.
}

export default function KitPage() {
  if (process.env.NODE_ENV === "production" && process.env.SHOW_KIT !== "1") notFound();

  return (
    <>
      <ErrorSummary
        errors={[
          { href: "#kit-email", text: "Enter an email address in the correct format, like name@example.com" },
          { href: "#kit-reason", text: "Enter why the policy was not communicated" },
          { href: "#kit-gifts", text: "Select whether the force keeps a gifts and hospitality register" },
          { href: "#kit-channels", text: "Select how staff can report concerns, or select ‘None of these’" },
          { href: "#kit-review-date-year", text: "Date of the last review must include a year" },
        ]}
      />

      <h1 className="govuk-heading-xl">Component kit</h1>
      <p className="govuk-body-l">Every component in components/, with example props. Not linked from the service.</p>
      <p className="govuk-body">
        SkipLink and MainWrapper are in use on every page via the layout, so they are not repeated here.
      </p>

      <h2 className="govuk-heading-l" id="page-furniture">Page furniture</h2>
      <h3 className="govuk-heading-m">ServiceHeader</h3>
      <p className="govuk-body">Signed in, with the current page and a section highlighted:</p>
      <ServiceHeader
        serviceName="Integrity Health Check"
        homeHref="/_kit"
        navLabel="Main (example)"
        navItems={[
          { href: "/_kit?nav=home", label: "Home", current: true },
          { href: "/_kit?nav=assessments", label: "Health checks" },
          { href: "/_kit?nav=actions", label: "Action tracker", active: false },
          { href: "/_kit?nav=reports", label: "Reports" },
          { href: "/_kit?nav=admin", label: "Administration" },
        ]}
        user={{ name: "Sam Patel", roleLabel: "Professional standards", forceName: "Kent Police" }}
        signOutAction={demoSignOut}
      />
      <p className="govuk-body govuk-!-margin-top-4">Signed out (no navigation):</p>
      <ServiceHeader serviceName="Integrity Health Check" homeHref="/_kit" />

      <h3 className="govuk-heading-m govuk-!-margin-top-6">ServiceFooter</h3>
      <ServiceFooter
        links={[
          { href: "/_kit?f=accessibility", text: "Accessibility statement" },
          { href: "/_kit?f=privacy", text: "Privacy notice" },
          { href: "/_kit?f=cookies", text: "Cookies" },
          { href: "/_kit?f=help", text: "Help and contact" },
        ]}
        meta="Integrity Health Check supports forces in England and Wales to check, prove and improve their integrity arrangements."
        secondary="Example footer"
      />

      <FormExamples />
      <DisplayExamples />
    </>
  );
}
