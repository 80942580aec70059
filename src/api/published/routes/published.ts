/**
 * Portal-facing reads of released content (read-only API token), the window feed, and the
 * print and kiosk pages, which are public like the guides they print.
 */
export default {
  routes: [
    { method: 'GET', path: '/guides', handler: 'guide.find' },
    { method: 'GET', path: '/guides/:code', handler: 'guide.findOne' },
    { method: 'GET', path: '/knowledge', handler: 'knowledge.find' },
    { method: 'GET', path: '/knowledge/:code', handler: 'knowledge.findOne' },
    { method: 'GET', path: '/bundle-guides', handler: 'bundle-guide.find' },
    { method: 'GET', path: '/bundle-guides/:code', handler: 'bundle-guide.findOne' },
    { method: 'GET', path: '/window-feed', handler: 'window-feed.find' },
    { method: 'GET', path: '/print/guides/:code', handler: 'window-feed.printPage', config: { auth: false } },
    { method: 'GET', path: '/kiosk/guides/:code', handler: 'window-feed.kioskPage', config: { auth: false } },
  ],
};
