import { Directive, Field, ID, ObjectType } from "type-graphql";

// Entities owned by the network subgraph: this subgraph only knows their key, and adds fields
// to Amap and Farm (see resolvers/amap.resolver.ts and farm.resolver.ts). Descriptions are the
// network subgraph's own, word for word, so that the composed API documents them consistently.

@ObjectType({ description: "An AMAP, the local association (identity and place in a network)." })
@Directive('@key(fields: "id")')
export class Amap {
  @Field(() => ID, { description: "Unique id." })
  id: string;
}

@ObjectType({ description: "A farm (ferme), one record shared by every AMAP it supplies." })
@Directive('@key(fields: "id")')
export class Farm {
  @Field(() => ID, { description: "Unique id." })
  id: string;
}

@ObjectType({ description: "A product a farm sells." })
@Directive('@key(fields: "id")')
export class Product {
  @Field(() => ID, { description: "Unique id." })
  id: string;
}
