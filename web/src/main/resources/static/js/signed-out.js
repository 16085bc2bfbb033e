// The login page: whoever signs in next must not see the pages the phone kept for the last person (sw.js, ADR 0125).
// The phone's queue of entries (IndexedDB) is not touched here.
(function () {
  'use strict';
  if (window.caches) { caches.delete('jifen-pages-v1'); }
})();
