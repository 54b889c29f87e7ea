import { canAccess, resourcesOf } from "../src/access/canAccess";

describe("canAccess: what each role may do", () => {
  it("keeps the network admin to the directory and aggregates: no household, subscription or cheque", () => {
    expect(canAccess("network_admin", { action: "create", resource: "amaps" })).toBe(true);
    expect(canAccess("network_admin", { action: "edit", resource: "farms" })).toBe(true);
    expect(canAccess("network_admin", { action: "create", resource: "networkMemberships" })).toBe(true);
    for (const resource of ["households", "subscriptions", "installments", "memberships"]) {
      expect(canAccess("network_admin", { action: "list", resource })).toBe(false);
    }
  });

  it("gives the AMAP admin everything inside the AMAP, nothing of the network's directory to edit", () => {
    for (const resource of [
      "households",
      "memberships",
      "places",
      "distributions",
      "contractTemplates",
      "installments",
      "dutyRoles",
      "auditEntries",
    ]) {
      expect(canAccess("amap_admin", { action: "list", resource })).toBe(true);
    }
    expect(canAccess("amap_admin", { action: "handOverInstallments", resource: "installments" })).toBe(true);
    expect(canAccess("amap_admin", { action: "edit", resource: "amaps" })).toBe(false);
    expect(canAccess("amap_admin", { action: "edit", resource: "farms" })).toBe(false);
  });

  it("lets a référent manage their contract and its cheques, not the AMAP's members or roster", () => {
    expect(
      canAccess("referent", {
        action: "openContractTemplate",
        resource: "contractTemplates",
        record: { status: "draft" },
      }),
    ).toBe(true);
    expect(canAccess("referent", { action: "markInstallmentsReceived", resource: "installments" })).toBe(true);
    expect(canAccess("referent", { action: "handOverInstallments", resource: "installments" })).toBe(false);
    expect(canAccess("referent", { action: "edit", resource: "households" })).toBe(false);
    expect(canAccess("referent", { action: "list", resource: "dutyRoles" })).toBe(false);
    expect(canAccess("referent", { action: "list", resource: "auditEntries" })).toBe(false);
  });

  it("lets the farmer edit the farm and products and countersign, never create a subscription", () => {
    expect(canAccess("farmer", { action: "edit", resource: "farms" })).toBe(true);
    expect(canAccess("farmer", { action: "create", resource: "products" })).toBe(true);
    expect(
      canAccess("farmer", {
        action: "countersignSubscription",
        resource: "subscriptions",
        record: { status: "signed" },
      }),
    ).toBe(true);
    expect(canAccess("farmer", { action: "create", resource: "subscriptions" })).toBe(false);
    expect(canAccess("farmer", { action: "list", resource: "households" })).toBe(false);
    expect(canAccess("farmer", { action: "create", resource: "farms" })).toBe(false);
  });

  it("keeps a member to their own household's things", () => {
    expect(canAccess("member", { action: "create", resource: "subscriptions" })).toBe(true);
    expect(canAccess("member", { action: "declareAbsence", resource: "subscriptions" })).toBe(true);
    expect(canAccess("member", { action: "signUpForDuty", resource: "dutyShifts" })).toBe(true);
    expect(canAccess("member", { action: "export", resource: "account" })).toBe(true);
    expect(canAccess("member", { action: "list", resource: "households" })).toBe(false);
    expect(canAccess("member", { action: "list", resource: "installments" })).toBe(false);
    expect(canAccess("member", { action: "countersignSubscription", resource: "subscriptions" })).toBe(false);
  });

  it("offers an action only in the state where it makes sense", () => {
    const template = (status: string) => ({
      action: "openContractTemplate",
      resource: "contractTemplates",
      record: { status },
    });
    expect(canAccess("amap_admin", template("draft"))).toBe(true);
    expect(canAccess("amap_admin", template("open"))).toBe(false);
    expect(
      canAccess("amap_admin", {
        action: "closeContractTemplate",
        resource: "contractTemplates",
        record: { status: "open" },
      }),
    ).toBe(true);
    expect(
      canAccess("amap_admin", { action: "edit", resource: "contractTemplates", record: { status: "running" } }),
    ).toBe(false);
    expect(
      canAccess("farmer", {
        action: "countersignSubscription",
        resource: "subscriptions",
        record: { status: "countersigned" },
      }),
    ).toBe(false);
    expect(
      canAccess("amap_admin", {
        action: "markInstallmentsReceived",
        resource: "installments",
        record: { status: "received" },
      }),
    ).toBe(false);
    expect(canAccess("network_admin", { action: "closeAmap", resource: "amaps", record: { status: "closed" } })).toBe(
      false,
    );
    // Without a record (a menu entry, a bulk button), the role's rule alone decides.
    expect(canAccess("amap_admin", { action: "openContractTemplate", resource: "contractTemplates" })).toBe(true);
  });

  it("refuses everything to nobody and to an unknown resource", () => {
    expect(canAccess(null, { action: "list", resource: "amaps" })).toBe(false);
    expect(canAccess("amap_admin", { action: "list", resource: "nope" })).toBe(false);
    expect(resourcesOf("member")).not.toContain("households");
  });
});
