import { Hono } from "hono";
import type { AppEnv, Deps } from "../http/context";
import { notFound, validationFailed, type FieldErrors } from "../http/errors";
import { addressSchemaFor, COMPANY_FORMS } from "../schemas";

export function countriesRoutes(deps: Deps) {
  const r = new Hono<AppEnv>();
  r.get("/", (c) => c.json({ data: deps.state.countries }, 200));
  return r;
}

/** GET /v1/companies/schema?country_code=XXX&form=address_details (partner or company token). */
export function companySchemaRoutes(deps: Deps) {
  const r = new Hono<AppEnv>();
  r.get("/", (c) => {
    const { country_code: code, form, json_schema_version: version } = c.req.query();
    const errors: FieldErrors = {};
    if (!code) errors.country_code = ["can't be blank"];
    if (!form) errors.form = ["can't be blank"];
    else if (!(COMPANY_FORMS as readonly string[]).includes(form)) errors.form = ["is invalid"];
    if (version !== undefined && version !== "latest" && !/^[1-9]\d*$/.test(version)) errors.json_schema_version = ["is invalid"];
    if (Object.keys(errors).length) return validationFailed(c, errors, deps.state.config.validation_error_shape);

    const country = deps.state.countries.find((co) => co.code === code!.toUpperCase());
    if (!country) return notFound(c, "Country not found");
    const schema = addressSchemaFor(country.code);
    if (!schema) return notFound(c, "Schema not found");
    return c.json({ data: schema }, 200);
  });
  return r;
}
