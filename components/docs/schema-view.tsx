// Renders a JSON Schema (from the OpenAPI document) as nested property lists; server-only markup, no client JS.
import { InlineText } from "./inline-text";

type Schema = Record<string, unknown>;

export type Resolve = (s: unknown) => { name?: string; schema: Schema };

function typeLabel(s: Schema, name?: string): string {
  if (name) return name;
  if (Array.isArray(s.enum)) return (s.enum as unknown[]).map((v) => JSON.stringify(v)).join(" | ");
  if ("const" in s) return JSON.stringify(s.const);
  if (s.type === "array") return "array";
  if (Array.isArray(s.anyOf)) return "one of";
  return String(s.type ?? "any");
}

export function SchemaView({ schema, resolve, depth = 0 }: { schema: unknown; resolve: Resolve; depth?: number }) {
  const { name, schema: s } = resolve(schema);
  const variants = (s.anyOf ?? s.oneOf) as unknown[] | undefined;
  if (variants) {
    const nonNull = variants.filter((v) => (v as Schema).type !== "null");
    const nullable = nonNull.length < variants.length;
    if (nonNull.length === 1) return <SchemaView schema={nonNull[0]} resolve={resolve} depth={depth} />;
    return (
      <span>
        one of{nullable ? " (or null)" : ""}:
        <ul className="ml-4 list-disc">
          {nonNull.map((v, i) => (
            <li key={i}>
              <SchemaView schema={v} resolve={resolve} depth={depth + 1} />
            </li>
          ))}
        </ul>
      </span>
    );
  }
  if (s.type === "array") {
    return (
      <span>
        array of <SchemaView schema={s.items} resolve={resolve} depth={depth} />
      </span>
    );
  }
  const props = s.properties as Record<string, unknown> | undefined;
  if (!props || depth > 4) return <code className="text-indigo-700">{typeLabel(s, name)}</code>;
  const required = new Set((s.required as string[] | undefined) ?? []);
  return (
    <span>
      {name ? <code className="text-indigo-700">{name}</code> : "object"}
      <ul className="ml-4 border-l border-slate-200 pl-3">
        {Object.entries(props).map(([key, p]) => {
          const d = resolve(p).schema;
          return (
            <li key={key} className="py-0.5">
              <code className="font-semibold">{key}</code>
              {required.has(key) ? <span className="ml-1 text-xs text-rose-700">required</span> : null}{" "}
              <SchemaView schema={p} resolve={resolve} depth={depth + 1} />
              {typeof d.description === "string" ? <span className="ml-2 text-sm text-slate-600"><InlineText text={d.description} /></span> : null}
            </li>
          );
        })}
      </ul>
    </span>
  );
}
