import type { Metadata } from "next";
import { ApiKeyForm } from "@/components/console/api-key-form";
import { ApiKeysTable } from "@/components/console/api-keys-table";
import { EmptyState } from "@/components/console/empty-state";
import { Card, PageHeader } from "@/components/console/page-header";
import { RowActionButton } from "@/components/console/row-action-button";
import { requireStaff } from "@/lib/auth/guards";
import { listApiKeys } from "@/lib/console/api-keys";
import { createApiKeyAction, revokeApiKeyAction } from "./actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "API keys" };

export default async function ApiKeysPage() {
  const staff = await requireStaff("viewer", "/console/api-keys");
  const keys = await listApiKeys();
  const isAdmin = staff.role === "admin";
  return (
    <>
      <PageHeader
        title="API keys"
        description="Your other systems use an API key to get access tokens, list connections and create connect links through the partner API. Only a hash of each key is stored."
      />
      {isAdmin ? (
        <Card title="Create an API key" className="mb-6">
          <ApiKeyForm create={createApiKeyAction} />
        </Card>
      ) : null}
      {keys.length === 0 ? (
        <EmptyState title="No API key yet.">
          {isAdmin ? "Create one above for each system that calls the partner API, so you can revoke them one by one." : "An admin can create keys here, or run npm run api-keys:create on the server."}
        </EmptyState>
      ) : (
        <ApiKeysTable
          rows={keys}
          now={new Date()}
          renderAction={isAdmin ? (r) => <RowActionButton action={revokeApiKeyAction} input={{ keyId: r.id }} label="Revoke" pendingLabel="Revoking…" confirmText={`Revoke the key "${r.name}"? Systems using it will get 401 at once.`} /> : undefined}
        />
      )}
    </>
  );
}
