import { NextResponse } from "next/server";
import { databaseAnswers } from "@/lib/db/health.ts";

export const dynamic = "force-dynamic";

export async function GET() {
  const ok = await databaseAnswers();
  return NextResponse.json(ok ? { status: "ok" } : { status: "unavailable" }, { status: ok ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
