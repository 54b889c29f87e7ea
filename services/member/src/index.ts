import "reflect-metadata";
import { runSubgraph } from "@champ-commun/kit";
import { openMemberDb } from "./db";
import { startMemberService } from "./app";
import { startErasureClock } from "./privacy/erasure-clock";

runSubgraph("member", openMemberDb, startMemberService, [startErasureClock]);
