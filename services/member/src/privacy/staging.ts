import type { EntityManager } from "typeorm";

/**
 * Staged import rows of an AMAP that hold one of these strings (a person being erased): their raw
 * cells are dropped. Filled in by the import module, which owns the staging table.
 */
export async function purgeStagedRows(_em: EntityManager, _amapId: string, _needles: string[]): Promise<void> {
  return;
}
