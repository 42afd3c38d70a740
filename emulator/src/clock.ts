/**
 * Time source for everything that expires (codes, tokens, rate-limit windows, the ToS window).
 * Tests inject `now`; the control API can also move time forward without touching the host clock.
 */
export class Clock {
  private offsetMs = 0;

  constructor(private readonly base: () => number = Date.now) {}

  now(): number {
    return this.base() + this.offsetMs;
  }

  iso(): string {
    return new Date(this.now()).toISOString();
  }

  advance(ms: number): void {
    this.offsetMs += ms;
  }

  reset(): void {
    this.offsetMs = 0;
  }

  /** How far emulator time runs ahead of the base clock; saved with the state so expiries survive a restart. */
  offset(): number {
    return this.offsetMs;
  }

  setOffset(ms: number): void {
    this.offsetMs = ms;
  }
}
