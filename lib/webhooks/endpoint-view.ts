import "server-only";

export type WebhookEndpointView = {
  id: string;
  url: string;
  description: string | null;
  /** null = every connection event. */
  events: string[] | null;
  createdAt: Date;
  disabledAt: Date | null;
  disabledReason: string | null;
  failingSince: Date | null;
  lastSuccessAt: Date | null;
  previousSecretExpiresAt: Date | null;
};

// Never the sealed secrets: a view can travel to a page or a JSON reply.
export const viewSelect = {
  id: true,
  url: true,
  description: true,
  events: true,
  createdAt: true,
  disabledAt: true,
  disabledReason: true,
  failingSince: true,
  lastSuccessAt: true,
  previousSecretExpiresAt: true,
} as const;

export type ViewRow = { [K in keyof typeof viewSelect]: K extends "events" ? string | null : WebhookEndpointView[K] };

export function toView(row: ViewRow): WebhookEndpointView {
  return { ...row, events: row.events === null ? null : (JSON.parse(row.events) as string[]) };
}
