import { DataSource } from "typeorm";
import { DbConfig, openDataSource, IdempotentRequest } from "@champ-commun/kit";
import { Household } from "./entities/household.entity";
import { Person } from "./entities/person.entity";
import { Membership } from "./entities/membership.entity";
import { Subscription } from "./entities/subscription.entity";
import { DeliveryLine } from "./entities/delivery-line.entity";
import { Installment } from "./entities/installment.entity";
import { CoSubscriber } from "./entities/co-subscriber.entity";
import { WaitingListEntry } from "./entities/waiting-list-entry.entity";
import { Handover } from "./entities/handover.entity";
import { Absence } from "./entities/absence.entity";
import { Postponement } from "./entities/postponement.entity";
import { BasketHandover } from "./entities/basket-handover.entity";
import { Amendment } from "./entities/amendment.entity";
import { DutySignup } from "./entities/duty-signup.entity";
import { AuditEntry } from "./audit/audit-entry.entity";
import { accountEntities } from "./accounts/entities";
import { livingEntities } from "./living";
import { ErasureRequest } from "./privacy/erasure-request.entity";
import { ImportJob } from "./import/import-job.entity";
import { ImportRow } from "./import/import-row.entity";
import { ImportPreset } from "./import/import-preset.entity";
import { QueryBudgetWindow } from "./limits/query-budget.entity";
import { sqliteMigrations } from "./migrations/sqlite";
import { mariadbMigrations } from "./migrations/mariadb";

export const memberEntities = [
  // Creations sent twice with the same idempotency key (kit idempotency.ts).
  IdempotentRequest,
  Household,
  Person,
  Membership,
  Subscription,
  DeliveryLine,
  Installment,
  // The AMAP season: sharing, waiting list, payments handed over, absences, baskets, amendments, duty.
  CoSubscriber,
  WaitingListEntry,
  Handover,
  Absence,
  Postponement,
  BasketHandover,
  Amendment,
  DutySignup,
  AuditEntry,
  // Sign-in: accounts, sessions, e-mailed links, role grants, partner API tokens.
  ...accountEntities,
  // Living in it: the mail outbox and people's choices, events with seats, agendas.
  ...livingEntities,
  // Moving in and out: erasure requests, imports (staged rows, column presets).
  ErasureRequest,
  ImportJob,
  ImportRow,
  ImportPreset,
  // The gateways' shared query budget (cost in items per caller and window).
  QueryBudgetWindow,
];

export function dbConfig(url?: string): DbConfig {
  return {
    service: "member",
    entities: memberEntities,
    migrations: { sqlite: sqliteMigrations, mariadb: mariadbMigrations },
    url,
  };
}

export function openMemberDb(url?: string): Promise<DataSource> {
  return openDataSource(dbConfig(url));
}
