// Types for env-file.mjs (used by its unit test).
export function generateEncryptionKey(date?: Date): string;
export function generateAuthSecret(): string;
export function fillSecrets(example: string): { text: string; generated: string[] };
export function ensureEnvFile(root: string): { created: boolean; generated: string[] };
