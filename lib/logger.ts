import "server-only";
import pino from "pino";

/**
 * Structured JSON logs. Redaction is a safety net: code passes ids and error codes, never tokens,
 * but any field with one of these names is masked wherever it appears.
 */
const REDACTED_KEYS = [
  "access_token",
  "refresh_token",
  "accessToken",
  "refreshToken",
  "code",
  "code_verifier",
  "codeVerifier",
  "client_secret",
  "clientSecret",
  "authorization",
  "Authorization",
  "password",
  "apiKey",
  "api_key",
  "token",
  "cookie",
  "state",
];

export const REDACTION = {
  paths: [...REDACTED_KEYS, ...REDACTED_KEYS.map((k) => `*.${k}`), ...REDACTED_KEYS.map((k) => `*.*.${k}`)],
  censor: "[redacted]",
};

// Synchronous writes keep log lines in order with a CLI's own output (e.g. a key printed last).
export const logger = pino(
  { level: process.env.LOG_LEVEL ?? "info", base: { service: "remote-connect" }, redact: REDACTION },
  pino.destination({ dest: 1, sync: true }),
);
