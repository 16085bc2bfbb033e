// The page shown for an address the phone cannot open without the network (sw.js): lists the record pages it kept,
// by the title each had, so staff can go on recording for those households.
(function () {
  'use strict';
  document.addEventListener('DOMContentLoaded', function () {
    var list = document.getElementById('offline-pages');
    if (!list || !window.caches) { return; }
    caches.open('jifen-pages-v1').then(function (pages) {
      return pages.keys().then(function (requests) {
        return Promise.all(requests.map(function (request) {
          return pages.match(request).then(function (response) { return response.text(); }).then(function (html) {
            var title = new DOMParser().parseFromString(html, 'text/html').title;
            return { url: request.url, title: title };
          });
        }));
      });
    }).then(function (kept) {
      list.textContent = '';
      kept.filter(function (page) { return /\/households\/\d+\/record$/.test(new URL(page.url).pathname); })
        .forEach(function (page) {
          var li = document.createElement('li');
          var a = document.createElement('a');
          a.href = page.url;
          a.textContent = page.title.replace(/^记分 · /, '');
          li.appendChild(a);
          list.appendChild(li);
        });
      if (!list.children.length) {
        var none = document.createElement('li');
        none.className = 'muted';
        none.textContent = '还没有。联网时先打开要去的户的记分页面，没有网络时就能打开。';
        list.appendChild(none);
      }
    });
  });
})();
