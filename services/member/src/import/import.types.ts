import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { DateScalar, PageOf } from "@champ-commun/kit";
import { ImportField } from "./import-fields";
import { ImportJob } from "./import-job.entity";

@ObjectType({ description: "What one column of an imported file holds." })
export class ImportColumnMapping {
  @Field(() => String, { description: "The column's header in the file." }) column: string;
  @Field(() => ImportField, { description: "What the column holds." }) field: ImportField;
  @Field(() => DateScalar, {
    nullable: true,
    description: "For subscription_quantity_on: the delivery date of the column.",
  })
  date?: string | null;
}

@InputType({ description: "What one column of an imported file holds." })
export class ImportColumnMappingInput {
  @Field(() => String, { description: "The column's header in the file." }) column: string;
  @Field(() => ImportField, { description: "What the column holds (ignore: nothing to import)." }) field: ImportField;
  @Field(() => DateScalar, {
    nullable: true,
    description: "For subscription_quantity_on: the delivery date of the column.",
  })
  date?: string | null;
}

@ObjectType({ description: "Households of an import, by what happened to them." })
export class ImportHouseholdCounts {
  @Field(() => Int, { description: "New households." }) created: number;
  @Field(() => Int, { description: "Households already recorded that got people, a membership or a subscription." })
  updated: number;
  @Field(() => Int, {
    description: "Households already recorded with everything the file says (re-importing changes nothing).",
  })
  unchanged: number;
  @Field(() => Int, { description: "Households refused (nothing of them written)." }) refused: number;
}

@ObjectType({ description: "What a dry run found, or what an import did." })
export class ImportReport {
  @Field(() => Int, { description: "Rows of the file." }) rows: number;
  @Field(() => Int, { description: "Rows of refused households." }) refusedRows: number;
  @Field(() => ImportHouseholdCounts, { description: "Households by outcome." }) households: ImportHouseholdCounts;
  @Field(() => Int, { description: "People added." }) people: number;
  @Field(() => Int, { description: "Memberships recorded." }) memberships: number;
  @Field(() => Int, { description: "Subscriptions recorded (signed: the paper contracts were signed)." })
  subscriptions: number;
}

@ObjectType({ description: "A message about one line (and column) of an imported file." })
export class ImportError {
  @Field(() => Int, { description: "Line in the file, as a spreadsheet numbers it (the header is line 1)." })
  line: number;
  @Field(() => String, { nullable: true, description: "Header of the column at fault, when one is." }) column:
    string | null;
  @Field(() => String, { description: "What is wrong, in the caller's language." }) message: string;
  @Field(() => String, {
    description: "The whole sentence: « ligne 14, colonne « E-mail » : adresse e-mail invalide ».",
  })
  text: string;
}

@ObjectType({ description: "A page of import messages." })
export class ImportErrorPage extends PageOf(ImportError) {}

@ObjectType({ description: "A page of imports." })
export class ImportJobPage extends PageOf(ImportJob) {}

@ObjectType({
  description: "A saved column mapping: built in (our layout, AMAPJ's and Cagette's exports) or saved by the AMAP.",
})
export class ImportPresetView {
  @Field(() => ID, { description: "Id (`builtin:…` for the built-in ones)." }) id: string;
  @Field(() => ID, { description: "The AMAP it belongs to (built-in presets are shown for every AMAP)." })
  amapId: string;
  @Field(() => String, { description: "Name." }) name: string;
  @Field(() => String, { description: "What the preset assumes about the file (and what is uncertain)." })
  description: string;
  @Field(() => Boolean, { description: "Built in (not editable)." }) builtIn: boolean;
  @Field(() => [ImportColumnMapping], { description: "Column headers and what they hold." })
  mapping: ImportColumnMapping[];
}

@InputType({ description: "A CSV or XLSX file to import into an AMAP, sent as base64 (8 MiB at most)." })
export class UploadImportFileInput {
  @Field(() => ID, { description: "The AMAP." }) amapId: string;
  @Field(() => String, { description: "Name of the file (its extension is informative; the content decides)." })
  fileName: string;
  @Field(() => String, { description: "The file's bytes, base64-encoded." }) contentBase64: string;
  @Field(() => String, { nullable: true, description: "For a workbook, the sheet to read (the first by default)." })
  sheetName?: string | null;
  @Field(() => ID, { nullable: true, description: "Preset to suggest the mapping from (our plain layout by default)." })
  presetId?: string | null;
}

@InputType({ description: "The mapping of an uploaded file's columns, which starts its dry run." })
export class CheckImportInput {
  @Field(() => ID, { description: "The import." }) jobId: string;
  @Field(() => [ImportColumnMappingInput], { description: "What each column holds (columns left out are ignored)." })
  mapping: ImportColumnMappingInput[];
  @Field(() => ID, {
    nullable: true,
    description: "Membership period of rows that name none (the AMAP's latest by default).",
  })
  periodId?: string | null;
  @Field(() => ID, { nullable: true, description: "Contract template of rows that name none." }) templateId?:
    string | null;
  @Field(() => String, {
    nullable: true,
    description: "Also save this mapping as a preset of the AMAP, under this name.",
  })
  savePresetAs?: string | null;
}

@InputType({ description: "One import." })
export class ConfirmImportInput {
  @Field(() => ID, { description: "The import." }) jobId: string;
}

@InputType({ description: "A column mapping to keep under a name." })
export class SaveImportPresetInput {
  @Field(() => ID, { description: "The AMAP." }) amapId: string;
  @Field(() => String, { description: "Name of the preset (an existing one of that name is replaced)." }) name: string;
  @Field(() => [ImportColumnMappingInput], { description: "Column headers and what they hold." })
  mapping: ImportColumnMappingInput[];
}

@InputType({ description: "One saved preset." })
export class DeleteImportPresetInput {
  @Field(() => ID, { description: "Id of the preset." }) id: string;
}

@InputType({ description: "Which imports to list." })
export class ImportJobFilter {
  @Field(() => ID, { description: "The AMAP." }) amapId: string;
}
