/**
 * Content scripts never read what the user typed: `.value` on an element (input, textarea,
 * select — or anything typed loosely enough to be one) is an error. The one audited reader,
 * src/content/field-value.ts, refuses secret fields before it looks and carries a disable
 * comment. Type-aware, so `amount.value` on our own data is fine.
 */
const FIELD_TYPES =
  /^(any|unknown|Element|HTMLElement|EventTarget|HTML(Input|TextArea|Select|Button|Output)Element)$/;

export default {
  meta: {
    type: 'problem',
    messages: {
      value:
        'Content scripts never read input values (passwords, codes). Read attributes or page text, or go through field-value.ts.',
    },
    schema: [],
  },
  create(context) {
    const services = context.sourceCode.parserServices;
    const checker = services.program.getTypeChecker();
    return {
      MemberExpression(node) {
        if (node.computed || node.property.type !== 'Identifier' || node.property.name !== 'value')
          return;
        const type = checker.getTypeAtLocation(services.esTreeNodeToTSNodeMap.get(node.object));
        const parts = type.isUnion() ? type.types : [type];
        if (parts.some((t) => FIELD_TYPES.test(checker.typeToString(t)))) {
          context.report({ node, messageId: 'value' });
        }
      },
    };
  },
};
