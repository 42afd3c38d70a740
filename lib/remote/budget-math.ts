// The rate budget's arithmetic, without I/O: what a window of per-second slots and Remote's own
// figure allow for a priority, how long a caller must wait otherwise, and how a reply's headers
// tighten the stored figure. Shared by budget.ts (app) and its unit tests; no server-only here.

export type BudgetPriority = "token" | "proxy" | "background";

/** Calls spent in one whole second (`second` = ms epoch, a multiple of 1000). */
export type Slot = { second: number; count: number };
/** Remote's own figure: calls left in its current window, and when that window ends (ms epoch). */
export type RemoteFigure = { remaining: number; resetAt: number };

export const SECOND = 1000;
/** Remote's window is one minute (remote-api.md §8); ours is the same unless a test shortens it. */
export const DEFAULT_WINDOW_MS = 60_000;
/** A reply whose reset lies this much after the stored one comes from Remote's next window. */
const NEW_WINDOW_GAP_MS = 30_000;
/** Remote's reset hints are capped like rate-limit.ts does: a bogus figure must not block for long. */
export const MAX_RESET_MS = 120_000;
/** A 429 without any reset hint blocks spends this long. */
export const DEFAULT_429_BACKOFF_MS = 2000;

/**
 * How many calls of the window each priority may fill: background work stops at 75 %, proxy calls
 * leave a small reserve for token requests, token requests may use the whole limit.
 */
export function caps(limit: number): Record<BudgetPriority, number> {
  const reserve = Math.max(1, Math.ceil(limit * 0.05));
  return {
    token: limit,
    proxy: Math.max(1, limit - reserve),
    background: Math.max(1, Math.floor(limit * 0.75)),
  };
}

/**
 * The first second still counted at `now`. A slot holds calls made anywhere in its second, so every
 * slot that overlaps (now − window, now] counts: one whole second more than the window, which
 * keeps the true sliding count at or under the limit whatever the sub-second timing.
 */
export function windowStart(now: number, windowMs: number): number {
  return Math.floor(now / SECOND) * SECOND - windowMs;
}

export const currentSecond = (now: number) => Math.floor(now / SECOND) * SECOND;

/** The moment a slot stops being counted. */
const agesOutAt = (s: Slot, windowMs: number) => s.second + windowMs + SECOND;

export type Verdict = { ok: true } | { ok: false; waitMs: number };

export type BudgetView = {
  limit: number;
  windowMs: number;
  now: number;
  /** Slots of this client id, any order; those before the window are ignored. */
  slots: Slot[];
  remote: RemoteFigure | null;
};

/** A stored figure counts only until Remote's window ends. */
export const liveFigure = (f: RemoteFigure | null, now: number): RemoteFigure | null => (f && f.resetAt > now ? f : null);

export function usedInWindow(v: Pick<BudgetView, "now" | "windowMs" | "slots">): number {
  const start = windowStart(v.now, v.windowMs);
  return v.slots.reduce((n, s) => (s.second >= start ? n + s.count : n), 0);
}

/** May one more call of `priority` be spent now? If not, roughly how long until it may. */
export function decide(v: BudgetView, priority: BudgetPriority): Verdict {
  const cap = caps(v.limit)[priority];
  const start = windowStart(v.now, v.windowMs);
  const live = v.slots.filter((s) => s.second >= start && s.count > 0).sort((a, b) => a.second - b.second);
  const used = live.reduce((n, s) => n + s.count, 0);
  // Remote's figure is measured against its own limit: what this priority must leave for the ones above it.
  const reserveAbove = v.limit - cap;
  const remote = liveFigure(v.remote, v.now);
  let wait = 0;
  if (remote && remote.remaining <= reserveAbove) wait = remote.resetAt - v.now;
  if (used >= cap) {
    // Wait until enough of the oldest seconds have aged out to bring the count under the cap.
    let toFree = used - cap + 1;
    for (const s of live) {
      toFree -= s.count;
      if (toFree <= 0) {
        wait = Math.max(wait, agesOutAt(s, v.windowMs) - v.now);
        break;
      }
    }
  }
  return wait > 0 ? { ok: false, waitMs: Math.ceil(wait) } : { ok: true };
}

/** Remote's figure after one more call was spent. */
export function spendFromFigure(f: RemoteFigure | null, now: number): RemoteFigure | null {
  const live = liveFigure(f, now);
  return live ? { remaining: Math.max(0, live.remaining - 1), resetAt: live.resetAt } : null;
}

const numberHeader = (h: Headers, name: string): number | undefined => {
  const raw = h.get(name);
  if (raw === null || raw.trim() === "") return undefined;
  const n = Number(raw);
  return Number.isFinite(n) && n >= 0 ? n : undefined;
};

function retryAfter(h: Headers, now: number): number | undefined {
  const raw = h.get("retry-after");
  if (!raw) return undefined;
  const seconds = Number(raw);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * SECOND;
  const at = Date.parse(raw);
  return Number.isFinite(at) ? Math.max(0, at - now) : undefined;
}

/**
 * What a reply says about Remote's window, or null when it says nothing. Remote sends
 * x-ratelimit-reset in milliseconds (§8); a 429 means nothing is left until the reset, else until
 * Retry-After, else a short back-off.
 */
export function figureFromReply(status: number, h: Headers, now: number): RemoteFigure | null {
  const reset = numberHeader(h, "x-ratelimit-reset");
  const cap = (ms: number) => Math.min(ms, MAX_RESET_MS);
  if (status === 429) {
    const wait = reset ?? retryAfter(h, now) ?? DEFAULT_429_BACKOFF_MS;
    return { remaining: 0, resetAt: now + cap(Math.max(wait, 1)) };
  }
  const remaining = numberHeader(h, "x-ratelimit-remaining");
  if (remaining === undefined || reset === undefined || reset <= 0) return null;
  return { remaining: Math.floor(remaining), resetAt: now + cap(reset) };
}

/**
 * The stored figure after a reply's: only ever tighter within one of Remote's windows. A reply from
 * Remote's next window replaces it (the old window is over); a slow reply from an older window is
 * ignored, unless it is a 429 (`refused`): a refusal always blocks until the later reset.
 */
export function mergeFigure(stored: RemoteFigure | null, seen: RemoteFigure, now: number, refused = false): RemoteFigure {
  const live = liveFigure(stored, now);
  if (!live) return seen;
  if (seen.resetAt > live.resetAt + NEW_WINDOW_GAP_MS) return seen;
  if (seen.resetAt < live.resetAt - NEW_WINDOW_GAP_MS && !refused) return live;
  return { remaining: Math.min(live.remaining, seen.remaining), resetAt: Math.max(live.resetAt, seen.resetAt) };
}

