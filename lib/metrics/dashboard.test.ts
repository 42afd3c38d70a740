import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { definedMetricNames, PREFIX } from "./registry";

type Panel = { type: string; title: string; datasource?: { uid?: string }; targets?: { expr: string; datasource?: { uid?: string } }[] };
const dashboard = JSON.parse(readFileSync(path.resolve(__dirname, "../../docs/grafana-dashboard.json"), "utf8")) as {
  panels: Panel[];
  templating: { list: { name: string; type: string }[] };
};

const KEYWORDS = new Set(["by", "without", "on", "ignoring", "group_left", "group_right", "bool", "and", "or", "unless", "offset", "inf", "nan"]);

/** The series names a PromQL expression reads: what is left once strings, matchers, ranges, groupings and functions are gone. */
function seriesIn(expr: string): string[] {
  const bare = expr
    .replace(/"(?:[^"\\]|\\.)*"/g, "")
    .replace(/\{[^}]*\}/g, "")
    .replace(/\[[^\]]*\]/g, "")
    .replace(/\b(?:by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)/g, "")
    .replace(/(?<![\w:])\d[\d.]*(?:e[+-]?\d+)?/gi, "");
  return [...bare.matchAll(/[a-zA-Z_:][a-zA-Z0-9_:]*/g)]
    .filter((m) => !bare.slice(m.index + m[0].length).trimStart().startsWith("(") && !KEYWORDS.has(m[0].toLowerCase()))
    .map((m) => m[0]);
}

describe("docs/grafana-dashboard.json", () => {
  const targets = dashboard.panels.flatMap((p) => (p.targets ?? []).map((t) => ({ panel: p.title, ...t })));

  it("reads the series name out of PromQL", () => {
    expect(seriesIn('histogram_quantile(0.99, sum by (le, route) (rate(x_bucket{a="b(c)"}[$__rate_interval])))')).toEqual(["x_bucket"]);
    expect(seriesIn("time() - max(a) and max(b) > 0 or c / 1e9")).toEqual(["a", "b", "c"]);
  });

  it("queries only series the registry defines, and shows every series of ours", async () => {
    const defined = await definedMetricNames();
    const names = new Set(defined.flatMap((n) => [n, `${n}_bucket`, `${n}_sum`, `${n}_count`]));
    expect(targets.length).toBeGreaterThan(10);
    const used = new Set<string>();
    for (const t of targets) {
      for (const s of seriesIn(t.expr)) {
        expect(names.has(s), `${t.panel}: ${s} is not a defined series`).toBe(true);
        used.add(s.replace(/_(bucket|sum|count)$/, ""));
      }
    }
    const ours = defined.filter((n) => n.startsWith(PREFIX));
    expect(ours.filter((n) => !used.has(n))).toEqual([]);
  });

  it("takes its data source from a variable", () => {
    expect(dashboard.templating.list).toContainEqual(expect.objectContaining({ name: "datasource", type: "datasource" }));
    for (const p of dashboard.panels.filter((x) => x.type !== "row")) expect(p.datasource?.uid, p.title).toBe("${datasource}");
    for (const t of targets) expect(t.datasource?.uid).toBe("${datasource}");
  });
});
