import Link from "next/link";
import { withParams } from "@/lib/console/params";

type Props = { page: number; pageCount: number; total: number; pageSize: number; params: Record<string, string | undefined>; basePath: string; noun: string };

export function Pagination({ page, pageCount, total, pageSize, params, basePath, noun }: Props) {
  if (total === 0) return null;
  const from = (page - 1) * pageSize + 1;
  const to = Math.min(page * pageSize, total);
  const linkCls = "rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-50 focus-visible:outline focus-visible:outline-2 focus-visible:outline-brand-600";
  const disabledCls = "rounded-md border border-slate-200 px-3 py-1.5 text-sm text-slate-500";
  return (
    <nav aria-label="Pagination" className="mt-4 flex flex-wrap items-center justify-between gap-3 text-sm text-slate-600">
      <p>
        Showing <strong className="font-medium text-slate-900">{from.toLocaleString("en-US")}–{to.toLocaleString("en-US")}</strong> of{" "}
        <strong className="font-medium text-slate-900">{total.toLocaleString("en-US")}</strong> {noun}
      </p>
      <div className="flex items-center gap-2">
        {page > 1 ? <Link className={linkCls} href={`${basePath}${withParams(params, { page: page - 1 })}`} rel="prev">Previous</Link> : <span className={disabledCls} aria-disabled="true">Previous</span>}
        <span aria-current="page">Page {page} of {pageCount.toLocaleString("en-US")}</span>
        {page < pageCount ? <Link className={linkCls} href={`${basePath}${withParams(params, { page: page + 1 })}`} rel="next">Next</Link> : <span className={disabledCls} aria-disabled="true">Next</span>}
      </div>
    </nav>
  );
}
