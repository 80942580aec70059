/**
 * Where and whom: the implementing department, service locations with hours, the result and
 * how it is delivered, consultation and complaint channels.
 */
import type { ServiceLocation } from '../guide';
import { indexOf } from './context';
import type { BuildState } from './build-state';
import { assetLine } from './build-materials';
import { ids } from './guide-fields';
import { compact, labelLine, labelsLine, line, linkLine, optionalLine } from './lines';
import type { Line, LocationEntry, MatterPublication } from './types';
import { isSafeUrl } from '../../markdown/safe-url';

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
      return locationEntry(location, state);
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

function locationEntry(location: ServiceLocation, state: BuildState): LocationEntry {
  const id = (field: string) => ids.location(location.code, field);
  return compact({
    code: location.code,
    latitude: location.latitude,
    longitude: location.longitude,
    kind: labelLine(id('kind'), 'LOCATION_KINDS', location.kind, state.locale),
    name: line(id('name'), location.name),
    town: line(id('town'), location.town),
    address: line(id('address'), location.address),
    windowNo: optionalLine(id('windowNo'), location.windowNo),
    phone: optionalLine(id('phone'), location.phone),
    hours: line(id('hours'), location.hours),
    trafficGuide: optionalLine(id('trafficGuide'), location.trafficGuide),
  });
}

function webLine(id: string, url: string | undefined): Line | undefined {
  if (url === undefined || url.trim() === '') return undefined;
  return isSafeUrl(url) ? linkLine(id, url, url, 'external') : line(id, url);
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
