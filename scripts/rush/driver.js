// An open-loop load driver on undici: requests are sent at the times a constant arrival rate
// sets, whatever the answers' delays (no coordinated omission: a latency counts from the time
// the request was due, not from when a free connection let it go), over keep-alive pools.
// The mix is what members and boards do at a season's opening, each operation either through a
// gateway or as the direct subgraph calls the gateway's query plan makes.
const { Pool } = require("undici");

const pools = new Map();
function pool(origin) {
  let p = pools.get(origin);
  if (!p)
    pools.set(
      origin,
      (p = new Pool(origin, {
        connections: 128,
        pipelining: 1,
        keepAliveTimeout: 10_000,
        headersTimeout: 30_000,
        bodyTimeout: 30_000,
      })),
    );
  return p;
}

class OpError extends Error {
  constructor(code, message) {
    super(message);
    this.code = code;
  }
}

/** One GraphQL POST; throws OpError with the GraphQL code (or HTTP_xxx / the socket's code). */
async function post(url, query, variables, headers) {
  const u = new URL(url);
  let res;
  try {
    res = await pool(u.origin).request({
      path: u.pathname,
      method: "POST",
      headers: { "content-type": "application/json", "apollo-require-preflight": "true", ...headers },
      body: JSON.stringify({ query, variables }),
    });
  } catch (err) {
    throw new OpError(err.code ?? "NETWORK", err.message);
  }
  const text = await res.body.text();
  let body;
  try {
    body = JSON.parse(text);
  } catch {
    throw new OpError(`HTTP_${res.statusCode}`, text.slice(0, 200));
  }
  if (body.errors?.length)
    throw new OpError(body.errors[0].extensions?.code ?? `HTTP_${res.statusCode}`, body.errors[0].message);
  if (res.statusCode !== 200) throw new OpError(`HTTP_${res.statusCode}`, text.slice(0, 200));
  return body.data;
}

const Q = {
  templates: `query($a: ID!) { contractTemplates(filter: { amapId: $a, status: open }, perPage: 10) { total items { id name kind farm { name } lines { id productName unitPriceCents } } } }`,
  templatesAmap: `query($a: ID!) { contractTemplates(filter: { amapId: $a, status: open }, perPage: 10) { total items { id name kind farm { id } lines { id productName unitPriceCents } } } }`,
  farms: `query($r: [_Any!]!) { _entities(representations: $r) { ... on Farm { name } } }`,
  subscribe: `mutation($in: CreateSubscriptionInput!) { createSubscription(input: $in) { id totalCents installments { id dueOn amountCents } } }`,
  agenda: `query($h: ID!) { household(id: $h) { subscriptions { templateName status lines { date quantity productName distribution { effectiveDate } } } } }`,
  agendaMember: `query($h: ID!) { household(id: $h) { subscriptions { templateName status lines { date quantity productName distributionId } } } }`,
  distributionsEntities: `query($r: [_Any!]!) { _entities(representations: $r) { ... on Distribution { effectiveDate } } }`,
  sheet: `query($d: ID!) { distribution(id: $d) { date signOffSheet { name items { productName quantity status } } } }`,
  sheetAmap: `query($d: ID!) { distribution(id: $d) { id date } }`,
  sheetEntities: `query($r: [_Any!]!) { _entities(representations: $r) { ... on Distribution { signOffSheet { name items { productName quantity status } } } } }`,
  installments: `query($a: ID!) { installments(filter: { amapId: $a }, perPage: 50) { total items { id amountCents dueOn status } } }`,
  login: `mutation($e: String!, $p: String!) { login(input: { email: $e, password: $p }) { accessToken } }`,
};

/** Share of each operation in the opening mix (members: templates, subscribe, agenda; boards: sheet, installments). */
const MIX = { templates: 0.3, subscribe: 0.15, agenda: 0.3, sheet: 0.1, installments: 0.15 };
/**
 * The part of the mix Hive Gateway answers: on this supergraph it fails every operation that
 * reaches our object type named `Subscription` (the subscribe and agenda operations: "String
 * cannot represent value" — it takes the type for the subscription root), so the two gateways
 * are compared on the other operations.
 */
const READ_MIX = { templates: 0.5, sheet: 0.2, installments: 0.3 };

/**
 * The opening's operations over a region. `target` is { gateways: [url] } or { direct: { network:
 * [url], amap: [url], member: [url] }, internal: headers }. `tokens.member(h)` and
 * `tokens.board()` give Authorization headers.
 */
