import fs from "node:fs";

// Instances started together from one checkout must not both run `next build` into the same
// folder. The first takes this lock (a file holding its process id); the others wait, then find
// the build current. A lock left by a process that died is taken over.

const lockPath = () => `${process.env.NEXT_DIST_DIR || ".next"}-build.lock`;

function holderAlive(file: string): boolean {
  const pid = Number(fs.readFileSync(file, "utf8").trim());
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: it exists but belongs to someone else.
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

export async function withBuildLock<T>(work: () => T | Promise<T>, pollMs = 1000): Promise<T> {
  const file = lockPath();
  let told = false;
  for (;;) {
    try {
      fs.writeFileSync(file, String(process.pid), { flag: "wx" });
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
      if (!fs.existsSync(file) || !holderAlive(file)) {
        fs.rmSync(file, { force: true });
        continue;
      }
      if (!told) console.log("Another instance is building the app; waiting for it…");
      told = true;
      await new Promise((r) => setTimeout(r, pollMs));
    }
  }
  try {
    return await work();
  } finally {
    fs.rmSync(file, { force: true });
  }
}
