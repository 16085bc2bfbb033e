// The service worker of the pages (ADR 0125): staff who lose the signal can still open the record pages they opened
// before, so the phone's queue (record.js) keeps taking entries. Network first, always: a copy is served only when
// the network fails. Only GET pages of staff's recording (find, a household's record form, today's entries) are kept,
// as this signed-in person last saw them; signing in or out deletes them (signed-out.js). Nothing else is cached.
'use strict';
var PAGES = 'jifen-pages-v1', FILES = 'jifen-files-v1', OFFLINE = '/offline.html';
var SHELL = [OFFLINE, '/css/jifen.css', '/js/jifen.js', '/js/record.js', '/js/offline.js',
             '/webjars/htmx.org/dist/htmx.min.js'];
var RECORD_PAGE = /^\/v\/[^/]+\/(record|today|households\/\d+\/record)$/;

self.addEventListener('install', function (event) {
  event.waitUntil(caches.open(FILES).then(function (files) { return files.addAll(SHELL); })
    .then(function () { return self.skipWaiting(); }));
});

self.addEventListener('activate', function (event) {
  event.waitUntil(caches.keys().then(function (names) {
    return Promise.all(names.filter(function (name) { return name !== PAGES && name !== FILES; })
      .map(function (name) { return caches.delete(name); }));
  }).then(function () { return self.clients.claim(); }));
});

function keep(cacheName, request, response) {
  // Only a page or file this origin answered 200 itself, not a redirect (to the login) nor an error page.
  if (response.ok && response.type === 'basic' && !response.redirected) {
    var copy = response.clone();
    caches.open(cacheName).then(function (cache) { return cache.put(request, copy); });
  }
  return response;
}

// The copy says it is a copy: record.js shows when it was saved and that entries wait on the phone. It keeps the
// headers the service sent with it (the Content-Security-Policy among them).
function marked(response) {
  return response.text().then(function (html) {
    var saved = response.headers.get('Date') || '';
    var mark = '<meta name="jifen-offline-copy" content="' + saved.replace(/[<>"&]/g, '') + '">';
    var headers = new Headers(response.headers);
    headers.delete('Content-Length');
    return new Response(html.replace('<head>', '<head>' + mark), { status: 200, headers: headers });
  });
}

function offlinePage() {
  return caches.match(OFFLINE, { cacheName: FILES });
}

function page(request) {
  var url = new URL(request.url);
  var recording = RECORD_PAGE.test(url.pathname);
  return fetch(request).then(function (response) {
    return recording && !url.searchParams.has('done') ? keep(PAGES, request, response) : response;
  }, function () {
    if (!recording) { return offlinePage(); }
    return caches.open(PAGES).then(function (pages) {
      return pages.match(request).then(function (exact) {
        return exact || pages.match(request, { ignoreSearch: true });
      });
    }).then(function (copy) { return copy ? marked(copy) : offlinePage(); });
  });
}

self.addEventListener('fetch', function (event) {
  var request = event.request;
  var url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) { return; }
  if (request.mode === 'navigate') {
    event.respondWith(page(request));
  } else if (SHELL.indexOf(url.pathname) >= 0) {
    event.respondWith(fetch(request).then(function (response) { return keep(FILES, url.pathname, response); },
      function () { return caches.match(url.pathname, { cacheName: FILES }); }));
  }
});
