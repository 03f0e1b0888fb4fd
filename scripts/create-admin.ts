// Creates the first administrator of a database without demo data:
//   npm run create-admin -- --email you@example.org --name "Your Name"
// The password comes from ADMIN_PASSWORD, or a strong one is generated and printed once.
import { parseArgs } from "node:util";
import { prepareDatabase } from "./prepare-db.ts";

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { email: { type: "string" }, name: { type: "string" } } });
  const email = values.email?.trim().toLowerCase();
  const name = values.name?.trim();
  if (!email || !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email) || !name) {
    throw new Error('Usage: npm run create-admin -- --email you@example.org --name "Your Name"');
  }
  process.env.SEED_DEMO = process.env.SEED_DEMO ?? "false";
  await prepareDatabase();
  const { generateTemporaryPassword } = await import("@/lib/db/users.ts");
  const { createFirstAdmin } = await import("@/lib/db/seed.ts");
  const password = process.env.ADMIN_PASSWORD ?? generateTemporaryPassword();
  if (password.length < 12) throw new Error("ADMIN_PASSWORD must be at least 12 characters");
  await createFirstAdmin(email, name, password);
  console.log(`Created administrator ${email}.`);
  if (!process.env.ADMIN_PASSWORD) console.log(`Password (shown once): ${password}`);
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  },
);
