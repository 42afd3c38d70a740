"use client";
import { useEffect } from "react";
import { markDraftsDone } from "./draft";

/** Rendered on the result page: the next newly opened form starts empty (see draft.ts). */
export function MarkDraftsDone() {
  useEffect(() => markDraftsDone(), []);
  return null;
}
