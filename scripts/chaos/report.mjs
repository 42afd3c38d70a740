// The figures: one table per database (operations, faults, anomalies) and the anomalies themselves.
import { summarize } from "../bench/stats.mjs";
import { KINDS } from "./checks.mjs";

const EXAMPLES = 5;
const pad = (s, n) => String(s).padEnd(n);
const lpad = (s, n) => String(s).padStart(n);
const ms = (v) => (Number.isFinite(v) ? (v < 1000 ? `${Math.round(v)} ms` : `${(v / 1000).toFixed(1)} s`) : "-");

/** What counts as the operation having done its job (a clean 404 is the job of a bogus delete). */
const succeeded = (kind, outcome) => /^(2\d\d\b|done|ok)/.test(outcome) || (kind === "bogus-delete" && outcome === "404 not_found");

function countBy(list, key) {
  const m = new Map();
  for (const x of list) m.set(key(x), (m.get(key(x)) ?? 0) + 1);
  return [...m].sort((a, b) => b[1] - a[1]);
}

export function printReport({ database, seed, durationMs, concurrency, journal, anomalies, notes = [] }) {
  const lines = [];
  const out = (s = "") => lines.push(s);
  out(`chaos on ${database}: seed ${seed}, ${durationMs / 1000} s, ${concurrency} HTTP workers + 1 CLI, 2 app processes`);
  out("");
  out(`${pad("operation", 22)}${lpad("count", 7)}${lpad("ok", 7)}${lpad("failed", 8)}${lpad("p50", 9)}${lpad("p99", 9)}   outcomes`);
  for (const [kind, n] of countBy(journal.ops, (o) => o.kind)) {
    const ops = journal.ops.filter((o) => o.kind === kind);
    const ok = ops.filter((o) => succeeded(kind, o.outcome)).length;
    const lat = summarize(ops.map((o) => o.ms));
    const outcomes = countBy(ops, (o) => o.outcome).slice(0, 4).map(([o, c]) => `${o} ×${c}`).join(", ");
    out(`${pad(kind, 22)}${lpad(n, 7)}${lpad(ok, 7)}${lpad(n - ok, 8)}${lpad(ms(lat.p50), 9)}${lpad(ms(lat.p99), 9)}   ${outcomes}`);
  }
  out(`${pad("total", 22)}${lpad(journal.ops.length, 7)}`);
  out("");
  out(`${pad("fault", 22)}${lpad("count", 7)}   details`);
  for (const [kind, n] of countBy(journal.faults, (f) => f.kind)) {
    const details = journal.faults.filter((f) => f.kind === kind).map((f) => `${journal.rel(f.at)} ${f.detail} ${ms(f.end - f.at)}`);
    out(`${pad(kind, 22)}${lpad(n, 7)}   ${details.slice(0, 4).join("; ")}${details.length > 4 ? "; …" : ""}`);
  }
  out(`${pad("total", 22)}${lpad(journal.faults.length, 7)}`);
  out("");
  out(`${pad("anomaly", 44)}${lpad("count", 7)}`);
  for (const kind of KINDS) out(`${pad(kind, 44)}${lpad(anomalies.get(kind).length, 7)}`);
  const total = KINDS.reduce((s, k) => s + anomalies.get(k).length, 0);
  out(`${pad("total", 44)}${lpad(total, 7)}`);
  for (const kind of KINDS) {
    const list = anomalies.get(kind);
    if (list.length === 0) continue;
    out("");
    out(`${kind} (${list.length}):`);
    for (const d of list.slice(0, EXAMPLES)) out(`  - ${d}`);
    if (list.length > EXAMPLES) out(`  … and ${list.length - EXAMPLES} more`);
  }
  if (notes.length) {
    out("");
    out(`not counted, for the record: ${notes.length} companies created at Remote that the app lost (the form answered with an error):`);
    for (const d of notes.slice(0, EXAMPLES)) out(`  - ${d}`);
  }
  console.log(lines.join("\n"));
  return { operations: journal.ops.length, faults: journal.faults.length, anomalies: total };
}
