import "reflect-metadata";
import { runSubgraph } from "@champ-commun/kit";
import { openAmapDb } from "./db";
import { startAmapService } from "./app";
import { startSeasonClock } from "./season-clock";

runSubgraph("amap", openAmapDb, startAmapService, [startSeasonClock]);
