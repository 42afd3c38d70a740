/** What a company admin reads when a create-company link cannot be used (no secret, no detail). */
export const CREATE_LINK_FAILURES = {
  link_unknown: { title: "This link is not valid", message: "We couldn't find this invitation. Check that you copied the whole address, or ask the team that sent it for a new one." },
  link_used: { title: "This link was already used", message: "An invitation to create a Remote account works once, and this one has been used. If your company was created, you are done; otherwise ask the team that sent it for a new one." },
  link_expired: { title: "This link has expired", message: "Invitations are valid for a limited time. Ask the team that sent it for a new one." },
  link_revoked: { title: "This link was withdrawn", message: "The invitation was cancelled by the team that sent it. Ask them for a new one." },
} as const;

export type CreateLinkFailure = keyof typeof CREATE_LINK_FAILURES;
export const isCreateLinkFailure = (v: string): v is CreateLinkFailure => v in CREATE_LINK_FAILURES;
