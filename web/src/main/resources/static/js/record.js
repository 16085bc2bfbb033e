// The phone's queue of entries (ADR 0062). Each entry gets its eventId on the phone and waits in IndexedDB until the
// service has answered it; sent again after a lost answer, the service replays the first result, so every entry is
// recorded exactly once. Without script the form posts as a plain form.
(function () {
  'use strict';
  var DB = 'jifen-queue', STORE = 'entries', REFUSED = 'jifen-refused', SENT = 'jifen-sent';
  var flushing = null, dirty = false, justSent = 0;

  function open() {
    return new Promise(function (resolve, reject) {
      var request = indexedDB.open(DB, 1);
      request.onupgradeneeded = function () { request.result.createObjectStore(STORE, { keyPath: 'eventId' }); };
      request.onsuccess = function () { resolve(request.result); };
      request.onerror = function () { reject(request.error); };
    });
  }
  function tx(mode, work) {
    return open().then(function (db) {
      return new Promise(function (resolve, reject) {
        var t = db.transaction(STORE, mode), result;
        t.oncomplete = function () { db.close(); resolve(result); };
        t.onerror = function () { db.close(); reject(t.error); };
        result = work(t.objectStore(STORE));
      });
    });
  }
  function all() {
    return open().then(function (db) {
      return new Promise(function (resolve, reject) {
        var request = db.transaction(STORE, 'readonly').objectStore(STORE).getAll();
        request.onsuccess = function () { db.close(); resolve(request.result.sort(function (a, b) { return a.queuedAt - b.queuedAt; })); };
        request.onerror = function () { db.close(); reject(request.error); };
      });
    });
  }
  function put(entry) { return tx('readwrite', function (store) { store.put(entry); }); }
  function remove(eventId) { return tx('readwrite', function (store) { store.delete(eventId); }); }

  function newId() {
    if (window.crypto && crypto.randomUUID) { return crypto.randomUUID(); }
    var bytes = new Uint8Array(16);
    crypto.getRandomValues(bytes);
    return Array.prototype.map.call(bytes, function (b) { return ('0' + b.toString(16)).slice(-2); }).join('');
  }
  function meta(name) { var m = document.querySelector('meta[name="' + name + '"]'); return m ? m.content : null; }
  function refused() { try { return JSON.parse(localStorage.getItem(REFUSED) || '[]'); } catch (e) { return []; } }

  // One entry to the service: {ok, page} | {refused: why} | {offline} | {signin}
  function send(entry) {
    var body = new FormData();
    entry.fields.forEach(function (field) { body.append(field[0], field[1]); });
    if (meta('csrf-parameter')) { body.append(meta('csrf-parameter'), meta('csrf-token')); }
    if (entry.photo) { body.append('photo', entry.photo, entry.photoName || 'photo.jpg'); }
    return fetch(entry.url, { method: 'POST', body: body, credentials: 'same-origin', redirect: 'manual',
                              headers: { 'Accept': 'application/json' } })
      .then(function (response) {
        // A session that expired sends the page to the login (a redirect); a 403 is a refusal like any other.
        if (response.type === 'opaqueredirect' || response.status === 401) {
          return { signin: true };
        }
        if (response.ok) {
          return response.json().then(function (answer) {
            return remove(entry.eventId).then(function () { return { ok: true, page: answer.page }; });
          });
        }
        if (response.status >= 500) { return { offline: true }; }
        return response.text().then(function (html) {
          var page = new DOMParser().parseFromString(html, 'text/html');
          var why = page.querySelector('.problem') || page.querySelector('h1');
          var text = why ? why.textContent.trim() : '被拒绝（' + response.status + '）';
          var list = refused();
          list.push({ label: entry.label, type: entry.type, why: text });
          localStorage.setItem(REFUSED, JSON.stringify(list.slice(-20)));
          return remove(entry.eventId).then(function () { return { refused: text }; });
        });
      }, function () { return { offline: true }; });
  }

  function flush() {
    if (flushing) { return flushing; }
    flushing = all().then(function (entries) {
      var chain = Promise.resolve(true), sent = 0;
      entries.forEach(function (entry) {
        chain = chain.then(function (go) {
          if (!go) { return false; }
          return send(entry).then(function (r) {
            if (r.ok) { sent++; }
            return !(r.offline || r.signin);
          });
        });
      });
      return chain.then(function () { return sent; });
    }).then(function (sent) {
      if (!sent) { return render(); }
      var problem = document.getElementById('record-problem');
      if (problem) { problem.remove(); }
      // Reload to show the household's month with what was sent, unless staff are typing the next entry.
      if (!dirty) {
        sessionStorage.setItem(SENT, String(sent));
        window.location.reload();
        return null;
      }
      justSent = sent;
      return render();
    }, render).then(function () { flushing = null; });
    return flushing;
  }

  function render() {
    var box = document.getElementById('queue');
    if (!box) { return Promise.resolve(); }
    return all().then(function (entries) {
      var gone = refused();
      box.textContent = '';
      if (!entries.length && !gone.length && !justSent) { box.hidden = true; return; }
      box.hidden = false;
      if (justSent) {
        var done = document.createElement('p');
        done.className = 'done';
        done.setAttribute('role', 'status');
        done.textContent = '联网后已发送 ' + justSent + ' 条暂存的记录，每条只记一次'
          + (dirty ? '（正在填写的这条还没有提交）。' : '，下面的积分已包含它们。');
        box.appendChild(done);
      }
      if (entries.length) {
        var p = document.createElement('p');
        p.className = 'waiting';
        p.textContent = '有 ' + entries.length + ' 条记录暂存在手机上，等待发送' + (navigator.onLine ? '' : '（当前没有网络，联网后自动发送）') + '：';
        box.appendChild(p);
        var ul = document.createElement('ul');
        entries.forEach(function (e) {
          var li = document.createElement('li');
          li.textContent = e.label + ' · ' + e.type + ' · ' + new Date(e.queuedAt).toLocaleTimeString('zh-CN');
          ul.appendChild(li);
        });
        box.appendChild(ul);
        var button = document.createElement('button');
        button.type = 'button';
        button.id = 'queue-send';
        button.textContent = '立即发送';
        button.addEventListener('click', flush);
        box.appendChild(button);
      }
      if (gone.length) {
        var h = document.createElement('p');
        h.textContent = '以下记录被拒绝，没有记上（请改正后重记）：';
        box.appendChild(h);
        var list = document.createElement('ul');
        gone.forEach(function (g) {
          var li = document.createElement('li');
          li.className = 'refused';
          li.textContent = g.label + ' · ' + g.type + '：' + g.why;
          list.appendChild(li);
        });
        box.appendChild(list);
        var clear = document.createElement('button');
        clear.type = 'button';
        clear.className = 'link';
        clear.textContent = '知道了';
        clear.addEventListener('click', function () { localStorage.removeItem(REFUSED); render(); });
        box.appendChild(clear);
      }
    });
  }

  function showProblem(form, text) {
    var p = document.getElementById('record-problem');
    if (!p) {
      p = document.createElement('p');
      p.id = 'record-problem';
      p.className = 'problem';
      p.setAttribute('role', 'alert');
      form.parentNode.insertBefore(p, form);
    }
    p.textContent = text;
  }

  // The type's own attributes only: the others are hidden and not sent.
  function showAttributes(form) {
    var chosen = form.querySelector('input[name=type]:checked');
    form.querySelectorAll('fieldset.attrs').forEach(function (set) {
      var mine = chosen && set.getAttribute('data-for-type') === chosen.value;
      set.hidden = !mine;
      set.disabled = !mine;
    });
  }

  function setUp(form) {
    showAttributes(form);
    form.addEventListener('change', function (event) {
      dirty = true;
      if (event.target.name === 'type') { showAttributes(form); }
    });
    form.addEventListener('input', function () { dirty = true; });
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var data = new FormData(form);
      var photo = data.get('photo');
      var type = data.get('type');
      var entry = { eventId: data.get('eventId'), url: form.getAttribute('data-send'), label: form.getAttribute('data-label'),
                    type: type, queuedAt: Date.now(), photo: photo && photo.size ? photo : null,
                    photoName: photo && photo.size ? photo.name : null, fields: [] };
      data.forEach(function (value, name) {
        if (name !== 'photo' && name !== meta('csrf-parameter')) { entry.fields.push([name, value]); }
      });
      var button = form.querySelector('button[type=submit]');
      button.disabled = true;
      put(entry).then(function () { return send(entry); }).then(function (r) {
        button.disabled = false;
        if (r.ok) { window.location.assign(r.page); return; }
        if (r.refused) {
          // Nothing waits on the phone; the typed entry stays in the form, with the same eventId, to be corrected.
          localStorage.setItem(REFUSED, JSON.stringify(refused().slice(0, -1)));
          showProblem(form, r.refused);
          return render();
        }
        // Kept on the phone: clear the form for the next household's entry, under a new eventId.
        form.reset();
        dirty = false;
        form.querySelector('input[name=eventId]').value = newId();
        showAttributes(form);
        showProblem(form, r.signin ? '登录已过期：这条记录已暂存在手机上，请重新登录，登录后自动发送。'
                                   : '没有网络：这条记录已暂存在手机上，联网后自动发送。');
        return render();
      });
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    justSent = Number(sessionStorage.getItem(SENT) || 0);
    sessionStorage.removeItem(SENT);
    var form = document.getElementById('record-form');
    if (form && window.indexedDB && window.fetch) { setUp(form); }
    flush();
    window.addEventListener('online', flush);
    setInterval(function () { if (navigator.onLine) { flush(); } }, 15000);
  });
})();
