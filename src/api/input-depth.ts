import {
  GraphQLError,
  Kind,
  type ASTVisitor,
  type ObjectValueNode,
  type ValidationContext,
  type ValueNode,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';

// Depth, cost and alias limits only see the selection set; a `where` filter can nest relationship
// predicates without limit ({ events: { some: { participants: { some: { events: … } } } } }) and
// each level multiplies the rows Neo4j expands. Two relationship hops (six object levels) cover every
// real filter; deeper ones are refused before anything reaches the database.

function objectDepth(value: ValueNode): number {
  if (value.kind === Kind.OBJECT)
    return 1 + Math.max(0, ...(value as ObjectValueNode).fields.map((f) => objectDepth(f.value)));
  if (value.kind === Kind.LIST) return Math.max(0, ...value.values.map(objectDepth));
  return 0;
}

function jsonDepth(value: unknown, budget: number): number {
  if (budget < 0) return Infinity;
  if (Array.isArray(value)) return Math.max(0, ...value.map((v) => jsonDepth(v, budget)));
  if (value && typeof value === 'object')
    return 1 + Math.max(0, ...Object.values(value).map((v) => jsonDepth(v, budget - 1)));
  return 0;
}

const refusal = (max: number) =>
  new GraphQLError(`Input objects nested deeper than ${max} levels are refused.`, {
    extensions: { code: 'BAD_USER_INPUT' },
  });

/** Validation rule: no argument value nests input objects deeper than `max`. */
export const maxInputDepthRule =
  (max: number) =>
  (context: ValidationContext): ASTVisitor => ({
    Argument(node) {
      const depth = objectDepth(node.value);
      if (depth > max) context.reportError(refusal(max));
    },
  });

/** The same limit for inputs passed as variables, and the rule for inline ones. */
export const useMaxInputDepth = (max: number): Plugin => ({
  onValidate: ({ addValidationRule }) => addValidationRule(maxInputDepthRule(max)),
  onParams: ({ params }) => {
    const depth = jsonDepth(params.variables ?? {}, max + 2) - 1;
    if (depth > max) throw refusal(max);
  },
});
