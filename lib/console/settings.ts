import "server-only";
import { parseKeyRing } from "../crypto/key-ring";
import { healthMonitorState, type HealthMonitorState } from "../connections/health-monitor-state";
import { tokenLifetimeWarning } from "../connections/token-lifetime";
import { countSealedByKey } from "../crypto/rotate";
import { getDb } from "../db";
import { databaseKind } from "../db/urls";
import { getEnv } from "../env";
import { APP_VERSION } from "../version";

export type DeploymentSettings = {
  version: string;
  appUrl: string;
  remoteEnvironment: string;
  gatewayUrl: string;
  clientId: string;
  redirectUri: string;
  scope: string;
  databaseKind: string;
  keyRing: { kid: string; primary: boolean; storedValues: number }[];
  sessionMaxAgeSeconds: number;
  sso: { enabled: boolean; issuer: string | null; name: string; allowedDomains: string[]; callbackUrl: string };
  staffCount: number;
  /** ACCESS_TOKEN_MIN_TTL_SECONDS too close to the lifetime Remote really gives tokens, or null. */
  tokenLifetimeWarning: string | null;
  /** The proactive health monitor: its settings, last sweep and next one. */
  healthMonitor: HealthMonitorState;
};

/** What an engineer checks on a deployment. Never a secret: no client secret, key or token. */
export async function deploymentSettings(): Promise<DeploymentSettings> {
  const env = getEnv();
  const ring = parseKeyRing(env.TOKEN_ENCRYPTION_KEYS);
  const db = getDb();
  const kids = [...ring.keys.keys()];
  const [counts, lifetime, healthMonitor] = await Promise.all([countSealedByKey(kids), tokenLifetimeWarning(), healthMonitorState()]);
  return {
    version: APP_VERSION,
    appUrl: env.APP_URL,
    remoteEnvironment: env.REMOTE_ENVIRONMENT,
    gatewayUrl: env.gatewayUrl,
    clientId: env.REMOTE_CLIENT_ID,
    redirectUri: env.redirectUri,
    scope: env.REMOTE_SCOPE,
    databaseKind: databaseKind(env.DATABASE_URL),
    keyRing: kids.map((kid) => ({ kid, primary: kid === ring.primary, storedValues: counts.get(kid) ?? 0 })),
    sessionMaxAgeSeconds: env.AUTH_SESSION_MAX_AGE_SECONDS,
    sso: {
      enabled: Boolean(env.AUTH_OIDC_ISSUER),
      issuer: env.AUTH_OIDC_ISSUER ?? null,
      name: env.AUTH_OIDC_NAME,
      allowedDomains: env.AUTH_OIDC_ALLOWED_DOMAINS,
      callbackUrl: `${env.APP_URL}/api/auth/callback/oidc`,
    },
    staffCount: await db.staffUser.count({ where: { disabledAt: null } }),
    tokenLifetimeWarning: lifetime?.message ?? null,
    healthMonitor,
  };
}
