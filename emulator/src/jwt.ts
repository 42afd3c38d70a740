import { createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from "node:crypto";
import { SignJWT, jwtVerify, type JWTPayload } from "jose";
import { opaqueToken } from "./ids";
import type { TokenKind } from "./types";

export interface AccessTokenClaims extends JWTPayload {
  client_id: string;
  token_kind: TokenKind;
  company_id?: string;
  user_id?: string;
  scope?: string;
}

/** The signing key as the state file stores it. */
export interface SavedSigningKey {
  kid: string;
  private_key_pem: string;
}

/**
 * RS256 signing keys, generated per process: tokens from a previous run (or another emulator)
 * must fail verification exactly like a token from another Remote environment does. A persisted
 * emulator (state dir) is the same environment across restarts, so it reloads its saved key.
 */
export class KeyStore {
  readonly kid: string;
  private readonly privateKey: KeyObject;
  private readonly publicKey: KeyObject;

  constructor(saved?: SavedSigningKey) {
    this.kid = saved?.kid ?? `emu-${opaqueToken(9)}`;
    this.privateKey = saved
      ? createPrivateKey(saved.private_key_pem)
      : generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey;
    this.publicKey = createPublicKey(this.privateKey);
  }

  export(): SavedSigningKey {
    return { kid: this.kid, private_key_pem: this.privateKey.export({ format: "pem", type: "pkcs8" }).toString() };
  }

  jwks(): { keys: Array<Record<string, unknown>> } {
    const jwk = this.publicKey.export({ format: "jwk" });
    return { keys: [{ ...jwk, kid: this.kid, alg: "RS256", use: "sig" }] };
  }

  async sign(claims: AccessTokenClaims, opts: { issuer: string; audience: string; subject: string;
    jti: string; issuedAt: number; expiresAt: number }): Promise<string> {
    return new SignJWT(claims)
      .setProtectedHeader({ alg: "RS256", typ: "JWT", kid: this.kid })
      .setIssuer(opts.issuer)
      .setAudience(opts.audience)
      .setSubject(opts.subject)
      .setJti(opts.jti)
      .setIssuedAt(Math.floor(opts.issuedAt / 1000))
      .setExpirationTime(Math.floor(opts.expiresAt / 1000))
      .sign(this.privateKey);
  }

  /** Returns null for anything not minted here, expired (per the emulator clock) or malformed. */
  async verify(token: string, opts: { issuer: string; now: number }): Promise<AccessTokenClaims | null> {
    try {
      const { payload } = await jwtVerify<AccessTokenClaims>(token, this.publicKey, {
        algorithms: ["RS256"],
        issuer: opts.issuer,
        currentDate: new Date(opts.now),
        clockTolerance: 0,
      });
      return typeof payload.client_id === "string" && typeof payload.jti === "string" ? payload : null;
    } catch {
      return null;
    }
  }
}
