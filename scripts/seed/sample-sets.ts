/**
 * The sample content per locale: zh-CN as written, zh-HK converted from it, and English
 * for the matters (M01, M02) and knowledge points that have been translated, with the
 * departments and locations they point at.
 */
import type { Bundle, Department, KnowledgePoint, Matter, ServiceLocation } from '../../src/domain/guide';
import { bundles } from './data/bundles';
import { departments } from './data/departments';
import { englishDepartments, englishLocations } from './data/english-names';
import { knowledgePoints } from './data/knowledge-points';
import { knowledgePointsEn } from './data/knowledge-points.en';
import { locations } from './data/locations';
import { matters } from './data/matters';
import { mattersEn } from './data/matters.en';
import { toHongKong } from '../../src/domain/localize';

export type SampleSet = {
  locale: 'zh-CN' | 'zh-HK' | 'en';
  departments: Department[];
  locations: ServiceLocation[];
  matters: Matter[];
  bundles: Bundle[];
  knowledgePoints: KnowledgePoint[];
};

function englishDepartment(department: Department): Department {
  return { ...department, ...englishDepartments[department.code] };
}

function englishLocation(location: ServiceLocation): ServiceLocation {
  return { ...location, ...englishLocations[location.code] };
}

/** The three locales' sample content, zh-CN first (the default locale owns each document). */
export function sampleSets(): SampleSet[] {
  return [
    { locale: 'zh-CN', departments, locations, matters, bundles, knowledgePoints },
    {
      locale: 'zh-HK',
      departments: departments.map((d) => toHongKong('department', d)),
      locations: locations.map((l) => toHongKong('service-location', l)),
      matters: matters.map((m) => toHongKong('matter', m)),
      bundles: bundles.map((b) => toHongKong('bundle', b)),
      knowledgePoints: knowledgePoints.map((k) => toHongKong('knowledge-point', k)),
    },
    {
      locale: 'en',
      departments: departments.map(englishDepartment),
      locations: locations.map(englishLocation),
      matters: mattersEn,
      bundles: [],
      knowledgePoints: knowledgePointsEn,
    },
  ];
}
