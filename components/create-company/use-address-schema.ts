"use client";
import { useCallback, useRef, useState } from "react";
import type { AddressSchema, AddressSchemaResult } from "@/lib/companies/address";

export type SchemaState = {
  country: string;
  status: "idle" | "loading" | "ready" | "error";
  schema: AddressSchema | null;
  message?: string;
};

/** Loads Remote's address schema when the country changes; the latest choice wins, answers are memoised. */
export function useAddressSchema(load: (countryCode: string) => Promise<AddressSchemaResult>) {
  const [state, setState] = useState<SchemaState>({ country: "", status: "idle", schema: null });
  const cache = useRef(new Map<string, AddressSchema | null>());
  const latest = useRef("");

  const select = useCallback(
    async (code: string) => {
      latest.current = code;
      if (!code) return setState({ country: "", status: "idle", schema: null });
      const known = cache.current.get(code);
      if (known !== undefined) return setState({ country: code, status: "ready", schema: known });
      setState({ country: code, status: "loading", schema: null });
      let r: AddressSchemaResult;
      try {
        r = await load(code);
      } catch {
        r = { ok: false, message: "We couldn't load the address form. Check your connection and choose the country again." };
      }
      if (latest.current !== code) return;
      if (r.ok) {
        cache.current.set(code, r.schema);
        setState({ country: code, status: "ready", schema: r.schema });
      } else {
        setState({ country: code, status: "error", schema: null, message: r.message });
      }
    },
    [load],
  );

  return [state, select] as const;
}
