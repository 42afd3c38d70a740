// Shapes of Remote's replies that this app reads (a subset; unknown fields are ignored).

export type RemoteIdentity = {
  client_id?: string;
  company?: { id: string; name: string };
  integration?: { name?: string; display_name?: string; contact_email?: string };
  user?: { id: string; name?: string; email?: string; status?: string };
};

export type RemoteCompany = {
  id: string;
  name: string;
  status: string;
  country_code: string;
  desired_currency?: string;
  company_owner_email?: string;
  company_owner_name?: string;
  company_owner_user_id?: string;
  external_id?: string | null;
  created_at?: string;
  default_legal_entity_credit_risk_status?: string;
};

export type RemoteEmployment = {
  id: string;
  full_name: string;
  job_title?: string;
  status: string;
  type?: string;
  employment_model?: string;
  country?: { name?: string; code?: string };
};

export type RemoteEmploymentPage = {
  employments: RemoteEmployment[];
  current_page: number;
  total_count: number;
  total_pages: number;
};

export type RemoteCountry = {
  code: string;
  alpha_2_code: string;
  name: string;
  region?: string;
  supported_json_schemas?: string[];
};

export type CreateCompanyInput = {
  name: string;
  company_owner_email: string;
  company_owner_name: string;
  country_code: string;
  desired_currency: string;
  terms_of_service_accepted_at: string;
  address_details?: Record<string, unknown>;
  email_domain?: string;
  external_id?: string;
  phone_number?: string;
  tax_number?: string;
  registration_number?: string;
};

export type CompanyCreationReply = {
  company: RemoteCompany;
  tokens?: {
    access_token: string;
    refresh_token: string;
    expires_in?: number;
    token_type?: string;
    company_id?: string;
    user_id?: string;
  };
};
