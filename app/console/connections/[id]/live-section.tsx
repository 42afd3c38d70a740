import { LiveDataView } from "@/components/console/live-data";
import type { Staff } from "@/lib/auth/guards";
import { staffActor } from "@/lib/auth/guards";
import { TokenServiceError } from "@/lib/connections/errors";
import { fetchCompanyLiveData } from "@/lib/connections/live-data";
import { logger } from "@/lib/logger";
import { RemoteError } from "@/lib/remote/errors";

/** Streams in after the page's facts: live data from Remote through an on-demand access token. */
export async function LiveSection({ connectionId, status, staff }: { connectionId: string; status: string; staff: Staff }) {
  if (status === "disconnected" || status === "needs_reconnect") {
    return (
      <p className="text-sm text-slate-600" data-testid="live-data-unavailable">
        No live data: this company is {status === "disconnected" ? "disconnected" : "waiting for a reconnect"}. Send a reconnect link to
        connect it again.
      </p>
    );
  }
  const result = await fetchCompanyLiveData(connectionId, staffActor(staff)).then(
    (data) => ({ data, error: null }),
    (e: unknown) => {
      const known = e instanceof TokenServiceError || e instanceof RemoteError;
      if (!known) logger.error({ connectionId, err: e instanceof Error ? e.name : "unknown" }, "live data failed");
      return { data: null, error: known ? e.message : "Unexpected error; see the server logs." };
    },
  );
  if (result.data) return <LiveDataView data={result.data} />;
  return (
    <p role="alert" className="rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-900" data-testid="live-data-error">
      Could not load live data from Remote: {result.error}
    </p>
  );
}
