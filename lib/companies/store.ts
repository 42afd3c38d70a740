import "server-only";
import { recordAudit } from "../audit/record";
import type { Actor } from "../audit/events";
import { ConnectLinkMismatchError, ConnectLinkUnavailableError, saveConnectionTokens, type SaveConnectionInput } from "../connections/store";
import { getDb } from "../db";
import { logger } from "../logger";
import type { CompanyCreationReply } from "../remote/api";
import { GET_TOKENS, SEND_PASSWORD_EMAIL } from "./remote-create";

export type StoreInput = {
  creationId: string;
  reply: CompanyCreationReply;
  actions: string[];
  fallbackName: string;
  externalId: string | null;
  connectLinkId: string | null;
  actor: Actor;
  termsAcceptedAt: string;
};

/**
 * Remote created the company: store its tokens through the vault exactly as a consent would, then
 * settle the idempotency row and write the audit event. If no tokens came back (or storing them
 * failed) the company still exists, so the row says so and the user is led to consent instead.
 */
export async function storeCreatedCompany(input: StoreInput): Promise<{ connectionId: string | null; companyName: string; remoteCompanyId: string }> {
  const { company, tokens } = input.reply;
  const companyName = company?.name || input.fallbackName;
  const remoteCompanyId = company?.id ?? tokens?.company_id ?? "";
  const userId = tokens?.user_id ?? company?.company_owner_user_id ?? null;
  let connectionId: string | null = null;
  let storeError: string | null = null;

  if (tokens?.access_token && tokens.refresh_token && remoteCompanyId) {
    const save: SaveConnectionInput = {
      remoteCompanyId,
      companyName,
      remoteUserId: userId,
      tokens: { accessToken: tokens.access_token, refreshToken: tokens.refresh_token, expiresIn: tokens.expires_in && tokens.expires_in > 0 ? tokens.expires_in : 3600 },
      externalId: input.externalId,
      source: "company_creation",
      actor: input.actor,
      connectedBy: input.actor.type === "staff" ? input.actor.label : userId ? `Remote user ${userId}` : "company admin",
      connectLinkId: input.connectLinkId,
    };
    try {
      try {
        connectionId = (await saveConnectionTokens(save)).connection.id;
      } catch (e) {
        // The link was used or revoked while Remote worked: keep the company's tokens anyway.
        // A link made to reconnect another company must not lend its external id to this one.
        if (e instanceof ConnectLinkUnavailableError) {
          connectionId = (await saveConnectionTokens({ ...save, connectLinkId: null })).connection.id;
        } else if (e instanceof ConnectLinkMismatchError) {
          connectionId = (await saveConnectionTokens({ ...save, connectLinkId: null, externalId: null })).connection.id;
        } else throw e;
      }
    } catch (e) {
      storeError = "store_failed";
      logger.error({ err: e instanceof Error ? e.message : String(e), remoteCompanyId }, "created company's tokens could not be stored");
    }
  }

  await getDb().companyCreation.update({
    where: { id: input.creationId },
    data: {
      status: connectionId ? "succeeded" : "created_without_tokens",
      remoteCompanyId,
      connectionId,
      errorCode: storeError,
      companyName,
      passwordEmailSent: input.actions.includes(SEND_PASSWORD_EMAIL),
    },
  });
  const withTokens = input.actions.includes(GET_TOKENS);
  await recordAudit({
    type: "company.created",
    actor: input.actor,
    connectionId,
    message: connectionId ? `${companyName} created on Remote and connected` : `${companyName} created on Remote; consent still needed`,
    metadata: {
      creation_id: input.creationId,
      remote_company_id: remoteCompanyId,
      company_status: company?.status,
      tokens_requested: withTokens,
      tokens_stored: !!connectionId,
      password_email: input.actions.includes(SEND_PASSWORD_EMAIL),
      external_id: input.externalId,
      terms_accepted_at: input.termsAcceptedAt,
      error: storeError,
    },
  });
  return { connectionId, companyName, remoteCompanyId };
}
