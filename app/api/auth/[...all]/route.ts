import { toNextJsHandler } from "better-auth/next-js";
import { auth } from "@/lib/auth/auth.ts";

// better-auth's own endpoints (JSON sign-in for API clients, sign-out). Sign-up is disabled.
export const { GET, POST } = toNextJsHandler(auth);
