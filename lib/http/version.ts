// Optimistic locking over HTTP: the version the client saw comes from If-Match (an ETag-style
// "3", W/"3" or 3) or, failing that, the JSON body's "version".
export function versionFrom(request: Request, body: Record<string, unknown>): unknown {
  const ifMatch = request.headers.get("if-match");
  if (ifMatch !== null) {
    const n = Number(ifMatch.replace(/^W\//, "").replace(/"/g, "").trim());
    return Number.isInteger(n) ? n : ifMatch;
  }
  return body.version;
}
