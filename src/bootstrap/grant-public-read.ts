import type { Core } from '@strapi/strapi';

/**
 * Published guides are public information (the portals show them to anyone), so the Public
 * role may read them. Nothing else: writes need an API token or the admin.
 */
export const PUBLIC_READABLE = [
  'api::matter.matter',
  'api::knowledge-point.knowledge-point',
  'api::bundle.bundle',
  'api::department.department',
  'api::service-location.service-location',
] as const;

/** Grants find/findOne on the public content types to the Public role, once. */
export async function grantPublicRead(strapi: Core.Strapi): Promise<void> {
  const role = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } });
  if (!role) throw new Error('The users-permissions Public role is missing');
  const actions = PUBLIC_READABLE.flatMap((uid) => [`${uid}.find`, `${uid}.findOne`]);
  const permissions = strapi.db.query('plugin::users-permissions.permission');
  const granted = await permissions.findMany({ where: { role: role.id, action: { $in: actions } } });
  const have = new Set(granted.map((permission: { action: string }) => permission.action));
  for (const action of actions.filter((a) => !have.has(a))) {
    await permissions.create({ data: { action, role: role.id } });
  }
}
