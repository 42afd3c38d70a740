import { z } from "zod";

// The shape every console server action returns: a plain message, never an exception.
export type ActionResult<T = undefined> =
  | { ok: true; message: string; data?: T }
  | { ok: false; error: string };

export function failure(error: string): { ok: false; error: string } {
  return { ok: false, error };
}

/** A row id as the app creates them (cuid-like); anything else is refused before reaching the database. */
export const recordId = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/);
