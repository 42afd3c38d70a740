import { describe, expect, it } from "vitest";
import { caps, decide, figureFromReply, mergeFigure, spendFromFigure, usedInWindow, windowStart, type Slot } from "./budget-math";

const W = 60_000;
const T = 1_700_000_000_000; // a whole second

describe("caps", () => {
  it("keeps background at 75 % and a small reserve above proxy calls for token requests", () => {
    expect(caps(240)).toEqual({ token: 240, proxy: 228, background: 180 });
    expect(caps(10)).toEqual({ token: 10, proxy: 9, background: 7 });
    expect(caps(1)).toEqual({ token: 1, proxy: 1, background: 1 });
  });
});

describe("the sliding window", () => {
  it("counts every second that overlaps the last 60 s, one more than the window", () => {
    expect(windowStart(T + 999, W)).toBe(T - W);
    const slots: Slot[] = [
      { second: T - W - 1000, count: 5 }, // ended before now − 60 s: gone
      { second: T - W, count: 2 }, // [T−60 s, T−59 s) overlaps (now − 60 s, now] for any now in [T, T+1 s)
      { second: T, count: 1 },
    ];
    expect(usedInWindow({ now: T + 500, windowMs: W, slots })).toBe(3);
    expect(usedInWindow({ now: T + 1000, windowMs: W, slots })).toBe(1);
  });

  it("never admits more than the limit in any 60 s interval, at any sub-second timing", () => {
    // Spend as fast as allowed for three minutes at irregular instants; then check every interval.
    const limit = 7;
    const slots = new Map<number, number>();
    const times: number[] = [];
    for (let now = T + 123; now < T + 180_000; now += 37 + ((now * 7) % 211)) {
      const v = { limit, windowMs: W, now, slots: [...slots].map(([second, count]) => ({ second, count })), remote: null };
      if (decide(v, "token").ok) {
        const s = Math.floor(now / 1000) * 1000;
        slots.set(s, (slots.get(s) ?? 0) + 1);
        times.push(now);
      }
    }
    expect(times.length).toBeGreaterThan(limit * 2);
    for (const t of times) expect(times.filter((u) => u > t - W && u <= t).length).toBeLessThanOrEqual(limit);
  });
});

describe("decide", () => {
  const at = (count: number, second = T): Slot => ({ second, count });
  const view = (slots: Slot[], remote: { remaining: number; resetAt: number } | null = null, limit = 10) => ({ limit, windowMs: W, now: T + 500, slots, remote });

  it("lets each priority fill the window only up to its cap", () => {
    expect(decide(view([at(6)]), "background")).toEqual({ ok: true });
    expect(decide(view([at(7)]), "background").ok).toBe(false);
    expect(decide(view([at(8)]), "proxy")).toEqual({ ok: true });
    expect(decide(view([at(9)]), "proxy").ok).toBe(false);
    expect(decide(view([at(9)]), "token")).toEqual({ ok: true });
    expect(decide(view([at(10)]), "token").ok).toBe(false);
  });

  it("waits until enough of the oldest seconds have aged out", () => {
    const slots = [at(4, T - 30_000), at(3, T - 20_000), at(3, T)];
    // Full (10): the token request needs one call freed, which the second T−30 s frees at T−30 s + 61 s.
    expect(decide(view(slots), "token")).toEqual({ ok: false, waitMs: 30_500 });
    // Background needs the count under 7: 4 freed is enough.
    expect(decide(view(slots), "background")).toEqual({ ok: false, waitMs: 30_500 });
    expect(decide(view([at(2, T - 30_000), at(8, T - 20_000)]), "background")).toEqual({ ok: false, waitMs: 40_500 });
  });

  it("obeys Remote's figure when it is tighter, with the same reserves, until its reset", () => {
    const remote = (remaining: number) => ({ remaining, resetAt: T + 5_500 });
    expect(decide(view([], remote(1)), "token")).toEqual({ ok: true });
    expect(decide(view([], remote(0)), "token")).toEqual({ ok: false, waitMs: 5000 });
    expect(decide(view([], remote(1)), "proxy")).toEqual({ ok: false, waitMs: 5000 });
    expect(decide(view([], remote(2)), "proxy")).toEqual({ ok: true });
    expect(decide(view([], remote(3)), "background")).toEqual({ ok: false, waitMs: 5000 });
    expect(decide(view([], remote(4)), "background")).toEqual({ ok: true });
    // A looser figure changes nothing: our own window still decides.
    expect(decide(view([at(10)], remote(200)), "token").ok).toBe(false);
    // After its reset the figure no longer counts.
    expect(decide({ ...view([], remote(0)), now: T + 5_500 }, "token")).toEqual({ ok: true });
  });

  it("counts the figure down with each spend until its reset", () => {
    expect(spendFromFigure({ remaining: 3, resetAt: T + 1000 }, T)).toEqual({ remaining: 2, resetAt: T + 1000 });
    expect(spendFromFigure({ remaining: 0, resetAt: T + 1000 }, T)).toEqual({ remaining: 0, resetAt: T + 1000 });
    expect(spendFromFigure({ remaining: 3, resetAt: T }, T)).toBeNull();
  });
});

