#!/usr/bin/env node
// Copies govuk-frontend's compiled CSS into the app, made fit for Next 16 (Turbopack) and for a
// service that is not on GOV.UK. Runs at `npm install` (postinstall) and before a build.
//
//   node_modules/govuk-frontend/dist/govuk/govuk-frontend.min.css  ->  app/govuk-frontend.css
//
// What changes on the way (the CSS is parsed block by block, braces matched, strings and
// comments respected; nothing is regex-guessed across braces):
//   - every `@media …\0…{…}` block (IE hacks) is dropped: Turbopack's CSS parser rejects them;
//   - the GDS Transport `@font-face` rules are dropped and `font-family:GDS Transport,…` becomes
//     our system stack: GDS Transport is GOV.UK branding and must not be loaded off GOV.UK;
//   - the GDS Transport licence comment and the sourceMappingURL comment are dropped.
// Then every `url(/assets/…)` the CSS still refers to is copied to public/assets/, except
// GOV.UK branding (crest, crown, favicons, icons, fonts), which is never copied.
//
// Plain Node ESM, no dependencies. Idempotent: files are written only when their content differs.
// Prints one line; exits 1 with a message if govuk-frontend is missing or the result looks wrong.

import { createRequire } from "node:module";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const OUT_CSS = path.join(ROOT, "app", "govuk-frontend.css");
const OUT_ASSETS = path.join(ROOT, "public", "assets");
const FONT_STACK = "arial,sans-serif";
/** Asset paths (relative to /assets/) that are GOV.UK branding and must never be served. */
const BRANDING = [/^fonts\//, /crest/, /crown/, /favicon/, /govuk-icon/, /opengraph/, /^manifest\.json$/];

function fail(message) {
  console.error(`copy-govuk-assets: ${message}`);
  process.exit(1);
}

function findGovukDist() {
  try {
    const pkg = createRequire(path.join(ROOT, "package.json")).resolve("govuk-frontend/package.json");
    return path.join(path.dirname(pkg), "dist", "govuk");
  } catch {
    return fail("govuk-frontend is not installed (run npm install)");
  }
}

/** Index just past a quoted string starting at `i` (css[i] is the quote). */
function skipString(css, i) {
  const quote = css[i];
  for (let j = i + 1; j < css.length; j++) {
    if (css[j] === "\\") j++;
    else if (css[j] === quote) return j + 1;
  }
  return css.length;
}

/** Index just past a comment starting at `i` (css[i..i+1] is the opening slash-star). */
function skipComment(css, i) {
  const end = css.indexOf("*/", i + 2);
  return end === -1 ? css.length : end + 2;
}

/**
 * Splits a run of CSS into top-level statements: `{ prelude, body, text }` for blocks
 * (`prelude { body }`), `{ prelude, body: null, text }` for `@charset …;` style statements and
 * `{ comment, text }` for comments.
 */
function splitStatements(css) {
  const out = [];
  let i = 0;
  while (i < css.length) {
    while (i < css.length && /\s/.test(css[i])) i++;
    if (i >= css.length) break;
    if (css.startsWith("/*", i)) {
      const stop = skipComment(css, i);
      out.push({ comment: true, text: css.slice(i, stop) });
      i = stop;
      continue;
    }
    const start = i;
    let open = -1;
    while (i < css.length) {
      const c = css[i];
      if (c === '"' || c === "'") i = skipString(css, i);
      else if (c === "\\") i += 2;
      else if (css.startsWith("/*", i)) i = skipComment(css, i);
      else if (c === ";" && open === -1) break;
      else if (c === "{") {
        open = i;
        break;
      } else i++;
    }
    if (open === -1) {
      // `@charset "UTF-8";` or a stray declaration: keep as it is.
      const stop = Math.min(i + 1, css.length);
      out.push({ prelude: css.slice(start, i).trim(), body: null, text: css.slice(start, stop) });
      i = stop;
      continue;
    }
    let depth = 0;
    let j = open;
    for (; j < css.length; j++) {
      const c = css[j];
      if (c === '"' || c === "'") {
        j = skipString(css, j) - 1;
      } else if (c === "\\") {
        j++;
      } else if (css.startsWith("/*", j)) {
        j = skipComment(css, j) - 1;
      } else if (c === "{") {
        depth++;
      } else if (c === "}") {
        depth--;
        if (depth === 0) break;
      }
    }
    if (depth !== 0) fail(`unbalanced braces in govuk-frontend CSS near offset ${start}`);
    out.push({ prelude: css.slice(start, open).trim(), body: css.slice(open + 1, j), text: css.slice(start, j + 1) });
    i = j + 1;
  }
  return out;
}

/** At-rules whose body holds rules (not declarations), so we look inside them too. */
const GROUPING = /^@(media|supports|layer|container|document|-moz-document|scope)\b/i;

function transform(css, stats) {
  let result = "";
  for (const st of splitStatements(css)) {
    if (st.comment) {
      // The map is not copied; the GDS Transport licence note goes with the font.
      if (/sourceMappingURL|Margaret Calvert|gov\.uk/i.test(st.text)) stats.comments++;
      else result += st.text;
      continue;
    }
    if (st.body === null) {
      result += st.text;
      continue;
    }
    if (/^@media\b/i.test(st.prelude) && st.prelude.includes("\\0")) {
      stats.ieBlocks++;
      continue;
    }
    if (/^@font-face\b/i.test(st.prelude) && /GDS Transport/i.test(st.body)) {
      stats.fontFaces++;
      continue;
    }
    if (GROUPING.test(st.prelude)) {
      const inner = transform(st.body, stats);
      if (inner.trim() === "") continue; // everything inside was dropped
      result += `${st.prelude}{${inner}}`;
      continue;
    }
    const body = st.body.replace(/font-family:\s*(?:"GDS Transport"|'GDS Transport'|GDS Transport)\s*,\s*/gi, () => {
      stats.fontFamilies++;
      return "font-family:";
    });
    result += `${st.prelude}{${body}}`;
  }
  return result;
}

function writeIfChanged(file, content) {
  if (existsSync(file) && readFileSync(file).equals(Buffer.from(content))) return false;
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, content);
  return true;
}

