import type { Metadata } from "next";

export const metadata: Metadata = { title: "Accessibility statement" };

export default function AccessibilityStatement() {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Accessibility statement</h1>
        <p className="govuk-body">
          We want everyone who uses Integrity Health Check to be able to do so easily, whatever the device or assistive
          technology they use. The service aims to meet the Web Content Accessibility Guidelines (WCAG) 2.2 at level AA.
        </p>
        <h2 className="govuk-heading-m">What you can expect</h2>
        <ul className="govuk-list govuk-list--bullet">
          <li>every page works without JavaScript, by keyboard alone and at 320 pixels wide</li>
          <li>you can zoom text to 400% without content being cut off</li>
          <li>forms tell you what went wrong and how to fix it, and keep what you typed</li>
          <li>status colours always come with words</li>
        </ul>
        <h2 className="govuk-heading-m">How we test</h2>
        <p className="govuk-body">
          Automated accessibility checks run on every page as part of our test suite, at desktop and mobile widths. We also
          check pages by hand with a keyboard and a screen reader.
        </p>
        <h2 className="govuk-heading-m">Reporting a problem</h2>
        <p className="govuk-body">
          If you find a part of the service hard to use, tell your force&rsquo;s service administrator, who will pass it to
          us. We aim to reply within 5 working days.
        </p>
      </div>
    </div>
  );
}
