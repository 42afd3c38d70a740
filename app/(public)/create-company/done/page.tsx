import { Notice } from "@/components/create-company/notice";
import { ResultCard } from "@/components/create-company/result-card";
import { readCompanyResult } from "@/lib/companies/result-cookie";
import { getEnv } from "@/lib/env";

export const dynamic = "force-dynamic";
export const metadata = { title: "Your Remote account" };

/** Remote's documented page after send_create_password_email; the emulator has none, so it is described instead. */
const SET_PASSWORD_URL = "https://employ.remote.com/api-integration-new-password-send";

export default async function CreateCompanyDonePage() {
  const result = await readCompanyResult();
  if (!result) {
    return (
      <Notice title="Nothing to show" action={{ href: "/create-company", label: "Create a Remote account" }}>
        This page shows the result of creating a company right after it happens, and that result has expired.
      </Notice>
    );
  }
  return <ResultCard result={result} setPasswordUrl={getEnv().REMOTE_ENVIRONMENT === "emulator" ? null : SET_PASSWORD_URL} />;
}
