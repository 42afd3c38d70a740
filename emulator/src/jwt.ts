import { generateKeyPairSync, type KeyObject } from "node:crypto";
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

/**
 * RS256 signing keys, generated per process: tokens from a previous run (or another emulator)
 * must fail verification exactly like a token from another Remote environment does.
 */
export class KeyStore {
  readonly kid = `emu-${opaqueToken(9)}`;
  private readonly privateKey: KeyObject;
  private readonly publicKey: KeyObject;

  constructor() {
    const pair = generateKeyPairSync("rsa", { modulusLength: 2048 });
    this.privateKey = pair.privateKey;
    this.publicKey = pair.publicKey;
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
