import type { Identity } from "./identity";

/** Finds the AMAPs of some networks (the network subgraph knows; others ask it). */
export type AmapsOfNetworks = (networkIds: string[]) => Promise<string[]>;

/**
 * What a caller may reach, tenant by tenant, computed once per request from the access token's
 * grants. Policies and visibility rules ask it questions; nothing here reads a database, except
 * the AMAPs of a network admin's networks, resolved lazily (and only when asked) by `amapsOfNetworks`.
 */
export class TenantScope {
  /** Super admin or in-process system call: every tenant. */
  readonly all: boolean;
  readonly signedIn: boolean;
  readonly isPartner: boolean;
  /** A partner tool limited to reading (the default for API tokens). */
  readonly readOnly: boolean;
  /** Networks a network admin manages (their network and its sub-networks). */
  readonly networks = new Set<string>();
  /** AMAPs the person administers. */
  readonly adminAmaps = new Set<string>();
  /** Households the person belongs to (member role). */
  readonly households = new Set<string>();
  /** Contract templates the person is référent of. */
  readonly templates = new Set<string>();
  /** Farms the person runs (farmer role over the farm: profile, products, its contract templates). */
  readonly farms = new Set<string>();
  /** Per farm, the AMAPs that let its farmer read their members' contracts with the farm (granted by each AMAP). */
  readonly farmReach = new Map<string, Set<string>>();
  /** AMAPs the person belongs to as member, référent or farmer (not admin): they see its calendar and contracts. */
  readonly attachedAmaps = new Set<string>();
  /** Partner tools: the networks and AMAPs their token is scoped to. */
  readonly partnerNetworks = new Set<string>();
  readonly partnerAmaps = new Set<string>();
  private networkAmaps: Promise<Set<string>> | null = null;

  constructor(
    readonly identity: Identity | null,
    private readonly amapsOfNetworks: AmapsOfNetworks = async () => [],
  ) {
    this.all = !!identity && (identity.kind === "system" || identity.superAdmin === true);
    this.signedIn = !!identity;
    this.isPartner = identity?.kind === "partner";
    this.readOnly = this.isPartner && (identity?.grants ?? []).every((g) => g.readOnly !== false);
    for (const g of identity?.grants ?? []) {
      switch (g.role) {
        case "network_admin":
          for (const id of g.networkIds ?? [g.scopeId]) this.networks.add(id);
          this.networks.add(g.scopeId);
          break;
        case "amap_admin":
          this.adminAmaps.add(g.scopeId);
          break;
        case "member":
          this.households.add(g.scopeId);
          break;
        case "referent":
          this.templates.add(g.scopeId);
          break;
        case "farmer":
          if (g.scopeType === "amap") {
            const reach = this.farmReach.get(g.scopeId) ?? new Set<string>();
            for (const a of g.amapIds ?? []) reach.add(a);
            this.farmReach.set(g.scopeId, reach);
          } else this.farms.add(g.scopeId);
          break;
        case "partner":
          if (g.scopeType === "network") for (const id of g.networkIds ?? [g.scopeId]) this.partnerNetworks.add(id);
          else this.partnerAmaps.add(g.scopeId);
          break;
      }
      if (g.role === "member" || g.role === "referent" || g.role === "farmer")
        for (const a of g.amapIds ?? []) this.attachedAmaps.add(a);
    }
  }

  /** Person-only: partner tools never hold personal roles. */
  get isPerson(): boolean {
    return this.signedIn && !this.isPartner;
  }

  isAmapAdmin(amapId: string | null | undefined): boolean {
    return this.all || (!!amapId && this.adminAmaps.has(amapId));
  }

  isNetworkAdmin(networkId: string | null | undefined): boolean {
    return this.all || (!!networkId && this.networks.has(networkId));
  }

  isMemberOf(householdId: string | null | undefined): boolean {
    return this.all || (!!householdId && this.households.has(householdId));
  }

  isReferentOf(templateId: string | null | undefined): boolean {
    return this.all || (!!templateId && this.templates.has(templateId));
  }

  /** Runs this farm (its own records: profile, products, templates); reads no member's data by itself. */
  isFarmerOf(farmId: string | null | undefined): boolean {
    return this.all || (!!farmId && this.farms.has(farmId));
  }

  /** The farm's farmer, let into this AMAP by its admins: reads its members' contracts with the farm. */
  isFarmerIn(farmId: string | null | undefined, amapId: string | null | undefined): boolean {
    return this.all || (!!farmId && !!amapId && !!this.farmReach.get(farmId)?.has(amapId));
  }

  /** Holds some farmer role on this farm (over it, or into one of its AMAPs). */
  farmsFor(farmId: string | null | undefined): boolean {
    return this.all || (!!farmId && (this.farms.has(farmId) || this.farmReach.has(farmId)));
  }

  /** A partner token that was granted more than reading, scoped to this network or AMAP. */
  partnerWrites(kind: "network" | "amap", id: string | null | undefined): boolean {
    if (!this.isPartner || this.readOnly || !id) return false;
    return kind === "network" ? this.partnerNetworks.has(id) : this.partnerAmaps.has(id);
  }

  /** Manages a network's records: its network admins, or a partner tool granted writing there. */
  managesNetwork(networkId: string | null | undefined): boolean {
    return this.isNetworkAdmin(networkId) || this.partnerWrites("network", networkId);
  }

  /** Manages an AMAP's shared records (not its members' personal data): its admins, or a partner tool granted writing. */
  managesAmap(amapId: string | null | undefined): boolean {
    return this.isAmapAdmin(amapId) || this.partnerWrites("amap", amapId);
  }

  /** Reads a network's records: its network admins and partner tools scoped to it. */
  readsNetwork(networkId: string | null | undefined): boolean {
    return this.isNetworkAdmin(networkId) || (!!networkId && this.partnerNetworks.has(networkId));
  }

  /** Every AMAP of the networks this caller manages or reads as a partner (asked once per request). */
  amapsOfMyNetworks(): Promise<Set<string>> {
    const networks = [...this.networks, ...this.partnerNetworks];
    if (!networks.length) return Promise.resolve(new Set());
    this.networkAmaps ??= this.amapsOfNetworks(networks).then((ids) => new Set(ids));
    return this.networkAmaps;
  }

  /** May manage this AMAP's records as a network (network admin of a network it belongs to). */
  async networkReaches(amapId: string | null | undefined): Promise<boolean> {
    if (this.all) return true;
    if (!amapId || (!this.networks.size && !this.partnerNetworks.size)) return false;
    return (await this.amapsOfMyNetworks()).has(amapId);
  }

  /**
   * Sees an AMAP's shared records (its identity, places, calendar, contract templates, periods):
   * its admins and people, the networks above it, partner tools scoped to it.
   */
  async seesAmap(amapId: string | null | undefined): Promise<boolean> {
    if (this.all) return true;
    if (!amapId) return false;
    if (this.adminAmaps.has(amapId) || this.attachedAmaps.has(amapId) || this.partnerAmaps.has(amapId)) return true;
    return this.networkReaches(amapId);
  }

  /** The AMAPs whose shared records this caller sees, when it is a finite known set (null = every AMAP). */
  async visibleAmaps(): Promise<Set<string> | null> {
    if (this.all) return null;
    return new Set([
      ...this.adminAmaps,
      ...this.attachedAmaps,
      ...this.partnerAmaps,
      ...(await this.amapsOfMyNetworks()),
    ]);
  }
}
