import { EntityManager, IsNull } from "typeorm";
import {
  Check,
  DomainError,
  findPage,
  notFound,
  signAccessToken,
  uuidv7,
  type Grant,
  type Page,
  type PageArgs,
} from "@champ-commun/kit";
import { recordAudit } from "../audit/audit";
import { ApiScopeType, ApiToken } from "./api-token.entity";
import { DirectoryClient } from "./directory.client";
import { randomToken, sha256 } from "./secrets";
import type { AccountsRuntime } from "./runtime";
import type { ApiTokenFilter, CreateApiTokenInput, CreatedApiToken, PartnerAccess } from "./types";
import { t } from "../i18n";

/** Partner tokens start with this, so the gateway tells them from access tokens (JWTs). */
export const API_TOKEN_PREFIX = "ccp_";
/** A partner's access token lives 5 minutes: a revoked API token stops working soon after. */
const PARTNER_ACCESS_TTL_SECONDS = 5 * 60;

const WHAT = t("apiToken.apiToken");

export class ApiTokenService {
  constructor(
    private readonly em: EntityManager,
    private readonly runtime: AccountsRuntime,
  ) {}

  private get repo() {
    return this.em.getRepository(ApiToken);
  }

  async create(input: CreateApiTokenInput, actorId: string | null): Promise<CreatedApiToken> {
    const check = new Check();
    const name = check.text("name", input.name, { required: true, max: 120 });
    check.id("scopeId", input.scopeId, { required: true });
    check.done();
    const token = randomToken(API_TOKEN_PREFIX);
    const record = this.repo.create({
      id: uuidv7(),
      name: name!,
      scopeType: input.scopeType,
      scopeId: input.scopeId,
      readOnly: input.readOnly !== false,
      prefix: token.slice(0, 10),
      tokenHash: sha256(token),
      createdBy: actorId ?? "system",
      createdAt: new Date(),
      revokedAt: null,
    });
    await this.em.transaction(async (em) => {
      await em.getRepository(ApiToken).insert(record);
      const { tokenHash: _h, ...shown } = record;
      await recordAudit(em, {
        amapId: input.scopeType === ApiScopeType.amap ? input.scopeId : null,
        actorId,
        entity: "ApiToken",
        entityId: record.id,
        action: "create",
        before: null,
        after: shown,
      });
    });
    return { token, apiToken: record };
  }

  list(filter: ApiTokenFilter = {}, args: Partial<PageArgs> = {}): Promise<Page<ApiToken>> {
    const where: Record<string, unknown> = {};
    if (filter.scopeId) where.scopeId = filter.scopeId;
    if (!filter.includeRevoked) where.revokedAt = IsNull();
    return findPage(this.repo, where, args, ["createdAt", "name"], { createdAt: "DESC", id: "DESC" });
  }

  async get(id: string): Promise<ApiToken> {
    const found = await this.repo.findOne({ where: { id } });
    if (!found) throw notFound(WHAT, id);
    return found;
  }

  async revoke(id: string, actorId: string | null): Promise<ApiToken> {
    const token = await this.get(id);
    if (token.revokedAt) return token;
    token.revokedAt = new Date();
    await this.em.transaction(async (em) => {
      await em.getRepository(ApiToken).update({ id }, { revokedAt: token.revokedAt });
      await recordAudit(em, {
        amapId: token.scopeType === ApiScopeType.amap ? token.scopeId : null,
        actorId,
        entity: "ApiToken",
        entityId: id,
        action: "revoke",
        before: { revokedAt: null },
        after: { revokedAt: token.revokedAt },
      });
    });
    return token;
  }

  /** The gateway's exchange: a valid API token for a short access token of kind "partner". */
  async exchange(token: string): Promise<PartnerAccess> {
    const found = await this.repo.findOne({ where: { tokenHash: sha256(String(token ?? "")) } });
    if (!found || found.revokedAt) throw new DomainError("UNAUTHENTICATED", t("apiToken.invalidRevokedApiToken"));
    const grant: Grant = {
      role: "partner",
      scopeId: found.scopeId,
      scopeType: found.scopeType,
      readOnly: found.readOnly,
    };
    if (found.scopeType === ApiScopeType.network) {
      grant.networkIds = (
        await new DirectoryClient(this.runtime).subtrees([found.scopeId]).catch(() => new Map<string, string[]>())
      ).get(found.scopeId) ?? [found.scopeId];
    }
    const accessToken = await signAccessToken(
      { subject: found.id, kind: "partner", grants: [grant] },
      await this.runtime.key(),
      PARTNER_ACCESS_TTL_SECONDS,
    );
    return { accessToken, expiresIn: PARTNER_ACCESS_TTL_SECONDS };
  }
}
