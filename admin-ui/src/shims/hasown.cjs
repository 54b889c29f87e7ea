// node-polyglot's `hasown`, native everywhere we run.
module.exports = (o, key) => Object.prototype.hasOwnProperty.call(o, key);