function openingOps({ region, target, tokens, acknowledged, cursor = { next: 0 } }) {
  const households = region.flatMap((a) => a.households.map((h) => ({ ...h, amap: a })));
  // Subscriptions take households in a shuffled order, each once (a second one would be refused).
  const order = households
    .map((_, i) => i)
    .filter((i) => !households[i].subscribed)
    .sort((a, b) => ((a * 2654435761) % 4294967296) - ((b * 2654435761) % 4294967296));
  let turn = 0;
  const rr = (list) => list[turn++ % list.length];
  const anyHousehold = () => households[Math.floor(Math.random() * households.length)];
  const anyAmap = () => region[Math.floor(Math.random() * region.length)];
  const gw = target.gateways ? (q, v, h) => post(rr(target.gateways), q, v, h) : null;
  const direct = (service) => (q, v, h) => post(rr(target.direct[service]), q, v, { ...target.internal, ...h });

  const ops = {
    async templates() {
      const h = anyHousehold();
      const auth = await tokens.member(h);
      if (gw) return gw(Q.templates, { a: h.amapId }, auth);
      const t = await direct("amap")(Q.templatesAmap, { a: h.amapId }, auth);
      const farms = [...new Set(t.contractTemplates.items.map((x) => x.farm?.id).filter(Boolean))].map((id) => ({
        __typename: "Farm",
        id,
      }));
      if (farms.length) await direct("network")(Q.farms, { r: farms }, auth);
    },
    async subscribe() {
      if (cursor.next >= order.length) throw new OpError("NO_HOUSEHOLD_LEFT", "every household has subscribed");
      const h = households[order[cursor.next++]];
      const auth = await tokens.member(h);
      const input = {
        templateId: h.amap.templateId,
        householdId: h.householdId,
        installmentCount: 3,
        means: "cheque",
        lines: h.amap.distributionIds.map((d) => ({
          templateLineId: h.amap.lineIds[0],
          distributionId: d,
          quantity: 1,
        })),
      };
      const data = gw
        ? await gw(Q.subscribe, { in: input }, auth)
        : await direct("member")(Q.subscribe, { in: input }, auth);
      acknowledged?.push({
        id: data.createSubscription.id,
        householdId: h.householdId,
        installments: data.createSubscription.installments.map((i) => i.id),
      });
    },
    async agenda() {
      const h = anyHousehold();
      const auth = await tokens.member(h);
      if (gw) return gw(Q.agenda, { h: h.householdId }, auth);
      const m = await direct("member")(Q.agendaMember, { h: h.householdId }, auth);
      const ids = [...new Set((m.household?.subscriptions ?? []).flatMap((s) => s.lines.map((l) => l.distributionId)))];
      if (ids.length)
        await direct("amap")(
          Q.distributionsEntities,
          { r: ids.map((id) => ({ __typename: "Distribution", id })) },
          auth,
        );
    },
    async sheet() {
      const a = anyAmap();
      const d = a.distributionIds[Math.floor(Math.random() * a.distributionIds.length)];
      const auth = await tokens.board(a);
      if (gw) return gw(Q.sheet, { d }, auth);
      await direct("amap")(Q.sheetAmap, { d }, auth);
      await direct("member")(Q.sheetEntities, { r: [{ __typename: "Distribution", id: d }] }, auth);
    },
    async installments() {
      const a = anyAmap();
      const auth = await tokens.board(a);
      return gw ? gw(Q.installments, { a: a.amapId }, auth) : direct("member")(Q.installments, { a: a.amapId }, auth);
    },
  };
  return ops;
}

function pickFrom(mix) {
  const entries = Object.entries(mix);
  return () => {
    let r = Math.random();
    for (const [name, w] of entries) if ((r -= w) < 0) return name;
    return entries[entries.length - 1][0];
  };
}

