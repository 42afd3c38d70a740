import { partnerProxy } from "@/lib/proxy/routes";

export const dynamic = "force-dynamic";

/** /api/v1/remote/<path> — partner-level calls to Remote (countries, company creation) with the client-credentials token; API keys only. */
export const GET = partnerProxy;
export const POST = partnerProxy;
export const PUT = partnerProxy;
export const PATCH = partnerProxy;
export const DELETE = partnerProxy;
