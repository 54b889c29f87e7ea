import { DataSource } from "typeorm";
import { DbConfig, openDataSource, IdempotentRequest } from "@champ-commun/kit";
import { Place } from "./entities/place.entity";
import { Distribution } from "./entities/distribution.entity";
import { ContractTemplate } from "./entities/contract-template.entity";
import { TemplateLine } from "./entities/template-line.entity";
import { TemplateDistribution } from "./entities/template-distribution.entity";
import { LineAvailability } from "./entities/line-availability.entity";
import { MembershipPeriod } from "./entities/membership-period.entity";
import { DistributionChange } from "./entities/distribution-change.entity";
import { DutyRole } from "./entities/duty-role.entity";
import { DutyShift } from "./entities/duty-shift.entity";
import { DutyRules } from "./entities/duty-rules.entity";
import { OutboxEvent } from "./outbox/outbox-event.entity";
import { sqliteMigrations } from "./migrations/sqlite";
import { mariadbMigrations } from "./migrations/mariadb";

export const amapEntities = [
  // Creations sent twice with the same idempotency key (kit idempotency.ts).
  IdempotentRequest,
  Place,
  Distribution,
  DistributionChange,
  ContractTemplate,
  TemplateLine,
  TemplateDistribution,
  LineAvailability,
  MembershipPeriod,
  DutyRole,
  DutyShift,
  DutyRules,
  // Events for the member subgraph (a template opened), delivered with retries.
  OutboxEvent,
];

export function dbConfig(url?: string): DbConfig {
  return {
    service: "amap",
    entities: amapEntities,
    migrations: { sqlite: sqliteMigrations, mariadb: mariadbMigrations },
    url,
  };
}

export function openAmapDb(url?: string): Promise<DataSource> {
  return openDataSource(dbConfig(url));
}
