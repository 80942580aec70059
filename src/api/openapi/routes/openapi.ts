/** The API description is public, like the guides it describes. */
export default {
  routes: [{ method: 'GET', path: '/openapi.json', handler: 'openapi.find', config: { auth: false } }],
};
