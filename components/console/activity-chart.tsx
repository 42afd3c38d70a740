"use client";
import { useSyncExternalStore } from "react";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { ActivityPoint } from "@/lib/console/activity";

const noop = () => () => {};

/** Connections made and refresh failures per day. Drawn after hydration only (no SSR mismatch). */
export function ActivityChart({ data }: { data: ActivityPoint[] }) {
  const mounted = useSyncExternalStore(noop, () => true, () => false);
  const connected = data.reduce((n, d) => n + d.connected, 0);
  const failures = data.reduce((n, d) => n + d.failures, 0);
  const summary = `Last ${data.length} days: ${connected} connections made, ${failures} refresh failures.`;
  return (
    <figure className="m-0">
      <figcaption className="mb-2 text-xs text-slate-600">{summary}</figcaption>
      <div className="h-40" role="img" aria-label={summary}>
        {mounted ? (
          <ResponsiveContainer width="100%" height="100%">
            <BarChart data={data} margin={{ top: 4, right: 8, bottom: 0, left: -20 }} barGap={1} accessibilityLayer={false}>
              <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="#e2e8f0" />
              <XAxis dataKey="day" tickFormatter={(d: string) => d.slice(5)} tick={{ fontSize: 11, fill: "#475569" }} interval="preserveStartEnd" minTickGap={24} />
              <YAxis allowDecimals={false} tick={{ fontSize: 11, fill: "#475569" }} width={44} />
              <Tooltip cursor={{ fill: "#f1f5f9" }} contentStyle={{ fontSize: 12, borderRadius: 8 }} />
              <Legend wrapperStyle={{ fontSize: 12 }} iconSize={10} />
              <Bar dataKey="connected" name="Connected" fill="#3a52e6" radius={[2, 2, 0, 0]} isAnimationActive={false} />
              <Bar dataKey="failures" name="Failures" fill="#dc2626" radius={[2, 2, 0, 0]} isAnimationActive={false} />
            </BarChart>
          </ResponsiveContainer>
        ) : null}
      </div>
    </figure>
  );
}