const dist = findGovukDist();
const source = path.join(dist, "govuk-frontend.min.css");
if (!existsSync(source)) fail(`${path.relative(ROOT, source)} not found`);

const stats = { ieBlocks: 0, fontFaces: 0, fontFamilies: 0, comments: 0 };
const original = readFileSync(source, "utf8");
let css = transform(original, stats);
// A bare `font-family:GDS Transport` (no fallback) would have become `font-family:`; guard anyway.
css = css.replace(/font-family:\s*(?=[;}])/g, `font-family:${FONT_STACK}`);
const header = `/* Generated by scripts/copy-govuk-assets.mjs from govuk-frontend ${readPkgVersion()} - do not edit. */\n`;
// @charset must stay the very first thing in the file, so the banner goes after it.
const charset = /^@charset "[^"]*";/.exec(css);
css = charset ? `${charset[0]}\n${header}${css.slice(charset[0].length)}\n` : `${header}${css}\n`;

if (css.includes("\\0")) fail("an IE \\0 hack survived the copy");
if (/GDS Transport/i.test(css)) fail("a GDS Transport reference survived the copy");
if (stats.ieBlocks === 0) console.warn("copy-govuk-assets: warning: no IE \\0 blocks found (govuk-frontend changed?)");

const cssChanged = writeIfChanged(OUT_CSS, css);

// Copy whatever non-branding assets the CSS still refers to.
const referenced = new Set();
for (const m of css.matchAll(/url\(\s*["']?\/assets\/([^"')?#]+)/g)) referenced.add(m[1]);
let copied = 0;
let skipped = 0;
for (const rel of referenced) {
  if (BRANDING.some((re) => re.test(rel))) {
    skipped++;
    continue;
  }
  const from = path.join(dist, "assets", rel);
  if (!existsSync(from)) fail(`the CSS refers to /assets/${rel}, which govuk-frontend does not ship`);
  if (writeIfChanged(path.join(OUT_ASSETS, rel), readFileSync(from))) copied++;
}
mkdirSync(OUT_ASSETS, { recursive: true });

console.log(
  `copy-govuk-assets: app/govuk-frontend.css ${cssChanged ? "written" : "unchanged"} ` +
    `(${(css.length / 1024).toFixed(0)} KiB; dropped ${stats.ieBlocks} IE \\0 blocks, ${stats.fontFaces} GDS Transport @font-face, ` +
    `${stats.fontFamilies} font stacks -> ${FONT_STACK}); public/assets: ${copied} copied, ${skipped} branded skipped`,
);

function readPkgVersion() {
  try {
    return JSON.parse(readFileSync(path.join(dist, "..", "..", "package.json"), "utf8")).version;
  } catch {
    return "(unknown version)";
  }
}
