import "reflect-metadata";
import { runSubgraph } from "@champ-commun/kit";
import { openNetworkDb } from "./db";
import { startNetworkService } from "./app";

runSubgraph("network", openNetworkDb, startNetworkService);
