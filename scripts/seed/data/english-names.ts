/**
 * English names of the sample departments and service locations, for the English guides
 * (M01, M02). Codes, phones and coordinates are shared with the Chinese versions.
 */
import type { Department, ServiceLocation } from '../../../src/domain/guide';

type DepartmentText = Pick<Department, 'name' | 'shortName'>;
type LocationText = Pick<ServiceLocation, 'name' | 'town' | 'address' | 'hours' | 'trafficGuide'>;

const WEEKDAYS_AND_SATURDAY = 'Mon–Fri 9:00–12:00 and 13:30–17:30; Sat 9:00–17:00 (closed on public holidays)';
const TOWN_WEEKDAYS = 'Mon–Fri 9:00–12:00 and 14:00–17:30 (closed on public holidays)';
const TOWN_WITH_SATURDAY = 'Mon–Fri 9:00–12:00 and 14:00–17:30; Sat 9:00–12:00 (closed on public holidays)';

export const englishDepartments: Record<string, DepartmentText> = {
  'DG-GA': { name: 'Dongguan Municipal Public Security Bureau', shortName: 'Public Security' },
  'DG-SCJG': { name: 'Dongguan Administration for Market Regulation', shortName: 'Market Regulation' },
  'DG-GJJ': { name: 'Dongguan Housing Provident Fund Management Centre', shortName: 'Housing Provident Fund' },
  'DG-SB': { name: 'Dongguan Social Security Bureau', shortName: 'Social Security' },
  'DG-YB': { name: 'Dongguan Healthcare Security Administration', shortName: 'Healthcare Security' },
  'DG-ZRZY': { name: 'Dongguan Natural Resources Bureau (Real Estate Registration Centre)', shortName: 'Real Estate Registration' },
  'DG-WJ': { name: 'Dongguan Health Commission', shortName: 'Health' },
  'DG-CL': { name: "Dongguan Disabled Persons' Federation", shortName: "Disabled Persons' Federation" },
  'DG-MZ': { name: 'Dongguan Civil Affairs Bureau', shortName: 'Civil Affairs' },
  'DG-ZSJ': { name: 'Dongguan Government Services and Data Administration', shortName: 'Government Services and Data' },
};

export const englishLocations: Record<string, LocationText> = {
  'LOC-SMFWZX': {
    name: 'Dongguan Citizen Service Centre',
    town: 'Nancheng Subdistrict',
    address: '199 Hongfu Road, Nancheng Subdistrict, Dongguan',
    hours: WEEKDAYS_AND_SATURDAY,
    trafficGuide: 'Metro Line 2 to Hongfu Road station, exit C, then about 5 minutes on foot; car park on level B1.',
  },
  'LOC-SMFWZX-ZZ': {
    name: 'Dongguan Citizen Service Centre 24-hour self-service area',
    town: 'Nancheng Subdistrict',
    address: 'East side, ground floor, Dongguan Citizen Service Centre, 199 Hongfu Road, Nancheng Subdistrict',
    hours: 'Open 24 hours',
    trafficGuide: 'Next to the east entrance on the ground floor; at night, swipe your ID card at the east door.',
  },
  'LOC-DC-ZWFW': {
    name: 'Dongcheng Subdistrict Government Service Centre',
    town: 'Dongcheng Subdistrict',
    address: '368 Dongcheng Middle Road, Dongcheng Subdistrict, Dongguan',
    hours: TOWN_WEEKDAYS,
    trafficGuide: 'Bus to Dongcheng Middle Road stop, then about 3 minutes on foot.',
  },
  'LOC-GC-ZWFW': {
    name: 'Guancheng Subdistrict Government Service Centre',
    town: 'Guancheng Subdistrict',
    address: '56 Shiqiao Road, Guancheng Subdistrict, Dongguan',
    hours: TOWN_WEEKDAYS,
  },
  'LOC-CA-ZWFW': {
    name: "Chang'an Town Government Service Centre",
    town: "Chang'an Town",
    address: "218 Changqing South Road, Chang'an Town, Dongguan",
    hours: TOWN_WITH_SATURDAY,
    trafficGuide: "Bus to Chang'an Town Government stop, then about 5 minutes on foot.",
  },
  'LOC-TX-SCJG': {
    name: 'Tangxia Branch of the Market Regulation Administration, business registration window',
    town: 'Tangxia Town',
    address: '2nd floor, Tangxia Town Government Service Centre, 108 Huayuan Avenue, Tangxia Town, Dongguan',
    hours: TOWN_WEEKDAYS,
  },
  'LOC-HM-HZ': {
    name: 'Humen Branch of the Public Security Bureau, household registration window',
    town: 'Humen Town',
    address: 'Ground floor, Humen Town Government Service Centre, 285 Liansheng Middle Road, Humen Town, Dongguan',
    hours: TOWN_WITH_SATURDAY,
    trafficGuide: 'Bus to Humen Town Government stop, then about 4 minutes on foot.',
  },
  'LOC-SSH-ZWFW': {
    name: 'Songshan Lake Government Service Centre',
    town: 'Songshan Lake',
    address: '6 Xincheng Avenue, Songshan Lake, Dongguan',
    hours: TOWN_WEEKDAYS,
    trafficGuide: 'Bus to Songshan Lake Administrative Committee stop, then about 6 minutes on foot.',
  },
};
