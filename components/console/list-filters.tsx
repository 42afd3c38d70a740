import Link from "next/link";
import { btn, input, label } from "./styles";

type Select = { kind: "select"; name: string; label: string; value?: string; options: { value: string; label: string }[]; any: string };
type Text = { kind: "text"; name: string; label: string; value?: string; placeholder?: string };

/** A GET filter form for list pages (works without JavaScript; URLs stay shareable). */
export function ListFilters({ action, fields, ariaLabel }: { action: string; fields: (Select | Text)[]; ariaLabel: string }) {
  const active = fields.some((f) => f.value);
  return (
    <form method="get" action={action} className="flex flex-wrap items-end gap-3" aria-label={ariaLabel} role="search">
      {fields.map((f) =>
        f.kind === "text" ? (
          <div key={f.name} className="min-w-56 flex-1">
            <label htmlFor={`f-${f.name}`} className={label}>{f.label}</label>
            <input id={`f-${f.name}`} name={f.name} defaultValue={f.value} placeholder={f.placeholder} className={`${input} mt-1`} />
          </div>
        ) : (
          <div key={f.name}>
            <label htmlFor={`f-${f.name}`} className={label}>{f.label}</label>
            <select id={`f-${f.name}`} name={f.name} defaultValue={f.value ?? ""} className={`${input} mt-1`}>
              <option value="">{f.any}</option>
              {f.options.map((o) => (
                <option key={o.value} value={o.value}>{o.label}</option>
              ))}
            </select>
          </div>
        ),
      )}
      <button type="submit" className={btn.primary}>Filter</button>
      {active ? <Link href={action} className={btn.secondary}>Clear</Link> : null}
    </form>
  );
}
