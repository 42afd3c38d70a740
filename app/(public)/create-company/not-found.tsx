import { Notice } from "@/components/create-company/notice";
import { getEnv } from "@/lib/env";

/** /create-company without a partner's link while PUBLIC_ENTRY keeps it closed (HTTP 404). */
export default function CreateCompanyClosed() {
  const support = getEnv().BRAND_SUPPORT_EMAIL;
  return (
    <Notice title="Creating an account needs an invitation">
      Remote accounts are created here only from an invitation link sent by our team. Nothing was stored. Ask us for a link
      {support ? <> at <a href={`mailto:${support}`} className="font-medium text-brand-700 underline">{support}</a></> : null}.
    </Notice>
  );
}
