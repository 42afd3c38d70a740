// Everything a chaos run observed, in memory: operations, HTTP exchanges, faults, and the facts the
// checks need afterwards (acknowledged writes, tokens handed out, revocations).
export const HANG_LIMIT_MS = 30_000;

export class Journal {
  constructor(database) {
    this.database = database;
    this.t0 = Date.now();
    this.ops = []; // { kind, at, ms, outcome }
    this.http = []; // { label, method, path, status, at, ms, bodyKind, proxy, backend, error }
    this.faults = []; // { kind, at, end, detail }
    this.tokens = []; // { connectionId, companyId, at, end, token, expiresAt, backend }
    this.needsReconnect = []; // 409 needs_reconnect answers: { connectionId, companyId, at, end }
    this.revokes = []; // { companyId, sentAt, ackAt, revoked }
    // A connection was (re)established by a consent or a company creation the user saw succeed.
    this.established = []; // { companyId, startAt, ackAt, via }
    this.acks = { links: [], keys: [], consents: [], companies: [] };
    this.cli = []; // { script, at, ms, code, output }
    this.submittedForms = []; // company names submitted through the create-company form
  }

  /** Times an operation; `fn` returns a short outcome label ("ok", "409 needs_reconnect", …). */
  async op(kind, fn) {
    const at = Date.now();
    let outcome;
    try {
      outcome = await fn();
    } catch (e) {
      outcome = `error: ${e?.message ?? e}`.slice(0, 120);
    }
    this.ops.push({ kind, at, ms: Date.now() - at, outcome: outcome ?? "ok" });
    return outcome;
  }

  fault(kind, detail, at = Date.now()) {
    const f = { kind, at, end: at, detail };
    this.faults.push(f);
    return f;
  }

  /** Whether `t` falls in a fault window of one of `kinds`, widened by `tailMs` for its after-effects. */
  inFault(kinds, t, tailMs = 0) {
    return this.faults.some((f) => kinds.includes(f.kind) && t >= f.at - 500 && t <= f.end + tailMs);
  }

  /** Seconds since the start of this database's run, for anomaly details. */
  rel(t) {
    return `t+${((t - this.t0) / 1000).toFixed(1)}s`;
  }
}
