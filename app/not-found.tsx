import Link from "next/link";

export default function NotFound() {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Page not found</h1>
        <p className="govuk-body">If you typed the web address, check it is correct.</p>
        <p className="govuk-body">If you followed a link, you may not have access to what it points to.</p>
        <p className="govuk-body">
          <Link className="govuk-link" href="/">Go to your home page</Link>
        </p>
      </div>
    </div>
  );
}
