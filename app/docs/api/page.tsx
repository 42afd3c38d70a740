import type { Metadata } from "next";
import { InlineText } from "@/components/docs/inline-text";
import { OperationView, operationAnchor } from "@/components/docs/operation-view";
import type { Resolve } from "@/components/docs/schema-view";
import { buildOpenApiDocument } from "@/lib/partner-api/openapi";

export const metadata: Metadata = { title: "Partner API reference" };

type Obj = Record<string, unknown>;
const METHODS = ["get", "post", "put", "patch", "delete", "options"];

/** /docs/api — the partner API reference, rendered on the server from the OpenAPI document (public, no script). */
export default function ApiDocsPage() {
  const doc = JSON.parse(JSON.stringify(buildOpenApiDocument())) as Obj & { paths: Record<string, Obj>; webhooks: Record<string, Obj>; tags: { name: string; description?: string }[] };
  const resolve: Resolve = (s) => {
    const ref = (s as { $ref?: string } | undefined)?.$ref;
    if (!ref) return { schema: (s ?? {}) as Obj };
    const parts = ref.slice(2).split("/");
    return { name: parts.at(-1), schema: parts.reduce<unknown>((n, k) => (n as Obj)[k], doc) as Obj };
  };
  const ops = Object.entries(doc.paths).flatMap(([path, item]) => METHODS.filter((m) => item[m]).map((m) => ({ path, method: m, op: item[m] as Obj })));
  const hooks = Object.entries(doc.webhooks).map(([name, item]) => ({ path: name, method: "post", op: item.post as Obj }));
  const groups = doc.tags.map((t) => ({ ...t, ops: [...ops, ...hooks].filter((o) => (o.op.tags as string[])[0] === t.name) }));
  const info = doc.info as { title: string; version: string; description: string };
  return (
    <main className="mx-auto max-w-5xl px-4 py-8 text-slate-900">
      <h1 className="text-2xl font-bold">{info.title}</h1>
      <p className="mt-1 text-sm text-slate-600">
        Version {info.version} · OpenAPI 3.1 document: <a className="underline" href="/api/v1/openapi.json">/api/v1/openapi.json</a>
      </p>
      <p className="mt-3 text-sm"><InlineText text={info.description} /></p>
      <nav className="mt-6 rounded border border-slate-200 p-4 text-sm">
        {groups.map((g) => (
          <div key={g.name} className="mb-2">
            <a href={`#tag-${g.name.replace(/\W+/g, "-").toLowerCase()}`} className="font-semibold">
              {g.name}
            </a>
            <ul className="ml-4">
              {g.ops.map((o) => (
                <li key={`${o.method} ${o.path}`}>
                  <a href={`#${operationAnchor(o.method, o.path)}`} className="font-mono hover:underline">
                    {g.name === "Webhooks" ? o.path : `${o.method.toUpperCase()} ${o.path}`}
                  </a>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </nav>
      {groups.map((g) => (
        <section key={g.name} id={`tag-${g.name.replace(/\W+/g, "-").toLowerCase()}`} className="mt-8">
          <h2 className="text-xl font-bold">{g.name}</h2>
          {g.description ? <p className="text-sm text-slate-600"><InlineText text={g.description} /></p> : null}
          {g.ops.map((o) => (
            <OperationView key={`${o.method} ${o.path}`} method={o.method} path={o.path} op={o.op} resolve={resolve} />
          ))}
        </section>
      ))}
    </main>
  );
}
