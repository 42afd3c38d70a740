import { Card } from "@/components/console/page-header";
import { CopyField } from "@/components/console/copy-field";
import { SettingsList } from "@/components/console/settings-list";
import { currentStaff } from "@/lib/auth/guards";
import { returnSignatureSecret } from "@/lib/connect-return";
import { getEnv } from "@/lib/env";

/** Return URLs: the allowed origins, and (admins only) the secret partners verify the signed outcome with. */
export async function ReturnSettings() {
  const staff = await currentStaff();
  const origins = getEnv().CONNECT_RETURN_ORIGINS;
  return (
    <Card title="Returning to your app">
      <SettingsList items={[["Allowed return origins", origins.length ? origins.join(", ") : "none (set CONNECT_RETURN_ORIGINS)", true]]} />
      <div className="mt-3" data-testid="return-secret">
        {staff?.role === "admin" ? (
          <CopyField id="return-signature-secret" label="Return signature secret" value={returnSignatureSecret()} />
        ) : (
          <p className="text-sm text-slate-600">Return signature secret: visible to admins only.</p>
        )}
      </div>
      <p className="mt-2 text-xs text-slate-600">
        Derived from AUTH_SECRET (nothing to configure; changing AUTH_SECRET changes it). Verify on your return URL: remote_connect_signature is
        the hex HMAC-SHA256 with this secret of the lines <code>remote-connect-return.v1</code>, remote_connect_status, connection_id,
        external_id, reason, remote_connect_ts (absent ones empty), joined with \n. Reject timestamps older than a few minutes.
      </p>
    </Card>
  );
}
