import { checkHealth, mayReadHealthDetails } from "@/lib/health";
import { reportFailure } from "@/lib/http/error-report";
import { newRequestId } from "@/lib/http/request-id";
import { withHttpMetrics } from "@/lib/metrics/http";

export const dynamic = "force-dynamic";

const NO_STORE = { "Cache-Control": "no-store" };

/** 200 while the database answers, else 503. The public body is `{status}`; details need staff or the token. */
export const GET = withHttpMetrics("/api/health", async () => {
  try {
    const health = await checkHealth();
    const body = (await mayReadHealthDetails()) ? health : { status: health.status };
    return Response.json(body, { status: health.checks.database.ok ? 200 : 503, headers: NO_STORE });
  } catch (e) {
    // A probe must get an answer it can read: 503 JSON, with the reference of the log line.
    const requestId = newRequestId();
    reportFailure(e, requestId, { route: "health" });
    return Response.json({ status: "degraded", error: { code: "health_check_failed", request_id: requestId } }, { status: 503, headers: { ...NO_STORE, "X-Request-Id": requestId } });
  }
});
