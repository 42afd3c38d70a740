import { html, Safe } from "../http/html";

const STYLES = `
*{box-sizing:border-box}
body{margin:0;min-height:100vh;font-family:-apple-system,BlinkMacSystemFont,"Segoe UI",Inter,Roboto,Helvetica,Arial,sans-serif;
  background:#f4f3fb;color:#1c1a33;display:flex;flex-direction:column;align-items:center;padding:48px 16px}
.brand{display:flex;align-items:center;gap:10px;font-weight:700;font-size:22px;letter-spacing:-.02em;margin-bottom:28px;color:#1c1a33}
.brand-mark{width:30px;height:30px;border-radius:9px;background:linear-gradient(135deg,#6e5bf6,#4a38d4);display:grid;place-items:center}
.brand-mark span{width:12px;height:12px;border-radius:50%;background:#fff}
.sandbox{font-size:11px;font-weight:600;text-transform:uppercase;letter-spacing:.06em;color:#7a5b00;background:#fff3c4;
  border-radius:999px;padding:3px 9px;margin-left:6px}
.card{background:#fff;border-radius:16px;box-shadow:0 1px 2px rgba(28,26,51,.06),0 8px 32px rgba(28,26,51,.08);
  width:100%;max-width:480px;padding:32px}
h1{font-size:22px;line-height:1.3;margin:0 0 8px}
p{margin:0 0 16px;line-height:1.5;color:#4b4868}
fieldset{border:0;padding:0;margin:0 0 20px}
legend{font-weight:600;font-size:14px;margin-bottom:10px;padding:0}
.account{display:flex;align-items:center;gap:12px;border:1px solid #e2e0ef;border-radius:12px;padding-left:14px;margin-bottom:8px}
.account:hover{border-color:#b9b1f7;background:#faf9ff}
.account:has(input:checked){border-color:#5b4cf0;background:#f5f3ff}
.account input{accent-color:#5b4cf0;width:18px;height:18px;margin:0;flex:none}
.account label{cursor:pointer;flex:1;font-size:14px;padding:12px 14px 12px 0}
.scopes{background:#f7f6fd;border-radius:12px;padding:14px 16px;margin:0 0 20px;font-size:14px}
.scopes ul{margin:8px 0 0;padding-left:18px}.scopes li{margin:4px 0}
code{font-family:ui-monospace,SFMono-Regular,Menlo,monospace;font-size:12px;color:#5b4cf0;word-break:break-all}
.actions{display:flex;gap:12px}
button{flex:1;font:inherit;font-weight:600;font-size:15px;border-radius:10px;padding:12px 16px;cursor:pointer;border:1px solid transparent}
button.primary{background:#5b4cf0;color:#fff}button.primary:hover{background:#4a3bdb}
button.secondary{background:#fff;color:#1c1a33;border-color:#d6d3e8}button.secondary:hover{background:#f4f3fb}
button:focus-visible,.account input:focus-visible{outline:3px solid #b9b1f7;outline-offset:2px}
.alert{background:#fdecec;color:#8a1c1c;border-radius:10px;padding:10px 14px;margin-bottom:16px;font-size:14px}
.fine{font-size:12px;color:#7b7894;margin-top:20px}
footer{margin-top:24px;font-size:12px;color:#8c89a6}
`;

export function page(title: string, body: Safe): string {
  return html`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · Remote</title>
<style>${new Safe(STYLES)}</style>
</head>
<body>
<div class="brand" aria-label="Remote"><div class="brand-mark" aria-hidden="true"><span></span></div>Remote<span class="sandbox">Emulator</span></div>
<main class="card">${body}</main>
<footer>Local Remote API emulator · not affiliated with Remote Technology, Inc.</footer>
</body>
</html>`.value;
}

export function errorPage(title: string, message: string, detail?: string): string {
  return page(title, html`
<h1>${title}</h1>
<p>${message}</p>
${detail ? html`<p class="fine">Error code: <code>${detail}</code></p>` : ""}`);
}
