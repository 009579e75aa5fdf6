// A StrykerJS ignore-plugin: the mutation gate mutates what changes a request on the wire, not
// documentation text, validation messages or client-side checks that refuse input before sending.
// Every ignored node is listed here with its reason (see decisions/0037).
import { declareValuePlugin, PluginKind } from '@stryker-mutator/api/plugin';

/** Properties of an endpoint definition that never reach the wire. */
const NOT_WIRE_PROPERTIES = new Map([
  ['summary', 'documentation text'],
  ['docs', 'documentation text'],
  ['safe', 'retry policy, not the request'],
  ['classify', 'error classification of answers, not the request'],
  ['title', 'documentation text (7offers resource title)'],
  ['response', 'parsing of the answer, not the request (the contract cases compare the SDK result with the same schema)'],
  ['item', 'parsing of the answer (7offers resource item schema)'],
]);

/** valibot actions that only refuse input before sending (their messages and limits). */
const CHECKS = new Set([
  'check', 'forward', 'regex', 'minLength', 'maxLength', 'length', 'nonEmpty', 'minValue', 'maxValue',
  'uuid', 'email', 'url', 'custom', 'minSize', 'maxSize', 'finite', 'safeInteger', 'multipleOf', 'notValue',
]);

/** Schema constructors whose first string argument is a message (not a wire value). */
const MESSAGE_FIRST = new Set([
  'string', 'number', 'boolean', 'bigint', 'date', 'blob', 'file', 'integer', 'numericString', 'flag',
  // @x/core wire-value helpers (packages/core/src/wire-values.ts): the first argument is the field's
  // name inside their refusal messages only, never a wire name or value.
  'wellFormed', 'singleLine', 'singleLineString', 'freeText', 'finiteDecimal', 'positiveId', 'positiveInteger',
]);
/** Schema constructors whose second argument is a message. */
const MESSAGE_SECOND = new Set(['array', 'object', 'looseObject', 'strictObject', 'union', 'tuple', 'record', 'objectWithRest']);

/**
 * @x/core wire-value helpers whose second argument is an options object; when it holds only limit
 * keys (the bounds of a check before sending, like v.minValue), it never changes the wire form.
 * `fixed` (finiteDecimal's digits after the point) does, so an object naming it stays mutated.
 */
const LIMITS_SECOND = new Set(['finiteDecimal', 'singleLineString', 'freeText', 'positiveInteger']);
const LIMIT_KEYS = new Set(['min', 'max', 'maxDecimals']);

function calleeName(call) {
  const callee = call.node.callee;
  if (callee.type === 'Identifier') return callee.name;
  if (callee.type === 'MemberExpression' && callee.property.type === 'Identifier') return callee.property.name;
  return undefined;
}

const ignorer = {
  shouldIgnore(path) {
    if (path.isObjectProperty() && !path.node.computed) {
      const key = path.node.key.type === 'Identifier' ? path.node.key.name : path.node.key.type === 'StringLiteral' ? path.node.key.value : undefined;
      const reason = key && NOT_WIRE_PROPERTIES.get(key);
      if (reason) return `${key}: ${reason}`;
    }
    if (path.isCallExpression()) {
      const name = calleeName(path);
      if (name && CHECKS.has(name)) return `v.${name}: a check before sending, not the wire form`;
    }
    if (path.isObjectExpression() && path.parentPath?.isCallExpression() && path.listKey === 'arguments' && path.key === 1) {
      const name = calleeName(path.parentPath);
      const keys = path.node.properties.map((p) => (p.type === 'ObjectProperty' && p.key.type === 'Identifier' ? p.key.name : undefined));
      if (name && LIMITS_SECOND.has(name) && keys.every((k) => k !== undefined && LIMIT_KEYS.has(k))) return `${name}(): limits of a check before sending, not the wire form`;
    }
    if ((path.isStringLiteral() || path.isTemplateLiteral()) && path.parentPath?.isCallExpression() && path.listKey === 'arguments') {
      const name = calleeName(path.parentPath);
      const index = path.key;
      if (name && ((MESSAGE_FIRST.has(name) && index === 0) || (MESSAGE_SECOND.has(name) && index === 1))) return `${name}(): an error message`;
    }
    return undefined;
  },
};

export const strykerPlugins = [declareValuePlugin(PluginKind.Ignore, 'wire-only', ignorer)];
