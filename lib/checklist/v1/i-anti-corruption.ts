import type { SectionDefinition } from "../types";

const staffHint =
  "Count full-time equivalent posts that were filled, rounded to the nearest whole number. If there was no separate unit, count the staff whose main job was anti-corruption work.";

export const sectionI: SectionDefinition = {
  code: "I",
  title: "Anti-corruption capability",
  summary:
    "The force's capacity to find and deal with corruption: anti-corruption staffing, proactive work and conduct investigations.",
  questions: [
    {
      code: "I1",
      prompt: "How many staff worked in the anti-corruption unit at the time of the 2011 inspection?",
      hint: staffHint,
      type: "whole_number",
      required: true,
      cites: "R-ANTI-CORRUPTION",
      reportHeading: "identify_monitor_manage",
      unit: "staff",
      max: 1_000,
    },
    {
      code: "I2",
      prompt: "How many staff work in the anti-corruption unit now?",
      hint: staffHint,
      type: "whole_number",
      required: true,
      cites: "R-ANTI-CORRUPTION",
      reportHeading: "identify_monitor_manage",
      unit: "staff",
      max: 1_000,
    },
    {
      code: "I3",
      prompt: "Does the force look for signs of corruption proactively?",
      hint: "For example, by developing intelligence, auditing the use of IT systems or carrying out targeted checks, rather than only responding to allegations. Answer partly if this is limited by capacity.",
      type: "yes_no_partly",
      required: true,
      cites: "R-ANTI-CORRUPTION",
      reportHeading: "identify_monitor_manage",
    },
    {
      code: "I4",
      prompt: "How many investigations into the conduct of officers and staff did the force start in the reporting period, in the areas this checklist covers?",
      hint: "Use the cycle's reporting period shown at the top of the page. The areas are the media and disclosure of information, social media, gifts and hospitality, procurement, credit cards and expenses, and second jobs. Count misconduct and criminal investigations. Break the total down by area if you have the figures.",
      type: "whole_number",
      required: true,
      cites: "R-ANTI-CORRUPTION",
      reportHeading: "identify_monitor_manage",
      unit: "investigations",
      max: 100_000,
      ofWhich: [
        { key: "media", label: "about the media or disclosure of information" },
        { key: "social_media", label: "about social media" },
        { key: "gifts", label: "about gifts and hospitality" },
        { key: "procurement", label: "about procurement" },
        { key: "expenses", label: "about credit cards or expenses" },
        { key: "second_jobs", label: "about second jobs" },
      ],
    },
    {
      code: "I5",
      prompt: "Is there anything else about anti-corruption capability that the inspectorate should know?",
      type: "text",
      required: false,
      cites: "R-ANTI-CORRUPTION",
      reportHeading: "identify_monitor_manage",
    },
  ],
};
