import { Field, Float, ID, ObjectType } from "type-graphql";
import { RegistrationMode } from "../entities/amap.entity";
import type { DirectoryAmapData, DirectoryData, DirectoryFarmData } from "../services/directory-export";

@ObjectType({ description: "An AMAP as published in a network's public directory (public fields only)." })
export class DirectoryAmap implements DirectoryAmapData {
  @Field(() => ID, { description: "Id of the record (the same as in the full API)." }) id: string;
  @Field(() => String, { description: "Name of the AMAP." }) name: string;
  @Field(() => String, { description: "City." }) city: string;
  @Field(() => String, { description: "Postal code." }) postalCode: string;
  @Field(() => Float, { nullable: true, description: "Latitude (WGS 84)." }) latitude: number | null;
  @Field(() => Float, { nullable: true, description: "Longitude (WGS 84)." }) longitude: number | null;
  @Field(() => String, { description: "Website." }) website: string;
  @Field(() => String, { description: "Public contact e-mail." }) email: string;
  @Field(() => RegistrationMode, { description: "Whether the AMAP takes new households." })
  registrationMode: RegistrationMode;
}

@ObjectType({ description: "A farm as published in a network's public directory (public fields only)." })
export class DirectoryFarm implements DirectoryFarmData {
  @Field(() => ID, { description: "Id of the record (the same as in the full API)." }) id: string;
  @Field(() => String, { description: "Name of the farm." }) name: string;
  @Field(() => String, { description: "City." }) city: string;
  @Field(() => [String], { description: "Productions (légumes, œufs…)." }) productions: string[];
  @Field(() => [String], { description: "Labels and certifications." }) labels: string[];
  @Field(() => Float, { nullable: true, description: "Latitude (WGS 84)." }) latitude: number | null;
  @Field(() => Float, { nullable: true, description: "Longitude (WGS 84)." }) longitude: number | null;
}

@ObjectType({
  description:
    "A network's public directory for partner sites: active and in-creation AMAPs and farms, public fields only.",
})
export class Directory implements DirectoryData {
  @Field(() => [DirectoryAmap], { description: "AMAPs, by name." }) amaps: DirectoryAmap[];
  @Field(() => [DirectoryFarm], { description: "Farms, by name." }) farms: DirectoryFarm[];
}
