import "server-only";

/** What a rendered create-company form is bound to (form-token.ts signs it): a connect link or a create-company link. */
export function formLinkBinding(connectLink: string | null, createLink: string | null): string | null {
  return createLink ? `create:${createLink}` : connectLink;
}
