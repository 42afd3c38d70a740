import "server-only";
import { readLogo } from "./store";

/**
 * Scripts inside an SVG never run: pages show the logo through <img> (where they cannot), and this
 * policy sandboxes the file when it is opened on its own. Uploads with active content are also refused.
 */
export const LOGO_CSP = "default-src 'none'; style-src 'unsafe-inline'; sandbox";

export async function logoResponse(version: string | null): Promise<Response> {
  const logo = await readLogo();
  const headers = new Headers({ "X-Content-Type-Options": "nosniff", "Content-Security-Policy": LOGO_CSP });
  if (!logo) {
    headers.set("Cache-Control", "no-store");
    headers.set("Content-Type", "text/plain; charset=utf-8");
    return new Response("No logo has been uploaded.", { status: 404, headers });
  }
  headers.set("Content-Type", logo.contentType);
  // The URL carries the file's hash, so a matching request may be cached for good; any other is revalidated.
  const current = version !== null && logo.sha256.startsWith(version) && version.length >= 16;
  headers.set("Cache-Control", current ? "public, max-age=31536000, immutable" : "no-cache");
  headers.set("ETag", `"${logo.sha256}"`);
  return new Response(new Uint8Array(logo.bytes), { status: 200, headers });
}
