import type { JsonSchema } from "./address-builder";
import { canAddressSchema } from "./address-can";
import { deuAddressSchema } from "./address-deu";
import { gbrAddressSchema } from "./address-gbr";
import { otherAddressSchemas } from "./address-others";
import { prtAddressSchema } from "./address-prt";
import { usaAddressSchema } from "./address-usa";

export type { JsonSchema } from "./address-builder";

const ADDRESS_SCHEMAS: Record<string, JsonSchema> = {
  USA: usaAddressSchema,
  GBR: gbrAddressSchema,
  DEU: deuAddressSchema,
  CAN: canAddressSchema,
  PRT: prtAddressSchema,
  ...otherAddressSchemas,
};

/** Company forms served by GET /v1/companies/schema. */
export const COMPANY_FORMS = ["address_details"] as const;

export const hasAddressSchema = (countryCode: string): boolean => countryCode in ADDRESS_SCHEMAS;

/** A deep copy, so a caller mutating the response cannot corrupt the shared definition. */
export function addressSchemaFor(countryCode: string): JsonSchema | null {
  const schema = ADDRESS_SCHEMAS[countryCode];
  return schema ? structuredClone(schema) : null;
}
