// The proxy's path parameters: `{path}` is the rest of Remote's path, slashes included.
import { z } from "zod";

const rest = z.string().meta({ description: "Remote's API path with its prefix (`v1/`, `eor/v1/` or `api/eor/v1/`), e.g. `v1/employments`; slashes are part of it and the query string is passed on.", example: "v1/employments" });
export const ProxyPathParams = z.object({ id: z.string().meta({ description: "Connection id." }), path: rest });
export const PartnerProxyPathParams = z.object({ path: rest.meta({ example: "v1/countries" }) });
