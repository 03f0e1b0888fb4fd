import {
  InsetText,
  KeyFigure,
  NotificationBanner,
  Pagination,
  Panel,
  SummaryList,
  Table,
  Tag,
  TaskList,
  WarningText,
  type TagColour,
} from "@/components";

const TAG_COLOURS: TagColour[] = [
  "blue", "grey", "green", "turquoise", "teal", "purple", "pink", "magenta", "red", "orange", "yellow",
];

/** Display components of the kit. */
export function DisplayExamples() {
  return (
    <>
      <h2 className="govuk-heading-l govuk-!-margin-top-8" id="display">Display</h2>

      <NotificationBanner title="Important" heading="The 2025 health check closes on 31 March 2025." />
      <NotificationBanner type="success" heading="Answer saved" disableAutoFocus>
        <p className="govuk-body">
          Continue with <a className="govuk-notification-banner__link" href="/_kit#display">the next question</a>.
        </p>
      </NotificationBanner>

      <Panel title="Health check submitted" headingLevel={2}>
        Your reference number
        <br />
        <strong>IHC-KNT-2025-0042</strong>
      </Panel>

      <h3 className="govuk-heading-m">Key figures</h3>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-third">
          <KeyFigure value={12} label="open actions" href="/_kit?actions=open" hint="3 overdue" rag="red" />
        </div>
        <div className="govuk-grid-column-one-third">
          <KeyFigure value="87%" label="questions answered" rag="amber" hint="Amber: due in 5 days" />
        </div>
        <div className="govuk-grid-column-one-third">
          <KeyFigure value={4} label="forces submitted" href="/_kit?forces=submitted" />
        </div>
      </div>

      <h3 className="govuk-heading-m">Tags</h3>
      <ul className="govuk-list">
        {TAG_COLOURS.map((colour) => (
          <li key={colour}>
            <Tag colour={colour}>{colour}</Tag>
          </li>
        ))}
      </ul>
      <ul className="govuk-list">
        <li><Tag rag="red">Red: overdue</Tag></li>
        <li><Tag rag="amber">Amber: at risk</Tag></li>
        <li><Tag rag="green">Green: on track</Tag></li>
        <li><Tag rag="done">Done</Tag></li>
      </ul>

      <h3 className="govuk-heading-m">Task list</h3>
      <TaskList
        idPrefix="kit-tasks"
        items={[
          { title: "Overview", href: "/_kit?task=1", status: { text: "Completed" } },
          {
            title: "Press and leaks",
            href: "/_kit?task=2",
            hint: "Contact with the media, unauthorised disclosure",
            status: { text: "In progress", colour: "blue" },
          },
          { title: "Gifts, procurement and second jobs", href: "/_kit?task=3", status: { text: "Not yet started", colour: "blue" } },
          { title: "Check your answers", status: { text: "Cannot start yet", cannotStartYet: true } },
        ]}
      />

      <h3 className="govuk-heading-m">Summary list</h3>
      <SummaryList
        rows={[
          {
            key: "Gifts and hospitality register",
            value: "Yes",
            actions: [{ href: "/_kit?change=gifts", text: "Change", visuallyHiddenText: "gifts and hospitality register" }],
          },
          {
            key: "Reporting channels",
            value: (
              <ul className="govuk-list">
                <li>To professional standards</li>
                <li>Anonymous reporting line</li>
              </ul>
            ),
            actions: [
              { href: "/_kit?change=channels", text: "Change", visuallyHiddenText: "reporting channels" },
              { href: "/_kit?remove=channels", text: "Remove", visuallyHiddenText: "reporting channels" },
            ],
          },
          { key: "Status", value: <Tag rag="amber">Amber: at risk</Tag> },
        ]}
      />
      <SummaryList
        card={{
          title: "Action A-17: publish the register",
          actions: [{ href: "/_kit?edit=a17", text: "Edit", visuallyHiddenText: "action" }],
        }}
        rows={[
          { key: "Owner", value: "Head of professional standards" },
          { key: "Due", value: "30 June 2025" },
          { key: "RAG", value: <Tag rag="green">Green: on track</Tag> },
        ]}
      />

      <h3 className="govuk-heading-m">Table</h3>
      <Table
        caption="Actions by force"
        captionSize="m"
        scrollable
        firstCellIsHeader
        numericColumns={[1, 2, 3]}
        head={["Force", "Open", "Overdue", "Closed"]}
        rows={[
          ["Kent Police", 12, 3, 40],
          ["West Mercia Police", 5, 0, 22],
          [{ content: "Wiltshire Police" }, { content: 8 }, { content: <Tag rag="red">1</Tag> }, 15],
        ]}
      />
      <Table
        caption="Second jobs by rank (scrolls sideways on small screens)"
        scrollable
        head={[{ text: "Rank" }, ...["2019", "2020", "2021", "2022", "2023", "2024", "2025"].map((y) => ({ text: y, numeric: true }))]}
        rows={[
          ["Constable", 120, 131, 140, 152, 160, 171, 175],
          ["Sergeant", 30, 31, 33, 35, 34, 36, 40],
        ]}
        firstCellIsHeader
        numericColumns={[1, 2, 3, 4, 5, 6, 7]}
      />

      <Pagination currentPage={3} totalPages={12} baseHref="/_kit" query={{ status: "open", force: ["kent", "wiltshire"], q: undefined }} />

      <h3 className="govuk-heading-m">Text</h3>
      <InsetText>It can take up to 10 working days for an inspector to review a submitted health check.</InsetText>
      <WarningText>Once you submit, you cannot change your answers without asking an inspector.</WarningText>

      <h3 className="govuk-heading-m">Draft watermark</h3>
      <div className="app-watermark govuk-!-padding-4">
        <p className="govuk-body">
          <Tag colour="grey">Draft</Tag> This report is a draft. The watermark is decorative, so say “draft” in the text too.
        </p>
        <p className="govuk-body">
          The force has published a gifts and hospitality register since 2013. <a className="govuk-link" href="/_kit">A link</a>.
        </p>
      </div>
    </>
  );
}
