// Every way a consent can fail, with what we tell the company admin. Codes travel in URLs; messages never do.
export const CONSENT_FAILURES = {
  denied: {
    title: "Consent was declined",
    message: "You chose not to give access on Remote. Nothing was stored. You can start again whenever you are ready.",
  },
  missing_state: {
    title: "This sign-in link is incomplete",
    message: "The return address from Remote was missing information. Please start the connection again.",
  },
  unknown_state: {
    title: "We don't recognise this sign-in",
    message: "This return from Remote doesn't match a connection started here. Please start the connection again.",
  },
  reused_state: {
    title: "This sign-in was already used",
    message: "Each return from Remote works once. If you refreshed the page, your company may already be connected; otherwise start again.",
  },
  expired_state: {
    title: "This sign-in has expired",
    message: "More than 10 minutes passed between starting and finishing on Remote. Please start the connection again.",
  },
  foreign_browser: {
    title: "Please finish in the same browser",
    message: "The connection was started in a different browser or the cookie was blocked. Start again in this browser.",
  },
  code_rejected: {
    title: "Remote did not accept the sign-in",
    message: "Remote rejected the authorisation (it may have expired). Nothing was stored. Please start again.",
  },
  gateway_unavailable: {
    title: "Remote is not responding",
    message: "We could not reach Remote to finish connecting. Nothing was stored. Please try again in a few minutes.",
  },
  rate_limited: {
    title: "Remote is busy",
    message: "Remote asked us to slow down. Nothing was stored. Please try again in a minute.",
  },
  misconfigured: {
    title: "This service is not set up correctly",
    message: "Remote refused this service's credentials. Nothing was stored. Please contact the team that sent you here.",
  },
  remote_error: {
    title: "Remote returned an error",
    message: "Remote reported a problem while connecting. Nothing was stored. Please start again.",
  },
  // Set by the route handlers' safety net, with a reference to the server log line.
  service_busy: {
    title: "Our service is briefly busy",
    message: "We couldn't finish connecting because our service is briefly busy. Please try again in a moment: starting again is safe. If you came through a connect link, open it again.",
  },
  unexpected: {
    title: "Something went wrong on our side",
    message: "We couldn't finish connecting because of an error on our side. It was logged. Please start again; if it keeps happening, contact the team that sent you here and quote the reference below.",
  },
  return_url_refused: {
    title: "This return address is not allowed",
    message: "The app that sent you here asked to return to an address this service does not accept. Nothing was started. Please contact the team that sent you here.",
  },
  popup_needs_return_url: {
    title: "This connection cannot open as a popup",
    message: "Popup mode needs the app that sent you here to name its return address. Nothing was started. Please contact the team that sent you here.",
  },
  // PUBLIC_ENTRY=none: consent starts only from a partner's link (the error page then offers no "Start again").
  link_required: {
    title: "Connections start from a link",
    message: "This service connects companies through links sent by its team. Nothing was started. Please use the link you received, or ask the team that sent you here for one.",
  },
  link_unknown: {
    title: "This link is not valid",
    message: "We couldn't find this connect link. Check that you copied the whole address, or ask for a new link.",
  },
  link_used: {
    title: "This link was already used",
    message: "Connect links work once. Ask the person who sent it for a new one, or connect from the start page.",
  },
  link_expired: {
    title: "This link has expired",
    message: "Connect links are valid for a limited time. Ask the person who sent it for a new one.",
  },
  link_other_company: {
    title: "This link is for another company",
    message: "The link was made for a different Remote company than the one you signed in with. Nothing was stored. Sign in with the company the link was sent for, or ask for a new link.",
  },
  link_revoked: {
    title: "This link was withdrawn",
    message: "The link was cancelled by the team that sent it. Ask them for a new one.",
  },
} as const;

export type ConsentFailure = keyof typeof CONSENT_FAILURES;

export function isConsentFailure(v: unknown): v is ConsentFailure {
  return typeof v === "string" && Object.hasOwn(CONSENT_FAILURES, v);
}
