import type { CompanyLiveData } from "@/lib/connections/live-data";
import { formatDateTime } from "@/lib/console/format";

/** What Remote says about the company right now (rendered from loaded data; no token involved here). */
export function LiveDataView({ data }: { data: CompanyLiveData }) {
  const { identity, company, employments } = data;
  return (
    <div className="space-y-5" data-testid="live-data">
      <div className="grid gap-4 sm:grid-cols-2">
        <div>
          <h3 className="text-xs font-semibold uppercase tracking-wide text-slate-600">Identity (GET /v1/identity/current)</h3>
          <p className="mt-1 text-sm text-slate-900">{identity.company?.name ?? "—"}</p>
          <p className="text-sm text-slate-700">{identity.user ? `Consented by ${identity.user.name ?? identity.user.id}${identity.user.email ? ` <${identity.user.email}>` : ""}` : "No user in the token"}</p>
        </div>
        <div>
          <h3 className="text-xs font-semibold uppercase tracking-wide text-slate-600">Company</h3>
          <p className="mt-1 text-sm text-slate-900" data-testid="live-company-name">{company.name}</p>
          <p className="text-sm text-slate-700">
            {company.status} · {company.country_code}
            {company.desired_currency ? ` · ${company.desired_currency}` : ""}
            {company.company_owner_email ? ` · owner ${company.company_owner_email}` : ""}
          </p>
        </div>
      </div>
      <div>
        <h3 className="text-xs font-semibold uppercase tracking-wide text-slate-600">
          Employments: <span data-testid="employment-count">{employments.totalCount.toLocaleString("en-US")}</span> in total
        </h3>
        {employments.items.length === 0 ? (
          <p className="mt-1 text-sm text-slate-600">This company has no employments on Remote yet.</p>
        ) : (
          <div className="mt-2 overflow-x-auto" role="region" aria-label="First page of employments" tabIndex={0}>
            <table className="min-w-full text-sm">
              <thead>
                <tr className="text-left text-xs uppercase tracking-wide text-slate-600">
                  <th scope="col" className="py-1 pr-4 font-semibold">Name</th>
                  <th scope="col" className="py-1 pr-4 font-semibold">Job title</th>
                  <th scope="col" className="py-1 pr-4 font-semibold">Country</th>
                  <th scope="col" className="py-1 font-semibold">Status</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {employments.items.map((e) => (
                  <tr key={e.id}>
                    <td className="py-1.5 pr-4 text-slate-900">{e.full_name}</td>
                    <td className="py-1.5 pr-4 text-slate-700">{e.job_title ?? "—"}</td>
                    <td className="py-1.5 pr-4 text-slate-700">{e.country?.name ?? e.country?.code ?? "—"}</td>
                    <td className="py-1.5 text-slate-700">{e.status}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </div>
      <p className="text-xs text-slate-600">Fetched {formatDateTime(data.fetchedAt)} with an on-demand access token.</p>
    </div>
  );
}
