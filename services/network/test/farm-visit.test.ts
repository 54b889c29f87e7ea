import { addDays, todayIn } from "../../kit/src/calendar";
import { failure, fixtures, ok, useNetworkSubgraph } from "./helpers";

const h = useNetworkSubgraph("visit");
const Q = `mutation($i: CreateVisitQuestionInput!) { createVisitQuestion(input: $i) { id position principleCode } }`;
const ADD = `mutation($i: AddVisitMemberInput!) { addVisitMember(input: $i) { id role } }`;
const ANSWER = `mutation($v: ID!, $a: [VisitAnswerInput!]!) { answerVisitQuestions(input: { visitId: $v, answers: $a }) { answers { answer comment question { text } } unansweredQuestions { id } } }`;
const COMPLETE = `mutation($id: ID!) { completeVisit(input: { id: $id }) { status completedOn } }`;
const ACTION = `mutation($i: AddVisitActionInput!) { addVisitAction(input: $i) { id status farm { name } } }`;

describe("participatory guarantee: farm visits", () => {
  let networkId: string;
  let otherNetworkId: string;
  let farmId: string;
  let visitId: string;
  const questions: string[] = [];
  let foreignQuestion: string;

  beforeAll(async () => {
    const f = fixtures(h.run);
    networkId = await f.network("AMAP Hauts-de-France");
    otherNetworkId = await f.network("AMAP Normandie");
    farmId = await f.farm({ name: "Ferme du Marais", networkIds: [networkId] });
  });

  it("builds a network's grid from charter principles only", async () => {
    const bad = failure(await h.run(Q, { i: { networkId, principleCode: "rendement_maximal", text: "?" } }));
    expect(bad).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: { principleCode: expect.stringMatching(/aucun principe/) },
    });
    for (const [code, text] of [
      ["agroecologie", "Le paysan utilise-t-il des produits de synthèse ?"],
      ["transparence", "Les coûts de production sont-ils présentés aux amapiens ?"],
    ]) {
      questions.push(ok(await h.run(Q, { i: { networkId, principleCode: code, text } })).createVisitQuestion.id);
    }
    foreignQuestion = ok(
      await h.run(Q, { i: { networkId: otherNetworkId, principleCode: "participation", text: "Q" } }),
    ).createVisitQuestion.id;
    const grid = ok(await h.run(`{ network(id: "${networkId}") { visitGrid { position principleCode } } }`)).network
      .visitGrid;
    expect(grid).toEqual([
      { position: 0, principleCode: "agroecologie" },
      { position: 1, principleCode: "transparence" },
    ]);
  });

  it("plans a visit and refuses to complete it without a mixed team and a full grid", async () => {
    visitId = ok(
      await h.run(`mutation($i: PlanVisitInput!) { planVisit(input: $i) { id status } }`, {
        i: { networkId, farmId, plannedOn: "2025-06-10" },
      }),
    ).planVisit.id;
    const empty = failure(await h.run(COMPLETE, { id: visitId }));
    expect(empty.code).toBe("CONFLICT");
    expect(Object.keys(empty.fields).sort()).toEqual(["answers", "team"]);
    expect(empty.message).toMatch(
      /La visite ne peut pas être terminée\. L'équipe doit être mixte : il y manque au moins un paysan et un amapien\./,
    );

    ok(await h.run(ADD, { i: { visitId: visitId, role: "farmer", name: "Jeanne, paysanne voisine" } }));
    ok(await h.run(ADD, { i: { visitId: visitId, role: "network_staff", name: "Animateur du réseau" } }));
    const noMember = failure(await h.run(COMPLETE, { id: visitId }));
    expect(noMember.fields.team).toMatch(/au moins un amapien/);
    ok(await h.run(ADD, { i: { visitId: visitId, role: "member", name: "Paul, amapien" } }));

    const partial = ok(
      await h.run(ANSWER, {
        v: visitId,
        a: [{ questionId: questions[0], answer: "partly", comment: "Cuivre en petite dose" }],
      }),
    );
    expect(partial.answerVisitQuestions.unansweredQuestions).toEqual([{ id: questions[1] }]);
    const missing = failure(await h.run(COMPLETE, { id: visitId }));
    expect(missing).toMatchObject({
      code: "CONFLICT",
      fields: { answers: expect.stringMatching(/^1 question de la grille sans réponse : «/) },
    });
    expect(missing.fields).not.toHaveProperty("team");
  });

  it("upserts answers in bulk and rejects questions of another grid", async () => {
    const foreign = failure(await h.run(ANSWER, { v: visitId, a: [{ questionId: foreignQuestion, answer: "yes" }] }));
    expect(foreign).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: { "answers.0.questionId": expect.stringMatching(/grille du réseau/) },
    });
    const twice = failure(
      await h.run(ANSWER, {
        v: visitId,
        a: [
          { questionId: questions[1], answer: "yes" },
          { questionId: questions[1], answer: "no" },
        ],
      }),
    );
    expect(twice.fields).toHaveProperty(["answers.1.questionId"]);
    const all = ok(
      await h.run(ANSWER, {
        v: visitId,
        a: [
          { questionId: questions[0], answer: "yes" },
          { questionId: questions[1], answer: "not_applicable" },
        ],
      }),
    );
    expect(all.answerVisitQuestions.answers).toHaveLength(2);
    expect(all.answerVisitQuestions.answers.map((a: { answer: string }) => a.answer).sort()).toEqual([
      "not_applicable",
      "yes",
    ]);
    expect(all.answerVisitQuestions.unansweredQuestions).toEqual([]);
  });

  it("completes the visit, then freezes its team and answers", async () => {
    const done = ok(await h.run(COMPLETE, { id: visitId })).completeVisit;
    expect(done).toEqual({ status: "done", completedOn: todayIn("Europe/Paris") });
    expect(failure(await h.run(COMPLETE, { id: visitId })).code).toBe("CONFLICT");
    expect(failure(await h.run(ADD, { i: { visitId: visitId, role: "member", name: "Retardataire" } })).code).toBe(
      "CONFLICT",
    );
    const team = ok(await h.run(`{ farmVisit(id: "${visitId}") { team { id role } } }`)).farmVisit.team;
    expect(team.map((m: { role: string }) => m.role)).toEqual(["farmer", "member", "network_staff"]);
    expect(failure(await h.run(`mutation { removeVisitMember(input: { id: "${team[0].id}" }) }`)).code).toBe(
      "CONFLICT",
    );
    expect(failure(await h.run(ANSWER, { v: visitId, a: [{ questionId: questions[0], answer: "no" }] })).code).toBe(
      "CONFLICT",
    );
    const asDone = failure(
      await h.run(`mutation { updateVisit(input: { id: "${visitId}", status: planned }) { id } }`),
    );
    expect(asDone.code).toBe("CONFLICT");
    const report = ok(
      await h.run(
        `mutation { updateVisit(input: { id: "${visitId}", report: "Belle ferme, échanges riches." }) { report reportedOn } }`,
      ),
    );
    expect(report.updateVisit).toEqual({
      report: "Belle ferme, échanges riches.",
      reportedOn: todayIn("Europe/Paris"),
    });
  });

  it("only marks a visit done through completeVisit, and not before its date", async () => {
    const viaUpdate = failure(
      await h.run(`mutation { updateVisit(input: { id: "${visitId}", status: done }) { id } }`),
    );
    expect(viaUpdate).toMatchObject({ code: "BAD_USER_INPUT", fields: { status: expect.any(String) } });
    const later = ok(
      await h.run(`mutation($i: PlanVisitInput!) { planVisit(input: $i) { id } }`, {
        i: { networkId, farmId, plannedOn: addDays(todayIn("Europe/Paris"), 30) },
      }),
    ).planVisit.id;
    expect(failure(await h.run(COMPLETE, { id: later }))).toMatchObject({
      code: "CONFLICT",
      fields: { plannedOn: expect.stringMatching(/prévue le/) },
    });
    ok(await h.run(`mutation { updateVisit(input: { id: "${later}", status: cancelled }) { status } }`));
    const onCancelled = failure(
      await h.run(ACTION, {
        i: { visitId: later, description: "x", owner: "y", dueOn: addDays(todayIn("Europe/Paris"), 60) },
      }),
    );
    expect(onCancelled.code).toBe("CONFLICT");
  });

  it("records follow-up actions, not due before the visit, and marks them done", async () => {
    const early = failure(
      await h.run(ACTION, { i: { visitId: visitId, description: "Planter une haie", owner: "", dueOn: "2025-06-01" } }),
    );
    expect(early.code).toBe("BAD_USER_INPUT");
    expect(Object.keys(early.fields).sort()).toEqual(["dueOn", "owner"]);
    const action = ok(
      await h.run(ACTION, {
        i: { visitId: visitId, description: "Planter une haie", owner: "La ferme", dueOn: "2025-11-30" },
      }),
    ).addVisitAction;
    expect(action).toMatchObject({ status: "open", farm: { name: "Ferme du Marais" } });
    const done = ok(
      await h.run(`mutation { updateVisitAction(input: { id: "${action.id}", status: done }) { status doneOn } }`),
    ).updateVisitAction;
    expect(done).toEqual({ status: "done", doneOn: todayIn("Europe/Paris") });
    const reopened = ok(
      await h.run(`mutation { updateVisitAction(input: { id: "${action.id}", status: open }) { status doneOn } }`),
    ).updateVisitAction;
    expect(reopened).toEqual({ status: "open", doneOn: null });
    const list = ok(
      await h.run(
        `{ visitActions(filter: { farmId: "${farmId}", status: open, dueBy: "2025-12-31" }) { total items { description visit { plannedOn } } } }`,
      ),
    );
    expect(list.visitActions).toEqual({
      total: 1,
      items: [{ description: "Planter une haie", visit: { plannedOn: "2025-06-10" } }],
    });
  });

  it("lists visits by filter and per farm, latest first", async () => {
    ok(
      await h.run(`mutation($i: PlanVisitInput!) { planVisit(input: $i) { id } }`, {
        i: { networkId, farmId, plannedOn: "2024-05-02" },
      }),
    );
    const data = ok(
      await h.run(
        `{ farm(id: "${farmId}") { visits { plannedOn status } } farmVisits(filter: { networkId: "${networkId}", status: done, from: "2025-01-01", to: "2025-12-31" }) { total items { id actions { description } } } }`,
      ),
    );
    const dates = data.farm.visits.map((v: { plannedOn: string }) => v.plannedOn);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(dates).toHaveLength(3);
    expect(data.farmVisits).toEqual({
      total: 1,
      items: [{ id: visitId, actions: [{ description: "Planter une haie" }] }],
    });
    expect(ok(await h.run(`{ farmVisit(id: "not-an-id") { id } }`)).farmVisit).toBeNull();
  });
});
