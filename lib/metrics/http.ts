import "server-only";

/**
 * One partner API (or other route) request, by its route template (never the raw path: no ids in labels).
 * STUB: filled in by the metrics work.
 */
export function observeHttpRequest(route: string, method: string, status: number, durationMs: number): void {
  void route;
  void method;
  void status;
  void durationMs;
}
