// node-polyglot's `object.entries` polyfill drags in a dozen es-abstract modules (get-intrinsic,
// call-bind…); every browser we serve has Object.entries. CommonJS: polyglot calls require()'s result.
module.exports = Object.entries;