describe("Remote's replies", () => {
  const h = (o: Record<string, string>) => new Headers(o);

  it("reads remaining and reset (milliseconds) from a reply", () => {
    expect(figureFromReply(200, h({ "x-ratelimit-remaining": "12", "x-ratelimit-reset": "12043" }), T)).toEqual({ remaining: 12, resetAt: T + 12_043 });
    expect(figureFromReply(200, h({}), T)).toBeNull();
    expect(figureFromReply(200, h({ "x-ratelimit-remaining": "x", "x-ratelimit-reset": "5" }), T)).toBeNull();
  });

  it("takes a 429 as nothing left until x-ratelimit-reset, else Retry-After, else a short back-off", () => {
    expect(figureFromReply(429, h({ "x-ratelimit-reset": "7000", "retry-after": "30" }), T)).toEqual({ remaining: 0, resetAt: T + 7000 });
    expect(figureFromReply(429, h({ "retry-after": "3" }), T)).toEqual({ remaining: 0, resetAt: T + 3000 });
    expect(figureFromReply(429, h({}), T)).toEqual({ remaining: 0, resetAt: T + 2000 });
    // A bogus reset cannot block for long.
    expect(figureFromReply(429, h({ "x-ratelimit-reset": "99999999" }), T)).toEqual({ remaining: 0, resetAt: T + 120_000 });
  });

  it("only ever tightens within one of Remote's windows", () => {
    const stored = { remaining: 10, resetAt: T + 40_000 };
    expect(mergeFigure(stored, { remaining: 4, resetAt: T + 39_900 }, T)).toEqual({ remaining: 4, resetAt: T + 40_000 });
    expect(mergeFigure(stored, { remaining: 30, resetAt: T + 40_100 }, T)).toEqual({ remaining: 10, resetAt: T + 40_100 });
    // Remote's next window replaces the old figure; a slow reply from an older window is ignored.
    expect(mergeFigure(stored, { remaining: 249, resetAt: T + 100_000 }, T)).toEqual({ remaining: 249, resetAt: T + 100_000 });
    expect(mergeFigure(stored, { remaining: 1, resetAt: T + 5_000 }, T)).toEqual(stored);
    // …unless it is a refusal.
    expect(mergeFigure(stored, { remaining: 0, resetAt: T + 5_000 }, T, true)).toEqual({ remaining: 0, resetAt: T + 40_000 });
    // An expired figure is simply replaced.
    expect(mergeFigure({ remaining: 0, resetAt: T - 1 }, { remaining: 50, resetAt: T + 1000 }, T)).toEqual({ remaining: 50, resetAt: T + 1000 });
  });
});