function percentile(sorted, p) {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/**
 * Sends `rate` operations per second for `seconds`, open loop. Returns per operation: count,
 * errors by code, p50 and p99 (ms, from the due time); and overall: ok/s achieved, p99, error share.
 */
async function runStep(ops, mix, rate, seconds, onTick) {
  const pick = pickFrom(mix);
  const total = Math.round(rate * seconds);
  const stats = {};
  const samples = {};
  const record = (name, ms, code, message) => {
    const s = (stats[name] ??= { lat: [], errors: {} });
    if (code) {
      s.errors[code] = (s.errors[code] ?? 0) + 1;
      samples[`${name} ${code}`] ??= String(message ?? "").slice(0, 160);
    } else s.lat.push(ms);
  };
  const pending = [];
  const t0 = performance.now() + 20;
  let sent = 0;
  while (sent < total) {
    const now = performance.now();
    while (sent < total && t0 + (sent * 1000) / rate <= now) {
      const due = t0 + (sent * 1000) / rate;
      const name = pick();
      sent++;
      pending.push(
        ops[name]().then(
          () => record(name, performance.now() - due),
          (err) => record(name, performance.now() - due, err.code ?? "ERROR", err.message),
        ),
      );
    }
    onTick?.(now - t0);
    await new Promise((r) => setTimeout(r, 2));
  }
  await Promise.all(pending);
  const elapsed = (performance.now() - t0) / 1000;
  const all = [];
  const per = {};
  let errors = 0;
  for (const [name, s] of Object.entries(stats)) {
    const lat = s.lat.sort((a, b) => a - b);
    all.push(...lat);
    const e = Object.values(s.errors).reduce((a, b) => a + b, 0);
    errors += e;
    per[name] = { ok: lat.length, errors: s.errors, p50: percentile(lat, 50), p99: percentile(lat, 99) };
  }
  all.sort((a, b) => a - b);
  return {
    rate,
    sent,
    okPerS: all.length / Math.max(elapsed, seconds),
    p50: percentile(all, 50),
    p99: percentile(all, 99),
    errorShare: errors / Math.max(1, sent),
    per,
    samples,
  };
}

/**
 * Steps the rate up until p99 passes `limitMs` (or errors pass 1 %); the sustained step is the
 * last one under. On this shared machine a step can fail by a neighbour's burst: a failing
 * step is run once more before the ladder stops.
 */
async function ladder(ops, mix, rates, seconds, limitMs, log) {
  const steps = [];
  const passes = (s) => s.p99 <= limitMs && s.errorShare <= 0.01;
  for (const rate of rates) {
    let s;
    for (let attempt = 0; attempt < 2; attempt++) {
      s = await runStep(ops, mix, rate, seconds);
      steps.push(s);
      log?.(
        `    ${String(rate).padStart(4)}/s offered: ${s.okPerS.toFixed(0).padStart(4)}/s ok, p50 ${s.p50.toFixed(0)} ms, p99 ${s.p99.toFixed(0)} ms, errors ${(100 * s.errorShare).toFixed(1)} %${attempt ? " (again)" : ""}`,
      );
      for (const [k, m] of Object.entries(s.samples)) log?.(`      error ${k}: ${m}`);
      if (passes(s)) break;
    }
    if (!passes(s)) break;
  }
  const passing = steps.filter(passes);
  return { steps, sustained: passing.sort((a, b) => a.rate - b.rate)[passing.length - 1] ?? null };
}

/**
 * Several ladders at once, interleaved: at each rate every target still standing runs its step,
 * one after the other, so that a neighbour's burst on this shared machine hits them alike and
 * their ratios mean something. A target leaves when a step fails twice.
 */
async function interleavedLadders(targets, rates, seconds, limitMs, log) {
  const passes = (s) => s.p99 <= limitMs && s.errorShare <= 0.01;
  const out = Object.fromEntries(Object.keys(targets).map((k) => [k, { steps: [], sustained: null }]));
  const active = new Set(Object.keys(targets));
  for (const rate of rates) {
    if (!active.size) break;
    for (const name of [...active]) {
      const { ops, mix } = targets[name];
      let s;
      for (let attempt = 0; attempt < 2; attempt++) {
        s = await runStep(ops, mix, rate, seconds);
        out[name].steps.push(s);
        log?.(
          `    ${name.padEnd(14)} ${String(rate).padStart(4)}/s offered: ${s.okPerS.toFixed(0).padStart(4)}/s ok, p50 ${s.p50.toFixed(0)} ms, p99 ${s.p99.toFixed(0)} ms, errors ${(100 * s.errorShare).toFixed(1)} %${attempt ? " (again)" : ""}`,
        );
        for (const [k, m] of Object.entries(s.samples)) log?.(`      error ${k}: ${m}`);
        if (passes(s)) break;
      }
      if (passes(s)) out[name].sustained = s;
      else active.delete(name);
    }
  }
  return out;
}

async function closePools() {
  await Promise.all([...pools.values()].map((p) => p.close()));
  pools.clear();
}

module.exports = {
  post,
  openingOps,
  runStep,
  ladder,
  interleavedLadders,
  MIX,
  READ_MIX,
  Q,
  OpError,
  closePools,
  percentile,
};
