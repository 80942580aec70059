/**
 * Shapes of the JSON attributes, which Strapi stores without looking inside. Each entry is
 * the attribute path (components included: `materials.*.appliesWhen`) and its JSON Schema.
 */
import { codesOf } from '../domain/value-codes';

type Schema = Record<string, unknown>;

const text = (maxLength: number): Schema => ({ type: 'string', minLength: 1, maxLength });
const list = (items: Schema, maxItems = 50, minItems = 0): Schema => ({
  type: 'array', items, maxItems, minItems, uniqueItems: true,
});
const codes = (set: Parameters<typeof codesOf>[0], minItems = 0): Schema =>
  list({ enum: codesOf(set) }, codesOf(set).length, minItems);
const memberOrders: Schema = list({ type: 'integer', minimum: 1, maximum: 99 }, 30);

const appliesWhen: Schema = list(
  {
    type: 'object',
    required: ['fact', 'equals'],
    additionalProperties: false,
    properties: {
      fact: { type: 'string', pattern: '^[a-zA-Z][a-zA-Z0-9]*$', maxLength: 40 },
      equals: { type: ['string', 'number', 'boolean'], maxLength: 100 },
    },
  },
  10,
);

export const JSON_FIELD_SCHEMAS: Record<string, Record<string, Schema>> = {
  'api::matter.matter': {
    colloquialNames: list(text(50)),
    useLevels: codes('useLevel', 1),
    serviceObjects: codes('serviceObject', 1),
    jointDepts: list(text(100), 20),
    handlingModes: codes('handlingMode', 1),
    resultDelivery: codes('resultDelivery'),
    beforeYouGo: list(text(500), 20),
    commonMistakes: list(text(500), 20),
    'materials.*.appliesWhen': appliesWhen,
  },
  'api::knowledge-point.knowledge-point': {
    similarQuestions: list(text(128), 100),
    keywords: list(text(20), 30),
  },
  'api::bundle.bundle': {
    coDepartmentCodes: list(text(32), 20),
    'members.*.dependsOn': memberOrders,
    'materialPlan.*.usedBy': { ...memberOrders, minItems: 1 },
  },
  'api::synonym.synonym': {
    variants: list(text(50), 50, 1),
  },
};
