import { Hono, type Context } from "hono";
import { readBody } from "../http/body";
import type { AppEnv, Deps } from "../http/context";
import { notFound, validationFailed, type FieldErrors } from "../http/errors";
import { isWebhookEventType } from "../webhooks/event-types";
import type { WebhookEvent } from "../webhooks/store";

const DEFAULT_PAGE_SIZE = 20;
const MAX_PAGE_SIZE = 100;
const iso = (ms: number) => new Date(ms).toISOString();

export const eventView = (e: WebhookEvent) => ({
  id: e.id, company_id: e.companyId, event_type: e.eventType, first_triggered_at: iso(e.firstTriggeredAt),
  last_triggered_at: iso(e.lastTriggeredAt), successfully_delivered: e.successfullyDelivered,
});

type Filter = { companyId?: string; eventType?: string; delivered?: boolean; after?: number; before?: number };

function parseTime(raw: unknown, field: string, errors: FieldErrors): number | undefined {
  if (raw === undefined || raw === null || raw === "") return undefined;
  const ms = typeof raw === "string" ? Date.parse(raw) : NaN;
  if (Number.isNaN(ms)) errors[field] = ["is not a valid ISO 8601 date-time"];
  return Number.isNaN(ms) ? undefined : ms;
}

/** The filters GET and replay share; `raw` is query strings or a JSON body. */
function parseFilter(raw: Record<string, unknown>, errors: FieldErrors): Filter {
  const f: Filter = {};
  if (raw.company_id !== undefined) {
    if (typeof raw.company_id === "string" && raw.company_id) f.companyId = raw.company_id;
    else errors.company_id = ["is invalid"];
  }
  if (raw.event_type !== undefined) {
    if (isWebhookEventType(raw.event_type)) f.eventType = raw.event_type;
    else errors.event_type = ["is invalid"];
  }
  const d = raw.successfully_delivered;
  if (d !== undefined) {
    if (d === true || d === "true") f.delivered = true;
    else if (d === false || d === "false") f.delivered = false;
    else errors.successfully_delivered = ["is invalid"];
  }
  f.after = parseTime(raw.after, "after", errors);
  f.before = parseTime(raw.before, "before", errors);
  return f;
}

function positiveInt(raw: string | undefined, fallback: number): number | null {
  if (raw === undefined || raw === "") return fallback;
  return /^\d+$/.test(raw) && Number(raw) >= 1 ? Number(raw) : null;
}

export function webhookEventRoutes(deps: Deps) {
  const { state } = deps;
  const r = new Hono<AppEnv>();
  const invalid = (c: Context<AppEnv>, errors: FieldErrors) => validationFailed(c, errors, state.config.validation_error_shape);

  /** Events this token may see: its own company's, or (partner token) those of companies that authorized the client. */
  const visible = (c: Context<AppEnv>, f: Filter): WebhookEvent[] | null => {
    const auth = c.get("auth");
    if (auth.kind === "company" && f.companyId !== undefined && f.companyId !== auth.companyId) return null;
    return state.webhooks.events.filter((e) =>
      (auth.kind === "company" ? e.companyId === auth.companyId : state.hasAuthorized(auth.clientId, e.companyId)) &&
      (f.companyId === undefined || e.companyId === f.companyId) &&
      (f.eventType === undefined || e.eventType === f.eventType) &&
      (f.delivered === undefined || e.successfullyDelivered === f.delivered) &&
      (f.after === undefined || e.firstTriggeredAt >= f.after) &&
      (f.before === undefined || e.firstTriggeredAt <= f.before));
  };

  r.get("/", (c) => {
    const q = c.req.query();
    const errors: FieldErrors = {};
    const filter = parseFilter(q, errors);
    const page = positiveInt(q.page, 1);
    const pageSize = positiveInt(q.page_size, DEFAULT_PAGE_SIZE);
    if (page === null) errors.page = ["must be an integer greater than or equal to 1"];
    if (pageSize === null || pageSize > MAX_PAGE_SIZE) errors.page_size = [`must be an integer between 1 and ${MAX_PAGE_SIZE}`];
    if (q.order !== undefined && q.order !== "asc" && q.order !== "desc") errors.order = ["is invalid"];
    if (q.sort_by !== undefined && q.sort_by !== "first_triggered_at") errors.sort_by = ["is invalid"];
    if (Object.keys(errors).length) return invalid(c, errors);
    const all = visible(c, filter);
    if (!all) return notFound(c, "Company not found");
    const dir = q.order === "asc" ? 1 : -1;
    const sorted = [...all].sort((a, b) => dir * (a.firstTriggeredAt - b.firstTriggeredAt));
    const start = (page! - 1) * pageSize!;
    return c.json({
      data: {
        webhook_events: sorted.slice(start, start + pageSize!).map(eventView),
        current_page: page!, total_count: all.length, total_pages: Math.ceil(all.length / pageSize!),
      },
    }, 200);
  });

  // Re-sends past events with their original bodies to the company's callbacks that want them now.
  r.post("/replay", async (c) => {
    const body = await readBody(c);
    if (!body.ok) return c.json({ message: body.reason }, 400);
    const b = body.data;
    const errors: FieldErrors = {};
    let chosen: WebhookEvent[] | null;
    if (b.ids !== undefined) {
      if (b.after !== undefined || b.before !== undefined) errors.ids = ["cannot be combined with after/before"];
      if (!Array.isArray(b.ids) || b.ids.length === 0 || !b.ids.every((id) => typeof id === "string")) errors.ids = ["must be a non-empty list of event ids"];
      if (Object.keys(errors).length) return invalid(c, errors);
      const mine = new Map((visible(c, {}) ?? []).map((e) => [e.id, e]));
      chosen = (b.ids as string[]).map((id) => mine.get(id)).filter((e): e is WebhookEvent => e !== undefined);
      if (chosen.length !== new Set(b.ids as string[]).size) return notFound(c, "Webhook event not found");
    } else {
      const filter = parseFilter(b, errors);
      if (b.after === undefined) errors.after ??= ["can't be blank"];
      if (b.before === undefined) errors.before ??= ["can't be blank"];
      if (Object.keys(errors).length) return invalid(c, errors);
      chosen = visible(c, filter);
      if (!chosen) return notFound(c, "Company not found");
    }
    for (const e of chosen) deps.webhooks.send(e, "replay");
    return c.json({ data: { webhook_events: chosen.map(eventView) } }, 200);
  });

  return r;
}
