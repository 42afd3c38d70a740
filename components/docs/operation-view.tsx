// One operation of the partner API reference: method, path, scope, parameters, bodies, answers, error codes.
import { InlineText } from "./inline-text";
import { SchemaView, type Resolve } from "./schema-view";

type Obj = Record<string, unknown>;

export const operationAnchor = (method: string, path: string) => `${method}-${path}`.replace(/[^a-zA-Z0-9]+/g, "-").replace(/-+$/, "").toLowerCase();

const METHOD_COLOURS: Record<string, string> = { get: "bg-sky-100 text-sky-800", post: "bg-emerald-100 text-emerald-800", delete: "bg-rose-100 text-rose-800", put: "bg-amber-100 text-amber-800", patch: "bg-amber-100 text-amber-800", options: "bg-slate-100 text-slate-700" };

function Json({ value }: { value: unknown }) {
  return <pre className="mt-1 overflow-x-auto rounded bg-slate-900 p-3 text-xs text-slate-100">{JSON.stringify(value, null, 2)}</pre>;
}

export function OperationView({ method, path, op, resolve }: { method: string; path: string; op: Obj; resolve: Resolve }) {
  const anchor = operationAnchor(method, path);
  const params = ((op.parameters as unknown[]) ?? []).map((p) => resolve(p).schema as Obj);
  const body = (resolve(op.requestBody ?? {}).schema.content as Obj | undefined)?.["application/json"] as Obj | undefined;
  const responses = Object.entries(op.responses as Obj);
  const scope = op["x-scope"] as string | undefined;
  return (
    <section id={anchor} data-operation={`${method.toUpperCase()} ${path}`} className="scroll-mt-4 border-t border-slate-200 py-6">
      <h3 className="flex flex-wrap items-center gap-2 text-lg font-semibold">
        <span className={`rounded px-2 py-0.5 font-mono text-sm uppercase ${METHOD_COLOURS[method] ?? ""}`}>{method}</span>
        <a href={`#${anchor}`} className="font-mono text-base hover:underline">
          {path}
        </a>
        <span className="text-slate-700">— {String(op.summary ?? "")}</span>
      </h3>
      <p className="mt-1 text-sm">
        Scope: {scope ? <code className="rounded bg-amber-50 px-1 text-amber-900">{scope}</code> : <span>none (public)</span>}
      </p>
      {op.description ? <p className="mt-2 whitespace-pre-line text-sm text-slate-700"><InlineText text={op.description} /></p> : null}
      {params.length ? (
        <div className="mt-3">
          <h4 className="font-medium">Parameters</h4>
          <ul className="ml-4 text-sm">
            {params.map((p) => (
              <li key={`${p.in}-${p.name}`}>
                <code className="font-semibold">{String(p.name)}</code> <span className="text-slate-500">({String(p.in)}{p.required ? ", required" : ""})</span> <SchemaView schema={p.schema} resolve={resolve} />{" "}
                {p.description ? <span className="text-slate-600"><InlineText text={p.description} /></span> : null}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {body ? (
        <div className="mt-3 text-sm">
          <h4 className="font-medium">Request body (JSON)</h4>
          <SchemaView schema={body.schema} resolve={resolve} />
          {resolve(body.schema).schema.example !== undefined ? <Json value={resolve(body.schema).schema.example} /> : null}
        </div>
      ) : null}
      <div className="mt-3 text-sm">
        <h4 className="font-medium">Responses</h4>
        <ul className="ml-4">
          {responses.map(([status, r]) => {
            const res = resolve(r).schema as Obj;
            const json = (res.content as Obj | undefined)?.["application/json"] as Obj | undefined;
            const examples = json?.examples as Record<string, { value: unknown }> | undefined;
            return (
              <li key={status} className="py-1" data-status={status}>
                <span className="font-mono font-semibold">{status}</span> <InlineText text={res.description} />
                {json && !examples ? (
                  <div className="ml-4">
                    <SchemaView schema={json.schema} resolve={resolve} />
                  </div>
                ) : null}
                {examples ? (
                  <details className="ml-4">
                    <summary className="cursor-pointer text-slate-600">Error codes: {Object.keys(examples).join(", ")}</summary>
                    {Object.entries(examples).map(([code, ex]) => (
                      <Json key={code} value={ex.value} />
                    ))}
                  </details>
                ) : null}
              </li>
            );
          })}
        </ul>
      </div>
    </section>
  );
}
