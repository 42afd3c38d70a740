import { Notice } from "@/components/create-company/notice";
import { getBrand } from "@/lib/brand";

/** /create-company without a partner's link while PUBLIC_ENTRY keeps it closed (HTTP 404). */
export default async function CreateCompanyClosed() {
  const brand = await getBrand();
  const support = brand.supportEmail;
  return (
    <Notice title="Creating an account needs an invitation">
      Remote accounts are created here only from an invitation link sent by {brand.name}. Nothing was stored. Ask them for a link
      {support ? <> at <a href={`mailto:${support}`} className="font-medium text-brand-700 underline">{support}</a></> : null}.
    </Notice>
  );
}
