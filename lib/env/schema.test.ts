import { describe, expect, it } from "vitest";
import { DEMO, EnvError, parseEnv } from "./schema";

const realKeys = "k2:" + Buffer.alloc(32, 7).toString("base64");
const prod = {
  REMOTE_ENVIRONMENT: "production",
  APP_URL: "https://connect.partner.example",
  REMOTE_CLIENT_ID: "abc123abc123abc123abc1",
  REMOTE_CLIENT_SECRET: "s3cret-from-remote",
  AUTH_SECRET: "x".repeat(40),
  TOKEN_ENCRYPTION_KEYS: realKeys,
};

describe("parseEnv", () => {
  it("fills emulator defaults and derives the gateway and redirect URI", () => {
    const env = parseEnv({});
    expect(env.REMOTE_ENVIRONMENT).toBe("emulator");
    expect(env.gatewayUrl).toBe("http://localhost:4010");
    expect(env.redirectUri).toBe("http://localhost:3000/connect/callback");
    expect(env.REMOTE_CLIENT_ID).toBe(DEMO.clientId);
    expect(env.DATABASE_URL).toMatch(/^file:.*data\//);
    expect(env.REMOTE_SCOPE).toBe("https://gateway.remote.com/company.manage");
  });

  it("maps each real environment to its gateway, and REMOTE_GATEWAY_URL overrides it", () => {
    expect(parseEnv(prod).gatewayUrl).toBe("https://gateway.remote.com");
    expect(parseEnv({ ...prod, REMOTE_ENVIRONMENT: "sandbox" }).gatewayUrl).toBe("https://gateway.remote-sandbox.com");
    expect(parseEnv({ ...prod, REMOTE_ENVIRONMENT: "partner-sandbox" }).gatewayUrl).toBe(
      "https://gateway.partners.remote-sandbox.com",
    );
    expect(parseEnv({ ...prod, REMOTE_GATEWAY_URL: "https://gw.test/" }).gatewayUrl).toBe("https://gw.test");
  });

  it.each([
    ["REMOTE_CLIENT_ID", DEMO.clientId],
    ["REMOTE_CLIENT_SECRET", DEMO.clientSecret],
    ["AUTH_SECRET", DEMO.authSecret],
    ["TOKEN_ENCRYPTION_KEYS", DEMO.encryptionKeys],
  ])("refuses the demo %s against a real gateway", (name, value) => {
    expect(() => parseEnv({ ...prod, [name]: value })).toThrow(new RegExp(`^Invalid configuration: ${name} `));
  });

  it("requires secrets against a real gateway and names the missing variable", () => {
    const { REMOTE_CLIENT_SECRET: _omit, ...rest } = prod;
    expect(() => parseEnv(rest)).toThrow("Invalid configuration: REMOTE_CLIENT_SECRET is required when REMOTE_ENVIRONMENT=production");
  });

  it("rejects malformed values with one line naming the variable", () => {
    for (const [name, value] of [
      ["REMOTE_ENVIRONMENT", "staging"],
      ["APP_URL", "not a url"],
      ["EMULATOR_PORT", "99999"],
      ["TOKEN_ENCRYPTION_KEYS", "nokid"],
      ["TOKEN_ENCRYPTION_KEYS", "k1:" + Buffer.alloc(16).toString("base64")],
    ]) {
      try {
        parseEnv({ [name]: value });
        expect.unreachable(`${name}=${value} was accepted`);
      } catch (e) {
        expect(e).toBeInstanceOf(EnvError);
        expect((e as EnvError).variable).toBe(name);
        expect((e as Error).message).not.toContain("\n");
      }
    }
  });

  it("refuses plain http APP_URL in production except on loopback", () => {
    expect(() => parseEnv({ ...prod, APP_URL: "http://connect.partner.example" })).toThrow(/APP_URL/);
    expect(parseEnv({ ...prod, APP_URL: "http://localhost:3000" }).APP_URL).toBe("http://localhost:3000");
  });

  it("requires the whole OIDC triple once any part is set", () => {
    expect(() => parseEnv({ AUTH_OIDC_ISSUER: "https://idp.example" })).toThrow(/AUTH_OIDC_CLIENT_ID/);
  });

  it("refuses a plain http REMOTE_GATEWAY_URL outside emulator mode, except a loopback stand-in", () => {
    for (const url of ["http://gw.partner.example", "http://10.0.0.5:8080", "http://127.example.com", "ftp://localhost"]) {
      expect(() => parseEnv({ ...prod, REMOTE_GATEWAY_URL: url }), url).toThrow(/^Invalid configuration: REMOTE_GATEWAY_URL must use https/);
    }
    for (const url of ["http://localhost:4010", "http://127.0.0.1:8080", "http://127.3.2.1", "http://[::1]:9000", "https://egress.partner.example"]) {
      expect(parseEnv({ ...prod, REMOTE_GATEWAY_URL: url }).gatewayUrl, url).toBe(url.replace(/\/$/, ""));
    }
    expect(parseEnv({ REMOTE_GATEWAY_URL: "http://emulator.internal:4010" }).gatewayUrl).toBe("http://emulator.internal:4010");
  });

  it("takes an optional HEALTH_DETAILS_TOKEN of at least 24 characters", () => {
    expect(parseEnv({}).HEALTH_DETAILS_TOKEN).toBeUndefined();
    expect(parseEnv({ HEALTH_DETAILS_TOKEN: "" }).HEALTH_DETAILS_TOKEN).toBeUndefined();
    expect(parseEnv({ HEALTH_DETAILS_TOKEN: "t".repeat(24) }).HEALTH_DETAILS_TOKEN).toBe("t".repeat(24));
    expect(() => parseEnv({ HEALTH_DETAILS_TOKEN: "short" })).toThrow(/^Invalid configuration: HEALTH_DETAILS_TOKEN /);
  });

  it("has generous public and sign-in rate limits by default, and refuses a limit of 0", () => {
    expect(parseEnv({})).toMatchObject({ PUBLIC_RATE_LIMIT_PER_MINUTE: 60, PUBLIC_RATE_LIMIT_GLOBAL_PER_MINUTE: 600, SIGN_IN_ATTEMPTS_GLOBAL_PER_MINUTE: 120 });
    expect(parseEnv({ PUBLIC_RATE_LIMIT_PER_MINUTE: "5" }).PUBLIC_RATE_LIMIT_PER_MINUTE).toBe(5);
    for (const name of ["PUBLIC_RATE_LIMIT_PER_MINUTE", "PUBLIC_RATE_LIMIT_GLOBAL_PER_MINUTE", "SIGN_IN_ATTEMPTS_GLOBAL_PER_MINUTE"]) {
      expect(() => parseEnv({ [name]: "0" })).toThrow(new RegExp(`^Invalid configuration: ${name} `));
    }
  });

  it("has a 10 s webhook timeout and refuses private webhook URLs by default", () => {
    expect(parseEnv({})).toMatchObject({ WEBHOOK_TIMEOUT_MS: 10_000, WEBHOOK_ALLOW_PRIVATE_URLS: false });
    expect(parseEnv({ WEBHOOK_TIMEOUT_MS: "2500", WEBHOOK_ALLOW_PRIVATE_URLS: "true" })).toMatchObject({
      WEBHOOK_TIMEOUT_MS: 2500,
      WEBHOOK_ALLOW_PRIVATE_URLS: true,
    });
    expect(() => parseEnv({ WEBHOOK_TIMEOUT_MS: "0" })).toThrow(/^Invalid configuration: WEBHOOK_TIMEOUT_MS /);
    expect(() => parseEnv({ WEBHOOK_ALLOW_PRIVATE_URLS: "yes" })).toThrow(/^Invalid configuration: WEBHOOK_ALLOW_PRIVATE_URLS /);
  });

  it("runs background jobs in app processes unless BACKGROUND_JOBS=off", () => {
    expect(parseEnv({}).BACKGROUND_JOBS).toBe("on");
    expect(parseEnv({ BACKGROUND_JOBS: "off" }).BACKGROUND_JOBS).toBe("off");
    expect(() => parseEnv({ BACKGROUND_JOBS: "false" })).toThrow(/^Invalid configuration: BACKGROUND_JOBS /);
  });
});
