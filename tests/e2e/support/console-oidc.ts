// A real OpenID Connect provider (the `oidc-provider` package) and a second app server configured
// for single sign-on against it, both started by the SSO spec itself.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import type { Server } from "node:http";
import path from "node:path";
import { E2E } from "./ports";

const root = path.resolve(__dirname, "../../..");

export const SSO = {
  appPort: Number(process.env.E2E_SSO_APP_PORT ?? E2E.appPort + 20),
  oidcPort: Number(process.env.E2E_OIDC_PORT ?? E2E.emulatorPort + 20),
  clientId: "remote-connect-console-e2e",
  clientSecret: "console-e2e-oidc-client-secret-0123456789",
  providerName: "Acme Workspace",
  allowedDomain: "sso-allowed.test",
  databaseUrl: "file:./data/e2e-sso.db",
  get appUrl() {
    return `http://localhost:${this.appPort}`;
  },
  get issuer() {
    return `http://localhost:${this.oidcPort}`;
  },
};

/** Claims a test gives an account instead of the default (e-mail = login name, verified). */
export const claimOverrides = new Map<string, { email?: string; email_verified?: boolean }>();

/** Starts oidc-provider with dev interactions: any login name works and becomes the subject and e-mail. */
export async function startOidcProvider(): Promise<Server> {
  // oidc-provider ships no type declarations; this is the part of its API used here.
  const moduleName = "oidc-provider";
  const { default: Provider } = (await import(moduleName)) as {
    default: new (issuer: string, config: Record<string, unknown>) => { listen(port: number, cb: () => void): Server };
  };
  const provider = new Provider(SSO.issuer, {
    clients: [
      {
        client_id: SSO.clientId,
        client_secret: SSO.clientSecret,
        redirect_uris: [`${SSO.appUrl}/api/auth/callback/oidc`],
        grant_types: ["authorization_code"],
        response_types: ["code"],
      },
    ],
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
    async findAccount(_ctx: unknown, sub: string) {
      return { accountId: sub, claims: async () => ({ sub, email: sub, email_verified: true, name: sub.split("@")[0], ...claimOverrides.get(sub) }) };
    },
    cookies: { keys: ["console-e2e-oidc-cookie-key"] },
    // Like Google or Okta: the e-mail is in the ID token itself.
    conformIdTokenClaims: false,
    features: { devInteractions: { enabled: true } },
  });
  return await new Promise((resolve) => {
    const server = provider.listen(SSO.oidcPort, () => resolve(server));
  });
}

/** Starts the built app on its own port and database, with AUTH_OIDC_* pointing at the provider. */
export async function startSsoApp(): Promise<ChildProcess> {
  const env = {
    ...process.env,
    ...E2E.appEnv,
    PORT: String(SSO.appPort),
    APP_URL: SSO.appUrl,
    DATABASE_URL: SSO.databaseUrl,
    AUTH_OIDC_ISSUER: SSO.issuer,
    AUTH_OIDC_CLIENT_ID: SSO.clientId,
    AUTH_OIDC_CLIENT_SECRET: SSO.clientSecret,
    AUTH_OIDC_NAME: SSO.providerName,
    AUTH_OIDC_ALLOWED_DOMAINS: SSO.allowedDomain,
  };
  const child = spawn("node", ["scripts/e2e/serve-app.mjs"], { cwd: root, env, stdio: ["ignore", "ignore", "inherit"] });
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`SSO app exited with ${child.exitCode}`);
    const ok = await fetch(`${SSO.appUrl}/api/health`).then((r) => r.status < 500, () => false);
    if (ok) return child;
    if (Date.now() > deadline) throw new Error("SSO app did not start within 60 s");
    await new Promise((r) => setTimeout(r, 250));
  }
}

export function stopProcess(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
  });
}

/** Creates an invited staff user (no password: single sign-on only) in the SSO app's database. */
export function inviteStaff(email: string, role: "admin" | "viewer"): void {
  const r = spawnSync("npm", ["run", "-s", "staff:create", "--", "--email", email, "--role", role], {
    cwd: root,
    env: { ...process.env, ...E2E.appEnv, DATABASE_URL: SSO.databaseUrl, NODE_ENV: "production" },
    encoding: "utf8",
  });
  if (r.status !== 0) throw new Error(`staff:create failed: ${r.stderr || r.stdout}`);
}
