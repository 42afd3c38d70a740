import "server-only";
import { CredentialsSignin, type NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import type { Provider } from "next-auth/providers";
import { recordAudit } from "../audit/record";
import { getDb } from "../db";
import { getEnv } from "../env";
import { logger } from "../logger";
import { clientIp, verifyCredentials } from "./credentials";
import { admitOidcUser } from "./oidc";
import { sessionExpired, tokenForSignIn, type StaffToken } from "./session";

/** The provider id of single sign-on; its callback is ${APP_URL}/api/auth/callback/oidc. */
export const OIDC_PROVIDER_ID = "oidc";

class InvalidCredentials extends CredentialsSignin {
  code = "invalid_credentials";
}
class RateLimited extends CredentialsSignin {
  code = "rate_limited";
}

function providers(): Provider[] {
  const env = getEnv();
  const list: Provider[] = [
    Credentials({
      id: "credentials",
      name: "E-mail and password",
      credentials: { email: { label: "E-mail", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(raw, request) {
        const outcome = await verifyCredentials(getDb(), raw, clientIp(request?.headers));
        if (!outcome.ok) throw outcome.reason === "rate_limited" ? new RateLimited() : new InvalidCredentials();
        return outcome.staff;
      },
    }),
  ];
  if (env.AUTH_OIDC_ISSUER && env.AUTH_OIDC_CLIENT_ID && env.AUTH_OIDC_CLIENT_SECRET) {
    list.push({
      id: OIDC_PROVIDER_ID,
      name: env.AUTH_OIDC_NAME,
      type: "oidc",
      issuer: env.AUTH_OIDC_ISSUER,
      clientId: env.AUTH_OIDC_CLIENT_ID,
      clientSecret: env.AUTH_OIDC_CLIENT_SECRET,
      checks: ["pkce", "state", "nonce"],
      authorization: { params: { scope: "openid email profile" } },
    });
  }
  return list;
}

/** Built per request from the validated environment (never at build time). */
export function authConfig(): NextAuthConfig {
  const env = getEnv();
  const maxAge = env.AUTH_SESSION_MAX_AGE_SECONDS;
  return {
    secret: env.AUTH_SECRET,
    trustHost: true,
    useSecureCookies: env.APP_URL.startsWith("https://"),
    session: { strategy: "jwt", maxAge },
    jwt: { maxAge },
    pages: { signIn: "/sign-in", error: "/sign-in" },
    providers: providers(),
    callbacks: {
      async signIn({ user, account, profile }) {
        if (account?.provider !== OIDC_PROVIDER_ID) return true;
        const admission = await admitOidcUser(getDb(), profile ?? {}, {
          issuer: env.AUTH_OIDC_ISSUER!,
          allowedDomains: env.AUTH_OIDC_ALLOWED_DOMAINS,
          trustUnverifiedEmail: env.AUTH_OIDC_TRUST_UNVERIFIED_EMAIL,
        });
        if (!admission.ok) return `/sign-in?error=AccessDenied&reason=${admission.reason}`;
        Object.assign(user, { id: admission.staff.id, email: admission.staff.email, name: admission.staff.name, role: admission.staff.role });
        return true;
      },
      async jwt({ token, user }) {
        const now = Math.floor(Date.now() / 1000);
        if (user) return tokenForSignIn(user as typeof user & { role?: unknown }, now);
        return sessionExpired(token as StaffToken, maxAge, now) ? null : token;
      },
      async session({ session, token }) {
        // The role shown here is a hint for the UI; guards re-read the staff user from the database.
        return { ...session, user: { id: token.sub ?? "", email: token.email ?? "", name: token.name ?? null, role: (token as StaffToken).role } };
      },
    },
    events: {
      async signOut(message) {
        const token = "token" in message ? message.token : null;
        if (token?.sub) {
          await recordAudit({ type: "staff.signed_out", actor: { type: "staff", id: token.sub, label: String(token.email ?? "") }, message: "Signed out" });
        }
      },
    },
    logger: {
      error(error) {
        // Refused credentials are expected and already audited; anything else is worth a line.
        if (error instanceof CredentialsSignin || (error as { type?: string }).type === "CredentialsSignin") return;
        logger.error({ err: { name: error.name, type: (error as { type?: string }).type, message: error.message.split("\n")[0] } }, "auth error");
      },
      warn(code) {
        logger.warn({ code }, "auth warning");
      },
      debug() {},
    },
  };
}
