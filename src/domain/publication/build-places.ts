/**
 * Where and whom: the implementing department, service locations with hours, the result and
 * how it is delivered, consultation and complaint channels.
 */
import { indexOf } from './context';
import type { BuildState } from './build-state';
import { assetLine } from './build-materials';
import { locationEntry, webLine } from './shared-entries';
import { ids } from './guide-fields';
import { compact, labelLine, labelsLine, line, optionalLine } from './lines';
import type { MatterPublication } from './types';

type Sections = Pick<MatterPublication, 'department' | 'jointDepartments' | 'locations' | 'result' | 'contact'>;

/** The place and contact sections of a matter Publication. */
export function buildPlaces(state: BuildState): Sections {
  const { matter, locale, context } = state;
  const index = indexOf(context);
  const department = index.departments.get(matter.department);
  if (!department) throw new Error(`Department ${matter.department} of ${matter.code} is not in the context`);
  return {
    department: { code: department.code, name: line('department.name', department.name) },
    jointDepartments: (matter.jointDepts ?? []).map((code, i) =>
      line(ids.item('jointDepartments', i + 1), index.departments.get(code)?.name ?? code)),
    locations: matter.locations.map((code) => {
      const location = index.locations.get(code);
      if (!location) throw new Error(`Location ${code} of ${matter.code} is not in the context`);
      return locationEntry(location, locale);
    }),
    result: compact({
      type: labelLine('result.type', 'RESULT_TYPES', matter.resultType, locale),
      name: optionalLine('result.name', matter.resultName),
      sample: assetLine('result.sample', matter.resultSample, 'sample', state),
      delivery: labelsLine('result.delivery', 'RESULT_DELIVERIES', matter.resultDelivery, locale, state.phrases.listSeparator),
    }),
    contact: contact(state),
  };
}

function contact(state: BuildState): MatterPublication['contact'] {
  const { consult, complaint } = state.matter;
  return compact({
    consultPhone: line('contact.consultPhone', consult.phone),
    consultOnline: webLine('contact.consultOnline', consult.online),
    consultEmail: optionalLine('contact.consultEmail', consult.email),
    consultWechat: optionalLine('contact.consultWechat', consult.wechat),
    consultAddress: optionalLine('contact.consultAddress', consult.address),
    complaintPhone: line('contact.complaintPhone', complaint.phone),
    complaintOnline: webLine('contact.complaintOnline', complaint.online),
    complaintEmail: optionalLine('contact.complaintEmail', complaint.email),
    complaintLetter: optionalLine('contact.complaintLetter', complaint.letterAddress),
  });
}
