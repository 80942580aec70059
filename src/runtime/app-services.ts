/**
 * Our services of a running app (publishing, search), kept in Strapi's container so routes,
 * scripts and tests reach the one instance bootstrap started.
 */
import type { Core } from '@strapi/strapi';

type Container = { add(name: string, value: unknown): unknown; has(name: string): boolean; get(name: string): unknown };

export function registerAppService(strapi: Core.Strapi, name: string, service: unknown): void {
  (strapi as unknown as Container).add(name, service);
}

/** The service registered under `name`; throws if bootstrap has not set it up (a wiring bug). */
export function appService<T>(strapi: Core.Strapi, name: string, setUpBy: string): T {
  const container = strapi as unknown as Container;
  if (!container.has(name)) throw new Error(`${name} is not set up: bootstrap must call ${setUpBy} first`);
  return container.get(name) as T;
}
