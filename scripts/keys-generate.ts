// npm run keys:generate — prints a new key-ring entry to put FIRST in TOKEN_ENCRYPTION_KEYS.
import { randomBytes } from "node:crypto";

const kid = `k${new Date().toISOString().slice(0, 10).replaceAll("-", "")}${randomBytes(2).toString("hex")}`;
console.log("Put this entry first in TOKEN_ENCRYPTION_KEYS (keep the old ones after it), restart, then run npm run keys:rotate:");
console.log(`${kid}:${randomBytes(32).toString("base64")}`);
