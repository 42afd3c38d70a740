import { createHash } from "node:crypto";
import { stableUuid } from "../ids";
import type { Employment } from "../types";
import { SEED_IDS } from "./companies";

const FIRST = ["Amara", "Bruno", "Chloé", "Daniel", "Elif", "Farah", "Gustavo", "Hana", "Ivan", "Jonas", "Keiko",
  "Liam", "Maya", "Nikolai", "Olga", "Priya", "Quentin", "Rosa", "Sven", "Tariq", "Uma", "Viktor", "Wen", "Yara", "Zoe"];
const LAST = ["Almeida", "Becker", "Costa", "Dubois", "Eriksson", "Fischer", "García", "Hughes", "Ivanova", "Jansen",
  "Kowalski", "Larsen", "Moreau", "Nakamura", "O'Brien", "Patel", "Rossi", "Silva", "Tanaka", "Weber"];
const TITLES = ["Software Engineer", "Senior Software Engineer", "Product Designer", "Data Analyst", "Engineering Manager",
  "Customer Success Manager", "Account Executive", "Recruiter", "Finance Manager", "DevOps Engineer", "QA Engineer"];
const DEPARTMENTS = ["Engineering", "Design", "Sales", "People", "Finance", "Customer Success"];
const COUNTRIES: Array<[string, string, string]> = [
  ["DE", "DEU", "Germany"], ["PT", "PRT", "Portugal"], ["ES", "ESP", "Spain"], ["GB", "GBR", "United Kingdom"],
  ["NL", "NLD", "Netherlands"], ["CA", "CAN", "Canada"], ["US", "USA", "United States"], ["FR", "FRA", "France"],
];
// Mostly active people, with a realistic sprinkle of onboarding and offboarding states.
const STATUSES = ["active", "active", "active", "active", "active", "active", "invited", "created", "pre_hire",
  "review", "offboarding", "archived"];
const STAGES: Record<string, string> = {
  active: "employment_active", invited: "employee_self_enrollment", created: "employment_creation",
  pre_hire: "pending_onboarding", review: "onboarding_review", offboarding: "offboarding", archived: "archived",
};

const pick = <T>(list: readonly T[], n: number): T => list[n % list.length];

function shortId(name: string): string {
  return createHash("sha1").update(name).digest("base64").replace(/[^A-Z0-9]/gi, "").slice(0, 6).toUpperCase();
}

function build(companyId: string, slug: string, domain: string, i: number): Employment {
  const first = pick(FIRST, i * 7 + slug.length);
  const last = pick(LAST, i * 3 + slug.length * 5);
  const [alpha2, code, countryName] = pick(COUNTRIES, i * 5 + slug.length);
  const status = pick(STATUSES, i * 11 + slug.length);
  const dept = pick(DEPARTMENTS, i);
  const contractor = i % 9 === 4;
  const local = `${first}.${last}`.toLowerCase().normalize("NFD").replace(/[^a-z.]/g, "");
  return {
    id: stableUuid(`employment:${slug}:${i}`),
    company_id: companyId,
    full_name: `${first} ${last}`,
    job_title: pick(TITLES, i * 13 + slug.length),
    login_email: `${local}@${domain}`,
    personal_email: `${local}.${i}@mail.example`,
    work_email: status === "created" ? null : `${local}@${domain}`,
    status,
    type: contractor ? "contractor" : "employee",
    employment_model: "eor",
    country: { alpha_2_code: alpha2, code, name: countryName },
    department: { id: stableUuid(`department:${slug}:${dept}`), name: dept },
    department_id: stableUuid(`department:${slug}:${dept}`),
    external_id: i % 4 === 0 ? `${slug.toUpperCase()}-${1000 + i}` : null,
    short_id: shortId(`${slug}:${i}`),
    employment_lifecycle_stage: STAGES[status] ?? "employment_active",
    work_address_details: { city: countryName === "Germany" ? "Berlin" : "Remote", country: code },
  };
}

/** 45 employments at Acme (several pages at the default page size), fewer elsewhere. */
export function seedEmployments(): Employment[] {
  const plan: Array<[string, string, string, number]> = [
    [SEED_IDS.acme, "acme", "acme.example", 45],
    [SEED_IDS.northwind, "northwind", "northwind.example", 7],
    [SEED_IDS.globex, "globex", "globex.example", 12],
  ];
  return plan.flatMap(([id, slug, domain, n]) => Array.from({ length: n }, (_, i) => build(id, slug, domain, i + 1)));
}
