import type { InspectorStatement, JudgementView } from "./types.ts";

// The fixed parts of the report, in our own words: why the health check exists, and the
// inspector's statement as the inspector wrote it.

export function background(forceName: string, cycleName: string, periodText: string, judgement: JudgementView | null): string[] {
  return [
    "In July 2011, in the wake of the phone-hacking scandal, the Home Secretary asked HM Inspectorate of Constabulary (HMIC) to look into undue influence, inappropriate contracts and other abuses of power in the relationships between the police and the media and other parties.",
    "HMIC published its findings, Without Fear or Favour, on 13 December 2011, after looking at all 43 forces in England and Wales and at British Transport Police. It did not find corruption to be widespread, but it did not give the police service a clean bill of health either. Few forces had clear rules on relationships with the media, gifts and hospitality, second jobs or social media, and few had effective ways to identify, monitor and manage risks to integrity. The report made recommendations to close these gaps, and gave forces a checklist to assess themselves against.",
    `Forces have since checked themselves against those recommendations in an integrity health check, and the inspectorate has gone back to see what has changed. This report sets out what ${forceName} told the inspectorate in its ${cycleName} health check. Counts of activity, such as investigations and applications, cover ${periodText}.`,
    judgement
      ? `The inspectorate has reviewed the force's answers and judged that it has made ${judgement.label.toLowerCase()}.`
      : "The inspectorate has not yet made a judgement on this health check.",
  ];
}

/** "Jane Smith, HM Inspector of Constabulary for the Wales and Western region, said:" */
export function inspectorStatement(summary: string | null, name: string | null, region: string | null): InspectorStatement | null {
  const paragraphs = (summary ?? "")
    .split(/\n\s*\n|\r?\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (paragraphs.length === 0) return null;
  const r = region?.trim();
  const where = r ? ` for ${/^the /i.test(r) ? r : `the ${r}`}${/region$/i.test(r) ? "" : " region"}` : "";
  const who = name?.trim();
  const attribution = who ? `${who}, HM Inspector of Constabulary${where}, said:` : `HM Inspector of Constabulary${where} said:`;
  return { attribution, paragraphs };
}
