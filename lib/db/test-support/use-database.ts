import { inject } from "vitest";
import "./prepare.ts";

// Runs in each test worker before the test file is imported, so lib/db/client.ts connects to the
// database its project's global setup prepared (SQLite for "unit", PostgreSQL for "dal-postgres").
process.env.DATABASE_URL = inject("databaseUrl");
process.env.AUTH_SECRET_FILE = inject("authSecretFile");
