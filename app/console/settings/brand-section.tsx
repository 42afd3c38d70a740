import { SettingsList } from "@/components/console/settings-list";
import { Card } from "@/components/console/page-header";
import { currentStaff } from "@/lib/auth/guards";
import { roleAllows } from "@/lib/auth/roles";
import { brandForSettings } from "@/lib/brand";
import { removeLogoAction, resetBrandAction, saveBrandAction, uploadLogoAction } from "./brand-actions";
import { BrandForm } from "./brand-form-client";

/** The partner's branding of the public pages: admins edit it, viewers read it. */
export async function BrandSettings() {
  const [{ brand, logoUrlSetting, hasUpload }, staff] = await Promise.all([brandForSettings(), currentStaff()]);
  const canEdit = staff ? roleAllows(staff.role, "admin") : false;
  return (
    <Card title="Branding of the public pages">
      {canEdit ? (
        <BrandForm
          values={{ name: brand.name, primaryColor: brand.primaryColor, supportEmail: brand.supportEmail ?? "", privacyUrl: brand.privacyUrl ?? "", logoUrl: logoUrlSetting ?? "" }}
          logoUrl={brand.logoUrl}
          hasUpload={hasUpload}
          save={saveBrandAction}
          upload={uploadLogoAction}
          removeLogo={removeLogoAction}
          reset={resetBrandAction}
        />
      ) : (
        <SettingsList
          items={[
            ["Name", brand.name],
            ["Primary colour", brand.primaryColor, true],
            ["Support e-mail", brand.supportEmail ?? "none"],
            ["Privacy policy", brand.privacyUrl ?? "none", true],
            ["Logo", hasUpload ? "uploaded" : (logoUrlSetting ?? "none"), true],
          ]}
        />
      )}
    </Card>
  );
}
