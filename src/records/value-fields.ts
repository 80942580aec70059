/**
 * Which attribute paths of each content type hold value-set values, and of which set.
 * Labels live in the domain, codes in storage (see src/domain/value-codes.ts).
 */
import type { ValueSetName } from '../domain/value-codes';

export const VALUE_FIELDS: Record<string, Record<string, ValueSetName>> = {
  matter: {
    taskState: 'taskState',
    taskType: 'taskType',
    powerSource: 'powerSource',
    useLevels: 'useLevel',
    projectType: 'projectType',
    reviewType: 'reviewType',
    serviceObjects: 'serviceObject',
    deptNature: 'deptNature',
    'legalTimeLimit.unit': 'timeUnit',
    'promisedTimeLimit.unit': 'timeUnit',
    handlingModes: 'handlingMode',
    onlineDepth: 'onlineDepth',
    resultType: 'resultType',
    resultDelivery: 'resultDelivery',
    'materials.*.necessity': 'necessity',
    'materials.*.materialType': 'materialType',
    'materials.*.form': 'materialForm',
    'materials.*.submission': 'submission',
    'materials.*.sourceChannel': 'sourceChannel',
    'plainNotes.*.element': 'guideElement',
    'owners.*.role': 'ownerRole',
  },
  'knowledge-point': {
    kind: 'knowledgeKind',
    'owner.role': 'ownerRole',
  },
  bundle: {
    'promisedTimeLimit.unit': 'timeUnit',
    'materialPlan.*.providedBy': 'providedBy',
  },
  'service-location': { kind: 'locationKind' },
  synonym: { category: 'synonymCategory' },
  department: {},
};
