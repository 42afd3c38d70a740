// Expiry choices offered when staff create a connect link (pure; the form and the action share it).
export const LINK_EXPIRY_CHOICES = [
  { seconds: 3600, label: "1 hour" },
  { seconds: 86_400, label: "1 day" },
  { seconds: 7 * 86_400, label: "7 days" },
  { seconds: 30 * 86_400, label: "30 days" },
] as const;

export const DEFAULT_LINK_EXPIRY_SECONDS = 7 * 86_400;
