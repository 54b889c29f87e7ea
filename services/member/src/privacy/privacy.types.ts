import { Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { PageOf } from "@champ-commun/kit";
import { ErasureRequest, ErasureStatus } from "./erasure-request.entity";

export enum FileEncoding {
  utf8 = "utf8",
  base64 = "base64",
}
registerEnumType(FileEncoding, {
  name: "FileEncoding",
  description: "How `DataFile.content` is written: utf8 text (JSON, CSV) or base64 (ZIP).",
  valuesConfig: {
    utf8: { description: "UTF-8 text (JSON, CSV)." },
    base64: { description: "Base64 of binary content (ZIP)." },
  },
});

@ObjectType({ description: "A file made by the server for download (a data export, an archive)." })
export class DataFile {
  @Field(() => String, { description: "Suggested file name (e.g. mes-donnees-2026-05-04.json)." })
  fileName: string;

  @Field(() => String, { description: "Media type of the content (application/json, application/zip…)." })
  mediaType: string;

  @Field(() => FileEncoding, { description: "How `content` is written." })
  encoding: FileEncoding;

  @Field(() => String, { description: "The file's content." })
  content: string;

  @Field(() => Int, { description: "Size of the file, in bytes." })
  byteSize: number;
}

@ObjectType({ description: "A page of erasure requests." })
export class ErasureRequestPage extends PageOf(ErasureRequest) {}

@InputType({ description: "Which erasure requests to list." })
export class ErasureRequestFilter {
  @Field(() => ID, { description: "The AMAP." }) amapId: string;
  @Field(() => ErasureStatus, { nullable: true, description: "Only requests with this status." })
  status?: ErasureStatus | null;
}

@InputType({ description: "A household asks for its identity to be erased." })
export class RequestDataErasureInput {
  @Field(() => ID, { description: "The household." }) householdId: string;
}

@InputType({ description: "One erasure request." })
export class ErasureRequestInput {
  @Field(() => ID, { description: "Id of the erasure request." }) id: string;
}

@InputType({ description: "An erasure request an AMAP admin confirms." })
export class ConfirmDataErasureInput extends ErasureRequestInput {}

@InputType({ description: "An erasure request the household cancels." })
export class CancelDataErasureInput extends ErasureRequestInput {}
