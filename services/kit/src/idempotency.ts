import type { IncomingMessage } from "node:http";
import { getNamedType, type GraphQLResolveInfo } from "graphql";
import { Column, CreateDateColumn, Entity, PrimaryColumn } from "typeorm";
import type { MiddlewareFn } from "type-graphql";
import type { BaseContext } from "./context";
import { conflict } from "./errors";
import { t } from "./i18n";

/** The header a client sends with a creation it may send twice (a double click): the same key, the same record. */
export const IDEMPOTENCY_HEADER = "idempotency-key";

/**
 * One creation made under an idempotency key, per caller and operation: what it created, so that
 * the same request again returns that record instead of a second one. Each subgraph has this table.
 */
@Entity("idempotent_request")
export class IdempotentRequest {
  /** Caller, operation and the client's key. */
  @PrimaryColumn({ type: "varchar", length: 250 })
  key: string;

  /** The GraphQL type and id of what was created; null while the first request runs. */
  @Column({ type: "varchar", length: 100, nullable: true })
  resultType: string | null;

  @Column({ type: "varchar", length: 36, nullable: true })
  resultId: string | null;

  @CreateDateColumn({ type: "datetime" })
  createdAt: Date;
}

/** The client's key of this request, if it sent a usable one (trusted as data only: it is scoped to the caller). */
export function idempotencyKeyOf(req?: IncomingMessage): string | undefined {
  const v = req?.headers[IDEMPOTENCY_HEADER];
  return typeof v === "string" && /^[\w-]{8,100}$/.test(v) ? v : undefined;
}

const inFlight = () => conflict(t("idempotency.creationAlreadyBeingSaved"));

/**
 * Creations (`create…` mutations returning a record) sent with an idempotency key run once: the
 * key is claimed first (a primary key, so two replicas racing agree), the record is created, and
 * the same request again gets that record. A failed creation frees its key.
 */
export const idempotentCreations: MiddlewareFn<BaseContext & { idempotencyKey?: string }> = async (
  { info, context },
  next,
) => {
  const key = context.idempotencyKey;
  if (!key || info.parentType.name !== "Mutation" || !info.fieldName.startsWith("create") || !context.identity)
    return next();
  const repo = context.ds.getRepository(IdempotentRequest);
  const id = `${context.identity.subject}|${info.fieldName}|${key}`.slice(0, 250);
  const previous = await repo.findOne({ where: { key: id } });
  if (previous) return replay(context, info, previous);
  try {
    await repo.insert({ key: id, resultType: null, resultId: null });
  } catch {
    // Claimed meanwhile by the same request sent again: answer with its record once it is there.
    const claimed = await repo.findOne({ where: { key: id } });
    if (claimed) return replay(context, info, claimed);
    throw inFlight();
  }
  try {
    const result = (await next()) as { id?: unknown } | null;
    if (result && typeof result.id === "string")
      await repo.update({ key: id }, { resultType: getNamedType(info.returnType).name, resultId: result.id });
    return result;
  } catch (err) {
    await repo.delete({ key: id });
    throw err;
  }
};

async function replay(context: BaseContext, info: GraphQLResolveInfo, row: IdempotentRequest): Promise<unknown> {
  if (!row.resultId || !row.resultType) throw inFlight();
  const entity = context.ds.entityMetadatas.find((m) => m.name === row.resultType || m.targetName === row.resultType);
  if (!entity) throw inFlight();
  return context.ds.getRepository(entity.target).findOne({ where: { id: row.resultId } });
}
