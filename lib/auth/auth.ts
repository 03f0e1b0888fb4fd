import "server-only";
import { betterAuth } from "better-auth";
import { APIError } from "better-auth/api";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import { prisma } from "@/lib/db/client.ts";
import { isUserActive } from "@/lib/db/users.ts";
import { databaseProvider } from "@/lib/db/url.ts";
import { ensureAuthSecret } from "./secret.ts";

export const SESSION_HOURS = 8;

export const auth = betterAuth({
  appName: "Integrity Health Check",
  secret: ensureAuthSecret(),
  baseURL: process.env.BETTER_AUTH_URL ?? `http://localhost:${process.env.PORT ?? 3000}`,
  database: prismaAdapter(prisma, { provider: databaseProvider() }),
  emailAndPassword: {
    enabled: true,
    // Accounts are created by administrators only.
    disableSignUp: true,
    minPasswordLength: 12,
    maxPasswordLength: 128,
  },
  user: {
    additionalFields: {
      role: { type: "string", input: false },
      forceId: { type: "string", required: false, input: false },
      active: { type: "boolean", input: false },
    },
  },
  session: {
    expiresIn: SESSION_HOURS * 60 * 60,
    updateAge: 60 * 60,
    // A signed cookie spares a session lookup on every request (autosave is frequent); the
    // data layer still checks on each request that the user is active.
    cookieCache: { enabled: true, maxAge: 60 },
  },
  rateLimit: {
    enabled: true,
    // Counters in the database are shared by every app instance.
    storage: "database",
    window: 60,
    max: 100,
    customRules: { "/sign-in/email": { window: 60, max: 10 } },
  },
  databaseHooks: {
    session: {
      create: {
        // A deactivated user keeps their password hash but may not start a session.
        before: async (session) => {
          if (!(await isUserActive(session.userId))) {
            throw new APIError("FORBIDDEN", { message: "This account has been deactivated." });
          }
        },
      },
    },
  },
  telemetry: { enabled: false },
  plugins: [nextCookies()],
});
