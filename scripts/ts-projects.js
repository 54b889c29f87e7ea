// The TypeScript projects the scripts build (`tsc -b`, incremental) before loading their dist/:
// written once, so that a new workspace (as tools/ was) cannot be forgotten by one of them.
const TS_PROJECTS = ["services/network", "services/amap", "services/member", "gateway", "tools"];

/** The arguments of `node` that run `tsc -b` over them. */
const tscBuildArgs = () => [require.resolve("typescript/bin/tsc"), "-b", ...TS_PROJECTS];

module.exports = { TS_PROJECTS, tscBuildArgs };
