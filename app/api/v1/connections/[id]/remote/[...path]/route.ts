import { connectionProxy, connectionProxyPreflight } from "@/lib/proxy/routes";

export const dynamic = "force-dynamic";

/**
 * /api/v1/connections/{id}/remote/<path> — Remote's API for this company, through us: an API key
 * (or a browser session minted for this connection); the company's token is added here.
 */
export const GET = connectionProxy;
export const POST = connectionProxy;
export const PUT = connectionProxy;
export const PATCH = connectionProxy;
export const DELETE = connectionProxy;
export const OPTIONS = connectionProxyPreflight;
