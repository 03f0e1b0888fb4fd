/** A chief officer's complete submit form, as the sign-off page posts it. */
export const declaration = (id: string, expectedVersion: number, over: Record<string, unknown> = {}) => ({
  assessmentId: id,
  expectedVersion,
  declarationName: "Jane Example",
  declarationRole: "Deputy Chief Constable",
  "declarationDate-day": "3",
  "declarationDate-month": "7",
  "declarationDate-year": "2012",
  confirm: "yes",
  ...over,
});
