// Input of the console's Remote-events actions: checked here so the form gets a sentence about its own fields.
import { z } from "zod";
import { recordId } from "../auth/action-result";
import { isRemoteWebhookEventType } from "../remote-events/event-types";
import { MAX_REPLAY_WINDOW_DAYS as MAX_REPLAY_DAYS } from "../remote-events/replay";

const unknownType = (t: string) => `"${t.slice(0, 80)}" is not a Remote event type. Choose types from the list.`;

/**
 * A time from a datetime-local field (no zone: the console shows UTC, so it is read as UTC) or an
 * ISO 8601 timestamp with a zone.
 */
const utcTime = (name: string) =>
  z
    .string({ message: `Enter the ${name} time.` })
    .trim()
    .min(1, `Enter the ${name} time.`)
    .max(40)
    .transform((s, ctx) => {
      const zoned = /(Z|[+-]\d{2}:?\d{2})$/i.test(s) ? s : `${s}Z`;
      const d = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(s) ? new Date(zoned) : new Date(NaN);
      if (Number.isNaN(d.getTime())) {
        ctx.addIssue({ code: "custom", message: `The ${name} time is not a date and time (e.g. 2026-12-01T09:30).` });
        return z.NEVER;
      }
      return d;
    });

export const replayInput = z
  .object({
    connectionId: recordId,
    after: utcTime("from"),
    before: utcTime("to"),
    eventType: z
      .string()
      .trim()
      .max(100)
      .optional()
      .transform((t) => t || undefined)
      .refine((t) => t === undefined || isRemoteWebhookEventType(t), { message: "Choose the event type from the list, or leave it empty for every type." }),
  })
  .superRefine((v, ctx) => {
    if (v.after.getTime() >= v.before.getTime()) ctx.addIssue({ code: "custom", message: "The window must end after it starts." });
    else if (v.after.getTime() > Date.now()) ctx.addIssue({ code: "custom", message: "The window starts in the future: nothing happened there yet." });
    else if (v.before.getTime() - v.after.getTime() > MAX_REPLAY_DAYS * 86_400_000)
      ctx.addIssue({ code: "custom", message: `Ask for at most ${MAX_REPLAY_DAYS} days at a time.` });
  });

/** Settings: off, all, or a non-empty list of Remote's event types (deduplicated, sorted). */
export const relayedEventsInput = z
  .discriminatedUnion("mode", [
    z.object({ mode: z.literal("off") }),
    z.object({ mode: z.literal("all") }),
    z.object({ mode: z.literal("list"), events: z.array(z.string().max(100)).max(500) }),
  ], { message: "Choose off, all event types, or a list." })
  .superRefine((v, ctx) => {
    if (v.mode !== "list") return;
    const unknown = v.events.find((t) => !isRemoteWebhookEventType(t));
    if (unknown !== undefined) ctx.addIssue({ code: "custom", message: unknownType(unknown) });
    else if (!v.events.length) ctx.addIssue({ code: "custom", message: "Choose at least one event type, or turn relaying off." });
  })
  .transform((v): "all" | string[] => (v.mode === "all" ? "all" : v.mode === "off" ? [] : [...new Set(v.events)].sort()));
