#!/usr/bin/env node
// `npm run seed [graphql-url]`: adds the demo data through a running gateway when it is empty.
const { seedIfEmpty } = require("../tools/dist/demo/seed");
const url = process.argv[2] || `http://127.0.0.1:${process.env.GATEWAY_PORT || 4000}/graphql`;
seedIfEmpty(url, console.log)
  .then((s) => {
    if (!s) return console.log("Data already present: nothing added.");
    console.log(`Demo data created: ${s.summary}`);
    console.log(require("../tools/dist/demo/accounts").describeDemoAccounts(s.accounts));
  })
  .catch((err) => {
    console.error(err.message);
    process.exit(1);
  });
