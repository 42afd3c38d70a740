import http from "node:http";

export type Captured = { path: string; headers: Record<string, string>; body: string };

/**
 * A webhook receiver on 127.0.0.1 that answers 204 and keeps every request as it arrived, so a test
 * can verify the same delivery against several secrets (as receivers on either side of a rotation would).
 */
export async function startCaptureReceiver() {
  const captured: Captured[] = [];
  const server = http.createServer((req, res) => {
    let body = "";
    req.on("data", (c: Buffer) => (body += c.toString()));
    req.on("end", () => {
      captured.push({ path: req.url ?? "/", headers: req.headers as Record<string, string>, body });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  return { url: `http://127.0.0.1:${port}/hook`, captured, close: () => new Promise<void>((r) => server.close(() => r())) };
}
