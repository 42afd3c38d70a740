import type { Brand } from "@/lib/brand";

/** Who runs this page and how to reach them, when the partner has said. */
export function BrandFooter({ brand }: { brand: Brand }) {
  if (!brand.supportEmail && !brand.privacyUrl) return null;
  return (
    <footer className="mx-auto flex max-w-3xl flex-wrap gap-x-6 gap-y-2 px-4 pb-10 text-sm text-slate-600" data-testid="brand-footer">
      {brand.supportEmail ? (
        <span>
          Questions? <a href={`mailto:${brand.supportEmail}`} className="font-medium text-brand-700 underline-offset-4 hover:underline">{brand.supportEmail}</a>
        </span>
      ) : null}
      {brand.privacyUrl ? (
        <a href={brand.privacyUrl} className="font-medium text-brand-700 underline-offset-4 hover:underline" rel="noopener">
          {brand.name} privacy policy
        </a>
      ) : null}
    </footer>
  );
}
