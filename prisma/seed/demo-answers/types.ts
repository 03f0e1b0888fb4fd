/** A fact stated in a force's 2012 HMIC report, mapped to the question that captures it. */
export type DemoFact = { code: string; expect: unknown; statement: string };
