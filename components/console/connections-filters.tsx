import Link from "next/link";
import { CONNECTION_STATUSES, STATUS_META } from "@/lib/console/statuses";
import { btn, input, label } from "./styles";

type Props = { q?: string; status?: string; sort: string; dir: string };

/** A plain GET form: works without JavaScript, keeps the URL shareable. */
export function ConnectionsFilters({ q, status, sort, dir }: Props) {
  return (
    <form role="search" method="get" action="/console" className="flex flex-wrap items-end gap-3" aria-label="Search connections">
      <div className="min-w-64 flex-1">
        <label htmlFor="q" className={label}>Search</label>
        <input id="q" name="q" type="search" defaultValue={q} placeholder="Company name, Remote company id, external id" className={`${input} mt-1`} />
      </div>
      <div>
        <label htmlFor="status" className={label}>Status</label>
        <select id="status" name="status" defaultValue={status ?? ""} className={`${input} mt-1`}>
          <option value="">Any status</option>
          {CONNECTION_STATUSES.map((s) => (
            <option key={s} value={s}>{STATUS_META[s].label}</option>
          ))}
        </select>
      </div>
      <input type="hidden" name="sort" value={sort} />
      <input type="hidden" name="dir" value={dir} />
      <button type="submit" className={btn.primary}>Search</button>
      {q || status ? <Link href="/console" className={btn.secondary}>Clear</Link> : null}
    </form>
  );
}
