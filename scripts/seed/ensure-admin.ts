import type { Core } from '@strapi/strapi';

export type AdminOutcome = { email: string; created: boolean };

/**
 * Creates the first super admin from ADMIN_EMAIL / ADMIN_PASSWORD when the panel has no
 * admin yet. With an admin already there, it changes nothing.
 */
export async function ensureAdmin(strapi: Core.Strapi, email: string, password: string): Promise<AdminOutcome> {
  const users = strapi.service('admin::user');
  if (await users.exists()) return { email, created: false };
  const superAdmin = await strapi.service('admin::role').getSuperAdmin();
  if (!superAdmin) throw new Error('The Super Admin role is missing');
  await users.create({
    email,
    firstname: 'Tongyuan',
    lastname: 'Admin',
    password,
    isActive: true,
    roles: [superAdmin.id],
    registrationToken: null,
  });
  return { email, created: true };
}
