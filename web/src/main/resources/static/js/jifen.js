// Small helpers for every signed-in page; no inline script anywhere (the Content-Security-Policy forbids it).
(function () {
  'use strict';
  // The service worker keeps staff's record pages for when the signal is lost (sw.js, ADR 0125).
  if ('serviceWorker' in navigator) {
    navigator.serviceWorker.register('/sw.js').catch(function () { /* the pages work without it */ });
  }
  // htmx sends the session's anti-forgery token with every request it makes.
  document.addEventListener('htmx:configRequest', function (event) {
    var name = document.querySelector('meta[name="csrf-parameter"]');
    var token = document.querySelector('meta[name="csrf-token"]');
    if (name && token && event.detail.verb !== 'get') {
      event.detail.parameters[name.content] = token.content;
    }
  });
  // A form marked data-busy shows that a long action is under way and is not sent twice.
  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (!form.hasAttribute('data-busy') || event.defaultPrevented) {
      return;
    }
    var button = form.querySelector('button[type=submit], button:not([type])');
    if (button) {
      button.disabled = true;
      button.textContent = form.getAttribute('data-busy');
    }
  });
  function monthSaid(month) {
    var parts = month.split('-');
    return parts[0] + '年' + parseInt(parts[1], 10) + '月';
  }
  // What a confirmation says of the month a form's month field names: from when it applies and, for this month or
  // one gone by, that the events already recorded from then on are scored again (activating a plan version).
  function withMonth(control) {
    var text = control.getAttribute('data-confirm');
    var field = document.getElementById(control.getAttribute('data-confirm-month') || '');
    if (!field) {
      return text;
    }
    if (!field.value) {
      return text + control.getAttribute('data-month-default');
    }
    text += '它从 ' + monthSaid(field.value) + '起适用。';
    if (field.value <= control.getAttribute('data-month-now')) {
      text += monthSaid(field.value) + '起各个未定稿月份已记的事件，会按这一版重新计分（原记录撤回、不删除）。';
    }
    return text;
  }
  // A control marked data-confirm asks before it acts (finalising, activating, publishing).
  document.addEventListener('click', function (event) {
    var control = event.target.closest('[data-confirm]');
    if (control && !window.confirm(withMonth(control))) {
      event.preventDefault();
      event.stopImmediatePropagation();
    }
  }, true);
})();
