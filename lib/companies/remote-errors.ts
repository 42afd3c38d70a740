// Remote's 422 field errors (either shape, already flattened by lib/remote/classify into
// `{ field: [messages] }`) turned into messages beside the form's own fields.
import { FIELD_LABELS, type FieldErrorMap } from "./fields";

/** Remote parameter → form field. `address_details.x` is handled separately. */
const FIELD_OF: Record<string, string> = {
  name: "name",
  company_owner_name: "company_owner_name",
  company_owner_email: "company_owner_email",
  country_code: "country_code",
  desired_currency: "desired_currency",
  phone_number: "phone_number",
  email_domain: "email_domain",
  external_id: "external_id",
  tax_number: "id_number",
  registration_number: "id_number",
  terms_of_service_accepted_at: "terms",
};

/** Ecto-style fragments ("has already been taken") read as a sentence once the label is in front. */
const FRAGMENT = /^(is|has|can't|cannot|should|must|only|does|doesn't|are|was|not)\b/;

function sentence(param: string, raw: string, label: string | undefined): string {
  let msg = raw.trim();
  // The "message" shape repeats the parameter name in front of the text.
  if (msg.startsWith(`${param} `)) msg = msg.slice(param.length + 1);
  if (FRAGMENT.test(msg)) return `${label ?? "This value"} ${msg}`;
  return msg.charAt(0).toUpperCase() + msg.slice(1);
}

/**
 * @param addressLabels labels of the address schema's fields, so messages name what the user saw.
 * Errors for parameters the form does not show go to `_form`.
 */
export function mapRemoteFieldErrors(fieldErrors: Record<string, string[]>, addressLabels: Record<string, string> = {}): FieldErrorMap {
  const out: FieldErrorMap = {};
  const add = (key: string, msg: string) => {
    if (key === "_form") out._form = out._form ? `${out._form} ${msg}` : msg;
    else out[key] ??= msg;
  };
  for (const [param, messages] of Object.entries(fieldErrors)) {
    const first = messages.find((m) => m.trim() !== "") ?? "is invalid";
    const address = /^address_details(?:\.(.+))?$/.exec(param);
    if (address) {
      const sub = address[1];
      if (sub && sub in addressLabels) add(`address.${sub}`, sentence(param, first, addressLabels[sub]));
      else add(sub ? `address.${sub}` : "_form", sentence(param, first, sub ? sub.replace(/_/g, " ") : "The address"));
      continue;
    }
    const field = FIELD_OF[param];
    if (field) add(field, sentence(param, first, FIELD_LABELS[field as keyof typeof FIELD_LABELS]));
    else add("_form", sentence(param, first, `Remote's field "${param}"`));
  }
  return out;
}
