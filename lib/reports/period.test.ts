import { describe, expect, it } from "vitest";
import { dayText, describePeriod } from "./period.ts";

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("reporting period wording", () => {
  it("names whole months as the published reports do", () => {
    expect(describePeriod(d("2011-09-01"), d("2012-05-31"))).toEqual({
      start: "2011-09-01",
      end: "2012-05-31",
      text: "1 September 2011 to 31 May 2012",
      between: "between September 2011 and May 2012",
    });
    expect(describePeriod(d("2013-04-01"), d("2014-03-31")).between).toBe("between April 2013 and March 2014");
  });
  it("handles leap years and a single month", () => {
    expect(describePeriod(d("2012-01-01"), d("2012-02-29")).between).toBe("between January 2012 and February 2012");
    expect(describePeriod(d("2013-01-01"), d("2013-02-28")).between).toBe("between January 2013 and February 2013");
    expect(describePeriod(d("2012-06-01"), d("2012-06-30")).between).toBe("in June 2012");
  });
  it("gives exact days when the period does not run over whole months", () => {
    expect(describePeriod(d("2011-09-03"), d("2012-05-31")).between).toBe("between 3 September 2011 and 31 May 2012");
    expect(describePeriod(d("2012-02-01"), d("2012-02-28")).between).toBe("between 1 February 2012 and 28 February 2012");
    expect(describePeriod(d("2012-07-04"), d("2012-07-04")).between).toBe("on 4 July 2012");
  });
  it("reads stored days in UTC, so a date never moves by a time zone", () => {
    expect(describePeriod(new Date("2011-09-01T00:00:00Z"), new Date("2012-05-31T00:00:00Z")).text).toBe("1 September 2011 to 31 May 2012");
    expect(dayText("2012-08-24")).toBe("24 August 2012");
    expect(() => dayText("24/08/2012")).toThrow();
  });
});
