/** Hotline search: agents (users-permissions role with this action) and API tokens. */
export default {
  routes: [{ method: 'GET', path: '/search', handler: 'search.find' }],
};
