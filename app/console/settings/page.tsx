import type { Metadata } from "next";
import { Card, PageHeader } from "@/components/console/page-header";
import { SettingsList } from "@/components/console/settings-list";
import { requireStaff } from "@/lib/auth/guards";
import { deploymentSettings } from "@/lib/console/settings";
import { BrandSettings } from "./brand-section";
import { HealthMonitorSettings } from "./health-monitor";
import { RelayedEventsSettings } from "./relayed-events-section";
import { ReturnSettings } from "./return-settings";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  await requireStaff("viewer", "/console/settings");
  const s = await deploymentSettings();
  return (
    <>
      <PageHeader title="Settings" description="Read-only: what this deployment is configured with. Change values in the environment (.env) and restart." />
      {s.tokenLifetimeWarning ? (
        <p role="alert" className="mb-6 rounded-lg border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-900" data-testid="token-lifetime-warning">
          {s.tokenLifetimeWarning}
        </p>
      ) : null}
      <div className="grid gap-6 lg:grid-cols-2">
        <Card title="Remote">
          <SettingsList
            items={[
              ["Remote environment", s.remoteEnvironment],
              ["Gateway", s.gatewayUrl, true],
              ["Client id", s.clientId, true],
              ["Client secret", "set (never shown)"],
              ["Redirect URI to register with Remote", s.redirectUri, true],
              ["Scope", s.scope, true],
            ]}
          />
        </Card>
        <Card title="This deployment">
          <SettingsList
            items={[
              ["App URL", s.appUrl, true],
              ["Version", s.version],
              ["Database", s.databaseKind === "postgresql" ? "PostgreSQL" : "SQLite"],
              ["Staff session lifetime", `${Math.round(s.sessionMaxAgeSeconds / 360) / 10} h`],
              ["Active staff users", String(s.staffCount)],
            ]}
          />
        </Card>
        <Card title="Token encryption key ring">
          <ul className="divide-y divide-slate-100 text-sm" data-testid="key-ring">
            {s.keyRing.map((k) => (
              <li key={k.kid} className="flex items-center justify-between py-2">
                <span>
                  <code className="font-mono text-xs">{k.kid}</code>{" "}
                  {k.primary ? <span className="ml-1 rounded-full bg-brand-50 px-2 py-0.5 text-xs font-medium text-brand-700">primary, encrypts</span> : <span className="ml-1 text-xs text-slate-600">decrypt only</span>}
                </span>
                <span className="text-slate-700">{k.storedValues.toLocaleString("en-US")} stored values</span>
              </li>
            ))}
          </ul>
          <p className="mt-2 text-xs text-slate-600">To rotate: put a new key first in TOKEN_ENCRYPTION_KEYS, restart, run <code>npm run keys:rotate</code>, then drop the old key once it holds 0 values.</p>
        </Card>
        <Card title="Health monitor">
          <HealthMonitorSettings m={s.healthMonitor} now={new Date()} />
        </Card>
        <BrandSettings />
        <ReturnSettings />
        <RelayedEventsSettings />
        <Card title="Staff single sign-on">
          <SettingsList
            items={
              s.sso.enabled
                ? [
                    ["Provider", s.sso.name],
                    ["Issuer", s.sso.issuer ?? "", true],
                    ["Callback URL to register", s.sso.callbackUrl, true],
                    ["Who may enter", s.sso.allowedDomains.length ? `invited staff, and anyone from ${s.sso.allowedDomains.join(", ")} (as viewer)` : "invited staff only"],
                  ]
                : [["Status", "Not configured (set AUTH_OIDC_ISSUER, AUTH_OIDC_CLIENT_ID, AUTH_OIDC_CLIENT_SECRET)"]]
            }
          />
        </Card>
      </div>
    </>
  );
}
