import type { Metadata } from "next";
import Link from "next/link";
import { ActivityChart } from "@/components/console/activity-chart";
import { ConnectionsFilters } from "@/components/console/connections-filters";
import { ConnectionsTable } from "@/components/console/connections-table";
import { EmptyState } from "@/components/console/empty-state";
import { Card, PageHeader } from "@/components/console/page-header";
import { Pagination } from "@/components/console/pagination";
import { StatusSummary } from "@/components/console/status-summary";
import { btn, link } from "@/components/console/styles";
import { CreateCompanyLink } from "@/components/create-company/create-company-link";
import { requireStaff } from "@/lib/auth/guards";
import { activitySeries } from "@/lib/console/activity";
import { connectionStatusCounts, listConsoleConnections } from "@/lib/console/connections";
import { pageParam, param, type SearchParams } from "@/lib/console/params";
import { getEnv } from "@/lib/env";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Connections" };

export default async function ConnectionsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const sp = await searchParams;
  const staff = await requireStaff("viewer", "/console");
  const [list, counts, activity] = await Promise.all([
    listConsoleConnections({ q: param(sp, "q"), status: param(sp, "status"), sort: param(sp, "sort"), dir: param(sp, "dir"), page: pageParam(sp) }),
    connectionStatusCounts(),
    activitySeries(30),
  ]);
  const params = { q: list.search, status: list.status, sort: list.sort, dir: list.dir };
  const filtered = Boolean(list.search || list.status);
  const isAdmin = staff.role === "admin";

  return (
    <>
      <PageHeader
        title="Connections"
        description="Every Remote company connected to this partner, with its token health."
        actions={
          isAdmin ? (
            <div className="flex flex-wrap gap-2">
              <CreateCompanyLink />
              <Link href="/console/connect-links" className={btn.primary}>New connect link</Link>
            </div>
          ) : null
        }
      />
      {param(sp, "denied") ? (
        <p role="alert" className="mb-4 rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-900">That page needs the admin role.</p>
      ) : null}
      <div className="space-y-4">
        <StatusSummary counts={counts} active={list.status} />
        <Card title="Activity, last 30 days">
          <ActivityChart data={activity} />
        </Card>
      </div>
      <div className="mt-6 space-y-4">
        <ConnectionsFilters q={list.search} status={list.status} sort={list.sort} dir={list.dir} />
        {list.total === 0 ? (
          filtered ? (
            <EmptyState title="No connection matches these filters." action={<Link href="/console" className={link}>Clear search and filters</Link>}>
              Search looks at company names, Remote company ids and your external ids.
            </EmptyState>
          ) : (
            <EmptyState
              title="No company is connected yet."
              action={isAdmin ? <Link href="/console/connect-links" className={btn.primary}>Create a connect link</Link> : null}
            >
              A company appears here once one of its Remote admins consents. Send them a connect link (it carries your own id for
              the customer), or point them to <code className="rounded bg-slate-100 px-1">{getEnv().APP_URL}</code> and its{" "}
              <em>Connect Remote</em> button.
            </EmptyState>
          )
        ) : (
          <>
            <ConnectionsTable rows={list.rows} sort={list.sort} dir={list.dir} params={params} now={new Date()} />
            <Pagination page={list.page} pageCount={list.pageCount} total={list.total} pageSize={list.pageSize} params={params} basePath="/console" noun="connections" />
          </>
        )}
      </div>
    </>
  );
}
