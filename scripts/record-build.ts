// `npm run build` (postbuild): stamps the build with its sources' hash, so `npm start` uses it
// instead of building again.
import { recordBuild } from "./build-freshness.ts";

recordBuild();
console.log("Recorded the build's source hash: `npm start` will serve this build.");
