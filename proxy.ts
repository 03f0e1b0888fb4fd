import { NextResponse, type NextRequest } from "next/server";
import { MAX_POST_BYTES, TOO_LARGE_PARAM, TOO_LARGE_VALUE } from "@/lib/evidence/limits.ts";

// An evidence upload too large for the server to read would otherwise end in a bare error page when
// JavaScript is off (with it on, the form checks the size before sending). Send the person back to
// the form instead, where it says what to do; nothing saved is touched.

export function proxy(request: NextRequest) {
  if (request.method !== "POST") return NextResponse.next();
  const length = Number(request.headers.get("content-length") ?? "0");
  if (!(length > MAX_POST_BYTES)) return NextResponse.next();
  const back = request.nextUrl.clone();
  back.searchParams.set(TOO_LARGE_PARAM, TOO_LARGE_VALUE);
  back.hash = "evidence";
  return NextResponse.redirect(back, 303);
}

// Only multipart posts (file uploads) to the pages that take evidence: autosave and other forms
// never pass through here. Next reads this config statically, so it is written out in full.
export const config = {
  matcher: [
    { source: "/assessments/:path*", has: [{ type: "header", key: "content-type", value: "multipart/form-data.*" }] },
    { source: "/actions/:path*", has: [{ type: "header", key: "content-type", value: "multipart/form-data.*" }] },
  ],
};
